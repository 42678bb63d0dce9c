"""A person at the window: every step here is real input — a click on a visible
widget, a key pressed in the focused widget, an action's shortcut — never a slot or a
private method called to *do* something. Tests read state freely to check it.

Journeys and the stateful test are written against these verbs (choose_report,
choose_tab, type_into, add_row, paste_rows, undo ...), so when a tab changes its
widgets only this layer has to learn where things are now.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
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
    QWidget,
)

from hienhao_desktop.ui.main_window import MainWindow

# The tabs by what they hold (the window's order).
TABS = ("general", "assessment", "implementation", "solutions", "recommendations", "signing", "preview")

# Item lists edited through boxes under the list (title/text of the selected item).
DETAIL_LISTS = ("implementation", "solutions", "recommendations")
# Item lists edited in place (double-click the line, type, Enter).
IN_PLACE_LISTS = ("addressees", "recipients")

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def settle(times: int = 3) -> None:
    for _ in range(times):
        QApplication.processEvents()


class User:
    """Drives ``window`` as a person does."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # ---- looking ---------------------------------------------------------------------

    def tab_index(self, tab: str) -> int:
        return TABS.index(tab)

    def tab_of(self, path: str) -> int:
        head = path.split("[")[0].split(".")[0] if "[" in path else path
        for i, page in enumerate(self.window.report_tabs):
            if page.owns(path) or page.owns(head):
                return i
        raise KeyError(path)

    def field_input(self, path: str) -> QWidget:
        """The widget a person types into for the field ``path``."""
        page = self.window.report_tabs[self.tab_of(path)]
        field = page.fields[path]
        widget = getattr(field, "input", None) or getattr(field, "edit", None) or field.widget
        if isinstance(widget, QComboBox) and widget.isEditable():
            return widget.lineEdit()
        return widget

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    # ---- hands ---------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None, double: bool = False) -> None:
        """A left click (or double-click) on a widget the person can see."""
        if isinstance(widget, QAbstractScrollArea) and pos is None:
            widget = widget.viewport()  # a text box's frame: the click lands in its text area
        self._into_view(widget)
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

    def _into_view(self, widget: QWidget) -> None:
        """Scroll the page (as with the wheel) until ``widget`` is in sight."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None \
                    and parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 10, 10)
            parent = parent.parentWidget()
        settle(1)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, widget: QWidget | None = None) -> None:
        """A key (with modifiers) into the focused widget: shortcuts fire as for a person."""
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

    def click_into(self, widget: QWidget) -> None:
        self.click(widget)
        assert widget.hasFocus() or widget.isAncestorOf(self.focused()), f"{widget!r} did not take the focus"

    def type_into(self, path: str, text: str, *, replace: bool = True, leave: bool = True) -> None:
        """Go to the field's tab, click into it, (clear it,) type ``text``, Tab away."""
        self.choose_tab(self.tab_of(path))
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
        target = combo.findText(text)
        assert target >= 0, f"no choice {text!r}"
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

    # ---- lists -----------------------------------------------------------------------

    def list_editor(self, list_name: str):  # noqa: ANN201 - a ListEditor
        page = self.window.report_tabs[self.tab_of(list_name)]
        return page.lists[list_name]

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

    def type_item(self, list_name: str, row: int, text: str, detail: int = 0) -> None:
        """Change item ``row``: for lists with boxes under them, box ``detail``
        (0: title or text, 1: text of a section II item); else in place."""
        self.choose_item(list_name, row)
        editor = self.list_editor(list_name)
        if list_name in DETAIL_LISTS:
            box = editor.detail_boxes[detail].widget
            self.click_into(box)
            self.select_all_and_delete()
            self.type(text)
            self.leave()
        else:
            view = editor.view
            self.click(view.viewport(), view.visualRect(view.model().index(row, 0)).center(), double=True)
            line = self.focused()
            assert isinstance(line, QLineEdit), "no editor opened in the list"
            self.select_all_and_delete()
            self.type(text)
            self.press(Qt.Key.Key_Return)

    # ---- the activity table ----------------------------------------------------------

    @property
    def table(self):  # noqa: ANN201 - an ActivityTable
        return self.window.report_tabs[self.tab_index("implementation")].table

    def click_cell(self, row: int, column: int) -> None:
        self.choose_tab("implementation")
        view: QAbstractItemView = self.table.view
        index = view.model().index(row, column)
        view.scrollTo(index)
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
        self.choose_tab("implementation")
        self.click(getattr(self.table, f"{which}_button"))

    def select_rows(self, rows: Iterable[int]) -> None:
        rows = sorted(rows)
        self.click_cell(rows[0], 1)
        view = self.table.view
        for row in rows[1:]:
            index = view.model().index(row, 1)
            view.scrollTo(index)
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
