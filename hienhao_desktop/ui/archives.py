"""The archived copies (bản lưu) of a report: the exact PDF of each finalised
revision, kept in the database, to export or print again years on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hienhao_desktop.storage.store import Archive


class ArchivesDialog(QDialog):
    def __init__(self, archives: list[Archive], export: Callable[[Archive], object],
                 print_: Callable[[Archive], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Archives", "Archived copies"))
        self.resize(620, 320)
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("Archives", "The exact PDF of each issued revision of this report."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for archive in archives:
            text = (QCoreApplication.translate("Archives", "Revision %1, issued %2").replace("%1", str(archive.revision))
                    .replace("%2", archive.finalised_at) + f"\nSHA-256: {archive.sha256}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, archive)
            self.list.addItem(item)
        if archives:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        export_button = buttons.addButton(QCoreApplication.translate("Archives", "Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button = buttons.addButton(QCoreApplication.translate("Archives", "Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QCoreApplication.translate("Archives", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        export_button.clicked.connect(lambda: self._selected(export))
        print_button.clicked.connect(lambda: self._selected(print_))
        export_button.setEnabled(bool(archives))
        print_button.setEnabled(bool(archives))
        layout.addWidget(buttons)

    def _selected(self, action: Callable[[Archive], object]) -> None:
        item = self.list.currentItem()
        if item is not None:
            action(item.data(Qt.ItemDataRole.UserRole))
