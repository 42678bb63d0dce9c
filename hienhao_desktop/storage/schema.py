"""The database schema and its migrations.

A database is ours when ``PRAGMA application_id`` is ``APPLICATION_ID``;
``PRAGMA user_version`` is its schema version. ``MIGRATIONS[n]`` takes a database
from version n-1 to version n; each runs in one transaction after a backup copy.
Never edit a migration that has been released: add a new one.
"""

from __future__ import annotations

APPLICATION_ID = 0x48485244  # "HHRD": Hiền Hào report desktop
SCHEMA_VERSION = 2

MIGRATIONS: dict[int, str] = {
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
