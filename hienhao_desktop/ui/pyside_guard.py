"""A guard against reference-count faults of PySide6 6.12.0 on Python 3.11.

Two were found (issue 12, the abort on quit and the stateful test):

- ``SignalInstance.emit()`` and ``.disconnect()`` return ``True`` or ``False``
  without taking a reference to it: every emit from Python takes one reference
  too many from ``True``;
- a Python method that Qt calls (an event handler, ``QUndoCommand.redo()``, a
  model's ``data()``) and that returns ``None`` loses one reference to ``None``.

Python 3.12 and later never free ``True``, ``False`` or ``None`` (they are
immortal), so there these do no harm; on Python 3.11 (the Windows build's and Debian
12's) the counts fall with every keystroke, every repaint, every undo. When one
reaches zero — at exit, while the interpreter collects its garbage, or after long
use — the process aborts with "Fatal Python error: bool_dealloc" or "none_dealloc"
(status 134, or a silent close on Windows).

``protect_bools()`` checks whether the installed PySide6 has either fault (a few
emits on a private signal; a few reads of a private model's ``None``, comparing
the counts before and after) and, only then, gives the object concerned a
reference count so large that no session can spend it, which is what Python 3.12
does for them. It is called once, when the window's package is imported; a fixed
PySide6 makes it do nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

_PROBES = 8
_RESERVE = 1 << 40  # more emits than a program could make in centuries

_protected = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    """True when an emit from Python takes a reference from ``True`` it never held."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after <= before - _PROBES


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def overrides_lose_none() -> bool:
    """True when ``None`` returned from a Python method Qt calls loses a reference."""
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        index.data()
    after = sys.getrefcount(None)
    return after <= before - _PROBES


def protect_bools() -> bool:
    """Make ``True`` and ``False`` (and ``None``) effectively immortal when the
    fault is present. Returns True when it did so (now or earlier)."""
    global _protected
    if _protected:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    values: list[object] = []
    if emit_loses_references():
        values += [True, False]
    if overrides_lose_none():
        values.append(None)
    if not values:
        return False
    for value in values:
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    _protected = True
    return True
