"""Shared test set-up: headless Qt, every database in tmp_path, the seed report."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HIENHAO_LANG", "vi")

ROOT = Path(__file__).resolve().parent.parent
SEED_JSON = ROOT / "resources" / "samples" / "seed-report.json"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database never touches the real user's data folder in tests."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("HIENHAO_DESKTOP_DATA", str(folder))
    return folder


@pytest.fixture
def seed_report():
    from hienhao_desktop.storage import exchange

    return exchange.read_file(SEED_JSON)


@pytest.fixture
def seed_json(tmp_path: Path) -> Path:
    target = tmp_path / "seed-report.json"
    shutil.copy(SEED_JSON, target)
    return target


@pytest.fixture
def store(tmp_path: Path):
    from hienhao_desktop.storage.store import Store

    s = Store.create(tmp_path / "reports.sqlite3")
    yield s
    s.close()
