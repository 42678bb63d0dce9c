"""The printed report as PDF (reportlab), laid out by Decree 30/2020/NĐ-CP, Appendix I.

This is the single rendering of the report: preview, printing and the archived copy all
use these bytes. The figures below (margins, sizes, column widths) are the decree's
(see DOCUMENT-FORMAT.md); change them here and nowhere else.

Choices worth knowing:
- Text is composed to NFC (and cleaned of control characters) on the way in, rather
  than shaped with HarfBuzz (``shaping=1``): shaping made rendering about five times
  slower and is not needed for Vietnamese, every letter of which has a precomposed form.
- Fonts: Times New Roman when the system really has it, else the bundled Liberation
  Serif (same metrics, so the same line breaks). Both are embedded as subsets; no
  base-14 font (Helvetica ...) is ever used, not even for the document's initial font.
- Output is deterministic (``invariant=1``): equal reports give equal bytes, which lets
  a final report's archived PDF be checked by its hash.
- What is printed is decided once, in ``document/`` (``build_document``): this module
  only lays the blocks out (the Excel report sheet and the Word file lay out the same
  blocks). Table cells are drawn by a light flowable (``_Cell``: plain text, cached
  word widths, a too-long word cut between characters), not a Paragraph each.
- Keep-with-next: before every heading, a ``_KeepRoom`` starts a new page unless the
  heading and the start of what follows (two lines, a table's header and first row)
  fit; the body's last block and the headings over it go with the signing block.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import os
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document.build import build_document, document_number_line, list_line, place_date_line
from hienhao_desktop.domain.model import Report
from hienhao_desktop.export.cancel import RenderCancelled
from hienhao_desktop.export.fonts import FontSet, fonts
from hienhao_desktop.storage.files import write_atomic

log = logging.getLogger(__name__)

# --- Page (decree: top 20-25, bottom 20-25, left 30-35, right 15-20 mm) -------------
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# --- Sizes in points ---------------------------------------------------------------
BODY_SIZE = 14  # 13-14
BODY_LEADING = 18  # about 1.3 lines: within "single to 1.5"
PARA_SPACE = 6  # at least 6 pt between paragraphs
FIRST_INDENT = 10 * mm  # first-line indent 1 cm
LIST_STEP = 5 * mm  # a second-level list item ("+ …") starts this much further in
HEADER_SIZE = 13  # "Số", motto, date line
ORG_SIZES = (13, 12)  # parent and issuing body: 13 if the name fits on one line, else 12
NATION_SIZE = 12  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12 keeps it on one line
PAGE_NUMBER_SIZE = 13
TABLE_SIZE = 12
TABLE_LEADING = 14.5
RECIPIENTS_TITLE_SIZE = 12  # "Nơi nhận:"
RECIPIENTS_SIZE = 11
SIGN_SIZE = 14

# Header and footer tables: the right column holds the national name (88 mm at 12 pt)
# on one line; the left one "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG" (74 mm at 12 pt). The
# signing block sits under the motto, as in the decree's templates.
HEADER_COLUMNS = (75 * mm, FRAME_WIDTH - 75 * mm)
FOOTER_COLUMNS = HEADER_COLUMNS
SHORT_RULE = 0.4  # rules under the issuing body and the subject: 1/3 to 1/2 of the line
RULE_WIDTH = 0.6
SIGN_ROOM = 28 * mm  # room for the hand signature and seal (25-30 mm)
SEAL_DIAMETER = 38 * mm  # a commune seal is 35-40 mm across
SIGNATURE_BOX = (50 * mm, 24 * mm)  # the largest a signature image is drawn

NATION = B.NATION
MOTTO = B.MOTTO
EMPTY = B.PLACEHOLDER
END_MARK = B.END_MARK


# --- Text rules (decided in document/; kept here under their old names) --------------

list_item = list_line


def _x(text: str) -> str:
    """Block text made safe for Paragraph markup (block text is already NFC)."""
    return escape(text)


def _markup(spans: Sequence[B.Span]) -> str:
    """Spans as reportlab markup: <b>, <i>, <u> around escaped text."""
    out = []
    for span in spans:
        text = escape(span.text)
        if span.underline:
            text = f"<u>{text}</u>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


# --- Flowables -----------------------------------------------------------------------


class _Rule(Flowable):
    """A solid horizontal rule of a given length, centred in the available width."""

    def __init__(self, length: float, space_before: float = 5, space_after: float = 0) -> None:
        super().__init__()
        self.length = length
        self.space_before = space_before
        self.space_after = space_after
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self._avail = availWidth
        return availWidth, self.space_before + RULE_WIDTH + self.space_after

    def draw(self) -> None:
        y = self.space_after + RULE_WIDTH / 2
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x0, y, x0 + self.length, y)


class _SignRoom(Flowable):
    """The fixed room between the position and the name: the hand signature and seal
    go here. Images, when given, are drawn inside it (the seal may reach past it, as a
    real seal does), so the block is equally tall with or without them."""

    def __init__(self, signature: ImageReader | None, seal: ImageReader | None) -> None:
        super().__init__()
        self.signature = signature
        self.seal = seal
        self._avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._avail = availWidth
        return availWidth, SIGN_ROOM

    def draw(self) -> None:
        centre_x, centre_y = self._avail / 2, SIGN_ROOM / 2
        sig_left, sig_width = centre_x, 0.0
        if self.signature is not None:
            w, h = _fit(self.signature, *SIGNATURE_BOX)
            sig_left, sig_width = centre_x - w / 2, w
            self.canv.drawImage(self.signature, sig_left, centre_y - h / 2, w, h, mask="auto")
        if self.seal is not None:
            w, h = _fit(self.seal, SEAL_DIAMETER, SEAL_DIAMETER)
            # The seal covers about a third of the signature, on its left.
            right = sig_left + sig_width / 3 if sig_width else centre_x + w / 2
            self.canv.drawImage(self.seal, right - w, centre_y - h / 2, w, h, mask="auto")


class _CellStyle:
    """Font, size, leading and alignment of plain table cells, with a cache of word
    widths: a long table repeats its words (unit names …) thousands of times."""

    def __init__(self, font: str, size: float, leading: float, align: str) -> None:
        self.font = font
        self.size = size
        self.leading = leading
        self.align = align
        self._widths: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        w = self._widths.get(text)
        if w is None:
            if len(self._widths) > 50_000:  # the styles live as long as the program: stay bounded
                self._widths.clear()
            w = self._widths[text] = pdfmetrics.stringWidth(text, self.font, self.size)
        return w

    def lines(self, text: str, avail: float) -> list[tuple[str, float]]:
        """Greedy word wrap; a word longer than the line breaks between characters."""
        out: list[tuple[str, float]] = []
        for paragraph in text.split("\n"):
            words: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                if not word:
                    continue
                w = self.width(word)
                if words and used + self.space + w <= avail:
                    words.append(word)
                    used += self.space + w
                    continue
                if words:
                    out.append((" ".join(words), used))
                    words, used = [], 0.0
                while w > avail and len(word) > 1:  # cut a too-long word by characters
                    cut = 1
                    while cut < len(word) and pdfmetrics.stringWidth(word[: cut + 1], self.font, self.size) <= avail:
                        cut += 1
                    piece = word[:cut]
                    out.append((piece, pdfmetrics.stringWidth(piece, self.font, self.size)))
                    word = word[cut:]
                    w = self.width(word)
                words, used = [word], w
            out.append((" ".join(words), used))
        return out


class _Cell(Flowable):
    """A table cell of plain text in one font: much cheaper than a Paragraph (no
    markup parsing, cached word widths), for the thousands of cells of a long table.
    Splits between lines for a row taller than a page."""

    def __init__(self, text: str, style: _CellStyle, lines: list[tuple[str, float]] | None = None) -> None:
        self.text = text
        self.style = style
        self._lines = lines
        self._for_width = -1.0 if lines is None else math.inf
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._for_width != availWidth and self._for_width != math.inf:
            self._lines = self.style.lines(self.text, availWidth)
            self._for_width = availWidth
        self.width = availWidth
        self.height = len(self._lines or ()) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int(availHeight // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return [] if fit < 1 else [self]
        return [_Cell(self.text, self.style, lines[:fit]), _Cell(self.text, self.style, lines[fit:])]

    def draw(self) -> None:
        s = self.style
        text = self.canv.beginText()
        text.setFont(s.font, s.size)
        y = self.height - s.size  # the first baseline where a Paragraph puts it
        for line, w in self._lines or ():
            if s.align == "center":
                x = (self.width - w) / 2
            elif s.align == "right":
                x = self.width - w
            else:
                x = 0.0
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= s.leading
        self.canv.drawText(text)


class _RowTable(Table):
    """A table that moves a row that does not fit to the next page whole, and splits
    a row inside only when it is taller than a page (reportlab's plain splitInRow
    also slices ordinary rows at every page foot, leaving a repeated header over a
    sliver of a row)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        n, used = 0, 0.0
        while n < len(heights) and used + heights[n] <= availHeight:  # n: the first row that does not fit
            used += heights[n]
            n += 1
        if n == len(heights):
            return [self]
        header = sum(heights[: self.repeatRows]) if n >= self.repeatRows else 0.0
        if heights[n] + header > FRAME_HEIGHT:
            # No page can hold this row: start it here and let it run on (a piece
            # shorter than splitInRow is refused, and the row then starts overleaf).
            pieces = self._splitRows(availHeight, doInRowSplit=True)
            if pieces:
                rest = pieces[-1]
                if len(pieces) == 2 and isinstance(rest, Table):
                    # reportlab gives the rest of the split row a height guessed from
                    # proportions, not what its cells' remaining lines need: measured
                    # again, it fits or splits again (a guess too tall refused to split
                    # and ended in a LayoutError).
                    repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
                    heights = list(rest._argH)
                    if len(heights) > repeat:
                        heights[repeat] = None
                        rest._argH = heights
                return pieces
        return self._splitRows(availHeight, doInRowSplit=False)


Row = list[Any]


class _LongTable(Flowable):
    """A table laid out a page at a time, its rows made when needed.

    reportlab measures every remaining row of a table, and works out its spans, each
    time the table is wrapped or split at a page foot: long reports took quadratic
    time (4,000 activities: 17 s). This stands for the whole table but hands
    reportlab only the header and the next HEAD_ROWS rows (more than a page holds);
    what is left after each page is a new _LongTable. Rows are made from the block's
    row sequence only when they come into such a head; rows already measured keep
    their heights. The pages come out as with one table (tests compare them as images).
    """

    HEAD_ROWS = 40  # rows handed to reportlab at a time: more than a page holds (rows are >= 20 pt)

    def __init__(self, header: Row | None, made: list[Row], heights: list[float | None], source: Sequence[Any],
                 start: int, make: Callable[[Any], Row], total: Row | None, commands: list[tuple[Any, ...]],
                 last_commands: list[tuple[Any, ...]], table_kw: dict[str, Any],
                 cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self.header = header  # repeated on every page; None: not repeated (a header taller than a page third)
        self.made = made  # rows made (or continued) but not placed yet
        self.heights = heights  # their measured heights, None when not measured
        self.source = source
        self.start = start  # the first row of ``source`` not made yet
        self.make = make
        self.total = total
        self.commands = commands  # style every row
        self.last_commands = last_commands  # style the table's last row (the total)
        self.table_kw = table_kw
        self.cancelled = cancelled
        self.spaceBefore = table_kw.get("spaceBefore", 0)
        self.spaceAfter = table_kw.get("spaceAfter", 0)
        self._table: _RowTable | None = None
        self._whole = False  # whether _table holds every row
        self._used = 0  # rows of ``source`` taken into _table
        self._count = self.HEAD_ROWS  # rows in _table (but the header and the total)

    def _make(self, count: int | None) -> _RowTable:
        """A table of the header and the next ``count`` rows (None: all of them)."""
        rows, heights = list(self.made), list(self.heights)
        index = self.start
        while index < len(self.source) and (count is None or len(rows) < count):
            if index % 100 == 0 and self.cancelled is not None and self.cancelled():
                raise RenderCancelled
            rows.append(self.make(self.source[index]))
            heights.append(None)
            index += 1
        self._used = index
        whole = index >= len(self.source) and (count is None or len(rows) < count)
        commands = list(self.commands)
        if whole and self.total is not None:
            rows.append(self.total)
            heights.append(None)
            commands += self.last_commands
        self._whole = whole
        if self.header is None:
            return _RowTable(rows, style=TableStyle(commands), rowHeights=heights, **self.table_kw)
        return _RowTable([self.header, *rows], style=TableStyle(commands), rowHeights=[None, *heights],
                         **self.table_kw)

    def _current(self) -> _RowTable:
        if self._table is None:
            self._count = self.HEAD_ROWS
            self._table = self._make(self._count)
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        width, height = self._current().wrap(availWidth, availHeight)
        while not self._whole and height <= min(availHeight, FRAME_HEIGHT):
            # Rows so short that the head fits: take more, until it no longer fits
            # (a head taller than a page says enough, also to a keep-with-next group
            # asking with unbounded room) or the table is whole.
            self._count *= 2
            self._table = self._make(self._count)
            width, height = self._table.wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def start_height(self, availWidth: float) -> float:  # noqa: N803
        """The header and the first row: what must stay with a heading above."""
        table = self._current()
        table.wrap(availWidth, FRAME_HEIGHT)
        return sum(table._rowHeights[:2]) + self.spaceBefore

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        table = self._current()
        pieces = table.split(availWidth, availHeight)
        if self._whole or len(pieces) != 2:
            return pieces
        first, rest = pieces
        assert isinstance(rest, Table)
        repeat = self.table_kw.get("repeatRows", 0)
        made = [list(row) for row in rest._cellvalues[repeat:]]
        heights = list(rest._argH[repeat:])  # (the rest of a row split inside: None, see _RowTable.split)
        return [first, _LongTable(self.header if repeat else None, made, heights, self.source, self._used,
                                  self.make, self.total, self.commands, self.last_commands, self.table_kw,
                                  self.cancelled)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self._current().drawOn(canvas, x, y, _sW)  # only when it all fits: then it is the whole table


class _KeepRoom(CondPageBreak):
    """Before a heading (or a run of blocks that keep with the next): start a new page
    unless the run and the start of what follows fit on this one. The start of a
    paragraph is its first two lines, of a table its header and first row, of a
    group kept together all of it. A need taller than a page asks for a fresh page."""

    def __init__(self, run: list[Flowable], following: Flowable | None) -> None:
        super().__init__(0)
        self.run = run
        self.following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        need = 0.0
        for flowable in self.run:
            need += flowable.wrap(availWidth, FRAME_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if self.following is not None:
            need += _start_height(self.following, availWidth)
        self.height = min(need, FRAME_HEIGHT - 1)
        return super().wrap(availWidth, availHeight)


def _table_or_stack(table: Table, flowables: list[Flowable]) -> list[Flowable]:
    """A borderless block table, or, when it is taller than a page (absurdly long
    names), its cells' flowables one under another (a table row cannot be split
    across pages; reportlab would raise LayoutError)."""
    if table.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] <= FRAME_HEIGHT - 2 * BODY_LEADING:
        return [table]
    log.warning("a block of the header or footer is taller than a page; printed as a column")
    return [f for f in flowables if not isinstance(f, Spacer)]


def _start_height(flowable: Flowable, width: float) -> float:
    if isinstance(flowable, _LongTable):
        return flowable.start_height(width)
    if isinstance(flowable, Paragraph):
        height = flowable.wrap(width, FRAME_HEIGHT)[1]
        lines = len(getattr(flowable.blPara, "lines", ()))
        if lines > 2:
            height = 2 * flowable.style.leading
        return height + flowable.getSpaceBefore()
    if isinstance(flowable, KeepTogether):
        return sum(f.wrap(width, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                   for f in flowable._content)
    return flowable.wrap(width, FRAME_HEIGHT)[1] + flowable.getSpaceBefore()


def _fit(image: ImageReader, max_w: float, max_h: float) -> tuple[float, float]:
    iw, ih = image.getSize()
    scale = min(max_w / iw, max_h / ih)
    return iw * scale, ih * scale


def _image(data: bytes | None, what: str) -> ImageReader | None:
    """An image from PNG bytes, or None. A broken image is left out (the room for a
    hand signature stays) rather than stopping the export."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:
        log.warning("the %s image cannot be read; left out of the PDF", what, exc_info=True)
        return None


def issuer_lines(name: str, f: FontSet) -> tuple[int, list[str]]:
    """The issuing body's size and lines in the header's left column: one line at 13
    or 12 pt when it fits, else two balanced lines at 12 pt ("TRUNG TÂM HỌC TẬP /
    CỘNG ĐỒNG", not a lone last word), else one text for the renderer to wrap. The
    Word export breaks the name where the PDF does."""
    width = HEADER_COLUMNS[0]
    for size in ORG_SIZES:
        if pdfmetrics.stringWidth(name, f.bold, size) <= width:
            return size, [name]
    size, words = ORG_SIZES[-1], name.split(" ")

    def w(ws: list[str]) -> float:
        return pdfmetrics.stringWidth(" ".join(ws), f.bold, size)

    splits = [(max(w(words[:i]), w(words[i:])), i) for i in range(1, len(words))]
    fitting = [(widest, i) for widest, i in splits if widest <= width]
    if not fitting:
        return size, [name]
    i = min(fitting)[1]
    return size, [" ".join(words[:i]), " ".join(words[i:])]


# --- The document --------------------------------------------------------------------


class _Styles:
    """Every paragraph and cell style of the report, made once per font set."""

    def __init__(self, f: FontSet) -> None:
        def style(name: str, **kw: Any) -> ParagraphStyle:
            kw.setdefault("fontName", f.regular)
            kw.setdefault("fontSize", BODY_SIZE)
            kw.setdefault("leading", kw["fontSize"] * 1.2)
            kw.setdefault("textColor", colors.black)
            kw.setdefault("splitLongWords", 1)
            return ParagraphStyle(name, **kw)

        self.fonts = f
        hs = HEADER_SIZE
        self.h_parent = {size: style(f"h_parent{size}", fontSize=size, alignment=TA_CENTER) for size in ORG_SIZES}
        self.h_org = {size: style(f"h_org{size}", fontName=f.bold, fontSize=size, alignment=TA_CENTER)
                      for size in ORG_SIZES}
        self.h_number = style("h_number", fontSize=hs, alignment=TA_CENTER)
        self.h_nation = style("h_nation", fontName=f.bold, fontSize=NATION_SIZE, alignment=TA_CENTER)
        self.h_motto = style("h_motto", fontName=f.bold, fontSize=hs, alignment=TA_CENTER)
        self.h_date = style("h_date", fontName=f.italic, fontSize=hs, alignment=TA_CENTER)
        self.kind = style("kind", fontName=f.bold, alignment=TA_CENTER, spaceBefore=18)
        self.subject = style("subject", fontName=f.bold, alignment=TA_CENTER)
        self.to_label = style("to_label", alignment=TA_LEFT)
        self.to_item = style("to_item", alignment=TA_LEFT)
        body = {"alignment": TA_JUSTIFY, "leading": BODY_LEADING, "spaceAfter": PARA_SPACE,
                "firstLineIndent": FIRST_INDENT}
        self.body = style("body", **body)
        self.item2 = style("item2", **{**body, "firstLineIndent": FIRST_INDENT + LIST_STEP})
        self.part = style("part", fontName=f.bold, **body)
        self.part_centred = style("part_centred", fontName=f.bold, **{**body, "alignment": TA_CENTER,
                                                                       "firstLineIndent": 0})
        self.part_number = style("part_number", fontName=f.bold, spaceBefore=PARA_SPACE,
                                 **{**body, "alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0})
        fonts = {(True, False): f.bold, (True, True): f.bold_italic, (False, True): f.italic, (False, False): f.regular}
        self.heading = {key: style(f"heading{int(key[0])}{int(key[1])}", fontName=font, **body)
                        for key, font in fonts.items()}
        self.recipients_title = style("recipients_title", fontName=f.bold_italic, fontSize=RECIPIENTS_TITLE_SIZE)
        self.recipient = style("recipient", fontSize=RECIPIENTS_SIZE, leading=RECIPIENTS_SIZE * 1.15)
        self.sign = style("sign", fontName=f.bold, fontSize=SIGN_SIZE, alignment=TA_CENTER)
        self.sign_title = style("sign_title", fontSize=SIGN_SIZE, alignment=TA_CENTER)
        self.cells: dict[tuple[bool, str], _CellStyle] = {}

    def cell(self, bold: bool, align: str) -> _CellStyle:
        key = (bold, align)
        found = self.cells.get(key)
        if found is None:
            font = self.fonts.bold if bold else self.fonts.regular
            found = self.cells[key] = _CellStyle(font, TABLE_SIZE, TABLE_LEADING, align)
        return found


@functools.cache
def _styles(f: FontSet) -> _Styles:
    return _Styles(f)


_BORDERLESS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _table_font(f: FontSet) -> list[tuple[Any, ...]]:
    """Tables draw plain-string cells (even empty ones) in their own font, Helvetica
    unless told: name ours so no base-14 font enters the PDF."""
    return [("FONTNAME", (0, 0), (-1, -1), f.regular), ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE)]


class _Layout:
    """Lays a Document's blocks out as flowables, in order."""

    def __init__(self, doc: B.Document, styles: _Styles, cancelled: Callable[[], bool] | None = None) -> None:
        self.d = doc
        self.s = styles
        self.f = styles.fonts
        self.cancelled = cancelled

    # Page 1 ---------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        s, h = self.s, self.d.header
        left: list[Flowable] = []
        size, name_markup = self._org_name(h.issuer)
        if h.parent:
            left.append(Paragraph(_x(h.parent), s.h_parent[size]))
        if h.issuer:
            para = Paragraph(name_markup, s.h_org[size])
            para.wrap(HEADER_COLUMNS[0], PAGE_HEIGHT)
            widest = max(para.getActualLineWidths0() or [0])
            left += [para, _Rule(widest * SHORT_RULE)]
        right: list[Flowable] = [
            Paragraph(_x(h.nation), s.h_nation),
            Paragraph(_x(h.motto), s.h_motto),
            _Rule(pdfmetrics.stringWidth(h.motto, self.f.bold, HEADER_SIZE)),
        ]
        number = Paragraph(_x(h.number_line), s.h_number)
        date = Paragraph(_x(h.place_date), s.h_date)
        # "Số" and the date share a row; equal tops plus an ascent correction put them
        # on one baseline even though upright and italic faces differ in ascent.
        shift = self.f.ascent(self.f.italic, HEADER_SIZE) - self.f.ascent(self.f.regular, HEADER_SIZE)
        table = Table(
            [[left, right], [number, date]],
            colWidths=HEADER_COLUMNS,
            style=TableStyle(_BORDERLESS + _table_font(self.f) + [
                ("TOPPADDING", (0, 1), (-1, 1), 8),
                ("TOPPADDING", (0, 1), (0, 1), 8 + max(shift, 0)),
                ("TOPPADDING", (1, 1), (1, 1), 8 + max(-shift, 0)),
            ]),
            splitInRow=1,  # only a header taller than a page splits (else LayoutError)
        )
        return _table_or_stack(table, [*left, number, *right, date])

    def _org_name(self, name: str) -> tuple[int, str]:
        size, lines = issuer_lines(name, self.f)
        return size, "<br/>".join(_x(line) for line in lines)

    def title(self) -> list[Flowable]:
        t = self.d.title
        story: list[Flowable] = [Paragraph(_x(t.kind), self.s.kind)]
        widest = 0.0
        for line in t.lines:
            para = Paragraph(_x(line), self.s.subject)
            para.wrap(FRAME_WIDTH, PAGE_HEIGHT)
            widest = max([widest, *para.getActualLineWidths0()])
            story.append(para)
        if t.lines:
            story.append(_Rule(widest * SHORT_RULE))
        story.append(Spacer(1, 10))
        return story

    def addressees(self) -> list[Flowable]:
        a = self.d.addressees
        if a is None:
            return []
        lines = [Paragraph(_x(line), self.s.to_item) for line in a.lines]
        label_w = pdfmetrics.stringWidth(a.label + " ", self.f.regular, BODY_SIZE) + 2
        widest = max(pdfmetrics.stringWidth(line, self.f.regular, BODY_SIZE) for line in a.lines)
        list_w = min(widest + 4, FRAME_WIDTH - label_w - 20 * mm)
        label = Paragraph(_x(a.label), self.s.to_label)
        table = Table([[label, lines]], colWidths=(label_w, list_w),
                      hAlign="CENTER", style=TableStyle(_BORDERLESS + _table_font(self.f)))
        return [*_table_or_stack(table, [label, *lines]), Spacer(1, 10)]

    # Body ------------------------------------------------------------------------------
    def block(self, block: B.BodyBlock) -> list[Flowable]:
        s = self.s
        if isinstance(block, B.PartHeading):
            if block.centred:
                lines = block.lines
                return [Paragraph(_x(line), s.part_number if i < len(lines) - 1 else s.part_centred)
                        for i, line in enumerate(lines)]
            return [Paragraph(_x(block.lines[0]), s.part)]
        if isinstance(block, B.Heading):
            return [Paragraph(_x(block.line), s.heading[(block.bold, block.italic)])]
        if isinstance(block, B.Paragraph):
            return [Paragraph(_markup(block.spans), s.body)]
        if isinstance(block, B.ListItem):
            return [Paragraph(_x(block.marker + " ") + _markup(block.spans), s.item2 if block.level == 2 else s.body)]
        return [self.table(block)]

    def table(self, table: B.Table) -> Flowable:
        s, columns = self.s, table.columns
        th = s.cell(True, "center")
        header: Row = [_Cell(c.title, th) for c in columns]
        cell_styles = [s.cell(False, c.align) for c in columns]

        def make(row: tuple[B.Cell, ...]) -> Row:
            cells: Row = []
            for i, style in enumerate(cell_styles):
                value = row[i] if i < len(row) else None
                cells.append("" if value is None or value == "" else _Cell(str(value), style))
            return cells

        total: Row | None = None
        last: list[tuple[Any, ...]] = []
        if table.total is not None:
            t = table.total
            total = [""] * len(columns)
            if t.span:
                total[0] = _Cell(t.label, th)
                last.append(("SPAN", (0, -1), (t.span - 1, -1)))
            for i, value in enumerate(t.values):
                if value is not None and i >= t.span:
                    total[i] = _Cell(str(value), s.cell(True, "center"))
        commands: list[tuple[Any, ...]] = _table_font(self.f) + [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            # Data rows top-aligned: reportlab's in-row split of MIDDLE cells pads each
            # piece again, until a giant row can no longer be split at all.
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        widths = [c.weight * FRAME_WIDTH for c in columns]
        kw: dict[str, Any] = dict(colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=int(2 * TABLE_LEADING),
                                  spaceBefore=2, spaceAfter=PARA_SPACE + 4)
        if Table([header], colWidths=widths, style=TableStyle(commands)).wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] \
                > FRAME_HEIGHT / 3:
            # Absurdly long column titles: a header that tall cannot be repeated on every
            # page (nor kept whole); it is printed once, as a first row that may split.
            commands = [c for c in commands if c[0] != "VALIGN"] + [("VALIGN", (0, 0), (-1, -1), "TOP")]
            kw["repeatRows"] = 0
            return _LongTable(None, [header], [None], table.rows, 0, make, total, commands, last, kw, self.cancelled)
        # repeatRows: the header on every page; splitInRow: a row taller than a page is
        # split (no part shorter than two lines) rather than raising LayoutError.
        return _LongTable(header, [], [], table.rows, 0, make, total, commands, last, kw, self.cancelled)

    # Footer ----------------------------------------------------------------------------
    def signing(self, column: B.SigningColumn, top: float = 0.0) -> list[Flowable]:
        """A signing block; ``top``: the height its lines above the signing room must
        take (two blocks side by side put their rooms, and so their names, level)."""
        s = self.s
        out: list[Flowable] = [Paragraph(_x(line), s.sign) for line in (*column.caption, *column.authority)]
        if top > 0:
            used = sum(p.wrap(FOOTER_COLUMNS[1], PAGE_HEIGHT)[1] for p in out)
            if top > used:
                out.append(Spacer(1, top - used))
        out.append(_SignRoom(_image(column.signature_image, "signature"), _image(column.seal_image, "seal")))
        if column.other_title:
            out.append(Paragraph(_x(column.other_title), s.sign_title))
        if column.name:
            out.append(Paragraph(_x(column.name), s.sign))
        return out

    def recipients(self) -> list[Flowable]:
        r = self.d.footer.recipients
        if r is None:
            return []
        return [Paragraph(_x(r.title), self.s.recipients_title),
                *(Paragraph(_x(line), self.s.recipient) for line in r.lines)]

    def footer(self) -> list[Flowable]:
        foot = self.d.footer
        style = _BORDERLESS + _table_font(self.f)
        if foot.second is None:
            # "Nơi nhận:" level with the signing block's first line: same top, baselines
            # matched by padding the smaller text down.
            shift = self.f.ascent(self.f.bold, SIGN_SIZE) - self.f.ascent(self.f.bold_italic, RECIPIENTS_TITLE_SIZE)
            left, right = self.recipients(), self.signing(foot.main)
            table = Table([[left or "", right]], colWidths=FOOTER_COLUMNS,
                          style=TableStyle(style + [("TOPPADDING", (0, 0), (0, 0), max(shift, 0))]), spaceBefore=6)
            return _table_or_stack(table, [*left, *right])
        def above(column: B.SigningColumn) -> float:
            return sum(Paragraph(_x(line), self.s.sign).wrap(FOOTER_COLUMNS[0], PAGE_HEIGHT)[1]
                       for line in (*column.caption, *column.authority))

        top = max(above(foot.second), above(foot.main))
        second, main = self.signing(foot.second, top), self.signing(foot.main, top)
        rows: list[list[Any]] = [[second, main]]
        recipients = self.recipients()
        if recipients:
            rows.append([recipients, ""])
            style = style + [("TOPPADDING", (0, 1), (-1, 1), 12)]
        table = Table(rows, colWidths=FOOTER_COLUMNS, style=TableStyle(style), spaceBefore=6)
        return _table_or_stack(table, [*second, *recipients, *main])

    def story(self) -> list[Flowable]:
        story = self.header() + self.title() + self.addressees()
        body = self.d.body
        laid: list[list[Flowable]] = []
        for index, block in enumerate(body):
            if index % 200 == 0 and self.cancelled is not None and self.cancelled():
                raise RenderCancelled
            laid.append(self.block(block))
        # The run of blocks at the end that keep with the next stays with the footer:
        # the body's last paragraph (and the headings over it) never leave the
        # signing block alone on a page.
        end = len(body)
        while end > 0 and body[end - 1].keep_with_next:
            end -= 1
        final = KeepTogether([f for flowables in laid[end:] for f in flowables] + self.footer())
        index = 0
        while index < end:
            if body[index].keep_with_next:
                run_end = index
                while run_end < end and body[run_end].keep_with_next:
                    run_end += 1
                run = [f for flowables in laid[index:run_end] for f in flowables]
                following = laid[run_end][0] if run_end < end else final
                story.append(_KeepRoom(run, following))
                story += run
                index = run_end
                continue
            story += laid[index]
            index += 1
        story.append(final)
        return story


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Arabic page number centred in the top margin; none on page 1."""
    page = canvas.getPageNumber()
    if page == 1:
        return
    canvas.saveState()
    canvas.setFont(fonts().regular, PAGE_NUMBER_SIZE)
    canvas.setFillColor(colors.black)
    y = PAGE_HEIGHT - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE / 3
    canvas.drawCentredString(MARGIN_LEFT + FRAME_WIDTH / 2, y, str(page))
    canvas.restoreState()


class _Document(BaseDocTemplate):
    """BaseDocTemplate that asks ``cancelled`` after every flowable it places (a long
    table is placed page by page), so a stale build stops within a page's work, and
    tells ``progress`` each page it finishes."""

    def __init__(self, *args: Any, cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[int], None] | None = None, **kwargs: Any) -> None:
        self._cancelled = cancelled
        self._progress = progress
        super().__init__(*args, **kwargs)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled

    def afterPage(self) -> None:  # noqa: N802 - ReportLab's hook
        if self._progress is not None:
            self._progress(self.page)


def render_document(document: B.Document, *, cancelled: Callable[[], bool] | None = None,
                    progress: Callable[[int], None] | None = None) -> bytes:
    """Printed blocks as PDF bytes (A4 portrait, Decree 30/2020 layout)."""
    f = fonts()
    styles = _styles(f)
    buffer = io.BytesIO()
    meta = document.meta
    doc = _Document(
        buffer,
        cancelled=cancelled,
        progress=progress,
        pagesize=A4,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="hienhao-desktop",
        producer="hienhao-desktop (ReportLab)",
        lang="vi-VN",
        invariant=1,
        pageCompression=1,
        # Without these the canvas starts in a non-embedded Helvetica.
        initialFontName=f.regular, initialFontSize=BODY_SIZE, initialLeading=BODY_LEADING,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_page_number)])
    doc.build(_Layout(document, styles, cancelled).story())
    return buffer.getvalue()


def render_pdf(report: Report, *, cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int], None] | None = None) -> bytes:
    """The report as PDF bytes (A4 portrait, Decree 30/2020 layout). Equal reports give
    equal bytes. ``cancelled``, asked from time to time, stops the work with
    RenderCancelled when it returns True; ``progress`` gets the number of each page
    done. Both are called on the thread that renders."""
    return render_document(build_document(report, cancelled=cancelled), cancelled=cancelled, progress=progress)


def write_pdf(report: Report, path: str | os.PathLike[str], **kw: Any) -> None:
    """Render and write atomically: an existing file survives any failure."""
    write_atomic(path, render_pdf(report, **kw))


__all__: Sequence[str] = (
    "FontSet", "RenderCancelled", "document_number_line", "fonts", "issuer_lines", "list_item", "place_date_line",
    "render_document", "render_pdf", "write_pdf",
)
