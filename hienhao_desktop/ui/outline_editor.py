"""The outline editor: one block list of the report (a part's blocks, or the opening)
edited as a page, the way a clerk who knows Word expects.

What the clerk sees: a white page on a grey desk, in the printed font. Headings show
their numbers in the report's style (1. / 1.1. / a) …), painted before the text and
never typed; list items show "-" and "+"; paragraphs are justified with the printed
first-line indent. A toolbar above the page (and the same commands in the right-click
menu and on shortcuts) chooses the kind of the current line, bold / italic /
underline, the list level, inserts and edits tables, places the activity table and
moves blocks up or down.

**Segments, not one QTextEdit with QTextTable.** The page is a vertical list of
segments in one scroll area: rich-text segments (a QTextEdit per run of headings,
paragraphs and list items, one QTextBlock per block), table segments (a QTableView
over the block's own model: ``outline_table``) and the activity table's place. The
arrow keys move between them. A QTextTable cannot refuse a non-number with a message
beside the cell while keeping what was typed, cannot make the Stt column or the total
row read-only (the clerk could type over a computed total), and has no place for
column kinds; the activity table is a widget of its own (``ui/activities``) that the
integration can put in its place (``set_activity_widget``). What is lost — a
selection across a table — Word users rarely need in a report.

**Mapping.** ``set_blocks`` shows a block list, ``blocks`` gives it back: for a list
in canonical form (``outline_blocks.canonical``) exactly the same list. Formats live
in block properties (kind, level) and character formats (bold, italic, underline);
nothing else is read back, so the editor never invents formatting. Pasted HTML is
turned into blocks first (``clipboard_html``) and only then into text, so colours,
fonts and sizes never enter.

**Changes.** After a pause in typing (``PAUSE_MS``, at most ``MAX_WAIT_MS`` after the
first unsaved key) and at once when the focus leaves the editor, or after any
command (a style, a table row, a move), ``blocksEdited`` carries a ``BlockChange``:
the smallest range of the last given list and the blocks that replace it. The
integration pushes that as one undoable edit, and later calls ``set_blocks`` with
whatever the report now holds (undo, redo, another view): an equal list is ignored
(no echo), a different one is shown changing as little as possible (only the changed
text segment is reloaded, the cursor kept in its block).

**Undo: one history.** The text documents keep no undo stack of their own
(``setUndoRedoEnabled(False)``) and the text boxes do not swallow Ctrl+Z / Ctrl+Y /
Ctrl+Shift+Z: those keys reach the window's Hoàn tác / Làm lại actions, which call
``flush()`` first (``ReportDocument.flush`` calls every registered flusher), so typed
text not yet saved becomes the newest step and is what Ctrl+Z takes back; Ctrl+Y
redoes it, inside the box or not. There is no second, hidden history that Ctrl+Y
cannot reach (issue 12, fault 10). The granularity of undoing typing is the pause
(and the document's merging of steps into one field), like Word's undo of typing.
Standalone (no window actions), ``set_undo_stack`` gives the editor its own
Ctrl+Z / Ctrl+Y that do the same. Only a cell being edited in a table has its own
small undo (the stock line edit's) until Enter.

No key handling touches text input (Unikey and EVKey type by backspaces and
replacements): an event filter looks only at Enter (a new line after a heading is a
paragraph; Enter on an empty list item ends the list), Backspace at the very start of
a list item (ends it), Tab / Shift+Tab (list or heading level), arrows at a segment's
edge, and lets the undo keys through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.model import (
    MAX_HEADING_LEVEL,
    ActivityTable,
    Block,
    Column,
    ColumnKind,
    Heading,
    HeadingNumbering,
    ListItem,
    Paragraph,
    Run,
    Table,
)
from hienhao_desktop.ui import clipboard_html
from hienhao_desktop.ui.legacy_repair import review_pasted
from hienhao_desktop.ui.outline_blocks import (
    BlockChange,
    canonical,
    canonical_runs,
    clean_heading,
    clean_inline,
    copy_blocks,
    diff,
    heading_numbers,
)
from hienhao_desktop.ui.outline_table import TableSegment

PAUSE_MS = 700  # after the last key: one word is one saved step, not ten
MAX_WAIT_MS = 2000  # while typing on without a pause, save at least this often

KIND = int(QTextFormat.Property.UserProperty) + 1  # "paragraph" | "heading" | "list_item"
LEVEL = int(QTextFormat.Property.UserProperty) + 2
PARAGRAPH, HEADING, LIST_ITEM = "paragraph", "heading", "list_item"
LIST_MARKERS = {1: "-", 2: "+"}

PAGE_FONT_FAMILIES = ["Times New Roman", "Liberation Serif"]
PAGE_POINT_SIZE = 13
PAGE_WIDTH = 720  # px: about an A4 text column at 100 % (13 pt text)
FIRST_LINE_INDENT = 38  # px: the printed 1 cm
LEVEL_INDENT = 28  # px: a second-level list item sits further in


def page_font() -> QFont:
    """Times New Roman where installed (Windows), else the bundled Liberation Serif
    (metric-compatible), at the printed size."""
    if not page_font.loaded:  # type: ignore[attr-defined]
        from hienhao_desktop.locate import resource

        for name in ("Regular", "Bold", "Italic", "BoldItalic"):
            QFontDatabase.addApplicationFont(str(resource("fonts", f"LiberationSerif-{name}.ttf")))
        page_font.loaded = True  # type: ignore[attr-defined]
    font = QFont()
    font.setFamilies(PAGE_FONT_FAMILIES)
    font.setPointSize(PAGE_POINT_SIZE)
    return font


page_font.loaded = False  # type: ignore[attr-defined]


def is_text_block(block: Block) -> bool:
    return isinstance(block, Heading | Paragraph | ListItem)


# ---- one rich-text segment ------------------------------------------------------------------


def _char_format(bold: bool = False, italic: bool = False, underline: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setFontUnderline(underline)
    return fmt


def _heading_char_format(level: int) -> QTextCharFormat:
    return _char_format(bold=True, italic=level >= 3)


class TextSegment(QTextEdit):
    """Consecutive headings, paragraphs and list items: one QTextBlock for each.
    Its height follows its text (the page scrolls, not the segment)."""

    def __init__(self, editor: OutlineEditor) -> None:
        super().__init__(editor.page)
        self.editor = editor
        self.markers: dict[int, str] = {}  # block number -> heading number or list marker
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAcceptRichText(True)  # our insertFromMimeData decides what enters
        self.setFont(page_font())
        self.document().setDefaultFont(page_font())
        self.document().setDocumentMargin(2)
        self.document().setUndoRedoEnabled(False)  # one history: the report's
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        self.installEventFilter(editor.keys)

    # ---- blocks in and out -------------------------------------------------------------

    def load(self, blocks: Sequence[Block]) -> None:
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        if not blocks:
            blocks = [Paragraph([])]
        for i, block in enumerate(blocks):
            if i:
                cursor.insertBlock()
            self.write_block(cursor, block)
        self.editor.refresh_markers()

    def write_block(self, cursor: QTextCursor, block: Block) -> None:
        """Give the cursor's (empty) block the kind of ``block`` and insert its text."""
        if isinstance(block, Heading):
            kind, level, runs = HEADING, block.level, [Run(block.text)]
        elif isinstance(block, ListItem):
            kind, level, runs = LIST_ITEM, block.level, block.runs
        elif isinstance(block, Paragraph):
            kind, level, runs = PARAGRAPH, 0, block.runs
        else:
            raise TypeError(block)
        cursor.setBlockFormat(block_format(kind, level))
        plain = _heading_char_format(level) if kind == HEADING else _char_format()
        cursor.setBlockCharFormat(plain)
        for run in runs:
            fmt = plain if kind == HEADING else _char_format(run.bold, run.italic, run.underline)
            cursor.insertText(run.text, fmt)
        cursor.setCharFormat(plain)

    def raw_blocks(self) -> list[Block]:
        """One block per QTextBlock, empty paragraphs included."""
        out: list[Block] = []
        block = self.document().begin()
        while block.isValid():
            out.append(read_block(block))
            block = block.next()
        return out

    # ---- looks ----------------------------------------------------------------------------

    def _fit(self, *_: object) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(PAGE_WIDTH, self.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self.markers:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().text().color())
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        document = self.document()
        for number, marker in self.markers.items():
            block = document.findBlockByNumber(number)
            layout = block.layout()
            if not block.isValid() or layout is None or layout.lineCount() == 0:
                continue
            line = layout.lineAt(0)
            fmt = block.charFormat()
            font = QFont(self.font())
            font.setBold(fmt.fontWeight() >= QFont.Weight.DemiBold)
            font.setItalic(fmt.fontItalic())
            painter.setFont(font)
            x = block.blockFormat().property(LEVEL + 10)  # where the marker starts
            start = layout.position() + QPointF(float(x or 0), line.y() + line.ascent()) + offset
            painter.drawText(start, marker)
        painter.end()

    # ---- clipboard -------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        if source.hasHtml():
            blocks = clipboard_html.blocks_from_html(source.html())
            if not blocks and source.hasText():
                blocks = clipboard_html.blocks_from_plain_text(source.text())
        else:
            blocks = clipboard_html.blocks_from_plain_text(source.text())
        text = source.text() if source.hasText() else ""
        if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and blocks[0].runs and "\n" not in text.strip("\r\n"):
            # A few words: the spaces around them are part of what was copied.
            runs = blocks[0].runs
            if text[:1].isspace():
                runs.insert(0, Run(" "))
            if text.rstrip("\r\n")[-1:].isspace():
                runs.append(Run(" "))
        self.editor.paste_blocks(self, blocks)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        blocks = self.selected_blocks()
        data.setHtml(clipboard_html.html_from_blocks(blocks))
        data.setText(clipboard_html.plain_text_from_blocks(blocks))
        return data

    def selected_blocks(self) -> list[Block]:
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        out: list[Block] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            whole = read_block(block, start - block.position(), end - block.position())
            out.append(whole)
            if block.position() + block.length() > end:
                break
            block = block.next()
        return canonical(out)

    def contextMenuEvent(self, event: Any) -> None:
        self.editor.context_menu(event.globalPos())


def block_format(kind: str, level: int) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND, kind)
    fmt.setProperty(LEVEL, level)
    fmt.setBottomMargin(6)
    fmt.setLineHeight(115, int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value))
    if kind == HEADING:
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(8)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    else:
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    start = FIRST_LINE_INDENT + (LEVEL_INDENT if kind == LIST_ITEM and level == 2 else 0)
    fmt.setProperty(LEVEL + 10, start)
    fmt.setTextIndent(start)
    return fmt


def _is_empty_line(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.text


def _text_of(block: Block) -> str:
    return block.text if isinstance(block, Heading | Paragraph | ListItem) else ""


def _follow(old: str, new: str, offset: int) -> int:
    """Where a cursor at ``offset`` in ``old`` belongs in ``new``: after the changed
    part if it was in or after it (undo and redo leave it where the change is)."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    if offset < prefix:
        return offset
    return max(prefix, offset + len(new) - len(old)) if offset >= len(old) - suffix else len(new) - suffix


def block_kind(block: QTextBlock) -> tuple[str, int]:
    fmt = block.blockFormat()
    kind = fmt.property(KIND)
    level = fmt.property(LEVEL)
    if kind not in (PARAGRAPH, HEADING, LIST_ITEM):
        return PARAGRAPH, 0
    return str(kind), int(level or 1)


def read_block(block: QTextBlock, start: int = 0, end: int | None = None) -> Block:
    """The block a QTextBlock shows (only its characters in [start, end) when given)."""
    kind, level = block_kind(block)
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            f_start = fragment.position() - block.position()
            text = fragment.text()
            lo = max(0, start - f_start)
            hi = len(text) if end is None else max(0, min(len(text), end - f_start))
            if lo < hi:
                fmt = fragment.charFormat()
                runs.append(Run(text[lo:hi], fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic(), fmt.fontUnderline()))
        it += 1
    if kind == HEADING:
        return Heading(min(max(level, 1), MAX_HEADING_LEVEL), clean_heading("".join(r.text for r in runs)))
    if kind == LIST_ITEM:
        return ListItem(min(max(level, 1), 2), canonical_runs(runs))
    return Paragraph(canonical_runs(runs))


# ---- the activity table's place ------------------------------------------------------------


class ActivitySegment(QFrame):
    """Where the activity table is printed: a quiet framed note (or, given by the
    integration, the activity table editor itself)."""

    def __init__(self, editor: OutlineEditor, block: ActivityTable) -> None:
        super().__init__(editor.page)
        self.block = ActivityTable(block.total_row)
        self.setObjectName("activityPlace")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#activityPlace { border: 1px dashed #8a99ad; border-radius: 4px; background: #f3f6fa; }"
            "#activityPlace:focus { border: 2px solid #3d6fb6; }"
        )
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4a5563;")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.addWidget(self.title)
        column.addWidget(self.note)
        self.hosted: QWidget | None = None
        self.installEventFilter(editor.keys)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("OutlineEditor", "Activity table"))
        self.note.setText(QCoreApplication.translate("OutlineEditor", "The activity table (Stt, topic or activity, participants, lead unit, partner units, "
                             "and the total) is printed here. Its rows are edited in the activity table."))

    def host(self, widget: QWidget | None) -> None:
        if self.hosted is not None and self.hosted is not widget:
            self.hosted.setParent(None)
        if widget is not None and self.hosted is widget:
            return
        self.hosted = widget
        if widget is not None:
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(widget)
            widget.show()  # taken from another page, it was hidden with its old parent
            self.note.hide()
        else:
            self.note.show()

    def contextMenuEvent(self, event: Any) -> None:
        parent = self.parent()
        while parent is not None and not isinstance(parent, OutlineEditor):
            parent = parent.parent()
        if isinstance(parent, OutlineEditor):
            parent.context_menu(event.globalPos())


Segment = TextSegment | TableSegment | ActivitySegment


# ---- keys at the edges of segments -------------------------------------------------------


class _Keys(QObject):
    """Looks at the few keys that are not text input (see the module docstring)."""

    def __init__(self, editor: OutlineEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        page = getattr(self.editor, "page", None)
        if event.type() == QEvent.Type.MouseButtonPress and page is not None and obj in (page, page.parent()):
            assert isinstance(event, QMouseEvent) and isinstance(obj, QWidget)
            at = event.position().toPoint()
            if obj.childAt(at) is not None:
                return False  # over a line, a table or its buttons: theirs (this is a click passed up)
            return self.editor.page_clicked(obj.mapTo(self.editor.page, at))
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.FocusIn):
            if event.type() == QEvent.Type.FocusIn and isinstance(obj, QWidget):
                self.editor.focused(obj)
            self.editor._focus_check.start()
            return False
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if _is_undo_key(event):
                return True  # not accepted: the window's (or the editor's) undo action gets it
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(obj, TextSegment):
            return self.editor.text_key(obj, event)
        if isinstance(obj, ActivitySegment):
            return self.editor.place_key(obj, event)
        return False


def _is_undo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Y, Qt.Key.Key_Z) and mods in (
        Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


# ---- inserting a table ----------------------------------------------------------------------


@dataclass
class TableRequest:
    columns: list[Column]
    rows: int
    numbered: bool
    total_row: bool

    def table(self) -> Table:
        empty = [None if c.kind == ColumnKind.NUMBER else "" for c in self.columns]
        return Table([Column(c.title, c.kind) for c in self.columns], [list(empty) for _ in range(self.rows)],
                     self.numbered, self.total_row)


class InsertTableDialog(QDialog):
    """Columns (title and kind), rows, Stt and total: what Word's Insert Table asks,
    plus the kinds a report's table needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("OutlineEditor", "Insert table"))
        column = QVBoxLayout(self)
        sizes = QHBoxLayout()
        self.column_count = QSpinBox()
        self.column_count.setRange(1, 12)
        self.column_count.setValue(3)
        self.row_count = QSpinBox()
        self.row_count.setRange(1, 200)
        self.row_count.setValue(3)
        columns_label = QLabel(QCoreApplication.translate("OutlineEditor", "Columns:"))
        columns_label.setBuddy(self.column_count)
        rows_label = QLabel(QCoreApplication.translate("OutlineEditor", "Rows:"))
        rows_label.setBuddy(self.row_count)
        for widget in (columns_label, self.column_count, rows_label, self.row_count):
            sizes.addWidget(widget)
        sizes.addStretch(1)
        column.addLayout(sizes)
        self.column_rows = QVBoxLayout()
        column.addLayout(self.column_rows)
        self.numbered = QCheckBox(QCoreApplication.translate("OutlineEditor", "Automatic Stt column"))
        self.numbered.setChecked(True)
        self.total_row = QCheckBox(QCoreApplication.translate("OutlineEditor", "\u201cTổng cộng\u201d row adding up the number columns"))
        column.addWidget(self.numbered)
        column.addWidget(self.total_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("OutlineEditor", "Insert"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("OutlineEditor", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.titles: list[QLineEdit] = []
        self.kinds: list[QComboBox] = []
        self.column_count.valueChanged.connect(self._columns)
        self._columns(self.column_count.value())

    def _columns(self, count: int) -> None:
        while len(self.titles) < count:
            row = QHBoxLayout()
            title = QLineEdit()
            title.setPlaceholderText(QCoreApplication.translate("OutlineEditor", "Title of column %1").replace("%1", str(len(self.titles) + 1)))
            kind = QComboBox()
            kind.addItem(QCoreApplication.translate("OutlineEditor", "Text"), ColumnKind.TEXT.value)
            kind.addItem(QCoreApplication.translate("OutlineEditor", "Whole numbers"), ColumnKind.NUMBER.value)
            row.addWidget(title, 1)
            row.addWidget(kind)
            self.column_rows.addLayout(row)
            self.titles.append(title)
            self.kinds.append(kind)
        for i, (title, kind) in enumerate(zip(self.titles, self.kinds, strict=True)):
            title.setVisible(i < count)
            kind.setVisible(i < count)

    def request(self) -> TableRequest:
        n = self.column_count.value()
        return TableRequest([Column(self.titles[i].text(), str(self.kinds[i].currentData())) for i in range(n)],
                            self.row_count.value(), self.numbered.isChecked(), self.total_row.isChecked())


def ask_table(parent: QWidget) -> TableRequest | None:
    dialog = InsertTableDialog(parent)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


# ---- the actions ------------------------------------------------------------------------------


class OutlineActions(QObject):
    """Every command of the editor, built in one place. Shortcuts avoid Ctrl+Shift
    (it switches Unikey on and off)."""

    def __init__(self, editor: OutlineEditor) -> None:
        super().__init__(editor)

        def make(shortcuts: Sequence[QKeySequence | str] = (), checkable: bool = False) -> QAction:
            action = QAction(editor)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(checkable)
            editor.addAction(action)
            return action

        self.paragraph = make(["Ctrl+Alt+0"], True)
        bold, italic, underline = (QKeySequence(k) for k in (QKeySequence.StandardKey.Bold, QKeySequence.StandardKey.Italic,
                                                             QKeySequence.StandardKey.Underline))
        self.heading = [make([f"Ctrl+Alt+{n}"], True) for n in (1, 2, 3)]
        self.list_item = [make(["Ctrl+Alt+L"], True), make([], True)]
        self.indent = make([])  # Tab in a list item or heading
        self.outdent = make([])  # Shift+Tab
        self.bold = make([bold], True)
        self.italic = make([italic], True)
        self.underline = make([underline], True)
        self.insert_table = make(["Ctrl+Alt+T"])
        self.add_row = make([])  # Ctrl+Enter / Insert inside the table
        self.remove_row = make([])
        self.add_column = make([])
        self.remove_column = make([])
        self.column_kind = make([])
        self.numbered = make([], True)
        self.total_row = make([], True)
        self.remove_table = make([])
        self.activity_table = make([])
        self.remove_activity_table = make([])
        self.move_up = make(["Alt+Up"])
        self.move_down = make(["Alt+Down"])
        self.undo = make(["Ctrl+Z"])
        self.redo = make(["Ctrl+Y"])  # not the platform's Ctrl+Shift+Z: that one switches Unikey
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.style_actions = [self.paragraph, *self.heading, *self.list_item]
        self.table_actions = [self.add_row, self.remove_row, self.add_column, self.remove_column, self.column_kind,
                              self.numbered, self.total_row, self.remove_table]
        self.retranslate()

    def retranslate(self) -> None:
        def text(action: QAction, label: str, tip: str = "") -> None:
            action.setText(label)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or label.replace('&', '')}" + (f" ({keys})" if keys else ""))

        text(self.paragraph, QCoreApplication.translate("OutlineEditor", "Paragraph"), QCoreApplication.translate("OutlineEditor", "Make this line an ordinary paragraph"))
        for n, action in enumerate(self.heading, start=1):
            text(action, QCoreApplication.translate("OutlineEditor", "Heading %1").replace("%1", str(n)),
                 QCoreApplication.translate("OutlineEditor", "Make this line a heading of level %1 (numbered automatically)").replace("%1", str(n)))
        text(self.list_item[0], QCoreApplication.translate("OutlineEditor", "List item \u201c-\u201d"), QCoreApplication.translate("OutlineEditor", "Make this line a list item \u201c- \u2026\u201d"))
        text(self.list_item[1], QCoreApplication.translate("OutlineEditor", "List item \u201c+\u201d"), QCoreApplication.translate("OutlineEditor", "Make this line a second-level list item \u201c+ \u2026\u201d"))
        text(self.indent, QCoreApplication.translate("OutlineEditor", "Level down"), QCoreApplication.translate("OutlineEditor", "A list item \u201c-\u201d becomes \u201c+\u201d, a heading goes one level down (Tab)"))
        text(self.outdent, QCoreApplication.translate("OutlineEditor", "Level up"), QCoreApplication.translate("OutlineEditor", "A list item \u201c+\u201d becomes \u201c-\u201d, a heading goes one level up (Shift+Tab)"))
        text(self.bold, QCoreApplication.translate("OutlineEditor", "Bold"))
        text(self.italic, QCoreApplication.translate("OutlineEditor", "Italic"))
        text(self.underline, QCoreApplication.translate("OutlineEditor", "Underline"))
        text(self.insert_table, QCoreApplication.translate("OutlineEditor", "Insert table\u2026"), QCoreApplication.translate("OutlineEditor", "Insert a table of your own columns below this line"))
        text(self.add_row, QCoreApplication.translate("OutlineEditor", "Add row"), QCoreApplication.translate("OutlineEditor", "Add a row under the current one (Ctrl+Enter or Insert in the table)"))
        text(self.remove_row, QCoreApplication.translate("OutlineEditor", "Delete row"))
        text(self.add_column, QCoreApplication.translate("OutlineEditor", "Add column"), QCoreApplication.translate("OutlineEditor", "Add a column right of the current one"))
        text(self.remove_column, QCoreApplication.translate("OutlineEditor", "Delete column"))
        text(self.column_kind, QCoreApplication.translate("OutlineEditor", "Numbers / text column"), QCoreApplication.translate("OutlineEditor", "Make the current column hold whole numbers, or text"))
        text(self.numbered, QCoreApplication.translate("OutlineEditor", "Stt column"), QCoreApplication.translate("OutlineEditor", "An automatic Stt column before the first column"))
        text(self.total_row, QCoreApplication.translate("OutlineEditor", "Total row"), QCoreApplication.translate("OutlineEditor", "A \u201cTổng cộng\u201d row adding up the number columns"))
        text(self.remove_table, QCoreApplication.translate("OutlineEditor", "Delete table"))
        text(self.activity_table, QCoreApplication.translate("OutlineEditor", "Activity table here"), QCoreApplication.translate("OutlineEditor", "Print the activity table at this place (once in a report)"))
        text(self.remove_activity_table, QCoreApplication.translate("OutlineEditor", "Remove activity table from here"))
        text(self.move_up, QCoreApplication.translate("OutlineEditor", "Move up"), QCoreApplication.translate("OutlineEditor", "Move this line, table or the activity table one place up"))
        text(self.move_down, QCoreApplication.translate("OutlineEditor", "Move down"), QCoreApplication.translate("OutlineEditor", "Move this line, table or the activity table one place down"))
        text(self.undo, QCoreApplication.translate("OutlineEditor", "Undo"))
        text(self.redo, QCoreApplication.translate("OutlineEditor", "Redo"))


# ---- the editor ---------------------------------------------------------------------------


class OutlineEditor(QWidget):
    """Edits one block list. See the module docstring.

    API for the integration:
    - ``set_blocks(blocks)``: show these blocks (first load, undo/redo, another view);
      an equal list does nothing. Unsaved typing is dropped: call ``flush`` before.
    - ``blocks()``: the list as last given or reported (canonical form).
    - ``blocksEdited(BlockChange)``: the clerk changed ``blocks()[start:end]`` into
      ``new``; ``blocks()`` already holds the result. Push it as one edit; if it is
      refused, call ``set_blocks`` with what the report holds.
    - ``flush()``: report typing not yet reported (before undo, switching, export).
    - ``set_read_only``, ``set_heading_numbering(HeadingNumbering value)``,
      ``set_activity_table_allowed`` (False when another part holds it),
      ``set_activity_widget`` (the activity table editor shown in its place).
    - ``set_undo_stack``: only when no window-level undo actions exist (standalone).
    - ``commands``: every command (``OutlineActions``), for menus of the window.
    """

    blocksEdited = Signal(object)  # BlockChange

    def __init__(self, parent: QWidget | None = None, ask_table: Callable[[QWidget], TableRequest | None] = ask_table) -> None:
        super().__init__(parent)
        self._ask_table = ask_table
        self._committed: list[Block] = []
        self._dirty = False
        self._loading = False
        self._read_only = False
        self._numbering = HeadingNumbering.DECIMAL.value
        self._activity_allowed = True
        self._activity_widget: QWidget | None = None
        self._undo_stack: QUndoStack | None = None
        self._pasting = False
        self.keys = _Keys(self)
        self.segments: list[Segment] = []
        self._last_segment: Segment | None = None

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)
        # Focus moves are looked at once they are done (the widget that gets the
        # focus is known then): leaving the editor reports typing at once.
        self._focus_check = QTimer(self)
        self._focus_check.setSingleShot(True)
        self._focus_check.setInterval(0)
        self._focus_check.timeout.connect(self._focus_changed)
        # Work done once the key event is over (never inside the document's own
        # change signal); timers owned by the editor die with it.
        self._markers_timer = QTimer(self)
        self._markers_timer.setSingleShot(True)
        self._markers_timer.setInterval(0)
        self._markers_timer.timeout.connect(self.refresh_markers)
        self._autoformat_timer = QTimer(self)
        self._autoformat_timer.setSingleShot(True)
        self._autoformat_timer.setInterval(0)
        self._autoformat_timer.timeout.connect(self._autoformat_now)
        self._autoformat_at: tuple[TextSegment, int] | None = None

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        desk = QWidget()
        desk.setObjectName("desk")
        desk.setStyleSheet("#desk { background: #e8eaed; }")
        self.page = QFrame(desk)
        self.page.setObjectName("page")
        self.page.setStyleSheet("#page { background: white; border: 1px solid #d0d4da; }")
        self.page.setMaximumWidth(PAGE_WIDTH)
        self.page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.setContentsMargins(44, 36, 32, 48)
        self.page_layout.setSpacing(0)
        self.page_layout.addStretch(1)
        row = QHBoxLayout(desk)
        row.setContentsMargins(16, 16, 16, 16)
        row.addStretch(1)
        row.addWidget(self.page, 100)
        row.addStretch(1)
        self.scroll_area.setWidget(desk)
        self.page.installEventFilter(self.keys)
        desk.installEventFilter(self.keys)

        self.commands = OutlineActions(self)
        self.toolbar = self._make_toolbar()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(self.scroll_area, 1)
        self._connect_actions()

        self._build([])
        self._update_actions()

    # ---- toolbar ---------------------------------------------------------------------------

    def _fit_format_buttons(self) -> None:
        """Bold, italic and underline show their words in their own style; a toolbar
        short of room (1024 px wide) must not cut them to "N…g": each keeps the width
        of its word as drawn."""
        for button, style in getattr(self, "_format_buttons", []):
            font = QFont(button.font())
            font.setBold("bold" in style)
            font.setItalic("italic" in style)
            font.setUnderline("underline" in style)
            width = QFontMetricsF(font).horizontalAdvance(button.text()).__ceil__() + 4
            # in the style sheet: a widget's own minimum width would be overridden by it
            button.setStyleSheet(f"QToolButton {{ {style} min-width: {max(22, width)}px; }}")

    def _make_toolbar(self) -> QToolBar:
        a = self.commands
        self._format_buttons: list[tuple[QToolButton, str]] = []
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet("QToolBar { spacing: 4px; padding: 3px 8px; border-bottom: 1px solid #d0d4da; }"
                          "QToolButton { padding: 3px 7px; }")
        self.style_box = QComboBox(bar)
        self.style_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.style_box.setMinimumContentsLength(11)
        for action in a.style_actions:
            self.style_box.addItem(action.text())
        self.style_box.activated.connect(lambda i: a.style_actions[i].trigger())
        bar.addWidget(self.style_box)
        bar.addSeparator()
        for action, style in ((a.bold, "font-weight: bold;"), (a.italic, "font-style: italic;"),
                              (a.underline, "text-decoration: underline;")):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setStyleSheet(f"QToolButton {{ {style} min-width: 22px; }}")
                self._format_buttons.append((button, style))
        bar.addSeparator()
        bar.addAction(a.outdent)
        bar.addAction(a.indent)
        bar.addSeparator()
        self.table_button = QToolButton(bar)
        self.table_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.table_button.setDefaultAction(a.insert_table)
        menu = QMenu(self.table_button)
        menu.addAction(a.insert_table)
        menu.addSeparator()
        for action in a.table_actions:
            if action is a.numbered or action is a.remove_table:
                menu.addSeparator()
            menu.addAction(action)
        self.table_menu = menu
        self.table_button.setMenu(menu)
        bar.addWidget(self.table_button)
        bar.addAction(a.activity_table)
        bar.addSeparator()
        bar.addAction(a.move_up)
        bar.addAction(a.move_down)
        return bar

    def retranslate(self) -> None:
        self.commands.retranslate()
        for i, action in enumerate(self.commands.style_actions):
            self.style_box.setItemText(i, action.text())
        self.commands.insert_table.setText(QCoreApplication.translate("OutlineEditor", "Table"))
        self._fit_format_buttons()
        for segment in self.segments:
            if isinstance(segment, ActivitySegment):
                segment.retranslate()
        self._placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_actions(self) -> None:
        a = self.commands
        a.paragraph.triggered.connect(lambda: self.set_style(PARAGRAPH, 0))
        for n, action in enumerate(a.heading, start=1):
            action.triggered.connect(lambda _=False, n=n: self.set_style(HEADING, n))
        for n, action in enumerate(a.list_item, start=1):
            action.triggered.connect(lambda _=False, n=n: self.set_style(LIST_ITEM, n))
        a.indent.triggered.connect(lambda: self.change_level(1))
        a.outdent.triggered.connect(lambda: self.change_level(-1))
        a.bold.triggered.connect(lambda on: self._char(lambda f: f.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)))
        a.italic.triggered.connect(lambda on: self._char(lambda f: f.setFontItalic(on)))
        a.underline.triggered.connect(lambda on: self._char(lambda f: f.setFontUnderline(on)))
        a.insert_table.triggered.connect(self.insert_table)
        a.add_row.triggered.connect(lambda: self._table(lambda t: t.add_row()))
        a.remove_row.triggered.connect(lambda: self._table(lambda t: t.remove_row()))
        a.add_column.triggered.connect(lambda: self._table(lambda t: t.add_column()))
        a.remove_column.triggered.connect(lambda: self._table(lambda t: t.remove_column()))
        a.column_kind.triggered.connect(lambda: self._table(lambda t: t.toggle_column_kind()))
        a.numbered.triggered.connect(lambda on: self._table(lambda t: t.model.set_numbered(on)))
        a.total_row.triggered.connect(lambda on: self._table(lambda t: t.model.set_total_row(on)))
        a.remove_table.triggered.connect(self.remove_current_segment)
        a.activity_table.triggered.connect(self.insert_activity_table)
        a.remove_activity_table.triggered.connect(self.remove_current_segment)
        a.move_up.triggered.connect(lambda: self.move_current(-1))
        a.move_down.triggered.connect(lambda: self.move_current(1))
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        self.retranslate()

    # ---- the public side ---------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        return copy_blocks(self._committed)

    def current_blocks(self) -> list[Block]:
        """What the page shows now, saved or not."""
        out: list[Block] = []
        for segment in self.segments:
            out += self._segment_blocks(segment)
        return canonical(out)

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        new = canonical(blocks)
        self._stop_timers()
        self._dirty = False
        if new == self._committed and self.current_blocks() == new:
            return
        shown = self.current_blocks()
        self._committed = copy_blocks(new)
        change = diff(shown, new)
        if change is None:
            return
        if not self._update_in_place(change):
            self._rebuild_keeping_cursor(new, change)
        self._placeholder()

    def flush(self) -> None:
        """Report what is typed but not reported yet (one ``blocksEdited``)."""
        self._stop_timers()
        if not self._dirty:
            return
        self._dirty = False
        self._report()

    def set_read_only(self, read_only: bool) -> None:
        self.flush()
        self._read_only = read_only
        for segment in self.segments:
            self._segment_read_only(segment)
        self.toolbar.setEnabled(not read_only)
        self._update_actions()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_heading_numbering(self, style: str) -> None:
        self._numbering = HeadingNumbering(style).value
        self.refresh_markers()

    def set_activity_table_allowed(self, allowed: bool) -> None:
        self._activity_allowed = allowed
        self._update_actions()

    def set_activity_widget(self, widget: QWidget | None) -> None:
        self._activity_widget = widget
        for segment in self.segments:
            if isinstance(segment, ActivitySegment):
                segment.host(widget)

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        """Ctrl+Z / Ctrl+Y of the editor itself, for use without window actions."""
        self._undo_stack = stack
        self.commands.undo.setEnabled(stack is not None)
        self.commands.redo.setEnabled(stack is not None)

    def undo(self) -> None:
        self.flush()
        if self._undo_stack is not None:
            self._undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        if self._undo_stack is not None:
            self._undo_stack.redo()

    # ---- segments ------------------------------------------------------------------------------

    def _segment_blocks(self, segment: Segment) -> list[Block]:
        if isinstance(segment, TextSegment):
            return segment.raw_blocks()
        if isinstance(segment, TableSegment):
            return [segment.table()]
        return [ActivityTable(segment.block.total_row)]

    def _raw(self) -> list[tuple[Segment, int, Block]]:
        """Every block on the page with its segment and index there (empty lines too)."""
        out: list[tuple[Segment, int, Block]] = []
        for segment in self.segments:
            for i, block in enumerate(self._segment_blocks(segment)):
                out.append((segment, i, block))
        return out

    def _build(self, blocks: Sequence[Block]) -> None:
        """Segments for ``blocks``: text segments before, between and after tables."""
        self._loading = True
        try:
            for segment in self.segments:
                if isinstance(segment, ActivitySegment):
                    segment.host(None)  # the hosted activity table is the window's: it outlives the page
                segment.hide()
                segment.setParent(None)
                segment.deleteLater()
            self.segments = []
            group: list[Block] = []
            for block in blocks:
                if is_text_block(block):
                    group.append(block)
                    continue
                self._add_text_segment(group)
                group = []
                self.segments.append(self._make_segment(block))
            self._add_text_segment(group)
            for i, segment in enumerate(self.segments):
                self.page_layout.insertWidget(i, segment)
                segment.show()  # now, not when the layout gets round to it: the focus may go there at once
                self._segment_read_only(segment)
            self.refresh_markers()
        finally:
            self._loading = False
        self._placeholder()

    def _add_text_segment(self, blocks: Sequence[Block]) -> None:
        segment = TextSegment(self)
        segment.load(blocks)
        segment.document().contentsChange.connect(lambda pos, removed, added, s=segment: self._typed(s, pos, removed, added))
        segment.cursorPositionChanged.connect(lambda s=segment: self._cursor_moved(s))
        self.segments.append(segment)

    def _make_segment(self, block: Block) -> Segment:
        if isinstance(block, Table):
            table = TableSegment(block, self.page)
            font = page_font()
            font.setPointSize(PAGE_POINT_SIZE - 1)
            table.set_font(font)
            table.edited.connect(self._command_done)
            table.view.leaveUp.connect(lambda t=table: self.focus_neighbour(t, -1))
            table.view.leaveDown.connect(lambda t=table: self.focus_neighbour(t, 1))
            table.view.addRowRequested.connect(lambda t=table: t.add_row())
            table.view.customContextMenuRequested.connect(lambda pos, t=table: self.context_menu(t.view.viewport().mapToGlobal(pos)))
            table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.view.installEventFilter(self.keys)
            return table
        if isinstance(block, ActivityTable):
            place = ActivitySegment(self, block)
            if self._activity_widget is not None:
                place.host(self._activity_widget)
            return place
        raise TypeError(block)

    def _segment_read_only(self, segment: Segment) -> None:
        if isinstance(segment, TextSegment):
            segment.setReadOnly(self._read_only)
            segment.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
                if self._read_only else Qt.TextInteractionFlag.TextEditorInteraction)
        elif isinstance(segment, TableSegment):
            segment.set_read_only(self._read_only)

    def _placeholder(self) -> None:
        first = self.segments[0] if self.segments else None
        empty = not self._committed and len(self.segments) == 1
        for segment in self.segments:
            if isinstance(segment, TextSegment):
                segment.setPlaceholderText(
                    QCoreApplication.translate("OutlineEditor", "Type the text here\u2026")
                    if segment is first and empty and not self._read_only else "")

    # ---- numbering -------------------------------------------------------------------------------

    def refresh_markers(self) -> None:
        """Heading numbers and list markers, and room for them before the text."""
        kinds: list[tuple[TextSegment, QTextBlock, str, int]] = []
        headings: list[Block] = []
        for segment in self.segments:
            if not isinstance(segment, TextSegment):
                continue
            block = segment.document().begin()
            while block.isValid():
                kind, level = block_kind(block)
                kinds.append((segment, block, kind, level))
                headings.append(Heading(level) if kind == HEADING else Paragraph())
                block = block.next()
        numbers = heading_numbers(headings, self._numbering)
        was_loading = self._loading
        self._loading = True
        try:
            for segment in self.segments:
                if isinstance(segment, TextSegment):
                    segment.markers = {}
            for (segment, block, kind, level), number in zip(kinds, numbers, strict=True):
                marker = number if kind == HEADING else LIST_MARKERS.get(level, "-") if kind == LIST_ITEM else None
                fmt = block.blockFormat()
                start = float(fmt.property(LEVEL + 10) or FIRST_LINE_INDENT)
                indent = start
                if marker:
                    segment.markers[block.blockNumber()] = marker
                    font = QFont(segment.font())
                    font.setBold(kind == HEADING)
                    font.setItalic(kind == HEADING and level >= 3)
                    indent = start + QFontMetricsF(font).horizontalAdvance(marker + " ")
                if abs(fmt.textIndent() - indent) > 0.5:
                    fmt.setTextIndent(indent)
                    cursor = QTextCursor(block)
                    cursor.setBlockFormat(fmt)
            for segment in self.segments:
                if isinstance(segment, TextSegment):
                    segment.viewport().update()
        finally:
            self._loading = was_loading

    # ---- typing ----------------------------------------------------------------------------------

    def _typed(self, segment: TextSegment, pos: int, removed: int, added: int) -> None:
        if self._loading:
            return
        if removed == added == 0:
            return
        self._dirty = True
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self._markers_timer.start()
        if added == 1 and removed == 0 and not self._pasting:
            block = segment.document().findBlock(pos)
            if block_kind(block)[0] == PARAGRAPH and pos == block.position() + 1 and block.text()[:2] in ("- ", "+ "):
                self._autoformat_at = (segment, block.blockNumber())
                self._autoformat_timer.start()

    def _autoformat_now(self) -> None:
        """"- " or "+ " typed at the start of a paragraph makes it a list item (as Word
        does); Ctrl+Z takes it back like any step."""
        if self._autoformat_at is None:
            return
        segment, number = self._autoformat_at
        self._autoformat_at = None
        if segment not in self.segments:
            return
        block = segment.document().findBlockByNumber(number)
        if not block.isValid() or block_kind(block)[0] != PARAGRAPH or block.text()[:2] not in ("- ", "+ "):
            return
        level = 1 if block.text()[0] == "-" else 2
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 2)
        cursor.removeSelectedText()
        self._apply_style(segment, [block], LIST_ITEM, level)
        self._command_done()

    def _cursor_moved(self, segment: TextSegment) -> None:
        desk = self.scroll_area.widget()
        if segment.hasFocus() and desk is not None:
            rect = segment.cursorRect()
            point = segment.viewport().mapTo(desk, rect.center())
            self.scroll_area.ensureVisible(point.x(), point.y(), 20, rect.height() + 20)
        self._update_actions()

    def _focus_changed(self) -> None:
        if self._pasting:
            return
        new = QApplication.focusWidget()
        if new is None or not self.isAncestorOf(new):
            self.flush()
        elif self.isAncestorOf(new):
            segment = self._segment_of(new)
            if segment is not None:
                self.scroll_area.ensureWidgetVisible(new if not isinstance(segment, TextSegment) else segment, 20, 20)
            self._update_actions()

    def focused(self, widget: QWidget) -> None:
        """A segment got the focus: the commands follow it at once."""
        segment = self._segment_of(widget)
        if segment is not None:
            self._last_segment = segment
            self._update_actions()

    def _stop_timers(self) -> None:
        self._pause.stop()
        self._max_wait.stop()

    def _report(self) -> None:
        new = self.current_blocks()
        change = diff(self._committed, new)
        if change is None:
            return
        self._committed = new
        self.blocksEdited.emit(change)

    def _command_done(self) -> None:
        """A command (style, table, move …) is one step of its own: typed text before it
        is reported first, then the command."""
        if self._loading:
            return
        self._stop_timers()
        self._dirty = False
        self._report()
        self.refresh_markers()
        self._update_actions()

    # ---- where the cursor is -------------------------------------------------------------------

    def _segment_of(self, widget: QWidget | None) -> Segment | None:
        while widget is not None:
            for segment in self.segments:
                if widget is segment:
                    return segment
            widget = widget.parentWidget()
        return None

    def current_segment(self) -> Segment | None:
        focused = QApplication.focusWidget()
        segment = self._segment_of(focused)
        if segment is not None:
            return segment
        return self._last_segment if self._last_segment in self.segments else None

    def current_index(self) -> int | None:
        """Index on the page (empty lines counted) of the block holding the cursor."""
        segment = self.current_segment()
        if segment is None:
            return None
        base = 0
        for s in self.segments:
            if s is segment:
                break
            base += len(self._segment_blocks(s))
        if isinstance(segment, TextSegment):
            return base + segment.textCursor().blockNumber()
        return base

    def focus_neighbour(self, segment: Segment, step: int) -> bool:
        i = self.segments.index(segment) + step
        if not 0 <= i < len(self.segments):
            return False
        target = self.segments[i]
        if isinstance(target, TextSegment):
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            cursor = target.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start if step > 0 else QTextCursor.MoveOperation.End)
            target.setTextCursor(cursor)
        elif isinstance(target, TableSegment):
            target.focus_first() if step > 0 else target.focus_last()
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_actions(self) -> None:
        a = self.commands
        segment = self.current_segment()
        if segment is not None:
            self._last_segment = segment
        editable = not self._read_only
        in_text = isinstance(segment, TextSegment)
        in_table = isinstance(segment, TableSegment)
        kind, level = (PARAGRAPH, 0)
        if isinstance(segment, TextSegment):
            kind, level = block_kind(segment.textCursor().block())
        for action in a.style_actions + [a.indent, a.outdent]:
            action.setEnabled(editable and (in_text or segment is None))
        a.paragraph.setChecked(in_text and kind == PARAGRAPH)
        for n, action in enumerate(a.heading, start=1):
            action.setChecked(in_text and kind == HEADING and level == n)
        for n, action in enumerate(a.list_item, start=1):
            action.setChecked(in_text and kind == LIST_ITEM and level == n)
        index = {PARAGRAPH: 0, HEADING: level, LIST_ITEM: 3 + level}[kind]
        if self.style_box.currentIndex() != index:
            self.style_box.setCurrentIndex(index)
        self.style_box.setEnabled(editable and (in_text or segment is None))
        formats = editable and in_text and kind != HEADING
        fmt = segment.currentCharFormat() if isinstance(segment, TextSegment) else QTextCharFormat()
        for action, on in ((a.bold, fmt.fontWeight() >= QFont.Weight.DemiBold), (a.italic, fmt.fontItalic()),
                           (a.underline, fmt.fontUnderline())):
            action.setEnabled(formats)
            action.setChecked(formats and on)
        for action in a.table_actions:
            action.setEnabled(editable and in_table)
        if isinstance(segment, TableSegment):
            a.numbered.setChecked(segment.model.table.numbered)
            a.total_row.setChecked(segment.model.table.total_row)
        a.insert_table.setEnabled(editable)
        has_activity = any(isinstance(s, ActivitySegment) for s in self.segments)
        a.activity_table.setEnabled(editable and self._activity_allowed and not has_activity)
        a.remove_activity_table.setEnabled(editable and isinstance(segment, ActivitySegment))
        a.move_up.setEnabled(editable and segment is not None)
        a.move_down.setEnabled(editable and segment is not None)

    def context_menu(self, position: Any) -> None:
        a = self.commands
        segment = self.current_segment()
        menu = QMenu(self)
        if isinstance(segment, TextSegment):
            for label, slot, enabled in ((QCoreApplication.translate("OutlineEditor", "Cut"), segment.cut, segment.textCursor().hasSelection() and not self._read_only),
                                         (QCoreApplication.translate("OutlineEditor", "Copy"), segment.copy, segment.textCursor().hasSelection()),
                                         (QCoreApplication.translate("OutlineEditor", "Paste"), segment.paste, not self._read_only)):
                item = menu.addAction(label)
                item.setEnabled(enabled)
                item.triggered.connect(slot)
            menu.addSeparator()
            for action in a.style_actions:
                menu.addAction(action)
            menu.addSeparator()
            menu.addActions([a.bold, a.italic, a.underline])
            menu.addSeparator()
        elif isinstance(segment, TableSegment):
            menu.addActions(a.table_actions)
            menu.addSeparator()
        elif isinstance(segment, ActivitySegment):
            menu.addAction(a.remove_activity_table)
            menu.addSeparator()
        menu.addActions([a.insert_table, a.activity_table])
        menu.addSeparator()
        menu.addActions([a.move_up, a.move_down])
        menu.exec(position)

    # ---- commands on text --------------------------------------------------------------------------

    def _selected_text_blocks(self, segment: TextSegment) -> list[QTextBlock]:
        cursor = segment.textCursor()
        document = segment.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        out = []
        block = first
        while block.isValid():
            out.append(block)
            if block == last:
                break
            block = block.next()
        return out

    def set_style(self, kind: str, level: int) -> None:
        segment = self.current_segment()
        if not isinstance(segment, TextSegment) or self._read_only:
            return
        self._apply_style(segment, self._selected_text_blocks(segment), kind, level)
        self._command_done()

    def _apply_style(self, segment: TextSegment, blocks: list[QTextBlock], kind: str, level: int) -> None:
        self._loading = True
        try:
            for block in blocks:
                old_kind, _old_level = block_kind(block)
                cursor = QTextCursor(block)
                cursor.setBlockFormat(block_format(kind, level))
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                if kind == HEADING:
                    cursor.setCharFormat(_heading_char_format(level))
                    cursor.setBlockCharFormat(_heading_char_format(level))
                elif old_kind == HEADING:  # the heading's looks are not the text's formats
                    cursor.setCharFormat(_char_format())
                    cursor.setBlockCharFormat(_char_format())
                if block == segment.textCursor().block() and not segment.textCursor().hasSelection():
                    cursor = segment.textCursor()
                    if kind == HEADING:
                        cursor.setCharFormat(_heading_char_format(level))
                    elif old_kind == HEADING:
                        cursor.setCharFormat(_char_format())
                    segment.setTextCursor(cursor)
        finally:
            self._loading = False
        self._dirty = True

    def change_level(self, step: int) -> None:
        segment = self.current_segment()
        if not isinstance(segment, TextSegment) or self._read_only:
            return
        blocks = self._selected_text_blocks(segment)
        kind, level = block_kind(segment.textCursor().block())
        if kind == LIST_ITEM:
            new = level + step
            if new < 1:
                self._apply_style(segment, blocks, PARAGRAPH, 0)
            else:
                self._apply_style(segment, blocks, LIST_ITEM, min(new, 2))
        elif kind == HEADING:
            self._apply_style(segment, blocks, HEADING, min(max(level + step, 1), MAX_HEADING_LEVEL))
        elif step > 0:
            self._apply_style(segment, blocks, LIST_ITEM, 1)
        else:
            return
        self._command_done()

    def _char(self, change: Callable[[QTextCharFormat], None]) -> None:
        segment = self.current_segment()
        if not isinstance(segment, TextSegment) or self._read_only:
            return
        if block_kind(segment.textCursor().block())[0] == HEADING:
            return
        fmt = QTextCharFormat()
        change(fmt)
        segment.mergeCurrentCharFormat(fmt)
        segment.setFocus()
        if segment.textCursor().hasSelection():
            self._command_done()

    # ---- keys ----------------------------------------------------------------------------------------

    def text_key(self, segment: TextSegment, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = segment.textCursor()
        block = cursor.block()
        kind, level = block_kind(block)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            layout = block.layout()
            line = layout.lineForTextPosition(cursor.positionInBlock()).lineNumber() if layout else 0
            if key == Qt.Key.Key_Up and block == segment.document().firstBlock() and line == 0:
                return self.focus_neighbour(segment, -1)
            if key == Qt.Key.Key_Down and block == segment.document().lastBlock() and layout and line == layout.lineCount() - 1:
                return self.focus_neighbour(segment, 1)
            return False
        if self._read_only:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if kind == LIST_ITEM and not block.text():
                self._apply_style(segment, [block], PARAGRAPH, 0)  # Enter on an empty item ends the list
                self._command_done()
                return True
            if kind == HEADING and cursor.atBlockEnd() and not cursor.hasSelection():
                cursor.insertBlock(block_format(PARAGRAPH, 0), _char_format())
                segment.setTextCursor(cursor)
                self._command_done()
                return True
            if mods == Qt.KeyboardModifier.ShiftModifier:  # no line breaks inside a block
                cursor.insertBlock()
                segment.setTextCursor(cursor)
                return True
            if not block.text() and not cursor.hasSelection():
                # Enter on an empty line: Qt's own handling gives the line a bare format
                # (no spacing after it, no line height) and makes no new line.
                cursor.insertBlock(block_format(kind, level), _char_format())
                segment.setTextCursor(cursor)
                return True
            return False
        if key == Qt.Key.Key_Backspace and not mods and kind == LIST_ITEM and cursor.atBlockStart() and not cursor.hasSelection():
            self._apply_style(segment, [block], PARAGRAPH, 0)  # as in Word: the marker goes first
            self._command_done()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            back = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if kind in (LIST_ITEM, HEADING):
                self.change_level(-1 if back else 1)
                return True
            segment.focusNextPrevChild(not back)
            return True
        return False

    def place_key(self, place: ActivitySegment, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Up:
            return self.focus_neighbour(place, -1)
        if key == Qt.Key.Key_Down:
            return self.focus_neighbour(place, 1)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._read_only:
            self.remove_current_segment()
            return True
        return False

    # ---- structural commands (the block list changes shape) -----------------------------------------

    def _replace_page(self, blocks: list[Block], focus_index: int, offset: int = -1) -> None:
        """Show ``blocks`` (page indexes, empty lines kept), put the cursor in block
        ``focus_index`` (at ``offset``, -1: its end) and report the change."""
        self._stop_timers()
        self._build(blocks)
        self.focus_block(focus_index, offset)
        self._dirty = False
        self._report()
        self._update_actions()

    def page_clicked(self, at: QPoint) -> bool:
        """A click on the paper outside the text (its margins, below the last line, the
        grey desk around it) puts the cursor where Word would: in the nearest line of
        text, or at the end of the last one. Without this a click on the empty page of
        a new part left the focus elsewhere and what was typed next was lost."""
        texts = [s for s in self.segments if isinstance(s, TextSegment) and s.isVisible()]
        if not texts:
            return False
        below = [s for s in texts if s.geometry().top() <= at.y()]
        segment = below[-1] if below else texts[0]
        inside = segment.mapFrom(self.page, at)
        viewport = segment.viewport().geometry()
        x = max(1, min(inside.x() - viewport.left(), viewport.width() - 2))
        y = max(1, min(inside.y() - viewport.top(), viewport.height() - 2))
        segment.setFocus(Qt.FocusReason.MouseFocusReason)
        if at.y() > segment.geometry().bottom():
            cursor = segment.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
        else:
            cursor = segment.cursorForPosition(QPoint(x, y))
        segment.setTextCursor(cursor)
        self._last_segment = segment
        return True

    def focus_block(self, index: int, offset: int = -1) -> None:
        raw = self._raw()
        if not raw:
            return
        index = max(0, min(index, len(raw) - 1))
        segment, local, _block = raw[index]
        if isinstance(segment, TextSegment):
            segment.setFocus(Qt.FocusReason.OtherFocusReason)
            block = segment.document().findBlockByNumber(local)
            cursor = QTextCursor(block)
            length = block.length() - 1
            cursor.setPosition(block.position() + (length if offset < 0 else min(offset, length)))
            segment.setTextCursor(cursor)
        elif isinstance(segment, TableSegment):
            segment.focus_first()
        else:
            segment.setFocus(Qt.FocusReason.OtherFocusReason)
        self._last_segment = segment

    def focus_item(self, index: int, cell: tuple[int, int] | None = None) -> None:
        """Put the cursor on block ``index`` of ``blocks()`` (empty lines on the page
        are not counted), or in a cell of that table: ``(row, column)`` of the table
        (row -1: the column titles). The checklist's jump."""
        raw = self._raw()
        count = -1
        target = len(raw) - 1
        for i, (_segment, _local, block) in enumerate(raw):
            if canonical([block]):  # what blocks() counts (an empty line is not a block)
                count += 1
                if count == index:
                    target = i
                    break
        if target < 0:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        segment = raw[target][0]
        if cell is not None and isinstance(segment, TableSegment):
            segment.view.setFocus(Qt.FocusReason.OtherFocusReason)
            segment.go_to(*cell)
            self._last_segment = segment
            self.scroll_area.ensureWidgetVisible(segment, 20, 20)
            return
        self.focus_block(target, 0)
        if not isinstance(segment, TextSegment):  # a text's cursor is brought into sight as it moves
            self.scroll_area.ensureWidgetVisible(segment, 20, 20)

    def _insert_after_cursor(self, block: Block) -> None:
        index = self.current_index()
        raw = [b for _s, _i, b in self._raw()]
        at = len(raw) if index is None else index + 1
        segment = self.current_segment()
        if isinstance(segment, TextSegment):
            cursor = segment.textCursor()
            if not cursor.block().text() and block_kind(cursor.block())[0] == PARAGRAPH and index is not None:
                at = index  # an empty line is taken by what is inserted
                raw.pop(index)
        raw.insert(at, block)
        self._replace_page(raw, at)

    def insert_table(self) -> None:
        if self._read_only:
            return
        self.flush()
        request = self._ask_table(self)
        if request is None:
            return
        self._insert_after_cursor(request.table())

    def insert_activity_table(self) -> None:
        if self._read_only or not self._activity_allowed or any(isinstance(s, ActivitySegment) for s in self.segments):
            return
        self.flush()
        self._insert_after_cursor(ActivityTable())

    def remove_current_segment(self) -> None:
        segment = self.current_segment()
        if self._read_only or segment is None or isinstance(segment, TextSegment):
            return
        self.flush()
        index = self.current_index() or 0
        raw = [b for _s, _i, b in self._raw()]
        raw.pop(index)
        self._replace_page(raw, max(0, index - 1))

    def move_current(self, step: int) -> None:
        """Move the current block (or the selected lines, or the table) one block up or
        down; the cursor goes with it."""
        segment = self.current_segment()
        index = self.current_index()
        if self._read_only or segment is None or index is None:
            return
        self.flush()
        raw = [b for _s, _i, b in self._raw()]
        count = 1
        offset = -1
        if isinstance(segment, TextSegment):
            cursor = segment.textCursor()
            first = segment.document().findBlock(cursor.selectionStart()).blockNumber()
            last = segment.document().findBlock(cursor.selectionEnd()).blockNumber()
            index -= cursor.blockNumber() - first
            count = last - first + 1
            offset = cursor.positionInBlock()
        # Empty lines are skipped over: a move always passes one real block.
        target = index + step if step < 0 else index + count
        while 0 <= target < len(raw) and _is_empty_line(raw[target]):
            target += step
        if not 0 <= target < len(raw):
            return
        moving = raw[index:index + count]
        del raw[index:index + count]
        at = target if step < 0 else target - count + 1
        raw[at:at] = moving
        self._replace_page(raw, at + (count - 1 if step > 0 else 0), offset)

    def _table(self, command: Callable[[TableSegment], object]) -> None:
        segment = self.current_segment()
        if isinstance(segment, TableSegment) and not self._read_only:
            command(segment)
            self._update_actions()

    # ---- paste -------------------------------------------------------------------------------------

    def paste_blocks(self, segment: TextSegment, blocks: list[Block]) -> None:
        blocks = self._review_legacy(segment, blocks)
        if not blocks:
            return
        cursor = segment.textCursor()
        kind, level = block_kind(cursor.block())
        if len(blocks) == 1 and is_text_block(blocks[0]) and (cursor.block().text() or isinstance(blocks[0], Paragraph)):
            # A few words into a line: they take the line's kind, keep their formats.
            pasted = blocks[0]
            runs = [Run(pasted.text)] if isinstance(pasted, Heading) else list(pasted.runs)  # type: ignore[union-attr]
            self._pasting = True
            try:
                cursor.beginEditBlock()
                cursor.removeSelectedText()
                for run in runs:
                    fmt = _heading_char_format(level) if kind == HEADING else _char_format(run.bold, run.italic, run.underline)
                    cursor.insertText(clean_inline(run.text), fmt)
                cursor.endEditBlock()
                segment.setTextCursor(cursor)
            finally:
                self._pasting = False
            self._command_done()
            return
        # Whole blocks: the line is split at the cursor and the blocks go between.
        cursor.removeSelectedText()
        index = self.current_index() or 0
        raw = [b for _s, _i, b in self._raw()]
        position = cursor.positionInBlock()
        head = read_block(cursor.block(), 0, position)
        tail = read_block(cursor.block(), position)
        replacement: list[Block] = []
        if head.text:  # type: ignore[union-attr]
            replacement.append(head)
        replacement += blocks
        last = index + len(replacement) - 1
        if tail.text:  # type: ignore[union-attr]
            replacement.append(tail)
        raw[index:index + 1] = replacement
        self._pasting = True
        try:
            self._replace_page(raw, last)
        finally:
            self._pasting = False

    def _review_legacy(self, segment: QWidget, blocks: list[Block]) -> list[Block]:
        """Pasted TCVN3/VNI text: the repair question (ui/legacy_repair), once for the
        whole paste; if the person agrees every piece of text is converted."""
        from hienhao_desktop.domain import legacy

        texts = clipboard_html.texts_of(blocks)
        joined = "\n".join(texts)
        if not joined or joined.isascii():
            return blocks
        self._pasting = True
        try:
            reviewed = review_pasted(segment, "", joined)
        finally:
            self._pasting = False
        if reviewed == joined:
            return blocks
        encoding = legacy.detect(joined)
        if encoding is None:
            return blocks
        return clipboard_html.map_texts(blocks, lambda text: legacy.convert(text, encoding))

    # ---- following the report ---------------------------------------------------------------------

    def _update_in_place(self, change: BlockChange) -> bool:
        """Apply a change that lies inside one text segment (or is one table) there."""
        raw = self._raw()
        real = [k for k, (_s, _i, b) in enumerate(raw) if not _is_empty_line(b)]
        # Page positions of the changed canonical range.
        if change.start < len(real):
            first = real[change.start]
        else:
            first = (real[-1] + 1) if real else 0
        last = real[change.end - 1] + 1 if change.end > change.start else first
        if first < len(raw):
            segment = raw[first][0]
        elif raw:
            segment = raw[-1][0]
        else:
            return False
        inside = [raw[k][0] for k in range(first, last)]
        if any(s is not segment for s in inside):
            return False
        if isinstance(segment, TableSegment):
            if len(change.new) == 1 and isinstance(change.new[0], Table) and last - first == 1:
                segment.set_table(change.new[0])
                return True
            return False
        if not isinstance(segment, TextSegment) or not all(is_text_block(b) for b in change.new):
            return False
        if first >= len(raw) or raw[first][0] is not segment:
            # Insertion at the very end of the segment.
            local_first = len(segment.raw_blocks())
        else:
            local_first = raw[first][1]
        local_last = local_first + (last - first)
        old = segment.raw_blocks()
        new_local = [*old[:local_first], *copy_blocks(change.new), *old[local_last:]]
        focused = segment.hasFocus()
        cursor = segment.textCursor()
        block_no, offset = cursor.blockNumber(), cursor.positionInBlock()
        if block_no >= local_last:
            block_no += len(change.new) - (local_last - local_first)
        elif block_no >= local_first:
            block_no = min(block_no, local_first + max(0, len(change.new) - 1))
            before_text = _text_of(old[cursor.blockNumber()])
            after_text = _text_of(new_local[block_no]) if block_no < len(new_local) else ""
            offset = _follow(before_text, after_text, offset)
        self._loading = True
        try:
            segment.load(new_local)
            block = segment.document().findBlockByNumber(min(block_no, segment.document().blockCount() - 1))
            restored = QTextCursor(block)
            restored.setPosition(block.position() + min(offset, block.length() - 1))
            segment.setTextCursor(restored)
        finally:
            self._loading = False
        if focused:
            segment.setFocus()
        self.refresh_markers()
        return True

    def _rebuild_keeping_cursor(self, new: list[Block], change: BlockChange) -> None:
        page_index = self.current_index()
        segment = self.current_segment()
        offset = segment.textCursor().positionInBlock() if isinstance(segment, TextSegment) else 0
        focus = QApplication.focusWidget()
        had_focus = segment is not None and focus is not None and (segment is focus or segment.isAncestorOf(focus))
        # The cursor's block as an index into the canonical list (empty lines do not count).
        raw = self._raw()
        index = None if page_index is None else sum(1 for _s, _i, b in raw[:page_index] if not _is_empty_line(b))
        self._build(new)
        if index is None or not had_focus:
            return
        if index >= change.end:
            index += len(change.new) - (change.end - change.start)
        elif index >= change.start:
            index = change.start + max(0, len(change.new) - 1)
        raw = self._raw()
        real = [k for k, (_s, _i, b) in enumerate(raw) if not _is_empty_line(b)]
        target = real[min(index, len(real) - 1)] if real else 0
        self.focus_block(target, offset)
