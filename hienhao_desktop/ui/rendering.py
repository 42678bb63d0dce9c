"""Rendering the report's PDF off the GUI thread, so the window never freezes.

``Build`` renders a private copy of a report on Qt's thread pool and reports through
``BuildSignals`` (pages done, the file, a failure, or that it stopped when its
``stop`` callable said so). The preview tab runs one after every pause in editing;
``render_with_progress`` runs one for export, printing and issuing, with a progress
dialog and a Stop button when it takes more than a moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hienhao_desktop.domain.model import Report

# How long an export may take before the progress dialog appears.
DIALOG_DELAY_MS = 400


class BuildSignals(QObject):
    page = Signal(int, int)  # tag, pages done
    done = Signal(int, bytes)  # tag, the PDF
    failed = Signal(int, str)  # tag, what went wrong
    stopped = Signal(int)  # tag


# A rendering: given "should I stop?" and "a page is done", the file's bytes.
Work = Callable[[Callable[[], bool], Callable[[int], None]], bytes]


def pdf_work(report: Report) -> Work:
    def work(stop: Callable[[], bool], page: Callable[[int], None]) -> bytes:
        from hienhao_desktop.export.pdf import render_pdf

        return render_pdf(report, cancelled=stop, progress=page)

    return work


def xlsx_work(report: Report) -> Work:
    def work(stop: Callable[[], bool], _page: Callable[[int], None]) -> bytes:
        from hienhao_desktop.export.xlsx import render_xlsx

        return render_xlsx(report, cancelled=stop)

    return work


def docx_work(report: Report) -> Work:
    def work(stop: Callable[[], bool], _page: Callable[[int], None]) -> bytes:
        from hienhao_desktop.export.docx import render_docx

        return render_docx(report, cancelled=stop)

    return work


class Build(QRunnable):
    """One rendering on the thread pool. Its work must use a private copy of the
    report: the GUI thread keeps editing its own. ``stop`` is asked on the rendering
    thread: it may only read plain values."""

    def __init__(self, tag: int, work: Work, stop: Callable[[], bool], signals: BuildSignals) -> None:
        super().__init__()
        self.tag = tag
        self.work = work
        self.stop = stop
        self.signals = signals

    def run(self) -> None:
        from hienhao_desktop.export.cancel import RenderCancelled

        try:
            data = self.work(self.stop, lambda n: self.signals.page.emit(self.tag, n))
        except RenderCancelled:
            self.signals.stopped.emit(self.tag)
            return
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            self.signals.failed.emit(self.tag, str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(self.tag, data)


class RenderFailed(Exception):
    """The PDF could not be rendered; the message says why."""


class _Waiter(QObject):
    """Receives one build's signals on the GUI thread (a QObject living there, so the
    worker's signals arrive queued) and ends the waiting loop."""

    def __init__(self, loop: QEventLoop, dialog: QProgressDialog) -> None:
        super().__init__()
        self.loop = loop
        self.dialog = dialog
        self.outcome: dict[str, object] = {}
        self.stop_asked = False

    def done(self, _tag: int, pdf: bytes) -> None:
        self._finish("pdf", pdf)

    def failed(self, _tag: int, message: str) -> None:
        self._finish("error", message)

    def stopped(self, _tag: int) -> None:
        self._finish("stopped", True)

    def page(self, _tag: int, pages: int) -> None:
        self.dialog.setLabelText(
            QCoreApplication.translate("Rendering", "Making the PDF… page %1").replace("%1", str(pages)))

    def ask_stop(self) -> None:
        self.stop_asked = True

    def _finish(self, key: str, value: object) -> None:
        self.outcome[key] = value
        self.loop.quit()


def render_with_progress(parent: QWidget, report: Report, kind: str = "pdf") -> bytes | None:
    """The report's PDF (or, with kind "xlsx" or "docx", its Excel workbook or Word
    file), made off the GUI thread. For the first moment the window only ignores input (a short export should
    not flash a dialog); after that a window-modal dialog shows the work (a PDF's pages
    done) and a Stop button. None when stopped."""
    loop = QEventLoop()
    dialog = QProgressDialog(parent)
    if kind == "xlsx":
        work = xlsx_work(report.copy())
        dialog.setWindowTitle(QCoreApplication.translate("Rendering", "Making the Excel workbook"))
        dialog.setLabelText(QCoreApplication.translate("Rendering", "Making the Excel workbook…"))
    elif kind == "docx":
        work = docx_work(report.copy())
        dialog.setWindowTitle(QCoreApplication.translate("Rendering", "Making the Word file"))
        dialog.setLabelText(QCoreApplication.translate("Rendering", "Making the Word file…"))
    else:
        work = pdf_work(report.copy())
        dialog.setWindowTitle(QCoreApplication.translate("Rendering", "Making the PDF"))
        dialog.setLabelText(QCoreApplication.translate("Rendering", "Making the PDF…"))
    dialog.setCancelButtonText(QCoreApplication.translate("Rendering", "Stop"))
    dialog.setRange(0, 0)  # the number of pages is known only at the end
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by this function, not by its own timer
    waiter = _Waiter(loop, dialog)
    signals = BuildSignals()
    signals.done.connect(waiter.done)
    signals.failed.connect(waiter.failed)
    signals.stopped.connect(waiter.stopped)
    signals.page.connect(waiter.page)
    dialog.canceled.connect(waiter.ask_stop)
    parent.setProperty("renderDialog", dialog)  # for tests: the dialog of the rendering under way

    QThreadPool.globalInstance().start(Build(0, work, lambda: waiter.stop_asked, signals))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(DIALOG_DELAY_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not waiter.outcome:
        dialog.show()
        loop.exec()
    timer.stop()
    dialog.canceled.disconnect(waiter.ask_stop)  # closing the dialog emits canceled: not a Stop
    shown = dialog.isVisible()
    dialog.close()
    if shown:
        # The keyboard back to the window: without a window manager handing it back
        # (and on Windows when another program took it) the next Ctrl+Z went nowhere.
        parent.window().activateWindow()
    parent.setProperty("renderDialog", None)
    outcome = waiter.outcome
    if "error" in outcome:
        raise RenderFailed(str(outcome["error"]))
    if "stopped" in outcome or waiter.stop_asked:
        return None  # Stop pressed as the work was ending: still stopped, nothing is written
    pdf = outcome["pdf"]
    assert isinstance(pdf, bytes)
    return pdf
