"""Making new reports: a blank one, and one that carries on from an earlier report
(same organisation, recipients and signer; the next period; optionally the earlier
plans as the starting point of the new assessment)."""

from __future__ import annotations

import datetime as dt

from hienhao_desktop.domain.model import Report, ReportKind, Signature


def current_school_year(today: dt.date | None = None) -> str:
    """A Vietnamese school year starts in September."""
    today = today or dt.date.today()
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{first + 1}"


def next_period(kind: str, period: str, school_year: str) -> tuple[str, str, str]:
    """(kind, period, school year) of the report that follows."""
    if kind == ReportKind.SO_KET and period == "Học kỳ I":
        return ReportKind.TONG_KET.value, "Cả năm", school_year
    try:
        first, _ = (int(p) for p in school_year.split("-"))
        following = f"{first + 1}-{first + 2}"
    except ValueError:
        following = school_year
    return ReportKind.SO_KET.value, "Học kỳ I", following


def blank_report(today: dt.date | None = None) -> Report:
    return Report(
        kind=ReportKind.SO_KET.value,
        school_year=current_school_year(today),
        period="Học kỳ I",
        recipients=["Lưu: VT"],
    )


def report_from_earlier(earlier: Report, *, plans_as_assessment: bool) -> Report:
    kind, period, year = next_period(earlier.kind, earlier.period, earlier.school_year)
    report = Report(
        kind=kind,
        school_year=year,
        period=period,
        organization=earlier.copy().organization,
        place=earlier.place,
        recipients=list(earlier.recipients),
        signature=Signature(**vars(earlier.copy().signature)),
    )
    if plans_as_assessment and earlier.solutions:
        report.assessment.advantages = "\n".join(f"- {item}" for item in earlier.solutions)
    return report
