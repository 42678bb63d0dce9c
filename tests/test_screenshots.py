"""A real window under Xvfb: ``hienhao-desktop screenshots`` writes a PNG of every
tab (and the preview) of the seed report at the office screen size."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QImage

from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup --test installs xvfb)")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    number = 90 + int("".join(ch for ch in worker if ch.isdigit()) or 0)
    display = f":{number}"
    process = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = f"/tmp/.X11-unix/X{number}"
    deadline = time.monotonic() + 10
    while not os.path.exists(socket):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    yield display
    process.terminate()
    process.wait(10)


def test_screenshots_of_every_tab_under_xvfb(xvfb_display, tmp_path, seed_report):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "HIENHAO_LANG": "vi",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "hienhao_desktop", "screenshots", str(tmp_path / "shots"),
                             "--db", str(db)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    shots = sorted((tmp_path / "shots").glob("*.png"))
    assert len(shots) == 7
    assert shots[0].name.startswith("01-thong-tin-chung")
    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1366, 728), shot.name
        # Not an empty frame: a real window has many distinct shades (text, widgets).
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 728, 7)}
        assert len(colours) > 20, shot.name
