"""The window on the screens offices have, under a real X server with a window
manager: 1024×768 and 1366×768 at 100 %, 1920×1080 at 125 % and 150 % (Windows'
defaults on laptops; QT_SCALE_FACTOR here). tests/screen_probe.py goes through every
tab with the keyboard, keeps a screenshot of each (HIENHAO_SHOTS=DIR keeps them
for looking at) and checks what a person could not reach."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT, start_xvfb

pytestmark = pytest.mark.slow

SCREENS = [("1024x768", "1"), ("1366x768", "1"), ("1920x1080", "1.25"), ("1920x1080", "1.5")]


@pytest.mark.parametrize(("size", "scale"), SCREENS, ids=[f"{s}@{f}" for s, f in SCREENS])
def test_every_tab_fits_the_screen(size, scale, tmp_path, seed_report):
    for tool in ("openbox",):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (scripts/setup --test installs it)")
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    keep = os.environ.get("HIENHAO_SHOTS")
    out = (tmp_path / "shots") if not keep else (ROOT / keep / f"{size}@{scale}")
    xvfb, display = start_xvfb(size)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
           "HIENHAO_DESKTOP_DATA": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        probe = subprocess.run([sys.executable, str(ROOT / "tests" / "screen_probe.py"), str(db), str(out)],
                               env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    finally:
        wm.terminate()
        wm.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
    assert probe.returncode == 0, probe.stderr[-3000:]
    result = json.loads(probe.stdout.strip().splitlines()[-1])
    print(json.dumps(result, ensure_ascii=False, indent=1))
    assert result["outside"] == [], result["outside"]
    assert result["tabs_hidden"] == []
    assert result["nested"] == []
    assert not result["table_scrolls_itself"]  # one scroll area: the page's
    assert result["total_visible"] and result["paste_visible"]
    assert len(result["shots"]) == 8  # general, opening, the seed's four parts, signing, preview
    if size == "1366x768":
        assert result["table_rows"] >= 10, result["table_rows"]
