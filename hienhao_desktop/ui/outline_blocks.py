"""Plain helpers of the outline editor (no Qt): the canonical form of a block list,
heading numbers as printed, the smallest change between two block lists, whole
numbers as clerks type them.

The editor shows and gives back block lists in *canonical* form: runs merged where
their formats agree, no empty runs, text in NFC without control characters or line
breaks, no empty paragraphs (an empty line means nothing in the printed report),
levels within range. ``canonical`` is what the editor would give back for a block
list; for a canonical list the editor gives back exactly the list it was given.

Heading numbers are computed here for the screen only; the printed-document layer
computes its own from the same rules (styles of ``HeadingNumbering``).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from hienhao_desktop.domain.model import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    ActivityTable,
    Block,
    Cell,
    Column,
    ColumnKind,
    Heading,
    HeadingNumbering,
    ListItem,
    Paragraph,
    Run,
    Table,
)

# Controls (tab and line breaks become spaces first), as domain/text.py removes them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_BREAKS = re.compile(r"[\t\n\r\u2028\u2029\x0b\x0c]")


def clean_inline(text: str) -> str:
    """Text inside one block: NFC, tabs and line breaks as spaces, controls removed,
    no-break spaces as spaces (Word and web pages scatter them), lone surrogates shown
    as U+FFFD."""
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    text = _BREAKS.sub(" ", text).replace("\u00a0", " ")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def clean_heading(text: str) -> str:
    return re.sub(" {2,}", " ", clean_inline(text)).strip(" ")


def canonical_runs(runs: Sequence[Run]) -> list[Run]:
    """Runs with clean text, empty ones dropped, neighbours of one format merged,
    spaces at both ends of the block removed and runs of spaces made one."""
    out: list[Run] = []
    space_before = True  # spaces at the start of the block go
    for run in runs:
        # Runs of spaces are one space (as domain/text.clean_line and HTML have it).
        text = re.sub(" {2,}", " ", clean_inline(run.text))
        if space_before and text.startswith(" "):
            text = text[1:]
        if not text:
            continue
        space_before = text.endswith(" ")
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (run.bold, run.italic, run.underline):
            out[-1] = Run(unicodedata.normalize("NFC", out[-1].text + text), run.bold, run.italic, run.underline)
        else:
            out.append(Run(text, run.bold, run.italic, run.underline))
    while out and not out[0].text.lstrip(" "):
        out.pop(0)
    if out:
        out[0] = Run(out[0].text.lstrip(" "), out[0].bold, out[0].italic, out[0].underline)
    while out and not out[-1].text.rstrip(" "):
        out.pop()
    if out:
        out[-1] = Run(out[-1].text.rstrip(" "), out[-1].bold, out[-1].italic, out[-1].underline)
    return out


def clean_cell(value: Cell, kind: str) -> Cell:
    if kind == ColumnKind.NUMBER:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if value is None:
        return ""
    return clean_heading(str(value))


def canonical_table(table: Table) -> Table:
    columns = [Column(clean_heading(c.title), ColumnKind.NUMBER.value if c.kind == ColumnKind.NUMBER else ColumnKind.TEXT.value)
               for c in table.columns] or [Column("", ColumnKind.TEXT.value)]
    rows = []
    for row in table.rows:
        cells = list(row[: len(columns)]) + [None] * (len(columns) - len(row))
        rows.append([clean_cell(cell, col.kind) for cell, col in zip(cells, columns, strict=True)])
    return Table(columns, rows, bool(table.numbered), bool(table.total_row))


def canonical_block(block: Block) -> Block | None:
    if isinstance(block, Heading):
        return Heading(min(max(block.level, 1), MAX_HEADING_LEVEL), clean_heading(block.text))
    if isinstance(block, ListItem):
        return ListItem(min(max(block.level, 1), MAX_LIST_LEVEL), canonical_runs(block.runs))
    if isinstance(block, Paragraph):
        runs = canonical_runs(block.runs)
        return Paragraph(runs) if runs else None
    if isinstance(block, Table):
        return canonical_table(block)
    if isinstance(block, ActivityTable):
        return ActivityTable(block.total_row)
    raise TypeError(f"not a block: {block!r}")


def canonical(blocks: Sequence[Block]) -> list[Block]:
    """What the editor gives back for ``blocks``."""
    out: list[Block] = []
    for block in blocks:
        clean = canonical_block(block)
        if clean is not None:
            out.append(clean)
    return out


def copy_blocks(blocks: Sequence[Block]) -> list[Block]:
    return copy.deepcopy(list(blocks))


# ---- heading numbers ----------------------------------------------------------------

# Points of an administrative text: a), b), c), d), đ), e) … (the Vietnamese alphabet).
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"


def letter(n: int) -> str:
    """1 -> "a", 5 -> "đ", 24 -> "aa" (never reached in a real report)."""
    letters = VIETNAMESE_LETTERS
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, len(letters))
        out = letters[rest] + out
    return out


def roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def heading_number(counters: Sequence[int], style: str) -> str:
    """The printed number of a heading whose level is ``len(counters)``, given the
    counters of its level and those above ("1.2." for [1, 2] in the decimal style)."""
    level = len(counters)
    n = counters[-1]
    if style == HeadingNumbering.DECIMAL:
        return ".".join(str(c) for c in counters) + "."
    if style == HeadingNumbering.LETTERS:
        return (f"{n}.", f"{letter(n)})", "-")[level - 1]
    if style == HeadingNumbering.ROMAN:
        return (f"{roman(n)}.", f"{n}.", f"{letter(n)})")[level - 1]
    return ""


def heading_numbers(blocks: Sequence[Block], style: str) -> list[str | None]:
    """For each block, its heading number (None for blocks that are not headings).
    A heading's counter restarts after each heading of a higher level."""
    counters = [0] * MAX_HEADING_LEVEL
    out: list[str | None] = []
    for block in blocks:
        if not isinstance(block, Heading):
            out.append(None)
            continue
        level = min(max(block.level, 1), MAX_HEADING_LEVEL)
        counters[level - 1] += 1
        for deeper in range(level, MAX_HEADING_LEVEL):
            counters[deeper] = 0
        out.append(heading_number(counters[:level], style))
    return out


# ---- changes --------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockChange:
    """``blocks[start:end]`` of the list the editor last gave (or was given) are
    replaced by ``new``: the smallest such range."""

    start: int
    end: int
    new: tuple[Block, ...]

    def apply(self, blocks: Sequence[Block]) -> list[Block]:
        return [*blocks[: self.start], *copy_blocks(self.new), *blocks[self.end:]]


def diff(old: Sequence[Block], new: Sequence[Block]) -> BlockChange | None:
    """The smallest replaced range that turns ``old`` into ``new`` (None: equal)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    if start == len(old) == len(new):
        return None
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return BlockChange(start, end_old, tuple(copy_blocks(new[start:end_new])))


# ---- whole numbers as typed -------------------------------------------------------------

_GROUPED = re.compile(r"^-?\d{1,3}([. \u00a0\u202f]\d{3})+$")


def parse_whole_number(text: str) -> int | None:
    """A whole number as clerks type it ("25", "1.234", "1 234", "-3"); None for an
    empty cell. Raises ValueError for anything else ("khoảng 60", "2,5")."""
    text = text.strip()
    if not text:
        return None
    body = text[1:] if text.startswith("-") else text
    if body.isascii() and body.isdigit():
        return int(text)
    if _GROUPED.match(text):
        value = int(re.sub(r"\D", "", text))
        return -value if text.startswith("-") else value
    raise ValueError(text)


def format_whole_number(value: int) -> str:
    """1234 -> "1.234" (the Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")
