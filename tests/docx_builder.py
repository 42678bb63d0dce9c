"""Building Word files that look like what clerks type, for the importer's tests (and
next for the Word export's round trip).

python-docx makes the paragraphs, runs, styles and tables; where it has no API the
XML is written directly: numbering definitions (numbering.xml: abstractNum, num,
lvlOverride), a paragraph's numPr, explicit "no border" tables, merged cells, legacy
font names (w:rFonts), line breaks and tabs. Every helper returns what it made, so a
test can add more to it.

    doc = DocBuilder()
    doc.header_table(["UBND XÃ HIỀN HÀO", R("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", bold=True), "Số: 12/BC-TTHTCĐ"],
                     [R("CỘNG HÒA …", bold=True), …])
    doc.para(R("BÁO CÁO", bold=True), align="center")
    data = doc.bytes()
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from hienhao_desktop.domain import legacy

ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass
class R:
    """A run: text with its look. ``font`` names the run's font (".VnTime", "VNI-Times"
    …); ``legacy`` encodes the (Unicode) text in that encoding first, as the old fonts
    store it."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font: str | None = None
    legacy: str | None = None  # "tcvn3" or "vni"


Text = str | R


def _runs(parts: tuple[Text, ...]) -> list[R]:
    return [p if isinstance(p, R) else R(p) for p in parts]


class DocBuilder:
    def __init__(self) -> None:
        self.doc: Any = docx.Document()
        self._next_abstract = 100
        self._next_num = 100

    # ---- paragraphs --------------------------------------------------------------------

    def para(self, *parts: Text, align: str | None = None, style: str | None = None,
             num: tuple[int, int] | None = None) -> Any:
        """A paragraph of runs. "\\n" in a run's text is a manual line break (Shift+Enter),
        "\\t" a tab. ``num``: (numId, ilvl) of Word's list numbering."""
        paragraph = self.doc.add_paragraph(style=style)
        for part in _runs(parts):
            self._add_run(paragraph, part)
        if align:
            paragraph.alignment = ALIGN[align]
        if num is not None:
            self.set_numbering(paragraph, *num)
        return paragraph

    def bold(self, text: str, align: str | None = None) -> Any:
        return self.para(R(text, bold=True), align=align)

    def blank(self) -> Any:
        return self.doc.add_paragraph()

    def _add_run(self, paragraph: Any, part: R) -> Any:
        text = part.text
        if part.legacy:
            text = legacy.encode(text, part.legacy)  # type: ignore[arg-type]
        run = paragraph.add_run()
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                run.add_break()
            tabs = piece.split("\t")
            for j, chunk in enumerate(tabs):
                if j:
                    run.add_tab()
                if chunk:
                    t = OxmlElement("w:t")
                    t.set(qn("xml:space"), "preserve")
                    t.text = chunk
                    run._r.append(t)
        run.bold = part.bold or None
        run.italic = part.italic or None
        run.underline = part.underline or None
        if part.font:
            set_font(run, part.font)
        return run

    # ---- Word numbering -------------------------------------------------------------------

    def numbering(self, levels: list[tuple[str, str]] | list[tuple[str, str, int]],
                  styles: dict[int, str] | None = None) -> int:
        """A list definition: one (numFmt, lvlText[, start]) per level, e.g.
        [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]; ``styles``
        ties levels to paragraph style ids (heading styles numbered by Word). Returns the
        numId to use in ``para(num=(numId, ilvl))``."""
        numbering = self.doc.part.numbering_part.element
        abstract_id = self._next_abstract
        self._next_abstract += 1
        xml = [f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
               '<w:multiLevelType w:val="multilevel"/>']
        for ilvl, level in enumerate(levels):
            fmt, text = str(level[0]), str(level[1])
            start = level[2] if len(level) > 2 else 1  # type: ignore[misc]
            style = f'<w:pStyle w:val="{styles[ilvl]}"/>' if styles and ilvl in styles else ""
            xml.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{style}'
                       f'<w:lvlText w:val="{_attr(text)}"/><w:lvlJc w:val="left"/></w:lvl>')
        xml.append("</w:abstractNum>")
        element = parse_xml("".join(xml))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
        return self.instance(abstract_id)

    def instance(self, abstract_id: int, restart: dict[int, int] | None = None) -> int:
        """Another w:num of an abstract definition (with start overrides: a list
        numbered again from 1)."""
        numbering = self.doc.part.numbering_part.element
        num_id = self._next_num
        self._next_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                            for lvl, start in (restart or {}).items())
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                                   f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))
        return num_id

    def abstract_of(self, num_id: int) -> int:
        numbering = self.doc.part.numbering_part.element
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
        raise KeyError(num_id)

    @staticmethod
    def set_numbering(paragraph: Any, num_id: int, ilvl: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)

    def style_numbering(self, style_name: str, num_id: int, ilvl: int | None = None) -> None:
        """Tie a paragraph style (e.g. "Heading 1") to a list: its paragraphs are
        numbered without a numPr of their own."""
        style = self.doc.styles[style_name]
        ppr = style.element.get_or_add_pPr()
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}>{level}<w:numId w:val="{num_id}"/></w:numPr>'))

    # ---- tables ----------------------------------------------------------------------------

    def table(self, rows: list[list[Any]], borders: bool = True, header_rows: int = 0,
              bold_rows: int = 0) -> Any:
        """A table; each cell is a text, a run, or a list of lines (paragraphs).
        ``borders=False`` writes explicit "none" borders, as Word does when a clerk
        removes them; ``header_rows`` are marked to repeat on each page; the first
        ``bold_rows`` rows' plain texts are bold."""
        width = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        if borders:
            table.style = self.doc.styles["Table Grid"]
        else:
            set_no_borders(table)
        from docx.table import _Cell

        for r, (tr, row) in enumerate(zip(table._tbl.tr_lst, rows, strict=True)):
            for tc, value in zip(tr.tc_lst, row, strict=False):  # table.cell() is linear: a long table would be quadratic
                cell = _Cell(tc, table)
                lines = value if isinstance(value, list) else [value]
                first = True
                for line in lines:
                    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    part = line if isinstance(line, R) else R(line, bold=r < bold_rows)
                    self._add_run(paragraph, part)
            if r < header_rows:
                trpr = tr.get_or_add_trPr()
                trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        return table

    def header_table(self, left: list[Text], right: list[Text], borders: bool = False) -> Any:
        """The Decree header: one row, two columns, centred lines."""
        table = self.table([[list(left), list(right)]], borders=borders)
        for cell in table.rows[0].cells:
            for paragraph in cell.paragraphs:
                paragraph.alignment = ALIGN["center"]
        return table

    def footer_table(self, left: list[Text], right: list[Text], borders: bool = False) -> Any:
        """"Nơi nhận" on the left, the signing block on the right."""
        table = self.table([[list(left), list(right)]], borders=borders)
        for paragraph in table.rows[0].cells[1].paragraphs:
            paragraph.alignment = ALIGN["center"]
        return table

    @staticmethod
    def merge(table: Any, a: tuple[int, int], b: tuple[int, int]) -> Any:
        """Merge cells (python-docx writes gridSpan / vMerge)."""
        return table.cell(*a).merge(table.cell(*b))

    # ---- the file ---------------------------------------------------------------------------

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def save(self, path: Any) -> Any:
        self.doc.save(str(path))
        return path


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def set_font(run: Any, font: str) -> None:
    """The run's font for every script, as Word writes a font chosen in its box."""
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), font)


def set_no_borders(table: Any) -> None:
    tblpr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    tblpr.append(borders)


def clone(builder: DocBuilder) -> DocBuilder:
    other = DocBuilder.__new__(DocBuilder)
    other.doc = docx.Document(io.BytesIO(builder.bytes()))
    other._next_abstract = builder._next_abstract
    other._next_num = builder._next_num
    return other


__all__ = ["R", "DocBuilder", "set_font", "set_no_borders", "clone", "ole2_file"]


# ---- files that are not .docx -----------------------------------------------------------------


def ole2_file(streams: list[str], sector_shift: int = 9, payload: bytes = b"") -> bytes:
    """A minimal OLE2 compound file (what a Word 97-2003 .doc, and an encrypted
    .docx, are) whose directory names ``streams`` under the root: ["WordDocument",
    "1Table"] for a .doc, ["EncryptionInfo", "EncryptedPackage"] for an encrypted
    .docx. Header, one FAT sector, the directory; enough for anything that reads the
    directory (streams are empty)."""
    import struct

    size = 1 << sector_shift
    entries = ["Root Entry", *streams]
    dir_sectors = -(-len(entries) * 128 // size)
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3 if sector_shift == 9 else 4, 0xFFFE, sector_shift, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # the directory starts in sector 1
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<IIII", header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [0xFFFFFFFD] + [i + 2 for i in range(1, dir_sectors)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (size // 4 - len(fat))
    directory = bytearray()
    for index, name in enumerate(entries):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        entry[66] = 5 if index == 0 else 2
        entry[67] = 1
        left_sibling, right_sibling = 0xFFFFFFFF, (index + 1 if 0 < index < len(entries) - 1 else 0xFFFFFFFF)
        child = 1 if index == 0 and len(entries) > 1 else 0xFFFFFFFF
        struct.pack_into("<III", entry, 68, left_sibling, right_sibling, child)
        struct.pack_into("<I", entry, 116, 0xFFFFFFFE)
        directory += entry
    directory += bytes(dir_sectors * size - len(directory))
    return bytes(header[:512]) + bytes(size - 512 if size > 512 else 0) + struct.pack(f"<{size // 4}I", *fat) + bytes(
        directory) + payload
