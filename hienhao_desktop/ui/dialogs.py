"""Every modal question the window asks goes through ``Dialogs``: tests replace it
with one that answers from a script (no Qt statics patched, no native dialog opened
in a test)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.validation import Problem
from hienhao_desktop.storage.backup import BackupInfo
from hienhao_desktop.ui.i18n import Context

if TYPE_CHECKING:
    from hienhao_desktop.ui.outline_editor import TableRequest


class Dialogs(Context):
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

    def choose(self, title: str, text: str, options: Sequence[str], cancel: str) -> int | None:
        """A question with several answers, each button saying what it does; the
        index of the one chosen, or None for ``cancel`` (also Esc, closing the box)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole if i == 0
                                 else QMessageBox.ButtonRole.ActionRole) for i, option in enumerate(options)]
        no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(buttons[0] if buttons else no)
        box.setEscapeButton(no)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(buttons) if button is clicked), None)

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

    def choose_backup(self, backups: Sequence[BackupInfo], folder: str = "") -> Path | None:
        """The backup copy to restore: the copies beside the database by date and
        number of reports, or another file chosen on the disk."""
        dialog = BackupChooser(backups, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.chosen is not None:
            return dialog.chosen
        return self.open_file(QCoreApplication.translate("Dialogs", "Restore a backup copy"),
                              QCoreApplication.translate("Dialogs", "Backup copies (*.sqlite3)"), folder)

    def run_dialog(self, dialog: QDialog) -> int:
        """A dialog of the program's own (archived copies ...), shown until closed."""
        return dialog.exec()

    def confirm_export(self, problems: list[Problem], jump: Callable[[str], object], language: str) -> bool:
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

    def choose_template(self) -> str | None:
        """The shape of a new report (``domain.templates.Template``), the centre's own
        preselected; None when the person cancels."""
        dialog = TemplateChooser(self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def ask_table(self, parent: QWidget | None = None) -> TableRequest | None:
        """The columns of a table to insert into the text (the outline editor asks)."""
        from hienhao_desktop.ui.outline_editor import ask_table

        return ask_table(parent or self.parent)  # type: ignore[arg-type]


# (template, its name, what it holds): in the order offered, the centre's own first.
TEMPLATES = (
    ("default", QT_TRANSLATE_NOOP("Dialogs", "Like the centre's own report"),
     QT_TRANSLATE_NOOP("Dialogs", "I. General assessment (advantages, difficulties), II. carrying out the tasks with "
                       "the activity table, III. solutions, IV. recommendations.")),
    ("term_review", QT_TRANSLATE_NOOP("Dialogs", "Term review (sơ kết học kỳ)"),
     QT_TRANSLATE_NOOP("Dialogs", "The situation, the results with the activity table, an assessment, plans "
                       "and recommendations.")),
    ("year_review", QT_TRANSLATE_NOOP("Dialogs", "End-of-year review (tổng kết năm học)"),
     QT_TRANSLATE_NOOP("Dialogs", "As the term review, with the year's results and what caused the shortcomings.")),
    ("free", QT_TRANSLATE_NOOP("Dialogs", "A free report"),
     QT_TRANSLATE_NOOP("Dialogs", "One part of your own; you type the title and add the parts you need.")),
)


class TemplateChooser(QDialog):
    """Which shape a new report starts with; the centre's own is preselected, so
    Enter (or Make the report) makes the usual report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "New report"))
        self.resize(520, 340)
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Dialogs", "What should the new report look like? "
                                                  "Everything can still be changed afterwards."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for value, name, note in TEMPLATES:
            text = QCoreApplication.translate("Dialogs", str(name)) + "\n" + QCoreApplication.translate("Dialogs", str(note))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(QCoreApplication.translate("Dialogs", "Make the report"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.make_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(buttons)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "default"

def describe_backup(info: BackupInfo) -> str:
    """"15/01/2024 08:30 — 3 báo cáo" for the restore list."""
    when = info.taken.strftime("%d/%m/%Y %H:%M")
    if info.reports is None:
        return QCoreApplication.translate("Dialogs", "%1 — cannot be read").replace("%1", when)
    return Dialogs.tr("%1 — %n report(s)", "", info.reports).replace("%1", when)


class BackupChooser(QDialog):
    """The backups beside the database, newest first, by date and report count."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Restore a backup copy"))
        self.resize(480, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "Dialogs", "Choose the copy to go back to. The program keeps a copy each time it starts "
            "(at most one every half day)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(QCoreApplication.translate("Dialogs", "Restore this copy"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = buttons.addButton(QCoreApplication.translate("Dialogs", "Another file…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._restore_chosen)
        self.other_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._restore_chosen())
        layout.addWidget(buttons)

    def _restore_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
