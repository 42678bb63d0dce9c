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
    """The default database's path; the first time, it is created holding the sample."""
    from hienhao_desktop.storage.store import Store

    path = default_db_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with Store.create(path) as store:
            store.add_report(sample_report())
    return path
