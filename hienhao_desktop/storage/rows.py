"""A report as rows of the schema (version 3 and later): writing a whole report,
reading it back, and persisting one edit by touching only the rows it changes.

Tables: ``report`` (the registered header fields, status, revision, times),
``report_item`` (addressees, recipients), ``signature``, ``part``, ``block`` (the
opening's blocks have no part; a block's content is JSON of the exchange format's
block shape, ``codec.block_payload``), ``activity``. Records are written and read
from the field registry (``domain/fields.py``): there is no list of columns here.

An edit inside a block (a cell, a row, a run, a column) reads that one block row,
applies the edit with the domain's own code (``edits.changed_block``) and writes
the row back. A value read that is not of its column's type raises ``BadRow``
naming its place; the store reports that as a damaged database.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain import normalize as N
from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.fields import (
    ACTIVITY,
    PART,
    RECORD_LISTS,
    REPORT,
    SIGNATURE,
    STRING_LISTS,
    Record,
    get_path,
    set_path,
)
from hienhao_desktop.domain.messages import Msg
from hienhao_desktop.domain.model import ActivityTable, Block, Part, Report
from hienhao_desktop.storage.codec import BLOCK_KEYS, BLOCK_SHAPE, block_from_payload, block_payload, object_pairs


class BadRow(Exception):
    """A stored value that is not what its column holds. ``path`` names its place in
    the report (``activities[3].participants``, ``parts[1].blocks[2]``); ``problem``
    says what is wrong with it, in words (None: the list's rows are out of order, which
    ``path`` then names: ``activities``)."""

    def __init__(self, path: str, problem: Msg | None) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem.render() if problem else 'rows out of order'}")


def _problem(value: Any, coerce: Callable[[str, Any], Any]) -> Msg:
    """What the registry's check says of a stored value its column cannot hold."""
    try:
        coerce("", value)
    except EditError as exc:
        return Msg(exc.code, exc.params)
    return Msg("cause_other", {"detail": f"{type(value).__name__} {str(value)[:40]!r}"})


def _in_order(positions: Sequence[Any], path: str) -> None:
    """Edits address rows by position: the stored positions must be 0, 1, 2 …"""
    if list(positions) != list(range(len(positions))):
        raise BadRow(path, None)


# ---- writing -----------------------------------------------------------------------------------


def _columns(record: Record) -> list[str]:
    return [f.column for f in record.fields]


def _values(record: Record, obj: Any) -> list[Any]:
    return [get_path(obj, f.path) for f in record.fields]


def _payload(block: Block) -> str:
    return json.dumps(block_payload(block), ensure_ascii=False, separators=(",", ":"))


def insert_report(conn: sqlite3.Connection, report: Report, now: str) -> int:
    """Write a clean report (``normalize_report``) as new rows; returns its id."""
    columns = _columns(REPORT)
    cur = conn.execute(
        f"INSERT INTO report ({', '.join(columns)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(columns))}, ?, ?)",
        [*_values(REPORT, report), now, now],
    )
    report_id = int(cur.lastrowid or 0)
    for name in STRING_LISTS:
        _insert_texts(conn, report_id, name, 0, getattr(report, name))
    _insert_records(conn, SIGNATURE, report_id, 0, report.signatures)
    _insert_records(conn, ACTIVITY, report_id, 0, report.activities)
    _insert_blocks(conn, report_id, None, 0, report.opening)
    _insert_parts(conn, report_id, 0, report.parts)
    return report_id


def _insert_texts(conn: sqlite3.Connection, report_id: int, name: str, start: int, texts: Iterable[str]) -> None:
    conn.executemany(
        "INSERT INTO report_item (report_id, list, position, text) VALUES (?, ?, ?, ?)",
        [(report_id, name, start + i, text) for i, text in enumerate(texts)],
    )


def _insert_records(conn: sqlite3.Connection, record: Record, report_id: int, start: int, items: Sequence[Any]) -> None:
    columns = _columns(record)
    conn.executemany(
        f"INSERT INTO {record.table} (report_id, position, {', '.join(columns)}) "
        f"VALUES (?, ?, {', '.join('?' * len(columns))})",
        [(report_id, start + i, *_values(record, item)) for i, item in enumerate(items)],
    )


def _insert_blocks(conn: sqlite3.Connection, report_id: int, part_id: int | None, start: int, blocks: Sequence[Block]) -> None:
    conn.executemany(
        "INSERT INTO block (report_id, part_id, position, kind, shape, payload) VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, part_id, start + j, b.KIND, BLOCK_SHAPE, _payload(b)) for j, b in enumerate(blocks)],
    )


def _insert_parts(conn: sqlite3.Connection, report_id: int, start: int, parts: Sequence[Part]) -> None:
    columns = _columns(PART)
    for i, part in enumerate(parts):
        cur = conn.execute(
            f"INSERT INTO part (report_id, position, {', '.join(columns)}) VALUES (?, ?, {', '.join('?' * len(columns))})",
            (report_id, start + i, *_values(PART, part)),
        )
        _insert_blocks(conn, report_id, int(cur.lastrowid or 0), 0, part.blocks)


# ---- reading -----------------------------------------------------------------------------------


def _check(record: Record, row: Sequence[Any], path: str) -> list[Any]:
    """The row's values as the model holds them; BadRow for a value of the wrong type."""
    values = []
    for f, value in zip(record.fields, row, strict=True):
        if not f.type.stored(value):
            raise BadRow(f"{path}.{f.path}" if path else f.path, _problem(value, f.type.coerce))
        values.append(value if f.type.from_sql is None else f.type.from_sql(value))
    return values


def _positional(record: Record) -> bool:
    """Whether the registry lists the record's fields in the dataclass's order, so
    rows can be passed positionally (the fast way for 2,000 activities)."""
    names = [f.name for f in dataclasses.fields(record.cls)]
    return names[: len(record.fields)] == list(record.paths())


_POSITIONAL = {record.table: _positional(record) for record in RECORD_LISTS.values()}


def _records(conn: sqlite3.Connection, record: Record, report_id: int, name: str) -> list[Any]:
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples
    rows = cur.execute(
        f"SELECT position, {', '.join(_columns(record))} FROM {record.table} WHERE report_id = ? ORDER BY position",
        (report_id,),
    ).fetchall()
    if not rows:
        return []
    _in_order([row[0] for row in rows], name)
    rows = [row[1:] for row in rows]
    # Checked a column at a time: one pass of a cheap test over each.
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for k, (f, column) in enumerate(zip(record.fields, columns, strict=True)):
        if not all(map(f.type.stored, column)):
            bad = next(i for i, value in enumerate(column) if not f.type.stored(value))
            _check(record, rows[bad], f"{name}[{bad}]")
        if f.type.from_sql is not None:
            columns[k] = list(map(f.type.from_sql, column))
    if _POSITIONAL[record.table]:
        return list(map(record.cls, *columns))
    paths = record.paths()
    return [record.cls(**dict(zip(paths, values, strict=True))) for values in zip(*columns, strict=True)]


def decode_block(kind: Any, shape: Any, payload: Any, path: str) -> Block:
    """One block row as a clean block; BadRow if it is not one."""
    if shape != BLOCK_SHAPE or not isinstance(kind, str) or not isinstance(payload, str):
        raise BadRow(path, Msg("cause_other", {"detail": f"block {kind!r} of shape {shape!r}"}))
    if kind not in BLOCK_KEYS:
        raise BadRow(path, Msg("not_choice", {"choices": ", ".join(repr(k) for k in BLOCK_KEYS)}))
    try:
        value = json.loads(payload, object_pairs_hook=object_pairs)
        return N.normalize_block(block_from_payload(kind, value, path), path)
    except EditError as exc:
        raise BadRow(exc.path or path, Msg(exc.code, exc.params)) from None
    except (ValueError, RecursionError) as exc:  # not JSON, or nested beyond reason
        raise BadRow(path, Msg("cause_other", {"detail": str(exc)[:200]})) from None


def load_report(conn: sqlite3.Connection, report_id: int) -> Report | None:
    """The report kept under ``report_id``, or None if there is none."""
    row = conn.execute(f"SELECT {', '.join(_columns(REPORT))} FROM report WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        return None
    report = Report()
    for f, value in zip(REPORT.fields, _check(REPORT, row, ""), strict=True):
        set_path(report, f.path, value)
    texts: dict[str, list[str]] = {name: [] for name in STRING_LISTS}
    positions: dict[str, list[Any]] = {name: [] for name in STRING_LISTS}
    for name, position, text in conn.execute(
        "SELECT list, position, text FROM report_item WHERE report_id = ? ORDER BY list, position", (report_id,)
    ):
        if name not in texts:
            raise BadRow(f"report_item.list = {name!r}", Msg("not_choice", {"choices": ", ".join(STRING_LISTS)}))
        if not isinstance(text, str):
            raise BadRow(f"{name}[{len(texts[name])}]", Msg("not_text"))
        texts[name].append(text)
        positions[name].append(position)
    for name in STRING_LISTS:
        _in_order(positions[name], name)
        setattr(report, name, texts[name])
    report.signatures = _records(conn, SIGNATURE, report_id, "signatures")
    report.activities = _records(conn, ACTIVITY, report_id, "activities")
    part_ids = []
    parts = []
    part_rows = conn.execute(
        f"SELECT id, position, {', '.join(_columns(PART))} FROM part WHERE report_id = ? ORDER BY position", (report_id,)
    ).fetchall()
    _in_order([row[1] for row in part_rows], "parts")
    for i, part_row in enumerate(part_rows):
        part_ids.append(part_row[0])
        parts.append(Part(**dict(zip(PART.paths(), _check(PART, part_row[2:], f"parts[{i}]"), strict=True))))
    blocks: dict[int | None, list[Block]] = defaultdict(list)
    block_positions: dict[int | None, list[Any]] = defaultdict(list)
    where = {part_id: f"parts[{i}].blocks" for i, part_id in enumerate(part_ids)}
    where[None] = "opening"
    for part_id, position, kind, shape, payload in conn.execute(
        "SELECT part_id, position, kind, shape, payload FROM block WHERE report_id = ? ORDER BY part_id, position",
        (report_id,),
    ):
        if part_id not in where:
            raise BadRow("parts", Msg("cause_other", {"detail": f"a block of part {part_id!r}, not of this report"}))
        found = blocks[part_id]
        found.append(decode_block(kind, shape, payload, f"{where[part_id]}[{len(found)}]"))
        block_positions[part_id].append(position)
    for part_id, seen in block_positions.items():
        _in_order(seen, where[part_id])
    report.opening = blocks[None]
    for part_id, part in zip(part_ids, parts, strict=True):
        part.blocks = blocks[part_id]
    report.parts = parts
    return report


# ---- edits -------------------------------------------------------------------------------------


def _bad_index(list_path: str, index: int) -> EditError:
    return EditError(f"{list_path}[{index}]", "bad_index", index=index + 1)


def _part_id(conn: sqlite3.Connection, report_id: int, part: int | None) -> int | None:
    if part is None:
        return None
    row = conn.execute("SELECT id FROM part WHERE report_id = ? AND position = ?", (report_id, part)).fetchone()
    if row is None:
        raise _bad_index("parts", part)
    return int(row[0])


def _activity_tables(conn: sqlite3.Connection, report_id: int, where: str = "", args: tuple[Any, ...] = ()) -> int:
    return int(
        conn.execute(
            f"SELECT count(*) FROM block WHERE report_id = ? AND kind = ? {where}", (report_id, ActivityTable.KIND, *args)
        ).fetchone()[0]
    )


@dataclass
class _Scope:
    """One list of the report: its table and the rows that hold it."""

    table: str
    where: str
    args: tuple[Any, ...]
    path: str
    insert: Callable[[int, Sequence[Any]], None]  # (position, items)
    replace: Callable[[int, Any], int]  # (position, item) -> rows changed

    def size(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {self.table} WHERE {self.where}", self.args).fetchone()[0])


def _scope(conn: sqlite3.Connection, report_id: int, target: E.Target) -> _Scope:
    if target.kind == "string_list":
        name = target.list_name

        def replace_text(position: int, text: Any) -> int:
            return conn.execute(
                "UPDATE report_item SET text = ? WHERE report_id = ? AND list = ? AND position = ?",
                (text, report_id, name, position),
            ).rowcount

        return _Scope(
            "report_item", "report_id = ? AND list = ?", (report_id, name), name,
            lambda at, items: _insert_texts(conn, report_id, name, at, items), replace_text,
        )  # fmt: skip
    if target.kind == "block_list":
        part_id = _part_id(conn, report_id, target.part)

        def replace_block(position: int, block: Any) -> int:
            return conn.execute(
                "UPDATE block SET kind = ?, shape = ?, payload = ? WHERE report_id = ? AND part_id IS ? AND position = ?",
                (block.KIND, BLOCK_SHAPE, _payload(block), report_id, part_id, position),
            ).rowcount

        return _Scope(
            "block", "report_id = ? AND part_id IS ?", (report_id, part_id), target.block_list_path,
            lambda at, items: _insert_blocks(conn, report_id, part_id, at, items), replace_block,
        )  # fmt: skip
    record = RECORD_LISTS[target.list_name]

    def replace_record(position: int, item: Any) -> int:
        sets = ", ".join(f"{c} = ?" for c in _columns(record))
        changed = conn.execute(
            f"UPDATE {record.table} SET {sets} WHERE report_id = ? AND position = ?",
            (*_values(record, item), report_id, position),
        ).rowcount
        if changed and record is PART:  # a part's blocks go with it
            part_id = _part_id(conn, report_id, position)
            conn.execute("DELETE FROM block WHERE part_id = ?", (part_id,))
            _insert_blocks(conn, report_id, part_id, 0, item.blocks)
        return changed

    def insert_records(at: int, items: Sequence[Any]) -> None:
        if record is PART:
            _insert_parts(conn, report_id, at, items)
        else:
            _insert_records(conn, record, report_id, at, items)

    return _Scope(record.table, "report_id = ?", (report_id,), target.list_name, insert_records, replace_record)


def _new_tables(items: Sequence[Any]) -> int:
    return sum(
        isinstance(i, ActivityTable) or isinstance(i, Part) and sum(isinstance(b, ActivityTable) for b in i.blocks)
        for i in items
    )


def apply_edit(conn: sqlite3.Connection, report_id: int, edit: E.Edit) -> None:
    """Persist one clean edit (``edit.normalized()``) in the open transaction. Raises
    EditError, as the domain does for the same edit, when it does not fit the kept
    report; the caller rolls back."""
    if isinstance(edit, E.Batch):
        for part in edit.edits:
            apply_edit(conn, report_id, part)
        return
    if isinstance(edit, E.SetItemField):
        edit = E.SetField(edit.path, edit.value)
    if isinstance(edit, E.SetField):
        target = E.field_target(edit.path)
        if target.kind == "report":
            assert target.field is not None
            conn.execute(f"UPDATE report SET {target.field.column} = ? WHERE id = ?", (edit.value, report_id))
        elif target.kind == "record":
            assert target.field is not None
            record = RECORD_LISTS[target.list_name]
            changed = conn.execute(
                f"UPDATE {record.table} SET {target.field.column} = ? WHERE report_id = ? AND position = ?",
                (edit.value, report_id, target.index),
            ).rowcount
            if changed != 1:
                raise _bad_index(target.list_name, target.index)
        elif not target.rest:  # a whole block
            apply_edit(conn, report_id, E.SetItem(target.block_list_path, target.block, edit.value))
        else:
            _edit_in_block(conn, report_id, target, edit)
        return
    assert isinstance(edit, E.InsertItems | E.RemoveItems | E.MoveItem | E.SetItem), edit
    target = E.list_target(edit.list_name)
    if target.kind == "block":
        _edit_in_block(conn, report_id, target, edit)
        return
    scope = _scope(conn, report_id, target)
    if isinstance(edit, E.InsertItems):
        _insert(conn, report_id, scope, target, edit)
    elif isinstance(edit, E.RemoveItems):
        _remove(conn, report_id, scope, target, edit)
    elif isinstance(edit, E.MoveItem):
        _move(conn, scope, edit)
    else:
        _replace(conn, report_id, scope, edit)


def _edit_in_block(conn: sqlite3.Connection, report_id: int, target: E.Target, edit: E.Edit) -> None:
    part_id = _part_id(conn, report_id, target.part)
    row = conn.execute(
        "SELECT rowid, kind, shape, payload FROM block WHERE report_id = ? AND part_id IS ? AND position = ?",
        (report_id, part_id, target.block),
    ).fetchone()
    if row is None:
        raise _bad_index(target.block_list_path, target.block)
    block = decode_block(row[1], row[2], row[3], target.block_path)  # BadRow: the store says the file is damaged
    new = E.changed_block(block, target, edit)
    conn.execute("UPDATE block SET kind = ?, shape = ?, payload = ? WHERE rowid = ?", (new.KIND, BLOCK_SHAPE, _payload(new), row[0]))


def _insert(conn: sqlite3.Connection, report_id: int, scope: _Scope, target: E.Target, edit: E.InsertItems) -> None:
    size = scope.size(conn)
    if not 0 <= edit.index <= size:
        raise _bad_index(scope.path, edit.index)
    if target.list_name == "signatures":
        N.check_signature_count(size + len(edit.items))
    if _new_tables(edit.items) and _activity_tables(conn, report_id) + _new_tables(edit.items) > 1:
        raise EditError(f"{scope.path}[{edit.index}]", "second_activity_table")
    n = len(edit.items)
    if n:
        conn.execute(
            f"UPDATE {scope.table} SET position = position + ? WHERE {scope.where} AND position >= ?",
            (n, *scope.args, edit.index),
        )
        scope.insert(edit.index, edit.items)


def _remove(conn: sqlite3.Connection, report_id: int, scope: _Scope, target: E.Target, edit: E.RemoveItems) -> None:
    if edit.count <= 0:  # removing nothing: the undo of inserting nothing
        if edit.count < 0 or not 0 <= edit.index <= scope.size(conn):
            raise _bad_index(scope.path, edit.index)
        return
    last = edit.index + edit.count - 1
    if edit.index < 0:
        raise _bad_index(scope.path, edit.index)
    size = scope.size(conn)
    if last >= size:
        raise _bad_index(scope.path, last)
    if target.list_name == "signatures":
        N.check_signature_count(size - edit.count)
    conn.execute(
        f"DELETE FROM {scope.table} WHERE {scope.where} AND position BETWEEN ? AND ?", (*scope.args, edit.index, last)
    )
    conn.execute(
        f"UPDATE {scope.table} SET position = position - ? WHERE {scope.where} AND position > ?",
        (edit.count, *scope.args, last),
    )


def _move(conn: sqlite3.Connection, scope: _Scope, edit: E.MoveItem) -> None:
    size = scope.size(conn)
    for index in (edit.source, edit.target):
        if not 0 <= index < size:
            raise _bad_index(scope.path, index)
    if edit.source == edit.target:
        return
    table, where, args = scope.table, scope.where, scope.args
    conn.execute(f"UPDATE {table} SET position = -1 WHERE {where} AND position = ?", (*args, edit.source))
    if edit.source < edit.target:
        conn.execute(
            f"UPDATE {table} SET position = position - 1 WHERE {where} AND position BETWEEN ? AND ?",
            (*args, edit.source + 1, edit.target),
        )
    else:
        conn.execute(
            f"UPDATE {table} SET position = position + 1 WHERE {where} AND position BETWEEN ? AND ?",
            (*args, edit.target, edit.source - 1),
        )
    conn.execute(f"UPDATE {table} SET position = ? WHERE {where} AND position = -1", (edit.target, *args))


def _replace(conn: sqlite3.Connection, report_id: int, scope: _Scope, edit: E.SetItem) -> None:
    if not 0 <= edit.index < scope.size(conn):
        raise _bad_index(scope.path, edit.index)
    if _new_tables((edit.value,)):
        if scope.table == "block":
            replaced = _activity_tables(conn, report_id, "AND part_id IS ? AND position = ?", (*scope.args[1:], edit.index))
        elif scope.table == "part":
            part_id = _part_id(conn, report_id, edit.index)
            replaced = _activity_tables(conn, report_id, "AND part_id = ?", (part_id,))
        else:
            replaced = 0
        if _activity_tables(conn, report_id) - replaced + 1 > 1:
            raise EditError(f"{scope.path}[{edit.index}]", "second_activity_table")
    if scope.replace(edit.index, edit.value) != 1:
        raise _bad_index(scope.path, edit.index)
