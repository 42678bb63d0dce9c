"""Whole journeys at the window, from start to a check read back from the database
and from the files written — never from the widgets. Every step is a click, a key
or a shortcut (tests/user.py)."""

from __future__ import annotations

import dataclasses
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Column,
    ColumnKind,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Run,
    Signature,
    Table,
)
from hienhao_desktop.export.docx import render_docx
from hienhao_desktop.export.pdf import render_pdf
from hienhao_desktop.export.xlsx import render_xlsx
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui.activities import LEAD, NAME, PARTICIPANTS, PARTNERS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.outline_editor import TableRequest
from hienhao_desktop.ui.settings import Settings
from tests.test_docx_export import docx_words
from tests.ui_helpers import ScriptedDialogs
from tests.user import User

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, db, tmp_path, dialogs):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Store.open(db), settings, dialogs)
    dialogs.parent = win
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def all_reports(db):
    with Store.open(db) as store:
        return {s.id: store.load(s.id) for s in store.list_reports()}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def workbook_values(data: bytes) -> list[list[object]]:
    book = load_workbook(io.BytesIO(data))
    return [[cell.value for cell in row] for sheet in book.worksheets for row in sheet.iter_rows()]


# ---- the whole seed report typed into an empty database --------------------------------


def type_blocks(user, part, blocks) -> None:
    """Type headings, paragraphs and list items on the page, one line each: a
    heading's or list item's style is given with its shortcut, Enter starts the next."""
    for n, block in enumerate(blocks):
        if n:
            user.press(Qt.Key.Key_Return)
        if isinstance(block, Heading):
            user.type(block.text)
            user.style(f"heading{block.level}")
        elif isinstance(block, ListItem):
            if n == 0 or not isinstance(blocks[n - 1], ListItem):
                user.style(f"list{block.level}")
            user.type(block.text)
        else:
            if n and not isinstance(blocks[n - 1], Heading | Paragraph):
                user.style("paragraph")  # Enter after a list item goes on with the list
            user.type(block.text)


@pytest.mark.slow
def test_typing_the_whole_seed_report_then_exporting(qtbot, tmp_path, seed_report):
    db = tmp_path / "empty.sqlite3"
    Store.create(db).close()
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    seed = seed_report

    user.shortcut(Qt.Key.Key_N, CTRL)  # Báo cáo mới: the centre's own shape, preselected
    assert dialogs.shown[-1][0] == "template"
    report_id = window.document.report_id
    user.type_into("school_year", seed.school_year)
    user.type_into("period", seed.period)
    user.type_into("title", seed.title)
    user.type_into("organization.parent", seed.organization.parent)
    user.type_into("organization.name", seed.organization.name)
    user.type_into("organization.abbreviation", seed.organization.abbreviation)
    user.type_into("place", seed.place)
    user.type_into("date", "15/01/2024")  # typed, then left to be written by hand as in the seed
    user.type_into("date", "")

    # I: the template's "Thuận lợi" and "Khó khăn" headings are there; the text goes under each.
    assessment = seed.parts[0].blocks
    user.type_in_part(0, assessment[1].text, block=0)
    user.type_in_part(0, assessment[3].text, block=2)
    # II: the headings and paragraphs above the activity table, then its rows.
    implementation = seed.parts[1].blocks
    user.click_in_text(1, 0)
    type_blocks(user, 1, implementation[:-1])
    typed, pasted = seed.activities[:8], seed.activities[8:]
    for row, activity in enumerate(typed):
        user.table_button("add")
        user.type(activity.name)
        user.press(Qt.Key.Key_Return)
        for column, value in ((PARTICIPANTS, activity.participants), (LEAD, activity.lead_unit),
                              (PARTNERS, activity.partner_units)):
            user.type_cell(row, column, "" if value is None else str(value))
    tsv = "".join(f"{a.name}\t{'' if a.participants is None else a.participants}\t{a.lead_unit}\t"
                  f"{a.partner_units}\r\n" for a in pasted)
    user.click_cell(len(typed) - 1, NAME)
    user.paste_rows(tsv, keyboard=True)  # Ctrl+V in the table
    # III: its heading as the seed has it typed, its list items; IV: one paragraph.
    user.type_into("parts[2].heading", seed.parts[2].heading)
    user.click_in_text(2, 0)
    type_blocks(user, 2, seed.parts[2].blocks)
    user.click_in_text(3, 0)
    type_blocks(user, 3, seed.parts[3].blocks)

    # Recipients: the new report has "Lưu: VT"; the seed's are typed above it, then it is changed.
    for recipient in seed.recipients[:-1]:
        user.choose_item("recipients", user.list_editor("recipients").model.rowCount() - 1)
        user.list_button("recipients", "insert")  # an empty line above, being edited
        user.type(recipient)
        user.press(Qt.Key.Key_Return)
    user.type_item("recipients", len(seed.recipients) - 1, seed.recipients[-1])
    user.type_into("signatures[0].position", seed.signatures[0].position)
    user.type_into("signatures[0].other_title", seed.signatures[0].other_title)
    user.type_into("signatures[0].name", seed.signatures[0].name)

    assert all_reports(db) == {report_id: seed}

    pdf_out, xlsx_out, docx_out = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.docx"
    dialogs.export_answers.extend([True, True, True])  # the seed leaves the date for handwriting: export anyway
    dialogs.files.append(pdf_out)
    user.shortcut(Qt.Key.Key_E, CTRL)  # Xuất PDF
    dialogs.files.append(xlsx_out)
    user.toolbar_click(window.commands.export_xlsx)
    dialogs.files.append(docx_out)
    user.toolbar_click(window.commands.export_docx)  # Xuất Word
    assert pdf_text(pdf_out.read_bytes()) == pdf_text(render_pdf(seed))
    assert workbook_values(xlsx_out.read_bytes()) == workbook_values(render_xlsx(seed))
    words = docx_words(docx_out.read_bytes())
    assert words == docx_words(render_docx(seed))
    assert "Căn" in words and "Nguyễn" in words and words.count("Thuận") >= 1
    window.close()


# ---- several reports edited alternately, with an import and a restore between ------------


def report_b(seed):
    """Another shape: an opening, three parts (one of the author's own with a table),
    the activity table in part III, two signing columns."""
    return dataclasses.replace(
        seed.copy(), school_year="2024-2025", title="Báo cáo B", part_numbering="letters",
        opening=[Paragraph([Run("Căn cứ kế hoạch B;")])],
        parts=[
            Part("situation", "", [Heading(1, "Thuận lợi B"), Paragraph([Run("Nội dung B")])]),
            Part("other", "Công tác khác B", [Table([Column("Thôn"), Column("Số lớp", ColumnKind.NUMBER.value)],
                                                    [["Thôn B", 2]], numbered=True, total_row=True)]),
            Part("implementation", "", [Heading(1, "Mục B"), ActivityTable()]),
        ],
        activities=[Activity("Hoạt động B", 7, "Đoàn B", "")], recipients=["Nơi nhận B", "Lưu: VT"],
        signatures=[Signature(position="Giám đốc", name="Người ký B"),
                    Signature(caption="Xác nhận của UBND xã", position="Chủ tịch", name="Lê Văn B")])


def edit_through_every_tab(user, tag):
    """Change something on each tab of the open report: the header, the opening,
    every part (heading, text), a table cell, recipients and signing columns."""
    report = user.window.document.report
    user.type_into("place", f"Địa danh {tag}")
    user.type_in_part("opening", f"Căn cứ {tag}", new_line=bool(report.opening))
    for i in range(len(report.parts)):
        user.type_into(f"parts[{i}].heading", f"Phần {i} {tag}")
        user.type_in_part(i, f"Thêm {i} {tag}")
        if any(isinstance(b, Table) for b in report.parts[i].blocks):
            user.type_table_cell(i, 0, 0, f"Ô {tag}")
    user.type_cell(0, NAME, f"Hoạt động {tag}")
    user.type_item("recipients", 0, f"Nơi nhận {tag}")
    for column in range(len(report.signatures)):
        user.type_into(f"signatures[{column}].name", f"Người ký {column} {tag}")


def expected_after(report, tag):
    r = report.copy()
    r.place = f"Địa danh {tag}"
    r.opening.append(Paragraph([Run(f"Căn cứ {tag}")]))
    for i, part in enumerate(r.parts):
        part.heading = f"Phần {i} {tag}"
        written = [j for j, b in enumerate(part.blocks) if isinstance(b, Heading | Paragraph | ListItem)]
        if not written:  # only a table: the text goes on the line after it
            part.blocks.append(Paragraph([Run(f"Thêm {i} {tag}")]))
        else:  # after the last line written, as that line's kind goes on (a list item's list)
            last = written[-1]
            kind = part.blocks[last]
            new = ListItem(kind.level, [Run(f"Thêm {i} {tag}")]) if isinstance(kind, ListItem) \
                else Paragraph([Run(f"Thêm {i} {tag}")])
            part.blocks.insert(last + 1, new)
        for block in part.blocks:
            if isinstance(block, Table):
                block.rows[0][0] = f"Ô {tag}"
    r.activities[0].name = f"Hoạt động {tag}"
    r.recipients[0] = f"Nơi nhận {tag}"
    for column, sig in enumerate(r.signatures):
        sig.name = f"Người ký {column} {tag}"
    return r


@pytest.mark.slow
def test_three_reports_edited_alternately_with_an_import_and_a_restore(qtbot, tmp_path, seed_report):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        a, b = store.add_report(seed_report), store.add_report(report_b(seed_report))
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    expected = all_reports(db)

    for tag, report_id in (("A1", a), ("B1", b), ("A2", a)):
        user.choose_report(report_id)
        for tab in user.tab_names()[:-1]:
            user.choose_tab(tab)
        edit_through_every_tab(user, tag)
        expected[report_id] = expected_after(expected[report_id], tag)
        assert all_reports(db) == expected

    imported = report_b(seed_report)
    imported.title = "Báo cáo C (nhập)"
    json_file = tmp_path / "c.json"
    json_file.write_text(exchange.dumps(imported), encoding="utf-8")
    dialogs.files.append(json_file)
    user.trigger(window.commands.import_json)
    c = window.document.report_id
    expected[c] = exchange.read_file(json_file)
    assert all_reports(db) == expected
    edit_through_every_tab(user, "C1")
    expected[c] = expected_after(expected[c], "C1")
    user.choose_report(b)
    edit_through_every_tab(user, "B2")
    expected[b] = expected_after(expected[b], "B2")
    assert all_reports(db) == expected

    # A backup of this moment, then more edits, then the backup restored.
    backups = db.parent / "backups"
    backups.mkdir()
    copy = backups / "reports-20260101-080000-000000.sqlite3"
    with Store.open(db) as store:
        store.backup_to(copy)
    at_backup = dict(expected)
    user.choose_report(a)
    edit_through_every_tab(user, "A3")
    dialogs.files.append(copy)
    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.restore)
    assert all_reports(db) == at_backup
    for report_id in (a, b, c):  # visiting every tab of every report changes nothing
        user.choose_report(report_id)
        for tab in user.tab_names()[:-1]:
            user.choose_tab(tab)
    assert all_reports(db) == at_backup
    user.choose_report(c)
    edit_through_every_tab(user, "C2")
    at_backup[c] = expected_after(at_backup[c], "C2")
    assert all_reports(db) == at_backup
    window.close()


# ---- the outline: parts, headings, bold text, a table, undo, the checklist's jumps ----------


@pytest.mark.slow
def test_a_click_anywhere_on_the_empty_page_puts_the_cursor_there(qtbot, tmp_path):
    """A new part's page is empty: the clerk clicks in the middle of the white paper
    (not on its one line) and types. The words land in the part, not nowhere; a click
    in the page's left margin beside a line puts the cursor in that line."""
    from PySide6.QtCore import QPoint

    db = tmp_path / "reports.sqlite3"
    Store.create(db).close()
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    dialogs.template_answers.append("free")
    user.trigger(window.commands.new)
    report_id = window.document.report_id
    user.choose_tab(window.tabs.indexOf(window.part_tabs[0]))
    page = user.editor(0).page
    user.click(page, QPoint(page.width() // 2, page.height() - 30))  # far below the one line
    user.type("Trung tâm đã mở 12 lớp học.")
    user.press(Qt.Key.Key_Return)
    user.type("Lớp tin học")
    first_line = user.editor(0).segments[0]
    user.click(page, QPoint(12, first_line.geometry().top() + 8))  # the margin beside the first line
    user.press(Qt.Key.Key_End)
    user.type(" Tất cả đều đông.")
    user.choose_tab(0)  # on to the general tab: the page's typing is saved
    texts = [b.text for b in all_reports(db)[report_id].parts[0].blocks if hasattr(b, "text")]
    assert texts == ["Trung tâm đã mở 12 lớp học. Tất cả đều đông.", "Lớp tin học"]


def test_a_report_in_parts_of_its_own_with_a_table_bold_text_and_undo(qtbot, tmp_path):
    """A year-end review "Phần thứ nhất / Phần thứ hai" with an opening, a table of
    its own and bold words, written from a free report; then parts moved, removed and
    brought back with undo, and the checklist's jumps into a block and a cell."""
    db = tmp_path / "reports.sqlite3"
    Store.create(db).close()
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    dialogs.template_answers.append("free")
    user.trigger(window.commands.new)
    report_id = window.document.report_id

    def kept():
        return all_reports(db)[report_id]

    user.choose("part_numbering", "Phần thứ nhất, Phần thứ hai …")
    user.type_into("title", "Tổng kết công tác năm 2024\nvà phương hướng năm 2025")
    user.type_in_part("opening", "Căn cứ Kế hoạch số 12/KH-UBND của UBND xã;", new_line=False)
    user.press(Qt.Key.Key_Return)
    user.type("Trung tâm báo cáo như sau:")
    # Part one: its heading, a heading, a paragraph with bold words, a table.
    user.type_into("parts[0].heading", "Kết quả thực hiện nhiệm vụ năm 2024")
    user.choose("parts[0].role", "Tình hình thực hiện nhiệm vụ")
    user.click_in_text(0, 0)
    user.type("Công tác tuyên truyền")
    user.style("heading1")
    user.press(Qt.Key.Key_Return)
    user.type("Khẩu hiệu của năm: ")
    user.press(Qt.Key.Key_B, CTRL)
    user.type("Học tập suốt đời")
    user.press(Qt.Key.Key_B, CTRL)
    user.type(" được treo ở mọi thôn.")
    user.insert_table(0, TableRequest([Column("Thôn"), Column("Số lớp", ColumnKind.NUMBER.value)], 2, True, True))
    user.type_table_cell(0, -1, 0, "Tên thôn")
    user.type_table_cell(0, 0, 0, "Thôn Đông")
    user.type_table_cell(0, 0, 1, "3")
    user.type_table_cell(0, 1, 0, "Thôn Tây")
    user.type_table_cell(0, 1, 1, "khoảng 5")  # refused: kept on screen with a message, not saved
    assert user.table_segment(0).message.isVisible()
    user.type_table_cell(0, 1, 1, "5")
    # Part two, added after it, with list items at two levels.
    user.part_button(0, "add")
    assert window.tabs.currentWidget() is window.part_tabs[1]
    user.type("Phương hướng năm 2025")  # the cursor waits in the new part's heading
    user.leave()
    user.choose("parts[1].role", "Giải pháp, phương hướng kỳ tới")
    user.click_in_text(1, 0)
    user.style("list1")
    user.type("Duy trì các lớp chuyên đề")
    user.press(Qt.Key.Key_Return)
    user.type("lớp tin học")
    user.press(Qt.Key.Key_Tab)  # one level down: "+"
    user.choose_tab("general")  # what was typed is saved on leaving the part

    r = kept()
    assert r.part_numbering == "words"
    assert r.title == "Tổng kết công tác năm 2024\nvà phương hướng năm 2025"
    assert r.opening == [Paragraph([Run("Căn cứ Kế hoạch số 12/KH-UBND của UBND xã;")]),
                         Paragraph([Run("Trung tâm báo cáo như sau:")])]
    assert (r.parts[0].role, r.parts[0].heading) == ("implementation", "Kết quả thực hiện nhiệm vụ năm 2024")
    assert r.parts[0].blocks == [
        Heading(1, "Công tác tuyên truyền"),
        Paragraph([Run("Khẩu hiệu của năm: "), Run("Học tập suốt đời", bold=True), Run(" được treo ở mọi thôn.")]),
        Table([Column("Tên thôn"), Column("Số lớp", "number")], [["Thôn Đông", 3], ["Thôn Tây", 5]], True, True),
    ]
    assert (r.parts[1].role, r.parts[1].heading) == ("plans", "Phương hướng năm 2025")
    assert r.parts[1].blocks == [ListItem(1, [Run("Duy trì các lớp chuyên đề")]), ListItem(2, [Run("lớp tin học")])]
    assert [window.tabs.tabText(i) for i in (2, 3)] == ["Phần thứ nhất Kết quả thực hiện…",
                                                        "Phần thứ hai Phương hướng năm 2025"]
    assert window.tabs.tabToolTip(2) == "Phần thứ nhất Kết quả thực hiện nhiệm vụ năm 2024"
    pdf = pdf_text(render_pdf(r))
    assert "Phần thứ nhất" in pdf and "Tên thôn" in pdf and "Học tập suốt đời" in pdf

    # Parts moved and removed; undo brings each step back.
    user.part_button(1, "up")
    assert [p.heading for p in kept().parts] == ["Phương hướng năm 2025", "Kết quả thực hiện nhiệm vụ năm 2024"]
    assert window.tabs.currentWidget() is window.part_tabs[0]
    dialogs.confirm_answers.append(True)  # it holds text: asked first
    user.part_button(0, "remove")
    assert [p.heading for p in kept().parts] == ["Kết quả thực hiện nhiệm vụ năm 2024"]
    assert len(window.part_tabs) == 1
    user.undo()
    user.undo()
    assert kept() == r
    assert [window.tabs.tabText(i) for i in (2, 3)] == ["Phần thứ nhất Kết quả thực hiện…",
                                                        "Phần thứ hai Phương hướng năm 2025"]
    user.part_button(1, "add")  # an empty part goes without a question
    user.part_button(2, "remove")
    assert kept() == r

    # The checklist: a heading of a part left empty, and a table cell.
    user.click_in_text(0, 0)
    user.press(Qt.Key.Key_Home)
    user.press(Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    user.press(Qt.Key.Key_Delete)  # the heading's text goes: "a heading without text"
    user.choose_tab("general")
    user.shortcut(Qt.Key.Key_F7)
    rows = window.checklist_dialog.list
    line = next(i for i in range(rows.count()) if rows.item(i).data(Qt.ItemDataRole.UserRole) == "parts[0].blocks[0]")
    user.click(rows.viewport(), rows.visualItemRect(rows.item(line)).center(), double=True)
    assert window.tabs.currentWidget() is window.part_tabs[0]
    user.type("Công tác tuyên truyền, vận động")
    user.choose_tab("general")
    assert kept().parts[0].blocks[0] == Heading(1, "Công tác tuyên truyền, vận động")
    assert window.focus_path("parts[0].blocks[2].rows[1][1]")
    user.type("8")
    user.press(Qt.Key.Key_Return)
    assert kept().parts[0].blocks[2].rows[1][1] == 8
    window.close()


# ---- Word in and out through the window ------------------------------------------------


@pytest.mark.slow
def test_import_from_word_shows_what_was_recognised_before_saving(qtbot, tmp_path, seed_report):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    word = tmp_path / "bao-cao-nam-truoc.docx"
    word.write_bytes(render_docx(seed_report))
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    before = all_reports(db)

    seen = {}

    def look_then(answer):
        def step(dialog):
            qtbot.waitUntil(lambda: dialog.view.document() is not None, timeout=20000)  # the pages laid out
            seen["summary"] = dialog.summary.toPlainText()
            user.click(dialog.import_button if answer else dialog.cancel_button)
        return step

    dialogs.files.append(word)
    dialogs.dialog_steps.append(look_then(False))  # looked at, not imported
    user.trigger(window.commands.import_docx)
    assert "Nhập từ Word" in seen["summary"] or "bao-cao-nam-truoc.docx" in seen["summary"]
    assert "11" in seen["summary"]  # the activity table's rows
    assert all_reports(db) == before

    dialogs.files.append(word)
    dialogs.dialog_steps.append(look_then(True))
    user.trigger(window.commands.import_docx)
    new_id = window.document.report_id
    kept = all_reports(db)
    assert set(kept) == {*before, new_id}
    assert kept[new_id] == seed_report  # a file the program exported comes back as it was
    assert window.tabs.currentIndex() == 0

    # Refused files say why (the importer's words) and write nothing.
    doc = tmp_path / "cu.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    dialogs.files.append(doc)
    user.trigger(window.commands.import_docx)
    shown = [text for kind, _title, text in dialogs.shown if kind == "error"]
    assert shown and "cu.doc" in shown[-1]
    assert all_reports(db) == kept
    window.close()


# ---- issue, try to edit, unlock, edit, issue again; the archived copy ---------------------


@pytest.mark.slow
def test_issue_edit_unlock_issue_again_and_export_the_archived_copy(qtbot, tmp_path, seed_report):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        report_id = store.add_report(seed_report)
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)

    dialogs.export_answers.append(True)
    dialogs.confirm_answers.append(True)
    user.toolbar_click(window.commands.finalise)  # Ban hành
    with Store.open(db) as store:
        first = store.current_archive(report_id)
    assert first is not None
    user.choose_tab("general")
    place = user.field_input("place")
    user.click_into(place)
    user.type("Cát Hải")  # read-only: nothing changes
    user.leave()
    user.click_in_text(0, 1)
    user.type(" thêm chữ")  # the page is read only too
    user.choose_tab("general")
    assert all_reports(db)[report_id] == seed_report
    assert not user.table.add_button.isEnabled()
    assert not window.part_tabs[0].add_button.isEnabled()

    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.unlock)
    user.type_into("place", "Cát Hải")
    assert all_reports(db)[report_id].place == "Cát Hải"
    dialogs.export_answers.append(True)
    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.finalise)
    with Store.open(db) as store:
        archives = store.archives(report_id)
    assert [a.revision for a in archives] == [2, 1]
    assert "Cát Hải" in pdf_text(archives[0].pdf)

    out = tmp_path / "lan-1.pdf"
    dialogs.files.append(out)

    def export_the_first_revision(dialog):
        from PySide6.QtWidgets import QPushButton

        rows = dialog.list
        user.click(rows.viewport(), rows.visualItemRect(rows.item(1)).center())  # revision 1 (newest first)
        export = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith(("Xuất", "Export")))
        user.click(export)

    dialogs.dialog_steps.append(export_the_first_revision)
    user.trigger(window.commands.archives)
    assert out.read_bytes() == first.pdf
    window.close()


# ---- printing: Ctrl+P, the toolbar, the menu and quick print, on a real queue ------------


@pytest.mark.slow
def test_printing_every_way_onto_a_real_queue(qtbot, tmp_path, seed_report, cups_pdf_printer, monkeypatch):
    from hienhao_desktop.ui import printing
    from tests.conftest import wait_for_printed_pdf

    queue, out = cups_pdf_printer
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter",
                        staticmethod(lambda: printing.QPrinterInfo.printerInfo(queue)))
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    pages = len(PdfReader(io.BytesIO(render_pdf(seed_report))).pages)
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    ways = {
        "Ctrl+P": lambda: user.shortcut(Qt.Key.Key_P, CTRL),
        "toolbar": lambda: user.toolbar_click(window.commands.print),
        "menu": lambda: user.trigger(window.commands.print),
        "quick print": lambda: user.trigger(window.commands.quick_print),
    }
    for way, do in ways.items():
        before = set(out.glob("*.pdf")) if out.exists() else set()
        dialogs.export_answers.append(True)  # the seed leaves the date for handwriting: print anyway
        dialogs.print_answers.append(True)
        if way == "quick print":
            # The test queue writes a PDF file instead of paper, so quick print asks
            # (as with "Microsoft Print to PDF"); the clerk chooses it all the same.
            dialogs.printer_answers.append(0)
        do()
        printed = wait_for_printed_pdf(out, before)
        assert len(PdfReader(str(printed)).pages) == pages, way
        assert str(pages) in window.statusBar().currentMessage(), way
    asked = [kind for kind, *_ in dialogs.shown if kind == "print"]
    assert len(asked) == 3  # quick print shows no print dialog
    assert [kind for kind, *_ in dialogs.shown if kind == "choose_printer"] == ["choose_printer"]
    window.close()
