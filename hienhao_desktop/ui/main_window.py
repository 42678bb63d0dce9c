"""The main window: the list of reports on the left, the open report's tabs on the
right, a short toolbar, and a status bar that says when the last change was saved."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.derive import blank_report, report_from_earlier
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import ReportSummary, Status
from hienhao_desktop.domain.validation import Problem, Severity, validate
from hienhao_desktop.storage.store import Archive, Store, StoreError
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.checklist import ChecklistDialog, summary_text
from hienhao_desktop.ui.dialogs import Dialogs
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.preview import PreviewTab
from hienhao_desktop.ui.settings import Settings
from hienhao_desktop.ui.tabs import ReportTab, make_tabs

WINDOW_SIZE = QSize(1366, 728)  # the common office screen, less the taskbar


def _file_name(title: str, suffix: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "bao-cao"
    return f"{name}{suffix}"


def _daily_backup(store: Store) -> None:
    """A rolling copy in backups/ beside the database, at most one per half day."""
    import logging
    import sqlite3

    from hienhao_desktop.storage.backup import rolling_backup

    try:
        rolling_backup(store)
    except (OSError, sqlite3.Error, Refused) as exc:  # a full or read-only disk must not stop the program
        logging.getLogger(__name__).warning("no backup copy made: %s", exc)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.dialogs = dialogs or Dialogs(self)
        self.document: ReportDocument | None = None
        self.undo_group = QUndoGroup(self)
        self.language = i18n.startup_language(self.settings.language)
        i18n.ensure_language(self.language)
        self._closed = False
        self.setMinimumSize(QSize(900, 560))
        self.resize(WINDOW_SIZE)

        # Left: the reports.
        self.report_list = QListWidget()
        self.report_list.setSpacing(2)
        self.report_list.setWordWrap(True)
        self.new_button = QPushButton()
        self.from_earlier_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.list_label = QLabel()
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.report_list, 1)
        grid = QGridLayout()
        grid.addWidget(self.new_button, 0, 0)
        grid.addWidget(self.from_earlier_button, 0, 1)
        grid.addWidget(self.duplicate_button, 1, 0)
        grid.addWidget(self.delete_button, 1, 1)
        left_layout.addLayout(grid)

        # Right: the open report.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 8px; border: 1px solid #e0c060;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.report_tabs: list[ReportTab] = make_tabs(self._choose_image)
        for tab in self.report_tabs:
            self.tabs.addTab(tab, "")
        self.preview = PreviewTab(self.archived_pdf)
        self.tabs.addTab(self.preview, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, WINDOW_SIZE.width() - 280])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.saved_label = QLabel()
        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.statusBar().addPermanentWidget(self.saved_label)

        self._make_actions()
        self.retranslate()
        self.new_button.clicked.connect(self.new_report)
        self.from_earlier_button.clicked.connect(self.new_from_earlier)
        self.duplicate_button.clicked.connect(self.duplicate_report)
        self.delete_button.clicked.connect(self.delete_report)
        self.problems_button.clicked.connect(self.show_checklist)
        self.report_list.currentItemChanged.connect(self._list_selection_changed)

        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.refresh_list()
        last = self.settings.last_report(str(self.store.path))
        ids = [s.id for s in self.store.list_reports()]
        if ids:
            self.open_report(last if last in ids else ids[0])
        else:
            self._update_state()

    # ---- opening a database ------------------------------------------------------------

    @classmethod
    def open_database(cls, db_path: Path | None, *, settings: Settings | None = None,
                      dialogs: Dialogs | None = None) -> MainWindow | None:
        """The window on ``db_path`` (default database when None). A missing file
        is created only after asking; a foreign or damaged one is refused."""
        from hienhao_desktop.storage.paths import ensure_default_database

        dialogs = dialogs or Dialogs()
        try:
            if db_path is None:
                db_path = ensure_default_database()
            elif not db_path.exists():
                if not dialogs.confirm(
                    QCoreApplication.translate("MainWindow", "Create a new data file?"),
                    QCoreApplication.translate("MainWindow", "There is no data file at %1. Create a new, empty one there?")
                    .replace("%1", str(db_path)),
                    QCoreApplication.translate("MainWindow", "Create"),
                    QCoreApplication.translate("MainWindow", "Do not create"),
                ):
                    return None
                Store.create(db_path).close()
            store = Store.open(db_path)
        except StoreError as exc:
            dialogs.error(QCoreApplication.translate("MainWindow", "Cannot open the data file"), str(exc))
            return None
        _daily_backup(store)
        window = cls(store, settings, dialogs)
        window.dialogs.parent = window
        return window

    # ---- actions -------------------------------------------------------------------

    def _make_actions(self) -> None:
        """Every action in one place; standard shortcuts, none with Ctrl+Shift
        (it switches the Vietnamese input method on and off)."""
        def action(slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            act.triggered.connect(slot)
            return act

        self.new_action = action(self.new_report, QKeySequence.StandardKey.New)
        self.import_action = action(self.import_json, QKeySequence.StandardKey.Open)
        self.export_json_action = action(self.export_json)
        self.export_pdf_action = action(self.export_pdf, "Ctrl+E")
        self.export_xlsx_action = action(self.export_xlsx)
        self.quit_action = action(self.close, "Ctrl+Q")
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y")])
        self.check_action = action(self.show_checklist, "F7")
        self.preview_action = action(self.show_preview, "F5")
        self.print_action = action(self.print_report, QKeySequence.StandardKey.Print)
        self.quick_print_action = action(self.quick_print)
        self.finalise_action = action(self.finalise_report)
        self.unlock_action = action(self.unlock_report)
        self.archives_action = action(self.show_archives)
        self.restore_action = action(self.restore_backup)
        self.help_action = action(self.show_help, "F1")
        self.about_action = action(self.show_about)

        self.file_menu = self.menuBar().addMenu("")
        for act in (self.new_action, self.import_action, None, self.preview_action, self.print_action,
                    self.quick_print_action, None, self.export_pdf_action, self.export_xlsx_action,
                    self.export_json_action, None, self.finalise_action, self.unlock_action, self.archives_action,
                    None, self.restore_action,
                    None, self.quit_action):
            self.file_menu.addSeparator() if act is None else self.file_menu.addAction(act)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.check_action)
        self._make_language_actions()
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = self.toolbar.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.toolbar.setFont(font)
        for act in (self.undo_action, self.redo_action, self.check_action, self.preview_action,
                    self.print_action, self.export_pdf_action, self.export_xlsx_action, self.finalise_action):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def _make_language_actions(self) -> None:
        """Edit > Convert from TCVN3/VNI, and the Language menu. Language names are
        written in their own language, so they are not translated."""
        from hienhao_desktop.ui.legacy_repair import convert_focused

        self.convert_legacy_action = QAction(self)
        self.convert_legacy_action.triggered.connect(lambda: convert_focused(self, self.dialogs))
        self.edit_menu.addAction(self.convert_legacy_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.language)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        self.language = i18n.normalise(language)
        self.settings.language = self.language
        self.language_actions[self.language].setChecked(True)
        i18n.use_language(self.language)  # Qt then sends LanguageChange everywhere

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Reports"))
        self.new_button.setText(self.tr("New report"))
        self.from_earlier_button.setText(self.tr("From an earlier one"))
        self.from_earlier_button.setToolTip(self.tr("A new report for the next term, with the organisation, "
                                               "recipients and signer of the selected report"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        for i, tab in enumerate(self.report_tabs):
            self.tabs.setTabText(i, tab.title())
        self.tabs.setTabText(len(self.report_tabs), self.preview.title())
        self.preview.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("New report"))
        self.import_action.setText(self.tr("Import from a JSON file…"))
        self.export_json_action.setText(self.tr("Export as JSON…"))
        self.export_pdf_action.setText(self.tr("Export PDF…"))
        self.export_xlsx_action.setText(self.tr("Export Excel…"))
        self.quit_action.setText(self.tr("Quit"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.check_action.setText(self.tr("Check"))
        self.check_action.setToolTip(self.tr("List what is missing or wrong in the report (F7)"))
        self.preview_action.setText(self.tr("Preview"))
        self.print_action.setText(self.tr("Print…"))
        self.quick_print_action.setText(self.tr("Quick print"))
        self.quick_print_action.setToolTip(self.tr("Print one copy on the default printer, without questions "
                                                   "(unless that printer only writes a file)"))
        self.finalise_action.setText(self.tr("Issue"))
        self.finalise_action.setToolTip(self.tr("Make the report final: its PDF is archived and it can no longer "
                                                "be changed without unlocking"))
        self.unlock_action.setText(self.tr("Unlock"))
        self.archives_action.setText(self.tr("Archived copies…"))
        self.restore_action.setText(self.tr("Restore a backup copy…"))
        self.help_action.setText(self.tr("Help"))
        self.about_action.setText(self.tr("About"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.convert_legacy_action.setText(self.tr("Convert the field from TCVN3/VNI"))
        self.convert_legacy_action.setToolTip(self.tr("Turn text typed with .VnTime (TCVN3) or VNI fonts "
                                                      "in the current field into Unicode"))
        self.refresh_list()
        self._update_state()

    # ---- the report list --------------------------------------------------------------

    def _summary_text(self, s: ReportSummary) -> str:
        kind = {"so_ket": self.tr("Periodic review"), "tong_ket": self.tr("End-of-year review")}.get(s.kind, s.kind)
        status = self.tr("final") if s.status == Status.FINAL else self.tr("draft")
        changed = s.updated_at[:16]
        return f"{kind} · {s.school_year} · {s.period}\n{status} · {changed}"

    def refresh_list(self) -> None:
        current = self.document.report_id if self.document else None
        self.report_list.blockSignals(True)
        self.report_list.clear()
        for s in self.store.list_reports():
            item = QListWidgetItem(self._summary_text(s))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(s.title)
            self.report_list.addItem(item)
            if s.id == current:
                self.report_list.setCurrentItem(item)
        self.report_list.blockSignals(False)

    def _list_selection_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            report_id = int(item.data(Qt.ItemDataRole.UserRole))
            if not self.document or self.document.report_id != report_id:
                self.open_report(report_id)

    # ---- opening a report -------------------------------------------------------------

    def open_report(self, report_id: int) -> None:
        if self.document is not None:
            self.document.flush()
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.deleteLater()
        try:
            self.document = ReportDocument(self.store, report_id, self)
        except Refused as exc:
            self.document = None
            self.dialogs.error(self.tr("Cannot open the report"), str(exc))
            self._attach(None)
            return
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.document.saved.connect(self._saved)
        self.document.failed.connect(self._failed)
        self.document.changed.connect(self._changed)
        self._attach(self.document)
        self.settings.set_last_report(str(self.store.path), report_id)
        self.refresh_list()

    def _attach(self, document: ReportDocument | None) -> None:
        for tab in self.report_tabs:
            tab.attach(document)
        self.preview.attach(document)
        self._update_state()

    def _update_state(self) -> None:
        doc = self.document
        has_doc = doc is not None
        for widget in (self.from_earlier_button, self.duplicate_button, self.delete_button):
            widget.setEnabled(has_doc)
        for act in (self.export_json_action, self.export_pdf_action, self.export_xlsx_action, self.check_action,
                    self.preview_action, self.print_action, self.quick_print_action, self.archives_action):
            act.setEnabled(has_doc)
        self.finalise_action.setEnabled(has_doc and not doc.read_only)
        self.unlock_action.setEnabled(has_doc and doc.read_only)
        self.tabs.setEnabled(has_doc)
        if doc is None:
            self.setWindowTitle(self.tr("Hiền Hào – Reports"))
            self.problems_button.setText("")
            self.banner.hide()
            return
        self.setWindowTitle(f"{doc.report.effective_title} – Hiền Hào")
        if doc.read_only:
            self.banner.setText(self.tr("This report is final: it opens read-only. "
                                        "Its archived PDF is what is printed and exported."))
            self.banner.show()
        else:
            self.banner.hide()
        self.problems_button.setText(summary_text(self.problems()))

    def problems(self) -> list[Problem]:
        return validate(self.document.report) if self.document else []

    def _changed(self, _edit: object) -> None:
        self._update_state()
        # The list shows kind, year and term: keep it current.
        item = self.report_list.currentItem()
        if item is not None and self.document is not None:
            item.setText(self._summary_text(self.document.summary))
            item.setToolTip(self.document.report.effective_title)

    def _saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", when.strftime("%H:%M")))

    def _failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # ---- reports: new, from earlier, duplicate, delete --------------------------------------

    def _show_added(self, report_id: int, first_tab: bool = False) -> None:
        """A report just added to the store: into the list, open, optionally on its first tab."""
        self.refresh_list()
        self.open_report(report_id)
        if first_tab:
            self.tabs.setCurrentIndex(0)

    def new_report(self) -> None:
        self._show_added(self.store.add_report(blank_report()), first_tab=True)

    def new_from_earlier(self) -> None:
        if self.document is None:
            return
        self.document.flush()
        earlier = self.document.report
        use_plans = bool(earlier.solutions) and self.dialogs.confirm(
            self.tr("New report from an earlier one"),
            self.tr("Start the new report's assessment with the plans of the earlier report (%1 items)?")
            .replace("%1", str(len(earlier.solutions))),
            self.tr("Use the plans"), self.tr("Start empty"),
        )
        self._show_added(self.store.add_report(report_from_earlier(earlier, plans_as_assessment=use_plans)),
                         first_tab=True)

    def duplicate_report(self) -> None:
        if self.document is None:
            return
        self.document.flush()
        self._show_added(self.store.duplicate(self.document.report_id))

    def delete_report(self) -> None:
        if self.document is None:
            return
        title = self.document.report.effective_title
        if not self.dialogs.confirm(
            self.tr("Delete the report?"),
            self.tr("Delete the report \u201c%1\u201d? This cannot be undone.").replace("%1", title),
            self.tr("Delete"), self.tr("Do not delete"),
        ):
            return
        report_id = self.document.report_id
        self.undo_group.removeStack(self.document.undo_stack)
        self.document.deleteLater()
        self.document = None
        self.store.delete(report_id)
        self.refresh_list()
        remaining = self.store.list_reports()
        if remaining:
            self.open_report(remaining[0].id)
        else:
            self._attach(None)

    # ---- checking, jumping to a field ------------------------------------------------------

    def focus_path(self, path: str) -> bool:
        for i, tab in enumerate(self.report_tabs):
            if tab.owns(path):
                self.tabs.setCurrentIndex(i)
                return tab.focus(path)
        return False

    def show_checklist(self) -> None:
        if self.document is None:
            return
        self.document.flush()
        dialog = ChecklistDialog(self.problems(), self.focus_path, self._core_language(), parent=self)
        dialog.setModal(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.checklist_dialog = dialog

    def _core_language(self) -> str:
        return i18n.current_language()

    def check_before_export(self) -> bool:
        """Shown before export when something must still be fixed."""
        errors = [p for p in self.problems() if p.severity == Severity.ERROR]
        if not errors:
            return True
        return self.dialogs.confirm_export(errors, self.focus_path, self._core_language())

    # ---- import and export -------------------------------------------------------------

    def _ready_for_export(self) -> bool:
        if self.document is None:
            return False
        self.document.flush()
        return self.check_before_export()

    def _write(self, path: Path, render: Callable[[], bytes | None]) -> bool:
        from hienhao_desktop.storage.files import write_atomic

        data = render()
        if data is None:  # stopped by the user: the old file stays as it was
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_atomic(path, data)
        except Refused as exc:
            QGuiApplication.restoreOverrideCursor()
            self.dialogs.error(self.tr("Not exported"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.settings.last_folder = str(path.parent)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 10000)
        return True

    def _suggest(self, suffix: str) -> str:
        assert self.document is not None
        name = _file_name(self.document.report.effective_title, suffix)
        folder = self.settings.last_folder
        return str(Path(folder) / name) if folder else name

    def archived_pdf(self) -> bytes | None:
        """The archived PDF when the open report is final, else None."""
        if self.document is None:
            return None
        archive = self.store.current_archive(self.document.report_id)
        return archive.pdf if archive is not None else None

    def pdf_bytes(self) -> bytes | None:
        """The PDF of the open report: the archived one when the report is final,
        else the one export writes (the preview's, when it is up to date). Rendered off
        the GUI thread, with a progress dialog when it takes more than a moment; None
        when the user stopped it there."""
        assert self.document is not None
        archived = self.archived_pdf()
        if archived is not None:
            return archived
        shown = self.preview.current_pdf()  # built already: no second rendering
        if shown is not None:
            return shown
        from hienhao_desktop.ui.rendering import render_with_progress

        pdf = render_with_progress(self, self.document.report)
        if pdf is None:
            self.statusBar().showMessage(self.tr("Stopped: nothing was made."), 10000)
        return pdf

    def export_pdf(self) -> bool:
        if not self._ready_for_export():
            return False
        path = self.dialogs.save_file(self.tr("Export PDF"), self._suggest(".pdf"), self.tr("PDF files (*.pdf)"))
        return path is not None and self._write(path, self.pdf_bytes)

    def export_xlsx(self) -> bool:
        if not self._ready_for_export():
            return False
        path = self.dialogs.save_file(self.tr("Export Excel"), self._suggest(".xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return False
        from hienhao_desktop.ui.rendering import render_with_progress

        assert self.document is not None
        report = self.document.report

        def workbook() -> bytes | None:
            data = render_with_progress(self, report, "xlsx")
            if data is None:
                self.statusBar().showMessage(self.tr("Stopped: nothing was made."), 10000)
            return data

        return self._write(path, workbook)

    def export_json(self) -> bool:
        if self.document is None:
            return False
        self.document.flush()
        path = self.dialogs.save_file(self.tr("Export as JSON"), self._suggest(".json"),
                                      self.tr("Report files (*.json)"))
        if path is None:
            return False
        from hienhao_desktop.storage import exchange

        report = self.document.report
        return self._write(path, lambda: exchange.dumps(report).encode("utf-8"))

    def import_json(self) -> int | None:
        path = self.dialogs.open_file(self.tr("Import a report"), self.tr("Report files (*.json)"),
                                      self.settings.last_folder)
        if path is None:
            return None
        from hienhao_desktop.storage import exchange

        try:
            report = exchange.read_file(path)
        except exchange.ExchangeError as exc:
            self.dialogs.error(self.tr("Not imported"), exc.message(self._core_language()) + "\n\n"
                               + self.tr("Nothing was changed."))
            return None
        report_id = self.store.add_report(report)
        self._show_added(report_id)
        return report_id

    def _choose_image(self, _path: str) -> Path | None:
        return self.dialogs.open_file(self.tr("Choose an image"), self.tr("PNG images (*.png)"),
                                      self.settings.last_folder)

    # ---- preview, printing, issuing -------------------------------------------------------

    def show_preview(self) -> None:
        self.tabs.setCurrentWidget(self.preview)

    def print_report(self, pdf: bytes | None = None) -> int:
        """Print with the standard dialog (printer, copies, page range). Returns the
        number of pages sent (0 when cancelled or refused)."""
        from hienhao_desktop.ui.printing import PdfPages, PrintError, current_plan, make_printer, printer_note

        if pdf is None:
            if not self._ready_for_export():
                return 0
            pdf = self.pdf_bytes()
            if pdf is None:
                return 0
        try:
            printer = make_printer(None)
        except PrintError as exc:
            self.dialogs.error(self.tr("Cannot print"), str(exc))
            return 0
        pages = PdfPages(pdf)
        count = pages.page_count
        pages.close()
        self.statusBar().showMessage(printer_note(printer.printerName(), current_plan()))  # the default, preselected
        if not self.dialogs.print_dialog(printer, count):
            return 0
        return self._send(pdf, printer, printer.fromPage(), printer.toPage())

    def quick_print(self) -> int:
        """One copy on the default printer, no dialog (unless that printer only writes a file)."""
        from hienhao_desktop.ui.printing import PrintError, make_printer, quick_printer

        if not self._ready_for_export():
            return 0
        try:
            name = quick_printer(self.dialogs)  # asks when the default is "Microsoft Print to PDF" & co.
            if name is None:
                return 0
            printer = make_printer(name)
        except PrintError as exc:
            self.dialogs.error(self.tr("Cannot print"), str(exc))
            return 0
        pdf = self.pdf_bytes()
        return 0 if pdf is None else self._send(pdf, printer, 0, 0)

    def _send(self, pdf: bytes, printer: QPrinter, first: int, last: int) -> int:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from hienhao_desktop.ui.printing import PrintError, print_pdf

        progress = QProgressDialog(self.tr("Sending the pages to the printer…"), self.tr("Stop"), 0, 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            sent = print_pdf(pdf, printer, first=first, last=last, progress=step)
        except PrintError as exc:
            self.dialogs.error(self.tr("Cannot print"), str(exc))
            return 0
        finally:
            progress.close()
        self.statusBar().showMessage(self.tr("%n page(s) sent to %1", "", sent)
                                     .replace("%1", printer.printerName()), 10000)
        return sent

    def finalise_report(self) -> bool:
        """Ban hành: archive the exact PDF and make the report read-only."""
        if self.document is None or self.document.read_only:
            return False
        if not self._ready_for_export():
            return False
        if not self.dialogs.confirm(
            self.tr("Issue the report?"),
            self.tr("Issuing makes the report final: its PDF is archived exactly as it is now and is what "
                    "will be printed and exported from now on. To change it later you must unlock it, "
                    "which starts a new revision."),
            self.tr("Issue"), self.tr("Not yet"),
        ):
            return False
        report_id = self.document.report_id
        pdf = self.pdf_bytes()
        if pdf is None:
            return False
        archive = self.store.finalise(report_id, pdf)
        self.open_report(report_id)
        self.statusBar().showMessage(self.tr("Issued. SHA-256 of the archived PDF: %1").replace("%1", archive.sha256),
                                     15000)
        return True

    def unlock_report(self) -> bool:
        if self.document is None or not self.document.read_only:
            return False
        if not self.dialogs.confirm(
            self.tr("Unlock the report?"),
            self.tr("Unlocking makes a new draft revision that can be changed. The archived PDF of the issued "
                    "revision stays kept under Archived copies."),
            self.tr("Unlock"), self.tr("Keep it final"),
        ):
            return False
        report_id = self.document.report_id
        self.store.unlock(report_id)
        self.open_report(report_id)
        return True

    def restore_backup(self) -> bool:
        """Khôi phục: replace every report with those of a backup copy, after a
        confirmation; the present data is copied to the backups first."""
        import sqlite3

        from hienhao_desktop.storage.backup import backup_dir, rolling_backup

        path = self.dialogs.open_file(self.tr("Restore a backup copy"), self.tr("Backup copies (*.sqlite3)"),
                                      str(backup_dir(self.store.path)))
        if path is None:
            return False
        if not self.dialogs.confirm(
            self.tr("Restore the backup copy?"),
            self.tr("All reports will be replaced by those in the backup copy %1. The present data is first "
                    "copied to the backups folder, so restoring that copy brings it back.").replace("%1", path.name),
            self.tr("Restore"), self.tr("Do not restore"),
        ):
            return False
        if self.document is not None:
            self.document.flush()
        try:
            rolling_backup(self.store, min_age=dt.timedelta(0))
            self.store.restore_from(path)
        except (Refused, OSError, sqlite3.Error) as exc:
            self.dialogs.error(self.tr("Not restored"), str(exc))
            return False
        if self.document is not None:  # its undo history belongs to the replaced data
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.deleteLater()
            self.document = None
        self.refresh_list()
        reports = self.store.list_reports()
        if reports:
            self.open_report(reports[0].id)
        else:
            self._attach(None)
        self.statusBar().showMessage(self.tr("Restored from %1").replace("%1", str(path)), 10000)
        return True

    def show_archives(self) -> None:
        if self.document is None:
            return
        from hienhao_desktop.ui.archives import ArchivesDialog

        def export(archive: Archive) -> None:
            path = self.dialogs.save_file(self.tr("Export PDF"), self._suggest(f" (lan {archive.revision}).pdf"),
                                          self.tr("PDF files (*.pdf)"))
            if path is not None:
                self._write(path, lambda: archive.pdf)

        dialog = ArchivesDialog(self.store.archives(self.document.report_id), export,
                                lambda archive: self.print_report(archive.pdf), self)
        dialog.exec()

    # ---- help ------------------------------------------------------------------------

    def show_help(self) -> None:
        self.dialogs.info(self.tr("Help"), self.tr(
            "<h3>Writing the report</h3>"
            "<p>Choose a report on the left, or make one with <b>New report</b> or "
            "<b>From an earlier one</b> (it copies the organisation, recipients and signer).</p>"
            "<p>Fill in the tabs from left to right; they follow the printed report. "
            "Everything you type is saved by itself within a second: there is no Save button. "
            "<b>Undo</b> (Ctrl+Z) and <b>Redo</b> (Ctrl+Y) take back any change.</p>"
            "<p>In the activity table, the numbers (Stt) and the total are counted for you. "
            "You can paste rows copied from Excel or Word with Ctrl+V.</p>"
            "<p><b>Check</b> (F7) lists what is still missing; double-click a line to go there. "
            "<b>Export PDF</b> (Ctrl+E) writes the report laid out as Decree 30/2020/NĐ-CP requires.</p>"
            "<p><b>Preview</b> (F5) shows the very pages that will be printed; <b>Print</b> (Ctrl+P) "
            "prints them. When the report is signed off, <b>Issue</b> it: its PDF is archived as it is "
            "and the report can no longer be changed unless you <b>Unlock</b> it.</p>"))

    def show_about(self) -> None:
        from hienhao_desktop import __version__

        self.dialogs.info(self.tr("About"), self.tr(
            "Hiền Hào – Reports %1\nThe periodic review reports of the Community Learning Centre."
        ).replace("%1", __version__))

    # ---- closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document is not None:
            self.document.flush()
        self.preview.close_pdf()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.store.close()
        self._closed = True
        event.accept()

