"""Report → printed blocks: ``build_document(report)``, the one place that decides
what the printed report says (see ``document.blocks`` for the blocks).

Rules applied here (Decree 30/2020, Appendix I; DOCUMENT-FORMAT.md):

- "Số: 12/BC-TTHTCĐ": numbers below 10 get a leading 0; the code is the report's own
  as typed, or "BC-" and the abbreviation in upper case; no number leaves a blank.
- The date line leaves a blank for each part of the date not given.
- Part headings in upper case, numbered in the report's style; headings numbered per
  part in the report's heading style; a part or heading with nothing under it prints
  the placeholder "(Chưa có nội dung)", so the gap is seen before signing.
- "Kính gửi": one addressee inline ending "."; several as "- …;" lines, the last
  ending ".". "Nơi nhận": "- Như trên;" first when there are addressees, one line per
  recipient ending ";", and a last line "- Lưu: …." (a typed "Lưu" line is moved
  last; with none, "- Lưu: VT, <abbreviation>." is added).
- The end mark "./." follows the body's last word (or stands alone after a table or
  a heading), and that last block keeps with the footer.
- Bad data never stops the printing: text is cleaned (NFC, no control characters),
  numbers that are not numbers print as text, missing cells print blank.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from hienhao_desktop.document import blocks as B
from hienhao_desktop.document.cancel import Cancelled, check
from hienhao_desktop.document.limits import printable
from hienhao_desktop.document.numbering import heading_number, part_number
from hienhao_desktop.domain import fields as F
from hienhao_desktop.domain import model as M
from hienhao_desktop.domain.dates import BLANK, date_line
from hienhao_desktop.domain.text import clean_line, upper_vi

ACTIVITY_HEADERS = (
    "Stt",
    "Tên chuyên đề và tổ chức các hoạt động",
    "Số người tham gia",
    "Đơn vị chủ trì",
    "Đơn vị, tổ chức phối hợp",
)
# The activity table's widths in the decree's 165 mm text width: Stt, activity,
# participants, lead unit, partner units.
ACTIVITY_WIDTHS_MM = (12, 63, 24, 33, 33)
STT_WEIGHT = 12 / 165
NUMBER_WEIGHT = 24 / 165
MIN_TEXT_WEIGHT = 0.08
CHECK_EVERY = 200  # blocks between two looks at ``cancelled``

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_INTEGER = re.compile(r"[+-]?\d+")


# ---- text rules ---------------------------------------------------------------------


def _number_and_code(report: M.Report) -> tuple[str, str]:
    number = clean_line(report.document_number) if isinstance(report.document_number, str) else ""
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    code = clean_line(report.document_code) if isinstance(report.document_code, str) else ""
    if not code:
        abbreviation = upper_vi(clean_line(report.organization.abbreviation))
        code = f"BC-{abbreviation}" if abbreviation else "BC"
    return number, code


def document_number_line(report: M.Report) -> str:
    """"Số: 12/BC-TTHTCĐ", "Số: 02/UB"; a blank number leaves room to write it."""
    number, code = _number_and_code(report)
    return f"Số: {number}/{code}" if number else f"Số:{BLANK}/{code}"


def place_date_line(report: M.Report) -> str:
    """"Hiền Hào, ngày 15 tháng 01 năm 2024"; blanks for the parts not given."""
    date = report.date if isinstance(report.date, M.IssueDate | dt.date) else M.IssueDate()
    return date_line(clean_line(report.place), date, report.school_year)


def list_line(text: str, last: bool, dash: bool = True) -> str:
    """"- Phòng GD&ĐT huyện;" or, for the last line, "- Lưu: VT."."""
    text = clean_line(text)
    if text.startswith("-"):
        text = text[1:].strip()
    text = text.rstrip(" ;,.")
    return f"{'- ' if dash else ''}{text}{'.' if last else ';'}"


def _items(items: Iterable[str]) -> list[str]:
    out = []
    for item in items:
        text = clean_line(item) if isinstance(item, str) else ""
        text = text.lstrip("-").strip().rstrip(" ;,.").strip() if text.startswith("-") else text
        if text.strip(" ;,.-"):
            out.append(text)
    return out


def recipient_lines(report: M.Report) -> tuple[str, ...]:
    """"Nơi nhận" lines: "- Như trên;" first when there are addressees, the typed
    recipients, and a "Lưu" line last (the typed one, or "- Lưu: VT, <ABBR>.")."""
    items = _items(report.recipients)
    if not items and not _items(report.addressees):
        return ()
    if _items(report.addressees) and not (items and items[0].casefold().startswith("như trên")):
        items.insert(0, "Như trên")
    others = [i for i in items if not i.casefold().startswith("lưu")]
    filed = [i for i in items if i.casefold().startswith("lưu")]  # "Lưu": the copies kept on file
    if not filed:
        abbreviation = upper_vi(clean_line(report.organization.abbreviation))
        filed = [f"Lưu: VT, {abbreviation}" if abbreviation else "Lưu: VT"]
    items = others + filed
    return tuple(list_line(item, i == len(items) - 1) for i, item in enumerate(items))


def _spans(runs: Iterable[M.Run]) -> tuple[B.Span, ...]:
    """Runs as spans: one line, whitespace folded (inside and between runs), empty
    runs dropped, neighbours of one format merged, no space at either end."""
    out: list[B.Span] = []
    for run in runs:
        if not isinstance(run, M.Run) or not isinstance(run.text, str):
            continue
        text = _SPACES.sub(" ", _CONTROL.sub(" ", _SURROGATE.sub("\ufffd", run.text)))
        text = unicodedata.normalize("NFC", text)
        if out and (out[-1].text.endswith(" ") or not out[-1].text) and text.startswith(" "):
            text = text.lstrip(" ")
        if not out and text.startswith(" "):
            text = text.lstrip(" ")
        if not text:
            continue
        span = B.Span(text, bool(run.bold), bool(run.italic), bool(run.underline))
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (span.bold, span.italic, span.underline):
            out[-1] = B.Span(out[-1].text + text, span.bold, span.italic, span.underline)
        else:
            out.append(span)
    while out and out[-1].text.endswith(" "):
        last = out[-1]
        stripped = last.text.rstrip(" ")
        out[-1:] = [B.Span(stripped, last.bold, last.italic, last.underline)] if stripped else []
    return tuple(out)


def _placeholder() -> B.Paragraph:
    return B.Paragraph((B.Span(B.PLACEHOLDER, italic=True),))


def _with_end_mark(block: B.Paragraph | B.ListItem) -> B.Paragraph | B.ListItem:
    """"… hiệu quả hơn./.": the end mark after the body's last word."""
    text = block.text.rstrip()
    if text.endswith(B.END_MARK):
        mark = ""
    elif text.endswith("."):
        mark = "/."
    else:
        mark = B.END_MARK
    spans = block.spans
    if mark and spans and not (spans[-1].bold or spans[-1].italic or spans[-1].underline):
        spans = (*spans[:-1], B.Span(spans[-1].text + mark))
    elif mark:
        spans = (*spans, B.Span(mark))
    if isinstance(block, B.Paragraph):
        return B.Paragraph(spans, keep_with_next=True)
    return B.ListItem(block.level, block.marker, spans, keep_with_next=True)


# ---- tables -------------------------------------------------------------------------


def _number_cell(value: object) -> B.Cell:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = clean_line(value)
        if _INTEGER.fullmatch(text):
            return int(text)
        return text or None  # not a number: printed as it was typed
    return None


def _text_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_line(value)
    return clean_line(str(value))


def _weights(columns: Sequence[M.Column], rows: Sequence[Sequence[object]], numbered: bool) -> list[float]:
    """Shares of the width: Stt and number columns fixed, text columns by how much
    they hold (their longest title word counts too, so titles do not break mid-word)."""
    fixed = (STT_WEIGHT if numbered else 0.0) + sum(NUMBER_WEIGHT for c in columns if c.kind == M.ColumnKind.NUMBER)
    texts = [i for i, c in enumerate(columns) if c.kind != M.ColumnKind.NUMBER]
    if fixed > 0.7 and columns:  # many number columns: share evenly
        share = 1.0 / (len(columns) + (1 if numbered else 0))
        return ([share] if numbered else []) + [share] * len(columns)
    need = {}
    for i in texts:
        lengths = [len(_text_cell(row[i])) for row in rows[:200] if i < len(row)]
        average = sum(lengths) / len(lengths) if lengths else 0.0
        longest_word = max((len(w) for w in _text_cell(columns[i].title).split()), default=0)
        need[i] = max(6.0, min(60.0, average), longest_word * 1.3)
    rest = 1.0 - fixed
    total = sum(need.values()) or 1.0
    shares = {i: max(MIN_TEXT_WEIGHT, rest * need[i] / total) for i in texts}
    weights = ([STT_WEIGHT] if numbered else []) + [
        NUMBER_WEIGHT if c.kind == M.ColumnKind.NUMBER else shares[i] for i, c in enumerate(columns)]
    scale = sum(weights)
    return [w / scale for w in weights]


def _table(table: M.Table) -> B.Table | None:
    columns = [c for c in table.columns if isinstance(c, M.Column)]
    if not columns:
        return None
    raw_rows = [list(row) if isinstance(row, list | tuple) else [] for row in table.rows]
    numbered = bool(table.numbered)
    weights = _weights(columns, raw_rows, numbered)
    out_columns: list[B.Column] = []
    if numbered:
        out_columns.append(B.Column("Stt", "index", weights[0], "center"))
    for column, weight in zip(columns, weights[1:] if numbered else weights, strict=True):
        number = column.kind == M.ColumnKind.NUMBER
        out_columns.append(B.Column(_text_cell(column.title), "number" if number else "text", weight,
                                    "center" if number else "left"))
    rows: list[tuple[B.Cell, ...]] = []
    for index, raw in enumerate(raw_rows, 1):
        cells: list[B.Cell] = [index] if numbered else []
        for i, column in enumerate(columns):
            value = raw[i] if i < len(raw) else None
            cells.append(_number_cell(value) if column.kind == M.ColumnKind.NUMBER else _text_cell(value))
        rows.append(tuple(cells))
    total = None
    if table.total_row:
        values = [
            sum(cell for row in rows if isinstance(cell := row[i], int)) if c.kind == "number" else None
            for i, c in enumerate(out_columns)
        ]
        summed = [i for i, c in enumerate(out_columns) if c.kind == "number"]
        if summed:
            total = B.TotalRow(tuple(values), span=summed[0])
    return B.Table(tuple(out_columns), rows, total)


def activity_table(report: M.Report, total_row: bool = True) -> B.Table:
    """The activity table: Stt computed (never stored), unknown participants blank."""
    activities = report.activities
    widths = sum(ACTIVITY_WIDTHS_MM)
    kinds = ("index", "text", "number", "text", "text")
    aligns = ("center", "left", "center", "left", "left")
    columns = tuple(B.Column(title, kind, w / widths, align)
                    for title, kind, w, align in zip(ACTIVITY_HEADERS, kinds, ACTIVITY_WIDTHS_MM, aligns, strict=True))

    def row(i: int) -> tuple[B.Cell, ...]:
        a = activities[i]
        participants = _number_cell(a.participants)
        return (i + 1, _text_cell(a.name), participants, _text_cell(a.lead_unit), _text_cell(a.partner_units))

    total = None
    if total_row:
        known = sum(a.participants for a in activities if isinstance(a.participants, int)
                    and not isinstance(a.participants, bool))
        total = B.TotalRow((None, None, known, None, None), span=2)
    return B.Table(columns, B.Rows(len(activities), row), total, activities=True)


# ---- the body -----------------------------------------------------------------------


class _Body:
    def __init__(self, report: M.Report, cancelled: Cancelled) -> None:
        self.r = report
        self.cancelled = cancelled
        self.out: list[B.BodyBlock] = []
        self.seen = 0

    def _tick(self) -> None:
        self.seen += 1
        if self.seen % CHECK_EVERY == 0:
            check(self.cancelled)

    def blocks(self, blocks: Iterable[M.Block]) -> list[B.BodyBlock]:
        """One part's (or the opening's) blocks, headings numbered from 1."""
        out: list[B.BodyBlock] = []
        counters = [0, 0, 0]
        style = self.r.heading_numbering
        for block in blocks:
            self._tick()
            if isinstance(block, M.Heading):
                level = block.level if isinstance(block.level, int) and 1 <= block.level <= 3 else 1
                text = clean_line(block.text) if isinstance(block.text, str) else ""
                if not text and style == M.HeadingNumbering.NONE:
                    continue
                counters[level - 1] += 1
                counters[level:] = [0] * (3 - level)
                out.append(B.Heading(level, heading_number(style, counters, level), text,
                                     bold=level < 3, italic=level > 1))
            elif isinstance(block, M.Paragraph):
                spans = _spans(block.runs)
                if spans:
                    out.append(B.Paragraph(spans))
            elif isinstance(block, M.ListItem):
                spans = _spans(block.runs)
                if spans:
                    level = 2 if block.level == 2 else 1
                    out.append(B.ListItem(level, "+" if level == 2 else "-", spans))
            elif isinstance(block, M.Table):
                table = _table(block)
                if table is not None:
                    out.append(table)
            elif isinstance(block, M.ActivityTable):
                if self.r.activities:
                    out.append(activity_table(self.r, bool(block.total_row)))
        return _fill_empty_headings(out)

    def build(self) -> list[B.BodyBlock]:
        out: list[B.BodyBlock] = list(self.blocks(self.r.opening))
        centred = self.r.part_numbering == M.PartNumbering.WORDS
        number = 0
        for part in self.r.parts:
            check(self.cancelled)
            heading = upper_vi(clean_line(self.r.part_heading(part)))
            if heading:  # a part with no heading (a free report's text) takes no number
                number += 1
                out.append(B.PartHeading(part_number(self.r.part_numbering, number), heading, centred,
                                         role=str(part.role) if isinstance(part.role, str) else ""))
            inner = self.blocks(part.blocks)
            out += inner or [_placeholder()]
        return out


def _fill_empty_headings(blocks: list[B.BodyBlock]) -> list[B.BodyBlock]:
    """A heading followed by nothing, or by a heading of its level or above, gets the
    placeholder under it."""
    out: list[B.BodyBlock] = []
    for i, block in enumerate(blocks):
        out.append(block)
        if isinstance(block, B.Heading):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if following is None or (isinstance(following, B.Heading) and following.level <= block.level):
                out.append(_placeholder())
    return out


def _end(body: list[B.BodyBlock]) -> list[B.BodyBlock]:
    """The end mark after the last word; the last block keeps with the footer."""
    if body and isinstance(body[-1], B.Paragraph | B.ListItem):
        body[-1] = _with_end_mark(body[-1])
    else:
        body.append(B.Paragraph((B.Span(B.END_MARK),), keep_with_next=True))
    return body


# ---- the rest -----------------------------------------------------------------------


def _signing_column(signature: M.Signature) -> B.SigningColumn:
    def lines(text: object) -> tuple[str, ...]:
        if not isinstance(text, str):
            return ()
        return tuple(upper_vi(clean_line(line)) for line in text.split("\n") if clean_line(line))

    authority = clean_line(signature.authority) if isinstance(signature.authority, str) else ""
    position = upper_vi(clean_line(signature.position)) if isinstance(signature.position, str) else ""
    first = " ".join(p for p in (authority, position) if p)
    deputy = lines(signature.deputy_position)
    return B.SigningColumn(
        caption=lines(signature.caption),
        authority=((first,) if first else ()) + deputy,
        other_title=clean_line(signature.other_title) if isinstance(signature.other_title, str) else "",
        name=clean_line(signature.name) if isinstance(signature.name, str) else "",
        signature_image=signature.signature_image or None,
        seal_image=signature.seal_image or None,
    )


def _is_blank(column: B.SigningColumn) -> bool:
    return not (column.caption or column.authority or column.other_title or column.name
                or column.signature_image or column.seal_image)


def footer(report: M.Report) -> B.Footer:
    signatures = [s for s in report.signatures if isinstance(s, M.Signature)] or [M.Signature()]
    main = _signing_column(signatures[0])
    second = _signing_column(signatures[1]) if len(signatures) > 1 else None
    if second is not None and _is_blank(second):
        second = None
    lines = recipient_lines(report)
    return B.Footer(B.Recipients(lines) if lines else None, main, second)


def header(report: M.Report) -> B.Header:
    org = report.organization
    number, code = _number_and_code(report)
    return B.Header(
        parent=upper_vi(clean_line(org.parent)),
        issuer=upper_vi(clean_line(org.name)),
        number_line=document_number_line(report),
        place_date=place_date_line(report),
        number=number,
        code=code,
    )


def title(report: M.Report) -> B.Title:
    return B.Title(tuple(clean_line(line) for line in report.title_lines() if clean_line(line)))


def addressees(report: M.Report) -> B.Addressees | None:
    names = _items(report.addressees)
    if not names:
        return None
    if len(names) == 1:  # "Kính gửi: Phòng GD&ĐT huyện."
        return B.Addressees((list_line(names[0], True, dash=False),), inline=True)
    return B.Addressees(tuple(list_line(n, i == len(names) - 1) for i, n in enumerate(names)), inline=False)


def typed_values(report: M.Report) -> tuple[tuple[str, str], ...]:
    """The report's own values behind printed text (``Meta.typed``), from the field
    registry: every header field, each signing column's text fields (not its images),
    each part's role and heading, the addressees and recipients. A value that is not
    of its field's type (bad data) is left out."""
    out: list[tuple[str, str]] = []

    def put(path: str, field: F.Field, value: object) -> None:
        try:
            out.append((path, json.dumps(field.type.to_json(value), ensure_ascii=False)))
        except (TypeError, ValueError):
            pass

    for field in F.REPORT.fields:
        try:
            put(field.path, field, F.get_path(report, field.path))
        except AttributeError:
            continue
    for name, record in F.RECORD_LISTS.items():
        if name == "activities":  # printed in full: nothing to give back
            continue
        for index, item in enumerate(getattr(report, name, None) or ()):
            for field in record.fields:
                if field.type is not F.PNG and isinstance(item, record.cls):
                    put(f"{name}.{index}.{field.path}", field, getattr(item, field.path, None))
    for name in F.STRING_LISTS:
        items = [i for i in getattr(report, name, None) or () if isinstance(i, str)]
        out.append((name, json.dumps(items, ensure_ascii=False)))
    return tuple(out)


def build_document(report: M.Report, *, cancelled: Cancelled = None) -> B.Document:
    """The report as printed blocks. ``cancelled`` is asked between parts and every
    few hundred blocks (RenderCancelled). Activity rows are not copied: the table's
    rows are made when a renderer asks for them. A text beyond the limit of a field
    (a report kept before the limit existed) is cut, with a note (``limits``)."""
    check(cancelled)
    report = printable(report)
    the_title = title(report)
    body = _end(_Body(report, cancelled).build())
    subject = " ".join(the_title.lines)
    date = report.date.as_date() if isinstance(report.date, M.IssueDate) else None
    if isinstance(report.date, dt.date):
        date = report.date
    return B.Document(
        header=header(report),
        title=the_title,
        addressees=addressees(report),
        body=tuple(body),
        footer=footer(report),
        meta=B.Meta(title=clean_line(f"Báo cáo {subject}") if subject else "Báo cáo",
                    subject=subject, author=clean_line(report.organization.name), date=date,
                    typed=typed_values(report)),
    )
