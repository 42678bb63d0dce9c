"""The PDF export: Decree 30/2020 layout, read back with pdfplumber and pypdf."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from hienhao_desktop.domain import templates
from hienhao_desktop.domain.dates import BLANK, date_phrase
from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Heading,
    IssueDate,
    ListItem,
    Paragraph,
    Report,
    Run,
)
from hienhao_desktop.export import pdf as P
from hienhao_desktop.storage.files import WriteRefused
from tests import sample_reports
from tests.conftest import ROOT

MM = 72 / 25.4
BASE14 = ("Helvetica", "Times-Roman", "Times-Bold", "Times-Italic", "Courier", "Symbol", "ZapfDingbats")


# --- helpers ---------------------------------------------------------------------------


def _seed() -> Report:
    return sample_reports.seed()


def _para(text: str) -> Paragraph:
    return Paragraph([Run(text)])


def _seed_texts(report: Report) -> list[str]:
    """The seed's body paragraphs and items, as typed."""
    return [b.text for part in report.parts for b in part.blocks if isinstance(b, Paragraph | ListItem)]


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _pages_text(data: bytes) -> list[str]:
    """Text per page with pypdf (three times faster than pdfplumber)."""
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _baseline(char: dict) -> float:
    return char["matrix"][5]


def _words(page) -> list[dict]:
    return page.extract_words(extra_attrs=["size", "fontname"])


def _png(width: int, height: int, rgba: tuple[int, int, int, int]) -> bytes:
    """A tiny solid RGBA PNG made by hand (no imaging library needed)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgba) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _many(n: int) -> Report:
    r = _seed()
    r.activities = [Activity(f"Hoạt động số {i} " + "tuyên truyền " * (i % 4), i % 50 or None, "TTHTCĐ", "Đoàn TN")
                    for i in range(1, n + 1)]
    return r


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return P.render_pdf(_seed())


@pytest.fixture(scope="module")
def dated_pdf() -> bytes:
    r = _seed()
    r.date = IssueDate(15, 1, 2024)
    r.document_number = "12"
    return P.render_pdf(r)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return P.render_pdf(_many(500))


# --- text rules ------------------------------------------------------------------------


@pytest.mark.parametrize(("date", "expected"), [
    (dt.date(2024, 1, 15), "ngày 15 tháng 01 năm 2024"),
    (dt.date(2025, 6, 5), "ngày 05 tháng 6 năm 2025"),
    (dt.date(2024, 2, 3), "ngày 03 tháng 02 năm 2024"),
    (dt.date(2024, 12, 25), "ngày 25 tháng 12 năm 2024"),
    (dt.date(2024, 3, 10), "ngày 10 tháng 3 năm 2024"),
])
def test_date_phrase_leading_zeros(date, expected):
    assert date_phrase(date) == expected


def test_date_phrase_without_date_leaves_blanks_and_takes_the_school_years_second_year():
    assert date_phrase(None, "2023-2024") == f"ngày{BLANK}tháng{BLANK}năm 2024"
    assert date_phrase(None, "") == f"ngày{BLANK}tháng{BLANK}năm {BLANK}"
    r = Report(place="Hiền Hào", date=IssueDate(15, 1, 2024))
    assert P.place_date_line(r) == "Hiền Hào, ngày 15 tháng 01 năm 2024"
    assert P.place_date_line(Report(date=IssueDate(15, 1, 2024))) == "Ngày 15 tháng 01 năm 2024"


@pytest.mark.parametrize(("date", "school_year", "expected"), [
    (IssueDate(None, 4, 2012), "", f"ngày{BLANK}tháng 4 năm 2012"),
    (IssueDate(5, None, None), "2023-2024", f"ngày 05 tháng{BLANK}năm 2024"),
    (IssueDate(None, 12, None), "2023-2024", f"ngày{BLANK}tháng 12 năm 2023"),  # December: the first year
    (IssueDate(None, None, 2019), "", f"ngày{BLANK}tháng{BLANK}năm 2019"),
])
def test_a_date_partly_filled_in_leaves_blanks_for_the_rest(date, school_year, expected):
    assert date_phrase(date, school_year) == expected


@pytest.mark.parametrize(("number", "expected"), [
    ("12", "Số: 12/BC-TTHTCĐ"), ("5", "Số: 05/BC-TTHTCĐ"), ("05", "Số: 05/BC-TTHTCĐ"),
    ("", f"Số:{BLANK}/BC-TTHTCĐ"), ("12a", "Số: 12a/BC-TTHTCĐ"),
])
def test_document_number_line(number, expected):
    r = Report(document_number=number)
    r.organization.abbreviation = "tthtcđ"  # upper-cased, Vietnamese-aware
    assert P.document_number_line(r) == expected


def test_a_document_code_is_printed_as_typed():
    r = Report(document_number="2", document_code="UB")
    r.organization.abbreviation = "TTHTCĐ"
    assert P.document_number_line(r) == "Số: 02/UB"
    r.document_code = "KH-HKH"
    assert P.document_number_line(r) == "Số: 02/KH-HKH"


def test_list_items_end_with_semicolon_and_the_last_with_full_stop():
    assert P.list_item("Phòng GD&ĐT huyện", last=False) == "- Phòng GD&ĐT huyện;"
    assert P.list_item("- Lưu: VT, TTHTCĐ.", last=True) == "- Lưu: VT, TTHTCĐ."
    assert P.list_item("Lưu;", last=True) == "- Lưu."


# --- page, fonts, margins ---------------------------------------------------------------


def test_a4_portrait(seed_pdf):
    reader = pypdf.PdfReader(io.BytesIO(seed_pdf))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)


def _fonts(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            found[ref.idnum] = ref.get_object()
    return list(found.values())


def test_fonts_are_embedded_subsets_and_no_base14_font_appears(seed_pdf):
    fonts = _fonts(seed_pdf)
    assert len(fonts) == 4  # regular, bold, italic, bold italic
    for font in fonts:
        name = str(font["/BaseFont"])
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", name), name  # a subset
        assert "/FontFile2" in font["/FontDescriptor"], name  # embedded TrueType
        assert not any(b in name for b in BASE14), name
    expected = "TimesNewRoman" if P.fonts().family == "Times New Roman" else "LiberationSerif"
    assert all(expected in str(f["/BaseFont"]) for f in fonts)
    raw = seed_pdf
    assert not any(name.encode() in raw for name in BASE14)


def test_all_text_within_the_margins_and_page_numbers_in_the_top_margin(long_pdf):
    width, height = 595.28, 841.89
    left, right = P.MARGIN_LEFT - 0.5, width - P.MARGIN_RIGHT + 0.5
    top, bottom = P.MARGIN_TOP - 0.5, height - P.MARGIN_BOTTOM + 0.5
    with pdfplumber.open(io.BytesIO(long_pdf)) as doc:
        assert len(doc.pages) > 2
        for number, page in enumerate(doc.pages, 1):
            in_top_margin = "".join(c["text"] for c in page.chars if c["top"] < top)
            assert in_top_margin == ("" if number == 1 else str(number))
            for c in page.chars:
                if c["top"] < top:
                    centre = (c["x0"] + c["x1"]) / 2
                    assert abs(centre - (P.MARGIN_LEFT + P.FRAME_WIDTH / 2)) < 10
                    assert c["size"] == pytest.approx(P.PAGE_NUMBER_SIZE, abs=0.1)
                    continue
                assert left <= c["x0"] and c["x1"] <= right, (number, c["text"], c["x0"], c["x1"])
                assert c["bottom"] <= bottom, (number, c["text"], c["bottom"])


# --- content --------------------------------------------------------------------------


def test_every_seed_fact_is_printed(seed_pdf):
    report = _seed()
    text = _flat(_text(seed_pdf))
    for heading in ("I. ĐÁNH GIÁ CHUNG", "1. Thuận lợi", "2. Khó khăn", "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
                    "III. GIẢI PHÁP THỰC HIỆN NHIỆM VỤ HỌC KỲ II NĂM HỌC 2023-2024",
                    "IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT", "BÁO CÁO", "Sơ kết năm học 2023-2024",
                    "UBND XÃ HIỀN HÀO", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", "GIÁM ĐỐC",
                    "Chủ tịch UBND xã Hiền Hào", "Nguyễn Văn Tuân", "Nơi nhận:",
                    "- Đảng uỷ - UBND xã;", "- Đ/c CT UBND xã;", "- Phòng GD&ĐT huyện;", "- Lưu.",
                    "Hiền Hào, ngày tháng năm 2024", "Số: /BC-TTHTCĐ"):
        assert heading in text, heading
    for para in _seed_texts(report):
        assert _flat(para) in text
    assert text.rstrip().endswith("Nguyễn Văn Tuân")
    assert "ngày càng hiệu quả hơn./." in text  # the end mark after the body's last word

    with pdfplumber.open(io.BytesIO(seed_pdf)) as doc:
        rows = [row for page in doc.pages for table in page.extract_tables() for row in table]
    rows = [[_flat(cell or "").strip() for cell in row] for row in rows]
    assert rows[0] == ["Stt", "Tên chuyên đề và tổ chức các hoạt động", "Số người tham gia",
                       "Đơn vị chủ trì", "Đơn vị, tổ chức phối hợp"]
    body = rows[1:-1]
    assert [r[0] for r in body] == [str(i) for i in range(1, 12)]  # computed: no gap at 6
    for row, activity in zip(body, report.activities, strict=True):
        assert row[1] == _flat(activity.name)
        assert row[2] == ("" if activity.participants is None else str(activity.participants))
        assert row[3] == _flat(activity.lead_unit)
        assert row[4] == _flat(activity.partner_units)
    assert rows[-1][0] == "Tổng cộng" and "439" in rows[-1]


def test_total_row_can_be_left_out():
    r = _seed()
    r.parts[1].blocks[-1] = ActivityTable(total_row=False)
    text = _flat(_text(P.render_pdf(r)))
    assert "Tổng cộng" not in text and "439" not in text


def test_number_and_date_share_a_baseline_left_and_right_of_the_centre(dated_pdf):
    with pdfplumber.open(io.BytesIO(dated_pdf)) as doc:
        page = doc.pages[0]
        text = page.extract_text()
        assert "Số: 12/BC-TTHTCĐ" in text and "Hiền Hào, ngày 15 tháng 01 năm 2024" in text
        so = next(c for c in page.chars if c["text"] == "S" and c["top"] < 200 and c["size"] == P.HEADER_SIZE)
        line = [c for c in page.chars if abs(_baseline(c) - _baseline(so)) < 0.5]
        italic = [c for c in page.chars if "Italic" in c["fontname"] and c["top"] < 200]
        assert italic and all(abs(_baseline(c) - _baseline(so)) < 0.5 for c in italic)
        upright = [c for c in line if "Italic" not in c["fontname"]]
        assert max(c["x1"] for c in upright) < page.width / 2 < min(c["x0"] for c in italic)


def test_national_name_and_motto_each_on_one_line_with_rules(dated_pdf):
    with pdfplumber.open(io.BytesIO(dated_pdf)) as doc:
        page = doc.pages[0]
        lines = page.extract_text().split("\n")
        assert any(P.NATION in line for line in lines)
        assert any(P.MOTTO in line for line in lines)
        motto_chars = [c for c in page.chars if c["top"] < 120 and c["size"] == P.HEADER_SIZE and "Bold" in c["fontname"]
                       and c["x0"] > page.width / 2]
        x0, x1 = min(c["x0"] for c in motto_chars), max(c["x1"] for c in motto_chars)
        rules = [ln for ln in page.lines if ln["top"] < 150]
        # The motto's rule is as long as the motto line.
        assert any(abs(r["x0"] - x0) < 1 and abs(r["x1"] - x1) < 1 for r in rules), (x0, x1, rules)
        # The issuing body's rule is 1/3 to 1/2 of its line, centred under it.
        org = [c for c in page.chars if c["top"] < 120 and "Bold" in c["fontname"] and c["x1"] < page.width / 2]
        ox0, ox1 = min(c["x0"] for c in org), max(c["x1"] for c in org)
        short = [r for r in rules if r["x1"] < page.width / 2]
        assert len(short) == 1
        ratio = (short[0]["x1"] - short[0]["x0"]) / (ox1 - ox0)
        assert 1 / 3 <= ratio <= 1 / 2
        assert abs((short[0]["x0"] + short[0]["x1"]) / 2 - (ox0 + ox1) / 2) < 1


def test_recipients_title_level_with_the_signing_block(seed_pdf):
    with pdfplumber.open(io.BytesIO(seed_pdf)) as doc:
        page = doc.pages[-1]
        words = _words(page)
        noi = next(w for w in words if w["text"] == "Nơi")
        giam = next(w for w in words if w["text"] == "GIÁM")
        assert abs(noi["bottom"] - giam["bottom"]) < 2.5  # one line, sizes 12 and 14
        assert noi["size"] == pytest.approx(P.RECIPIENTS_TITLE_SIZE)
        assert "BoldItalic" in noi["fontname"]
        assert noi["x0"] == pytest.approx(P.MARGIN_LEFT, abs=0.5)  # flush left
        lu = next(w for w in words if w["text"] == "Lưu.")
        assert lu["size"] == pytest.approx(P.RECIPIENTS_SIZE)
        name = next(w for w in words if w["text"] == "Tuân")
        room = name["top"] - giam["bottom"]
        assert room > 25 * MM  # room for signature and seal


def test_signing_block_stays_with_the_end_of_the_body():
    """Whatever the body's length, the page holding the signer also holds "./.".
    With 14-19 extra lines the footer alone would fit on page 4 no more: those
    cases must carry the body's last paragraph over with it."""
    carried = 0
    for extra in range(11, 18):
        r = _seed()
        r.parts[3].blocks += [_para(f"Kiến nghị bổ sung số {i}") for i in range(extra)]
        pages = _pages_text(P.render_pdf(r))
        signer = [i for i, t in enumerate(pages) if "Nguyễn Văn Tuân" in t]
        assert len(signer) == 1
        assert "./." in pages[signer[0]], extra
        lines = [line.strip() for line in pages[signer[0]].split("\n") if line.strip()]
        if lines[0] == str(signer[0] + 1) and lines[1].endswith("./."):
            carried += 1  # the page opens with the body's last paragraph
    assert carried >= 1


def test_page_numbers_and_header_row_repeated(long_pdf):
    pages = _pages_text(long_pdf)
    assert len(pages) >= 10
    assert not pages[0].startswith("1")
    assert pages[1].split("\n")[0].strip() == "2"
    table_pages = [t for t in pages if "Hoạt động số" in t]
    assert len(table_pages) >= 8
    for page in table_pages[1:]:  # every page the table runs onto
        lines = [line.strip() for line in page.split("\n")]
        assert "Stt" in lines[1] and "Đơn vị chủ trì" in page, lines[:4]  # the header first
    text = _flat("\n".join(pages))
    assert f"Tổng cộng {_many(500).totals().participants}" in text
    assert "Hoạt động số 500" in text


def test_kinh_gui_block_and_nhu_tren_and_deputy_signature():
    r = _seed()
    r.addressees = ["Phòng Giáo dục và Đào tạo huyện", "UBND xã Hiền Hào;"]
    r.signature.authority = "KT."
    r.signature.deputy_position = "Phó giám đốc"
    text = _text(P.render_pdf(r))
    lines = [line.strip() for line in text.split("\n")]
    assert "Kính gửi: - Phòng Giáo dục và Đào tạo huyện;" in lines
    assert "- UBND xã Hiền Hào." in lines
    assert "- Như trên;" in text and text.index("Nơi nhận:") < text.index("- Như trên;") < text.index("- Lưu.")
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text


# --- hostile and odd input ---------------------------------------------------------------


def test_special_characters_are_text_not_markup():
    r = _seed()
    r.parts[0].blocks[1] = _para('Tom & Jerry <b>không đậm</b> a<b>c "ngoặc" \'đơn\' <br/> &amp;')
    r.activities[0].name = "a<b>c & d"
    r.activities[1].lead_unit = "x > y <para>"
    r.signature.name = "Lê <Văn> & Tám"
    text = _flat(_text(P.render_pdf(r)))
    assert 'Tom & Jerry <b>không đậm</b> a<b>c "ngoặc" \'đơn\' <br/> &amp;' in text
    assert "a<b>c & d" in text and "x > y <para>" in text and "Lê <Văn> & Tám" in text


def test_long_words_long_names_and_giant_rows_render_within_margins():
    r = _seed()
    r.parts[0].blocks[1] = _para("Từ" + "a" * 600 + " kết thúc")
    r.activities = [Activity("Tên " * 50, 3, "Đơn vị " * 40, "b" * 400) for _ in range(8)]
    r.activities.append(Activity(" ".join(["dài"] * 1200), 1, "TTHTCĐ", ""))  # taller than a page
    r.parts[1].blocks[-1:-1] = [Heading(1, "X" * 300), _para("Y" * 900)]
    data = P.render_pdf(r)
    text = _text(data)
    assert text.count("a" * 40) >= 1 and "kết thúc" in text
    with pdfplumber.open(io.BytesIO(data)) as doc:
        right = 595.28 - P.MARGIN_RIGHT + 0.5
        for page in doc.pages:
            assert all(c["x1"] <= right and c["x0"] >= P.MARGIN_LEFT - 0.5 for c in page.chars)
    assert _flat(text).count("dài") == 1200


def test_a_cell_of_one_unbroken_word_many_pages_long_prints_whole():
    """A partners cell of 19,999 characters without a space (the field's limit; found
    by the export fuzz test): the narrow column makes the row several pages tall. It
    runs on from page to page, every character printed, instead of a LayoutError once
    the last piece's height was guessed wrong."""
    r = _seed()
    r.activities = [r.activities[0], Activity("", None, "A.", "x" * 19_999)]
    data = P.render_pdf(r)
    assert _text(data).count("x") >= 19_999
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) > 5


def test_decomposed_input_prints_like_composed():
    nfc = _seed()
    nfd = _seed()
    nfd.parts[0].blocks[1] = _para(unicodedata.normalize("NFD", nfc.parts[0].blocks[1].text))
    nfd.signature.name = unicodedata.normalize("NFD", nfc.signature.name)
    nfd.activities[0].name = unicodedata.normalize("NFD", nfc.activities[0].name)
    nfd.organization.parent = unicodedata.normalize("NFD", nfc.organization.parent)
    assert nfd.signature.name != nfc.signature.name
    text_nfd, text_nfc = _text(P.render_pdf(nfd)), _text(P.render_pdf(nfc))
    assert text_nfd == text_nfc
    assert "Nguyễn Văn Tuân" in text_nfd


def test_an_empty_report_renders_with_placeholders():
    data = P.render_pdf(Report(parts=templates.template_parts(templates.Template.DEFAULT)))
    text = _flat(_text(data))
    assert "BÁO CÁO" in text and "I. ĐÁNH GIÁ CHUNG" in text and "IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT" in text
    assert text.count(P.EMPTY) == 5  # advantages, difficulties, II, III, IV
    assert f"{P.EMPTY}./." in text
    assert P.NATION in text


def test_output_is_deterministic(seed_pdf):
    assert P.render_pdf(_seed()) == seed_pdf
    assert b"/CreationDate" not in seed_pdf or b"D:20000101" in seed_pdf


def test_signature_and_seal_images_without_changing_the_layout(seed_pdf):
    r = _seed()
    r.signature.signature_image = _png(60, 24, (20, 30, 140, 255))
    r.signature.seal_image = _png(40, 40, (210, 20, 30, 200))
    data = P.render_pdf(r)

    def images(pdf: bytes) -> list[tuple[int, int]]:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        found = []
        for page in reader.pages:
            for obj in page["/Resources"].get("/XObject", {}).values():
                obj = obj.get_object()
                if obj["/Subtype"] == "/Image":
                    found.append((obj["/Width"], obj["/Height"]))
        return found

    assert sorted(images(data)) == [(40, 40), (60, 24)]
    assert images(seed_pdf) == []

    def name_position(pdf: bytes) -> tuple[int, float]:
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            for number, page in enumerate(doc.pages):
                for w in page.extract_words():
                    if w["text"] == "Tuân":
                        return number, round(w["top"], 2)
        raise AssertionError("signer not found")

    assert name_position(data) == name_position(seed_pdf)

    # the seal is drawn at about its real size, left of the signature's centre
    with pdfplumber.open(io.BytesIO(data)) as doc:
        placed = sorted(doc.pages[-1].images, key=lambda i: i["x0"])
    seal, sig = placed if placed[0]["srcsize"] == (40, 40) else placed[::-1]
    assert 35 * MM <= seal["width"] <= 40 * MM
    overlap = (seal["x1"] - sig["x0"]) / sig["width"]
    assert 0.2 <= overlap <= 0.45


def test_a_broken_image_is_left_out_not_fatal():
    r = _seed()
    r.signature.signature_image = b"not a png"
    assert P.render_pdf(r).startswith(b"%PDF")


# --- fonts (the lookup itself: tests/test_fonts.py) ------------------------------------------


def test_fonts_are_registered_once():
    assert P.fonts() is P.fonts()


# --- writing and the command line --------------------------------------------------------------


def test_write_pdf_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(WriteRefused):
        P.write_pdf(_seed(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no temporary file left
    monkeypatch.undo()
    P.write_pdf(_seed(), target)
    assert target.read_bytes().startswith(b"%PDF")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_export_pdf(seed_json, tmp_path, seed_pdf):
    out = tmp_path / "báo cáo.pdf"
    result = _cli("export", "--json", str(seed_json), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 2
    assert data == seed_pdf  # same bytes in another process: nothing process-dependent


def test_cli_export_to_an_unwritable_target_is_refused(seed_json, tmp_path):
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    for target in (folder, Path("/proc/x.pdf")):
        result = _cli("export", "--json", str(seed_json), "--pdf", str(target))
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and str(target) in result.stderr
    assert folder.is_dir() and not any(folder.iterdir())

    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old report")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hienhao-report", "version": 1, "report": {"nope": 1}}', encoding="utf-8")
    result = _cli("export", "--json", str(bad), "--pdf", str(existing))
    assert result.returncode == 2
    assert existing.read_bytes() == b"old report"


def test_reportlab_is_not_imported_at_start_up():
    code = ("import sys, hienhao_desktop.cli, hienhao_desktop.storage.store, hienhao_desktop.export;"
            "bad = [m for m in sys.modules if m.startswith(('reportlab', 'hienhao_desktop.export.pdf'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rendering_stops_when_cancelled_and_is_unchanged_when_not(seed_report):
    import dataclasses

    report = dataclasses.replace(seed_report, activities=[Activity(f"Hoạt động {n}", n, "Đoàn TN", "") for n in range(300)])
    asked = []

    def never() -> bool:
        asked.append(1)
        return False

    assert P.render_pdf(report, cancelled=never) == P.render_pdf(report)
    assert len(asked) > 10  # asked while the story is made and after every flowable placed

    calls = 0

    def after_five() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(P.RenderCancelled):
        P.render_pdf(report, cancelled=after_five)
    assert calls == 6  # stopped at the first check that said so


def _page_images(data: bytes, folder: Path, name: str) -> list[bytes]:
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(folder / name)], check=True)
    return [p.read_bytes() for p in sorted(folder.glob(f"{name}-*.pgm"))]


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (scripts/setup --test)")
def test_a_long_table_laid_out_a_page_at_a_time_prints_the_same_pages(tmp_path, monkeypatch):
    """The activity table is handed to reportlab a page's worth at a time (linear time
    instead of quadratic); the pages must look exactly as with one whole table. Rows
    of many heights and the total at the end; a small head size makes the
    page-at-a-time path run many times.

    With a row taller than a page the pages hold the same text, and the paged table
    keeps the rule under the repeated header above the row's continuation (reportlab's
    whole-table split leaves that rule out)."""
    r = _seed()
    r.activities = [Activity(f"Hoạt động {n} " + "rất dài " * (n % 7) * 6, n % 90, "Đoàn TN " * (n % 3), "")
                    for n in range(160)]

    def both() -> tuple[bytes, bytes]:
        monkeypatch.setattr(P._LongTable, "HEAD_ROWS", 12)
        by_pages = P.render_pdf(r)
        monkeypatch.setattr(P._LongTable, "HEAD_ROWS", 10**9)
        return by_pages, P.render_pdf(r)

    by_pages, whole = both()
    paged, plain = _page_images(by_pages, tmp_path, "paged"), _page_images(whole, tmp_path, "whole")
    assert len(paged) == len(plain) > 8
    assert [i for i, (a, b) in enumerate(zip(paged, plain, strict=True)) if a != b] == []

    r.activities.insert(70, Activity(" ".join(["dài"] * 1200), 1, "TTHTCĐ", ""))  # taller than a page
    by_pages, whole = both()
    assert _pages_text(by_pages) == _pages_text(whole)  # page by page


def test_words_longer_than_a_line_anywhere_wrap_by_characters():
    """No LayoutError, whatever field holds a word longer than its line: the title,
    headings, a list item, an author's table, the header, Kính gửi, Nơi nhận, the
    signing columns (a header or footer taller than a page prints as a column)."""
    data = P.render_pdf(sample_reports.long_words())
    text = _flat(_text(data)).replace(" ", "")
    assert text.count("ư" * 40) >= 10
    with pdfplumber.open(io.BytesIO(data)) as doc:
        right = 595.28 - P.MARGIN_RIGHT + 0.5
        for page in doc.pages:
            assert all(c["x1"] <= right and c["x0"] >= P.MARGIN_LEFT - 0.5 for c in page.chars if c["top"] > 40)


# --- the four kinds of real report (issue 15) ----------------------------------------------


def _page_words(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return [page.extract_words(extra_attrs=["fontname", "size"]) for page in doc.pages]


def _line_of(words: list[dict], first: str, second: str) -> list[dict]:
    """The words of the line where ``first`` is followed by ``second``."""
    for i, w in enumerate(words[:-1]):
        if w["text"] == first and words[i + 1]["text"] == second:
            return [v for v in words if abs(v["top"] - w["top"]) < 2]
    raise AssertionError(f"{first} {second} not found")


def test_term_review_opens_with_its_grounds_and_a_two_line_title():
    text = _text(P.render_pdf(sample_reports.term_review()))
    lines = [line.strip() for line in text.split("\n")]
    assert lines.index("Sơ kết hoạt động học kỳ I") + 1 == lines.index("năm học 2022-2023")  # the author's break
    assert "Kính gửi: Phòng Giáo dục và Đào tạo huyện Yên Sơn." in lines
    flat = _flat(text)
    assert flat.index("Căn cứ Kế hoạch số 45/KH-UBND") < flat.index("báo cáo như sau:") < flat.index(
        "I. ĐẶC ĐIỂM TÌNH HÌNH")
    assert "Thuận lợi" not in flat


def test_year_review_in_parts_with_levels_a_table_and_runs():
    pages = _page_words(P.render_pdf(sample_reports.year_review()))
    words = [w for page in pages for w in page]
    centre = P.MARGIN_LEFT + P.FRAME_WIDTH / 2
    for first, second in (("Phần", "thứ"), ("KẾT", "QUẢ")):
        line = _line_of(words, first, second)
        assert abs((line[0]["x0"] + line[-1]["x1"]) / 2 - centre) < 2  # centred
    flat = _flat(" ".join(w["text"] for w in words))
    for heading in ("Phần thứ nhất KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2023-2024", "I. Công tác tham mưu, chỉ đạo",
                    "1. Các lớp chuyên đề", "a) Giáo viên các trường", "- Ngành nông nghiệp:",
                    "+ Trạm khuyến nông huyện: 2 người;", "Phần thứ hai", "Tổng cộng 5 318"):
        assert heading in flat, heading
    bold = _line_of(words, "Nghị", "quyết")
    assert all("Bold" in w["fontname"] for w in bold if w["text"] in ("Nghị", "quyết", "chuyên"))
    assert all("Bold" not in w["fontname"] for w in bold if w["text"] in ("Trung", "tâm"))
    italic = [w for w in words if w["text"] in ("“Gia", "dòng")]
    assert italic and all("Italic" in w["fontname"] for w in italic)
    level2 = _line_of(words, "+", "Trạm")[0]["x0"]
    level1 = _line_of(words, "-", "Ngành")[0]["x0"]
    assert level2 - level1 == pytest.approx(P.LIST_STEP, abs=0.5)


def test_association_report_code_partial_date_and_lettered_parts():
    r = sample_reports.association_report()
    flat = _flat(_text(P.render_pdf(r)))
    for fact in ("Số: 02/UB", "Quang Thiện, ngày tháng 4 năm 2012", "Kết quả hoạt động khuyến học, khuyến tài",
                 "từ tháng 10/2018 đến tháng 5/2019", "A. KẾT QUẢ ĐẠT ĐƯỢC", "I. Phát triển hội viên",
                 "1. Huy động", "a) Từ hội viên", "b) Từ các nhà hảo tâm", "C. NHIỆM VỤ THỜI GIAN TỚI",
                 "- Như trên;", "- Lưu.", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Đinh Văn Hòa"):
        assert fact in flat, fact
    assert "BC-" not in flat


def test_two_signing_columns_side_by_side_with_names_level():
    pages = _page_words(P.render_pdf(sample_reports.two_signatures()))
    words = pages[-1]
    centre = 595.28 / 2
    caption = _line_of(words, "XÁC", "NHẬN")
    assert caption[0]["x1"] < centre < _line_of(words, "GIÁM", "ĐỐC")[-1]["x0"] + 60
    left = next(w for w in words if w["text"] == "Thắng")
    right = next(w for w in words if w["text"] == "Tuân")
    assert abs(left["bottom"] - right["bottom"]) < 0.5 and left["x1"] < centre < right["x0"]
    noi = next(w for w in words if w["text"] == "Nơi")
    assert noi["top"] > left["bottom"]  # the recipients under the two columns
