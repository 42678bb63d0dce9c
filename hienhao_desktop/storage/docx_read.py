"""Reading a .docx into what the report recogniser needs, and nothing of Word's.

``read_docx`` opens the package with python-docx (refusing damaged or foreign files
with a coded message) and walks the body in document order into a flat list of
``Line`` (one line of a paragraph: paragraphs are split at manual line breaks) and
``TableItem`` (rows of cells, each cell a list of lines). For every line it keeps:

- runs with their effective bold/italic/underline (direct formatting, then the
  character style, the paragraph style along ``basedOn``, the document defaults);
- the label Word's own list numbering displays before it ("II.", "1.1.", "a)", "-"),
  computed in document order by ``docx_numbering``;
- the heading level its style gives ("heading 2" or an outline level), its alignment;
- tabs as typed (the header and the footer are often two columns made with tabs);
- the pictures drawn in it (a scanned signature, a seal), and whether each floats.

Text typed in the legacy Vietnamese fonts is converted to Unicode here: a run whose
font (direct, from its character style or its paragraph's style) is a TCVN3 font
(.VnTime, .VnTimeH …; the "H" fonts draw capitals) or a VNI font (VNI-Times …) is
decoded with ``domain.legacy``; a paragraph in an ordinary font whose text is
unmistakably TCVN3/VNI (``legacy.detect``, which never fires on ordinary text) is
converted too, and counted apart. Text inside content controls, hyperlinks, inserted
revisions, fields' results and text boxes is read; deleted revisions, field codes and
hidden text are not (hidden and deleted text are counted for the summary).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import nsmap, qn

from hienhao_desktop.domain import legacy
from hienhao_desktop.storage.docx_numbering import Numbering, bullet_char
from hienhao_desktop.storage.filekind import (
    MAX_BYTES,
    FileKind,
    ImportRefused,
    identify,
    refusal,
    zip_description,
)

MAX_UNPACKED = 512 * 1024 * 1024  # all parts together, uncompressed (a zip bomb stops here)
MAX_COLUMNS = 64
MAX_DEPTH = 20  # tables in tables in …

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W = nsmap["w"]


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# ---- what the recogniser gets ----------------------------------------------------------


@dataclass
class TextRun:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Picture:
    """A picture in a paragraph: the image file's bytes, and whether it floats over
    the text (a seal laid over a signature) or stands in the line."""

    data: bytes
    floating: bool


@dataclass
class Line:
    """One line of a paragraph. ``label`` is what Word's list numbering prints before
    it (only on a paragraph's first line); the typed text never includes it."""

    runs: list[TextRun] = field(default_factory=list)
    label: str = ""
    label_format: str = ""  # the numbering level's format: "decimal", "upperRoman", "bullet" …
    list_level: int = 0  # w:ilvl of a numbered paragraph
    style_level: int | None = None  # 1 for "heading 1" (or outline level 0) …
    style_name: str = ""
    align: str = ""  # "center", "right", "both", "left" or ""
    paragraph: int = 0  # lines of one paragraph share this number
    in_textbox: bool = False
    bookmarks: tuple[str, ...] = ()  # names of the bookmarks starting in the paragraph (first line only)
    pictures: tuple[Picture, ...] = ()  # pictures in the paragraph (first line only)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def is_blank(self) -> bool:
        return not self.label.strip() and not self.text.strip()


@dataclass
class CellItem:
    lines: list[Line] = field(default_factory=list)
    span: int = 1  # grid columns it covers
    continues_above: bool = False  # w:vMerge continuation: the cell above, merged down

    @property
    def text(self) -> str:
        return "\n".join(line_text(line) for line in self.lines if not line.is_blank())


@dataclass
class RowItem:
    cells: list[CellItem] = field(default_factory=list)
    header: bool = False  # w:tblHeader: repeated on every page


@dataclass
class TableItem:
    rows: list[RowItem] = field(default_factory=list)
    borderless: bool = False
    paragraph: int = 0

    def grid(self) -> list[list[CellItem | None]]:
        """Each row as grid columns: a cell at the column it starts in, None where a
        wider cell to its left covers it (all rows padded to the same width)."""
        rows: list[list[CellItem | None]] = []
        for row in self.rows:
            cols: list[CellItem | None] = []
            for cell in row.cells:
                cols.append(cell)
                cols += [None] * (cell.span - 1)
            rows.append(cols[:MAX_COLUMNS])
        width = max((len(r) for r in rows), default=0)
        return [r + [CellItem()] * (width - len(r)) for r in rows]

    def lines(self) -> list[Line]:
        return [line for row in self.rows for cell in row.cells for line in cell.lines]


Item = Line | TableItem


def line_text(line: Line) -> str:
    """The line as it reads: Word's label (if any), then the text."""
    return f"{line.label} {line.text}" if line.label else line.text


@dataclass
class ReadStats:
    legacy_runs: Counter[str] = field(default_factory=Counter)  # by font: "tcvn3" / "vni" -> runs
    legacy_detected: Counter[str] = field(default_factory=Counter)  # by content -> paragraphs
    unsupported_fonts: set[str] = field(default_factory=set)  # legacy fonts we cannot decode (VPS …)
    hidden_runs: int = 0
    deleted_runs: int = 0
    textboxes: int = 0
    embedded_documents: int = 0  # w:altChunk: another document pasted in as a whole
    math: int = 0
    notes: int = 0  # footnote/endnote references (their text is not imported)


# ---- opening the package --------------------------------------------------------------

_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)


def _as_plain_docx(data: bytes) -> bytes:
    """A .docm/.dotx/.dotm is a Word document python-docx will not open by its content
    type only: the same package with the plain document type."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            types = archive.read("[Content_Types].xml").decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return data
        if not any(t in types for t in _OTHER_MAIN_TYPES):
            return data
        for t in _OTHER_MAIN_TYPES:
            types = types.replace(t, _MAIN_TYPE)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                if info.filename == "[Content_Types].xml":
                    copy.writestr(info.filename, types.encode("utf-8"))
                elif info.filename.startswith("word/vbaProject"):
                    continue  # macros are never needed to read the text
                else:
                    copy.writestr(info, archive.read(info.filename))
        return out.getvalue()


def open_document(data: bytes, source: str) -> Any:
    """The python-docx Document in ``data``, or ImportRefused (a .doc, an encrypted
    or damaged file, another kind of file)."""
    if len(data) > MAX_BYTES:
        raise ImportRefused(source, "too_large", size=round(len(data) / 2**20, 1), limit=MAX_BYTES // 2**20)
    kind = identify(data)
    if kind == FileKind.ZIP_OTHER:
        raise refusal(kind, source, zip_description(data))
    if kind == FileKind.JSON:  # text, or bytes we do not know: not a Word document in any case
        raise ImportRefused(source, "word_not_docx")
    if kind != FileKind.DOCX:
        raise refusal(kind, source)
    import docx  # python-docx: imported when a Word file is actually read
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(max(0, info.file_size) for info in archive.infolist())
        if unpacked > MAX_UNPACKED:
            raise ImportRefused(source, "too_large", size=round(unpacked / 2**20, 1), limit=MAX_UNPACKED // 2**20)
        document = docx.Document(io.BytesIO(_as_plain_docx(data)))
        if document.element.body is None:
            raise KeyError("w:body")
    except ImportRefused:
        raise
    except KeyError as exc:
        named = re.search(r"'([^']+)'", str(exc))
        raise refusal(FileKind.ZIP_DAMAGED, source, f"missing {named.group(1) if named else exc}") from None
    except etree.XMLSyntaxError as exc:
        raise refusal(FileKind.ZIP_DAMAGED, source, f"XML: {exc}") from None
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise refusal(FileKind.ZIP_DAMAGED, source, f"ZIP: {str(exc)[:80]}") from None
    except (PackageNotFoundError, ValueError, OSError, NotImplementedError, AttributeError, TypeError,
            IndexError):  # the other ways python-docx trips over a broken package (relationships, parts)
        raise refusal(FileKind.ZIP_DAMAGED, source, "OPC package") from None
    return document


# ---- styles ---------------------------------------------------------------------------


def _on(element: Any | None) -> bool | None:
    """A toggle property (w:b, w:i …): None when absent."""
    if element is None:
        return None
    return element.get(qn("w:val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass
class RunProps:
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    vanish: bool | None = None
    font: str | None = None

    def over(self, base: RunProps) -> RunProps:
        """These properties, with ``base`` where these are unset."""
        return RunProps(
            bold=self.bold if self.bold is not None else base.bold,
            italic=self.italic if self.italic is not None else base.italic,
            underline=self.underline if self.underline is not None else base.underline,
            vanish=self.vanish if self.vanish is not None else base.vanish,
            font=self.font if self.font is not None else base.font,
        )


def run_props(rpr: Any | None) -> RunProps:
    if rpr is None:
        return RunProps()
    underline = rpr.find(qn("w:u"))
    fonts = rpr.find(qn("w:rFonts"))
    font = None
    if fonts is not None:
        # Vietnamese letters beyond ASCII are drawn with the hAnsi font: check it first.
        names = [fonts.get(qn(a)) for a in ("w:hAnsi", "w:ascii", "w:cs", "w:eastAsia")]
        named = [n for n in names if n]
        font = next((n for n in named if legacy_encoding(n) != (None, False)), named[0] if named else None)
    return RunProps(
        bold=_on(rpr.find(qn("w:b"))),
        italic=_on(rpr.find(qn("w:i"))),
        underline=None if underline is None else underline.get(qn("w:val"), "single") not in ("none", "0", "false"),
        vanish=_on(rpr.find(qn("w:vanish"))),
        font=font,
    )


@dataclass
class Style:
    style_id: str
    kind: str  # paragraph, character, table, numbering
    name: str
    based_on: str
    run: RunProps
    align: str | None
    outline: int | None  # 0-based outline level
    num_id: str | None
    ilvl: int | None
    table_borders: bool | None  # a table style: draws borders?


def _borders(element: Any | None) -> bool | None:
    """Whether a w:tblBorders draws any line (None when absent)."""
    if element is None:
        return None
    return any(b.get(qn("w:val"), "none") not in ("none", "nil") for b in element)


class Styles:
    def __init__(self, element: Any | None) -> None:
        self.styles: dict[str, Style] = {}
        self.default_run = RunProps()
        self.default_paragraph = ""
        self.default_table = ""
        if element is None:
            return
        defaults = element.find(qn("w:docDefaults"))
        if defaults is not None:
            self.default_run = run_props(defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"))
        for s in element.findall(qn("w:style")):
            style_id = s.get(qn("w:styleId")) or ""
            kind = s.get(qn("w:type")) or "paragraph"
            ppr = s.find(qn("w:pPr"))
            num = ppr.find(qn("w:numPr")) if ppr is not None else None
            num_id = _child_val(num, "w:numId")
            ilvl = _child_val(num, "w:ilvl")
            outline = _child_val(ppr, "w:outlineLvl")
            tblpr = s.find(qn("w:tblPr"))
            self.styles[style_id] = Style(
                style_id=style_id,
                kind=kind,
                name=(_child_val(s, "w:name") or "").strip().lower(),
                based_on=_child_val(s, "w:basedOn") or "",
                run=run_props(s.find(qn("w:rPr"))),
                align=_child_val(ppr, "w:jc"),
                outline=_small_int(outline),
                num_id=num_id,
                ilvl=_small_int(ilvl),
                table_borders=_borders(tblpr.find(qn("w:tblBorders"))) if tblpr is not None else None,
            )
            if s.get(qn("w:default")) in ("1", "true", "on"):
                if kind == "paragraph":
                    self.default_paragraph = style_id
                elif kind == "table":
                    self.default_table = style_id
        self._chains: dict[str, list[Style]] = {}

    def chain(self, style_id: str) -> list[Style]:
        """The style and those it is based on, nearest first (cycles cut)."""
        if style_id in self._chains:
            return self._chains[style_id]
        chain: list[Style] = []
        current = style_id
        while current and current in self.styles and all(s.style_id != current for s in chain) and len(chain) < 16:
            style = self.styles[current]
            chain.append(style)
            current = style.based_on
        self._chains[style_id] = chain
        return chain

    def run_props(self, style_id: str) -> RunProps:
        props = RunProps()
        for style in self.chain(style_id):
            props = props.over(style.run)
        return props

    def first(self, style_id: str, attribute: str) -> Any:
        for style in self.chain(style_id):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def heading_level(self, style_id: str) -> int | None:
        for style in self.chain(style_id):
            match = re.fullmatch(r"heading\s*([1-9])", style.name)
            if match:
                return int(match.group(1))
            if style.name == "title":
                return 0
            if style.outline is not None and 0 <= style.outline < 9:
                return style.outline + 1
        return None

    def numbering(self) -> dict[str, tuple[str, int | None]]:
        """numId (and ilvl) each paragraph and numbering style gives, along basedOn."""
        out: dict[str, tuple[str, int | None]] = {}
        for style_id in self.styles:
            num_id = self.first(style_id, "num_id")
            if num_id is not None:
                out[style_id] = (num_id, self.first(style_id, "ilvl"))
        return out

    def name(self, style_id: str) -> str:
        style = self.styles.get(style_id)
        return style.name if style else ""


def _child_val(element: Any | None, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _small_int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 0 <= number <= 9 else None


# ---- legacy fonts ---------------------------------------------------------------------


def legacy_encoding(font: str) -> tuple[legacy.Encoding | None, bool]:
    """("tcvn3" | "vni" | None, whether the font draws every letter as a capital)."""
    name = font.strip()
    lower = name.lower()
    if lower.startswith("vni") and not lower.startswith("vnix"):
        return "vni", False
    if re.match(r"^\.?vn[a-z]", lower) or lower.startswith("abc "):
        return "tcvn3", name.endswith("H")
    return None, False


def _unsupported_legacy(font: str) -> bool:
    return font.strip().lower().startswith(("vps", "vn-", "vietware", "bk "))


# ---- the walk --------------------------------------------------------------------------

_DESCEND = {
    _w("hyperlink"), _w("smartTag"), _w("customXml"), _w("ins"), _w("moveTo"), _w("fldSimple"),
    _w("dir"), _w("bdo"), _w("sdtContent"),
}  # fmt: skip
_SKIP_RUN_CHILDREN = {_w("rPr"), _w("instrText"), _w("delText"), _w("delInstrText"), _w("fldChar"),
                      _w("lastRenderedPageBreak"), _w("commentReference"), _w("annotationRef")}


@dataclass
class _Segment:
    text: str
    props: RunProps
    encoding: legacy.Encoding | None
    upper: bool


class Reader:
    def __init__(self, document: Any) -> None:
        part = document.part
        self.part = part
        self.styles = Styles(_part_element(part, "styles"))
        self.numbering = Numbering(_part_element(part, "numbering"), self.styles.numbering())
        self.stats = ReadStats()
        self.body = document.element.body
        self._paragraph = 0
        self._in_textbox = 0

    def read(self) -> list[Item]:
        items: list[Item] = []
        self._blocks(self.body, items, 0)
        return items

    # ---- block level -----------------------------------------------------------------

    def _blocks(self, container: Any, out: list[Item], depth: int) -> None:
        for child in container:
            tag = child.tag
            if tag == _w("p"):
                out += self._paragraph_lines(child, depth)
            elif tag == _w("tbl"):
                if depth < MAX_DEPTH:
                    out.append(self._table(child, depth + 1))
            elif tag in (_w("sdt"), _w("customXml")):
                content = child.find(_w("sdtContent")) if tag == _w("sdt") else child
                if content is not None and depth < MAX_DEPTH:
                    self._blocks(content, out, depth + 1)
            elif tag == _w("altChunk"):
                self.stats.embedded_documents += 1
            elif tag == f"{{{MC_NS}}}AlternateContent":
                choice = child.find(f"{{{MC_NS}}}Choice")
                if choice is not None and depth < MAX_DEPTH:
                    self._blocks(choice, out, depth + 1)

    def _table(self, tbl: Any, depth: int) -> TableItem:
        self._paragraph += 1
        table = TableItem(paragraph=self._paragraph)
        tblpr = tbl.find(_w("tblPr"))
        borders = _borders(tblpr.find(_w("tblBorders"))) if tblpr is not None else None
        if borders is None:
            style_id = _child_val(tblpr, "w:tblStyle") or self.styles.default_table
            borders = self.styles.first(style_id, "table_borders") if style_id else None
        table.borderless = not borders
        for tr in _children(tbl, _w("tr")):
            row = RowItem()
            trpr = tr.find(_w("trPr"))
            row.header = bool(_on(trpr.find(_w("tblHeader")))) if trpr is not None else False
            before = _small_int(_child_val(trpr, "w:gridBefore")) or 0
            if before:
                row.cells.append(CellItem(span=before))
            for tc in _children(tr, _w("tc")):
                tcpr = tc.find(_w("tcPr"))
                span = 1
                merge = None
                if tcpr is not None:
                    try:
                        span = max(1, min(MAX_COLUMNS, int(_child_val(tcpr, "w:gridSpan") or 1)))
                    except ValueError:
                        span = 1
                    vmerge = tcpr.find(_w("vMerge"))
                    if vmerge is not None:
                        merge = vmerge.get(qn("w:val"), "continue")
                cell = CellItem(span=span, continues_above=merge == "continue")
                content: list[Item] = []
                self._blocks(tc, content, depth)
                for item in content:
                    if isinstance(item, Line):
                        cell.lines.append(item)
                    else:  # a table inside a cell: its lines, in reading order
                        cell.lines += item.lines()
                row.cells.append(cell)
            if row.cells:
                table.rows.append(row)
        return table

    # ---- paragraphs ------------------------------------------------------------------

    def _paragraph_lines(self, p: Any, depth: int) -> list[Item]:
        in_textbox = self._in_textbox > 0
        self._paragraph += 1
        number = self._paragraph
        ppr = p.find(_w("pPr"))
        style_id = _child_val(ppr, "w:pStyle") or self.styles.default_paragraph
        style_props = self.styles.run_props(style_id).over(self.styles.default_run)
        align = _child_val(ppr, "w:jc") or self.styles.first(style_id, "align") or ""
        level = self.styles.heading_level(style_id)
        outline = _small_int(_child_val(ppr, "w:outlineLvl"))
        if outline is not None and outline < 9:
            level = outline + 1

        textboxes: list[Any] = []
        segments: list[_Segment] = []
        self._runs(p, style_props, segments, textboxes, 0)
        pictures = self._pictures(p)
        bookmarks = tuple(b.get(qn("w:name")) or "" for b in p.iter(_w("bookmarkStart")))
        self._convert_by_content(segments)

        # Word's list label (counted even when the paragraph is empty, as Word does)
        label, label_format, ilvl = "", "", 0
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _child_val(numpr, "w:numId")
        ilvl_value = _small_int(_child_val(numpr, "w:ilvl"))
        if num_id is None:
            inherited = self.numbering.style_numbering.get(style_id)
            if inherited is not None:
                num_id = inherited[0]
                ilvl_value = ilvl_value if ilvl_value is not None else inherited[1]
        if num_id is not None:
            if ilvl_value is None:
                ilvl_value = self.numbering.level_of_style(num_id, style_id) or 0
            found = self.numbering.label(num_id, ilvl_value)
            if found is not None:
                label, label_format = found
                label = "".join(bullet_char(c) for c in label).strip() if label_format == "bullet" else label.strip()
                ilvl = ilvl_value

        # split into lines at manual breaks
        lines: list[Item] = []
        current = Line(label=label, label_format=label_format, list_level=ilvl, style_level=level,
                       style_name=self.styles.name(style_id), align=_align(align), paragraph=number,
                       in_textbox=in_textbox, bookmarks=bookmarks, pictures=pictures)
        for segment in segments:
            pieces = segment.text.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    lines.append(current)
                    current = Line(style_level=level, style_name=current.style_name, align=current.align,
                                   paragraph=number, in_textbox=in_textbox)
                if piece:
                    props = segment.props
                    current.runs.append(TextRun(piece, bool(props.bold), bool(props.italic), bool(props.underline)))
        lines.append(current)
        for box in textboxes:
            self.stats.textboxes += 1
            self._in_textbox += 1
            try:
                if depth < MAX_DEPTH:
                    self._blocks(box, lines, depth + 1)
            finally:
                self._in_textbox -= 1
        return lines

    def _pictures(self, p: Any) -> tuple[Picture, ...]:
        """The pictures drawn in a paragraph (DrawingML, not their mc:Fallback copies),
        at most a few, each at most MAX_PICTURE bytes."""
        found: list[Picture] = []
        for blip in p.iter(_BLIP):
            if len(found) >= 4:
                break
            ancestor = blip.getparent()
            floating = False
            while ancestor is not None and ancestor is not p:
                if ancestor.tag == f"{{{MC_NS}}}Fallback":
                    break
                floating = floating or ancestor.tag == _ANCHOR
                ancestor = ancestor.getparent()
            else:
                try:
                    data = self.part.related_parts[blip.get(_EMBED)].blob
                except (KeyError, AttributeError, TypeError):
                    continue
                if isinstance(data, bytes) and 0 < len(data) <= MAX_PICTURE:
                    found.append(Picture(data, floating))
        return tuple(found)

    def _runs(self, element: Any, style_props: RunProps, out: list[_Segment], boxes: list[Any], depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        for child in element:
            tag = child.tag
            if tag == _w("r"):
                self._run(child, style_props, out, boxes)
            elif tag in _DESCEND:
                self._runs(child, style_props, out, boxes, depth + 1)
            elif tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None:
                    self._runs(content, style_props, out, boxes, depth + 1)
            elif tag in (_w("del"), _w("moveFrom")):
                self.stats.deleted_runs += 1
            elif tag == f"{{{MC_NS}}}AlternateContent":
                choice = child.find(f"{{{MC_NS}}}Choice")
                if choice is not None:
                    self._runs(choice, style_props, out, boxes, depth + 1)
            elif tag in (f"{{{MATH_NS}}}oMath", f"{{{MATH_NS}}}oMathPara"):
                self.stats.math += 1
                text = "".join(t.text or "" for t in child.iter(f"{{{MATH_NS}}}t"))
                if text:
                    out.append(_Segment(text, style_props, None, False))

    def _run(self, r: Any, style_props: RunProps, out: list[_Segment], boxes: list[Any]) -> None:
        rpr = r.find(_w("rPr"))
        char_style = _child_val(rpr, "w:rStyle") if rpr is not None else None
        props = run_props(rpr)
        if char_style:
            props = props.over(self.styles.run_props(char_style))
        props = props.over(style_props)
        if props.vanish:
            self.stats.hidden_runs += 1
            return
        encoding: legacy.Encoding | None = None
        upper = False
        if props.font:
            encoding, upper = legacy_encoding(props.font)
            if encoding is None and _unsupported_legacy(props.font):
                self.stats.unsupported_fonts.add(props.font)
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _w("t"):
                parts.append(child.text or "")
            elif tag in (_w("tab"), _w("ptab")):
                parts.append("\t")
            elif tag in (_w("br"), _w("cr")):
                parts.append("\n")
            elif tag == _w("noBreakHyphen"):
                parts.append("-")
            elif tag == _w("sym"):
                parts.append(_symbol(child.get(qn("w:char"))))
            elif tag in (_w("footnoteReference"), _w("endnoteReference")):
                self.stats.notes += 1
            elif tag in (_w("drawing"), _w("pict"), _w("object"), f"{{{MC_NS}}}AlternateContent"):
                boxes += _textboxes(child)
        text = "".join(parts)
        if not text:
            return
        if encoding is not None:
            converted = legacy.convert(text, encoding)
            if upper:
                converted = converted.upper()
            if converted != text:
                self.stats.legacy_runs[encoding] += 1
            text = converted
        if _SYMBOL_AREA.search(text):  # symbol-font characters (private use U+F0xx): what they show
            text = _SYMBOL_AREA.sub(lambda m: bullet_char(m.group(0)), text)
        # composed here, so that positions in the text and in its folded form agree
        out.append(_Segment(unicodedata.normalize("NFC", text), props, encoding, upper))

    def _convert_by_content(self, segments: list[_Segment]) -> None:
        """Text in an ordinary font that is plainly TCVN3/VNI (pasted from an old
        document and re-fonted): converted when ``legacy.detect`` is sure."""
        plain = [s for s in segments if s.encoding is None]
        text = "".join(s.text for s in plain)
        if not text or text.isascii():
            return
        encoding = legacy.detect(text)
        if encoding is None:
            return
        for segment in plain:
            segment.text = unicodedata.normalize("NFC", legacy.convert(segment.text, encoding))
        self.stats.legacy_detected[encoding] += 1


_SYMBOL_AREA = re.compile("[\uf020-\uf0ff]")
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
MAX_PICTURE = 8 * 1024 * 1024


def _children(element: Any, tag: str) -> list[Any]:
    """Children with ``tag``, looking through content controls and custom XML."""
    out: list[Any] = []
    for child in element:
        if child.tag == tag:
            out.append(child)
        elif child.tag in (_w("sdt"), _w("customXml")):
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if content is not None:
                out += _children(content, tag)
    return out


def _textboxes(element: Any) -> list[Any]:
    """The text boxes inside a drawing, once each: not those of mc:Fallback (it
    repeats mc:Choice), nor those inside another box (read with that box)."""
    found: list[Any] = []
    for box in element.iter(_w("txbxContent")):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not element:
            if ancestor.tag in (f"{{{MC_NS}}}Fallback", _w("txbxContent")):
                break
            ancestor = ancestor.getparent()
        else:
            found.append(box)
    return found


def _symbol(char: str | None) -> str:
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        return bullet_char(chr(code))
    return chr(code) if 0x20 <= code < 0x110000 else ""


def _align(value: str) -> str:
    value = value.lower()
    if value in ("center",):
        return "center"
    if value in ("right", "end"):
        return "right"
    if value in ("both", "distribute", "lowkashida", "mediumkashida", "highkashida", "thaidistribute"):
        return "both"
    if value in ("left", "start"):
        return "left"
    return ""


def _part_element(part: Any, which: str) -> Any | None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rel = RT.STYLES if which == "styles" else RT.NUMBERING
    try:
        return part.part_related_by(rel).element
    except (KeyError, AttributeError):
        return None


def read_docx(data: bytes, source: str) -> tuple[list[Item], ReadStats, Any]:
    """The body of the Word document in ``data`` as lines and tables, what was
    converted or skipped on the way, and the python-docx Document."""
    document = open_document(data, source)
    reader = Reader(document)
    return reader.read(), reader.stats, document


def read_page_header(document: Any) -> list[Item]:
    """The first page's header (some clerks put the Decree header there)."""
    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return []
        element = header._element
    except (IndexError, AttributeError, KeyError, ValueError):
        return []
    reader = Reader(document)
    items: list[Item] = []
    reader._blocks(element, items, 0)
    return items
