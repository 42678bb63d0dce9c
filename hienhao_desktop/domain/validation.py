"""The checklist: what is missing or wrong in a report before it is sent up.

Each problem names its place with the path the edit operations and the exchange
format use (``activities[3].participants``, ``parts[1].blocks[0]``,
``signatures[1].name``, ``date.day``), so the window can jump to it, and says what is
wrong in the clerk's words, in Vietnamese or English (``messages``).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.fields import REPORT, Severity, get_path
from hienhao_desktop.domain.model import (
    PERIODS,
    ActivityTable,
    Authority,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    Report,
    ReportKind,
    Table,
)

__all__ = ["Problem", "Severity", "validate", "part_label"]


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, object] = dataclasses.field(default_factory=dict, hash=False, compare=True)

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.params)


_YEAR = re.compile(r"^(\d{4})-(\d{4})$")
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
# An empty part of these roles leaves the report without what it is for.
_ESSENTIAL = {PartRole.ASSESSMENT, PartRole.SITUATION, PartRole.IMPLEMENTATION, PartRole.PLANS}


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def part_label(report: Report, index: int) -> str:
    """How the checklist names part ``index``: "II", "B" or "2"."""
    if report.part_numbering == PartNumbering.ROMAN:
        return _roman(index + 1)
    if report.part_numbering == PartNumbering.LETTERS and index < 26:
        return chr(ord("A") + index)
    return str(index + 1)


def _has_content(block: Block, report: Report) -> bool:
    if isinstance(block, Paragraph | ListItem):
        return bool(block.text.strip())
    if isinstance(block, Table):
        return bool(block.rows)
    if isinstance(block, ActivityTable):
        return bool(report.activities)
    return False


def _date_problem(report: Report) -> tuple[str, str] | None:
    """A day and month that no calendar has (with the year when it is given)."""
    d = report.date
    if d.day is None or d.month is None:
        return None
    year = d.year if d.year is not None else 2000  # a leap year: 29/02 may be right
    if d.day <= calendar.monthrange(year, d.month)[1]:
        return None
    text = f"{d.day:02d}/{d.month:02d}" + (f"/{d.year}" if d.year is not None else "")
    return "date.day", text


def validate(report: Report) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: str, code: str, severity: Severity = Severity.ERROR, **params: object) -> None:
        problems.append(Problem(path, code, severity, params))

    # ---- header
    match = _YEAR.match(report.school_year)
    if report.school_year:
        if not match or int(match[2]) != int(match[1]) + 1:
            add("school_year", "bad_school_year")
    elif report.period in PERIODS and report.kind != ReportKind.OTHER:
        add("school_year", "missing_school_year")
    if not report.period and report.kind != ReportKind.OTHER:
        add("period", "missing_period")
    if not report.title.strip() and report.kind == ReportKind.OTHER:
        add("title", "missing_title")
    for f in REPORT.fields:
        if f.required and f.type.empty(get_path(report, f.path)):
            add(f.path, f.required, f.severity)
    if not report.organization.abbreviation and not report.document_code:
        add("organization.abbreviation", "missing_org_abbreviation")
    if report.document_number and not report.document_number.isdigit():
        add("document_number", "bad_document_number")
    if report.date.is_empty():
        add("date", "missing_date", Severity.WARNING)
    bad_date = _date_problem(report)
    if bad_date:
        add(bad_date[0], "bad_date", date=bad_date[1])

    # ---- body
    if not report.parts:
        add("parts", "no_parts")
    for i, part in enumerate(report.parts):
        _check_part(report, i, part, add)
    has_table = report.has_activity_table()
    if report.activities and not has_table:
        add("activities", "activities_not_printed", count=len(report.activities))
    if has_table and not report.activities:
        add("activities", "no_activities", Severity.WARNING)
    for i, act in enumerate(report.activities):
        if not act.name:
            add(f"activities[{i}].name", "missing_activity_name", number=i + 1)
        if act.participants is None:
            add(f"activities[{i}].participants", "unknown_participants", Severity.WARNING, number=i + 1)
        if not act.lead_unit:
            add(f"activities[{i}].lead_unit", "missing_lead_unit", Severity.WARNING, number=i + 1)

    # ---- footer
    if not report.recipients:
        add("recipients", "missing_recipients")
    elif not report.recipients[-1].lower().startswith("lưu"):
        add("recipients", "missing_archive_recipient", Severity.WARNING)
    for i, sig in enumerate(report.signatures):
        left = "_left" if i == 1 else ""
        if not sig.position:
            add(f"signatures[{i}].position", "missing_position" + left)
        if sig.authority == Authority.KT and not sig.deputy_position:
            add(f"signatures[{i}].deputy_position", "missing_deputy_position" + left)
        if not sig.name:
            add(f"signatures[{i}].name", "missing_signer" + left)
    return problems


def _check_part(report: Report, i: int, part: Part, add: Callable[..., None]) -> None:
    label = part_label(report, i)
    heading = report.part_heading(part)
    if not heading:
        add(f"parts[{i}].heading", "missing_part_heading", number=label)
    if not any(_has_content(b, report) for b in part.blocks):
        essential = part.role in _ESSENTIAL
        add(f"parts[{i}]", "empty_part", Severity.ERROR if essential else Severity.WARNING, number=label,
            heading=heading or "…")
    blocks = part.blocks
    for j, block in enumerate(blocks):
        path = f"parts[{i}].blocks[{j}]"
        if isinstance(block, Heading):
            if not block.text:
                add(path, "missing_heading_text", part=label)
                continue
            section: list[Block] = []
            for later in blocks[j + 1 :]:
                if isinstance(later, Heading) and later.level <= block.level:
                    break
                section.append(later)
            if not any(isinstance(b, Heading) for b in section) and not any(_has_content(b, report) for b in section):
                add(path, "empty_heading_section", Severity.WARNING, heading=block.text, part=label)
        elif isinstance(block, Table):
            if not block.rows:
                add(path, "empty_table", Severity.WARNING, part=label)
            for k, column in enumerate(block.columns):
                if not column.title:
                    add(f"{path}.columns[{k}].title", "missing_column_title", Severity.WARNING, part=label, column=k + 1)
