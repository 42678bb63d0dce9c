"""Run by tests/test_screens.py in a child process on a real X screen (Xvfb with a
window manager): opens the window on a database as the program does, goes through
every tab with the keyboard (the arrow keys on the tab bar), keeps a screenshot of
each and reports, as JSON on stdout, what a person could not reach: controls outside
the screen, tab titles out of sight, nested scroll areas, and how many rows of the
activity table show at once once its page is scrolled to it (it stands in the page of
the part that prints it; the page scrolls, the table does not scroll by itself).

    python tests/screen_probe.py DB OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractScrollArea, QLabel)


def settle(ms: int = 300) -> None:
    QTest.qWait(ms)


def global_rect(widget: QWidget) -> QRect:
    rect = widget.visibleRegion().boundingRect()
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())


def scroll_parent(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def main() -> int:
    from hienhao_desktop.ui.app import install_translators, make_application
    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs

    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(app, "vi")
    window = MainWindow.open_database(db, settings=Settings(), dialogs=ScriptedDialogs())
    assert window is not None
    window.show()
    settle(1500)
    screen = window.screen()
    free = screen.availableGeometry()
    bar = window.tabs.tabBar()
    result: dict[str, object] = {
        "tab_bar": [bar.width(), sum(bar.tabRect(i).width() for i in range(bar.count()))],
        "screen": [free.width(), free.height()], "frame": list(window.frameGeometry().getRect()),
        "maximised": window.isMaximized(), "outside": [], "tabs_hidden": [], "nested": [], "shots": [],
    }
    outside: list[str] = result["outside"]  # type: ignore[assignment]
    frame = window.frameGeometry()
    if not free.contains(frame):
        outside.append(f"window frame {frame.getRect()} not inside {free.getRect()}")
    for i in range(window.tabs.count()):
        if not bar.rect().contains(bar.tabRect(i)):
            result["tabs_hidden"].append(window.tabs.tabText(i))  # type: ignore[attr-defined]

    bar.setFocus()
    for i in range(window.tabs.count()):
        if i:
            QTest.keyClick(bar, Qt.Key.Key_Right)  # the focus is on the tabs: the arrow goes to the next
            assert window.tabs.currentIndex() == i
            settle(600 if i < window.tabs.count() - 1 else 4000)  # the preview is built
        page = window.tabs.currentWidget()
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, CONTROLS):
                continue
            if isinstance(widget, QLabel) and not widget.text():
                continue
            area = scroll_parent(widget)
            if area is not None and isinstance(widget, QAbstractScrollArea) and widget is not area \
                    and widget.verticalScrollBar().isVisible() and area.verticalScrollBar().isVisible():
                result["nested"].append(f"{window.tabs.tabText(i)}: {type(widget).__name__}")  # type: ignore
            if area is not None and area is not widget:
                continue  # inside a page that scrolls: reached by scrolling; the page is checked
            rect = global_rect(widget)
            if rect.isEmpty():
                continue
            if not free.contains(rect):
                name = widget.text() if hasattr(widget, "text") and isinstance(widget.text(), str) else ""
                outside.append(f"{window.tabs.tabText(i)}: {type(widget).__name__} {name!r} {rect.getRect()}")
        shot = out / f"{i + 1:02d}.png"
        window.grab().save(str(shot))
        result["shots"].append(str(shot))  # type: ignore[attr-defined]
        if page is window.activity_tab():  # the page holding the activity table: scrolled to it
            table = window.activity_table
            view = table.view
            area = scroll_parent(table)
            assert area is not None
            top = table.mapTo(area.widget(), table.rect().topLeft())
            area.verticalScrollBar().setValue(max(0, top.y() - 10))  # as the wheel would bring it up
            settle(600)
            shown = area.viewport()
            rows = 0
            for r in range(view.model().rowCount()):
                row_top = view.viewport().mapTo(shown, view.visualRect(view.model().index(r, 1)).topLeft()).y()
                if row_top >= 0 and row_top + view.rowHeight(r) <= shown.height():
                    rows += 1
            result["table_rows"] = rows
            result["total_visible"] = not table.total_label.visibleRegion().isEmpty() \
                and free.contains(global_rect(table.total_label))
            result["paste_visible"] = not table.paste_button.visibleRegion().isEmpty() \
                and free.contains(global_rect(table.paste_button))
            result["table_scrolls_itself"] = view.verticalScrollBar().isVisible()
            window.grab().save(str(out / f"{i + 1:02d}-table.png"))
    print(json.dumps(result, ensure_ascii=False))
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
