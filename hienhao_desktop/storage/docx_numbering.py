"""Word's own list numbering, computed as Word displays it.

A paragraph numbered by Word holds no number in its text: it names a numbering
instance (``w:numPr/w:numId``, directly or through its style) and a level
(``w:ilvl``, or the level whose ``w:pStyle`` is the paragraph's style). The instance
points to an abstract definition in numbering.xml whose levels give the start value,
the format (decimal, upperRoman, lowerLetter, bullet …) and the text ("%1.",
"%1.%2.", "Phần thứ %1", ""). ``Numbering.label`` advances the counters in document
order and returns what Word would print before the text.

Counters belong to the abstract definition, so instances sharing one continue each
other's numbering, except where an instance overrides a level's start
(``w:lvlOverride/w:startOverride``), which restarts it at that instance's first use.
A level restarts after any shallower level is used, unless ``w:lvlRestart`` says
otherwise. Every value read from the file is bounded: a damaged file gives odd
numbers, never an exception or a runaway string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

MAX_LEVELS = 9
MAX_COUNTER = 100_000


def _int(value: str | None, default: int, low: int = -MAX_COUNTER, high: int = MAX_COUNTER) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def _val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after a level ≤ this (1-based) is used; 0 never
    legal: bool = False  # w:isLgl: every level's number shown as decimal
    style: str = ""  # w:pStyle: the paragraph style that takes this level


@dataclass
class Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str = ""  # w:numStyleLink: the levels are those of the numbering a style names


@dataclass
class Instance:
    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _level(element: Any) -> Level:
    fmt_el = element.find(qn("w:numFmt"))
    if fmt_el is None:  # Word 2010 wraps custom formats in mc:AlternateContent
        fmt_el = next(iter(element.iter(qn("w:numFmt"))), None)
    text_el = element.find(qn("w:lvlText"))
    restart = _val(element, "w:lvlRestart")
    legal = element.find(qn("w:isLgl"))
    return Level(
        start=_int(_val(element, "w:start"), 1, 0),
        fmt=(fmt_el.get(qn("w:val")) if fmt_el is not None else None) or "decimal",
        text=(text_el.get(qn("w:val")) if text_el is not None else None) or "",
        restart=_int(restart, 0, 0, MAX_LEVELS) if restart is not None else None,
        legal=legal is not None and legal.get(qn("w:val"), "true") not in ("0", "false", "off"),
        style=_val(element, "w:pStyle") or "",
    )


class Numbering:
    """The numbering definitions of one document, with running counters.

    ``style_numbering`` maps a paragraph style id to the (numId, ilvl or None) its
    paragraphs take (resolved along ``basedOn`` by the caller)."""

    def __init__(self, element: Any | None, style_numbering: dict[str, tuple[str, int | None]]) -> None:
        self.abstracts: dict[str, Abstract] = {}
        self.instances: dict[str, Instance] = {}
        self.style_numbering = style_numbering
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[tuple[str, int]] = set()  # (numId, level) whose start override was applied
        if element is None:
            return
        for abstract in element.findall(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId")) or ""
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                index = _int(lvl.get(qn("w:ilvl")), -1, -1, MAX_LEVELS)
                if 0 <= index < MAX_LEVELS:
                    levels[index] = _level(lvl)
            self.abstracts[key] = Abstract(levels, _val(abstract, "w:numStyleLink") or "")
        for num in element.findall(qn("w:num")):
            key = num.get(qn("w:numId")) or ""
            instance = Instance(_val(num, "w:abstractNumId") or "")
            for override in num.findall(qn("w:lvlOverride")):
                index = _int(override.get(qn("w:ilvl")), -1, -1, MAX_LEVELS)
                if not 0 <= index < MAX_LEVELS:
                    continue
                start = _val(override, "w:startOverride")
                if start is not None:
                    instance.start_overrides[index] = _int(start, 1, 0)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    instance.level_overrides[index] = _level(lvl)
            self.instances[key] = instance

    # ---- definitions -----------------------------------------------------------------

    def _abstract_of(self, num_id: str) -> tuple[str, Abstract] | None:
        """The abstract definition an instance uses, following numStyleLink (bounded)."""
        seen: set[str] = set()
        while num_id not in seen and len(seen) < 8:
            seen.add(num_id)
            instance = self.instances.get(num_id)
            if instance is None:
                return None
            abstract = self.abstracts.get(instance.abstract)
            if abstract is None:
                return None
            if abstract.levels or not abstract.style_link:
                return instance.abstract, abstract
            linked = self.style_numbering.get(abstract.style_link)
            if linked is None:
                return None
            num_id = linked[0]
        return None

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose w:pStyle is ``style_id`` (a heading style tied to a list)."""
        found = self._abstract_of(num_id)
        if found is None:
            return None
        for index, level in found[1].levels.items():
            if level.style and level.style == style_id:
                return index
        return None

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        found = self._abstract_of(num_id)
        if found is None:
            return None
        key, abstract = found
        levels = dict(abstract.levels)
        instance = self.instances.get(num_id)
        if instance is not None:
            levels.update(instance.level_overrides)
        return key, levels

    # ---- counting ----------------------------------------------------------------------

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """What Word prints before a paragraph of instance ``num_id`` at level ``ilvl``
        (advancing the counters), and the level's format ("decimal", "bullet" …).
        None when the paragraph is not numbered after all (numId 0, a missing or
        empty definition, format "none" with no text)."""
        if num_id in ("", "0"):
            return None
        found = self._levels(num_id)
        if found is None:
            return None
        key, levels = found
        ilvl = max(0, min(MAX_LEVELS - 1, ilvl))
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(key, [None] * MAX_LEVELS)
        instance = self.instances.get(num_id)
        override = instance.start_overrides.get(ilvl) if instance else None
        if override is not None and (num_id, ilvl) not in self._started:
            self._started.add((num_id, ilvl))
            counters[ilvl] = override
        elif counters[ilvl] is None:
            counters[ilvl] = level.start
        else:
            counters[ilvl] = min(MAX_COUNTER, (counters[ilvl] or 0) + 1)
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and ilvl < restart):
                counters[deeper] = None
                self._started.discard((num_id, deeper))
        if level.fmt == "none" and not level.text.strip():
            return None
        text = _expand(level, levels, counters)
        if not text.strip():
            # a picture bullet (w:lvlPicBulletId) has no text: it is still a bullet
            return ("•", "bullet") if level.fmt == "bullet" else None
        return text, level.fmt


def _expand(level: Level, levels: dict[int, Level], counters: list[int | None]) -> str:
    """The level text with each %n replaced by level n's counter in its format."""
    out: list[str] = []
    text = level.text[:200]
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            n = int(text[i + 1]) - 1
            i += 2
            if not 0 <= n < MAX_LEVELS:
                continue
            value = counters[n]
            other = levels.get(n, Level())
            if value is None:
                value = other.start
            fmt = "decimal" if level.legal and other.fmt not in ("bullet", "none") else other.fmt
            out.append(format_number(value, fmt))
            continue
        out.append(ch)
        i += 1
    if level.fmt == "bullet":
        return "".join(bullet_char(c) for c in out)
    return "".join(out)


_ONES = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")


def format_number(value: int, fmt: str) -> str:
    """``value`` written in a Word number format (the common ones; others decimal)."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt in ("upperRoman", "lowerRoman"):
        text = to_roman(value) if value > 0 else str(value)
        return text if fmt == "upperRoman" else text.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        if value <= 0:
            return str(value)
        # Word repeats the letter past Z: A … Z, AA … ZZ, AAA …
        letter = chr(ord("A") + (value - 1) % 26) * min(1 + (value - 1) // 26, 10)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "vietnameseCounting" and 0 < value <= 10:
        return _ONES[value]
    if fmt == "ordinalText" and value == 1:
        return "nhất"  # "Phần thứ %1" typed with an ordinal: thứ nhất, thứ hai …
    if fmt in ("ordinalText", "cardinalText") and 0 < value <= 10:
        return "tư" if fmt == "ordinalText" and value == 4 else _ONES[value]
    return str(value)


def to_roman(value: int) -> str:
    value = max(1, min(value, 3999))
    out = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


# Bullets drawn from symbol fonts are private-use code points (U+F0xx): what they show.
_SYMBOL_BULLETS = {
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0a8": "□",
    "\uf02d": "-", "\uf02b": "+", "\uf0e8": "➔", "\uf06e": "■", "\uf071": "❑", "\uf0be": "–",
}  # fmt: skip


def bullet_char(ch: str) -> str:
    if ch in _SYMBOL_BULLETS:
        return _SYMBOL_BULLETS[ch]
    if "\uf020" <= ch <= "\uf0ff":  # another symbol-font character: its ASCII position
        return chr(ord(ch) - 0xF000)
    return ch
