"""Clean copies of reports, parts and blocks: what may enter a report.

Every string is NFC with control characters removed (``text.py``); runs are
canonical (see ``normalize_runs``); heading levels are 1–3 and list levels 1–2;
a table has at least one column, every row exactly one cell per column, text
columns hold text and number columns whole numbers or None; a report has one or two
signing columns and at most one activity table. A value that cannot be cleaned
raises ``EditError`` naming its path (``parts[1].blocks[3].rows[2][1]``).

Normalising a clean value gives it back unchanged (tests check this), so storage and
the exchange format can rely on a stored report being canonical.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.fields import (
    ACTIVITY,
    MAX_SIGNATURES,
    PART,
    REPORT,
    SIGNATURE,
    STRING_LISTS,
    choice,
    coerce_flag,
    coerce_line,
    coerce_record,
    coerce_table_number,
    coerce_text,
    limited,
)
from hienhao_desktop.domain.model import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    ActivityTable,
    Block,
    Cell,
    Column,
    ColumnKind,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Report,
    Run,
    Table,
)
from hienhao_desktop.domain.paths import join

_BREAK_OR_CONTROL = re.compile(r"\r\n?|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_COLUMN_KINDS = [k.value for k in ColumnKind]


def _level(path: str, value: Any, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
        raise EditError(path, "bad_level", high=high)
    return value


# ---- runs ---------------------------------------------------------------------------------


def _format(run: Run) -> tuple[bool, bool, bool]:
    return run.bold, run.italic, run.underline


def normalize_runs(runs: Any, path: str) -> list[Run]:
    """Canonical runs: like ``clean_line`` over the whole paragraph — line breaks and
    controls become spaces, every stretch of white space one space, none at either
    end, NFC — with the formats kept: a combining mark goes with the letter before it
    (into that letter's run), empty runs are dropped and neighbours with the same
    format merged. Normalising canonical runs changes nothing."""
    if not isinstance(runs, list):
        raise EditError(path, "not_list")
    items: list[tuple[str, tuple[bool, bool, bool]]] = []
    for i, run in enumerate(runs):
        run_path = f"{path}[{i}]"
        if not isinstance(run, Run):
            raise EditError(run_path, "not_object")
        if not isinstance(run.text, str):
            raise EditError(f"{run_path}.text", "not_text")
        flags = tuple(coerce_flag(f"{run_path}.{name}", getattr(run, name)) for name in ("bold", "italic", "underline"))
        text = _BREAK_OR_CONTROL.sub(" ", _SURROGATE.sub("\ufffd", run.text))
        items.append((text, (flags[0], flags[1], flags[2])))
    for _ in range(8):  # each pass only moves, drops or merges; two passes reach the fixpoint
        cleaned = _clean_pass(items)
        if cleaned == items:
            break
        items = cleaned
    limited(path, "".join(text for text, _ in items))  # a paragraph is one text: one limit for all its runs
    return [Run(text, *fmt) for text, fmt in items]


def _clean_pass(items: list[tuple[str, tuple[bool, bool, bool]]]) -> list[tuple[str, tuple[bool, bool, bool]]]:
    texts = [text for text, _ in items]
    # A combining mark belongs to the letter before it, whatever run that is in.
    for i in range(1, len(texts)):
        lead = 0
        while lead < len(texts[i]) and unicodedata.combining(texts[i][lead]):
            lead += 1
        if lead:
            k = i - 1
            while k > 0 and not texts[k]:
                k -= 1
            if texts[k]:
                texts[k] += texts[i][:lead]
                texts[i] = texts[i][lead:]
    texts = [unicodedata.normalize("NFC", t) for t in texts]
    # White space: one space for every stretch, across runs; none at the start.
    out: list[list[Any]] = []
    space = True
    for text, (_, fmt) in zip(texts, items, strict=True):
        chars: list[str] = []
        for ch in text:
            if ch.isspace():
                if not space:
                    chars.append(" ")
                    space = True
            else:
                chars.append(ch)
                space = False
        out.append(["".join(chars), fmt])
    # none at the end
    for entry in reversed(out):
        stripped = entry[0].rstrip(" ")
        entry[0] = stripped
        if stripped:
            break
    merged: list[tuple[str, tuple[bool, bool, bool]]] = []
    for text, fmt in out:
        if not text:
            continue
        if merged and merged[-1][1] == fmt:
            merged[-1] = (unicodedata.normalize("NFC", merged[-1][0] + text), fmt)
        else:
            merged.append((text, fmt))
    return merged


# ---- blocks ------------------------------------------------------------------------------


def coerce_cell(path: str, kind: str, value: Any) -> Cell:
    if kind == ColumnKind.NUMBER:
        return coerce_table_number(path, value)
    if not isinstance(value, str):
        raise EditError(path, "not_text")
    return coerce_text(path, value)


def normalize_column(column: Any, path: str) -> Column:
    if not isinstance(column, Column):
        raise EditError(path, "not_object")
    return Column(coerce_line(f"{path}.title", column.title), choice(_COLUMN_KINDS)(f"{path}.kind", column.kind))


def normalize_row(row: Any, columns: list[Column], path: str) -> list[Cell]:
    if not isinstance(row, list):
        raise EditError(path, "not_list")
    if len(row) != len(columns):
        raise EditError(path, "bad_row_length", found=len(row), expected=len(columns))
    return [coerce_cell(f"{path}[{c}]", column.kind, cell) for c, (column, cell) in enumerate(zip(columns, row, strict=True))]


def normalize_table(table: Table, path: str) -> Table:
    if not isinstance(table.columns, list):
        raise EditError(f"{path}.columns", "not_list")
    if not table.columns:
        raise EditError(f"{path}.columns", "table_needs_column")
    columns = [normalize_column(c, f"{path}.columns[{i}]") for i, c in enumerate(table.columns)]
    if not isinstance(table.rows, list):
        raise EditError(f"{path}.rows", "not_list")
    rows = [normalize_row(row, columns, f"{path}.rows[{r}]") for r, row in enumerate(table.rows)]
    return Table(
        columns, rows, coerce_flag(f"{path}.numbered", table.numbered), coerce_flag(f"{path}.total_row", table.total_row)
    )


def normalize_block(block: Any, path: str) -> Block:
    if isinstance(block, Heading):
        return Heading(_level(f"{path}.level", block.level, MAX_HEADING_LEVEL), coerce_line(f"{path}.text", block.text))
    if isinstance(block, Paragraph):
        return Paragraph(normalize_runs(block.runs, f"{path}.runs"))
    if isinstance(block, ListItem):
        return ListItem(_level(f"{path}.level", block.level, MAX_LIST_LEVEL), normalize_runs(block.runs, f"{path}.runs"))
    if isinstance(block, Table):
        return normalize_table(block, path)
    if isinstance(block, ActivityTable):
        return ActivityTable(coerce_flag(f"{path}.total_row", block.total_row))
    raise EditError(path, "not_object")


def normalize_blocks(blocks: Any, path: str) -> list[Block]:
    if not isinstance(blocks, list):
        raise EditError(path, "not_list")
    return [normalize_block(block, f"{path}[{i}]") for i, block in enumerate(blocks)]


def normalize_part(part: Any, path: str) -> Part:
    clean: Part = coerce_record(PART, part, path)
    clean.blocks = normalize_blocks(part.blocks, join(path, "blocks"))
    return clean


# ---- the report ---------------------------------------------------------------------------


def _lines(items: Any, path: str) -> list[str]:
    if not isinstance(items, list):
        raise EditError(path, "not_list")
    return [coerce_line(f"{path}[{i}]", item) for i, item in enumerate(items)]


def _records(items: Any, path: str, record: Any) -> list[Any]:
    if not isinstance(items, list):
        raise EditError(path, "not_list")
    return [coerce_record(record, item, f"{path}[{i}]") for i, item in enumerate(items)]


def activity_table_paths(report: Report) -> list[str]:
    """Where the report's activity table blocks stand (at most one in a clean report)."""
    found = [f"opening[{j}]" for j, b in enumerate(report.opening) if isinstance(b, ActivityTable)]
    for i, part in enumerate(report.parts):
        found += [f"parts[{i}].blocks[{j}]" for j, b in enumerate(part.blocks) if isinstance(b, ActivityTable)]
    return found


def check_signature_count(count: int) -> None:
    if not 1 <= count <= MAX_SIGNATURES:
        raise EditError("signatures", "signature_count", high=MAX_SIGNATURES)


def normalize_report(report: Any) -> Report:
    """A clean copy of a whole report (on import, when creating reports, in storage)."""
    if not isinstance(report, Report):
        raise EditError("", "not_object")
    clean: Report = coerce_record(REPORT, report, "")
    for name in STRING_LISTS:
        setattr(clean, name, _lines(getattr(report, name), name))
    clean.opening = normalize_blocks(report.opening, "opening")
    if not isinstance(report.parts, list):
        raise EditError("parts", "not_list")
    clean.parts = [normalize_part(part, f"parts[{i}]") for i, part in enumerate(report.parts)]
    clean.activities = _records(report.activities, "activities", ACTIVITY)
    clean.signatures = _records(report.signatures, "signatures", SIGNATURE)
    check_signature_count(len(clean.signatures))
    tables = activity_table_paths(clean)
    if len(tables) > 1:
        raise EditError(tables[1], "second_activity_table")
    return clean
