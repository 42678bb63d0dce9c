"""The activity table (bảng hoạt động): its model, its view and the buttons beside it.

The model reads the open report's ``activities`` list and changes it only through
``ReportDocument.push``; Stt numbers are computed from the row (never stored: the
original report skipped 6 by hand). Participants accept a whole number ≥ 0 or an
empty cell ("1.234" and "1 234" are read as 1234); anything else is refused with a
message and not saved. Rows can be pasted from Excel or Word (tab-separated) and
copied out the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import Activity
from hienhao_desktop.domain.numbers import format_number, parse_participants
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.legacy_repair import review_pasted
from hienhao_desktop.ui.listsync import ListSync

NUMBER, NAME, PARTICIPANTS, LEAD, PARTNERS = range(5)
FIELDS = {NAME: "name", PARTICIPANTS: "participants", LEAD: "lead_unit", PARTNERS: "partner_units"}
# Relative widths of the printed table's columns (Stt, activity, participants, lead, partners).
COLUMN_WEIGHTS = (6, 40, 12, 20, 22)


# Column titles, translated when shown (so a language switch changes them).
HEADERS = (
    QT_TRANSLATE_NOOP("ActivityTable", "No."),
    QT_TRANSLATE_NOOP("ActivityTable", "Topic or activity"),
    QT_TRANSLATE_NOOP("ActivityTable", "Participants"),
    QT_TRANSLATE_NOOP("ActivityTable", "Lead unit"),
    QT_TRANSLATE_NOOP("ActivityTable", "Partner units"),
)


def header_titles() -> list[str]:
    return [QCoreApplication.translate("ActivityTable", str(title)) for title in HEADERS]


class ActivityTableModel(QAbstractTableModel):
    """Rows: the report's activities, in order. Columns: Stt (computed, read-only),
    activity name, participants (int or empty; right-aligned), lead unit, partner
    units. EditRole gives the raw value; DisplayRole the formatted one."""

    invalidValue = Signal(str)  # a message: what was typed is not saved
    totalsChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: ReportDocument | None = None
        self._sync = ListSync(self, "activities", columns=5, numbered_column=NUMBER)
        # Set by the table widget: offers to convert pasted TCVN3/VNI text.
        self.review_text: Callable[[str, str], str] = lambda _old, new: new
        # Participant counts that were refused: (row, column) -> what was typed. Shown
        # (in red) instead of the kept value until fixed, so the typing is not lost.
        self.rejected: dict[tuple[int, int], str] = {}

    def forget_rejected(self) -> None:
        if self.rejected:
            cells = list(self.rejected)
            self.rejected.clear()
            for row, column in cells:
                if row < self.rowCount():
                    self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.invalidValue.emit("")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def attach(self, document: ReportDocument | None) -> None:
        self.rejected.clear()
        self.beginResetModel()
        if self.document is not None:
            self.document.aboutToChange.disconnect(self._sync.about_to_change)
            self.document.changed.disconnect(self._changed)
        self.document = document
        if document is not None:
            document.aboutToChange.connect(self._sync.about_to_change)
            document.changed.connect(self._changed)
        self.endResetModel()
        self.totalsChanged.emit()

    def _changed(self, edit: object) -> None:
        self._sync.changed(edit)
        if getattr(edit, "list_name", None) == "activities":
            if not isinstance(edit, E.SetItemField):  # rows moved: a refused cell's place is gone
                self.forget_rejected()
            self.totalsChanged.emit()

    @property
    def activities(self) -> list[Activity]:
        return self.document.report.activities if self.document else []

    # ---- reading ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return header_titles()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # a long title wraps (the header is two lines tall) instead of being cut at both ends
            return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.activities):
            return None
        activity = self.activities[index.row()]
        column = index.column()
        refused = self.rejected.get((index.row(), column))
        if refused is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return refused
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b00020")
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused_message()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return str(index.row() + 1)
            value = getattr(activity, FIELDS[column])
            if column == PARTICIPANTS:
                if value is None:
                    return ""
                return format_number(value) if role == Qt.ItemDataRole.DisplayRole else str(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, PARTICIPANTS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == PARTICIPANTS and activity.participants is None:
            return QCoreApplication.translate("ActivityTable", "Not known yet: the cell stays empty in the printed table.")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != NUMBER and self.document is not None and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ---- changing ---------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == NUMBER or not self.document:
            return False
        row, field = index.row(), FIELDS[index.column()]
        if field == "participants":
            typed = str(value)
            try:
                value = parse_participants(typed, f"activities[{row}].participants")
            except E.EditError:
                self.rejected[(row, index.column())] = typed  # kept on screen, not saved
                self.dataChanged.emit(index, index)
                self.invalidValue.emit(refused_message())
                return False
            if self.rejected.pop((row, index.column()), None) is not None:
                self.dataChanged.emit(index, index)
                if not self.rejected:
                    self.invalidValue.emit("")  # fixed: the message goes
        else:
            value = self.review_text(getattr(self.activities[row], field), str(value))
        if getattr(self.activities[row], field) == value:
            return True
        text = QCoreApplication.translate("ActivityTable", "Edit row %1").replace("%1", str(row + 1))
        return self.document.push(E.SetItemField("activities", row, field, value), text)

    def insert(self, row: int, activities: list[Activity], text: str) -> bool:
        if self.document is None or not activities:
            return False
        row = max(0, min(row, len(self.activities)))
        return self.document.push(E.InsertItems("activities", row, tuple(activities)), text)

    def remove(self, rows: list[int], text: str) -> bool:
        """Remove rows (any selection) as one undo step named ``text``."""
        if self.document is None or not rows:
            return False
        # Contiguous runs from the bottom up, so earlier indexes stay valid.
        runs: list[tuple[int, int]] = []
        for row in sorted(set(rows), reverse=True):
            if runs and runs[-1][0] == row + 1:
                runs[-1] = (row, runs[-1][1] + 1)
            else:
                runs.append((row, 1))
        edits = tuple(E.RemoveItems("activities", start, count) for start, count in runs)
        return self.document.push(edits[0] if len(edits) == 1 else E.Batch(edits), text)

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if self.document is None or not (0 <= row < len(self.activities) and 0 <= target < len(self.activities)):
            return False
        text = QCoreApplication.translate("ActivityTable", "Move row up") if delta < 0 else QCoreApplication.translate("ActivityTable", "Move row down")
        return self.document.push(E.MoveItem("activities", row, target), text)


def refused_message() -> str:
    return QCoreApplication.translate(
        "ActivityTable", "The number of participants must be a whole number of 0 or more, e.g. 25. "
        "What you typed is shown in red and was not saved: correct it or clear the cell.")


def parse_rows(text: str) -> list[Activity]:
    """Rows copied from Excel or Word: one row per line, cells separated by tabs.
    Four cells: activity, participants, lead unit, partner units; five: with Stt
    first; fewer: the first cells in that order. A header row is skipped.
    Raises EditError (naming the row) if a participant count cannot be read."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t")
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    activities = []
    for number, cells in enumerate(rows):
        cells = [c.strip() for c in cells]
        if len(cells) >= 5:
            cells = cells[1:5]
        cells += [""] * (4 - len(cells))
        name, participants, lead, partners = cells[:4]
        try:
            count = parse_participants(participants, f"row {number + 1}")
        except E.EditError:
            if number == 0 and not any(ch.isdigit() for ch in participants):
                continue  # a header row ("Số người tham gia")
            raise E.EditError(f"row {number + 1}", "not_whole_number") from None
        activities.append(Activity(name=name, participants=count, lead_unit=lead, partner_units=partners))
    return activities


def rows_as_text(activities: list[tuple[int, Activity]]) -> str:
    """Tab-separated text of (row, activity) pairs, with Stt, for Excel or Word."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    for row, a in activities:
        writer.writerow([row + 1, a.name, "" if a.participants is None else a.participants, a.lead_unit, a.partner_units])
    return out.getvalue()


class ActivityView(QTableView):
    """Enter moves down (as in a spreadsheet); Ctrl+C copies rows, Ctrl+V pastes."""

    pasteRequested = Signal()
    copyRequested = Signal()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: Any) -> None:
        # The view itself, not a text field: its editors stay stock QLineEdits.
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            below = self.model().index(current.row() + 1, current.column())
            self.setCurrentIndex(below)


class ActivityTable(QWidget):
    """The table with its buttons and total. It stands in the page of the part that
    prints it (the outline editor hosts it where its block is), as tall as its rows:
    the page scrolls, the table never scrolls by itself (one scroll area per tab, no
    wheel caught in a box inside a box). The buttons and the total stand in a bar
    above the rows, so they are in sight as soon as the table is; moving the cursor
    through the rows brings the current one into sight."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActivityTableModel(self)
        self.view = ActivityView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(QStyledItemDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        # As tall as its rows: the page around it scrolls (see the class docstring).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        # Row heights follow the wrapped text, computed row by row as rows change
        # (ResizeToContents would measure all rows on every change: seconds for 2,000).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.model.review_text = lambda old, new: review_pasted(self, old, new)
        self.add_button = QPushButton()
        self.insert_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.paste_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.insert_button, self.delete_button, self.up_button, self.down_button,
                       self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(buttons)
        column.addWidget(self.total_label)
        column.addWidget(self.view)
        column.addWidget(self.error_label)

        # Keyboard: Insert puts an empty row above the current one, Ctrl+Enter one
        # at the end (as Thêm dòng does); the cursor goes into the new row.
        for keys, slot in ((("Ins",), self.insert_row), (("Ctrl+Return", "Ctrl+Enter"), self.add_row)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.view)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        self.add_button.clicked.connect(self.add_row)
        self.insert_button.clicked.connect(self.insert_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.paste_button.clicked.connect(self.paste)
        self.view.pasteRequested.connect(self.paste)
        self.view.copyRequested.connect(self.copy)
        self.model.invalidValue.connect(self.show_error)
        self.model.totalsChanged.connect(self.update_total)
        self.model.modelReset.connect(self._fit_columns)
        self.model.modelReset.connect(self._refit_rows)
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_rows(first, last))
        self.model.rowsMoved.connect(lambda _p, start, end, _d, row: self._fit_rows(min(start, row), max(end, row)))
        self.model.dataChanged.connect(self._data_changed)
        self._height_timer = QTimer(self)
        self._height_timer.setSingleShot(True)
        self._height_timer.setInterval(0)
        self._height_timer.timeout.connect(self._fit_height)
        self.view.verticalHeader().sectionResized.connect(lambda *_: self._height_timer.start())
        self.view.horizontalHeader().geometriesChanged.connect(self._height_timer.start)
        # Rows added or taken away change the height at once (the cursor may go into a
        # new row straight away); measured rows refit it a moment later.
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset, self.model.layoutChanged):
            signal.connect(lambda *_: self._fit_height())
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._reveal(current))
        self._fit_height()
        self._row_timer = QTimer(self)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self._fit_some_rows)
        self._next_row = 0
        self.view.viewport().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("ActivityTable", "Add row"))
        self.insert_button.setText(QCoreApplication.translate("ActivityTable", "Insert row"))
        self.delete_button.setText(QCoreApplication.translate("ActivityTable", "Delete rows"))
        self.up_button.setText(QCoreApplication.translate("ActivityTable", "Up"))
        self.down_button.setText(QCoreApplication.translate("ActivityTable", "Down"))
        self.paste_button.setText(QCoreApplication.translate("ActivityTable", "Paste from Excel"))
        self.add_button.setToolTip(QCoreApplication.translate("ActivityTable", "Add an empty row at the end of the table"))
        self.insert_button.setToolTip(QCoreApplication.translate("ActivityTable", "Insert an empty row above the selected row"))
        self.paste_button.setToolTip(QCoreApplication.translate("ActivityTable", "Insert rows copied from Excel or Word (Ctrl+V)"))
        if self.model.rejected:
            self.error_label.setText(refused_message())
        else:
            self.error_label.hide()  # a message in the other language is stale
        self.model.retranslate()
        self._fit_columns()  # the titles' words in the other language
        self.update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, document: ReportDocument | None) -> None:
        self.model.attach(document)
        read_only = document is None or document.read_only
        for button in (self.add_button, self.insert_button, self.delete_button, self.up_button,
                       self.down_button, self.paste_button):
            button.setEnabled(not read_only)
        if document is not None:
            document.failed.connect(self.show_error)

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Column widths follow the printed table's proportions."""
        width = self.view.viewport().width()
        if width <= 0:
            return
        total = sum(COLUMN_WEIGHTS)
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()

        def least(column: int) -> int:
            # No column narrower than the longest word of its title ("Participants"
            # in English is one word: it was cut to "articipants").
            title = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            return max((metrics.horizontalAdvance(word) for word in title.split()), default=0) + 14

        widths = [max(40, least(c), width * weight // total) for c, weight in enumerate(COLUMN_WEIGHTS[:-1])]
        if widths != [self.view.columnWidth(c) for c in range(len(widths))]:
            for column, column_width in enumerate(widths):
                self.view.setColumnWidth(column, column_width)
            self._refit_rows()

    # Row heights: the rows on screen at once, the others a batch at a time while the
    # window is idle, so a 2,000-row table opens and edits without a pause.
    ROWS_PER_BATCH = 20  # about 10 ms of work between two looks at the event queue
    ROWS_AT_ONCE = 100  # more changed rows than this are fitted in batches

    def _fit_rows(self, first: int, last: int) -> None:
        if last - first >= self.ROWS_AT_ONCE:
            self._refit_rows()
            return
        for row in range(first, last + 1):
            self.view.resizeRowToContents(row)

    def _refit_rows(self) -> None:
        top = max(0, self.view.rowAt(0))
        for row in range(top, min(top + 40, self.model.rowCount())):  # what is on screen
            self.view.resizeRowToContents(row)
        self._next_row = 0
        self._row_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._next_row < self.model.rowCount():
            self._row_timer.start()  # carry on fitting rows now that they can be seen

    def _fit_some_rows(self) -> None:
        if not self.isVisible():  # not while hidden: the preview may be building meanwhile
            self._row_timer.stop()
            return
        rows = self.model.rowCount()
        end = min(rows, self._next_row + self.ROWS_PER_BATCH)
        for row in range(self._next_row, end):
            self.view.resizeRowToContents(row)
        self._next_row = end
        if end >= rows:
            self._row_timer.stop()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        self.update_total()
        if not (top.column() == bottom.column() == NUMBER):  # Stt never changes a height
            self._fit_rows(top.row(), bottom.row())

    def _fit_height(self) -> None:
        """The view as tall as its header and rows (rows not yet measured count at
        their default height until they are)."""
        header = self.view.horizontalHeader()
        height = header.height() if header.isVisible() else 0
        height += self.view.verticalHeader().length() + 2 * self.view.frameWidth() + 2
        height = max(height, header.sizeHint().height() + 2 * self.view.frameWidth() + 30)
        if self.view.height() != height or self.view.minimumHeight() != height:
            self.view.setFixedHeight(height)

    def scroll_area(self) -> QScrollArea | None:
        """The page this table stands in (it scrolls for the table)."""
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                return parent
            parent = parent.parentWidget()
        return None

    def _reveal(self, index: QModelIndex) -> None:
        """Bring the cell into sight in the page (the table does not scroll itself)."""
        area = self.scroll_area()
        page = area.widget() if area is not None else None
        if area is None or page is None or not index.isValid():
            return
        rect = self.view.visualRect(index)
        point = self.view.viewport().mapTo(page, rect.center())
        area.ensureVisible(point.x(), point.y(), 10, rect.height() // 2 + 24)

    def show_error(self, text: str) -> None:
        """A message under the table; an empty one takes it away."""
        if not text:
            if not self.model.rejected:
                self.error_label.hide()
            return
        self.error_label.setText(text)
        self.error_label.show()
        self.message.emit(text)

    def update_total(self) -> None:
        if self.model.document is None:
            self.total_label.clear()
            return
        totals = self.model.document.report.totals()
        text = QCoreApplication.translate("ActivityTable", "Total participants: %1").replace("%1", format_number(totals.participants))
        if totals.unknown:
            text += "  " + self.tr("(%n activity(s) without a count)", "", totals.unknown)
        self.total_label.setText(text)

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def _select_row(self, row: int, column: int = NAME) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)

    def go_to_cell(self, row: int, column: int) -> None:
        """Put the cursor in the cell (the checklist's jump): typing goes there."""
        self._select_row(row, column)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()
        self._reveal(self.view.currentIndex())

    def add_row(self) -> None:
        row = self.model.rowCount()
        if self.model.insert(row, [Activity()], QCoreApplication.translate("ActivityTable", "Add row")):
            self.go_to_cell(row, NAME)

    def insert_row(self) -> None:
        rows = self._selected_rows()
        row = rows[0] if rows else 0
        if self.model.insert(row, [Activity()], QCoreApplication.translate("ActivityTable", "Insert row")):
            self.go_to_cell(row, NAME)

    def delete_rows(self) -> None:
        rows = self._selected_rows()
        if rows and self.model.remove(rows, self.tr("Delete %n row(s)", "", len(set(rows)))):
            self.go_to_cell(min(rows[0], self.model.rowCount() - 1), NAME)

    def move_row(self, delta: int) -> None:
        rows = self._selected_rows()
        if len(rows) == 1 and self.model.move(rows[0], delta):
            self.go_to_cell(rows[0] + delta, self.view.currentIndex().column())  # the keyboard follows the row

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """Insert the pasted rows below the current row (or at the end)."""
        try:
            activities = parse_rows(text)
        except E.EditError as exc:
            self.show_error(
                QCoreApplication.translate("ActivityTable", "Row %1 of the pasted text: the number of participants must be a whole number "
                    "of 0 or more, e.g. 25. Nothing was pasted.").replace("%1", exc.path.split()[-1])
            )
            return 0
        if not activities:
            self.show_error(QCoreApplication.translate("ActivityTable", "The clipboard holds no table rows to paste."))
            return 0
        rows = self._selected_rows()
        row = rows[-1] + 1 if rows else self.model.rowCount()
        text = self.tr("Paste %n row(s)", "", len(activities))
        if self.model.insert(row, activities, text):
            self.error_label.hide()
            self.go_to_cell(row, NAME)
            return len(activities)
        return 0

    def copy(self) -> None:
        rows = self._selected_rows()
        if rows:
            pairs = [(r, self.model.activities[r]) for r in rows]
            QGuiApplication.clipboard().setText(rows_as_text(pairs))
