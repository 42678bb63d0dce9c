"""Backups: rolling copies beside the database, and the ``backup`` command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hienhao_desktop.storage.backup import backup_dir, rolling_backup
from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT


def cli(*args):
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def make_db(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    return path


def test_rolling_backups_keep_the_newest(tmp_path, seed_report):
    db = make_db(tmp_path, seed_report)
    with Store.open(db) as store:
        made = [rolling_backup(store, keep=3, min_age=dt.timedelta(0)) for _ in range(5)]
        assert rolling_backup(store, keep=3) is None  # the newest copy is younger than half a day
    kept = sorted(backup_dir(db).glob("*.sqlite3"))
    assert kept == sorted(made[-3:])
    with Store.open(kept[-1]) as copy:
        assert copy.load(1) == seed_report


def test_backup_command(tmp_path, seed_report):
    db = make_db(tmp_path, seed_report)
    target = tmp_path / "copy.sqlite3"
    result = cli("backup", "--db", str(db), "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    with Store.open(target) as copy:
        assert copy.load(1) == seed_report
    again = cli("backup", "--db", str(db), "--to", str(target))
    assert again.returncode == 2 and "copy.sqlite3" in again.stderr
    rolling = cli("backup", "--db", str(db))
    assert rolling.returncode == 0 and backup_dir(db) in __import__("pathlib").Path(rolling.stdout.strip()).parents


def test_backup_refuses_a_missing_database(tmp_path):
    result = cli("backup", "--db", str(tmp_path / "nope.sqlite3"), "--to", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert not (tmp_path / "nope.sqlite3").exists() and not (tmp_path / "x.sqlite3").exists()


def test_opening_the_window_makes_a_daily_copy(qtbot, tmp_path, seed_report):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs

    db = make_db(tmp_path, seed_report)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for _ in range(2):
        window = MainWindow.open_database(db, settings=settings, dialogs=ScriptedDialogs())
        qtbot.addWidget(window)
        window.close()
    assert len(list(backup_dir(db).glob("*.sqlite3"))) == 1  # one per half day, not one per start


def test_restore_replaces_everything_and_leaves_the_backup_alone(tmp_path, seed_report):
    import hashlib

    from hienhao_desktop.domain.edits import SetField

    db = make_db(tmp_path, seed_report)
    backup = tmp_path / "backup.sqlite3"
    with Store.open(db) as store:
        store.backup_to(backup)
        store.apply_edit(1, SetField("title", "Sửa sau khi sao lưu"))
        store.add_report(seed_report)
        digest = hashlib.sha256(backup.read_bytes()).hexdigest()
        store.restore_from(backup)
        assert [s.id for s in store.list_reports()] == [1]
        assert store.load(1) == seed_report
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == digest
    with Store.open(db) as store:  # the restored content is in the file itself
        assert store.load(1).title == seed_report.title


def test_restore_refuses_a_foreign_file(tmp_path, seed_report):
    import pytest

    from hienhao_desktop.storage.store import NotOurDatabase

    db = make_db(tmp_path, seed_report)
    foreign = tmp_path / "foreign.txt"
    foreign.write_text("not a database", encoding="utf-8")
    with Store.open(db) as store, pytest.raises(NotOurDatabase):
        store.restore_from(foreign)
    with Store.open(db) as store:
        assert store.load(1) == seed_report


def test_restore_from_the_window_asks_and_keeps_a_copy_of_the_present(qtbot, tmp_path, seed_report):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs
    from tests.user import User

    db = make_db(tmp_path, seed_report)
    backup = tmp_path / "old.sqlite3"
    with Store.open(db) as store:
        store.backup_to(backup)
    dialogs = ScriptedDialogs()
    window = MainWindow(Store.open(db), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user = User(window)
    user.type_into("signatures[0].name", "Người ký mới")
    dialogs.files.append(backup)
    dialogs.confirm_answers.append(False)
    user.trigger(window.commands.restore)
    with Store.open(db) as store:
        assert store.load(1).signatures[0].name == "Người ký mới"
    dialogs.files.append(backup)
    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.restore)
    with Store.open(db) as store:
        assert store.load(1).signatures[0].name == "Nguyễn Văn Tuân"
    assert user.field_input("signatures[0].name").text() == "Nguyễn Văn Tuân"
    assert window.document.undo_stack.count() == 0
    copies = list(backup_dir(db).glob("*.sqlite3"))
    assert len(copies) == 1
    with Store.open(copies[0]) as before:
        assert before.load(1).signatures[0].name == "Người ký mới"
    window.close()
