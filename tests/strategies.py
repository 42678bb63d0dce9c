"""Hypothesis strategies shared by the core's property tests: raw (unclean) text,
whole reports, and edits that fit (or, on purpose, do not fit) a given report."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import strategies as st

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import (
    Activity,
    Assessment,
    Authority,
    Organization,
    Report,
    ReportKind,
    Signature,
    Subsection,
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


def activities(text=raw_text):
    return st.builds(Activity, name=text, participants=participants, lead_unit=text, partner_units=text)


def subsections(text=raw_text):
    return st.builds(Subsection, title=text, body=text)


def strings(text=raw_text):
    return text


@st.composite
def reports(draw, text=raw_text, max_items: int = 4) -> Report:
    """A raw report, as a user or another program might hand it over (not normalised)."""
    lst = lambda s: st.lists(s, max_size=max_items)  # noqa: E731
    return Report(
        kind=draw(st.sampled_from([k.value for k in ReportKind])),
        school_year=draw(text),
        period=draw(text),
        title=draw(text),
        organization=draw(st.builds(Organization, parent=text, name=text, abbreviation=text)),
        document_number=draw(text),
        place=draw(text),
        date=draw(st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)))),
        addressees=draw(lst(text)),
        assessment=draw(st.builds(Assessment, advantages=text, difficulties=text)),
        implementation=draw(lst(subsections(text))),
        activities=draw(lst(activities(text))),
        solutions_title=draw(text),
        solutions=draw(lst(text)),
        recommendations=draw(lst(text)),
        recipients=draw(lst(text)),
        signature=Signature(
            authority=draw(st.sampled_from([a.value for a in Authority])),
            position=draw(text),
            deputy_position=draw(text),
            other_title=draw(text),
            name=draw(text),
            signature_image=draw(st.one_of(st.none(), pngs)),
            seal_image=draw(st.one_of(st.none(), pngs)),
        ),
    )


def item_for(list_name: str, text=raw_text):
    if list_name == "implementation":
        return subsections(text)
    if list_name == "activities":
        return activities(text)
    return text


FIELD_VALUES = {
    "kind": st.sampled_from([k.value for k in ReportKind]),
    "date": st.one_of(st.none(), st.dates()),
    "signature.authority": st.sampled_from([a.value for a in Authority]),
    "signature.signature_image": st.one_of(st.none(), pngs),
    "signature.seal_image": st.one_of(st.none(), pngs),
}


def _index(draw, size: int, *, inclusive: bool = False, bad: bool = False) -> int:
    """A valid index for a list of ``size`` (``inclusive``: size itself too), or with
    ``bad`` sometimes one just outside."""
    top = size if inclusive else size - 1
    if bad or top < 0:
        return draw(st.sampled_from([-1, top + 1, top + 5]))
    return draw(st.integers(0, top))


@st.composite
def edits_for(draw, report: Report, *, allow_bad: bool = True, depth: int = 0):
    """One edit for ``report``: mostly valid, sometimes with an index that is out of
    range (which must raise EditError and change nothing)."""
    bad = allow_bad and draw(st.integers(0, 9)) == 0
    kinds = ["set_field", "insert", "remove", "move", "set_item", "set_item_field"]
    if depth == 0:
        kinds.append("batch")
    kind = draw(st.sampled_from(kinds))
    if kind == "set_field":
        path = draw(st.sampled_from(sorted(E.SCALARS)))
        return E.SetField(path, draw(FIELD_VALUES.get(path, raw_text)))
    if kind == "batch":
        # A batch's parts are drawn against the report as it is before the batch;
        # later parts may therefore miss (then the whole batch must change nothing).
        parts = draw(st.lists(edits_for(report, allow_bad=allow_bad, depth=1), min_size=0, max_size=3))
        return E.Batch(tuple(parts))
    name = draw(st.sampled_from(E.LISTS if kind != "set_item_field" else tuple(E.RECORD_LISTS)))
    size = len(getattr(report, name))
    if kind == "insert":
        items = draw(st.lists(item_for(name), min_size=0, max_size=3))
        return E.InsertItems(name, _index(draw, size, inclusive=True, bad=bad), tuple(items))
    if kind == "remove":
        index = _index(draw, size, bad=bad)
        count = draw(st.integers(0, max(1, size - index))) if 0 <= index < size else 1
        return E.RemoveItems(name, index, count)
    if kind == "move":
        return E.MoveItem(name, _index(draw, size, bad=bad), _index(draw, size))
    if kind == "set_item":
        return E.SetItem(name, _index(draw, size, bad=bad), draw(item_for(name)))
    field = draw(st.sampled_from(E.record_fields(name)))
    value = draw(participants if field == "participants" else raw_text)
    return E.SetItemField(name, _index(draw, size, bad=bad), field, value)
