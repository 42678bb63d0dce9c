"""Fault 9 of issue 13: a data file readable by its owner only (0600) got copies
readable by everybody (0644) in ``backups/``, from ``backup --to`` and as the
upgrade's ``.v1.bak``; another account on the PC read a backup. Now every copy has
the data file's permissions (never wider), new data files are 0600, and the data
folder is made readable by its owner only (0700)."""

from __future__ import annotations

import os
import shutil
import stat
import sys

import pytest

from hienhao_desktop.storage.backup import backup_dir, rolling_backup
from hienhao_desktop.storage.store import Store
from tests.conftest import DATA
from tests.faulthelp import cli, make_db

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits (Windows: the profile's ACL)")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    old = os.umask(0o022)  # the usual umask, under which the copies came out 0644
    yield
    os.umask(old)


@pytest.mark.parametrize("db_mode", [0o600, 0o640])
def test_every_copy_keeps_the_data_files_permissions(tmp_path, seed_report, db_mode):
    db = make_db(tmp_path / "s.sqlite3", seed_report)
    os.chmod(db, db_mode)
    with Store.open(db) as store:
        copy = rolling_backup(store)
        assert copy is not None and mode(copy) == db_mode
        assert mode(store.backup_to(tmp_path / "direct.sqlite3")) == db_mode
    assert mode(backup_dir(db)) == 0o700
    to = tmp_path / "to.sqlite3"
    assert cli("backup", "--db", db, "--to", to, data_dir=tmp_path).returncode == 0
    assert mode(to) == db_mode
    rolling = cli("backup", "--db", db, data_dir=tmp_path)
    assert rolling.returncode == 0 and mode(rolling.stdout.strip()) == db_mode


def test_the_upgrade_copy_keeps_the_data_files_permissions(tmp_path):
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "v1-seed.sqlite3", old)
    os.chmod(old, 0o600)
    Store.open(old).close()
    assert mode(tmp_path / "old.sqlite3.v1.bak") == 0o600
    assert mode(old) == 0o600


def test_new_data_files_and_the_data_folder_are_private(tmp_path):
    data = tmp_path / "new" / "HienHao"
    result = cli("list", data_dir=data)  # the first start makes the default data file
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700
    assert mode(data / "hienhao.sqlite3") == 0o600
    Store.create(tmp_path / "x.sqlite3").close()
    assert mode(tmp_path / "x.sqlite3") == 0o600


def test_a_copy_has_exactly_the_data_files_readers(tmp_path, seed_report):
    db = make_db(tmp_path / "s.sqlite3", seed_report)
    os.chmod(db, 0o644)  # a data file deliberately shared read-only with the office
    with Store.open(db) as store:
        assert mode(store.backup_to(tmp_path / "c.sqlite3")) == 0o644  # the same readers, no more
