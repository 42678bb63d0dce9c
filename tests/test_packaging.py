"""Packaging: the wheel holds the program's files and works installed in a fresh
virtual environment (not from the source tree); the program writes only in the
user's data folder; the PyInstaller bundle builds and passes its self-test
(only with HIENHAO_BUILD_BUNDLE=1: it takes minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if sys.platform == "win32" else "bin"


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """An environment with no trace of the test run's own paths or data folder."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "HIENHAO_DESKTOP_DATA", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built as pip builds it for users: in an isolated environment with the
    setuptools and wheel that pyproject.toml asks for (fetched from PyPI or pip's cache;
    the test environment's own setuptools may lack bdist_wheel)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, cwd=out)
    (found,) = out.glob("hienhao_desktop-*.whl")
    return found


@pytest.mark.slow
def test_wheel_holds_the_programs_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "hienhao_desktop/resources/samples/seed-report.json" in names
    assert "hienhao_desktop/resources/fonts/LiberationSerif-Regular.ttf" in names
    assert "hienhao_desktop/resources/fonts/OFL.txt" in names
    assert "hienhao_desktop/resources/icons/hienhao-desktop.ico" in names
    assert any(n.startswith("hienhao_desktop/translations/") and n.endswith(".qm") for n in names)
    assert "hienhao_desktop/locate.py" in names
    assert not any(n.startswith(("tests/", "packaging/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_passes_its_selftest_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / BIN / ("python.exe" if sys.platform == "win32" else "python")
    # The dependencies (PySide6 & co., ~350 MB) come from this test run's environment
    # through a .pth file, which site.py reads after the new venv's own site-packages:
    # the installed copy of hienhao_desktop must win over any editable install there.
    new_site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (new_site / "zz-outer-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _clean_env(tmp_path)
    where = subprocess.run([str(python), "-c", "import hienhao_desktop, hienhao_desktop.locate as r; "
                            "print(hienhao_desktop.__file__); print(r.folder('resources'))"],
                           cwd=work, env=env, check=True, capture_output=True, text=True).stdout.split("\n")
    assert Path(where[0]).is_relative_to(target), where
    assert Path(where[1]).is_relative_to(target), where

    script = target / BIN / ("hienhao-desktop.exe" if sys.platform == "win32" else "hienhao-desktop")
    result = subprocess.run([str(script), "--selftest"], cwd=work, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: window" in result.stdout
    assert str(target) in result.stdout  # "ok: resources ... in <the new venv>"
    assert list(work.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="XDG data folder: Linux")
def test_the_program_writes_only_in_the_users_data_folder(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["PYTHONPATH"] = str(ROOT)  # this checkout, whether or not it is installed
    work = tmp_path / "cwd"
    work.mkdir()
    package = ROOT / "hienhao_desktop"
    before = {p for p in package.rglob("*") if "__pycache__" not in p.parts}

    for args in (["--selftest"], ["list"]):
        result = subprocess.run([sys.executable, "-m", "hienhao_desktop", *args], cwd=work, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr

    database = Path(env["XDG_DATA_HOME"]) / "hienhao-desktop" / "hienhao.sqlite3"
    assert database.is_file()
    assert "Sơ kết" in result.stdout  # `list` shows the sample report of the new database
    assert list(work.iterdir()) == []
    assert {p for p in package.rglob("*") if "__pycache__" not in p.parts} == before


@pytest.mark.bundle
@pytest.mark.skipif(os.environ.get("HIENHAO_BUILD_BUNDLE") != "1", reason="set HIENHAO_BUILD_BUNDLE=1 (takes minutes)")
@pytest.mark.skipif(sys.platform != "linux", reason="packaging/linux/build-bundle is for Linux")
def test_linux_bundle_builds_and_passes_its_selftest() -> None:
    result = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-bundle")], cwd=ROOT,
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "ok: all" in result.stdout
