"""The outline editor on its own: the seed's implementation part and a table of the
clerk's own, for trying it by hand and for screenshots.

    .venv/bin/python benchmarks/outline_editor_demo.py            # a window to try it
    .venv/bin/python benchmarks/outline_editor_demo.py --shots DIR  # PNGs at 1366×768 under Xvfb

The window plays the integration's part: every ``blocksEdited`` becomes one step on
a QUndoStack (Ctrl+Z / Ctrl+Y through the editor's own actions), and the status bar
says what was saved.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed_parts():  # type: ignore[no-untyped-def]
    from hienhao_desktop.domain.templates import body_from_v1

    report = json.loads((ROOT / "resources" / "samples" / "seed-report.json").read_text(encoding="utf-8"))["report"]
    return body_from_v1(
        report["assessment"]["advantages"], report["assessment"]["difficulties"],
        [(item["title"], item["body"]) for item in report["implementation"]],
        report["solutions_title"], report["solutions"], report["recommendations"],
    )


def demo_blocks():  # type: ignore[no-untyped-def]
    """The seed's implementation part, with a table of classes and a bold and italic
    phrase, as a clerk would have it."""
    from hienhao_desktop.domain.model import Column, ListItem, Paragraph, Run, Table

    blocks = list(seed_parts()[1].blocks)
    blocks.insert(2, Paragraph([Run("Khẩu hiệu của Tuần lễ: "), Run("“Học chưa bao giờ là muộn”", bold=True, italic=True),
                                Run(" được treo tại nhà văn hóa các thôn.")]))
    blocks.insert(3, ListItem(1, [Run("Tuyên truyền trên hệ thống truyền thanh của xã;")]))
    blocks.insert(4, ListItem(2, [Run("thời lượng 15 phút mỗi ngày, trong 7 ngày.")]))
    table = Table([Column("Thôn"), Column("Số lớp", "number"), Column("Số học viên", "number")],
                  [["Thôn Hiền Hào", 3, 85], ["Thôn Liên Minh", 2, 47], ["Thôn Bến", 1, None]], numbered=True, total_row=True)
    blocks.insert(len(blocks) - 1, table)
    return blocks


class Harness:
    """A main window holding the editor and one undo stack, as the integration will."""

    def __init__(self, blocks):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QUndoCommand, QUndoStack
        from PySide6.QtWidgets import QMainWindow

        from hienhao_desktop.ui.outline_editor import OutlineEditor

        self.window = QMainWindow()
        self.window.setWindowTitle("Thực hiện nhiệm vụ – trình soạn thảo")
        self.editor = OutlineEditor(self.window)
        self.window.setCentralWidget(self.editor)
        self.stack = QUndoStack(self.window)
        self.editor.set_undo_stack(self.stack)
        self.blocks = list(blocks)
        self.editor.set_blocks(self.blocks)
        editor = self.editor
        harness = self

        class Step(QUndoCommand):
            def __init__(self, before, after):  # type: ignore[no-untyped-def]
                super().__init__("Sửa")
                self.before, self.after, self.first = before, after, True

            def redo(self) -> None:
                if self.first:
                    self.first = False
                    return
                harness.blocks = list(self.after)
                editor.set_blocks(self.after)

            def undo(self) -> None:
                harness.blocks = list(self.before)
                editor.set_blocks(self.before)

        def edited(change) -> None:  # type: ignore[no-untyped-def]
            before = self.blocks
            self.blocks = change.apply(before)
            self.stack.push(Step(before, self.blocks))
            self.window.statusBar().showMessage(f"Đã lưu: khối {change.start + 1}–{change.end} thay bằng {len(change.new)} khối")

        self.editor.blocksEdited.connect(edited)


def shots(folder: Path) -> None:
    """Screenshots at 1366×768 under Xvfb (a real X screen, not offscreen)."""
    if os.environ.get("HIENHAO_DEMO_CHILD") != "1":
        sys.path.insert(0, str(ROOT))
        from tests.conftest import start_xvfb

        process, display = start_xvfb("1366x768")
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HIENHAO_DEMO_CHILD="1")
            subprocess.run([sys.executable, __file__, "--shots", str(folder)], env=env, check=True, timeout=120)
        finally:
            process.terminate()
            process.wait(10)
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hienhao_desktop.ui.app import make_application
    from hienhao_desktop.ui.i18n import use_language

    app = make_application()
    use_language(os.environ.get("HIENHAO_LANG", "vi"))
    folder.mkdir(parents=True, exist_ok=True)
    harness = Harness(demo_blocks())
    window = harness.window
    window.setGeometry(0, 0, 1366, 728)  # the taskbar keeps 40 px
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWait(300)
    editor = harness.editor
    editor.focus_block(0, 10)
    QTest.qWait(200)
    window.grab().save(str(folder / "outline-editor-top.png"))
    # The table: the cursor in the number column, a refused value typed.
    from hienhao_desktop.ui.outline_table import TableSegment

    table = next(s for s in editor.segments if isinstance(s, TableSegment))
    table.focus_first()
    table.go_to(2, 2)
    table.view.setFocus()
    editor.scroll_area.ensureWidgetVisible(table, 0, 160)
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    for ch in "khoảng 60":
        QTest.sendKeyEvent(QTest.KeyAction.Click, line, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(line, Qt.Key.Key_Return)
    QTest.qWait(100)
    bar = editor.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    QTest.qWait(200)
    window.grab().save(str(folder / "outline-editor-table.png"))
    table.model.setData(table.model.index(3, 2), "")
    editor.set_blocks([])
    editor.set_undo_stack(None)
    QTest.qWait(200)
    window.grab().save(str(folder / "outline-editor-empty.png"))
    window.close()
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shots", type=Path, help="write screenshots into this folder (under Xvfb)")
    args = parser.parse_args()
    if args.shots:
        shots(args.shots)
        return 0
    from hienhao_desktop.ui.app import make_application
    from hienhao_desktop.ui.i18n import use_language

    app = make_application()
    use_language(os.environ.get("HIENHAO_LANG", "vi"))
    harness = Harness(demo_blocks())
    harness.window.resize(1200, 720)
    harness.window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
