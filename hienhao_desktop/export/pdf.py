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
- Empty parts: the four part headings always print; an empty part shows an italic
  "(Chưa có nội dung)" so a gap is seen before signing rather than silently left out.
- With no date the place-date line leaves blanks to write by hand; its year is the
  second year of the school year ("2023-2024" -> 2024), when reviews of either
  semester or of the whole year are written; blank too if the school year is unusable.
"""

from __future__ import annotations

import io
import logging
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
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
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hienhao_desktop.domain.dates import BLANK, date_line
from hienhao_desktop.domain.model import Report
from hienhao_desktop.domain.text import clean_line, clean_text, upper_vi
from hienhao_desktop.export.cancel import RenderCancelled
from hienhao_desktop.export.fonts import FontSet, fonts
from hienhao_desktop.export.limits import printable
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
# Activity table: Stt, activity, participants, lead unit, partner units (sum 165 mm).
TABLE_COLUMNS = (12 * mm, 63 * mm, 24 * mm, 33 * mm, 33 * mm)
SHORT_RULE = 0.4  # rules under the issuing body and the subject: 1/3 to 1/2 of the line
RULE_WIDTH = 0.6
SIGN_ROOM = 28 * mm  # room for the hand signature and seal (25-30 mm)
SEAL_DIAMETER = 38 * mm  # a commune seal is 35-40 mm across
SIGNATURE_BOX = (50 * mm, 24 * mm)  # the largest a signature image is drawn

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
EMPTY = "(Chưa có nội dung)"
END_MARK = "./."


# --- Text rules ----------------------------------------------------------------------


def place_date_line(report: Report) -> str:
    """"Hiền Hào, ngày 15 tháng 01 năm 2024" (plain text, not markup)."""
    return date_line(clean_line(report.place), report.date, report.school_year)


def document_number_line(report: Report) -> str:
    """"Số: 12/BC-TTHTCĐ"; numbers below 10 get a leading 0; a blank number leaves room."""
    number = clean_line(report.document_number)
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    code = "BC"
    abbreviation = upper_vi(clean_line(report.organization.abbreviation))
    if abbreviation:
        code += f"-{abbreviation}"
    return f"Số: {number}/{code}" if number else f"Số:{BLANK}/{code}"


def list_item(text: str, last: bool, dash: bool = True) -> str:
    """"- Phòng GD&ĐT huyện;" or, for the last line, "- Lưu: VT."."""
    text = clean_line(text)
    if text.startswith("-"):
        text = text[1:].strip()
    text = text.rstrip(" ;,.")
    return f"{'- ' if dash else ''}{text}{'.' if last else ';'}"


def _paragraphs(text: str) -> list[str]:
    """Body text: one paragraph per non-empty line."""
    return [line.strip() for line in clean_text(text or "").split("\n") if line.strip()]


def _items(items: Iterable[str]) -> list[str]:
    return [clean_line(i) for i in items if clean_line(i)]


def _x(text: str) -> str:
    """User text made safe for Paragraph markup: composed, then escaped."""
    return escape(unicodedata.normalize("NFC", text))


def _with_end_mark(text: str) -> str:
    """"... hiệu quả hơn./.": the end mark follows the body's last word."""
    text = text.rstrip()
    return text + ("/." if text.endswith(".") and not text.endswith("./.") else "" if text.endswith("./.") else END_MARK)


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
                return pieces
        return self._splitRows(availHeight, doInRowSplit=False)


class _LongTable(Flowable):
    """A long activity table, laid out a page at a time.

    reportlab measures every remaining row of a table, and works out its spans, each
    time the table is wrapped or split at a page foot: long reports took quadratic
    time (4,000 activities: 17 s). This stands for the whole table but hands
    reportlab only the header and the next HEAD_ROWS rows (more than a page holds);
    what is left after each page is a new _LongTable. Rows already measured keep their
    heights. The pages come out as with one table (tests compare them as images).
    """

    HEAD_ROWS = 150

    def __init__(self, rows: list[list[Any]], commands: list[tuple[Any, ...]], last_commands: list[tuple[Any, ...]],
                 table_kw: dict[str, Any], heights: list[float | None] | None = None) -> None:
        super().__init__()
        self.rows = rows  # the header first
        self.commands = commands  # style every row
        self.last_commands = last_commands  # style the table's last row (the total)
        self.table_kw = table_kw
        self.heights = heights if heights is not None else [None] * len(rows)
        self.spaceBefore = table_kw.get("spaceBefore", 0)
        self.spaceAfter = table_kw.get("spaceAfter", 0)
        self._table: _RowTable | None = None
        self._whole = False  # whether _table holds every row

    def _make(self, count: int | None) -> _RowTable:
        rows = self.rows if count is None else self.rows[:count]
        commands = self.commands + (self.last_commands if count is None else [])
        return _RowTable(rows, style=TableStyle(commands), rowHeights=self.heights[: len(rows)], **self.table_kw)

    def _current(self) -> _RowTable:
        if self._table is None:
            repeat = self.table_kw.get("repeatRows", 0)
            self._whole = len(self.rows) <= self.HEAD_ROWS + repeat
            self._table = self._make(None if self._whole else self.HEAD_ROWS + repeat)
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        width, height = self._current().wrap(availWidth, availHeight)
        if not self._whole and height <= min(availHeight, FRAME_HEIGHT):
            # Rows so short that the head fits on a page: use them all. (A head taller
            # than a page says enough, also to a keep-with-next group asking with
            # unbounded room.)
            self._table, self._whole = self._make(None), True
            width, height = self._table.wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        table = self._current()
        pieces = table.split(availWidth, availHeight)
        if self._whole or len(pieces) != 2:
            return pieces
        first, rest = pieces
        assert isinstance(rest, Table)
        used = len(table._cellvalues)
        rows = [list(row) for row in rest._cellvalues] + self.rows[used:]
        heights = list(rest._argH) + self.heights[used:]
        return [first, _LongTable(rows, self.commands, self.last_commands, self.table_kw, heights)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self._current().drawOn(canvas, x, y, _sW)  # only when it all fits: then it is the whole table


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


# --- The document --------------------------------------------------------------------


class _Styles:
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
        self.part = style("part", fontName=f.bold, keepWithNext=1, **body)
        self.item = style("item", fontName=f.bold, keepWithNext=1, **body)
        self.empty = style("empty", fontName=f.italic, **body)
        cell = {"fontSize": TABLE_SIZE, "leading": TABLE_LEADING}
        self.th = style("th", fontName=f.bold, alignment=TA_CENTER, **cell)
        self.td = style("td", alignment=TA_LEFT, **cell)
        self.td_centre = style("td_centre", alignment=TA_CENTER, **cell)
        self.td_total = style("td_total", fontName=f.bold, alignment=TA_CENTER, **cell)
        self.recipients_title = style("recipients_title", fontName=f.bold_italic, fontSize=RECIPIENTS_TITLE_SIZE)
        self.recipient = style("recipient", fontSize=RECIPIENTS_SIZE, leading=RECIPIENTS_SIZE * 1.15)
        self.sign = style("sign", fontName=f.bold, fontSize=SIGN_SIZE, alignment=TA_CENTER)
        self.sign_title = style("sign_title", fontSize=SIGN_SIZE, alignment=TA_CENTER)


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


class _Builder:
    """Turns a Report into the list of flowables, part by part, in the decree's order."""

    def __init__(self, report: Report, styles: _Styles, total_row: bool,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.r = report
        self.s = styles
        self.f = styles.fonts
        self.total_row = total_row
        self.cancelled = cancelled
        self.body: list[Flowable] = []
        self._last_text: tuple[str, ParagraphStyle] | None = None  # the body's last paragraph

    # Header --------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        s, org = self.s, self.r.organization
        left: list[Flowable] = []
        name = upper_vi(clean_line(org.name))
        size, name_markup = self._org_name(name)
        if clean_line(org.parent):
            left.append(Paragraph(_x(upper_vi(clean_line(org.parent))), s.h_parent[size]))
        if name:
            para = Paragraph(name_markup, s.h_org[size])
            para.wrap(HEADER_COLUMNS[0], PAGE_HEIGHT)
            widest = max(para.getActualLineWidths0() or [0])
            left += [para, _Rule(widest * SHORT_RULE)]
        motto = Paragraph(_x(MOTTO), s.h_motto)
        right: list[Flowable] = [
            Paragraph(_x(NATION), s.h_nation),
            motto,
            _Rule(pdfmetrics.stringWidth(MOTTO, self.f.bold, HEADER_SIZE)),
        ]
        number = Paragraph(_x(document_number_line(self.r)), s.h_number)
        date = Paragraph(_x(place_date_line(self.r)), s.h_date)
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
        return [table]

    def _org_name(self, name: str) -> tuple[int, str]:
        """The issuing body's size and markup: one line at 13 or 12 pt when it fits,
        else two balanced lines at 12 pt ("TRUNG TÂM HỌC TẬP / CỘNG ĐỒNG", not a lone
        last word), else whatever wrapping the paragraph finds."""
        width = HEADER_COLUMNS[0]
        for size in ORG_SIZES:
            if pdfmetrics.stringWidth(name, self.f.bold, size) <= width:
                return size, _x(name)
        size, words = ORG_SIZES[-1], name.split(" ")

        def w(ws: list[str]) -> float:
            return pdfmetrics.stringWidth(" ".join(ws), self.f.bold, size)

        splits = [(max(w(words[:i]), w(words[i:])), i) for i in range(1, len(words))]
        fitting = [(widest, i) for widest, i in splits if widest <= width]
        if not fitting:
            return size, _x(name)
        i = min(fitting)[1]
        return size, _x(" ".join(words[:i])) + "<br/>" + _x(" ".join(words[i:]))

    def title(self) -> list[Flowable]:
        subject = clean_line(self.r.effective_title)
        story: list[Flowable] = [Paragraph("BÁO CÁO", self.s.kind)]
        if subject:
            para = Paragraph(_x(subject), self.s.subject)
            para.wrap(FRAME_WIDTH, PAGE_HEIGHT)
            widest = max(para.getActualLineWidths0() or [0])
            story += [para, _Rule(widest * SHORT_RULE)]
        story.append(Spacer(1, 10))
        return story

    def addressees(self) -> list[Flowable]:
        names = _items(self.r.addressees)
        if not names:
            return []
        dash = len(names) > 1  # one addressee: "Kính gửi: Phòng GD&ĐT huyện."
        lines = [Paragraph(_x(list_item(n, i == len(names) - 1, dash)), self.s.to_item) for i, n in enumerate(names)]
        label_w = pdfmetrics.stringWidth("Kính gửi: ", self.f.regular, BODY_SIZE) + 2
        widest = max(pdfmetrics.stringWidth(list_item(n, True, dash), self.f.regular, BODY_SIZE) for n in names)
        list_w = min(widest + 4, FRAME_WIDTH - label_w - 20 * mm)
        table = Table([[Paragraph("Kính gửi:", self.s.to_label), lines]], colWidths=(label_w, list_w),
                      hAlign="CENTER", style=TableStyle(_BORDERLESS + _table_font(self.f)), splitInRow=1)
        return [table, Spacer(1, 10)]

    # Body ------------------------------------------------------------------------------
    def _text(self, text: str, style: ParagraphStyle | None = None) -> None:
        style = style or self.s.body
        self.body.append(Paragraph(_x(text), style))
        self._last_text = (text, style)

    def _heading(self, text: str, style: ParagraphStyle) -> None:
        self.body.append(Paragraph(_x(text), style))
        self._last_text = None  # "./." never follows a heading

    def _empty(self) -> None:
        self.body.append(Paragraph(_x(EMPTY), self.s.empty))
        self._last_text = (EMPTY, self.s.empty)

    def _body_text(self, text: str) -> bool:
        lines = _paragraphs(text)
        for line in lines:
            self._text(line)  # "- " bullets print as they are, indented like paragraphs
        return bool(lines)

    def sections(self) -> None:
        r, s = self.r, self.s
        self._heading("I. ĐÁNH GIÁ CHUNG", s.part)
        for label, text in (("1. Thuận lợi", r.assessment.advantages), ("2. Khó khăn", r.assessment.difficulties)):
            self._heading(label, s.item)
            if not self._body_text(text):
                self._empty()

        self._heading("II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", s.part)
        subsections = [sub for sub in r.implementation if clean_line(sub.title) or _paragraphs(sub.body)]
        for number, sub in enumerate(subsections, 1):
            title = clean_line(sub.title)
            self._heading(f"{number}. {title}" if title else f"{number}.", s.item)
            self._body_text(sub.body)
        if r.activities:
            self.body.append(self.activity_table())
            self._last_text = None
        elif not subsections:
            self._empty()

        solutions = _items(r.solutions)
        self._heading("III. " + upper_vi(clean_line(r.effective_solutions_title)), s.part)
        for item in solutions:
            self._text(item if item.startswith("- ") else f"- {item.lstrip('-').strip()}")
        if not solutions:
            self._empty()

        recommendations = _items(r.recommendations)
        self._heading("IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT", s.part)
        for item in recommendations:
            if len(recommendations) > 1 and not item.startswith("- "):
                item = f"- {item.lstrip('-').strip()}"
            self._text(item)
        if not recommendations:
            self._empty()

    def activity_table(self) -> Flowable:
        s = self.s
        head = ["Stt", "Tên chuyên đề và tổ chức các hoạt động", "Số người tham gia",
                "Đơn vị chủ trì", "Đơn vị, tổ chức phối hợp"]
        rows: list[list[Any]] = [[Paragraph(_x(h), s.th) for h in head]]
        for number, a in enumerate(self.r.activities, 1):
            if number % 100 == 0 and self.cancelled is not None and self.cancelled():
                raise RenderCancelled
            count = "" if a.participants is None else str(a.participants)  # unknown is blank, never 0
            rows.append([
                Paragraph(str(number), s.td_centre),
                Paragraph(_x(clean_line(a.name)), s.td),
                Paragraph(_x(count), s.td_centre),
                Paragraph(_x(clean_line(a.lead_unit)), s.td),
                Paragraph(_x(clean_line(a.partner_units)), s.td),
            ])
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
        last: list[tuple[Any, ...]] = []
        if self.total_row:
            rows.append([Paragraph("Tổng cộng", s.td_total), "", Paragraph(str(self.r.totals().participants), s.td_total),
                         "", ""])
            last.append(("SPAN", (0, -1), (1, -1)))
        # repeatRows: the header on every page; splitInRow: a row taller than a page is
        # split (no part shorter than two lines) rather than raising LayoutError.
        return _LongTable(rows, commands, last, dict(
            colWidths=TABLE_COLUMNS, repeatRows=1, splitByRow=1, splitInRow=int(2 * TABLE_LEADING),
            spaceBefore=2, spaceAfter=PARA_SPACE + 4))

    # Footer ----------------------------------------------------------------------------
    def footer(self) -> Table:
        s, sig = self.s, self.r.signature
        recipients = _items(self.r.recipients)
        if _items(self.r.addressees) and not (recipients and recipients[0].lstrip("- ").startswith("Như trên")):
            recipients.insert(0, "Như trên")
        left: list[Flowable] = []
        if recipients:
            left.append(Paragraph("Nơi nhận:", s.recipients_title))
            left += [Paragraph(_x(list_item(r, i == len(recipients) - 1)), s.recipient)
                     for i, r in enumerate(recipients)]

        right: list[Flowable] = []
        position = upper_vi(clean_line(sig.position))
        first = " ".join(p for p in (clean_line(sig.authority), position) if p)
        for line in (first, upper_vi(clean_line(sig.deputy_position))):
            if line:
                right.append(Paragraph(_x(line), s.sign))
        right.append(_SignRoom(_image(sig.signature_image, "signature"), _image(sig.seal_image, "seal")))
        if clean_line(sig.other_title):
            right.append(Paragraph(_x(clean_line(sig.other_title)), s.sign_title))
        if clean_line(sig.name):
            right.append(Paragraph(_x(clean_line(sig.name)), s.sign))

        # "Nơi nhận:" level with the signing block's first line: same top, baselines
        # matched by padding the smaller text down.
        shift = self.f.ascent(self.f.bold, SIGN_SIZE) - self.f.ascent(self.f.bold_italic, RECIPIENTS_TITLE_SIZE)
        return Table([[left or "", right]], colWidths=FOOTER_COLUMNS,
                     style=TableStyle(_BORDERLESS + _table_font(self.f) + [("TOPPADDING", (0, 0), (0, 0), max(shift, 0))]),
                     spaceBefore=6, splitInRow=1)  # a block taller than a page splits, not fails

    def story(self) -> list[Flowable]:
        story = self.header() + self.title() + self.addressees()
        self.sections()
        # The end mark after the body's last word; the last paragraph keeps the signing
        # block company so the block never stands alone at the top of a page.
        if self._last_text is not None and self.body:
            text, style = self._last_text
            self.body.pop()
            last: Flowable = Paragraph(_x(_with_end_mark(text)), style)
        else:
            last = Paragraph(END_MARK, self.s.body)
        story += self.body
        story.append(KeepTogether([last, self.footer()]))
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


def render_pdf(report: Report, *, total_row: bool = True, cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int], None] | None = None) -> bytes:
    """The report as PDF bytes (A4 portrait, Decree 30/2020 layout). Equal reports give
    equal bytes. ``total_row`` adds "Tổng cộng" with the participants' sum.
    ``cancelled``, asked from time to time, stops the work with RenderCancelled when it
    returns True; ``progress`` gets the number of each page done. Both are called on
    the thread that renders."""
    report = printable(report)  # a field beyond the limit (docs/limits.md) is cut, with a note
    f = fonts()
    styles = _Styles(f)
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        cancelled=cancelled,
        progress=progress,
        pagesize=A4,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=clean_line("Báo cáo " + report.effective_title),
        author=clean_line(report.organization.name),
        subject=clean_line(report.effective_title),
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
    doc.build(_Builder(report, styles, total_row, cancelled).story())
    return buffer.getvalue()


def write_pdf(report: Report, path: str | os.PathLike[str], **kw: Any) -> None:
    """Render and write atomically: an existing file survives any failure."""
    write_atomic(path, render_pdf(report, **kw))


__all__: Sequence[str] = (
    "FontSet", "RenderCancelled", "document_number_line", "fonts", "list_item", "place_date_line",
    "render_pdf", "write_pdf",
)
