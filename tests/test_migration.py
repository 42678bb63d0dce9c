"""Migration of a version-1 database (tests/data/v1-seed.sqlite3, made by
tests/data/make_v1.py) to the current schema: data intact, a backup copy first, and
a migration that fails halfway leaves the file at version 1, still usable."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.storage import schema
from hienhao_desktop.storage.store import Store, StoreError
from tests.conftest import DATA
from tests.storehelp import fingerprint, pragma, rows

V1 = DATA / "v1-seed.sqlite3"


@pytest.fixture
def v1(tmp_path):
    path = tmp_path / "reports.sqlite3"
    shutil.copy(V1, path)
    return path


def test_fixture_is_a_real_version_1_file():
    assert pragma(V1, "user_version") == 1
    assert pragma(V1, "application_id") == schema.APPLICATION_ID
    assert len(rows(V1)["activity"]) == 11


def test_open_migrates_to_current_version_with_data_intact(v1, seed_report):
    original_rows = rows(v1)
    with Store.open(v1) as store:
        assert store.schema_version == schema.SCHEMA_VERSION == 2
        assert [s.id for s in store.list_reports()] == [1]
        assert store.load(1) == seed_report
        # the version-2 parts work
        archive = store.finalise(1, b"%PDF-1.7 migrated")
        assert archive.revision == 1 and store.status(1) == "final"
    assert pragma(v1, "user_version") == 2
    after = rows(v1)
    for table in ("report_item", "subsection", "activity"):
        assert after[table] == original_rows[table]


def test_a_backup_copy_is_made_before_migrating(v1, seed_report):
    original_rows = rows(v1)
    with Store.open(v1):
        pass
    backup = v1.with_name("reports.sqlite3.v1.bak")
    assert backup.exists()
    assert pragma(backup, "user_version") == 1
    assert rows(backup) == original_rows
    # the backup is a database the program can open (and migrate, on a copy)
    restored = v1.with_name("restored.sqlite3")
    shutil.copy(backup, restored)
    with Store.open(restored) as store:
        assert store.load(1) == seed_report


def test_opening_a_current_file_makes_no_backup(v1):
    Store.open(v1).close()
    backup = v1.with_name("reports.sqlite3.v1.bak")
    backup.unlink()
    Store.open(v1).close()
    assert not backup.exists()
    assert sorted(p.name for p in v1.parent.iterdir()) == ["reports.sqlite3"]


FAILING_V2 = """
    ALTER TABLE report ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE archive (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL);
    UPDATE activity SET participants = participants + 1;
    INSERT INTO no_such_table VALUES (1);
"""


def test_a_failing_migration_leaves_version_1_intact(v1, seed_report, monkeypatch):
    original_rows = rows(v1)
    monkeypatch.setitem(schema.MIGRATIONS, 2, FAILING_V2)
    with pytest.raises(StoreError, match=r"không nâng cấp được.*bản sao lưu.*no_such_table"):
        Store.open(v1)
    assert pragma(v1, "user_version") == 1
    assert rows(v1) == original_rows
    conn = sqlite3.connect(f"{v1.as_uri()}?mode=ro", uri=True)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(report)")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "revision" not in columns and "archive" not in tables
    assert not v1.with_name("reports.sqlite3-journal").exists()
    # fails the same way again, no harm done
    fp = fingerprint(v1)
    with pytest.raises(StoreError):
        Store.open(v1)
    assert fingerprint(v1)[0] == fp[0]

    # with the real migration back, the file opens and migrates
    monkeypatch.undo()
    with Store.open(v1) as store:
        assert store.schema_version == 2
        assert store.load(1) == seed_report
        store.apply_edit(1, E.SetField("title", "Sau khi nâng cấp"))


def test_a_stale_partial_backup_does_not_block_the_migration(v1, seed_report):
    """A power cut during the backup leaves ``<name>.v1.bak.part``; the next start
    must still back up and migrate, not fail on the leftover forever."""
    part = v1.with_name("reports.sqlite3.v1.bak.part")
    part.write_bytes(b"half a backup" * 100)
    with Store.open(v1) as store:
        assert store.schema_version == 2 and store.load(1) == seed_report
    assert not part.exists()
    assert pragma(v1.with_name("reports.sqlite3.v1.bak"), "user_version") == 1
