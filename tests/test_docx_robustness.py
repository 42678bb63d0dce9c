"""The Word importer never crashes: random documents, documents with their XML
mutated (attributes removed or given nonsense values, elements dropped or repeated)
and corrupted bytes either import or are refused with a code. And what it imports
loses no word: every word typed in a random body is somewhere in the report."""

from __future__ import annotations

import io
import random
import re
import time
import unicodedata
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.model import Heading, ListItem, Paragraph, Report, Table
from hienhao_desktop.storage.docx_import import DocxImport, import_docx_bytes
from hienhao_desktop.storage.docx_text import fold
from hienhao_desktop.storage.filekind import ImportRefused
from tests import docx_samples as S
from tests.docx_builder import DocBuilder, R

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Words that are never structure (no keyword of a header, title, footer or role)
WORDS = ["trường", "lớp", "học", "sinh", "giáo", "viên", "thôn", "xóm", "phong", "trào", "quỹ", "sách", "đọc",
         "ngày", "hội", "thảo", "chi", "Đông", "Tây", "Nguyễn", "Lan", "Hương", "việc", "tốt", "nhiều", "ít", "mới"]
LABELS = ["", "", "", "I. ", "II. ", "1. ", "2. ", "1.1. ", "a) ", "b) ", "- ", "+ ", "A. ", "Phần thứ hai: "]


def _check(result: DocxImport) -> None:
    """Whatever was imported is clean text (NFC, no control characters)."""
    for text in _texts(result.report):
        assert unicodedata.is_normalized("NFC", text), text
        assert not CONTROL.search(text), repr(text)
    result.summary.lines("vi")
    result.summary.lines("en")


def _texts(report: Report) -> list[str]:
    out = [report.title, report.period, report.school_year, report.place, report.document_number,
           report.document_code, report.organization.parent, report.organization.name,
           report.organization.abbreviation, *report.addressees, *report.recipients]
    for sig in report.signatures:
        out += [sig.caption, sig.authority, sig.position, sig.deputy_position, sig.other_title, sig.name]
    for activity in report.activities:
        out += [activity.name, activity.lead_unit, activity.partner_units]
    for block in [*report.opening, *(b for part in report.parts for b in part.blocks)]:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph | ListItem):
            out += [run.text for run in block.runs]
        elif isinstance(block, Table):
            out += [c.title for c in block.columns]
            out += [cell for row in block.rows for cell in row if isinstance(cell, str)]
    out += [part.heading for part in report.parts]
    return out


def _import_or_refuse(data: bytes) -> DocxImport | None:
    start = time.perf_counter()
    try:
        result = import_docx_bytes(data, "x.docx")
    except ImportRefused as exc:
        assert time.perf_counter() - start < 5
        assert exc.code in messages.MESSAGES
        exc.message("vi")
        exc.message("en")
        return None
    assert time.perf_counter() - start < 5  # no input makes it slow (gridSpan 999999, counters, nesting …)
    _check(result)
    return result


# ---- random documents ---------------------------------------------------------------------

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
paragraphs = st.tuples(st.sampled_from(LABELS), texts, st.booleans(), st.sampled_from([None, "center", "both"]))
tables = st.lists(st.lists(st.one_of(texts, st.integers(0, 5000).map(str), st.just("")), min_size=1, max_size=5),
                  min_size=1, max_size=5)
elements = st.one_of(paragraphs, tables.map(lambda rows: ("table", rows)))


def _build(items: list, with_frame: bool) -> tuple[bytes, list[str]]:
    d = DocBuilder()
    typed: list[str] = []
    if with_frame:
        S.decree_header(d)
        d.para(R("BÁO CÁO", bold=True), align="center")
    for element in items:
        if element[0] == "table":
            rows = element[1]
            width = max(len(r) for r in rows)
            d.table([r + [""] * (width - len(r)) for r in rows])
            typed += [cell for row in rows for cell in row if cell and not cell.isdigit()]
            continue
        label, text, bold, align = element
        d.para(label, R(text, bold=bold), align=align)
        typed.append(text)
    return d.bytes(), typed


@SETTINGS
@given(st.lists(elements, max_size=25), st.booleans())
def test_random_documents_import_or_are_refused_and_lose_no_word(items, with_frame):
    data, typed = _build(items, with_frame)
    result = _import_or_refuse(data)
    if result is None:
        return
    found = fold(" ".join(_texts(result.report) + result.summary.plain))
    for text in typed:
        for word in text.split():
            assert fold(word) in found, (word, text)


# ---- mutated documents ---------------------------------------------------------------------

_SAMPLES = [S.seed_document().bytes(), S.word_numbered_report().bytes(), S.words_parts_report().bytes(),
            S.opening_report().bytes()]
_NONSENSE = ["", "-1", "0", "999999999", "abc", "1e9", "%9%9%9", "\u0000".replace("\u0000", ""), "Heading1",
             "upperRoman", "bullet", "restart", "4294967295"]


def _mutate(xml: bytes, rng: random.Random) -> bytes:
    from lxml import etree

    root = etree.fromstring(xml)
    elements = list(root.iter())
    for _ in range(rng.randint(1, 12)):
        element = rng.choice(elements)
        action = rng.randrange(5)
        if action == 0 and element.attrib:
            key = rng.choice(list(element.attrib))
            element.attrib[key] = rng.choice(_NONSENSE)
        elif action == 1 and element.attrib:
            del element.attrib[rng.choice(list(element.attrib))]
        elif action == 2 and element.getparent() is not None:
            element.getparent().remove(element)
            elements = list(root.iter())
        elif action == 3 and element.getparent() is not None:
            element.addnext(etree.fromstring(etree.tostring(element)))
            elements = list(root.iter())
        elif action == 4 and element.text is not None:
            element.text = rng.choice(["", "I.", "Nơi nhận:", "KT. GIÁM ĐỐC", "Số: /", "ngày tháng năm",
                                       "Tổng cộng", "./.", "\t\t", element.text * 3])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_parts(data: bytes, changed: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, changed.get(info.filename, src.read(info.filename)))
    return out.getvalue()


@SETTINGS
@given(st.integers(0, len(_SAMPLES) - 1), st.integers(0, 2**32 - 1),
       st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml"]))
def test_mutated_xml_never_crashes_the_importer(sample, seed, part):
    data = _SAMPLES[sample]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if part not in z.namelist():
            part = "word/document.xml"
        xml = z.read(part)
    _import_or_refuse(_with_parts(data, {part: _mutate(xml, random.Random(seed))}))


@SETTINGS
@given(st.integers(0, len(_SAMPLES) - 1), st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)),
                                                   min_size=1, max_size=20))
def test_corrupted_bytes_never_crash_the_importer(sample, flips):
    data = bytearray(_SAMPLES[sample])
    for position, value in flips:
        data[position % len(data)] = value
    _import_or_refuse(bytes(data))


def test_a_long_report_imports_in_reasonable_time():
    """2,000 activity rows and 300 paragraphs: linear, a few seconds at most."""
    d = DocBuilder()
    S.decree_header(d)
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Tổng kết năm học 2023-2024", bold=True), align="center")
    d.bold("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    for n in range(300):
        d.para(f"Đoạn văn số {n} về công tác khuyến học của xã.")
    rows = [S.ACTIVITY_HEADER] + [[str(n + 1), f"Hoạt động {n}", str(n), "TTHTCĐ", ""] for n in range(2000)]
    d.table(rows, bold_rows=1)
    data = d.bytes()
    start = time.perf_counter()
    result = import_docx_bytes(data, "long.docx")
    elapsed = time.perf_counter() - start
    assert len(result.report.activities) == 2000
    assert result.report.totals().participants == sum(range(2000))
    assert elapsed < 20, elapsed
