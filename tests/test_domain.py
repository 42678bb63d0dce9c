"""Domain: validation names its places in Vietnamese and English, totals, NFC on the
way in, the edit operations over the outline with their inverses (in memory), and
normalisation (runs, levels, tables, one activity table, one or two signing columns)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain import messages
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
    Totals,
)
from hienhao_desktop.domain.normalize import normalize_report, normalize_runs
from hienhao_desktop.domain.text import clean_line
from hienhao_desktop.domain.validation import Severity, validate
from tests.strategies import edits_for, raw_text, reports, run_lists


def test_seed_totals(seed_report):
    assert seed_report.totals() == Totals(activities=11, participants=439, unknown=1)


def test_seed_is_valid_with_two_warnings(seed_report):
    problems = validate(seed_report)
    assert [(p.field, p.code, p.severity) for p in problems] == [
        ("date", "missing_date", Severity.WARNING),
        ("activities[2].participants", "unknown_participants", Severity.WARNING),
    ]
    assert problems[1].message() == "Dòng 3 của bảng hoạt động chưa có số người tham gia."
    assert problems[1].message("en") == "Row 3 of the activity table has no participant count."


def test_empty_report_problems_name_their_fields_in_vietnamese():
    problems = validate(Report())
    fields = {p.field for p in problems if p.severity == Severity.ERROR}
    assert fields >= {
        "period", "organization.parent", "organization.name", "organization.abbreviation",
        "place", "parts", "recipients", "signatures[0].position", "signatures[0].name",
    }  # fmt: skip
    for p in problems:
        text = p.message("vi")
        assert text and text != p.message("en")
        assert text[0].isupper() and text.endswith(".")
    by_field = {p.field: p.message() for p in problems}
    assert by_field["place"] == "Chưa nhập địa danh (ví dụ Hiền Hào)."
    assert by_field["signatures[0].name"] == "Chưa nhập họ tên người ký."


def test_problems_point_at_the_place_in_the_outline(seed_report):
    seed_report.activities[3].name = ""
    seed_report.activities[5].lead_unit = ""
    seed_report.parts[1].blocks[4] = Heading(1, "")  # an implementation heading without its text
    seed_report.parts[0].blocks[1] = Paragraph([])  # "Thuận lợi" without text
    seed_report.parts[2].blocks = []  # no plans
    seed_report.school_year = "2023-2025"
    seed_report.document_number = "12a"
    seed_report.signatures[0].authority = "KT."
    seed_report.signatures.append(Signature(caption="Xác nhận của UBND xã"))
    seed_report.recipients = ["Đảng uỷ - UBND xã"]
    seed_report.date = IssueDate(31, 4, 2024)
    got = {(p.field, p.code, p.severity) for p in validate(seed_report)}
    assert {
        ("activities[3].name", "missing_activity_name", Severity.ERROR),
        ("activities[5].lead_unit", "missing_lead_unit", Severity.WARNING),
        ("parts[1].blocks[4]", "missing_heading_text", Severity.ERROR),
        ("parts[0].blocks[0]", "empty_heading_section", Severity.WARNING),
        ("parts[2]", "empty_part", Severity.ERROR),
        ("school_year", "bad_school_year", Severity.ERROR),
        ("document_number", "bad_document_number", Severity.ERROR),
        ("signatures[0].deputy_position", "missing_deputy_position", Severity.ERROR),
        ("signatures[1].position", "missing_position_left", Severity.ERROR),
        ("signatures[1].name", "missing_signer_left", Severity.ERROR),
        ("recipients", "missing_archive_recipient", Severity.WARNING),
        ("date.day", "bad_date", Severity.ERROR),
    } <= got
    msg = {p.field: p.message() for p in validate(seed_report)}
    assert msg["activities[3].name"] == "Dòng 4 của bảng hoạt động chưa có tên chuyên đề, hoạt động."
    assert msg["parts[0].blocks[0]"] == "Mục “Thuận lợi” ở phần I chưa có nội dung."
    assert msg["parts[2]"].startswith("Phần III (Giải pháp thực hiện nhiệm vụ học kỳ II")
    assert msg["date.day"] == "Ngày ban hành không có thật: 31/04/2024."


@pytest.mark.parametrize(
    "date, bad",
    [
        (IssueDate(None, 4, 2012), False),  # "ngày … tháng 4 năm 2012": written by hand
        (IssueDate(29, 2, None), False),  # the year left for later: 29/02 may be right
        (IssueDate(29, 2, 2023), True),
        (IssueDate(29, 2, 2024), False),
        (IssueDate(31, 6, None), True),
        (IssueDate(15, None, 2024), False),
    ],
)
def test_partial_dates_are_checked_as_far_as_they_go(seed_report, date, bad):
    seed_report.date = date
    assert any(p.code == "bad_date" for p in validate(seed_report)) == bad
    assert not any(p.code == "missing_date" for p in validate(seed_report))


def test_activities_without_a_place_to_print_them(seed_report):
    seed_report.parts[1].blocks.pop()  # the activity table's place
    problems = {p.field: p for p in validate(seed_report)}
    assert problems["activities"].code == "activities_not_printed"
    assert "11 dòng" in problems["activities"].message()
    seed_report.activities = []
    assert "activities" not in {p.field for p in validate(seed_report)}  # no table, no rows: fine


def test_free_periods_and_other_reports():
    report = normalize_report(Report(kind="other", period="Từ tháng 10/2018 đến tháng 5/2019"))
    codes = {p.code for p in validate(report)}
    assert "missing_title" in codes and "missing_school_year" not in codes and "missing_period" not in codes
    report.parts = [Part("other", "", [Paragraph([Run("Nội dung")])])]
    assert ("parts[0].heading", "missing_part_heading") in {(p.field, p.code) for p in validate(report)}


def test_every_message_renders_in_both_languages():
    import string

    names = {field for vi, en in messages.MESSAGES.values() for text in (vi, en)
             for _, field, _, _ in string.Formatter().parse(text) if field}
    params: dict[str, object] = {name: 1 for name in names}
    # messages inside messages (a cause, a problem, what kind of object)
    params.update(problem=messages.Msg("not_text"), cause=messages.Msg("cause_disk_full"),
                  what=messages.Msg("obj_view"))  # fmt: skip
    same_by_design = {"cause_other"}  # the system's own words, whatever the language
    for code in messages.MESSAGES:
        if code not in same_by_design:
            assert messages.render(code, "vi", **params) != messages.render(code, "en", **params), code


def test_text_is_nfc_and_clean_on_the_way_in(seed_report):
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Tuân")
    E.SetField("signatures[0].name", f" {nfd}\x00\x0b ").apply(seed_report)
    assert seed_report.signatures[0].name == "Nguyễn Văn Tuân"
    E.SetField("title", "Sơ kết học kỳ I\r\nnăm học 2023-2024\x07").apply(seed_report)
    assert seed_report.title == "Sơ kết học kỳ I\nnăm học 2023-2024"  # the author's break is kept
    E.InsertItems("activities", 0, (Activity(name=unicodedata.normalize("NFD", "Tết trung thu")),)).apply(seed_report)
    assert seed_report.activities[0].name == "Tết trung thu"
    E.InsertItems("recipients", 0, ("Lưu\x1f VT",)).apply(seed_report)
    assert seed_report.recipients[0] == "Lưu VT"
    E.SetField("parts[0].blocks[1].runs", [Run(unicodedata.normalize("NFD", " Thuận  lợi\n"), bold=True)]).apply(
        seed_report
    )
    assert seed_report.parts[0].blocks[1] == Paragraph([Run("Thuận lợi", bold=True)])


# ---- runs -----------------------------------------------------------------------------------------


def test_runs_are_canonical():
    assert normalize_runs([Run(" a  "), Run(" b", bold=True), Run("\u0301c  "), Run("  ")], "r") == [
        Run("a "), Run("b\u0301", bold=True), Run("c"),
    ]  # fmt: skip
    assert normalize_runs([Run("Học "), Run("chưa ", italic=True), Run("bao giờ", italic=True), Run("")], "r") == [
        Run("Học "), Run("chưa bao giờ", italic=True),
    ]  # fmt: skip
    assert normalize_runs([Run("e"), Run("\u0302\u0301", bold=True)], "r") == [Run("ế")]
    assert normalize_runs([Run(" \n "), Run("\x00")], "r") == []
    with pytest.raises(E.EditError) as info:
        normalize_runs([Run("a"), Run("b", bold=1)], "parts[0].blocks[2].runs")  # type: ignore[arg-type]
    assert (info.value.path, info.value.code) == ("parts[0].blocks[2].runs[1].bold", "not_bool")


@settings(max_examples=200, deadline=None)
@given(text=raw_text)
def test_one_run_is_cleaned_like_a_line(text):
    line = clean_line(text)
    assert normalize_runs([Run(text)], "r") == ([Run(line)] if line else [])


@settings(max_examples=200, deadline=None)
@given(runs=run_lists())
def test_runs_normalise_to_a_fixpoint_with_the_same_text(runs):
    once = normalize_runs(runs, "r")
    assert normalize_runs(once, "r") == once
    text = "".join(r.text for r in once)
    assert all(r.text == unicodedata.normalize("NFC", r.text) for r in once)
    assert clean_line("".join(r.text for r in runs)) == unicodedata.normalize("NFC", text)  # the words are kept
    assert all(r.text for r in once)
    assert all((a.bold, a.italic, a.underline) != (b.bold, b.italic, b.underline) for a, b in zip(once, once[1:], strict=False))


@settings(max_examples=60, deadline=None)
@given(raw=reports())
def test_normalising_a_clean_report_changes_nothing(raw):
    clean = normalize_report(raw)
    assert normalize_report(clean) == clean


# ---- bad edits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit, path, code",
    [
        (E.SetField("title", 12), "title", "not_text"),
        (E.SetField("date.day", "15"), "date.day", "bad_range"),
        (E.SetField("date.day", 32), "date.day", "bad_range"),
        (E.SetField("date.month", 0), "date.month", "bad_range"),
        (E.SetField("date.year", True), "date.year", "bad_range"),
        (E.SetField("kind", "ban_nien"), "kind", "not_choice"),
        (E.SetField("part_numbering", "arabic"), "part_numbering", "not_choice"),
        (E.SetField("signatures[0].authority", "KT"), "signatures[0].authority", "not_choice"),
        (E.SetField("signatures[0].seal_image", b"GIF89a"), "signatures[0].seal_image", "not_png"),
        (
            E.SetField("signatures[0].seal_image", b"\x89PNG\r\n\x1a\n" + bytes(3 * 2**20)),
            "signatures[0].seal_image",
            "image_too_large",
        ),
        (E.SetField("signatures[1].name", "x"), "signatures[1]", "bad_index"),
        (E.SetItemField("activities", 0, "participants", -1), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 0, "participants", 2.5), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 0, "participants", True), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 1, "participants", "5"), "activities[1].participants", "not_whole_number"),
        (E.SetItemField("activities", 1, "participants", 2**63), "activities[1].participants", "number_too_large"),
        (E.SetField("activities[11].name", "x"), "activities[11]", "bad_index"),
        (E.SetField("parts[4].heading", "x"), "parts[4]", "bad_index"),
        (E.SetField("parts[0].role", "intro"), "parts[0].role", "not_choice"),
        (E.SetField("parts[0].blocks[0].level", 4), "parts[0].blocks[0].level", "bad_level"),
        (E.SetField("parts[2].blocks[0].level", 3), "parts[2].blocks[0].level", "bad_level"),
        (E.SetField("parts[0].blocks[0].runs", []), "parts[0].blocks[0].runs", "bad_path"),  # a heading has text
        (E.SetField("parts[0].blocks[1].text", "x"), "parts[0].blocks[1].text", "bad_path"),
        (E.SetField("parts[0].blocks[9].text", "x"), "parts[0].blocks[9]", "bad_index"),
        (E.SetField("parts[0].blocks[1].runs", [Run("a"), "b"]), "parts[0].blocks[1].runs[1]", "not_object"),
        (E.SetField("parts[0].blocks[1].runs", "Thuận lợi"), "parts[0].blocks[1].runs", "not_list"),
        (E.InsertItems("recipients", 0, ("a", 5)), "recipients[1]", "not_text"),
        (E.InsertItems("activities", 0, ("a",)), "activities[0]", "not_object"),
        (E.InsertItems("parts[0].blocks", 0, (Heading(0, "x"),)), "parts[0].blocks[0].level", "bad_level"),
        (E.InsertItems("parts[0].blocks", 1, (ListItem(3, []),)), "parts[0].blocks[1].level", "bad_level"),
        (E.InsertItems("opening", 0, ("Căn cứ",)), "opening[0]", "not_object"),
        (E.InsertItems("parts[3].blocks", 0, (ActivityTable(),)), "parts[3].blocks[0]", "second_activity_table"),
        (E.InsertItems("opening", 0, (ActivityTable(),)), "opening[0]", "second_activity_table"),
        (E.InsertItems("parts", 0, (Part("other", "", [ActivityTable()]),)), "parts[0]", "second_activity_table"),
        (E.SetItem("parts[0].blocks", 0, ActivityTable()), "parts[0].blocks[0]", "second_activity_table"),
        (E.InsertItems("parts[0].blocks", 0, (Table([], []),)), "parts[0].blocks[0].columns", "table_needs_column"),
        (
            E.InsertItems("parts[0].blocks", 0, (Table([Column("Thôn")], [["a", "b"]]),)),
            "parts[0].blocks[0].rows[0]",
            "bad_row_length",
        ),
        (
            E.InsertItems("parts[0].blocks", 0, (Table([Column("Số hộ", "number")], [[12], ["12"]]),)),
            "parts[0].blocks[0].rows[1][0]",
            "not_integer",
        ),
        (E.InsertItems("signatures", 1, (Signature(), Signature())), "signatures", "signature_count"),
        (E.RemoveItems("signatures", 0), "signatures", "signature_count"),
        (E.SetItem("parts", 0, Activity()), "parts[0]", "not_object"),
        (E.RemoveItems("parts[2].blocks", 4), "parts[2].blocks[4]", "bad_index"),
        (E.RemoveItems("parts[2].blocks", 2, 3), "parts[2].blocks[4]", "bad_index"),
        (E.RemoveItems("parts[2].blocks", -1), "parts[2].blocks[-1]", "bad_index"),
        (E.InsertItems("parts[2].blocks", 5, (Paragraph(),)), "parts[2].blocks[5]", "bad_index"),
        (E.InsertItems("parts[9].blocks", 0, (Paragraph(),)), "parts[9]", "bad_index"),
        (E.MoveItem("activities", 0, 11), "activities[11]", "bad_index"),
        (E.MoveItem("activities", -1, 0), "activities[-1]", "bad_index"),
        (E.MoveItem("parts", 0, 4), "parts[4]", "bad_index"),
        (E.SetItem("recipients", 4, "x"), "recipients[4]", "bad_index"),
        (E.InsertItems("parts[1].blocks[5].rows", 0, (["x"],)), "parts[1].blocks[5].rows", "bad_path"),
        (E.Batch((E.SetField("title", "Mới"), E.RemoveItems("recipients", 9))), "recipients[9]", "bad_index"),
    ],
)
def test_bad_edits_raise_edit_error_and_change_nothing(seed_report, edit, path, code):
    before = seed_report.copy()
    with pytest.raises(E.EditError) as info:
        edit.apply(seed_report)
    assert (info.value.path, info.value.code) == (path, code)
    assert str(info.value).startswith(f"{path}: ")
    assert seed_report == before


def test_unknown_paths_are_programming_errors():
    for edit in (
        E.SetField("organisation.name", "x"),
        E.SetField("signature.name", "x"),  # version 1's name: now signatures[0].name
        E.SetField("parts[0].blocks", []),
        E.SetField("parts[0]", Part()),
        E.SetField("parts[0].blocks[0].colour", "red"),
        E.SetField("parts[0].blocks[0].rows[1]", []),  # a row is a list item: SetItem
        E.InsertItems("activity", 0, ()),
        E.InsertItems("title", 0, ()),
        E.InsertItems("parts[0]", 0, ()),
        E.SetItemField("activities", 0, "title", "x"),
        E.SetField("parts[0.blocks", "x"),
    ):
        with pytest.raises(KeyError):
            edit.normalized()


# ---- good edits and their inverses ---------------------------------------------------------------


def test_move_item_and_its_inverse(seed_report):
    names = [a.name for a in seed_report.activities]
    inverse = E.MoveItem("activities", 1, 7).apply(seed_report)
    assert [a.name for a in seed_report.activities] == names[:1] + names[2:8] + names[1:2] + names[8:]
    inverse.apply(seed_report)
    assert [a.name for a in seed_report.activities] == names


def test_stt_is_computed_removing_a_row_renumbers(seed_report):
    E.RemoveItems("activities", 0).apply(seed_report)
    assert seed_report.totals() == Totals(activities=10, participants=377, unknown=1)


def test_inserted_items_are_copies(seed_report):
    act = Activity(name="A")
    E.InsertItems("activities", 0, (act,)).apply(seed_report)
    act.name = "changed outside"
    assert seed_report.activities[0].name == "A"
    para = Paragraph([Run("T")])
    E.SetItem("parts[3].blocks", 0, para).apply(seed_report)
    para.runs[0].text = "changed outside"
    assert seed_report.parts[3].blocks[0] == Paragraph([Run("T")])


def _village_table() -> Table:
    return Table([Column("Thôn"), Column("Số hộ", "number"), Column("Ghi chú")],
                 [["Thôn 1", 120, ""], ["Thôn 2", None, "chưa đủ"], ["Thôn 3", 1234, ""]], numbered=True, total_row=True)  # fmt: skip


def test_table_cells_rows_and_columns(seed_report):
    E.InsertItems("parts[1].blocks", 5, (_village_table(),)).apply(seed_report)
    path = "parts[1].blocks[5]"
    original = seed_report.copy()
    undo = [
        E.SetField(f"{path}.rows[1][1]", 85).apply(seed_report),
        E.SetField(f"{path}.rows[0][0]", unicodedata.normalize("NFD", "Thôn Đông\r\nHải")).apply(seed_report),
        E.InsertItems(f"{path}.rows", 3, (["Thôn 4", 7, ""],)).apply(seed_report),
        E.MoveItem(f"{path}.rows", 3, 0).apply(seed_report),
        E.InsertItems(f"{path}.columns", 1, (Column("Số người", "number"),)).apply(seed_report),
        E.MoveItem(f"{path}.columns", 2, 0).apply(seed_report),
        E.SetField(f"{path}.columns[0].title", "Số hộ gia đình").apply(seed_report),
        E.SetField(f"{path}.total_row", False).apply(seed_report),
    ]
    table = seed_report.parts[1].blocks[5]
    assert table == Table(
        [Column("Số hộ gia đình", "number"), Column("Thôn"), Column("Số người", "number"), Column("Ghi chú")],
        [[7, "Thôn 4", None, ""], [120, "Thôn Đông\nHải", None, ""], [85, "Thôn 2", None, "chưa đủ"],
         [1234, "Thôn 3", None, ""]],
        numbered=True, total_row=False,
    )  # fmt: skip
    assert table.totals() == [1446, None, 0, None]
    undo.append(E.RemoveItems(f"{path}.columns", 2).apply(seed_report))
    assert undo[-1] == E.SetItem("parts[1].blocks", 5, table)  # only the whole table brings the cells back
    for inverse in reversed(undo):
        inverse.apply(seed_report)
    assert seed_report == original


def test_changing_a_column_kind_converts_its_cells(seed_report):
    E.InsertItems("parts[3].blocks", 1, (_village_table(),)).apply(seed_report)
    before = seed_report.copy()
    inverse = E.SetField("parts[3].blocks[1].columns[1].kind", "text").apply(seed_report)
    assert [row[1] for row in seed_report.parts[3].blocks[1].rows] == ["120", "", "1.234"]
    assert inverse == E.SetItem("parts[3].blocks", 1, before.parts[3].blocks[1])
    again = E.SetField("parts[3].blocks[1].columns[1].kind", "number").apply(seed_report)
    assert seed_report == before
    again.apply(seed_report)
    with pytest.raises(E.EditError) as info:  # "chưa đủ" is not a number: nothing changes
        E.SetItem("parts[3].blocks[1].columns", 2, Column("Ghi chú", "number")).apply(seed_report)
    assert (info.value.path, info.value.code) == ("parts[3].blocks[1].rows[1][2]", "not_integer")
    with pytest.raises(E.EditError) as info:
        E.RemoveItems("parts[3].blocks[1].columns", 0, 3).apply(seed_report)
    assert info.value.code == "table_needs_column"


def test_the_activity_table_moves_as_a_batch(seed_report):
    original = seed_report.copy()
    move = E.Batch((E.RemoveItems("parts[1].blocks", 5), E.InsertItems("parts[3].blocks", 1, (ActivityTable(),))))
    inverse = move.apply(seed_report)
    assert seed_report.parts[3].blocks[1] == ActivityTable() and len(seed_report.parts[1].blocks) == 5
    inverse.apply(seed_report)
    assert seed_report == original


def test_a_block_is_replaced_by_its_path(seed_report):
    paragraph = Paragraph([Run("Thuận lợi: "), Run("nhiều", bold=True)])
    inverse = E.SetField("parts[0].blocks[1]", paragraph).apply(seed_report)
    assert seed_report.parts[0].blocks[1] == paragraph
    assert inverse == E.SetItem("parts[0].blocks", 1, inverse.value) and isinstance(inverse.value, Paragraph)
    with pytest.raises(E.EditError) as info:
        E.SetField("parts[0].blocks[1]", ActivityTable()).apply(seed_report)
    assert info.value.code == "second_activity_table"


def test_replace_blocks_makes_the_smallest_edit(seed_report):
    blocks = list(seed_report.parts[1].blocks)
    assert E.replace_blocks(seed_report, "parts[1].blocks", blocks) is None
    changed = blocks.copy()
    changed[2] = Paragraph([Run("Phát động "), Run("Tuần lễ", bold=True)])
    assert E.replace_blocks(seed_report, "parts[1].blocks", changed) == E.SetItem("parts[1].blocks", 2, changed[2])
    typed = [*blocks[:3], Paragraph([Run("Dòng mới")]), ListItem(2, [Run("ý nhỏ")]), *blocks[3:]]
    edit = E.replace_blocks(seed_report, "parts[1].blocks", typed)
    assert edit == E.InsertItems("parts[1].blocks", 3, (typed[3], typed[4]))
    moved = [blocks[5], *blocks[:5]]  # the activity table to the top of the part
    edit = E.replace_blocks(seed_report, "parts[1].blocks", moved)
    assert edit is not None
    inverse = edit.apply(seed_report)
    assert seed_report.parts[1].blocks == moved
    inverse.apply(seed_report)
    assert seed_report.parts[1].blocks == blocks


def test_signing_columns(seed_report):
    left = Signature(caption="Xác nhận của UBND xã", authority="TM.", position="Ủy ban nhân dân",
                     deputy_position="", other_title="Chủ tịch", name="Trần Văn Bình")  # fmt: skip
    inverse = E.InsertItems("signatures", 1, (left,)).apply(seed_report)
    assert seed_report.signatures[1] == left and inverse == E.RemoveItems("signatures", 1, 1)
    E.SetField("signatures[1].caption", "xác nhận của ubnd xã").apply(seed_report)
    assert seed_report.signatures[1].caption == "xác nhận của ubnd xã"  # upper-cased when printed, kept as typed
    E.MoveItem("signatures", 0, 1).apply(seed_report)
    assert seed_report.signature.name == "Trần Văn Bình"


def test_date_parts_and_set_date(seed_report):
    inverse = E.set_date(IssueDate(None, 4, 2012)).apply(seed_report)
    assert seed_report.date == IssueDate(None, 4, 2012) and seed_report.date.as_date() is None
    inverse.apply(seed_report)
    assert seed_report.date.is_empty()


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_edits_then_inverses_in_reverse_give_back_the_original(data):
    original = normalize_report(data.draw(reports()))
    report = original.copy()
    undo = []
    for _ in range(data.draw(st.integers(1, 8))):
        edit = data.draw(edits_for(report))
        before = report.copy()
        try:
            undo.append(edit.apply(report))
        except E.EditError:
            assert report == before
        else:
            assert normalize_report(report) == report  # an edit keeps the report clean
    for inverse in reversed(undo):
        inverse.apply(report)
    assert report == original
