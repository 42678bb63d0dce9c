"""PDF and Excel print the same words in the same order (one printed-document model).

The words of the PDF are read with pdfplumber, those of the Excel report sheet with
openpyxl, each in the order a reader takes them:

- the header: its left column (parent, issuing body, "Số"), then its right column
  (national name, motto, date line);
- the body, top to bottom, page after page, tables cell by cell (row by row); the page
  numbers, and a table's header row repeated at the top of a later page, are left out;
- the footer (after the line ending "./."): its left column, then its right column.

A total is a live formula in Excel (=SUM over the rows): it is computed here from the
cells it names, so the check also proves it sums the right rows.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from openpyxl import load_workbook

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document import build_document
from hienhao_desktop.domain.model import Report
from hienhao_desktop.export import pdf as P
from hienhao_desktop.export.xlsx import SHEET_REPORT, render_xlsx
from tests import sample_reports

HEADER_SPLIT_X = P.MARGIN_LEFT + P.HEADER_COLUMNS[0]
_SUM = re.compile(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")


def _headers(report: Report) -> set[tuple[str, ...]]:
    """Every table's header row, as words."""
    return {tuple(" ".join(c.title for c in t.columns).split()) for t in build_document(report).tables()}


# ---- PDF ------------------------------------------------------------------------------


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines by their top, each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _columns(words: list[dict]) -> list[str]:
    """A two-column block: the left column's words, then the right one's."""
    left = [w for w in words if w["x1"] <= HEADER_SPLIT_X + 1]
    right = [w for w in words if w["x1"] > HEADER_SPLIT_X + 1]
    return [w["text"] for part in (left, right) for line in _lines(part) for w in line]


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def pdf_words(data: bytes, headers: set[tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as doc:
        pages = doc.pages
        last_page = max(i for i, page in enumerate(pages) if "./." in (page.extract_text() or ""))
        seen_headers: set[tuple[str, ...]] = set()
        previous_was_table = False
        for number, page in enumerate(pages):
            words = [w for w in page.extract_words() if w["top"] > P.MARGIN_TOP - 1]  # no page number
            if number == 0:
                kind = min(w["top"] for w in words if w["text"] == "BÁO")
                out += _columns([w for w in words if w["top"] < kind - 1])
                words = [w for w in words if w["top"] >= kind - 1]
            footer: list[dict] = []
            if number == last_page:
                end = max(w["bottom"] for w in words if w["text"].endswith("./."))
                footer = [w for w in words if w["top"] > end]
                words = [w for w in words if w["top"] <= end]
            items: list[tuple[float, bool, list[str]]] = []  # (top, a table row?, words)
            boxes = []
            for table in page.find_tables():
                boxes.append(table.bbox)
                for row in table.rows:
                    cells = [c for c in row.cells if c is not None]
                    texts = [w["text"] for c in cells for line in _lines([w for w in words if _inside(w, c)])
                             for w in line]
                    items.append((row.bbox[1], True, texts))
            rest = [w for w in words if not any(_inside(w, box) for box in boxes)]
            items += [(line[0]["top"], False, [w["text"] for w in line]) for line in _lines(rest)]
            items.sort(key=lambda item: item[0])
            for index, (_top, is_row, texts) in enumerate(items):
                key = tuple(texts)
                if is_row and key in headers:
                    if key in seen_headers and index == 0 and previous_was_table:
                        continue  # the header repeated at the top of a later page
                    seen_headers.add(key)
                out += texts
            previous_was_table = bool(items) and items[-1][1]
            if footer:
                out += _columns(footer)
    return out


# ---- Excel ----------------------------------------------------------------------------


def _value(ws, cell) -> str:
    value = cell.value
    if isinstance(value, str) and (match := _SUM.fullmatch(value)):
        column, first, _, last = match.groups()
        value = sum(v for r in range(int(first), int(last) + 1)
                    if isinstance(v := ws[f"{column}{r}"].value, int) and not isinstance(v, bool))
    return "" if value is None else str(value)


def xlsx_words(data: bytes, headers: set[tuple[str, ...]]) -> list[str]:
    ws = load_workbook(io.BytesIO(data))[SHEET_REPORT]
    breaks = {b.id for b in ws.row_breaks.brk}
    left_end = next((r.max_col for r in ws.merged_cells.ranges if r.min_row == 1 and r.min_col == 1), 1)
    rows = [(r, [(c.column, _value(ws, c)) for c in row if _value(ws, c)])
            for r, row in enumerate(ws.iter_rows(), start=1)]
    kind = next(r for r, cells in rows if any(text == "BÁO CÁO" for _, text in cells))
    end = max(r for r, cells in rows if any(text.endswith("./.") for _, text in cells))

    def columns(part: list[tuple[int, list[tuple[int, str]]]]) -> list[str]:
        left = [t for _, cells in part for col, t in cells if col <= left_end]
        right = [t for _, cells in part for col, t in cells if col > left_end]
        return " ".join(left + right).split()

    out = columns([row for row in rows if row[0] < kind])
    seen: set[tuple[str, ...]] = set()
    for r, cells in rows:
        if not kind <= r <= end or not cells:
            continue
        texts = " ".join(t for _, t in cells).split()
        key = tuple(texts)
        if key in headers:
            if key in seen and r - 1 in breaks:
                continue  # the header repeated at the top of a later page
            seen.add(key)
        out += texts
    return out + columns([row for row in rows if row[0] > end])


# ---- the reports --------------------------------------------------------------------------


def _wide() -> Report:
    """A table of many narrow columns beside the activity table (the Excel sheet's grid
    must give each its own columns)."""
    from hienhao_desktop.domain.model import Column, Part, Table

    r = sample_reports.two_signatures()
    columns = [Column("Thôn", "text")] + [Column(f"T{i}", "number") for i in range(1, 13)]
    rows = [[f"Thôn {v}"] + [v * i for i in range(1, 13)] for v in range(1, 4)]
    r.parts.insert(1, Part("other", "Số liệu theo tháng", [Table(columns, rows, numbered=True, total_row=True)]))
    return r


def _reports() -> dict[str, Report]:
    reports = {"seed": sample_reports.seed(), "long": sample_reports.long_report(120), "wide": _wide()}
    reports.update({f"template-{name}": r for name, r in sample_reports.templates_reports().items()})
    reports.update(sample_reports.real_reports())
    return reports


@pytest.mark.parametrize("name", list(_reports()))
def test_pdf_and_excel_print_the_same_words_in_the_same_order(name):
    report = _reports()[name]
    headers = _headers(report)
    from_pdf = pdf_words(P.render_pdf(report), headers)
    from_xlsx = xlsx_words(render_xlsx(report), headers)
    assert len(from_pdf) > 50
    if from_pdf != from_xlsx:  # show where they part
        at = next((i for i, (a, b) in enumerate(zip(from_pdf, from_xlsx, strict=False)) if a != b),
                  min(len(from_pdf), len(from_xlsx)))
        raise AssertionError(f"{name}: word {at}: PDF {from_pdf[max(0, at - 8):at + 8]} "
                             f"vs Excel {from_xlsx[max(0, at - 8):at + 8]}")


def test_the_words_are_those_of_the_document_model():
    """Every text block of the model appears in that order in the PDF's words (the
    parity above could also hold for two equally wrong outputs)."""
    report = sample_reports.year_review()
    doc = build_document(report)
    words = pdf_words(P.render_pdf(report), _headers(report))
    expected: list[str] = []
    for block in doc.body:
        if isinstance(block, B.PartHeading):
            expected += " ".join(block.lines).split()
        elif isinstance(block, B.Heading):
            expected += block.line.split()
        elif isinstance(block, B.Paragraph | B.ListItem):
            expected += block.text.split()
    position = 0
    for word in expected:
        position = words.index(word, position) + 1  # raises if missing or out of order
    assert "318" in words and "Tổng" in words  # the table's total row


def test_the_check_sees_a_missing_word():
    report = sample_reports.seed()
    headers = _headers(report)
    words = xlsx_words(render_xlsx(report), headers)
    report.parts[0].blocks[1].runs[0].text += " thêm"  # type: ignore[union-attr]
    assert pdf_words(P.render_pdf(report), headers) != words
