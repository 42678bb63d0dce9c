"""A guard against a reference-count fault of PySide6 6.12.0 on Python 3.11.

``SignalInstance.emit()`` and ``.disconnect()`` of PySide6 6.12.0 return ``True`` or
``False`` without taking a reference to it. Python 3.12 and later never free
``True``/``False`` (they are immortal), so there it does no harm; on Python 3.11
(the Windows build's and Debian 12's) every emit from Python takes one reference
too many away from ``True``. The count falls with every keystroke saved; when it
reaches zero — at exit, while the interpreter collects its garbage, or after long
use — the process aborts with "Fatal Python error: bool_dealloc" (status 134, or a
silent close on Windows).

``protect_bools()`` checks whether the installed PySide6 has the fault (a few emits
on a private signal, comparing ``True``'s count before and after) and, only then,
gives ``True`` and ``False`` a reference count so large that no session can spend
it, which is what Python 3.12 does for them. It is called once, when the window's
package is imported; a fixed PySide6 makes it do nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

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


def protect_bools() -> bool:
    """Make ``True`` and ``False`` effectively immortal when the fault is present.
    Returns True when it did so (now or earlier)."""
    global _protected
    if _protected:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_loses_references():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    _protected = True
    return True
