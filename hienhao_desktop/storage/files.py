"""Writing output files so that a failure never leaves a half-written or lost file,
and no output ever lands on a data file.

``check_output_target(path, protect=...)`` is the one check every write path makes
before writing (PDF, Excel, JSON, Word, backup copies): it refuses a folder, a device
or pipe, the open data file itself (also through another name: a symbolic link, a hard
link, other letter case), the journal or lock file beside it, and any SQLite file.
``write_atomic`` makes it itself, so its callers are covered; the data files that
stores of this process have open are always protected (``register_database``), and
callers name others in ``protect``.

Also here: the modes of private files (a copy is never readable by more people than
the data file it copies), and the clean-up of leftovers of interrupted copies.

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
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from hienhao_desktop.storage.failures import WriteRefused, os_cause
from hienhao_desktop.storage.schema import APPLICATION_ID

__all__ = [
    "WriteRefused", "check_output_target", "clean_leftovers", "copy_mode", "make_private_folder", "move_new",
    "register_database", "remove_temporary", "replace", "unregister_database", "write_atomic",
]  # fmt: skip

SQLITE_MAGIC = b"SQLite format 3\x00"
# Files beside a data file that belong to it (SQLite's journals, our lock).
COMPANIONS = ("-journal", "-wal", "-shm", ".lock")
LEFTOVER_AGE = 60.0  # seconds without change after which a .part file is a leftover

_open_lock = threading.Lock()
_open_databases: dict[int, Path] = {}

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


def register_database(path: Path) -> int:
    """Protect ``path`` from every output of this process while a store has it open.
    Returns a token for ``unregister_database``."""
    with _open_lock:
        token = max(_open_databases, default=0) + 1
        _open_databases[token] = path
        return token


def unregister_database(token: int) -> None:
    with _open_lock:
        _open_databases.pop(token, None)


def _protected(extra: Iterable[str | os.PathLike[str]]) -> list[Path]:
    with _open_lock:
        paths = [*map(Path, extra), *_open_databases.values()]
    return [Path(str(p) + suffix) for p in paths for suffix in ("", *COMPANIONS)]


def _same_file(target: Path, target_stat: os.stat_result | None, other: Path) -> bool:
    try:
        if os.path.normcase(os.path.abspath(target.resolve())) == os.path.normcase(os.path.abspath(other.resolve())):
            return True
    except (OSError, RuntimeError):
        pass
    if target_stat is None:
        return False
    try:
        return os.path.samestat(target_stat, os.stat(other))  # hard links, other letter case
    except OSError:
        return False


def check_output_target(path: str | os.PathLike[str], *, protect: Iterable[str | os.PathLike[str]] = (),
                        allow_database: bool = False) -> None:
    """Refuse (WriteRefused) to write ``path`` when it is a folder or not an ordinary
    file, when it is one of the ``protect``ed data files or a data file a store of this
    process has open (or a journal or lock file of one), whatever the name it is given
    by; and, unless ``allow_database``, when it is an SQLite file (ours or not). A path
    that does not exist yet passes. Reads at most the first 100 bytes of ``path``."""
    target = Path(path)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError:  # e.g. no permission to look: the write itself will say so
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise WriteRefused("out_is_folder", target)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise WriteRefused("out_not_a_file", target)
    for other in _protected(protect):
        if _same_file(target, st, other):
            raise WriteRefused("out_is_open_database", target)
    if st is None or allow_database:
        return
    try:
        with open(target, "rb") as f:
            header = f.read(100)
    except OSError:
        return
    if header.startswith(SQLITE_MAGIC):
        ours = len(header) >= 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID
        raise WriteRefused("out_is_our_database" if ours else "out_is_database", target)


def write_atomic(path: str | os.PathLike[str], data: bytes, *,
                 protect: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    replace. Refused first by ``check_output_target`` (a data file, a folder ...). An
    existing file stays intact if anything fails, including a target that another
    program holds open (Windows) or a folder that cannot be written."""
    target = Path(path)
    check_output_target(target, protect=protect)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteRefused("out_cannot_write_here", target, cause=os_cause(exc)) from exc
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
        raise WriteRefused("out_cannot_write", target, cause=os_cause(exc)) from exc


def move_new(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Rename the finished file ``source`` to ``target``, which must not exist: never
    over anything that appeared there meanwhile (a hard link then an unlink on POSIX,
    a plain rename where there are no hard links, e.g. FAT; Windows' rename refuses an
    existing target). WriteRefused names the cause."""
    source, target = Path(source), Path(target)
    try:
        if os.name == "posix":
            try:
                os.link(source, target)
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links (FAT on a USB stick)
                if os.path.lexists(target):
                    raise FileExistsError(target) from None
                os.rename(source, target)
            else:
                os.unlink(source)
        else:
            os.rename(source, target)
    except FileExistsError:
        raise WriteRefused("out_exists", target) from None
    except OSError as exc:
        raise WriteRefused("out_cannot_write", target, cause=os_cause(exc)) from exc
    fsync_folder(target.parent)


# ---- private files -----------------------------------------------------------------------


def copy_mode(source: Path) -> int:
    """The permission bits a copy of ``source`` gets: the same as ``source`` (never
    wider), without execute bits; owner-only when ``source`` cannot be read."""
    try:
        return stat.S_IMODE(os.stat(source).st_mode) & 0o666
    except OSError:
        return 0o600


def create_private(path: Path, mode: int) -> None:
    """Create ``path`` empty with exactly ``mode`` (not widened by the umask, nor
    narrowed: a copy has the same readers as its original). Fails if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), mode)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only (0700 on
    Linux; on Windows the folder inherits the private ACL of the user's profile)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def clean_leftovers(folder: Path, patterns: Iterable[str], *, older_than: float = LEFTOVER_AGE) -> list[Path]:
    """Delete files in ``folder`` matching ``patterns`` (glob) that have not changed
    for ``older_than`` seconds: the ``.part`` copies and their journals that an
    interrupted backup or creation left. A copy being written right now changes all
    the time and is left alone. Returns what was deleted; never raises."""
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = {p for pattern in patterns for p in folder.glob(pattern)}
    except OSError:
        return removed
    for path in sorted(candidates):
        try:
            if now - path.stat().st_mtime >= older_than and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
