"""The self-test's export steps with the new renderers (the window is a stand-in here:
the whole --selftest runs in test_icu_data and the packaging checks)."""

from __future__ import annotations

from pathlib import Path

from hienhao_desktop.export.pdf import render_pdf
from hienhao_desktop.selftest import SelfTest
from tests import sample_reports


class _Window:
    def __init__(self, report) -> None:
        self.report = report

    def pdf_bytes(self) -> bytes:
        return render_pdf(self.report)


def test_pdf_and_excel_steps_pass_on_the_sample(tmp_path: Path, qapp):
    test = SelfTest(tmp_path)
    test.report = sample_reports.seed()
    test.window = _Window(test.report)  # type: ignore[assignment]
    assert test.step_pdf().startswith("PDF 3 pages")
    assert test.step_excel() == "Excel 11 activities (3 sheets)"


def test_the_excel_step_notices_a_missing_activity(tmp_path: Path, monkeypatch):
    import pytest

    from hienhao_desktop.export import xlsx
    from hienhao_desktop.selftest import StepFailed

    test = SelfTest(tmp_path)
    test.report = sample_reports.seed()
    real = xlsx.render_xlsx

    def lossy(report, **kw):
        report = report.copy()
        report.activities = report.activities[:-1]
        return real(report, **kw)

    monkeypatch.setattr(xlsx, "render_xlsx", lossy)
    with pytest.raises(StepFailed, match="lacks 1 of 11"):
        test.step_excel()


def test_the_word_step_writes_and_reads_back_the_sample(tmp_path: Path):
    test = SelfTest(tmp_path)  # no window: the step loads the sample itself
    assert test.step_word().endswith("read back (11 activities, 4 parts)")
    assert (tmp_path / "selftest.docx").read_bytes().startswith(b"PK")


def test_the_word_step_notices_a_file_that_loses_activities(tmp_path: Path, monkeypatch):
    import pytest

    from hienhao_desktop.export import docx
    from hienhao_desktop.selftest import StepFailed

    real = docx.render_docx

    def lossy(report, **kw):
        report = report.copy()
        report.activities = report.activities[:-1]
        return real(report, **kw)

    monkeypatch.setattr(docx, "render_docx", lossy)
    with pytest.raises(StepFailed, match="10 of 11 activities"):
        SelfTest(tmp_path).step_word()
