"""Making new reports: a blank one from a template, and one that carries on from an
earlier report (same organisation, place, document code, recipients and signing
columns; the next period; the earlier report's outline without its text; optionally
the earlier plans as the starting point of the new assessment)."""

from __future__ import annotations

import copy
import datetime as dt

from hienhao_desktop.domain.model import (
    ActivityTable,
    Block,
    Heading,
    Part,
    PartRole,
    Report,
    ReportKind,
    Table,
)
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.domain.templates import Template, template_kind, template_part_numbering, template_parts


def current_school_year(today: dt.date | None = None) -> str:
    """A Vietnamese school year starts in September."""
    today = today or dt.date.today()
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{first + 1}"


def _following(school_year: str) -> str:
    try:
        first, _ = (int(p) for p in school_year.split("-"))
    except ValueError:
        return school_year
    return f"{first + 1}-{first + 2}"


def next_period(kind: str, period: str, school_year: str) -> tuple[str, str, str]:
    """(kind, period, school year) of the report that follows. After a term review
    of the first term comes the year-end review; after that, the next year's first
    term. A report of another kind keeps its kind; its period is typed anew."""
    if kind == ReportKind.OTHER:
        return ReportKind.OTHER.value, "", _following(school_year)
    if kind == ReportKind.SO_KET and period == "Học kỳ I":
        return ReportKind.TONG_KET.value, "Cả năm", school_year
    return ReportKind.SO_KET.value, "Học kỳ I", _following(school_year)


_TEMPLATE_PERIOD = {ReportKind.SO_KET: "Học kỳ I", ReportKind.TONG_KET: "Cả năm", ReportKind.OTHER: ""}


def blank_report(today: dt.date | None = None, template: str = Template.DEFAULT.value,
                 centre: Report | None = None) -> Report:
    """A new report of ``template``'s shape for the current school year (a free
    report has no school year: its period and title are typed). ``centre``, a report
    the centre wrote before, gives what stays from one report to the next: the
    issuing body, the document code, the place, who it is sent to and the signing
    columns; its text and dates are not taken."""
    kind = template_kind(template)
    report = Report(
        kind=kind,
        school_year="" if kind == ReportKind.OTHER else current_school_year(today),
        period=_TEMPLATE_PERIOD[ReportKind(kind)],
        part_numbering=template_part_numbering(template),
        parts=template_parts(template),
        recipients=["Lưu: VT"],
    )
    if centre is not None:
        _keep_centre(report, centre)
        report.addressees = list(centre.addressees)
    return normalize_report(report)


def _keep_centre(report: Report, centre: Report) -> None:
    """What stays from one of the centre's reports to the next: the issuing body, the
    document code, the place, the recipients (the report's own when the centre's
    list is empty) and the signing columns."""
    report.organization = copy.deepcopy(centre.organization)
    report.document_code = centre.document_code
    report.place = centre.place
    report.recipients = list(centre.recipients) or report.recipients
    report.signatures = copy.deepcopy(centre.signatures)


def _skeleton(part: Part) -> Part:
    """A part of an earlier report without its text: its role, its heading (but not
    the plans' heading, which names the earlier period), its headings and the places
    of its tables (their columns, no rows)."""
    blocks: list[Block] = []
    for block in part.blocks:
        if isinstance(block, Heading | ActivityTable):
            blocks.append(copy.deepcopy(block))
        elif isinstance(block, Table):
            blocks.append(Table(copy.deepcopy(block.columns), [], block.numbered, block.total_row))
    return Part(part.role, "" if part.role == PartRole.PLANS else part.heading, blocks)


def _assessment_part(report: Report) -> Part:
    """Where the earlier plans go: the first part that assesses (the seed's "Đánh giá
    chung", a template's "Đặc điểm tình hình"), both starting with "Thuận lợi"."""
    for part in report.parts:
        if part.role in (PartRole.ASSESSMENT, PartRole.SITUATION):
            return part
    if not report.parts:
        report.parts.append(Part(PartRole.ASSESSMENT.value))
    return report.parts[0]


def report_from_earlier(earlier: Report, *, plans_as_assessment: bool, template: str | None = None) -> Report:
    """The report that follows ``earlier``. Its body is the earlier report's outline
    (``template`` None) or a template's; with ``plans_as_assessment`` the earlier
    plans (the blocks of its plans parts) start the new assessment, after the
    assessment's first heading ("Thuận lợi") when it has one. The new report is
    clean (``normalize_report``)."""
    kind, period, year = next_period(earlier.kind, earlier.period, earlier.school_year)
    parts = [_skeleton(p) for p in earlier.parts] if template is None else template_parts(template)
    report = Report(
        kind=kind,
        school_year=year,
        period=period,
        part_numbering=earlier.part_numbering,
        heading_numbering=earlier.heading_numbering,
        parts=parts,
    )
    _keep_centre(report, earlier)
    if plans_as_assessment:
        plans = [
            copy.deepcopy(b)
            for p in earlier.parts
            if p.role == PartRole.PLANS
            for b in p.blocks
            if not isinstance(b, ActivityTable)
        ]
        if plans:
            target = _assessment_part(report)
            at = 1 if target.blocks and isinstance(target.blocks[0], Heading) else 0
            target.blocks[at:at] = plans
    return normalize_report(report)
