"""Report -> Excel workbook (openpyxl; no Qt here).

Three sheets:

- "Báo cáo": the whole report laid out like the printed document (Decree 30/2020 page,
  header block, sections I–IV, the bordered activity table, recipients and signing
  block), for reading and printing from Excel.
- "Hoạt động": the activity table as a real Excel table (filter, frozen header), with
  a live total formula below it, for people who want to sort, filter or reuse the data.
- "Thống kê": counts, participants per lead unit and a bar chart of participants per
  activity that reads its data from "Hoạt động".

Every piece of user text goes through ``_put_text``: it is stored as text even when it
looks like a formula ("=HYPERLINK(...)" typed as a unit name stays those characters),
and characters that XML/Excel refuse are removed.

The PDF stays the single printed rendering of record (DESIGN.md); this workbook is a
convenience copy, so where Excel cannot follow the decree exactly (rules under the
header lines, first-line indents, signature images) it is left out rather than faked.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import weakref
import zipfile
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document.build import ACTIVITY_HEADERS, build_document
from hienhao_desktop.document.limits import printable
from hienhao_desktop.domain.model import Report
from hienhao_desktop.export.cancel import Cancelled, check
from hienhao_desktop.storage.files import write_atomic

if TYPE_CHECKING:  # openpyxl is imported when first needed (start-up time, DESIGN.md)
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Times New Roman"
BODY_SIZE = 13

SHEET_REPORT = "Báo cáo"
SHEET_ACTIVITIES = "Hoạt động"
SHEET_STATS = "Thống kê"
TABLE_NAME = "HoatDong"  # Excel table names: ASCII letters, digits, underscore
TABLE_STYLE = "TableStyleMedium2"

TOTAL_LABEL = B.TOTAL_LABEL
UNKNOWN_UNIT = "(không ghi)"

# Decree 30/2020, Appendix I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0, "header": 10.0, "footer": 10.0}

# "Báo cáo": the sheet is REPORT_PX pixels wide (column units: width of a digit of
# the default font, Times New Roman 13, about 9 px, plus 5 px of padding a column).
# Its columns come from the document (_Grid): the header's split (the left block
# 75 mm of the 165 mm text width, as in the PDF; the right one holds "CỘNG HÒA XÃ
# HỘI CHỦ NGHĨA VIỆT NAM" on one line, decree) and every table's column edges.
REPORT_PX = 700.0
DIGIT_PX = 9.0  # the widest digit of Times New Roman 13, in pixels
HEADER_SPLIT = 75 / 165

# "Hoạt động" column widths follow the content between these bounds; the sheet prints
# landscape (decree: landscape is allowed for a wide table).
ACTIVITY_MIN_WIDTHS = (6.0, 20.0, 10.0, 14.0, 14.0)
ACTIVITY_MAX_WIDTHS = (8.0, 60.0, 12.0, 30.0, 30.0)
MAX_CELL_CHARS = 32767  # Excel's limit; longer text makes Excel "repair" the file
MAX_ROW_POINTS = 400.0  # Excel's row height limit is 409 pt; a taller row is cut
STATS_WIDTHS = (40.0, 14.0, 20.0)
SIGNATURE_GAP_ROWS = 5  # about 30 mm for the hand signature and seal

# Characters XML 1.0 cannot carry (openpyxl's list) plus lone surrogates and
# non-characters, which would fail later when the XML is encoded.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FIXED_CREATED = datetime.datetime(2000, 1, 1)


# ---------------------------------------------------------------------------- public


def render_xlsx(report: Report, *, cancelled: Cancelled = None) -> bytes:
    """The workbook as bytes. The same report gives the same bytes. ``cancelled``,
    asked between the parts and every few hundred rows, stops the work with
    RenderCancelled when it returns True."""
    wb = build_workbook(printable(report), cancelled)  # no cell beyond Excel's 32,767 characters
    check(cancelled)
    return _save_deterministic(wb)


def write_xlsx(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the workbook to ``path`` atomically (an old file stays intact on failure)."""
    write_atomic(path, render_xlsx(report))


def build_workbook(report: Report, cancelled: Cancelled = None) -> Workbook:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
    # Make Times New Roman the workbook's default font, so empty cells, row heights
    # and column width units follow it too (openpyxl has no public setter for this).
    default = Font(name=FONT_NAME, size=BODY_SIZE)
    wb._fonts = IndexedList([default])
    wb._named_styles["Normal"].font = default

    doc = build_document(report, cancelled=cancelled)
    date = doc.meta.date
    when = datetime.datetime.combine(date, datetime.time()) if date else _FIXED_CREATED
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "hienhao-desktop"
    wb.properties.title = clean_cell_text(doc.meta.subject)

    report_ws = wb.active
    report_ws.title = safe_sheet_title(SHEET_REPORT)
    activities_ws = wb.create_sheet(safe_sheet_title(SHEET_ACTIVITIES))
    stats_ws = wb.create_sheet(safe_sheet_title(SHEET_STATS))

    _ReportSheet(report_ws, doc, cancelled).build()
    check(cancelled)
    _activities_sheet(activities_ws, report, cancelled)
    check(cancelled)
    _stats_sheet(stats_ws, activities_ws, report, doc.meta.subject)
    wb.active = 0
    return wb


def clean_cell_text(value: str) -> str:
    """Text Excel accepts: illegal characters removed, cut to Excel's cell limit."""
    value = _ILLEGAL.sub("", value)
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - 1] + "…"
    return value


def safe_sheet_title(title: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\, not starting or ending with an
    apostrophe, 1–31 characters."""
    title = _SHEET_TITLE_BAD.sub(" ", clean_cell_text(title)).strip().strip("'").strip()
    return title[:31].rstrip() or "Sheet"


# --------------------------------------------------------------------------- helpers


def _put_text(cell: Cell, value: str) -> Cell:
    """Write text so that it stays text: openpyxl turns a string that starts with "="
    into a formula unless the type is forced back after assignment. The quote prefix
    also keeps "=…", "+…", "-…", "@…" text when someone edits the cell in Excel."""
    value = clean_cell_text(value)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def _put_rich(cell: Cell, spans: Sequence[B.Span], size: float) -> Cell:
    """Text with bold, italic or underlined stretches, as Excel rich text."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    parts: list[str | TextBlock] = []
    for span in spans:
        text = clean_cell_text(span.text)
        if not (span.bold or span.italic or span.underline):
            parts.append(text)
            continue
        font = InlineFont(rFont=FONT_NAME, sz=size, b=span.bold or None, i=span.italic or None,
                          u="single" if span.underline else None)
        parts.append(TextBlock(font, text))
    cell.value = CellRichText(parts)
    if B.plain(spans).startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def _put_number(cell: Cell, value: int | None, number_format: str = "#,##0") -> Cell:
    """A whole number, or an empty cell for unknown (never 0, never text)."""
    if value is not None:
        cell.value = int(value)
        cell.number_format = number_format
    return cell


# Per workbook: finished style arrays by style description. openpyxl interns every
# Font/Border/Alignment assigned to a cell by hashing it, which dominated the time of
# big tables (2,000 rows: seconds); copying a ready style array is nearly free.
_STYLE_CACHE: weakref.WeakKeyDictionary[Workbook, dict[tuple, object]] = weakref.WeakKeyDictionary()


def _style(
    cell: Cell,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    border: bool = False,
    horizontal: str | None = None,
    vertical: str = "top",
    wrap: bool = False,
    indent: int = 0,
) -> Cell:
    """Font, border and alignment of a cell, keeping its number format and quote prefix."""
    from openpyxl.styles import Alignment

    cache = _STYLE_CACHE.setdefault(cell.parent.parent, {})
    key = (size, bold, italic, border, horizontal, vertical, wrap, indent, cell.number_format, cell.quotePrefix)
    array = cache.get(key)
    if array is None:
        cell.font = _font(size, bold, italic)
        if border:
            cell.border = _thin_border()
        cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap, indent=indent)
        cache[key] = copy(cell._style)
    else:
        cell._style = copy(array)
    return cell


def _font(size: float = BODY_SIZE, bold: bool = False, italic: bool = False):
    from openpyxl.styles import Font

    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic)


def _mm_to_inches(mm: float) -> float:
    return mm / 25.4


def _print_setup(ws: Worksheet, title_rows: str | None, landscape: bool = False) -> None:
    """A4, decree margins, one page wide and as many pages tall as needed."""
    from openpyxl.worksheet.page import PageMargins

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages as the content needs
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # without it fitTo* is ignored
    ws.page_margins = PageMargins(**{k: _mm_to_inches(v) for k, v in MARGINS_MM.items()})
    if title_rows:
        ws.print_title_rows = title_rows


def _page_numbers_in_footer(ws: Worksheet) -> None:
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 11


def _thin_border():
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def _char_em(char: str) -> float:
    """Rough advance width of a Times New Roman character, in em. Capitals are much
    wider than small letters, which matters in narrow columns ("TH&THCS")."""
    if char == " ":
        return 0.25
    if char.isupper() or char in "&%@#":
        return 0.72
    if char.isdigit():
        return 0.5
    if char.isalpha():
        return 0.51 if char not in "il" else 0.30  # calibrated on Vietnamese prose in LibreOffice
    return 0.33  # punctuation


def _text_ems(text: str) -> float:
    ems = _EMS.get(text)
    if ems is None:
        ems = sum(_char_em(c) for c in text)
        if len(_EMS) < 100_000:  # words repeat (unit names …): measure each once
            _EMS[text] = ems
    return ems


_EMS: dict[str, float] = {}


def _text_px(text: str, size: float, bold: bool) -> float:
    em = size * 96 / 72 * (1.08 if bold else 1.0)
    return em * _text_ems(text)


def _column_px(width_units: float) -> float:
    # Excel: pixel width = units * max digit width + 5 px padding; TNR 13 digit ≈ 9 px.
    return width_units * 9 + 5


def _count_lines(text: str, width_px: float, size: float, bold: bool = False) -> int:
    """Lines a wrapped cell needs: greedy word wrap over estimated character widths.
    Excel does not auto-fit merged cells, so their row heights are set from this.
    Rough, but on the safe (tall) side: a row a bit too tall still shows everything."""
    usable = max(1.0, width_px - 8)  # cell padding on both sides
    space = _text_px(" ", size, bold)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split(" "):
            length = _text_px(word, size, bold)
            if used == 0:
                used = length
            elif used + space + length <= usable:
                used += space + length
            else:
                lines += 1
                used = length
            while used > usable:  # a word longer than the line breaks inside
                lines += 1
                used -= usable
    return lines


def _line_points(size: float) -> float:
    return size * 1.17  # Times New Roman's line height (ascent + descent)


ROW_PADDING = 5.0  # points above and below the text inside a row


def _rows_height(lines: int, size: float = BODY_SIZE) -> float:
    return min(lines * _line_points(size) + ROW_PADDING, 409.0)


def _split_for_rows(text: str, width_px: float, size: float, bold: bool) -> list[str]:
    """Cut a paragraph taller than Excel's row limit into several rows at word breaks
    (Excel never splits a row across pages and clips rows taller than 409 pt)."""
    max_lines = int(MAX_ROW_POINTS // _line_points(size)) - 1
    if _count_lines(text, width_px, size, bold) <= max_lines:
        return [text]
    chunks: list[str] = []
    words = text.split(" ")
    current: list[str] = []
    for word in words:
        candidate = " ".join([*current, word])
        if current and _count_lines(candidate, width_px, size, bold) > max_lines:
            chunks.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        chunks.append(" ".join(current))
    # A single "word" longer than a row (no spaces at all): cut it by characters.
    out: list[str] = []
    capacity = max_lines * max(1, int((width_px - 8) / _text_px("M", size, bold)))
    for chunk in chunks:
        out += [chunk[i : i + capacity] for i in range(0, len(chunk), capacity)] or [""]
    return out


def _usable_page_points(sheet_px: float = REPORT_PX) -> float:
    """Height of a printed page in the sheet's own points (before fit-to-width
    scaling), less a safety margin for rounding in the spreadsheet's layout."""
    sheet_points = sheet_px * 72 / 96
    printable_width = (210 - MARGINS_MM["left"] - MARGINS_MM["right"]) * 72 / 25.4
    scale = min(1.0, printable_width / sheet_points)
    printable_height = (297 - MARGINS_MM["top"] - MARGINS_MM["bottom"]) * 72 / 25.4
    return printable_height / scale - 30.0


def _cells_height(values: Sequence[str], widths: Sequence[float], bold: bool = False) -> float:
    """Height of a row of unmerged wrapped cells: its tallest cell."""
    lines = max(_count_lines(v, _column_px(widths[i]), BODY_SIZE, bold) for i, v in enumerate(values))
    return _rows_height(lines)


@dataclass
class _Line:
    """One piece of text placed in a merged column range of one row; ``spans`` (when
    some are bold, italic or underlined) make it rich text."""

    text: str
    cols: tuple[int, int]
    size: float = BODY_SIZE
    bold: bool = False
    italic: bool = False
    align: str = "center"
    spans: tuple[B.Span, ...] = ()
    indent: int = 0


class _Grid:
    """The report sheet's columns: every boundary the page needs (the header's two
    columns, each table's columns by their weights), boundaries closer than
    ``SNAP`` of the width taken as one. A table cell spans the grid columns between
    its boundaries (merged when more than one): the seed's activity table falls on
    the header's boundary and needs no merged cells."""

    SNAP = 0.015

    def __init__(self, tables: Sequence[B.Table]) -> None:
        marks = [0.0, HEADER_SPLIT, 1.0]
        for table in tables:
            edge = 0.0
            for column in table.columns[:-1]:
                edge += column.weight
                marks.append(edge)
        marks.sort()
        # Never closer than half the narrowest column of a table with many columns:
        # its own boundaries must stay apart.
        snap = min([self.SNAP] + [0.5 * min(c.weight for c in t.columns) for t in tables if t.columns])
        lines: list[float] = []
        for mark in marks:
            if not lines or mark - lines[-1] > snap:
                lines.append(mark)
        if lines[-1] < 1.0 - snap:
            lines.append(1.0)
        lines[-1] = 1.0
        self.lines = lines
        self.count = len(lines) - 1
        # A stored column width already holds the cell padding: it is the column's
        # pixels over the digit width (about 9 px for Times New Roman 13).
        self.widths = [max(0.5, (b - a) * REPORT_PX / DIGIT_PX) for a, b in zip(lines, lines[1:], strict=False)]
        self.left = (1, self._index(HEADER_SPLIT))
        self.right = (self.left[1] + 1, self.count)
        self.all = (1, self.count)

    def _index(self, mark: float) -> int:
        """The grid line nearest to ``mark`` (0 … count)."""
        return min(range(len(self.lines)), key=lambda i: abs(self.lines[i] - mark))

    def columns(self, table: B.Table) -> list[tuple[int, int]]:
        """Each table column's range of grid columns (1-based, inclusive)."""
        out, edge, start = [], 0.0, 1
        for i, column in enumerate(table.columns):
            edge += column.weight
            end = self.count if i == len(table.columns) - 1 else self._index(edge)
            end = max(end, start)  # never empty, even if two boundaries snapped together
            if i < len(table.columns) - 1:
                end = min(end, self.count - (len(table.columns) - 1 - i))
            out.append((start, end))
            start = end + 1
        return out

    def px(self, cols: tuple[int, int]) -> float:
        return sum(self.widths[c - 1] * DIGIT_PX for c in range(cols[0], cols[1] + 1))


# --------------------------------------------------------------------- sheet builders


class _ReportSheet:
    """The "Báo cáo" sheet: the document's blocks as rows written top to bottom with
    estimated heights, paginated while writing.

    Print title rows would repeat the table header on every later page, also below
    the table, so instead the sheet places manual page breaks itself (every row
    height is set here, so a spreadsheet breaks pages exactly where this class
    counts) and writes a copy of the table header at the top of each page a table
    runs onto. Blocks that keep with the next (headings) start a new page unless
    they and the start of what follows fit; the body's last block, with the
    headings over it, stays with the signing block (decree).
    """

    def __init__(self, ws: Worksheet, doc: B.Document, cancelled: Cancelled = None) -> None:
        from openpyxl.utils import get_column_letter

        self.ws = ws
        self.doc = doc
        self.cancelled = cancelled
        self.row = 1
        self.used = 0.0  # points used on the current page
        self.grid = _Grid(doc.tables())
        self.page_height = _usable_page_points(self.grid.px(self.grid.all))
        for index, width in enumerate(self.grid.widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = round(width, 2)

    # -- low level

    def _height(self, line: _Line) -> float:
        bold = line.bold or any(span.bold for span in line.spans)  # bold words are wider: measure on the safe side
        return _rows_height(_count_lines(line.text, self.grid.px(line.cols), line.size, bold), line.size)

    def _page_break(self) -> None:
        from openpyxl.worksheet.pagebreak import Break

        self.ws.row_breaks.append(Break(id=self.row - 1))  # break after the previous row
        self.used = 0.0

    def _reserve(self, height: float, keep_with: float = 0.0) -> bool:
        """Start a new page unless ``height`` (plus what must stay with it) fits on
        this one. Returns True when a new page was started."""
        if self.used > 0 and self.used + height + keep_with > self.page_height:
            self._page_break()
            return True
        return False

    def _set_height(self, height: float) -> None:
        self.ws.row_dimensions[self.row].height = height
        self.used += height
        self.row += 1

    def _place(self, line: _Line) -> None:
        first, last = line.cols
        cell = self.ws.cell(row=self.row, column=first)
        if line.spans and any(s.bold or s.italic or s.underline for s in line.spans):
            _put_rich(cell, line.spans, line.size)
        else:
            _put_text(cell, line.text)
        _style(cell, line.size, line.bold, line.italic, horizontal=line.align, wrap=True, indent=line.indent)
        if last > first:
            self.ws.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)

    def _emit(self, *pieces: _Line, keep_with: float = 0.0) -> None:
        """One row holding ``pieces`` side by side, tall enough for the tallest."""
        height = max([self._height(p) for p in pieces] or [_rows_height(1)])
        self._reserve(height, keep_with)
        for piece in pieces:
            self._place(piece)
        self._set_height(height)

    def _gap(self, points: float = 6.0) -> None:
        if self.used == 0:
            return  # no empty space at the top of a page
        self.ws.row_dimensions[self.row].height = points
        self.used += points
        self.row += 1

    # -- blocks as rows

    def _lines(self, block: B.BodyBlock) -> list[_Line]:
        """The rows of a text block (a paragraph taller than Excel's row limit is cut
        into several rows at word breaks)."""
        cols = self.grid.all
        if isinstance(block, B.PartHeading):
            if block.centred:
                return [_Line(line, cols, bold=True) for line in block.lines]
            return [_Line(block.lines[0], cols, bold=True, align="left")]
        if isinstance(block, B.Heading):
            return [_Line(block.line, cols, bold=block.bold, italic=block.italic, align="left")]
        assert isinstance(block, B.Paragraph | B.ListItem)
        spans = block.spans
        indent = 0
        if isinstance(block, B.ListItem):
            spans = (B.Span(block.marker + " "), *spans)
            indent = 1 if block.level == 2 else 0
        text = B.plain(spans)
        chunks = _split_for_rows(text, self.grid.px(cols), BODY_SIZE, False)
        align = "left" if indent else "justify"  # spreadsheets ignore the indent of justified text
        if len(chunks) == 1:
            return [_Line(text, cols, align=align, spans=spans, indent=indent)]
        return [_Line(chunk, cols, align=align, indent=indent) for chunk in chunks]  # formats dropped: rare

    def _block_height(self, block: B.BodyBlock, start_only: bool = False) -> float:
        """The height a block takes (``start_only``: the part that must stay with a
        heading above it: its first row, or a table's header and first row)."""
        if isinstance(block, B.Table):
            columns = self.grid.columns(block)
            header = self._row_height([c.title for c in block.columns], columns, bold=True)
            first = self._row_height(_texts(block.rows[0]), columns) if len(block.rows) else _rows_height(1)
            if start_only:
                return 6 + header + first
            return 6 + header + sum(self._row_height(_texts(r), columns) for r in block.rows) + _rows_height(1) + 8
        heights = [self._height(line) for line in self._lines(block)]
        gap = 4 if isinstance(block, B.PartHeading | B.Heading) else 0
        return gap + (heights[0] if start_only else sum(heights))

    def _row_height(self, texts: Sequence[str], columns: Sequence[tuple[int, int]], bold: bool = False) -> float:
        lines = max(_count_lines(t, self.grid.px(c), BODY_SIZE, bold) for t, c in zip(texts, columns, strict=False))
        return _rows_height(lines)

    def _text_block(self, block: B.BodyBlock, keep_with: float = 0.0) -> None:
        if isinstance(block, B.PartHeading | B.Heading):
            self._gap(4)
        for line in self._lines(block):
            self._emit(line, keep_with=keep_with)

    # -- parts

    def build(self) -> None:
        self._header()
        self._title()
        self._addressees()
        self._body()
        self.ws.sheet_view.showGridLines = False  # reads like the paper document
        _print_setup(self.ws, None)
        # Decree: page numbers centred in the top margin, not on the first page.
        self.ws.HeaderFooter.differentFirst = True
        self.ws.oddHeader.center.text = "&P"
        self.ws.oddHeader.center.font = f"{FONT_NAME},Regular"
        self.ws.oddHeader.center.size = BODY_SIZE

    def _header(self) -> None:
        h, g = self.doc.header, self.grid
        self._emit(_Line(h.parent, g.left, size=12), _Line(h.nation, g.right, size=12, bold=True))
        self._emit(_Line(h.issuer, g.left, size=12, bold=True), _Line(h.motto, g.right, size=13, bold=True))
        self._gap(8)
        self._emit(_Line(h.number_line, g.left), _Line(h.place_date, g.right, italic=True))
        self._gap(14)

    def _title(self) -> None:
        t = self.doc.title
        self._emit(_Line(t.kind, self.grid.all, size=14, bold=True))
        for line in t.lines:
            self._emit(_Line(line, self.grid.all, size=14, bold=True))
        self._gap(10)

    def _addressees(self) -> None:
        a = self.doc.addressees
        if a is None:
            return
        if a.inline:
            self._emit(_Line(f"{a.label} {a.lines[0]}", self.grid.all))
        else:  # the label on the left of the first line, the lines one under another
            g = self.grid
            self._emit(_Line(a.label, g.left, align="right"), _Line(a.lines[0], g.right, align="left"))
            for line in a.lines[1:]:
                self._emit(_Line(line, g.right, align="left"))
        self._gap(6)

    def _body(self) -> None:
        body = self.doc.body
        footer = self._footer_rows()
        footer_height = sum(h for _, h in footer) + 10
        end = len(body)
        while end > 0 and body[end - 1].keep_with_next:
            end -= 1
        index = 0
        while index < end:
            check_every(self.cancelled, index)
            block = body[index]
            if block.keep_with_next:
                run_end = index
                while run_end < end and body[run_end].keep_with_next:
                    run_end += 1
                need = sum(self._block_height(b) for b in body[index:run_end])
                need += (self._block_height(body[run_end], start_only=True) if run_end < end
                         else sum(self._block_height(b) for b in body[end:]) + footer_height)
                self._reserve(0.0, keep_with=min(need, self.page_height - 1))
                for b in body[index:run_end]:
                    self._text_block(b)
                index = run_end
                continue
            if isinstance(block, B.Table):
                self._table(block)
            else:
                self._text_block(block)
            index += 1
        # The last blocks and the signing block: never a page of their own.
        final = body[end:]
        need = sum(self._block_height(b) for b in final) + footer_height
        self._reserve(0.0, keep_with=min(need, self.page_height - 1))
        for block in final:
            self._text_block(block)
        self._gap(10)
        for pieces, height in footer:
            self._reserve(height)
            for piece in pieces:
                self._place(piece)
            self._set_height(height)

    # -- tables

    def _table_row(self, values: Sequence[B.Cell], meta: Sequence[B.Column], columns: Sequence[tuple[int, int]],
                   bold: bool = False, header: bool = False) -> None:
        """Write one bordered row at the current row (height already reserved): each
        value in its range of grid columns, formatted by its column's kind."""
        for (first, last), column, value in zip(columns, meta, values, strict=False):
            cell = self.ws.cell(row=self.row, column=first)
            if isinstance(value, str):
                _put_text(cell, value)
            else:
                _put_number(cell, value, "0" if column.kind == "index" else "#,##0")  # Stt: no thousands separator
            horizontal = "center" if header else column.align
            vertical = "center" if header else "top"
            _style(cell, bold=bold, border=True, horizontal=horizontal, vertical=vertical, wrap=True)
            if last > first:
                for col in range(first + 1, last + 1):
                    _style(self.ws.cell(row=self.row, column=col), bold=bold, border=True)
                self.ws.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)

    def _table(self, table: B.Table) -> None:
        from openpyxl.utils import get_column_letter

        columns = self.grid.columns(table)
        titles = [c.title for c in table.columns]
        header_height = self._row_height(titles, columns, bold=True)
        rows = table.rows
        self._gap(6)
        first_height = self._row_height(_texts(rows[0]), columns) if len(rows) else _rows_height(1)
        self._reserve(header_height, keep_with=first_height)  # never a header alone

        def header() -> None:
            self._table_row(titles, table.columns, columns, bold=True, header=True)
            self._set_height(header_height)

        header()
        first = self.row
        for index, values in enumerate(rows):
            check_every(self.cancelled, index)
            height = self._row_height(_texts(values), columns)
            if self._reserve(height):
                header()  # the header again on each new page
            self._table_row(values, table.columns, columns)
            self._set_height(height)
        last = self.row - 1

        if table.total is not None:
            total = table.total
            height = _rows_height(1)
            if self._reserve(height):
                header()
            # The label spans the first ``span`` columns, as in the PDF.
            cells: list[B.Cell] = [total.label] if total.span else []
            ranges = [(columns[0][0], columns[total.span - 1][1])] if total.span else []
            cells += ["" for _ in table.columns[total.span:]]
            ranges += columns[total.span:]
            self._table_row(cells, table.columns[max(total.span - 1, 0):], ranges, bold=True, header=True)
            for i, value in enumerate(total.values):
                if value is None or i < total.span:
                    continue
                cell = self.ws.cell(row=self.row, column=columns[i][0])
                letter = get_column_letter(columns[i][0])
                # A formula written by the program (never user text): the total stays
                # live when a number is corrected in Excel.
                cell.value = f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0
                cell.number_format = "#,##0"
            self._set_height(height)
        self._gap(8)

    # -- the end

    def _signing(self, column: B.SigningColumn, cols: tuple[int, int], top: int) -> list[_Line | None]:
        lines: list[_Line | None] = [_Line(text, cols, bold=True) for text in (*column.caption, *column.authority)]
        lines += [None] * (top - len(lines))
        lines += [None] * SIGNATURE_GAP_ROWS  # room for the hand signature and the seal
        if column.other_title:  # above the name, as in the PDF ("Chủ tịch UBND xã …")
            lines.append(_Line(column.other_title, cols))
        if column.name:
            lines.append(_Line(column.name, cols, bold=True))
        return lines

    def _recipients(self) -> list[_Line | None]:
        r = self.doc.footer.recipients
        if r is None:
            return []
        g = self.grid
        return [_Line(r.title, g.left, size=12, bold=True, italic=True, align="left"),
                *(_Line(line, g.left, size=11, align="left") for line in r.lines)]

    def _footer_rows(self) -> list[tuple[list[_Line], float]]:
        """Recipients (left) beside the signing block (right), row by row; with two
        signing columns, both side by side (names level) and the recipients under."""
        foot, g = self.doc.footer, self.grid
        if foot.second is None:
            left = self._recipients()
            right = self._signing(foot.main, g.right, 0)
        else:
            top = max(len(c.caption) + len(c.authority) for c in (foot.main, foot.second))
            left = self._signing(foot.second, g.left, top)
            right = self._signing(foot.main, g.right, top)
            recipients = self._recipients()
            if recipients:
                left += [None] * (len(right) - len(left)) + [None] + recipients
        rows = []
        for index in range(max(len(left), len(right))):
            pieces = [p for p in (_at(left, index), _at(right, index)) if p is not None]
            height = max([self._height(p) for p in pieces] or [_rows_height(1)])
            rows.append((pieces, height))
        return rows


def _texts(values: Sequence[B.Cell]) -> list[str]:
    return ["" if v is None else str(v) for v in values]


def check_every(cancelled: Cancelled, index: int, every: int = 200) -> None:
    if index % every == every - 1:
        check(cancelled)


def _at(items: Sequence[_Line | None], index: int) -> _Line | None:
    return items[index] if index < len(items) else None


def _activities_sheet(ws: Worksheet, report: Report, cancelled: Cancelled = None) -> None:
    """The data as a filterable Excel table, with a live total below it."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    rows = [
        (str(stt), a.name.strip(), "" if a.participants is None else str(a.participants), a.lead_unit.strip(),
         a.partner_units.strip())
        for stt, a in enumerate(report.activities, start=1)
    ]
    widths = _fit_widths(ACTIVITY_HEADERS, rows)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width

    for col, header in enumerate(ACTIVITY_HEADERS, start=1):
        cell = _put_text(ws.cell(row=1, column=col), header)
        cell.font = _font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # Header text plus room for the filter button.
    ws.row_dimensions[1].height = _cells_height([h + " ▼▼" for h in ACTIVITY_HEADERS], widths, bold=True)

    # Heights are set, not left to auto-fit: LibreOffice keeps the default height of
    # rows that have none, which clips wrapped text.
    for row, (activity, texts) in enumerate(zip(report.activities, rows, strict=True), start=2):
        if row % 200 == 0:
            check(cancelled)
        _style(_put_number(ws.cell(row=row, column=1), row - 1, "0"))  # Stt: no thousands separator
        _style(_put_text(ws.cell(row=row, column=2), texts[1]), wrap=True)
        _style(_put_number(ws.cell(row=row, column=3), activity.participants))
        _style(_put_text(ws.cell(row=row, column=4), texts[3]), wrap=True)
        _style(_put_text(ws.cell(row=row, column=5), texts[4]), wrap=True)
        ws.row_dimensions[row].height = _cells_height(texts, widths)

    n = len(report.activities)
    total_row = n + 2
    label = _put_text(ws.cell(row=total_row, column=2), TOTAL_LABEL)
    label.font = _font(bold=True)
    total = ws.cell(row=total_row, column=3)
    if n:
        total.value = f"=SUM(C2:C{n + 1})"
        total.number_format = "#,##0"
        # An Excel table needs a data row; with none, Excel reports the file as
        # damaged, so an empty report gets plain header cells and no table.
        table = Table(displayName=TABLE_NAME, ref=f"A1:E{n + 1}")
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        ws.add_table(table)  # the table carries its own autofilter
    else:
        _put_number(total, 0)
    total.font = _font(bold=True)

    ws.freeze_panes = "A2"
    _print_setup(ws, "1:1", landscape=True)
    _page_numbers_in_footer(ws)


def _fit_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Column widths from the longest cell text, within per-column bounds (headers
    wrap, so only their longest word counts)."""
    widths = []
    for col, header in enumerate(headers):
        longest = max((len(r[col]) for r in rows), default=0)
        longest = max(longest, max(len(word) for word in header.split()) + 3)  # + filter button
        widths.append(min(ACTIVITY_MAX_WIDTHS[col], max(ACTIVITY_MIN_WIDTHS[col], longest + 2.0)))
    return widths


def _per_lead_unit(report: Report) -> list[tuple[str, int, int | None]]:
    """(lead unit, activities, known participants or None when none is known),
    most participants first. Unknown counts add nothing: they are not zero people."""
    units: dict[str, tuple[int, int | None]] = {}
    for activity in report.activities:
        unit = activity.lead_unit.strip() or UNKNOWN_UNIT
        count, people = units.get(unit, (0, None))
        if activity.participants is not None:
            people = (people or 0) + activity.participants
        units[unit] = (count + 1, people)
    rows = [(unit, count, people) for unit, (count, people) in units.items()]
    rows.sort(key=lambda r: (-(r[2] if r[2] is not None else -1), r[0].casefold()))
    return rows


def _stats_sheet(ws: Worksheet, activities_ws: Worksheet, report: Report, subject: str) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment

    for letter, width in zip("ABC", STATS_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width

    title = _put_text(ws.cell(row=1, column=1), "Thống kê hoạt động")
    title.font = _font(14, bold=True)
    _put_text(ws.cell(row=2, column=1), subject).font = _font(italic=True)  # the title lines on one line

    totals = report.totals()
    figures = (
        ("Số hoạt động", totals.activities),
        ("Tổng số người tham gia", totals.participants),
        ("Số hoạt động chưa rõ số người tham gia", totals.unknown),
    )
    for row, (label, value) in enumerate(figures, start=4):
        _put_text(ws.cell(row=row, column=1), label)
        _put_number(ws.cell(row=row, column=2), value).font = _font(bold=True)

    header_row = 8
    border = _thin_border()
    for number, header in enumerate(("Đơn vị chủ trì", "Số hoạt động", "Số người tham gia"), start=1):
        cell = _put_text(ws.cell(row=header_row, column=number), header)
        cell.font = _font(bold=True)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = header_row
    for row, (unit, count, people) in enumerate(_per_lead_unit(report), start=header_row + 1):
        _put_text(ws.cell(row=row, column=1), unit).alignment = Alignment(vertical="top", wrap_text=True)
        _put_number(ws.cell(row=row, column=2), count)
        _put_number(ws.cell(row=row, column=3), people)
        for number in range(1, 4):
            ws.cell(row=row, column=number).border = border
        ws.row_dimensions[row].height = _cells_height((unit, "", ""), STATS_WIDTHS)

    n = len(report.activities)
    if n:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long activity names stay readable
        chart.style = 10
        chart.title = "Số người tham gia theo hoạt động"
        chart.y_axis.title = "Số người"
        chart.x_axis.title = "Hoạt động"
        chart.x_axis.scaling.orientation = "maxMin"  # first activity at the top
        chart.y_axis.crosses = "max"  # ... and the value axis still at the bottom
        # openpyxl ≥ 3.1 marks axes as deleted by default; recent Excel then hides them.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.legend = None
        data = Reference(activities_ws, min_col=3, min_row=1, max_row=n + 1)
        labels = Reference(activities_ws, min_col=2, min_row=2, max_row=n + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(labels)
        chart.width = 24
        chart.height = max(8.0, min(0.8 * n + 3, 60.0))  # cm: room for every label
        ws.add_chart(chart, f"A{row + 3}")

    _print_setup(ws, None)
    _page_numbers_in_footer(ws)


# ---------------------------------------------------------------------------- saving


class _FixedTimeZipFile(zipfile.ZipFile):
    """A zip whose entries all carry one fixed timestamp, so that the same workbook
    gives the same bytes (openpyxl stamps every entry with the current time)."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_TIME)
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl writes each worksheet to a temporary file and adds it with write(),
        # which would stamp the entry with that file's modification time.
        with open(filename, "rb") as source:
            self.writestr(arcname or os.path.basename(filename), source.read(), compress_type, compresslevel)


def _save_deterministic(wb: Workbook) -> bytes:
    # openpyxl's save_workbook() stamps properties.modified with the current time;
    # ExcelWriter writes the workbook as it is.
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    archive = _FixedTimeZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # closes the archive
    return buffer.getvalue()


__all__ = ["render_xlsx", "write_xlsx", "build_workbook", "clean_cell_text", "safe_sheet_title"]

