"""The report as dataclasses: a header, an outline body, the activity table, a footer.

A ``Report`` holds content only. Where it is kept (its database id, draft or final,
the archived PDF) is storage's business and lives in ``ReportSummary``.

The body is an outline, as centres really write their reports:

- an optional ``opening`` (blocks before the first part: "Căn cứ …" lines, the
  sentence ending "báo cáo như sau:");
- ``parts``, each with a role (which kind of content it holds: the assessment, the
  implementation, the plans …, or ``other``), an editable heading ("" prints the
  default heading of its role) and its blocks. Parts are numbered when printed, in the
  report's ``part_numbering`` style (I., II. / Phần thứ nhất / A., B.);
- blocks: headings to three levels below the part (numbered in the report's
  ``heading_numbering`` style), paragraphs and list items made of runs with bold,
  italic and underline, tables with their own columns, and the one activity table.

Nothing printed is stored: Stt numbers, heading numbers, totals and default headings
are computed (the user's original skipped an Stt number by hand). The activity rows
live in ``Report.activities`` (one table per report, like the Excel "Hoạt động"
sheet); an ``ActivityTable`` block says where in the body the table is printed.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import ClassVar

from hienhao_desktop.domain.text import lower_first


class ReportKind(enum.StrEnum):
    SO_KET = "so_ket"  # periodic (term, half-year) review
    TONG_KET = "tong_ket"  # end-of-year (or end-of-term-of-office) review
    OTHER = "other"  # any other report: its title is typed


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


class PartNumbering(enum.StrEnum):
    """How parts are numbered when printed."""

    ROMAN = "roman"  # I. ĐÁNH GIÁ CHUNG, II. …
    WORDS = "words"  # Phần thứ nhất, Phần thứ hai …
    LETTERS = "letters"  # A. …, B. …
    NONE = "none"  # headings as typed


class HeadingNumbering(enum.StrEnum):
    """How headings inside a part are numbered, levels 1 / 2 / 3."""

    DECIMAL = "decimal"  # 1. / 1.1. / 1.1.1.
    LETTERS = "letters"  # 1. / a) / -
    ROMAN = "roman"  # I. / 1. / a)   (under lettered parts: A. → I. → 1. → a))
    NONE = "none"  # headings as typed


class PartRole(enum.StrEnum):
    """What a part holds; it gives the part its default heading and lets the window
    and the checklist find the assessment, the plans …"""

    ASSESSMENT = "assessment"  # Đánh giá chung (thuận lợi, khó khăn)
    SITUATION = "situation"  # Đặc điểm tình hình
    IMPLEMENTATION = "implementation"  # Tình hình / kết quả thực hiện nhiệm vụ
    PLANS = "plans"  # Giải pháp, phương hướng nhiệm vụ của kỳ sau
    RECOMMENDATIONS = "recommendations"  # Những kiến nghị, đề xuất
    OTHER = "other"  # a part of the author's own


class ColumnKind(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"  # whole numbers; blank means unknown, never 0


KIND_LABELS = {ReportKind.SO_KET: "Sơ kết", ReportKind.TONG_KET: "Tổng kết", ReportKind.OTHER: "Báo cáo"}
PERIODS = ("Học kỳ I", "Học kỳ II", "Cả năm")
MAX_HEADING_LEVEL = 3
MAX_LIST_LEVEL = 2
# Printed where a part or a heading has no text yet, so that the gap is seen before
# signing; never content (the Word importer drops it when it reads it back).
EMPTY_PLACEHOLDER = "(Chưa có nội dung)"


# ---- header and footer ------------------------------------------------------------


@dataclass
class Organization:
    parent: str = ""  # đơn vị chủ quản, e.g. "UBND xã Hiền Hào"
    name: str = ""  # đơn vị ban hành, e.g. "Trung tâm học tập cộng đồng"
    abbreviation: str = ""  # used in the default document code "BC-TTHTCĐ"


@dataclass
class IssueDate:
    """The date of issue; each part may be left empty, to be written by hand
    ("ngày … tháng 4 năm 2012")."""

    day: int | None = None
    month: int | None = None
    year: int | None = None

    def as_date(self) -> dt.date | None:
        """The date when all three parts are filled in and make a real date."""
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @classmethod
    def of(cls, date: dt.date | None) -> IssueDate:
        return cls() if date is None else cls(date.day, date.month, date.year)

    def is_empty(self) -> bool:
        return self.day is None and self.month is None and self.year is None


@dataclass
class Signature:
    """One signing column."""

    caption: str = ""  # an optional first line, e.g. "Xác nhận của UBND xã"
    authority: str = Authority.NONE.value
    position: str = ""  # chức vụ, e.g. "Giám đốc"
    deputy_position: str = ""  # with KT.: e.g. "Phó Giám đốc"
    other_title: str = ""  # e.g. "Chủ tịch UBND xã Hiền Hào"
    name: str = ""
    signature_image: bytes | None = None  # PNG
    seal_image: bytes | None = None  # PNG


# ---- the outline --------------------------------------------------------------------


@dataclass
class Run:
    """A stretch of text with one character format."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False


def plain_text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


@dataclass
class Heading:
    """A heading inside a part; level 1 prints "1. …", level 2 "1.1. …" or "a) …"."""

    KIND: ClassVar[str] = "heading"
    level: int = 1
    text: str = ""


@dataclass
class Paragraph:
    KIND: ClassVar[str] = "paragraph"
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return plain_text(self.runs)


@dataclass
class ListItem:
    """A bullet item: level 1 prints "- …", level 2 "+ …"."""

    KIND: ClassVar[str] = "list_item"
    level: int = 1
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return plain_text(self.runs)


@dataclass
class Column:
    title: str = ""
    kind: str = ColumnKind.TEXT.value


Cell = str | int | None  # text columns hold str; number columns int or None (unknown)


@dataclass
class Table:
    """A table of the author's own (staff, classes, figures by village …)."""

    KIND: ClassVar[str] = "table"
    columns: list[Column] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    numbered: bool = False  # an automatic "Stt" column before the first
    total_row: bool = False  # a "Tổng cộng" row summing every number column

    def totals(self) -> list[int | None]:
        """The sum of each number column (None for text columns)."""
        sums: list[int | None] = []
        for i, column in enumerate(self.columns):
            if column.kind != ColumnKind.NUMBER:
                sums.append(None)
                continue
            sums.append(sum(row[i] for row in self.rows if i < len(row) and isinstance(row[i], int)))  # type: ignore[misc]
        return sums


@dataclass
class ActivityTable:
    """Where the activity table (``Report.activities``) is printed."""

    KIND: ClassVar[str] = "activity_table"
    total_row: bool = True


Block = Heading | Paragraph | ListItem | Table | ActivityTable
BLOCK_TYPES: dict[str, type] = {cls.KIND: cls for cls in (Heading, Paragraph, ListItem, Table, ActivityTable)}


@dataclass
class Part:
    role: str = PartRole.OTHER.value
    heading: str = ""  # empty: the default heading of the role
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Activity:
    """One row of the activity table. ``participants`` None means unknown (blank)."""

    name: str = ""
    participants: int | None = None
    lead_unit: str = ""
    partner_units: str = ""


# ---- the report ---------------------------------------------------------------------


@dataclass
class Report:
    kind: str = ReportKind.SO_KET.value
    school_year: str = ""  # "2023-2024", or empty when the period is not a school year's
    period: str = ""  # "Học kỳ I", "Cả năm", "Từ tháng 10/2018 đến tháng 5/2019", "Năm 2024" …
    title: str = ""  # the subject under "BÁO CÁO", "\n" where the author breaks it; empty: default
    organization: Organization = field(default_factory=Organization)
    document_number: str = ""  # "12", "02", or empty to write by hand
    document_code: str = ""  # "BC-TTHTCĐ", "UB" …; empty: "BC-" + the abbreviation
    place: str = ""
    date: IssueDate = field(default_factory=IssueDate)
    addressees: list[str] = field(default_factory=list)
    opening: list[Block] = field(default_factory=list)
    part_numbering: str = PartNumbering.ROMAN.value
    heading_numbering: str = HeadingNumbering.DECIMAL.value
    parts: list[Part] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    # One signing column (the right one), or two: [right, left], e.g. the left one
    # "Xác nhận của UBND xã".
    signatures: list[Signature] = field(default_factory=lambda: [Signature()])

    def copy(self) -> Report:
        return copy.deepcopy(self)

    @property
    def signature(self) -> Signature:
        """The main signing column (the right one)."""
        if not self.signatures:
            self.signatures.append(Signature())
        return self.signatures[0]

    @property
    def effective_title(self) -> str:
        return self.title or default_title(self.kind, self.period, self.school_year)

    def title_lines(self) -> list[str]:
        return [line for line in self.effective_title.split("\n") if line.strip()]

    @property
    def effective_document_code(self) -> str:
        if self.document_code:
            return self.document_code
        return f"BC-{self.organization.abbreviation}" if self.organization.abbreviation else "BC"

    def part_heading(self, part: Part) -> str:
        """The part's heading as typed, or the default of its role."""
        return part.heading or default_part_heading(part.role, self.kind, self.period, self.school_year)

    def parts_with_role(self, role: str) -> list[Part]:
        return [part for part in self.parts if part.role == role]

    def has_activity_table(self) -> bool:
        return any(isinstance(b, ActivityTable) for part in self.parts for b in part.blocks) or any(
            isinstance(b, ActivityTable) for b in self.opening
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


# ---- default wording ------------------------------------------------------------------


def next_school_year(school_year: str) -> str:
    try:
        first, second = (int(part) for part in school_year.split("-"))
    except ValueError:
        return school_year
    return f"{first + 1}-{second + 1}"


def _is_term(period: str) -> bool:
    return period in ("Học kỳ I", "Học kỳ II")


def default_title(kind: str, period: str, school_year: str) -> str:
    """"Sơ kết học kỳ I năm học 2023-2024", "Tổng kết năm học 2023-2024",
    "Sơ kết từ tháng 10/2018 đến tháng 5/2019"; empty for another kind of report."""
    if kind not in (ReportKind.SO_KET, ReportKind.TONG_KET):
        return ""
    parts = [KIND_LABELS[ReportKind(kind)]]
    if period and period != "Cả năm":
        parts.append(lower_first(period))
    if school_year:
        parts.append(f"năm học {school_year}")
    return " ".join(parts)


def default_plans_heading(kind: str, period: str, school_year: str) -> str:
    """The plans part's heading: for the period that follows this report."""
    if kind == ReportKind.SO_KET and period == "Học kỳ I":
        return f"Giải pháp thực hiện nhiệm vụ học kỳ II năm học {school_year}".rstrip()
    if school_year and (kind == ReportKind.TONG_KET or period in ("Học kỳ II", "Cả năm")):
        return f"Phương hướng, nhiệm vụ năm học {next_school_year(school_year)}"
    if kind == ReportKind.TONG_KET:
        return "Phương hướng, nhiệm vụ thời gian tới"
    return "Giải pháp thực hiện nhiệm vụ thời gian tới"


_ROLE_HEADINGS = {
    PartRole.ASSESSMENT: "Đánh giá chung",
    PartRole.SITUATION: "Đặc điểm tình hình",
    PartRole.IMPLEMENTATION: "Tình hình thực hiện nhiệm vụ",
    PartRole.RECOMMENDATIONS: "Những kiến nghị, đề xuất",
}


def default_part_heading(role: str, kind: str, period: str, school_year: str) -> str:
    """The heading a part of this role prints when none is typed ("" for ``other``)."""
    if role == PartRole.PLANS:
        return default_plans_heading(kind, period, school_year)
    try:
        return _ROLE_HEADINGS.get(PartRole(role), "")
    except ValueError:
        return ""
