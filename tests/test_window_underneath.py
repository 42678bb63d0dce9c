"""Issue 13, point 5, at the window: the data file deleted, replaced or changed by
another program while the window has it open.

The window stops writing, says what happened (in words chosen by the cause), keeps the
open report on screen exactly as typed, and offers to save it elsewhere: into a new
data file (the program goes on with it) or as a JSON file; after a change in place,
to reopen the report as the file holds it. It checks when it is activated too, so
the clerk learns of it before typing. Everything here is done as the clerk does it
(tests/user.py), the dialogs answered through ScriptedDialogs, and checked in the
files afterwards.
"""

from __future__ import annotations

import dataclasses
import os
import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.faulthelp import make_db, sha
from tests.ui_helpers import ScriptedDialogs
from tests.user import User

NEW_FILE, JSON, RELOAD = 0, 1, 2  # the choices of the message, in order
QUIT = 2  # quitting with unsaved changes: new data file, JSON, quit without saving


def other_report(seed):
    return dataclasses.replace(seed.copy(), school_year="2024-2025", title="Báo cáo B", place="Cát Bà")


@pytest.fixture
def office(tmp_path, seed_report):
    """The data file: report 1 (the seed) and report 2 (B)."""
    path = tmp_path / "office.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
        store.add_report(other_report(seed_report))
    return path


@pytest.fixture
def stranger(tmp_path, seed_report):
    """Another centre's data file, which may end up in the office file's place."""
    report = dataclasses.replace(seed_report.copy(), title="Báo cáo của đơn vị khác", place="Nơi khác")
    return make_db(tmp_path / "stranger.sqlite3", report, copies=3)


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, office, tmp_path, dialogs):
    """The window as the program opens it (holding the lock), active, on report 1."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow.open_database(office, settings=settings, dialogs=dialogs)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.wait(50)  # the check made on activation is done
    User(win).choose_report(1)
    yield win
    dialogs.choose_answers.append(QUIT)  # whatever is left on screen: the test is over
    win.close()


@pytest.fixture
def user(window):
    return User(window)


def messages(dialogs, kind="choose"):
    return [(title, text) for k, title, text in dialogs.shown if k == kind]


def kept(path, report_id):
    with Store.open(path) as store:
        return store.load(report_id)


def frozen(window, user):
    """Nothing on screen can be changed any more, and nothing that would let go of
    the report on screen can be done."""
    c = window.commands
    state = {
        "report read-only": window.document.read_only, "field read-only": user.field_input("place").isReadOnly(),
        "list": window.report_list.isEnabled(), "new": c.new.isEnabled(), "import": c.import_json.isEnabled(),
        "restore": c.restore.isEnabled(), "delete": window.delete_button.isEnabled(), "undo": c.undo.isEnabled(),
        "export JSON": c.export_json.isEnabled(), "export PDF": c.export_pdf.isEnabled(),
        "strip above the tabs": window.file_bar.isVisible(),
    }
    assert state == {**dict.fromkeys(state, False), "report read-only": True, "field read-only": True,
                     "export JSON": True, "export PDF": True, "strip above the tabs": True}
    return True


def test_deleted_while_typing_the_report_is_saved_into_a_new_data_file_under_the_same_name(
        qtbot, window, user, office, dialogs, seed_report):
    user.type_into("place", "Cát Hải")  # saved
    office.unlink()  # deleted in Explorer while the program has it open
    dialogs.choose_answers.append(NEW_FILE)
    dialogs.files.append(office)  # the name offered: the data file's own, free again
    user.type_in_part(0, "Thiếu kinh phí cho lớp học")  # a paragraph under "Khó khăn"
    user.choose_tab("general")  # leaving the page saves it: the file is gone
    qtbot.waitUntil(lambda: office.exists() and window.file_problem is None)
    (title, text), = messages(dialogs)
    assert title == "Tệp dữ liệu không còn nữa"
    assert "đã bị xóa, đổi tên hoặc chuyển đi" in text and "kể cả phần vừa gõ" in text
    saves = [suggested for kind, _title, suggested in dialogs.shown if kind == "save"]
    assert saves == [str(office)]
    # Everything is in the new file: the report as typed, the other report as it was.
    assert kept(office, 1).place == "Cát Hải"
    assert kept(office, 1).parts[0].blocks[-1].text == "Thiếu kinh phí cho lớp học"
    assert kept(office, 2) == other_report(seed_report)
    # The window goes on with it: typing is saved again, and it holds the new file.
    assert window.store.holds_lock and not window.file_bar.isVisible()
    user.type_into("title", "Sau khi lưu lại")
    assert kept(office, 1).title == "Sau khi lưu lại"
    assert not [m for m in dialogs.shown if m[0] == "error"], dialogs.shown


def test_replaced_while_typing_nothing_goes_into_the_other_file_and_json_keeps_the_typing(
        qtbot, window, user, office, stranger, dialogs, tmp_path):
    os.replace(stranger, office)  # another centre's file copied into its place
    replaced = sha(office)
    dialogs.choose_answers.append(JSON)
    out = tmp_path / "luu-lai.json"
    dialogs.files.append(out)
    user.type_into("place", "Cát Hải")
    qtbot.waitUntil(out.exists)
    (title, text), = messages(dialogs)
    assert title == "Tệp dữ liệu đã bị thay"
    assert "đã bị thay bằng một tệp khác" in text
    assert sha(office) == replaced  # not a byte of ours in the other centre's file
    assert exchange.read_file(out) == window.document.report
    assert window.document.report.place == "Cát Hải" and user.field_input("place").text() == "Cát Hải"
    assert frozen(window, user)
    assert window.saved_label.text() == "Chưa lưu"


def test_changed_elsewhere_is_said_when_the_window_is_activated_and_reopening_goes_on(
        qtbot, window, user, office, stranger, dialogs):
    other = QMainWindow()  # the clerk goes to another program ...
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    shutil.copyfile(stranger, office)  # ... which copies another file over the data file
    dialogs.choose_answers.append(RELOAD)
    window.activateWindow()  # ... and comes back: told before typing anything
    qtbot.waitUntil(lambda: bool(messages(dialogs)))
    (title, text), = messages(dialogs)
    assert title == "Tệp dữ liệu bị chương trình khác sửa"
    assert "vừa được sửa bởi một cửa sổ hoặc chương trình khác" in text and "kể cả phần vừa gõ" not in text
    qtbot.waitUntil(lambda: window.file_problem is None)
    assert user.field_input("title").toPlainText() == "Báo cáo của đơn vị khác"  # as the file holds it now
    assert len(user.report_ids()) == 3
    user.type_into("place", "Sửa sau khi mở lại")
    assert kept(office, 1).place == "Sửa sau khi mở lại"


def test_a_table_cell_being_typed_in_when_the_change_is_met_is_kept_too(
        qtbot, window, user, office, stranger, dialogs):
    user.click_cell(0, 1)
    user.type("Lớp học mới")  # typing opens the cell's editor; not confirmed with Enter
    shutil.copyfile(stranger, office)
    before = sha(office)
    dialogs.choose_answers.append(None)
    user.trigger(window.commands.new)  # from the menu, the cell still being typed in
    assert window.file_problem is not None
    assert window.document.report.activities[0].name == "Lớp học mới"
    assert window.document.unsaved  # on screen only, to be saved elsewhere
    assert sha(office) == before


def test_reopening_after_typing_asks_first(qtbot, window, user, office, stranger, dialogs):
    user.type_into("title", "Đang gõ", leave=False)
    shutil.copyfile(stranger, office)
    dialogs.choose_answers.append(None)  # decide later
    user.leave()
    qtbot.waitUntil(lambda: window.file_problem is not None)
    assert window.document.report.title == "Đang gõ"
    dialogs.confirm_answers.append(False)  # reopen? not yet
    user.click(window.file_bar.reload_button)
    assert window.file_problem is not None and window.document.report.title == "Đang gõ"
    (title, text), = messages(dialogs, "confirm")
    assert title == "Mở lại từ tệp dữ liệu?" and "không còn trên màn hình" in text
    dialogs.confirm_answers.append(True)
    user.click(window.file_bar.reload_button)
    assert window.file_problem is None
    assert user.field_input("title").toPlainText() == "Báo cáo của đơn vị khác"


def test_switching_reports_after_the_file_was_deleted_keeps_the_report_on_screen(
        qtbot, window, user, office, dialogs):
    user.type_into("place", "Cát Hải", leave=False)  # typed, not saved yet
    office.unlink()
    dialogs.choose_answers.append(None)  # decide later
    lst = window.report_list
    row = [lst.item(r).data(0x0100) for r in range(lst.count())].index(2)
    user.click(lst.viewport(), lst.visualItemRect(lst.item(row)).center())  # the clerk chooses the other report
    assert messages(dialogs)
    assert window.document.report_id == 1 and window.document.report.place == "Cát Hải"
    assert user.field_input("place").text() == "Cát Hải"
    assert frozen(window, user)


def test_quitting_with_unsaved_changes_asks_and_going_back_keeps_the_window(
        qtbot, window, user, office, dialogs, tmp_path):
    office.unlink()
    dialogs.choose_answers.append(None)  # decide later
    user.type_into("place", "Cát Hải")
    qtbot.waitUntil(lambda: window.file_problem is not None)
    dialogs.choose_answers.append(None)  # quitting: go back
    user.trigger(window.commands.quit)
    assert window.isVisible() and window.document.report.place == "Cát Hải"
    title, text = messages(dialogs)[-1]
    assert title == "Thoát mà không lưu?" and "chưa được lưu vào tệp dữ liệu nào" in text
    # Now from the strip above the tabs: into a new data file elsewhere, then quit.
    elsewhere = tmp_path / "noi-khac.sqlite3"
    dialogs.files.append(elsewhere)
    user.click(window.file_bar.new_file_button)
    assert window.file_problem is None and window.store.path == elsewhere
    user.trigger(window.commands.quit)
    assert not window.isVisible()
    assert kept(elsewhere, 1).place == "Cát Hải"
    assert not office.exists()


def test_an_operation_that_meets_the_changed_file_stops_too(qtbot, window, user, office, stranger, dialogs):
    """New report, while another file has been copied over the data file: nothing is
    added to that file, the window says why and keeps the report on screen."""
    shutil.copyfile(stranger, office)
    before = sha(office)
    dialogs.choose_answers.append(None)
    user.trigger(window.commands.new)
    (title, _text), = messages(dialogs)
    assert title == "Tệp dữ liệu bị chương trình khác sửa"
    assert sha(office) == before
    assert window.document.report_id == 1 and frozen(window, user)
