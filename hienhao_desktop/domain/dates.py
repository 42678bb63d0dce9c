"""The place-and-date line of an administrative document (Decree 30/2020, Appendix I),
shared by the PDF and the Excel export.

"Hiền Hào, ngày 15 tháng 01 năm 2024": days below 10 and the months January and
February get a leading zero, other months do not ("ngày 05 tháng 6 năm 2025"); the
zero on months 1–2 keeps "tháng 1" from being misread or extended to "tháng 12" by hand.
With no date yet, blanks are left to fill in by hand after signing.
"""

from __future__ import annotations

import datetime
import re

# Room for a handwritten day, month or number: no-break spaces, which neither
# reportlab's paragraphs nor spreadsheet cells fold away.
BLANK = "\u00a0" * 6

_SCHOOL_YEAR = re.compile(r"\s*\d{4}\s*-\s*(\d{4})\s*")


def date_phrase(date: datetime.date | None, school_year: str = "") -> str:
    """"ngày 15 tháng 01 năm 2024". With no date, blanks for day and month and the
    school year's second year (the report is written in that calendar year or at its
    end); the year is left blank too when the school year cannot be read."""
    if date is None:
        match = _SCHOOL_YEAR.fullmatch(school_year or "")
        return f"ngày{BLANK}tháng{BLANK}năm {match.group(1) if match else BLANK}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def date_line(place: str, date: datetime.date | None, school_year: str) -> str:
    """The italic line under the motto: "Hiền Hào, ngày …"; "Ngày …" with no place."""
    phrase = date_phrase(date, school_year)
    return f"{place}, {phrase}" if place else phrase[:1].upper() + phrase[1:]
