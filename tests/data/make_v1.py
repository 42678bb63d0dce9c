"""Make tests/data/v1-seed.sqlite3: a schema-version-1 database holding the seed report,
written through the SQL of the version-1 schema (as the first release would have).

Run from the project folder:  python tests/data/make_v1.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.storage.store import Store  # noqa: E402

TARGET = HERE / "v1-seed.sqlite3"
SEED = ROOT / "resources" / "samples" / "seed-report.json"
STAMP = "2024-01-10 08:30:00"


def main() -> None:
    r = json.loads(SEED.read_text(encoding="utf-8"))["report"]
    TARGET.unlink(missing_ok=True)
    store = Store.create(TARGET, schema_version=1)
    conn = store._conn
    org, a, sig = r["organization"], r["assessment"], r["signature"]
    conn.execute("BEGIN")
    cur = conn.execute(
        "INSERT INTO report (kind, school_year, period, title, org_parent, org_name, org_abbreviation, "
        "document_number, place, date, advantages, difficulties, solutions_title, sig_authority, sig_position, "
        "sig_deputy_position, sig_other_title, sig_name, sig_signature_image, sig_seal_image, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
        (r["kind"], r["school_year"], r["period"], r["title"], org["parent"], org["name"], org["abbreviation"],
         r["document_number"], r["place"], r["date"], a["advantages"], a["difficulties"], r["solutions_title"],
         sig["authority"], sig["position"], sig["deputy_position"], sig["other_title"], sig["name"], None, None,
         STAMP, STAMP),
    )  # fmt: skip
    rid = cur.lastrowid
    for name in ("addressees", "solutions", "recommendations", "recipients"):
        conn.executemany(
            "INSERT INTO report_item (report_id, list, position, text) VALUES (?, ?, ?, ?)",
            [(rid, name, i, text) for i, text in enumerate(r[name])],
        )
    conn.executemany(
        "INSERT INTO subsection (report_id, position, title, body) VALUES (?, ?, ?, ?)",
        [(rid, i, s["title"], s["body"]) for i, s in enumerate(r["implementation"])],
    )
    conn.executemany(
        "INSERT INTO activity (report_id, position, name, participants, lead_unit, partner_units) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(rid, i, x["name"], x["participants"], x["lead_unit"], x["partner_units"])
         for i, x in enumerate(r["activities"])],
    )  # fmt: skip
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    store.close()
    print(TARGET)


if __name__ == "__main__":
    main()
