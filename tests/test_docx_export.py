"""The Word export (issue 16, points 3 and 4): the .docx carries the PDF's words in the
PDF's order, is laid out by Decree 30 (read back from the file: page, margins, fonts,
the header table, the page number field, the repeated table header, keep-with-next,
images), LibreOffice makes it as many pages as our PDF (±1), and importing it gives
the report back.

Words of the .docx are read with python-docx's XML in the order a reader takes them,
with test_word_parity's conventions: the header table column by column (left, then
right), the body in document order (tables row by row, cell by cell), the footer table
column by column. A repeated table header is written once in Word (Word repeats it),
and page numbers are a field in the page header, not in the body.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document import build_document
from hienhao_desktop.domain.model import Heading, Part, Report, Run
from hienhao_desktop.export import pdf as P
from hienhao_desktop.export.cancel import RenderCancelled
from hienhao_desktop.export.docx import render_docx, write_docx
from hienhao_desktop.storage import docx_hints, exchange
from hienhao_desktop.storage.docx_import import import_docx_bytes
from tests import sample_reports
from tests.test_word_parity import _headers, pdf_words

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _reports() -> dict[str, Report]:
    reports = {"seed": sample_reports.seed(), "long": sample_reports.long_report(300)}
    reports.update({f"template-{name}": r for name, r in sample_reports.templates_reports().items()})
    reports.update(sample_reports.real_reports())
    return reports


REPORTS = _reports()


@pytest.fixture(scope="module")
def exported() -> dict[str, bytes]:
    return {name: render_docx(report) for name, report in REPORTS.items()}


def _body(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data)).element.body


# ---- words ------------------------------------------------------------------------------------


def _paragraph_words(p: Any) -> list[str]:
    pieces = []
    for element in p.iter(f"{W}t", f"{W}br", f"{W}tab"):
        pieces.append(element.text or "" if element.tag == f"{W}t" else " ")
    return "".join(pieces).split()


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _on(run: Any, tag: str) -> bool:
    """Whether a run's own properties switch ``tag`` (b, i) on."""
    element = run.find(f"{W}rPr/{W}{tag}")
    return element is not None and element.get(qn("w:val"), "1") not in ("0", "false")


def _size(run: Any) -> float:
    return int(run.find(f"{W}rPr/{W}sz").get(qn("w:val"))) / 2


def _cells(tr: Any) -> list[Any]:
    return [tc for tc in tr if tc.tag == f"{W}tc"]


def _cell_words(tc: Any) -> list[str]:
    return [w for p in tc.iter(f"{W}p") for w in _paragraph_words(p)]


def docx_words(data: bytes) -> list[str]:
    body = _body(data)
    children = [c for c in body if c.tag in (f"{W}p", f"{W}tbl")]
    tables = [c for c in children if c.tag == f"{W}tbl"]
    by_columns = {id(tables[0]), id(tables[-1])}  # the header and the footer
    out: list[str] = []
    for child in children:
        if child.tag == f"{W}p":
            out += _paragraph_words(child)
            continue
        rows = [_cells(tr) for tr in child.iter(f"{W}tr")]
        if id(child) in by_columns:
            for column in range(max(len(r) for r in rows)):
                out += [w for r in rows if column < len(r) for w in _cell_words(r[column])]
        else:
            out += [w for r in rows for tc in r for w in _cell_words(tc)]
    return out


@pytest.mark.parametrize("name", list(REPORTS))
def test_the_word_file_carries_the_pdfs_words_in_the_pdfs_order(name, exported):
    report = REPORTS[name]
    from_pdf = pdf_words(P.render_pdf(report), _headers(report))
    from_docx = docx_words(exported[name])
    assert len(from_pdf) > 50
    if from_pdf != from_docx:  # show where they part
        at = next((i for i, (a, b) in enumerate(zip(from_pdf, from_docx, strict=False)) if a != b),
                  min(len(from_pdf), len(from_docx)))
        raise AssertionError(f"{name}: word {at}: PDF {from_pdf[max(0, at - 8):at + 8]} "
                             f"vs Word {from_docx[max(0, at - 8):at + 8]}")


def test_the_word_check_sees_a_missing_word(exported):
    report = sample_reports.seed()
    report.parts[0].blocks[1].runs[0].text += " thêm"  # type: ignore[union-attr]
    assert docx_words(render_docx(report)) != docx_words(exported["seed"])
    assert "thêm" in docx_words(render_docx(report))


# ---- the layout, read back ----------------------------------------------------------------------


def _mm(length: Any) -> float:
    return round(length / Mm(1), 1)


def test_a4_the_decrees_margins_and_page_numbers_from_page_two(exported):
    document = docx.Document(io.BytesIO(exported["seed"]))
    (section,) = document.sections
    assert (_mm(section.page_width), _mm(section.page_height)) == (210.0, 297.0)
    assert (_mm(section.top_margin), _mm(section.bottom_margin), _mm(section.left_margin),
            _mm(section.right_margin)) == (20.0, 20.0, 30.0, 15.0)
    assert section.different_first_page_header_footer
    header = section.header._element
    instructions = "".join(t.text or "" for t in header.iter(f"{W}instrText"))
    assert instructions.strip() == "PAGE"
    assert [c.get(qn("w:fldCharType")) for c in header.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
    (number,) = header.iter(f"{W}p")
    assert number.pPr.jc_val is None  # centred by its style: "header"
    assert document.styles["header"].paragraph_format.alignment == 1  # CENTER
    assert document.styles["header"].font.size.pt == P.PAGE_NUMBER_SIZE
    first = section.first_page_header
    assert not first.is_linked_to_previous  # a first-page header of its own …
    assert _text(first._element).strip() == "" and not list(first._element.iter(f"{W}fldChar"))


def test_times_new_roman_for_every_script_at_the_pdfs_sizes(exported):
    data = exported["seed"]
    document = docx.Document(io.BytesIO(data))
    styles = document.styles.element
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = defaults.find(f"{W}rFonts")
    assert {a: fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == dict.fromkeys(
        ("ascii", "hAnsi", "cs", "eastAsia"), "Times New Roman")
    assert defaults.find(f"{W}lang").get(qn("w:val")) == "vi-VN"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/styles.xml").decode() + z.read("word/document.xml").decode()
    assert "Theme" not in xml  # no theme font (Calibri, Cambria) anywhere
    for match in re.finditer(r"<w:rFonts ([^>]*)/>", xml):
        assert set(re.findall(r'"([^"]*)"', match.group(1))) == {"Times New Roman"}
    assert document.styles["Normal"].font.size.pt == P.BODY_SIZE == 14
    assert document.styles["Table Text"].font.size.pt == P.TABLE_SIZE == 12
    sizes = {round(int(sz.get(qn("w:val"))) / 2) for sz in document.element.body.iter(f"{W}sz")}
    assert sizes <= {1, 11, 12, 13, 14}  # rules' 1-pt marks, Nơi nhận 11–12, header 12–13, body 14
    footer = [t for t in document.element.body.iter(f"{W}tbl")][-1]
    title = next(r for r in footer.iter(f"{W}r") if _text(r) == "Nơi nhận:")
    assert _size(title) == 12 and _on(title, 'b') and _on(title, 'i')
    recipient = next(r for r in footer.iter(f"{W}r") if _text(r).startswith("- Lưu"))
    assert _size(recipient) == 11


def _borderless(tbl: Any) -> bool:
    borders = tbl.find(f"{W}tblPr/{W}tblBorders")
    return borders is not None and all(b.get(qn("w:val")) == "none" for b in borders)


def _rule_paragraphs(element: Any) -> list[Any]:
    return [p for p in element.iter(f"{W}p") if p.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None]


def _rule_length(p: Any, width: float) -> float:
    ind = p.find(f"{W}pPr/{W}ind")
    return width - (int(ind.get(qn("w:left"))) + int(ind.get(qn("w:right")))) / 20


def test_the_header_is_a_borderless_two_column_table_with_its_rules(exported):
    from reportlab.pdfbase import pdfmetrics

    body = _body(exported["seed"])
    header = next(iter(body))
    assert header.tag == f"{W}tbl" and _borderless(header)
    widths = [int(c.get(qn("w:w"))) / 20 for c in header.iter(f"{W}gridCol")]
    assert widths == pytest.approx([w for w in P.HEADER_COLUMNS], abs=0.1)
    (row1, row2) = header.iter(f"{W}tr")
    left, right = _cells(row1)
    assert [_cell_words(c) for c in _cells(row2)] == [["Số:", "/BC-TTHTCĐ"], "Hiền Hào, ngày tháng năm 2024".split()]
    # under the issuing body: 1/3 to 1/2 of its line, centred; under the motto: as long as it
    (org_rule,) = _rule_paragraphs(left)
    (motto_rule,) = _rule_paragraphs(right)
    f = P.fonts()
    org = pdfmetrics.stringWidth("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", f.bold, 13)
    assert 1 / 3 <= _rule_length(org_rule, widths[0]) / org <= 1 / 2
    motto = pdfmetrics.stringWidth(B.MOTTO, f.bold, P.HEADER_SIZE)
    assert _rule_length(motto_rule, widths[1]) == pytest.approx(motto, abs=0.1)
    for rule in (org_rule, motto_rule):
        ind = rule.find(f"{W}pPr/{W}ind")
        assert abs(int(ind.get(qn("w:left"))) - int(ind.get(qn("w:right")))) <= 1  # centred
        assert _text(rule) == ""
    nation = next(r for r in right.iter(f"{W}r") if _text(r) == B.NATION)
    assert _on(nation, 'b') and _size(nation) == 12
    date = next(r for r in _cells(row2)[1].iter(f"{W}r"))
    assert _on(date, 'i') and _size(date) == 13
    # the title's short rule, right after the subject
    title_rules = [p for p in _rule_paragraphs(body) if p.getparent() is body]
    assert len(title_rules) == 1


def _style_of(p: Any) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(qn("w:val")) if style is not None else "Normal"


def test_body_styles_headings_keep_with_next_and_the_outline_in_words_navigation(exported):
    document = docx.Document(io.BytesIO(exported["year_review"]))
    styles = document.styles
    normal = styles["Normal"].paragraph_format
    assert normal.alignment == 3 and normal.space_after.pt >= 6  # JUSTIFY
    assert normal.first_line_indent == pytest.approx(Mm(10), abs=Mm(0.01))
    for level in range(1, 5):
        style = styles[f"Heading {level}"]
        assert style.paragraph_format.keep_with_next
        assert style.element.find(f"{W}pPr/{W}outlineLvl").get(qn("w:val")) == str(level - 1)
    body = document.element.body
    outline = [(_style_of(p), " ".join(_paragraph_words(p))) for p in body if p.tag == f"{W}p"
               and _style_of(p).startswith("Heading")]
    assert outline[:6] == [
        ("Heading1", "Phần thứ nhất KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2023-2024"),
        ("Heading2", "I. Công tác tham mưu, chỉ đạo"), ("Heading2", "II. Kết quả các lớp học"),
        ("Heading3", "1. Các lớp chuyên đề"), ("Heading3", "2. Cán bộ, giáo viên tham gia giảng dạy"),
        ("Heading4", "a) Giáo viên các trường")]
    marks = [b.get(qn("w:name")) for b in body.iter(f"{W}bookmarkStart")]
    assert marks == ["_hh_role_implementation_1", "_hh_role_plans_2"]
    # runs keep bold and italic; list items their typed markers
    bold = [t.text for r in body.iter(f"{W}r") if _on(r, 'b') for t in r.iter(f"{W}t")]
    assert "Nghị quyết chuyên đề về xây dựng xã hội học tập" in bold and "318" in bold
    items = [(_style_of(p), " ".join(_paragraph_words(p))[:2]) for p in body if p.tag == f"{W}p"
             and _style_of(p).startswith("List")]
    assert ("List2", "+ ") in items and ("List", "- ") in items
    # the body's end keeps with the footer; the footer's rows cannot split
    children = [c for c in body if c.tag in (f"{W}p", f"{W}tbl")]
    footer = [c for c in children if c.tag == f"{W}tbl"][-1]
    end = children[children.index(footer) - 1]
    assert end.find(f"{W}pPr/{W}keepNext") is not None
    assert " ".join(_paragraph_words(end)).endswith("./.")
    last = children[-1]  # Word's closing paragraph: one point high, empty
    assert last.tag == f"{W}p" and not _paragraph_words(last)
    assert last.find(f"{W}pPr/{W}spacing").get(qn("w:line")) == "20"
    assert _borderless(footer)
    assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in footer.iter(f"{W}tr"))


def test_tables_repeat_their_header_row_and_keep_rows_whole(exported):
    body = _body(exported["long"])
    tables = [c for c in body if c.tag == f"{W}tbl"]
    activity = next(t for t in tables if _cell_words(_cells(next(t.iter(f"{W}tr")))[0]) == ["Stt"])
    rows = list(activity.iter(f"{W}tr"))
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    # the header row stays with the first row (keep with next in its cells' style)
    assert {_style_of(p) for p in rows[0].iter(f"{W}p")} == {"TableHeading"}
    assert len(rows) == 1 + 300 + 1
    assert [_cell_words(c)[0] if _cell_words(c) else "" for c in _cells(rows[1])][:3] == ["1", "Hội", "62"]
    total = REPORTS["long"].totals().participants
    assert [" ".join(_cell_words(c)) for c in _cells(rows[-1])][:2] == ["Tổng cộng", str(total)]
    assert _cells(rows[-1])[0].find(f"{W}tcPr/{W}gridSpan").get(qn("w:val")) == "2"
    assert not _borderless(activity) and activity.find(f"{W}tblPr/{W}tblStyle").get(qn("w:val")) == "TableGrid"
    widths = [int(c.get(qn("w:w"))) / 20 for c in activity.iter(f"{W}gridCol")]
    assert sum(widths) == pytest.approx(P.FRAME_WIDTH, abs=0.5)


def test_a_row_taller_than_a_page_may_split():
    report = sample_reports.seed()
    report.activities[0].name = "Hoạt động " * 2500
    body = _body(render_docx(report))
    activity = next(t for t in body.iter(f"{W}tbl") if "Stt" in _cell_words(_cells(next(t.iter(f"{W}tr")))[0]))
    rows = list(activity.iter(f"{W}tr"))
    assert rows[1].find(f"{W}trPr/{W}cantSplit") is None and rows[2].find(f"{W}trPr/{W}cantSplit") is not None


def _demo_images() -> tuple[bytes, bytes]:
    from PIL import Image

    out = []
    for size, color in (((600, 240), (20, 30, 140, 255)), ((450, 450), (210, 20, 30, 200))):
        buffer = io.BytesIO()
        Image.new("RGBA", size, color).save(buffer, "PNG")
        out.append(buffer.getvalue())
    return out[0], out[1]


def test_signature_and_seal_images_in_the_signing_room():
    report = sample_reports.seed()
    signature, seal = _demo_images()
    report.signature.signature_image, report.signature.seal_image = signature, seal
    data = render_docx(report)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = sorted(n for n in z.namelist() if n.startswith("word/media/"))
        assert [z.read(n) for n in media] == [signature, seal]
    footer = [c for c in _body(data) if c.tag == f"{W}tbl"][-1]
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    (inline,) = footer.iter(f"{wp}inline")
    (anchor,) = footer.iter(f"{wp}anchor")
    emu_mm = 36000
    sig = inline.find(f"{wp}extent")
    assert int(sig.get("cx")) / emu_mm == pytest.approx(50, abs=0.5)  # 50 × 20 mm: the box is 50 × 24
    seal_extent = anchor.find(f"{wp}extent")
    assert int(seal_extent.get("cx")) / emu_mm == pytest.approx(38, abs=0.5)
    assert anchor.get("behindDoc") == "0"  # over the signature, as a seal is
    # the seal covers the signature's left third: its right edge a third into the signature
    x = int(anchor.find(f"{wp}positionH/{wp}posOffset").text) / emu_mm
    cell = P.FOOTER_COLUMNS[1] / P.mm
    assert x + 38 == pytest.approx(cell / 2 - 25 + 50 / 3, abs=0.5)
    # the room keeps its height (28 mm) with or without images
    room = inline.getparent().getparent().getparent()
    assert room.tag == f"{W}p" and room.find(f"{W}pPr/{W}spacing").get(qn("w:lineRule")) == "exact"


def test_a_broken_image_is_left_out_and_the_export_goes_on():
    report = sample_reports.two_signatures()
    report.signatures[0].signature_image = b"\x89PNG\r\n\x1a\nbroken"
    report.signatures[1].seal_image = b"not an image at all"
    data = render_docx(report)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")]
    assert docx_words(data)[-3:] == ["Nguyễn", "Văn", "Tuân"]


def test_text_is_nfc_and_xml_safe_whatever_the_report_holds():
    report = sample_reports.seed()
    report.parts[0].blocks[1].runs[0].text = "Ho\u0323c ta\u0302\u0323p \ufffe\uffff \ud800 cuối."  # type: ignore[union-attr]
    report.organization.name = unicodedata.normalize("NFD", "Trung tâm học tập cộng đồng")
    data = render_docx(report)
    texts = [t.text or "" for t in _body(data).iter(f"{W}t")]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG" in texts
    assert any(t.startswith("Học tập") for t in texts)


def test_absurd_data_still_exports():
    """Words longer than any line everywhere: the file is made, and a footer row taller
    than a page may split (Word could not place it whole)."""
    data = render_docx(sample_reports.long_words())
    assert len(docx_words(data)) > 50
    footer = [c for c in _body(data) if c.tag == f"{W}tbl"][-1]
    assert [tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in footer.iter(f"{W}tr")] == [False, True]


def test_the_same_report_gives_the_same_bytes_with_fixed_properties(exported):
    assert render_docx(REPORTS["seed"]) == exported["seed"]
    with zipfile.ZipFile(io.BytesIO(exported["long"])) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        names = z.namelist()
    assert "docProps/thumbnail.jpeg" not in names and "word/stylesWithEffects.xml" not in names
    core = docx.Document(io.BytesIO(exported["long"])).core_properties
    assert (core.created, core.modified) == (core.created, core.created)
    assert core.created.date().isoformat() == "2024-01-15"  # the issue date
    assert core.title == "Báo cáo Sơ kết năm học 2023-2024" and core.language == "vi-VN"
    assert docx.Document(io.BytesIO(exported["seed"])).core_properties.created.year == 2000  # no date yet


# ---- cancelling, progress, writing ----------------------------------------------------------------


def test_cancel_stops_within_the_table_and_progress_is_told():
    report = sample_reports.many_activities(2000)
    seen: list[tuple[int, int]] = []
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return bool(seen) and seen[-1][0] >= 600

    with pytest.raises(RenderCancelled):
        render_docx(report, cancelled=cancelled, progress=lambda done, total: seen.append((done, total)))
    assert asked > 5 and seen and seen[-1][0] < 1200  # stopped early in the 2,000 rows
    done = [d for d, _ in seen]
    total = len(build_document(report).body) + 2000
    assert done == sorted(done) and {t for _, t in seen} == {total}
    seen.clear()
    render_docx(report, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (total, total)


def test_write_docx_is_atomic(tmp_path):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    with pytest.raises(RenderCancelled):
        write_docx(sample_reports.seed(), target, cancelled=lambda: True)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["bao-cao.docx"]
    write_docx(sample_reports.seed(), target)
    assert docx.Document(str(target)).paragraphs


# ---- LibreOffice makes as many pages -----------------------------------------------------------------


PAGE_COUNT_REPORTS = ["seed", "long", "term_review", "year_review", "association", "two_signatures"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice Writer is not installed (scripts/setup --test installs libreoffice-writer-nogui)")
def test_libreoffice_makes_as_many_pages_as_our_pdf(exported, tmp_path):
    from pypdf import PdfReader

    files = []
    for name in PAGE_COUNT_REPORTS:
        path = tmp_path / f"{name}.docx"
        path.write_bytes(exported[name])
        files.append(str(path))
    out = tmp_path / "out"
    # One soffice for every file; a private profile (instances sharing one block each other).
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(out), *files],
                            capture_output=True, text=True, timeout=300)
    missing = [n for n in PAGE_COUNT_REPORTS if not (out / f"{n}.pdf").exists()]
    if missing and "writer_pdf_Export" not in result.stdout:
        pytest.skip(f"LibreOffice has no Writer here (libreoffice-writer-nogui): {result.stderr.strip()[:200]}")
    assert not missing, result.stdout + result.stderr
    counts = {}
    for name in PAGE_COUNT_REPORTS:
        ours = len(PdfReader(io.BytesIO(P.render_pdf(REPORTS[name]))).pages)
        theirs = len(PdfReader(str(out / f"{name}.pdf")).pages)
        counts[name] = (ours, theirs)
    assert all(abs(ours - theirs) <= 1 for ours, theirs in counts.values()), counts
    assert counts["long"][0] >= 15  # the long report really runs over many pages


# ---- the round trip (issue 16, point 4) ----------------------------------------------------------------


def _as_stored(report: Report) -> Report:
    """The report as the program keeps it (values cleaned as every edit cleans them).
    A sample's blank text cell given as None (printing takes it) is kept as ""."""
    from hienhao_desktop.domain.model import Table

    report = report.copy()
    for block in [*report.opening, *(b for part in report.parts for b in part.blocks)]:
        if isinstance(block, Table):
            for row in block.rows:
                for i, column in enumerate(block.columns):
                    if column.kind == "text" and i < len(row) and row[i] is None:
                        row[i] = ""
    return exchange.loads(exchange.dumps(report))


def _differences(actual: Report, expected: Report) -> list[str]:
    out = []
    for f in dataclasses.fields(Report):
        if f.name not in ("parts", "activities") and getattr(actual, f.name) != getattr(expected, f.name):
            out.append(f"{f.name}: {getattr(actual, f.name)!r} != {getattr(expected, f.name)!r}")
    out += _outline_differences(actual, expected)
    return out


def _outline_differences(actual: Report, expected: Report) -> list[str]:
    out = []
    for what in ("part_numbering", "heading_numbering", "opening"):
        if getattr(actual, what) != getattr(expected, what):
            out.append(f"{what}: {getattr(actual, what)!r} != {getattr(expected, what)!r}")
    if [(p.role, p.heading) for p in actual.parts] != [(p.role, p.heading) for p in expected.parts]:
        out.append(f"parts: {[(p.role, p.heading) for p in actual.parts]} != "
                   f"{[(p.role, p.heading) for p in expected.parts]}")
    for n, (a, e) in enumerate(zip(actual.parts, expected.parts, strict=False)):
        out += [f"parts[{n}].blocks[{k}]: {x!r} != {y!r}" for k, (x, y) in enumerate(zip(a.blocks, e.blocks,
                                                                                        strict=False)) if x != y]
        if len(a.blocks) != len(e.blocks):
            out.append(f"parts[{n}]: {len(a.blocks)} blocks, expected {len(e.blocks)}")
    if actual.activities != expected.activities:
        first = next((i for i, (x, y) in enumerate(zip(actual.activities, expected.activities, strict=False))
                      if x != y), None)
        out.append(f"activities: {len(actual.activities)} rows (expected {len(expected.activities)}), "
                   f"first difference at {first}")
    return out


def _expected(report: Report) -> Report:
    expected = _as_stored(report)
    if not expected.has_activity_table():
        # Activities the body does not print (no activity table block) are not in the
        # file: nothing can bring them back (template-free's sample has three).
        expected.activities = []
    return expected


@pytest.mark.parametrize("name", list(REPORTS))
def test_export_then_import_gives_the_report_back(name, exported):
    result = import_docx_bytes(exported[name], f"{name}.docx")
    assert "docx_hints_used" in [n.code for n in result.summary.notes]
    differences = _differences(_as_stored(result.report), _expected(REPORTS[name]))
    assert not differences, "\n".join(differences)


def _edited(data: bytes, old: str, new: str) -> bytes:
    """The file with one word changed in its text, as a colleague would in Word."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                assert old.encode() in content
                content = content.replace(old.encode(), new.encode(), 1)
            target.writestr(info, content)
    return out.getvalue()


def _default_headings_as_empty(report: Report) -> Report:
    """A part heading typed the same as its role's default is printed the same as an
    empty one: a reader of the page cannot tell them apart."""
    from hienhao_desktop.domain.model import default_part_heading
    from hienhao_desktop.storage.docx_text import squash

    for part in report.parts:
        default = default_part_heading(part.role, report.kind, report.period, report.school_year)
        if part.heading and squash(part.heading) == squash(default):
            part.heading = ""
    return report


@pytest.mark.parametrize("name", list(REPORTS))
def test_an_edited_export_is_read_from_its_text_and_keeps_its_outline(name, exported):
    """Once the text is changed the hints are not used: the outline (opening, parts
    with their roles and headings, every block, the activity table) is recognised
    from the text alone. Header fields are then what the page says (capitals put back
    in sentence case, "07", the year the date line prints, the "Lưu" line …)."""
    data = _edited(exported[name], "BÁO CÁO", "BÁO CÁO ")  # a space more: the same words, hints still good
    assert docx_hints.usable(docx_hints.read_properties(docx.Document(io.BytesIO(data))), _body(data))
    data = _edited(exported[name], "BÁO CÁO", "Báo cáo")
    result = import_docx_bytes(data, f"{name}.docx")
    assert "docx_hints_stale" in [n.code for n in result.summary.notes]
    actual = _default_headings_as_empty(_as_stored(result.report))
    expected = _default_headings_as_empty(_expected(REPORTS[name]))
    if name == "template-free":  # no part heading is printed: one part of its own, numbered as typed
        expected.part_numbering = "none"
    differences = _outline_differences(actual, expected)
    assert not differences, "\n".join(differences)


def test_long_values_go_in_pieces_a_custom_property_can_hold():
    """Word keeps at most 255 characters of a custom property: a long title travels
    in pieces and comes back whole."""
    report = sample_reports.seed()
    report.title = "Sơ kết " + "hoạt động khuyến học, khuyến tài " * 12 + "😀\nnăm học 2023-2024"
    data = render_docx(report)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        custom = z.read("docProps/custom.xml").decode("utf-8")
    values = re.findall(r"<vt:lpwstr>(.*?)</vt:lpwstr>", custom)
    assert max(len(v.replace("&quot;", '"').encode("utf-16-le")) // 2 for v in values) <= 255
    assert 'name="hienhao:title#2"' in custom
    assert import_docx_bytes(data, "x.docx").report.title == report.title


def test_hints_never_override_a_different_text():
    """A hint the text contradicts cannot come in: the fingerprint is of the words."""
    report = sample_reports.seed()
    data = render_docx(report)
    other = sample_reports.seed()
    other.organization.parent = "UBND xã Hiền Lương"
    changed = render_docx(other)
    with zipfile.ZipFile(io.BytesIO(changed)) as z:
        assert b"Hi\xe1\xbb\x81n L\xc6\xb0\xc6\xa1ng" in z.read("docProps/custom.xml")
    assert docx_hints.fingerprint(_body(data)) != docx_hints.fingerprint(_body(changed))


def test_a_bad_hint_is_skipped_and_the_recognised_value_stays():
    report = sample_reports.seed()
    report.document_number = "12"
    data = render_docx(report)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/custom.xml":
                content = content.replace(b'"hienhao:kind"><vt:lpwstr>&quot;so_ket&quot;',
                                          b'"hienhao:kind"><vt:lpwstr>&quot;no such kind&quot;')
                content = content.replace(b'"hienhao:date.month"><vt:lpwstr>null', b'"hienhao:date.month"><vt:lpwstr>13')
            target.writestr(info, content)
    result = import_docx_bytes(out.getvalue(), "x.docx")
    assert result.report.kind == "so_ket" and result.report.date.month is None  # as recognised
    assert result.report.document_number == "12"


def test_the_round_trip_of_a_heading_in_every_numbering_style():
    """Headings in each style, level 1–3, survive export and import (the importer
    recognises them from their typed numbers and their Word heading styles)."""
    for style in ("decimal", "letters", "roman", "none"):
        report = sample_reports.seed()
        report.heading_numbering = style
        report.parts.insert(1, Part("other", "Các mục", [
            Heading(1, "Mục một"), Heading(2, "Mục một một"), Heading(3, "Mục sâu nhất"),
            sample_reports._p("Nội dung."), Heading(1, "Mục hai"), sample_reports._p("Nội dung hai.")]))
        report.parts[1].blocks[3].runs.append(Run(" in đậm", bold=True))  # type: ignore[union-attr]
        result = import_docx_bytes(render_docx(report), "x.docx")
        differences = _outline_differences(_as_stored(result.report), _as_stored(report))
        assert not differences, f"{style}: " + "\n".join(differences)


def test_the_command_line_writes_the_word_file(tmp_path):
    import sys

    from tests.conftest import ROOT, SEED_JSON

    out = tmp_path / "bao-cao.docx"
    env_run = subprocess.run([sys.executable, "-m", "hienhao_desktop", "export", "--json", str(SEED_JSON),
                              "--docx", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert env_run.returncode == 0, env_run.stderr
    assert out.read_bytes() == render_docx(exchange.read_file(SEED_JSON))
    folder = tmp_path / "is-a-folder.docx"
    folder.mkdir()
    refused = subprocess.run([sys.executable, "-m", "hienhao_desktop", "export", "--json", str(SEED_JSON),
                              "--docx", str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and len(refused.stderr.splitlines()) == 1 and str(folder) in refused.stderr
    missing = tmp_path / "no-folder" / "x.docx"
    refused = subprocess.run([sys.executable, "-m", "hienhao_desktop", "export", "--json", str(SEED_JSON),
                              "--docx", str(missing)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and str(missing) in refused.stderr and not missing.parent.exists()


def test_the_export_loads_no_qt():
    import sys

    from tests.conftest import ROOT

    code = ("import sys; from hienhao_desktop.export.docx import render_docx; from tests import sample_reports;"
            "render_docx(sample_reports.seed());"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0



# ---- keep with next, as LibreOffice lays the file out ------------------------------------------------


def _convert(files: dict[str, bytes], tmp_path: Path) -> dict[str, list[list[str]]]:
    """Each Word file's pages as lines of text, laid out by LibreOffice (one soffice
    for all of them)."""
    from tests.test_keep_with_next import _page_lines

    folder = tmp_path / "docx"
    folder.mkdir()
    for name, data in files.items():
        (folder / f"{name}.docx").write_bytes(data)
    out = tmp_path / "out"
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(out),
                             *(str(folder / f"{name}.docx") for name in files)],
                            capture_output=True, text=True, timeout=600)
    if not (out / f"{next(iter(files))}.pdf").exists() and "writer_pdf_Export" not in result.stdout:
        pytest.skip(f"LibreOffice has no Writer here (libreoffice-writer-nogui): {result.stderr.strip()[:200]}")
    return {name: _page_lines((out / f"{name}.pdf").read_bytes()) for name in files}


def _without_keep_with_next(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in ("word/document.xml", "word/styles.xml"):
                content = content.replace(b"<w:keepNext/>", b"")
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice Writer is not installed (scripts/setup --test installs libreoffice-writer-nogui)")
def test_libreoffice_never_ends_a_page_with_a_heading_nor_leaves_the_signing_block_alone(tmp_path):
    """The body lengthened a line at a time (test_keep_with_next's reports), so that each
    heading in turn comes to a page's foot: in the Word file as LibreOffice lays it out,
    no page ends with a heading, and "Nơi nhận" is on the page of the body's last line
    ("./."). The same files without keep-with-next do end a page with a heading."""
    from tests.test_keep_with_next import LENGTHS, _headings, _pdf_heading_ends_a_page, _report

    cases = {f"{where}-{extra}": _report(extra, where) for where in (0, 2) for extra in LENGTHS}
    files = {name: render_docx(report) for name, report in cases.items()}
    files.update({f"loose-{name}": _without_keep_with_next(data) for name, data in files.items()})
    laid = _convert(files, tmp_path)
    loose = 0
    for name, report in cases.items():
        headings = _headings(report)
        pages = laid[name]
        assert not _pdf_heading_ends_a_page(pages, headings), name
        end = next(i for i, page in enumerate(pages) if any(line.endswith("./.") for line in page))
        assert any(line.startswith("Nơi nhận") for line in pages[end]), name
        loose += _pdf_heading_ends_a_page(laid[f"loose-{name}"], headings)
    assert loose  # without keep-with-next some lengths do end a page with a heading (11 of 60 here)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice Writer is not installed (scripts/setup --test installs libreoffice-writer-nogui)")
def test_a_file_saved_again_by_libreoffice_still_gives_the_report_back(exported, tmp_path):
    """A colleague opens the file in LibreOffice and saves it as .docx: runs, styles and
    tables are rewritten, the words are not, so the report still comes back whole
    (images of the signing block included)."""
    signed = sample_reports.seed()
    signed.signature.signature_image, signed.signature.seal_image = _demo_images()
    files = {"seed": exported["seed"], "year_review": exported["year_review"],
             "two_signatures": exported["two_signatures"], "signed": render_docx(signed)}
    reports = {**REPORTS, "signed": signed}
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / f"{name}.docx").write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                    *(str(folder / f"{name}.docx") for name in files)], capture_output=True, timeout=300)
    if not (out / "seed.docx").exists():
        pytest.skip("LibreOffice has no Writer here (libreoffice-writer-nogui)")
    for name in files:
        saved = (out / f"{name}.docx").read_bytes()
        assert saved != files[name]
        result = import_docx_bytes(saved, f"{name}.docx")
        assert "docx_hints_used" in [n.code for n in result.summary.notes], name
        differences = _differences(_as_stored(result.report), _expected(reports[name]))
        assert not differences, f"{name}: " + "\n".join(differences)
