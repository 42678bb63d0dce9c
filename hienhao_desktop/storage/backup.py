"""Rolling backups of the database (SQLite's backup API, so a copy is consistent
even while the program has the file open). Copies keep the data file's permissions
(never readable by more people than it); ``backups/`` is made readable by its owner
only. A copy that cannot be made (full or read-only disk) raises StoreError with the
cause and leaves nothing half-written behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hienhao_desktop.storage import files
from hienhao_desktop.storage.failures import StoreError, os_cause
from hienhao_desktop.storage.store import Store

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def rolling_backup(store: Store, *, keep: int = KEEP, min_age: dt.timedelta = dt.timedelta(hours=12)) -> Path | None:
    """Copy the database to ``backups/`` beside it unless the newest copy is younger
    than ``min_age``; keep the ``keep`` newest copies. Returns the new copy or None."""
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
    for old in sorted(folder.glob(f"{stem}-*.sqlite3"))[:-keep]:
        files.remove_temporary(old)  # one held open (antivirus) goes next time; the new copy is made
    return target


__all__ = ["KEEP", "backup_dir", "rolling_backup"]
