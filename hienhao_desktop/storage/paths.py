"""The default database: in the user's data folder, created on first start holding
the sample report so a new user opens the program onto a complete example."""

from __future__ import annotations

import os
from pathlib import Path

from hienhao_desktop import APP_NAME, ORG_NAME
from hienhao_desktop.domain.model import Report
from hienhao_desktop.locate import resource

DB_NAME = "hienhao.sqlite3"
DATA_ENV = "HIENHAO_DESKTOP_DATA"  # overrides the data folder (tests, portable use)


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def sample_report() -> Report:
    from hienhao_desktop.storage import exchange

    return exchange.read_file(resource("samples", "seed-report.json"))


def ensure_default_database() -> Path:
    """The default database's path; the first time, it is created holding the sample
    (complete, or not at all: it is built beside its name and renamed into place). A
    default database with nothing in it, left by an earlier start that was
    interrupted, is made again the same way, so it never blocks the window. The data
    folder is created readable by its owner only."""
    from hienhao_desktop.storage import files
    from hienhao_desktop.storage.store import Store, is_empty_database

    path = default_db_path()
    files.make_private_folder(path.parent)
    if not os.path.lexists(path):
        Store.create(path, reports=[sample_report()]).close()
    elif is_empty_database(path):
        Store.rebuild(path, reports=[sample_report()])
    return path
