"""Offering to repair text pasted from old TCVN3 or VNI documents.

Fields call ``review_pasted`` on their save path with the value they held and the
new one: when the newly added part reads as TCVN3/VNI (``domain.legacy.detect``),
the window's ``Dialogs`` shows it before and after conversion and, if the person
agrees, the converted text is what gets saved. No key handling is involved, so
Vietnamese input methods are left alone. ``convert_focused`` is the menu command
for a field the person knows is in a legacy encoding.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit, QWidget

from hienhao_desktop.domain import legacy
from hienhao_desktop.ui.dialogs import Dialogs


def dialogs_for(widget: QWidget | None) -> Dialogs | None:
    """The Dialogs of the window holding ``widget`` (tests script them there)."""
    window = widget.window() if widget is not None else None
    dialogs = getattr(window, "dialogs", None)
    return dialogs if isinstance(dialogs, Dialogs) else None


def _added_part(old: str, new: str) -> tuple[int, int]:
    """Start and end in ``new`` of what differs from ``old`` (a paste or an edit)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_new, end_old = len(new), len(old)
    while end_new > start and end_old > start and old[end_old - 1] == new[end_new - 1]:
        end_new -= 1
        end_old -= 1
    # Whole words: the question shows "HiÒn Hµo", not "Òn Hµ".
    while 0 < start < len(new) and not new[start - 1].isspace() and not new[start].isspace():
        start -= 1
    while start < end_new < len(new) and not new[end_new].isspace() and not new[end_new - 1].isspace():
        end_new += 1
    return start, end_new


def review_pasted(widget: QWidget | None, old: str, new: str) -> str:
    """``new``, or ``new`` with its added TCVN3/VNI part converted if the person agrees."""
    if not new or new == old or new.isascii():
        return new
    start, end = _added_part(old or "", new)
    added = new[start:end]
    encoding = legacy.detect(added)
    if encoding is None:
        return new
    dialogs = dialogs_for(widget)
    if dialogs is None:
        return new
    converted = legacy.convert(added, encoding)
    if not dialogs.confirm_legacy(legacy.NAMES[encoding], added, converted):
        return new
    return new[:start] + converted + new[end:]


def convert_focused(window: QWidget, dialogs: Dialogs) -> bool:
    """Convert the whole of the focused field (or the current table cell) from
    TCVN3/VNI, as the person asked. The field then saves as after typing."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly():
        widget = None
    if isinstance(widget, QLineEdit):
        text = widget.text()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
    elif isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        index: QModelIndex = widget.currentIndex()
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
    else:
        dialogs.info(QCoreApplication.translate("LegacyRepair", "Convert from TCVN3/VNI"),
                     QCoreApplication.translate("LegacyRepair", "Click into the field to convert first, then choose this command again."))
        return False
    encoding = legacy.guess(text)
    if encoding is None:
        dialogs.info(QCoreApplication.translate("LegacyRepair", "Convert from TCVN3/VNI"),
                     QCoreApplication.translate("LegacyRepair", "This field does not look like TCVN3 or VNI text: nothing was changed."))
        return False
    converted = legacy.convert(text, encoding)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(converted)  # an edit, like typing: the field saves it and it can be undone
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(converted)
    else:
        widget.model().setData(widget.currentIndex(), converted, Qt.ItemDataRole.EditRole)
    return True
