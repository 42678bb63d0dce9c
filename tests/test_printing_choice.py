"""Which printer printing goes to (ui/printing.py), with Windows' printer names: on many
office PCs the default printer is "Microsoft Print to PDF", which opens a save dialog
instead of putting paper out. Quick print asks then; the print dialog preselects the
default printer and says so; the command line refuses rather than wait on a dialog."""

from __future__ import annotations

import pytest

from hienhao_desktop.ui import printing
from hienhao_desktop.ui.printing import PrintError, plan_printing, printer_note, quick_printer, writes_to_file
from tests.ui_helpers import ScriptedDialogs

FILE_PRINTERS = ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)",
                 "Send To OneNote 2016", "OneNote for Windows 10", "Fax", "Adobe PDF", "PDF24", "CutePDF Writer",
                 "Foxit PDF Editor Printer", "PDF"]
PAPER_PRINTERS = ["HP LaserJet Pro M404-M405 PCL-6 (V4)", "Canon LBP2900", "Brother HL-L2321D series",
                  "EPSON L3150 Series", "Máy in phòng Văn hóa", "\\\\MAYCHU\\Canon LBP6030", "Fairfax office"]


@pytest.mark.parametrize("name", FILE_PRINTERS)
def test_printers_that_only_write_a_file(name) -> None:
    assert writes_to_file(name)


@pytest.mark.parametrize("name", PAPER_PRINTERS)
def test_printers_that_print_on_paper(name) -> None:
    assert not writes_to_file(name)


def test_plan_on_a_pc_whose_default_is_print_to_pdf() -> None:
    plan = plan_printing("Microsoft Print to PDF", ["Fax", "Microsoft Print to PDF", "Canon LBP2900", "OneNote (Desktop)"])
    assert plan is not None and plan.ask and plan.default_is_set
    assert plan.printer == "Microsoft Print to PDF" and plan.paper_printers == ("Canon LBP2900",)


def test_plan_with_a_paper_default_asks_nothing() -> None:
    plan = plan_printing("Canon LBP2900", ["Microsoft Print to PDF", "Canon LBP2900"])
    assert plan is not None and not plan.ask and plan.printer == "Canon LBP2900"


def test_plan_without_a_default_takes_the_first_printer_and_without_printers_is_none() -> None:
    plan = plan_printing(None, ["Canon LBP2900", "Fax"])
    assert plan is not None and plan.printer == "Canon LBP2900" and not plan.default_is_set and not plan.ask
    assert plan_printing(None, []) is None


def _dialogs(*answers: int | None) -> ScriptedDialogs:
    dialogs = ScriptedDialogs()
    dialogs.printer_answers.extend(answers)
    return dialogs


PDF_DEFAULT = plan_printing("Microsoft Print to PDF", ["Microsoft Print to PDF", "Canon LBP2900", "HP LaserJet"])


def test_quick_print_asks_and_takes_the_paper_printer_chosen(qapp) -> None:
    dialogs = _dialogs(1)
    assert quick_printer(dialogs, PDF_DEFAULT) == "HP LaserJet"
    (kind, title, text), = dialogs.shown
    assert kind == "choose_printer"
    assert "Microsoft Print to PDF" in text and "Canon LBP2900" in text


def test_quick_print_can_still_write_the_file_or_be_cancelled(qapp) -> None:
    assert quick_printer(_dialogs(2), PDF_DEFAULT) == "Microsoft Print to PDF"  # the last option: the file
    assert quick_printer(_dialogs(None), PDF_DEFAULT) is None


def test_quick_print_asks_nothing_for_a_paper_default(qapp) -> None:
    dialogs = _dialogs()
    assert quick_printer(dialogs, plan_printing("Canon LBP2900", ["Canon LBP2900"])) == "Canon LBP2900"
    assert dialogs.shown == []


def test_quick_print_with_only_file_printers_says_there_is_no_other(qapp) -> None:
    dialogs = _dialogs(0)
    plan = plan_printing("Microsoft Print to PDF", ["Microsoft Print to PDF", "Fax"])
    assert quick_printer(dialogs, plan) == "Microsoft Print to PDF"
    text = dialogs.shown[0][2].lower()  # in the language the tests before left installed
    assert "no other printer" in text or "không có máy in nào khác" in text


def test_no_printer_at_all_is_refused(qapp, monkeypatch) -> None:
    monkeypatch.setattr(printing, "default_printer_name", lambda: None)
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    with pytest.raises(PrintError):
        quick_printer(_dialogs())


def test_the_note_says_the_default_is_preselected(qapp) -> None:
    from hienhao_desktop.ui import i18n

    i18n.use_language("vi")
    try:
        plan = plan_printing("Canon LBP2900", ["Canon LBP2900"])
        assert printer_note("Canon LBP2900", plan) == "Máy in mặc định: Canon LBP2900"
        note = printer_note("Microsoft Print to PDF", PDF_DEFAULT)
        assert note.startswith("Máy in mặc định: Microsoft Print to PDF") and "ghi ra tệp" in note
        assert "chưa đặt máy in mặc định" in printer_note("Canon LBP2900", plan_printing(None, ["Canon LBP2900"]))
    finally:
        i18n.use_language("en")
    assert printer_note("Canon LBP2900", plan) == "Default printer: Canon LBP2900"


def test_the_windows_quick_print_path_in_the_window(qtbot, tmp_path, seed_report, monkeypatch) -> None:
    """The window's "In nhanh" on a PC whose default printer is Microsoft Print to PDF:
    the question comes, and the printer chosen is the one printing is set up for."""
    from PySide6.QtCore import QSettings

    from hienhao_desktop.storage.store import Store
    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.user import User

    monkeypatch.setattr(printing, "default_printer_name", lambda: "Microsoft Print to PDF")
    monkeypatch.setattr(printing, "printer_names", lambda: ["Microsoft Print to PDF", "Canon LBP2900 (giả)"])
    asked_for: list[str | None] = []

    def make_printer(name=None, copies=1):  # noqa: ANN001, ANN202 - no such printer here: stop before sending
        asked_for.append(name)
        raise PrintError(f"no {name} here")

    monkeypatch.setattr(printing, "make_printer", make_printer)
    path = tmp_path / "r.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    dialogs = _dialogs(None, 0)
    window = MainWindow(Store.open(path), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    dialogs.export_answers.extend([True, True])  # the checklist, if the seed report has gaps
    user = User(window)
    user.trigger(window.commands.quick_print)  # cancelled at the question: nothing printed
    assert asked_for == [] and dialogs.shown[-1][0] == "choose_printer"
    user.trigger(window.commands.quick_print)
    assert asked_for == ["Canon LBP2900 (giả)"]  # the paper printer chosen
    assert dialogs.shown[-1] == ("error", dialogs.shown[-1][1], "no Canon LBP2900 (giả) here")
    window.close()


def test_the_print_command_refuses_a_file_printer_default(seed_json, monkeypatch, capsys) -> None:
    from hienhao_desktop import cli

    monkeypatch.setattr(printing, "default_printer_name", lambda: "Microsoft Print to PDF")
    monkeypatch.setattr(printing, "printer_names", lambda: ["Microsoft Print to PDF", "Canon LBP2900"])
    assert cli.main(["print", "--json", str(seed_json)]) == 2
    err = capsys.readouterr().err
    assert "Microsoft Print to PDF" in err and "--printer" in err and "Canon LBP2900" in err
    assert len(err.strip().splitlines()) == 1
