"""The checklist (kiểm tra): what is missing or wrong in the report, each line
jumping to its field when clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hienhao_desktop.domain.validation import Problem, Severity


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


def summary_text(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.severity == Severity.ERROR)
    warnings = len(problems) - errors
    if not problems:
        return _tr("Check: nothing to fix")
    return _tr("Check: %1 to fix, %2 to look at").replace("%1", str(errors)).replace("%2", str(warnings))


class ChecklistDialog(QDialog):
    """Lists the problems; a double-click (or Enter) puts the cursor on the field.
    With ``for_export`` it also offers to export anyway."""

    def __init__(self, problems: list[Problem], jump: Callable[[str], None], language: str,
                 for_export: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Check the report"))
        self.resize(640, 420)
        self._jump = jump
        layout = QVBoxLayout(self)
        if problems:
            intro = _tr("Double-click a line to go to the field.")
        else:
            intro = _tr("Nothing is missing: the report is ready to print.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        style = self.style()
        for problem in problems:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity == Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, problem.message(language))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.export_button: QPushButton | None = None
        if for_export:
            self.export_button = buttons.addButton(_tr("Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(_tr("Go back and fix"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(_tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(self._activated)

    def _activated(self, item: QListWidgetItem) -> None:
        self._jump(item.data(Qt.ItemDataRole.UserRole))
        if not self.isModal():
            return
        self.reject()
