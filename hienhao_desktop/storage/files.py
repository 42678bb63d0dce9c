"""Writing output files so that a failure never leaves a half-written or lost file.

On Windows a file that another program has open cannot be replaced or deleted, and
antivirus programs and the search indexer open every new file for a moment: a
replace or a delete that fails with PermissionError is tried again for up to
``RETRY_SECONDS`` before it counts as a failure. A temporary file that still cannot
be deleted after that is left behind (and logged), never reported as a failure of
the work it served.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hienhao_desktop.domain.errors import Refused

log = logging.getLogger(__name__)

RETRY_SECONDS = 2.0
_FIRST_PAUSE = 0.05


def _retrying(action: Callable[[], None], wait: float | None) -> None:
    """Run ``action``; on PermissionError pause (50 ms, doubling, at most 0.5 s) and try
    again until ``wait`` seconds have passed, then raise the last error."""
    deadline = time.monotonic() + (RETRY_SECONDS if wait is None else wait)
    pause = _FIRST_PAUSE
    while True:
        try:
            action()
            return
        except PermissionError:
            if time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str], *, wait: float | None = None) -> None:
    """``os.replace``, tried again while the target (or the source) is held open."""
    _retrying(lambda: os.replace(source, target), wait)


def remove_temporary(path: str | os.PathLike[str], *, wait: float | None = None) -> bool:
    """Delete a temporary file, tried again while it is held open; True when it is
    gone. Never raises: the work it served is done, whatever happens to it."""
    try:
        _retrying(lambda: Path(path).unlink(missing_ok=True), wait)
    except OSError as exc:
        log.warning("temporary file left behind (still held open?): %s: %s", path, exc)
        return False
    return True


class WriteRefused(Refused):
    pass


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    replace. An existing file stays intact if anything fails, including a target that
    another program holds open (Windows) or a folder that cannot be written."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise WriteRefused(f"{target}: là một thư mục, không phải tệp (is a folder, not a file)")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteRefused(f"{target}: không ghi được vào thư mục này (cannot write here): {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteRefused(
            f"{target}: không ghi được tệp (có thể tệp đang mở trong chương trình khác) "
            f"(cannot write the file; it may be open in another program): {exc.strerror}"
        ) from exc
