"""Rolling backups of the database (SQLite's backup API, so a copy is consistent
even while the program has the file open). Copies keep the data file's permissions
(never readable by more people than it); ``backups/`` is made readable by its owner
only. A copy that cannot be made (full or read-only disk) raises StoreError with the
cause and leaves nothing half-written behind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hienhao_desktop.storage import files
from hienhao_desktop.storage.failures import StoreError, os_cause
from hienhao_desktop.storage.sqlite_uri import sqlite_uri
from hienhao_desktop.storage.store import Store

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def rolling_backup(store: Store, *, keep: int = KEEP, min_age: dt.timedelta = dt.timedelta(hours=12),
                   spare: Path | None = None) -> Path | None:
    """Copy the database to ``backups/`` beside it unless the newest copy is younger
    than ``min_age``; keep the ``keep`` newest copies, and ``spare`` whatever its age
    (the copy being restored). Returns the new copy or None."""
    folder = backup_dir(store.path)
    stem = store.path.stem
    try:
        files.make_private_folder(folder)
        files.clean_leftovers(folder, [f"{stem}-*.sqlite3.part", f"{stem}-*.sqlite3.part-journal"])
        existing = sorted(folder.glob(f"{stem}-*.sqlite3"))
        now = dt.datetime.now()
        if existing:
            newest = dt.datetime.fromtimestamp(existing[-1].stat().st_mtime)
            if now - newest < min_age:
                return None
    except OSError as exc:
        raise StoreError("db_backup_failed", None, target=folder, cause=os_cause(exc)) from None
    target = store.backup_to(folder / f"{stem}-{now:%Y%m%d-%H%M%S-%f}.sqlite3")
    spared = spare.resolve() if spare is not None else None
    for old in sorted(folder.glob(f"{stem}-*.sqlite3"))[:-keep]:
        if old.resolve() != spared:
            files.remove_temporary(old)  # one held open (antivirus) goes next time; the new copy is made
    return target


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy as the restore dialog lists it: when it was taken and how
    many reports it holds (None when the file cannot be read)."""

    path: Path
    taken: dt.datetime
    reports: int | None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The copies in ``backups/`` beside the database, newest first. Each is read
    without being changed (SQLite's read-only, immutable mode)."""
    import contextlib
    import sqlite3

    folder = backup_dir(db_path)
    found = []
    for path in sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True):
        try:
            taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        reports: int | None = None
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(sqlite_uri(path.resolve(), "ro") + "&immutable=1", uri=True)
            try:
                reports = int(conn.execute("SELECT count(*) FROM report").fetchone()[0])
            finally:
                conn.close()
        found.append(BackupInfo(path, taken, reports))
    return found


__all__ = ["KEEP", "BackupInfo", "backup_dir", "list_backups", "rolling_backup"]
