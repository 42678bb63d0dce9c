"""What can go wrong with the data file and with output files, as coded errors.

Every failure of storage reaches people as one of these: a code of
``domain.messages.MESSAGES`` with its parameters, rendered in the interface language by
``message(lang)`` (the window passes its language; ``str()`` uses the default, which
is what the command line prints). ``path`` is the file concerned; it starts the
message. The classes say what kind of failure it is, so callers can react to the kind
(``DatabaseInUse`` → bring the other window forward; ``DatabaseChanged`` → stop
writing, keep the typed text, reopen) without parsing words.

``os_cause`` and ``sqlite_cause`` turn the system's errors into a cause (read-only,
disk full, no permission ...) that the messages name.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.messages import Msg, render


class StoreError(Refused):
    """The data file cannot be used as asked. ``code`` names the case (a key of
    ``messages.MESSAGES``), ``params`` fill it in, ``path`` is the file."""

    default_code = "db_cannot_open"

    def __init__(self, code: str | None = None, path: str | os.PathLike[str] | None = None, **params: Any) -> None:
        self.code = code or self.default_code
        self.path = Path(path) if path is not None else None
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` ("vi" or "en"; None: the default language)."""
        text = render(self.code, lang, **self.params)
        return f"{self.path}: {text}" if self.path is not None else text


class DatabaseMissing(StoreError):
    default_code = "db_missing"


class NotOurDatabase(StoreError):
    """A file that is not ours (or not an ordinary file): refused, never changed."""

    default_code = "db_foreign"


class EmptyDatabase(NotOurDatabase):
    """A data file with nothing in it, left by an interrupted creation. ``Store.open``
    rebuilds it when asked to (``rebuild_empty=True``); otherwise it is refused."""

    default_code = "db_empty"


class StrangeDatabase(NotOurDatabase):
    """Marked as ours but with tables, columns, indexes, triggers or views we did not
    make (a crafted file): refused before anything in it runs."""

    default_code = "db_strange"


class DamagedDatabase(StoreError):
    default_code = "db_damaged"


class DatabaseInUse(StoreError):
    """Another window holds the data file for editing. ``holder`` says who
    (``storage.lock.LockInfo``), or is None when that cannot be read."""

    default_code = "db_in_use_unknown"

    def __init__(self, code: str | None = None, path: str | os.PathLike[str] | None = None,
                 holder: Any = None, **params: Any) -> None:
        self.holder = holder
        super().__init__(code, path, **params)


class CannotWrite(StoreError):
    """A write to the data file failed (read-only, disk full, in use, I/O error);
    nothing was changed."""

    default_code = "db_write_failed"


class DatabaseChanged(StoreError):
    """The file under the open store is no longer what the store last saw: deleted or
    moved (``db_gone``), another file put in its place (``db_replaced``), or changed by
    another window or program (``db_changed``). Nothing was written."""

    default_code = "db_changed"


class UnknownReport(StoreError):
    default_code = "report_unknown"


class ReportIsFinal(StoreError):
    default_code = "report_final"


class DamagedReport(StoreError):
    """A report whose stored values are not what the report can hold (a crafted or
    damaged file): refused at loading, naming the field."""

    default_code = "report_bad_value"


class WriteRefused(Refused):
    """An output file (export, backup copy) that is not written. Same shape as
    ``StoreError``: ``code``, ``params``, ``path`` and ``message(lang)``."""

    def __init__(self, code: str, path: str | os.PathLike[str] | None = None, **params: Any) -> None:
        self.code = code
        self.path = Path(path) if path is not None else None
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        text = render(self.code, lang, **self.params)
        return f"{self.path}: {text}" if self.path is not None else text


# ---- causes --------------------------------------------------------------------------


def os_cause(exc: OSError) -> Msg:
    """The cause of a failed file operation, in words."""
    if exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) in (39, 112):  # disk full
        return Msg("cause_disk_full")
    if exc.errno == errno.EROFS or getattr(exc, "winerror", None) == 19:  # write-protected
        return Msg("cause_read_only")
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation
        return Msg("cause_in_use")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Msg("cause_no_permission")
    if exc.errno == errno.ENOENT:
        return Msg("cause_no_folder")
    return Msg("cause_other", {"detail": exc.strerror or str(exc)})


def _full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (almost) no room left: SQLite reports
    a full disk sometimes as SQLITE_FULL, sometimes as a disk I/O error."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def sqlite_write_error(path: Path, exc: sqlite3.Error) -> StoreError | None:
    """The StoreError for a write that SQLite refused, or None when ``exc`` is not a
    failure of the file (a bug, a constraint): that one is raised as it is."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name == "SQLITE_READONLY_DBMOVED":
        return DatabaseChanged("db_gone", path)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return CannotWrite("db_disk_full", path)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return CannotWrite("db_read_only", path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return CannotWrite("db_busy", path)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o" in text or "unable to open" in text:
        if _full(path.parent):
            return CannotWrite("db_disk_full", path)
        if not os.access(path.parent, os.W_OK) or _read_only_fs(path.parent):
            return CannotWrite("db_read_only", path)
        return CannotWrite("db_write_failed", path, detail=str(exc))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DamagedDatabase("db_damaged", path, detail=str(exc))
    return None


def _read_only_fs(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
