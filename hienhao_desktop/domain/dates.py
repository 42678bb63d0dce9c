"""The place-and-date line of an administrative document (Decree 30/2020, Appendix I),
shared by every output.

"Hiền Hào, ngày 15 tháng 01 năm 2024": days below 10 and the months January and
February get a leading zero, other months do not ("ngày 05 tháng 6 năm 2025"); the
zero on months 1–2 keeps "tháng 1" from being misread or extended to "tháng 12" by hand.
Any part of the date may be missing (``IssueDate``): blanks are left to fill in by
hand after signing ("ngày      tháng 4 năm 2012"). A missing year is taken from the
school year when there is one (the second calendar year, or the first for a month
from August on, when a school year starts).
"""

from __future__ import annotations

import datetime
import re

from hienhao_desktop.domain.model import IssueDate

# Room for a handwritten day, month or number: no-break spaces, which neither
# reportlab's paragraphs nor spreadsheet cells fold away.
BLANK = "\u00a0" * 6

_SCHOOL_YEAR = re.compile(r"\s*(\d{4})\s*-\s*(\d{4})\s*")
_FIRST_MONTH_OF_SCHOOL_YEAR = 8


def _year_of_school_year(school_year: str, month: int | None) -> int | None:
    match = _SCHOOL_YEAR.fullmatch(school_year or "")
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    return first if month is not None and month >= _FIRST_MONTH_OF_SCHOOL_YEAR else second


def date_phrase(date: IssueDate | datetime.date | None, school_year: str = "") -> str:
    """"ngày 15 tháng 01 năm 2024"; blanks for the parts not given."""
    if date is None:
        date = IssueDate()
    elif isinstance(date, datetime.date):
        date = IssueDate.of(date)
    day = f"{date.day:02d}" if date.day is not None and date.day >= 0 else None
    month = None
    if date.month is not None and date.month >= 0:
        month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    year = date.year if date.year is not None else _year_of_school_year(school_year, date.month)

    def part(label: str, value: str | int | None) -> str:
        return f"{label}{BLANK}" if value is None else f"{label} {value} "

    return (part("ngày", day) + part("tháng", month)).replace(f"{BLANK} ", BLANK) + (
        f"năm {BLANK}" if year is None else f"năm {year}")


def date_line(place: str, date: IssueDate | datetime.date | None, school_year: str) -> str:
    """The italic line under the motto: "Hiền Hào, ngày …"; "Ngày …" with no place."""
    phrase = date_phrase(date, school_year)
    return f"{place}, {phrase}" if place else phrase[:1].upper() + phrase[1:]
