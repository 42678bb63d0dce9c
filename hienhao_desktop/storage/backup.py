"""Rolling backups of the database (SQLite's backup API, so a copy is consistent
even while the program has the file open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hienhao_desktop.storage.files import remove_temporary
from hienhao_desktop.storage.store import Store

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def rolling_backup(store: Store, *, keep: int = KEEP, min_age: dt.timedelta = dt.timedelta(hours=12)) -> Path | None:
    """Copy the database to ``backups/`` beside it unless the newest copy is younger
    than ``min_age``; keep the ``keep`` newest copies. Returns the new copy or None."""
    folder = backup_dir(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = store.path.stem
    existing = sorted(folder.glob(f"{stem}-*.sqlite3"))
    now = dt.datetime.now()
    if existing:
        newest = dt.datetime.fromtimestamp(existing[-1].stat().st_mtime)
        if now - newest < min_age:
            return None
    target = store.backup_to(folder / f"{stem}-{now:%Y%m%d-%H%M%S-%f}.sqlite3")
    for old in sorted(folder.glob(f"{stem}-*.sqlite3"))[:-keep]:
        remove_temporary(old)  # one held open (antivirus) goes next time; the new copy is made
    return target
