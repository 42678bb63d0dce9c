"""The one pre-pass every output makes over a report's text, so that no text can make
an export fail or run for minutes (docs/limits.md). ``build_document`` makes it, so
the PDF, the Excel workbook and the Word file all print the same cut text.

The program refuses a field longer than ``MAX_FIELD_CHARS`` when it is typed, pasted
or imported; a report kept before that limit existed, or built in code, may still
hold one. ``printable`` returns a copy of the report in which such a field is cut at
the limit and ends with a note saying how much was not printed (the data file keeps
the whole text; the JSON export writes it all). Everything else is unchanged: a word
longer than a line is wrapped by characters by the PDF's paragraphs themselves
(``splitLongWords``), and the PDF's header and signing tables may split across pages.

The walk is generic (any dataclass holding strings, lists and dataclasses), so it
carries over to other shapes of the report.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from hienhao_desktop.domain.fields import MAX_FIELD_CHARS

T = TypeVar("T")

NOTE = " […còn {rest:,} ký tự không in: mỗi ô in được tối đa {limit:,} ký tự]"


def cut(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """``text`` if it is within ``limit`` characters; else its first ``limit``
    characters and a note saying how many were left out."""
    if len(text) <= limit:
        return text
    rest = len(text) - limit
    return text[:limit] + NOTE.format(rest=rest, limit=limit).replace(",", ".")


def printable(value: T, limit: int = MAX_FIELD_CHARS) -> T:
    """A copy of ``value`` (a report, or any part of one) with every string cut to
    ``limit`` characters; ``value`` itself when nothing is too long."""
    result: Any = _walk(value, limit)
    return value if result is _SAME else result


_SAME: Any = object()


def _walk(value: Any, limit: int) -> Any:
    """The changed copy of ``value``, or _SAME when nothing in it changes."""
    if isinstance(value, str):
        return _SAME if len(value) <= limit else cut(value, limit)
    if isinstance(value, list):
        items = [_walk(v, limit) for v in value]
        if all(i is _SAME for i in items):
            return _SAME
        return [v if i is _SAME else i for v, i in zip(value, items, strict=True)]
    if type(value) is tuple:
        items = [_walk(v, limit) for v in value]
        if all(i is _SAME for i in items):
            return _SAME
        return type(value)(v if i is _SAME else i for v, i in zip(value, items, strict=True))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            new = _walk(getattr(value, f.name), limit)
            if new is not _SAME:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else _SAME
    return _SAME
