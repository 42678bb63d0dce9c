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
import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import IssueDate
from hienhao_desktop.domain.paths import value_at
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.legacy_repair import review_pasted

SAVE_DELAY_MS = 700  # after the last key press; DESIGN.md asks for at most about a second
SAVE_MAX_WAIT_MS = 2000  # after the first unsaved key press, however steadily the typing goes on


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box whose height follows its text (no inner scroll bar)."""

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None, max_lines: int | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines  # beyond this the box scrolls (where height is scarce)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if max_lines is None
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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
        if self._max_lines is not None:
            lines_height = min(lines_height, self._max_lines * metrics.lineSpacing())
        frame = 2 * margin + self.frameWidth() * 2 + 4
        height = lines_height + frame
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:  # re-wrap changes the line count
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


W = TypeVar("W", bound=QWidget)
_MISSING = object()


class Field(QObject, Generic[W]):
    """Binds one widget to one field path of the open document."""

    committed = Signal(str)  # path

    def __init__(self, path: str, widget: W, label: str = "") -> None:
        super().__init__(widget)
        self.path = path
        self.widget: W = widget
        self.label = label  # the translated label; the tab sets it again on a language change
        self.document: ReportDocument | None = None
        self._updating = False
        # Typed and not saved yet. Only typed text is ever saved by ``flush``: a field
        # bound anew (a part moved, so its tab shows another part) must not write what
        # it showed for the old place into the new one.
        self._dirty = False

    @property
    def input(self) -> QWidget:
        """The widget a person types into (the checklist puts the cursor there)."""
        return self.widget

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.flush()  # what was typed belongs to the report it was typed for
            self.document.changed.disconnect(self._on_changed)
            self.document.remove_flusher(self.flush)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_changed)
            document.add_flusher(self.flush)
            self._show(value_at(document.report, self.path))
            self._dirty = False
            self.set_read_only(document.read_only)

    def flush(self) -> None:
        """Save what is typed but not yet saved."""

    def retranslate(self) -> None:
        """Texts the field itself shows (beyond its label, which the tab sets)."""

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def value(self) -> Any:
        """The field's value as the open report holds it (None when there is none)."""
        return value_at(self.document.report, self.path) if self.document is not None else None

    def _on_changed(self, edit: object) -> None:
        if isinstance(edit, E.SetField | E.SetItemField) and edit.path == self.path and not self._updating:
            self._show(self.value())
            self._dirty = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any) -> bool:
        """Save ``value`` as one undo step (merged with the typing just before it).
        False when the report refused it; the widget then shows the kept value."""
        doc = self.document
        if doc is None or doc.read_only or doc.closed:
            return False
        kept = value_at(doc.report, self.path, _MISSING)
        if kept is _MISSING:  # the record is not there (a second signing column not added)
            return False
        if kept == value:
            return True
        self._updating = True  # keep what is in the widget (e.g. a trailing space being typed)
        try:
            text = QCoreApplication.translate("Field", "Edit %1").replace("%1", self.label)
            if doc.push(E.SetField(self.path, value), text, merge_key=("field", self.path)):
                self.committed.emit(self.path)
                return True
            self._show(value_at(doc.report, self.path))
            return False
        finally:
            self._updating = False


class SaveOnPause(QObject):
    """Calls ``save`` SAVE_DELAY_MS after the last change (``restart``), at most
    SAVE_MAX_WAIT_MS after the first unsaved one however steadily the person types,
    and at once when ``widget`` loses the focus: one word typed is one transaction,
    not ten, and a minute of typing without a pause is never a minute unsaved."""

    def __init__(self, widget: QWidget, save: Callable[[], None]) -> None:
        super().__init__(widget)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._fire)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(SAVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self._fire)
        widget.installEventFilter(self)

    def _fire(self) -> None:
        self._save()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._save()
        return False

    def restart(self) -> None:
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        self._timer.stop()
        self._deadline.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._deadline.isActive()


class _DelayedText(Field[W]):
    """Text widgets: save SAVE_DELAY_MS after the last change, or on leaving."""

    def __init__(self, path: str, widget: W, label: str = "") -> None:
        super().__init__(path, widget, label)
        self._reviewing = False
        self._pause = SaveOnPause(widget, self.flush)

    def _typed(self) -> None:
        if not self._updating:
            self._dirty = True
            self._pause.restart()

    def flush(self) -> None:
        self._pause.stop()
        if self._reviewing:  # the repair question itself moved the focus away
            return
        if not self._dirty:
            return
        text = self._text()
        doc = self.document
        if doc is None or doc.read_only or doc.closed:
            return
        self._reviewing = True
        try:
            old = value_at(doc.report, self.path)
            reviewed = review_pasted(self.widget, old if isinstance(old, str) else "", text)
        finally:
            self._reviewing = False
        self._dirty = False
        if reviewed != text:
            self.commit(reviewed)
            self._show(reviewed)
            return
        self.commit(text)

    def _text(self) -> str:
        raise NotImplementedError


class LineField(_DelayedText[QLineEdit]):
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


class TextField(_DelayedText[GrowingTextEdit]):
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


class ChoiceField(Field[QComboBox]):
    """A fixed choice (report kind, signing authority): saved at once."""

    def __init__(self, path: str, label: str = "", choices: Sequence[tuple[str, str]] = ()) -> None:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        super().__init__(path, combo, label)
        combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        if not self._updating:
            self.commit(self.widget.currentData())

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


class EditableChoiceField(_DelayedText[QComboBox]):
    """Free text with suggestions (the period: Học kỳ I, Học kỳ II, Cả năm)."""

    def __init__(self, path: str, label: str = "", suggestions: Sequence[str] = ()) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(suggestions)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().__init__(path, combo, label)
        line = combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._typed)
        line.installEventFilter(self._pause)
        combo.activated.connect(self._chosen)

    @property
    def input(self) -> QWidget:
        return self.widget.lineEdit() or self.widget

    def _chosen(self, _index: int) -> None:
        if not self._updating:
            self._dirty = True
            self.flush()

    def _show(self, value: Any) -> None:
        self._updating = True
        self.widget.setEditText(value or "")
        self._updating = False

    def _text(self) -> str:
        return self.widget.currentText()


DATE_SEPARATORS = re.compile(r"\s*[/.\-]\s*")
_BLANK = re.compile(r"^[.…_\s]*$")  # "…", "..", "__": a part left to write by hand


def parse_date(text: str) -> dt.date | None:
    """A date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, or a
    two-digit year 15/01/24). Empty text is no date (None). Raises ValueError."""
    parts = parse_date_parts(text)
    if parts.is_empty():
        return None
    date = parts.as_date()
    if date is None:
        raise ValueError(text)
    return date


def parse_date_parts(text: str) -> IssueDate:
    """A date typed with any part left empty: "15/01/2024", "/4/2012", "…/4/2012",
    "" (nothing). Raises ValueError for a part that is not a day, a month or a year."""
    text = text.strip()
    if not text:
        return IssueDate()
    parts = DATE_SEPARATORS.split(text)
    if len(parts) != 3:
        raise ValueError(text)
    return IssueDate(_part(parts[0], 1, 31), _part(parts[1], 1, 12), _year(parts[2]))


def _part(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    if _BLANK.match(text):
        return None
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise ValueError(text)
    return int(text)


def _year(text: str) -> int | None:
    text = text.strip()
    if _BLANK.match(text):
        return None
    if not (text.isascii() and text.isdigit()) or len(text) not in (2, 4):
        raise ValueError(text)
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateField(Field[QWidget]):
    """The date of issue as three small boxes — day, month, year — each of which may
    stay empty, to be written by hand on the printed page ("ngày … tháng 4 năm 2012").
    A whole date typed into the first box ("15/01/2024", "/4/2012") fills all three;
    a calendar picks one. A part that cannot be read keeps what was typed, with a
    message beside it, and nothing is saved until it is fixed. Bound to ``date``;
    the checklist's ``date.day`` & co. put the cursor in that box."""

    PARTS = ("day", "month", "year")

    def __init__(self, path: str = "date", label: str = "") -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        self.part_labels: dict[str, QLabel] = {}
        for name, width in (("day", 3), ("month", 3), ("year", 5)):
            label_widget = QLabel()
            edit = QLineEdit()
            edit.setMaxLength(12 if name == "day" else 4)
            edit.setMinimumWidth(QFontMetrics(edit.font()).horizontalAdvance("0" * width) + 16)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label_widget.setBuddy(edit)
            edit.setMaximumWidth(QFontMetrics(edit.font()).horizontalAdvance("0" * (width + 4)) + 16)
            row.addWidget(label_widget)
            row.addWidget(edit)
            self.edits[name] = edit
            self.part_labels[name] = label_widget
        self.calendar_button = QToolButton()
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        column.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        super().__init__(path, box, label)
        self._pauses = []
        for edit in self.edits.values():
            pause = SaveOnPause(edit, self.flush)  # each box saves on a pause, and on leaving it
            self._pauses.append(pause)
            edit.textEdited.connect(lambda _text, p=pause: self._typed(p))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._failed = False
        self.retranslate()

    @property
    def edit(self) -> QLineEdit:
        return self.edits["day"]

    @property
    def input(self) -> QWidget:
        return self.edits["day"]

    def input_for(self, path: str) -> QWidget:
        """The box of ``date.month`` & co.; the day's for ``date``."""
        return self.edits.get(path.rsplit(".", 1)[-1], self.edits["day"])

    def retranslate(self) -> None:
        self.part_labels["day"].setText(QCoreApplication.translate("DateField", "day"))
        self.part_labels["month"].setText(QCoreApplication.translate("DateField", "month"))
        self.part_labels["year"].setText(QCoreApplication.translate("DateField", "year"))
        self.calendar_button.setText(QCoreApplication.translate("DateField", "Calendar…"))
        self.calendar_button.setToolTip(QCoreApplication.translate("DateField", "Pick the date on a calendar"))
        tip = QCoreApplication.translate("DateField", "Each part may stay empty, to be written by hand. A whole date "
                                         "such as 15/01/2024 may be typed into the first box.")
        for edit in self.edits.values():
            edit.setToolTip(tip)
        if self.error_label.isVisible():
            self.error_label.setText(self._refusal())

    @staticmethod
    def _refusal() -> str:
        return QCoreApplication.translate(
            "DateField", "The day must be 1 to 31, the month 1 to 12 and the year four digits, e.g. 15/01/2024; "
            "any of them may stay empty. This date was not saved.")

    def _typed(self, pause: SaveOnPause) -> None:
        if not self._updating:
            pause.restart()

    def _texts(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def typed_date(self) -> IssueDate:
        """What the boxes say; ValueError when a part cannot be read."""
        texts = self._texts()
        if DATE_SEPARATORS.search(texts["day"].strip()):  # a whole date in the first box
            return parse_date_parts(texts["day"])
        return IssueDate(_part(texts["day"], 1, 31), _part(texts["month"], 1, 12), _year(texts["year"]))

    def open_calendar(self) -> None:
        """The calendar opens at the date in the boxes, else at today's month."""
        try:
            value = self.typed_date().as_date()
        except ValueError:
            value = None
        day = value or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        anchor = self.edits["day"]
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        self.calendar.adjustSize()
        screen = anchor.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.calendar.width())
        y = below.y() if below.y() + self.calendar.height() <= screen.bottom() \
            else anchor.mapToGlobal(QPoint(0, 0)).y() - self.calendar.height()
        self.calendar.move(max(screen.left(), x), max(screen.top(), y))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        if self.document is None or self.document.read_only:
            return
        self._show(IssueDate(qdate.day(), qdate.month(), qdate.year()))
        self.flush()
        self.edits["day"].setFocus(Qt.FocusReason.PopupFocusReason)

    def flush(self) -> None:
        for pause in self._pauses:
            pause.stop()
        doc = self.document
        if doc is None or doc.read_only or doc.closed:
            return
        try:
            value = self.typed_date()
        except ValueError:
            self.error_label.setText(self._refusal())
            self.error_label.show()
            if not self._failed:
                doc.failed.emit(self._refusal())
            self._failed = True
            return
        self._failed = False
        self.error_label.hide()
        if value == doc.report.date:
            if self._texts()["day"] != _two(value.day) and DATE_SEPARATORS.search(self._texts()["day"]):
                self._show(value)
            return
        self._updating = True
        try:
            text = QCoreApplication.translate("Field", "Edit %1").replace("%1", self.label)
            if doc.push(E.set_date(value), text, merge_key=("field", self.path)):
                self.committed.emit(self.path)
        finally:
            self._updating = False
        if not any(edit.hasFocus() for edit in self.edits.values()) or DATE_SEPARATORS.search(self._texts()["day"]):
            self._show(doc.report.date)

    def _on_changed(self, edit: object) -> None:
        edits = edit.edits if isinstance(edit, E.Batch) else (edit,)
        paths = [getattr(e, "path", "") for e in edits]
        if any(str(p).startswith("date.") for p in paths) and not self._updating and self.document is not None:
            self._show(self.document.report.date)

    def _show(self, value: Any) -> None:
        self._updating = True
        try:
            self.error_label.hide()
            self._failed = False
            date = value if isinstance(value, IssueDate) else IssueDate()
            self.edits["day"].setText(_two(date.day))
            self.edits["month"].setText(_two(date.month))
            self.edits["year"].setText("" if date.year is None else str(date.year))
        finally:
            self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)


def _two(value: int | None) -> str:
    return "" if value is None else f"{value:02d}"


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
