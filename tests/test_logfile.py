"""The log file in the data folder: UTF-8, rotated, never stopping the program."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hienhao_desktop.storage import logfile


@pytest.fixture(autouse=True)
def _fresh_log():
    logfile.stop_logging()
    yield
    logfile.stop_logging()


def test_log_is_written_in_utf8_in_the_data_folder(_isolated_data_dir: Path) -> None:
    path = logfile.start_logging()
    assert path == _isolated_data_dir / "logs" / "hienhao-desktop.log"
    logging.getLogger("hienhao_desktop.test").error("Không lưu được báo cáo “Sơ kết”")
    assert "Không lưu được báo cáo “Sơ kết”" in path.read_text(encoding="utf-8")
    assert logfile.start_logging() == path  # a second call adds no second handler
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers) == 1


def test_log_rotates(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    path = logfile.start_logging()
    for i in range(200):
        logging.getLogger("hienhao_desktop.test").warning("dòng %d %s", i, "x" * 40)
    assert path.with_name(path.name + ".1").exists()
    assert path.stat().st_size <= 2_200


def test_unwritable_data_folder_means_no_log_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("HIENHAO_DESKTOP_DATA", str(blocker / "sub"))  # a folder under a file cannot exist
    assert logfile.start_logging() is None
