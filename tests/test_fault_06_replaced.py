"""Fault 6 of issue 13: the data file replaced underneath an open window (another
data file copied over it in place): the window wrote its edits into the other file's
report 1 and said "Saved"; deleted or renamed, the message blamed a read-only file.

Now every write first checks that the file is still the one the store opened
(device and inode) and as the store left it (size, modification time, SQLite's
data_version): deleted or moved → "db_gone", another file put in its place →
"db_replaced", its content changed by someone else → "db_changed"; nothing is
written, and the message says what happened (not "read-only")."""

from __future__ import annotations

import os
import shutil

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.storage.store import Store
from tests.faulthelp import make_db, sha


@pytest.fixture
def two(tmp_path, seed_report):
    office = make_db(tmp_path / "office.sqlite3", seed_report)
    other_report = seed_report.copy()
    other_report.title = "Báo cáo của đơn vị khác"
    other = make_db(tmp_path / "other.sqlite3", other_report, copies=2)
    return office, other


def _refused(store, code):
    with pytest.raises(Exception) as info:  # DatabaseChanged
        store.apply_edit(1, E.SetField("title", "Sửa sau khi tệp bị thay"))
    exc = info.value
    assert type(exc).__name__ == "DatabaseChanged" and exc.code == code, f"{type(exc).__name__}: {exc}"
    assert "chỉ cho đọc" not in str(exc) and "read-only" not in exc.message("en")
    return exc


def test_copied_over_in_place_the_other_file_is_not_written(two):
    office, other = two
    with Store.open(office) as window:
        window.apply_edit(1, E.SetField("place", "Cát Hải"))
        shutil.copyfile(other, office)  # same inode, the other file's bytes
        copied = sha(office)
        exc = _refused(window, "db_changed")
        assert "chưa được lưu" in str(exc)
    assert sha(office) == copied  # the other data file's report 1 is untouched
    with Store.open(office) as store:
        assert store.load(1).title == "Báo cáo của đơn vị khác"


def test_another_file_renamed_into_its_place(two):
    office, other = two
    with Store.open(office) as window:
        os.replace(other, office)
        exc = _refused(window, "db_replaced")
        assert "thay bằng một tệp khác" in str(exc)
        assert "replaced by another file" in exc.message("en")
    with Store.open(office) as store:
        assert store.load(1).title == "Báo cáo của đơn vị khác" and len(store.list_reports()) == 2


def test_deleted_while_open(two):
    office, _ = two
    with Store.open(office) as window:
        office.unlink()
        exc = _refused(window, "db_gone")
        assert "đã bị xóa, đổi tên hoặc chuyển đi" in str(exc)
        assert "deleted, renamed or moved" in exc.message("en")
    assert not office.exists()


def test_renamed_while_open(two, tmp_path):
    office, _ = two
    moved = tmp_path / "moved.sqlite3"
    with Store.open(office) as window:
        before = sha(office)
        office.rename(moved)
        _refused(window, "db_gone")
        assert sha(moved) == before
        with pytest.raises(Exception) as info:
            window.accept_outside_changes()  # gone: the store must be opened anew
        assert getattr(info.value, "code", "") == "db_gone"


def test_the_window_says_what_happened_and_keeps_the_typing(qtbot, tmp_path, two):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs
    from tests.user import User

    office, other = two
    dialogs = ScriptedDialogs()
    window = MainWindow(Store.open(office), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    dialogs.parent = window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)  # the check made on activation is done: the file changes while the clerk types
    shutil.copyfile(other, office)
    copied = sha(office)
    dialogs.choose_answers.append(None)  # decide later
    User(window).type_into("title", "Gõ trong cửa sổ")
    qtbot.waitUntil(lambda: window.file_problem is not None)
    texts = [text for kind, _title, text in dialogs.shown if kind == "choose"]
    assert texts and "vừa được sửa bởi một cửa sổ hoặc chương trình khác" in texts[-1]
    assert window.document.report.title == "Gõ trong cửa sổ"
    assert sha(office) == copied
    dialogs.choose_answers.append(2)  # quit without saving it elsewhere
    window.close()
    assert sha(office) == copied


def test_no_false_alarm_after_opening_switches_a_file_out_of_wal(tmp_path, seed_report):
    """Opening sets the journal mode back to DELETE, which rewrites the header: that
    is the store's own change, not somebody else's."""
    import sqlite3

    db = make_db(tmp_path / "wal.sqlite3", seed_report)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with Store.open(db) as store:
        store.apply_edit(1, E.SetField("title", "Sau WAL"))
        assert store.load(1).title == "Sau WAL"
