"""The report as dataclasses: the shape of DESIGN.md's "The report" table.

A ``Report`` holds content only. Where it is kept (its database id, draft or final,
the archived PDF) is storage's business and lives in ``ReportSummary``.
Stt numbers of the activity table are never stored: they are the list position + 1.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from dataclasses import dataclass, field

from hienhao_desktop.domain.text import lower_first


class ReportKind(enum.StrEnum):
    SO_KET = "so_ket"  # periodic (half-year) review
    TONG_KET = "tong_ket"  # end-of-year review


class Status(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Authority(enum.StrEnum):
    """Signing authority prefix of Decree 30/2020 (empty: the head signs)."""

    NONE = ""
    TM = "TM."  # on behalf of a collective body
    KT = "KT."  # a deputy signs for the head
    Q = "Q."  # acting head
    TL = "TL."  # by order of the head
    TUQ = "TUQ."  # by authorisation of the head


KIND_LABELS = {ReportKind.SO_KET: "Sơ kết", ReportKind.TONG_KET: "Tổng kết"}
PERIODS = ("Học kỳ I", "Học kỳ II", "Cả năm")


@dataclass
class Organization:
    parent: str = ""  # đơn vị chủ quản, e.g. "UBND xã Hiền Hào"
    name: str = ""  # đơn vị ban hành, e.g. "Trung tâm học tập cộng đồng"
    abbreviation: str = ""  # used in the document code "Số: 12/BC-TTHTCĐ"


@dataclass
class Assessment:
    advantages: str = ""  # 1. Thuận lợi
    difficulties: str = ""  # 2. Khó khăn


@dataclass
class Subsection:
    """One numbered item of section II: a title and body text."""

    title: str = ""
    body: str = ""


@dataclass
class Activity:
    """One row of the activity table. ``participants`` None means unknown (blank)."""

    name: str = ""
    participants: int | None = None
    lead_unit: str = ""
    partner_units: str = ""


@dataclass
class Signature:
    authority: str = Authority.NONE.value
    position: str = ""  # chức vụ, e.g. "Giám đốc"
    deputy_position: str = ""  # with KT.: e.g. "Phó Giám đốc"
    other_title: str = ""  # e.g. "Chủ tịch UBND xã Hiền Hào"
    name: str = ""
    signature_image: bytes | None = None  # PNG
    seal_image: bytes | None = None  # PNG


@dataclass
class Report:
    kind: str = ReportKind.SO_KET.value
    school_year: str = ""
    period: str = ""
    title: str = ""  # empty: the default title from kind, period and year
    organization: Organization = field(default_factory=Organization)
    document_number: str = ""
    place: str = ""
    date: dt.date | None = None
    addressees: list[str] = field(default_factory=list)
    assessment: Assessment = field(default_factory=Assessment)
    implementation: list[Subsection] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    solutions_title: str = ""  # empty: the default from kind, period and year
    solutions: list[str] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signature: Signature = field(default_factory=Signature)

    def copy(self) -> Report:
        return copy.deepcopy(self)

    @property
    def effective_title(self) -> str:
        return self.title or default_title(self.kind, self.period, self.school_year)

    @property
    def effective_solutions_title(self) -> str:
        return self.solutions_title or default_solutions_title(
            self.kind, self.period, self.school_year
        )

    def totals(self) -> Totals:
        known = [a.participants for a in self.activities if a.participants is not None]
        return Totals(
            activities=len(self.activities),
            participants=sum(known),
            unknown=len(self.activities) - len(known),
        )


@dataclass(frozen=True)
class Totals:
    activities: int  # number of rows in the activity table
    participants: int  # sum of the known participant counts
    unknown: int  # rows whose participant count is unknown


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report list: what storage knows about a kept report."""

    id: int
    kind: str
    school_year: str
    period: str
    title: str
    status: str
    updated_at: str  # ISO 8601, local time


def _next_school_year(school_year: str) -> str:
    try:
        first, second = (int(part) for part in school_year.split("-"))
    except ValueError:
        return school_year
    return f"{first + 1}-{second + 1}"


def default_title(kind: str, period: str, school_year: str) -> str:
    """"Sơ kết học kỳ I năm học 2023-2024", "Tổng kết năm học 2023-2024"."""
    parts = [KIND_LABELS[ReportKind.TONG_KET if kind == ReportKind.TONG_KET else ReportKind.SO_KET]]
    if kind == ReportKind.SO_KET and period and period != "Cả năm":
        parts.append(lower_first(period))
    if school_year:
        parts.append(f"năm học {school_year}")
    return " ".join(parts)


def default_solutions_title(kind: str, period: str, school_year: str) -> str:
    """Section III heading: the plans for the period that follows this report."""
    if kind == ReportKind.SO_KET and period == "Học kỳ I":
        return f"Giải pháp thực hiện nhiệm vụ học kỳ II năm học {school_year}".rstrip()
    if kind == ReportKind.TONG_KET or period in ("Học kỳ II", "Cả năm"):
        next_year = _next_school_year(school_year)
        return f"Phương hướng, nhiệm vụ năm học {next_year}".rstrip()
    return "Giải pháp thực hiện nhiệm vụ thời gian tới"
