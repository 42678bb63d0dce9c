"""The printed report as a sequence of blocks: what every output lays out.

``document.build.build_document(report)`` turns a domain ``Report`` into one
``Document``; the PDF, the Excel report sheet and the Word file only lay these blocks
out, so they print the same words in the same order (a test compares them). Every
decision about *what* is printed is taken here, once: numbers of parts and headings,
upper-casing, default headings, "Số: …", the date line with its blanks, "Kính gửi"
and "Nơi nhận" lines with their ";" and ".", "- Như trên;", "- Lưu: VT, ….", the
end mark "./.", the automatic Stt column, totals, placeholders for empty parts, which
block stays with the next. *How* it looks (sizes, indents in millimetres, rules,
fonts) is the renderer's business; DOCUMENT-FORMAT.md gives the figures.

Text in blocks is final: composed (NFC), cleaned of control characters, upper-cased
where the decree wants upper case; renderers escape it for their format and print it
as it is. A blank to fill in by hand is a run of no-break spaces (``BLANK``).

The document, in reading order::

    Document
      header: Header            the two-column block at the top of page 1
      title: Title              "BÁO CÁO" and the subject lines
      addressees: Addressees?   "Kính gửi:" and its lines
      body: tuple[BodyBlock]    PartHeading | Heading | Paragraph | ListItem | Table
      footer: Footer            "Nơi nhận" and one or two signing columns
      meta: Meta                file properties (title, author, date)

Page-flow rule for every renderer: a block with ``keep_with_next`` stays on the page
of the block after it (headings always; the body's last text block stays with the
footer, so the signing block never stands alone). "Stays with" means the next block's
start goes on the same page: a paragraph's first two lines, a table's header and first
row, all of a block that itself keeps with the next, all of the footer.

Tables (``Table``) carry their rows as a ``Sequence`` that may make each row when asked
(the activity table of a 2,000-row report is never copied into a list here); ask
``len(rows)`` and index or iterate, and check for cancellation while you do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from hienhao_desktop.domain.dates import BLANK
from hienhao_desktop.domain.model import EMPTY_PLACEHOLDER

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KIND = "BÁO CÁO"
END_MARK = "./."
PLACEHOLDER = EMPTY_PLACEHOLDER  # an empty part or heading: the gap is seen before signing
TOTAL_LABEL = "Tổng cộng"
ADDRESSEES_LABEL = "Kính gửi:"
RECIPIENTS_TITLE = "Nơi nhận:"

__all__ = [
    "ADDRESSEES_LABEL", "BLANK", "END_MARK", "KIND", "MOTTO", "NATION", "PLACEHOLDER", "RECIPIENTS_TITLE",
    "TOTAL_LABEL", "Addressees", "BodyBlock", "Cell", "Column", "Document", "Footer", "Header", "Heading",
    "ListItem", "Meta", "Paragraph", "PartHeading", "Recipients", "Rows", "SigningColumn", "Span", "Table",
    "Title", "TotalRow", "plain",
]


@dataclass(frozen=True)
class Span:
    """A stretch of text in one character format."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


def plain(spans: Sequence[Span]) -> str:
    return "".join(span.text for span in spans)


# ---- page 1 -------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The borderless two-column table at the top of page 1.

    Left column, centred: ``parent`` (upright, may be ""), ``issuer`` (bold, a short
    rule under it), then ``number_line``. Right column, centred: ``nation`` (bold, one
    line), ``motto`` (bold, a rule as long as it under it), then ``place_date``
    (italic) on the same baseline as ``number_line``."""

    parent: str  # "UBND XÃ HIỀN HÀO"
    issuer: str  # "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"
    number_line: str  # "Số: 12/BC-TTHTCĐ", "Số: 02/UB", "Số:      /BC-TTHTCĐ"
    place_date: str  # "Hiền Hào, ngày 15 tháng 01 năm 2024", "Hiền Hào, ngày      tháng 4 năm 2012"
    nation: str = NATION
    motto: str = MOTTO
    number: str = ""  # the parts of number_line, for an output that prints them apart: "02"
    code: str = ""  # "UB", "BC-TTHTCĐ"


@dataclass(frozen=True)
class Title:
    """``kind`` ("BÁO CÁO") and the subject ``lines`` (as the author broke them, maybe
    none), each centred and bold; a short rule under the last line."""

    lines: tuple[str, ...]
    kind: str = KIND


@dataclass(frozen=True)
class Addressees:
    """"Kính gửi:" then ``lines``. ``inline``: one addressee, printed on the label's
    line ("Kính gửi: Phòng Giáo dục và Đào tạo huyện."), centred; else the label with
    the lines ("- …;", the last "- … .") in a block beside it."""

    lines: tuple[str, ...]
    inline: bool
    label: str = ADDRESSEES_LABEL


# ---- the body -----------------------------------------------------------------------


@dataclass(frozen=True)
class PartHeading:
    """A part's heading: bold, upper case. ``number`` is "I.", "A.", "Phần thứ nhất"
    or "". ``centred`` (parts numbered "Phần thứ …"): the number on a line of its own
    and the heading under it, both centred; else one line "I. ĐÁNH GIÁ CHUNG" with the
    body's first-line indent. ``lines`` gives the text line by line. ``role``: the
    part's role (``domain.model.PartRole``), not printed; an output that can carry it
    unseen does (the Word file's bookmarks, so that its importer gives it back)."""

    number: str
    text: str
    centred: bool = False
    keep_with_next: bool = True
    role: str = field(default="", compare=False)

    @property
    def lines(self) -> tuple[str, ...]:
        if self.centred:
            return tuple(line for line in (self.number, self.text) if line)
        return (f"{self.number} {self.text}".strip(),)


@dataclass(frozen=True)
class Heading:
    """A heading inside a part, level 1–3: "1. Thuận lợi", "1.1. …", "a) …", "- …".
    Printed as one paragraph with the body's first-line indent, in the given style
    (level 1 bold, level 2 bold italic, level 3 italic)."""

    level: int
    number: str
    text: str
    bold: bool = True
    italic: bool = False
    keep_with_next: bool = True

    @property
    def line(self) -> str:
        return f"{self.number} {self.text}".strip()


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified, first-line indent, at least 6 pt after."""

    spans: tuple[Span, ...]
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return plain(self.spans)


@dataclass(frozen=True)
class ListItem:
    """A bullet line: ``marker`` ("-" at level 1, "+" at level 2), a space, the spans.
    Level 1 has the body's first-line indent, level 2 one step more."""

    level: int
    marker: str
    spans: tuple[Span, ...]
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return f"{self.marker} {plain(self.spans)}"


Cell = str | int | None  # text; a whole number; None: blank (an unknown number is blank, never 0)


@dataclass(frozen=True)
class Column:
    """``kind``: "index" (the automatic Stt), "number" (whole numbers) or "text".
    ``weight``: the column's share of the table's width (the weights add up to 1).
    ``align``: of the data cells ("left", "center", "right"); titles are centred, bold."""

    title: str
    kind: str
    weight: float
    align: str


@dataclass(frozen=True)
class TotalRow:
    """The "Tổng cộng" row: ``label`` covers the first ``span`` columns (0: no label
    cell, when the first column is itself summed); ``values`` has one entry per
    column: the sum for a number column, None elsewhere (blank)."""

    values: tuple[int | None, ...]
    span: int
    label: str = TOTAL_LABEL


class Rows(Sequence[tuple[Cell, ...]]):
    """A table's data rows, made one at a time when asked."""

    def __init__(self, count: int, make: Callable[[int], tuple[Cell, ...]]) -> None:
        self._count = count
        self._make = make

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> tuple[Cell, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Cell, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Cell, ...] | Sequence[tuple[Cell, ...]]:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._make(index)

    def __iter__(self) -> Iterator[tuple[Cell, ...]]:
        return (self._make(i) for i in range(self._count))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Rows({self._count})"


@dataclass(frozen=True, eq=False)
class Table:
    """A bordered table across the text width. The header row (column titles, bold,
    centred) repeats on every page the table runs onto; a row is never cut at a page
    foot unless it is taller than a page. ``rows`` cells follow the columns' kinds
    (int or None in index and number columns, str elsewhere). ``activities``: this is
    the activity table (the Excel export's data sheet holds the same rows)."""

    columns: tuple[Column, ...]
    rows: Sequence[tuple[Cell, ...]]
    total: TotalRow | None = None
    activities: bool = False
    keep_with_next: bool = False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self.columns, self.total, self.activities, self.keep_with_next) == (
            other.columns, other.total, other.activities, other.keep_with_next) and list(self.rows) == list(other.rows)

    __hash__ = object.__hash__


BodyBlock = PartHeading | Heading | Paragraph | ListItem | Table


# ---- the end ------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipients:
    """"Nơi nhận:" (bold italic, smaller) and one recipient a line ("- …;", the last
    "- Lưu: VT, … ."), smaller still, flush left."""

    lines: tuple[str, ...]
    title: str = RECIPIENTS_TITLE


@dataclass(frozen=True)
class SigningColumn:
    """One signing block, centred in its column: ``caption`` lines ("XÁC NHẬN CỦA UBND
    XÃ"), ``authority`` lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), all bold upper case;
    room for the hand signature and seal (images drawn there when given: the seal on
    the signature's left third); ``other_title`` (upright, sentence case) above the
    ``name`` (bold)."""

    caption: tuple[str, ...]
    authority: tuple[str, ...]
    other_title: str
    name: str
    signature_image: bytes | None = None
    seal_image: bytes | None = None


@dataclass(frozen=True)
class Footer:
    """The borderless two-column block after the body, never on a page of its own.

    One signing column: ``recipients`` on the left, level with ``main`` on the right.
    Two: ``second`` on the left and ``main`` on the right, level with each other, and
    ``recipients`` under them on the left."""

    recipients: Recipients | None
    main: SigningColumn
    second: SigningColumn | None = None


@dataclass(frozen=True)
class Meta:
    """File properties. ``typed``: the report's own values behind what is printed
    (header fields, signing columns, part roles and headings, addressees,
    recipients), as (field path, JSON) pairs, for an output that can carry them
    unseen: printing upper-cases, pads and fills in defaults, and a reader of the
    page cannot undo that (the Word file keeps them for its importer)."""

    title: str  # "Báo cáo Sơ kết học kỳ I năm học 2023-2024"
    subject: str
    author: str
    date: dt.date | None  # the issue date when complete
    typed: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Document:
    header: Header
    title: Title
    addressees: Addressees | None
    body: tuple[BodyBlock, ...]
    footer: Footer
    meta: Meta

    def tables(self) -> list[Table]:
        return [block for block in self.body if isinstance(block, Table)]

