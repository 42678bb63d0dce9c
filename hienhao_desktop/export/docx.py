"""The printed report as a Word file (.docx, python-docx; no Qt here), laid out like
the PDF by Decree 30/2020/NĐ-CP, Appendix I, for a colleague to edit in Word or
LibreOffice.

It lays out the blocks of ``document.build_document`` and nothing else (the PDF and
the Excel report sheet lay out the same blocks, so all three carry the same words).
The figures are the PDF's (``export.pdf``: margins, sizes, column widths, rules), so
the pages break nearly where the PDF's do; where Word decides for itself (line
breaking, widows), a page may break a line earlier or later.

How each rule of the decree is met in Word's terms:

- A4 portrait, margins top 20, bottom 20, left 30, right 15 mm; Times New Roman is
  the document's font (document defaults and every style: ``w:rFonts`` ascii, hAnsi,
  cs and eastAsia, so Vietnamese letters never fall back to another face), language
  vi-VN; sizes as in the PDF (body 14, header 12–13, tables 12, "Nơi nhận" 11–12).
- Page numbers from page 2, centred at the top: a PAGE field in the page header, an
  empty first-page header ("different first page").
- The header is a borderless two-column table (75 / 90 mm); "Số" and the date line
  share its second row. The short rules (under the issuing body, 40 % of its line;
  under the motto, as long as the motto; under the title, 40 % of its widest line)
  are bottom borders of empty one-point paragraphs indented to the rule's length,
  centred: no drawing objects, and they move with the text when it is edited.
- Body: real Word styles: Normal is the body text (justified, first-line indent
  1 cm, 6 pt after, lines at least 18 pt); part headings are "Heading 1", headings
  inside a part "Heading 2"–"Heading 4" (so Word's navigation pane shows the
  outline), all keep-with-next; list items are paragraphs in Word's "List" / "List 2"
  styles with their typed "-" / "+" markers (as the PDF prints them; the importer
  reads typed markers). Each part heading carries a hidden bookmark naming the part's
  role (``_hh_role_<role>_<n>``, read back by ``storage.docx_import``).
- Tables: "Table Grid" borders (0.5 pt), column widths from the blocks' weights, the
  header row repeated on every page (``w:tblHeader``) and kept with the first row,
  rows not split across pages (``w:cantSplit``) unless a row is taller than a page.
- The footer is a borderless two-column table ("Nơi nhận" and the signing block, or
  two signing columns and "Nơi nhận" under them); its rows cannot split and keep
  with each other, and the body's last text keeps with it, so the signing block is
  never alone on a page. The signature image sits in the signing room, the seal
  floats over the left third of the signature (as in the PDF).
- The file is the same for the same report: fixed core properties (the issue date,
  or 2000-01-01), fixed zip times, parts in a fixed order.

The report's own values behind what printing changes (upper case, leading zeros,
defaults filled in: ``Meta.typed``) go into the file's custom properties with a
fingerprint of its text (``storage.docx_hints``): the importer takes them back only
while the text is unchanged, so a file exported and imported again gives back the
report as it was, and a file a colleague has edited is read from what it says.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document.build import build_document
from hienhao_desktop.domain.model import Report
from hienhao_desktop.export import pdf as P
from hienhao_desktop.export.cancel import Cancelled, check
from hienhao_desktop.storage import docx_hints
from hienhao_desktop.storage.docx_import import role_bookmark
from hienhao_desktop.storage.files import write_atomic

if TYPE_CHECKING:  # python-docx is imported when first needed (start-up time, DESIGN.md)
    from docx.document import Document as WordDocument

log = logging.getLogger(__name__)

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"
MM = 72 / 25.4  # points in a millimetre
EMU = 12700  # DrawingML units in a point
CHECK_EVERY = 200  # table rows between two looks at ``cancelled``
RULE_SIZE = 5  # the rules' thickness in eighths of a point (0.625 pt; the PDF's 0.6)
RULE_LINE = 1.0  # the height of an empty rule paragraph, pt
TABLE_PADDING = (2.0, 3.0, 3.5, 3.0)  # cell margins top, left, bottom, right: the PDF's, less the rule LibreOffice adds to a row
# Room above and below blocks, as the PDF gives it (its flowables' spaceBefore and
# spaceAfter, which reportlab collapses: the larger of the two, not their sum).
TABLE_SPACE_BEFORE = 2.0
TABLE_SPACE_AFTER = P.PARA_SPACE + 4
FOOTER_SPACE_BEFORE = 6.0
HEADER_ROW2_BEFORE = 8.0  # above "Số" and the date line
KIND_BEFORE = 18.0  # above "BÁO CÁO"
AFTER_TITLE = 10.0  # a fixed spacer (not collapsed) under the title and under "Kính gửi"
RECIPIENTS_GAP = 12.0  # two signing columns: "Nơi nhận" this far under them
FIXED_TIME = dt.datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 cannot carry: control characters, lone surrogates, non-characters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CUSTOM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_EFFECTS_REL = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


# ---------------------------------------------------------------------------- public


def render_docx(report: Report, *, cancelled: Cancelled = None,
                progress: Callable[[int, int], None] | None = None) -> bytes:
    """The report as .docx bytes. The same report gives the same bytes. ``cancelled``,
    asked between blocks and every few hundred table rows, stops the work with
    RenderCancelled when it returns True; ``progress(done, total)`` is told how far
    the work is (blocks and table rows). Both are called on the thread that renders."""
    return render_document_docx(build_document(report, cancelled=cancelled), cancelled=cancelled, progress=progress)


def render_document_docx(document: B.Document, *, cancelled: Cancelled = None,
                         progress: Callable[[int, int], None] | None = None) -> bytes:
    """Printed blocks as .docx bytes."""
    return _Writer(document, cancelled, progress).build()


def write_docx(report: Report, path: str | os.PathLike[str], **kw: Any) -> None:
    """Render and write atomically: an existing file survives any failure."""
    write_atomic(path, render_docx(report, **kw))


# --------------------------------------------------------------------------- units


def _tw(points: float) -> str:
    """Twentieths of a point (twips), as Word's measures want them."""
    return str(max(0, round(points * 20)))


def _half(points: float) -> str:
    return str(round(points * 2))


def _text(value: str) -> str:
    """Text XML can carry (block text is already NFC and free of control characters;
    a non-character or a lone surrogate must still not stop the export)."""
    return _XML_ILLEGAL.sub("\ufffd", value)


def _short(value: str, limit: int = 255) -> str:
    """A core property's text: Word's properties hold at most 255 characters."""
    value = _text(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _x(value: str) -> str:
    return escape(_text(value))


# --------------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class _Look:
    """A paragraph's own formatting (over its style); None: the style's."""

    style: str | None = None
    align: str | None = None  # "center", "both", "left"
    first: float | None = None  # first-line indent, pt
    left: float | None = None
    right: float | None = None
    before: float | None = None
    after: float | None = None
    line: float | None = None  # line height, pt (at least, or exactly with ``exact``)
    exact: bool = False
    keep_next: bool = False
    rule: bool = False  # a bottom border: the short rules
    mark_size: float | None = None  # the paragraph mark's size (an empty rule paragraph)

    def xml(self) -> str:
        """The paragraph's w:pPr (children in the schema's order)."""
        out = []
        if self.style:
            out.append(f'<w:pStyle w:val="{self.style}"/>')
        if self.keep_next:
            out.append("<w:keepNext/>")
        if self.rule:
            out.append(f'<w:pBdr><w:bottom w:val="single" w:sz="{RULE_SIZE}" w:space="0" w:color="000000"/></w:pBdr>')
        spacing = []
        if self.before is not None:
            spacing.append(f'w:before="{_tw(self.before)}"')
        if self.after is not None:
            spacing.append(f'w:after="{_tw(self.after)}"')
        if self.line is not None:
            spacing.append(f'w:line="{_tw(self.line)}" w:lineRule="{"exact" if self.exact else "atLeast"}"')
        if spacing:
            out.append(f"<w:spacing {' '.join(spacing)}/>")
        indent = []
        if self.left is not None:
            indent.append(f'w:left="{_tw(self.left)}"')
        if self.right is not None:
            indent.append(f'w:right="{_tw(self.right)}"')
        if self.first is not None:
            indent.append(f'w:firstLine="{_tw(self.first)}"')
        if indent:
            out.append(f"<w:ind {' '.join(indent)}/>")
        if self.align:
            out.append(f'<w:jc w:val="{self.align}"/>')
        if self.mark_size is not None:
            out.append(f'<w:rPr><w:sz w:val="{_half(self.mark_size)}"/><w:szCs w:val="{_half(self.mark_size)}"/></w:rPr>')
        return f"<w:pPr>{''.join(out)}</w:pPr>" if out else ""


@dataclass(frozen=True)
class _Font:
    """A run's own formatting over its paragraph's style."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None

    def xml(self) -> str:
        out = []
        if self.bold:
            out.append("<w:b/><w:bCs/>")
        if self.italic:
            out.append("<w:i/><w:iCs/>")
        if self.size is not None:
            out.append(f'<w:sz w:val="{_half(self.size)}"/><w:szCs w:val="{_half(self.size)}"/>')
        if self.underline:
            out.append('<w:u w:val="single"/>')
        return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def _run(text: str, font: _Font = _Font()) -> str:
    """A run; "\\n" in ``text`` is a line break inside the paragraph."""
    pieces = [f'<w:t xml:space="preserve">{_x(piece)}</w:t>' if piece else "" for piece in text.split("\n")]
    return f"<w:r>{font.xml()}{'<w:br/>'.join(pieces)}</w:r>"


def _span_runs(spans: Sequence[B.Span], size: float | None = None) -> str:
    return "".join(_run(s.text, _Font(s.bold, s.italic, s.underline, size)) for s in spans)


def _p(look: _Look, runs: str = "", bookmark: tuple[int, str] | None = None) -> str:
    if bookmark is not None:
        number, name = bookmark
        runs = f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>{runs}<w:bookmarkEnd w:id="{number}"/>'
    return f"<w:p>{look.xml()}{runs}</w:p>"


# ---------------------------------------------------------------------- measures


class _Measure:
    """Text widths in the PDF's fonts (Times New Roman or its metric twin), so that
    lines break and rules measure as in the PDF."""

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.fonts = P.fonts()
        self._width = pdfmetrics.stringWidth
        self._cache: dict[tuple[str, float, bool, bool], float] = {}  # a long table repeats its words

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        key = (text, size, bold, italic)
        found = self._cache.get(key)
        if found is None:
            f = self.fonts
            face = {(False, False): f.regular, (True, False): f.bold, (False, True): f.italic,
                    (True, True): f.bold_italic}[(bold, italic)]
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[key] = float(self._width(text, face, size))
        return found

    def lines(self, text: str, size: float, avail: float, bold: bool = False) -> list[float]:
        """The widths of the lines ``text`` wraps into (greedy, at spaces; a word
        wider than the line fills whole lines of its own, as it is cut between
        characters)."""
        out: list[float] = []
        used = -1.0
        space = self.width(" ", size, bold)
        avail = max(avail, 1.0)
        for word in text.split():
            w = self.width(word, size, bold)
            if used >= 0 and used + space + w <= avail:
                used += space + w
                continue
            if used >= 0:
                out.append(used)
            while w > avail:
                out.append(avail)
                w -= avail
            used = w
        if used >= 0:
            out.append(used)
        return out or [0.0]


# ------------------------------------------------------------------------- tables


def _table_xml(widths: Sequence[float], rows: str, *, borders: bool, align: str | None = None,
               margins: tuple[float, float, float, float] = (0, 0, 0, 0)) -> str:
    """A table of fixed column widths (pt). Borderless tables say so explicitly
    ("none"), as Word writes a table whose borders were removed."""
    total = sum(widths)
    top, left, bottom, right = margins
    if borders:
        edges = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        edges = "".join(f'<w:{side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    grid = "".join(f'<w:gridCol w:w="{_tw(w)}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{"TableGrid" if borders else "TableNormal"}"/>'
        f'<w:tblW w:w="{_tw(total)}" w:type="dxa"/>{jc}<w:tblInd w:w="0" w:type="dxa"/>'
        f"<w:tblBorders>{edges}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{_tw(top)}" w:type="dxa"/><w:left w:w="{_tw(left)}" w:type="dxa"/>'
        f'<w:bottom w:w="{_tw(bottom)}" w:type="dxa"/><w:right w:w="{_tw(right)}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"
    )


def _row(cells: Sequence[str], *, header: bool = False, cant_split: bool = True) -> str:
    props = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if header else "")
    return f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def _cell(width: float, content: str, *, span: int = 1, valign: str = "top") -> str:
    """A cell; ``content`` is its paragraphs (a cell holds at least one)."""
    grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{_tw(width)}" w:type="dxa"/>{grid_span}<w:vAlign w:val="{valign}"/>'
            f"</w:tcPr>{content or '<w:p/>'}</w:tc>")


# ------------------------------------------------------------------------ writer


class _Writer:
    """Builds the Word file from a Document's blocks, in reading order."""

    def __init__(self, doc: B.Document, cancelled: Cancelled, progress: Callable[[int, int], None] | None) -> None:
        self.d = doc
        self.cancelled = cancelled
        self.progress = progress
        self.m = _Measure()
        self.parts: list[str] = []  # the body's XML, element by element
        # Vertical room between blocks, kept as the PDF's layout has it: the space after
        # the last block (collapsed with the next one's space before), a fixed spacer
        # since, and what Word already leaves under the last block.
        self.prev_space = 0.0
        self.fixed = 0.0
        self.word_after = 0.0
        self.bookmarks = 0
        self.done = 0
        self.total = len(doc.body) + sum(len(t.rows) for t in doc.tables())
        self.after_table = False  # the last element added is a table (the next one must not touch it)
        self.drawings = 0
        self.word: WordDocument | None = None

    # ---- driving -----------------------------------------------------------------------

    def build(self) -> bytes:
        import docx

        check(self.cancelled)
        self.word = word = docx.Document()
        self._header()
        self._title()
        self._addressees()
        self._body()
        self._footer()
        check(self.cancelled)
        self._prune(word)
        self._styles(word)
        self._settings(word)
        self._section(word)
        self._fill_body(word)
        self._properties(word)
        check(self.cancelled)
        buffer = io.BytesIO()
        word.save(buffer)
        return _fixed_zip(buffer.getvalue())

    def _tick(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _add(self, xml: str, table: bool = False) -> None:
        self.parts.append(xml)
        self.after_table = table

    def _gap(self, own: float) -> float:
        """The room Word must leave above a block whose own space before is ``own``,
        for the gap to be the PDF's: reportlab keeps the larger of the space after the
        last block and the space before this one (plus any spacer between), where
        Word adds the two."""
        if self.fixed:
            gap = self.prev_space + self.fixed + own
        else:
            gap = max(self.prev_space, own)
        return max(0.0, gap - self.word_after)

    def _placed(self, space_after: float, word_after: float | None = None, fixed: float = 0.0) -> None:
        """A block was added: the PDF's space after it, what Word leaves after it,
        and a fixed spacer that follows it."""
        self.prev_space = space_after
        self.word_after = space_after if word_after is None else word_after
        self.fixed = fixed

    def _paragraph(self, look: _Look, runs: str = "", bookmark: tuple[int, str] | None = None) -> None:
        """A paragraph of the page's flow (not in a table), its room above as in the PDF."""
        after = P.PARA_SPACE if look.after is None else look.after  # the body styles' 6 pt
        look = _replace(look, before=self._gap(look.before or 0.0))
        self._add(_p(look, runs, bookmark))
        self._placed(after)

    def _before_table(self, own: float) -> None:
        """Room above a table (which has none of its own in Word): an empty paragraph
        of that height. Two tables always have a paragraph between them: Word would
        join them into one."""
        gap = self._gap(own)
        if gap > 0.5 or self.after_table:
            self._add(_p(_Look(first=0, before=0, after=0, line=max(gap, RULE_LINE), exact=True, mark_size=1)))

    def _height(self, width: float, lines: Sequence[tuple[str, float, bool]], extra: float = 0.0) -> float:
        """About how tall a cell of these lines (text, size, bold) is at ``width``."""
        return extra + sum(len(self.m.lines(text, size, width, bold)) * size * 1.2 for text, size, bold in lines)

    @staticmethod
    def _whole(*heights: float) -> bool:
        """Whether a row of cells this tall may be kept from splitting: not when it is
        taller than a page (absurd data), which Word could not place otherwise."""
        return max(heights, default=0.0) <= P.FRAME_HEIGHT - 2 * P.BODY_LEADING

    def _rule(self, length: float, avail: float, before: float, after: float = 0.0) -> str:
        """A short rule centred in ``avail``: an empty one-point paragraph with a bottom
        border, indented to ``length``."""
        length = max(0.0, min(length, avail))
        side = (avail - length) / 2
        return _p(_Look(align="center", first=0, left=side, right=side, before=max(0.0, before - RULE_LINE),
                        after=after, line=RULE_LINE, exact=True, rule=True, mark_size=1))

    # ---- page 1 ------------------------------------------------------------------------

    def _header(self) -> None:
        h, m = self.d.header, self.m
        left_w, right_w = P.HEADER_COLUMNS
        left: list[str] = []
        size, issuer = P.issuer_lines(h.issuer, m.fonts) if h.issuer else (P.ORG_SIZES[0], [])
        plain = _Look(align="center", first=0, after=0)
        if h.parent:
            left.append(_p(_replace(plain, line=size * 1.2), _run(h.parent, _Font(size=size))))
        if h.issuer:
            left.append(_p(_replace(plain, line=size * 1.2), _run("\n".join(issuer), _Font(bold=True, size=size))))
            widest = max(w for line in issuer for w in m.lines(line, size, left_w, bold=True))
            left.append(self._rule(widest * P.SHORT_RULE, left_w, before=5))
        hs = P.HEADER_SIZE
        right = [
            _p(_replace(plain, line=P.NATION_SIZE * 1.2), _run(h.nation, _Font(bold=True, size=P.NATION_SIZE))),
            _p(_replace(plain, line=hs * 1.2), _run(h.motto, _Font(bold=True, size=hs))),
            self._rule(m.width(h.motto, hs, bold=True), right_w, before=5),
        ]
        row2 = _replace(plain, line=hs * 1.2, before=HEADER_ROW2_BEFORE)
        number = _p(row2, _run(h.number_line, _Font(size=hs)))
        date = _p(row2, _run(h.place_date, _Font(italic=True, size=hs)))
        tall = self._whole(self._height(left_w, [(h.parent, size, False), *((i, size, True) for i in issuer)]),
                           self._height(right_w, [(h.nation, P.NATION_SIZE, True), (h.motto, hs, True)]))
        second = self._whole(self._height(left_w, [(h.number_line, hs, False)]),
                             self._height(right_w, [(h.place_date, hs, False)]))
        rows = (_row([_cell(left_w, "".join(left)), _cell(right_w, "".join(right))], cant_split=tall)
                + _row([_cell(left_w, number), _cell(right_w, date)], cant_split=second))
        self._add(_table_xml(P.HEADER_COLUMNS, rows, borders=False), table=True)
        self._placed(0.0)

    def _title(self) -> None:
        t, m = self.d.title, self.m
        centred = _Look(align="center", first=0, after=0, line=P.BODY_SIZE * 1.2, keep_next=True)
        self._paragraph(_replace(centred, before=KIND_BEFORE), _run(t.kind, _Font(bold=True)))
        widest = 0.0
        for line in t.lines:
            self._paragraph(centred, _run(line, _Font(bold=True)))
            widest = max([widest, *m.lines(line, P.BODY_SIZE, P.FRAME_WIDTH, bold=True)])
        if t.lines:
            self._add(self._rule(widest * P.SHORT_RULE, P.FRAME_WIDTH, before=5))
        self._placed(0.0, fixed=AFTER_TITLE)

    def _addressees(self) -> None:
        a, m = self.d.addressees, self.m
        if a is None:
            return
        size = P.BODY_SIZE
        label_w = m.width(a.label + " ", size) + 2
        widest = max(m.width(line, size) for line in a.lines)
        list_w = min(widest + 4, P.FRAME_WIDTH - label_w - 20 * MM)
        look = _Look(align="left", first=0, after=0, line=size * 1.2)
        label = _p(look, _run(a.label))
        lines = "".join(_p(look, _run(line)) for line in a.lines)
        self._before_table(0.0)
        self._add(_table_xml((label_w, list_w), _row([_cell(label_w, label), _cell(list_w, lines)]),
                             borders=False, align="center"), table=True)
        self._placed(0.0, fixed=AFTER_TITLE)

    # ---- the body ------------------------------------------------------------------------

    def _body(self) -> None:
        parts = 0
        for block in self.d.body:
            check(self.cancelled)
            if isinstance(block, B.PartHeading):
                parts += 1
                self._part_heading(block, parts)
            elif isinstance(block, B.Heading):
                level = min(max(block.level, 1), 3)
                look = _Look(style=f"Heading{level + 1}", keep_next=True)
                self._paragraph(look, _run(block.line, _Font(block.bold, block.italic)))
            elif isinstance(block, B.Paragraph):
                self._paragraph(_Look(keep_next=block.keep_with_next), _span_runs(block.spans))
            elif isinstance(block, B.ListItem):
                look = _Look(style="List2" if block.level == 2 else "List", keep_next=block.keep_with_next)
                spans = (B.Span(block.marker + " "), *block.spans)
                self._paragraph(look, _span_runs(spans))
            elif isinstance(block, B.Table):
                self._table(block)
            self._tick()

    def _part_heading(self, block: B.PartHeading, index: int) -> None:
        self.bookmarks += 1
        mark = (self.bookmarks, role_bookmark(block.role, index)) if block.role else None
        if block.centred:
            look = _Look(style="Heading1", align="center", first=0, before=P.PARA_SPACE)
            self._paragraph(look, _run("\n".join(block.lines)), mark)
        else:
            self._paragraph(_Look(style="Heading1"), _run(block.lines[0]), mark)

    def _table(self, table: B.Table) -> None:
        m = self.m
        widths = [c.weight * P.FRAME_WIDTH for c in table.columns]
        top, left, bottom, right = TABLE_PADDING
        inner = [max(1.0, w - left - right) for w in widths]
        size = P.TABLE_SIZE
        leading = P.TABLE_LEADING
        head_look = _Look(style="TableHeading", keep_next=True)
        rows = [_row([_cell(w, _p(head_look, _run(c.title)), valign="center")
                      for w, c in zip(widths, table.columns, strict=True)], header=True)]
        looks = {align: _Look(style="TableText", align=None if align == "left" else align)
                 for align in ("left", "center", "right")}
        # Rows taller than about a page may split (Word cannot place them otherwise).
        tallest = (P.FRAME_HEIGHT - 4 * leading) / leading
        ticked = 0
        for index, row in enumerate(table.rows):
            if index % CHECK_EVERY == 0:
                check(self.cancelled)
                self._tick(index - ticked)
                ticked = index
            cells = []
            lines = 1
            for i, (w, column) in enumerate(zip(widths, table.columns, strict=True)):
                value = row[i] if i < len(row) else None
                text = "" if value is None else str(value)
                if text:
                    lines = max(lines, len(m.lines(text, size, inner[i])) if len(text) > 20 else 1)
                    cells.append(_cell(w, _p(looks.get(column.align, looks["left"]), _run(text))))
                else:
                    cells.append(_cell(w, _p(looks["left"])))
            rows.append(_row(cells, cant_split=lines <= tallest))
        self._tick(len(table.rows) - ticked)
        if table.total is not None:
            t = table.total
            bold = _Look(style="TableHeading")
            cells = []
            if t.span:
                cells.append(_cell(sum(widths[: t.span]), _p(bold, _run(t.label)), span=t.span))
            for i in range(t.span, len(table.columns)):
                value = t.values[i] if i < len(t.values) else None
                cells.append(_cell(widths[i], _p(bold, _run("" if value is None else str(value)))))
            rows.append(_row(cells))
        self._before_table(TABLE_SPACE_BEFORE)
        self._add(_table_xml(widths, "".join(rows), borders=True, margins=TABLE_PADDING), table=True)
        self._placed(TABLE_SPACE_AFTER, word_after=0.0)

    # ---- the footer ----------------------------------------------------------------------

    def _signing(self, column: B.SigningColumn, width: float, top: float, keep: bool, before: float) -> str:
        """A signing block in its cell. ``top``: the height its lines above the signing
        room must take (two blocks side by side put their rooms, and names, level);
        ``before``: room above its first line."""
        size = P.SIGN_SIZE
        look = _Look(align="center", first=0, after=0, line=size * 1.2, keep_next=keep)
        out = []
        for line in (*column.caption, *column.authority):
            out.append(_p(_replace(look, before=before), _run(line, _Font(bold=True, size=size))))
            before = 0.0
        room_before = before + max(0.0, top - self._above(column, width))
        out.append(self._sign_room(column, width, room_before, keep))
        if column.other_title:
            out.append(_p(look, _run(column.other_title, _Font(size=size))))
        if column.name:
            out.append(_p(look, _run(column.name, _Font(bold=True, size=size))))
        return "".join(out)

    def _above(self, column: B.SigningColumn, width: float) -> float:
        size = P.SIGN_SIZE
        return sum(len(self.m.lines(line, size, width, bold=True)) * size * 1.2
                   for line in (*column.caption, *column.authority))

    def _sign_room(self, column: B.SigningColumn, width: float, before: float, keep: bool) -> str:
        """The room for the hand signature and seal (28 mm): the signature image
        inline in it, centred; the seal floating over the signature's left third."""
        look = _Look(align="center", first=0, before=before, after=0, line=P.SIGN_ROOM, exact=True,
                     keep_next=keep, mark_size=1)
        runs = ""
        signature = _image_size(column.signature_image, *P.SIGNATURE_BOX)
        seal = _image_size(column.seal_image, P.SEAL_DIAMETER, P.SEAL_DIAMETER)
        sig_left, sig_width = width / 2, 0.0
        if signature is not None and column.signature_image:
            w, h = signature
            drawing = self._picture(column.signature_image, w, h, "signature")
            if drawing:
                sig_left, sig_width = width / 2 - w / 2, w
                runs += f"<w:r>{drawing}</w:r>"
        if seal is not None and column.seal_image:
            w, h = seal
            right_edge = sig_left + sig_width / 3 if sig_width else width / 2 + w / 2
            # From the cell's left and the room's top; the seal may reach past the room.
            at = (right_edge - w, (P.SIGN_ROOM - h) / 2)
            drawing = self._picture(column.seal_image, w, h, "seal", at)
            runs += f"<w:r>{drawing}</w:r>" if drawing else ""
        return _p(look, runs)

    def _picture(self, data: bytes, width: float, height: float, what: str,
                 at: tuple[float, float] | None = None) -> str:
        """A picture's w:drawing: inline, or (``at``: offsets from the cell's left and
        the paragraph's top, pt) floating in front of the text. "" when the image
        cannot be read (the room for a hand signature stays)."""
        assert self.word is not None
        try:
            rel_id, _image = self.word.part.get_or_add_image(io.BytesIO(data))
        except Exception:
            log.warning("the %s image cannot be read; left out of the Word file", what, exc_info=True)
            return ""
        self.drawings += 1
        return _drawing(rel_id, self.drawings, what, round(width * EMU), round(height * EMU),
                        None if at is None else (round(at[0] * EMU), round(at[1] * EMU)))

    def _signing_height(self, column: B.SigningColumn, width: float) -> float:
        size = P.SIGN_SIZE
        return self._height(width, [*((line, size, True) for line in (*column.caption, *column.authority)),
                                    (column.other_title, size, False), (column.name, size, True)], P.SIGN_ROOM)

    def _recipients_height(self, width: float) -> float:
        r = self.d.footer.recipients
        if r is None:
            return 0.0
        return self._height(width, [(r.title, P.RECIPIENTS_TITLE_SIZE, True),
                                    *((line, P.RECIPIENTS_SIZE, False) for line in r.lines)])

    def _recipients(self, before: float) -> str:
        r = self.d.footer.recipients
        if r is None:
            return ""
        title = _Look(align="left", first=0, after=0, before=before, line=P.RECIPIENTS_TITLE_SIZE * 1.2)
        line = _Look(align="left", first=0, after=0, line=P.RECIPIENTS_SIZE * 1.15)
        return (_p(title, _run(r.title, _Font(True, True, size=P.RECIPIENTS_TITLE_SIZE)))
                + "".join(_p(line, _run(text, _Font(size=P.RECIPIENTS_SIZE))) for text in r.lines))

    def _footer(self) -> None:
        """One signing column: "Nơi nhận" on the left, level with it. Two: both in a
        first row, "Nơi nhận" in a second one under them, the rows kept together."""
        foot = self.d.footer
        left_w, right_w = P.FOOTER_COLUMNS
        # The room above goes into the cells' first lines (an empty paragraph above
        # the table would be a line that could stay behind on the previous page).
        gap = self._gap(FOOTER_SPACE_BEFORE)
        if self.after_table:
            self._before_table(0.0)
        if foot.second is None:
            # "Nơi nhận:" level with the signing block's first line: the smaller text
            # goes down by the difference of the two first lines' ascents.
            f = self.m.fonts
            shift = f.ascent(f.bold, P.SIGN_SIZE) - f.ascent(f.bold_italic, P.RECIPIENTS_TITLE_SIZE)
            left = self._recipients(gap + max(shift, 0.0))
            right = self._signing(foot.main, right_w, 0.0, keep=False, before=gap)
            rows = _row([_cell(left_w, left), _cell(right_w, right)],
                        cant_split=self._whole(self._recipients_height(left_w), self._signing_height(foot.main, right_w)))
        else:
            top = max(self._above(foot.second, left_w), self._above(foot.main, left_w))
            recipients = self._recipients(RECIPIENTS_GAP)
            keep = bool(recipients)
            second = self._signing(foot.second, left_w, top, keep=keep, before=gap)
            main = self._signing(foot.main, right_w, top, keep=keep, before=gap)
            rows = _row([_cell(left_w, second), _cell(right_w, main)],
                        cant_split=self._whole(self._signing_height(foot.second, left_w),
                                               self._signing_height(foot.main, right_w)))
            if recipients:
                rows += _row([_cell(left_w, recipients), _cell(right_w, "")],
                             cant_split=self._whole(self._recipients_height(left_w)))
        self._add(_table_xml(P.FOOTER_COLUMNS, rows, borders=False), table=True)
        # Word ends a document with a paragraph; a one-point one cannot push a page.
        self._add(_p(_Look(first=0, before=0, after=0, line=RULE_LINE, exact=True, mark_size=1)))

    # ---- the package ------------------------------------------------------------------------

    def _fill_body(self, word: WordDocument) -> None:
        """The document part's XML made anew from the body's pieces and the section
        python-docx set up, parsed once (moving a large parsed table into the
        template's tree node by node took seconds)."""
        from docx.oxml import parse_xml
        from lxml import etree

        section = etree.tostring(word.element.body.sectPr, encoding="unicode")
        xml = (f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(self.parts)}{section}'
               "</w:body></w:document>")
        word.part._element = parse_xml(xml)

    def _prune(self, word: WordDocument) -> None:
        """Leave out the template's parts that say nothing true about this file: its
        thumbnail (an empty page) and the Word 2010 copy of its styles."""
        package = word.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == _THUMBNAIL_REL:
                del package.rels[rel_id]
        for rel_id, rel in list(word.part.rels.items()):
            if rel.reltype == _EFFECTS_REL:
                del word.part.rels[rel_id]

    def _styles(self, word: WordDocument) -> None:
        from docx.oxml import parse_xml

        styles = word.styles.element
        for child in list(styles):
            styles.remove(child)
        for child in parse_xml(_STYLES_XML):
            styles.append(child)

    def _settings(self, word: WordDocument) -> None:
        """Word 2013+ layout (not "compatibility mode"), Vietnamese as the language."""
        from docx.oxml.ns import qn

        settings = word.settings.element
        for compat in settings.iter(qn("w:compatSetting")):
            if compat.get(qn("w:name")) == "compatibilityMode":
                compat.set(qn("w:val"), "15")
        for lang in settings.iter(qn("w:themeFontLang")):
            lang.set(qn("w:val"), LANGUAGE)
        for child in list(settings):
            if child.tag in (qn("w:rsids"), qn("w:proofState")):
                settings.remove(child)

    def _section(self, word: WordDocument) -> None:
        from docx.enum.section import WD_HEADER_FOOTER, WD_ORIENT
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import parse_xml
        from docx.parts.hdrftr import HeaderPart
        from docx.shared import Pt

        section = word.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Pt(P.PAGE_WIDTH)
        section.page_height = Pt(P.PAGE_HEIGHT)
        section.top_margin = Pt(P.MARGIN_TOP)
        section.bottom_margin = Pt(P.MARGIN_BOTTOM)
        section.left_margin = Pt(P.MARGIN_LEFT)
        section.right_margin = Pt(P.MARGIN_RIGHT)
        section.gutter = Pt(0)
        # The page number's baseline where the PDF draws it, half-way up the top margin.
        f = self.m.fonts
        baseline = P.MARGIN_TOP / 2 + P.PAGE_NUMBER_SIZE / 3
        section.header_distance = Pt(max(0.0, baseline - f.ascent(f.regular, P.PAGE_NUMBER_SIZE)))
        section.footer_distance = Pt(P.MARGIN_BOTTOM / 2)
        section.different_first_page_header_footer = True
        # The page number (pages 2 …) and an empty header for page 1. The header parts
        # are made here, not from python-docx's template file (which a bundled program
        # may not reach by the relative path python-docx uses).
        number = ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                  "<w:r><w:t>2</w:t></w:r>"
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        empty = '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>'
        for kind, content in ((WD_HEADER_FOOTER.PRIMARY, number), (WD_HEADER_FOOTER.FIRST_PAGE, empty)):
            package = word.part.package
            element = parse_xml(f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:hdr>')
            part = HeaderPart(package.next_partname("/word/header%d.xml"), CT.WML_HEADER, element, package)
            section._sectPr.add_headerReference(kind, word.part.relate_to(part, RT.HEADER))

    def _properties(self, word: WordDocument) -> None:
        meta = self.d.meta
        when = dt.datetime.combine(meta.date, dt.time()) if meta.date else FIXED_TIME
        core = word.core_properties
        core.title = _short(meta.title)
        core.subject = _short(meta.subject)
        core.author = _short(meta.author)
        core.last_modified_by = _short(meta.author)
        core.comments = ""
        core.keywords = ""
        core.category = ""
        core.language = LANGUAGE
        core.revision = 1
        core.created = when
        core.modified = when
        self._app_properties(word)
        self._custom_properties(word)

    def _app_properties(self, word: WordDocument) -> None:
        """docProps/app.xml: the template's says one page made by Word from Normal.dotm."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        for rel in word.part.package.rels.values():
            if rel.reltype == RT.EXTENDED_PROPERTIES:
                rel.target_part._blob = (
                    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                    b"<Application>hienhao-desktop</Application><DocSecurity>0</DocSecurity>"
                    b"</Properties>")

    def _custom_properties(self, word: WordDocument) -> None:
        """The report's own values behind printed text, with the text's fingerprint
        (``storage.docx_hints``), as custom document properties."""
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        pairs = docx_hints.hint_properties(self.d.meta.typed, docx_hints.fingerprint(word.part.element.body))
        props = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name={quoteattr(_text(name))}>'
            f"<vt:lpwstr>{_x(value)}</vt:lpwstr></property>"
            for pid, (name, value) in enumerate(pairs, start=2))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
               f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>')
        package = word.part.package
        part = Part(PackURI("/docProps/custom.xml"), _CUSTOM_PROPS_TYPE, xml.encode("utf-8"), package)
        package.relate_to(part, _CUSTOM_PROPS_REL)


# ------------------------------------------------------------------------- helpers


def _replace(look: _Look, **changes: Any) -> _Look:
    from dataclasses import replace

    return replace(look, **changes)


def _image_size(data: bytes | None, max_w: float, max_h: float) -> tuple[float, float] | None:
    """The size an image is drawn at (fitted into max_w × max_h, its proportions
    kept), or None when there is none or it cannot be read."""
    if not data:
        return None
    try:
        from docx.image.image import Image

        image = Image.from_blob(data)
        iw, ih = image.px_width, image.px_height
        if iw <= 0 or ih <= 0:
            return None
    except Exception:
        log.warning("an image of the signing block cannot be read; left out of the Word file", exc_info=True)
        return None
    scale = min(max_w / iw, max_h / ih)
    return iw * scale, ih * scale


def _drawing(rel_id: str, number: int, name: str, cx: int, cy: int, at: tuple[int, int] | None) -> str:
    """A picture (EMU sizes): inline, or floating at ``at`` (from the column's left and
    the paragraph's top) in front of the text, as a seal lies over a signature."""
    graphic = (
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{number}" name="{name}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>')
    doc_pr = f'<wp:docPr id="{number}" name="{name}"/><wp:cNvGraphicFramePr/>'
    if at is None:
        frame = (f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                 f'<wp:effectExtent l="0" t="0" r="0" b="0"/>{doc_pr}{graphic}</wp:inline>')
    else:
        frame = (
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{at[0]}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{at[1]}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f"{doc_pr}{graphic}</wp:anchor>")
    return (f'<w:drawing xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{frame}</w:drawing>')


def _fixed_zip(data: bytes) -> bytes:
    """The package again with one fixed time on every entry (python-docx stamps
    each with the current time), so that the same report gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# The document's styles: Times New Roman for every script in the defaults and in each
# style; Normal is the body text; headings are Word's own (the navigation pane).
_FONTS = (f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" w:eastAsia="{FONT_NAME}" '
          f'w:cs="{FONT_NAME}"/>')


def _style(kind: str, style_id: str, name: str, ppr: str = "", rpr: str = "", based: str = "Normal",
           extra: str = "") -> str:
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}{extra}'
            f'{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}</w:style>')


def _heading(level: int, bold: bool, italic: bool) -> str:
    rpr = _FONTS + ("<w:b/><w:bCs/>" if bold else "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>") + (
        "<w:i/><w:iCs/>" if italic else "") + '<w:color w:val="000000"/>'
    return _style("paragraph", f"Heading{level}", f"heading {level}",
                  f'<w:keepNext/><w:keepLines/><w:outlineLvl w:val="{level - 1}"/>', rpr,
                  extra='<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>')


def _styles_xml() -> str:
    body = P.BODY_SIZE
    body_ppr = (f'<w:widowControl/><w:spacing w:before="0" w:after="{_tw(P.PARA_SPACE)}" '
                f'w:line="{_tw(P.BODY_LEADING)}" w:lineRule="atLeast"/><w:ind w:firstLine="{_tw(P.FIRST_INDENT)}"/>'
                '<w:jc w:val="both"/>')
    size = f'<w:sz w:val="{_half(body)}"/><w:szCs w:val="{_half(body)}"/>'
    table_ppr = (f'<w:spacing w:before="0" w:after="0" w:line="{_tw(P.TABLE_LEADING)}" w:lineRule="atLeast"/>'
                 '<w:ind w:firstLine="0"/><w:jc w:val="left"/>')
    table_size = f'<w:sz w:val="{_half(P.TABLE_SIZE)}"/><w:szCs w:val="{_half(P.TABLE_SIZE)}"/>'
    styles = [
        "<w:docDefaults><w:rPrDefault><w:rPr>" + _FONTS + size
        + f'<w:lang w:val="{LANGUAGE}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>",
        _style("paragraph", "Normal", "Normal", body_ppr, _FONTS + size, based="",
               extra='<w:qFormat/>').replace("<w:style ", '<w:style w:default="1" ', 1),
        _heading(1, True, False),
        _heading(2, True, False),
        _heading(3, True, True),
        _heading(4, False, True),
        _style("paragraph", "List", "List", extra='<w:uiPriority w:val="99"/>'),
        _style("paragraph", "List2", "List 2", f'<w:ind w:firstLine="{_tw(P.FIRST_INDENT + P.LIST_STEP)}"/>',
               extra='<w:uiPriority w:val="99"/>'),
        _style("paragraph", "TableText", "Table Text", table_ppr, table_size, extra='<w:qFormat/>'),
        _style("paragraph", "TableHeading", "Table Heading", '<w:keepNext/><w:jc w:val="center"/>',
               "<w:b/><w:bCs/>", based="TableText", extra='<w:qFormat/>'),
        _style("paragraph", "Header", "header",
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
               f'<w:sz w:val="{_half(P.PAGE_NUMBER_SIZE)}"/><w:szCs w:val="{_half(P.PAGE_NUMBER_SIZE)}"/>',
               extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
        _style("paragraph", "Footer", "footer",
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>',
               extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", based="",
               extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>').replace(
            "<w:style ", '<w:style w:default="1" ', 1),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    ]
    return f'<w:styles xmlns:w="{W_NS}">{"".join(styles)}</w:styles>'


_STYLES_XML = _styles_xml()

__all__ = ["render_docx", "render_document_docx", "write_docx"]
