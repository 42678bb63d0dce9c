"""The checklist: what is missing or wrong in a report before it is sent up.

Each problem names its field (the same dotted path the edit operations and the
exchange format use, e.g. ``activities[3].participants``) so the window can jump to
it, and says what is wrong in the clerk's words (``messages``).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.model import Authority, Report


class Severity(enum.StrEnum):
    ERROR = "error"  # the report would be sent back
    WARNING = "warning"  # allowed, but worth a look


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, object] = dataclasses.field(default_factory=dict, hash=False, compare=True)

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.params)


_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def validate(report: Report) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: str, code: str, severity: Severity = Severity.ERROR, **params: object) -> None:
        problems.append(Problem(path, code, severity, params))

    match = _YEAR.match(report.school_year)
    if not report.school_year:
        add("school_year", "missing_school_year")
    elif not match or int(match[2]) != int(match[1]) + 1:
        add("school_year", "bad_school_year")
    if not report.period:
        add("period", "missing_period")
    org = report.organization
    if not org.parent:
        add("organization.parent", "missing_org_parent")
    if not org.name:
        add("organization.name", "missing_org_name")
    if not org.abbreviation:
        add("organization.abbreviation", "missing_org_abbreviation")
    if report.document_number and not report.document_number.isdigit():
        add("document_number", "bad_document_number")
    if not report.place:
        add("place", "missing_place")
    if report.date is None:
        add("date", "missing_date", Severity.WARNING)
    if not report.assessment.advantages:
        add("assessment.advantages", "missing_advantages")
    if not report.assessment.difficulties:
        add("assessment.difficulties", "missing_difficulties")
    if not report.implementation:
        add("implementation", "missing_implementation")
    for i, sub in enumerate(report.implementation):
        if not sub.title:
            add(f"implementation[{i}].title", "missing_subsection_title", number=i + 1)
    if not report.activities:
        add("activities", "no_activities", Severity.WARNING)
    for i, act in enumerate(report.activities):
        if not act.name:
            add(f"activities[{i}].name", "missing_activity_name", number=i + 1)
        if act.participants is None:
            add(f"activities[{i}].participants", "unknown_participants", Severity.WARNING, number=i + 1)
        if not act.lead_unit:
            add(f"activities[{i}].lead_unit", "missing_lead_unit", Severity.WARNING, number=i + 1)
    if not report.solutions:
        add("solutions", "missing_solutions")
    if not report.recommendations:
        add("recommendations", "missing_recommendations", Severity.WARNING)
    if not report.recipients:
        add("recipients", "missing_recipients")
    elif not report.recipients[-1].lower().startswith("lưu"):
        add("recipients", "missing_archive_recipient", Severity.WARNING)
    sig = report.signature
    if not sig.position:
        add("signature.position", "missing_position")
    if sig.authority == Authority.KT and not sig.deputy_position:
        add("signature.deputy_position", "missing_deputy_position")
    if not sig.name:
        add("signature.name", "missing_signer")
    return problems
