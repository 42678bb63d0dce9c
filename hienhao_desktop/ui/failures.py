"""The window's one failure surface.

Every failure the person should know about reaches them through here, in the
interface language, and is written to the log file in the data folder
(``storage.logfile``): a refused edit, a store that cannot write, a render or print
that failed, and — through the exception hook — anything unexpected. Exceptions
from the lower layers carry codes translated by their own ``message(lang)``
(``EditError``, ``ExchangeError``, storage errors); anything else shows ``str()``.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.messages import Msg
from hienhao_desktop.storage.failures import DamagedDatabase, StoreError
from hienhao_desktop.ui import i18n

log = logging.getLogger("hienhao_desktop.ui")

# What a report operation may meet that is the world's fault, not the program's:
# shown as a message, never raised out of a slot.
EXPECTED: tuple[type[BaseException], ...] = (Refused, OSError, sqlite3.Error)


class _Shows(Protocol):
    def error(self, title: str, text: str) -> None: ...


def message_of(exc: BaseException, language: str | None = None) -> str:
    """The person's words for ``exc``: its own translated message when it has one
    (``message(lang)``), else its text."""
    lang = language or i18n.current_language()
    render = getattr(exc, "message", None)
    if callable(render):
        try:
            text = render(lang)
        except TypeError:  # a message() that takes no language
            text = render()
        if isinstance(text, str) and text:
            return text
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    return str(exc) or type(exc).__name__


def read_failure(path: Path, exc: sqlite3.Error) -> StoreError:
    """SQLite's own error from reading the data file (writes are mapped by the
    store) as a coded storage error, whose message is in the interface language:
    damaged, or cannot be read (a USB stick pulled out, a network share gone)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
        return DamagedDatabase("db_damaged", path, detail=str(exc))
    return StoreError("db_cannot_open", path, cause=Msg("cause_other", {"detail": str(exc)}))


def report_failure(dialogs: _Shows, title: str, exc: BaseException, path: Path | None = None) -> None:
    """Show a failure the person must know about, and log it. ``path``: the data
    file, which names a raw SQLite error's file."""
    if isinstance(exc, sqlite3.Error) and path is not None:
        exc = read_failure(path, exc)
    text = message_of(exc)
    log.warning("%s: %s", title, text, exc_info=(type(exc), exc, exc.__traceback__))
    dialogs.error(title, text)


def log_path_text() -> str:
    from hienhao_desktop.storage.logfile import log_path

    return str(log_path())


class ExceptionHook:
    """``sys.excepthook`` for the window: a bug reaching the event loop is written to
    the log with its traceback, and the person gets a calm message saying their work
    is saved and where the details are. One message at a time: a fault repeating in
    a loop does not bury the window in boxes."""

    def __init__(self, dialogs: Callable[[], _Shows | None]) -> None:
        self._dialogs = dialogs
        self._showing = False
        self.previous = sys.excepthook
        self.seen = 0

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.seen += 1
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error:\n%s", text)
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        dialogs = self._dialogs()
        if dialogs is None or self._showing:
            self.previous(kind, exc, tb)
            return
        self._showing = True
        try:
            dialogs.error(
                QCoreApplication.translate("Failures", "Something went wrong"),
                QCoreApplication.translate(
                    "Failures",
                    "The program met an error it did not expect. What you had typed before is saved. "
                    "If it happens again, send this file to whoever looks after the program:\n%1",
                ).replace("%1", log_path_text())
                + "\n\n" + message_of(exc),
            )
        finally:
            self._showing = False
