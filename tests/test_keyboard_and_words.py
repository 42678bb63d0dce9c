"""The keyboard as a clerk uses it, and the words and looks they trip on (issue 12,
faults 9 and 10): every step is a key, a click or a shortcut; checks read the
database and what the window shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QListWidget

from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui.activities import NAME, PARTICIPANTS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.ui_helpers import ScriptedDialogs
from tests.user import User

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def db(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    return path


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, db, tmp_path, dialogs):
    win = MainWindow(Store.open(db), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                     dialogs)
    dialogs.parent = win
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def user(window):
    return User(window)


def kept(db):
    with Store.open(db) as store:
        return store.load(1)


# ---- keyboard -----------------------------------------------------------------------------


def test_insert_and_ctrl_enter_add_a_row_and_the_cursor_goes_into_it(user, db):
    user.click_cell(2, NAME)
    user.press(Qt.Key.Key_Insert)
    user.type("Dòng chèn")
    user.press(Qt.Key.Key_Return)
    assert kept(db).activities[2].name == "Dòng chèn"
    assert len(kept(db).activities) == 12
    user.click_cell(0, NAME)
    user.press(Qt.Key.Key_Return, CTRL)
    user.type("Dòng cuối")
    user.press(Qt.Key.Key_Return)
    assert kept(db).activities[-1].name == "Dòng cuối"
    assert len(kept(db).activities) == 13


def test_focus_follows_a_moved_row(user, db):
    user.click_cell(0, NAME)
    user.table_button("down")
    user.type("Đã chuyển xuống")  # straight on, without clicking the row again
    user.press(Qt.Key.Key_Return)
    assert kept(db).activities[1].name == "Đã chuyển xuống"


def test_a_jump_from_the_check_window_puts_the_cursor_in_the_cell(qtbot, user, window, db):
    user.shortcut(Qt.Key.Key_F7)
    dialog = window.checklist_dialog
    rows: QListWidget = dialog.list
    line = next(i for i in range(rows.count()) if rows.item(i).data(Qt.ItemDataRole.UserRole)
                == "activities[2].participants")
    user.click(rows.viewport(), rows.visualItemRect(rows.item(line)).center(), double=True)
    qtbot.waitUntil(window.isActiveWindow)
    user.type("45")
    user.press(Qt.Key.Key_Return)
    assert kept(db).activities[2].participants == 45


def test_a_refused_count_keeps_the_typing_and_its_message_until_fixed(user, db):
    table = user.table
    user.type_cell(0, PARTICIPANTS, "khoảng 60")
    assert kept(db).activities[0].participants == 62  # not saved
    index = table.model.index(0, PARTICIPANTS)
    assert index.data() == "khoảng 60"  # still there to correct
    assert table.error_label.isVisible() and "số nguyên" in table.error_label.text()
    user.type_cell(1, NAME, "Một dòng khác")  # the message stays while the cell is wrong
    assert table.error_label.isVisible()
    user.type_cell(0, PARTICIPANTS, "60")
    assert kept(db).activities[0].participants == 60
    assert not table.error_label.isVisible()
    assert index.data() == "60"


def test_toolbar_buttons_stay_where_they_are_as_undo_texts_change(user, window):
    bar = window.commands.toolbar
    before = [bar.widgetForAction(a).geometry() for a in bar.actions()]
    user.type_into("signatures[0].name", "Một cái tên rất dài để nhãn hoàn tác dài ra")
    after = [bar.widgetForAction(a).geometry() for a in bar.actions()]
    assert before == after
    assert window.commands.undo.text() == "Hoàn tác"
    assert "Họ tên người ký" in window.commands.undo.toolTip()


def test_tab_goes_through_the_date_to_the_next_field(user, window):
    user.type_into("place", "Hiền Hào", leave=False)
    date = window.general.date_field
    for part in ("day", "month", "year"):  # three boxes, each may stay empty
        user.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is date.edits[part]
    user.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in date.edits.values()


def test_a_date_with_parts_left_empty_is_kept_so(user, window, db):
    """"ngày … tháng 4 năm 2012": the day left for handwriting."""
    user.type_into("date.month", "4")
    user.type_into("date.year", "2012")
    r = kept(db)
    assert (r.date.day, r.date.month, r.date.year) == (None, 4, 2012)
    user.type_into("date.day", "/05/2025")  # a whole date typed into the first box, its day left empty
    r = kept(db)
    assert (r.date.day, r.date.month, r.date.year) == (None, 5, 2025)
    assert [window.general.date_field.edits[p].text() for p in ("day", "month", "year")] == ["", "05", "2025"]
    user.type_into("date.month", "13")  # refused: kept on screen with a message, nothing saved
    assert window.general.date_field.error_label.isVisible()
    assert kept(db).date.month == 5
    user.type_into("date.month", "12")
    assert not window.general.date_field.error_label.isVisible()
    assert kept(db).date.month == 12


# ---- words and looks ------------------------------------------------------------------------


def test_hints_cannot_be_mistaken_for_values(user, window):
    for path in ("document_number", "organization.parent", "signatures[0].name", "signatures[0].deputy_position"):
        assert user.field_input(path).placeholderText().startswith("ví dụ: "), path


def test_issuing_says_what_happened_without_a_checksum(user, window, dialogs):
    dialogs.export_answers.append(True)
    dialogs.confirm_answers.append(True)
    user.toolbar_click(window.commands.finalise)
    message = window.statusBar().currentMessage()
    assert "ban hành" in message.lower()
    assert not re.search(r"[0-9a-f]{32}", message)


def test_the_first_export_goes_to_documents(user, window, dialogs, tmp_path):
    dialogs.files.append(None)  # the person looks at the suggestion and cancels
    user.shortcut(Qt.Key.Key_E, CTRL)
    suggested = next(text for kind, _title, text in dialogs.shown if kind == "save")
    from pathlib import Path

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else str(Path.home())  # never the working folder
    assert str(Path(suggested).parent) == expected


def test_undo_texts_of_list_items_name_the_list(user, window):
    user.type_item("recipients", 1, "Phòng Văn hóa huyện")
    assert "Nơi nhận" in window.document.undo_stack.undoText()
    assert "mục 2" in window.document.undo_stack.undoText()


def test_undo_texts_of_the_body_name_the_part(user, window):
    user.type_in_part(2, "Kế hoạch mới")
    user.choose_tab("general")  # leaving the part saves what was typed
    assert "III. Giải pháp" in window.document.undo_stack.undoText()


def test_the_title_bar_names_the_program_once(window):
    assert QApplication.applicationDisplayName() == "Hiền Hào – Báo cáo"
    assert "Hiền Hào" not in window.windowTitle()  # Qt adds the program's name itself


def test_unlock_takes_the_place_of_issue_in_the_toolbar(user, window, dialogs):
    bar = window.commands.toolbar
    place = bar.widgetForAction(window.commands.finalise).geometry()
    assert not bar.widgetForAction(window.commands.unlock).isVisible()
    dialogs.export_answers.append(True)
    dialogs.confirm_answers.append(True)
    user.toolbar_click(window.commands.finalise)
    unlock = bar.widgetForAction(window.commands.unlock)
    assert unlock.isVisible() and unlock.geometry().topLeft() == place.topLeft()
    dialogs.confirm_answers.append(True)
    user.toolbar_click(window.commands.unlock)
    assert not window.document.read_only


def test_the_report_list_writes_dates_as_the_clerk_does(window):
    text = window.report_list.item(0).text()
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", text), text


def test_deleting_the_last_report_clears_the_preview(qtbot, user, window, dialogs):
    user.shortcut(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.preview.current_pdf() is not None, timeout=20000)
    dialogs.confirm_answers.append(True)
    user.click(window.delete_button)
    assert window.document is None
    assert window.preview.view.document() is None and window.preview.pdf is None
    assert window.preview.status.text() == ""
