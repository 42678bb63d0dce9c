"""document/: the report as printed blocks (what every output prints, decided once)."""

from __future__ import annotations

import time

import pytest

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document import build_document
from hienhao_desktop.document.cancel import RenderCancelled
from hienhao_desktop.document.numbering import heading_number, letter, ordinal_words, part_number, roman
from hienhao_desktop.domain import templates
from hienhao_desktop.domain.dates import BLANK
from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Column,
    Heading,
    HeadingNumbering,
    IssueDate,
    ListItem,
    Organization,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    Report,
    Run,
    Signature,
    Table,
)
from tests import sample_reports


def _body(report: Report) -> list[B.BodyBlock]:
    return list(build_document(report).body)


def _lines(report: Report) -> list[str]:
    """The body as text lines (tables as their header titles)."""
    out = []
    for block in _body(report):
        if isinstance(block, B.PartHeading):
            out += block.lines
        elif isinstance(block, B.Heading):
            out.append(block.line)
        elif isinstance(block, B.Paragraph | B.ListItem):
            out.append(block.text)
        else:
            out.append("TABLE " + " | ".join(c.title for c in block.columns))
    return out


# ---- numbers ----------------------------------------------------------------------------


def test_numbers():
    assert [roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [letter(n) for n in range(1, 8)] == ["a", "b", "c", "d", "đ", "e", "g"]  # Vietnamese order
    assert letter(24) == "aa"
    assert [ordinal_words(n) for n in (1, 2, 4, 5, 10, 11, 14, 15, 21, 24, 25)] == [
        "nhất", "hai", "tư", "năm", "mười", "mười một", "mười bốn", "mười lăm", "hai mươi mốt", "hai mươi tư",
        "hai mươi lăm"]
    assert part_number(PartNumbering.WORDS, 2) == "Phần thứ hai"
    assert part_number(PartNumbering.LETTERS, 5) == "Đ."
    assert part_number(PartNumbering.ROMAN, 3) == "III."
    assert part_number(PartNumbering.NONE, 3) == ""
    assert heading_number(HeadingNumbering.DECIMAL, [2, 3, 1], 3) == "2.3.1."
    assert heading_number(HeadingNumbering.LETTERS, [2, 3, 0], 2) == "c)"
    assert heading_number(HeadingNumbering.LETTERS, [2, 3, 4], 3) == "-"
    assert heading_number(HeadingNumbering.ROMAN, [2, 3, 1], 1) == "II."
    assert heading_number(HeadingNumbering.ROMAN, [2, 3, 1], 3) == "a)"
    assert heading_number(HeadingNumbering.DECIMAL, [0, 1, 0], 2) == "1.1."  # a parent missing counts as 1


def _outline(part_numbering: str, heading_numbering: str) -> Report:
    blocks = [Heading(1, "Một"), Heading(2, "Hai"), Heading(3, "Ba"), Paragraph([Run("x")]), Heading(3, "Bốn"),
              Paragraph([Run("y")]), Heading(2, "Năm"), Paragraph([Run("z")]), Heading(1, "Sáu"),
              Paragraph([Run("w")])]
    return Report(part_numbering=part_numbering, heading_numbering=heading_numbering,
                  parts=[Part(PartRole.OTHER, "Phần đầu", list(blocks)), Part(PartRole.OTHER, "Phần sau", list(blocks))])


@pytest.mark.parametrize(("parts", "headings", "expected"), [
    (PartNumbering.ROMAN, HeadingNumbering.DECIMAL,
     ["I. PHẦN ĐẦU", "1. Một", "1.1. Hai", "1.1.1. Ba", "1.1.2. Bốn", "1.2. Năm", "2. Sáu"]),
    (PartNumbering.LETTERS, HeadingNumbering.ROMAN,
     ["A. PHẦN ĐẦU", "I. Một", "1. Hai", "a) Ba", "b) Bốn", "2. Năm", "II. Sáu"]),
    (PartNumbering.WORDS, HeadingNumbering.LETTERS,
     ["Phần thứ nhất", "PHẦN ĐẦU", "1. Một", "a) Hai", "- Ba", "- Bốn", "b) Năm", "2. Sáu"]),
    (PartNumbering.NONE, HeadingNumbering.NONE, ["PHẦN ĐẦU", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"]),
])
def test_parts_and_headings_are_numbered_in_the_chosen_style(parts, headings, expected):
    lines = [line for line in _lines(_outline(parts, headings)) if line not in ("x", "y", "z", "w./.", "w")]
    half = len(lines) // 2
    assert lines[:half] == expected
    second = lines[half:]
    assert second[0] in ("II. PHẦN SAU", "B. PHẦN SAU", "Phần thứ hai", "PHẦN SAU")
    assert second[1 + (parts == PartNumbering.WORDS)] == expected[1 + (parts == PartNumbering.WORDS)]  # per part
    heading = next(b for b in _body(_outline(parts, headings)) if isinstance(b, B.PartHeading))
    assert heading.centred == (parts == PartNumbering.WORDS) and heading.keep_with_next


def test_heading_styles_by_level():
    levels = {b.level: (b.bold, b.italic) for b in _body(_outline(PartNumbering.ROMAN, HeadingNumbering.DECIMAL))
              if isinstance(b, B.Heading)}
    assert levels == {1: (True, False), 2: (True, True), 3: (False, True)}


def test_default_part_headings_follow_the_role_and_a_part_without_heading_takes_no_number():
    r = Report(kind="so_ket", school_year="2023-2024", period="Học kỳ I",
               parts=[Part(PartRole.ASSESSMENT), Part(PartRole.OTHER, "", [Paragraph([Run("Lời mở")])]),
                      Part(PartRole.PLANS), Part(PartRole.OTHER, "Phần riêng", [])])
    assert _lines(r) == ["I. ĐÁNH GIÁ CHUNG", B.PLACEHOLDER, "Lời mở",
                         "II. GIẢI PHÁP THỰC HIỆN NHIỆM VỤ HỌC KỲ II NĂM HỌC 2023-2024", B.PLACEHOLDER,
                         "III. PHẦN RIÊNG", B.PLACEHOLDER + "./."]


def test_empty_headings_get_the_placeholder_and_the_seed_prints_its_words():
    r = Report(parts=templates.template_parts(templates.Template.DEFAULT))
    lines = _lines(r)
    assert lines.count(B.PLACEHOLDER) + lines.count(B.PLACEHOLDER + "./.") == 5
    seed = _lines(sample_reports.seed())
    assert seed[:3] == ["I. ĐÁNH GIÁ CHUNG", "1. Thuận lợi", seed[2]] and seed[2].startswith("Trong học kỳ 1")
    assert seed[-1].endswith("ngày càng hiệu quả hơn./.")
    assert "TABLE Stt | Tên chuyên đề và tổ chức các hoạt động | Số người tham gia | Đơn vị chủ trì | " \
           "Đơn vị, tổ chức phối hợp" in seed


# ---- runs, lists, the end mark ------------------------------------------------------------


def test_runs_are_cleaned_merged_and_keep_their_formats():
    para = Paragraph([Run("  Kết quả "), Run(""), Run("rất ", bold=True), Run("tốt", bold=True), Run("\x0b "),
                      Run("“Học tập”", italic=True, underline=True), Run(".  ")])
    (block, *_) = [b for b in _body(Report(parts=[Part(PartRole.OTHER, "A", [para])])) if isinstance(b, B.Paragraph)]
    assert block.spans == (B.Span("Kết quả "), B.Span("rất tốt", bold=True), B.Span(" "),
                           B.Span("“Học tập”", italic=True, underline=True), B.Span("./."))
    bold_end = Paragraph([Run("Xong", bold=True)])
    (end, *_) = [b for b in _body(Report(parts=[Part(PartRole.OTHER, "A", [bold_end])])) if isinstance(b, B.Paragraph)]
    assert end.spans == (B.Span("Xong", bold=True), B.Span("./."))  # the end mark is never bold
    assert block.text == "Kết quả rất tốt “Học tập”./."


def test_list_items_two_levels_and_the_end_mark_after_a_list_or_a_table():
    r = Report(parts=[Part(PartRole.OTHER, "A", [ListItem(1, [Run("một")]), ListItem(2, [Run("hai.")])])])
    body = _body(r)
    assert [(b.level, b.marker, b.text) for b in body if isinstance(b, B.ListItem)] == [
        (1, "-", "- một"), (2, "+", "+ hai./.")]
    assert body[-1].keep_with_next and not body[-2].keep_with_next
    r = Report(activities=[Activity("x", 1)], parts=[Part(PartRole.OTHER, "A", [ActivityTable()])])
    body = _body(r)
    assert isinstance(body[-2], B.Table) and body[-1] == B.Paragraph((B.Span("./."),), keep_with_next=True)


# ---- tables ---------------------------------------------------------------------------


def test_a_table_of_the_authors_own_with_stt_total_and_bad_cells():
    table = Table(columns=[Column("Thôn", "text"), Column("Số hộ", "number"), Column("Ghi chú", "text")],
                  rows=[["Thôn 1", 120, "đủ"], ["Thôn 2", "35", None], ["Thôn 3", "chưa rõ"], ["Thôn 4", None, 7, "x"]],
                  numbered=True, total_row=True)
    (block,) = [b for b in _body(Report(parts=[Part(PartRole.OTHER, "A", [table])])) if isinstance(b, B.Table)]
    assert [(c.title, c.kind, c.align) for c in block.columns] == [
        ("Stt", "index", "center"), ("Thôn", "text", "left"), ("Số hộ", "number", "center"), ("Ghi chú", "text", "left")]
    assert sum(c.weight for c in block.columns) == pytest.approx(1.0)
    assert list(block.rows) == [(1, "Thôn 1", 120, "đủ"), (2, "Thôn 2", 35, ""), (3, "Thôn 3", "chưa rõ", ""),
                                (4, "Thôn 4", None, "7")]
    assert block.total == B.TotalRow((None, None, 155, None), span=2)


def test_the_activity_table_is_not_copied_and_honours_the_total_choice():
    r = sample_reports.many_activities(20000)
    start = time.perf_counter()
    doc = build_document(r)
    assert time.perf_counter() - start < 0.5  # no row is made while building
    (table,) = doc.tables()
    assert isinstance(table.rows, B.Rows) and len(table.rows) == 20000
    assert table.rows[0][0] == 1 and table.rows[-1][0] == 20000 and table.rows[9][2] is None  # unknown: blank
    assert table.total is not None and table.total.values[2] == r.totals().participants and table.total.span == 2
    r.parts[1].blocks[-1] = ActivityTable(total_row=False)
    assert build_document(r).tables()[0].total is None


def test_building_stops_when_cancelled():
    r = sample_reports.seed()
    r.parts[0].blocks += [Paragraph([Run(f"Dòng {i}")]) for i in range(1000)]
    calls = 0

    def after(n: int):
        def cancelled() -> bool:
            nonlocal calls
            calls += 1
            return calls > n
        return cancelled

    with pytest.raises(RenderCancelled):
        build_document(r, cancelled=after(2))
    calls = 0
    build_document(r, cancelled=after(10**6))
    assert calls >= 5  # asked between parts and every few hundred blocks


# ---- header and footer ------------------------------------------------------------------


def test_header_number_code_and_partial_date():
    r = sample_reports.association_report()
    h = build_document(r).header
    assert h.number_line == "Số: 02/UB" and (h.number, h.code) == ("02", "UB")
    assert h.place_date == f"Quang Thiện, ngày{BLANK}tháng 4 năm 2012"
    assert h.parent == "HỘI KHUYẾN HỌC HUYỆN KIM SƠN" and h.issuer == "HỘI KHUYẾN HỌC XÃ QUANG THIỆN"
    r.document_number, r.document_code, r.date = "", "", IssueDate()
    r.organization = Organization("UBND xã", "Trung tâm", "tthtcđ")
    h = build_document(r).header
    assert h.number_line == f"Số:{BLANK}/BC-TTHTCĐ"
    assert h.place_date == f"Quang Thiện, ngày{BLANK}tháng{BLANK}năm {BLANK}"


def test_title_lines_keep_the_authors_breaks():
    r = sample_reports.year_review()
    assert build_document(r).title.lines == ("Tổng kết công tác năm học 2023-2024",
                                             "và phương hướng nhiệm vụ năm học 2024-2025")
    r.title = ""
    assert build_document(r).title.lines == ("Tổng kết năm học 2023-2024",)


def test_addressees_inline_or_as_lines():
    r = Report(addressees=["Phòng GD&ĐT huyện;"])
    assert build_document(r).addressees == B.Addressees(("Phòng GD&ĐT huyện.",), inline=True)
    r.addressees = ["Phòng GD&ĐT huyện", "- UBND xã.", "  "]
    assert build_document(r).addressees == B.Addressees(("- Phòng GD&ĐT huyện;", "- UBND xã."), inline=False)
    assert build_document(Report()).addressees is None


@pytest.mark.parametrize(("recipients", "addressees", "expected"), [
    (["Đảng ủy xã", "Lưu"], [], ("- Đảng ủy xã;", "- Lưu.")),
    (["Đảng ủy xã"], [], ("- Đảng ủy xã;", "- Lưu: VT, TTHTCĐ.")),  # the Lưu line added
    (["- Lưu: VT, TTHTCĐ;", "Đảng ủy xã;"], ["Phòng GD&ĐT"], ("- Như trên;", "- Đảng ủy xã;", "- Lưu: VT, TTHTCĐ.")),
    (["Như trên", "Lưu"], ["Phòng GD&ĐT"], ("- Như trên;", "- Lưu.")),
    ([], ["Phòng GD&ĐT"], ("- Như trên;", "- Lưu: VT, TTHTCĐ.")),
])
def test_recipients_rules(recipients, addressees, expected):
    r = Report(recipients=recipients, addressees=addressees, organization=Organization(abbreviation="TTHTCĐ"))
    foot = build_document(r).footer
    assert foot.recipients is not None and foot.recipients.lines == expected


def test_no_recipients_no_block():
    assert build_document(Report()).footer.recipients is None


def test_signing_columns():
    foot = build_document(sample_reports.two_signatures()).footer
    assert foot.main.authority == ("GIÁM ĐỐC",) and foot.main.name == "Nguyễn Văn Tuân"
    assert foot.second is not None and foot.second.caption == ("XÁC NHẬN CỦA UBND XÃ",)
    assert foot.second.authority == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and foot.second.name == "Vũ Đức Thắng"
    r = Report(signatures=[Signature(authority="KT.", position="giám đốc", deputy_position="phó giám đốc",
                                     other_title="Chủ tịch  UBND xã", name=" Trần  Hoa "), Signature()])
    foot = build_document(r).footer
    assert foot.main.authority == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert (foot.main.other_title, foot.main.name) == ("Chủ tịch UBND xã", "Trần Hoa")
    assert foot.second is None  # an empty second column prints nothing
    assert build_document(Report(signatures=[])).footer.main.name == ""


def test_bad_data_never_stops_the_build():
    r = Report(parts=[Part(PartRole.OTHER, "A\x00\ud800", [
        Heading(7, "Mức lạ"), Paragraph([Run("a"), "không phải run"]),  # type: ignore[list-item]
        ListItem(5, [Run("b")]), Table(columns=[], rows=[[1]]),
        Table(columns=[Column("Số", "number")], rows=[None, [1.0], ["x", "y"]], total_row=True),  # type: ignore[list-item]
    ])], activities=[Activity("x", "12")], recipients=[None])  # type: ignore[list-item,arg-type]
    doc = build_document(r)
    assert doc.body[0] == B.PartHeading("I.", "A \ufffd")  # a control character is a space
    assert any(isinstance(b, B.Heading) and b.level == 1 for b in doc.body)
    table = next(b for b in doc.body if isinstance(b, B.Table))
    assert list(table.rows) == [(None,), (1,), ("x",)] and table.total == B.TotalRow((1,), span=0)


def test_every_template_and_real_report_builds():
    for report in [*sample_reports.templates_reports().values(), *sample_reports.real_reports().values()]:
        doc = build_document(report)
        assert doc.body and doc.body[-1].keep_with_next
        assert doc == build_document(report)  # the same report, the same blocks
