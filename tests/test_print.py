"""Printing on a real print queue (CUPS with cups-pdf, started by the fixture), and
issuing (ban hành): the archived PDF is what is printed and exported, byte for byte."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from hienhao_desktop.storage.store import ReportIsFinal, Store
from tests.conftest import ROOT, wait_for_printed_pdf

pytestmark = pytest.mark.slow


def page_images(pdf, folder, prefix, dpi=100):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / prefix)], check=True)
    return sorted(folder.glob(f"{prefix}*.png"))


def _small(path, factor=8):
    """A page image shrunk with smoothing: thin rules and anti-aliasing, which differ
    between the printed raster and the vector PDF, average out; text blocks remain."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    return image.scaled(image.width() // factor, image.height() // factor,
                        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def difference(a_path, b_path) -> float:
    """Mean absolute grey difference (0..255) of two page images."""
    a = _small(a_path)
    b = _small(b_path).scaled(a.size())
    total = 0
    w, h = a.width(), a.height()
    for y in range(h):
        row_a = bytes(a.constScanLine(y))[:w]
        row_b = bytes(b.constScanLine(y))[:w]
        total += sum(abs(pa - pb) for pa, pb in zip(row_a, row_b, strict=True))
    return total / (w * h)


# Measured here: the same page printed and exported differs by 2-4; two different
# pages of the seed report by 18-22.
SAME_PAGE = 8.0


def assert_same_pages(printed, exported, tmp_path):
    printed_pages = page_images(printed, tmp_path, "printed")
    exported_pages = page_images(exported, tmp_path, "exported")
    assert len(printed_pages) == len(exported_pages) >= 1
    for p, e in zip(printed_pages, exported_pages, strict=True):
        assert difference(p, e) < SAME_PAGE, p.name
    if len(exported_pages) > 1:  # the measure tells pages apart
        assert difference(printed_pages[0], exported_pages[1]) > 2 * SAME_PAGE


def db_with_seed(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        report_id = store.add_report(seed_report)
    return path, report_id


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **kw)


def test_print_function_on_a_real_queue(qapp, cups_pdf_printer, seed_report, tmp_path):
    from hienhao_desktop.export.pdf import render_pdf
    from hienhao_desktop.ui.printing import make_printer, print_pdf

    queue, out = cups_pdf_printer
    pdf = render_pdf(seed_report)
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(pdf)
    before = set(out.glob("*.pdf")) if out.exists() else set()
    assert print_pdf(pdf, make_printer(queue)) >= 1
    printed = wait_for_printed_pdf(out, before)
    assert_same_pages(printed, exported, tmp_path)


def test_print_command_on_a_real_queue(cups_pdf_printer, seed_json, tmp_path):
    queue, out = cups_pdf_printer
    before = set(out.glob("*.pdf")) if out.exists() else set()
    result = cli("print", "--json", str(seed_json), "--printer", queue)
    assert result.returncode == 0, result.stderr
    printed = wait_for_printed_pdf(out, before)
    exported = tmp_path / "exported.pdf"
    assert cli("export", "--json", str(seed_json), "--pdf", str(exported)).returncode == 0
    assert_same_pages(printed, exported, tmp_path)


def test_print_to_a_printer_that_does_not_exist(seed_json):
    result = cli("print", "--json", str(seed_json), "--printer", "KhongCoMayIn")
    assert result.returncode == 2
    assert "KhongCoMayIn" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_finalise_archives_what_is_exported(seed_report, tmp_path):
    db, report_id = db_with_seed(tmp_path, seed_report)
    result = cli("finalise", "--report", str(report_id), "--db", str(db))
    assert result.returncode == 0, result.stderr
    digest = result.stdout.strip()
    exported = tmp_path / "final.pdf"
    assert cli("export", "--report", str(report_id), "--db", str(db), "--pdf", str(exported)).returncode == 0
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == digest
    with Store.open(db) as store:
        assert store.status(report_id) == "final"
        assert store.current_archive(report_id).sha256 == digest
        with pytest.raises(ReportIsFinal):
            from hienhao_desktop.domain.edits import SetField

            store.apply_edit(report_id, SetField("title", "Sửa sau khi ban hành"))
    again = cli("finalise", "--report", str(report_id), "--db", str(db))
    assert again.returncode == 2


def test_the_archive_survives_a_layout_change(seed_report, tmp_path, monkeypatch):
    """Years on, after the program's layout changed, the final report prints as issued."""
    db, report_id = db_with_seed(tmp_path, seed_report)
    with Store.open(db) as store:
        archive = store.finalise(report_id, b"%PDF-1.4 issued bytes")
    out = tmp_path / "again.pdf"
    assert cli("export", "--report", str(report_id), "--db", str(db), "--pdf", str(out)).returncode == 0
    assert out.read_bytes() == b"%PDF-1.4 issued bytes"
    assert hashlib.sha256(out.read_bytes()).hexdigest() == archive.sha256


def test_issue_and_unlock_in_the_window(qtbot, seed_report, tmp_path):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs

    db, report_id = db_with_seed(tmp_path, seed_report)
    dialogs = ScriptedDialogs()
    window = MainWindow(Store.open(db), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    window.show()
    dialogs.export_answers.append(True)  # the checklist before issuing: go on
    dialogs.confirm_answers.append(True)  # issue
    window.commands.finalise.trigger()
    assert window.document.read_only
    assert not window.banner.isHidden()
    name = window.signing.fields["signatures[0].name"]
    assert name.widget.isReadOnly()
    archived = window.archived_pdf()
    assert window.pdf_bytes() == archived
    with Store.open(db) as store:
        first = store.current_archive(report_id)
    assert hashlib.sha256(archived).hexdigest() == first.sha256

    dialogs.confirm_answers.append(True)  # unlock
    window.commands.unlock.trigger()
    assert not window.document.read_only
    assert window.archived_pdf() is None
    with Store.open(db) as store:
        archives = store.archives(report_id)
    assert [a.revision for a in archives] == [1]
    assert archives[0].pdf == archived  # the earlier revision stays retrievable
    window.close()


def test_printing_from_the_window_on_a_real_queue(qtbot, cups_pdf_printer, seed_report, tmp_path, monkeypatch):
    """The window's In… path: the print dialog (answered by the test) on the PDF queue,
    pages 2 to 3 only."""
    from PySide6.QtCore import QSettings

    from hienhao_desktop.export.pdf import render_pdf
    from hienhao_desktop.ui import printing
    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs
    from tests.user import User

    queue, out = cups_pdf_printer
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(lambda: printing.QPrinterInfo.printerInfo(queue)))
    db, _ = db_with_seed(tmp_path, seed_report)
    dialogs = ScriptedDialogs()
    chosen = {}

    def print_dialog(printer, page_count):
        chosen["pages"] = page_count
        printer.setFromTo(2, 3)
        return True

    dialogs.print_dialog = print_dialog
    window = MainWindow(Store.open(db), Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialogs.export_answers.append(True)  # the checklist before printing: go on
    before = set(out.glob("*.pdf")) if out.exists() else set()
    User(window).shortcut(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert chosen["pages"] == 3
    assert "2" in window.statusBar().currentMessage()
    printed = wait_for_printed_pdf(out, before)
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(render_pdf(seed_report))
    printed_pages = page_images(printed, tmp_path, "printed")
    exported_pages = page_images(exported, tmp_path, "exported")
    assert len(printed_pages) == 2
    assert difference(printed_pages[0], exported_pages[1]) < SAME_PAGE
    assert difference(printed_pages[1], exported_pages[2]) < SAME_PAGE
    window.close()
