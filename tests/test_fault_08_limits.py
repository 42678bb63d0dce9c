"""Fault 8 of issue 13: huge text. A 100,000-character word (or a 10 MB field) made
the PDF export crash (LayoutError, status 1) or run for minutes.

The rule (docs/limits.md): a field holds at most 20,000 characters; longer text is
refused with its path when imported, typed or pasted. A word longer than a line
wraps by characters. A report that holds longer text anyway (kept before the limit,
or built in code) still exports in seconds: each output cuts such a field at the
limit, with a note."""

from __future__ import annotations

import copy
import time

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import Column, ColumnKind, Heading, ListItem, Paragraph, Run, Signature, Table
from hienhao_desktop.export.docx import render_docx
from hienhao_desktop.export.pdf import render_pdf
from hienhao_desktop.export.xlsx import render_xlsx
from hienhao_desktop.storage import exchange
from tests.faulthelp import cli, refused

WORD = "ư" * 100_000

PLACES = {
    "title": lambda r, w: setattr(r, "title", w),
    "organization.parent": lambda r, w: setattr(r.organization, "parent", w),
    "organization.name": lambda r, w: setattr(r.organization, "name", w),
    "document_number": lambda r, w: setattr(r, "document_number", w),
    "place": lambda r, w: setattr(r, "place", w),
    "addressees": lambda r, w: r.addressees.append(w),
    "opening": lambda r, w: r.opening.append(Paragraph([Run(w)])),
    "parts[0].heading": lambda r, w: setattr(r.parts[0], "heading", w),
    "parts[0].blocks[1]": lambda r, w: setattr(r.parts[0].blocks[1], "runs", [Run(w, bold=True)]),
    "parts[1].blocks[0].text": lambda r, w: setattr(r.parts[1].blocks[0], "text", w),
    "activities[0].name": lambda r, w: setattr(r.activities[0], "name", w),
    "activities[0].partner_units": lambda r, w: setattr(r.activities[0], "partner_units", w),
    "parts[2].blocks": lambda r, w: r.parts[2].blocks.append(ListItem(2, [Run(w)])),
    "table cell": lambda r, w: r.parts[1].blocks.append(
        Table([Column("Thôn"), Column("Số lớp", ColumnKind.NUMBER.value)], [[w, 3], ["Thôn Đông", 2]], total_row=True)),
    "table column title": lambda r, w: r.parts[3].blocks.append(Table([Column(w)], [["một"]])),
    "recipients": lambda r, w: r.recipients.append(w),
    "signatures[0].position": lambda r, w: setattr(r.signatures[0], "position", w),
    "signatures[0].other_title": lambda r, w: setattr(r.signatures[0], "other_title", w),
    "signatures[0].name": lambda r, w: setattr(r.signatures[0], "name", w),
    "signatures[1].caption": lambda r, w: r.signatures.append(Signature(caption=w, position="Chủ tịch", name="Lê Văn A")),
}
# the same places, as a 20,000-character text of its own (a paragraph's runs count together)
ADVANTAGES = "parts[0].blocks[1]"


def test_a_field_beyond_the_limit_is_refused_at_import_with_its_path(tmp_path, seed_report):
    report = seed_report.copy()
    report.activities[2].name = WORD
    source = tmp_path / "huge.json"
    source.write_text(exchange.dumps(report), encoding="utf-8")
    line = refused(cli("import", source, "--db", tmp_path / "db.sqlite3", data_dir=tmp_path))
    assert "report.activities[2].name" in line and "100000 ký tự" in line and "20000" in line
    assert not (tmp_path / "db.sqlite3").exists()


@pytest.mark.parametrize("path, make", [
    ("title", lambda text: text),
    ("parts[0].heading", lambda text: text),
    ("parts[0].blocks[1].runs", lambda text: [Run(text[:10]), Run(text[10:], italic=True)]),  # runs count together
    ("parts[0].blocks[0].text", lambda text: text),
    ("parts[0].blocks[0]", lambda text: Heading(1, text)),
    ("parts[1].blocks[6].rows[0][0]", lambda text: text),
    ("parts[1].blocks[6].columns[0].title", lambda text: text),
    ("signatures[1].name", lambda text: text),
])
def test_the_limit_holds_for_edits_too(seed_report, path, make):
    seed_report.parts[1].blocks.append(Table([Column("Thôn")], [["Thôn Đông"]]))
    seed_report.signatures.append(Signature(caption="Xác nhận của UBND xã"))
    report = E.normalize_report(seed_report)
    with pytest.raises(E.EditError) as info:
        edit = E.SetField(path, make("a" * (E.MAX_FIELD_CHARS + 1)))
        edit.normalized().apply(report.copy())
    assert info.value.code == "too_long"
    assert "at most 20000 characters" in info.value.message("en")
    E.SetField(path, make("a" * E.MAX_FIELD_CHARS)).normalized().apply(report.copy())


def test_the_limit_holds_for_inserted_blocks_and_parts():
    from hienhao_desktop.domain.model import Part

    for list_path, item in [
        ("parts[0].blocks", Paragraph([Run("ư" * (E.MAX_FIELD_CHARS + 1))])),
        ("opening", ListItem(1, [Run("ư" * (E.MAX_FIELD_CHARS + 1))])),
        ("parts[0].blocks", Table([Column("a")], [["ư" * (E.MAX_FIELD_CHARS + 1)]])),
        ("parts", Part(heading="ư" * (E.MAX_FIELD_CHARS + 1))),
    ]:
        with pytest.raises(E.EditError) as info:
            E.InsertItems(list_path, 0, (item,)).normalized()
        assert info.value.code == "too_long", list_path


def _text(pdf: bytes) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_a_word_longer_than_a_line_exports_from_every_place(seed_report):
    """A 5,000-character word in each field, one at a time: no LayoutError (the
    header, addressee and signing tables used to raise it), nothing lost."""
    for place, set_text in PLACES.items():
        report = copy.deepcopy(seed_report)
        set_text(report, "ư" * 5000)
        report = E.normalize_report(report)
        pdf = render_pdf(report)
        printed = _text(pdf)
        assert printed.count("ư") + printed.count("Ư") >= 5000, place
        render_xlsx(report)
        render_docx(report)


@pytest.mark.slow
@pytest.mark.parametrize("place", [ADVANTAGES, "activities[0].name", "organization.name", "signatures[0].name",
                                   "table cell"])
def test_a_word_at_the_limit_wraps_by_characters_in_seconds(seed_report, place):
    import io

    import pdfplumber

    report = copy.deepcopy(seed_report)
    PLACES[place](report, "ư" * E.MAX_FIELD_CHARS)
    report = E.normalize_report(report)  # accepted
    started = time.perf_counter()
    pdf = render_pdf(report)
    assert time.perf_counter() - started < 20
    printed = _text(pdf)
    assert printed.count("ư") + printed.count("Ư") >= E.MAX_FIELD_CHARS  # every character printed
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[1]
        assert max(c["x1"] for c in page.chars) <= page.width - 14 * 72 / 25.4  # within the right margin


@pytest.mark.slow
def test_a_report_holding_a_100000_character_word_in_body_table_header_and_footer(seed_report):
    """Text kept before the limit existed: each such field is cut at the limit."""
    report = copy.deepcopy(seed_report)
    for place in (ADVANTAGES, "activities[0].name", "organization.name", "signatures[0].name"):
        PLACES[place](report, WORD)
    started = time.perf_counter()
    pdf = render_pdf(report)
    render_xlsx(report)
    assert time.perf_counter() - started < 60
    assert " ".join(_text(pdf).split()).lower().count("80.000 ký tự không in") == 4  # one upper-cased


def test_a_10_mb_field_exports_in_seconds_with_a_note(seed_report):
    report = copy.deepcopy(seed_report)
    report.parts[0].blocks[3] = Paragraph([Run(("Khó khăn về kinh phí. " * 500_000)[:10_000_000])])
    started = time.perf_counter()
    pdf = render_pdf(report)
    workbook = render_xlsx(report)
    word = render_docx(report)
    assert time.perf_counter() - started < 30
    assert "9.980.000 ký tự không in" in " ".join(_text(pdf).split())
    assert workbook.startswith(b"PK") and word.startswith(b"PK")
    # the data itself is not cut: the JSON export keeps all of it
    assert len(exchange.to_document(report)["report"]["parts"][0]["blocks"][3]["runs"][0]["text"]) == 10_000_000


def test_long_lists_in_the_header_and_signing_block_do_not_raise_layout_error(seed_report):
    report = copy.deepcopy(seed_report)
    report.recipients = [f"Phòng giáo dục và đào tạo huyện số {i}" for i in range(150)]
    report.addressees = [f"Ủy ban nhân dân xã số {i}" for i in range(150)]
    assert render_pdf(report).startswith(b"%PDF")
