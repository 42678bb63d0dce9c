"""Printing the report: the pages of its PDF (the one export writes, or the archived
one of a final report), so paper and preview match.

Each page is rendered by QtPdf at min(printer resolution, 300 dpi) on a white
background (QtPdf renders onto transparency) and scaled into the printer's paper,
keeping its proportions. One page at a time: an A4 page at 300 dpi is a 35 MB image.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.storage.files import remove_temporary

MAX_DPI = 300


class PrintError(Refused):
    """The report could not be printed; nothing was lost."""



def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str | None:
    """The system's default printer, or None when none is set."""
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info.printerName()


def writes_to_file(printer_name: str) -> bool:
    """Whether a printer only writes a file (and so asks where to save it) instead of
    putting paper out: Windows' "Microsoft Print to PDF", "Microsoft XPS Document
    Writer", "OneNote (Desktop)", "Send To OneNote 2016", "Fax"; any "... PDF" printer
    (Adobe PDF, PDF24, CutePDF Writer; CUPS' PDF queue). Told by the name: Windows
    says no more about a printer without asking its driver."""
    name = printer_name.casefold()
    return ("pdf" in name or "xps" in name or "onenote" in name or "one note" in name
            or re.search(r"\bfax\b", name) is not None)


@dataclass(frozen=True)
class PrinterPlan:
    """Where printing goes without a dialog, and whether to ask first.

    ``printer``: the default printer (or the first one when no default is set);
    ``default_is_set``: False when Windows has no default printer;
    ``ask``: the printer would only write a file (a save dialog would appear instead
    of paper), so the user chooses among ``paper_printers`` (maybe none) or the file."""

    printer: str
    default_is_set: bool
    ask: bool
    paper_printers: tuple[str, ...]


def plan_printing(default: str | None, names: list[str]) -> PrinterPlan | None:
    """The plan for quick printing given the default printer's name and every
    printer's name; None when there is no printer at all."""
    if not names and default is None:
        return None
    chosen = default if default is not None else names[0]
    paper = tuple(n for n in names if not writes_to_file(n))
    return PrinterPlan(chosen, default is not None, writes_to_file(chosen), paper)


def current_plan() -> PrinterPlan | None:
    """plan_printing() for this computer's printers."""
    return plan_printing(default_printer_name(), printer_names())


def printer_note(name: str, plan: PrinterPlan | None) -> str:
    """One line saying which printer is preselected and why (the print dialog's title
    and the status bar)."""
    if plan is not None and plan.printer == name and not plan.default_is_set:
        note = QCoreApplication.translate("Printing", "No default printer is set on this computer; chosen: %1").replace("%1", name)
    elif plan is not None and plan.printer == name:
        note = QCoreApplication.translate("Printing", "Default printer: %1").replace("%1", name)
    else:
        note = QCoreApplication.translate("Printing", "Printer: %1").replace("%1", name)
    if writes_to_file(name):
        note += " " + QCoreApplication.translate("Printing", "(writes a file, does not print on paper)")
    return note


class AsksPrinter(Protocol):
    def choose_printer(self, title: str, text: str, options: list[str]) -> int | None: ...


def quick_printer(dialogs: AsksPrinter, plan: PrinterPlan | None = None) -> str | None:
    """The printer quick print uses: the default one, unless that one only writes a
    file; then the user is asked (a paper printer, or the file after all). None when
    the user cancelled. Raises PrintError when there is no printer."""
    plan = plan if plan is not None else current_plan()
    if plan is None:
        raise PrintError(QCoreApplication.translate("Printing", "No printer is installed on this computer."))
    if not plan.ask:
        return plan.printer
    reason = QCoreApplication.translate("Printing", "The default printer \u201c%1\u201d does not print on paper: it writes a file and would ask "
                 "where to save it.").replace("%1", plan.printer)
    if plan.paper_printers:
        text = reason + "\n\n" + QCoreApplication.translate("Printing", "Print on which printer?")
    else:
        text = reason + "\n\n" + QCoreApplication.translate("Printing", "No other printer is installed on this computer. Write the file?")
    options = [*plan.paper_printers, QCoreApplication.translate("Printing", "%1 (writes a file)").replace("%1", plan.printer)]
    chosen = dialogs.choose_printer(QCoreApplication.translate("Printing", "Quick print"), text, options)
    if chosen is None:
        return None
    return [*plan.paper_printers, plan.printer][chosen]


def refuse_file_printer_without_name(plan: PrinterPlan | None) -> None:
    """The command line's ``print`` without ``--printer``: a default printer that only
    writes a file would open a save dialog nobody answers; refused instead."""
    if plan is not None and plan.ask:
        names = ", ".join(plan.paper_printers) or QCoreApplication.translate("Printing", "none")
        raise PrintError(QCoreApplication.translate("Printing", "The default printer \u201c%1\u201d writes a file instead of printing on paper; "
                             "name a printer with --printer (printers on paper: %2).")
                         .replace("%1", plan.printer).replace("%2", names))


def make_printer(name: str | None = None, copies: int = 1) -> QPrinter:
    """A printer set up for A4 portrait. ``name`` None is the default printer.
    Raises PrintError when there is no such printer (or none at all)."""
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            known = ", ".join(printer_names()) or QCoreApplication.translate("Printing", "none")
            raise PrintError(QCoreApplication.translate("Printing", "There is no printer named \u201c%1\u201d (printers: %2).")
                             .replace("%1", name).replace("%2", known))
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            names = printer_names()
            if not names:
                raise PrintError(QCoreApplication.translate("Printing", "No printer is installed on this computer."))
            info = QPrinterInfo.printerInfo(names[0])
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if copies < 1:
        raise PrintError(QCoreApplication.translate("Printing", "The number of copies must be 1 or more."))
    printer.setCopyCount(copies)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))
    printer.setFullPage(True)
    printer.setDocName("Bao cao")
    return printer


class PdfPages:
    """A PDF held in memory, opened with QtPdf (through a temporary file, which
    QPdfDocument loads synchronously)."""

    def __init__(self, pdf: bytes) -> None:
        self._file = tempfile.NamedTemporaryFile(prefix="hienhao-", suffix=".pdf", delete=False)
        self._file.write(pdf)
        self._file.close()
        self.document = QPdfDocument()
        error = self.document.load(self._file.name)
        if error != QPdfDocument.Error.None_:
            self.close()
            raise PrintError(QCoreApplication.translate("Printing", "The PDF could not be read for printing (%1).").replace("%1", str(error)))

    @property
    def path(self) -> Path:
        return Path(self._file.name)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def render(self, page: int, dpi: int) -> QImage:
        """One page as an opaque image at ``dpi``."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = self.document.render(page, size)
        page_image = QImage(size, QImage.Format.Format_RGB32)
        page_image.fill(Qt.GlobalColor.white)
        painter = QPainter(page_image)
        painter.drawImage(0, 0, image)
        painter.end()
        return page_image

    def close(self) -> None:
        """Close the document and delete its file. Windows may still hold the file a
        moment after QPdfDocument.close() (or an antivirus may): the delete is tried
        again briefly, and a file that stays is left, never reported as a failure of
        the printing or preview it served."""
        self.document.close()
        remove_temporary(self._file.name)


def print_pdf(pdf: bytes, printer: QPrinter, *, first: int = 0, last: int = 0,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Print pages ``first``..``last`` (1-based; 0 means from the start / to the
    end). ``progress(done, total)`` may return False to cancel. Returns the number of
    pages sent."""
    pages = PdfPages(pdf)
    try:
        total = pages.page_count
        start = max(1, first or 1)
        stop = min(total, last or total)
        if start > stop:
            raise PrintError(QCoreApplication.translate("Printing", "The page range is empty."))
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("Printing", "The printer did not accept the job. Check that it is switched on and "
                                 "connected, then print again."))
        sent = 0
        try:
            for number in range(start, stop + 1):
                if sent:
                    printer.newPage()
                image = pages.render(number - 1, dpi)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                target = _fit(QSizeF(image.size()), paper)
                painter.drawImage(target, image)
                sent += 1
                if progress is not None and not progress(sent, stop - start + 1):
                    printer.abort()
                    break
        finally:
            painter.end()
        return sent
    finally:
        pages.close()


def _fit(size: QSizeF, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area`` keeping its proportions, centred."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)
