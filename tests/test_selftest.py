"""``--selftest`` checks what fails first on a new PC: the platform plugin, a window on
the real platform and one offscreen, fonts with every Vietnamese letter, a writable data
folder, the print system (none is fine, said so)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _selftest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    full["HIENHAO_DESKTOP_DATA"] = str(tmp_path / "data")
    full.update(env)
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", "--selftest"], cwd=tmp_path, env=full,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def test_without_a_display_every_step_says_what_it_checked(tmp_path: Path) -> None:
    result = _selftest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "ok: platform plugin libqoffscreen.so" in out
    assert "ok: window (offscreen," in out
    assert "ok: window offscreen (no display: the real platform was not tried)" in out
    assert "ok: a second start calls the open window forward (local socket " in out
    assert "ok: fonts with every Vietnamese letter (window: " in out
    assert "fonts embedded: LiberationSerif" in out or "fonts embedded: TimesNewRoman" in out
    assert f"ok: data folder writable ({tmp_path / 'data'})" in out
    assert "ok: printing: " in out
    assert list((tmp_path / "data").iterdir()) == []  # the probe file is gone
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_with_a_display_the_real_platform_and_offscreen_both_open_a_window(tmp_path: Path, xvfb_display: str) -> None:
    result = _selftest(tmp_path, DISPLAY=xvfb_display)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: platform plugin libqxcb.so" in result.stdout
    assert "ok: window (xcb," in result.stdout
    assert "ok: window offscreen too (child process)" in result.stdout


def test_a_missing_platform_plugin_is_named_before_qt_would_stop(tmp_path: Path) -> None:
    result = _selftest(tmp_path, QT_QPA_PLATFORM="windows")  # no such plugin on Linux
    assert result.returncode == 1
    assert "FAILED at step 'platform'" in result.stderr and "'windows' is missing" in result.stderr


def test_an_unwritable_data_folder_fails_its_step(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = _selftest(tmp_path, HIENHAO_DESKTOP_DATA=str(blocker / "data"))
    assert result.returncode == 1
    assert "FAILED at step 'data folder'" in result.stderr and str(blocker / "data") in result.stderr


def test_no_printer_is_fine_and_said_so(qapp, monkeypatch) -> None:
    from hienhao_desktop.selftest import SelfTest
    from hienhao_desktop.ui import printing

    monkeypatch.setattr(printing, "default_printer_name", lambda: None)
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    assert SelfTest(Path(".")).step_printers() == "printing: no printer is installed (printing will say so)"
    monkeypatch.setattr(printing, "default_printer_name", lambda: "Microsoft Print to PDF")
    monkeypatch.setattr(printing, "printer_names", lambda: ["Microsoft Print to PDF", "Canon LBP2900"])
    assert SelfTest(Path(".")).step_printers() == (
        "printing: 2 printers (default: Microsoft Print to PDF, it writes a file: quick print will ask)")


def test_the_offscreen_child_reports_its_window() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "hienhao_desktop", "--selftest-window", "offscreen"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok: window on offscreen", result.stderr
