"""The main window against a real SQLite file: each change is found in the database
through the store, not the widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from hienhao_desktop.domain.model import Activity, Heading, ListItem, Paragraph, Run
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui.activities import NAME, PARTICIPANTS, parse_rows
from hienhao_desktop.ui.fields import SAVE_DELAY_MS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.ui_helpers import ScriptedDialogs
from tests.user import User


@pytest.fixture
def db(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    return path


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, db, settings, dialogs):
    win = MainWindow(Store.open(db), settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def user(window):
    return User(window)


def kept(db, report_id=1):
    """The report as the database has it, read through a second connection."""
    with Store.open(db) as store:
        return store.load(report_id)


def test_activity_model_passes_qt_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.activity_table.model, force_py=True)


def test_list_model_passes_qt_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.signing.recipients.model, force_py=True)


def test_window_opens_on_the_seed(window):
    table = window.activity_table
    assert table.model.rowCount() == 11
    assert [table.model.index(r, 0).data() for r in range(11)] == [str(n) for n in range(1, 12)]
    assert table.model.index(2, PARTICIPANTS).data() == ""
    assert "439" in table.total_label.text()
    # general, opening, the four parts, recipients and signature, then the preview
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Thông tin chung", "Mở đầu", "I. Đánh giá chung", "II. Tình hình thực hiện…", "III. Giải pháp thực hiện…",
        "IV. Những kiến nghị, đề…", "Nơi nhận và ký", "Xem trước"]
    assert window.activity_tab() is window.part_tabs[1]  # the table stands in part II's page
    assert window.part_tabs[1].editor.isAncestorOf(table)


def test_typing_vietnamese_into_a_field_is_saved(user, db):
    user.type_into("signatures[0].name", "Trần Thị Hằng")
    assert user.field_input("signatures[0].name").text() == "Trần Thị Hằng"
    assert kept(db).signatures[0].name == "Trần Thị Hằng"


def test_typed_text_is_saved_within_a_second_without_leaving(user, db, qtbot):
    user.type_in_part(0, "Đường sá xa, đi lại khó khăn.")  # a new paragraph after "Khó khăn"'s text
    assert kept(db).parts[0].blocks[-1].text != "Đường sá xa, đi lại khó khăn."  # waits for a pause in typing
    qtbot.waitUntil(lambda: kept(db).parts[0].blocks[-1].text == "Đường sá xa, đi lại khó khăn.",
                    timeout=SAVE_DELAY_MS + 600)


def test_decomposed_input_is_stored_composed(user, db):
    user.type_into("place", "Hie\u0302\u0300n Ha\u0300o")  # NFD, as some input methods send it
    assert kept(db).place == "Hiền Hào"


def test_each_tab_edits_reach_the_database(user, db):
    user.type_into("school_year", "2024-2025")
    user.choose("kind", "Báo cáo tổng kết")
    user.type_into("date", "15/01/2025")
    user.type_in_part(0, "Thuận lợi mới.", block=1)  # a paragraph after the first of "Thuận lợi"
    user.type_in_part(2, "Mở lớp tin học cho người cao tuổi.")  # Enter after a list item: the next item
    user.click_in_text(3)  # (another tab: what was typed is saved on the way)
    user.select_all_and_delete()  # the recommendation goes
    user.choose("signatures[0].authority", "KT.")

    r = kept(db)
    assert r.school_year == "2024-2025"
    assert r.kind == "tong_ket"
    assert r.date.as_date() == dt.date(2025, 1, 15)
    assert r.parts[0].blocks[2] == Paragraph([Run("Thuận lợi mới.")])
    assert r.parts[2].blocks[-1] == ListItem(1, [Run("Mở lớp tin học cho người cao tuổi.")])
    assert len(r.parts[2].blocks) == 5
    assert r.parts[3].blocks == []
    assert r.signatures[0].authority == "KT."


def test_invalid_participants_are_refused_with_a_message(user, db):
    table = user.table
    user.type_cell(0, PARTICIPANTS, "mười")
    assert table.error_label.isVisible()
    assert "số nguyên không âm" in table.error_label.text() or "whole number" in table.error_label.text()
    assert kept(db).activities[0].participants == 62
    user.type_cell(0, PARTICIPANTS, "1.234")
    assert kept(db).activities[0].participants == 1234
    user.type_cell(0, PARTICIPANTS, "")
    assert kept(db).activities[0].participants is None


def test_paste_three_rows_from_excel(user, db):
    user.click_cell(1, NAME)
    tsv = "Tập huấn tin học\t1 234\tTTHTCĐ\tĐoàn TN\r\nNói chuyện chuyên đề\t45\tHội Phụ nữ\t\r\nVăn nghệ\t\tNhà trường\tCác đoàn thể\r\n"
    user.paste_rows(tsv, keyboard=True)
    r = kept(db)
    assert [a.name for a in r.activities[2:5]] == ["Tập huấn tin học", "Nói chuyện chuyên đề", "Văn nghệ"]
    assert [a.participants for a in r.activities[2:5]] == [1234, 45, None]
    assert len(r.activities) == 14
    assert user.table.model.index(13, 0).data() == "14"


def test_refused_paste_writes_nothing(user, db):
    user.paste_rows("A\t12\tX\tY\nB\tnhiều\tX\tY\n")
    assert "2" in user.table.error_label.text()
    assert len(kept(db).activities) == 11


def test_parse_rows_skips_a_header_and_stt():
    rows = parse_rows("Stt\tTên\tSố người tham gia\tChủ trì\tPhối hợp\n1\tHọp\t12\tA\tB\n")
    assert rows == [Activity("Họp", 12, "A", "B")]


def test_copy_rows_as_tab_separated_text(user):
    user.click_cell(0, NAME)
    user.press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("1\tHội thảo nâng cao chất lượng giáo dục")
    assert "\t62\tTTHTCĐ\t" in text


def test_undo_redo_of_table_operations(user, window, db):
    table = user.table
    names = [a.name for a in kept(db).activities]

    user.click_cell(0, NAME)
    user.table_button("insert")  # insert
    assert len(kept(db).activities) == 12
    user.type_cell(0, NAME, "Hoạt động mới")  # edit
    assert kept(db).activities[0].name == "Hoạt động mới"
    user.click_cell(0, NAME)
    user.table_button("down")  # move
    assert kept(db).activities[1].name == "Hoạt động mới"
    user.click_cell(5, NAME)
    user.table_button("delete")  # delete
    assert len(kept(db).activities) == 11

    for _ in range(4):
        user.undo()
    assert [a.name for a in kept(db).activities] == names
    assert [a.name for a in window.document.report.activities] == names
    assert table.model.rowCount() == 11
    for _ in range(4):
        user.redo()
    r = kept(db)
    assert r.activities[1].name == "Hoạt động mới" and len(r.activities) == 11
    assert r == window.document.report


def test_undo_survives_tab_switches(user, window, db):
    user.type_into("signatures[0].name", "Lê Văn A")
    assert kept(db).signatures[0].name == "Lê Văn A"
    user.choose_tab("general")
    user.choose_tab("part:1")
    user.undo()
    assert kept(db).signatures[0].name == "Nguyễn Văn Tuân"
    assert user.field_input("signatures[0].name").text() == "Nguyễn Văn Tuân"


def test_typing_in_one_field_is_one_undo_step(user, window, db):
    user.type_into("place", "H", leave=False)
    user.type("i")
    user.type("ền")
    user.leave()
    assert window.document.undo_stack.count() == 1
    user.undo()
    assert kept(db).place == "Hiền Hào"


def test_ctrl_z_in_a_text_box_is_the_reports_undo(user, window, db):
    """One undo: Ctrl+Z typed in a box undoes the report's last step (saving the
    box first), and Ctrl+Y in the same box redoes it."""
    user.type_into("place", "Cát Hải", leave=False)
    user.undo()  # in the box
    assert kept(db).place == "Hiền Hào"
    assert user.field_input("place").text() == "Hiền Hào"
    user.redo()
    assert kept(db).place == "Cát Hải"
    assert user.field_input("place").text() == "Cát Hải"


def test_closing_and_reopening_shows_everything_typed(qtbot, db, settings, dialogs):
    win = MainWindow(Store.open(db), settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    user = User(win)
    user.type_into("signatures[0].other_title", "Phó Chủ tịch UBND xã", leave=False)
    user.shortcut(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # without leaving the field: closing saves it
    assert not win.isVisible()
    again = MainWindow(Store.open(db), settings, dialogs)
    qtbot.addWidget(again)
    assert kept(db).signatures[0].other_title == "Phó Chủ tịch UBND xã"
    assert User(again).field_input("signatures[0].other_title").text() == "Phó Chủ tịch UBND xã"
    again.close()


def test_new_from_an_earlier_report(user, window, db, dialogs):
    dialogs.confirm_answers.append(True)  # use the earlier plans
    user.click(window.from_earlier_button)
    new_id = window.document.report_id
    r = kept(db, new_id)
    assert (r.kind, r.period, r.school_year) == ("tong_ket", "Cả năm", "2023-2024")
    assert r.organization.abbreviation == "TTHTCĐ"
    assert r.signatures[0].name == "Nguyễn Văn Tuân"
    assert r.recipients == kept(db, 1).recipients
    assert r.parts[0].blocks[0] == Heading(1, "Thuận lợi")  # the earlier plans start the assessment
    assert r.parts[0].blocks[1].text.startswith("Căn vào kế hoạch chung")
    assert r.activities == []


def test_delete_asks_first(user, window, db, dialogs):
    dialogs.confirm_answers.append(False)
    user.click(window.delete_button)
    assert len(Store.open(db).list_reports()) == 1
    dialogs.confirm_answers.append(True)
    user.click(window.delete_button)
    with Store.open(db) as store:
        assert store.list_reports() == []
    assert window.document is None
    assert not window.tabs.isEnabled()  # no editable tabs for a report that is gone


def test_checklist_jumps_to_the_field(user, window):
    user.type_into("signatures[0].name", "")
    user.choose_tab("general")
    user.shortcut(Qt.Key.Key_F7)
    rows = window.checklist_dialog.list

    def jump(path):
        line = next(i for i in range(rows.count()) if rows.item(i).data(Qt.ItemDataRole.UserRole) == path)
        user.click(rows.viewport(), rows.visualItemRect(rows.item(line)).center(), double=True)

    jump("signatures[0].name")
    assert window.tabs.currentWidget() is window.signing
    assert user.field_input("signatures[0].name").hasFocus()
    jump("activities[2].participants")
    table = user.table
    assert window.tabs.currentWidget() is window.part_tabs[1]
    assert table.view.currentIndex().row() == 2 and table.view.currentIndex().column() == PARTICIPANTS


def test_enter_in_the_checklist_before_export_goes_back_to_fix(qtbot):
    """Before export or issuing, the checklist of what must still be fixed: Enter (or
    a hasty click on the highlighted button) goes back to fix, it does not go on."""
    from PySide6.QtWidgets import QApplication, QDialog

    from hienhao_desktop.domain.derive import blank_report
    from hienhao_desktop.domain.validation import Severity, validate
    from hienhao_desktop.ui.checklist import ChecklistDialog

    problems = [p for p in validate(blank_report(template="free")) if p.severity == Severity.ERROR]
    assert problems
    jumped = []
    dialog = ChecklistDialog(problems, jumped.append, "vi", for_export=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.back_button.isDefault() and not dialog.export_button.isDefault()
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_status_bar_says_when_saved(user, window):
    user.type_into("place", "Hiền Hào, Cát Hải")
    assert window.saved_label.text().endswith(dt.datetime.now().strftime("%H:%M"))


def test_no_ctrl_shift_shortcuts(window):
    assert window.commands.no_ctrl_shift() == []


def test_typing_in_a_table_cell_and_enter_moves_down(user, db):
    user.type_cell(3, NAME, "Tết Trung thu cho thiếu nhi")
    assert kept(db).activities[3].name == "Tết Trung thu cho thiếu nhi"
    assert user.table.view.currentIndex().row() == 4


def test_row_heights_follow_the_wrapped_text(user, qtbot):
    table = user.table
    user.choose_tab("part:1")
    short, long_ = 3, 0  # "Tổ chức Tết trung thu" and a name that wraps
    qtbot.waitUntil(lambda: table.view.rowHeight(long_) > table.view.rowHeight(short), timeout=3000)
    user.type_cell(short, NAME, "Tổ chức Tết trung thu " * 8)
    qtbot.waitUntil(lambda: table.view.rowHeight(short) > table.view.rowHeight(4), timeout=3000)


def test_export_uses_the_preview_pdf_only_while_it_is_current(user, window, qtbot, tmp_path, dialogs, monkeypatch):
    from hienhao_desktop.export.pdf import render_pdf

    user.shortcut(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.preview.current_pdf() is not None, timeout=20000)
    assert window.preview.current_pdf() == render_pdf(window.document.report)
    calls = []
    monkeypatch.setattr("hienhao_desktop.export.pdf.render_pdf", lambda report, **_: calls.append(report) or b"%PDF-new")
    assert window.pdf_bytes() == window.preview.pdf and calls == []  # current: not rendered again
    user.type_into("place", "Cát Hải")
    assert window.preview.current_pdf() is None  # an edit makes it stale
    out = tmp_path / "after-edit.pdf"
    dialogs.files.append(out)
    user.shortcut(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Xuất PDF
    assert out.read_bytes() == b"%PDF-new" and len(calls) == 1


def _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=5000):
    # (the PDF of 900 activities took a second before the printed-document layer; now 0.3 s)
    import dataclasses

    big = dataclasses.replace(seed_report, activities=[
        Activity(f"Lớp học chuyên đề số {n} về kỹ năng sống", 20 + n % 30, "Đoàn TN", "Nhà trường")
        for n in range(activities)
    ])
    path = tmp_path / "big.sqlite3"
    with Store.create(path) as store:
        store.add_report(big)
    win = MainWindow(Store.open(path), settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _press_stop_when_shown(win, shown=None):
    """Click Stop in the window's progress dialog as soon as it shows (recording its
    text in ``shown``). Gives up after a minute or once the window is gone."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    tries = [1200]

    def press():
        try:
            dialog = win.property("renderDialog")
        except RuntimeError:  # the window is closed and deleted: nothing to press
            return
        if dialog is not None and dialog.isVisible():
            if shown is not None:
                shown.append(dialog.labelText())
            dialog.findChild(QPushButton).click()  # the dialog's Stop button
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(50, press)
    QTimer.singleShot(50, press)


@pytest.fixture
def slow_renders(monkeypatch):
    """Renderings as slow as on a slow office PC: every look at "stop?" takes 30 ms
    more, so a long export or preview is still under way when the test presses Stop
    (on a fast machine, with warm caches, it could end before the dialog showed)."""
    import time

    from hienhao_desktop.ui import preview as preview_module
    from hienhao_desktop.ui import rendering

    def slowed(make):
        def make_slow(report):
            work = make(report)
            return lambda stop, page: work(lambda: (time.sleep(0.03), stop())[1], page)
        return make_slow
    for name in ("pdf_work", "xlsx_work", "docx_work"):
        monkeypatch.setattr(rendering, name, slowed(getattr(rendering, name)))
    monkeypatch.setattr(preview_module, "pdf_work", slowed(preview_module.pdf_work))


def test_an_edit_stops_a_preview_build_under_way(qtbot, tmp_path, seed_report, settings, dialogs, monkeypatch):
    """A long report's preview takes seconds to build: an edit meanwhile stops that
    build at its next check instead of letting it finish for nothing."""
    import io
    import time

    from pypdf import PdfReader

    from hienhao_desktop.ui import preview as preview_module
    from hienhao_desktop.ui.rendering import pdf_work

    def slow_pdf_work(report):  # an office PC slower than this one: 20 ms more a page
        work = pdf_work(report)
        return lambda stop, page: work(stop, lambda n: (time.sleep(0.02), page(n)))
    monkeypatch.setattr(preview_module, "pdf_work", slow_pdf_work)

    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=4000)
    user = User(win)
    user.type_into("place", "Cát Hải")
    user.shortcut(Qt.Key.Key_F5)  # the build starts now ...
    # (the clerk sees it under way: the first pages counted)
    qtbot.waitUntil(lambda: any(c.isdigit() for c in win.preview.status.text()), timeout=30000)
    user.undo()  # ... and is stale at once (Ctrl+Z, on the preview tab)
    try:
        qtbot.waitUntil(lambda: win.preview.cancelled_builds >= 1, timeout=60000)
    except Exception as exc:  # say what the preview said instead
        raise AssertionError(f"no build stopped; the preview says {win.preview.status.text()!r}") from exc
    qtbot.waitUntil(lambda: win.preview.current_pdf() is not None, timeout=60000)
    first_page = PdfReader(io.BytesIO(win.preview.current_pdf())).pages[0].extract_text()
    assert "Hiền Hào, ngày" in first_page and "Cát Hải, ngày" not in first_page  # the newer build is on show
    assert win.preview.cancelled_builds == 1
    win.close()


def test_a_long_export_shows_progress_and_the_window_keeps_running(qtbot, tmp_path, seed_report, settings, dialogs):
    from PySide6.QtCore import QTimer

    from hienhao_desktop.export.pdf import render_pdf

    # long enough that the dialog is up for seconds even on a busy machine
    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=10000)
    seen = []

    def look():  # runs on the GUI thread while the PDF is being made
        dialog = win.property("renderDialog")
        if dialog is not None and dialog.isVisible():
            seen.append(dialog.labelText())
    ticker = QTimer()
    ticker.timeout.connect(look)
    ticker.start(50)
    out = tmp_path / "big.pdf"
    dialogs.files.append(out)
    win.commands.export_pdf.trigger()
    ticker.stop()
    assert out.read_bytes() == render_pdf(win.document.report)
    assert seen, "no progress dialog while a long report was rendered"
    assert any("page" in text or "trang" in text for text in seen)
    assert win.property("renderDialog") is None
    from PySide6.QtWidgets import QApplication
    # the keyboard is back: Ctrl+Z and the rest reach the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    win.close()


def test_stop_in_the_progress_dialog_writes_nothing(qtbot, tmp_path, seed_report, settings, dialogs, slow_renders):
    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs)
    out = tmp_path / "old.pdf"
    out.write_bytes(b"%PDF-old")
    _press_stop_when_shown(win)
    dialogs.files.append(out)
    win.commands.export_pdf.trigger()
    assert out.read_bytes() == b"%PDF-old"  # the old file stays as it was
    assert "Stopped" in win.statusBar().currentMessage() or "Đã dừng" in win.statusBar().currentMessage()
    win.close()


def test_the_preview_build_can_be_stopped_and_started_again(qtbot, tmp_path, seed_report, settings, dialogs, slow_renders):
    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=3000)
    preview = win.preview
    win.commands.preview.trigger()
    assert preview.stop_button.isVisible()
    qtbot.waitUntil(lambda: "…" in preview.status.text(), timeout=5000)
    preview.stop_button.click()
    assert not preview.stop_button.isVisible() and preview.rebuild_button.isVisible()
    qtbot.waitUntil(lambda: preview.cancelled_builds == 1, timeout=10000)
    assert preview.current_pdf() is None
    preview.rebuild_button.click()
    assert preview.stop_button.isVisible() and not preview.rebuild_button.isVisible()
    qtbot.waitUntil(lambda: preview.current_pdf() is not None, timeout=60000)
    assert not preview.stop_button.isVisible()
    win.close()


def test_stop_also_stops_a_long_excel_export(qtbot, tmp_path, seed_report, settings, dialogs, slow_renders):
    from hienhao_desktop.export.xlsx import render_xlsx

    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=6000)
    out = tmp_path / "old.xlsx"
    out.write_bytes(b"old")
    shown = []
    _press_stop_when_shown(win, shown)
    dialogs.files.append(out)
    win.commands.export_xlsx.trigger()
    assert out.read_bytes() == b"old" and shown and "Excel" in shown[0]

    small = tmp_path / "small.xlsx"  # a short one: no dialog, the workbook as export makes it
    from hienhao_desktop.storage import exchange

    seed_file = tmp_path / "seed.json"
    seed_file.write_text(exchange.dumps(seed_report), encoding="utf-8")
    dialogs.files.extend([seed_file, small])
    win.commands.import_json.trigger()
    win.commands.export_xlsx.trigger()
    assert small.read_bytes() == render_xlsx(win.document.report)
    win.close()


def test_stop_also_stops_a_long_word_export(qtbot, tmp_path, seed_report, settings, dialogs, slow_renders):
    """Xuất Word is made off the GUI thread like the PDF and the workbook: a progress
    dialog, and Stop leaves the old file as it was; a short one writes the Word file."""
    from hienhao_desktop.export.docx import render_docx

    win = _long_report_window(qtbot, tmp_path, seed_report, settings, dialogs, activities=8000)
    out = tmp_path / "old.docx"
    out.write_bytes(b"old")
    shown = []
    _press_stop_when_shown(win, shown)
    dialogs.files.append(out)
    win.commands.export_docx.trigger()
    assert out.read_bytes() == b"old" and shown and "Word" in shown[0]
    assert "Stopped" in win.statusBar().currentMessage() or "Đã dừng" in win.statusBar().currentMessage()

    from hienhao_desktop.storage import exchange

    seed_file = tmp_path / "seed.json"
    seed_file.write_text(exchange.dumps(seed_report), encoding="utf-8")
    small = tmp_path / "small.docx"
    dialogs.files.extend([seed_file, small])
    win.commands.import_json.trigger()
    win.commands.export_docx.trigger()
    assert small.read_bytes() == render_docx(win.document.report)
    win.close()


def test_a_new_report_asks_its_shape_and_cancel_makes_none(user, window, db, dialogs):
    dialogs.template_answers.append(None)  # the clerk closes the question
    user.click(window.new_button)
    assert len(Store.open(db).list_reports()) == 1
    dialogs.template_answers.append("term_review")
    user.click(window.new_button)
    new = kept(db, window.document.report_id)
    assert [p.role for p in new.parts] == ["situation", "implementation", "assessment", "plans", "recommendations"]
    assert window.tabs.currentIndex() == 0 and len(window.part_tabs) == 5


def test_ctrl_z_in_the_period_box_is_the_reports_undo(user, window, db):
    """The period is a drop-down one may type into: its keys go to a text box inside
    it, which must not keep an undo of its own either."""
    user.type_into("place", "Cát Hải")
    user.type_into("period", "Từ tháng 10/2024 đến tháng 5/2025", leave=False)
    user.undo()  # in the period's box: the period typed is taken back …
    assert kept(db).period == "Học kỳ I"
    user.undo()  # … then the place, as the report's history has them
    assert kept(db).place == "Hiền Hào"
    user.redo()
    assert kept(db).place == "Cát Hải"
