"""A Word report (.docx) made into a ``Report``, as clerks really type them.

``import_docx(path)`` reads the file (``docx_read``: refusals for a .doc, an
encrypted, damaged or foreign file), then recognises the parts of a Decree-30 report
in the lines and tables, each by its content rather than its position or look, since
every commune types them differently:

- the header: a two-column table (with or without borders) or lines split by tabs or
  runs of spaces, or the lines stacked one under the other: parent body and issuing
  body (left), national name and motto (right), "Số: 12/BC-TTHTCĐ" (number and code
  as typed) and "Hiền Hào, ngày … tháng 4 năm 2012" (each part optional). When the
  body has none, the first page's header is tried;
- the title: "BÁO CÁO" and the subject lines under it (their breaks kept), from which
  the kind (sơ kết / tổng kết), the period and the school year are guessed;
- "Kính gửi" with its addressees; an opening ("Căn cứ …", "… như sau:") before the
  first part;
- parts and headings numbered by hand ("I.", "Phần thứ nhất", "A.", "1.", "1.1.",
  "a)", "I/") or by Word's list numbering (the label Word displays is computed), or
  only by heading styles. The first part-like label gives the part level; the levels
  below follow the order in which label kinds appear (as a reader would see
  A. → I/ → 1. → a)). The part and heading numbering styles are chosen to print the
  same numbers back; when none does, the labels are kept as typed. Each part's role
  is guessed from its heading;
- "-" and "+" items (typed or Word bullets), bold/italic/underline runs;
- tables: one with Stt / activity / participants / lead / partner columns is the
  activity table (Stt recomputed, a "Tổng cộng" row dropped for the computed total,
  participant counts parsed, text that is not a count kept in the activity's name);
  any other becomes a table block (number columns and a total row detected);
- the footer: "Nơi nhận" with its lines and the signing block(s) (authority TM./KT./
  Q./TL./TUQ., position, deputy's position, other title, name), in a table, in
  tab-split lines or in plain lines, before or after "Nơi nhận"; "./." is dropped.
  A picture in a signing column is the signature, one floating over it the seal
  (kept as PNG);
- a file the program exported carries the values printing changed (capitals,
  defaults) in its custom properties (``docx_hints``): while its text is unchanged,
  they are taken back.

Nothing is dropped silently: what is not recognised becomes a paragraph where it
stood, and ``ImportSummary`` says what was found, what was converted from legacy fonts
and what was left as plain text, for the window to show before the user confirms.
A file in which no title, header or parts can be found is refused as not a report.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.fields import MAX_IMAGE_BYTES, PNG_MAGIC
from hienhao_desktop.domain.model import (
    EMPTY_PLACEHOLDER,
    Activity,
    ActivityTable,
    Block,
    Column,
    ColumnKind,
    Heading,
    HeadingNumbering,
    IssueDate,
    ListItem,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    Report,
    ReportKind,
    Run,
    Signature,
    Table,
    default_part_heading,
    default_title,
)
from hienhao_desktop.domain.numbers import read_whole_number
from hienhao_desktop.domain.text import capitalize_first, clean_line, clean_text, upper_vi
from hienhao_desktop.storage import docx_hints
from hienhao_desktop.storage.docx_read import (
    MAX_BYTES,
    CellItem,
    Item,
    Line,
    Picture,
    ReadStats,
    TableItem,
    TextRun,
    line_text,
    read_docx,
    read_page_header,
)
from hienhao_desktop.storage.docx_text import (
    Label,
    fold,
    is_all_caps,
    label_of_word_numbering,
    letter_value,
    parse_label,
    roman_value,
    sentence_case,
    squash,
)
from hienhao_desktop.storage.filekind import ImportRefused

# ---- the summary ------------------------------------------------------------------------


@dataclass
class Note:
    """A remark for the person importing: what was changed, guessed or left as text."""

    code: str  # a key of messages.MESSAGES
    params: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.params)


@dataclass
class PartSummary:
    label: str  # as typed or as Word numbered it: "I.", "Phần thứ hai", ""
    heading: str  # as it will print (the role's default when it matched)
    role: str
    blocks: int


@dataclass
class ImportSummary:
    """What was recognised in a Word file, shown before the report is saved."""

    source: str = ""
    header: list[str] = field(default_factory=list)  # found: "organization", "number", "place", "date", "national"
    title: str = ""
    addressees: int = 0
    opening: int = 0  # blocks before the first part
    parts: list[PartSummary] = field(default_factory=list)
    headings: int = 0
    paragraphs: int = 0
    list_items: int = 0
    tables: list[tuple[int, int]] = field(default_factory=list)  # (columns, rows) of each table block
    activity_table: bool = False
    activities: int = 0
    total_rows: int = 0  # "Tổng cộng" rows recognised and left to the program to compute
    recipients: int = 0
    signatures: int = 0
    plain: list[str] = field(default_factory=list)  # text not recognised, kept as paragraphs
    placeholders: int = 0  # "(Chưa có nội dung)" lines the program printed for empty sections
    legacy: dict[str, int] = field(default_factory=dict)  # "tcvn3"/"vni": by font; "tcvn3?"/"vni?": by content
    notes: list[Note] = field(default_factory=list)

    def lines(self, lang: str | None = None) -> list[str]:
        """The summary as lines of text for people (stderr, the window's preview)."""
        def r(code: str, **params: object) -> str:
            return messages.render(code, lang, **params)

        out = [r("docx_sum_file", source=self.source)]
        if self.header:
            out.append(r("docx_sum_header", fields=", ".join(r(f"docx_field_{f}") for f in self.header)))
        if self.title:
            out.append(r("docx_sum_title", title=self.title.replace("\n", " / ")))
        if self.addressees:
            out.append(r("docx_sum_addressees", count=self.addressees))
        if self.opening:
            out.append(r("docx_sum_opening", count=self.opening))
        out.append(r("docx_sum_parts", count=len(self.parts)))
        for part in self.parts:
            words = " ".join(w for w in (part.label, part.heading) if w)
            out.append(f"  {words} [{r(f'docx_role_{part.role}')}]")
        out.append(r("docx_sum_blocks", headings=self.headings, paragraphs=self.paragraphs, items=self.list_items))
        for columns, rows in self.tables:
            out.append(r("docx_sum_table", columns=columns, rows=rows))
        if self.activity_table:
            out.append(r("docx_sum_activities", count=self.activities))
        out.append(r("docx_sum_footer", recipients=self.recipients, signatures=self.signatures))
        for encoding, count in sorted(self.legacy.items()):
            code = "docx_sum_legacy_detected" if encoding.endswith("?") else "docx_sum_legacy"
            out.append(r(code, count=count, encoding=encoding.rstrip("?").upper()))
        if self.placeholders:
            out.append(r("docx_sum_placeholders", count=self.placeholders))
        if self.plain:
            out.append(r("docx_sum_plain", count=len(self.plain)))
            out += [f"  «{_excerpt(text)}»" for text in self.plain]
        out += [f"! {note.text(lang)}" for note in self.notes]
        return out


@dataclass
class DocxImport:
    report: Report
    summary: ImportSummary


def _excerpt(text: str, limit: int = 70) -> str:
    text = clean_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- entry points -----------------------------------------------------------------------


def import_docx(path: str | os.PathLike[str]) -> DocxImport:
    """The report in a Word file, with what was recognised. Raises ImportRefused
    (with the file's name, a code and what to do) for anything that is not a .docx
    report; reads nothing else and writes nothing."""
    source = str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ImportRefused(source, "too_large", size=round(size / 2**20, 1), limit=MAX_BYTES // 2**20)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportRefused(source, "cannot_read", detail=exc.strerror or str(exc)) from None
    return import_docx_bytes(data, source)


def import_docx_bytes(data: bytes, source: str = "") -> DocxImport:
    items, stats, document = read_docx(data, source)
    header_items: list[Item] = []
    if not _has_header_signal(items[:_HEADER_WINDOW]):
        page_header = read_page_header(document)
        if _has_header_signal(page_header):
            header_items = page_header
    result = Recogniser(_unwrap_frames(items), stats, source, header_items).run()
    _use_hints(result, document)
    return result


def _use_hints(result: DocxImport, document: object) -> None:
    """A file the program exported gives back the values printing changed
    (``docx_hints``), while its text is unchanged."""
    properties = docx_hints.read_properties(document)
    usable = docx_hints.usable(properties, document.element.body) if properties else None  # type: ignore[attr-defined]
    if usable is None:
        return
    if not usable:
        result.summary.notes.append(Note("docx_hints_stale"))
        return
    if docx_hints.apply_hints(result.report, properties):
        result.summary.notes.append(Note("docx_hints_used"))
        report = result.report
        result.summary.title = report.effective_title
        result.summary.recipients = len(report.recipients)
        result.summary.addressees = len(report.addressees)
        result.summary.signatures = len([s for s in report.signatures if s.name or s.position])
        for part, summary in zip(report.parts, result.summary.parts, strict=False):
            summary.heading = report.part_heading(part)
            summary.role = part.role


def _unwrap_frames(items: list[Item]) -> list[Item]:
    """Tables of one column are frames around text (some clerks put a whole report,
    or its header, in a one-cell table): their lines take the table's place."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, TableItem) and max((len(row) for row in item.grid()), default=0) <= 1:
            out += item.lines()
        else:
            out.append(item)
    return out


# ---- patterns ---------------------------------------------------------------------------

_HEADER_WINDOW = 24  # the header is among the first lines
_NATIONAL = re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam")
_MOTTO = re.compile(r"doc\s*lap\s*[-–—,]?\s*tu\s*do\s*[-–—,]?\s*hanh\s*phuc")
# "Số: 12/BC-TTHTCĐ", "Số:      /BC-TTHTCĐ", "Số: …/UB", "Số 15-BC/ĐU": a short number (or blanks to write
# by hand), a slash, a code; "Số người tham gia: 62/100" is not one.
_NUMBER = re.compile(r"^\s*S[ốỐoO]\s*[:.]?\s*(?P<number>[0-9.…_ ]{0,12}(?:-[^\s/]{1,10})?)\s*/\s*"
                     r"(?P<code>[^\s/][^/]{0,30}?(?:/[^\s/]{1,12})?)\s*\.?\s*$", re.IGNORECASE)
_FILL = r"[\s.…_·-]*"
_DATE = re.compile(
    r"^(?P<place>.*?)[\s,]*(?:ngày" + _FILL + r"(?P<d>\d{1,2})?" + _FILL + r")?tháng" + _FILL + r"(?P<m>\d{1,2})?"
    + _FILL + r"năm" + _FILL + r"(?P<y>\d{4})?[\s.…_·\d]*$",
    re.IGNORECASE,
)
_DATE_SLASH = re.compile(r"^(?P<place>.*?)[\s,]*ngày\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*\.?$",
                         re.IGNORECASE)
_RULE = re.compile(r"^[\s\-_–—=*~.·•]{3,}$")
_END_MARK = re.compile(r"\s*\./\.\s*$")  # "./.": its first dot is the last sentence's full stop
_AUTHORITY = re.compile(r"^(TM|T/M|T\.M|KT|K/T|K\.T|Q|TL|T/L|TUQ|T\.U\.Q)\s*[.:]?\s+(?P<rest>\S.*)$")
_PLACEHOLDER = re.compile(r"^\(.*\b(ky|dau|da ky|chu ky)\b.*\)$")
_DOC_TYPES = ("bao cao", "ke hoach", "to trinh", "de an", "chuong trinh", "thong bao", "bien ban", "quyet dinh",
              "cong van", "huong dan", "bao cao tom tat")
_TOTAL = re.compile(r"^(tong\s*(cong|so)?|cong)\b")
_ACTIVITY_TOTAL_LINE = re.compile(r"^tong\s*(so\s*nguoi\s*tham\s*gia|cong)\s*:?\s*[\d.\s]+(nguoi)?\.?$")
_PEOPLE = re.compile(r"^(?P<n>\d{1,3}(?:[.,\s]\d{3})*|\d+)\s*(người|lượt người|lượt)?\s*\.?$", re.IGNORECASE)


def _has_header_signal(items: list[Item]) -> bool:
    for item in items:
        for text in _item_texts(item):
            if _header_signal(text):
                return True
    return False


def _item_texts(item: Item) -> list[str]:
    if isinstance(item, Line):
        return [line_text(item)]
    return [line_text(line) for line in item.lines()]


def _header_signal(text: str) -> bool:
    f = fold(text)
    return bool(_NATIONAL.search(f) or _MOTTO.search(f) or _is_number_line(text)
                or (len(text) < 120 and _parse_date(text) is not None))


def _is_number_line(text: str) -> bool:
    m = _NUMBER.match(text)
    return m is not None and len(text) < 80 and fold(text).lstrip().startswith("so") and bool(m.group("code").strip())


def _column_bounds(text: str) -> list[tuple[int, int]]:
    """Where the columns of a line typed as columns are: split at tabs, or (with no
    tab) at runs of three or more spaces; "Số:      /BC-…" stays one piece."""
    gaps = re.compile(r"\t+") if "\t" in text else re.compile(r"[ \u00a0]{3,}")
    bounds: list[tuple[int, int]] = []
    position = 0
    for m in gaps.finditer(text):
        bounds.append((position, m.start()))
        position = m.end()
    bounds.append((position, len(text)))
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        if merged and text[a:b].lstrip().startswith("/") and text[merged[-1][0]:merged[-1][1]].strip():
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _split_columns(text: str) -> list[str]:
    """A line typed as two columns, in pieces (empty where a line starts with tabs)."""
    return [text[a:b].strip() for a, b in _column_bounds(text)]


def _parse_date(text: str) -> tuple[str, IssueDate, bool] | None:
    """(place, date, whether every part given makes sense) of "Hiền Hào, ngày 15 tháng 01 năm 2024"."""
    t = clean_line(text)
    m = _DATE.match(t) or _DATE_SLASH.match(t)
    folded = fold(t)
    if not m or len(m.group("place")) > 60 or not ("ngay" in folded or re.search(r",\s*thang", folded)):
        return None
    place = m.group("place").strip(" ,.…_")
    if set(place) <= set(".…_ "):
        place = ""

    def number(group: str, low: int, high: int) -> tuple[int | None, bool]:
        value = m.group(group)
        if value is None or not value.isdigit() or len(value) not in (1, 2, 4):
            return None, True
        n = int(value)
        return (n, True) if low <= n <= high else (None, False)

    day, ok_d = number("d", 1, 31)
    month, ok_m = number("m", 1, 12)
    year, ok_y = number("y", 1900, 2200)
    date = IssueDate(day, month, year)
    ok = ok_d and ok_m and ok_y
    if date.day is not None and date.month is not None and date.year is not None and date.as_date() is None:
        date, ok = IssueDate(None, month, year), False
    return place, date, ok


# ---- runs ---------------------------------------------------------------------------------

_WS = re.compile(r"[\s\u00a0\u3000]+")


def _model_runs(runs: list[TextRun]) -> list[Run]:
    """Runs as the model keeps them: NFC, controls removed, tabs and breaks as
    spaces, whitespace collapsed across runs and trimmed, equal formats merged (a run
    of spaces takes its neighbour's format)."""
    out: list[Run] = []
    for run in runs:
        # clean_line trims: fence the text so the spaces at its edges (between runs) stay
        text = clean_line(f"\ue000{run.text}\ue000")[1:-1] if run.text else ""
        text = _WS.sub(" ", text)
        if not text:
            continue
        if out and (not text.strip() or (out[-1].bold, out[-1].italic, out[-1].underline)
                    == (run.bold, run.italic, run.underline)):
            out[-1].text += text
            continue
        if out and not out[-1].text.strip():
            out[-1] = Run(out[-1].text + text, run.bold, run.italic, run.underline)
            continue
        out.append(Run(text, run.bold, run.italic, run.underline))
    # collapse spaces across runs, trim the ends
    for i, merged in enumerate(out):
        merged.text = _WS.sub(" ", merged.text)
        if i and out[i - 1].text.endswith(" ") and merged.text.startswith(" "):
            merged.text = merged.text[1:]
    if out:
        out[0].text = out[0].text.lstrip()
        out[-1].text = out[-1].text.rstrip()
    return [run for run in out if run.text]


def _cut_runs(runs: list[TextRun], count: int) -> list[TextRun]:
    """The runs without their first ``count`` characters (a typed label)."""
    out: list[TextRun] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(TextRun(run.text[count:], run.bold, run.italic, run.underline))
        count = 0
    return out


def _plain(runs: list[TextRun]) -> str:
    return "".join(run.text for run in runs)


def _bold_share(runs: list[TextRun]) -> float:
    letters = sum(sum(ch.isalnum() for ch in run.text) for run in runs)
    if not letters:
        return 0.0
    return sum(sum(ch.isalnum() for ch in run.text) for run in runs if run.bold) / letters


def _line_bold(line: Line) -> bool:
    return _bold_share(line.runs) >= 0.6


def _one_line(text: str) -> str:
    return clean_line(text)


# ---- roles ----------------------------------------------------------------------------

_RECOMMENDATIONS = re.compile(r"kien nghi|de xuat|de nghi")
_PLANS = re.compile(r"giai phap|phuong huong|^(cac )?ke hoach|(nhiem vu|ke hoach) .*\b(toi|sau|tiep theo)\b")
_ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"danh gia chung|nhan xet chung|uu diem|ton tai|han che|bai hoc|danh gia, nhan xet", PartRole.ASSESSMENT),
    (r"dac diem|tinh hinh chung|boi canh|co so phap ly", PartRole.SITUATION),
    (r"thuc hien|ket qua|hoat dong|tinh hinh|cong tac", PartRole.IMPLEMENTATION),
)


def guess_role(heading: str) -> str:
    """The role of a part from its heading. Recommendations and plans win wherever
    their words stand; otherwise the words met first decide ("Đặc điểm tình hình" is
    the situation, "Tình hình thực hiện nhiệm vụ" the work done)."""
    f = re.sub(r"\s+", " ", fold(heading))
    if _RECOMMENDATIONS.search(f):
        return PartRole.RECOMMENDATIONS.value
    if _PLANS.search(f):
        return PartRole.PLANS.value
    best: tuple[int, int, str] | None = None
    for order, (pattern, role) in enumerate(_ROLE_PATTERNS):
        m = re.search(pattern, f)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, str(role))
    return best[2] if best else PartRole.OTHER.value


# ---- period, kind, school year -----------------------------------------------------------


def guess_kind(title: str) -> str:
    f = fold(title)
    if "so ket" in f:
        return ReportKind.SO_KET.value
    if "tong ket" in f:
        return ReportKind.TONG_KET.value
    return ReportKind.OTHER.value


def guess_school_year(text: str) -> str:
    m = re.search(r"nam\s*hoc\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})", fold(text))
    return f"{m.group(1)}-{m.group(2)}" if m else ""


def guess_period(text: str) -> str:
    f = fold(text)
    m = re.search(r"\b(hoc\s*k[yi]|hk)\s*(ii|2|i|1)\b", f)
    if m:
        return "Học kỳ II" if m.group(2) in ("ii", "2") else "Học kỳ I"
    if re.search(r"\bca\s*nam\b|\bcuoi\s*nam\s*hoc\b", f):
        return "Cả năm"
    for pattern in (r"tu\s*thang\s*\d{1,2}\s*/\s*\d{4}\s*den\s*thang\s*\d{1,2}\s*/\s*\d{4}",
                    r"\d+\s*thang\s*(dau|cuoi)\s*nam(\s*\d{4})?",
                    r"nhiem\s*ky\s*\d{4}\s*[-–]\s*\d{4}",
                    r"(?<!hoc )\bnam\s*\d{4}\b(?!\s*[-–]\s*\d{4})"):
        m = re.search(pattern, f)
        if m:
            return capitalize_first(clean_line(text[m.start():m.end()]))
    return ""


# ---- the recogniser ------------------------------------------------------------------------


@dataclass
class _Heading:
    """A heading found in the body, before numbering styles are chosen."""

    block: Heading
    label: Label | None
    level: int


@dataclass
class _Part:
    label: Label | None
    text: str  # heading text without the label
    blocks: list[Block] = field(default_factory=list)
    headings: list[_Heading] = field(default_factory=list)
    role: str = ""  # from a role bookmark, when the file says it


# A part heading may carry a hidden bookmark naming its role ("_hh_role_plans_3"):
# a Word file exported by the program says what each part is, so exporting and
# importing again gives every part back its role, whatever its heading says.
ROLE_BOOKMARK = re.compile(r"^_hh_role_([a-z]+)(?:_\d+)?$")


def role_bookmark(role: str, index: int) -> str:
    """The bookmark name the Word export puts on a part's heading (hidden: "_")."""
    return f"_hh_role_{role}_{index}"


def _bookmarked_role(line: Line) -> str:
    for name in line.bookmarks:
        m = ROLE_BOOKMARK.match(name)
        if m and m.group(1) in {r.value for r in PartRole}:
            return m.group(1)
    return ""


class Recogniser:
    def __init__(self, items: list[Item], stats: ReadStats, source: str, page_header: list[Item]) -> None:
        self.items = items
        self.stats = stats
        self.source = source
        self.page_header = page_header
        self.report = Report(signatures=[])
        self.summary = ImportSummary(source=source)
        self.notes = self.summary.notes
        self.leftover_top: list[Block] = []  # unrecognised header lines: printed at the start of the opening
        self.leftover_bottom: list[Block] = []  # unrecognised footer lines: at the end of the body
        self.tail: list[Item] = []  # content after the footer (appendices)
        self.activity_table_seen = False
        self.title_found = False
        self.doc_type = ""
        self.recognised_parts = 0  # parts whose heading was found in the file
        self.part_key: tuple[str, int, str] | None = None
        self.part_style: int | None = None  # the heading style of the line that gave the part level
        self._last_activity: int | None = None  # set right after the activity table

    # ---- driver ------------------------------------------------------------------------

    def run(self) -> DocxImport:
        items = self.items
        if not any(not (isinstance(i, Line) and i.is_blank()) for i in items):
            raise ImportRefused(self.source, "word_empty")
        start = 0
        if self.page_header:
            self._header(self.page_header, len(self.page_header))
            self.notes.append(Note("docx_header_from_page_header"))
        else:
            start = self._header(items, self._header_end(items))
        start = self._title(items, start)
        start = self._addressees(items, start)
        footer_start, footer_end = self._footer_zone(items, start)
        self._footer(items[footer_start:footer_end])
        self.tail = items[footer_end:]
        self._body(items[start:footer_start])
        self._finish()
        self._check_is_report()
        return DocxImport(self.report, self.summary)

    def _check_is_report(self) -> None:
        """A title, or two parts, or a header and a part: else this is not a report."""
        if self.title_found or self.recognised_parts >= 2 or (self.summary.header and self.recognised_parts):
            return
        raise ImportRefused(self.source, "word_not_report")

    # ---- header ------------------------------------------------------------------------

    def _header_end(self, items: list[Item]) -> int:
        """Where the header ends: after the last item with a header sign among the
        first ones, stopping at the title, "Kính gửi" or a part heading."""
        end = 0
        seen = 0
        for index, item in enumerate(items):
            if seen >= _HEADER_WINDOW:
                break
            if isinstance(item, Line):
                if item.is_blank():
                    continue
                text = line_text(item).strip()
                f = fold(text)
                if f.startswith(("bao cao", "kinh gui", "can cu")) or (len(text) > 160 and not _header_signal(text)):
                    break
                label = self._label_of(item)
                if label is not None and label.kind in ("roman", "words") and not _header_signal(text):
                    break
            seen += 1
            if any(_header_signal(t) for t in _item_texts(item)):
                end = index + 1
        if end:
            # short lines between the header and "BÁO CÁO" ("V/v …", "Mẫu số 02"): the header's
            following = [k for k in range(end, min(len(items), end + 8))
                         if not (isinstance(items[k], Line) and items[k].is_blank())]  # type: ignore[union-attr]
            for count, k in enumerate(following[:4]):
                item = items[k]
                if isinstance(item, Line) and fold(line_text(item)).strip().startswith("bao cao"):
                    if count and all(isinstance(items[j], Line) and len(line_text(items[j])) <= 80  # type: ignore[arg-type]
                                     for j in following[:count]):
                        end = following[count - 1] + 1
                    break
        return end

    def _header(self, items: list[Item], end: int) -> int:
        if end == 0:
            return 0
        left: list[Line] = []
        right: list[Line] = []
        national_seen = False
        for item in items[:end]:
            if isinstance(item, TableItem):
                for row in item.grid():
                    cells = [c for c in row if c is not None]
                    if not cells:
                        continue
                    left += cells[0].lines
                    if len(cells) > 1:
                        for middle in cells[1:-1]:
                            for line in middle.lines:
                                (right if self._right_content(line_text(line)) else left).append(line)
                        right += cells[-1].lines
                national_seen = True
                continue
            if item.is_blank():
                continue
            pieces = _split_line(item)
            nonempty = [p for p in pieces if p.text.strip()]
            if len(nonempty) >= 2:
                left.append(nonempty[0])
                right += nonempty[1:]
                if _NATIONAL.search(fold(line_text(item))):
                    national_seen = True
                continue
            if not nonempty:
                continue
            line = nonempty[0]
            text = line.text
            if not pieces[0].text.strip():  # only text after tabs: the right column
                right.append(line)
            elif self._right_content(text):
                right.append(line)
                national_seen = national_seen or bool(_NATIONAL.search(fold(text)))
            elif _is_number_line(text) or not national_seen or item.align == "left":
                left.append(line)
            elif item.align == "right":
                right.append(line)
            else:
                left.append(line)
        self._read_left(left)
        self._read_right(right)
        return end

    @staticmethod
    def _right_content(text: str) -> bool:
        f = fold(text)
        return bool(_NATIONAL.search(f) or _MOTTO.search(f) or (_parse_date(text) is not None and len(text) < 120))

    def _read_left(self, lines: list[Line]) -> None:
        org: list[Line] = []
        after_number = False
        for line in lines:
            text = _one_line(line_text(line))
            if not text or _RULE.match(text):
                continue
            if _is_number_line(text):
                m = _NUMBER.match(text)
                assert m is not None
                number = m.group("number").strip()
                if not re.search(r"\w", number):
                    number = ""
                code = re.sub(r"\s*-\s*", "-", m.group("code").strip().rstrip("."))
                self.report.document_number = number
                if code.upper().startswith("BC-") and len(code) > 3:
                    self.report.organization.abbreviation = code[3:]
                    self.report.document_code = ""
                else:
                    self.report.document_code = code
                self._found("number")
                after_number = True
                continue
            if self._right_content(text):
                self._read_right([line])
                continue
            if after_number:
                self._unrecognised(text, top=True)
                continue
            org.append(line)
        if not org:
            return
        bold = [line for line in org if _line_bold(line)]
        if bold and len(bold) < len(org) and all(not _line_bold(line) for line in org[: org.index(bold[0])]):
            parent = org[: org.index(bold[0])]
            name = org[org.index(bold[0]):]
        elif len(org) >= 2:
            parent, name = org[:1], org[1:]
        else:
            parent, name = [], org
        parent_text = " ".join(_one_line(line_text(line)) for line in parent)
        if len(parent) > 1:
            self.notes.append(Note("docx_parent_lines", {"text": parent_text}))
        self.report.organization.parent = sentence_case(parent_text)
        self.report.organization.name = sentence_case(" ".join(_one_line(line_text(line)) for line in name))
        self._found("organization")

    def _read_right(self, lines: list[Line]) -> None:
        for line in lines:
            text = _one_line(line_text(line))
            if not text or _RULE.match(text):
                continue
            f = fold(text)
            if _NATIONAL.search(f) or _MOTTO.search(f):
                self._found("national")
                rest = _MOTTO.sub("", _NATIONAL.sub("", f)).strip(" -–—_")
                if rest and len(rest) > 3:
                    self._unrecognised(text, top=True)
                continue
            date = _parse_date(text)
            if date is not None:
                self._set_date(text, date)
                continue
            self._unrecognised(text, top=True)

    def _set_date(self, text: str, parsed: tuple[str, IssueDate, bool]) -> None:
        place, date, ok = parsed
        if place and not self.report.place:
            self.report.place = place
            self._found("place")
        if self.report.date.is_empty():
            self.report.date = date
            self._found("date")
        if not ok:
            self.notes.append(Note("docx_bad_date", {"text": text}))

    def _found(self, what: str) -> None:
        if what not in self.summary.header:
            self.summary.header.append(what)

    def _unrecognised(self, text: str, top: bool) -> None:
        text = _one_line(text)
        if not text:
            return
        self.summary.plain.append(text)
        (self.leftover_top if top else self.leftover_bottom).append(Paragraph([Run(text)]))

    # ---- title ----------------------------------------------------------------------------

    def _title(self, items: list[Item], start: int) -> int:
        i = _skip_blank(items, start)
        lines: list[str] = []
        if i < len(items) and isinstance(items[i], Line):
            first = items[i]
            assert isinstance(first, Line)
            text = _one_line(line_text(first))
            f = fold(text)
            doc_type = next((t for t in _DOC_TYPES if f.startswith(t) and (len(f) == len(t) or not f[len(t)].isalnum())),
                            None)
            if doc_type is not None and (doc_type == "bao cao" or first.align == "center" or _line_bold(first)):
                self.title_found = True
                if doc_type != "bao cao" or f.startswith("bao cao tom tat"):
                    self.doc_type = text[: len(doc_type)]
                    self.notes.append(Note("docx_doc_type", {"name": upper_vi(self.doc_type)}))
                rest = text[len(doc_type):].strip(" :-–")
                if rest:
                    lines.append(rest)
                i += 1
                i = self._subject_lines(items, i, lines)
            elif self._title_like(first, text):
                self.title_found = True
                i = self._subject_lines(items, i, lines)
        if lines:
            self.report.title = "\n".join(lines)
            self.summary.title = self.report.title
        if not self.title_found:
            self.notes.append(Note("docx_no_title"))
            return start
        return i

    def _title_like(self, line: Line, text: str) -> bool:
        f = fold(text)
        if self._label_of(line) is not None or len(text) > 200:
            return False
        if f.startswith(("so ket", "tong ket", "ket qua", "bao cao")):
            return True
        return line.align == "center" and _line_bold(line) and not f.startswith(("kinh gui", "can cu"))

    def _subject_lines(self, items: list[Item], i: int, lines: list[str]) -> int:
        """The subject lines under "BÁO CÁO": consecutive short lines, centred or bold,
        aligned like the first of them; a heading style or a label ends them."""
        align: str | None = None
        while i < len(items) and len(lines) < 5:
            item = items[i]
            if not isinstance(item, Line):
                break
            text = _one_line(line_text(item))
            if not text:
                if lines:
                    i += 1
                    break
                i += 1
                continue
            if _RULE.match(text):
                i += 1
                break
            f = fold(text)
            if f.startswith(("kinh gui", "can cu", "noi nhan")) or len(text) > 200:
                break
            if self._label_of(item) is not None or (item.style_level is not None and item.style_level >= 1):
                break
            if not (item.align == "center" or _line_bold(item)) and (lines or len(text) > 120):
                break
            if align is not None and item.align != align:
                break
            align = item.align
            lines.append(text)
            i += 1
        return i

    # ---- Kính gửi ---------------------------------------------------------------------------

    def _addressees(self, items: list[Item], start: int) -> int:
        i = _skip_blank(items, start)
        if i >= len(items):
            return start
        item = items[i]
        texts: list[str]
        if isinstance(item, TableItem):
            texts = [line_text(line) for line in item.lines() if not line.is_blank()]
            if not texts or not fold(texts[0]).strip().startswith("kinh gui"):
                return start
            end = i + 1
        else:
            if not fold(line_text(item)).strip().startswith("kinh gui"):
                return start
            texts = [line_text(item)]
            end = i + 1
            while end < len(items):
                nxt = items[end]
                if not isinstance(nxt, Line):
                    break
                if nxt.is_blank():
                    end += 1
                    continue
                label = self._label_of(nxt)
                if label is None or label.kind != "bullet":
                    break
                texts.append(line_text(nxt))
                end += 1
        for n, text in enumerate(texts):
            text = _one_line(text)
            if n == 0:
                text = re.sub(r"^\S+\s+\S+\s*:?", "", text, count=1)  # "Kính gửi:"
            for piece in _split_columns(text):
                piece = _recipient_text(piece)
                if piece:
                    self.report.addressees.append(piece)
        self.summary.addressees = len(self.report.addressees)
        return end

    # ---- footer ------------------------------------------------------------------------------

    def _footer_zone(self, items: list[Item], start: int) -> tuple[int, int]:
        """(first, end) of the footer: "Nơi nhận" and the signing block(s). What follows
        the footer (appendices) is handled as a last part."""
        n = len(items)
        noi_nhan = None
        for index in range(n - 1, start - 1, -1):
            if any(fold(t).strip().startswith("noi nhan") for t in _item_texts(items[index])):
                noi_nhan = index
                break
        end_mark = None
        for index in range(n - 1, start - 1, -1):
            item = items[index]
            if isinstance(item, Line) and _END_MARK.search(line_text(item)):
                end_mark = index
                break
        if noi_nhan is not None:
            first = noi_nhan
            if end_mark is not None and end_mark < noi_nhan:
                first = end_mark + 1
            else:
                first = self._signing_lines_before(items, noi_nhan, start)
            if isinstance(items[noi_nhan], TableItem):
                end = noi_nhan + 1
                following = _skip_blank(items, end)
                # a signing block right after the Nơi nhận table (two tables, or lines)
                if following < n and self._signature_item(items[following]):
                    end = following + 1
                end = self._signature_lines_after(items, end)
                return first, end
            return first, self._footer_lines_end(items, noi_nhan)
        if end_mark is not None:
            first = end_mark + 1
            return first, self._footer_lines_end(items, first)
        # no "Nơi nhận", no "./.": a signing block at the very end
        last = n - 1
        while last >= start and isinstance(items[last], Line) and items[last].is_blank():  # type: ignore[union-attr]
            last -= 1
        if last < start:
            return n, n
        if isinstance(items[last], TableItem):
            return (last, n) if self._signature_item(items[last]) else (n, n)
        first = self._signing_lines_before(items, last + 1, start, strict=True)
        return (first, n) if first <= last else (n, n)

    def _signature_item(self, item: Item) -> bool:
        """A small table (≤ 3 rows, ≤ 3 columns, no figures) holding a signing block
        with a position: the footer's table."""
        if not isinstance(item, TableItem):
            return False
        grid = item.grid()
        if not grid or len(grid) > 3 or max(len(row) for row in grid) > 3:
            return False
        cells = [c for row in grid for c in row if c is not None and c.text.strip()]
        if any(len(c.text) > 300 or _is_number(c.text) for c in cells):
            return False
        for cell in cells:
            sig = self._parse_signature([line_text(x) for x in cell.lines], probe=True)
            if sig is not None and (sig.position or sig.authority):
                return True
        return False

    def _signing_lines_before(self, items: list[Item], end: int, start: int, strict: bool = False) -> int:
        """The first of the short lines just before ``end`` that make a signing block
        (position in capitals or with TM./KT. …, then a name), or ``end``. ``strict``
        (no "Nơi nhận", no "./." to go by): the lines must also stand apart from the
        body, centred, right-aligned or pushed right with tabs."""
        candidates: list[int] = []
        index = end - 1
        while index >= start and len(candidates) < 8:
            item = items[index]
            if not isinstance(item, Line):
                break
            if item.is_blank():
                index -= 1
                continue
            text = _one_line(line_text(item))
            label = None if _AUTHORITY.match(text) else self._label_of(item)
            if len(text) > 80 or label is not None:
                break
            if _END_MARK.search(text):
                break
            if strict and item.align not in ("center", "right") and not line_text(item).startswith(("\t", "   ")):
                break
            candidates.append(index)
            index -= 1
        # the longest suffix that parses as a signing block with a position
        best = end
        for k in range(len(candidates), 0, -1):
            chosen = sorted(candidates[:k])
            texts = [line_text(items[j]) for j in chosen]  # type: ignore[arg-type]
            sig = self._parse_signature([t for t in texts if _parse_date(_one_line(t)) is None], probe=True)
            if sig is not None and (sig.position or sig.authority):
                first_text = fold(texts[0])
                if not (is_all_caps(texts[0]) or _AUTHORITY.match(texts[0].strip()) or first_text.startswith(
                        ("xac nhan", "y kien", "nguoi lap", "duyet", "ngay")) or _parse_date(texts[0])):
                    continue
                best = chosen[0]
                break
        return best

    def _footer_lines_end(self, items: list[Item], first: int) -> int:
        """The footer in lines runs to the end, unless an appendix follows the signer."""
        n = len(items)
        index = first
        lines_seen = 0
        while index < n:
            item = items[index]
            if isinstance(item, TableItem):
                if self._signature_item(item) or any(fold(t).strip().startswith("noi nhan") for t in _item_texts(item)):
                    index += 1
                    continue
                if lines_seen >= 2:
                    return index
                index += 1
                continue
            if not item.is_blank():
                text = line_text(item).strip()
                if lines_seen >= 3 and (len(text) > 120 or fold(text).startswith(("phu luc", "bieu mau"))):
                    return index
                lines_seen += 1
            index += 1
        return n

    def _signature_lines_after(self, items: list[Item], index: int) -> int:
        """Short signing lines typed after a footer table (the name under it)."""
        n = len(items)
        j = index
        while j < n:
            item = items[j]
            if not isinstance(item, Line):
                break
            if not item.is_blank():
                text = line_text(item).strip()
                if len(text) > 60 or fold(text).startswith(("phu luc", "bieu mau")):
                    break
            j += 1
        return j if j > index and any(isinstance(items[k], Line) and not items[k].is_blank()  # type: ignore[union-attr]
                                      for k in range(index, j)) else index

    def _footer(self, items: list[Item]) -> None:
        left: list[str] = []
        right: list[str] = []
        signature_cells: list[list[str]] = []
        cell_pictures: list[list[Picture]] = []  # the pictures of each signing cell's column
        loose_pictures: list[Picture] = []  # pictures in the footer's lines
        recipient_mode = False
        for item in items:
            if isinstance(item, TableItem):
                # a signing column may run over several rows (position above, name below):
                # the lines of one grid column are one signing block
                by_column: dict[int, list[str]] = {}
                pictures: dict[int, list[Picture]] = {}
                for row in item.grid():
                    for column, cell in enumerate(row):
                        if cell is None:
                            continue
                        found = [picture for line in cell.lines for picture in line.pictures]
                        texts = [line_text(line) for line in cell.lines if not line.is_blank()]
                        if not texts:
                            if found:
                                pictures.setdefault(column, []).extend(found)
                            continue
                        if any(fold(t).strip().startswith("noi nhan") for t in texts):
                            left += texts
                        else:
                            by_column.setdefault(column, []).extend(texts)
                            pictures.setdefault(column, []).extend(found)
                signature_cells += [by_column[c] for c in sorted(by_column)]
                cell_pictures += [pictures.get(c, []) for c in sorted(by_column)]
                continue
            loose_pictures += item.pictures
            if item.is_blank():
                continue
            text = line_text(item)
            pieces = _split_columns(text)
            nonempty = [p for p in pieces if p]
            if not nonempty:
                continue
            if len(nonempty) >= 2 and pieces[0]:
                left.append(nonempty[0])
                right.append(" ".join(nonempty[1:]))
                recipient_mode = recipient_mode or fold(nonempty[0]).startswith("noi nhan")
                continue
            piece = nonempty[0]
            f = fold(piece)
            label = self._label_of(item)
            if f.startswith("noi nhan"):
                recipient_mode = True
                left.append(piece)
            elif not pieces[0]:  # typed after tabs: the right column
                right.append(piece)
            elif (label is not None and label.kind == "bullet") or f.startswith(("luu", "nhu tren")) or (
                    recipient_mode and piece.rstrip().endswith((";", ","))):
                left.append(piece if not item.label else line_text(item))
            else:
                recipient_mode = False
                right.append(piece)
        # left: signing lines before "Nơi nhận" are a second signing column
        left_signature: list[str] = []
        recipients: list[str] = []
        in_recipients = False
        for text in left:
            f = fold(text).strip()
            if f.startswith("noi nhan"):
                in_recipients = True
                rest = text.split(":", 1)[1] if ":" in text else ""
                for piece in rest.split(";"):  # "Nơi nhận: Như trên; Lưu VT." on one line
                    if _recipient_text(piece):
                        recipients.append(_recipient_text(piece))
                continue
            if in_recipients:
                recipient = _recipient_text(text)
                if recipient:
                    recipients.append(recipient)
            else:
                left_signature.append(text)
        if recipients and self.report.addressees and fold(recipients[0]).startswith("nhu tren"):
            recipients = recipients[1:]  # printed again from the addressees
        self.report.recipients = recipients
        self.summary.recipients = len(recipients)

        columns = [*signature_cells]
        column_pictures = [*cell_pictures]
        if left_signature:
            columns.insert(0, left_signature)
            column_pictures.insert(0, [])
        if right:
            columns.append(right)
            column_pictures.append([])
        if loose_pictures and column_pictures:  # typed as lines: the pictures are the main signer's
            column_pictures[-1] = column_pictures[-1] + loose_pictures
        signatures: list[Signature] = []
        for texts, pictures_here in zip(columns, column_pictures, strict=True):
            texts = self._take_date(texts)
            sig = self._parse_signature(texts)
            if sig is None:
                for text in texts:
                    self._unrecognised(text, top=False)
                continue
            self._signing_pictures(sig, pictures_here)
            signatures.append(sig)
        if not signatures:
            self.notes.append(Note("docx_no_signature"))
            signatures = [Signature()]
        # [right (main), left]: the main signer is the last column
        signatures = [signatures[-1], *reversed(signatures[:-1])]
        if len(signatures) > 2:
            for extra in signatures[2:]:
                self._unrecognised(" ".join(p for p in (extra.caption, extra.authority, extra.position,
                                                       extra.other_title, extra.name) if p), top=False)
            signatures = signatures[:2]
        self.report.signatures = signatures
        self.summary.signatures = len([s for s in signatures if s.name or s.position])

    def _signing_pictures(self, sig: Signature, pictures: list[Picture]) -> None:
        """The pictures in a signing column: the one standing in the line is the
        signature, the one floating over it the seal (a lone floating one: the seal).
        Kept as PNG (other formats converted); one that cannot be is dropped, and said."""
        dropped = 0
        for picture in pictures:
            slot = "seal_image" if picture.floating else "signature_image"
            if getattr(sig, slot) is not None:
                continue
            png = as_png(picture.data)
            if png is None:
                dropped += 1
                continue
            setattr(sig, slot, png)
        if dropped:
            self.notes.append(Note("docx_picture_dropped", {"count": dropped}))

    def _take_date(self, texts: list[str]) -> list[str]:
        kept = []
        for text in texts:
            parsed = _parse_date(_one_line(text)) if len(text) < 120 else None
            if parsed is not None:
                self._set_date(text, parsed)
            else:
                kept.append(text)
        return kept

    def _parse_signature(self, texts: list[str], probe: bool = False) -> Signature | None:
        """A signing column from its lines; None when they are not one. ``probe``:
        only asking, no notes."""
        lines: list[str] = []
        for text in texts:
            for piece in _split_columns(text):
                piece = _one_line(piece)
                if not piece or _RULE.match(piece):
                    continue
                if _PLACEHOLDER.match(fold(piece)):
                    if not probe:
                        self.notes.append(Note("docx_placeholder_dropped", {"text": piece}))
                    continue
                lines.append(piece)
        if not lines or any(len(line) > 100 for line in lines) or len(lines) > 8:
            return None
        sig = Signature()
        f = fold(lines[0])
        if f.startswith(("xac nhan", "y kien", "nguoi lap", "nguoi bao cao", "duyet", "phe duyet", "thu truong")):
            sig.caption = sentence_case(lines.pop(0))
        if lines:
            m = _AUTHORITY.match(lines[0])
            if m:
                prefix = re.sub(r"[./]", "", m.group(1)).upper()
                sig.authority = {"TM": "TM.", "KT": "KT.", "Q": "Q.", "TL": "TL.", "TUQ": "TUQ."}[prefix]
                sig.position = sentence_case(m.group("rest").strip())
                lines.pop(0)
                if len(lines) >= 2 and is_all_caps(lines[0]):
                    sig.deputy_position = sentence_case(lines.pop(0))
            else:
                position: list[str] = []
                while len(lines) >= 2 and is_all_caps(lines[0]):
                    position.append(lines.pop(0))
                if not position and len(lines) == 1 and is_all_caps(lines[0]) and not sig.caption:
                    position.append(lines.pop(0))
                sig.position = sentence_case(" ".join(position))
        if lines:
            if not _looks_like_name(lines[-1]):
                return None  # a signing block ends with the signer's name (or nothing: signed by hand)
            sig.name = lines.pop()
            if any(len(line) > 80 or line.rstrip().endswith((".", ";", ",")) for line in lines):
                return None
            sig.other_title = " ".join(lines)
        if not (sig.position or sig.authority or sig.caption) and (not sig.name or sig.other_title):
            return None  # a lone name is a signer; anything else is not a signing block
        return sig

    # ---- body ------------------------------------------------------------------------------

    def _label_of(self, line: Line) -> Label | None:
        if line.label:
            return label_of_word_numbering(line.label, line.label_format)
        return parse_label(line.text)

    def _body(self, items: list[Item]) -> None:
        cands: list[tuple[Item, Label | None]] = []
        for item in items:
            if isinstance(item, Line):
                if item.is_blank():
                    continue
                cands.append((item, self._label_of(item)))
            else:
                cands.append((item, None))
        part_key = self._part_key(cands)
        self.part_key = part_key
        opening: list[Block] = [*self.leftover_top]
        parts: list[_Part] = []
        stack: list[tuple[str, int, str]] = []
        last_value: dict[tuple[str, int, str], int] = {}
        pending_label_only: _Part | None = None
        i = 0
        while i < len(cands):
            item, label = cands[i]
            target = parts[-1].blocks if parts else opening
            if isinstance(item, TableItem):
                target += self._table_blocks(item)
                i += 1
                continue
            line = item
            if pending_label_only is not None:
                pending_label_only = None
                if label is None and len(line.text) <= 200 and (
                        _line_bold(line) or is_all_caps(line.text) or line.align == "center"):
                    parts[-1].text = _one_line(line.text)
                    i += 1
                    continue
            if label is not None and label.kind != "bullet" and not line.label:
                label = self._resolve(label, stack, last_value)
            key = self._key(line, label)
            rest = self._rest_runs(line, label)
            heading_like = key is not None and self._heading_like(line, label, rest, key, part_key, cands, i)
            if heading_like and key is not None and key == part_key:
                text = _heading_text(_plain(rest))
                parts.append(_Part(label, text, role=_bookmarked_role(line)))
                stack = [key]
                last_value = {key: label.value if label else 0}
                if not text and label is not None:
                    pending_label_only = parts[-1]
                i += 1
                continue
            if heading_like and parts and key is not None:
                if key in stack:
                    del stack[stack.index(key) + 1:]
                else:
                    stack.append(key)
                level = len(stack) - 1
                if label is not None:
                    last_value[key] = label.value
                    for deeper in stack[level + 1:]:
                        last_value.pop(deeper, None)
                if 1 <= level <= 3:
                    heading_runs, after = _split_run_in(rest)
                    block = Heading(level, _heading_text(_plain(heading_runs)))
                    parts[-1].blocks.append(block)
                    parts[-1].headings.append(_Heading(block, label, level))
                    if after:
                        runs = _model_runs(after)
                        if runs:
                            parts[-1].blocks.append(Paragraph(runs))
                    i += 1
                    continue
                if level > 3:
                    del stack[-1]
                    self.notes.append(Note("docx_too_deep", {"text": _excerpt(line_text(line), 50)}))
            target.extend(self._text_blocks(line, label))
            i += 1
        self._build_parts(opening, parts, part_key)

    def _part_key(self, cands: list[tuple[Item, Label | None]]) -> tuple[str, int, str] | None:
        """The level of parts: the first part-like label ("I.", "Phần thứ nhất",
        "A."), else the first heading style, else upper-case bold lines, else "1."."""
        caps = 0
        decimal = 0
        style_levels: list[int] = []
        for index, (item, label) in enumerate(cands):
            if not isinstance(item, Line):
                continue
            if label is not None and label.kind in ("words", "roman", "upper"):
                rest = self._rest_runs(item, label)
                key = label.key
                if self._heading_like(item, label, rest, key, key, cands, index):
                    self.part_style = item.style_level
                    return key
            if label is None and item.style_level is not None and item.style_level >= 1:
                style_levels.append(item.style_level)
            if label is None and self._caps_heading(item):
                caps += 1
            if label is not None and label.kind == "dec" and label.depth == 1:
                rest = self._rest_runs(item, label)
                if self._heading_like(item, label, rest, label.key, None, cands, index):
                    decimal += 1
        if style_levels:
            return ("style", min(style_levels), "")
        if caps >= 2:
            return ("caps", 0, "")
        if decimal >= 2:
            return ("dec", 1, ".")
        return None

    @staticmethod
    def _caps_heading(line: Line) -> bool:
        text = line.text.strip()
        return 3 <= len(text) <= 150 and is_all_caps(text) and _line_bold(line) and not _RULE.match(text)

    def _key(self, line: Line, label: Label | None) -> tuple[str, int, str] | None:
        """What level of the outline a line would stand at, if it is a heading. Bold
        capitals are headings only where they are the parts (else emphasis)."""
        if label is not None and label.kind != "bullet":
            if (label.key == self.part_key and self.part_style is not None and line.style_level is not None
                    and line.style_level > self.part_style):
                # numbered like the parts ("I.") but in a lower heading style: a heading
                # inside a part (roman headings under roman parts)
                return ("style", line.style_level, "")
            return label.key
        if line.style_level is not None and line.style_level >= 1:
            # a heading style makes a heading, also of a line marked "-" (the third level
            # of the "1. / a) / -" numbering)
            return ("style", line.style_level, "")
        if label is not None:
            return None
        if self.part_key == ("caps", 0, "") and self._caps_heading(line):
            return ("caps", 0, "")
        return None

    @staticmethod
    def _rest_runs(line: Line, label: Label | None) -> list[TextRun]:
        if label is None or line.label:
            return line.runs
        return _cut_runs(line.runs, label.rest_at)

    @staticmethod
    def _resolve(label: Label, stack: list[tuple[str, int, str]], last: dict[tuple[str, int, str], int]) -> Label:
        """"I.", "V.", "X." are Roman numbers, or the letters after "H.", "U.", "V."."""
        if label.kind != "roman" or len(label.text.rstrip(".)/:- ")) != 1:
            return label
        letter = label.text.strip()[0]
        upper_key = ("upper", 0, label.punct)
        roman_key = ("roman", 0, label.punct)
        if upper_key in last and last[upper_key] + 1 == letter_value(letter) and upper_key in stack:
            if not (roman_key in last and last[roman_key] + 1 == roman_value(letter) and roman_key in stack):
                return label.with_kind("upper", letter_value(letter))
        return label

    def _heading_like(self, line: Line, label: Label | None, rest: list[TextRun], key: tuple[str, int, str],
                      part_key: tuple[str, int, str] | None, cands: list[tuple[Item, Label | None]], index: int) -> bool:
        text = _plain(rest).strip()
        if key[0] in ("style", "caps"):
            # as long as a numbered one may be when bold (the seed has a 330-character heading)
            return bool(text) and (len(text) <= 300 or (len(text) <= 600 and _bold_share(rest) >= 0.6))
        if label is None:
            return False
        if not text:
            return label.kind in ("words", "roman", "upper")
        if _split_run_in(rest)[1]:
            return True  # "1. Thuận lợi:" in bold, then the text on the same line
        if _bold_share(rest) >= 0.6 or (line.style_level is not None and line.style_level >= 1):
            return len(text) <= 600  # the seed's "2. Kết quả xây dựng mô hình …" is 330 characters
        if len(text) > 300:
            return False
        if key == part_key or label.kind in ("words", "roman", "upper"):
            return len(text) <= 200
        if len(text) <= 100 and not text.rstrip().endswith((".", ";", ",")):
            # a short unbold line is a heading if text follows it, not another item like it
            # (the last of a list of short items is followed by text too: look back as well)
            for j in (index - 1, index + 1):
                if 0 <= j < len(cands):
                    other, other_label = cands[j]
                    if isinstance(other, Line) and other_label is not None and other_label.key == key \
                            and _bold_share(self._rest_runs(other, other_label)) < 0.6:
                        return False
            return True
        return False

    def _text_blocks(self, line: Line, label: Label | None) -> list[Block]:
        if label is not None and label.kind == "bullet":
            level = 2 if label.text == "+" or (line.label and line.list_level >= 1 and label.text not in "-–") else 1
            runs = _model_runs(self._rest_runs(line, label))
            return [ListItem(level, runs)] if runs else []
        runs_in = line.runs
        if line.label:
            runs_in = [TextRun(line.label + " "), *line.runs]
        runs = _model_runs(runs_in)
        if not runs:
            return []
        text = "".join(run.text for run in runs)
        if self._last_activity is not None and _ACTIVITY_TOTAL_LINE.match(fold(text)):
            return []  # "Tổng số người tham gia: 439" under the activity table: computed
        if text.strip().removesuffix("./.").rstrip() == EMPTY_PLACEHOLDER:  # the program's mark of an empty section
            self.summary.placeholders += 1
            return []
        self._last_activity = None
        return [Paragraph(runs)]

    # ---- tables -------------------------------------------------------------------------------

    def _table_blocks(self, table: TableItem) -> list[Block]:
        grid = table.grid()
        width = max((len(r) for r in grid), default=0)
        if len(grid) < 2 or width < 2:
            # a frame around text (one row or one column): its lines are paragraphs
            self.notes.append(Note("docx_layout_table"))
            blocks: list[Block] = []
            for line in table.lines():
                if not line.is_blank():
                    blocks += self._text_blocks(line, self._label_of(line))
            return blocks
        header_rows = 0
        while header_rows < len(table.rows) and table.rows[header_rows].header:
            header_rows += 1
        if header_rows == 0:
            header_rows = 1
            if any(c.span > 1 for c in table.rows[0].cells) and len(grid) > 2 and any(
                    c.continues_above for c in table.rows[1].cells):
                header_rows = 2
        header_rows = min(header_rows, len(grid) - 1)
        titles = _column_titles(grid[:header_rows], width)
        body = grid[header_rows:]
        values = _cell_values(body, width)
        if values and _is_index_row(values[0]):
            values = values[1:]  # "(1) (2) (3)": column numbers under the header
        merged = any(c is not None and c.continues_above for row in body for c in row)
        roles = _activity_columns(titles)
        if roles is not None and not self.activity_table_seen:
            extra = [titles[i] for i in range(width) if i not in roles.values() and any(row[i].strip() for row in values)]
            if extra:
                self.notes.append(Note("docx_activity_extra_columns", {"columns": ", ".join(extra)}))
            else:
                return self._activity_table(roles, values, merged)
        elif roles is not None:
            self.notes.append(Note("docx_second_activity_table"))
        return [self._generic_table(titles, values, merged)]

    def _activity_table(self, roles: dict[str, int], values: list[list[str]], merged: bool) -> list[Block]:
        self.activity_table_seen = True
        total: list[str] | None = None
        if values and _TOTAL.match(fold(_row_label(values[-1]))):
            total = values.pop()
        stt_typed: list[str] = []
        empty_rows = 0
        for row in values:
            name = _one_line(row[roles["name"]])
            raw = _one_line(row[roles["participants"]]) if "participants" in roles else ""
            lead = _one_line(row[roles["lead"]]) if "lead" in roles else ""
            partner = _one_line(row[roles["partner"]]) if "partner" in roles else ""
            if not (name or raw or lead or partner):
                empty_rows += 1
                continue
            if "stt" in roles:
                stt_typed.append(_one_line(row[roles["stt"]]))
            participants, leftover = _participants(raw)
            if leftover:
                number = len(self.report.activities) + 1
                self.notes.append(Note("docx_participants_text", {"row": number, "text": leftover}))
                name = f"{name} (số người tham gia: {leftover})".strip()
            self.report.activities.append(Activity(name, participants, lead, partner))
        if empty_rows:
            self.notes.append(Note("docx_empty_rows", {"count": empty_rows}))
        if merged:
            self.notes.append(Note("docx_merged_cells"))
        if stt_typed and stt_typed != [str(n) for n in range(1, len(stt_typed) + 1)] and all(
                s.rstrip(".").isdigit() for s in stt_typed if s):
            if [s.rstrip(".") for s in stt_typed] != [str(n) for n in range(1, len(stt_typed) + 1)]:
                self.notes.append(Note("docx_stt_renumbered", {"count": len(stt_typed)}))
        if total is not None:
            self.summary.total_rows += 1
            typed = _participants(total[roles["participants"]])[0] if "participants" in roles else None
            computed = self.report.totals().participants
            if typed is not None and typed != computed:
                self.notes.append(Note("docx_total_mismatch", {"typed": typed, "computed": computed}))
        self.summary.activity_table = True
        self.summary.activities = len(self.report.activities)
        self._last_activity = len(self.report.activities)
        return [ActivityTable(total_row=total is not None)]

    def _generic_table(self, titles: list[str], values: list[list[str]], merged: bool) -> Table:
        width = len(titles)
        numbered = False
        columns = list(range(width))
        total = False
        typed_total: list[str] | None = None
        if len(values) >= 2 and _TOTAL.match(fold(_row_label(values[-1]))):
            typed_total = values.pop()  # first: its label often covers the Stt column too
            total = True
        first = [row[0].strip().rstrip(".") for row in values]
        if _is_stt(titles[0]) and first and all(v.isdigit() for v in first if v) and any(first):
            numbered = True
            columns = columns[1:]
        kinds: list[str] = []
        for c in columns:
            cells = [row[c].strip() for row in values]
            kinds.append(ColumnKind.NUMBER.value if any(cells) and all(_is_number(v) for v in cells if v)
                         else ColumnKind.TEXT.value)
        table = Table(
            columns=[Column(_one_line(titles[c]), kind) for c, kind in zip(columns, kinds, strict=True)],
            rows=[], numbered=numbered, total_row=total,
        )
        for row in values:
            row_cells: list[str | int | None] = []
            for c, kind in zip(columns, kinds, strict=True):
                if kind == ColumnKind.NUMBER:
                    row_cells.append(_number(row[c]))
                else:
                    row_cells.append(clean_text(row[c]))
            if any(cell not in ("", None) for cell in row_cells):
                table.rows.append(row_cells)
        if typed_total is not None:
            self.summary.total_rows += 1
            for position, (c, kind) in enumerate(zip(columns, kinds, strict=True)):
                if kind != ColumnKind.NUMBER:
                    continue
                typed = _number(typed_total[c])
                computed = table.totals()[position]
                if typed is not None and typed != computed:
                    self.notes.append(Note("docx_total_mismatch", {"typed": typed, "computed": computed}))
        if merged:
            self.notes.append(Note("docx_merged_cells"))
        self.summary.tables.append((len(table.columns) + (1 if numbered else 0), len(table.rows)))
        return table

    # ---- assembling ---------------------------------------------------------------------------

    def _build_parts(self, opening: list[Block], parts: list[_Part], part_key: tuple[str, int, str] | None) -> None:
        report = self.report
        self.recognised_parts = len(parts)
        tail: list[Block] = []
        for item in self.tail:
            if isinstance(item, TableItem):
                tail += self._table_blocks(item)
            elif not item.is_blank():
                tail += self._text_blocks(item, self._label_of(item))
        if tail:
            self.notes.append(Note("docx_after_footer"))
            self.summary.plain += [b.text for b in tail if isinstance(b, Paragraph | ListItem)]
        if not parts:
            # no parts: the opening runs to "… như sau:", the rest is one part of its own
            cut = 0
            for index, block in enumerate(opening[:12]):
                if isinstance(block, Paragraph) and fold(block.text).rstrip().endswith(("nhu sau:", "nhu sau")):
                    cut = index + 1
                    break
            if len(opening) > cut:
                parts.append(_Part(None, "", opening[cut:]))
                opening = opening[:cut]
        _strip_end_mark(parts[-1].blocks if parts else opening)
        (parts[-1].blocks if parts else opening).extend([*self.leftover_bottom, *tail])
        report.opening = opening

        # part numbering
        kind = part_key[0] if part_key else ""
        report.part_numbering = {"roman": PartNumbering.ROMAN, "words": PartNumbering.WORDS,
                                 "upper": PartNumbering.LETTERS}.get(kind, PartNumbering.NONE).value
        report.heading_numbering = self._heading_style(parts)

        # title, kind, period and school year (the plans heading may tell the period)
        title = report.title
        report.kind = guess_kind(title + " " + self.doc_type) if title else ReportKind.OTHER.value
        if self.doc_type:
            report.kind = ReportKind.OTHER.value
        report.school_year = guess_school_year(title)
        report.period = guess_period(title)
        roles = [p.role or (guess_role(p.text) if p.text else PartRole.OTHER.value) for p in parts]
        if not report.school_year or not report.period:
            for part, role in zip(parts, roles, strict=True):
                if role == PartRole.PLANS:
                    self._period_from_plans(part.text)
        if report.kind == ReportKind.TONG_KET and report.school_year and not report.period:
            report.period = "Cả năm"
        if title and squash(title.replace("\n", " ")) == squash(
                default_title(report.kind, report.period, report.school_year)):
            report.title = ""

        # parts
        expected = 0
        for part, role in zip(parts, roles, strict=True):
            heading = part.text
            if heading and squash(heading) == squash(default_part_heading(role, report.kind, report.period,
                                                                          report.school_year)):
                heading = ""
            else:
                heading = sentence_case(heading)
            if report.part_numbering == PartNumbering.NONE and part.label is not None:
                heading = f"{part.label.text} {heading}".strip()
            elif part.label is not None:
                expected += 1
                if not _numbered_as(part.label, expected):
                    self.notes.append(Note("docx_renumbered", {"typed": part.label.text, "text": _excerpt(part.text, 40)}))
            report.parts.append(Part(role, heading, part.blocks))
            self.summary.parts.append(PartSummary(part.label.text.rstrip(" :-–") if part.label else "",
                                                  report.part_heading(report.parts[-1]), role, len(part.blocks)))
            if report.heading_numbering == HeadingNumbering.NONE:
                for found in part.headings:
                    if found.label is not None:
                        found.block.text = f"{found.label.text} {found.block.text}".strip()
            else:
                self._check_heading_numbers(part)

        # counts
        for block in [*report.opening, *(b for p in report.parts for b in p.blocks)]:
            if isinstance(block, Heading):
                self.summary.headings += 1
            elif isinstance(block, Paragraph):
                self.summary.paragraphs += 1
            elif isinstance(block, ListItem):
                self.summary.list_items += 1
        self.summary.opening = len(report.opening)

    def _period_from_plans(self, heading: str) -> None:
        report = self.report
        year = guess_school_year(heading)
        period = guess_period(heading)
        if not report.period and report.kind == ReportKind.SO_KET and period == "Học kỳ II":
            report.period = "Học kỳ I"  # the plans are for the next term
        if not report.school_year and year:
            if period == "Học kỳ II":
                report.school_year = year
            else:  # plans for the next school year
                try:
                    first, second = (int(x) for x in year.split("-"))
                    report.school_year = f"{first - 1}-{second - 1}"
                except ValueError:
                    pass

    def _heading_style(self, parts: list[_Part]) -> str:
        by_level: dict[int, set[tuple[str, int]]] = {}
        for part in parts:
            for found in part.headings:
                key = ("unlabelled", 0) if found.label is None else (found.label.kind, found.label.depth
                                                                    if found.label.kind == "dec" else 0)
                by_level.setdefault(found.level, set()).add(key)
        if not by_level:
            return HeadingNumbering.DECIMAL.value
        styles = {
            HeadingNumbering.DECIMAL: {1: ("dec", 1), 2: ("dec", 2), 3: ("dec", 3)},
            HeadingNumbering.LETTERS: {1: ("dec", 1), 2: ("alpha", 0), 3: ("bullet", 0)},
            HeadingNumbering.ROMAN: {1: ("roman", 0), 2: ("dec", 1), 3: ("alpha", 0)},
        }
        for style, wanted in styles.items():
            if all(level in wanted and kinds == {wanted[level]} for level, kinds in by_level.items()):
                return style.value
        if any(found.label is not None for part in parts for found in part.headings):
            self.notes.append(Note("docx_numbering_as_typed"))
        return HeadingNumbering.NONE.value

    def _check_heading_numbers(self, part: _Part) -> None:
        counters = [0, 0, 0, 0]
        for found in part.headings:
            counters[found.level] += 1
            for deeper in range(found.level + 1, 4):
                counters[deeper] = 0
            if found.label is not None and not _numbered_as(found.label, counters[found.level]):
                self.notes.append(Note("docx_renumbered", {"typed": found.label.text,
                                                          "text": _excerpt(found.block.text, 40)}))

    def _finish(self) -> None:
        report = self.report
        legacy_counts = {enc: n for enc, n in self.stats.legacy_runs.items() if n}
        legacy_counts.update({f"{enc}?": n for enc, n in self.stats.legacy_detected.items() if n})
        self.summary.legacy = legacy_counts
        for enc, n in self.stats.legacy_detected.items():
            if n:
                self.notes.append(Note("docx_legacy_detected", {"count": n, "encoding": enc.upper()}))
        if self.stats.unsupported_fonts:
            self.notes.append(Note("docx_unsupported_font", {"fonts": ", ".join(sorted(self.stats.unsupported_fonts))}))
        for attribute, code in (("hidden_runs", "docx_hidden"), ("deleted_runs", "docx_deleted"),
                                ("textboxes", "docx_textbox"), ("embedded_documents", "docx_embedded"),
                                ("notes", "docx_notes")):
            count = getattr(self.stats, attribute)
            if count:
                self.notes.append(Note(code, {"count": count}))
        if not self.summary.header:
            self.notes.append(Note("docx_no_header"))
        if not report.signatures:
            report.signatures = [Signature()]


# ---- helpers ---------------------------------------------------------------------------


def as_png(data: bytes) -> bytes | None:
    """An image as PNG bytes the report can keep (at most fields.MAX_IMAGE_BYTES), or
    None. A PNG is kept as it is; JPEG, GIF, BMP … are converted with Pillow (which
    comes with reportlab), when it can read them."""
    if data.startswith(PNG_MAGIC):
        return data if len(data) <= MAX_IMAGE_BYTES else None
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 25_000_000:
                return None
            out = io.BytesIO()
            image.convert("RGBA").save(out, "PNG", optimize=True)
    except Exception:  # not an image Pillow reads (EMF, WMF, damaged …)
        return None
    png = out.getvalue()
    return png if len(png) <= MAX_IMAGE_BYTES else None


def _numbered_as(label: Label, expected: int) -> bool:
    """Whether a typed label is number ``expected``: letters count in the Vietnamese
    alphabet (a, b, c, d, đ, e …) or the Latin one (Word's a, b, c, d, e …)."""
    if label.kind == "bullet":  # "-" headings have no number to be wrong
        return True
    if label.kind in ("upper", "alpha"):
        letter = label.text.strip()[:1].lower()
        latin = ord(letter) - ord("a") + 1 if "a" <= letter <= "z" else 0
        return expected in (label.value, latin)
    return label.value == expected


def _skip_blank(items: list[Item], i: int) -> int:
    while i < len(items) and isinstance(items[i], Line) and items[i].is_blank():  # type: ignore[union-attr]
        i += 1
    return i


def _split_line(line: Line) -> list[Line]:
    """A line typed as columns (``_column_bounds``), each piece with its own runs
    (the left column is often not bold, the right one bold)."""
    if line.label:
        return [line]
    bounds = _column_bounds(line.text)
    return [Line(runs=_cut_tail(_cut_runs(line.runs, a), b - a), align=line.align, paragraph=line.paragraph)
            for a, b in bounds]


def _heading_text(text: str) -> str:
    return _one_line(text).rstrip(" :").strip()


def _split_run_in(runs: list[TextRun]) -> tuple[list[TextRun], list[TextRun]]:
    """A run-in heading: "Thuận lợi:" in bold (or italic) followed by plain text on
    the same line. Returns (heading runs, text runs); no split when the look does not
    change after the colon."""
    text = _plain(runs)
    colon = text.find(":")
    if colon < 0 or not text[colon + 1:].strip():
        return runs, []
    head = _cut_tail(runs, colon + 1)
    tail = _cut_runs(runs, colon + 1)
    head_bold = _bold_share(head) >= 0.6
    tail_bold = _bold_share(tail) >= 0.6
    head_italic = all(r.italic for r in head if r.text.strip())
    tail_italic = all(r.italic for r in tail if r.text.strip())
    if (head_bold and not tail_bold) or (head_italic and not tail_italic and not tail_bold):
        return head, tail
    return runs, []


def _cut_tail(runs: list[TextRun], count: int) -> list[TextRun]:
    out: list[TextRun] = []
    for run in runs:
        if count <= 0:
            break
        out.append(TextRun(run.text[:count], run.bold, run.italic, run.underline))
        count -= len(run.text)
    return out


def _strip_end_mark(blocks: list[Block]) -> None:
    if not blocks:
        return
    last = blocks[-1]
    if isinstance(last, Paragraph | ListItem) and last.runs and _END_MARK.search(last.text):
        for run in reversed(last.runs):
            if run.text.strip():
                run.text = _END_MARK.sub(".", run.text).rstrip()
                if not run.text.strip(" ."):
                    run.text = ""  # "./." alone on its line
                break
        last.runs = [run for run in last.runs if run.text]
        if not last.runs:
            blocks.pop()


def _looks_like_name(text: str) -> bool:
    """"Nguyễn Văn Tuân", "NGUYỄN VĂN TUÂN": 2 to 6 words, each capitalised, no
    figures, no closing punctuation."""
    words = text.split()
    return (2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in text)
            and not text.rstrip().endswith((".", ";", ":", ",")))


def _recipient_text(text: str) -> str:
    text = _one_line(text)
    text = re.sub(r"^[-–—•+*·▪]\s*", "", text)
    text = re.sub(r"\s*[;,]\s*$", "", text)
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    elif text.endswith("…."):
        text = text[:-1]
    return text.strip()


def _participants(raw: str) -> tuple[int | None, str]:
    """(count, text kept when the cell is not a count)."""
    raw = _one_line(raw)
    if not raw:
        return None, ""
    try:
        return read_whole_number(raw), ""
    except ValueError:
        pass
    m = _PEOPLE.match(raw)
    if m:
        digits = re.sub(r"\D", "", m.group("n"))
        grouped = re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+|\d+", m.group("n"))
        if digits and grouped:
            return int(digits), ""
    return None, raw


def _is_number(text: str) -> bool:
    return _number(text) is not None


def _number(text: str) -> int | None:
    text = _one_line(text)
    try:
        return read_whole_number(text)
    except ValueError:
        if re.fullmatch(r"\d{1,3}(,\d{3})+", text):
            return int(text.replace(",", ""))
        return None


def _is_stt(title: str) -> bool:
    f = re.sub(r"[\s.]", "", fold(title))
    return f in ("stt", "tt", "sott", "so", "sothutu", "thutu")


def _row_label(row: list[str]) -> str:
    """The first text of a row that is not a number (the Stt): "Tổng cộng"."""
    for value in row:
        value = value.strip()
        if value and not value.rstrip(".").isdigit():
            return value
    return ""


def _column_titles(header: list[list[CellItem | None]], width: int) -> list[str]:
    titles: list[str] = []
    for c in range(width):
        parts: list[str] = []
        for row in header:
            # a wide cell covers the columns to its right: its title heads them all
            k = c
            while k > 0 and row[k] is None:
                k -= 1
            cell = row[k]
            text = _one_line(cell.text) if cell is not None and not cell.continues_above else ""
            if text and text not in parts:
                parts.append(text)
        titles.append(" – ".join(parts))
    return titles


def _cell_values(rows: list[list[CellItem | None]], width: int) -> list[list[str]]:
    """Cell text by grid column; a cell merged down repeats the text above it."""
    out: list[list[str]] = []
    for row in rows:
        values: list[str] = []
        for c in range(width):
            cell = row[c] if c < len(row) else None
            if cell is None:
                values.append("")
            elif cell.continues_above and out:
                values.append(out[-1][c])
            else:
                values.append(cell.text)
        out.append(values)
    # number-like merged cells must not be counted twice: blank the copies
    for r in range(1, len(out)):
        for c in range(width):
            cell = rows[r][c] if c < len(rows[r]) else None
            if cell is not None and cell.continues_above and _is_number(out[r][c]):
                out[r][c] = ""
    return out


def _is_index_row(values: list[str]) -> bool:
    """A row numbering the columns under the header: "(1) (2) (3)" or "1 2 3 4 5"."""
    cells = [v.strip() for v in values if v.strip()]
    if len(cells) < 2 or not all(re.fullmatch(r"\(?\d{1,2}\)?", v) for v in cells):
        return False
    if [v.strip("()") for v in cells] != [str(n) for n in range(1, len(cells) + 1)]:
        return False
    return any(v.startswith("(") for v in cells) or (len(cells) == len(values) and len(cells) >= 3)


def _activity_columns(titles: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for index, title in enumerate(titles):
        f = re.sub(r"\s+", " ", fold(title))
        if not f:
            continue
        if _is_stt(title) and "stt" not in roles:
            roles["stt"] = index
        elif "chu tri" in f and "lead" not in roles:
            roles["lead"] = index
        elif "phoi hop" in f and "partner" not in roles:
            roles["partner"] = index
        elif ("so nguoi" in f or "nguoi tham gia" in f or "so luong" in f or "luot" in f
              or ("tham gia" in f and "don vi" not in f)) and "participants" not in roles:
            roles["participants"] = index
        elif any(k in f for k in ("ten chuyen de", "hoat dong", "noi dung", "chuyen de", "ten hoat")) \
                and "name" not in roles:
            roles["name"] = index
    if "name" in roles and "participants" in roles and ("lead" in roles or "partner" in roles):
        return roles
    return None
