"""The outline editor as a clerk uses it: typing (Vietnamese, as Unikey sends it),
shortcuts, toolbar buttons, pasting from Word and web pages; and the mapping of
blocks to the page and back, exact for every canonical block list."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QVBoxLayout, QWidget

from hienhao_desktop.domain.model import (
    ActivityTable,
    Block,
    Column,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
)
from hienhao_desktop.ui import outline_editor as oe
from hienhao_desktop.ui.outline_blocks import BlockChange, canonical, diff, heading_numbers
from hienhao_desktop.ui.outline_editor import ActivitySegment, OutlineEditor, TableRequest, TextSegment
from hienhao_desktop.ui.outline_table import TableSegment
from tests.ui_helpers import ScriptedDialogs

CLIPBOARD = Path(__file__).resolve().parent / "data" / "clipboard"


# ---- a host window playing the integration's part ----------------------------------------------


class Step(QUndoCommand):
    """One reported change; undo and redo show the blocks of either side. (At module
    level: a QUndoCommand class made inside a function dies before the stack that
    owns its commands, and PySide aborts at exit.)"""

    def __init__(self, host: Host | OutlineEditor, before: list[Block], after: list[Block]) -> None:
        super().__init__("Sửa")
        self.host, self.before, self.after, self.first = host, before, after, True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.host.show_blocks(self.after) if isinstance(self.host, Host) else self.host.set_blocks(self.after)

    def undo(self) -> None:
        self.host.show_blocks(self.before) if isinstance(self.host, Host) else self.host.set_blocks(self.before)


class Host(QWidget):
    """A window holding the editor, its Dialogs, and (like the report's
    ReportDocument) the blocks with one undo stack and window-level Undo/Redo."""

    def __init__(self) -> None:
        super().__init__()
        self.dialogs = ScriptedDialogs()
        self.table_requests: list[TableRequest | None] = []
        self.editor = OutlineEditor(self, ask_table=lambda _parent: self.table_requests.pop(0))
        QVBoxLayout(self).addWidget(self.editor)
        self.changes: list[BlockChange] = []
        self.blocks: list[Block] = []
        self.stack = QUndoStack(self)
        self.undo_action = QAction("Hoàn tác", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction("Làm lại", self)
        self.redo_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.redo_action.triggered.connect(self.redo)
        self.addActions([self.undo_action, self.redo_action])
        self.editor.blocksEdited.connect(self._edited)

    def load(self, blocks: list[Block]) -> None:
        self.blocks = canonical(blocks)
        self.editor.set_blocks(self.blocks)

    def _edited(self, change: BlockChange) -> None:
        before = self.blocks
        self.blocks = change.apply(before)
        self.changes.append(change)
        self.stack.push(Step(self, before, self.blocks))

    def show_blocks(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.editor.set_blocks(blocks)

    def undo(self) -> None:  # what the window's Hoàn tác does: save the typing, then undo
        self.editor.flush()
        self.stack.undo()

    def redo(self) -> None:
        self.editor.flush()
        self.stack.redo()


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):  # type: ignore[no-untyped-def]
    """Mime data left on the clipboard at exit crashes the process (offscreen)."""
    yield
    QGuiApplication.clipboard().clear()
    qapp.processEvents()


@pytest.fixture
def host(qtbot) -> Host:
    window = Host()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return window


def text_segments(editor: OutlineEditor) -> list[TextSegment]:
    return [s for s in editor.segments if isinstance(s, TextSegment)]


def type_keys(text: str) -> None:
    """Type into the focused widget, one key event per character (as a keyboard or
    Unikey's replacements arrive)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(), Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        QApplication.processEvents()  # a person's keys come one at a time, with the event loop between


def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), k, mods)
    QApplication.processEvents()


def backspace(n: int = 1) -> None:
    for _ in range(n):
        key(Qt.Key.Key_Backspace)


def leave(host: Host, qtbot) -> None:
    """Click somewhere outside the editor: the focus leaves it."""
    outside = QLineEdit(host)
    outside.show()
    outside.setFocus()
    qtbot.waitUntil(lambda: outside.hasFocus())
    qtbot.wait(20)  # the editor looks at focus moves once they are done


def click_tool(editor: OutlineEditor, action: QAction) -> None:
    button = editor.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isVisible() and button.isEnabled(), action.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- the mapping -----------------------------------------------------------------------------------

words = st.sampled_from(["Hiền Hào", "Trung tâm", "học tập", "cộng đồng", "ữ", "Đ", "100%", "“Học”", "a", "-", "+ 1", "  "])
texts = st.lists(words, min_size=1, max_size=4).map(" ".join)
runs = st.lists(st.builds(Run, texts, st.booleans(), st.booleans(), st.booleans()), max_size=4)
cells_text = st.sampled_from(["", "Thôn Bến", "Lớp tin học", "x"])


@st.composite
def tables(draw) -> Table:  # type: ignore[no-untyped-def]
    kinds = draw(st.lists(st.sampled_from(["text", "number"]), min_size=1, max_size=4))
    rows = draw(st.integers(0, 3))
    cells = [[draw(cells_text) if k == "text" else draw(st.one_of(st.none(), st.integers(-5, 10**6))) for k in kinds]
             for _ in range(rows)]
    return Table([Column(draw(cells_text), k) for k in kinds], cells, draw(st.booleans()), draw(st.booleans()))


text_blocks = st.one_of(
    st.builds(Heading, st.integers(1, 3), st.one_of(st.just(""), texts)),
    st.builds(Paragraph, runs),
    st.builds(ListItem, st.integers(1, 2), runs),
)


@st.composite
def block_lists(draw) -> list[Block]:  # type: ignore[no-untyped-def]
    blocks: list[Block] = draw(st.lists(st.one_of(text_blocks, text_blocks, tables()), max_size=10))
    if draw(st.booleans()):
        blocks.insert(draw(st.integers(0, len(blocks))), ActivityTable(draw(st.booleans())))
    return canonical(blocks)


@pytest.fixture(scope="module")
def shared_editor(qapp):  # type: ignore[no-untyped-def]
    editor = OutlineEditor()
    editor.resize(900, 600)
    editor.show()
    yield editor
    editor.close()
    editor.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # while the application is whole


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=block_lists(), second=block_lists())
def test_blocks_shown_are_the_blocks_given_back(shared_editor, first, second) -> None:
    """load -> read gives the same blocks, for a fresh page and for a page that held
    other blocks before (the in-place update path), and no change is reported."""
    reported: list[object] = []
    shared_editor.blocksEdited.connect(reported.append)
    try:
        shared_editor.set_blocks(first)
        assert shared_editor.current_blocks() == first
        shared_editor.set_blocks(second)
        assert shared_editor.current_blocks() == second
        assert shared_editor.blocks() == second
        shared_editor.flush()
        assert reported == []
    finally:
        shared_editor.blocksEdited.disconnect(reported.append)


@settings(max_examples=80, deadline=None)
@given(blocks=block_lists())
def test_canonical_is_stable_and_html_copies_round_trip(blocks) -> None:
    assert canonical(blocks) == blocks
    from hienhao_desktop.ui.clipboard_html import blocks_from_html, html_from_blocks

    def kept(block: Block) -> bool:  # an empty table is not pasted
        return not isinstance(block, ActivityTable) and not (
            isinstance(block, Table) and not any(c.title for c in block.columns)
            and not any(v not in ("", None) for row in block.rows for v in row))

    copied = [b for b in blocks if kept(b)]
    # A paragraph typed "- …" in Word is a list item when pasted (clerks type them so).
    assume(not any(isinstance(b, Paragraph) and b.text[:2] in ("- ", "+ ") for b in copied))
    back = blocks_from_html(html_from_blocks(copied))
    # Copy keeps every block; headings come back relative to the highest copied.
    assert [type(b) for b in back] == [type(b) for b in copied]
    for a, b in zip(back, copied, strict=True):
        if not isinstance(b, Heading):
            assert a == b


def test_diff_is_the_smallest_range() -> None:
    a = [Paragraph([Run("1")]), Paragraph([Run("2")]), Paragraph([Run("3")])]
    b = [Paragraph([Run("1")]), Heading(1, "x"), Paragraph([Run("3")])]
    change = diff(a, b)
    assert change == BlockChange(1, 2, (Heading(1, "x"),))
    assert change.apply(a) == b
    assert diff(a, a) is None


def test_heading_numbers_in_each_style() -> None:
    blocks = [Heading(1, "a"), Heading(2, "b"), Heading(2, "c"), Heading(3, "d"), Paragraph(), Heading(1, "e"), Heading(2, "f")]
    assert heading_numbers(blocks, "decimal") == ["1.", "1.1.", "1.2.", "1.2.1.", None, "2.", "2.1."]
    assert heading_numbers(blocks, "letters") == ["1.", "a)", "b)", "-", None, "2.", "a)"]
    assert heading_numbers(blocks, "roman") == ["I.", "1.", "2.", "a)", None, "II.", "1."]
    assert heading_numbers(blocks, "none") == ["", "", "", "", None, "", ""]
    five = [Heading(2, str(i)) for i in range(6)]
    assert heading_numbers(five, "letters")[4:] == ["đ)", "e)"]  # the Vietnamese alphabet


# ---- typing ---------------------------------------------------------------------------------------


def test_typing_vietnamese_is_reported_after_a_pause_in_nfc(host, qtbot) -> None:
    host.load([Heading(1, "Thuận lợi")])
    editor = host.editor
    editor.focus_block(0)
    key(Qt.Key.Key_Return)  # after a heading: an ordinary paragraph
    type_keys(unicodedata.normalize("NFD", "Cơ sở vật chất được tăng cường."))
    assert host.changes == [] or host.changes[-1].new  # nothing yet, or the new line
    qtbot.waitUntil(lambda: host.blocks == [Heading(1, "Thuận lợi"), Paragraph([Run("Cơ sở vật chất được tăng cường.")])],
                    timeout=3000)
    assert unicodedata.is_normalized("NFC", host.blocks[1].text)


def test_enter_twice_keeps_the_paragraph_look(host, qtbot) -> None:
    """Enter on an empty line (a clerk leaving a blank line) makes a new line with the
    page's spacing; Qt alone gave the line a bare format and its text sat squeezed
    against the next."""
    host.load([Paragraph([Run("Căn cứ Kế hoạch;")])])
    host.editor.focus_block(0)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)
    type_keys("Lớp may")
    document = text_segments(host.editor)[0].document()
    lines = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    assert [b.text() for b in lines] == ["Căn cứ Kế hoạch;", "", "Lớp may", ""]  # (the page's last line is empty)
    assert [b.blockFormat().bottomMargin() for b in lines] == [6, 6, 6, 6]
    leave(host, qtbot)
    assert host.blocks == [Paragraph([Run("Căn cứ Kế hoạch;")]), Paragraph([Run("Lớp may")])]


def test_unikey_backspaces_and_replacements(host, qtbot) -> None:
    """Telex "Hieefn" as Unikey sends it: H i e, then e -> backspace + ê, n, then
    f -> backspaces + ền. No key of it is swallowed."""
    host.load([Paragraph([Run("Xã")])])
    host.editor.focus_block(0)
    type_keys(" Hie")
    backspace()
    type_keys("ên")
    backspace(2)
    type_keys("ền Hào")
    leave(host, qtbot)
    assert host.blocks == [Paragraph([Run("Xã Hiền Hào")])]
    assert len(host.changes) == 1


def test_continuous_typing_is_saved_at_least_every_two_seconds(host, qtbot) -> None:
    host.load([])
    host.editor.focus_block(0)
    for _ in range(12):  # about 3 s of typing with no pause long enough
        type_keys("ab ")
        qtbot.wait(250)
    assert host.changes, "nothing saved after 3 s of typing"
    assert oe.MAX_WAIT_MS <= 2000


def test_focus_leaving_reports_at_once(host, qtbot) -> None:
    host.load([Paragraph([Run("Một")])])
    host.editor.focus_block(0)
    type_keys(" hai")
    assert host.changes == []
    leave(host, qtbot)
    assert host.blocks == [Paragraph([Run("Một hai")])]


def test_new_blocks_from_outside_keep_the_cursor_and_are_not_echoed(host, qtbot) -> None:
    host.load([Paragraph([Run("Một")]), Paragraph([Run("Hai")]), Paragraph([Run("Ba")])])
    editor = host.editor
    editor.focus_block(2, 1)
    editor.set_blocks(host.blocks)  # the same: nothing happens
    editor.set_blocks([Heading(1, "Mới"), *host.blocks])  # another view added a heading above
    segment = text_segments(editor)[0]
    cursor = segment.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (3, 1)
    assert segment.hasFocus()
    type_keys("x")
    leave(host, qtbot)
    assert host.changes[-1] == BlockChange(3, 4, (Paragraph([Run("Bxa")]),))
    # A table arrives above (the page is rebuilt): the cursor stays in its paragraph.
    editor.focus_block(3, 2)
    editor.set_blocks([Table([Column("A")], [["x"]]), *host.blocks])
    focused = QApplication.focusWidget()
    assert isinstance(focused, TextSegment)
    cursor = focused.textCursor()
    assert cursor.block().text() == "Bxa" and cursor.positionInBlock() == 2


# ---- commands --------------------------------------------------------------------------------------


def test_heading_shortcuts_and_numbers(host, qtbot) -> None:
    host.load([Paragraph([Run("Thuận lợi")]), Paragraph([Run("Khó khăn")]), Paragraph([Run("Chi tiết")])])
    editor = host.editor
    editor.focus_block(0)
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    editor.focus_block(1)
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    editor.focus_block(2)
    key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert host.blocks == [Heading(1, "Thuận lợi"), Heading(1, "Khó khăn"), Heading(2, "Chi tiết")]
    assert text_segments(editor)[0].markers == {0: "1.", 1: "2.", 2: "2.1."}
    editor.set_heading_numbering("roman")
    assert text_segments(editor)[0].markers == {0: "I.", 1: "II.", 2: "1."}
    # Back to a paragraph: the heading's bold is not the text's format.
    key(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert host.blocks[2] == Paragraph([Run("Chi tiết")])


def test_bold_italic_underline_while_typing(host, qtbot) -> None:
    host.load([])
    host.editor.focus_block(0)
    type_keys("Khẩu hiệu: ")
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_keys("Học suốt đời")
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_keys(" và ")
    key(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    type_keys("gạch chân")
    leave(host, qtbot)
    assert host.blocks == [Paragraph([Run("Khẩu hiệu: "), Run("Học suốt đời", bold=True, italic=True), Run(" và "),
                                      Run("gạch chân", underline=True)])]


def test_lists_by_typing_tab_enter_and_backspace(host, qtbot) -> None:
    host.load([])
    host.editor.focus_block(0)
    type_keys("- Một")  # "- " at the start makes a list item, as in Word
    qtbot.wait(10)
    key(Qt.Key.Key_Return)
    type_keys("hai")
    key(Qt.Key.Key_Tab)  # second level "+"
    key(Qt.Key.Key_Return)
    type_keys("ba")
    key(Qt.Key.Key_Backtab)  # back to "-"
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # Enter on an empty item ends the list
    type_keys("Đoạn văn.")
    leave(host, qtbot)
    assert host.blocks == [ListItem(1, [Run("Một")]), ListItem(2, [Run("hai")]), ListItem(1, [Run("ba")]),
                           Paragraph([Run("Đoạn văn.")])]
    markers = text_segments(host.editor)[0].markers
    assert [markers[i] for i in range(3)] == ["-", "+", "-"]
    # Backspace at the start of an item takes the marker away, not the text.
    host.editor.focus_block(1, 0)
    backspace()
    leave(host, qtbot)
    assert host.blocks[1] == Paragraph([Run("hai")])


def test_toolbar_buttons_and_style_box(host, qtbot) -> None:
    host.load([Paragraph([Run("Kết quả")]), Paragraph([Run("Chi tiết")])])
    editor = host.editor
    editor.focus_block(1)
    click_tool(editor, editor.commands.indent)  # a paragraph one level in: a "-" item
    assert host.blocks[1] == ListItem(1, [Run("Chi tiết")])
    editor.focus_block(0)
    editor.style_box.activated.emit(2)  # the clerk picks "Heading 2" in the box
    assert host.blocks[0] == Heading(2, "Kết quả")
    editor.focus_block(0)
    assert editor.style_box.currentIndex() == 2
    click_tool(editor, editor.commands.move_down)
    assert host.blocks == [ListItem(1, [Run("Chi tiết")]), Heading(2, "Kết quả")]
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert host.blocks == [Heading(2, "Kết quả"), ListItem(1, [Run("Chi tiết")])]


def test_no_ctrl_shift_only_shortcuts(host) -> None:
    host.editor.set_undo_stack(QUndoStack(host))
    seen: list[str] = []
    for action in host.editor.findChildren(QAction):
        for sequence in action.shortcuts():
            combo = sequence[0].keyboardModifiers()
            assert combo != (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier), action.text()
            seen.append(sequence.toString())
    assert len(seen) == len(set(seen)), "one key, one command (a repeated key fires nothing)"


# ---- tables ---------------------------------------------------------------------------------------


def _table(editor: OutlineEditor) -> TableSegment:
    return next(s for s in editor.segments if isinstance(s, TableSegment))


def test_insert_a_table_type_numbers_and_see_the_total(host, qtbot) -> None:
    host.load([Heading(1, "Các lớp")])
    editor = host.editor
    editor.focus_block(0)
    host.table_requests.append(TableRequest([Column("Thôn"), Column("Số học viên", "number")], 2, True, True))
    key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert host.blocks == [Heading(1, "Các lớp"), Table([Column("Thôn"), Column("Số học viên", "number")],
                                                        [["", None], ["", None]], True, True)]
    table = _table(editor)
    assert table.view.hasFocus()
    table.go_to(0, 0)
    type_keys("Thôn Bến")
    key(Qt.Key.Key_Tab)
    type_keys("25")
    key(Qt.Key.Key_Return)  # Enter: saved, and down one row
    table.go_to(1, 1)
    type_keys("khoảng 60")
    key(Qt.Key.Key_Return)
    assert table.message.isVisible()
    assert "25" in table.message.text()
    assert host.blocks[1].rows == [["Thôn Bến", 25], ["", None]]  # the refused text is not saved...
    assert table.model.index(2, 2).data() == "khoảng 60"  # ...but kept in the cell
    total = table.model.index(table.model.rowCount() - 1, 2).data()
    assert total == "25"
    table.go_to(1, 1)
    key(Qt.Key.Key_F2)
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    type_keys("1.060")
    key(Qt.Key.Key_Return)
    assert not table.message.isVisible()
    assert host.blocks[1].rows == [["Thôn Bến", 25], ["", 1060]]
    assert table.model.index(table.model.rowCount() - 1, 2).data() == "1.085"  # live total


def test_table_rows_columns_and_kinds_from_the_table_menu(host, qtbot) -> None:
    host.load([Table([Column("Lớp"), Column("Ghi chú")], [["Tin học", "tối"]])])
    editor = host.editor
    table = _table(editor)
    table.view.setFocus()
    table.go_to(0, 0)
    editor.commands.add_row.trigger()
    assert host.blocks[0].rows == [["Tin học", "tối"], ["", ""]]
    key(Qt.Key.Key_Insert)  # Insert adds a row too
    assert len(host.blocks[0].rows) == 3
    editor.commands.remove_row.trigger()
    editor.commands.remove_row.trigger()
    assert host.blocks[0].rows == [["Tin học", "tối"]]
    table.go_to(0, 1)
    editor.commands.add_column.trigger()
    assert [c.title for c in host.blocks[0].columns] == ["Lớp", "Ghi chú", ""]
    type_keys("Số buổi")  # the cursor is on the new column's title
    key(Qt.Key.Key_Return)
    table.go_to(0, 2)
    type_keys("12")
    key(Qt.Key.Key_Return)
    editor.commands.column_kind.trigger()  # text -> whole numbers: every cell reads as one
    assert host.blocks[0].columns[2] == Column("Số buổi", "number")
    assert host.blocks[0].rows == [["Tin học", "tối", 12]]
    table.go_to(0, 1)
    editor.commands.column_kind.trigger()  # "tối" is no number: refused with a message
    assert host.blocks[0].columns[1].kind == "text"
    assert table.message.isVisible()
    editor.commands.remove_column.trigger()
    assert [c.title for c in host.blocks[0].columns] == ["Lớp", "Số buổi"]
    editor.commands.numbered.trigger()
    editor.commands.total_row.trigger()
    assert host.blocks[0].numbered and host.blocks[0].total_row
    editor.commands.remove_table.trigger()
    assert host.blocks == []


def test_arrows_move_between_text_and_table(host, qtbot) -> None:
    host.load([Paragraph([Run("Trên")]), Table([Column("A")], [["x"]]), Paragraph([Run("Dưới")])])
    editor = host.editor
    editor.focus_block(0)
    key(Qt.Key.Key_Down)
    table = _table(editor)
    assert table.view.hasFocus()
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    assert text_segments(editor)[1].hasFocus()
    key(Qt.Key.Key_Up)
    assert table.view.hasFocus()


# ---- the activity table's place --------------------------------------------------------------------


def test_activity_table_place_once(host, qtbot) -> None:
    host.load([Heading(1, "Kết quả"), Paragraph([Run("Các hoạt động:")])])
    editor = host.editor
    editor.focus_block(1)
    click_tool(editor, editor.commands.activity_table)
    assert host.blocks == [Heading(1, "Kết quả"), Paragraph([Run("Các hoạt động:")]), ActivityTable()]
    assert not editor.commands.activity_table.isEnabled()  # at most one
    place = next(s for s in editor.segments if isinstance(s, ActivitySegment))
    assert place.hasFocus()
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # moved above the paragraph
    assert host.blocks[1] == ActivityTable()
    place = next(s for s in editor.segments if isinstance(s, ActivitySegment))
    place.setFocus()
    key(Qt.Key.Key_Delete)
    assert ActivityTable() not in host.blocks
    editor.set_activity_table_allowed(False)  # another part holds it
    editor.focus_block(0)
    assert not editor.commands.activity_table.isEnabled()


# ---- paste ------------------------------------------------------------------------------------------


def paste_html(markup: str, text: str = "") -> None:
    data = QMimeData()
    data.setHtml(markup)
    data.setText(text or "x")
    QGuiApplication.clipboard().setMimeData(data)
    key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_paste_from_word_keeps_structure_and_drops_the_rest(host, qtbot) -> None:
    host.load([Heading(1, "Thực hiện")])
    host.editor.focus_block(0)
    key(Qt.Key.Key_Return)
    paste_html((CLIPBOARD / "word-2016-windows.html").read_text(encoding="utf-8"))
    assert host.blocks == [
        Heading(1, "Thực hiện"),
        Heading(1, "Công tác tuyên truyền, phối hợp"),
        Paragraph([Run("Ngay sau khi nhận được công văn, Trung tâm đã xây dựng kế hoạch với khẩu hiệu "),
                   Run("“Học tập suốt đời”", italic=True), Run("; kết quả "), Run("100%", bold=True),
                   Run(" học sinh đăng ký, "), Run("không có", underline=True), Run(" trường hợp bỏ học.")]),
        ListItem(1, [Run("Tuyên truyền trên hệ thống truyền thanh của xã;")]),
        ListItem(2, [Run("mỗi ngày 15 phút, trong 7 ngày;")]),
        ListItem(1, [Run("Treo băng zôn tại nhà văn hóa các thôn.")]),
        Heading(1, "Kết quả tổ chức các hoạt động"),
        Heading(2, "Các lớp học"),
        Paragraph([Run("Kết quả các lớp theo thôn:")]),
        Table([Column("Thôn"), Column("Số lớp", "number"), Column("Số học viên", "number")],
              [["Thôn Hiền Hào", 3, 1085], ["Thôn Liên Minh", 2, None]], numbered=True, total_row=True),
        Paragraph([Run("Ghi chú: số liệu tính đến hết tháng 12.")]),
    ]
    assert len(host.changes) == 1  # one paste, one step


@pytest.mark.parametrize("name, expected", [
    ("libreoffice-7.html", [
        Heading(1, "Kết quả tổ chức các hoạt động"),
        Paragraph([Run("Trong học kỳ, "), Run("Trung tâm", bold=True), Run(" đã tổ chức "), Run("12 chuyên đề", italic=True),
                   Run(" với "), Run("439 lượt", underline=True), Run(" người tham gia.")]),
        ListItem(1, [Run("Chuyên đề trồng trọt, chăn nuôi;")]),
        ListItem(2, [Run("trồng lúa chất lượng cao;")]),
        ListItem(1, [Run("Chuyên đề pháp luật.")]),
        Table([Column("Lớp"), Column("Học viên", "number")], [["Tin học cơ bản", 25], ["Tiếng Anh giao tiếp", 18]]),
    ]),
    ("google-docs.html", [
        Heading(1, "Khó khăn"),
        Paragraph([Run("Cơ sở vật chất của Trung tâm "), Run("còn thiếu", bold=True),
                   Run(" (phòng học mượn của nhà văn hóa)", italic=True), Run(", chưa có", underline=True), Run(" máy chiếu.")]),
        ListItem(1, [Run("Kinh phí hoạt động hạn hẹp;")]),
        ListItem(2, [Run("chỉ đủ mở 3 lớp mỗi năm.")]),
        Table([Column("Khoản chi"), Column("Nghìn đồng", "number")], [["Tài liệu", 2500]], total_row=True),
    ]),
    ("web-page-chrome.html", [
        Heading(1, "Khai giảng lớp tin học cho người cao tuổi"),
        Paragraph([Run("Ngày 15/01/2024, Trung tâm học tập cộng đồng xã "), Run("khai giảng", bold=True), Run(" lớp "),
                   Run("tin học cơ bản", italic=True), Run(" cho 25 học viên.")]),
        Paragraph([Run("Học viên trong buổi học đầu tiên", italic=True)]),
        Heading(2, "Nội dung khóa học"),
        Paragraph([Run("1. Sử dụng điện thoại thông minh")]),
        Paragraph([Run("2. Dịch vụ công trực tuyến")]),
        ListItem(1, [Run("Thời gian: tối thứ Ba, thứ Năm")]),
    ]),
])
def test_paste_from_other_programs(host, qtbot, name, expected) -> None:
    host.load([])
    host.editor.focus_block(0)
    paste_html((CLIPBOARD / name).read_text(encoding="utf-8"))
    assert host.blocks == expected


def test_paste_a_few_words_into_a_line_keeps_their_formats_only(host, qtbot) -> None:
    host.load([Paragraph([Run("Trung tâm đã tổ chức lớp.")])])
    host.editor.focus_block(0, len("Trung tâm đã tổ chức "))
    paste_html('<span style="color:red;font-size:20px;font-family:Arial"><b>tin học</b> </span>', "tin học ")
    assert host.blocks == [Paragraph([Run("Trung tâm đã tổ chức "), Run("tin học", bold=True), Run(" lớp.")])]


def test_paste_plain_text_lines_with_markers(host, qtbot) -> None:
    host.load([Paragraph([Run("Đầu")])])
    host.editor.focus_block(0)
    data = QMimeData()
    data.setText("Các giải pháp:\n- Tăng cường tuyên truyền;\n+ trên loa truyền thanh;\n\n- Huy động nguồn lực.")
    QGuiApplication.clipboard().setMimeData(data)
    key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert host.blocks == [Paragraph([Run("Đầu")]), Paragraph([Run("Các giải pháp:")]),
                           ListItem(1, [Run("Tăng cường tuyên truyền;")]), ListItem(2, [Run("trên loa truyền thanh;")]),
                           ListItem(1, [Run("Huy động nguồn lực.")])]


def test_pasted_tcvn3_text_is_converted_after_asking(host, qtbot) -> None:
    from hienhao_desktop.domain import legacy

    host.load([])
    host.editor.focus_block(0)
    host.dialogs.confirm_answers.append(True)
    old = legacy.encode("Trung tâm học tập cộng đồng xã Hiền Hào", "tcvn3")
    paste_html(f"<p><b>{old}</b></p><p>- {legacy.encode('Tuyên truyền', 'tcvn3')}</p>")
    assert host.dialogs.shown and host.dialogs.shown[0][0] == "confirm"
    assert host.blocks == [Paragraph([Run("Trung tâm học tập cộng đồng xã Hiền Hào", bold=True)]),
                           ListItem(1, [Run("Tuyên truyền")])]


# ---- undo: one history --------------------------------------------------------------------------------


def test_ctrl_z_and_ctrl_y_inside_the_box_are_the_reports_undo(host, qtbot) -> None:
    host.load([Paragraph([Run("Một")])])
    host.editor.focus_block(0)
    type_keys(" hai")  # not saved yet
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # saved, then taken back
    assert host.blocks == [Paragraph([Run("Một")])]
    assert host.editor.current_blocks() == [Paragraph([Run("Một")])]
    key(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo, inside the box
    assert host.blocks == [Paragraph([Run("Một hai")])]
    assert host.editor.current_blocks() == host.blocks
    segment = text_segments(host.editor)[0]
    assert segment.hasFocus() and segment.textCursor().positionInBlock() == len("Một hai")
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # a command is one step
    assert host.blocks == [Paragraph([Run("Một hai")])]
    assert not segment.document().isUndoAvailable()  # no second, hidden history


def test_editor_own_undo_without_window_actions(qtbot) -> None:
    editor = OutlineEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    QTest.qWaitForWindowActive(editor)
    stack = QUndoStack(editor)
    history: list[list[Block]] = [[]]

    def edited(change: BlockChange) -> None:
        history.append(change.apply(history[-1]))
        stack.push(Step(editor, history[-2], history[-1]))

    editor.blocksEdited.connect(edited)
    editor.set_undo_stack(stack)
    editor.focus_block(0)
    type_keys("Hiền")
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_blocks() == []
    key(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_blocks() == [Paragraph([Run("Hiền")])]


def test_read_only_report(host, qtbot) -> None:
    host.load([Heading(1, "Đã ban hành"), Table([Column("A")], [["x"]])])
    host.editor.set_read_only(True)
    host.editor.focus_block(0)
    type_keys("abc")
    key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    leave(host, qtbot)
    assert host.changes == []
    assert host.editor.current_blocks() == host.blocks
    assert not host.editor.commands.insert_table.isEnabled()
    assert not _table(host.editor).model.flags(_table(host.editor).model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_copy_gives_html_and_text_that_paste_back(host, qtbot) -> None:
    blocks = [Heading(1, "Thuận lợi"), Paragraph([Run("Được "), Run("UBND xã", bold=True), Run(" quan tâm.")]),
              ListItem(1, [Run("Kinh phí;")]), ListItem(2, [Run("tài liệu.")])]
    host.load(blocks)
    host.editor.focus_block(0)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "Thuận lợi\nĐược UBND xã quan tâm.\n- Kinh phí;\n+ tài liệu."
    from hienhao_desktop.ui.clipboard_html import blocks_from_html

    assert blocks_from_html(data.html()) == blocks
    key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # out of the list: an empty paragraph takes the paste
    key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert host.blocks == blocks + blocks


def test_insert_table_dialog_gives_the_columns_typed(qtbot) -> None:
    dialog = oe.InsertTableDialog()
    qtbot.addWidget(dialog)
    dialog.column_count.setValue(2)
    dialog.titles[0].setText("Thôn")
    dialog.titles[1].setText("Số hộ")
    dialog.kinds[1].setCurrentIndex(1)
    dialog.row_count.setValue(4)
    dialog.total_row.setChecked(True)
    request = dialog.request()
    assert request.table() == Table([Column("Thôn"), Column("Số hộ", "number")], [["", None]] * 4, True, True)
