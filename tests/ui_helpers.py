"""Helpers for window tests: scripted answers to modal dialogs, typing Vietnamese."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from hienhao_desktop.ui.dialogs import Dialogs


class ScriptedDialogs(Dialogs):
    """Answers modal questions from queues and records what was shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.confirm_answers: deque[bool] = deque()
        self.files: deque[Path | None] = deque()
        self.export_answers: deque[bool] = deque()
        self.printer_answers: deque[int | None] = deque()
        self.print_answers: deque[bool] = deque()
        self.choose_answers: deque[int | None] = deque()  # index of the answer, None: cancel
        self.dialog_steps: deque = deque()  # callables acting on a dialog of run_dialog
        self.template_answers: deque[str | None] = deque()  # New report: the shape chosen
        self.table_answers: deque = deque()  # Insert table: the columns asked for (TableRequest or None)
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)

    def confirm(self, title: str, text: str, accept: str, reject: str | None = None) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.popleft()

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def choose(self, title: str, text: str, options, cancel: str) -> int | None:  # type: ignore[no-untyped-def]
        """The scripted answer; none scripted is Esc (cancel). Unlike the other
        questions this one is not strict: it may come from closing the window in a
        test's teardown, where an exception would end the process."""
        self.shown.append(("choose", title, text + "\n\n" + " | ".join([*options, cancel])))
        return self.choose_answers.popleft() if self.choose_answers else None

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def open_file(self, title: str, name_filter: str, folder: str = "") -> Path | None:
        self.shown.append(("open", title, ""))
        return self.files.popleft()

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        self.shown.append(("save", title, suggested))
        return self.files.popleft()

    def choose_backup(self, backups, folder: str = "") -> Path | None:  # type: ignore[no-untyped-def]
        self.shown.append(("backups", "\n".join(str(b.path) for b in backups), ""))
        return self.files.popleft()

    def run_dialog(self, dialog) -> int:  # type: ignore[no-untyped-def]
        """Shows the dialog and lets the test act on it (clicking its buttons) through
        ``dialog_steps``; then closes it."""
        self.shown.append(("dialog", dialog.windowTitle(), ""))
        dialog.show()
        while self.dialog_steps:
            self.dialog_steps.popleft()(dialog)
        dialog.close()
        return 0

    def print_dialog(self, printer, page_count) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append(("print", str(page_count), printer.printerName()))
        return self.print_answers.popleft() if self.print_answers else False

    def confirm_export(self, problems, jump, language) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append(("checklist", str(len(problems)), ""))
        return self.export_answers.popleft()

    def choose_template(self) -> str | None:
        """The person keeps the preselected shape (the centre's own) unless told otherwise."""
        self.shown.append(("template", "", ""))
        return self.template_answers.popleft() if self.template_answers else "default"

    def ask_table(self, parent=None):  # type: ignore[no-untyped-def]
        self.shown.append(("table", "", ""))
        return self.table_answers.popleft()

    def choose_printer(self, title: str, text: str, options: list[str]) -> int | None:
        self.shown.append(("choose_printer", title, text + "\n" + "\n".join(options)))
        return self.printer_answers.popleft()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Vietnamese included, one key event per character
    (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def leave(widget: QWidget) -> None:
    """Move the focus away, as the person does when going to the next field."""
    widget.clearFocus()
    QApplication.processEvents()
