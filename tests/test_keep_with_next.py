"""A heading never ends a page alone, in the PDF and in the Excel report sheet.

The body is lengthened a line at a time so that each heading in turn comes to stand
at a page's foot; whatever the length, the last line of every page is not a heading
(part headings, headings, including the last part's heading before the final text and
the signing block). A run with the keep-with-next check switched off shows that these
lengths do put a heading at a page's foot, so the test can fail.
"""

from __future__ import annotations

import io

import pypdf
import pytest
from openpyxl import load_workbook

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document import build_document
from hienhao_desktop.domain.model import Paragraph, Report, Run
from hienhao_desktop.export import pdf as P
from hienhao_desktop.export.xlsx import SHEET_REPORT, render_xlsx
from tests import sample_reports

LENGTHS = range(0, 30, 1)


def _report(extra: int, where: int) -> Report:
    """The seed with ``extra`` one-line paragraphs added to part ``where``'s first
    heading (0: under "1. Thuận lợi", pushing "2. Khó khăn" and "II." down)."""
    r = sample_reports.seed()
    blocks = r.parts[where].blocks
    blocks[1:1] = [Paragraph([Run(f"Dòng bổ sung số {i} của phần này.")]) for i in range(extra)]
    return r


def _headings(report: Report) -> set[str]:
    doc = build_document(report)
    lines: set[str] = set()
    for block in doc.body:
        if isinstance(block, B.PartHeading):
            lines.update(block.lines)
        elif isinstance(block, B.Heading):
            lines.add(block.line)
    return lines


def _page_lines(data: bytes) -> list[list[str]]:
    pages = []
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages, 1):
        lines = [line.strip() for line in (page.extract_text() or "").split("\n") if line.strip()]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]  # the page number
        pages.append(lines)
    return pages


def _pdf_pages(report: Report) -> tuple[list[list[str]], set[str]]:
    return _page_lines(P.render_pdf(report)), _headings(report)


def _pdf_heading_ends_a_page(pages: list[list[str]], headings: set[str]) -> bool:
    # A heading may wrap onto several lines: the page's last line is then its end.
    return any(page and any(h.endswith(page[-1]) and len(page[-1]) > 3 for h in headings) for page in pages[:-1])


@pytest.mark.parametrize("where", [0, 2])
def test_pdf_no_heading_ends_a_page(where):
    moved = 0
    for extra in LENGTHS:
        pages, headings = _pdf_pages(_report(extra, where))
        assert not _pdf_heading_ends_a_page(pages, headings), extra
        moved += any(page and page[0] in headings for page in pages[1:])
    assert moved  # some lengths did put a heading at the top of a new page


def test_pdf_without_the_check_a_heading_would_end_a_page(monkeypatch):
    monkeypatch.setattr(P._KeepRoom, "wrap", lambda self, w, h: (0, 0))
    assert any(_pdf_heading_ends_a_page(*_pdf_pages(_report(extra, where))) for where in (0, 2) for extra in LENGTHS)


def _xlsx_heading_ends_a_page(report: Report) -> bool:
    headings = _headings(report)
    ws = load_workbook(io.BytesIO(render_xlsx(report)))[SHEET_REPORT]
    texts = {}
    for row in ws.iter_rows():
        values = [c.value for c in row if isinstance(c.value, str) and c.value.strip()]
        if values:
            texts[row[0].row] = " ".join(values)
    for brk in ws.row_breaks.brk:
        last = max(r for r in texts if r <= brk.id)  # the last row with text on that page
        if texts[last] in headings:
            return True
    return False


@pytest.mark.parametrize("where", [0, 2])
def test_excel_no_heading_ends_a_page(where):
    for extra in LENGTHS:
        assert not _xlsx_heading_ends_a_page(_report(extra, where)), extra


def test_excel_without_the_check_a_heading_would_end_a_page(monkeypatch):
    from hienhao_desktop.export import xlsx

    original = xlsx._ReportSheet._reserve
    monkeypatch.setattr(xlsx._ReportSheet, "_reserve", lambda self, height, keep_with=0.0: original(self, height))
    assert any(_xlsx_heading_ends_a_page(_report(extra, where)) for where in (0, 2) for extra in LENGTHS)
