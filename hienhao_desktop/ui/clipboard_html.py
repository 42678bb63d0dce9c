"""What is pasted into the outline editor, as blocks; what it copies, as HTML and text.

Word, LibreOffice, Google Docs and web pages put HTML on the clipboard. Only what a
report holds is kept: headings, paragraphs, "-"/"+" list items, tables, and bold,
italic and underline inside text. Colours, fonts, sizes, images, links (their text
stays), styles and Word's hidden XML are dropped. Recognised:

- ``<h1>``–``<h6>`` (Word's heading styles come out so), levels shifted so the
  highest pasted is level 1; numbers typed by hand before a heading ("1.", "1.1.",
  "a)", "I.") are removed (the editor numbers headings itself);
- Word's list paragraphs (``class=MsoListParagraph…``, ``mso-list: l0 level2``) with
  their marker in a ``mso-list:Ignore`` span: "-", "–", "•", "·", "o", "§", "Ø" and
  Symbol/Wingdings bullets are list items (level from ``levelN``, "+"/"o" as level
  2); numbered ones ("1.", "a)") are headings when short and bold, else paragraphs
  that keep their number as text;
- a short paragraph that is all bold and starts with a hand number ("2. Khó khăn")
  is a heading; other text stays a paragraph — nothing is guessed beyond that;
- ``<ul>``/``<li>`` are list items (nested: level 2); ``<ol>`` items keep their
  number as text; ``<br>`` splits a paragraph;
- tables: the first row gives the column titles; a first column "Stt"/"TT" numbered
  1, 2, 3 … becomes the automatic Stt; a last row "Tổng cộng"/"Cộng" becomes the
  total row; a column whose cells are all whole numbers is a number column;
- Google Docs' wrapping ``<b style="font-weight:normal">`` is not bold; CSS
  ``font-weight: 600+``, ``font-style: italic``, ``text-decoration: underline`` are.

Plain text: one block per line; "- " and "+ " (and "•") start list items.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hienhao_desktop.domain.model import (
    ActivityTable,
    Block,
    Cell,
    Column,
    ColumnKind,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
)
from hienhao_desktop.ui.outline_blocks import canonical, canonical_runs, clean_inline, parse_whole_number

_DROP = {"head", "style", "script", "title", "xml", "template", "noscript", "object", "svg", "math"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article",
           "header", "footer", "dd", "dt", "center", "address", "caption", "figure", "figcaption"}
# Symbol and Wingdings bullets arrive as private-use characters (U+F0A7 …).
_LEVEL2_BULLETS = {"+", "o", "◦", "○", "\uf06f", "\uf0a8"}
_HAND_NUMBER = re.compile(r"^\s*((?:\d+\.)+\d*|\d+\)|[a-zđ]\)|[IVXLC]+\.|[A-Z]\.)\s+", re.IGNORECASE)
_NUMBERED_MARKER = re.compile(r"^\s*((?:\d+\.)+\d*|\d+\)|[a-zđ][.)]|[IVXLC]+\.|[A-Z]\.)\s*$", re.IGNORECASE)
SHORT_HEADING = 160  # characters: longer bold lines are paragraphs, not headings


def _style(attrs: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in attrs.get("style", "").split(";"):
        if ":" in part:
            name, value = part.split(":", 1)
            out[name.strip().lower()] = value.strip().lower().strip("'\"")
    return out


@dataclass
class _Format:
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class _Line:
    """A block being read: its kind, level and runs."""

    tag: str = "p"
    attrs: dict[str, str] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)
    list_level: int = 0  # from <ul>/<li> nesting or Word's mso-list
    marker: str = ""  # Word's list marker text (the mso-list:Ignore span)
    ordered: int = 0  # the number of an <ol> item


@dataclass
class _TableReader:
    rows: list[list[str]] = field(default_factory=list)
    cell: list[str] | None = None
    spans: dict[int, int] = field(default_factory=dict)  # column -> rows still covered by a rowspan
    header_rows: int = 0
    in_head: bool = False
    colspan: int = 1
    kinds: dict[int, str] = field(default_factory=dict)  # our own copies say each column's kind
    total_marked: bool = False


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block | _Line] = []
        self.line: _Line | None = None
        self.formats: list[tuple[str, _Format]] = [("", _Format())]
        self.drop = 0
        self.ignore = 0  # inside Word's mso-list:Ignore marker span
        self.ignore_tags: list[str] = []
        self.lists: list[str] = []  # "ul" / "ol"
        self.ol_counters: list[int] = []
        self.tables: list[_TableReader] = []
        self.stack: list[str] = []

    # ---- formats ----------------------------------------------------------------------------

    @property
    def format(self) -> _Format:
        return self.formats[-1][1]

    def _push_format(self, tag: str, attrs: dict[str, str]) -> None:
        f = _Format(self.format.bold, self.format.italic, self.format.underline)
        if tag in ("b", "strong"):
            f.bold = True
        elif tag in ("i", "em", "cite", "dfn"):
            f.italic = True
        elif tag in ("u", "ins"):
            f.underline = True
        elif tag in ("th",):
            f.bold = True
        style = _style(attrs)
        weight = style.get("font-weight")
        if weight is not None:
            if weight in ("bold", "bolder"):
                f.bold = True
            elif weight in ("normal", "lighter"):
                f.bold = False
            elif weight.isdigit():
                f.bold = int(weight) >= 600
        if "font-style" in style:
            f.italic = style["font-style"] in ("italic", "oblique")
        decoration = style.get("text-decoration", style.get("text-decoration-line"))
        if decoration is not None:
            if "underline" in decoration:
                f.underline = True
            elif decoration == "none":
                f.underline = False
        if style.get("text-underline") not in (None, "none"):  # Word's own spelling
            f.underline = True
        self.formats.append((tag, f))

    def _pop_format(self, tag: str) -> None:
        for i in range(len(self.formats) - 1, 0, -1):
            if self.formats[i][0] == tag:
                del self.formats[i:]
                return

    # ---- blocks --------------------------------------------------------------------------------

    def _end_line(self) -> None:
        if self.line is not None:
            if self.tables and self.tables[-1].cell is not None:
                self.tables[-1].cell.append("".join(r.text for r in self.line.runs))
            else:
                self.blocks.append(self.line)
        self.line = None

    def _start_line(self, tag: str, attrs: dict[str, str]) -> None:
        if tag in ("p", "div") and self.line is not None and self.line.tag == "li" and not self.line.runs:
            return  # <li><p>…</p></li> (LibreOffice, Google Docs): still the list item
        self._end_line()
        self.line = _Line(tag, attrs)
        if tag == "li":
            self.line.list_level = len(self.lists)
            if self.lists and self.lists[-1] == "ol":
                self.ol_counters[-1] += 1
                self.line.ordered = self.ol_counters[-1]
        mso = _style(attrs).get("mso-list", "")
        level = re.search(r"level(\d+)", mso)
        if level and "ignore" not in mso:
            self.line.list_level = int(level.group(1))
        elif "msolistparagraph" in attrs.get("class", "").lower():
            self.line.list_level = self.line.list_level or 1

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        tag = tag.lower()
        if self.drop:
            if tag in _DROP:
                self.drop += 1
            return
        if tag in _DROP:
            self.drop = 1
            return
        if tag in ("img", "br", "hr", "meta", "link", "input", "wbr", "col", "area", "source"):
            if tag == "br" and self.line is not None:
                if self.tables and self.tables[-1].cell is not None:
                    self._text(" ")
                else:
                    kept = self.line
                    self._end_line()
                    self.line = _Line(kept.tag, kept.attrs, list_level=0)
            return
        self.stack.append(tag)
        if self.ignore:
            self.ignore_tags.append(tag)
            return
        if "ignore" in _style(attrs).get("mso-list", ""):
            self.ignore = 1
            self.ignore_tags = [tag]
            if self.line is None:
                self._start_line("p", {})
            return
        if tag in ("ul", "ol"):
            self._end_line()
            self.lists.append(tag)
            self.ol_counters.append(int(attrs.get("start", "1") or 1) - 1 if attrs.get("start", "").isdigit() else 0)
            return
        if tag == "table":
            self._end_line()
            self.tables.append(_TableReader())
            return
        if self.tables:
            t = self.tables[-1]
            if tag == "thead":
                t.in_head = True
            elif tag == "tr":
                t.rows.append([])
                t.total_marked = t.total_marked or attrs.get("data-row") == "total"
                if t.in_head:
                    t.header_rows += 1
            elif tag in ("td", "th"):
                self._end_line()
                if tag == "th" and len(t.rows) == 1 and not t.header_rows:
                    t.header_rows = 1
                if attrs.get("data-kind") in ("text", "number"):
                    t.kinds[len(t.rows[-1])] = attrs["data-kind"]
                if not t.rows:
                    t.rows.append([])
                row = t.rows[-1]
                while t.spans.get(len(row), 0) > 0:  # cells covered by a rowspan from above
                    t.spans[len(row)] -= 1
                    row.append("")
                t.cell = []
                span = attrs.get("rowspan", "1")
                if span.isdigit() and int(span) > 1:
                    t.spans[len(row)] = int(span) - 1
                t.colspan = int(attrs["colspan"]) if attrs.get("colspan", "").isdigit() else 1
                self._push_format(tag, attrs)
                return
        if tag in _BLOCKS:
            self._start_line(tag, attrs)
        self._push_format(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self.drop:
            if tag in _DROP:
                self.drop -= 1
            return
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if self.ignore:
            if tag in self.ignore_tags:
                while self.ignore_tags and self.ignore_tags.pop() != tag:
                    pass
            if not self.ignore_tags:
                self.ignore = 0
            return
        if tag in ("ul", "ol"):
            self._end_line()
            if self.lists:
                self.lists.pop()
                self.ol_counters.pop()
            return
        if self.tables:
            t = self.tables[-1]
            if tag in ("td", "th") and t.cell is not None:
                self._end_line()
                text = " ".join(part for part in t.cell if part.strip())
                t.rows[-1].append(text)
                for _ in range(t.colspan - 1):
                    t.rows[-1].append("")
                t.cell = None
                self._pop_format(tag)
                return
            if tag == "thead":
                t.in_head = False
                return
            if tag == "table":
                self._end_line()
                self.tables.pop()
                table = _table_block(t)
                if table is not None:
                    if self.tables and self.tables[-1].cell is not None:  # a table in a cell: its text
                        self.tables[-1].cell.append(" ".join(" ".join(str(c or "") for c in row) for row in table.rows))
                    else:
                        self.blocks.append(table)
                return
        if tag in _BLOCKS:
            self._end_line()
        self._pop_format(tag)

    def unknown_decl(self, data: str) -> None:  # Word's <![if !supportLists]> … <![endif]>
        pass

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if self.ignore:
            if self.line is not None:
                self.line.marker += data
            return
        self._text(data)

    def _text(self, data: str) -> None:
        data = re.sub(r"[ \t\r\n\f]+", " ", data)
        if not data:
            return
        if self.line is None:
            if not data.strip():
                return
            self._start_line("p", {})
        assert self.line is not None
        f = self.format
        self.line.runs.append(Run(data, f.bold, f.italic, f.underline))

    def close(self) -> None:
        super().close()
        self._end_line()


def _table_block(t: _TableReader) -> Table | None:
    rows = [row for row in t.rows if row]
    if not any(cell.strip() for row in rows for cell in row):
        return None
    width = max(len(row) for row in rows)
    rows = [[clean_inline(c).strip() for c in row] + [""] * (width - len(row)) for row in rows]
    titles = rows[0] if len(rows) > 1 or t.header_rows else [""] * width
    data = rows[1:] if len(rows) > 1 or t.header_rows else rows
    total_row = False
    if data:
        first_text = next((c for c in data[-1] if c), "").lower().rstrip(":")
        if first_text in ("tổng cộng", "tổng", "cộng", "tổng số") or t.total_marked:
            total_row = True
            data = data[:-1]
    numbered = False
    if width > 1 and titles[0].lower().replace(".", "").replace(" ", "") in ("stt", "tt", "sốtt", "sốthứtự", "no"):
        numbers = [row[0] for row in data if row[0]]
        if all(n.rstrip(".").isdigit() for n in numbers):
            numbered = True
            titles = titles[1:]
            data = [row[1:] for row in data]
            t.kinds = {i - 1: k for i, k in t.kinds.items()}
    kinds = []
    for col in range(len(titles)):
        if col in t.kinds:
            kinds.append(t.kinds[col])
            continue
        values = [row[col] for row in data if row[col]]
        try:
            numeric = bool(values) and all(parse_whole_number(v) is not None for v in values)
        except ValueError:
            numeric = False
        kinds.append(ColumnKind.NUMBER.value if numeric else ColumnKind.TEXT.value)
    cells: list[list[Cell]] = []
    for row in data:
        out: list[Cell] = []
        for value, kind in zip(row, kinds, strict=True):
            try:
                out.append(parse_whole_number(value) if kind == ColumnKind.NUMBER else value)
            except ValueError:
                out.append(None)
        cells.append(out)
    return Table([Column(title, kind) for title, kind in zip(titles, kinds, strict=True)], cells, numbered, total_row)


def _heading_rank(number: str) -> int:
    """How deep a hand number sits: I. -> 0, 1. -> 1, 1.1. / a) -> 2, 1.1.1. -> 3."""
    number = number.strip()
    if re.fullmatch(r"[IVXLC]+\.", number) or re.fullmatch(r"[A-Z]\.", number):
        return 0
    if re.fullmatch(r"[a-zđ]\)", number):
        return 2
    depth = len([p for p in number.rstrip(".").split(".") if p])
    return min(depth, 3)


def _is_bold(runs: Sequence[Run]) -> bool:
    texts = [r for r in runs if r.text.strip()]
    return bool(texts) and all(r.bold for r in texts)


def _lines_to_blocks(items: Sequence[Block | _Line]) -> list[Block]:
    pending: list[tuple[int, Block | _Line]] = []  # (heading rank or -1, item)
    for item in items:
        if not isinstance(item, _Line):
            pending.append((-1, item))
            continue
        runs = canonical_runs(item.runs)
        text = "".join(r.text for r in runs)
        marker = clean_inline(item.marker).strip()
        tag = item.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            match = _HAND_NUMBER.match(text)
            if match:
                text = text[match.end():]
            pending.append((10 + int(tag[1]), Heading(1, text.strip())))
            continue
        if item.list_level or marker:
            if marker and _NUMBERED_MARKER.match(marker):
                if _is_bold(runs) and len(text) <= SHORT_HEADING:
                    pending.append((_heading_rank(marker), Heading(1, text)))
                else:
                    pending.append((-1, Paragraph(canonical_runs([Run(marker + " "), *runs]))))
                continue
            if tag == "li" and item.ordered and not marker:
                pending.append((-1, Paragraph(canonical_runs([Run(f"{item.ordered}. "), *runs]))))
                continue
            level = item.list_level or 1
            if marker and marker in _LEVEL2_BULLETS:
                level = max(level, 2)
            pending.append((-1, ListItem(min(level, 2), runs)))
            continue
        plain = text.lstrip()
        if plain[:2] in ("- ", "+ ", "• ") or plain[:2] == "– ":
            level = 2 if plain[0] == "+" else 1
            pending.append((-1, ListItem(level, canonical_runs(_drop_prefix(runs, 2)))))
            continue
        match = _HAND_NUMBER.match(text)
        if match and _is_bold(runs) and len(text) <= SHORT_HEADING:
            pending.append((_heading_rank(match.group(1)), Heading(1, text[match.end():].strip())))
            continue
        pending.append((-1, Paragraph(runs)))
    # Heading levels relative to the highest one pasted: h-tags and hand numbers apart.
    tag_ranks = [r for r, _ in pending if r >= 10]
    hand_ranks = [r for r, _ in pending if 0 <= r < 10]
    out: list[Block] = []
    for rank, block in pending:
        if isinstance(block, Heading) and rank >= 0:
            base = min(tag_ranks) if rank >= 10 else min(hand_ranks)
            block.level = min(3, rank - base + 1)
        assert not isinstance(block, _Line)
        out.append(block)
    return canonical(out)


def _drop_prefix(runs: Sequence[Run], count: int) -> list[Run]:
    out: list[Run] = []
    text_seen = 0
    runs = canonical_runs(runs)
    for run in runs:
        if text_seen >= count:
            out.append(run)
            continue
        skip = min(count - text_seen, len(run.text))
        text_seen += skip
        if run.text[skip:]:
            out.append(Run(run.text[skip:], run.bold, run.italic, run.underline))
    return out


def _fragment(markup: str) -> str:
    """Only the copied selection when the clipboard marks it (Windows' CF_HTML)."""
    start = markup.find("<!--StartFragment-->")
    end = markup.find("<!--EndFragment-->")
    if start >= 0 and end > start:
        return markup[start + len("<!--StartFragment-->"):end]
    return markup


def blocks_from_html(markup: str) -> list[Block]:
    reader = _Reader()
    reader.feed(_fragment(markup))
    reader.close()
    return _lines_to_blocks(reader.blocks)


def blocks_from_plain_text(text: str) -> list[Block]:
    out: list[Block] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = clean_inline(line).strip(" ")
        if not stripped:
            continue
        if stripped[:2] in ("- ", "• ", "– ") or stripped in ("-", "•"):
            out.append(ListItem(1, [Run(stripped[2:])]))
        elif stripped[:2] == "+ " or stripped == "+":
            out.append(ListItem(2, [Run(stripped[2:])]))
        else:
            out.append(Paragraph([Run(stripped)]))
    return canonical(out)


# ---- copying out ------------------------------------------------------------------------------


def _runs_html(runs: Sequence[Run]) -> str:
    out = []
    for run in runs:
        text = html.escape(run.text, quote=False)
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def html_from_blocks(blocks: Sequence[Block]) -> str:
    """HTML that Word, LibreOffice and this editor read back as the same blocks."""
    parts = ["<html><body><!--StartFragment-->"]
    open_list = 0
    for block in blocks:
        level = block.level if isinstance(block, ListItem) else 0
        while open_list > level:
            parts.append("</ul>")
            open_list -= 1
        while open_list < level:
            parts.append("<ul>")
            open_list += 1
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{html.escape(block.text, quote=False)}</h{block.level}>")
        elif isinstance(block, ListItem):
            parts.append(f"<li>{_runs_html(block.runs)}</li>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{_runs_html(block.runs)}</p>")
        elif isinstance(block, Table):
            parts.append(_table_html(block))
        elif isinstance(block, ActivityTable):
            continue
    parts.append("</ul>" * open_list)
    parts.append("<!--EndFragment--></body></html>")
    return "".join(parts)


def _table_html(table: Table) -> str:
    head = (["<th>Stt</th>"] if table.numbered else []) + [
        f'<th data-kind="{c.kind}">{html.escape(c.title, quote=False)}</th>' for c in table.columns]
    rows = ["<tr>" + "".join(head) + "</tr>"]
    for i, row in enumerate(table.rows, start=1):
        cells = ([f"<td>{i}</td>"] if table.numbered else []) + [
            f"<td>{'' if v is None else html.escape(str(v), quote=False)}</td>" for v in row]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if table.total_row:
        totals = table.totals()
        cells = ["" if t is None else str(t) for t in totals]
        if table.numbered:
            cells = ["Tổng cộng", *cells]
        elif table.columns[0].kind == ColumnKind.TEXT:
            cells[0] = "Tổng cộng"
        rows.append('<tr data-row="total">' + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return "<table border=1>" + "".join(rows) + "</table>"


def plain_text_from_blocks(blocks: Sequence[Block]) -> str:
    lines = []
    for block in blocks:
        if isinstance(block, Heading):
            lines.append(block.text)
        elif isinstance(block, ListItem):
            lines.append(("- " if block.level == 1 else "+ ") + block.text)
        elif isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.append("\t".join(c.title for c in block.columns))
            lines += ["\t".join("" if v is None else str(v) for v in row) for row in block.rows]
    return "\n".join(lines)


# ---- text of blocks (the legacy repair question) -------------------------------------------------


def texts_of(blocks: Sequence[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph | ListItem):
            out += [r.text for r in block.runs]
        elif isinstance(block, Table):
            out += [c.title for c in block.columns]
            out += [v for row in block.rows for v in row if isinstance(v, str)]
    return out


def map_texts(blocks: Sequence[Block], change: Callable[[str], str]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(Heading(block.level, change(block.text)))
        elif isinstance(block, Paragraph):
            out.append(Paragraph([Run(change(r.text), r.bold, r.italic, r.underline) for r in block.runs]))
        elif isinstance(block, ListItem):
            out.append(ListItem(block.level, [Run(change(r.text), r.bold, r.italic, r.underline) for r in block.runs]))
        elif isinstance(block, Table):
            out.append(Table([Column(change(c.title), c.kind) for c in block.columns],
                             [[change(v) if isinstance(v, str) else v for v in row] for row in block.rows],
                             block.numbered, block.total_row))
        else:
            out.append(block)
    return canonical(out)
