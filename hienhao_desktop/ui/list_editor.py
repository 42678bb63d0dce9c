"""One widget for every list of the report: addressees (kính gửi), section II's
subsections, plans (giải pháp), recommendations (kiến nghị) and recipients (nơi
nhận). Add, insert, delete, move up/down, edit in place; long items (and the
subsections' title and text) are edited in the boxes under the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import edits as E
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.fields import GrowingTextEdit, Labelled, SaveOnPause, labelled
from hienhao_desktop.ui.legacy_repair import review_pasted
from hienhao_desktop.ui.listsync import ListSync


class ItemListModel(QAbstractListModel):
    """One list of the open report. For a list of records (subsections) the row
    shows, and edits in place, the record's ``field``; DisplayRole prefixes the
    item's number."""

    def __init__(self, list_name: str, field: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.field = field
        self.document: ReportDocument | None = None
        self._sync = ListSync(self, list_name, columns=1, numbered_column=0)
        # Set by the editor widget: offers to convert pasted TCVN3/VNI text.
        self.review_text: Callable[[str, str], str] = lambda _old, new: new
        self.label = ""  # the list's caption (the tab sets it), for undo texts

    def attach(self, document: ReportDocument | None) -> None:
        self.beginResetModel()
        if self.document is not None:
            self.document.aboutToChange.disconnect(self._sync.about_to_change)
            self.document.changed.disconnect(self._sync.changed)
        self.document = document
        if document is not None:
            document.aboutToChange.connect(self._sync.about_to_change)
            document.changed.connect(self._sync.changed)
        self.endResetModel()

    @property
    def items(self) -> list[Any]:
        return getattr(self.document.report, self.list_name) if self.document else []

    def text_of(self, row: int) -> str:
        item = self.items[row]
        return getattr(item, self.field) if self.field else item

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        text = self.text_of(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            shown = text or QCoreApplication.translate("ListEditor", "(empty)")
            return f"{index.row() + 1}. {shown}"
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document is not None and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document is None:
            return False
        return self.set_text(index.row(), self.review_text(self.text_of(index.row()), str(value)))

    def set_text(self, row: int, text: str, merge: bool = False) -> bool:
        if self.document is None or self.text_of(row) == text:
            return True
        if self.field:
            edit: E.Edit = E.SetItemField(self.list_name, row, self.field, text)
        else:
            edit = E.SetItem(self.list_name, row, text)
        key = ("item", self.list_name, row, self.field) if merge else None
        return self.document.push(edit, self.undo_text(row), merge_key=key)

    def undo_text(self, row: int) -> str:
        """"Edit Recipients: item 2" — the list named, as the undo menu shows it."""
        return (QCoreApplication.translate("ListEditor", "Edit %1: item %2")
                .replace("%1", self.label or self.list_name).replace("%2", str(row + 1)))


class _ItemText(QObject):
    """A box under the list editing one field of the selected item; saves a moment
    after the last key press (at most SAVE_MAX_WAIT_MS after the first), or when the
    box loses focus.

    The box is bound to one item of one open report (``bind``): what is typed is
    saved into that item only. Choosing another item, another report, importing or
    restoring first saves into the bound item, then binds anew; nothing typed for one
    report can land in another."""

    def __init__(self, editor: ListEditor, widget: QLineEdit | GrowingTextEdit, field: str | None) -> None:
        super().__init__(widget)
        self.editor = editor
        self.widget = widget
        self.field = field
        self.document: ReportDocument | None = None
        self.row = -1
        self._updating = False
        self._reviewing = False
        self._pause = SaveOnPause(widget, self.flush)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._typed)
        else:
            widget.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._updating:
            self._pause.restart()

    def _text(self) -> str:
        return self.widget.text() if isinstance(self.widget, QLineEdit) else self.widget.toPlainText()

    def _set_text(self, value: str) -> None:
        self._updating = True
        try:
            if self._text() != value:
                if isinstance(self.widget, QLineEdit):
                    self.widget.setText(value)
                    self.widget.setCursorPosition(0)
                else:
                    self.widget.setPlainText(value)
        finally:
            self._updating = False

    def _value(self, document: ReportDocument | None, row: int) -> str | None:
        """The bound item's field as the report holds it, or None if there is none."""
        if document is None or document.closed:
            return None
        items = getattr(document.report, self.editor.list_name)
        if not 0 <= row < len(items):
            return None
        item = items[row]
        value = getattr(item, self.field) if self.field else item
        return value if isinstance(value, str) else None

    def unbind(self) -> None:
        """Save what is typed into the bound item, then hold nothing."""
        self.flush()
        self.document = None
        self.row = -1

    def show_row(self, row: int) -> None:
        """Save into the bound item, then bind to ``row`` of the model's report."""
        self.flush()
        self.document = self.editor.model.document
        value = self._value(self.document, row)
        self.row = row if value is not None else -1
        self._set_text(value or "")
        editable = value is not None and self.document is not None and not self.document.read_only
        self.widget.setEnabled(editable)

    def reload(self) -> None:
        """Show the bound item's value again without saving over it (undo, a move)."""
        self._pause.stop()
        self.document = self.editor.model.document
        row = self.editor.current_row()
        value = self._value(self.document, row)
        self.row = row if value is not None else -1
        self._set_text(value or "")
        self.widget.setEnabled(value is not None and self.document is not None and not self.document.read_only)

    def flush(self) -> None:
        self._pause.stop()
        doc = self.document
        current = self._value(doc, self.row)
        if doc is None or current is None or doc.read_only:
            return
        text = self._text()
        if text == current:
            return
        if self._reviewing:  # the repair question itself moved the focus away
            return
        self._reviewing = True
        try:
            reviewed = review_pasted(self.widget, current, text)
        finally:
            self._reviewing = False
        if reviewed != text:
            text = reviewed
            self._set_text(text)
        self._updating = True
        try:
            list_name = self.editor.list_name
            if self.field:
                edit: E.Edit = E.SetItemField(list_name, self.row, self.field, text)
            else:
                edit = E.SetItem(list_name, self.row, text)
            doc.push(edit, self.editor.item_undo_text(self.row),
                     merge_key=("item", list_name, self.row, self.field))
        finally:
            self._updating = False


class ListEditor(QWidget):
    """The list with its buttons; ``details`` are (field or None, label, hint,
    multi-line) boxes under the list for the selected item."""

    def __init__(
        self,
        list_name: str,
        new_item: Callable[[], Any],
        *,
        field: str | None = None,
        details: Sequence[tuple[str | None, str, str, bool]] = (),
        in_place: bool = True,
        details_beside: bool = False,
        max_lines: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.new_item = new_item
        self.model = ItemListModel(list_name, field, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if in_place else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.view.setMinimumHeight(110)

        self.model.review_text = lambda old, new: review_pasted(self, old, new)
        self.add_button = QPushButton()
        self.insert_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        buttons = QVBoxLayout()
        for button in (self.add_button, self.insert_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        outer.addLayout(column, 2)
        if details_beside:  # the chosen item's boxes to the right of the list: less height
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            outer.addLayout(column, 3)

        self.detail_boxes: list[_ItemText] = []
        self.detail_labels: list[Labelled] = []  # their labels, set by the tab (it knows the words)
        self.detail_hints: list[tuple[QWidget, str]] = []
        for detail_field, label, hint, multi_line in details:
            widget: QLineEdit | GrowingTextEdit
            if multi_line:
                widget = GrowingTextEdit(3, max_lines=max_lines)
            else:
                widget = QLineEdit()
            self.detail_hints.append((widget, hint))  # shown by the tab as "e.g. …"
            box = _ItemText(self, widget, detail_field)
            self.detail_boxes.append(box)
            box_label = labelled(label, widget)
            self.detail_labels.append(box_label)
            column.addWidget(box_label)
        if details_beside:
            column.addStretch(1)

        self.add_button.clicked.connect(self.add_item)
        self.insert_button.clicked.connect(self.insert_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_details(current.row()))
        self.model.dataChanged.connect(lambda *_: self._refresh_details())
        self.model.rowsInserted.connect(lambda *_: self._refresh_details())
        self.model.rowsRemoved.connect(lambda *_: self._refresh_details())
        self.model.rowsMoved.connect(lambda *_: self._refresh_details())
        self.model.modelReset.connect(lambda: self._show_details(-1))
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("ListEditor", "Add"))
        self.insert_button.setText(QCoreApplication.translate("ListEditor", "Insert"))
        self.delete_button.setText(QCoreApplication.translate("ListEditor", "Delete"))
        self.up_button.setText(QCoreApplication.translate("ListEditor", "Up"))
        self.down_button.setText(QCoreApplication.translate("ListEditor", "Down"))
        rows = self.model.rowCount()
        if rows:  # "(empty)" items
            self.model.dataChanged.emit(self.model.index(0), self.model.index(rows - 1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def label(self) -> str:
        return self.model.label

    @label.setter
    def label(self, text: str) -> None:
        self.model.label = text

    def item_undo_text(self, row: int) -> str:
        return self.model.undo_text(row)

    def attach(self, document: ReportDocument | None) -> None:
        old = self.model.document
        for box in self.detail_boxes:
            box.unbind()  # what was typed goes to the report it was typed for, and no further
        if old is not None:
            old.remove_flusher(self.flush)
        self.model.attach(document)
        read_only = document is None or document.read_only
        for button in (self.add_button, self.insert_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
        if document is not None:
            document.add_flusher(self.flush)
            if self.model.rowCount():
                self.select(0)
        self._show_details(self.current_row())

    def flush(self) -> None:
        for box in self.detail_boxes:
            box.flush()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        self._show_details(self.current_row())

    def _show_details(self, row: int) -> None:
        for box in self.detail_boxes:
            box.show_row(row)

    def _refresh_details(self) -> None:
        for box in self.detail_boxes:
            if not box._updating:  # not the box's own save coming back
                box.reload()

    def _push(self, edit: E.Edit, text: str) -> bool:
        doc = self.model.document
        self.flush()
        return doc is not None and doc.push(edit, text)

    def add_item(self) -> None:
        row = self.model.rowCount()
        if self._push(E.InsertItems(self.list_name, row, (self.new_item(),)), QCoreApplication.translate("ListEditor", "Add item")):
            self.select(row)
            self._focus_editor()

    def insert_item(self) -> None:
        row = max(self.current_row(), 0)
        if self._push(E.InsertItems(self.list_name, row, (self.new_item(),)), QCoreApplication.translate("ListEditor", "Insert item")):
            self.select(row)
            self._focus_editor()

    def delete_item(self) -> None:
        row = self.current_row()
        if row >= 0 and self._push(E.RemoveItems(self.list_name, row, 1), QCoreApplication.translate("ListEditor", "Delete item")):
            self.select(min(row, self.model.rowCount() - 1))

    def move_item(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row >= 0 and 0 <= target < self.model.rowCount():
            text = QCoreApplication.translate("ListEditor", "Move item up") if delta < 0 else QCoreApplication.translate("ListEditor", "Move item down")
            if self._push(E.MoveItem(self.list_name, row, target), text):
                self.select(target)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard follows the item

    def _focus_editor(self) -> None:
        if self.detail_boxes:
            self.detail_boxes[0].widget.setFocus()
        else:
            self.view.edit(self.view.currentIndex())
