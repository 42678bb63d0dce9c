"""The one set of operations that change a report.

Every change the window makes (and every change storage persists) is one of these
small, immutable edit values. ``apply`` changes a ``Report`` in place and returns the
inverse edit, which is what undo applies; storage maps the same values to one small
SQL transaction touching only the rows that change. Values are cleaned (NFC, control
characters, runs, levels, cells; see ``normalize``) and checked: a bad value or index
raises ``EditError`` (a path and a message code) before anything changes.

Paths (``paths.py``) are those of the exchange format and the checklist.

Fields, set with ``SetField(path, value)``:
    the report's registered fields (``fields.REPORT``): ``title``, ``date.day``,
    ``organization.parent``, ``part_numbering`` …;
    a field of a record: ``activities[3].participants``, ``signatures[1].name``,
    ``parts[2].heading``, ``parts[2].role``;
    a whole block: ``parts[2].blocks[3]`` (the same as ``SetItem("parts[2].blocks", 3, …)``);
    inside a block: ``parts[2].blocks[3].text`` / ``.level`` (heading), ``.runs`` (a
    paragraph's or list item's runs, a list of ``Run``), ``.level`` (list item),
    ``.numbered`` / ``.total_row`` (table), ``.total_row`` (activity table),
    ``.columns[1].title``, ``.columns[1].kind`` (a text column becomes a number
    column only when every cell reads as a whole number), ``.rows[2][1]`` (a cell).

Lists, changed with ``InsertItems``/``RemoveItems``/``MoveItem``/``SetItem``:
    ``addressees``, ``recipients`` (one-line texts); ``activities``, ``signatures``
    (one or two), ``parts`` (records); ``opening``, ``parts[2].blocks`` (blocks;
    ``SetItem`` replaces a block, e.g. a paragraph edited in the window); inside a
    table block, ``parts[2].blocks[3].rows`` (rows: lists of cells) and ``.columns``
    (inserting a column adds an empty cell to every row; removing one removes its
    cells).

A report holds at most one ``ActivityTable``: inserting a second is refused; moving
it to another part is a ``Batch`` of its removal and its insertion.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from hienhao_desktop.domain import fields as F
from hienhao_desktop.domain import normalize as N
from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.fields import (
    MAX_FIELD_CHARS,
    MAX_IMAGE_BYTES,
    MAX_PARTICIPANTS,
    PNG_MAGIC,
    RECORD_LISTS,
    REPORT,
    STRING_LISTS,
    coerce_line,
    coerce_participants,
    coerce_png,
    get_path,
)
from hienhao_desktop.domain.model import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    ActivityTable,
    Block,
    Cell,
    ColumnKind,
    Heading,
    IssueDate,
    ListItem,
    Paragraph,
    Part,
    Report,
    Table,
)
from hienhao_desktop.domain.numbers import format_number, parse_whole_number
from hienhao_desktop.domain.paths import Path, join, parse

__all__ = [
    "MAX_FIELD_CHARS", "MAX_IMAGE_BYTES", "MAX_PARTICIPANTS", "PNG_MAGIC", "Batch", "Edit", "EditError", "InsertItems", "MoveItem",
    "RemoveItems", "SetField", "SetItem", "SetItemField", "Target", "coerce_line", "coerce_participants",
    "coerce_png", "changed_block", "field_target", "get_path", "list_target", "normalize_report", "replace_blocks", "set_date",
]  # fmt: skip

normalize_report = N.normalize_report
LISTS = STRING_LISTS + tuple(RECORD_LISTS) + ("opening",)  # the lists at the report's top level

# Inside a block: what may be set, and which lists may be changed.
_BLOCK_FIELDS = {"level", "text", "runs", "numbered", "total_row"}
_BLOCK_LISTS = {"rows", "columns"}


# ---- where a path points ---------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a path names, found from the path alone (no report needed), so that
    storage can tell which table and row an edit touches.

    kind: ``report`` (a registered report field), ``record`` (a field of
    ``list_name[index]``), ``string_list``, ``record_list``, ``block_list`` (``part``
    is the part's index, None for the opening), ``block`` (block ``block`` of that
    list; ``rest`` is the path inside it, empty for the block itself)."""

    kind: str
    keys: Path
    field: F.Field | None = None
    list_name: str = ""
    index: int = -1
    part: int | None = None
    block: int = -1
    rest: Path = ()

    @property
    def block_list_path(self) -> str:
        return "opening" if self.part is None else f"parts[{self.part}].blocks"

    @property
    def block_path(self) -> str:
        return f"{self.block_list_path}[{self.block}]"


def _names(keys: Path) -> str | None:
    return ".".join(keys) if all(isinstance(k, str) for k in keys) else None  # type: ignore[arg-type]


def _target(path: str) -> Target:
    keys = parse(path)
    name = _names(keys)
    if name is not None:
        if name in REPORT.paths():
            return Target("report", keys, field=REPORT.field(name))
        if name in STRING_LISTS:
            return Target("string_list", keys, list_name=name)
        if name in RECORD_LISTS:
            return Target("record_list", keys, list_name=name)
        if name == "opening":
            return Target("block_list", keys, part=None)
        raise KeyError(f"unknown path {path!r}")
    head = keys[0]
    if len(keys) >= 2 and isinstance(keys[1], int):
        index = keys[1]
        if head == "opening":
            return _block_target(keys, None, index, keys[2:], path)
        if head == "parts" and len(keys) >= 3 and keys[2] == "blocks":
            if len(keys) == 3:
                return Target("block_list", keys, part=index)
            if isinstance(keys[3], int):
                return _block_target(keys, index, keys[3], keys[4:], path)
        if isinstance(head, str) and head in RECORD_LISTS:
            rest = _names(keys[2:])
            if rest is not None and rest in RECORD_LISTS[head].paths():
                return Target("record", keys, field=RECORD_LISTS[head].field(rest), list_name=head, index=index)
    raise KeyError(f"unknown path {path!r}")


def _block_target(keys: Path, part: int | None, block: int, rest: Path, path: str) -> Target:
    ok = (
        not rest
        or (len(rest) == 1 and (rest[0] in _BLOCK_FIELDS or rest[0] in _BLOCK_LISTS))
        or (len(rest) == 2 and rest[0] in _BLOCK_LISTS and isinstance(rest[1], int))
        or (len(rest) == 3 and rest[0] == "columns" and isinstance(rest[1], int) and rest[2] in ("title", "kind"))
        or (len(rest) == 3 and rest[0] == "rows" and isinstance(rest[1], int) and isinstance(rest[2], int))
    )
    if not ok:
        raise KeyError(f"unknown path {path!r}")
    return Target("block", keys, part=part, block=block, rest=rest)


def field_target(path: str) -> Target:
    """Where ``SetField(path, …)`` writes; KeyError for a path that is not a field."""
    target = _target(path)
    fine = target.kind in ("report", "record") or (
        target.kind == "block" and not (len(target.rest) == 1 and target.rest[0] in _BLOCK_LISTS)
        and len(target.rest) != 2
    )
    if not fine:
        raise KeyError(f"{path!r} is not a field")
    return target


def list_target(path: str) -> Target:
    """The list that ``InsertItems(path, …)`` & co. change; KeyError otherwise."""
    target = _target(path)
    if target.kind in ("string_list", "record_list", "block_list"):
        return target
    if target.kind == "block" and len(target.rest) == 1 and target.rest[0] in _BLOCK_LISTS:
        return target
    raise KeyError(f"{path!r} is not a list")


# ---- reaching into a report --------------------------------------------------------------------


def _check_index(list_path: str, index: int, size: int, *, inclusive: bool = False) -> None:
    top = size if inclusive else size - 1
    if not 0 <= index <= top:
        raise EditError(f"{list_path}[{index}]", "bad_index", index=index + 1)


def _block_list(report: Report, target: Target) -> list[Block]:
    if target.part is None:
        return report.opening
    _check_index("parts", target.part, len(report.parts))
    return report.parts[target.part].blocks


def _top_list(report: Report, target: Target) -> list[Any]:
    if target.kind == "block_list":
        return _block_list(report, target)
    return getattr(report, target.list_name)


def _activity_tables(report: Report) -> int:
    return len(N.activity_table_paths(report))


def _new_activity_tables(items: Sequence[Any]) -> int:
    count = 0
    for item in items:
        if isinstance(item, ActivityTable):
            count += 1
        elif isinstance(item, Part):
            count += sum(isinstance(b, ActivityTable) for b in item.blocks)
    return count


def _check_one_activity_table(report: Report, items: Sequence[Any], replaced: Sequence[Any], path: str) -> None:
    if _new_activity_tables(items) and _activity_tables(report) - _new_activity_tables(replaced) + _new_activity_tables(items) > 1:
        raise EditError(path, "second_activity_table")


def _clean_items(target: Target, list_path: str, index: int, items: Sequence[Any]) -> tuple[Any, ...]:
    """Clean items for a top-level list (not lists inside a block, which need the block)."""
    out: list[Any] = []
    for i, item in enumerate(items):
        path = f"{list_path}[{index + i}]"
        if target.kind == "string_list":
            out.append(coerce_line(path, item))
        elif target.kind == "block_list":
            out.append(N.normalize_block(item, path))
        elif target.list_name == "parts":
            out.append(N.normalize_part(item, path))
        else:
            out.append(F.coerce_record(RECORD_LISTS[target.list_name], item, path))
    return tuple(out)


# ---- inside a block ----------------------------------------------------------------------------


def _blank_cell(kind: str) -> Cell:
    return None if kind == ColumnKind.NUMBER else ""


def _convert_cells(table: Table, column: int, kind: str, block_path: str) -> None:
    """Turn the cells of one column into ``kind`` (in place, on a copy)."""
    for r, row in enumerate(table.rows):
        cell = row[column]
        path = f"{block_path}.rows[{r}][{column}]"
        if kind == ColumnKind.NUMBER:
            row[column] = parse_whole_number(cell, path) if isinstance(cell, str) else cell
        else:
            row[column] = "" if cell is None else (format_number(cell) if isinstance(cell, int) else cell)


def _block_set(block: Block, rest: Path, value: Any, block_path: str) -> tuple[Block, bool]:
    """Set a field inside a copy of ``block``. Returns the new block and whether more
    than the named value changed (a column's kind converts its cells)."""
    path = join(block_path, *rest)
    new = copy.deepcopy(block)
    head = rest[0]
    more = False
    if head == "level" and isinstance(new, Heading | ListItem):
        new.level = N._level(path, value, MAX_HEADING_LEVEL if isinstance(new, Heading) else MAX_LIST_LEVEL)
    elif head == "text" and isinstance(new, Heading):
        new.text = coerce_line(path, value)
    elif head == "runs" and isinstance(new, Paragraph | ListItem):
        new.runs = N.normalize_runs(value, path)
    elif head in ("numbered", "total_row") and isinstance(new, Table) or head == "total_row" and isinstance(new, ActivityTable):
        setattr(new, head, F.coerce_flag(path, value))
    elif head == "columns" and isinstance(new, Table):
        k = rest[1]
        assert isinstance(k, int)
        _check_index(f"{block_path}.columns", k, len(new.columns))
        if rest[2] == "title":
            new.columns[k].title = coerce_line(path, value)
        else:
            kind = F.choice([c.value for c in ColumnKind])(path, value)
            if kind != new.columns[k].kind:
                new.columns[k].kind = kind
                _convert_cells(new, k, kind, block_path)
                more = bool(new.rows)
    elif head == "rows" and isinstance(new, Table):
        r, c = rest[1], rest[2]
        assert isinstance(r, int) and isinstance(c, int)
        _check_index(f"{block_path}.rows", r, len(new.rows))
        _check_index(f"{block_path}.rows[{r}]", c, len(new.columns))
        new.rows[r][c] = N.coerce_cell(path, new.columns[c].kind, value)
    else:
        raise EditError(path, "bad_path")
    return new, more


def _table(block: Block, path: str) -> Table:
    if not isinstance(block, Table):
        raise EditError(path, "bad_path")
    return block


def _set_column(table: Table, k: int, column: Any, block_path: str) -> bool:
    """Replace column ``k`` (on a copy); True if its cells were converted."""
    clean = N.normalize_column(column, f"{block_path}.columns[{k}]")
    converted = clean.kind != table.columns[k].kind and bool(table.rows)
    if clean.kind != table.columns[k].kind:
        _convert_cells(table, k, clean.kind, block_path)
    table.columns[k] = clean
    return converted


# ---- edits --------------------------------------------------------------------------------------


class Edit(Protocol):
    def normalized(self) -> Edit: ...

    def apply(self, report: Report) -> Edit: ...


def _coerce_field(target: Target, path: str, value: Any) -> Any:
    """A field's value cleaned as far as the path alone allows (cells need their
    column's kind, which only the report knows)."""
    if target.field is not None:
        return target.field.type.coerce(path, value)
    rest = target.rest
    if rest == ("text",) or rest[-1] == "title":
        return coerce_line(path, value)
    if rest == ("runs",):
        return N.normalize_runs(value, path)
    if rest[0] in ("numbered", "total_row"):
        return F.coerce_flag(path, value)
    if rest[0] == "rows" and not (value is None or isinstance(value, str | int) and not isinstance(value, bool)):
        raise EditError(path, "not_text")
    return value


@dataclass(frozen=True)
class SetField:
    path: str
    value: Any

    def normalized(self) -> SetField:
        target = field_target(self.path)
        if target.kind == "block" and not target.rest:  # the whole block: as SetItem on its list
            return SetField(self.path, N.normalize_block(self.value, self.path))
        return SetField(self.path, _coerce_field(target, self.path, self.value))

    def apply(self, report: Report) -> Edit:
        target = field_target(self.path)
        if target.kind == "report":
            assert target.field is not None
            value = target.field.type.coerce(self.path, self.value)
            old = get_path(report, target.field.path)
            F.set_path(report, target.field.path, value)
            return SetField(self.path, old)
        if target.kind == "record":
            assert target.field is not None
            items = getattr(report, target.list_name)
            _check_index(target.list_name, target.index, len(items))
            value = target.field.type.coerce(self.path, self.value)
            old = get_path(items[target.index], target.field.path)
            F.set_path(items[target.index], target.field.path, value)
            return SetField(self.path, old)
        if not target.rest:
            return SetItem(target.block_list_path, target.block, self.value).apply(report)
        blocks = _block_list(report, target)
        _check_index(target.block_list_path, target.block, len(blocks))
        old_block = blocks[target.block]
        new, more = _block_set(old_block, target.rest, self.value, target.block_path)
        blocks[target.block] = new
        if more:
            return SetItem(target.block_list_path, target.block, old_block)
        return SetField(self.path, _read_in_block(old_block, target.rest))


def _read_in_block(block: Block, rest: Path) -> Any:
    obj: Any = block
    for key in rest:
        obj = obj[key] if isinstance(key, int) else getattr(obj, key)
    return copy.deepcopy(obj)


@dataclass(frozen=True)
class SetItemField:
    """Change one field of one record (``activities``, ``signatures``, ``parts``):
    the same as ``SetField(f"{list_name}[{index}].{field}", value)``."""

    list_name: str
    index: int
    field: str
    value: Any

    @property
    def path(self) -> str:
        return f"{self.list_name}[{self.index}].{self.field}"

    def normalized(self) -> SetItemField:
        if self.list_name not in RECORD_LISTS:
            raise KeyError(f"unknown record list {self.list_name!r}")
        record = RECORD_LISTS[self.list_name]
        if self.field not in record.paths():
            raise KeyError(f"unknown field {self.field!r} of {self.list_name}")
        return SetItemField(self.list_name, self.index, self.field, record.field(self.field).type.coerce(self.path, self.value))

    def apply(self, report: Report) -> SetItemField:
        edit = self.normalized()
        inverse = SetField(edit.path, edit.value).apply(report)
        assert isinstance(inverse, SetField)
        return SetItemField(self.list_name, self.index, self.field, inverse.value)


@dataclass(frozen=True)
class InsertItems:
    """Insert ``items`` at ``index`` of the list at path ``list_name``."""

    list_name: str
    index: int
    items: tuple[Any, ...]

    def normalized(self) -> InsertItems:
        target = list_target(self.list_name)
        if target.kind == "block":  # rows and columns are cleaned against their table
            return InsertItems(self.list_name, self.index, tuple(self.items))
        return InsertItems(self.list_name, self.index, _clean_items(target, self.list_name, self.index, self.items))

    def apply(self, report: Report) -> Edit:
        target = list_target(self.list_name)
        if target.kind == "block":
            return _in_table(report, target, self)
        edit = self.normalized()
        items = _top_list(report, target)
        _check_index(self.list_name, edit.index, len(items), inclusive=True)
        if target.list_name == "signatures":
            N.check_signature_count(len(items) + len(edit.items))
        _check_one_activity_table(report, edit.items, (), f"{self.list_name}[{edit.index}]")
        items[edit.index : edit.index] = [copy.deepcopy(item) for item in edit.items]
        return RemoveItems(self.list_name, edit.index, len(edit.items))


@dataclass(frozen=True)
class RemoveItems:
    list_name: str
    index: int
    count: int = 1

    def normalized(self) -> RemoveItems:
        list_target(self.list_name)
        return self

    def apply(self, report: Report) -> Edit:
        target = list_target(self.list_name)
        if target.kind == "block":
            return _in_table(report, target, self)
        items = _top_list(report, target)
        if self.count <= 0:
            # Removing nothing is the inverse (undo) of inserting nothing: valid at any
            # insert position. A negative count is never valid.
            if self.count < 0 or not 0 <= self.index <= len(items):
                raise EditError(f"{self.list_name}[{self.index}]", "bad_index", index=self.index + 1)
            return InsertItems(self.list_name, self.index, ())
        _check_index(self.list_name, self.index, len(items))
        _check_index(self.list_name, self.index + self.count - 1, len(items))
        if target.list_name == "signatures":
            N.check_signature_count(len(items) - self.count)
        removed = tuple(items[self.index : self.index + self.count])
        del items[self.index : self.index + self.count]
        return InsertItems(self.list_name, self.index, removed)


@dataclass(frozen=True)
class MoveItem:
    """Move one item so that it ends up at ``target`` (both are list positions)."""

    list_name: str
    source: int
    target: int

    def normalized(self) -> MoveItem:
        list_target(self.list_name)
        return self

    def apply(self, report: Report) -> Edit:
        target = list_target(self.list_name)
        if target.kind == "block":
            return _in_table(report, target, self)
        items = _top_list(report, target)
        _check_index(self.list_name, self.source, len(items))
        _check_index(self.list_name, self.target, len(items))
        items.insert(self.target, items.pop(self.source))
        return MoveItem(self.list_name, self.target, self.source)


@dataclass(frozen=True)
class SetItem:
    """Replace one item of a list: a text, a record (with a part, its blocks), a
    block (a paragraph as edited in the window, or a block of another type), a row."""

    list_name: str
    index: int
    value: Any

    def normalized(self) -> SetItem:
        target = list_target(self.list_name)
        if target.kind == "block":
            return self
        return SetItem(self.list_name, self.index, _clean_items(target, self.list_name, self.index, (self.value,))[0])

    def apply(self, report: Report) -> Edit:
        target = list_target(self.list_name)
        if target.kind == "block":
            return _in_table(report, target, self)
        edit = self.normalized()
        items = _top_list(report, target)
        _check_index(self.list_name, edit.index, len(items))
        old = items[edit.index]
        _check_one_activity_table(report, (edit.value,), (old,), f"{self.list_name}[{edit.index}]")
        items[edit.index] = copy.deepcopy(edit.value)
        return SetItem(self.list_name, edit.index, old)


def _in_table(report: Report, target: Target, edit: InsertItems | RemoveItems | MoveItem | SetItem) -> Edit:
    """A list edit on a table's rows or columns: made on a copy of the table, which
    then replaces the block (so a refusal half-way changes nothing)."""
    blocks = _block_list(report, target)
    _check_index(target.block_list_path, target.block, len(blocks))
    old = blocks[target.block]
    table = copy.deepcopy(_table(old, edit.list_name))
    inverse = apply_in_table(table, target.rest[0], edit, target.block_path)
    blocks[target.block] = table
    if inverse is None:
        return SetItem(target.block_list_path, target.block, old)
    return inverse


def apply_in_table(
    table: Table, which: Any, edit: InsertItems | RemoveItems | MoveItem | SetItem, block_path: str
) -> Edit | None:
    """Apply a row or column edit to ``table`` in place (storage uses this on the one
    block it reads). Returns the inverse, or None when only putting the whole table
    back undoes it (a removed column, a converted column)."""
    list_path = f"{block_path}.{which}"
    items: list[Any] = table.rows if which == "rows" else table.columns
    if isinstance(edit, InsertItems):
        _check_index(list_path, edit.index, len(items), inclusive=True)
        if which == "rows":
            new = [N.normalize_row(r, table.columns, f"{list_path}[{edit.index + i}]") for i, r in enumerate(edit.items)]
            table.rows[edit.index : edit.index] = new
        else:
            cols = [N.normalize_column(c, f"{list_path}[{edit.index + i}]") for i, c in enumerate(edit.items)]
            table.columns[edit.index : edit.index] = cols
            for row in table.rows:
                row[edit.index : edit.index] = [_blank_cell(c.kind) for c in cols]
        return RemoveItems(edit.list_name, edit.index, len(edit.items))
    if isinstance(edit, RemoveItems):
        if edit.count <= 0:
            if edit.count < 0 or not 0 <= edit.index <= len(items):
                raise EditError(f"{list_path}[{edit.index}]", "bad_index", index=edit.index + 1)
            return InsertItems(edit.list_name, edit.index, ())
        _check_index(list_path, edit.index, len(items))
        _check_index(list_path, edit.index + edit.count - 1, len(items))
        end = edit.index + edit.count
        if which == "rows":
            removed = tuple(table.rows[edit.index : end])
            del table.rows[edit.index : end]
            return InsertItems(edit.list_name, edit.index, removed)
        if edit.count >= len(table.columns):
            raise EditError(f"{list_path}", "table_needs_column")
        del table.columns[edit.index : end]
        for row in table.rows:
            del row[edit.index : end]
        return None
    if isinstance(edit, MoveItem):
        _check_index(list_path, edit.source, len(items))
        _check_index(list_path, edit.target, len(items))
        items.insert(edit.target, items.pop(edit.source))
        if which == "columns":
            for row in table.rows:
                row.insert(edit.target, row.pop(edit.source))
        return MoveItem(edit.list_name, edit.target, edit.source)
    _check_index(list_path, edit.index, len(items))
    if which == "rows":
        old_row = table.rows[edit.index]
        table.rows[edit.index] = N.normalize_row(edit.value, table.columns, f"{list_path}[{edit.index}]")
        return SetItem(edit.list_name, edit.index, old_row)
    old_column = table.columns[edit.index]
    if _set_column(table, edit.index, edit.value, block_path):
        return None
    return SetItem(edit.list_name, edit.index, old_column)


def changed_block(block: Block, target: Target, edit: Edit) -> Block:
    """``block`` after ``edit``, whose path (``target``) points inside it; ``block``
    itself is left as it is. Storage uses this on the one block row it reads, so
    the same rules clean the same values in memory and on disk."""
    if isinstance(edit, SetField):
        return _block_set(block, target.rest, edit.value, target.block_path)[0]
    if isinstance(edit, SetItemField):
        raise KeyError(edit.path)
    assert isinstance(edit, InsertItems | RemoveItems | MoveItem | SetItem)
    table = copy.deepcopy(_table(block, edit.list_name))
    apply_in_table(table, target.rest[0], edit, target.block_path)
    return table


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one (one undo step, one transaction)."""

    edits: tuple[Edit, ...]

    def normalized(self) -> Batch:
        return Batch(tuple(edit.normalized() for edit in self.edits))

    def apply(self, report: Report) -> Batch:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(report))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(report)
            raise
        return Batch(tuple(reversed(inverses)))


# ---- helpers for the window ---------------------------------------------------------------------


def set_date(date: IssueDate) -> Batch:
    """Set the date of issue (each part may be None)."""
    return Batch(tuple(SetField(f"date.{name}", getattr(date, name)) for name in ("day", "month", "year")))


def replace_blocks(report: Report, list_path: str, blocks: Sequence[Block]) -> Edit | None:
    """The smallest edit that makes the block list at ``list_path`` equal ``blocks``
    (as the window's editor of a part holds them): the unchanged blocks at both ends
    are kept, blocks changed in place are replaced one by one, the rest inserted or
    removed. None when nothing changes. Blocks are compared once cleaned."""
    target = list_target(list_path)
    if target.kind != "block_list":
        raise KeyError(f"{list_path!r} is not a list of blocks")
    old = _block_list(report, target)
    new = N.normalize_blocks(list(blocks), list_path)
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    if start == end_old and start == end_new:
        return None
    edits: list[Edit] = []
    common = min(end_old - start, end_new - start)
    for i in range(start, start + common):
        if old[i] != new[i]:
            edits.append(SetItem(list_path, i, new[i]))
    if end_old - start > common:
        edits.append(RemoveItems(list_path, start + common, end_old - start - common))
    if end_new - start > common:
        edits.append(InsertItems(list_path, start + common, tuple(new[start + common : end_new])))
    # An activity table moved within the list: what takes it away goes first, so that
    # the report never holds two at a time.
    def order(edit: Edit) -> int:
        if isinstance(edit, RemoveItems) or isinstance(edit, SetItem) and isinstance(old[edit.index], ActivityTable):
            return 0
        return 2 if isinstance(edit, InsertItems) else 1

    edits.sort(key=order)
    return edits[0] if len(edits) == 1 else Batch(tuple(edits))


def record_fields(list_name: str) -> tuple[str, ...]:
    """The fields of a record list's items (``activities`` -> name, participants …)."""
    return RECORD_LISTS[list_name].paths()
