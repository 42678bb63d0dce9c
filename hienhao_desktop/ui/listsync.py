"""Keeps a Qt item model in step with one list of the open report: the model calls
begin/end row methods around each edit the document applies (insert, remove, move,
change), as Qt's models require."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from hienhao_desktop.domain import edits as E


class ListSync:
    def __init__(self, model: QAbstractItemModel, list_name: str, columns: int = 1,
                 numbered_column: int | None = None) -> None:
        self.model = model
        self.list_name = list_name
        self.columns = columns
        self.numbered_column = numbered_column  # a computed "Stt" column to refresh

    def _mine(self, edit: object) -> bool:
        return getattr(edit, "list_name", None) == self.list_name

    def about_to_change(self, edit: object) -> None:
        if not self._mine(edit):
            return
        root = QModelIndex()
        if isinstance(edit, E.InsertItems) and edit.items:
            self.model.beginInsertRows(root, edit.index, edit.index + len(edit.items) - 1)
        elif isinstance(edit, E.RemoveItems):
            self.model.beginRemoveRows(root, edit.index, edit.index + edit.count - 1)
        elif isinstance(edit, E.MoveItem) and edit.source != edit.target:
            destination = edit.target + 1 if edit.target > edit.source else edit.target
            self.model.beginMoveRows(root, edit.source, edit.source, root, destination)

    def changed(self, edit: object) -> None:
        if not self._mine(edit):
            return
        model = self.model
        if isinstance(edit, E.InsertItems) and edit.items:
            model.endInsertRows()
        elif isinstance(edit, E.RemoveItems):
            model.endRemoveRows()
        elif isinstance(edit, E.MoveItem) and edit.source != edit.target:
            model.endMoveRows()
        elif isinstance(edit, E.SetItem | E.SetItemField):
            last = self.columns - 1
            model.dataChanged.emit(model.index(edit.index, 0), model.index(edit.index, last))
            return
        else:
            return
        rows = model.rowCount()
        if self.numbered_column is not None and rows:
            col = self.numbered_column
            model.dataChanged.emit(model.index(0, col), model.index(rows - 1, col), [Qt.ItemDataRole.DisplayRole])
