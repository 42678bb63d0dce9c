"""The SQLite store: one file holds every report.

Rules (DESIGN.md, "Storage rules"; docs/data-safety.md says why each is there):

- Opening: an existing file is opened read-write without creating. It is judged from
  its header before SQLite touches it (a folder, a device or pipe, a file that is not
  SQLite or is another program's database is refused and left byte-for-byte as it
  was). Then SQLite recovers a journal a crash left (a hot journal) and only then are
  the schema version and the structure read; the structure must be exactly what our
  migrations make (``schemacheck``: no trigger, view or column we did not make), and
  ``quick_check`` must pass. An older schema is upgraded in one transaction after a
  backup copy (``<name>.v<N>.bak``, with the data file's permissions).
- Creating: a new file is built complete beside its final name (``<name>.new.part``)
  and renamed into place, so a crash leaves either no file or a whole one. A file with
  nothing in it left by an interrupted creation of an older version (0 bytes, or ours
  at schema version 0 with no rows) is recognised (``EmptyDatabase``) and rebuilt when
  the caller asks (``rebuild_empty``).
- One writer: ``hold_lock=True`` holds the data file's lock (``storage.lock``) until
  ``close``; the window and the command line's writing commands use it.
- Writing: journal DELETE, synchronous FULL, foreign keys on, so a saved edit survives
  a power cut on a USB stick. Each edit is one small transaction. Inside it, before
  anything is written, the store checks that its file is still the one it opened and
  that nobody else changed it since its own last write (device and inode; size and
  modification time; SQLite's ``data_version``). If not, nothing is written and
  ``DatabaseChanged`` says what happened: deleted or moved, replaced by another file,
  or changed by another window or program.
- Every failure is a ``StoreError`` with a code (``storage.failures``): read-only,
  disk full, in use, missing, foreign, damaged, changed underneath. Nothing else
  escapes from a write, except bugs.
- Reading guards the values' types: a crafted or damaged value is reported
  (``DamagedReport``, naming the field), never crashed on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.messages import Msg
from hienhao_desktop.domain.model import Report, ReportSummary, Status, default_title
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.storage import files, rows, schemacheck
from hienhao_desktop.storage.failures import (
    CannotWrite,
    DamagedDatabase,
    DamagedReport,
    DatabaseChanged,
    DatabaseInUse,
    DatabaseMissing,
    EmptyDatabase,
    NotOurDatabase,
    ReportIsFinal,
    StoreError,
    StrangeDatabase,
    UnknownReport,
    os_cause,
    sqlite_write_error,
)
from hienhao_desktop.storage.lock import DatabaseLock
from hienhao_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migration, statements
from hienhao_desktop.storage.sqlite_uri import sqlite_uri

__all__ = [
    "Archive", "CannotWrite", "DamagedDatabase", "DamagedReport", "DatabaseChanged", "DatabaseInUse",
    "DatabaseMissing", "EmptyDatabase", "NotOurDatabase", "ReportIsFinal", "Store", "StoreError",
    "StrangeDatabase", "UnknownReport", "statements",
]  # fmt: skip

SQLITE_MAGIC = b"SQLite format 3\x00"
NEW_SUFFIX = ".new.part"  # a data file being built beside its final name
JOURNAL = "-journal"


@dataclass(frozen=True)
class Archive:
    """The exact PDF of a finalised revision (bản lưu)."""

    report_id: int
    revision: int
    pdf: bytes
    sha256: str
    finalised_at: str


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def _journal(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL)


# ---- judging a file before SQLite opens it -------------------------------------------------


class _Header(NamedTuple):
    size: int
    application_id: int
    user_version: int
    page_count: int


def _inspect(path: Path) -> _Header:
    """Judge ``path`` from the outside, without letting SQLite touch it: what it is
    (missing, a folder, a device or pipe: refused without opening it, so a pipe cannot
    hang the program), and from its 100-byte header whether it may be ours."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DatabaseMissing("db_missing", path) from None
    except OSError as exc:
        raise StoreError("db_cannot_open", path, cause=os_cause(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotOurDatabase("db_is_folder", path)
    if not stat.S_ISREG(st.st_mode):
        raise NotOurDatabase("db_not_a_file", path)
    if st.st_size == 0:
        return _Header(0, 0, 0, 0)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise StoreError("db_cannot_open", path, cause=os_cause(exc)) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotOurDatabase("db_foreign", path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    page_count = int.from_bytes(header[28:32], "big")
    if application_id == APPLICATION_ID:
        return _Header(st.st_size, application_id, user_version, page_count)
    # Unmarked: ours only if it is a bare new file (one empty page) that an older
    # version started to make when it was interrupted. Anything else is another
    # program's, and SQLite must not touch it (not even to roll back its journal).
    if application_id == 0 and user_version == 0 and page_count <= 1 and not _journal(path).exists():
        return _Header(st.st_size, application_id, user_version, page_count)
    raise NotOurDatabase("db_other_program", path)


def _our_tables() -> set[str]:
    return {name for kind, name, _ in schemacheck.expected(SCHEMA_VERSION).objects if kind == "table"}


def _is_empty(path: Path, header: _Header) -> bool:
    """True for a data file with nothing in it: 0 bytes, or (after SQLite has rolled
    back any journal) at schema version 0 with no view, no trigger and no row, only
    tables of ours. Such a file is what an interrupted creation left."""
    if header.size == 0 and not _journal(path).exists():
        return True
    if header.user_version != 0:
        return False
    conn = None
    try:
        conn = _connect(sqlite_uri(path.resolve(), "rw"))
        objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if conn.execute("PRAGMA user_version").fetchone()[0] != 0 or application_id not in (0, APPLICATION_ID):
            return False
        if application_id == 0 and objects:
            return False
        ours = _our_tables()
        for kind, name in objects:
            if kind == "index" and str(name).startswith("sqlite_autoindex_"):
                continue
            if kind not in ("table", "index") or (kind == "table" and name not in ours):
                return False
            if kind == "table" and conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None:
                return False
        return True
    except sqlite3.Error:
        return False  # damaged or unreadable: the ordinary opening says so
    finally:
        if conn is not None:
            conn.close()


def is_empty_database(path: str | os.PathLike[str]) -> bool:
    """True when the file at ``path`` is a data file with nothing in it, as an
    interrupted creation leaves it (see ``EmptyDatabase``); False for anything else,
    including a missing or foreign file."""
    path = Path(path)
    try:
        header = _inspect(path)
    except StoreError:
        return False
    return header.user_version == 0 and _is_empty(path, header)


def _clean_creation_leftovers(path: Path) -> None:
    """Remove ``<name>.new.part`` (and its journal) that a creation killed after its
    rename left, when no creator holds the lock now (else leave it: it is theirs)."""
    part = path.with_name(path.name + NEW_SUFFIX)
    if not (os.path.lexists(part) or os.path.lexists(_journal(part))):
        return
    try:
        lock = DatabaseLock.acquire(path)
    except StoreError:
        return
    try:
        files.clean_leftovers(path.parent, [part.name, _journal(part).name], older_than=0)
    finally:
        lock.release()


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    conn.row_factory = sqlite3.Row
    # Pragmas before any transaction; see ENVIRONMENT.md.
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class _Seen(NamedTuple):
    """What the store last saw of its file: who it is and how it was left."""

    device: int
    inode: int
    size: int
    mtime_ns: int | None  # None where the time may lag behind the writes (Windows)
    data_version: int


def _open_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """An error of SQLite while opening: unwritable (a journal to roll back on a
    read-only medium), in use, or else damaged."""
    mapped = sqlite_write_error(path, exc)
    causes = {"db_read_only": "cause_read_only", "db_busy": "cause_in_use", "db_disk_full": "cause_disk_full"}
    if mapped is not None and mapped.code in causes:
        return StoreError("db_cannot_open", path, cause=Msg(causes[mapped.code]))
    return DamagedDatabase("db_damaged", path, detail=str(exc))


class Store:
    """One open database. Use ``Store.open`` for an existing file, ``Store.create``
    for a new one. Close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, lock: DatabaseLock | None = None) -> None:
        self._conn = conn
        self.path = path
        self._file = path.absolute()
        self._lock = lock
        self._seen: _Seen | None = None
        self._token = files.register_database(self._file)
        self._remember()

    # ---- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, hold_lock: bool = False, wait: float = 0.0,
             rebuild_empty: bool = False) -> Store:
        """The existing data file at ``path``, checked and upgraded if older.

        ``hold_lock``: hold the data file's lock (``storage.lock``) until ``close``,
        waiting up to ``wait`` seconds for another holder; else DatabaseInUse. The
        window and the command line's writers use it; readers do not.
        ``rebuild_empty``: a file with nothing in it (EmptyDatabase: 0 bytes, or a
        creation interrupted by an older version) is rebuilt empty instead of refused.
        """
        path = Path(path)
        header = _inspect(path)
        if not hold_lock:
            _clean_creation_leftovers(path)
        lock = DatabaseLock.acquire(path, wait=wait) if hold_lock else None
        try:
            if header.user_version == 0 and _is_empty(path, header):
                if not rebuild_empty:
                    raise EmptyDatabase("db_empty", path)
                cls._rebuild_empty(path, lock)
            elif header.application_id != APPLICATION_ID:
                raise NotOurDatabase("db_other_program", path)
            store = cls._open_checked(path, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if hold_lock:
            store.clean_leftovers()
        return store

    @classmethod
    def open_or_create(cls, path: str | os.PathLike[str], *, hold_lock: bool = False,
                       wait: float = 0.0) -> Store:
        """The data file at ``path``, made (empty) when there is none or when the one
        there holds nothing (an interrupted creation). ``import`` uses it."""
        path = Path(path)
        if os.path.lexists(path):
            return cls.open(path, hold_lock=hold_lock, wait=wait, rebuild_empty=True)
        return cls.create(path, hold_lock=hold_lock, wait=wait)

    @classmethod
    def _open_checked(cls, path: Path, lock: DatabaseLock | None, *, upgrade: bool = True) -> Store:
        conn = None
        try:
            conn = _connect(sqlite_uri(path.resolve(), "rw"))
            conn.execute("PRAGMA trusted_schema = OFF")  # nothing in the file runs as if we wrote it
            # The first read rolls back what a crash left half-done (a hot journal);
            # only after it do the schema version and the structure hold.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if application_id != APPLICATION_ID:
                raise NotOurDatabase("db_other_program", path)
            if version > SCHEMA_VERSION:
                raise StoreError("db_too_new", path, version=version, supported=SCHEMA_VERSION)
            if version == 0:
                raise DamagedDatabase("db_damaged", path, detail="user_version 0")
            difference = schemacheck.check(conn, version)
            if difference is not None:
                raise StrangeDatabase("db_strange", path, detail=difference)
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DamagedDatabase("db_damaged", path, detail=check)
        except BaseException as exc:
            if conn is not None:  # else the refused file stays open (and locked, on Windows)
                conn.close()
            if isinstance(exc, sqlite3.Error):
                raise _open_error(path, exc) from None
            raise
        store = cls(conn, path, lock)
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "delete":
                conn.execute("PRAGMA journal_mode = DELETE")
            if version < SCHEMA_VERSION and upgrade:
                backup = store.backup_to(path.with_name(f"{path.name}.v{version}.bak"))
                try:
                    store._migrate(version)
                except sqlite3.Error as exc:
                    raise StoreError("db_upgrade_failed", path, backup=backup, detail=str(exc)) from None
            store._remember()  # the journal mode may have changed the file's header
        except BaseException:
            store._close_connection()  # the lock, if any, is the caller's to release
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, schema_version: int = SCHEMA_VERSION,
               reports: Sequence[Report] = (), hold_lock: bool = False, wait: float = 0.0) -> Store:
        """A new database at ``path``, which must not exist yet, holding ``reports``.
        It is built complete beside its final name and then renamed into place: a
        crash leaves no file or a whole one. ``hold_lock``/``wait`` as for ``open``.
        ``schema_version`` below the current one is for migration tests only."""
        path = Path(path)
        if not path.parent.is_dir():
            raise StoreError("db_no_folder", path, folder=path.parent)
        lock = DatabaseLock.acquire(path, wait=wait)  # two creators of one file take turns
        try:
            if os.path.lexists(path):
                raise StoreError("db_exists", path)
            cls._put_in_place(cls._build(path, schema_version, reports), path, replace=False)
            store = cls._open_checked(path, lock if hold_lock else None, upgrade=schema_version == SCHEMA_VERSION)
        except BaseException:
            lock.release()
            raise
        if not hold_lock:
            lock.release()
        return store

    @classmethod
    def _build(cls, path: Path, version: int, reports: Iterable[Report]) -> Path:
        """A complete data file at ``<path>.new.part`` (the caller holds the lock, so
        one found there is a leftover of an interrupted creation)."""
        part = path.with_name(path.name + NEW_SUFFIX)
        for leftover in (part, _journal(part)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        store = None
        try:
            files.create_private(part, 0o600)
            conn = _connect(sqlite_uri(part.resolve(), "rw"))
            store = cls(conn, part)
            conn.execute("PRAGMA journal_mode = DELETE")
            store._migrate(0, version)
            for report in reports:
                store.add_report(report)
            store.close()
        except BaseException as exc:
            if store is not None:
                store.close()
            for leftover in (part, _journal(part)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, OSError):
                raise StoreError("db_cannot_create", path, cause=os_cause(exc)) from None
            if isinstance(exc, CannotWrite):
                raise StoreError("db_cannot_create", path, cause=Msg(exc.code, exc.params)) from None
            if isinstance(exc, sqlite3.Error):
                mapped = sqlite_write_error(part, exc)
                cause = Msg(mapped.code, mapped.params) if mapped else Msg("cause_other", {"detail": str(exc)})
                raise StoreError("db_cannot_create", path, cause=cause) from None
            raise
        return part

    @staticmethod
    def _put_in_place(part: Path, path: Path, *, replace: bool) -> None:
        """Rename the finished ``part`` to ``path``: over an empty file being rebuilt
        (``replace``), else never over anything that appeared meanwhile."""
        try:
            if replace:
                with contextlib.suppress(FileNotFoundError):
                    _journal(path).unlink()  # the empty file's: it must not touch the new one
                files.replace(part, path)
            elif os.name == "posix":
                try:
                    os.link(part, path)  # fails if path exists, unlike rename
                except FileExistsError:
                    raise StoreError("db_exists", path) from None
                except OSError:  # a file system without hard links (FAT on a USB stick)
                    if os.path.lexists(path):
                        raise StoreError("db_exists", path) from None
                    os.rename(part, path)
                else:
                    os.unlink(part)
            else:
                os.rename(part, path)  # Windows: refuses an existing target
        except FileExistsError:
            raise StoreError("db_exists", path) from None
        except OSError as exc:
            with contextlib.suppress(OSError):
                part.unlink()
            raise StoreError("db_cannot_create", path, cause=os_cause(exc)) from None
        files.fsync_folder(path.parent)

    @classmethod
    def _rebuild_empty(cls, path: Path, lock: DatabaseLock | None, reports: Sequence[Report] = ()) -> None:
        """Replace an empty data file (``_is_empty``) by a whole one holding ``reports``."""
        held = lock if lock is not None else DatabaseLock.acquire(path)
        try:
            cls._put_in_place(cls._build(path, SCHEMA_VERSION, reports), path, replace=True)
        finally:
            if lock is None:
                held.release()

    @classmethod
    def rebuild(cls, path: str | os.PathLike[str], *, reports: Sequence[Report] = ()) -> None:
        """Make the data file at ``path``, which holds nothing (``is_empty_database``:
        an interrupted creation), anew holding ``reports``; any other file is refused."""
        path = Path(path)
        lock = DatabaseLock.acquire(path)
        try:
            if not is_empty_database(path):
                raise StoreError("db_exists", path)
            cls._rebuild_empty(path, lock, reports)
        finally:
            lock.release()

    def _migrate(self, current: int, target: int = SCHEMA_VERSION) -> None:
        # Foreign keys off while a migration runs, so that it may rebuild a table
        # (SQLite's "twelve steps"); they are checked before each version commits.
        # (The pragma cannot change inside a transaction: here, before any.)
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for version in range(current + 1, target + 1):
                with self.transaction() as conn:
                    # Another program may have upgraded the file since we read its version.
                    if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                        continue
                    if version == 1:
                        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    apply_migration(conn, version)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise sqlite3.IntegrityError(f"foreign key check failed after version {version}: {broken[:3]}")
                    conn.execute(f"PRAGMA user_version = {version}")
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def holds_lock(self) -> bool:
        """True when this store holds its data file's lock (one writer per file)."""
        return self._lock is not None and self._lock.held

    def _close_connection(self) -> None:
        files.unregister_database(self._token)
        self._conn.close()

    def close(self) -> None:
        """Close the file and let go of its lock."""
        self._close_connection()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clean_leftovers(self) -> list[Path]:
        """Delete what interrupted copies and creations of this data file left beside
        it and in ``backups/``: ``.part`` files and their journals. Called on opening
        with the lock. A creation's leftover goes at once (creating needs the lock we
        hold); a copy's once untouched for a minute (a copy may be under way in a
        reading program). Returns what was deleted."""
        name, stem = self.path.name, self.path.stem
        removed = files.clean_leftovers(self.path.parent, [f"{name}{NEW_SUFFIX}", f"{name}{NEW_SUFFIX}{JOURNAL}"],
                                        older_than=0)
        removed += files.clean_leftovers(self.path.parent, [f"{name}.v*.bak.part", f"{name}.v*.bak.part{JOURNAL}"])
        removed += files.clean_leftovers(self.path.parent / "backups",
                                         [f"{stem}-*.sqlite3.part", f"{stem}-*.sqlite3.part{JOURNAL}"])
        return removed

    # ---- the file under the store ------------------------------------------------------

    def _remember(self) -> None:
        """Note the file as this store leaves it (after opening, after each commit)."""
        try:
            st = os.stat(self._file)
        except OSError:
            self._seen = None
            return
        data_version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        self._seen = _Seen(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns if os.name == "posix" else None,
                           data_version)

    def check_unchanged(self) -> None:
        """Raise DatabaseChanged unless the file at this store's path is still the
        file it opened, as this store last left it: ``db_gone`` (deleted, renamed,
        moved), ``db_replaced`` (another file in its place) or ``db_changed``
        (written by another window or program). Every write checks this first, inside
        its transaction; the window may call it too (e.g. when it is activated)."""
        try:
            st = os.stat(self._file)
        except FileNotFoundError:
            raise DatabaseChanged("db_gone", self.path) from None
        except OSError as exc:
            raise CannotWrite("db_write_failed", self.path, detail=exc.strerror or str(exc)) from None
        seen = self._seen
        if seen is None:
            raise DatabaseChanged("db_gone", self.path)
        if (st.st_dev, st.st_ino) != (seen.device, seen.inode) and st.st_ino and seen.inode:
            raise DatabaseChanged("db_replaced", self.path)
        data_version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        mtime = st.st_mtime_ns if os.name == "posix" else None
        if (data_version, st.st_size, mtime) != (seen.data_version, seen.size, seen.mtime_ns):
            raise DatabaseChanged("db_changed", self.path)

    def accept_outside_changes(self) -> None:
        """Take the file as it is now as what this store has seen, so that writing
        goes on after a ``db_changed`` refusal, once the window has reloaded what it
        shows from the file. Refused (DatabaseChanged) when the file is gone or
        another file is in its place: then close the store and open the file anew."""
        try:
            self.check_unchanged()
        except DatabaseChanged as exc:
            if exc.code != "db_changed":
                raise
        self._remember()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. It starts by checking that the file is still the
        one this store opened and nobody else wrote it (else DatabaseChanged, nothing
        written); a file that cannot be written (read-only, disk full, in use, gone)
        is reported as a StoreError naming the cause, nothing changed."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (sqlite_write_error(self.path, exc) or exc) from None
        try:
            self.check_unchanged()
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                mapped = sqlite_write_error(self.path, exc)
                if mapped is not None:
                    raise mapped from None
            raise
        self._remember()

    # ---- copies ------------------------------------------------------------------------

    def backup_to(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the whole database (SQLite's backup API) at
        ``target``, readable by the same people as the data file (never more). It is
        written to ``<target>.part`` and renamed: a failure (full or read-only disk)
        leaves no partial file and raises StoreError naming the cause."""
        target = Path(target)
        files.check_output_target(target, protect=[self._file], allow_database=True)
        part = target.with_name(target.name + ".part")
        dest = None
        try:
            for leftover in (part, _journal(part)):  # an interrupted copy's: SQLite cannot copy into it
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            files.create_private(part, files.copy_mode(self._file))
            dest = sqlite3.connect(part)
            self._conn.backup(dest)
            dest.close()
            dest = None
            files.replace(part, target)
        except (OSError, sqlite3.Error) as exc:
            if dest is not None:
                dest.close()
            for leftover in (part, _journal(part)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, OSError):
                cause = os_cause(exc)
            else:
                mapped = sqlite_write_error(part, exc)
                cause = Msg(mapped.code, mapped.params) if mapped else Msg("cause_other", {"detail": str(exc)})
            raise StoreError("db_backup_failed", None, target=target, cause=cause) from None
        return target

    def restore_from(self, source: str | os.PathLike[str]) -> None:
        """Replace every report with those of a backup copy (khôi phục).

        The copy is judged like any file we open (foreign, crafted, damaged or too
        new: refused), upgraded if older, and every report in it must load with
        sound values; all on a temporary copy, so ``source`` itself is never changed.
        Only the data we know is then copied, table by table and column by column,
        into a fresh file of our own structure (nothing of the copy's own SQL is ever
        run), and that file replaces the data in one transaction: the data file is
        never half replaced. Once it is, cleaning up the temporary folder cannot fail
        the restore (Windows may still hold a file there)."""
        import tempfile

        source = Path(source)
        _inspect(source)  # missing, a folder, a pipe, foreign: refused before copying
        self.check_unchanged()
        folder = tempfile.mkdtemp(prefix="hienhao-restore-")
        try:
            fresh = self._fresh_copy_of(source, Path(folder))
            try:
                try:
                    fresh.backup(self._conn)
                except sqlite3.Error as exc:
                    raise (sqlite_write_error(self.path, exc) or exc) from None
            finally:
                fresh.close()
            self._remember()
        finally:
            import shutil

            # The data is replaced by now (or the error is on its way): a file Windows
            # still holds in the temporary folder must not turn success into failure.
            with contextlib.suppress(OSError):
                shutil.rmtree(folder, ignore_errors=True)

    def _fresh_copy_of(self, source: Path, folder: Path) -> sqlite3.Connection:
        """A connection to a fresh data file in ``folder`` holding exactly the data of
        ``source`` that we know (see ``restore_from``)."""
        import shutil

        copy = folder / "restore.sqlite3"
        try:
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise StoreError("db_cannot_open", source, cause=os_cause(exc)) from None
        try:
            with Store.open(copy) as backup:
                for summary in backup.list_reports():
                    backup.load(summary.id)  # DamagedReport names a bad value
                    backup.archives(summary.id)
        except StoreError as exc:
            raise StoreError("db_restore_bad", source, problem=Msg(exc.code, exc.params)) from None
        target = folder / "fresh.sqlite3"
        Store.create(target).close()
        conn = _connect(sqlite_uri(target.resolve(), "rw"))
        try:
            conn.execute("ATTACH DATABASE ? AS src", (sqlite_uri(copy.resolve(), "ro"),))
            # Tables are copied one by one (a part before its blocks or after: the
            # order of sqlite_master is not that of the references); the references are
            # checked as a whole before the commit.
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN IMMEDIATE")
            tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
            for table in tables:
                cols = ", ".join(f'"{c[1]}"' for c in conn.execute(f'PRAGMA main.table_info("{table}")'))
                conn.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM src."{table}"')
            broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign key check failed: {[tuple(b) for b in broken[:3]]}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("DETACH DATABASE src")
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError("db_restore_bad", source, problem=Msg("cause_other", {"detail": str(exc)})) from None
        return conn

    # ---- reports --------------------------------------------------------------------

    def list_reports(self) -> list[ReportSummary]:
        rows = self._conn.execute(
            "SELECT id, kind, school_year, period, title, status, updated_at FROM report "
            # Newest first: later school years, then the year-end report before the
            # term reports (text order would put "Cả năm" last).
            "ORDER BY school_year DESC, "
            "CASE period WHEN 'Cả năm' THEN 3 WHEN 'Học kỳ II' THEN 2 WHEN 'Học kỳ I' THEN 1 ELSE 0 END DESC, "
            "updated_at DESC, id DESC"
        ).fetchall()
        return [_summary(row) for row in rows]

    def summary(self, report_id: int) -> ReportSummary:
        row = self._conn.execute(
            "SELECT id, kind, school_year, period, title, status, updated_at FROM report WHERE id = ?",
            (report_id,),
        ).fetchone()
        if row is None:
            raise UnknownReport("report_unknown", self.path, id=report_id)
        return _summary(row)

    def add_report(self, report: Report) -> int:
        """Keep a new report (normalised first); returns its id."""
        report = normalize_report(report)
        with self.transaction() as conn:
            return rows.insert_report(conn, report, _now())

    def load(self, report_id: int) -> Report:
        """The kept report. Every value is checked to be what the report can hold (a
        crafted or damaged file may hold anything): DamagedReport names the first that
        is not, instead of a crash later in the window or an export."""
        try:
            report = rows.load_report(self._conn, report_id)
        except rows.BadRow as exc:
            raise self._damaged(report_id, exc) from None
        if report is None:
            raise UnknownReport("report_unknown", self.path, id=report_id)
        return report

    def _damaged(self, report_id: int, exc: rows.BadRow) -> DamagedReport:
        if exc.problem is None:  # rows out of order
            return DamagedReport("report_bad_order", self.path, id=report_id, field=exc.path)
        return DamagedReport("report_bad_value", self.path, id=report_id, field=exc.path, problem=exc.problem)

    def delete(self, report_id: int) -> None:
        with self.transaction() as conn:
            if conn.execute("DELETE FROM report WHERE id = ?", (report_id,)).rowcount != 1:
                raise UnknownReport("report_unknown", self.path, id=report_id)

    def duplicate(self, report_id: int) -> int:
        """A new draft with the same content."""
        return self.add_report(self.load(report_id))

    # ---- edits ----------------------------------------------------------------------

    def apply_edit(self, report_id: int, edit: E.Edit) -> None:
        """Persist one edit in one transaction. The edit's indexes must be valid for
        the kept report; otherwise nothing is written and EditError is raised."""
        edit = edit.normalized()
        with self.transaction() as conn:
            row = conn.execute("SELECT status FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport("report_unknown", self.path, id=report_id)
            if row["status"] == Status.FINAL:
                raise ReportIsFinal("report_final", self.path)
            self._apply(conn, report_id, edit)
            conn.execute("UPDATE report SET updated_at = ? WHERE id = ?", (_now(), report_id))

    def _apply(self, conn: sqlite3.Connection, report_id: int, edit: E.Edit) -> None:
        try:
            rows.apply_edit(conn, report_id, edit)
        except rows.BadRow as exc:
            raise self._damaged(report_id, exc) from None

    # ---- status and archive (ban hành) -------------------------------------------------

    def status(self, report_id: int) -> str:
        return self.summary(report_id).status

    def finalise(self, report_id: int, pdf: bytes) -> Archive:
        """Make the report final and keep the exact PDF bytes of this revision."""
        digest = hashlib.sha256(pdf).hexdigest()
        now = _now()
        with self.transaction() as conn:
            row = conn.execute("SELECT status, revision FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport("report_unknown", self.path, id=report_id)
            if row["status"] == Status.FINAL:
                raise ReportIsFinal("report_already_final", self.path)
            conn.execute(
                "INSERT INTO archive (report_id, revision, pdf, sha256, finalised_at) VALUES (?, ?, ?, ?, ?)",
                (report_id, row["revision"], pdf, digest, now),
            )
            conn.execute("UPDATE report SET status = 'final', updated_at = ? WHERE id = ?", (now, report_id))
        return Archive(report_id, row["revision"], pdf, digest, now)

    def unlock(self, report_id: int) -> int:
        """Make a final report a draft again, as a new revision; the archived PDF of
        the earlier revision stays kept. Returns the new revision number."""
        with self.transaction() as conn:
            row = conn.execute("SELECT status, revision FROM report WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise UnknownReport("report_unknown", self.path, id=report_id)
            if row["status"] != Status.FINAL:
                raise StoreError("report_not_final", self.path)
            revision = row["revision"] + 1
            conn.execute(
                "UPDATE report SET status = 'draft', revision = ?, updated_at = ? WHERE id = ?",
                (revision, _now(), report_id),
            )
        return revision

    def archives(self, report_id: int) -> list[Archive]:
        rows = self._conn.execute(
            "SELECT report_id, revision, pdf, sha256, finalised_at FROM archive WHERE report_id = ? "
            "ORDER BY revision DESC",
            (report_id,),
        ).fetchall()
        check = _Checker(self.path, report_id)
        return [
            Archive(report_id=report_id,
                    revision=check.integer(f"archive[{i}].revision", r["revision"]),
                    pdf=check.blob(f"archive[{i}].pdf", r["pdf"]),
                    sha256=check.text(f"archive[{i}].sha256", r["sha256"]),
                    finalised_at=check.text(f"archive[{i}].finalised_at", r["finalised_at"]))
            for i, r in enumerate(rows)
        ]

    def current_archive(self, report_id: int) -> Archive | None:
        """The archived PDF when the report is final, else None."""
        if self.status(report_id) != Status.FINAL:
            return None
        archives = self.archives(report_id)
        return archives[0] if archives else None


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _summary(row: sqlite3.Row) -> ReportSummary:
    """A line of the report list; a crafted value is shown as text rather than
    crashing the list (opening that report then says what is wrong). A title broken
    over lines by its author is shown on one."""
    return ReportSummary(
        id=int(row["id"]), kind=_shown(row["kind"]), school_year=_shown(row["school_year"]),
        period=_shown(row["period"]),
        # An empty title prints the default one ("Sơ kết học kỳ I năm học …"): the list says it too.
        title=" ".join((_shown(row["title"]) or default_title(_shown(row["kind"]), _shown(row["period"]),
                                                                _shown(row["school_year"]))).split("\n")),
        status=_shown(row["status"]),
        updated_at=_shown(row["updated_at"]),
    )


class _Checker:
    """Checks values read from the file; the first bad one raises DamagedReport."""

    def __init__(self, path: Path, report_id: int) -> None:
        self.path = path
        self.report_id = report_id

    def fail(self, field: str, problem: Msg) -> NoReturn:
        raise DamagedReport("report_bad_value", self.path, id=self.report_id, field=field, problem=problem)

    def text(self, field: str, value: Any) -> str:
        if not isinstance(value, str):
            self.fail(field, Msg("not_text"))
        return value

    def integer(self, field: str, value: Any) -> int:
        if not isinstance(value, int):
            self.fail(field, Msg("not_whole_number"))
        return value

    def blob(self, field: str, value: Any) -> bytes:
        if not isinstance(value, bytes):
            self.fail(field, Msg("not_png"))
        return value

