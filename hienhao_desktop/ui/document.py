"""The open report, as the window sees it.

``ReportDocument`` is the one way the window changes a report: ``push(edit)`` applies
a ``domain.edits`` value to the store (one small transaction: saved at once) and to
the in-memory ``Report``, puts an undo command on the stack, and tells the views
what changed through ``aboutToChange``/``changed`` (so table models can call
begin/end row methods around the change). No widget writes SQL.

When a write finds that the data file is no longer the one opened, or that someone
else changed it (``DatabaseChanged``: deleted, replaced, changed), the document stops
writing at once: that edit and every later one are applied to the report on screen
only (``unsaved``), so nothing typed is lost, and ``fileChanged`` tells the window,
which freezes the report (``freeze``) and offers to save it elsewhere.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import Report, Status
from hienhao_desktop.storage.store import DatabaseChanged, Store
from hienhao_desktop.ui.failures import message_of

MERGE_SECONDS = 4.0  # typing into one field within this time is one undo step


class ReportDocument(QObject):
    aboutToChange = Signal(object)  # a single (non-batch) edit, before it is applied
    changed = Signal(object)  # the same edit, after
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)  # a message for the person: the change was not saved
    storeFailed = Signal(object)  # the store refused a write (the exception): nothing changed
    fileChanged = Signal(object)  # DatabaseChanged: writing stopped, the edit is on screen only

    def __init__(self, store: Store, report_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report_id = report_id
        self.report: Report = store.load(report_id)
        self.summary = store.summary(report_id)
        # A final report's PDF as issued, read once: printing and exporting it never
        # need the data file again (it may be gone by then).
        archive = store.current_archive(report_id) if self.summary.status == Status.FINAL else None
        self.archived_pdf: bytes | None = archive.pdf if archive is not None else None
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], None]] = []
        self.closed = False
        self.stopped: DatabaseChanged | None = None  # why writing stopped (None: it goes on)
        self.unsaved: list[E.Edit] = []  # edits since then, on screen only, in order
        self.frozen = False

    @property
    def is_final(self) -> bool:
        """Issued (ban hành): read-only, its archived PDF is what is printed."""
        return self.summary.status == Status.FINAL

    @property
    def read_only(self) -> bool:
        """Nothing may be changed: the report is final, or its data file was lost
        underneath and the window froze what is on screen."""
        return self.is_final or self.frozen

    def stop_writing(self, reason: DatabaseChanged) -> None:
        """From now on edits change the report on screen only (``unsaved``)."""
        if self.stopped is None:
            self.stopped = reason

    def freeze(self) -> None:
        """No more edits at all (after the window has saved what was typed into the
        report on screen): the report stays as it is, to be saved elsewhere."""
        self.frozen = True

    def add_flusher(self, flush: Callable[[], None]) -> None:
        """Fields that wait a moment before saving typed text register here, so that
        switching reports, exporting or closing saves what was typed first."""
        if flush not in self._flushers:
            self._flushers.append(flush)

    def remove_flusher(self, flush: Callable[[], None]) -> None:
        if flush in self._flushers:
            self._flushers.remove(flush)

    def flush(self) -> None:
        if self.closed:
            return
        for flush in list(self._flushers):
            flush()

    def close(self) -> None:
        """The report is no longer open (another was chosen, it was deleted, the data
        was restored): nothing may be written to it through this object any more."""
        self.closed = True
        self._flushers.clear()

    def push(self, edit: E.Edit, text: str, merge_key: object = None) -> bool:
        """Apply and save ``edit`` as one undo step. Returns False (and emits
        ``failed``) when the edit is refused; then nothing has changed."""
        if self.closed or self.frozen:
            return False
        try:
            edit = edit.normalized()
            inverse = self.apply(edit)
        except E.EditError as exc:
            self.failed.emit(message_of(exc))
            return False
        except Exception as exc:  # storage failure: say so, keep the old state
            self.failed.emit(message_of(exc))
            self.storeFailed.emit(exc)
            return False
        self.undo_stack.push(_EditCommand(self, edit, inverse, text, merge_key))
        return True

    # ---- undo and redo: the history moves only when the change was saved ----------------

    def undo(self) -> bool:
        """Undo the last step, saving first what is typed but not yet saved. When the
        store refuses, the history stays where it was (so it still equals the
        database) and ``failed`` says why."""
        if self.closed or self.frozen:
            return False
        self.flush()
        return self._step(self.undo_stack.index() - 1, undo=True)

    def redo(self) -> bool:
        if self.closed or self.frozen:
            return False
        self.flush()
        return self._step(self.undo_stack.index(), undo=False)

    def _step(self, index: int, *, undo: bool) -> bool:
        if not 0 <= index < self.undo_stack.count():
            return False
        command = self.undo_stack.command(index)
        if not isinstance(command, _EditCommand):
            return False
        try:
            command.run_now(undo=undo)
        except Exception as exc:
            self.failed.emit(message_of(exc))
            if not isinstance(exc, E.EditError):
                self.storeFailed.emit(exc)
            return False
        if undo:
            self.undo_stack.undo()  # moves the index; the command knows it is done
        else:
            self.undo_stack.redo()
        return True

    def apply(self, edit: E.Edit) -> E.Edit:
        """Save then apply without an undo step; returns the inverse edit. When the
        data file turns out to be changed underneath, the edit is applied on screen
        only and ``fileChanged`` says why (once)."""
        if self.stopped is None:
            try:
                self.store.apply_edit(self.report_id, edit)  # raises before anything changed
            except DatabaseChanged as exc:
                self.stop_writing(exc)
                inverse = self._apply_unsaved(edit)
                self.fileChanged.emit(exc)
                return inverse
            inverse = self._apply_in_memory(edit)
            self.summary = self.store.summary(self.report_id)
            self.saved.emit(dt.datetime.now())
            return inverse
        return self._apply_unsaved(edit)

    def _apply_unsaved(self, edit: E.Edit) -> E.Edit:
        inverse = self._apply_in_memory(edit)
        self.unsaved.append(edit)
        return inverse

    def _apply_in_memory(self, edit: E.Edit) -> E.Edit:
        if isinstance(edit, E.Batch):
            inverses = [self._apply_in_memory(part) for part in edit.edits]
            return E.Batch(tuple(reversed(inverses)))
        self.aboutToChange.emit(edit)
        inverse = edit.apply(self.report)
        self.changed.emit(edit)
        return inverse


class _EditCommand(QUndoCommand):
    """An edit already applied when pushed; undo applies its inverse."""

    def __init__(self, document: ReportDocument, edit: E.Edit, inverse: E.Edit, text: str, merge_key: object) -> None:
        super().__init__(text)
        self._document = document
        self._edit = edit
        self._inverse = inverse
        self._merge_key = merge_key
        self._time = time.monotonic()
        self._pushed = False

        self._done_now = False  # run_now applied the step: the stack's call only moves the index

    def run_now(self, *, undo: bool) -> None:
        """Apply this step's undo (or redo) now; raises (nothing changed) when the
        store or the report refuses it. ``ReportDocument`` then moves the index."""
        if undo:
            self._edit = self._document.apply(self._inverse)
        else:
            self._inverse = self._document.apply(self._edit)
        self._done_now = True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the edit is applied already
            self._pushed = True
            return
        if self._done_now:
            self._done_now = False
            return
        self.run_now(undo=False)
        self._done_now = False

    def undo(self) -> None:
        if self._done_now:
            self._done_now = False
            return
        self.run_now(undo=True)
        self._done_now = False

    def id(self) -> int:
        return 1 if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other._merge_key != self._merge_key:
            return False
        if other._time - self._time > MERGE_SECONDS:
            return False
        self._edit = other._edit  # keep our inverse: undo goes back to before the first
        self._time = other._time
        return True
