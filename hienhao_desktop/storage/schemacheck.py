"""Is this file's structure ours? Checked before anything in the file is used.

A file marked with our application id can still be crafted (from a USB stick, or
chosen as a backup copy to restore): a trigger that wipes every activity on the first
edit, a view or a "table" that loops for ever, a column of another type. So the
structure is compared with what our own migrations make: ``expected(version)``
applies migrations 1..version (``schema.apply_migration``: SQL, the Python step of
version 3, the registry's added columns) to an empty in-memory database and describes it;
``describe(conn)`` describes the file the same way (tables with their columns' names,
types, NOT NULL, defaults and keys; indexes with their columns; foreign keys; any
view, trigger or virtual table). Any difference is refused with words naming it.
Because "ours" is derived from the migrations, a new schema version needs no change
here.

Describing reads only ``sqlite_master`` and PRAGMAs: nothing of the file's own SQL
(views, triggers, index expressions) is run.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

from hienhao_desktop.domain.messages import Msg
from hienhao_desktop.storage.schema import apply_migration

_TABLE_LIST = sqlite3.sqlite_version_info >= (3, 37, 0)  # PRAGMA table_list: WITHOUT ROWID, STRICT
_KINDS = {"table": "obj_table", "virtual table": "obj_virtual_table", "view": "obj_view",
          "trigger": "obj_trigger", "index": "obj_index"}


_Rows = tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class Schema:
    """A database's structure, as comparable values."""

    objects: frozenset[tuple[str, str, str]]  # (type, name, table) of sqlite_master
    tables: dict[str, tuple[_Rows, _Rows, _Rows]]  # table -> its columns, foreign keys, flags
    indexes: dict[str, tuple[object, ...]]  # index -> table, unique, partial, columns


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(conn: sqlite3.Connection) -> Schema:
    """The structure of the database open on ``conn`` (its main schema)."""
    master = _rows(conn, "SELECT type, name, tbl_name, sql FROM main.sqlite_master")
    objects = set()
    tables: dict[str, tuple[_Rows, _Rows, _Rows]] = {}
    indexes: dict[str, tuple[object, ...]] = {}
    for kind, name, table, sql in master:
        name, table = str(name), str(table)
        if name.startswith("sqlite_autoindex_"):  # made by SQLite for UNIQUE/PRIMARY KEY
            continue
        if kind == "table" and isinstance(sql, str) and sql.lstrip()[:20].upper().startswith("CREATE VIRTUAL"):
            kind = "virtual table"
        objects.add((str(kind), name, table))
    for kind, name, _table in sorted(objects):
        if kind == "table":
            q = _quote(name)
            columns = _rows(conn, f"PRAGMA main.table_xinfo({q})")  # cid, name, type, notnull, default, pk, hidden
            keys = _rows(conn, f"PRAGMA main.foreign_key_list({q})")  # id, seq, table, from, to, on_update, ...
            flags = _rows(conn, f"PRAGMA main.table_list({q})") if _TABLE_LIST else []
            tables[name] = (
                tuple((str(c[1]), str(c[2]).upper(), c[3], c[4], c[5], c[6]) for c in columns),
                tuple(sorted((str(k[2]), str(k[3]), str(k[4]), str(k[5]), str(k[6])) for k in keys)),
                tuple((f[2], f[3], f[4], f[5]) for f in flags),  # type, columns, without rowid, strict
            )
        elif kind == "index":
            entry = next(e for e in _rows(conn, f"PRAGMA main.index_list({_quote(_table)})") if e[1] == name)
            cols = _rows(conn, f"PRAGMA main.index_xinfo({_quote(name)})")  # seqno, cid, name, desc, coll, key
            indexes[name] = (_table, entry[2], entry[3], entry[4],
                             tuple((c[1], c[2], c[3], c[4], c[5]) for c in cols))
    return Schema(frozenset(objects), tables, indexes)


@functools.cache
def expected(version: int) -> Schema:
    """Our structure at schema ``version``, made by our own migrations."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        for v in range(1, version + 1):
            apply_migration(conn, v)
        conn.execute("COMMIT")
        return describe(conn)
    finally:
        conn.close()


def difference(actual: Schema, wanted: Schema) -> Msg | None:
    """The first difference (for the message), or None when equal."""
    extra = sorted(actual.objects - wanted.objects)
    missing = sorted(wanted.objects - actual.objects)
    if extra:
        kind, name, _ = extra[0]
        return Msg("schema_extra", {"what": Msg(_KINDS.get(kind, "obj_table")), "name": name})
    if missing:
        kind, name, _ = missing[0]
        return Msg("schema_missing", {"what": Msg(_KINDS.get(kind, "obj_table")), "name": name})
    for table, shape in sorted(wanted.tables.items()):
        got = actual.tables[table]
        if got[0] != shape[0]:
            have = {c[0]: c for c in got[0]}
            for column in shape[0]:
                if have.get(column[0]) != column:
                    return Msg("schema_column", {"table": table, "column": column[0]})
            extra_column = next(c[0] for c in got[0] if c not in shape[0])
            return Msg("schema_column", {"table": table, "column": extra_column})
        if got[1:] != shape[1:]:
            return Msg("schema_table", {"table": table})
    for index, shape_i in sorted(wanted.indexes.items()):
        if actual.indexes.get(index) != shape_i:
            return Msg("schema_extra" if index not in actual.indexes else "schema_index",
                       {"what": Msg("obj_index"), "name": index})
    return None


def check(conn: sqlite3.Connection, version: int) -> Msg | None:
    """None when the database on ``conn`` has exactly our structure of ``version``;
    else the first difference, as a message part. Raises sqlite3.Error when the schema cannot
    even be read (a damaged file, a virtual table of an unknown module)."""
    return difference(describe(conn), expected(version))
