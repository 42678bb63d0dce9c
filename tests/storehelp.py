"""Helpers for looking at a database file from the outside."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

TABLES = ("report", "report_item", "signature", "part", "block", "activity", "archive")


def fingerprint(path: Path) -> tuple[str, int, int]:
    """SHA-256, mtime (ns) and size: enough to say a file was not touched."""
    data = path.read_bytes()
    st = os.stat(path)
    return hashlib.sha256(data).hexdigest(), st.st_mtime_ns, len(data)


def side_files(path: Path) -> list[str]:
    """Journal/WAL files SQLite would leave next to ``path``."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table (of any schema version), read through
    a second connection (read-only)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: set(conn.execute(f"SELECT * FROM {t}")) for t in names if not t.startswith("sqlite_")}
    finally:
        conn.close()


def diff(before: dict[str, set[tuple]], after: dict[str, set[tuple]]) -> dict[str, tuple[set, set]]:
    """table -> (rows gone, rows new), for tables that changed."""
    out = {}
    for t in before:
        gone, new = before[t] - after[t], after[t] - before[t]
        if gone or new:
            out[t] = (gone, new)
    return out


def pragma(path: Path, name: str):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()
