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

from hienhao_desktop.domain.model import Activity, Subsection
from hienhao_desktop.export.pdf import render_pdf
from hienhao_desktop.export.xlsx import render_xlsx
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui.activities import LEAD, NAME, PARTICIPANTS, PARTNERS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.ui_helpers import ScriptedDialogs
from tests.user import TABS, User

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


@pytest.mark.slow
def test_typing_the_whole_seed_report_then_exporting(qtbot, tmp_path, seed_report):
    db = tmp_path / "empty.sqlite3"
    Store.create(db).close()
    dialogs = ScriptedDialogs()
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    seed = seed_report

    user.shortcut(Qt.Key.Key_N, CTRL)  # Báo cáo mới
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
    user.type_into("assessment.advantages", seed.assessment.advantages)
    user.type_into("assessment.difficulties", seed.assessment.difficulties)

    for section in seed.implementation:
        user.list_button("implementation", "add")  # the cursor goes to the new item's title
        user.type(section.title)
        user.leave()
        user.click_into(user.list_editor("implementation").detail_boxes[1].widget)
        user.type(section.body)
        user.leave()

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

    user.type_into("solutions_title", seed.solutions_title)
    for plan in seed.solutions:
        user.list_button("solutions", "add")
        user.type(plan)
        user.leave()
    for recommendation in seed.recommendations:
        user.list_button("recommendations", "add")
        user.type(recommendation)
        user.leave()

    # Recipients: the new report has "Lưu: VT"; the seed's are typed above it, then it is changed.
    for recipient in seed.recipients[:-1]:
        user.choose_item("recipients", user.list_editor("recipients").model.rowCount() - 1)
        user.list_button("recipients", "insert")  # an empty line above, being edited
        user.type(recipient)
        user.press(Qt.Key.Key_Return)
    user.type_item("recipients", len(seed.recipients) - 1, seed.recipients[-1])
    user.type_into("signature.position", seed.signature.position)
    user.type_into("signature.other_title", seed.signature.other_title)
    user.type_into("signature.name", seed.signature.name)

    assert all_reports(db) == {report_id: seed}

    pdf_out, xlsx_out = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.xlsx"
    dialogs.export_answers.extend([True, True])  # the seed leaves the date for handwriting: export anyway
    dialogs.files.append(pdf_out)
    user.shortcut(Qt.Key.Key_E, CTRL)  # Xuất PDF
    dialogs.files.append(xlsx_out)
    user.toolbar_click(window.commands.export_xlsx)
    assert pdf_text(pdf_out.read_bytes()) == pdf_text(render_pdf(seed))
    assert workbook_values(xlsx_out.read_bytes()) == workbook_values(render_xlsx(seed))
    window.close()


# ---- several reports edited alternately, with an import and a restore between ------------


def report_b(seed):
    return dataclasses.replace(
        seed.copy(), school_year="2024-2025", title="Báo cáo B",
        implementation=[Subsection("Mục B", "Nội dung B")], activities=[Activity("Hoạt động B", 7, "Đoàn B", "")],
        solutions=["Kế hoạch B"], recommendations=["Kiến nghị B"], recipients=["Nơi nhận B", "Lưu: VT"])


def edit_through_every_tab(user, tag):
    """Change something on each tab of the open report; returns what was typed."""
    typed = {
        "place": f"Địa danh {tag}",
        "assessment.advantages": f"Thuận lợi {tag}",
        "solutions_title": f"Giải pháp {tag}",
        "signature.name": f"Người ký {tag}",
    }
    for path, text in typed.items():
        user.type_into(path, text)
    user.type_item("implementation", 0, f"Tiêu đề {tag}", detail=0)
    user.type_item("implementation", 0, f"Nội dung {tag}", detail=1)
    user.type_cell(0, NAME, f"Hoạt động {tag}")
    user.type_item("solutions", 0, f"Kế hoạch {tag}")
    user.type_item("recommendations", 0, f"Kiến nghị {tag}")
    user.type_item("recipients", 0, f"Nơi nhận {tag}")
    return typed


def expected_after(report, tag):
    r = report.copy()
    r.place, r.assessment.advantages = f"Địa danh {tag}", f"Thuận lợi {tag}"
    r.solutions_title, r.signature.name = f"Giải pháp {tag}", f"Người ký {tag}"
    r.implementation[0] = Subsection(f"Tiêu đề {tag}", f"Nội dung {tag}")
    r.activities[0].name = f"Hoạt động {tag}"
    r.solutions[0], r.recommendations[0], r.recipients[0] = f"Kế hoạch {tag}", f"Kiến nghị {tag}", f"Nơi nhận {tag}"
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
        for tab in TABS[:-1]:
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
        for tab in TABS[:-1]:
            user.choose_tab(tab)
    assert all_reports(db) == at_backup
    user.choose_report(c)
    edit_through_every_tab(user, "C2")
    at_backup[c] = expected_after(at_backup[c], "C2")
    assert all_reports(db) == at_backup
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
    assert all_reports(db)[report_id] == seed_report
    assert not user.table.add_button.isEnabled()

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
        assert len(PdfReader(str(printed)).pages) == 3, way
        assert "3" in window.statusBar().currentMessage(), way
    asked = [kind for kind, *_ in dialogs.shown if kind == "print"]
    assert len(asked) == 3  # quick print shows no print dialog
    assert [kind for kind, *_ in dialogs.shown if kind == "choose_printer"] == ["choose_printer"]
    window.close()
