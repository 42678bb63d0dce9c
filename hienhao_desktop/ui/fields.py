"""Form fields bound to one path of the report.

Each field shows the report's value, turns what the person types into a
``SetField`` edit (text fields wait a moment after the last key, so one word is not
ten transactions, and save at once when the field loses focus), and follows the
document when undo/redo changes the value. Stock Qt text widgets only, and no key
handling of our own: Vietnamese input methods (Unikey, EVKey) type by sending
backspaces and replacements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import edits as E
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.legacy_repair import review_pasted

SAVE_DELAY_MS = 700  # after the last key press; DESIGN.md asks for at most about a second


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box whose height follows its text (no inner scroll bar)."""

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        # QPlainTextEdit lays out only the visible blocks, so measure the wrapped
        # text with the font instead of asking its layout.
        metrics = QFontMetrics(self.font())
        margin = int(self.document().documentMargin())
        width = max(50, self.viewport().width() - 2 * margin)
        text_height = 0
        for paragraph in self.toPlainText().split("\n"):
            rect = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, paragraph or " ")
            text_height += max(metrics.lineSpacing(), rect.height())
        lines_height = max(self._min_lines * metrics.lineSpacing(), text_height)
        frame = 2 * margin + self.frameWidth() * 2 + 4
        height = lines_height + frame
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:  # re-wrap changes the line count
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class Field(QObject):
    """Binds one widget to one field path of the open document."""

    committed = Signal(str)  # path

    def __init__(self, path: str, widget: QWidget, label: str = "") -> None:
        super().__init__(widget)
        self.path = path
        self.widget = widget
        self.label = label  # the translated label; the tab sets it again on a language change
        self.document: ReportDocument | None = None
        self._updating = False

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_changed)
            document.add_flusher(self.flush)
            self._show(E.get_path(document.report, self.path))
            self.set_read_only(document.read_only)

    def flush(self) -> None:
        """Save what is typed but not yet saved."""

    def retranslate(self) -> None:
        """Texts the field itself shows (beyond its label, which the tab sets)."""

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def _on_changed(self, edit: object) -> None:
        if isinstance(edit, E.SetField) and edit.path == self.path and not self._updating:
            self._show(edit.value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any) -> None:
        doc = self.document
        if doc is None or doc.read_only:
            return
        if E.get_path(doc.report, self.path) == value:
            return
        self._updating = True  # keep what is in the widget (e.g. a trailing space being typed)
        try:
            text = QCoreApplication.translate("Field", "Edit %1").replace("%1", self.label)
            if doc.push(E.SetField(self.path, value), text, merge_key=("field", self.path)):
                self.committed.emit(self.path)
            else:
                self._show(E.get_path(doc.report, self.path))
        finally:
            self._updating = False


class SaveOnPause(QObject):
    """Calls ``save`` SAVE_DELAY_MS after the last change (``restart``), or at once
    when ``widget`` loses the focus: one word typed is one transaction, not ten."""

    def __init__(self, widget: QWidget, save: Callable[[], None]) -> None:
        super().__init__(widget)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(save)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._save()
        return False

    def restart(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


class _DelayedText(Field):
    """Text widgets: save SAVE_DELAY_MS after the last change, or on leaving."""

    def __init__(self, path: str, widget: QWidget, label: str = "") -> None:
        super().__init__(path, widget, label)
        self._reviewing = False
        self._pause = SaveOnPause(widget, self.flush)

    def _typed(self) -> None:
        if not self._updating:
            self._pause.restart()

    def flush(self) -> None:
        self._pause.stop()
        if self._reviewing:  # the repair question itself moved the focus away
            return
        text = self._text()
        doc = self.document
        if doc is not None and not doc.read_only:
            self._reviewing = True
            try:
                old = E.get_path(doc.report, self.path)
                reviewed = review_pasted(self.widget, old if isinstance(old, str) else "", text)
            finally:
                self._reviewing = False
            if reviewed != text:
                self.commit(reviewed)
                self._show(reviewed)
                return
        self.commit(text)

    def _text(self) -> str:
        raise NotImplementedError


class LineField(_DelayedText):
    def __init__(self, path: str, label: str = "", hint: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(False)
        super().__init__(path, edit, label)
        edit.textEdited.connect(self._typed)

    def _show(self, value: Any) -> None:
        self._updating = True
        self.widget.setText(value or "")
        self.widget.setCursorPosition(0)  # show the start of a long value
        self._updating = False

    def _text(self) -> str:
        return self.widget.text()

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class TextField(_DelayedText):
    def __init__(self, path: str, label: str = "", hint: str = "", min_lines: int = 4) -> None:
        edit = GrowingTextEdit(min_lines)
        edit.setPlaceholderText(hint)
        super().__init__(path, edit, label)
        edit.textChanged.connect(self._typed)

    def _show(self, value: Any) -> None:
        self._updating = True
        if self.widget.toPlainText() != value:
            self.widget.setPlainText(value or "")
        self._updating = False

    def _text(self) -> str:
        return self.widget.toPlainText()

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class ChoiceField(Field):
    """A fixed choice (report kind, signing authority): saved at once."""

    def __init__(self, path: str, label: str = "", choices: Sequence[tuple[str, str]] = ()) -> None:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        super().__init__(path, combo, label)
        combo.activated.connect(lambda _i: self.commit(combo.currentData()))

    def set_choice_texts(self, texts: dict[str, str]) -> None:
        """New texts for some choices (by value), e.g. after a language change."""
        for value, text in texts.items():
            index = self.widget.findData(value)
            if index >= 0:
                self.widget.setItemText(index, text)

    def _show(self, value: Any) -> None:
        self._updating = True
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(index, 0))
        self._updating = False


class EditableChoiceField(_DelayedText):
    """Free text with suggestions (the period: Học kỳ I, Học kỳ II, Cả năm)."""

    def __init__(self, path: str, label: str = "", suggestions: Sequence[str] = ()) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(suggestions)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().__init__(path, combo, label)
        combo.lineEdit().textEdited.connect(self._typed)
        combo.lineEdit().installEventFilter(self)
        combo.activated.connect(lambda _i: self.flush())

    def _show(self, value: Any) -> None:
        self._updating = True
        self.widget.setEditText(value or "")
        self._updating = False

    def _text(self) -> str:
        return self.widget.currentText()


class DateField(Field):
    """A date that may be left empty (to be written by hand on the printed page)."""

    EMPTY = QDate(2000, 1, 1)

    def __init__(self, path: str, label: str = "") -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(self.EMPTY)
        self.clear_button = QPushButton()
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        super().__init__(path, box, label)
        self.edit.dateChanged.connect(self._date_changed)
        self.clear_button.clicked.connect(lambda: self.edit.setDate(self.EMPTY))
        self.retranslate()

    def retranslate(self) -> None:
        self.clear_button.setText(QCoreApplication.translate("DateField", "Leave empty"))
        self.edit.setSpecialValueText(QCoreApplication.translate("DateField", "(empty: write by hand)"))

    def _date_changed(self, qdate: QDate) -> None:
        if self._updating:
            return
        value = None if qdate == self.EMPTY else dt.date(qdate.year(), qdate.month(), qdate.day())
        self.commit(value)

    def _show(self, value: Any) -> None:
        self._updating = True
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)
        self._updating = False


class Labelled(QWidget):
    """A label above its field (long Vietnamese labels do not fit beside), and an
    optional grey note under it. ``set_texts`` changes both (language switch)."""

    def __init__(self, widget: QWidget, label: str = "", note: str = "") -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(3)
        self.title = QLabel()
        self.title.setBuddy(widget)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        column.addWidget(self.title)
        column.addWidget(widget)
        column.addWidget(self.note)
        self.set_texts(label, note)

    def set_texts(self, label: str, note: str = "") -> None:
        self.title.setText(label)
        self.note.setText(note)
        self.note.setVisible(bool(note))


def labelled(label: str, widget: QWidget, note: str = "") -> Labelled:
    return Labelled(widget, label, note)
