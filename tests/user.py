"""A person at the window: every step here is real input — a click on a visible
widget, a key pressed in the focused widget, an action's shortcut — never a slot or a
private method called to *do* something. Tests read state freely to check it.

Journeys and the stateful test are written against these verbs (choose_report,
choose_tab, choose_part, type_into, type_in_part, style, insert_table, add_row,
paste_rows, part_button, undo ...), so when a tab changes its widgets only this layer
has to learn where things are now.

Tabs are named: "general", "opening", "part:0", "part:1" …, "signing", "preview".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.outline_editor import OutlineEditor, TextSegment
from hienhao_desktop.ui.outline_table import TableSegment
from hienhao_desktop.ui.tabs import OutlineTab, PartTab, ReportTab

# Item lists edited in place (double-click the line, type, Enter).
IN_PLACE_LISTS = ("addressees", "recipients")
# The outline editor's line styles, as its style box lists them.
STYLES = ("paragraph", "heading1", "heading2", "heading3", "list1", "list2")

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def settle(times: int = 3) -> None:
    for _ in range(times):
        QApplication.processEvents()


class User:
    """Drives ``window`` as a person does."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # ---- looking ---------------------------------------------------------------------

    def tab_names(self) -> list[str]:
        """Every tab in the window's order."""
        return ["general", "opening", *(f"part:{i}" for i in range(len(self.window.part_tabs))), "signing",
                "preview"]

    def tab_widget(self, tab: str | int) -> QWidget:
        w = self.window
        if isinstance(tab, int):
            return w.tabs.widget(tab)
        if tab.startswith("part:"):
            return w.part_tabs[int(tab.split(":")[1])]
        return {"general": w.general, "opening": w.opening, "signing": w.signing, "preview": w.preview}[tab]

    def tab_index(self, tab: str | int) -> int:
        return self.window.tabs.indexOf(self.tab_widget(tab))

    def tab_of(self, path: str) -> int:
        if path.startswith("activities"):
            host = self.window.activity_tab()
            assert host is not None, "no part prints the activity table"
            return self.window.tabs.indexOf(host)
        for page in self.window.report_tabs:
            if page.owns(path):
                return self.window.tabs.indexOf(page)
        raise KeyError(path)

    def page_of(self, path: str) -> ReportTab:
        page = self.window.tabs.widget(self.tab_of(path))
        assert isinstance(page, ReportTab)
        return page

    def field_input(self, path: str) -> QWidget:
        """The widget a person types into for the field ``path``."""
        page = self.page_of(path)
        if path == "date" or path.startswith("date."):
            return self.window.general.date_field.input_for(path)
        field = page.fields[path]
        widget = field.input
        if isinstance(widget, QComboBox) and widget.isEditable():
            line = widget.lineEdit()
            assert line is not None
            return line
        return widget

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    # ---- hands ---------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None, double: bool = False) -> None:
        """A left click (or double-click) on a widget the person can see."""
        if isinstance(widget, QAbstractScrollArea) and pos is None:
            widget = widget.viewport()  # a text box's frame: the click lands in its text area
        self._into_view(widget, pos)
        assert widget.isVisible(), f"{widget!r} is not visible"
        if not QTest.qWaitForWindowExposed(widget.window(), 2000):  # a window just opened: wait till it is on screen
            raise AssertionError(f"{widget.window()!r} is not on the screen")
        assert widget.isEnabled(), f"{widget!r} is disabled"
        if pos is None:  # the middle of what can be seen of it
            pos = widget.visibleRegion().boundingRect().center()
        assert widget.visibleRegion().contains(pos), f"{widget!r} is hidden where it would be clicked"
        if double:
            # A click on the line first (QTest's first double-click into a window just
            # shown is not taken as one), then the double-click.
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO, pos)
            QTest.qWait(QApplication.doubleClickInterval() + 100)
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, NO, pos)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO, pos)
        settle()

    def _into_view(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """Scroll the page (as with the wheel) until ``widget`` (or the point ``pos``
        of it) is in sight."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None \
                    and parent.widget().isAncestorOf(widget):
                if pos is None:
                    parent.ensureWidgetVisible(widget, 10, 10)
                else:
                    point = widget.mapTo(parent.widget(), pos)
                    parent.ensureVisible(point.x(), point.y(), 20, 40)
            parent = parent.parentWidget()
        settle(1)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, widget: QWidget | None = None) -> None:
        """A key (with modifiers) into the focused widget: shortcuts fire as for a person."""
        # A person's keys go to the active window; with none active (a dialog closed
        # and nothing took the keyboard back) they would go nowhere, silently.
        assert QApplication.activeWindow() is not None, f"no window has the keyboard for {key!r}"
        QTest.keyClick(widget or self.focused(), key, modifiers)
        settle()

    def type(self, text: str) -> None:
        """Type ``text`` into the focused widget, one key per character (Vietnamese
        included); a newline is the Enter key."""
        for ch in text:
            target = self.focused()
            if ch == "\n":
                QTest.keyClick(target, Qt.Key.Key_Return, NO)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, NO)
        settle()

    def select_all_and_delete(self) -> None:
        self.press(Qt.Key.Key_A, CTRL)
        self.press(Qt.Key.Key_Delete)

    def leave(self) -> None:
        """Tab to the next field, as the person does when done with one."""
        self.press(Qt.Key.Key_Tab)

    def trigger(self, action: QAction) -> None:
        """A menu command (the menu is opened and the entry chosen)."""
        assert action.isEnabled(), f"{action.text()} is disabled"
        action.trigger()
        settle()

    def toolbar_click(self, action: QAction) -> None:
        self.click(self.window.commands.toolbar.widgetForAction(action))

    def shortcut(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        self.press(key, modifiers)

    # ---- the report list -------------------------------------------------------------

    def choose_report(self, report_id: int) -> None:
        lst = self.window.report_list
        for row in range(lst.count()):
            item = lst.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == report_id:
                lst.scrollToItem(item)
                self.click(lst.viewport(), lst.visualItemRect(item).center())
                assert self.window.document is not None and self.window.document.report_id == report_id
                return
        raise KeyError(f"report {report_id} is not in the list")

    def report_ids(self) -> list[int]:
        lst = self.window.report_list
        return [int(lst.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(lst.count())]

    def click_button(self, button: QWidget) -> None:
        self.click(button)

    # ---- tabs and fields -----------------------------------------------------------

    def choose_tab(self, tab: str | int) -> None:
        index = tab if isinstance(tab, int) else self.tab_index(tab)
        bar = self.window.tabs.tabBar()
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), f"tab {index} is scrolled out of sight"
        self.click(bar, rect.center())
        assert self.window.tabs.currentIndex() == index

    def choose_part(self, part: int) -> None:
        self.choose_tab(f"part:{part}")

    def click_into(self, widget: QWidget) -> None:
        self.click(widget)
        assert widget.hasFocus() or widget.isAncestorOf(self.focused()), f"{widget!r} did not take the focus"

    def type_into(self, path: str, text: str, *, replace: bool = True, leave: bool = True) -> None:
        """Go to the field's tab, click into it, (clear it,) type ``text``, Tab away.
        For ``date`` the three boxes (day, month, year) are cleared first and ``text``
        is typed into the first, as a whole date may be ("15/01/2024", "/4/2012")."""
        self.choose_tab(self.tab_of(path))
        if path == "date" and replace:
            for box in reversed(list(self.window.general.date_field.edits.values())):
                self.click_into(box)
                self.select_all_and_delete()
        widget = self.field_input(path)
        self.click_into(widget)
        if replace:
            self.select_all_and_delete()
        else:
            self.press(Qt.Key.Key_End, CTRL if isinstance(widget, QPlainTextEdit) else NO)
        self.type(text)
        if leave:
            self.leave()

    def choose(self, path: str, text: str) -> None:
        """Pick an entry of a drop-down list: click it open, click the entry."""
        self.choose_tab(self.tab_of(path))
        combo = self.field_input(path)
        assert isinstance(combo, QComboBox)
        self.choose_in(combo, text)

    def choose_in(self, combo: QComboBox, text: str) -> None:
        target = combo.findText(text)
        assert target >= 0, f"no choice {text!r} in {[combo.itemText(i) for i in range(combo.count())]}"
        self.click(combo)
        view = combo.view()
        deadline = 50
        while not view.isVisible() and deadline:
            QTest.qWait(20)
            deadline -= 1
        QTest.qWait(QApplication.doubleClickInterval() + 50)  # a person looks before clicking
        index = view.model().index(target, 0)
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())
        assert combo.currentIndex() == target

    # ---- lists (addressees, recipients) ----------------------------------------------------

    def list_editor(self, list_name: str):  # noqa: ANN201 - a ListEditor
        return self.page_of(list_name).lists[list_name]

    def choose_item(self, list_name: str, row: int) -> None:
        self.choose_tab(self.tab_of(list_name))
        view: QListView = self.list_editor(list_name).view
        index = view.model().index(row, 0)
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex().row() == row

    def list_button(self, list_name: str, which: str) -> None:
        """Add, insert, delete, up, down beside an item list."""
        self.choose_tab(self.tab_of(list_name))
        self.click(getattr(self.list_editor(list_name), f"{which}_button"))

    def type_item(self, list_name: str, row: int, text: str) -> None:
        """Change item ``row`` in place: double-click it, type, Enter."""
        self.choose_item(list_name, row)
        view = self.list_editor(list_name).view
        self.click(view.viewport(), view.visualRect(view.model().index(row, 0)).center(), double=True)
        line = self.focused()
        assert isinstance(line, QLineEdit), "no editor opened in the list"
        self.select_all_and_delete()
        self.type(text)
        self.press(Qt.Key.Key_Return)

    # ---- the outline editors (the opening, the parts) -------------------------------------

    def outline_tab(self, where: int | str) -> OutlineTab:
        """``where``: a part's index, or "opening"."""
        if where == "opening":
            return self.window.opening
        assert isinstance(where, int)
        return self.window.part_tabs[where]

    def editor(self, where: int | str) -> OutlineEditor:
        return self.outline_tab(where).editor

    def _go_to_editor(self, where: int | str) -> OutlineEditor:
        self.choose_tab(self.window.tabs.indexOf(self.outline_tab(where)))
        return self.editor(where)

    def click_in_text(self, where: int | str, block: int = -1, *, at_end: bool = True) -> None:
        """Click at the end (or start) of line ``block`` of the page (-1: the last
        written line, -2 the one before …), as a person puts the cursor there with the
        mouse."""
        editor = self._go_to_editor(where)
        lines: list[tuple[TextSegment, int]] = []
        for segment in editor.segments:
            if isinstance(segment, TextSegment):
                lines += [(segment, n) for n in range(segment.document().blockCount())]
        if block < 0:  # counted from the last written line (the empty line the page ends with is not one)
            written = [(s, n) for s, n in lines if s.document().findBlockByNumber(n).text()]
            lines = written or lines
        segment, number = lines[block]
        text_block = segment.document().findBlockByNumber(number)
        cursor = QTextCursor(text_block)
        if at_end:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        rect = segment.cursorRect(cursor)
        point = QPoint(max(rect.x() - 1, 1) if at_end else rect.x() + 1, rect.center().y())
        self.click(segment.viewport(), point)
        assert segment.hasFocus(), "the page did not take the cursor"
        self.press(Qt.Key.Key_End if at_end else Qt.Key.Key_Home)

    def click_after_table(self, where: int | str) -> None:
        """Click into the line that follows the last table (or activity table) of the page."""
        editor = self._go_to_editor(where)
        last_table = max(i for i, s in enumerate(editor.segments) if not isinstance(s, TextSegment))
        after = editor.segments[last_table + 1]
        assert isinstance(after, TextSegment)
        self.click(after.viewport(), QPoint(20, after.cursorRect().center().y()))
        assert after.hasFocus()

    def type_in_part(self, where: int | str, text: str, *, block: int = -1, new_line: bool = True) -> None:
        """Click at the end of a line of the page, (Enter for a new line,) type. A
        newline in ``text`` is the Enter key."""
        self.click_in_text(where, block)
        if new_line:
            self.press(Qt.Key.Key_Return)
        self.type(text)

    def style(self, name: str) -> None:
        """The line style of the line holding the cursor, by its shortcut: paragraph
        (Ctrl+Alt+0), heading1..3 (Ctrl+Alt+1..3), list1 (Ctrl+Alt+L), list2 (Tab in a
        list item)."""
        keys = {"paragraph": Qt.Key.Key_0, "heading1": Qt.Key.Key_1, "heading2": Qt.Key.Key_2,
                "heading3": Qt.Key.Key_3, "list1": Qt.Key.Key_L}
        if name == "list2":
            self.press(Qt.Key.Key_L, CTRL | ALT)
            self.press(Qt.Key.Key_Tab)
            return
        self.press(keys[name], CTRL | ALT)

    def choose_style(self, where: int | str, name: str) -> None:
        """The same from the style box on the editor's toolbar (with the mouse)."""
        editor = self.editor(where)
        box = editor.style_box
        self.choose_in(box, box.itemText(STYLES.index(name)))

    def editor_button(self, where: int | str, action: str) -> None:
        """A button of the editor's toolbar: bold, italic, underline, indent, outdent,
        insert_table, activity_table, move_up, move_down."""
        editor = self.editor(where)
        act = getattr(editor.commands, action)
        if action == "insert_table":
            self.click(editor.table_button)
            return
        button = editor.toolbar.widgetForAction(act)
        assert button is not None, f"{action} is not on the toolbar"
        self.click(button)

    def insert_table(self, where: int | str, request: object) -> None:
        """Table → the dialog (answered with ``request``, a TableRequest) → a table under the line."""
        self.window.dialogs.table_answers.append(request)  # type: ignore[attr-defined]
        self.editor_button(where, "insert_table")

    def table_segment(self, where: int | str, nth: int = 0) -> TableSegment:
        tables = [s for s in self.editor(where).segments if isinstance(s, TableSegment)]
        return tables[nth]

    def type_table_cell(self, where: int | str, row: int, column: int, text: str, *, nth: int = 0) -> None:
        """A cell of a table of the page: row -1 is the column titles."""
        self._go_to_editor(where)
        table = self.table_segment(where, nth)
        view = table.view
        index = view.model().index(row + 1, column + table.model.offset)
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex() == index
        if text:
            self.type(text)
        else:
            self.press(Qt.Key.Key_F2)
            self.select_all_and_delete()
        self.press(Qt.Key.Key_Return)

    def part_button(self, part: int, which: str) -> None:
        """add, remove, up, down on a part's tab."""
        self.choose_part(part)
        self.click(getattr(self.window.part_tabs[part], f"{which}_button"))

    def part_tab(self, part: int) -> PartTab:
        return self.window.part_tabs[part]

    # ---- the activity table ----------------------------------------------------------

    @property
    def table(self):  # noqa: ANN201 - an ActivityTable
        return self.window.activity_table

    def _go_to_table(self) -> None:
        host = self.window.activity_tab()
        assert host is not None, "no part prints the activity table"
        self.choose_tab(self.window.tabs.indexOf(host))

    def click_cell(self, row: int, column: int) -> None:
        self._go_to_table()
        settle()  # the table's height follows rows just added
        view: QAbstractItemView = self.table.view
        index = view.model().index(row, column)
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex() == index

    def type_cell(self, row: int, column: int, text: str) -> None:
        """Click the cell, type (typing starts the editor, replacing the cell), Enter."""
        self.click_cell(row, column)
        if text:
            self.type(text)
        else:
            self.press(Qt.Key.Key_F2)
            self.select_all_and_delete()
        self.press(Qt.Key.Key_Return)

    def table_button(self, which: str) -> None:
        """add, insert, delete, up, down, paste beside the table."""
        self._go_to_table()
        self.click(getattr(self.table, f"{which}_button"))

    def select_rows(self, rows: Iterable[int]) -> None:
        rows = sorted(rows)
        self.click_cell(rows[0], 1)
        view = self.table.view
        for row in rows[1:]:
            index = view.model().index(row, 1)
            self._into_view(view.viewport(), view.visualRect(index).center())
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, CTRL, view.visualRect(index).center())
        settle()

    def paste_rows(self, tsv: str, *, keyboard: bool = False) -> None:
        """Rows copied in Excel (the clipboard holds them), then Paste from Excel."""
        QGuiApplication.clipboard().setText(tsv)
        if keyboard:  # the person clicked a cell of the table first
            assert self.focused() is self.table.view, "the table does not have the focus"
            self.press(Qt.Key.Key_V, CTRL)
        else:
            self.table_button("paste")

    # ---- undo --------------------------------------------------------------------------

    def undo(self) -> None:
        self.press(Qt.Key.Key_Z, CTRL)

    def redo(self) -> None:
        self.press(Qt.Key.Key_Y, CTRL)


def scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    return [w for w in widget.findChildren(QScrollArea) if w.isVisible()]


def text_widgets(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit)]
