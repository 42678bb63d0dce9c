"""The Qt binding in use must not lose references to None, True or False.

PySide6 6.12.0 took one reference from None on every call of a Python slot that
returns None, and one from True on every ``Signal.emit`` made from Python; on
Python 3.11 the interpreter then aborts after a few thousand ("Fatal Python error:
none_dealloc" / "bool_dealloc": the abort on quit and after long use). The project
pins a version without the fault; this test keeps an upgrade from bringing it back.
Each check runs in a child process, so a faulty binding fails the test instead of
aborting the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent("""
    import gc, os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    class Emitter(QObject):
        happened = Signal()
        valued = Signal(bool)

    emitter = Emitter()
    calls = []
    emitter.happened.connect(lambda: calls.append(1))
    emitter.valued.connect(lambda value: None)
    action = QAction("x")
    action.triggered.connect(lambda checked: None)
    gc.collect()
    counts = [sys.getrefcount(v) for v in (None, True, False)]
    for _ in range(100):  # fewer than True's references: a faulty binding must not abort here
        emitter.happened.emit()
        emitter.valued.emit(True)
        emitter.valued.emit(False)
        action.trigger()
    gc.collect()
    after = [sys.getrefcount(v) for v in (None, True, False)]
    lost = [b - a for b, a in zip(counts, after)]
    print(" ".join(str(n) for n in lost))
    os._exit(0)
""")


def test_slots_and_emits_keep_their_references() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lost = dict(zip(("None", "True", "False"), (int(n) for n in result.stdout.split()), strict=True))
    # A few references may come and go with the interpreter's own caches; a faulty
    # binding loses one or more per call (hundreds here).
    assert all(n < 20 for n in lost.values()), f"the Qt binding loses references: {lost}"


def test_qtpdf_is_there() -> None:
    """Preview and printing render the PDF with QtPdf (PySide6-Addons in 6.11)."""
    result = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtPdf import QPdfDocument; from PySide6.QtPdfWidgets import QPdfView"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
