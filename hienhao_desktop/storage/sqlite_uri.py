"""The ``file:`` URI SQLite opens a database file through (``sqlite3.connect(uri,
uri=True)``: ``mode=rw`` opens without creating, DESIGN.md's storage rules).

``Path.as_uri()`` is not it on Windows: a network share ``\\\\server\\share\\x.sqlite3``
(and a mapped drive, which ``Path.resolve()`` turns into one) becomes
``file://server/share/...``, and SQLite refuses any authority but an empty one or
"localhost" ("invalid uri authority"). SQLite's own form for a share is
``file:////server/share/...`` (empty authority, the path keeps its two leading slashes,
which Windows reads as a UNC path). Everything but ``/`` and ``:`` is percent-encoded in
UTF-8, so spaces, Vietnamese letters, ``#``, ``%`` and ``?`` stay part of the file name.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

SAFE = "/:"


def sqlite_uri(path: str | os.PathLike[str], mode: str, *, windows: bool | None = None) -> str:
    """The URI of the absolute ``path`` with ``?mode=`` (``ro``, ``rw``, ``rwc``).
    ``windows`` chooses Windows' path rules (default: those of this system)."""
    windows = os.name == "nt" if windows is None else windows
    if windows:
        win = PureWindowsPath(path)
        if not (win.drive and win.root):
            raise ValueError(f"not an absolute Windows path: {path}")
        text = str(win).replace("\\", "/")
        if text.startswith("//?/UNC/"):  # \\?\UNC\server\share\... (long-path form)
            text = "//" + text[len("//?/UNC/"):]
        elif text.startswith("//?/"):  # \\?\C:\...
            text = text[len("//?/"):]
        if not text.startswith("//"):
            text = "/" + text  # /C:/... : SQLite drops the slash before a drive letter
        encoded = quote(text, safe=SAFE)
    else:
        posix = PurePosixPath(os.fspath(path))
        if not posix.is_absolute():
            raise ValueError(f"not an absolute path: {path}")
        encoded = quote(os.fsencode(str(posix)), safe=SAFE)  # undecodable names keep their bytes
    return f"file://{encoded}?mode={mode}"
