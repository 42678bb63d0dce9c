"""Fault 10 of issue 13: crafted data files that pass the application-id check (from
a USB stick, or chosen as a backup to restore): a trigger wiped every activity on the
first edit; restoring such a "backup" copied the trigger into the office data file; a
looping trigger or view hung the window at open; a non-date ``date`` or text in
``participants`` crashed the window (status 139); a FIFO given as --db hung ``list``.

Now the structure is compared with what our migrations make before anything in the
file is used (no trigger, view or column we did not make); values are checked when a
report is loaded (DamagedReport names the field); restore copies only known data
into a fresh file; anything that is not an ordinary file is refused unopened."""

from __future__ import annotations

import os
import sqlite3
import sys
import time

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.storage.store import Store
from tests.faulthelp import cli, make_db, refused, sha


@pytest.fixture
def office(tmp_path, seed_report):
    return make_db(tmp_path / "office.sqlite3", seed_report)


def _crafted(tmp_path, seed_report, *sql: str, name: str = "usb.sqlite3"):
    path = make_db(tmp_path / name, seed_report)
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


WIPE = "CREATE TRIGGER wipe AFTER UPDATE ON report BEGIN DELETE FROM activity; END"
LOOP_VIEW = ("CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
             "SELECT x FROM n")
STRUCTURES = {
    "trigger": [WIPE],
    "looping view": [LOOP_VIEW],
    "report as a looping view": [
        "ALTER TABLE report RENAME TO report_data",
        "CREATE VIEW report AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT r.* FROM report_data r, n",
    ],
    "extra table": ["CREATE TABLE notes (x)"],
    "extra column": ["ALTER TABLE activity ADD COLUMN secret TEXT"],
    "missing index": ["DROP INDEX activity_order"],
    "extra index": ["CREATE INDEX odd ON activity (name)"],
}


@pytest.mark.parametrize("structure", sorted(STRUCTURES))
def test_a_crafted_structure_is_refused_unchanged_and_nothing_in_it_runs(tmp_path, seed_report, structure):
    from hienhao_desktop.storage.store import StrangeDatabase

    path = _crafted(tmp_path, seed_report, *STRUCTURES[structure])
    before = sha(path)
    started = time.monotonic()
    with pytest.raises(StrangeDatabase) as info:
        Store.open(path)
    assert time.monotonic() - started < 5
    assert "không do chương trình này tạo" in str(info.value) or "khác mẫu" in str(info.value) \
        or "thiếu" in str(info.value)
    line = refused(cli("list", "--db", path, data_dir=tmp_path, timeout=30))
    assert "cấu trúc không do chương trình này tạo ra" in line
    assert sha(path) == before


def test_the_wiping_trigger_never_fires(tmp_path, seed_report):
    path = _crafted(tmp_path, seed_report, WIPE)
    refused(cli("import", tmp_path.parent / "x.json", "--db", path, data_dir=tmp_path))  # bad file: no change
    for args in (["export", "--report", "1", "--db", path, "--pdf", tmp_path / "r.pdf"],
                 ["finalise", "--report", "1", "--db", path]):
        line = refused(cli(*args, data_dir=tmp_path))
        assert "trigger" in line and "wipe" in line
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 11
    conn.close()


def test_restoring_a_crafted_backup_is_refused_and_the_office_file_keeps_its_data(tmp_path, seed_report, office):
    crafted = _crafted(tmp_path, seed_report, WIPE, name="backup.sqlite3")
    with Store.open(office) as store:
        store.apply_edit(1, E.SetField("title", "Dữ liệu hiện tại"))
        before = sha(office)
        with pytest.raises(Exception) as info:
            store.restore_from(crafted)
        assert "bản sao lưu không dùng được" in str(info.value) or "cấu trúc" in str(info.value)
        assert sha(office) == before
        store.apply_edit(1, E.SetField("place", "Cát Hải"))  # the office file works as before
    conn = sqlite3.connect(office)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 11
    conn.close()


def test_restore_copies_the_data_into_a_fresh_file_of_our_structure(tmp_path, seed_report, office):
    from hienhao_desktop.storage import schemacheck
    from hienhao_desktop.storage.schema import SCHEMA_VERSION

    backup = make_db(tmp_path / "backup.sqlite3", seed_report, copies=2)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE report SET title = 'Bản sao lưu' WHERE id = 2")
    conn.commit()
    conn.close()
    with Store.open(office) as store:
        store.restore_from(backup)
        assert [s.title for s in sorted(store.list_reports(), key=lambda s: s.id)][1] == "Bản sao lưu"
        assert store.load(1) == seed_report
        assert schemacheck.check(store._conn, SCHEMA_VERSION) is None
        store.apply_edit(2, E.SetField("place", "Cát Hải"))


def test_restore_reports_success_even_if_the_temporary_folder_cannot_be_removed(tmp_path, seed_report, office,
                                                                               monkeypatch):
    """On Windows a file may still be held in the temporary folder after the data
    was replaced: that must not turn the restore into a failure."""
    import shutil

    backup = make_db(tmp_path / "backup.sqlite3", seed_report, copies=3)

    def held(*args, **kwargs):
        raise PermissionError(32, "The process cannot access the file because it is being used by another process")

    with Store.open(office) as store:
        monkeypatch.setattr(shutil, "rmtree", held)
        store.restore_from(backup)
        monkeypatch.undo()
        assert len(store.list_reports()) == 3


BAD_VALUES = {
    "date": ("UPDATE report SET date_day = 'hôm qua'", "date.day"),
    "date not a month": ("UPDATE report SET date_month = 13", "date.month"),
    "participants text": ("UPDATE activity SET participants = 'nhiều' WHERE position = 3", "activities[3].participants"),
    "participants blob": ("UPDATE activity SET participants = x'00ff' WHERE position = 0", "activities[0].participants"),
    "name number blob": ("UPDATE activity SET name = x'c0ffee' WHERE position = 2", "activities[2].name"),
    "title blob": ("UPDATE report SET title = x'41'", "title"),
    "image not png": ("UPDATE signature SET sig_seal_image = x'474946383961'", "signatures[0].seal_image"),
    "rows out of order": ("UPDATE activity SET position = position * 2", "activities"),
    "list name": ("UPDATE report_item SET list = 'lạ' WHERE position = 0 AND list = 'recipients'", "list"),
    "part role": ("UPDATE part SET role = 'lạ' WHERE position = 1", "parts[1].role"),
    "parts out of order": ("UPDATE part SET position = position + 1", "parts"),
    "block payload": ("UPDATE block SET payload = '{\"level\": 7, \"text\": \"x\"}' WHERE position = 0 "
                      "AND kind = 'heading'", ".blocks[0].level"),
    "block not json": ("UPDATE block SET payload = 'x{' WHERE position = 1 AND kind = 'paragraph'", ".blocks[1]"),
    "block kind": ("UPDATE block SET kind = 'video' WHERE position = 1", ".blocks[1]"),
    "blocks out of order": ("UPDATE block SET position = position + 5", ".blocks"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_bad_values_are_reported_naming_the_field_not_crashed_on(tmp_path, seed_report, case):
    from hienhao_desktop.storage.store import DamagedReport

    sql, field = BAD_VALUES[case]
    path = make_db(tmp_path / "usb.sqlite3", seed_report)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    with Store.open(path) as store:
        assert [s.id for s in store.list_reports()] == [1]  # the list still shows it
        with pytest.raises(DamagedReport) as info:
            store.load(1)
        assert field in str(info.value) and "báo cáo số 1" in str(info.value)
    line = refused(cli("export", "--report", "1", "--db", path, "--pdf", tmp_path / "r.pdf", data_dir=tmp_path))
    assert field in line
    assert not (tmp_path / "r.pdf").exists()


def test_the_window_shows_a_damaged_report_instead_of_crashing(qtbot, tmp_path, seed_report):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs

    path = make_db(tmp_path / "usb.sqlite3", seed_report)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE activity SET participants = 'nhiều' WHERE position = 3")
    conn.execute("UPDATE report SET date_day = 'hôm qua'")
    conn.commit()
    conn.close()
    dialogs = ScriptedDialogs()
    window = MainWindow(Store.open(path), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    shown = " ".join(text for _kind, _title, text in dialogs.shown)
    # the first damaged value met while loading is named (the header's, then the rows')
    assert "date.day" in shown and "báo cáo số 1" in shown
    window.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
@pytest.mark.parametrize("command", ["list", "import", "backup"])
def test_a_fifo_as_db_is_refused_without_hanging(tmp_path, command):
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    args = [command, "--db", fifo] if command != "import" else [command, tmp_path / "x.json", "--db", fifo]
    if command == "import":
        from tests.conftest import SEED_JSON

        args[1] = SEED_JSON
    line = refused(cli(*args, data_dir=tmp_path, timeout=20))
    assert "không phải một tệp bình thường" in line


@pytest.mark.skipif(sys.platform == "win32", reason="/dev/null")
def test_a_device_as_db_is_refused(tmp_path):
    line = refused(cli("list", "--db", "/dev/null", data_dir=tmp_path, timeout=20))
    assert "không phải một tệp bình thường" in line
