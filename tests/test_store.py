"""The SQLite store: marks and pragmas, opening without creating, refusing files that
are not ours without changing them, the report operations, and fine-grained edits."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Column,
    Heading,
    IssueDate,
    ListItem,
    Paragraph,
    Part,
    Report,
    Run,
    Signature,
    Table,
)
from hienhao_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from hienhao_desktop.storage.store import (
    DamagedDatabase,
    DamagedReport,
    DatabaseMissing,
    NotOurDatabase,
    ReportIsFinal,
    Store,
    StoreError,
    UnknownReport,
)
from tests.storehelp import TABLES, diff, fingerprint, pragma, rows, side_files

# ---- marks and pragmas ---------------------------------------------------------------


def _pragmas(store: Store) -> dict[str, object]:
    conn = store._conn  # synchronous and foreign_keys are per connection: ask the store's own
    return {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("application_id", "user_version", "journal_mode", "synchronous", "foreign_keys")
    }


EXPECTED = {
    "application_id": APPLICATION_ID,
    "user_version": SCHEMA_VERSION,
    "journal_mode": "delete",
    "synchronous": 2,
    "foreign_keys": 1,
}


def test_created_store_is_marked_and_safe(store):
    assert _pragmas(store) == EXPECTED
    assert store.schema_version == SCHEMA_VERSION


def test_reopened_store_is_marked_and_safe(tmp_path, seed_report):
    path = tmp_path / "r.sqlite3"
    Store.create(path).close()
    with Store.open(path) as store:
        assert _pragmas(store) == EXPECTED
    # As seen by someone else, too (file-level marks).
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "journal_mode") == "delete"
    assert side_files(path) == []


def test_foreign_keys_cascade_on_delete(store, seed_report):
    rid = store.add_report(seed_report)
    store.delete(rid)
    assert rows(store.path) == {t: set() for t in TABLES}


# ---- opening without creating -----------------------------------------------------------


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "typo.sqlite3"
    with pytest.raises(DatabaseMissing) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(DatabaseMissing):
        Store.open(tmp_path / "no-folder" / "x.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "keep.txt"
    path.write_text("giữ nguyên")
    before = fingerprint(path)
    with pytest.raises(StoreError):
        Store.create(path)
    assert fingerprint(path) == before


def test_create_in_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        Store.create(tmp_path / "nope" / "x.sqlite3")
    assert list(tmp_path.iterdir()) == []


# ---- files that are not ours: refused, never changed -----------------------------------------


def _our_db_with_reports(path: Path, report: Report, copies: int = 4) -> None:
    with Store.create(path) as store:
        for _ in range(copies):
            store.add_report(report)


def _make_text(path, _seed):
    path.write_text("Báo cáo sơ kết\nkhông phải cơ sở dữ liệu\n" * 50, encoding="utf-8")


def _make_empty(path, _seed):
    path.write_bytes(b"")


def _make_short_header(path, _seed):
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)


def _make_foreign(path, _seed):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE report (id INTEGER PRIMARY KEY, x TEXT)")
    conn.execute("INSERT INTO report (x) VALUES ('của chương trình khác')")
    conn.commit()
    conn.close()


def _make_foreign_no_id(path, _seed):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _make_too_new(path, seed):
    _our_db_with_reports(path, seed, 1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _make_truncated(path, seed):
    _our_db_with_reports(path, seed)
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page
    path.write_bytes(data[: 2 * page + 100])


def _make_damaged(path, seed):
    _our_db_with_reports(path, seed)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 3 * page] = b"\xa5" * (2 * page)  # the schema's first pages overwritten
    path.write_bytes(bytes(data))


def _make_folder(path, _seed):
    path.mkdir()


@pytest.mark.parametrize(
    "make, error",
    [
        (_make_text, NotOurDatabase),
        (_make_empty, NotOurDatabase),
        (_make_short_header, NotOurDatabase),
        (_make_foreign, NotOurDatabase),
        (_make_foreign_no_id, NotOurDatabase),
        (_make_too_new, StoreError),
        (_make_truncated, DamagedDatabase),
        (_make_damaged, DamagedDatabase),
    ],
    ids=lambda v: getattr(v, "__name__", "").removeprefix("_make_"),
)
def test_a_file_that_is_not_ours_is_refused_and_left_unchanged(tmp_path, seed_report, make, error):
    path = tmp_path / "some.sqlite3"
    make(path, seed_report)
    before = fingerprint(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -journal, no backup copy
    # and again: a second attempt is refused the same way (nothing was half-done)
    with pytest.raises(error):
        Store.open(path)
    assert fingerprint(path) == before


@pytest.mark.parametrize("make", [_make_truncated, _make_damaged])
def test_a_refused_damaged_file_is_closed(tmp_path, seed_report, monkeypatch, make):
    """A refused file must not stay open: on Windows an open file cannot be moved,
    replaced by a backup or deleted by the user."""
    from hienhao_desktop.storage import store as S

    opened = []
    real_connect = S._connect

    def connect(uri):
        opened.append(real_connect(uri))
        return opened[-1]

    monkeypatch.setattr(S, "_connect", connect)
    path = tmp_path / "some.sqlite3"
    make(path, seed_report)
    with pytest.raises(DamagedDatabase):
        Store.open(path)
    assert opened
    for conn in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            conn.execute("SELECT 1")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path)


# ---- operations ---------------------------------------------------------------------------


def test_add_load_list_delete_duplicate(store, seed_report):
    assert store.list_reports() == []
    rid = store.add_report(seed_report)
    assert store.load(rid) == seed_report
    other = seed_report.copy()
    other.school_year, other.title = "2024-2025", "Khác"
    oid = store.add_report(other)
    listed = store.list_reports()
    assert [(s.id, s.school_year, s.status) for s in listed] == [
        (oid, "2024-2025", "draft"),
        (rid, "2023-2024", "draft"),
    ]
    assert listed[1].title == seed_report.title and listed[1].kind == "so_ket" and listed[1].period == "Học kỳ I"

    did = store.duplicate(rid)
    assert did not in (rid, oid)
    assert store.load(did) == seed_report
    before = rows(store.path)
    store.delete(did)
    gone = diff(before, rows(store.path))
    assert all(not new for _, new in gone.values())  # delete only removes
    assert {s.id for s in store.list_reports()} == {rid, oid}
    with pytest.raises(UnknownReport):
        store.load(did)
    with pytest.raises(UnknownReport):
        store.delete(did)
    with pytest.raises(UnknownReport):
        store.duplicate(did)
    assert store.load(rid) == seed_report and store.load(oid) == other


def test_add_report_normalises(store):
    import unicodedata

    raw = Report(title=unicodedata.normalize("NFD", "Sơ kết\x00 học kỳ"), recipients=["Lưu\r\nVT"])
    rid = store.add_report(raw)
    loaded = store.load(rid)
    assert loaded.title == "Sơ kết học kỳ" and loaded.recipients == ["Lưu VT"]


def test_add_report_refuses_bad_values_and_writes_nothing(store, seed_report):
    seed_report.activities[3].participants = -4
    before = rows(store.path)
    with pytest.raises(E.EditError) as info:
        store.add_report(seed_report)
    assert info.value.path == "activities[3].participants"
    assert rows(store.path) == before


def test_store_survives_reopen(tmp_path, seed_report):
    path = tmp_path / "r.sqlite3"
    with Store.create(path) as store:
        rid = store.add_report(seed_report)
        store.apply_edit(rid, E.set_date(IssueDate(15, 1, 2024)))
    with Store.open(path) as store:
        assert store.load(rid).date.as_date().isoformat() == "2024-01-15"


# ---- fine-grained edits: each writes only what it should -------------------------------------


@pytest.fixture
def two(store, seed_report):
    """A store with the seed twice; edits go to the first, the second must never change."""
    a = store.add_report(seed_report)
    b = store.add_report(seed_report)
    return store, a, b


def _changes(store, rid, edit):
    before = rows(store.path)
    changes_before = store._conn.total_changes
    store.apply_edit(rid, edit)
    written = store._conn.total_changes - changes_before
    return diff(before, rows(store.path)), written


def _only_report_row(changed, rid):
    """The old and new version of the report row of ``rid``, the one report row changed."""
    gone, new = changed.pop("report")
    assert len(gone) == len(new) == 1
    (old_row,), (new_row,) = gone, new
    assert old_row[0] == new_row[0] == rid
    return old_row, new_row


def test_set_field_touches_one_column_of_one_row(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.SetField("organization.name", "TTHTCĐ xã Hiền Hào"))
    assert set(changed) == {"report"} and written == 2  # the field, then updated_at
    old, new = _only_report_row(changed, a)
    differing = [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
    assert len(differing) <= 2  # org_name and (unless within the same second) updated_at
    assert store.load(b) == seed_report


def test_set_item_field_touches_one_activity_row(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.SetItemField("activities", 4, "participants", 22))
    assert set(changed) <= {"report", "activity"} and written == 2
    gone, new = changed["activity"]
    assert len(gone) == len(new) == 1
    (old_row,), (new_row,) = gone, new
    assert old_row[:2] == new_row[:2] == (a, 4) and old_row[3] == 21 and new_row[3] == 22
    assert store.load(b) == seed_report


def test_set_item_touches_one_row(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.SetItem("recipients", 2, "Phòng GD&ĐT thành phố"))
    assert set(changed) <= {"report", "report_item"} and written == 2
    assert changed["report_item"] == (
        {(a, "recipients", 2, "Phòng GD&ĐT huyện")},
        {(a, "recipients", 2, "Phòng GD&ĐT thành phố")},
    )
    changed, written = _changes(store, a, E.SetItem("parts[1].blocks", 2, Paragraph([Run("Nội dung "), Run("mới", bold=True)])))
    assert written == 2 and set(changed) <= {"report", "block"} and len(changed["block"][1]) == 1
    assert store.load(b) == seed_report


def test_insert_shifts_only_later_rows(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.InsertItems("activities", 9, (Activity("Mới", 5), Activity("Mới 2"))))
    gone, new = changed["activity"]
    # rows 9 and 10 move to 11 and 12; two new rows at 9 and 10
    assert {r[1] for r in gone} == {9, 10}
    assert {r[1] for r in new} == {9, 10, 11, 12}
    assert written == 2 + 2 + 1  # shifted, inserted, updated_at
    assert store.load(b) == seed_report


def test_remove_shifts_only_later_rows(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.RemoveItems("activities", 7, 2))
    gone, new = changed["activity"]
    assert {r[1] for r in gone} == {7, 8, 9, 10} and {r[1] for r in new} == {7, 8}
    assert written == 2 + 2 + 1  # deleted, shifted, updated_at
    assert store.load(b) == seed_report


def test_move_touches_only_the_rows_between(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.MoveItem("activities", 2, 5))
    gone, new = changed["activity"]
    assert {r[1] for r in gone} == {r[1] for r in new} == {2, 3, 4, 5}
    loaded = store.load(a)
    assert [x.name for x in loaded.activities] == [
        x.name for x in [*seed_report.activities[:2], *seed_report.activities[3:6], seed_report.activities[2],
                         *seed_report.activities[6:]]
    ]  # fmt: skip
    changed, written = _changes(store, a, E.MoveItem("activities", 3, 3))
    assert written == 1 and set(changed) <= {"report"}
    assert store.load(b) == seed_report


def test_string_lists_are_kept_apart(two, seed_report):
    store, a, b = two
    store.apply_edit(a, E.InsertItems("addressees", 0, ("UBND huyện Cát Hải",)))
    store.apply_edit(a, E.RemoveItems("recipients", 0))
    loaded = store.load(a)
    assert loaded.addressees == ["UBND huyện Cát Hải"]
    assert loaded.recipients == seed_report.recipients[1:]
    assert loaded.parts == seed_report.parts


def test_inserting_nothing_and_its_undo(two, seed_report):
    """The inverse of an empty insert is an empty remove: both must work, in memory
    and in the store, and change nothing."""
    store, a, _ = two
    report = store.load(a)
    for name, index in (("recipients", 4), ("activities", 0), ("addressees", 0), ("parts[2].blocks", 4),
                        ("opening", 0), ("parts", 4)):
        edit = E.InsertItems(name, index, ())
        inverse = edit.apply(report)
        store.apply_edit(a, edit)
        assert inverse == E.RemoveItems(name, index, 0)
        assert inverse.apply(report) == E.InsertItems(name, index, ())
        store.apply_edit(a, inverse)
        assert store.load(a) == report == seed_report


BAD_EDITS = [
    E.RemoveItems("recipients", 5, 0),
    E.RemoveItems("recipients", -1, 0),
    E.RemoveItems("recipients", 3, -1),
    E.SetItemField("activities", 11, "name", "x"),
    E.SetItemField("activities", -1, "name", "x"),
    E.SetItem("recipients", 4, "x"),
    E.RemoveItems("recipients", 4),
    E.RemoveItems("recipients", 3, 2),
    E.RemoveItems("recipients", -1, 2),
    E.InsertItems("recipients", 5, ("x",)),
    E.InsertItems("activities", -1, (Activity(),)),
    E.MoveItem("parts", 0, 4),
    E.MoveItem("parts[1].blocks", 6, 0),
    E.MoveItem("opening", 0, 0),
    E.SetField("parts[1].blocks[6].level", 2),
    E.SetField("parts[1].blocks[0].level", 4),
    E.SetField("parts[1].blocks[1].level", 1),  # a paragraph has no level
    E.SetField("parts[4].heading", "x"),
    E.SetField("signatures[1].name", "x"),
    E.InsertItems("parts[4].blocks", 0, (Paragraph(),)),
    E.InsertItems("parts[2].blocks", 0, (ActivityTable(),)),
    E.InsertItems("parts", 1, (Part("other", "Phần mới", [Heading(1, "Mục"), ActivityTable()]),)),
    E.SetItem("parts[0].blocks", 0, ActivityTable()),
    E.InsertItems("signatures", 1, (Signature(), Signature())),
    E.RemoveItems("signatures", 0),
    E.SetField("parts[1].blocks[5].rows[0][0]", "x"),  # the activity table's rows are activities
    E.Batch((E.SetField("title", "Đổi"), E.InsertItems("parts[2].blocks", 0, (ListItem(1, [Run("x")]),)),
             E.RemoveItems("addressees", 0))),
]


@pytest.mark.parametrize("edit", BAD_EDITS, ids=lambda e: repr(e)[:60])
def test_invalid_index_raises_and_writes_nothing(two, edit):
    store, a, _ = two
    before = rows(store.path)
    fp = fingerprint(store.path)
    with pytest.raises(E.EditError):
        store.apply_edit(a, edit)
    assert rows(store.path) == before
    assert fingerprint(store.path)[0] == fp[0]
    # the in-memory report agrees
    report = store.load(a)
    copy = report.copy()
    with pytest.raises(E.EditError):
        edit.apply(copy)
    assert copy == report


def test_bad_value_raises_before_any_write(two):
    store, a, _ = two
    before = rows(store.path)
    with pytest.raises(E.EditError):
        store.apply_edit(a, E.SetItemField("activities", 0, "participants", -3))
    with pytest.raises(E.EditError):
        store.apply_edit(a, E.Batch((E.SetField("title", "x"), E.SetField("date.day", "15"))))
    with pytest.raises(E.EditError):
        store.apply_edit(a, E.SetField("parts[0].blocks[1].runs", [Run("x", bold="yes")]))
    assert rows(store.path) == before


def test_participants_beyond_sqlite_integers_are_refused_not_crashing(two):
    """2**63 does not fit SQLite's INTEGER: it must be an EditError, not OverflowError."""
    store, a, _ = two
    before = rows(store.path)
    with pytest.raises(E.EditError) as info:
        store.apply_edit(a, E.SetItemField("activities", 0, "participants", 2**63))
    assert info.value.code == "number_too_large"
    with pytest.raises(E.EditError):
        store.add_report(Report(activities=[Activity(participants=10**20)]))
    assert rows(store.path) == before
    store.apply_edit(a, E.SetItemField("activities", 0, "participants", E.MAX_PARTICIPANTS))
    assert store.load(a).activities[0].participants == E.MAX_PARTICIPANTS


def test_edit_of_unknown_report(store):
    with pytest.raises(UnknownReport):
        store.apply_edit(99, E.SetField("title", "x"))


# ---- final reports ------------------------------------------------------------------------


def test_finalise_locks_edits_and_keeps_the_pdf(two, seed_report):
    store, a, b = two
    archive = store.finalise(a, b"%PDF-1.7 fake")
    assert store.status(a) == "final" and archive.revision == 1
    before = rows(store.path)
    with pytest.raises(ReportIsFinal):
        store.apply_edit(a, E.SetField("title", "Sửa sau khi ban hành"))
    with pytest.raises(ReportIsFinal):
        store.finalise(a, b"%PDF again")
    assert rows(store.path) == before
    assert store.current_archive(a) == archive
    assert store.unlock(a) == 2
    assert store.current_archive(a) is None
    store.apply_edit(a, E.SetField("title", "Sửa"))
    second = store.finalise(a, b"%PDF-1.7 second")
    assert [x.revision for x in store.archives(a)] == [2, 1]
    assert store.current_archive(a) == second
    with pytest.raises(StoreError):
        store.unlock(b)
    assert store.status(b) == "draft"
    # duplicating a final report gives a draft
    assert store.status(store.duplicate(a)) == "draft"


def test_backup_copy_is_a_complete_database(tmp_path, two, seed_report):
    store, a, _ = two
    copy = store.backup_to(tmp_path / "copy.sqlite3")
    with Store.open(copy) as other:
        assert other.load(a) == seed_report


def test_open_twice_same_file(tmp_path, seed_report):
    path = tmp_path / "r.sqlite3"
    _our_db_with_reports(path, seed_report, 1)
    shutil.copy(path, tmp_path / "copy.sqlite3")
    with Store.open(path) as one, Store.open(path) as two:
        one.apply_edit(1, E.SetField("place", "Cát Hải"))
        assert two.load(1).place == "Cát Hải"


def test_a_locked_database_refuses_an_edit_and_changes_nothing(tmp_path, seed_report):
    """Another program holding a write lock: the edit is refused with a clear
    message (StoreError, exit status 2 on the command line), nothing is changed."""
    import sqlite3

    from hienhao_desktop.domain.edits import SetField
    from hienhao_desktop.storage.store import Store, StoreError

    path = tmp_path / "r.sqlite3"
    with Store.create(path) as store:
        report_id = store.add_report(seed_report)
    other = sqlite3.connect(path, isolation_level=None)
    store = Store.open(path)
    store._conn.execute("PRAGMA busy_timeout = 100")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="đang được chương trình khác dùng"):
            store.apply_edit(report_id, SetField("title", "Khác"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not store._conn.in_transaction
    assert store.load(report_id).title == seed_report.title
    store.close()


def test_the_report_list_is_newest_first(store):
    from hienhao_desktop.domain.model import Report

    for year, period in [("2023-2024", "Học kỳ I"), ("2023-2024", "Cả năm"), ("2024-2025", "Học kỳ I"),
                         ("2023-2024", "Học kỳ II")]:
        store.add_report(Report(school_year=year, period=period))
    assert [(s.school_year, s.period) for s in store.list_reports()] == [
        ("2024-2025", "Học kỳ I"), ("2023-2024", "Cả năm"), ("2023-2024", "Học kỳ II"), ("2023-2024", "Học kỳ I"),
    ]


def test_paths_with_vietnamese_spaces_and_uri_characters(tmp_path, seed_report):
    """Folders named by people ("Báo cáo 2024 #1") must not confuse SQLite's URI open."""
    from hienhao_desktop.storage.store import Store

    folder = tmp_path / "Báo cáo 100% #1?x"
    folder.mkdir()
    path = folder / "dữ liệu.sqlite3"
    with Store.create(path) as store:
        report_id = store.add_report(seed_report)
    with Store.open(path) as store:
        assert store.load(report_id) == seed_report
    assert sorted(p.name for p in folder.iterdir()) == ["dữ liệu.sqlite3"]


# ---- the outline: each edit touches only its rows ---------------------------------------------


def _village_table() -> Table:
    return Table([Column("Thôn"), Column("Số hộ", "number")], [["Thôn 1", 120], ["Thôn 2", None]], True, True)


def _block_rows(changed, table="block"):
    gone, new = changed.get(table, (set(), set()))
    return gone, new


def test_an_edit_inside_a_block_rewrites_that_one_row(two, seed_report):
    store, a, b = two
    store.apply_edit(a, E.InsertItems("parts[3].blocks", 1, (_village_table(),)))
    for edit in (
        E.SetField("parts[3].blocks[1].rows[1][1]", 85),
        E.SetField("parts[3].blocks[1].columns[0].title", "Tên thôn"),
        E.InsertItems("parts[3].blocks[1].rows", 0, (["Thôn 0", 3],)),
        E.RemoveItems("parts[3].blocks[1].columns", 0),
        E.SetField("parts[0].blocks[1].runs", [Run("Thuận lợi: "), Run("rất nhiều", italic=True)]),
        E.SetField("parts[0].blocks[0].level", 2),
        E.SetField("parts[1].blocks[5].total_row", False),
    ):
        changed, written = _changes(store, a, edit)
        assert set(changed) <= {"report", "block"} and written == 2, edit
        gone, new = changed["block"]
        assert len(gone) == len(new) == 1
        (old_row,), (new_row,) = gone, new
        assert old_row[:4] == new_row[:4]  # same report, part, position, type: only the payload changed
    assert store.load(a).parts[3].blocks[1] == Table([Column("Số hộ", "number")], [[3], [120], [85]], True, True)
    assert store.load(b) == seed_report


def test_inserting_a_block_shifts_only_later_blocks_of_that_part(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.InsertItems("parts[1].blocks", 4, (Paragraph([Run("Mới")]),)))
    gone, new = changed["block"]
    assert {r[2] for r in gone} == {4, 5} and {r[2] for r in new} == {4, 5, 6}
    assert len({r[1] for r in gone | new}) == 1  # one part
    assert written == 2 + 1 + 1
    assert store.load(b) == seed_report


def test_parts_move_and_go_with_their_blocks(two, seed_report):
    store, a, b = two
    changed, _ = _changes(store, a, E.MoveItem("parts", 3, 0))
    assert set(changed) <= {"report", "part"}  # blocks follow their part's id: untouched
    loaded = store.load(a)
    assert [p.role for p in loaded.parts] == ["recommendations", "assessment", "implementation", "plans"]
    assert loaded.parts[0].blocks == seed_report.parts[3].blocks
    before = rows(store.path)
    store.apply_edit(a, E.RemoveItems("parts", 0, 2))
    gone, new = diff(before, rows(store.path))["block"]
    assert not new and len(gone) == len(seed_report.parts[3].blocks) + len(seed_report.parts[0].blocks)
    assert [p.role for p in store.load(a).parts] == ["implementation", "plans"]
    store.apply_edit(a, E.InsertItems("parts", 0, (Part("other", "Phần thứ nhất", [Heading(1, "A"), Paragraph([Run("x")])]),)))
    store.apply_edit(a, E.SetItem("parts", 2, Part("plans", "", [ListItem(2, [Run("y")])])))
    loaded = store.load(a)
    assert loaded.parts[0] == Part("other", "Phần thứ nhất", [Heading(1, "A"), Paragraph([Run("x")])])
    assert loaded.parts[2] == Part("plans", "", [ListItem(2, [Run("y")])])
    assert store.load(b) == seed_report


def test_the_opening_and_the_activity_table_moving_between_parts(two, seed_report):
    store, a, b = two
    report = store.load(a)
    opening = (Paragraph([Run("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/9/2023 của UBND xã;")]),
               Paragraph([Run("Trung tâm học tập cộng đồng báo cáo như sau:")]))  # fmt: skip
    for edit in (
        E.InsertItems("opening", 0, opening),
        E.Batch((E.RemoveItems("parts[1].blocks", 5), E.InsertItems("opening", 2, (ActivityTable(False),)))),
        E.MoveItem("opening", 2, 0),
    ):
        edit.apply(report)
        store.apply_edit(a, edit)
        assert store.load(a) == report
    assert report.opening[0] == ActivityTable(False) and len(report.parts[1].blocks) == 5
    assert store.load(b) == seed_report


def test_signing_columns_are_rows(two, seed_report):
    store, a, b = two
    left = Signature(caption="Xác nhận của UBND xã", authority="TM.", position="Ủy ban nhân dân",
                     other_title="Chủ tịch", name="Trần Văn Bình",
                     seal_image=b"\x89PNG\r\n\x1a\n" + bytes(range(40)))  # fmt: skip
    changed, written = _changes(store, a, E.InsertItems("signatures", 1, (left,)))
    assert set(changed) <= {"report", "signature"} and written == 2
    changed, written = _changes(store, a, E.SetField("signatures[1].name", "Trần Văn Bính"))
    gone, new = changed["signature"]
    assert len(gone) == len(new) == 1 and written == 2
    assert store.load(a).signatures[1] == Signature("Xác nhận của UBND xã", "TM.", "Ủy ban nhân dân", "", "Chủ tịch",
                                                    "Trần Văn Bính", None, left.seal_image)  # fmt: skip
    assert store.load(b) == seed_report


def test_damaged_outline_rows_are_reported_not_crashed_on(two):
    store, a, _ = two
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE block SET payload = '{\"level\": 9, \"text\": 1}' WHERE report_id = ? AND position = 0", (a,))
    conn.commit()
    conn.close()
    with pytest.raises(DamagedReport, match=r"parts\[\d\]\.blocks\[0\]"):
        store.load(a)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE block SET payload = 'not json' WHERE report_id = ?", (a,))
    conn.commit()
    conn.close()
    with pytest.raises(DamagedReport):
        store.load(a)
    conn = sqlite3.connect(store.path)
    conn.execute("DELETE FROM block WHERE report_id = ?", (a,))
    conn.execute("UPDATE activity SET participants = 'khoảng 60' WHERE report_id = ? AND position = 3", (a,))
    conn.commit()
    conn.close()
    with pytest.raises(DamagedReport, match=r"activities\[3\]\.participants"):
        store.load(a)


def test_an_edit_of_a_damaged_block_is_refused_as_damage_and_writes_nothing(two):
    store, a, _ = two
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE block SET payload = '[1, 2]' WHERE report_id = ? AND position = 1", (a,))
    conn.commit()
    conn.close()
    store.accept_outside_changes()  # else the revision guard refuses first (db_changed)
    before = rows(store.path)
    with pytest.raises(DamagedReport, match=r"parts\[0\]\.blocks\[1\]"):
        store.apply_edit(a, E.SetField("parts[0].blocks[1].runs", [Run("x")]))
    assert rows(store.path) == before


def test_a_block_replaced_by_its_path_rewrites_one_row(two, seed_report):
    store, a, b = two
    changed, written = _changes(store, a, E.SetField("parts[0].blocks[1]", ListItem(2, [Run("ý nhỏ")])))
    assert set(changed) <= {"report", "block"} and written == 2
    assert store.load(a).parts[0].blocks[1] == ListItem(2, [Run("ý nhỏ")])
    assert store.load(b) == seed_report
