"""Shared test set-up: headless Qt, every database in tmp_path, the seed report."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

# The suite's property tests are deterministic: the same examples on every run, so a
# green main stays green and a red one is red for a reason that can be replayed, and a
# failure is reported at once instead of being shrunk for many minutes (a CI run must
# end). Exploring with fresh random examples and shrinking what fails is for a
# developer's machine: HYPOTHESIS_PROFILE=explore.
settings.register_profile("suite", derandomize=True, database=None,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


def _offscreen_office_screen() -> None:
    """Headless Qt on a 1366×768 screen (the office's), not offscreen's 800×600, so
    the window lays out as it does for the clerk."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform != "offscreen":
        return
    import json
    import tempfile

    config = Path(tempfile.gettempdir()) / "hienhao-offscreen-1366x768.json"
    text = json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})
    if not config.exists() or config.read_text() != text:
        part = config.with_name(f"{config.name}.{os.getpid()}")
        part.write_text(text)
        os.replace(part, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_offscreen_office_screen()
os.environ.setdefault("HIENHAO_LANG", "vi")

ROOT = Path(__file__).resolve().parent.parent
SEED_JSON = ROOT / "resources" / "samples" / "seed-report.json"  # exchange format version 1
SEED_V2_JSON = ROOT / "resources" / "samples" / "seed-report-v2.json"  # the same report, version 2
OUTLINE_JSON = ROOT / "resources" / "samples" / "outline-example.json"  # every part of the outline
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database never touches the real user's data folder in tests."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("HIENHAO_DESKTOP_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _renderings_end_with_their_test() -> Iterator[None]:
    """A rendering a test left running on Qt's thread pool (a window closed mid-export,
    say) ends before the next test starts, so it never holds the pool's threads while
    the next test waits for its own build."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(120_000)


@pytest.fixture
def seed_report():
    from hienhao_desktop.storage import exchange

    return exchange.read_file(SEED_JSON)


@pytest.fixture
def seed_json(tmp_path: Path) -> Path:
    target = tmp_path / "seed-report.json"
    shutil.copy(SEED_JSON, target)
    return target


@pytest.fixture
def store(tmp_path: Path):
    from hienhao_desktop.storage.store import Store

    s = Store.create(tmp_path / "reports.sqlite3")
    yield s
    s.close()


# ---- a real screen ---------------------------------------------------------------------


def start_xvfb(size: str = "1366x768") -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on a display number it picks itself (-displayfd), so parallel
    test runs never collide. Returns the process and its DISPLAY value."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup --test installs xvfb)")
    read, write = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write,))
    os.close(write)
    number = b""
    deadline = time.monotonic() + 10
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip().isdigit():
        process.terminate()
        pytest.fail("Xvfb did not start")
    return process, f":{number.strip().decode()}"


@pytest.fixture
def xvfb_display():
    """DISPLAY of a fresh 1366×768 Xvfb screen, stopped after the test."""
    process, display = start_xvfb()
    yield display
    process.terminate()
    process.wait(10)


# ---- a real print queue -------------------------------------------------------------

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


@pytest.fixture(scope="session")
def cups_pdf_printer() -> tuple[str, Path]:
    """CUPS running with a cups-pdf queue named "PDF" (started here if needed).
    Returns the queue name and the folder where cups-pdf writes its output."""
    if not CUPSD.exists() or not CUPS_PDF_PPD.exists() or shutil.which("lpstat") is None:
        pytest.skip("CUPS with cups-pdf is not installed (scripts/setup installs cups and printer-driver-cups-pdf)")
    if "is running" not in _run("lpstat", "-r").stdout:
        subprocess.run([str(CUPSD)], check=False, timeout=30)
        deadline = time.monotonic() + 20
        while "is running" not in _run("lpstat", "-r").stdout:
            if time.monotonic() > deadline:
                pytest.fail("cupsd did not start within 20 s")
            time.sleep(0.2)
    if _run("lpstat", "-p", "PDF").returncode != 0:
        result = _run("lpadmin", "-p", "PDF", "-E", "-v", "cups-pdf:/", "-P", str(CUPS_PDF_PPD))
        assert _run("lpstat", "-p", "PDF").returncode == 0, result.stderr
    import pwd  # POSIX only: this conftest is imported on Windows too (the Windows CI workflow)

    out = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    return "PDF", out


def wait_for_printed_pdf(folder: Path, before: set[Path], timeout: float = 60) -> Path:
    """The new PDF cups-pdf wrote into ``folder`` once the queue is empty and the
    file has stopped growing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        queue = _run("lpstat", "-o").stdout.strip()
        new = sorted(set(folder.glob("*.pdf")) - before, key=lambda p: p.stat().st_mtime) if folder.exists() else []
        if not queue and new and new[-1].stat().st_size > 0:
            size = new[-1].stat().st_size
            time.sleep(0.3)
            if new[-1].stat().st_size == size:
                return new[-1]
        time.sleep(0.2)
    raise AssertionError(f"no printed PDF appeared in {folder} within {timeout} s")
