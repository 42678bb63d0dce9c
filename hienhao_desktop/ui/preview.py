"""The preview tab: the very PDF that export writes (or, for a final report, the
archived one), shown page by page with QtPdf.

The PDF is built off the GUI thread after edits settle, so typing never waits for
it; an edit makes a build under way stale: it stops at its next check (after a page's
work at most) and a newer one follows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.i18n import Context
from hienhao_desktop.ui.printing import PdfPages, PrintError
from hienhao_desktop.ui.rendering import Build, BuildSignals, pdf_work

REFRESH_DELAY_MS = 800


class Preview(Context):
    """The translation context "Preview" of this tab's texts, as a class for its plural
    string (``Preview.tr(text, "", n)``: ui/i18n.py says why)."""


class PreviewTab(QWidget):
    """``attach(document)`` follows a report; ``archived`` gives a final report's
    stored PDF (or None for a draft)."""

    built = Signal()  # a new PDF is on show

    def __init__(self, archived: Callable[[], bytes | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archived = archived
        self.document: ReportDocument | None = None
        self.pdf: bytes | None = None
        self._pages: PdfPages | None = None
        self._generation = 0
        self._shown = -1  # the generation whose PDF is on show
        self._dirty = True
        self._signals = BuildSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.stopped.connect(self._stopped)
        self._signals.page.connect(self._page)
        self.cancelled_builds = 0  # builds stopped half-way (gone stale, or Stop pressed)
        self._building = -1  # the generation being built, or -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.fit_width_button = QPushButton()
        self.fit_page_button = QPushButton()
        self.zoom_in_button = QPushButton()
        self.zoom_out_button = QPushButton()
        self.stop_button = QPushButton()  # while a build runs: long reports take seconds
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.rebuild_button = QPushButton()  # after Stop
        self.rebuild_button.clicked.connect(self.rebuild)
        self.rebuild_button.hide()
        self.fit_width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        bar = QHBoxLayout()
        for button in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.rebuild_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Preview", "Preview")

    def retranslate(self) -> None:
        self.fit_width_button.setText(QCoreApplication.translate("Preview", "Fit width"))
        self.fit_page_button.setText(QCoreApplication.translate("Preview", "Fit page"))
        self.zoom_in_button.setText(QCoreApplication.translate("Preview", "Zoom in"))
        self.zoom_out_button.setText(QCoreApplication.translate("Preview", "Zoom out"))
        self.stop_button.setText(QCoreApplication.translate("Preview", "Stop"))
        self.rebuild_button.setText(QCoreApplication.translate("Preview", "Build the preview"))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._changed)
        self._generation += 1  # whatever is being built belongs to the previous report
        self._dirty = True
        if document is None:  # nothing open (the last report was deleted): show no pages
            self._timer.stop()
            self._building_ended()
            self.view.setDocument(None)  # type: ignore[arg-type]
            if self._pages is not None:
                self._pages.close()
                self._pages = None
            self.pdf = None
            self.status.setText("")
            return
        if self.isVisible():
            self.rebuild()

    def _changed(self, _edit: object) -> None:
        self._dirty = True
        self._generation += 1  # a build under way is stale now: it stops at its next check
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._dirty:
            self.rebuild()

    def rebuild(self) -> None:
        """Build the PDF now (off the GUI thread)."""
        self._timer.stop()
        if self.document is None:
            return
        self._dirty = False
        self._generation += 1
        archived = self.archived()
        if archived is not None:
            self._done(self._generation, archived)
            return
        self.status.setText(QCoreApplication.translate("Preview", "Building the preview…"))
        generation = self._building = self._generation
        self.stop_button.show()
        self.rebuild_button.hide()
        QThreadPool.globalInstance().start(
            # The check runs on the build's thread: it only reads an int the GUI thread sets.
            Build(generation, pdf_work(self.document.report.copy()), lambda: self._generation != generation,
                  self._signals)
        )

    def stop(self) -> None:
        """Stop the build under way (a long report's takes seconds); the next edit, or
        the rebuild button, starts a new one."""
        if self._building < 0:
            return
        self._generation += 1
        self._dirty = True
        self._timer.stop()
        self._building_ended()
        self.rebuild_button.show()
        self.status.setText(QCoreApplication.translate("Preview", "Stopped: the preview is not up to date."))

    def _building_ended(self) -> None:
        self._building = -1
        self.stop_button.hide()

    def _page(self, generation: int, pages: int) -> None:
        if generation == self._generation:
            self.status.setText(
                QCoreApplication.translate("Preview", "Building the preview… page %1").replace("%1", str(pages)))

    def _done(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return  # an edit or another report came since: a newer build follows
        self._building_ended()
        try:
            pages = PdfPages(pdf)
        except PrintError as exc:
            self._failed(generation, str(exc))
            return
        self.view.setDocument(pages.document)
        if self._pages is not None:
            self._pages.close()
        self._pages = pages
        self.pdf = pdf
        self._shown = generation
        self.status.setText(Preview.tr("%n page(s)", "", pages.page_count))
        self.built.emit()

    def _stopped(self, generation: int) -> None:
        self.cancelled_builds += 1
        if generation == self._building and not self._timer.isActive():
            self._building_ended()  # no newer build under way or waiting to start

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._building_ended()
            self.status.setText(QCoreApplication.translate("Preview", "The preview could not be built: %1").replace("%1", message))

    def current_pdf(self) -> bytes | None:
        """The PDF on show if it is that of the report as it is now, else None."""
        if self._dirty or self._timer.isActive() or self._shown != self._generation:
            return None
        return self.pdf

    def wait_idle(self) -> None:
        """Block until running builds end (for closing and for tests)."""
        QThreadPool.globalInstance().waitForDone()

    def close_pdf(self) -> None:
        self._generation += 1  # a build under way stops at its next check instead of finishing
        self.wait_idle()
        if self._pages is not None:
            self._pages.close()
            self._pages = None
