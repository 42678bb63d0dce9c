"""Checks the PySide6 in use for the reference-count faults seen in 6.12.0.

    .venv/bin/python benchmarks/pyside_refcounts.py

PySide6 6.12.0 (on Python 3.11) loses one reference to None on every call of a
Python slot that returns None (a QAction's triggered, a QTimer's timeout …), and one
to True on every ``Signal.emit`` made from Python. After a few thousand of either the
interpreter aborts: "Fatal Python error: none_dealloc" or "bool_dealloc" (issue 12,
fault 4: the abort on quit and after long use). 6.11.3 has neither fault. On Python
3.12 and later None and True are immortal, so the loss does no harm there.
Prints the change of each count over 200 calls and exits 1 when one falls.
"""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__  # noqa: E402
from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

CALLS = 200  # True has only some hundreds of references: more would abort the check itself


class _Emitter(QObject):
    happened = Signal()


def main() -> int:
    app = QApplication.instance() or QApplication([])
    action = QAction("x")
    action.triggered.connect(lambda _checked: None)
    emitter = _Emitter()
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        action.trigger()  # C++ calls a Python slot that returns None
    gc.collect()
    none_lost = none_before - sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.happened.emit()  # an emit from Python
    true_lost = true_before - sys.getrefcount(True)
    print(f"PySide6 {__version__}, Python {sys.version.split()[0]}: over {CALLS} calls None lost {none_lost}, "
          f"True lost {true_lost} references")
    import ctypes  # give back what was lost, so that this check itself exits normally

    for obj, lost in ((None, none_lost), (True, true_lost)):
        if lost > 0:
            ctypes.c_ssize_t.from_address(id(obj)).value += lost
    del app
    immortal = sys.version_info >= (3, 12)
    return 0 if immortal or (none_lost < CALLS // 2 and true_lost < CALLS // 2) else 1


if __name__ == "__main__":
    sys.exit(main())
