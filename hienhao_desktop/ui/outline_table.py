"""A table block of the outline editor: its model and its view, one segment of the page.

The first row of the view holds the column titles (edited in place, as the first row
of a Word table); an optional Stt column (numbers computed, never typed) comes first;
an optional "Tổng cộng" row sums the number columns as the clerk types. Number
columns take whole numbers ("25", "1.234"); anything else ("khoảng 60") is refused
with a message under the table naming the cell, and the typed text stays in the cell,
marked, until it is fixed — nothing is lost, nothing wrong is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.model import Cell, Column, ColumnKind, Table
from hienhao_desktop.ui.outline_blocks import canonical_table, format_whole_number, parse_whole_number

STT = "Stt"  # printed words, not interface text: they stay Vietnamese in English
TOTAL = "Tổng cộng"
HEADER_BACKGROUND = QColor("#eef1f5")
TOTAL_BACKGROUND = QColor("#f6f7f9")
INVALID_BACKGROUND = QColor("#fde8e8")
INVALID_TEXT = QColor("#b00020")


class TableModel(QAbstractTableModel):
    """One ``Table`` block. View rows: 0 the column titles, 1..n the table's rows, then
    the total row when ``total_row``. View columns: Stt first when ``numbered``, then
    the table's columns. ``invalid`` keeps refused text of number cells by
    (table row, table column) until it is fixed; it is shown, never saved.
    ``edited`` is emitted after every accepted change of the table."""

    edited = Signal()
    refused = Signal(str)  # a message: what was typed is not saved
    accepted = Signal()  # a refused cell was fixed

    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = canonical_table(table)
        self.invalid: dict[tuple[int, int], str] = {}
        self.read_only = False

    # ---- shape ------------------------------------------------------------------------

    @property
    def offset(self) -> int:
        """View column of the table's first column."""
        return 1 if self.table.numbered else 0

    def table_column(self, view_column: int) -> int:
        """The table column shown in ``view_column`` (-1: the Stt column)."""
        return view_column - self.offset

    def table_row(self, view_row: int) -> int:
        """The table row shown in ``view_row`` (-1: titles; len(rows): the total row)."""
        return view_row - 1

    def is_total_row(self, view_row: int) -> bool:
        return self.table.total_row and view_row == len(self.table.rows) + 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.table.rows) + (1 if self.table.total_row else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.offset + len(self.table.columns)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = canonical_table(table)
        self.invalid = {key: text for key, text in self.invalid.items()
                        if key[0] < len(self.table.rows) and key[1] < len(self.table.columns)
                        and self.table.columns[key[1]].kind == ColumnKind.NUMBER}
        self.endResetModel()

    # ---- reading ------------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.table_row(index.row()), self.table_column(index.column())
        total = self.is_total_row(index.row())
        kind = self.table.columns[col].kind if col >= 0 else ColumnKind.NUMBER.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col, total, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if total and col < 0:
                return int(Qt.AlignmentFlag.AlignCenter)
            if row >= 0 and kind == ColumnKind.NUMBER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row < 0:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row < 0 or total):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if (row, col) in self.invalid:
                return QBrush(INVALID_BACKGROUND)
            if row < 0:
                return QBrush(HEADER_BACKGROUND)
            if total:
                return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and (row, col) in self.invalid:
            return QBrush(INVALID_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, col) in self.invalid:
                return self.refusal_text(row, col)
            if row < 0 and col >= 0:
                return (QCoreApplication.translate("OutlineTable", "Column of whole numbers")
                        if kind == ColumnKind.NUMBER else QCoreApplication.translate("OutlineTable", "Column of text"))
            if col < 0 and row >= 0:
                return QCoreApplication.translate("OutlineTable", "Numbered automatically")
            if total:
                return QCoreApplication.translate("OutlineTable", "Summed automatically")
        return None

    def _text(self, row: int, col: int, total: bool, edit: bool) -> str:
        if row < 0:
            return STT if col < 0 else self.table.columns[col].title
        if total:
            if col < 0:
                return TOTAL
            if self.table.columns[col].kind == ColumnKind.NUMBER:
                return format_whole_number(self.table.totals()[col] or 0)
            return TOTAL if col == 0 and not self.table.numbered else ""
        if col < 0:
            return str(row + 1)
        if (row, col) in self.invalid:
            return self.invalid[(row, col)]
        value = self.table.rows[row][col]
        if value is None:
            return ""
        if isinstance(value, int):
            return str(value) if edit else format_whole_number(value)
        return value

    def refusal_text(self, row: int, col: int) -> str:
        title = self.table.columns[col].title or QCoreApplication.translate("OutlineTable", "column %1").replace("%1", str(col + 1))
        return (QCoreApplication.translate("OutlineTable", "Row %1, \u201c%2\u201d: a whole number is needed here, e.g. 25. "
                                           "This cell is not saved until it is corrected.")
                .replace("%1", str(row + 1)).replace("%2", title))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.table_column(index.column())
        if not self.read_only and col >= 0 and not self.is_total_row(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ---- changing -----------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, col = self.table_row(index.row()), self.table_column(index.column())
        text = str(value)
        if row < 0:
            new_title = canonical_table(Table([Column(text)])).columns[0].title
            if new_title == self.table.columns[col].title:
                return True
            self.table.columns[col].title = new_title
            self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        cell: Cell
        if self.table.columns[col].kind == ColumnKind.NUMBER:
            try:
                cell = parse_whole_number(text)
            except ValueError:
                self.invalid[(row, col)] = text
                self.dataChanged.emit(index, index)
                self.refused.emit(self.refusal_text(row, col))
                return False
            was_invalid = self.invalid.pop((row, col), None) is not None
            if was_invalid:
                self.accepted.emit()
        else:
            cell = canonical_table(Table([Column()], [[text]])).rows[0][0]
            was_invalid = False
        if self.table.rows[row][col] == cell:
            if was_invalid:
                self.dataChanged.emit(index, index)
            return True
        self.table.rows[row][col] = cell
        self.dataChanged.emit(index, index)
        if self.table.total_row:
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(last, 0), self.index(last, self.columnCount() - 1))
        self.edited.emit()
        return True

    def _reshape(self, change: Any) -> None:
        self.beginResetModel()
        change()
        self.endResetModel()
        self.edited.emit()

    def insert_row(self, row: int) -> None:
        row = max(0, min(row, len(self.table.rows)))
        self.invalid = {(r + 1 if r >= row else r, c): t for (r, c), t in self.invalid.items()}
        self._reshape(lambda: self.table.rows.insert(row, [None if c.kind == ColumnKind.NUMBER else "" for c in self.table.columns]))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.table.rows):
            self.invalid = {(r - 1 if r > row else r, c): t for (r, c), t in self.invalid.items() if r != row}
            self._reshape(lambda: self.table.rows.pop(row))

    def insert_column(self, col: int) -> None:
        col = max(0, min(col, len(self.table.columns)))

        def change() -> None:
            self.table.columns.insert(col, Column("", ColumnKind.TEXT.value))
            for cells in self.table.rows:
                cells.insert(col, "")
            self.invalid = {(r, c + 1 if c >= col else c): t for (r, c), t in self.invalid.items()}
        self._reshape(change)

    def remove_column(self, col: int) -> bool:
        if not 0 <= col < len(self.table.columns) or len(self.table.columns) <= 1:
            return False

        def change() -> None:
            self.table.columns.pop(col)
            for cells in self.table.rows:
                cells.pop(col)
            self.invalid = {(r, c - 1 if c > col else c): t for (r, c), t in self.invalid.items() if c != col}
        self._reshape(change)
        return True

    def set_column_kind(self, col: int, kind: str) -> bool:
        """Text to numbers only when every cell reads as a whole number (False if not)."""
        if not 0 <= col < len(self.table.columns) or self.table.columns[col].kind == kind:
            return True
        converted: list[Cell] = []
        for r, cells in enumerate(self.table.rows):
            value = cells[col]
            if kind == ColumnKind.NUMBER:
                try:
                    converted.append(parse_whole_number(self.invalid.get((r, col), str(value or ""))))
                except ValueError:
                    return False
            else:
                converted.append(self.invalid.get((r, col), "" if value is None else str(value)))

        def change() -> None:
            self.table.columns[col].kind = kind
            for cells, value in zip(self.table.rows, converted, strict=True):
                cells[col] = value
            self.invalid = {key: t for key, t in self.invalid.items() if key[1] != col}
        self._reshape(change)
        return True

    def set_numbered(self, numbered: bool) -> None:
        if self.table.numbered != numbered:
            self._reshape(lambda: setattr(self.table, "numbered", numbered))

    def set_total_row(self, total_row: bool) -> None:
        if self.table.total_row != total_row:
            self._reshape(lambda: setattr(self.table, "total_row", total_row))


class TableView(QTableView):
    """Enter moves down as in a spreadsheet; Ctrl+Enter or Insert adds a row under the
    current one; Ctrl+V pastes cells copied from Excel or Word. (The view itself, not
    a text field: cell editors stay stock QLineEdits.)"""

    addRowRequested = Signal()
    pasteRequested = Signal()
    leaveUp = Signal()
    leaveDown = Signal()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier or (
            key == Qt.Key.Key_Insert and not mods
        ):
            self.addRowRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        current = self.currentIndex()
        if key == Qt.Key.Key_Up and not mods and (not current.isValid() or current.row() == 0):
            self.leaveUp.emit()
            return
        if key == Qt.Key.Key_Down and not mods and (not current.isValid() or current.row() == self.model().rowCount() - 1):
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        below = current.row() + 1
        if current.isValid() and below < model.rowCount() and not (isinstance(model, TableModel) and model.is_total_row(below)):
            self.setCurrentIndex(model.index(below, current.column()))
        # On the last row Enter stays: leaving the table is the Down arrow's.


class TableSegment(QWidget):
    """The table and, under it, the message about a refused cell."""

    edited = Signal()

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TableModel(table, self)
        self.view = TableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().hide()
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setStyleSheet("QTableView { gridline-color: #7a7a7a; border: 1px solid #7a7a7a; }")
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 10)
        column.setSpacing(4)
        column.addWidget(self.view)
        column.addWidget(self.message)
        self.model.edited.connect(self.edited)
        self.model.refused.connect(self.show_message)
        self.model.accepted.connect(self._maybe_hide_message)
        self.model.modelReset.connect(self.fit)
        self.model.dataChanged.connect(lambda *_: self.fit())
        self.view.pasteRequested.connect(self.paste)
        self.view.installEventFilter(self)

    def set_font(self, font: QFont) -> None:
        self.view.setFont(font)
        self.fit()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    # ---- the block ----------------------------------------------------------------------

    def table(self) -> Table:
        return canonical_table(self.model.table)

    def set_table(self, table: Table) -> None:
        current = self.view.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.model.set_table(table)
        if where is not None:
            row = min(where[0], self.model.rowCount() - 1)
            col = min(where[1], self.model.columnCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, col))
        self._maybe_hide_message()

    def set_read_only(self, read_only: bool) -> None:
        self.model.beginResetModel()
        self.model.read_only = read_only
        self.model.endResetModel()

    # ---- where the cursor is ----------------------------------------------------------------

    def current_cell(self) -> tuple[int, int]:
        """(table row, table column) of the current cell; row -1: the title row."""
        index = self.view.currentIndex()
        if not index.isValid():
            return -1, 0
        row = self.model.table_row(index.row())
        row = min(row, len(self.model.table.rows) - 1) if self.model.is_total_row(index.row()) else row
        return row, max(0, self.model.table_column(index.column()))

    def go_to(self, row: int, col: int) -> None:
        view_row = max(0, min(row + 1, self.model.rowCount() - 1))
        view_col = max(0, min(col + self.model.offset, self.model.columnCount() - 1))
        self.view.setCurrentIndex(self.model.index(view_row, view_col))

    def focus_first(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() or self.view.currentIndex().row() != 0:
            self.go_to(-1, 0)

    def focus_last(self) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, self.model.offset))

    # ---- commands -------------------------------------------------------------------------

    def add_row(self) -> None:
        row, col = self.current_cell()
        self.model.insert_row(row + 1)
        self.go_to(row + 1, col)
        self.view.setFocus()

    def remove_row(self) -> None:
        row, col = self.current_cell()
        if row >= 0:
            self.model.remove_row(row)
            self.go_to(min(row, len(self.model.table.rows) - 1), col)

    def add_column(self) -> None:
        _row, col = self.current_cell()
        self.model.insert_column(col + 1)
        self.go_to(-1, col + 1)
        self.view.setFocus()

    def remove_column(self) -> bool:
        row, col = self.current_cell()
        if not self.model.remove_column(col):
            self.show_message(QCoreApplication.translate("OutlineTable", "A table keeps at least one column; to remove the whole table use \u201cDelete table\u201d."))
            return False
        self.go_to(row, min(col, len(self.model.table.columns) - 1))
        return True

    def toggle_column_kind(self) -> bool:
        row, col = self.current_cell()
        kind = ColumnKind.TEXT.value if self.model.table.columns[col].kind == ColumnKind.NUMBER else ColumnKind.NUMBER.value
        if not self.model.set_column_kind(col, kind):
            self.show_message(QCoreApplication.translate("OutlineTable", "This column holds text that is not a whole number; "
                                                         "correct those cells first, then make it a column of numbers."))
            return False
        self.go_to(row, col)
        return True

    def paste(self) -> None:
        """Cells copied from Excel or Word (tab-separated lines), from the current cell;
        rows are added as needed. A number cell that is not a number stays marked."""
        text = QGuiApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if not text or self.model.read_only:
            return
        row, col = self.current_cell()
        row = max(row, 0)
        for r, line in enumerate(text.split("\n")):
            while row + r >= len(self.model.table.rows):
                self.model.insert_row(len(self.model.table.rows))
            for c, value in enumerate(line.split("\t")):
                if col + c < len(self.model.table.columns):
                    self.model.setData(self.model.index(row + r + 1, col + c + self.model.offset), value.strip())
        self.go_to(row, col)

    # ---- looks -------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _maybe_hide_message(self) -> None:
        if self.model.invalid:
            row, col = next(iter(self.model.invalid))
            self.message.setText(self.model.refusal_text(row, col))
        else:
            self.message.hide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Column widths like a printed table (Stt and numbers narrow, text shares the
        rest); the height shows every row (the page scrolls, not the table)."""
        width = self.view.width() - 2 * self.view.frameWidth()
        if width <= 0:
            return
        self.view.clearSpans()
        if self.model.table.total_row and self.model.table.numbered and self.model.table.columns[0].kind == ColumnKind.TEXT:
            self.view.setSpan(self.model.rowCount() - 1, 0, 1, 2)  # "Tổng cộng" across Stt and the first column
        metrics = self.view.fontMetrics()
        narrow = metrics.horizontalAdvance("Stt") + 24
        number = max(metrics.horizontalAdvance("000.000") + 24, 90)
        columns = self.model.table.columns
        fixed = (narrow if self.model.table.numbered else 0) + sum(number for c in columns if c.kind == ColumnKind.NUMBER)
        texts = sum(1 for c in columns if c.kind == ColumnKind.TEXT)
        if texts == 0:
            number = (width - (narrow if self.model.table.numbered else 0)) // max(1, len(columns))
        share = max(60, (width - fixed) // texts) if texts else 0
        widths = ([narrow] if self.model.table.numbered else []) + [number if c.kind == ColumnKind.NUMBER else share for c in columns]
        widths[-1] += max(0, width - sum(widths))  # the last column takes what rounding left
        for i, w in enumerate(widths):
            self.view.setColumnWidth(i, w)
        self.view.resizeRowsToContents()
        height = sum(self.view.rowHeight(r) for r in range(self.model.rowCount())) + 2 * self.view.frameWidth() + 2
        if self.view.height() != height:
            self.view.setFixedHeight(height)
