"""The main window: the list of reports on the left, the open report's tabs on the
right, a short toolbar, and a status bar that says when the last change was saved.

Commands (actions, menus, toolbar) live in ``ui/actions.py``; what they do to whole
reports (new, delete, import, export, print, issue, unlock, restore) in
``ui/operations.py``, which reports success or failure through one path. This
module keeps the window itself: its layout on the screen it is on, the report that
is open, saving on every change of place (field, tab, report, window), and undo.

It also keeps the data file safe from the outside: the window opens it holding its
lock and calls a window already open on it forward instead of opening a second one
(``ui/instance.py``); when the file turns out to be deleted, replaced or changed by
another program (``DatabaseChanged``, met by a write or by the check made whenever the
window is activated), the window stops writing, keeps the report on screen as typed
and offers to save it elsewhere (``ui/file_problem.py``, ``file_changed_underneath``).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import normalize as N
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import ReportSummary, Status
from hienhao_desktop.domain.paths import parse
from hienhao_desktop.domain.validation import Problem, validate
from hienhao_desktop.storage.store import DatabaseChanged, DatabaseInUse, EmptyDatabase, Store
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.actions import Commands
from hienhao_desktop.ui.activities import ActivityTable
from hienhao_desktop.ui.checklist import ChecklistDialog, summary_text
from hienhao_desktop.ui.dialogs import Dialogs
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.failures import EXPECTED, log_path_text, message_of, read_failure, report_failure
from hienhao_desktop.ui.file_problem import FileProblemBar
from hienhao_desktop.ui.operations import Operations
from hienhao_desktop.ui.outline_editor import TableRequest
from hienhao_desktop.ui.preview import PreviewTab
from hienhao_desktop.ui.settings import Settings
from hienhao_desktop.ui.tabs import GeneralTab, OpeningTab, OutlineTab, PartTab, ReportTab, SigningTab

WINDOW_SIZE = QSize(1366, 728)  # the common office screen, less the taskbar
MINIMUM_SIZE = QSize(760, 520)  # 1024×768 and 1920×1080 at 150 % leave more than this
LIST_WIDTH = 240  # the report list; narrower on small screens
SMALL_LIST_WIDTH = 170
SMALL_WIDTH = 1300
FRAME = QSize(16, 40)  # room for a window manager's borders and title bar
PART_TITLE_LENGTHS = (22, 14, 8, 0)  # a part's tab: its heading cut to these, the first that fits

log = logging.getLogger(__name__)


def _daily_backup(store: Store) -> None:
    """A rolling copy in backups/ beside the database, at most one per half day."""
    import logging
    import sqlite3

    from hienhao_desktop.storage.backup import rolling_backup

    try:
        rolling_backup(store)
    except (OSError, sqlite3.Error, Refused) as exc:  # a full or read-only disk must not stop the program
        logging.getLogger(__name__).warning("no backup copy made: %s", exc)


class _OneUndo(QObject):
    """One undo for everything: Ctrl+Z / Ctrl+Y typed in a text box go to the
    report's undo (which first saves what the box holds), not to the box's own
    history, which would undo letters the report's history does not know about.
    Only these two keys are taken; everything else (input methods included) reaches
    the box untouched."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @staticmethod
    def _which(event: QKeyEvent) -> str | None:
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo) or (ctrl and event.key() == Qt.Key.Key_Z):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (ctrl and event.key() == Qt.Key.Key_Y):
            return "redo"
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        text_box = isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit) or (
            isinstance(obj, QComboBox) and obj.isEditable())  # the period: its keys go to its own line edit
        if not text_box or not isinstance(obj, QWidget) or not self.window.isAncestorOf(obj):
            return False
        assert isinstance(event, QKeyEvent)
        which = self._which(event)
        if which is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.window.undo() if which == "undo" else self.window.redo()
        return True


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.dialogs = dialogs or Dialogs(self)
        if self.dialogs.parent is None:
            self.dialogs.parent = self
        self.document: ReportDocument | None = None
        self.language = i18n.startup_language(self.settings.language)
        i18n.ensure_language(self.language)
        self._closed = False
        self._last_saved: dt.datetime | None = None
        # Why the data file can no longer be written (None: all is well): see file_changed_underneath.
        self.file_problem: DatabaseChanged | None = None
        self._server: QObject | None = None  # instance.WindowServer, when the window holds the lock
        self.checklist_dialog: ChecklistDialog | None = None
        self.setMinimumSize(MINIMUM_SIZE)
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
        left_layout.setContentsMargins(6, 8, 2, 8)
        self.list_label = QLabel()
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.report_list, 1)
        grid = QGridLayout()  # one column: the list can be narrow on a small screen
        for row, button in enumerate((self.new_button, self.from_earlier_button, self.duplicate_button,
                                      self.delete_button)):
            grid.addWidget(button, row, 0)
        left_layout.addLayout(grid)

        # Right: the open report.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 8px; border: 1px solid #e0c060;")
        self.banner.hide()
        self.file_bar = FileProblemBar()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # every title in sight: a long part heading is elided
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 4px 5px; }")
        # The tabs: Thông tin chung, Mở đầu, one per part (made as parts come and go),
        # Nơi nhận và ký, Xem trước. The activity table is one widget, shown in the
        # page of whichever part (or the opening) prints it.
        self.general = GeneralTab()
        self.opening = OpeningTab(self._ask_table)
        self.part_tabs: list[PartTab] = []
        self.signing = SigningTab(self._choose_image)
        self.activity_table = ActivityTable()
        self._activity_host: OutlineTab | None = None
        for tab in (self.general, self.opening, self.signing):
            self.tabs.addTab(tab, "")
        self.preview = PreviewTab(self.archived_pdf)
        self.tabs.addTab(self.preview, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 6, 4, 4)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.file_bar)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, WINDOW_SIZE.width() - LIST_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.saved_label = QLabel()
        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.ops = Operations(self)
        self.commands = Commands(self, self.ops)
        self._part_commands: dict[str, Callable[[], object]] = {"add": self.commands.add_part.trigger, "remove": self.commands.remove_part.trigger,
                               "up": self.commands.move_part_up.trigger, "down": self.commands.move_part_down.trigger}
        self._one_undo = _OneUndo(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._one_undo)
        self.retranslate()
        self.new_button.clicked.connect(self.commands.new.trigger)
        self.from_earlier_button.clicked.connect(self._from_earlier_clicked)
        self.duplicate_button.clicked.connect(self._duplicate_clicked)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.problems_button.clicked.connect(self._problems_clicked)
        self.file_bar.new_file_button.clicked.connect(self._save_into_new_clicked)
        self.file_bar.json_button.clicked.connect(self._save_as_json_clicked)
        self.file_bar.reload_button.clicked.connect(self._reload_clicked)
        self.report_list.currentItemChanged.connect(self._list_selection_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.installEventFilter(self)

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

    @property
    def report_tabs(self) -> list[ReportTab]:
        """The report's tabs in their order (the preview excepted)."""
        return [self.general, self.opening, *self.part_tabs, self.signing]

    def outline_tabs(self) -> list[OutlineTab]:
        return [self.opening, *self.part_tabs]

    # Buttons call operations through these (no argument from clicked(bool) passes on).
    def _from_earlier_clicked(self) -> None:
        self.ops.new_from_earlier()

    def _duplicate_clicked(self) -> None:
        self.ops.duplicate_report()

    def _delete_clicked(self) -> None:
        self.ops.delete_report()

    def _problems_clicked(self) -> None:
        self.show_checklist()

    def _save_into_new_clicked(self) -> None:
        self.ops.save_into_new_data_file()

    def _save_as_json_clicked(self) -> None:
        self.ops.export_json()

    def _reload_clicked(self) -> None:
        self.ops.reload_from_file()

    # ---- opening a database ------------------------------------------------------------

    @classmethod
    def open_database(cls, db_path: Path | None, *, settings: Settings | None = None,
                      dialogs: Dialogs | None = None) -> MainWindow | None:
        """The window on ``db_path`` (default database when None), holding the data
        file's lock. A missing file is created, and an empty one (an interrupted
        creation) made anew, only after asking; a foreign or damaged one is refused.
        When a window of this user on this computer has the file open already, it is
        called forward instead and ``instance.AlreadyOpenHere`` is raised (the caller
        ends quietly); a holder elsewhere, or one that does not answer, is named in a
        message and None returned."""
        from hienhao_desktop.storage.paths import ensure_default_database
        from hienhao_desktop.ui import instance

        dialogs = dialogs or Dialogs()
        translate = QCoreApplication.translate
        try:
            if db_path is None:
                db_path = ensure_default_database()  # an empty one is made anew, with the sample
            elif not os.path.lexists(db_path):
                if not dialogs.confirm(
                    translate("MainWindow", "Create a new data file?"),
                    translate("MainWindow", "There is no data file at %1. Create a new, empty one there?")
                    .replace("%1", str(db_path)),
                    translate("MainWindow", "Create"),
                    translate("MainWindow", "Do not create"),
                ):
                    return None
                Store.create(db_path).close()
            if os.name == "posix":
                # Its real name: the lock file lies beside it, so a window opened through
                # a link in another folder meets the same lock (Windows: beside it anyway).
                db_path = db_path.resolve()
            try:
                store = instance.open_for_editing(db_path)
            except EmptyDatabase:
                if not dialogs.confirm(
                    translate("MainWindow", "Make the data file anew?"),
                    translate("MainWindow", "The data file %1 holds nothing: an earlier attempt to create it was "
                              "interrupted (a power cut, or the program was closed at that moment). Make it anew "
                              "there, as an empty data file?").replace("%1", str(db_path)),
                    translate("MainWindow", "Make it anew"),
                    translate("MainWindow", "Leave it as it is"),
                ):
                    return None
                store = instance.open_for_editing(db_path, rebuild_empty=True)
        except DatabaseInUse as exc:
            title, text = instance.open_refusal(exc)
            log.warning("%s: %s", title, text)
            dialogs.error(title, text)
            return None
        except EXPECTED as exc:
            report_failure(dialogs, translate("MainWindow", "Cannot open the data file"), exc)
            return None
        try:
            _daily_backup(store)
            window = cls(store, settings, dialogs)
        except EXPECTED as exc:  # the file fails right after opening (a USB stick pulled out)
            store.close()
            report_failure(dialogs, translate("MainWindow", "Cannot open the data file"), exc, store.path)
            return None
        window.dialogs.parent = window
        window.listen_for_second_starts()
        return window

    def listen_for_second_starts(self) -> None:
        """While the window holds its data file, a second start of the program on the
        same file calls this window forward (``ui/instance.py``)."""
        if self._server is not None or not self.store.holds_lock:
            return
        from hienhao_desktop.ui.instance import WindowServer

        server = WindowServer(self.store.path, self.come_forward, self)
        server.listen()
        self._server = server

    def _stop_listening(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            from hienhao_desktop.ui.instance import WindowServer

            assert isinstance(server, WindowServer)
            server.close()
            server.deleteLater()

    def come_forward(self) -> None:
        """The program was started again on this data file: this window comes to the
        front and says why no second one opened."""
        if self._closed:
            return
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # the taskbar button flashes if the system keeps the window behind
        self.statusBar().showMessage(self.tr(
            "The program was opened again on this data file: it stays in this one window, so that two windows "
            "never change the same file."), 30000)

    # ---- screens ---------------------------------------------------------------------

    def fit_to_screen(self) -> bool:
        """Never larger than the screen's free area (the taskbar and the title bar
        allowed for): on a screen that cannot hold the usual size with its frame
        (1366×768 and smaller, or 150 % on a laptop) the window is shown maximised,
        which the window manager fits exactly. Returns True when it maximised."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return False
        free = screen.availableGeometry()
        list_width = LIST_WIDTH if free.width() >= SMALL_WIDTH else SMALL_LIST_WIDTH
        self.splitter.setSizes([list_width, max(free.width(), WINDOW_SIZE.width()) - list_width])
        if free.width() < WINDOW_SIZE.width() + FRAME.width() or free.height() < WINDOW_SIZE.height() + FRAME.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return True
        self.resize(WINDOW_SIZE)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and not self.isMaximized():
            self.fit_to_screen()

    # ---- language --------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        if self.document is not None:
            self.document.flush()
        self.language = i18n.normalise(language)
        self.settings.language = self.language
        self.commands.languages[self.language].setChecked(True)
        i18n.use_language(self.language)  # Qt then sends LanguageChange everywhere

    def core_language(self) -> str:
        return i18n.current_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and not self._closed:
            if not self.isActiveWindow():
                if self.document is not None:  # the person went to another program: save what is typed
                    self.document.flush()
            else:  # back from another program, which may have deleted or replaced the data file
                QTimer.singleShot(0, self.check_file)
        super().changeEvent(event)

    def retranslate(self) -> None:
        # The program's name, which Qt adds to the title bar after the report's title.
        QApplication.setApplicationDisplayName(self.tr("Hiền Hào – Reports"))
        self.list_label.setText(self.tr("Reports"))
        self.new_button.setText(self.tr("New report"))
        self.from_earlier_button.setText(self.tr("From an earlier one"))
        self.from_earlier_button.setToolTip(self.tr("A new report for the next term, with the organisation, "
                                                    "recipients and signer of the selected report"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self._retitle_tabs()
        self.preview.retranslate()
        self.file_bar.retranslate()
        self.commands.retranslate()
        self._show_saved()
        self.refresh_list()
        self._update_state()

    # ---- the report list --------------------------------------------------------------

    def _summary_text(self, s: ReportSummary) -> str:
        kind = {"so_ket": self.tr("Periodic review"), "tong_ket": self.tr("End-of-year review"),
                "other": self.tr("Report")}.get(s.kind, s.kind)
        status = self.tr("final") if s.status == Status.FINAL else self.tr("draft")
        try:  # 30/11/2026 14:05, as the clerk writes dates
            changed = dt.datetime.fromisoformat(s.updated_at).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            changed = s.updated_at[:16]
        what = " · ".join(w for w in (kind, s.school_year, s.period) if w)
        if s.kind == "other" and s.title:
            what = f"{kind} · {s.title[:40]}"
        return f"{what}\n{status} · {changed}"

    def refresh_list(self) -> None:
        current = self.document.report_id if self.document else None
        self.report_list.blockSignals(True)
        self.report_list.clear()
        try:
            summaries = self.store.list_reports()
        except Exception as exc:  # the file went away underneath: say so, keep the window
            self.statusBar().showMessage(message_of(exc), 10000)
            summaries = []
        for s in summaries:
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

    def close_document(self) -> None:
        """Save what is typed into the open report, then let go of it: every field
        lets go of it too, so nothing typed later can reach it."""
        document = self.document
        if document is None:
            return
        document.flush()
        self.attach(None)
        document.close()
        self.document = None
        self._update_state()
        self.commands.update_undo_texts()
        document.deleteLater()

    def open_report(self, report_id: int) -> None:
        if self.document is not None:
            self.document.flush()
            if self.document.stopped is not None:  # the data file was lost: keep the report as typed
                self.file_changed_underneath(self.document.stopped)
                self.refresh_list()
                return
        self.close_document()
        try:
            document = ReportDocument(self.store, report_id, self)
        except EXPECTED as exc:
            report_failure(self.dialogs, self.tr("Cannot open the report"), exc, self.store.path)
            self.attach(None)
            self.refresh_list()
            return
        self.document = document
        document.saved.connect(self._saved)
        document.failed.connect(self._failed)
        document.storeFailed.connect(self._store_failed)
        # Once the edit that met the changed file is on screen, not inside it.
        document.fileChanged.connect(self.file_changed_underneath, Qt.ConnectionType.QueuedConnection)
        document.changed.connect(self._changed)
        stack = document.undo_stack
        stack.indexChanged.connect(self._undo_changed)
        stack.cleanChanged.connect(self._undo_changed)
        self.attach(document)
        self.settings.set_last_report(str(self.store.path), report_id)
        self.refresh_list()
        self.commands.update_undo_texts()

    def attach(self, document: ReportDocument | None) -> None:
        self.activity_table.attach(document)
        self._sync_parts(document)
        for tab in (self.general, self.opening, self.signing):
            tab.attach(document)
        self.preview.attach(document)
        self._place_activity_table()
        self._retitle_tabs()
        self._update_state()

    # ---- the parts' tabs --------------------------------------------------------------

    def _sync_parts(self, document: ReportDocument | None) -> None:
        """One tab per part of ``document``'s report, tab i showing part i: after
        opening a report, and after parts were added, removed or moved (also by undo).
        Every tab then shows its part again; an editor whose part is unchanged keeps
        its page as it is (an equal block list changes nothing)."""
        count = len(document.report.parts) if document is not None else 0
        current = self.tabs.currentWidget()
        while len(self.part_tabs) > count:
            tab = self.part_tabs.pop()
            tab.attach(None)
            self.tabs.removeTab(self.tabs.indexOf(tab))
            tab.deleteLater()
        while len(self.part_tabs) < count:
            index = len(self.part_tabs)
            tab = PartTab(index, self._part_commands, self._ask_table)
            self.part_tabs.append(tab)
            self.tabs.insertTab(2 + index, tab, "")
        for i, tab in enumerate(self.part_tabs):
            tab.bind(i)
            tab.attach(document)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)

    def _retitle_tabs(self) -> None:
        """Every tab titled; a part's by its number and as much of its heading as the
        tab bar has room for (the whole heading is the tab's tooltip), so that no
        title is cut to a letter on a small screen."""
        for tab in self.report_tabs:
            if not isinstance(tab, PartTab):
                self.tabs.setTabText(self.tabs.indexOf(tab), tab.title())
        self.tabs.setTabText(self.tabs.indexOf(self.preview), self.preview.title())
        room = self.tabs.width() - 8
        for chars in PART_TITLE_LENGTHS:
            for tab in self.part_tabs:
                index = self.tabs.indexOf(tab)
                self.tabs.setTabText(index, tab.tab_title(chars))
                self.tabs.setTabToolTip(index, tab.full_title())
            if self.tabs.tabBar().sizeHint().width() <= room:
                break

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() == QEvent.Type.Resize:
            self._retitle_tabs()
        return super().eventFilter(watched, event)

    def _place_activity_table(self) -> None:
        """The activity table stands in the page of the list that holds its block;
        the other pages offer to place it only when no list holds it."""
        doc = self.document
        where = N.activity_table_paths(doc.report) if doc is not None else []
        holder: OutlineTab | None = None
        if where:
            list_path = where[0].rsplit("[", 1)[0]
            holder = next((t for t in self.outline_tabs() if t.list_path == list_path), None)
        for tab in self.outline_tabs():
            tab.editor.set_activity_table_allowed(not where or tab is holder)
            if tab is not holder:
                tab.editor.set_activity_widget(None)
        if holder is not None:
            holder.editor.set_activity_widget(self.activity_table)
        self._activity_host = holder

    def activity_tab(self) -> OutlineTab | None:
        """The tab whose page shows the activity table (None when no part prints it)."""
        return self._activity_host

    def current_part(self) -> int | None:
        """The index of the part whose tab is shown, if a part's is."""
        widget = self.tabs.currentWidget()
        return widget.index if isinstance(widget, PartTab) else None

    def show_part(self, index: int, heading: bool = False) -> None:
        if 0 <= index < len(self.part_tabs):
            tab = self.part_tabs[index]
            self.tabs.setCurrentWidget(tab)
            if heading:
                tab.heading_field.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_table(self, parent: QWidget) -> TableRequest | None:
        return self.dialogs.ask_table(parent)

    def show_added(self, report_id: int, first_tab: bool = False) -> None:
        """A report just added to the store: into the list, open, optionally on its first tab."""
        self.refresh_list()
        self.open_report(report_id)
        if first_tab:
            self.tabs.setCurrentIndex(0)

    def resync(self) -> None:
        """After a failed operation: the list and the open report as the database
        has them (the report reopened if it is still there, else none). Not when the
        data file was lost: then the report on screen is all there is."""
        if self.file_problem is not None:
            self.refresh_list()
            self._update_state()
            return
        report_id = self.document.report_id if self.document is not None else None
        try:
            ids = {s.id for s in self.store.list_reports()}
        except Exception:
            ids = set()
        if report_id is not None and report_id not in ids:
            self.close_document()
            self.attach(None)
        self.refresh_list()
        self._update_state()

    def _tab_changed(self, _index: int) -> None:
        if self.document is not None:
            self.document.flush()  # leaving a tab saves what was typed on it
        self._update_state()

    def _update_state(self) -> None:
        doc = self.document
        has_doc = doc is not None
        # The data file lost: nothing that writes it or leaves the report on screen.
        writable = self.file_problem is None
        self.file_bar.show_problem(self.file_problem)
        self.report_list.setEnabled(writable)
        self.new_button.setEnabled(writable)
        for widget in (self.from_earlier_button, self.duplicate_button, self.delete_button):
            widget.setEnabled(has_doc and writable)
        c = self.commands
        for act in (c.new, c.import_json, c.import_docx, c.restore):
            act.setEnabled(writable)
        for act in (c.export_json, c.export_pdf, c.export_xlsx, c.export_docx, c.check, c.preview, c.print,
                    c.quick_print, c.archives):
            act.setEnabled(has_doc)
        editable = doc is not None and not doc.read_only and writable
        parts = len(doc.report.parts) if doc is not None else 0
        current = self.current_part()
        c.add_part.setEnabled(editable)
        c.insert_part.setEnabled(editable)
        c.remove_part.setEnabled(editable and current is not None)
        c.move_part_up.setEnabled(editable and current is not None and current > 0)
        c.move_part_down.setEnabled(editable and current is not None and current + 1 < parts)
        final = doc is not None and doc.is_final
        c.finalise.setEnabled(doc is not None and not doc.read_only and writable)
        c.unlock.setEnabled(final and writable)
        c.finalise.setVisible(not final)
        c.unlock.setVisible(final)
        self.tabs.setEnabled(has_doc)
        if doc is None:
            self.setWindowTitle(self.tr("Hiền Hào – Reports"))  # the program's name alone
            self.problems_button.setText("")
            self.banner.hide()
            return
        # Qt adds " — Hiền Hào – Báo cáo" (the program's name) itself; setting the
        # same title again would not show a name changed with the language.
        title = " ".join(doc.report.title_lines()) or self.tr("Report")
        if self.windowTitle() == title and self.windowHandle() is not None:
            self.setWindowTitle("")
        self.setWindowTitle(title)
        if doc.is_final:
            self.banner.setText(self.tr("This report is final: it opens read-only. "
                                        "Its archived PDF is what is printed and exported."))
            self.banner.show()
        else:
            self.banner.hide()
        self.problems_button.setText(summary_text(self.problems()))

    def problems(self) -> list[Problem]:
        return validate(self.document.report) if self.document else []

    def _changed(self, edit: object) -> None:
        if getattr(edit, "list_name", None) == "parts":  # parts added, removed, moved or replaced
            self._sync_parts(self.document)
        self._place_activity_table()
        self._retitle_tabs()
        self._update_state()
        # The list shows kind, year and term: keep it current.
        item = self.report_list.currentItem()
        if item is not None and self.document is not None:
            item.setText(self._summary_text(self.document.summary))
            item.setToolTip(" ".join(self.document.report.title_lines()))

    def _undo_changed(self, *_: object) -> None:
        self.commands.update_undo_texts()

    def _saved(self, when: dt.datetime) -> None:
        self._last_saved = when
        self._show_saved()

    def _show_saved(self) -> None:
        if self.file_problem is not None:
            self.saved_label.setText(self.tr("Not saved"))
        elif self._last_saved is None:
            self.saved_label.setText("")
        else:
            self.saved_label.setText(self.tr("Saved at %1").replace("%1", self._last_saved.strftime("%H:%M")))

    def _failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _store_failed(self, exc: object) -> None:
        """The store refused a change (read-only disk, file gone): a message, and the
        window back in step with the database."""
        if isinstance(exc, DatabaseChanged):
            self.file_changed_underneath(exc)
            return
        if isinstance(exc, BaseException):
            report_failure(self.dialogs, self.tr("The change was not saved"), exc)
        self.resync()

    # ---- undo ------------------------------------------------------------------------

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo()
        self.commands.update_undo_texts()

    def redo(self) -> None:
        if self.document is not None:
            self.document.redo()
        self.commands.update_undo_texts()

    # ---- checking, jumping to a field ------------------------------------------------------

    def focus_path(self, path: str) -> bool:
        """Put the cursor on the field, block or table cell ``path`` (``date.day``,
        ``parts[1].blocks[3]``, ``parts[1].blocks[4].rows[2][1]``,
        ``activities[3].participants``, ``signatures[1].name`` …), bringing the window
        forward so that what is typed next lands there."""
        found = self._focus(path)
        if found is None:
            return False
        self._bring_forward()
        # Again once the click in the check window is over (it keeps that window
        # active until then): the next key lands in the field.
        QTimer.singleShot(0, self._bring_forward)
        return found

    def _focus(self, path: str) -> bool | None:
        if path.startswith("activities"):
            tab = self.activity_tab()
            if tab is None:  # not printed anywhere: the part that would print it, to place it
                tab = next((t for t in self.part_tabs if t.role_field.value() == "implementation"),
                           self.part_tabs[0] if self.part_tabs else self.opening)
                self.tabs.setCurrentWidget(tab)
                tab.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            self.tabs.setCurrentWidget(tab)
            keys = parse(path)
            if len(keys) >= 2 and isinstance(keys[1], int):
                from hienhao_desktop.ui.activities import FIELDS, NAME

                name = keys[2] if len(keys) > 2 else "name"
                column = {v: k for k, v in FIELDS.items()}.get(str(name), NAME)
                self.activity_table.go_to_cell(keys[1], column)
            else:
                self.activity_table.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if path == "parts":  # no part at all: where a part is added
            self.tabs.setCurrentWidget(self.opening)
            return self.opening.focus("opening")
        for page in self.report_tabs:
            if page.owns(path):
                self.tabs.setCurrentWidget(page)
                return page.focus(path)
        return None

    def _bring_forward(self) -> None:
        if self._closed:
            return
        focus = self.focusWidget()
        self.raise_()
        self.activateWindow()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_checklist(self) -> None:
        if self.document is None:
            return
        self.document.flush()
        if self.checklist_dialog is not None:
            self.checklist_dialog.close()
        dialog = ChecklistDialog(self.problems(), self.focus_path, self.core_language(), parent=self)
        dialog.setModal(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._checklist_gone)
        dialog.show()
        self.checklist_dialog = dialog

    def _checklist_gone(self, *_: object) -> None:
        self.checklist_dialog = None

    # ---- the PDF --------------------------------------------------------------------

    def archived_pdf(self) -> bytes | None:
        """The archived PDF when the open report is final, else None (read when the
        report was opened: it never changes while final)."""
        if self.document is None:
            return None
        return self.document.archived_pdf

    def pdf_bytes(self) -> bytes | None:
        """The PDF of the open report: the archived one when the report is final,
        else the one export writes (the preview's, when it is up to date). Rendered off
        the GUI thread, with a progress dialog when it takes more than a moment; None
        when the user stopped it there. Raises RenderFailed when it cannot be made."""
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

    def _choose_image(self, _path: str) -> Path | None:
        return self.dialogs.open_file(self.tr("Choose an image"), self.tr("PNG images (*.png)"),
                                      self.ops.last_folder())

    def show_preview(self) -> None:
        self.tabs.setCurrentWidget(self.preview)
        # The pages take the keyboard (scrolling, and Ctrl+Z reaching the window's undo);
        # left in a field of the page just hidden, a key went to a box no one sees.
        self.preview.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- help ------------------------------------------------------------------------

    def show_help(self) -> None:
        self.dialogs.info(self.tr("Help"), self.tr(
            "<h3>Writing the report</h3>"
            "<p>Choose a report on the left, or make one with <b>New report</b> (it asks which shape to start "
            "from) or <b>From an earlier one</b> (it copies the organisation, the parts, recipients and signer).</p>"
            "<p>Fill in the tabs from left to right; they follow the printed report: the general information, "
            "the opening, one tab per part, then the recipients and signature. Everything you type is saved by "
            "itself within a second: there is no Save button. <b>Undo</b> (Ctrl+Z) and <b>Redo</b> (Ctrl+Y) "
            "take back any change.</p>"
            "<p>On a part's page, the bar above the text makes the current line a heading (Ctrl+Alt+1), a list "
            "item (Ctrl+Alt+L) or a paragraph (Ctrl+Alt+0); Ctrl+B, Ctrl+I and Ctrl+U make words bold, italic "
            "or underlined; <b>Table</b> inserts a table of your own. Headings and parts are numbered for you. "
            "The buttons above the page add, delete and move parts.</p>"
            "<p>In the activity table, the numbers (Stt) and the total are counted for you. "
            "You can paste rows copied from Excel or Word with Ctrl+V.</p>"
            "<p><b>Check</b> (F7) lists what is still missing; double-click a line to go there. "
            "<b>Export PDF</b> (Ctrl+E) writes the report laid out as Decree 30/2020/NĐ-CP requires; "
            "<b>Export Word</b> writes a Word file laid out the same way. <b>File → Import from Word</b> makes a "
            "report from last year's Word file: you see what was recognised before it is kept.</p>"
            "<p><b>Preview</b> (F5) shows the very pages that will be printed; <b>Print</b> (Ctrl+P) "
            "prints them. When the report is signed off, <b>Issue</b> it: its PDF is archived as it is "
            "and the report can no longer be changed unless you <b>Unlock</b> it.</p>"))

    def show_about(self) -> None:
        from hienhao_desktop import __version__

        self.dialogs.info(self.tr("About"), self.tr(
            "Hiền Hào – Reports %1\nThe periodic review reports of the Community Learning Centre.\n\n"
            "Data file: %2\nLog file (for whoever looks after the program): %3"
        ).replace("%1", __version__).replace("%2", str(self.store.path)).replace("%3", log_path_text()))

    # ---- the data file underneath ----------------------------------------------------------

    def check_file(self) -> None:
        """Is the data file still the one opened, as the window left it? Made when
        the window is activated, so the clerk learns of a deleted or replaced file
        before typing into it."""
        if self._closed or self.file_problem is not None:
            return
        try:
            self.store.check_unchanged()
        except DatabaseChanged as exc:
            self.file_changed_underneath(exc)
        except EXPECTED as exc:  # cannot even look (a USB stick pulled out): the next save says more
            if isinstance(exc, sqlite3.Error):
                exc = read_failure(self.store.path, exc)
            self.statusBar().showMessage(message_of(exc), 10000)

    def file_changed_underneath(self, problem: object) -> None:
        """The data file was deleted, replaced or changed by another program: stop
        writing, keep the open report on screen exactly as typed (read-only), say
        what happened and offer to save it elsewhere (or, when it was only changed,
        to reopen it)."""
        if self._closed or not isinstance(problem, DatabaseChanged):
            return
        known = self.file_problem
        if known is not None and known.code == problem.code:
            return  # said already; the strip above the tabs keeps saying it
        self.file_problem = problem
        log.warning("the data file changed underneath: %s", problem.message("en"))
        doc = self.document
        if doc is not None:
            doc.stop_writing(problem)
            focus = QApplication.focusWidget()
            if focus is not None and self.isAncestorOf(focus):
                focus.clearFocus()  # a table cell being typed in gives its text to the report too
            doc.flush()  # what is typed but not saved yet joins the report on screen
            doc.freeze()
            self.attach(doc)  # every field read-only, showing the report as typed
        self.refresh_list()
        self._update_state()
        self.commands.update_undo_texts()  # not even undo changes a frozen report
        self._show_saved()
        self.ops.offer_to_save_elsewhere(problem)

    def let_go_of_store(self) -> None:
        """Close the lost data file (and its lock) while the report stays on screen:
        before a new data file is made under the same name."""
        self._stop_listening()
        try:
            self.store.close()
        except EXPECTED as exc:
            log.warning("closing the lost data file: %s", exc)

    def use_store(self, store: Store, report_id: int | None) -> None:
        """Go on with ``store`` (a new data file holding the report that was on
        screen) instead of the lost one."""
        self.close_document()  # frozen: nothing more is written anywhere
        self.let_go_of_store()
        self.store = store
        self.file_problem = None
        self.listen_for_second_starts()
        self._reopen(report_id)

    def reopen_from_file(self) -> None:
        """After another program changed the data file (and the store accepted it):
        the list and the report as the file holds them now; writing goes on."""
        report_id = self.document.report_id if self.document is not None else None
        self.close_document()
        self.file_problem = None
        self._reopen(report_id)

    def _reopen(self, report_id: int | None) -> None:
        ids = [s.id for s in self.store.list_reports()]
        self.refresh_list()
        if report_id in ids:
            self.open_report(report_id)
        elif ids:
            self.open_report(ids[0])
        else:
            self.attach(None)
        self._update_state()
        self._show_saved()

    # ---- closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if self.document is not None:
            self.document.flush()
            if self.document.unsaved and not self.ops.may_quit_unsaved():
                event.ignore()  # the clerk goes back to save the report elsewhere
                return
        if self.checklist_dialog is not None:
            self.checklist_dialog.close()
        self.preview.close_pdf()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.close_document()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._one_undo)
        self._stop_listening()  # before letting go of the file: a second start then waits for the lock
        try:
            self.store.close()
        except EXPECTED as exc:  # the file went away: nothing is left to save in it
            log.warning("closing the data file: %s", exc)
        self._closed = True
        event.accept()
