"""The checklist (kiểm tra): what is missing or wrong in the report, each line
jumping to its field when clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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


def summary_text(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.severity == Severity.ERROR)
    warnings = len(problems) - errors
    if not problems:
        return QCoreApplication.translate("Checklist", "Check: nothing to fix")
    return QCoreApplication.translate("Checklist", "Check: %1 to fix, %2 to look at").replace("%1", str(errors)).replace("%2", str(warnings))


class ChecklistDialog(QDialog):
    """Lists the problems; a double-click (or Enter) puts the cursor on the field.
    With ``for_export`` it also offers to export anyway. The problems' messages come
    from the core in the interface language, re-rendered on a language change."""

    def __init__(self, problems: list[Problem], jump: Callable[[str], object], language: str,
                 for_export: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 420)
        self._jump = jump
        self._problems = problems
        self._language = language
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        style = self.style()
        for problem in problems:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity == Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, "")
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.export_button: QPushButton | None = None
        self.back_button: QPushButton | None = None
        self.close_button: QPushButton | None = None
        if for_export:
            self.export_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            self.back_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
            # Enter (or a hasty click on the highlighted button) must not export or
            # issue a report that still has something to fix: going back is the default.
            self.export_button.setAutoDefault(False)
            self.back_button.setDefault(True)
        else:
            self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Checklist", "Check the report"))
        if self._problems:
            self.intro.setText(QCoreApplication.translate("Checklist", "Double-click a line to go to the field."))
        else:
            self.intro.setText(QCoreApplication.translate("Checklist",
                                                          "Nothing is missing: the report is ready to print."))
        for row, problem in enumerate(self._problems):
            self.list.item(row).setText(problem.message(self._language))
        if self.export_button is not None:
            self.export_button.setText(QCoreApplication.translate("Checklist", "Go on anyway"))
        if self.back_button is not None:
            self.back_button.setText(QCoreApplication.translate("Checklist", "Go back and fix"))
        if self.close_button is not None:
            self.close_button.setText(QCoreApplication.translate("Checklist", "Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            from hienhao_desktop.ui.i18n import current_language

            self._language = current_language()
            self.retranslate()
        super().changeEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        self._jump(item.data(Qt.ItemDataRole.UserRole))
        if not self.isModal():
            return
        self.reject()
