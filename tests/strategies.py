"""Hypothesis strategies shared by the core's property tests: raw (unclean) text,
whole outline reports, and edits that fit (or, on purpose, do not fit) a given
report."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.fields import MAX_TABLE_NUMBER, RECORD_LISTS, REPORT
from hienhao_desktop.domain.model import (
    MAX_HEADING_LEVEL,
    MAX_LIST_LEVEL,
    Activity,
    ActivityTable,
    Authority,
    Block,
    Column,
    ColumnKind,
    Heading,
    HeadingNumbering,
    IssueDate,
    ListItem,
    Organization,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    Report,
    ReportKind,
    Run,
    Signature,
    Table,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

VIETNAMESE = ["đường", "Nguyễn Văn Tuân", "Hiền Hào", "Trung tâm học tập cộng đồng", "Học kỳ I", "ữ", "Ư", "ệ"]
# The same words decomposed (as some input methods and PDF copies deliver them).
VIETNAMESE_NFD = [unicodedata.normalize("NFD", w) for w in VIETNAMESE]
SURROGATES = ["\ud800", "\udbff", "\udc80", "\udfff"]  # halves of UTF-16 pairs, alone
CONTROLS = list("\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9f\u2028\u2029\ufeff") + ["\r\n", "\r"]

# Any character except lone surrogates (they cannot be stored or written as UTF-8).
any_char = st.characters(exclude_categories=("Cs",))
fragments = st.one_of(
    st.text(any_char, max_size=6),
    st.sampled_from(VIETNAMESE + VIETNAMESE_NFD),
    st.sampled_from(CONTROLS),
    st.sampled_from(SURROGATES),
    st.sampled_from([" ", "  ", "\t", "\n", "\n\n", " \n "]),
    st.sampled_from(["\u0301", "\u0303", "\u0309", "e\u0302\u0301", "\u00a0", "\u3000"]),
)
raw_text = st.lists(fragments, max_size=8).map("".join)

pngs = st.binary(max_size=48).map(lambda b: PNG_MAGIC + b)
participants = st.one_of(st.none(), st.integers(min_value=0, max_value=10**6))
table_numbers = st.one_of(st.none(), st.integers(-MAX_TABLE_NUMBER, MAX_TABLE_NUMBER), st.integers(-99, 99))
flags = st.booleans()


def activities(text=raw_text):
    return st.builds(Activity, name=text, participants=participants, lead_unit=text, partner_units=text)


def signatures(text=raw_text):
    return st.builds(
        Signature,
        caption=text,
        authority=st.sampled_from([a.value for a in Authority]),
        position=text,
        deputy_position=text,
        other_title=text,
        name=text,
        signature_image=st.one_of(st.none(), pngs),
        seal_image=st.one_of(st.none(), pngs),
    )


def runs(text=raw_text):
    return st.builds(Run, text=text, bold=flags, italic=flags, underline=flags)


def run_lists(text=raw_text):
    return st.lists(runs(text), max_size=4)


def columns():
    return st.builds(Column, title=raw_text, kind=st.sampled_from([k.value for k in ColumnKind]))


def cell_for(kind: str, text=raw_text):
    return table_numbers if kind == ColumnKind.NUMBER else text


@st.composite
def row_for(draw, cols: list[Column], text=raw_text):
    return [draw(cell_for(c.kind, text)) for c in cols]


@st.composite
def tables(draw, text=raw_text):
    cols = draw(st.lists(columns(), min_size=1, max_size=3))
    rows = draw(st.lists(row_for(cols, text), max_size=3))
    return Table(cols, rows, draw(flags), draw(flags))


def text_blocks(text=raw_text):
    """Any block but the activity table."""
    return st.one_of(
        st.builds(Heading, level=st.integers(1, MAX_HEADING_LEVEL), text=text),
        st.builds(Paragraph, runs=run_lists(text)),
        st.builds(ListItem, level=st.integers(1, MAX_LIST_LEVEL), runs=run_lists(text)),
        tables(text),
    )


def parts(text=raw_text, max_blocks: int = 4):
    return st.builds(
        Part,
        role=st.sampled_from([r.value for r in PartRole]),
        heading=text,
        blocks=st.lists(text_blocks(text), max_size=max_blocks),
    )


dates = st.builds(
    IssueDate,
    day=st.one_of(st.none(), st.integers(1, 31)),
    month=st.one_of(st.none(), st.integers(1, 12)),
    year=st.one_of(st.none(), st.integers(1, 9999)),
)


@st.composite
def reports(draw, text=raw_text, max_items: int = 4) -> Report:
    """A raw report, as a user or another program might hand it over (not
    normalised, but of a shape the report takes: rows fit their columns, at most
    one activity table)."""
    lst = lambda s: st.lists(s, max_size=max_items)  # noqa: E731
    report = Report(
        kind=draw(st.sampled_from([k.value for k in ReportKind])),
        school_year=draw(text),
        period=draw(text),
        title=draw(text),
        organization=draw(st.builds(Organization, parent=text, name=text, abbreviation=text)),
        document_number=draw(text),
        document_code=draw(text),
        place=draw(text),
        date=draw(dates),
        addressees=draw(lst(text)),
        opening=draw(st.lists(text_blocks(text), max_size=2)),
        part_numbering=draw(st.sampled_from([n.value for n in PartNumbering])),
        heading_numbering=draw(st.sampled_from([n.value for n in HeadingNumbering])),
        parts=draw(st.lists(parts(text), max_size=3)),
        activities=draw(lst(activities(text))),
        recipients=draw(lst(text)),
        signatures=draw(st.lists(signatures(text), min_size=1, max_size=2)),
    )
    if draw(st.booleans()):  # the activity table, somewhere
        places = [report.opening, *(p.blocks for p in report.parts)]
        blocks = places[draw(st.integers(0, len(places) - 1))]
        blocks.insert(draw(st.integers(0, len(blocks))), ActivityTable(draw(flags)))
    return report


# ---- edits ----------------------------------------------------------------------------------

FIELD_VALUES = {
    "kind": st.sampled_from([k.value for k in ReportKind]),
    "part_numbering": st.sampled_from([n.value for n in PartNumbering]),
    "heading_numbering": st.sampled_from([n.value for n in HeadingNumbering]),
    "date.day": st.one_of(st.none(), st.integers(1, 31), st.sampled_from([0, 32])),
    "date.month": st.one_of(st.none(), st.integers(1, 12), st.sampled_from([0, 13])),
    "date.year": st.one_of(st.none(), st.integers(1, 9999)),
    "authority": st.sampled_from([a.value for a in Authority]),
    "signature_image": st.one_of(st.none(), pngs),
    "seal_image": st.one_of(st.none(), pngs),
    "participants": participants,
    "role": st.sampled_from([r.value for r in PartRole]),
}


def _index(draw, size: int, *, inclusive: bool = False, bad: bool = False) -> int:
    """A valid index for a list of ``size`` (``inclusive``: size itself too), or with
    ``bad`` sometimes one just outside."""
    top = size if inclusive else size - 1
    if bad or top < 0:
        return draw(st.sampled_from([-1, top + 1, top + 5]))
    return draw(st.integers(0, top))


def _block_lists(report: Report) -> list[tuple[str, list[Block]]]:
    return [("opening", report.opening), *((f"parts[{i}].blocks", p.blocks) for i, p in enumerate(report.parts))]


def _tables(report: Report) -> list[tuple[str, Table]]:
    return [
        (f"{path}[{j}]", b) for path, blocks in _block_lists(report) for j, b in enumerate(blocks) if isinstance(b, Table)
    ]


def _item_for(draw, report: Report, list_path: str):
    """An item for the list at ``list_path``."""
    if list_path in ("addressees", "recipients"):
        return draw(raw_text)
    if list_path == "activities":
        return draw(activities())
    if list_path == "signatures":
        return draw(signatures())
    if list_path == "parts":
        part = draw(parts(max_blocks=2))
        if draw(st.integers(0, 5)) == 0:
            part.blocks.append(ActivityTable())  # refused when the report has one
        return part
    if list_path.endswith(".rows"):
        table_obj = _table_at(report, list_path.removesuffix(".rows"))
        if draw(st.integers(0, 9)) == 0:  # a row of the wrong length
            return [draw(raw_text)] * (len(table_obj.columns) + 1)
        return draw(row_for(table_obj.columns))
    if list_path.endswith(".columns"):
        return draw(columns())
    if draw(st.integers(0, 7)) == 0:
        return ActivityTable()  # refused when the report has one already
    return draw(text_blocks())


def _table_at(report: Report, block_path: str) -> Table:
    for path, table in _tables(report):
        if path == block_path:
            return table
    raise KeyError(block_path)


@st.composite
def _field_edit(draw, report: Report, bad: bool):
    """A SetField somewhere: the report's fields, a record's, inside a block."""
    choices = ["report"]
    if report.activities or report.signatures or report.parts:
        choices.append("record")
    blocks = [(f"{path}[{j}]", b) for path, bl in _block_lists(report) for j, b in enumerate(bl)]
    if blocks:
        choices += ["block", "block", "block"]
    where = draw(st.sampled_from(choices))
    if where == "report":
        path = draw(st.sampled_from(REPORT.paths()))
        return E.SetField(path, draw(FIELD_VALUES.get(path, raw_text)))
    if where == "record":
        names = [n for n in RECORD_LISTS if getattr(report, n)]
        name = draw(st.sampled_from(names))
        field = draw(st.sampled_from(RECORD_LISTS[name].paths()))
        index = _index(draw, len(getattr(report, name)), bad=bad)
        return E.SetField(f"{name}[{index}].{field}", draw(FIELD_VALUES.get(field, raw_text)))
    path, block = draw(st.sampled_from(blocks))
    if draw(st.integers(0, 9)) == 0:  # the whole block, by its path
        return E.SetField(path, draw(st.one_of(text_blocks(), st.just(ActivityTable()))))
    if isinstance(block, Heading):
        if draw(st.booleans()):
            return E.SetField(f"{path}.text", draw(raw_text))
        return E.SetField(f"{path}.level", draw(st.integers(0 if bad else 1, MAX_HEADING_LEVEL + (1 if bad else 0))))
    if isinstance(block, Paragraph | ListItem):
        if isinstance(block, ListItem) and draw(st.booleans()):
            return E.SetField(f"{path}.level", draw(st.integers(0 if bad else 1, MAX_LIST_LEVEL + (1 if bad else 0))))
        return E.SetField(f"{path}.runs", draw(run_lists()))
    if isinstance(block, ActivityTable):
        return E.SetField(f"{path}.total_row", draw(flags))
    assert isinstance(block, Table)
    what = draw(st.sampled_from(["flag", "title", "kind", "cell", "cell"]))
    if what == "flag":
        return E.SetField(f"{path}.{draw(st.sampled_from(['numbered', 'total_row']))}", draw(flags))
    k = _index(draw, len(block.columns), bad=bad)
    if what == "title":
        return E.SetField(f"{path}.columns[{k}].title", draw(raw_text))
    if what == "kind":
        return E.SetField(f"{path}.columns[{k}].kind", draw(st.sampled_from([c.value for c in ColumnKind])))
    if not block.rows:
        return E.SetField(f"{path}.columns[{k}].title", draw(raw_text))
    r = _index(draw, len(block.rows), bad=bad)
    kind = block.columns[k].kind if 0 <= k < len(block.columns) else ColumnKind.TEXT
    value = draw(st.one_of(cell_for(kind), raw_text, table_numbers) if bad else cell_for(kind))
    return E.SetField(f"{path}.rows[{r}][{k}]", value)


@st.composite
def edits_for(draw, report: Report, *, allow_bad: bool = True, depth: int = 0):
    """One edit for ``report``: mostly valid, sometimes with an index out of range
    or a value the report refuses (which must raise EditError and change nothing)."""
    bad = allow_bad and draw(st.integers(0, 9)) == 0
    kinds = ["set_field", "set_field", "insert", "remove", "move", "set_item"]
    if depth == 0:
        kinds.append("batch")
    kind = draw(st.sampled_from(kinds))
    if kind == "set_field":
        return draw(_field_edit(report, bad))
    if kind == "batch":
        # A batch's parts are drawn against the report as it is before the batch;
        # later parts may therefore miss (then the whole batch must change nothing).
        edits = draw(st.lists(edits_for(report, allow_bad=allow_bad, depth=1), min_size=0, max_size=3))
        return E.Batch(tuple(edits))
    lists = ["addressees", "recipients", "activities", "signatures", "parts", "opening"]
    lists += [f"parts[{i}].blocks" for i in range(len(report.parts))]
    for path, _ in _tables(report):
        lists += [f"{path}.rows", f"{path}.columns"]
    name = draw(st.sampled_from(lists))
    size = len(_list_at(report, name))
    if kind == "insert":
        items = [_item_for(draw, report, name) for _ in range(draw(st.integers(0, 3)))]
        return E.InsertItems(name, _index(draw, size, inclusive=True, bad=bad), tuple(items))
    if kind == "remove":
        index = _index(draw, size, bad=bad)
        count = draw(st.integers(0, max(1, size - index))) if 0 <= index < size else 1
        return E.RemoveItems(name, index, count)
    if kind == "move":
        return E.MoveItem(name, _index(draw, size, bad=bad), _index(draw, size))
    return E.SetItem(name, _index(draw, size, bad=bad), _item_for(draw, report, name))


def _list_at(report: Report, path: str) -> list:
    if path.endswith(".rows") or path.endswith(".columns"):
        block_path, _, which = path.rpartition(".")
        return getattr(_table_at(report, block_path), which)
    if path.startswith("parts["):
        return report.parts[int(path[6 : path.index("]")])].blocks
    return getattr(report, path)
