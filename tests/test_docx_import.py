"""The Word importer on documents typed the ways clerks type them: each imported and
compared field by field with the report it should give."""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

import pytest

from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Column,
    Heading,
    IssueDate,
    ListItem,
    Organization,
    Paragraph,
    Part,
    Report,
    Run,
    Signature,
    Table,
)
from hienhao_desktop.domain.templates import blocks_from_text
from hienhao_desktop.storage.docx_import import (
    DocxImport,
    guess_period,
    guess_role,
    import_docx,
    import_docx_bytes,
)
from tests import docx_samples as S
from tests.docx_builder import DocBuilder, R


def imported(builder: DocBuilder, name: str = "report.docx") -> DocxImport:
    return import_docx_bytes(builder.bytes(), name)


def assert_same_report(actual: Report, expected: Report) -> None:
    """Field by field, part by part, block by block: a failure names what differs."""
    for f in dataclasses.fields(Report):
        if f.name in ("parts", "opening", "activities"):
            continue
        assert getattr(actual, f.name) == getattr(expected, f.name), f.name
    assert actual.opening == expected.opening, "opening"
    assert [(p.role, p.heading) for p in actual.parts] == [(p.role, p.heading) for p in expected.parts], "parts"
    for n, (a, e) in enumerate(zip(actual.parts, expected.parts, strict=True)):
        for k, (block_a, block_e) in enumerate(zip(a.blocks, e.blocks, strict=False)):
            assert block_a == block_e, f"parts[{n}].blocks[{k}]"
        assert len(a.blocks) == len(e.blocks), f"parts[{n}] has {len(a.blocks)} blocks, expected {len(e.blocks)}"
    for n, (got, want) in enumerate(zip(actual.activities, expected.activities, strict=False)):
        assert got == want, f"activities[{n}]"
    assert len(actual.activities) == len(expected.activities), "activities"


def p(*runs: str | Run) -> Paragraph:
    return Paragraph([r if isinstance(r, Run) else Run(r) for r in runs])


def item(text: str, level: int = 1) -> ListItem:
    return ListItem(level, [Run(text)])


def notes(result: DocxImport) -> list[str]:
    return [note.code for note in result.summary.notes]


# ---- the seed as the user typed it ----------------------------------------------------------


def test_seed_as_typed_gives_the_seed_report():
    seed = S.seed_data()
    result = imported(S.seed_document(), "bao-cao-so-ket.docx")
    first, second = seed["implementation"]
    expected = Report(
        kind="so_ket", school_year="2023-2024", period="Học kỳ I",  # the period from III's "học kỳ II"
        title="Sơ kết năm học 2023-2024",  # as typed: not the default title of Học kỳ I
        part_numbering="roman", heading_numbering="decimal",
        parts=[
            Part("assessment", "", [Heading(1, "Thuận lợi"), p(seed["assessment"]["advantages"]),
                                    Heading(1, "Khó khăn"), p(seed["assessment"]["difficulties"])]),
            Part("implementation", "", [Heading(1, first["title"]), *blocks_from_text(first["body"]),
                                        Heading(1, second["title"]), ActivityTable(total_row=False)]),
            Part("plans", "", [item(text) for text in seed["solutions"]]),  # heading: the default for Học kỳ I
            Part("recommendations", "", [p(seed["recommendations"][0])]),
        ],
        activities=[Activity(**a) for a in seed["activities"]],
        recipients=seed["recipients"],
        signatures=[Signature(position="Giám đốc", other_title="Chủ tịch UBND xã Hiền Hào", name="Nguyễn Văn Tuân")],
    )
    assert_same_report(result.report, expected)
    assert result.report.part_heading(result.report.parts[2]) == seed["solutions_title"]
    summary = result.summary
    assert [(x.label, x.role) for x in summary.parts] == [("I.", "assessment"), ("II.", "implementation"),
                                                        ("III.", "plans"), ("IV.", "recommendations")]
    assert (summary.headings, summary.paragraphs, summary.list_items, summary.activities) == (4, 6, 4, 11)
    assert summary.activity_table and summary.recipients == 4 and summary.signatures == 1
    assert summary.plain == []
    assert "docx_stt_renumbered" in notes(result)  # the user's Stt skipped 6
    assert "docx_no_header" in notes(result)


def test_seed_summary_reads_in_both_languages():
    result = imported(S.seed_document(), "seed.docx")
    vi = result.summary.lines("vi")
    en = result.summary.lines("en")
    assert vi[0] == "Nhập từ Word: seed.docx" and en[0] == "Imported from Word: seed.docx"
    assert "  I. Đánh giá chung [đánh giá chung]" in vi
    assert "Bảng hoạt động: 11 dòng" in vi and "Activity table: 11 rows" in en
    assert any("Stt" in line for line in vi)


# ---- an opening, Kính gửi, a table with a total, a footer typed with tabs ---------------------


def test_report_with_an_opening_and_a_tabbed_footer():
    result = imported(S.opening_report())
    expected = Report(
        kind="tong_ket", school_year="2023-2024", period="Cả năm", title="",  # the default title, as typed
        organization=Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "TTHTCĐ"),
        document_number="07", document_code="", place="Hiền Hào", date=IssueDate(28, 5, 2024),
        addressees=["Phòng Giáo dục và Đào tạo huyện Cát Hải", "Ủy ban nhân dân xã Hiền Hào"],
        opening=[
            p(Run("Căn cứ Kế hoạch số 05/KH-TTHTCĐ ngày 10/9/2023 về hoạt động năm học 2023-2024;", italic=True)),
            p(Run("Căn cứ kết quả thực hiện nhiệm vụ năm học,", italic=True)),
            p("Trung tâm học tập cộng đồng xã Hiền Hào báo cáo tổng kết năm học như sau:"),
        ],
        part_numbering="roman", heading_numbering="decimal",
        parts=[
            Part("situation", "", [p("Xã có 5 thôn, ", Run("1.234", bold=True),
                                     " hộ dân; trình độ dân trí không đồng đều.")]),
            Part("implementation", "Kết quả thực hiện nhiệm vụ năm học", [
                Heading(1, "Đội ngũ"),
                Table([Column("Họ và tên"), Column("Chức vụ"), Column("Số năm công tác", "number")],
                      [["Nguyễn Văn Tuân", "Giám đốc", 12], ["Trần Thị Bình", "Phó Giám đốc", 1050],
                       ["Lê Văn Cường", "Cán bộ", None]], numbered=True, total_row=True),
                Heading(1, "Hoạt động"),
                p("Tổ chức 12 chuyên đề với ", Run("“Học tập suốt đời”", italic=True), " là chủ đề chính."),
            ]),
            Part("plans", "", [item("Duy trì các lớp chuyên đề;"), item("Lớp tin học cơ bản;", 2),
                               item("Lớp tiếng Anh giao tiếp.", 2)]),
            Part("recommendations", "Kiến nghị, đề xuất", [p("Đề nghị cấp kinh phí hoạt động năm 2025.")]),  # "./."
        ],
        recipients=["Đảng ủy xã", "Lưu: VT, TTHTCĐ"],  # "Như trên" comes back from the addressees
        signatures=[Signature(position="Giám đốc", name="Nguyễn Văn Tuân")],
    )
    assert_same_report(result.report, expected)
    assert result.summary.tables == [(4, 3)] and result.summary.total_rows == 1
    assert result.summary.opening == 3 and result.summary.addressees == 2
    assert "docx_total_mismatch" not in notes(result)
    assert set(result.summary.header) == {"organization", "number", "national", "place", "date"}


def test_phan_thu_nhat_parts_with_four_levels_and_two_signing_columns():
    result = imported(S.words_parts_report())
    report = result.report
    expected = Report(
        kind="other", school_year="", period="Từ tháng 10/2011 đến tháng 4/2012",
        title="Kết quả hoạt động khuyến học\ntừ tháng 10/2011 đến tháng 4/2012",  # the author's break kept
        organization=Organization("UBND xã Hiền Hào", "Hội khuyến học", ""),
        document_number="02", document_code="UB", place="Hiền Hào", date=IssueDate(None, 4, 2012),
        part_numbering="words",
        heading_numbering="none",  # A. → I/ → 1. is no style of the program: numbers kept as typed
        parts=[
            Part("implementation", "Kết quả hoạt động", [
                Heading(1, "A. CÔNG TÁC TỔ CHỨC"), Heading(2, "I/ Kiện toàn hội"), Heading(3, "1. Chi hội thôn"),
                p("a) Thôn Đông: 45 hội viên."), p("b) Thôn Tây: 38 hội viên."),
                Heading(3, "2. Ban chấp hành"), p("Ban chấp hành có 7 người."),
                Heading(2, "II/ Quỹ khuyến học"), p("Quỹ đạt 25 triệu đồng."),
                Heading(1, "B. CÔNG TÁC TUYÊN TRUYỀN"), p("Tuyên truyền trên loa truyền thanh."),
            ]),
            Part("plans", "Phương hướng nhiệm vụ thời gian tới", [item("Phát triển hội viên.")]),
        ],
        recipients=[],
        signatures=[
            Signature(authority="TM.", position="Ban chấp hành", deputy_position="Chủ tịch", name="Lê Thị Hoa"),
            Signature(caption="Xác nhận của UBND xã", position="Chủ tịch", name="Phạm Văn Dũng"),
        ],
    )
    assert_same_report(report, expected)
    assert [x.label for x in result.summary.parts] == ["PHẦN THỨ NHẤT", "PHẦN THỨ HAI"]
    assert {"docx_numbering_as_typed", "docx_placeholder_dropped"} <= set(notes(result))


def test_deeper_than_three_levels_stays_a_paragraph_with_its_number():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Tổng kết năm 2024", align="center")
    for text in ("A. TỔ CHỨC", "I. Hội viên", "1. Thôn Đông", "a) Nhóm một", "Nội dung.", "B. TÀI CHÍNH"):
        d.bold(text) if text != "Nội dung." else d.para(text)
    report = imported(d).report
    assert report.part_numbering == "letters" and report.heading_numbering == "roman"
    assert report.parts[0].blocks == [Heading(1, "Hội viên"), Heading(2, "Thôn Đông"), Heading(3, "Nhóm một"),
                                      p("Nội dung.")]
    assert [x.heading for x in report.parts] == ["Tổ chức", "Tài chính"]
    assert report.period == "Năm 2024" and report.kind == "tong_ket"

    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    for text in ("PHẦN THỨ NHẤT: KẾT QUẢ", "A. TỔ CHỨC", "I. Hội viên", "1. Thôn Đông", "a) Nhóm một"):
        d.bold(text)
    result = imported(d)
    assert result.report.parts[0].blocks == [Heading(1, "A. TỔ CHỨC"), Heading(2, "I. Hội viên"),
                                             Heading(3, "1. Thôn Đông"), p(Run("a) Nhóm một", bold=True))]
    assert "docx_too_deep" in notes(result)


# ---- Word's own numbering and heading styles ------------------------------------------------


def test_word_numbering_and_heading_styles():
    result = imported(S.word_numbered_report())
    expected = Report(
        kind="so_ket", school_year="2023-2024", period="Học kỳ I", title="",
        organization=Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "TTHTCĐ"),
        document_number="12", place="Hiền Hào", date=IssueDate(15, 1, 2024),
        part_numbering="roman", heading_numbering="letters",  # Word's I. / 1. / a)
        parts=[
            Part("situation", "", [Heading(1, "Thuận lợi"), p("Được sự quan tâm của các cấp."),
                                   Heading(1, "Khó khăn"), item("Kinh phí còn hạn chế."), item("Thiếu phòng học.", 2)]),
            Part("implementation", "Kết quả thực hiện nhiệm vụ", [
                Heading(1, "Công tác tuyên truyền"), Heading(2, "Trên loa"), p("Phát 20 buổi."),
                Heading(2, "Qua hội nghị"), Heading(1, "Kết quả tổ chức các hoạt động"), ActivityTable(total_row=False),
            ]),
            Part("plans", "", [item("Mở thêm lớp.")]),
            Part("recommendations", "", [p("Không.")]),
        ],
        activities=[Activity("Hội thảo", 62, "TTHTCĐ", "Trường TH&THCS"),
                    Activity("Trung thu", 1200, "Đoàn TN", "Nhà trường")],
        recipients=["Lưu: VT"],
        signatures=[Signature(position="Giám đốc", name="Nguyễn Văn Tuân")],
    )
    assert_same_report(result.report, expected)
    assert [x.label for x in result.summary.parts] == ["I.", "II.", "III.", "IV."]


def test_heading_styles_decide_where_typed_numbers_are_ambiguous():
    """Headings numbered like the parts ("I." under "I."), a third-level heading marked
    "-", and a long bold heading, each in Word's heading styles (as the Word export
    writes them): the styles tell the levels."""
    d = DocBuilder()
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Sơ kết học kỳ I năm học 2023-2024", bold=True), align="center")
    d.para(R("I. ĐÁNH GIÁ CHUNG", bold=True), style="Heading 1")
    d.para(R("I. Thuận lợi", bold=True), style="Heading 2")
    d.para(R("1. Cơ sở vật chất", bold=True, italic=True), style="Heading 3")
    d.para(R("a) Phòng học", italic=True), style="Heading 4")
    d.para("Đủ phòng.")
    d.para(R("II. Khó khăn", bold=True), style="Heading 2")
    d.para(R("- Kinh phí", italic=True), style="Heading 3")
    d.para("Còn ít.")
    d.para(R("II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", bold=True), style="Heading 1")
    long = "Kết quả xây dựng mô hình " + "trung tâm học tập cộng đồng gắn với nhà văn hóa " * 7
    d.para(R(f"1. {long.strip()}", bold=True), style="Heading 2")
    d.para("Tốt./.")
    report = imported(d).report
    assert [(p.role, p.heading) for p in report.parts] == [("assessment", ""), ("implementation", "")]
    assert report.parts[0].blocks == [Heading(1, "I. Thuận lợi"), Heading(2, "1. Cơ sở vật chất"),
                                      Heading(3, "a) Phòng học"), p("Đủ phòng."), Heading(1, "II. Khó khăn"),
                                      Heading(2, "- Kinh phí"), p("Còn ít.")]
    assert report.parts[1].blocks == [Heading(1, f"1. {long.strip()}"), p("Tốt.")]
    assert report.heading_numbering == "none"  # I. then 1. (roman) and "-" (letters) mixed: kept as typed


def test_word_numbering_counts_as_word_displays_it():
    """Labels computed from numbering.xml: a second instance of the same list goes on
    counting, a restarted one starts again, deeper levels restart under a new parent,
    decimal sub-levels ("%2.%3.") give DECIMAL headings."""
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ II năm học 2023-2024", align="center")
    parts = d.numbering([("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3.")])
    abstract = d.abstract_of(parts)
    again = d.instance(abstract)  # the same list, another w:num: numbering goes on
    d.para(R("Đánh giá chung", bold=True), num=(parts, 0))
    d.para(R("Ưu điểm", bold=True), num=(parts, 1))
    d.para(R("Công tác tuyên truyền", bold=True), num=(parts, 2))
    d.para(R("Hạn chế", bold=True), num=(again, 1))
    d.para(R("Tình hình thực hiện nhiệm vụ", bold=True), num=(again, 0))
    d.para(R("Kết quả", bold=True), num=(parts, 1))  # restarts at 1 under II.
    result = imported(d)
    report = result.report
    assert report.part_numbering == "roman" and report.heading_numbering == "decimal"
    assert [x.label for x in result.summary.parts] == ["I.", "II."]
    assert report.parts[0].blocks == [Heading(1, "Ưu điểm"), Heading(2, "Công tác tuyên truyền"), Heading(1, "Hạn chế")]
    assert report.parts[1].blocks == [Heading(1, "Kết quả")]
    assert "docx_renumbered" not in notes(result)

    restarted = d.instance(abstract, restart={0: 1})
    d.para(R("Kiến nghị", bold=True), num=(restarted, 0))  # prints "I." again: a numbering slip
    result = imported(d)
    assert [x.label for x in result.summary.parts] == ["I.", "II.", "I."]
    assert "docx_renumbered" in notes(result)


def test_hand_numbering_slips_are_numbered_again_and_said():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2023-2024", align="center")
    for text in ("I. ĐÁNH GIÁ CHUNG", "1. Thuận lợi", "3. Khó khăn", "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
                 "IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT"):
        d.bold(text)
    result = imported(d)
    assert [x.role for x in result.report.parts] == ["assessment", "implementation", "recommendations"]
    typed = [note.params["typed"] for note in result.summary.notes if note.code == "docx_renumbered"]
    assert typed == ["3.", "IV."]


def test_decimal_subheadings_and_letter_points():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2023-2024", align="center")
    d.bold("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    d.bold("1. Công tác tuyên truyền")
    d.bold("1.1. Trên loa truyền thanh")
    d.para("Phát 20 buổi.")
    d.bold("1.2 Qua các hội nghị")
    d.bold("2. Công tác phối hợp")
    d.para("a) Với nhà trường;")
    d.para("b) Với các đoàn thể.")
    report = imported(d).report
    assert report.heading_numbering == "decimal"
    assert report.parts[0].blocks == [
        Heading(1, "Công tác tuyên truyền"), Heading(2, "Trên loa truyền thanh"), p("Phát 20 buổi."),
        Heading(2, "Qua các hội nghị"), Heading(1, "Công tác phối hợp"),
        p("a) Với nhà trường;"), p("b) Với các đoàn thể."),  # list points in a sentence: text as typed
    ]


def test_run_in_heading_is_split_from_its_text():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2023-2024", align="center")
    d.bold("I. ĐÁNH GIÁ CHUNG")
    d.para(R("1. Thuận lợi:", bold=True), " Được sự quan tâm của các cấp.")
    d.para(R("2. Khó khăn: ", italic=True), "kinh phí hạn chế.")
    report = imported(d).report
    assert report.parts[0].blocks == [Heading(1, "Thuận lợi"), p("Được sự quan tâm của các cấp."),
                                      Heading(1, "Khó khăn"), p("kinh phí hạn chế.")]


# ---- the header ---------------------------------------------------------------------------


def _body(d: DocBuilder) -> None:
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Sơ kết học kỳ I năm học 2023-2024", bold=True), align="center")
    d.bold("I. ĐÁNH GIÁ CHUNG")
    d.para("Tốt.")


@pytest.mark.parametrize("borders", [False, True])
def test_header_as_a_table(borders):
    d = DocBuilder()
    S.decree_header(d, borders=borders)
    _body(d)
    report = imported(d).report
    assert report.organization == Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "TTHTCĐ")
    assert (report.document_number, report.document_code) == ("12", "")
    assert (report.place, report.date) == ("Hiền Hào", IssueDate(15, 1, 2024))
    assert report.effective_document_code == "BC-TTHTCĐ"
    assert report.opening == []


def test_header_as_tab_separated_lines_with_a_blank_number_and_a_partial_date():
    d = DocBuilder()
    S.tabbed_header(d)
    _body(d)
    result = imported(d)
    report = result.report
    assert report.organization == Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "TTHTCĐ")
    assert (report.document_number, report.document_code) == ("", "")
    assert (report.place, report.date) == ("Hiền Hào", IssueDate(None, 4, 2012))
    assert result.summary.plain == [] and report.opening == []


def test_header_typed_with_spaces_and_stacked_lines():
    d = DocBuilder()
    d.para("UBND HUYỆN CÁT HẢI", align="center")
    d.para("UBND XÃ HIỀN HÀO", align="center")
    d.para(R("TRUNG TÂM HỌC TẬP", bold=True), align="center")
    d.para(R("CỘNG ĐỒNG", bold=True), align="center")
    d.para(R("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), align="center")  # old tone placement
    d.para(R("Độc lập – Tự do – Hạnh phúc", bold=True), align="center")
    d.para("Số: 5 /BC - TTHTCĐ              Hiền Hào, ngày 05 tháng 6 năm 2025")
    _body(d)
    result = imported(d)
    report = result.report
    assert report.organization == Organization("UBND huyện Cát Hải UBND xã Hiền Hào",
                                               "Trung tâm học tập cộng đồng", "TTHTCĐ")
    assert "docx_parent_lines" in notes(result)
    assert (report.document_number, report.place, report.date) == ("5", "Hiền Hào", IssueDate(5, 6, 2025))


def test_header_in_the_first_page_header_is_used_when_the_body_has_none():
    d = DocBuilder()
    header = d.doc.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "TRUNG TÂM HTCĐ XÃ HIỀN HÀO\t" + S.NATIONAL
    header.add_paragraph("Số: 03/BC-TTHTCĐ\tHiền Hào, ngày 02 tháng 3 năm 2023")
    _body(d)
    result = imported(d)
    assert result.report.organization.name == "Trung tâm HTCĐ xã Hiền Hào"
    assert (result.report.document_number, result.report.date) == ("03", IssueDate(2, 3, 2023))
    assert "docx_header_from_page_header" in notes(result)


def test_a_wrong_date_keeps_what_is_right_and_says_so():
    d = DocBuilder()
    d.para("TRUNG TÂM HTCĐ\t", R(S.NATIONAL, bold=True))
    d.para("Số: 12/BC-TTHTCĐ\tHiền Hào, ngày 31 tháng 02 năm 2024")
    _body(d)
    result = imported(d)
    assert result.report.date == IssueDate(None, 2, 2024)
    assert "docx_bad_date" in notes(result)


# ---- legacy fonts --------------------------------------------------------------------------


def test_legacy_fonts_are_converted_by_font_name():
    d = DocBuilder()
    d.para(R("UBND X· HIÒN HµO", font=".VnTimeH"), "\t\t", R(S.NATIONAL, bold=True))
    d.para(R("trung t©m häc tËp céng ®ång", bold=True, font=".VnTimeH"), "\t\t", R(S.MOTTO, bold=True))
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Sơ kết học kỳ I năm học 2023-2024", bold=True, legacy="vni", font="VNI-Times"), align="center")
    d.bold("I. ĐÁNH GIÁ CHUNG")
    d.para(R("Trung tâm học tập cộng đồng đã tổ chức tốt.", legacy="tcvn3", font=".VnTime"))
    d.para("Trong học kỳ, ", R("Đảng ủy xã", bold=True, legacy="vni", font="VNI-Helve"), " đã chỉ đạo sát sao.")
    d.table([S.ACTIVITY_HEADER, ["1", R("Hội thảo nâng cao chất lượng", legacy="tcvn3", font=".VnTime"), "62",
                                 "TTHTCĐ", ""]], bold_rows=1)
    result = imported(d)
    report = result.report
    assert report.organization == Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "")
    assert report.title == "" and report.period == "Học kỳ I"  # the VNI title read and recognised
    assert report.parts[0].blocks[:2] == [
        p("Trung tâm học tập cộng đồng đã tổ chức tốt."),
        p("Trong học kỳ, ", Run("Đảng ủy xã", bold=True), " đã chỉ đạo sát sao."),
    ]
    assert report.activities == [Activity("Hội thảo nâng cao chất lượng", 62, "TTHTCĐ", "")]
    assert result.summary.legacy == {"tcvn3": 4, "vni": 2}  # runs: two header lines, a paragraph, a cell
    for text in [report.organization.parent, report.organization.name, report.activities[0].name]:
        assert unicodedata.is_normalized("NFC", text)


def test_legacy_text_in_an_ordinary_font_is_recognised_by_its_content():
    d = DocBuilder()
    _body(d)
    d.para(R("Trung t©m häc tËp céng ®ång x· HiÒn Hµo tæ chøc c¸c líp chuyªn ®Ò.", font="Times New Roman"))
    d.para("Ordinary English text © 2024 stays as it is.")
    result = imported(d)
    blocks = result.report.parts[0].blocks
    assert blocks[1] == p("Trung tâm học tập cộng đồng xã Hiền Hào tổ chức các lớp chuyên đề.")
    assert blocks[2] == p("Ordinary English text © 2024 stays as it is.")
    assert result.summary.legacy == {"tcvn3?": 1}
    assert "docx_legacy_detected" in notes(result)


# ---- tables ----------------------------------------------------------------------------------


def test_activity_table_with_a_total_row_and_participants_as_typed():
    d = DocBuilder()
    _body(d)
    d.table([
        ["TT", "Nội dung hoạt động", "Số lượt người tham gia", "Chủ trì", "Phối hợp"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Hội thảo", "1.234", "TTHTCĐ", "Trường"],
        ["2", "Trung thu", "62 người", "Đoàn TN", ""],
        ["3", "Văn nghệ", "khoảng 60", "Hội Phụ nữ", "Các đoàn thể"],
        ["4", "Thể thao", "", "Đoàn TN", ""],
        ["", "", "", "", ""],
        ["", "Tổng cộng", "1.300", "", ""],
    ], bold_rows=1)
    d.para("Tổng số người tham gia: 1.296")  # the total line under the table: computed, not kept
    d.para("Sau bảng.")
    result = imported(d)
    report = result.report
    assert report.activities == [
        Activity("Hội thảo", 1234, "TTHTCĐ", "Trường"),
        Activity("Trung thu", 62, "Đoàn TN", ""),
        Activity("Văn nghệ (số người tham gia: khoảng 60)", None, "Hội Phụ nữ", "Các đoàn thể"),
        Activity("Thể thao", None, "Đoàn TN", ""),
    ]
    assert report.parts[0].blocks[1:] == [ActivityTable(total_row=True), p("Sau bảng.")]
    codes = notes(result)
    assert {"docx_participants_text", "docx_total_mismatch", "docx_empty_rows"} <= set(codes)
    mismatch = next(n for n in result.summary.notes if n.code == "docx_total_mismatch")
    assert mismatch.params == {"typed": 1300, "computed": 1296}


def test_activity_table_with_more_columns_stays_an_ordinary_table():
    d = DocBuilder()
    _body(d)
    d.table([S.ACTIVITY_HEADER + ["Thời gian"], ["1", "Hội thảo", "62", "TTHTCĐ", "", "Tháng 10"]], bold_rows=1)
    result = imported(d)
    assert result.report.activities == []
    table = result.report.parts[0].blocks[1]
    assert isinstance(table, Table) and table.numbered and table.rows == [["Hội thảo", 62, "TTHTCĐ", "", "Tháng 10"]]
    assert [c.kind for c in table.columns] == ["text", "number", "text", "text", "text"]
    assert "docx_activity_extra_columns" in notes(result)


def test_ordinary_table_with_merged_cells_and_a_grouped_header():
    d = DocBuilder()
    _body(d)
    t = d.table([["Thôn", "Số lớp", "Học viên", ""],
                 ["", "", "Nam", "Nữ"],
                 ["Thôn Đông", "3", "40", "52"],
                 ["", "2", "15", "20"],
                 ["Thôn Tây", "1", "9", "11"],
                 ["Cộng", "6", "64", "83"]], bold_rows=2)
    d.merge(t, (0, 2), (0, 3))  # "Học viên" over Nam | Nữ
    d.merge(t, (0, 0), (1, 0))
    d.merge(t, (0, 1), (1, 1))
    d.merge(t, (2, 0), (3, 0))  # Thôn Đông over two rows
    result = imported(d)
    table = result.report.parts[0].blocks[1]
    assert isinstance(table, Table)
    assert [(c.title, c.kind) for c in table.columns] == [
        ("Thôn", "text"), ("Số lớp", "number"), ("Học viên – Nam", "number"), ("Học viên – Nữ", "number")]
    assert table.rows == [["Thôn Đông", 3, 40, 52], ["Thôn Đông", 2, 15, 20], ["Thôn Tây", 1, 9, 11]]
    assert table.total_row and not table.numbered
    assert "docx_merged_cells" in notes(result) and "docx_total_mismatch" not in notes(result)


def test_numbered_table_whose_total_label_covers_the_stt_column():
    """"Tổng cộng" merged over Stt and the first column (as the Word export writes it):
    the Stt column is still the automatic numbering, not a column of figures."""
    d = DocBuilder()
    _body(d)
    t = d.table([["Stt", "Lớp học", "Số học viên"], ["1", "Tin học", "64"], ["2", "Tiếng Anh", "35"],
                 ["Tổng cộng", "", "99"]], bold_rows=1)
    d.merge(t, (3, 0), (3, 1))
    result = imported(d)
    table = result.report.parts[0].blocks[1]
    assert isinstance(table, Table) and table.numbered and table.total_row
    assert [(c.title, c.kind) for c in table.columns] == [("Lớp học", "text"), ("Số học viên", "number")]
    assert table.rows == [["Tin học", 64], ["Tiếng Anh", 35]]
    assert "docx_total_mismatch" not in notes(result)


def test_one_cell_table_is_read_as_paragraphs():
    d = DocBuilder()
    _body(d)
    d.table([[["Ghi chú:", "- Số liệu tính đến 31/12."]]])
    report = imported(d).report
    assert report.parts[0].blocks[1:] == [p("Ghi chú:"), item("Số liệu tính đến 31/12.")]


# ---- the footer --------------------------------------------------------------------------------


def test_two_signing_columns_in_a_table_with_nơi_nhận_as_lines():
    d = DocBuilder()
    _body(d)
    d.para("Trên đây là báo cáo của Trung tâm./.")
    d.para(R("Nơi nhận:", bold=True, italic=True))
    d.para("- UBND xã;")
    d.para("- Lưu: VT.")
    d.table([[[R("XÁC NHẬN CỦA UBND XÃ", bold=True), R("KT. CHỦ TỊCH", bold=True), R("PHÓ CHỦ TỊCH", bold=True),
               "(Ký tên, đóng dấu)", R("Phạm Văn Dũng", bold=True)],
              ["Hiền Hào, ngày 20 tháng 12 năm 2023", R("GIÁM ĐỐC", bold=True), "", R("Nguyễn Văn Tuân", bold=True)]]],
            borders=False)
    result = imported(d)
    report = result.report
    assert report.parts[0].blocks[-1] == p("Trên đây là báo cáo của Trung tâm.")  # "./." dropped
    assert report.recipients == ["UBND xã", "Lưu: VT"]
    assert report.signatures == [
        Signature(position="Giám đốc", name="Nguyễn Văn Tuân"),
        Signature(caption="Xác nhận của UBND xã", authority="KT.", position="Chủ tịch",
                  deputy_position="Phó chủ tịch", name="Phạm Văn Dũng"),
    ]
    assert (report.place, report.date) == ("Hiền Hào", IssueDate(20, 12, 2023))  # the date above the signer


def _picture(fmt: str, color: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 60), color).save(out, fmt)
    return out.getvalue()


def test_signature_picture_in_the_signing_cell_is_the_signers_and_kept_as_png():
    """A scanned signature (JPEG) in the signing cell, between position and name: the
    signer's signature image, converted to PNG; a picture that is not an image is
    dropped and said."""
    import io

    from docx.shared import Mm
    from PIL import Image

    d = DocBuilder()
    _body(d)
    d.para("Trên đây là báo cáo./.")
    table = d.footer_table([R("Nơi nhận:", bold=True, italic=True), "- UBND xã;", "- Lưu: VT."],
                           [R("GIÁM ĐỐC", bold=True), "", R("Nguyễn Văn Tuân", bold=True)])
    signing = table.rows[0].cells[1].paragraphs[1]
    signing.add_run().add_picture(io.BytesIO(_picture("JPEG", (20, 30, 140))), width=Mm(40))
    report = imported(d).report
    image = report.signature.signature_image
    assert image is not None and image.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(image)).size == (120, 60)
    assert report.signature.seal_image is None
    assert (report.signature.position, report.signature.name) == ("Giám đốc", "Nguyễn Văn Tuân")


def test_an_unreadable_picture_in_the_signing_block_is_dropped_and_said():
    import io

    from hienhao_desktop.storage.docx_import import as_png

    assert as_png(b"not an image") is None
    assert as_png(_picture("PNG", (0, 0, 0))) == _picture("PNG", (0, 0, 0))  # a PNG is kept as it is
    assert as_png(_picture("GIF", (200, 0, 0))).startswith(b"\x89PNG")  # type: ignore[union-attr]
    d = DocBuilder()
    _body(d)
    d.para("Trên đây là báo cáo./.")
    table = d.footer_table(["Nơi nhận:", "- Lưu: VT."], [R("GIÁM ĐỐC", bold=True), "", R("Nguyễn Văn Tuân", bold=True)])
    run = table.rows[0].cells[1].paragraphs[1].add_run()
    run.add_picture(io.BytesIO(_picture("PNG", (0, 0, 0))))
    image_part = next(rel.target_part for rel in d.doc.part.rels.values() if "image" in rel.reltype)
    image_part._blob = b"\x89PNG damaged beyond reading" * 200_000  # a PNG too large for a report
    result = imported(d)
    assert result.report.signature.signature_image is None and result.report.signature.name == "Nguyễn Văn Tuân"
    assert "docx_picture_dropped" in notes(result)


def test_signing_block_typed_before_nơi_nhận_without_tabs():
    d = DocBuilder()
    _body(d)
    d.para("Kính đề nghị cấp trên xem xét.")
    d.para(R("TM. BAN GIÁM ĐỐC", bold=True), align="center")
    d.para(R("GIÁM ĐỐC", bold=True), align="center")
    d.para("(Đã ký)", align="center")
    d.para(R("Nguyễn Văn Tuân", bold=True), align="center")
    d.para(R("Nơi nhận:", bold=True, italic=True))
    d.para("- Như trên;")
    d.para("- Lưu VT.")
    report = imported(d).report
    assert report.parts[0].blocks[-1] == p("Kính đề nghị cấp trên xem xét.")
    assert report.recipients == ["Như trên", "Lưu VT"]  # no Kính gửi: "Như trên" is the clerk's own line
    assert report.signatures == [Signature(authority="TM.", position="Ban giám đốc", deputy_position="Giám đốc",
                                           name="Nguyễn Văn Tuân")]


def test_signing_block_alone_at_the_end():
    d = DocBuilder()
    _body(d)
    d.para("Trên đây là báo cáo sơ kết.")
    d.para("\t\t", R("Q. GIÁM ĐỐC", bold=True))
    d.para("\t\t", R("Trần Văn An", bold=True))
    result = imported(d)
    assert result.report.parts[0].blocks == [p("Tốt."), p("Trên đây là báo cáo sơ kết.")]
    assert result.report.signatures == [Signature(authority="Q.", position="Giám đốc", name="Trần Văn An")]
    assert result.report.recipients == []


def test_appendix_after_the_signer_is_kept_at_the_end():
    d = DocBuilder()
    _body(d)
    d.footer_table([R("Nơi nhận:", bold=True), "- Lưu: VT."], [R("GIÁM ĐỐC", bold=True), "Nguyễn Văn Tuân"])
    d.bold("PHỤ LỤC: DANH SÁCH LỚP HỌC", align="center")
    d.table([["Stt", "Lớp", "Học viên"], ["1", "Tin học", "25"], ["2", "Tiếng Anh", "30"]], bold_rows=1)
    result = imported(d)
    blocks = result.report.parts[-1].blocks
    assert blocks[-2] == p(Run("PHỤ LỤC: DANH SÁCH LỚP HỌC", bold=True))
    assert isinstance(blocks[-1], Table) and blocks[-1].rows == [["Tin học", 25], ["Tiếng Anh", 30]]
    assert result.report.signatures == [Signature(position="Giám đốc", name="Nguyễn Văn Tuân")]
    assert "docx_after_footer" in notes(result)


# ---- runs and text ---------------------------------------------------------------------------


def test_runs_keep_bold_italic_underline_and_text_is_clean_nfc():
    d = DocBuilder()
    _body(d)
    nfd = unicodedata.normalize("NFD", "Hiền Hào")
    d.para("  Xã ", R(nfd, bold=True), R(" có", bold=True), "\tphong trào ", R("“học tập”", italic=True, underline=True),
           R(" ", bold=True), "tốt  lắm. ")
    blocks = imported(d).report.parts[0].blocks
    # a run of spaces joins the run before it, whatever its own look
    assert blocks[1] == p("Xã ", Run("Hiền Hào có", bold=True), " phong trào ",
                          Run("“học tập” ", italic=True, underline=True), "tốt lắm.")


def test_manual_line_breaks_make_separate_paragraphs_and_items():
    d = DocBuilder()
    _body(d)
    d.para("Dòng một\n- gạch một\n+ gạch hai")
    blocks = imported(d).report.parts[0].blocks
    assert blocks[1:] == [p("Dòng một"), item("gạch một"), item("gạch hai", 2)]


def test_nothing_unrecognised_is_lost():
    d = DocBuilder()
    d.para("UBND XÃ HIỀN HÀO\t\t", R(S.NATIONAL, bold=True))
    d.para("Số: 12/BC-TTHTCĐ\t\t", R(S.MOTTO, bold=True))
    d.para("V/v báo cáo sơ kết")
    d.para("\t\tMẫu số 02")
    _body(d)
    result = imported(d)
    assert result.summary.plain == ["V/v báo cáo sơ kết", "Mẫu số 02"]
    assert result.report.opening == [p("V/v báo cáo sơ kết"), p("Mẫu số 02")]


# ---- guesses ------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading, role", [
    ("ĐÁNH GIÁ CHUNG", "assessment"),
    ("Đặc điểm tình hình", "situation"),
    ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "implementation"),
    ("Kết quả thực hiện nhiệm vụ năm học", "implementation"),
    ("GIẢI PHÁP THỰC HIỆN NHIỆM VỤ HỌC KỲ II NĂM HỌC 2023-2024", "plans"),
    ("Phương hướng, nhiệm vụ năm học 2024-2025", "plans"),
    ("Nhiệm vụ trọng tâm thời gian tới", "plans"),
    ("NHỮNG KIẾN NGHỊ, ĐỀ XUẤT", "recommendations"),
    ("Đề xuất", "recommendations"),
    ("Công tác thi đua khen thưởng", "implementation"),
    ("Danh sách ban giám đốc", "other"),
])
def test_part_roles_from_headings(heading, role):
    assert guess_role(heading) == role


@pytest.mark.parametrize("title, period", [
    ("Sơ kết học kỳ I năm học 2023-2024", "Học kỳ I"),
    ("SƠ KẾT HỌC KÌ 2 NĂM HỌC 2023 - 2024", "Học kỳ II"),
    ("Tổng kết năm học 2023-2024", ""),
    ("Kết quả hoạt động từ tháng 10/2018 đến tháng 5/2019", "Từ tháng 10/2018 đến tháng 5/2019"),
    ("Tổng kết hoạt động năm 2024", "Năm 2024"),
    ("Sơ kết 6 tháng đầu năm 2024", "6 tháng đầu năm 2024"),
    ("Tổng kết nhiệm kỳ 2019-2024", "Nhiệm kỳ 2019-2024"),
])
def test_periods_from_titles(title, period):
    assert guess_period(title) == period


def test_title_lines_kept_with_their_breaks_and_kind_guessed():
    d = DocBuilder()
    d.para(R("BÁO CÁO TỔNG KẾT", bold=True), align="center")
    d.para(R("CÔNG TÁC XÂY DỰNG XÃ HỘI HỌC TẬP", bold=True), align="center")
    d.para(R("GIAI ĐOẠN 2021-2025", bold=True), align="center")
    d.para("*****", align="center")
    d.bold("I. ĐẶC ĐIỂM TÌNH HÌNH")
    report = imported(d).report
    assert report.title == "TỔNG KẾT\nCÔNG TÁC XÂY DỰNG XÃ HỘI HỌC TẬP\nGIAI ĐOẠN 2021-2025"
    assert report.kind == "tong_ket" and report.school_year == ""


def test_docm_and_dotx_are_read_as_word_documents(tmp_path):
    import zipfile

    data = S.seed_document().bytes()
    for content_type in ("application/vnd.ms-word.document.macroEnabled.main+xml",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"):
        target = tmp_path / "report.docm"
        with zipfile.ZipFile(target, "w") as out, zipfile.ZipFile(__import__("io").BytesIO(data)) as src:
            for info in src.infolist():
                body = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    body = body.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                        content_type.encode())
                out.writestr(info, body)
        assert len(import_docx(target).report.activities) == 11


def _structure(report: Report) -> Any:
    return [(part.role, [type(b).__name__ for b in part.blocks]) for part in report.parts]


def test_a_report_framed_in_a_one_cell_table_is_read_as_its_lines():
    inner = S.opening_report()
    lines: list = []
    for paragraph in inner.doc.paragraphs:
        lines.append(R(paragraph.text, bold=bool(paragraph.runs and paragraph.runs[0].bold)))
    d = DocBuilder()
    d.table([[lines]], borders=True)
    report = imported(d).report
    assert report.title == "" and report.kind == "tong_ket"
    assert [part.role for part in report.parts] == ["situation", "implementation", "plans", "recommendations"]
    assert report.signatures[0].name == "Nguyễn Văn Tuân"


def test_footer_variants_on_one_line_and_a_date_without_day():
    d = DocBuilder()
    _body(d)
    d.para("Hiền Hào, tháng 12 năm 2023", align="right")
    d.para(R("GIÁM ĐỐC", bold=True), align="right")
    d.para(R("Nguyễn Văn Tuân", bold=True), align="right")
    d.para(R("Nơi nhận:", bold=True), " Như trên; Lưu VT.")
    report = imported(d).report
    assert report.recipients == ["Như trên", "Lưu VT"]
    assert (report.place, report.date) == ("Hiền Hào", IssueDate(None, 12, 2023))
    assert report.signatures == [Signature(position="Giám đốc", name="Nguyễn Văn Tuân")]


def test_a_role_bookmark_on_a_part_heading_wins_over_its_words():
    """The Word export marks each part heading with a hidden bookmark naming its role,
    so a part of the author's own ("Công tác khác", which reads like the work done)
    comes back as what it was."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from hienhao_desktop.storage.docx_import import role_bookmark

    d = DocBuilder()
    _body(d)
    heading = d.bold("II. CÔNG TÁC KHÁC")
    heading._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="7" w:name="{role_bookmark("other", 2)}"/>'))
    heading._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="7"/>'))
    d.bold("III. CÔNG TÁC THI ĐUA")
    report = imported(d).report
    assert [(p.role, p.heading) for p in report.parts] == [
        ("assessment", ""), ("other", "Công tác khác"), ("implementation", "Công tác thi đua")]


def test_a_report_typed_with_spaces_plain_subheadings_and_star_bullets():
    d = DocBuilder()
    d.header_table(["UBND XÃ HIỀN HÀO", R("TRUNG TÂM HTCĐ", bold=True), "Số: 15/BC-TT"],
                   [R("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), R(S.MOTTO, bold=True)])
    d.para(R("Hiền Hào, ngày 20 tháng 5 năm 2023", italic=True), align="right")  # the date under the table
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Kết quả hoạt động của Trung tâm HTCĐ", bold=True), align="center")
    d.para(R("Năm học 2022 - 2023", bold=True), align="center")
    d.para("------", align="center")
    d.bold("I. ĐẶC ĐIỂM TÌNH HÌNH:")
    d.para("1. Thuận lợi")  # not bold: a heading because text follows it
    d.para("Được sự quan tâm của Đảng ủy.")
    d.para("2. Khó khăn")
    d.para("* Kinh phí ít.")
    d.para("Số người tham gia: 62/100 người đăng ký.")  # not a "Số: …/…" line
    d.bold("II. KẾT QUẢ ĐẠT ĐƯỢC:")
    d.para("Tổ chức 10 lớp vào tháng 5 năm 2023")  # not a date line
    d.para("Trên đây là báo cáo kết quả hoạt động năm học 2022-2023./.")
    d.para(R("Nơi nhận:", bold=True, italic=True), " " * 40, R("GIÁM ĐỐC", bold=True))
    d.para("- Phòng GD;")
    d.para("- Lưu VT.")
    d.para(" " * 60, R("Nguyễn Văn A", bold=True))
    result = imported(d)
    report = result.report
    assert report.organization == Organization("UBND xã Hiền Hào", "Trung tâm HTCĐ", "TT")
    assert (report.document_number, report.place, report.date) == ("15", "Hiền Hào", IssueDate(20, 5, 2023))
    assert report.title == "Kết quả hoạt động của Trung tâm HTCĐ\nNăm học 2022 - 2023"
    assert (report.kind, report.school_year) == ("other", "2022-2023")
    assert [(p.role, p.heading) for p in report.parts] == [("situation", ""), ("implementation", "Kết quả đạt được")]
    assert report.parts[0].blocks == [Heading(1, "Thuận lợi"), p("Được sự quan tâm của Đảng ủy."), Heading(1, "Khó khăn"),
                                      item("Kinh phí ít."), p("Số người tham gia: 62/100 người đăng ký.")]
    assert report.parts[1].blocks == [p("Tổ chức 10 lớp vào tháng 5 năm 2023"),
                                      p("Trên đây là báo cáo kết quả hoạt động năm học 2022-2023.")]
    assert report.recipients == ["Phòng GD", "Lưu VT"]
    assert report.signatures == [Signature(position="Giám đốc", name="Nguyễn Văn A")]


def test_decomposed_text_and_symbol_font_characters():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.para(R(unicodedata.normalize("NFD", "Sơ kết học kỳ I năm học 2023-2024"), bold=True), align="center")
    d.bold(unicodedata.normalize("NFD", "I. ĐÁNH GIÁ CHUNG"))
    d.para(unicodedata.normalize("NFD", "1. Thuận lợi:"))
    d.para("\uf0d8 Mục đánh dấu bằng phông Wingdings")
    report = imported(d).report
    assert report.period == "Học kỳ I" and report.parts[0].role == "assessment"
    assert report.parts[0].blocks == [Heading(1, "Thuận lợi"), item("Mục đánh dấu bằng phông Wingdings")]


def test_a_signing_block_over_two_rows_of_the_footer_table():
    d = DocBuilder()
    _body(d)
    d.table([["", R("KT. GIÁM ĐỐC", bold=True)],
             [[R("Nơi nhận:", bold=True), "- Lưu: VT."], ["PHÓ GIÁM ĐỐC", "", R("Trần Thị Bình", bold=True)]]],
            borders=False)
    report = imported(d).report
    assert report.recipients == ["Lưu: VT"]
    assert report.signatures == [Signature(authority="KT.", position="Giám đốc", deputy_position="Phó giám đốc",
                                           name="Trần Thị Bình")]


def test_a_whole_old_report_typed_in_vntime_and_vntimeh():
    """2012: every line in .VnTime, the capitals in .VnTimeH (typed in lower case,
    drawn as capitals by the font)."""
    def tcvn3(text: str, **look: Any) -> R:
        return R(text, legacy="tcvn3", font=".VnTime", **look)

    def capitals(text: str, **look: Any) -> R:
        return R(text.lower(), legacy="tcvn3", font=".VnTimeH", **look)

    d = DocBuilder()
    d.header_table([capitals("UBND XÃ HIỀN HÀO"), capitals("HỘI KHUYẾN HỌC", bold=True), tcvn3("Số: 02/BC-HKH")],
                   [capitals(S.NATIONAL, bold=True), tcvn3(S.MOTTO, bold=True),
                    tcvn3("Hiền Hào, ngày 10 tháng 4 năm 2012", italic=True)])
    d.para(capitals("BÁO CÁO", bold=True), align="center")
    d.para(tcvn3("Tổng kết năm học 2011-2012", bold=True), align="center")
    d.para(capitals("I. ĐÁNH GIÁ CHUNG", bold=True))
    d.para(tcvn3("1. Thuận lợi:", bold=True))
    d.para(tcvn3("Được sự quan tâm của cấp ủy, chính quyền."))
    d.para(capitals("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2012-2013", bold=True))
    d.para(tcvn3("- Phát triển hội viên./."))
    d.footer_table([tcvn3("Nơi nhận:", bold=True, italic=True), tcvn3("- Lưu VP.")],
                   [capitals("TM. BAN CHẤP HÀNH", bold=True), capitals("CHỦ TỊCH", bold=True),
                    tcvn3("Nguyễn Văn Sáu", bold=True)])
    result = imported(d)
    expected = Report(
        kind="tong_ket", school_year="2011-2012", period="Cả năm", title="",
        organization=Organization("UBND xã Hiền Hào", "Hội khuyến học", "HKH"), document_number="02",
        place="Hiền Hào", date=IssueDate(10, 4, 2012), part_numbering="roman", heading_numbering="decimal",
        parts=[Part("assessment", "", [Heading(1, "Thuận lợi"), p("Được sự quan tâm của cấp ủy, chính quyền.")]),
               Part("plans", "", [item("Phát triển hội viên.")])],
        recipients=["Lưu VP"],
        signatures=[Signature(authority="TM.", position="Ban chấp hành", deputy_position="Chủ tịch",
                              name="Nguyễn Văn Sáu")],
    )
    assert_same_report(result.report, expected)
    assert set(result.summary.legacy) == {"tcvn3"}


def test_a_list_of_short_numbered_lines_is_text_not_headings():
    d = DocBuilder()
    _body(d)
    d.para("Trung tâm mở các lớp:")
    for text in ("1. Tin học cơ bản", "2. Tiếng Anh giao tiếp", "3. Kỹ thuật nuôi trồng"):
        d.para(text)
    d.para("Các lớp đều đông học viên.")
    blocks = imported(d).report.parts[0].blocks
    assert blocks[1:] == [p("Trung tâm mở các lớp:"), p("1. Tin học cơ bản"), p("2. Tiếng Anh giao tiếp"),
                          p("3. Kỹ thuật nuôi trồng"), p("Các lớp đều đông học viên.")]


def test_the_placeholder_of_an_empty_section_is_not_read_back_as_text(seed_report):
    """A report exported with parts and headings not written yet prints "(Chưa có nội
    dung)" there (so the gap is seen); read back, those lines are no text of the report."""
    from hienhao_desktop.domain.model import EMPTY_PLACEHOLDER, Heading
    from hienhao_desktop.export.docx import render_docx
    from hienhao_desktop.storage.docx_import import import_docx_bytes

    report = seed_report.copy()
    report.parts[0].blocks = [Heading(1, "Thuận lợi"), Heading(1, "Khó khăn")]
    report.parts[3].blocks = []  # the last part: its placeholder stands before "./."
    result = import_docx_bytes(render_docx(report), "trong.docx")
    texts = [getattr(b, "text", "") for p in result.report.parts for b in p.blocks]
    assert EMPTY_PLACEHOLDER not in " ".join(texts)
    assert result.report.parts[0].blocks == report.parts[0].blocks
    assert result.report.parts[3].blocks == []
    assert any("Bỏ 3 dòng “(Chưa có nội dung)”" in line for line in result.summary.lines("vi"))
