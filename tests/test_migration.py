"""Upgrading databases made by earlier releases to the current schema.

- tests/data/v1-seed.sqlite3 (made by tests/data/make_v1.py): the first schema;
- tests/data/v2-release.sqlite3 (made by tests/data/make_v2.py with the released code
  of schema 2): the seed, a long report with special characters, images, an archive
  and five subsections, and a blank report.

Each is opened by today's store: a backup copy first, then the upgrade in one
transaction per version; every word and number is found again in the outline;
a migration that fails half-way leaves the file as it was.
"""

from __future__ import annotations

import collections
import datetime as dt
import re
import shutil
import sqlite3

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import (
    Activity,
    IssueDate,
    Organization,
    Paragraph,
    Report,
    Run,
    Signature,
)
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.domain.templates import body_from_v1
from hienhao_desktop.storage import exchange, schema
from hienhao_desktop.storage.store import Store, StoreError
from tests.conftest import DATA
from tests.storehelp import fingerprint, pragma, rows

V1 = DATA / "v1-seed.sqlite3"
V2 = DATA / "v2-release.sqlite3"


@pytest.fixture
def v1(tmp_path):
    path = tmp_path / "reports.sqlite3"
    shutil.copy(V1, path)
    return path


@pytest.fixture
def v2(tmp_path):
    path = tmp_path / "hienhao.sqlite3"
    shutil.copy(V2, path)
    return path


def _schema(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


# ---- version 1 -----------------------------------------------------------------------------------


def test_v1_fixture_is_a_real_version_1_file():
    assert pragma(V1, "user_version") == 1
    assert pragma(V1, "application_id") == schema.APPLICATION_ID
    assert len(rows(V1)["activity"]) == 11


def test_v1_opens_migrated_to_the_current_version_with_data_intact(v1, seed_report):
    original_rows = rows(v1)
    with Store.open(v1) as store:
        assert store.schema_version == schema.SCHEMA_VERSION == 3
        assert [s.id for s in store.list_reports()] == [1]
        assert store.load(1) == seed_report  # the same outline as the seed's exchange file gives
        archive = store.finalise(1, b"%PDF-1.7 migrated")
        assert archive.revision == 1 and store.status(1) == "final"
    assert pragma(v1, "user_version") == 3
    after = rows(v1)
    assert after["activity"] == original_rows["activity"]
    assert {r for r in after["report_item"]} == {r for r in original_rows["report_item"] if r[1] == "recipients"}
    assert _schema(v1) == _fresh_schema(v1.parent)


def _fresh_schema(folder):
    path = folder / "fresh.sqlite3"
    Store.create(path).close()
    try:
        return _schema(path)
    finally:
        path.unlink()


def test_a_backup_copy_is_made_before_migrating(v1, seed_report):
    original_rows = rows(v1)
    with Store.open(v1):
        pass
    backup = v1.with_name("reports.sqlite3.v1.bak")
    assert backup.exists()
    assert pragma(backup, "user_version") == 1
    assert rows(backup) == original_rows
    # the backup is a database the program can open (and migrate, on a copy)
    restored = v1.with_name("restored.sqlite3")
    shutil.copy(backup, restored)
    with Store.open(restored) as store:
        assert store.load(1) == seed_report


def test_opening_a_current_file_makes_no_backup(v1):
    Store.open(v1).close()
    backup = v1.with_name("reports.sqlite3.v1.bak")
    backup.unlink()
    Store.open(v1).close()
    assert not backup.exists()
    assert sorted(p.name for p in v1.parent.iterdir()) == ["reports.sqlite3"]


FAILING_V2 = """
    ALTER TABLE report ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE archive (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL);
    UPDATE activity SET participants = participants + 1;
    INSERT INTO no_such_table VALUES (1);
"""


def test_a_failing_migration_leaves_version_1_intact(v1, seed_report, monkeypatch):
    original_rows = rows(v1)
    monkeypatch.setitem(schema.MIGRATIONS, 2, FAILING_V2)
    with pytest.raises(StoreError, match=r"không nâng cấp được.*bản sao lưu.*no_such_table"):
        Store.open(v1)
    assert pragma(v1, "user_version") == 1
    assert rows(v1) == original_rows
    conn = sqlite3.connect(f"{v1.as_uri()}?mode=ro", uri=True)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(report)")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "revision" not in columns and "archive" not in tables
    assert not v1.with_name("reports.sqlite3-journal").exists()
    # fails the same way again, no harm done
    fp = fingerprint(v1)
    with pytest.raises(StoreError):
        Store.open(v1)
    assert fingerprint(v1)[0] == fp[0]

    # with the real migration back, the file opens and migrates
    monkeypatch.undo()
    with Store.open(v1) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert store.load(1) == seed_report
        store.apply_edit(1, E.SetField("title", "Sau khi nâng cấp"))


def test_a_stale_partial_backup_does_not_block_the_migration(v1, seed_report):
    """A power cut during the backup leaves ``<name>.v1.bak.part``; the next start
    must still back up and migrate, not fail on the leftover forever."""
    part = v1.with_name("reports.sqlite3.v1.bak.part")
    part.write_bytes(b"half a backup" * 100)
    with Store.open(v1) as store:
        assert store.schema_version == schema.SCHEMA_VERSION and store.load(1) == seed_report
    assert not part.exists()
    assert pragma(v1.with_name("reports.sqlite3.v1.bak"), "user_version") == 1


# ---- version 2, as the release made it --------------------------------------------------------------


def _v2_reports(path) -> dict[int, dict]:
    """Everything a version-2 file holds per report, read with plain SQL (no program code)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        out = {}
        for r in conn.execute("SELECT * FROM report ORDER BY id"):
            rid = r["id"]
            items = collections.defaultdict(list)
            for i in conn.execute("SELECT list, text FROM report_item WHERE report_id = ? ORDER BY position", (rid,)):
                items[i["list"]].append(i["text"])
            out[rid] = {
                "row": dict(r),
                "items": dict(items),
                "subsections": [tuple(s) for s in conn.execute(
                    "SELECT title, body FROM subsection WHERE report_id = ? ORDER BY position", (rid,))],
                "activities": [tuple(a) for a in conn.execute(
                    "SELECT name, participants, lead_unit, partner_units FROM activity WHERE report_id = ? "
                    "ORDER BY position", (rid,))],
                "archives": [tuple(a) for a in conn.execute(
                    "SELECT revision, pdf, sha256, finalised_at FROM archive WHERE report_id = ?", (rid,))],
            }  # fmt: skip
        return out
    finally:
        conn.close()


def _expected(old: dict) -> Report:
    """What a version-2 report is as an outline: its body through body_from_v1."""
    r, items = old["row"], old["items"]
    date = dt.date.fromisoformat(r["date"]) if r["date"] else None
    return normalize_report(
        Report(
            kind=r["kind"], school_year=r["school_year"], period=r["period"], title=r["title"],
            organization=Organization(r["org_parent"], r["org_name"], r["org_abbreviation"]),
            document_number=r["document_number"], place=r["place"], date=IssueDate.of(date),
            addressees=items.get("addressees", []),
            parts=body_from_v1(r["advantages"], r["difficulties"], old["subsections"], r["solutions_title"],
                               items.get("solutions", []), items.get("recommendations", [])),
            activities=[Activity(*a) for a in old["activities"]],
            recipients=items.get("recipients", []),
            signatures=[Signature("", r["sig_authority"], r["sig_position"], r["sig_deputy_position"],
                                  r["sig_other_title"], r["sig_name"], r["sig_signature_image"], r["sig_seal_image"])],
        )
    )  # fmt: skip


_WORD = re.compile(r"\w+")


def _words(value: object) -> collections.Counter[str]:
    """Every word and number in a value (texts of dataclasses, lists, dicts, rows)."""
    found: collections.Counter[str] = collections.Counter()
    if isinstance(value, str):
        found.update(_WORD.findall(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        found[str(value)] += 1
    elif isinstance(value, dict):
        for v in value.values():
            found += _words(v)
    elif isinstance(value, list | tuple):
        for v in value:
            found += _words(v)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found += _words(getattr(value, name))
    return found


def test_v2_fixture_is_what_the_release_made():
    assert pragma(V2, "user_version") == 2
    assert pragma(V2, "application_id") == schema.APPLICATION_ID
    old = _v2_reports(V2)
    assert sorted(old) == [1, 2, 3]
    assert len(old[2]["activities"]) == 200 and len(old[2]["subsections"]) == 5
    assert old[2]["row"]["sig_signature_image"].startswith(b"\x89PNG") and old[2]["row"]["revision"] == 2
    assert old[2]["archives"][0][0] == 1


def test_v2_opens_migrated_with_every_word_and_number_found_again(v2):
    old = _v2_reports(v2)
    original_rows = rows(v2)
    with Store.open(v2) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        summaries = {s.id: s for s in store.list_reports()}
        assert sorted(summaries) == [1, 2, 3]
        for rid, before in old.items():
            report = store.load(rid)
            assert report == _expected(before)
            # Independent of body_from_v1: every word and number of the old rows (but the
            # columns that are not content) is somewhere in the new report.
            content = {k: v for k, v in before["row"].items()
                       if k not in ("id", "status", "revision", "created_at", "updated_at", "date", "kind")}  # fmt: skip
            expected_words = _words([content, before["items"], before["subsections"], before["activities"]])
            missing = expected_words - _words(report)
            assert not missing, (rid, missing)
            if before["row"]["date"]:
                assert report.date.as_date() == dt.date.fromisoformat(before["row"]["date"])
            assert [a.participants for a in report.activities] == [a[1] for a in before["activities"]]
            assert report.signatures[0].signature_image == before["row"]["sig_signature_image"]
            assert report.signatures[0].seal_image == before["row"]["sig_seal_image"]
            summary = summaries[rid]
            assert (summary.status, summary.updated_at) == (before["row"]["status"], before["row"]["updated_at"])
            assert [(a.revision, a.pdf, a.sha256, a.finalised_at) for a in store.archives(rid)] == before["archives"]
        long = store.load(2)
        assert [p.role for p in long.parts] == ["assessment", "implementation", "plans", "recommendations"]
        assert long.parts[2].heading == "Phương hướng, nhiệm vụ năm học 2025-2026"
        assert long.parts[0].blocks[3].level == 2  # "+ phòng máy tính 15 máy": a second-level item
        assert long.activities[0].participants == old[2]["activities"][0][1]
        # the upgraded file works like a new one
        store.apply_edit(2, E.InsertItems("parts[3].blocks", 0, (Paragraph([Run("Sau khi "), Run("nâng cấp", bold=True)]),)))
        store.apply_edit(2, E.SetField("activities[150].participants", 151))
        assert store.load(2).parts[3].blocks[0].runs[1].bold
        assert store.status(2) == "draft"
    assert _schema(v2) == _fresh_schema(v2.parent)
    after = rows(v2)
    assert {r[0] for r in after["report"]} == {1, 2, 3}
    assert len(after["activity"]) == len(original_rows["activity"])
    backup = v2.with_name("hienhao.sqlite3.v2.bak")
    assert pragma(backup, "user_version") == 2 and rows(backup) == original_rows


def test_v2_export_after_upgrade_writes_the_outline(v2, tmp_path):
    with Store.open(v2) as store:
        report = store.load(2)
    out = tmp_path / "long.json"
    exchange.write_file(report, out)
    assert exchange.read_file(out) == report


def _failing_v3(conn):
    """Half of version 3, then a failure."""
    conn.execute("CREATE TABLE part (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM subsection")
    conn.execute("UPDATE report SET title = 'hỏng'")
    raise sqlite3.OperationalError("simulated failure in the middle of version 3")


def test_a_failing_upgrade_leaves_the_version_2_file_as_it_was(v2, monkeypatch):
    original = rows(v2)
    schema_before = _schema(v2)
    monkeypatch.setitem(schema.MIGRATIONS, 3, _failing_v3)
    with pytest.raises(StoreError, match=r"không nâng cấp được.*bản sao lưu.*simulated failure"):
        Store.open(v2)
    assert pragma(v2, "user_version") == 2
    assert rows(v2) == original and _schema(v2) == schema_before
    assert pragma(v2, "foreign_keys") == 0  # (a new connection's default; the file holds no pragma state)
    backup = v2.with_name("hienhao.sqlite3.v2.bak")
    assert rows(backup) == original
    monkeypatch.undo()
    with Store.open(v2) as store:
        assert store.load(2) == _expected(_v2_reports(backup)[2])


def test_an_unreadable_old_date_stops_the_upgrade_and_changes_nothing(v2):
    conn = sqlite3.connect(v2)
    conn.execute("UPDATE report SET date = '31/05/2025' WHERE id = 2")
    conn.commit()
    conn.close()
    original = rows(v2)
    with pytest.raises(StoreError, match="không nâng cấp được"):
        Store.open(v2)
    assert pragma(v2, "user_version") == 2 and rows(v2) == original


def test_foreign_keys_are_on_again_after_an_upgrade(v2):
    with Store.open(v2) as store:
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.delete(2)
    assert not [r for r in rows(v2)["block"] if r[0] == 2]
    assert not [r for r in rows(v2)["activity"] if r[0] == 2]


def test_restoring_a_version_2_backup_upgrades_a_copy_and_brings_back_every_report(v2, tmp_path, seed_report):
    """A backup made by the release before the outline: the copy (never the backup
    itself) is upgraded, then its known data copied into a fresh file of schema 3."""
    before = fingerprint(v2)
    expected = {rid: _expected(old) for rid, old in _v2_reports(v2).items()}
    office = tmp_path / "office.sqlite3"
    with Store.create(office) as store:
        store.add_report(seed_report)
        store.restore_from(v2)
        assert sorted(s.id for s in store.list_reports()) == [1, 2, 3]
        for rid, report in expected.items():
            assert store.load(rid) == report
        assert store.schema_version == schema.SCHEMA_VERSION
        store.apply_edit(2, E.SetField("parts[0].heading", "Sau khi khôi phục"))  # the file works as before
        assert store.load(2).parts[0].heading == "Sau khi khôi phục"
    assert fingerprint(v2) == before  # the chosen backup is left as it was
    assert not list(v2.parent.glob("*.v2.bak"))  # its upgrade copy was made in a temporary folder
    assert _schema(office) == _fresh_schema(tmp_path)
