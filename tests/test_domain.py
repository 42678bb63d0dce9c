"""Domain: validation names its fields in Vietnamese, totals, NFC on the way in, and
the edit operations with their inverses (in memory)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain import messages
from hienhao_desktop.domain.model import Activity, Report, Subsection, Totals
from hienhao_desktop.domain.validation import Severity, validate
from tests.strategies import edits_for, reports


def test_seed_totals(seed_report):
    assert seed_report.totals() == Totals(activities=11, participants=439, unknown=1)


def test_seed_is_valid_with_two_warnings(seed_report):
    problems = validate(seed_report)
    assert [(p.field, p.code, p.severity) for p in problems] == [
        ("date", "missing_date", Severity.WARNING),
        ("activities[2].participants", "unknown_participants", Severity.WARNING),
    ]
    assert problems[1].message() == "Dòng 3 của bảng hoạt động chưa có số người tham gia."


def test_empty_report_problems_name_their_fields_in_vietnamese():
    problems = validate(Report())
    fields = {p.field for p in problems if p.severity == Severity.ERROR}
    assert fields >= {
        "school_year", "period", "organization.parent", "organization.name", "organization.abbreviation",
        "place", "assessment.advantages", "assessment.difficulties", "implementation", "solutions",
        "recipients", "signature.position", "signature.name",
    }  # fmt: skip
    for p in problems:
        text = p.message("vi")
        assert text and text != p.message("en")
        assert text[0].isupper() and text.endswith(".")
    by_field = {p.field: p.message() for p in problems}
    assert by_field["school_year"] == "Chưa nhập năm học."
    assert by_field["signature.name"] == "Chưa nhập họ tên người ký."


def test_row_level_problems_point_at_the_row(seed_report):
    seed_report.activities[3].name = ""
    seed_report.activities[5].lead_unit = ""
    seed_report.implementation[1].title = ""
    seed_report.school_year = "2023-2025"
    seed_report.document_number = "12a"
    seed_report.signature.authority = "KT."
    seed_report.recipients = ["Đảng uỷ - UBND xã"]
    got = {(p.field, p.code) for p in validate(seed_report)}
    assert {
        ("activities[3].name", "missing_activity_name"),
        ("activities[5].lead_unit", "missing_lead_unit"),
        ("implementation[1].title", "missing_subsection_title"),
        ("school_year", "bad_school_year"),
        ("document_number", "bad_document_number"),
        ("signature.deputy_position", "missing_deputy_position"),
        ("recipients", "missing_archive_recipient"),
    } <= got
    msg = {p.field: p.message() for p in validate(seed_report)}
    assert msg["activities[3].name"] == "Dòng 4 của bảng hoạt động chưa có tên chuyên đề, hoạt động."


def test_every_message_renders_in_both_languages():
    params = dict(choices="a", size=1, limit=2, key="k", index=1, offset=0, line=1, column=1, detail="d",
                  version=9, supported=1, number=1, length=3, folder="f", user="u", host="h", since="s",
                  pid=1, id=1, field="x", backup="b", target="t", table="t", column_name="c", name="n",
                  problem=messages.Msg("not_text"), cause=messages.Msg("cause_disk_full"),
                  what=messages.Msg("obj_view"))  # fmt: skip
    same_by_design = {"cause_other"}  # the system's own words, whatever the language
    for code in messages.MESSAGES:
        if code not in same_by_design:
            assert messages.render(code, "vi", **params) != messages.render(code, "en", **params), code


def test_text_is_nfc_and_clean_on_the_way_in():
    report = Report()
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Tuân")
    E.SetField("signature.name", f" {nfd}\x00\x0b ").apply(report)
    assert report.signature.name == "Nguyễn Văn Tuân"
    E.SetField("assessment.advantages", "Dòng 1\r\nDòng\t2\x07").apply(report)
    assert report.assessment.advantages == "Dòng 1\nDòng\t2"
    E.InsertItems("activities", 0, (Activity(name=unicodedata.normalize("NFD", "Tết trung thu")),)).apply(report)
    assert report.activities[0].name == "Tết trung thu"
    E.InsertItems("recipients", 0, ("Lưu\x1f VT",)).apply(report)
    assert report.recipients == ["Lưu VT"]


@pytest.mark.parametrize(
    "edit, path, code",
    [
        (E.SetField("title", 12), "title", "not_text"),
        (E.SetField("date", "2024-01-15"), "date", "not_date"),
        (E.SetField("date", dt.datetime(2024, 1, 15)), "date", "not_date"),
        (E.SetField("kind", "ban_nien"), "kind", "not_choice"),
        (E.SetField("signature.authority", "KT"), "signature.authority", "not_choice"),
        (E.SetField("signature.seal_image", b"GIF89a"), "signature.seal_image", "not_png"),
        (
            E.SetField("signature.seal_image", b"\x89PNG\r\n\x1a\n" + bytes(3 * 2**20)),
            "signature.seal_image",
            "image_too_large",
        ),
        (E.SetItemField("activities", 0, "participants", -1), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 0, "participants", 2.5), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 0, "participants", True), "activities[0].participants", "not_whole_number"),
        (E.SetItemField("activities", 1, "participants", "5"), "activities[1].participants", "not_whole_number"),
        (E.SetItemField("activities", 1, "participants", 2**63), "activities[1].participants", "number_too_large"),
        (E.InsertItems("recipients", 0, ("a", 5)), "recipients[1]", "not_text"),
        (E.InsertItems("activities", 0, ("a",)), "activities[0]", "not_object"),
        (E.SetItem("implementation", 0, Activity()), "implementation[0]", "not_object"),
        (E.RemoveItems("solutions", 4), "solutions[4]", "bad_index"),
        (E.RemoveItems("solutions", 2, 3), "solutions[4]", "bad_index"),
        (E.RemoveItems("solutions", -1), "solutions[-1]", "bad_index"),
        (E.InsertItems("solutions", 5, ("x",)), "solutions[5]", "bad_index"),
        (E.InsertItems("solutions", -1, ("x",)), "solutions[-1]", "bad_index"),
        (E.MoveItem("activities", 0, 11), "activities[11]", "bad_index"),
        (E.MoveItem("activities", -1, 0), "activities[-1]", "bad_index"),
        (E.SetItem("recipients", 4, "x"), "recipients[4]", "bad_index"),
        (E.SetItemField("implementation", 2, "title", "x"), "implementation[2]", "bad_index"),
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


def test_unknown_names_are_programming_errors():
    with pytest.raises(KeyError):
        E.SetField("organisation.name", "x").normalized()
    with pytest.raises(KeyError):
        E.InsertItems("activity", 0, ()).normalized()
    with pytest.raises(KeyError):
        E.SetItemField("activities", 0, "title", "x").normalized()


def test_move_item_and_its_inverse(seed_report):
    names = [a.name for a in seed_report.activities]
    inverse = E.MoveItem("activities", 1, 7).apply(seed_report)
    assert [a.name for a in seed_report.activities] == names[:1] + names[2:8] + names[1:2] + names[8:]
    inverse.apply(seed_report)
    assert [a.name for a in seed_report.activities] == names


def test_stt_is_computed_removing_a_row_renumbers(seed_report):
    E.RemoveItems("activities", 0).apply(seed_report)
    assert seed_report.totals() == Totals(activities=10, participants=377, unknown=1)


def test_inserted_items_are_copies():
    report = Report()
    act = Activity(name="A")
    E.InsertItems("activities", 0, (act,)).apply(report)
    act.name = "changed outside"
    assert report.activities[0].name == "A"
    sub = Subsection(title="T")
    report = Report(implementation=[Subsection()])
    E.SetItem("implementation", 0, sub).apply(report)
    sub.title = "changed outside"
    assert report.implementation[0].title == "T"


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_edits_then_inverses_in_reverse_give_back_the_original(data):
    original = E.normalize_report(data.draw(reports()))
    report = original.copy()
    undo = []
    for _ in range(data.draw(st.integers(1, 8))):
        edit = data.draw(edits_for(report))
        before = report.copy()
        try:
            undo.append(edit.apply(report))
        except E.EditError:
            assert report == before
    for inverse in reversed(undo):
        inverse.apply(report)
    assert report == original
