"""Nhập từ Word: what was recognised in the Word file, shown before anything is saved.

On the left the importer's own summary (the header fields it found, the title, the
parts with their roles, headings, paragraphs and list items, the tables and their
rows, the activity table, what became plain paragraphs, and its notes); on the right
the recognised report as it will print (its PDF, built off the GUI thread), read only.
*Nhập báo cáo này* keeps it as a new report; *Không nhập* leaves the data file as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.model import Report
from hienhao_desktop.ui.printing import PdfPages, PrintError
from hienhao_desktop.ui.rendering import Build, BuildSignals, pdf_work


class ImportPreview(QDialog):
    """``confirmed`` is True once the person chose to keep the report."""

    def __init__(self, report: Report, summary: list[str], source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.confirmed = False
        self._pages: PdfPages | None = None
        self._closed = False
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import from Word"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "ImportPreview", "This is what was recognised in %1. Nothing is saved yet: look it over, then keep it "
            "as a new report or leave it.").replace("%1", source))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QPlainTextEdit("\n".join(summary))
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(QCoreApplication.translate("ImportPreview", "Laying out the pages…"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.summary)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.import_button: QPushButton = buttons.addButton(
            QCoreApplication.translate("ImportPreview", "Import this report"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = buttons.addButton(
            QCoreApplication.translate("ImportPreview", "Do not import"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._signals = BuildSignals(self)
        self._signals.done.connect(self._built)
        self._signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(Build(0, pdf_work(report.copy()), lambda: self._closed, self._signals))

    def _confirm(self) -> None:
        self.confirmed = True
        self.accept()

    def _built(self, _tag: int, pdf: bytes) -> None:
        if self._closed:
            return
        try:
            pages = PdfPages(pdf)
        except PrintError as exc:
            self._failed(0, str(exc))
            return
        self._pages = pages
        self.view.setDocument(pages.document)
        self.status.setText(QCoreApplication.translate("ImportPreview", "How the report will print (read only):"))

    def _failed(self, _tag: int, message: str) -> None:
        if not self._closed:
            self.status.setText(QCoreApplication.translate("ImportPreview", "The pages could not be laid out: %1")
                                .replace("%1", message))

    def done(self, result: int) -> None:
        self._finish()
        super().done(result)

    def closeEvent(self, event: object) -> None:
        self._finish()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _finish(self) -> None:
        """The build stops at its next check; the pages are let go."""
        if self._closed:
            return
        self._closed = True
        QThreadPool.globalInstance().waitForDone()
        self.view.setDocument(None)  # type: ignore[arg-type]
        if self._pages is not None:
            self._pages.close()
            self._pages = None
