"""The database schema and its migrations.

A database is ours when ``PRAGMA application_id`` is ``APPLICATION_ID``;
``PRAGMA user_version`` is its schema version. ``MIGRATIONS[n]`` takes a database
from version n-1 to version n: SQL statements, or a function of the connection when
the step needs Python (version 3 turns every version-2 body into an outline with
``templates.body_from_v1``). Each runs in one transaction after a backup copy, with
foreign keys off (so that a table can be rebuilt, SQLite's "twelve steps"; the keys
are checked before the commit).

After version 3, a column that only adds a registered field (``domain/fields.py``,
``since`` = the version) needs no migration text: ``added_columns(version)`` makes
its ``ALTER TABLE … ADD COLUMN`` from the registry.

Never edit a migration that has been released: add a new one.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from hienhao_desktop.domain.fields import RECORDS
from hienhao_desktop.domain.normalize import normalize_part
from hienhao_desktop.domain.templates import body_from_v1

APPLICATION_ID = 0x48485244  # "HHRD": Hiền Hào report desktop

Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: dict[int, Migration] = {
    1: """
        CREATE TABLE report (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('so_ket', 'tong_ket')),
            school_year TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            org_parent TEXT NOT NULL DEFAULT '',
            org_name TEXT NOT NULL DEFAULT '',
            org_abbreviation TEXT NOT NULL DEFAULT '',
            document_number TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            date TEXT,
            advantages TEXT NOT NULL DEFAULT '',
            difficulties TEXT NOT NULL DEFAULT '',
            solutions_title TEXT NOT NULL DEFAULT '',
            sig_authority TEXT NOT NULL DEFAULT '',
            sig_position TEXT NOT NULL DEFAULT '',
            sig_deputy_position TEXT NOT NULL DEFAULT '',
            sig_other_title TEXT NOT NULL DEFAULT '',
            sig_name TEXT NOT NULL DEFAULT '',
            sig_signature_image BLOB,
            sig_seal_image BLOB,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Items of the plain lists: addressees, solutions, recommendations, recipients.
        CREATE TABLE report_item (
            report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
            list TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX report_item_order ON report_item (report_id, list, position);
        CREATE TABLE subsection (
            report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX subsection_order ON subsection (report_id, position);
        CREATE TABLE activity (
            report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            participants INTEGER CHECK (participants IS NULL OR participants >= 0),
            lead_unit TEXT NOT NULL DEFAULT '',
            partner_units TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX activity_order ON activity (report_id, position);
    """,
    # Version 2: finalising (ban hành) keeps the exact PDF of each final revision.
    2: """
        ALTER TABLE report ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE archive (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            pdf BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            finalised_at TEXT NOT NULL,
            UNIQUE (report_id, revision)
        );
    """,
}

# ---- version 3: the body as an outline ------------------------------------------------------
#
# The report table is rebuilt: its kind may now be "other", the date is three
# optional parts, a document code and the numbering styles are new, and the fixed
# body's columns (advantages, difficulties, solutions_title) and the signature's go
# to tables of their own. Subsections and the plans and recommendations items become
# parts and blocks; addressees and recipients stay in report_item; activities stay.

V3_TABLES = """
    CREATE TABLE report_v3 (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'so_ket',
        school_year TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        org_parent TEXT NOT NULL DEFAULT '',
        org_name TEXT NOT NULL DEFAULT '',
        org_abbreviation TEXT NOT NULL DEFAULT '',
        document_number TEXT NOT NULL DEFAULT '',
        document_code TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        date_day INTEGER,
        date_month INTEGER,
        date_year INTEGER,
        part_numbering TEXT NOT NULL DEFAULT 'roman',
        heading_numbering TEXT NOT NULL DEFAULT 'decimal',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    INSERT INTO report_v3 (id, kind, school_year, period, title, org_parent, org_name, org_abbreviation,
                           document_number, place, status, revision, created_at, updated_at)
        SELECT id, kind, school_year, period, title, org_parent, org_name, org_abbreviation,
               document_number, place, status, revision, created_at, updated_at
        FROM report;
    -- One or two signing columns: position 0 is the right one (the head's).
    CREATE TABLE signature (
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sig_caption TEXT NOT NULL DEFAULT '',
        sig_authority TEXT NOT NULL DEFAULT '',
        sig_position TEXT NOT NULL DEFAULT '',
        sig_deputy_position TEXT NOT NULL DEFAULT '',
        sig_other_title TEXT NOT NULL DEFAULT '',
        sig_name TEXT NOT NULL DEFAULT '',
        sig_signature_image BLOB,
        sig_seal_image BLOB
    );
    CREATE INDEX signature_order ON signature (report_id, position);
    INSERT INTO signature (report_id, position, sig_authority, sig_position, sig_deputy_position,
                           sig_other_title, sig_name, sig_signature_image, sig_seal_image)
        SELECT id, 0, sig_authority, sig_position, sig_deputy_position, sig_other_title, sig_name,
               sig_signature_image, sig_seal_image
        FROM report;
    CREATE TABLE part (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL DEFAULT 'other',
        heading TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX part_order ON part (report_id, position);
    -- A block of the opening (part_id NULL) or of a part: its type, the version of its
    -- payload's shape (that of exchange format 2) and its content as JSON.
    CREATE TABLE block (
        report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        part_id INTEGER REFERENCES part (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        shape INTEGER NOT NULL,
        payload TEXT NOT NULL
    );
    CREATE INDEX block_order ON block (report_id, part_id, position);
"""

V3_CLEANUP = """
    DELETE FROM report_item WHERE list NOT IN ('addressees', 'recipients');
    DROP TABLE subsection;
    DROP TABLE report;
    ALTER TABLE report_v3 RENAME TO report;
"""


def _to_v3(conn: sqlite3.Connection) -> None:
    from hienhao_desktop.storage.codec import BLOCK_SHAPE, block_payload

    for statement in statements(V3_TABLES):
        conn.execute(statement)
    for row in conn.execute(
        "SELECT id, date, advantages, difficulties, solutions_title FROM report ORDER BY id"
    ).fetchall():
        try:
            _report_to_v3(conn, row, BLOCK_SHAPE, block_payload)
        except (ValueError, TypeError) as exc:  # a value version 2 never wrote: the upgrade stops, nothing changed
            raise sqlite3.DataError(f"report {row[0]}: {exc}") from None
    for statement in statements(V3_CLEANUP):
        conn.execute(statement)


def _report_to_v3(
    conn: sqlite3.Connection, row: sqlite3.Row, shape: int, payload: Callable[[Any], dict[str, Any]]
) -> None:
    report_id = row[0]
    if row[1] is not None:
        date = dt.date.fromisoformat(row[1])  # version 2 wrote ISO dates
        conn.execute(
            "UPDATE report_v3 SET date_day = ?, date_month = ?, date_year = ? WHERE id = ?",
            (date.day, date.month, date.year, report_id),
        )
    subsections = conn.execute(
        "SELECT title, body FROM subsection WHERE report_id = ? ORDER BY position", (report_id,)
    ).fetchall()
    items: dict[str, list[str]] = {"solutions": [], "recommendations": []}
    for name, text in conn.execute(
        "SELECT list, text FROM report_item WHERE report_id = ? AND list IN ('solutions', 'recommendations') "
        "ORDER BY position",
        (report_id,),
    ):
        items[name].append(text)
    parts = body_from_v1(row[2], row[3], [(t, b) for t, b in subsections], row[4], items["solutions"],
                         items["recommendations"])  # fmt: skip
    for position, raw in enumerate(parts):
        part = normalize_part(raw, f"parts[{position}]")
        part_id = conn.execute(
            "INSERT INTO part (report_id, position, role, heading) VALUES (?, ?, ?, ?)",
            (report_id, position, part.role, part.heading),
        ).lastrowid
        conn.executemany(
            "INSERT INTO block (report_id, part_id, position, kind, shape, payload) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (report_id, part_id, j, block.KIND, shape, json.dumps(payload(block), ensure_ascii=False, separators=(",", ":")))
                for j, block in enumerate(part.blocks)
            ],
        )


MIGRATIONS[3] = _to_v3


def statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (executescript would commit)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement:
                yield statement
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete statement in migration: {buffer.strip()[:60]}")


def apply_migration(conn: sqlite3.Connection, version: int) -> None:
    """Take the database on ``conn`` from ``version`` - 1 to ``version``, inside the
    caller's transaction (the store's upgrade, and ``schemacheck`` building our
    structure in memory: both run exactly this)."""
    step = MIGRATIONS.get(version, "")
    if callable(step):
        step(conn)
    else:
        for statement in statements(step):
            conn.execute(statement)
    for statement in added_columns(version):
        conn.execute(statement)


# ---- later versions: columns of registered fields ----------------------------------------------


def added_columns(version: int) -> list[str]:
    """``ALTER TABLE … ADD COLUMN`` for the registered fields new in ``version``
    (those of version 3 and before are in the migrations above)."""
    if version <= 3:
        return []
    return [
        f"ALTER TABLE {record.table} ADD COLUMN {f.column} {f.type.sql}"
        for record in RECORDS
        for f in record.fields
        if f.since == version
    ]


SCHEMA_VERSION = max(max(MIGRATIONS), *(f.since for record in RECORDS for f in record.fields))
