"""Every modal question the window asks goes through ``Dialogs``: tests replace it
with one that answers from a script (no Qt statics patched, no native dialog opened
in a test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from hienhao_desktop.domain.validation import Problem


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str, accept: str, reject: str | None = None) -> bool:
        """A yes/no question whose buttons say what they do ("Xóa", "Không xóa")."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(reject or QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def confirm_legacy(self, encoding_name: str, before: str, after: str) -> bool:
        """Text in an old encoding was pasted: show it before and after conversion."""
        def excerpt(text: str) -> str:
            return text if len(text) <= 300 else text[:300] + "…"

        return self.confirm(
            QCoreApplication.translate("Dialogs", "Convert the pasted text?"),
            QCoreApplication.translate("Dialogs", "The pasted text looks like %1, typed with an old Vietnamese font:\n\n%2\n\n"
                "Converted to Unicode it reads:\n\n%3\n\nUse the converted text?")
            .replace("%1", encoding_name).replace("%2", excerpt(before)).replace("%3", excerpt(after)),
            QCoreApplication.translate("Dialogs", "Convert"), QCoreApplication.translate("Dialogs", "Keep as pasted"),
        )

    def open_file(self, title: str, name_filter: str, folder: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, name_filter)
        return Path(path) if path else None

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return Path(path) if path else None

    def confirm_export(self, problems: list[Problem], jump: Callable[[str], None], language: str) -> bool:
        """The checklist shown before export when something must still be fixed:
        True to export anyway."""
        from hienhao_desktop.ui.checklist import ChecklistDialog

        dialog = ChecklistDialog(problems, jump, language, for_export=True, parent=self.parent)
        return bool(dialog.exec())

    def print_dialog(self, printer: QPrinter, page_count: int) -> bool:
        """The standard print dialog (printer, copies, page range, duplex); True to print."""
        from hienhao_desktop.ui.printing import current_plan, printer_note

        dialog = QPrintDialog(printer, self.parent)
        # Says which printer is preselected (the default one); Windows' own dialog may
        # not show this title: the window's status bar says it as well.
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Print") + " \u2013 "
                              + printer_note(printer.printerName(), current_plan()))
        dialog.setMinMax(1, max(1, page_count))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def choose_printer(self, title: str, text: str, options: list[str]) -> int | None:
        """One printer among ``options`` (the first preselected); its index, or None."""
        item, ok = QInputDialog.getItem(self.parent, title, text, options, 0, False)
        return options.index(item) if ok and item in options else None
