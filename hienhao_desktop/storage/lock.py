"""One writer per data file: an operating-system lock on ``<data file>.lock``.

Who holds it
    The window holds the lock of its data file for as long as it has it open
    (``Store.open(path, hold_lock=True)``); the command line's writing commands
    (``import``, ``finalise``) hold it while they work, waiting up to ``CLI_WAIT``
    seconds for a window to let go, then refusing (exit status 2) with a message that
    names who holds it. Reading commands (``list``, ``export``, ``print``, ``backup``)
    take no lock: they never write the data file.

What it is
    ``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows (one byte far past
    the end of the file, so the text before it stays readable). The operating system
    drops the lock when the process ends, however it ends: after a crash or a power cut
    the next program simply takes it (a stale lock is taken over; there is nothing to
    clean up). The file itself holds a line of JSON saying who holds it (user, computer,
    process id, since when), written by the holder after it has the lock; a refused
    program reads it for its message (``DatabaseInUse.holder``). The holder deletes
    the file when it lets go.

A second window (for the window's engineer)
    ``Store.open(path, hold_lock=True)`` raises ``DatabaseInUse`` (a ``StoreError``)
    with ``holder`` (a ``LockInfo`` or None). When ``holder.on_this_computer()``, the
    window can ask the first one to come forward: both use ``local_server_name(path)``
    as the QLocalServer/QLocalSocket name (the first listens, the second connects and
    sends a line, then quits). Otherwise it shows ``exc.message(lang)``, which says
    who has the file open on which computer.

Limits
    The lock works between programs that use it. A lock on a network share works when
    the server supports it (Windows shares do); a share that does not leaves only the
    revision guard of ``Store`` (a second writer is refused at its first write).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import hashlib
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from hienhao_desktop.storage.failures import DatabaseInUse
from hienhao_desktop.storage.files import copy_mode

CLI_WAIT = 3.0  # seconds a command-line writer waits for a window to let go
POLL = 0.1
LOCK_SUFFIX = ".lock"
_INFO_BYTES = 4096
_WINDOWS_LOCK_OFFSET = 0x7FFF0000  # the locked byte on Windows: far past the JSON text


@dataclass(frozen=True)
class LockInfo:
    """Who holds a data file's lock."""

    user: str
    host: str
    pid: int
    since: str  # ISO date and time, local
    program: str = "hienhao-desktop"

    @classmethod
    def mine(cls) -> LockInfo:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in the environment
            user = "?"
        return cls(user=user, host=socket.gethostname(), pid=os.getpid(),
                   since=dt.datetime.now().replace(microsecond=0).isoformat(sep=" "))

    def on_this_computer(self) -> bool:
        return self.host.lower() == socket.gethostname().lower()

    def refusal(self, db_path: Path) -> DatabaseInUse:
        """The DatabaseInUse error naming this holder."""
        code = "db_in_use_here" if self.on_this_computer() else "db_in_use"
        return DatabaseInUse(code, db_path, holder=self, user=self.user, host=self.host, since=self.since,
                             pid=self.pid)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def local_server_name(db_path: Path) -> str:
    """A name for QLocalServer that is the same for every window of this user on the
    same data file (whatever path it was opened by) and short enough for every system."""
    try:
        key = str(db_path.resolve()).lower() if os.name == "nt" else str(db_path.resolve())
    except OSError:
        key = str(db_path.absolute())
    user = ""
    with contextlib.suppress(Exception):
        user = getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]
    return f"hienhao-desktop-{digest}"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP):  # a file system without locks (some shares)
            return True
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(db_path: Path) -> LockInfo | None:
    """Who the lock file of ``db_path`` says holds it (None: no file, or nothing
    readable in it). This does not tell whether the lock is held: ``is_held`` does."""
    try:
        with open(lock_path(db_path), "rb") as f:
            data = f.read(_INFO_BYTES)
        info = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
        return LockInfo(user=str(info["user"]), host=str(info["host"]), pid=int(info["pid"]),
                        since=str(info["since"]), program=str(info.get("program", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    """The held lock of one data file. ``acquire`` it; ``release`` it (closing the
    store does). ``held`` is False when the folder cannot take a lock file (a
    read-only medium, where nobody can write the data file either)."""

    def __init__(self, db_path: Path, fd: int | None) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd = fd
        self._identity: tuple[int, int] | None = None
        if fd is not None:
            st = os.fstat(fd)
            self._identity = (st.st_dev, st.st_ino)

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, db_path: str | os.PathLike[str], *, wait: float = 0.0) -> DatabaseLock:
        """Take the lock of ``db_path``, waiting up to ``wait`` seconds while another
        program holds it; then raise DatabaseInUse naming the holder."""
        db_path = Path(db_path)
        path = lock_path(db_path)
        deadline = time.monotonic() + wait
        mode = copy_mode(db_path) | 0o600  # the same people as the data file's
        while True:
            try:
                fd = _open_lock_file(path, mode)
            except OSError as exc:
                if _no_lock_possible(exc, db_path):
                    return cls(db_path, None)
                raise DatabaseInUse("db_in_use_unknown", db_path) from exc
            try:
                locked = _try_lock(fd)
            except OSError:
                os.close(fd)
                raise
            if locked and _still_the_file(fd, path):
                lock = cls(db_path, fd)
                lock._write_info()
                return lock
            os.close(fd)
            if not locked and time.monotonic() >= deadline:
                holder = read_holder(db_path)
                if holder is None:  # the holder may be writing it this very moment
                    time.sleep(POLL)
                    holder = read_holder(db_path)
                if holder is None:
                    raise DatabaseInUse("db_in_use_unknown", db_path)
                raise holder.refusal(db_path)
            time.sleep(POLL if not locked else 0)

    def _write_info(self) -> None:
        assert self._fd is not None
        line = json.dumps(asdict(LockInfo.mine()), ensure_ascii=False).encode("utf-8") + b"\n"
        with contextlib.suppress(OSError):
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, line)

    def release(self) -> None:
        """Let go. The lock file is deleted first (POSIX), so that a program waiting
        on the old file notices it is gone and opens the new one; on Windows an open
        file cannot be deleted, so it is deleted after closing, when nobody has it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name == "posix":
            with contextlib.suppress(OSError):
                if _still_the_file(fd, self.path):
                    os.unlink(self.path)
            _unlock(fd)
            os.close(fd)
        else:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def is_held(db_path: Path) -> bool:
    """True when some program holds the lock of ``db_path`` now."""
    try:
        lock = DatabaseLock.acquire(db_path)
    except DatabaseInUse:
        return True
    lock.release()
    return False


def _still_the_file(fd: int, path: Path) -> bool:
    """The locked file is still the one at ``path`` (not deleted by a holder that
    let go between our open and our lock)."""
    if os.name != "posix":
        return True
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _open_lock_file(path: Path, mode: int) -> int:
    flags = getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | flags, mode)
    except PermissionError:
        # Another account's lock file (a shared folder): a lock needs no write access.
        return os.open(path, os.O_RDONLY | flags)


def _no_lock_possible(exc: OSError, db_path: Path) -> bool:
    """A folder where no lock file can be made: a read-only medium, or a folder this
    account may not write. Nobody can write the data file through it either (SQLite
    cannot make its journal there), so no lock is needed."""
    folder = db_path.parent
    if exc.errno == errno.EROFS:
        return True
    return exc.errno in (errno.EACCES, errno.EPERM) and folder.is_dir() and not os.access(folder, os.W_OK)
