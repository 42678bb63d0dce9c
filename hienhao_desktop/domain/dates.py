"""The place-and-date line of an administrative document (Decree 30/2020, Appendix I).

"Hiền Hào, ngày 15 tháng 01 năm 2024": days below 10 and the months January and
February get a leading zero, other months do not ("ngày 05 tháng 6 năm 2025"); the
zero on months 1–2 keeps "tháng 1" from being misread or extended to "tháng 12" by hand.
With no date yet, blanks are left to fill in by hand after signing.
"""

from __future__ import annotations

import datetime

# Room for a handwritten day or month (the decree's sample leaves a few spaces).
_BLANK = " " * 6


def date_line(place: str, date: datetime.date | None, year_hint: str) -> str:
    """The italic line under the motto.

    ``year_hint`` is the school year ("2023-2024"): with no date, the year printed is
    its second year (the report is written in that calendar year or at its end), or
    the current year when the school year is not of the form "YYYY-YYYY".
    """
    prefix = f"{place}, " if place else ""
    if date is None:
        return f"{prefix}ngày{_BLANK}tháng{_BLANK}năm {_year_from_hint(year_hint)}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{prefix}ngày {date.day:02d} tháng {month} năm {date.year}"


def _year_from_hint(year_hint: str) -> int:
    parts = year_hint.strip().split("-")
    if len(parts) == 2 and all(p.strip().isdigit() and len(p.strip()) == 4 for p in parts):
        return int(parts[1])
    return datetime.date.today().year
