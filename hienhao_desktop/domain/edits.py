"""The one set of operations that change a report.

Every change the window makes (and every change storage persists) is one of these
small, immutable edit values. ``apply`` changes a ``Report`` in place and returns the
inverse edit, which is what undo applies; storage maps the same values to one small
SQL transaction. Values are normalised (NFC, control characters removed) and checked
by ``normalized()``: a bad value raises ``EditError`` before anything changes.

Paths are those of the exchange format: ``title``, ``organization.parent``,
``signature.name`` ... for fields; list names ``addressees``, ``implementation``,
``activities``, ``solutions``, ``recommendations``, ``recipients``.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import Activity, Authority, Report, ReportKind, Subsection
from hienhao_desktop.domain.text import clean_line, clean_text

MAX_IMAGE_BYTES = 2 * 1024 * 1024
# The longest text one field takes (characters, after cleaning): some ten printed
# pages, far above any real field (a whole "Thuận lợi" part is a few thousand), low
# enough that every output stays quick. Longer text is refused with the field named
# (on import, and when typed or pasted). See docs/limits.md.
MAX_FIELD_CHARS = 20_000
# Far above any real count, far below SQLite's 64-bit INTEGER (a bigger Python int
# would make the store fail with OverflowError instead of refusing the value).
MAX_PARTICIPANTS = 1_000_000_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class EditError(Refused, ValueError):
    """A value the report cannot take. ``code`` is a key of ``messages.MESSAGES``;
    ``path`` names the field as the exchange format does (``activities[3].name``)."""

    def __init__(self, path: str, code: str, **params: object) -> None:
        self.path = path
        self.code = code
        self.params = params
        super().__init__(f"{path}: {messages.render(code, None, **params)}")

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.params)


# ---- value checks ---------------------------------------------------------------

Coerce = Callable[[str, Any], Any]


def _limited(path: str, text: str) -> str:
    if len(text) > MAX_FIELD_CHARS:
        raise EditError(path, "too_long", length=len(text), limit=MAX_FIELD_CHARS)
    return text


def coerce_line(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise EditError(path, "not_text")
    return _limited(path, clean_line(value))


def coerce_text(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise EditError(path, "not_text")
    return _limited(path, clean_text(value))


def coerce_participants(path: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise EditError(path, "not_whole_number")
    if value > MAX_PARTICIPANTS:
        raise EditError(path, "number_too_large", limit=MAX_PARTICIPANTS)
    return value


def coerce_date(path: str, value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise EditError(path, "not_date")
    return value


def coerce_png(path: str, value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, bytes | bytearray) or not bytes(value).startswith(PNG_MAGIC):
        raise EditError(path, "not_png")
    if len(value) > MAX_IMAGE_BYTES:
        raise EditError(path, "image_too_large", size=len(value) // 1024, limit=MAX_IMAGE_BYTES // 1024)
    return bytes(value)


def _choice(values: Sequence[str]) -> Coerce:
    def coerce(path: str, value: Any) -> str:
        if not isinstance(value, str) or value not in values:
            raise EditError(path, "not_choice", choices=", ".join(repr(v) for v in values))
        return value

    return coerce


SCALARS: dict[str, Coerce] = {
    "kind": _choice([k.value for k in ReportKind]),
    "school_year": coerce_line,
    "period": coerce_line,
    "title": coerce_line,
    "organization.parent": coerce_line,
    "organization.name": coerce_line,
    "organization.abbreviation": coerce_line,
    "document_number": coerce_line,
    "place": coerce_line,
    "date": coerce_date,
    "assessment.advantages": coerce_text,
    "assessment.difficulties": coerce_text,
    "solutions_title": coerce_line,
    "signature.authority": _choice([a.value for a in Authority]),
    "signature.position": coerce_line,
    "signature.deputy_position": coerce_line,
    "signature.other_title": coerce_line,
    "signature.name": coerce_line,
    "signature.signature_image": coerce_png,
    "signature.seal_image": coerce_png,
}

STRING_LISTS = ("addressees", "solutions", "recommendations", "recipients")

# list name -> (item class, field -> check)
RECORD_LISTS: dict[str, tuple[type, dict[str, Coerce]]] = {
    "implementation": (Subsection, {"title": coerce_line, "body": coerce_text}),
    "activities": (
        Activity,
        {
            "name": coerce_line,
            "participants": coerce_participants,
            "lead_unit": coerce_line,
            "partner_units": coerce_line,
        },
    ),
}

LISTS = STRING_LISTS + tuple(RECORD_LISTS)


def get_path(report: Report, path: str) -> Any:
    obj: Any = report
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _set_path(report: Report, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    obj: Any = report
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


def coerce_item(list_name: str, index: int, item: Any) -> Any:
    """A clean copy of one list item (a string, a Subsection or an Activity)."""
    path = f"{list_name}[{index}]"
    if list_name in STRING_LISTS:
        return coerce_line(path, item)
    cls, checks = RECORD_LISTS[list_name]
    if not isinstance(item, cls):
        raise EditError(path, "not_object")
    record: Any = item  # an instance of the list's dataclass (checked just above)
    return replace(record, **{name: check(f"{path}.{name}", getattr(item, name)) for name, check in checks.items()})


def normalize_report(report: Report) -> Report:
    """A clean copy of a whole report (used on import and when creating reports)."""
    clean = Report()
    for path, check in SCALARS.items():
        _set_path(clean, path, check(path, get_path(report, path)))
    for name in LISTS:
        items = getattr(report, name)
        if not isinstance(items, list):
            raise EditError(name, "not_list")
        setattr(clean, name, [coerce_item(name, i, item) for i, item in enumerate(items)])
    return clean


# ---- edits ------------------------------------------------------------------------


class Edit(Protocol):
    def normalized(self) -> Edit: ...

    def apply(self, report: Report) -> Edit: ...


def _list(report: Report, name: str) -> list[Any]:
    if name not in LISTS:
        raise KeyError(f"unknown list {name!r}")
    return getattr(report, name)


def _check_index(name: str, index: int, size: int) -> None:
    if not 0 <= index < size:
        raise EditError(f"{name}[{index}]", "bad_index", index=index + 1)


@dataclass(frozen=True)
class SetField:
    path: str
    value: Any

    def normalized(self) -> SetField:
        if self.path not in SCALARS:
            raise KeyError(f"unknown field {self.path!r}")
        return SetField(self.path, SCALARS[self.path](self.path, self.value))

    def apply(self, report: Report) -> SetField:
        edit = self.normalized()
        old = get_path(report, edit.path)
        _set_path(report, edit.path, edit.value)
        return SetField(edit.path, old)


@dataclass(frozen=True)
class InsertItems:
    list_name: str
    index: int
    items: tuple[Any, ...]

    def normalized(self) -> InsertItems:
        if self.list_name not in LISTS:
            raise KeyError(f"unknown list {self.list_name!r}")
        items = tuple(coerce_item(self.list_name, self.index + i, item) for i, item in enumerate(self.items))
        return InsertItems(self.list_name, self.index, items)

    def apply(self, report: Report) -> RemoveItems:
        edit = self.normalized()
        items = _list(report, edit.list_name)
        if not 0 <= edit.index <= len(items):
            raise EditError(f"{edit.list_name}[{edit.index}]", "bad_index", index=edit.index + 1)
        items[edit.index : edit.index] = [copy.deepcopy(item) for item in edit.items]
        return RemoveItems(edit.list_name, edit.index, len(edit.items))


@dataclass(frozen=True)
class RemoveItems:
    list_name: str
    index: int
    count: int = 1

    def normalized(self) -> RemoveItems:
        if self.list_name not in LISTS:
            raise KeyError(f"unknown list {self.list_name!r}")
        return self

    def apply(self, report: Report) -> InsertItems:
        items = _list(report, self.list_name)
        if self.count <= 0:
            # Removing nothing is the inverse (undo) of inserting nothing: valid at any
            # insert position. A negative count is never valid.
            if self.count < 0 or not 0 <= self.index <= len(items):
                raise EditError(f"{self.list_name}[{self.index}]", "bad_index", index=self.index + 1)
            return InsertItems(self.list_name, self.index, ())
        _check_index(self.list_name, self.index, len(items))
        _check_index(self.list_name, self.index + self.count - 1, len(items))
        removed = tuple(items[self.index : self.index + self.count])
        del items[self.index : self.index + self.count]
        return InsertItems(self.list_name, self.index, removed)


@dataclass(frozen=True)
class MoveItem:
    """Move one item so that it ends up at ``target`` (both are list positions)."""

    list_name: str
    source: int
    target: int

    def normalized(self) -> MoveItem:
        if self.list_name not in LISTS:
            raise KeyError(f"unknown list {self.list_name!r}")
        return self

    def apply(self, report: Report) -> MoveItem:
        items = _list(report, self.list_name)
        _check_index(self.list_name, self.source, len(items))
        _check_index(self.list_name, self.target, len(items))
        items.insert(self.target, items.pop(self.source))
        return MoveItem(self.list_name, self.target, self.source)


@dataclass(frozen=True)
class SetItem:
    """Replace one item of a list of strings, or a whole Subsection/Activity."""

    list_name: str
    index: int
    value: Any

    def normalized(self) -> SetItem:
        if self.list_name not in LISTS:
            raise KeyError(f"unknown list {self.list_name!r}")
        return SetItem(self.list_name, self.index, coerce_item(self.list_name, self.index, self.value))

    def apply(self, report: Report) -> SetItem:
        edit = self.normalized()
        items = _list(report, edit.list_name)
        _check_index(edit.list_name, edit.index, len(items))
        old = items[edit.index]
        items[edit.index] = copy.deepcopy(edit.value)
        return SetItem(edit.list_name, edit.index, old)


@dataclass(frozen=True)
class SetItemField:
    """Change one field of one Subsection or Activity."""

    list_name: str
    index: int
    field: str
    value: Any

    def normalized(self) -> SetItemField:
        if self.list_name not in RECORD_LISTS:
            raise KeyError(f"unknown record list {self.list_name!r}")
        checks = RECORD_LISTS[self.list_name][1]
        if self.field not in checks:
            raise KeyError(f"unknown field {self.field!r} of {self.list_name}")
        path = f"{self.list_name}[{self.index}].{self.field}"
        return SetItemField(self.list_name, self.index, self.field, checks[self.field](path, self.value))

    def apply(self, report: Report) -> SetItemField:
        edit = self.normalized()
        items = _list(report, edit.list_name)
        _check_index(edit.list_name, edit.index, len(items))
        old = getattr(items[edit.index], edit.field)
        setattr(items[edit.index], edit.field, edit.value)
        return SetItemField(edit.list_name, edit.index, edit.field, old)


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one (one undo step, one transaction)."""

    edits: tuple[Edit, ...]

    def normalized(self) -> Batch:
        return Batch(tuple(edit.normalized() for edit in self.edits))

    def apply(self, report: Report) -> Batch:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(report))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(report)
            raise
        return Batch(tuple(reversed(inverses)))


def record_fields(list_name: str) -> tuple[str, ...]:
    cls = RECORD_LISTS[list_name][0]
    return tuple(f.name for f in fields(cls))
