"""The guard against PySide6 6.12.0's lost references to True/False (ui/pyside_guard):
a process that emits many signals from Python and then exits must exit cleanly."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

EMIT_MANY = """
import sys
count = sys.getrefcount(True)
{guard}
from PySide6.QtCore import QObject, Signal
class P(QObject):
    ping = Signal(object)
p = P()
p.ping.connect(lambda _value: None)
for i in range(count + 5000):
    p.ping.emit(i)
    p.ping.disconnect()
    p.ping.connect(lambda _value: None)
print("ok")
"""


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", EMIT_MANY.format(guard=guard)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_many_emits_then_exit_is_clean_with_the_window_package_imported():
    result = run("import hienhao_desktop.ui")
    assert result.returncode == 0, result.stderr[-1000:]
    assert result.stdout.strip() == "ok"


NONE_FROM_OVERRIDES = """
import sys
count = sys.getrefcount(None)
{guard}
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
class M(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None
model = M()
index = model.index(0, 0)
for i in range(count + 5000):
    index.data()
print("ok")
"""


def test_none_returned_to_qt_many_times_then_exit_is_clean():
    result = subprocess.run([sys.executable, "-c", NONE_FROM_OVERRIDES.format(guard="import hienhao_desktop.ui")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-1000:]
    assert result.stdout.strip() == "ok"


def test_the_guard_acts_only_when_the_fault_is_there():
    from hienhao_desktop.ui import pyside_guard

    faulty = pyside_guard.emit_loses_references() or pyside_guard.overrides_lose_none()
    assert pyside_guard.protect_bools() == (faulty and sys.version_info < (3, 12))
    if faulty:  # this PySide6 has the fault: without the guard the same process aborts
        bare = run("")
        assert bare.returncode != 0 and "bool_dealloc" in bare.stderr
