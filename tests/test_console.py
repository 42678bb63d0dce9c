"""Standard output and error on Windows' terms, simulated here: redirected output in
the ANSI code page (PYTHONIOENCODING=cp1252, as Windows' Python does for a file or a
pipe), and the windowed program's missing streams (None under pythonw and PyInstaller's
windowed hienhao-desktop.exe), whose output goes to the log file instead."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _db(tmp_path: Path, seed_report) -> Path:
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    return path


def test_list_redirected_in_the_ansi_code_page_writes_utf8(tmp_path, seed_report) -> None:
    db = _db(tmp_path, seed_report)
    result = subprocess.run([sys.executable, "-m", "hienhao_desktop", "list", "--db", str(db)],
                            capture_output=True, env=_env(PYTHONIOENCODING="cp1252"), timeout=60)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Học kỳ I\tdraft\tSơ kết năm học 2023-2024" in result.stdout.decode("utf-8")


def test_a_refusal_in_vietnamese_reaches_a_cp1252_stderr_whole(tmp_path) -> None:
    missing = tmp_path / "Nguyễn Văn Ánh" / "không có.sqlite3"
    result = subprocess.run([sys.executable, "-m", "hienhao_desktop", "list", "--db", str(missing)],
                            capture_output=True, env=_env(PYTHONIOENCODING="cp1252"), timeout=60)
    assert result.returncode == 2
    message = result.stderr.decode("utf-8")
    assert "không có.sqlite3" in message and "không có tệp dữ liệu này" in message
    assert "UnicodeEncodeError" not in message


@pytest.mark.slow
def test_selftest_from_a_folder_with_a_vietnamese_name_redirected_in_cp1252(tmp_path) -> None:
    """The installed program under C:\\Users\\Nguyễn Văn A\\...: its self-test prints
    that path; redirected to a file, Windows' Python would write it in cp1252."""
    home = tmp_path / "Nguyễn Văn Ánh" / "Chương trình"
    shutil.copytree(ROOT / "hienhao_desktop", home / "hienhao_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", home / "resources")
    shutil.copytree(ROOT / "translations", home / "translations")
    out = tmp_path / "selftest.txt"
    with out.open("wb") as redirected:
        result = subprocess.run([sys.executable, "-m", "hienhao_desktop", "--selftest"], cwd=tmp_path,
                                stdout=redirected, stderr=subprocess.PIPE, timeout=120,
                                env=_env(PYTHONIOENCODING="cp1252", PYTHONPATH=str(home)))
    text = out.read_bytes().decode("utf-8")
    assert result.returncode == 0, text + result.stderr.decode("utf-8", "replace")
    assert f"in {home / 'resources'}" in text  # this copy ran, and its path came out whole
    assert "ok: all" in text


WINDOWED = (
    "import sys\n"
    "sys.stdout = sys.stderr = None  # pythonw, PyInstaller --windowed\n"
    "from hienhao_desktop.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _windowed(*args: str, data: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", WINDOWED, *args], capture_output=True, timeout=60,
                          env=_env(HIENHAO_DESKTOP_DATA=str(data)), cwd=ROOT)


def test_the_windowed_program_writes_what_it_would_print_to_the_log(tmp_path) -> None:
    data = tmp_path / "data"
    missing = tmp_path / "Báo cáo" / "không có.sqlite3"
    result = _windowed("list", "--db", str(missing), data=data)
    assert result.returncode == 2  # refused, not crashed on a print to None
    assert result.stdout == result.stderr == b""
    log = (data / "logs" / "hienhao-desktop.log").read_text(encoding="utf-8")
    assert "hienhao-desktop 0." in log and "Python" in log  # the first line: which program, which system
    assert "không có tệp dữ liệu này" in log and "không có.sqlite3" in log


def test_the_windowed_program_logs_a_bad_command_line_instead_of_crashing(tmp_path) -> None:
    data = tmp_path / "data"
    result = _windowed("--khong-co", data=data)
    assert result.returncode == 2  # argparse's error, printed to the log
    log = (data / "logs" / "hienhao-desktop.log").read_text(encoding="utf-8")
    assert "unrecognized arguments: --khong-co" in log


def test_the_windowed_program_logs_an_unexpected_error_with_its_traceback(tmp_path) -> None:
    data = tmp_path / "data"
    script = WINDOWED.replace("from hienhao_desktop.cli import main\n", (
        "from hienhao_desktop import cli\n"
        "def boom(args):\n"
        "    raise RuntimeError('hỏng ở đây')\n"
        "cli._list = boom\n"
        "main = cli.main\n"))
    result = subprocess.run([sys.executable, "-c", script, "list"], capture_output=True, timeout=60,
                            env=_env(HIENHAO_DESKTOP_DATA=str(data)), cwd=ROOT)
    assert result.returncode == 1
    log = (data / "logs" / "hienhao-desktop.log").read_text(encoding="utf-8")
    assert "RuntimeError: hỏng ở đây" in log and "Traceback" in log
    assert "lỗi không mong đợi" in log


def test_prepare_streams_in_process(monkeypatch, tmp_path) -> None:
    import io
    import logging

    from hienhao_desktop.console import LogStream, prepare_streams

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252"))
    monkeypatch.setattr(sys, "stderr", None)
    assert prepare_streams() is True  # no console
    print("Hiền Hào")
    sys.stdout.flush()
    assert raw.getvalue().decode("utf-8") == "Hiền Hào\n"
    assert isinstance(sys.stderr, LogStream)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(handler)
    try:
        sys.stderr.write("dòng một\ndòng ")
        sys.stderr.write("hai")
        assert [r.getMessage() for r in records] == ["stderr: dòng một"]
        sys.stderr.flush()
        assert [r.getMessage() for r in records][-1] == "stderr: dòng hai"
    finally:
        logging.getLogger().removeHandler(handler)
    assert prepare_streams() is False  # the second call changes nothing
