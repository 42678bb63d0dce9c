"""What the window says when its data file is no longer the file it opened.

Before every write the store checks that its file is still the one it opened and
that nobody else changed it (``storage.store.Store.check_unchanged``); the window
checks too whenever it is activated. When not (``DatabaseChanged``), the window stops
writing, keeps the open report on screen exactly as typed, and says what happened
— in words chosen by the error's code — and what the clerk can do: save the report
into a new data file (the program then goes on with that file), save it as a JSON
file to import later, or, when the file was only changed by another program, reopen
the report as the file holds it now.

``describe`` gives the message; ``FileProblemBar`` is the strip above the tabs that
keeps saying it, with the same choices as buttons, until one of them is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hienhao_desktop.storage.failures import DatabaseChanged

GONE = "db_gone"
REPLACED = "db_replaced"
CHANGED = "db_changed"


def can_reload(problem: DatabaseChanged) -> bool:
    """Only a file changed in place can be read again; a file deleted or replaced
    by another is not the data file any more."""
    return problem.code == CHANGED


def what_happened(problem: DatabaseChanged) -> str:
    path = str(problem.path) if problem.path is not None else ""
    if problem.code == GONE:
        text = QCoreApplication.translate(
            "FileProblem", "The data file %1 was deleted, renamed or moved while the program had it open.")
    elif problem.code == REPLACED:
        text = QCoreApplication.translate(
            "FileProblem", "The data file %1 was replaced by another file while the program had it open.")
    else:
        text = QCoreApplication.translate(
            "FileProblem", "The data file %1 was just changed by another window or program.")
    return text.replace("%1", path)


def describe(problem: DatabaseChanged, typed: bool = True) -> tuple[str, str]:
    """Title and text of the message: what happened, what is kept (``typed``: with
    changes that reached no data file), what to do."""
    if problem.code == GONE:
        title = QCoreApplication.translate("FileProblem", "The data file is gone")
    elif problem.code == REPLACED:
        title = QCoreApplication.translate("FileProblem", "The data file was replaced")
    else:
        title = QCoreApplication.translate("FileProblem", "The data file was changed by another program")
    if typed:
        kept = QCoreApplication.translate(
            "FileProblem", "So as not to write into the wrong file, the program has stopped saving. The open report "
            "stays on the screen exactly as it is, with what you typed just now: nothing of it is lost.")
    else:
        kept = QCoreApplication.translate(
            "FileProblem", "So as not to write into the wrong file, the program has stopped saving. The open report "
            "stays on the screen as it is.")
    if can_reload(problem):
        todo = QCoreApplication.translate(
            "FileProblem", "Reopen the report to see what the data file holds now (what you typed since the "
            "change is then left out), or first save the report into a new data file or as a JSON file.")
    else:
        todo = QCoreApplication.translate(
            "FileProblem", "Save it into a new data file (the program then goes on with that file), or as a JSON "
            "file that can be imported later.")
    return title, f"{what_happened(problem)}\n\n{kept}\n\n{todo}"


def choices(problem: DatabaseChanged) -> list[tuple[str, str]]:
    """(key, button text) of what the clerk can do, the safest first."""
    found = [
        ("new_file", QCoreApplication.translate("FileProblem", "Save into a new data file…")),
        ("json", QCoreApplication.translate("FileProblem", "Save as a JSON file…")),
    ]
    if can_reload(problem):
        found.append(("reload", QCoreApplication.translate("FileProblem", "Reopen from the data file")))
    return found


def later() -> str:
    return QCoreApplication.translate("FileProblem", "Decide later")


class FileProblemBar(QFrame):
    """The strip above the tabs while the data file is lost: what happened, that
    nothing is being saved, and the choices as buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file-problem")
        self.setStyleSheet("#file-problem { background: #fde7e9; border: 1px solid #d13438; }"
                           "#file-problem QLabel { color: #5c0b0f; }")
        self.problem: DatabaseChanged | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.new_file_button = QPushButton()
        self.json_button = QPushButton()
        self.reload_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_file_button, self.json_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.hide()

    def show_problem(self, problem: DatabaseChanged | None) -> None:
        self.problem = problem
        self.retranslate()
        self.setVisible(problem is not None)

    def retranslate(self) -> None:
        problem = self.problem
        if problem is None:
            return
        self.label.setText(what_happened(problem) + " " + QCoreApplication.translate(
            "FileProblem", "Nothing is saved now; the report on screen is kept as it is until you save it elsewhere."))
        texts = dict(choices(problem))
        self.new_file_button.setText(texts["new_file"])
        self.json_button.setText(texts["json"])
        self.reload_button.setText(texts.get("reload", ""))
        self.reload_button.setVisible("reload" in texts)
