"""The report's tabs, in the order of the printed report: Thông tin chung, the opening
(Mở đầu), one tab per part (titled by its number and heading), Nơi nhận và ký. Each tab
owns its widgets, binds them to the open document (``attach``) and can put the cursor
on a place named by its path (``focus``), so the checklist can jump to a problem.

The body is edited by outline editors (``ui/outline_editor.py``): ``OutlineBinding``
turns what the clerk does on the page into one ``domain.edits`` edit
(``replace_blocks``: the smallest one) pushed on the document, and shows the report's
blocks again after undo, redo or any other change. A part's tab is bound to the part's
index; when parts are added, removed or moved the window binds its tabs anew.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.document.numbering import part_number
from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import (
    PERIODS,
    Authority,
    Block,
    HeadingNumbering,
    PartNumbering,
    PartRole,
    ReportKind,
    Signature,
    default_part_heading,
    default_title,
)
from hienhao_desktop.domain.paths import parse, value_at
from hienhao_desktop.ui.document import ReportDocument
from hienhao_desktop.ui.fields import (
    ChoiceField,
    DateField,
    EditableChoiceField,
    Field,
    Labelled,
    LineField,
    TextField,
    labelled,
)
from hienhao_desktop.ui.list_editor import ListEditor
from hienhao_desktop.ui.outline_blocks import BlockChange
from hienhao_desktop.ui.outline_editor import OutlineEditor, TableRequest

_ITEM_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")

# The words for a part's role, a report's kind and the numbering styles (translated when shown).
ROLE_TEXTS = {
    PartRole.ASSESSMENT.value: QT_TRANSLATE_NOOP("PartTab", "General assessment (advantages, difficulties)"),
    PartRole.SITUATION.value: QT_TRANSLATE_NOOP("PartTab", "The situation (đặc điểm tình hình)"),
    PartRole.IMPLEMENTATION.value: QT_TRANSLATE_NOOP("PartTab", "Carrying out the tasks"),
    PartRole.PLANS.value: QT_TRANSLATE_NOOP("PartTab", "Solutions and plans for the next period"),
    PartRole.RECOMMENDATIONS.value: QT_TRANSLATE_NOOP("PartTab", "Recommendations and proposals"),
    PartRole.OTHER.value: QT_TRANSLATE_NOOP("PartTab", "A part of your own"),
}
PART_NUMBERING_TEXTS = {
    PartNumbering.ROMAN.value: QT_TRANSLATE_NOOP("GeneralTab", "I., II., III. …"),
    PartNumbering.WORDS.value: QT_TRANSLATE_NOOP("GeneralTab", "Phần thứ nhất, Phần thứ hai …"),
    PartNumbering.LETTERS.value: QT_TRANSLATE_NOOP("GeneralTab", "A., B., C. …"),
    PartNumbering.NONE.value: QT_TRANSLATE_NOOP("GeneralTab", "Not numbered"),
}
HEADING_NUMBERING_TEXTS = {
    HeadingNumbering.DECIMAL.value: QT_TRANSLATE_NOOP("GeneralTab", "1. → 1.1. → 1.1.1."),
    HeadingNumbering.LETTERS.value: QT_TRANSLATE_NOOP("GeneralTab", "1. → a) → -"),
    HeadingNumbering.ROMAN.value: QT_TRANSLATE_NOOP("GeneralTab", "I. → 1. → a)"),
    HeadingNumbering.NONE.value: QT_TRANSLATE_NOOP("GeneralTab", "Not numbered"),
}
TAB_TITLE_CHARS = 22  # a part's heading on its tab: more is elided (the whole one is the tooltip)


def part_tab_title(number: str, heading: str, chars: int = TAB_TITLE_CHARS) -> str:
    """"II. Tình hình thực hiện…": the number and the start of the heading, at most
    ``chars`` of it (cut at a word; 0: the number alone, where the screen is narrow)."""
    if chars <= 0 and number:
        return number
    if len(heading) > chars:  # cut at a word
        cut = heading[:chars]
        if heading[chars] != " " and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        heading = cut.rstrip(" ,;:") + "…"
    return " ".join(w for w in (number, heading) if w) or "…"


class ReportTab(QWidget):
    """A page of the report editor. Subclasses fill ``self.body`` and register
    their fields and list editors; all their texts are set in ``retranslate()``,
    called once built and again on every language change.

    A page scrolls as a whole when its fields are taller than the window
    (``scrolls``); a page holding an editor that scrolls by itself does not, so there
    is never a scroll area inside a scroll area."""

    scrolls = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(12, 8, 12, 8)
        self.body.setSpacing(6)
        self.scroll_area: QScrollArea | None = None
        if self.scrolls:
            self.scroll_area = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setWidget(inner)
            outer.addWidget(self.scroll_area)
        else:
            outer.addWidget(inner)
        self.fields: dict[str, Field[Any]] = {}
        self.lists: dict[str, ListEditor] = {}
        self.captions: dict[str, Labelled] = {}
        self.hints: dict[QWidget, str] = {}  # sample wording shown as "e.g. …" in empty fields
        self.document: ReportDocument | None = None

    def ensureWidgetVisible(self, widget: QWidget) -> None:
        if self.scroll_area is not None:
            self.scroll_area.ensureWidgetVisible(widget)

    def hint(self, widget: QWidget, sample: str) -> None:
        """Show ``sample`` (the seed report's wording) as a hint that cannot be
        mistaken for a value already filled in."""
        self.hints[widget] = sample

    def _show_hints(self) -> None:
        for widget, sample in self.hints.items():
            text = QCoreApplication.translate("ReportTab", "e.g. %1").replace("%1", sample)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(text)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        for field in self.fields.values():
            field.retranslate()
        self._show_hints()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def caption(self, path: str, label: str, note: str = "") -> None:
        """Set the label (and note) shown above a field or list; undo texts use it too."""
        self.captions[path].set_texts(label, note)
        if path in self.fields:
            self.fields[path].label = label
        if path in self.lists:
            self.lists[path].label = label

    def add_field(self, field: Field[Any], hint: str = "") -> Labelled:
        self.fields[field.path] = field
        if hint:
            self.hint(field.input, hint)
        box = labelled(field.label, field.widget)
        self.captions[field.path] = box
        return box

    def add_list(self, editor: ListEditor) -> Labelled:
        self.lists[editor.list_name] = editor
        for widget, sample in editor.detail_hints:
            if sample:
                self.hint(widget, sample)
        box = labelled("", editor)
        self.captions[editor.list_name] = box
        return box

    def attach(self, document: ReportDocument | None) -> None:
        self.document = document
        for field in self.fields.values():
            field.attach(document)
        for editor in self.lists.values():
            editor.attach(document)

    def paths(self) -> set[str]:
        return set(self.fields) | set(self.lists)

    def owns(self, path: str) -> bool:
        head = path.split("[")[0]
        return path in self.fields or head in self.lists

    def focus(self, path: str) -> bool:
        if path in self.fields:
            target = self.fields[path].input
            self.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        head = path.split("[")[0]
        if head in self.lists:
            editor = self.lists[head]
            match = _ITEM_PATH.match(path)
            if match:
                editor.select(int(match[2]))
            self.ensureWidgetVisible(editor)
            editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


# ---- Thông tin chung -------------------------------------------------------------------


class GeneralTab(ReportTab):
    def title(self) -> str:
        return self.tr("General information")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kinds = [(k.value, "") for k in ReportKind]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.kind_field = ChoiceField("kind", "", kinds)
        grid.addWidget(self.add_field(self.kind_field), 0, 0)
        grid.addWidget(self.add_field(LineField("school_year"), "2023-2024"), 0, 1)
        grid.addWidget(self.add_field(EditableChoiceField("period", "", list(PERIODS))), 0, 2)
        self.title_field = TextField("title", min_lines=2)
        grid.addWidget(self.add_field(self.title_field), 1, 0, 1, 3)
        grid.addWidget(self.add_field(LineField("organization.parent"), "UBND xã Hiền Hào"), 2, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.name"), "Trung tâm học tập cộng đồng"), 3, 0, 1, 2)
        grid.addWidget(self.add_field(LineField("organization.abbreviation"), "TTHTCĐ"), 3, 2)
        grid.addWidget(self.add_field(LineField("document_number"), "12"), 4, 0)
        self.code_field = LineField("document_code")
        grid.addWidget(self.add_field(self.code_field), 4, 1)
        grid.addWidget(self.add_field(LineField("place"), "Hiền Hào"), 4, 2)
        self.date_field = DateField("date")
        grid.addWidget(self.add_field(self.date_field), 5, 0, 1, 2)
        self.part_numbering = ChoiceField("part_numbering", "", [(k, "") for k in PART_NUMBERING_TEXTS])
        self.heading_numbering = ChoiceField("heading_numbering", "", [(k, "") for k in HEADING_NUMBERING_TEXTS])
        grid.addWidget(self.add_field(self.part_numbering), 6, 0)
        grid.addWidget(self.add_field(self.heading_numbering), 6, 1)
        _top_aligned(grid)
        self.body.addLayout(grid)
        self.addressees = ListEditor("addressees", lambda: "")
        self.addressees.view.setMaximumHeight(150)
        self.body.addWidget(self.add_list(self.addressees))
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.kind_field.set_choice_texts({ReportKind.SO_KET.value: self.tr("Periodic review (sơ kết)"),
                                          ReportKind.TONG_KET.value: self.tr("End-of-year review (tổng kết)"),
                                          ReportKind.OTHER.value: self.tr("Another report (its title typed)")})
        self.part_numbering.set_choice_texts({k: self.tr(str(v)) for k, v in PART_NUMBERING_TEXTS.items()})
        self.heading_numbering.set_choice_texts({k: self.tr(str(v)) for k, v in HEADING_NUMBERING_TEXTS.items()})
        self.caption("kind", self.tr("Kind of report"))
        self.caption("school_year", self.tr("School year"), self.tr("Empty when the period is not a school year's."))
        self.caption("period", self.tr("Period"),
                     self.tr("Choose one, or type your own: Từ tháng 10/2018 đến tháng 5/2019, Năm 2024 …"))
        self.caption("title", self.tr("Title of the report"),
                     self.tr("Leave empty to use the title shown in grey. Press Enter where the printed "
                             "title should go on to a new line."))
        self.caption("organization.parent", self.tr("Parent body"))
        self.caption("organization.name", self.tr("Issuing body"))
        self.caption("organization.abbreviation", self.tr("Abbreviation"),
                     self.tr("Used in the document code: Số: 12/BC-TTHTCĐ"))
        self.caption("document_number", self.tr("Document number"), self.tr("Leave empty to write it by hand."))
        self.caption("document_code", self.tr("Document code"),
                     self.tr("Leave empty for the code shown in grey, or type your own (e.g. UB)."))
        self.caption("place", self.tr("Place name"))
        self.caption("date", self.tr("Date of issue"),
                     self.tr("Any part may stay empty, to be written by hand on the printed report."))
        self.caption("part_numbering", self.tr("Numbering of the parts"))
        self.caption("heading_numbering", self.tr("Numbering of the headings inside a part"))
        self.caption("addressees", self.tr("Addressed to (kính gửi)"),
                     self.tr("Optional: one addressee per line, e.g. Phòng GD&ĐT huyện."))
        self._update_hints()

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._update_hints)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._update_hints)
        self._update_hints()

    def _update_hints(self, *_: object) -> None:
        """The title and the document code the report prints when these are left empty."""
        if self.document is None:
            return
        r = self.document.report
        self.title_field.widget.setPlaceholderText(default_title(r.kind, r.period, r.school_year))
        code = f"BC-{r.organization.abbreviation}" if r.organization.abbreviation else "BC"
        self.code_field.widget.setPlaceholderText(code)

    def owns(self, path: str) -> bool:
        return path.startswith("date.") or super().owns(path)

    def focus(self, path: str) -> bool:
        if path == "date" or path.startswith("date."):
            target = self.date_field.input_for(path)
            self.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus(path)


# ---- the body: outline editors ------------------------------------------------------------


def _touches(edit: object, list_path: str) -> bool:
    """Whether a single edit changes the block list at ``list_path`` (or a block in it)."""
    inside = list_path + "["
    name = getattr(edit, "list_name", None)
    if isinstance(name, str) and (name == list_path or name.startswith(inside)):
        return True
    path = getattr(edit, "path", None)
    return isinstance(path, str) and path.startswith(inside)


class OutlineBinding(QObject):
    """One outline editor bound to one block list of the open report: ``opening`` or
    ``parts[i].blocks``. What the clerk changes on the page becomes one edit pushed on
    the document (undoable, saved at once); what the report holds after any edit is
    shown again (an equal list changes nothing on the page)."""

    def __init__(self, editor: OutlineEditor, list_path: str, undo_text: Callable[[], str]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.list_path = list_path
        self.undo_text = undo_text
        self.document: ReportDocument | None = None
        self._pushing = False
        editor.blocksEdited.connect(self._edited)

    def blocks(self) -> list[Block]:
        if self.document is None:
            return []
        found = value_at(self.document.report, self.list_path, [])
        return list(found) if isinstance(found, list) else []

    def attach(self, document: ReportDocument | None, list_path: str | None = None) -> None:
        if self.document is not None:
            self.editor.flush()  # what was typed belongs to the report (and the part) it was typed for
            self.document.changed.disconnect(self._changed)
            self.document.remove_flusher(self.editor.flush)
        if list_path is not None:
            self.list_path = list_path
        self.document = document
        if document is None:
            self.editor.set_blocks([])
            self.editor.set_read_only(True)
            return
        document.changed.connect(self._changed)
        document.add_flusher(self.editor.flush)
        self.editor.set_heading_numbering(document.report.heading_numbering)
        self.editor.set_read_only(False)
        self.editor.set_blocks(self.blocks())
        self.editor.set_read_only(document.read_only)

    def _edited(self, change: BlockChange) -> None:
        doc = self.document
        if doc is None or doc.closed or doc.read_only:
            self.refresh()
            return
        new = self.editor.blocks()
        try:
            edit = E.replace_blocks(doc.report, self.list_path, new)
        except E.EditError as exc:
            from hienhao_desktop.ui.failures import message_of

            doc.failed.emit(message_of(exc))
            self.refresh()
            return
        if edit is not None:
            self._pushing = True
            try:
                doc.push(edit, self.undo_text(), merge_key=self._merge_key(change))
            finally:
                self._pushing = False
        self.refresh()

    def _merge_key(self, change: BlockChange) -> object:
        """Typing on in one paragraph (or heading, or list item) is one undo step."""
        if change.end - change.start != 1 or len(change.new) != 1:
            return None
        return ("blocks", self.list_path, change.start, type(change.new[0]).__name__)

    def refresh(self) -> None:
        if self.document is not None:
            self.editor.set_blocks(self.blocks())

    def _changed(self, edit: object) -> None:
        if self.document is None:
            return
        if isinstance(edit, E.SetField) and edit.path == "heading_numbering":
            self.editor.set_heading_numbering(self.document.report.heading_numbering)
        if not self._pushing and _touches(edit, self.list_path):
            self.refresh()

    def focus(self, rest: tuple[object, ...]) -> None:
        """Put the cursor where the checklist points inside this list: a block
        (``(3,)``), a cell (``(3, "rows", 2, 1)``) or a column title."""
        if not rest or not isinstance(rest[0], int):
            self.editor.focus_item(0)
            return
        index = rest[0]
        cell: tuple[int, int] | None = None
        if len(rest) == 4 and rest[1] == "rows" and isinstance(rest[2], int) and isinstance(rest[3], int):
            cell = (rest[2], rest[3])
        elif len(rest) >= 3 and rest[1] == "columns" and isinstance(rest[2], int):
            cell = (-1, rest[2])
        self.editor.focus_item(index, cell)


class OutlineTab(ReportTab):
    """A tab holding one outline editor (the opening, a part)."""

    scrolls = False

    def __init__(self, list_path: str, ask_table: Callable[[QWidget], TableRequest | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_path = list_path
        self.body.setContentsMargins(6, 4, 6, 0)
        self.header = QVBoxLayout()
        self.header.setContentsMargins(6, 0, 6, 0)
        self.body.addLayout(self.header)
        self.editor = OutlineEditor(self, ask_table=ask_table) if ask_table else OutlineEditor(self)
        self.body.addWidget(self.editor, 1)
        self.binding = OutlineBinding(self.editor, self.list_path, self.undo_text)

    def undo_text(self) -> str:
        return QCoreApplication.translate("OutlineTab", "Edit the opening")

    def attach(self, document: ReportDocument | None) -> None:
        super().attach(document)
        self.binding.attach(document, self.list_path)

    def owns(self, path: str) -> bool:
        return path == self.list_path or path.startswith(self.list_path + "[") or super().owns(path)

    def focus(self, path: str) -> bool:
        if path == self.list_path or path.startswith(self.list_path + "["):
            rest = parse(path)[len(parse(self.list_path)):]
            self.binding.focus(rest)
            return True
        return super().focus(path)


class OpeningTab(OutlineTab):
    """Mở đầu: what stands before the first part ("Căn cứ …", "… báo cáo như sau:"); it may be empty."""

    def __init__(self, ask_table: Callable[[QWidget], TableRequest | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("opening", ask_table, parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.header.addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Opening")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr("Optional: what stands before the first part, e.g. the lines \u201cCăn cứ …\u201d "
                                  "and \u201c… báo cáo như sau:\u201d. Leave it empty if the report has none."))


class PartTab(OutlineTab):
    """One part of the body: its heading (empty: the default of its role, shown in
    grey), its role, the buttons that add, remove and move parts, and its blocks in
    an outline editor. ``bind(index)`` points it at ``parts[index]``."""

    def __init__(self, index: int, part_commands: dict[str, Callable[[], object]],
                 ask_table: Callable[[QWidget], TableRequest | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"parts[{index}].blocks", ask_table, parent)
        self.index = index
        self.heading_field = LineField(f"parts[{index}].heading")
        self.role_field = ChoiceField(f"parts[{index}].role", "", [(role, "") for role in ROLE_TEXTS])
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.add_field(self.heading_field), 3)
        row.addWidget(self.add_field(self.role_field), 2)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for name, button in (("add", self.add_button), ("remove", self.remove_button), ("up", self.up_button),
                             ("down", self.down_button)):
            buttons.addWidget(button)
            run = part_commands.get(name)
            if run is not None:
                button.clicked.connect(lambda _=False, run=run: run())
        holder = QVBoxLayout()
        holder.addStretch(1)
        holder.addLayout(buttons)
        holder.addSpacing(6)
        row.addLayout(holder)
        self.header.addLayout(row)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Part %1").replace("%1", str(self.index + 1))

    def tab_title(self, chars: int = TAB_TITLE_CHARS) -> str:
        """"II. Thực hiện nhiệm vụ" as the report numbers and heads the part (the
        heading cut to ``chars``)."""
        if self.document is None:
            return self.title()
        report = self.document.report
        if not 0 <= self.index < len(report.parts):
            return self.title()
        number = part_number(report.part_numbering, self.index + 1)
        return part_tab_title(number, report.part_heading(report.parts[self.index]), chars)

    def full_title(self) -> str:
        if self.document is None or not 0 <= self.index < len(self.document.report.parts):
            return self.title()
        report = self.document.report
        number = part_number(report.part_numbering, self.index + 1)
        return " ".join(w for w in (number, report.part_heading(report.parts[self.index])) if w)

    def undo_text(self) -> str:
        return self.tr("Edit %1").replace("%1", self.tab_title())

    def bind(self, index: int) -> None:
        """Point the tab at ``parts[index]`` (after parts were added, removed or moved);
        ``attach`` then shows it."""
        self.index = index
        self.list_path = f"parts[{index}].blocks"
        for field, name in ((self.heading_field, "heading"), (self.role_field, "role")):
            old = field.path
            field.path = f"parts[{index}].{name}"
            self.fields[field.path] = self.fields.pop(old)
            self.captions[field.path] = self.captions.pop(old)

    def retranslate(self) -> None:
        super().retranslate()
        self.role_field.set_choice_texts({k: self.tr(str(v)) for k, v in ROLE_TEXTS.items()})
        self.caption(self.heading_field.path, self.tr("Heading of the part"))
        self.caption(self.role_field.path, self.tr("What the part holds"))
        self.add_button.setText(self.tr("Add a part"))
        self.add_button.setToolTip(self.tr("Add a new part after this one"))
        self.remove_button.setText(self.tr("Delete the part"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move this part before the one above it"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move this part after the one below it"))
        self._update_hint()

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._update_hint)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self, *_: object) -> None:
        """The heading the part prints when none is typed (its role's), in grey."""
        doc = self.document
        if doc is None or not 0 <= self.index < len(doc.report.parts):
            return
        r = doc.report
        part = r.parts[self.index]
        self.heading_field.widget.setPlaceholderText(default_part_heading(part.role, r.kind, r.period, r.school_year))
        editable = not doc.read_only
        count = len(r.parts)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and self.index > 0)
        self.down_button.setEnabled(editable and self.index + 1 < count)

    def owns(self, path: str) -> bool:
        prefix = f"parts[{self.index}]"
        return path == prefix or path.startswith(prefix + ".") or super().owns(path)

    def focus(self, path: str) -> bool:
        prefix = f"parts[{self.index}]"
        if path == prefix:
            self.binding.focus(())
            return True
        return super().focus(path)


# ---- Nơi nhận và ký -----------------------------------------------------------------------


class SignatureBox(QGroupBox):
    """One signing column: caption, authority, position, deputy's position, other
    title, name, and the signature and seal images."""

    def __init__(self, tab: SigningTab, index: int) -> None:
        super().__init__()
        self.tab = tab
        self.index = index
        prefix = f"signatures[{index}]"
        authorities = [(a.value, a.value) for a in Authority]  # TM., KT. …: the same in both languages
        self.authority_field = ChoiceField(f"{prefix}.authority", "", authorities)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.addWidget(tab.add_field(LineField(f"{prefix}.caption"),
                                     "Xác nhận của UBND xã" if index else ""), 0, 0, 1, 2)
        grid.addWidget(tab.add_field(self.authority_field), 1, 0)
        grid.addWidget(tab.add_field(LineField(f"{prefix}.position"), "Chủ tịch" if index else "Giám đốc"), 1, 1)
        grid.addWidget(tab.add_field(LineField(f"{prefix}.deputy_position"), "Phó Giám đốc"), 2, 0)
        grid.addWidget(tab.add_field(LineField(f"{prefix}.other_title"),
                                     "" if index else "Chủ tịch UBND xã Hiền Hào"), 2, 1)
        grid.addWidget(tab.add_field(LineField(f"{prefix}.name"), "Trần Văn Bính" if index else "Nguyễn Văn Tuân"),
                       3, 0, 1, 2)
        images = QHBoxLayout()
        self.image_boxes: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        self.image_captions: dict[str, Labelled] = {}
        for name in ("signature_image", "seal_image"):
            path = f"{prefix}.{name}"
            preview = QLabel()
            preview.setFixedSize(QSize(120, 72))
            preview.setFrameShape(QFrame.Shape.StyledPanel)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            choose = QPushButton()
            remove = QPushButton()
            choose.clicked.connect(lambda _=False, p=path: tab.choose(p))
            remove.clicked.connect(lambda _=False, p=path: tab.set_image(p, None))
            column = QVBoxLayout()
            column.addWidget(preview)
            column.addWidget(choose)
            column.addWidget(remove)
            holder = QWidget()
            holder.setLayout(column)
            self.image_captions[path] = labelled("", holder)
            self.image_captions[path].title.setWordWrap(True)  # two long captions side by side
            images.addWidget(self.image_captions[path])
            self.image_boxes[path] = (preview, choose, remove)
        images.addStretch(1)
        grid.addLayout(images, 4, 0, 1, 2)
        _top_aligned(grid)
        self.remove_button: QPushButton | None = None
        if index:
            self.remove_button = QPushButton()
            grid.addWidget(self.remove_button, 5, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        prefix = f"signatures[{self.index}]"
        self.setTitle(QCoreApplication.translate("SigningTab", "Left signing column (e.g. a confirmation)") if self.index
                      else QCoreApplication.translate("SigningTab", "Right signing column (the head of the unit)"))
        self.authority_field.set_choice_texts({Authority.NONE.value: QCoreApplication.translate("SigningTab", "(none: the head signs)")})
        self.tab.caption(f"{prefix}.caption", QCoreApplication.translate("SigningTab", "Caption above the column"),
                         QCoreApplication.translate("SigningTab", "Optional, e.g. XÁC NHẬN CỦA UBND XÃ.") if self.index else "")
        self.tab.caption(f"{prefix}.authority", QCoreApplication.translate("SigningTab", "Signing authority"),
                         QCoreApplication.translate("SigningTab", "KT. when a deputy signs for the head; TM. on behalf of a body."))
        self.tab.caption(f"{prefix}.position", QCoreApplication.translate("SigningTab", "Position"))
        self.tab.caption(f"{prefix}.deputy_position", QCoreApplication.translate("SigningTab", "Deputy's position (with KT.)"))
        self.tab.caption(f"{prefix}.other_title", QCoreApplication.translate("SigningTab", "Other title"))
        self.tab.caption(f"{prefix}.name", QCoreApplication.translate("SigningTab", "Signer's full name"))
        self.image_captions[f"{prefix}.signature_image"].set_texts(QCoreApplication.translate("SigningTab", "Signature image (PNG, optional)"))
        self.image_captions[f"{prefix}.seal_image"].set_texts(QCoreApplication.translate("SigningTab", "Seal image (PNG, optional)"))
        for _preview, choose, remove in self.image_boxes.values():
            choose.setText(QCoreApplication.translate("SigningTab", "Choose image…"))
            remove.setText(QCoreApplication.translate("SigningTab", "Remove image"))
        if self.remove_button is not None:
            self.remove_button.setText(QCoreApplication.translate("SigningTab", "Remove the left signing column"))

    def show_images(self, document: ReportDocument | None) -> None:
        for path, (preview, choose, remove) in self.image_boxes.items():
            data = value_at(document.report, path) if document else None
            pixmap = QPixmap()
            if isinstance(data, bytes) and pixmap.loadFromData(data):
                preview.setPixmap(pixmap.scaled(preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
            else:
                preview.clear()
                preview.setText(QCoreApplication.translate("SigningTab", "(no image)"))
            editable = document is not None and not document.read_only
            choose.setEnabled(editable)
            remove.setEnabled(editable and data is not None)


class SigningTab(ReportTab):
    """Nơi nhận and one or two signing columns: the right one (the head's, always
    there) and, when added, a left one (e.g. "Xác nhận của UBND xã")."""

    def title(self) -> str:
        return self.tr("Recipients and signature")

    def __init__(self, choose_image: Callable[[str], Path | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_image = choose_image
        self.recipients = ListEditor("recipients", lambda: "")
        self.recipients.view.setMaximumHeight(170)  # about eight lines: the signing columns stay in sight
        self.body.addWidget(self.add_list(self.recipients))
        columns = QHBoxLayout()
        columns.setSpacing(12)
        self.columns_layout = columns
        self.left_box = SignatureBox(self, 1)
        self.right_box = SignatureBox(self, 0)
        self.add_left_button = QPushButton()
        self.add_left_note = QLabel()
        self.add_left_note.setWordWrap(True)
        self.add_left_note.setStyleSheet("color: palette(mid);")
        self.add_left_holder = QWidget()
        holder = QVBoxLayout(self.add_left_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.add_left_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder.addWidget(self.add_left_note)
        holder.addStretch(1)
        columns.addWidget(self.left_box, 1)
        columns.addWidget(self.add_left_holder, 1)
        columns.addWidget(self.right_box, 2)
        self.body.addLayout(columns)
        self.body.addStretch(1)
        self.add_left_button.clicked.connect(self.add_left_column)
        assert self.left_box.remove_button is not None
        self.left_box.remove_button.clicked.connect(self.remove_left_column)
        self.retranslate()
        self._show_columns()

    def boxes(self) -> tuple[SignatureBox, SignatureBox]:
        return self.right_box, self.left_box

    def retranslate(self) -> None:
        super().retranslate()
        self.caption("recipients", self.tr("Recipients (nơi nhận)"),
                     self.tr("One per line, e.g. Phòng GD&ĐT huyện; the last one is usually "
                             "\"Lưu: VT\". Double-click an item to change it."))
        for box in self.boxes():
            box.retranslate()
        self.add_left_button.setText(self.tr("Add a left signing column"))
        self.add_left_note.setText(self.tr("For a second signature beside the head's, e.g. "
                                           "\u201cXÁC NHẬN CỦA UBND XÃ\u201d on the left."))
        self._show_columns()

    def attach(self, document: ReportDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        super().attach(document)
        if document is not None:
            document.changed.connect(self._changed)
        self._show_columns()

    def _changed(self, edit: object) -> None:
        if getattr(edit, "list_name", None) == "signatures":
            # a column added or taken away: its fields show the report's value again
            for path, field in self.fields.items():
                if path.startswith("signatures["):
                    field.attach(self.document)
        self._show_columns()

    def _show_columns(self, *_: object) -> None:
        doc = self.document
        two = doc is not None and len(doc.report.signatures) > 1
        self.left_box.setVisible(two)
        self.add_left_holder.setVisible(not two)
        self.columns_layout.setStretchFactor(self.right_box, 1 if two else 2)  # two columns: side by side, equal
        self.add_left_button.setEnabled(doc is not None and not doc.read_only)
        if self.left_box.remove_button is not None:
            self.left_box.remove_button.setEnabled(doc is not None and not doc.read_only)
        for box in self.boxes():
            box.show_images(doc)

    def add_left_column(self) -> None:
        doc = self.document
        if doc is None or len(doc.report.signatures) > 1:
            return
        if doc.push(E.InsertItems("signatures", 1, (Signature(),)), self.tr("Add a signing column")):
            field = self.fields["signatures[1].caption"]
            field.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_left_column(self) -> None:
        doc = self.document
        if doc is None or len(doc.report.signatures) < 2:
            return
        if doc.push(E.RemoveItems("signatures", 1, 1), self.tr("Remove the left signing column")):
            self.add_left_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def owns(self, path: str) -> bool:
        return path.startswith("signatures") or super().owns(path)

    def focus(self, path: str) -> bool:
        if path in self.fields:
            return super().focus(path)
        if path.startswith("signatures"):
            index = 1 if path.startswith("signatures[1]") else 0
            target = self.fields[f"signatures[{index}].name"].input
            self.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus(path)

    def choose(self, path: str) -> None:
        if self.choose_image is None:
            return
        chosen = self.choose_image(path)
        if chosen is not None:
            try:
                data = chosen.read_bytes()
            except OSError as exc:
                if self.document:
                    self.document.failed.emit(f"{chosen}: {exc.strerror}")
                return
            self.set_image(path, data)

    def set_image(self, path: str, data: bytes | None) -> None:
        if self.document is not None:
            self.document.push(E.SetField(path, data), self.tr("Change image"))


def _top_aligned(grid: QGridLayout) -> None:
    """Fields in a row start at the same height whatever notes stand under them."""
    for i in range(grid.count()):
        item = grid.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            grid.setAlignment(widget, Qt.AlignmentFlag.AlignTop)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 1)

