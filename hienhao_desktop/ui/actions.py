"""Every command of the window in one place: its action, shortcut, menu entry and
toolbar button, and the words for them in the interface language.

Standard shortcuts; none with Ctrl+Shift (it switches the Vietnamese input method
on and off). Every action is connected to a callable that takes no arguments, so
``triggered(bool)`` never reaches a method that takes an optional argument (the
"In…" command once received ``False`` as its PDF). Undo and redo go through the
open report (``ReportDocument.undo``), which moves the history only when the store
saved the change; their texts stay short so the toolbar does not shift.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.operations import Operations

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language: not translated


class Commands(QObject):
    """The window's actions, menus and toolbar."""

    def __init__(self, window: MainWindow, ops: Operations) -> None:
        super().__init__(window)
        self.window = window

        def action(run: Callable[[], object], *shortcuts: QKeySequence.StandardKey | str) -> QAction:
            act = QAction(window)
            if shortcuts:
                act.setShortcuts([QKeySequence(s) for s in shortcuts])

            def triggered() -> None:  # takes nothing: triggered(bool) is not passed on
                run()

            act.triggered.connect(triggered)
            return act

        self.new = action(ops.new_report, QKeySequence.StandardKey.New)
        self.import_json = action(ops.import_json, QKeySequence.StandardKey.Open)
        self.import_docx = action(ops.import_docx)
        self.export_json = action(ops.export_json)
        self.export_pdf = action(ops.export_pdf, "Ctrl+E")
        self.export_xlsx = action(ops.export_xlsx)
        self.export_docx = action(ops.export_docx)
        self.add_part = action(ops.add_part)
        self.insert_part = action(ops.insert_part)
        self.remove_part = action(ops.remove_part)
        self.move_part_up = action(lambda: ops.move_part(-1))
        self.move_part_down = action(lambda: ops.move_part(1))
        self.quit = action(window.close, "Ctrl+Q")
        self.undo = action(window.undo, "Ctrl+Z")
        self.redo = action(window.redo, "Ctrl+Y")
        self.check = action(window.show_checklist, "F7")
        self.preview = action(window.show_preview, "F5")
        self.print = action(ops.print_report, QKeySequence.StandardKey.Print)
        self.quick_print = action(ops.quick_print)
        self.finalise = action(ops.finalise_report)
        self.unlock = action(ops.unlock_report)
        self.archives = action(ops.show_archives)
        self.restore = action(ops.restore_backup)
        self.help = action(window.show_help, "F1")
        self.about = action(window.show_about)

        from hienhao_desktop.ui.legacy_repair import convert_focused

        self.convert_legacy = action(lambda: convert_focused(window, window.dialogs))

        bar = window.menuBar()
        self.file_menu = self._menu(bar.addMenu(""), (
            self.new, self.import_json, self.import_docx, None, self.preview, self.print, self.quick_print, None,
            self.export_pdf, self.export_xlsx, self.export_docx, self.export_json, None, self.finalise, self.unlock,
            self.archives, None, self.restore, None, self.quit))
        self.edit_menu = self._menu(bar.addMenu(""), (self.undo, self.redo, None, self.check, self.convert_legacy))
        self.parts_menu = self._menu(bar.addMenu(""), (
            self.add_part, self.insert_part, self.remove_part, None, self.move_part_up, self.move_part_down))
        self.language_menu = bar.addMenu("")
        self.languages: dict[str, QAction] = {}
        group = QActionGroup(window)
        for code, name in LANGUAGES:
            act = QAction(name, window)
            act.setCheckable(True)
            act.setChecked(code == window.language)
            act.triggered.connect(self._language_choice(code))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.languages[code] = act
        self.help_menu = self._menu(bar.addMenu(""), (self.help, self.about))

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = self.toolbar.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.toolbar.setFont(font)
        # Issue and Unlock share one place: only the one that applies is shown.
        for act in (self.undo, self.redo, self.check, self.preview, self.print, self.export_pdf, self.export_xlsx,
                    self.export_docx, self.finalise, self.unlock):
            self.toolbar.addAction(act)
        window.addToolBar(self.toolbar)

    def _language_choice(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.window.set_language(code)

        return choose

    @staticmethod
    def _menu(menu: QMenu, actions: tuple[QAction | None, ...]) -> QMenu:
        for act in actions:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        return menu

    def no_ctrl_shift(self) -> list[str]:
        """Shortcuts that use Ctrl+Shift (there must be none)."""
        found = []
        for act in self.window.findChildren(QAction):
            for seq in act.shortcuts():
                if "Ctrl+Shift" in seq.toString():
                    found.append(f"{act.text()}: {seq.toString()}")
        return found

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.parts_menu.setTitle(self.tr("&Parts"))
        self.import_docx.setText(self.tr("Import from Word…"))
        self.import_docx.setToolTip(self.tr("Make a new report from last year's Word file (.docx): you see what "
                                            "was recognised before anything is saved"))
        self.export_docx.setText(self.tr("Export Word…"))
        self.export_docx.setToolTip(self.tr("A Word file (.docx) laid out like the PDF, for a colleague to edit"))
        self.add_part.setText(self.tr("Add a part after this one"))
        self.insert_part.setText(self.tr("Insert a part before this one"))
        self.remove_part.setText(self.tr("Delete this part"))
        self.move_part_up.setText(self.tr("Move this part up"))
        self.move_part_down.setText(self.tr("Move this part down"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new.setText(self.tr("New report"))
        self.import_json.setText(self.tr("Import from a JSON file…"))
        self.export_json.setText(self.tr("Export as JSON…"))
        self.export_pdf.setText(self.tr("Export PDF…"))
        self.export_xlsx.setText(self.tr("Export Excel…"))
        self.quit.setText(self.tr("Quit"))
        self.undo.setText(self.tr("Undo"))
        self.redo.setText(self.tr("Redo"))
        self.check.setText(self.tr("Check"))
        self.check.setToolTip(self.tr("List what is missing or wrong in the report (F7)"))
        self.preview.setText(self.tr("Preview"))
        self.print.setText(self.tr("Print…"))
        self.quick_print.setText(self.tr("Quick print"))
        self.quick_print.setToolTip(self.tr("Print one copy on the default printer, without questions "
                                            "(unless that printer only writes a file)"))
        self.finalise.setText(self.tr("Issue"))
        self.finalise.setToolTip(self.tr("Make the report final: its PDF is archived and it can no longer "
                                    "be changed without unlocking"))
        self.unlock.setText(self.tr("Unlock"))
        self.archives.setText(self.tr("Archived copies…"))
        self.restore.setText(self.tr("Restore a backup copy…"))
        self.help.setText(self.tr("Help"))
        self.about.setText(self.tr("About"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.convert_legacy.setText(self.tr("Convert the field from TCVN3/VNI"))
        self.convert_legacy.setToolTip(self.tr("Turn text typed with .VnTime (TCVN3) or VNI fonts "
                                          "in the current field into Unicode"))
        self.update_undo_texts()

    def update_undo_texts(self) -> None:
        """Short texts on the buttons; what would be undone in the tooltip."""
        document = self.window.document
        # A report frozen because its data file was lost changes no more, not even by undo.
        stack = document.undo_stack if document is not None and not document.frozen else None
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        self.undo.setToolTip(self.tr("Undo: %1").replace("%1", undo_text) if undo_text else self.tr("Nothing to undo"))
        self.redo.setToolTip(self.tr("Redo: %1").replace("%1", redo_text) if redo_text else self.tr("Nothing to redo"))
        self.undo.setEnabled(stack is not None and stack.canUndo())
        self.redo.setEnabled(stack is not None and stack.canRedo())
