"""Reading Word's structures: list numbering as Word displays it, text in text boxes,
content controls, hyperlinks, fields and tracked changes, hidden text; the labels
clerks type and the case of upper-case headings."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from hienhao_desktop.domain.model import Heading, IssueDate, Organization, Paragraph, Run
from hienhao_desktop.storage.docx_import import import_docx_bytes
from hienhao_desktop.storage.docx_numbering import Numbering, format_number
from hienhao_desktop.storage.docx_read import Line, legacy_encoding, read_docx
from hienhao_desktop.storage.docx_text import parse_label, sentence_case
from tests import docx_samples as S
from tests.docx_builder import DocBuilder, R

W = nsdecls("w")


def _numbering(xml: str, styles: dict[str, tuple[str, int | None]] | None = None) -> Numbering:
    return Numbering(parse_xml(f"<w:numbering {W}>{xml}</w:numbering>"), styles or {})


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def test_numbering_counts_restarts_and_formats():
    numbering = _numbering(
        '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%2.")
        + _lvl(2, "lowerLetter", "%3)") + _lvl(3, "decimal", "%2.%4.", extra='<w:lvlRestart w:val="0"/>')
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    )
    labels = [numbering.label(num, level) for num, level in [
        ("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 3), ("2", 1), ("1", 0), ("1", 1), ("1", 3), ("3", 0), ("3", 0),
    ]]
    assert [label[0] for label in labels if label] == [
        "I.", "1.", "a)", "b)", "1.1.", "2.", "II.", "1.", "1.2.", "V.", "VI.",
    ]  # level 3 never restarts (lvlRestart 0); instance 2 goes on counting; instance 3 restarts at V
    assert numbering.label("0", 0) is None and numbering.label("9", 0) is None  # numId 0, unknown


def test_numbering_legal_style_links_and_bullets():
    numbering = _numbering(
        '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "upperRoman", "%1.")
        + _lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Outline"/></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="3">' + _lvl(0, "bullet", "\uf0b7") + _lvl(1, "bullet", "+") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>',
        styles={"Outline": ("1", None)},
    )
    assert numbering.label("1", 0) == ("I.", "upperRoman")
    assert numbering.label("1", 1) == ("1.1.", "decimal")  # isLgl: the Roman parent shown as 1
    assert numbering.label("2", 0) == ("II.", "upperRoman")  # through the style link, same counters
    assert numbering.label("3", 0) == ("•", "bullet") and numbering.label("3", 1) == ("+", "bullet")
    pictures = _numbering('<w:abstractNum w:abstractNumId="1">' + _lvl(0, "bullet", "") + "</w:abstractNum>"
                          '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert pictures.label("1", 0) == ("•", "bullet")  # a picture bullet has no text


@pytest.mark.parametrize("value, fmt, text", [
    (28, "upperLetter", "BB"), (3, "lowerRoman", "iii"), (7, "decimalZero", "07"), (2, "vietnameseCounting", "hai"),
    (1, "ordinalText", "nhất"), (4, "ordinalText", "tư"), (12, "ordinal", "12"), (0, "upperRoman", "0"),
])
def test_number_formats(value, fmt, text):
    assert format_number(value, fmt) == text


def test_phan_thu_nhat_numbered_by_word_is_a_words_part():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Tổng kết năm học 2023-2024", align="center")
    parts = d.numbering([("ordinalText", "Phần thứ %1:")])
    d.para(R("Kết quả thực hiện nhiệm vụ", bold=True), num=(parts, 0))
    d.para("Tốt.")
    d.para(R("Phương hướng năm học 2024-2025", bold=True), num=(parts, 0))
    result = import_docx_bytes(d.bytes(), "x.docx")
    assert result.report.part_numbering == "words"
    assert [x.label for x in result.summary.parts] == ["Phần thứ nhất", "Phần thứ hai"]


# ---- what the reader reads and skips -----------------------------------------------------


def _lines(builder: DocBuilder) -> list[str]:
    items, _, _ = read_docx(builder.bytes(), "x.docx")
    return [item.text for item in items if isinstance(item, Line) and not item.is_blank()]


def _append_xml(builder: DocBuilder, xml: str) -> None:
    body = builder.doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))  # before the section properties


def test_text_in_controls_links_fields_insertions_is_read_and_deleted_hidden_text_is_not():
    d = DocBuilder()
    _append_xml(d, f'<w:p {W}><w:r><w:t xml:space="preserve">A </w:t></w:r>'
                   '<w:hyperlink><w:r><w:t xml:space="preserve">liên kết </w:t></w:r></w:hyperlink>'
                   '<w:ins w:id="1" w:author="x"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins>'
                   '<w:del w:id="2" w:author="x"><w:r><w:delText>bỏ </w:delText></w:r></w:del>'
                   '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r>'
                   '<w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple>'
                   '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 2024</w:t></w:r>'
                   '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                   '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> ô nhập</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    _append_xml(d, f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>Trong khối điều khiển</w:t></w:r></w:p>'
                   '</w:sdtContent></w:sdt>')
    assert _lines(d) == ["A liên kết thêm 3 2024 ô nhập", "Trong khối điều khiển"]
    _, stats, _ = read_docx(d.bytes(), "x.docx")
    assert (stats.deleted_runs, stats.hidden_runs) == (1, 1)


def test_a_header_in_text_boxes_is_found():
    d = DocBuilder()
    box = ('<w:p {W}><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>{left}</w:t></w:r></w:p><w:p><w:r><w:t>Số: 09/BC-TTHTCĐ</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _append_xml(d, box.replace("{W}", W).replace("{left}", "TRUNG TÂM HTCĐ XÃ HIỀN HÀO"))
    _append_xml(d, box.replace("{W}", W).replace("{left}", S.NATIONAL).replace(
        "Số: 09/BC-TTHTCĐ", "Hiền Hào, ngày 10 tháng 10 năm 2024"))
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2024-2025", align="center")
    d.bold("I. ĐÁNH GIÁ CHUNG")
    result = import_docx_bytes(d.bytes(), "x.docx")
    report = result.report
    assert report.organization == Organization("", "Trung tâm HTCĐ xã Hiền Hào", "TTHTCĐ")
    assert (report.document_number, report.date) == ("09", IssueDate(10, 10, 2024))
    assert "docx_textbox" in [n.code for n in result.summary.notes]


def test_heading_styles_without_numbers_make_unnumbered_parts():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2023-2024", align="center")
    d.para("Đánh giá chung", style="Heading 1")
    d.para("Thuận lợi", style="Heading 2")
    d.para("Tốt.")
    d.para("Kiến nghị", style="Heading 1")
    report = import_docx_bytes(d.bytes(), "x.docx").report
    assert report.part_numbering == "none" and report.heading_numbering == "none"
    assert [(p.role, p.heading) for p in report.parts] == [("assessment", ""), ("recommendations", "Kiến nghị")]
    assert report.parts[0].blocks == [Heading(1, "Thuận lợi"), Paragraph([Run("Tốt.")])]


def test_bold_capital_lines_are_parts_when_nothing_is_numbered():
    d = DocBuilder()
    d.bold("BÁO CÁO", align="center")
    d.bold("Tổng kết năm học 2023-2024", align="center")
    d.bold("ĐẶC ĐIỂM TÌNH HÌNH")
    d.para("Xã có 5 thôn.")
    d.bold("KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    d.para("Tổ chức 12 chuyên đề.")
    report = import_docx_bytes(d.bytes(), "x.docx").report
    assert report.part_numbering == "none"
    assert [(p.role, p.heading) for p in report.parts] == [("situation", ""),
                                                           ("implementation", "Kết quả thực hiện nhiệm vụ")]


# ---- labels, case, fonts ---------------------------------------------------------------------


@pytest.mark.parametrize("text, kind, label, value", [
    ("I. ĐÁNH GIÁ CHUNG", "roman", "I.", 1),
    ("IV - Kiến nghị", "roman", "IV -", 4),
    ("II.Tình hình", "roman", "II.", 2),
    ("I/ Kiện toàn", "roman", "I/", 1),
    ("Phần thứ nhất: ĐÁNH GIÁ", "words", "Phần thứ nhất:", 1),
    ("PHẦN THỨ HAI", "words", "PHẦN THỨ HAI", 2),
    ("Phần III. Kết luận", "words", "Phần III.", 3),
    ("A. KẾT QUẢ", "upper", "A.", 1),
    ("C. Mục", "upper", "C.", 3),
    ("1. Thuận lợi:", "dec", "1.", 1),
    ("2) Khó khăn", "dec", "2)", 2),
    ("1.2. Công tác", "dec", "1.2.", 2),
    ("1.2 Công tác", "dec", "1.2", 2),
    ("a) Nội dung", "alpha", "a)", 1),
    ("đ) Mục năm", "alpha", "đ)", 5),
    ("- Căn vào", "bullet", "-", 0),
    ("-Tham mưu", "bullet", "-", 0),
    ("+ Lớp tin học", "bullet", "+", 0),
])
def test_typed_labels(text, kind, label, value):
    parsed = parse_label(text)
    assert parsed is not None and (parsed.kind, parsed.text, parsed.value) == (kind, label, value)


@pytest.mark.parametrize("text", ["1/10/2023 là ngày", "62 người", "1.234 người", "2023-2024", "Phần lớn",
                                  "Căn cứ", "-5% so với", "a.m. sáng", "Phần năm sau"])
def test_not_labels(text):
    assert parse_label(text) is None


@pytest.mark.parametrize("upper, sentence", [
    ("GIÁM ĐỐC", "Giám đốc"),
    ("UBND XÃ HIỀN HÀO", "UBND xã Hiền Hào"),
    ("TRUNG TÂM HTCĐ XÃ HIỀN HÀO NĂM HỌC 2023-2024", "Trung tâm HTCĐ xã Hiền Hào năm học 2023-2024"),
    ("PHÒNG GD&ĐT HUYỆN CÁT HẢI", "Phòng GD&ĐT huyện Cát Hải"),
    ("CÔNG TÁC XÃ HỘI HÓA GIÁO DỤC", "Công tác xã hội hóa giáo dục"),
    ("SƠ KẾT HỌC KỲ I", "Sơ kết học kỳ I"),
    ("VI PHẠM", "Vi phạm"),
    ("Giám đốc", "Giám đốc"),  # typed with lower case: left alone
])
def test_sentence_case_of_capitals(upper, sentence):
    assert sentence_case(upper) == sentence


@pytest.mark.parametrize("font, expected", [
    (".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)), (".VnArial NarrowH", ("tcvn3", True)),
    ("VnTime", ("tcvn3", False)), ("VNI-Times", ("vni", False)), ("VNI-Helve-Condense", ("vni", False)),
    ("Times New Roman", (None, False)), ("Arial", (None, False)), ("Verdana", (None, False)),
])
def test_legacy_fonts_by_name(font, expected):
    assert legacy_encoding(font) == expected


def test_legacy_font_from_the_paragraph_style():
    d = DocBuilder()
    style = d.doc.styles.add_style("Legacy", 1)
    style.font.name = ".VnTime"
    d.bold("BÁO CÁO", align="center")
    d.bold("Sơ kết học kỳ I năm học 2023-2024", align="center")
    d.bold("I. ĐÁNH GIÁ CHUNG")
    d.para(R("Trung tâm học tập cộng đồng", legacy="tcvn3"), style="Legacy")
    report = import_docx_bytes(d.bytes(), "x.docx").report
    assert report.parts[0].blocks == [Paragraph([Run("Trung tâm học tập cộng đồng")])]
