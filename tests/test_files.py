"""Replacing and deleting files the Windows way, simulated: on Windows a file another
program holds open (an antivirus scanning a new file, the search indexer) cannot be
replaced or deleted for a moment; Python raises PermissionError ([WinError 32] or 5).
A brief lock is waited out; a lasting one is refused with nothing lost; a temporary
file that cannot go is left, never a failure of the work it served."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest

from hienhao_desktop.storage import files
from hienhao_desktop.storage.files import WriteRefused, remove_temporary, write_atomic


class _SharingViolation(PermissionError):
    """What Windows raises for a file another program holds open: errno EACCES with
    winerror 32 (an attribute Python sets only on Windows)."""

    winerror = 32


SHARING_VIOLATION = _SharingViolation(13, "The process cannot access the file because it is being used by another process")


class HeldOpen:
    """Makes ``os.replace`` and ``os.unlink`` on chosen paths fail as Windows does while
    another program holds them open, until ``release()`` (or for ever)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
        self.paths = {str(p) for p in paths}
        self.held = True
        self.refusals = 0
        real_replace, real_unlink = os.replace, os.unlink

        def replace(src, dst, *args, **kwargs):  # noqa: ANN001, ANN202
            self._check(src, dst)
            return real_replace(src, dst, *args, **kwargs)

        def unlink(path, *args, **kwargs):  # noqa: ANN001, ANN202
            self._check(path)
            return real_unlink(path, *args, **kwargs)

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "unlink", unlink)

    def _check(self, *paths: object) -> None:
        if self.held and any(str(p) in self.paths for p in paths):
            self.refusals += 1
            raise SHARING_VIOLATION

    def release_after(self, seconds: float) -> None:
        timer = threading.Timer(seconds, lambda: setattr(self, "held", False))
        timer.daemon = True
        timer.start()


def test_write_waits_out_a_brief_lock_on_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "Báo cáo.pdf"
    target.write_bytes(b"old")
    lock = HeldOpen(monkeypatch, target)
    lock.release_after(0.3)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert lock.refusals >= 2  # it was refused, then tried again
    assert [p.name for p in tmp_path.iterdir()] == ["Báo cáo.pdf"]  # no temporary file left


def test_a_lasting_lock_is_refused_and_the_old_file_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.3)
    target = tmp_path / "Báo cáo.xlsx"
    target.write_bytes(b"old")
    HeldOpen(monkeypatch, target)
    started = time.monotonic()
    with pytest.raises(WriteRefused) as refused:
        write_atomic(target, b"new")
    assert "open in another program" in refused.value.message("en")
    assert "đang được mở trong chương trình khác" in refused.value.message("vi")
    assert 0.1 < time.monotonic() - started < 2  # tried again for a while, not for ever
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["Báo cáo.xlsx"]


def test_other_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fails(*_args: object) -> None:
        calls.append(1)
        raise FileNotFoundError(2, "gone")

    monkeypatch.setattr(os, "replace", fails)
    with pytest.raises(FileNotFoundError):
        files.replace(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1


def test_a_temporary_file_held_a_moment_is_deleted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temporary = tmp_path / "hienhao-x.pdf"
    temporary.write_bytes(b"%PDF")
    lock = HeldOpen(monkeypatch, temporary)
    lock.release_after(0.2)
    assert remove_temporary(temporary) is True
    assert not temporary.exists()


def test_a_temporary_file_held_for_ever_is_left_and_logged_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.2)
    temporary = tmp_path / "hienhao-y.pdf"
    temporary.write_bytes(b"%PDF")
    HeldOpen(monkeypatch, temporary)
    with caplog.at_level(logging.WARNING):
        assert remove_temporary(temporary) is False
    assert temporary.exists()
    assert "temporary file left behind" in caplog.text


def test_printing_is_not_reported_failed_when_its_temporary_pdf_stays(qapp, seed_report, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """QtPdf reads the PDF from a temporary file; Windows may hold it a moment after
    QPdfDocument.close(). The pages were printed: that is what counts."""
    import tempfile

    from PySide6.QtPrintSupport import QPrinter

    from hienhao_desktop.export.pdf import render_pdf
    from hienhao_desktop.ui.printing import print_pdf

    monkeypatch.setattr(files, "RETRY_SECONDS", 0.2)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    held: list[str] = []
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):  # noqa: ANN001, ANN202
        if str(path).endswith(".pdf") and Path(path).parent == tmp_path:
            held.append(str(path))
            raise SHARING_VIOLATION
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(render_pdf(seed_report), printer) >= 1
    assert held  # its deletion was refused ...
    assert (tmp_path / "printed.pdf").stat().st_size > 0  # ... and the printing still counts


def test_a_backup_is_made_though_an_old_copy_to_prune_is_held_open(store, seed_report, monkeypatch) -> None:
    import datetime as dt

    from hienhao_desktop.storage.backup import backup_dir, rolling_backup

    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    store.add_report(seed_report)
    first = rolling_backup(store, keep=1, min_age=dt.timedelta(0))
    HeldOpen(monkeypatch, first)  # an antivirus scanning it
    second = rolling_backup(store, keep=1, min_age=dt.timedelta(0))  # would prune the first
    assert second is not None and second.exists()
    assert sorted(backup_dir(store.path).iterdir()) == sorted([first, second])  # the held one goes next time
