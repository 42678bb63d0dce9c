"""Reading whole numbers as people type or paste them ("1.234", "1 234", "62")."""

from __future__ import annotations

import re

from hienhao_desktop.domain.errors import EditError

# Thousands grouped with "." (Vietnamese) or spaces (incl. no-break space).
_GROUPED = re.compile(r"^\d{1,3}([. \u00a0\u202f]\d{3})+$")
_MINUS = ("-", "\u2212", "\u2013")  # hyphen, minus sign, en dash (Word's autocorrect)


def read_whole_number(text: str) -> int | None:
    """A whole number ≥ 0 as typed ("62", "1.234", "1 234"), or None for an empty
    cell. Raises ValueError for anything else. (The rule itself, without the edits
    layer, so readers of other files, e.g. the Word importer, share it.)"""
    text = text.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(r"\D", "", text))
    raise ValueError(text)


def parse_participants(text: str, path: str = "participants") -> int | None:
    """A whole number ≥ 0, or None for an empty cell. Raises EditError otherwise."""
    try:
        return read_whole_number(text)
    except ValueError:
        raise EditError(path, "not_whole_number") from None


def parse_whole_number(text: str, path: str = "") -> int | None:
    """A whole number, perhaps negative ("-1.234"), or None for an empty cell (a number
    column of a table). Raises EditError otherwise."""
    text = text.strip()
    sign = 1
    if text[:1] in _MINUS:
        sign, text = -1, text[1:].strip()
        if not text:
            raise EditError(path, "not_integer")
    try:
        value = parse_participants(text, path)
    except EditError:
        raise EditError(path, "not_integer") from None
    return None if value is None else sign * value


def format_number(value: int) -> str:
    """1234 -> "1.234" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")
