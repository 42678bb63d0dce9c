"""A real window under Xvfb: ``hienhao-desktop screenshots`` writes a PNG of every
tab (and the preview) of the seed report at the office screen size."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


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
    assert len(shots) == 8  # general, opening, the seed's four parts, recipients and signature, preview
    assert shots[0].name.startswith("01-thong-tin-chung")
    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1366, 728), shot.name
        # Not an empty frame: a real window has many distinct shades (text, widgets).
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 728, 7)}
        assert len(colours) > 20, shot.name
