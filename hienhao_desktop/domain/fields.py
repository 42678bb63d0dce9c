"""One description of every scalar field: the field registry.

Each record of the report that storage keeps in a table of its own — the report's
header, a signing column, a row of the activity table, a part — has its scalar
fields listed here once, with what each needs everywhere else:

- ``path``: the attribute (dotted inside the record, ``organization.parent``), which
  is also the edit path, the checklist's path and the exchange key (v2 nests JSON
  objects as the dots say: ``{"organization": {"parent": …}}``);
- ``type``: how a value is cleaned (NFC, one line or several, a choice, a whole
  number in a range, a PNG), written to and read from JSON, declared in SQL and
  checked when read back from the database;
- ``column``: the column of the record's table;
- ``since``: the schema version that has the column. Columns of a version after 3
  are added by the store's migrations from this table (``ALTER TABLE … ADD COLUMN``);
- ``required``: the checklist's message code when the field is empty, if any.

Adding a scalar field to the report is: the dataclass field in ``model.py``, one
``Field`` row here with ``since`` the next schema version. The store, its schema, the
exchange format (reading and writing), the checklist and the edit operations follow
from this table (``tests/test_registry.py`` adds one, in a copy of the program).
"""

from __future__ import annotations

import base64
import binascii
import copy
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.model import (
    Activity,
    Authority,
    HeadingNumbering,
    Part,
    PartNumbering,
    PartRole,
    Report,
    ReportKind,
    Signature,
)
from hienhao_desktop.domain.text import clean_line, clean_text

MAX_IMAGE_BYTES = 2 * 1024 * 1024
# The longest text one field takes (characters, after cleaning): some ten printed
# pages, far above any real field (a whole "Thuận lợi" part is a few thousand), low
# enough that every output stays quick. Longer text is refused with the field named
# (on import, and when typed or pasted). In the outline the limit holds for each text
# of its own: a run, a heading, a table cell, a column title, a title line … See
# docs/limits.md.
MAX_FIELD_CHARS = 20_000
# Far above any real count, far below SQLite's 64-bit INTEGER (a bigger Python int
# would make the store fail with OverflowError instead of refusing the value).
MAX_PARTICIPANTS = 1_000_000_000
# Numbers in a table of the author's own: money in đồng reaches billions; kept below
# 2**53 so that every JSON reader (JavaScript, Excel) holds it exactly.
MAX_TABLE_NUMBER = 10**15
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Severity(enum.StrEnum):
    ERROR = "error"  # the report would be sent back
    WARNING = "warning"  # allowed, but worth a look


# ---- value types -----------------------------------------------------------------------


@dataclass(frozen=True)
class ValueType:
    """How one kind of value is cleaned, exchanged and stored.

    ``coerce(path, value)`` returns the clean value or raises EditError;
    ``from_json(path, value)`` turns a JSON value into a value ``coerce`` accepts (or
    raises EditError; JSON's own types are checked here, so that ``true`` is not a
    number and ``"5"`` is not a count); ``to_json`` the other way; ``sql`` declares the
    column; ``stored(value)`` says whether a value read from the database has the
    right type (cheap: loading 2,000 rows must stay fast) and ``from_sql`` turns it
    into the model's value."""

    name: str
    coerce: Callable[[str, Any], Any]
    sql: str
    stored: Callable[[Any], bool]
    from_json: Callable[[str, Any], Any] = lambda _path, value: value
    to_json: Callable[[Any], Any] = lambda value: value
    empty: Callable[[Any], bool] = lambda value: value in ("", None)
    from_sql: Callable[[Any], Any] | None = None  # None: stored as the model holds it


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def limited(path: str, text: str) -> str:
    """``text`` if it is within ``MAX_FIELD_CHARS``; refused (``too_long``) otherwise."""
    if len(text) > MAX_FIELD_CHARS:
        raise EditError(path, "too_long", length=len(text), limit=MAX_FIELD_CHARS)
    return text


def coerce_line(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise EditError(path, "not_text")
    return limited(path, clean_line(value))


def coerce_text(path: str, value: Any) -> str:
    if not isinstance(value, str):
        raise EditError(path, "not_text")
    return limited(path, clean_text(value))


def coerce_flag(path: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditError(path, "not_bool")
    return value


def whole_number(low: int, high: int, *, code: str = "bad_range") -> Callable[[str, Any], int | None]:
    """A whole number from ``low`` to ``high``, or None (empty, unknown)."""

    def coerce(path: str, value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise EditError(path, code, low=low, high=high)
        if low <= value <= high:
            return value
        if code != "bad_range" and abs(value) > high:  # a count or an amount: say it is too large
            raise EditError(path, "number_too_large", limit=high)
        raise EditError(path, code, low=low, high=high)

    return coerce


coerce_participants = whole_number(0, MAX_PARTICIPANTS, code="not_whole_number")
coerce_table_number = whole_number(-MAX_TABLE_NUMBER, MAX_TABLE_NUMBER, code="not_integer")


def coerce_png(path: str, value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, bytes | bytearray) or not bytes(value).startswith(PNG_MAGIC):
        raise EditError(path, "not_png")
    if len(value) > MAX_IMAGE_BYTES:
        raise EditError(path, "image_too_large", size=len(value) // 1024, limit=MAX_IMAGE_BYTES // 1024)
    return bytes(value)


def _png_from_json(path: str, value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise EditError(path, "not_png")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise EditError(path, "not_png") from None


def _png_to_json(value: bytes | None) -> str | None:
    return base64.b64encode(value).decode("ascii") if value is not None else None


def choice(values: Sequence[str]) -> Callable[[str, Any], str]:
    plain = [str(v) for v in values]

    def coerce(path: str, value: Any) -> str:
        if not isinstance(value, str) or value not in plain:
            raise EditError(path, "not_choice", choices=", ".join(repr(v) for v in plain))
        return plain[plain.index(value)]  # the plain string, not an enum member

    return coerce


LINE = ValueType("line", coerce_line, "TEXT NOT NULL DEFAULT ''", _is_str)
TEXT = ValueType("text", coerce_text, "TEXT NOT NULL DEFAULT ''", _is_str)
FLAG = ValueType(
    "flag", coerce_flag, "INTEGER NOT NULL DEFAULT 0", lambda v: v in (0, 1), empty=lambda v: not v, from_sql=bool
)
PNG = ValueType(
    "png", coerce_png, "BLOB", lambda v: v is None or isinstance(v, bytes) and v.startswith(PNG_MAGIC),
    _png_from_json, _png_to_json,
)


def _optional_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def number(name: str, low: int, high: int, *, code: str = "bad_range") -> ValueType:
    coerce = whole_number(low, high, code=code)
    return ValueType(name, coerce, "INTEGER", lambda v: _optional_int(v) and (v is None or low <= v <= high))


def choice_type(enum_type: type[enum.StrEnum], default: str) -> ValueType:
    values = [member.value for member in enum_type]
    return ValueType(
        f"choice:{enum_type.__name__}",
        choice(values),
        f"TEXT NOT NULL DEFAULT '{default}'",
        lambda v: v in values,
    )


PARTICIPANTS = number("participants", 0, MAX_PARTICIPANTS, code="not_whole_number")
DAY = number("day", 1, 31)
MONTH = number("month", 1, 12)
YEAR = number("year", 1, 9999)


# ---- fields -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    path: str  # attribute path in the record; edit path, checklist path, exchange key
    type: ValueType
    column: str  # column of the record's table
    since: int = 1  # the schema version that has the column
    required: str | None = None  # checklist message code when empty
    severity: Severity = Severity.ERROR

    @property
    def keys(self) -> list[str]:
        return self.path.split(".")


@dataclass(frozen=True)
class Record:
    """A record kept in a table of its own: its class, table and scalar fields."""

    cls: type
    table: str
    fields: tuple[Field, ...]

    def field(self, path: str) -> Field:
        for f in self.fields:
            if f.path == path:
                return f
        raise KeyError(f"unknown field {path!r} of {self.cls.__name__}")

    def paths(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.fields)

    @property
    def flat(self) -> bool:
        """No nested objects: every field is an attribute of the record itself."""
        return all("." not in f.path for f in self.fields)


REPORT = Record(Report, "report", (
    Field("kind", choice_type(ReportKind, ReportKind.SO_KET.value), "kind"),
    Field("school_year", LINE, "school_year"),
    Field("period", LINE, "period"),
    # The subject under "BÁO CÁO": several lines where the author breaks it.
    Field("title", TEXT, "title"),
    Field("organization.parent", LINE, "org_parent", required="missing_org_parent"),
    Field("organization.name", LINE, "org_name", required="missing_org_name"),
    Field("organization.abbreviation", LINE, "org_abbreviation"),
    Field("document_number", LINE, "document_number"),
    Field("document_code", LINE, "document_code", since=3),
    Field("place", LINE, "place", required="missing_place"),
    Field("date.day", DAY, "date_day", since=3),
    Field("date.month", MONTH, "date_month", since=3),
    Field("date.year", YEAR, "date_year", since=3),
    Field("part_numbering", choice_type(PartNumbering, PartNumbering.ROMAN.value), "part_numbering", since=3),
    Field("heading_numbering", choice_type(HeadingNumbering, HeadingNumbering.DECIMAL.value), "heading_numbering",
          since=3),
))  # fmt: skip

SIGNATURE = Record(Signature, "signature", (
    Field("caption", LINE, "sig_caption", since=3),
    Field("authority", choice_type(Authority, Authority.NONE.value), "sig_authority", since=3),
    Field("position", LINE, "sig_position", since=3),
    Field("deputy_position", LINE, "sig_deputy_position", since=3),
    Field("other_title", LINE, "sig_other_title", since=3),
    Field("name", LINE, "sig_name", since=3),
    Field("signature_image", PNG, "sig_signature_image", since=3),
    Field("seal_image", PNG, "sig_seal_image", since=3),
))  # fmt: skip

ACTIVITY = Record(Activity, "activity", (
    Field("name", LINE, "name"),
    Field("participants", PARTICIPANTS, "participants"),
    Field("lead_unit", LINE, "lead_unit"),
    Field("partner_units", LINE, "partner_units"),
))  # fmt: skip

PART = Record(Part, "part", (
    Field("role", choice_type(PartRole, PartRole.OTHER.value), "role", since=3),
    Field("heading", LINE, "heading", since=3),
))  # fmt: skip

# List of records -> its description. Their order in the report is a ``position``
# column of the record's table.
RECORD_LISTS: dict[str, Record] = {"signatures": SIGNATURE, "activities": ACTIVITY, "parts": PART}
RECORDS: tuple[Record, ...] = (REPORT, *RECORD_LISTS.values())
# Lists of one-line texts, kept in table ``report_item``.
STRING_LISTS = ("addressees", "recipients")
MAX_SIGNATURES = 2


def get_path(obj: Any, path: str) -> Any:
    for key in path.split("."):
        obj = getattr(obj, key)
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        obj = getattr(obj, key)
    setattr(obj, last, value)


def coerce_record(record: Record, item: Any, path: str) -> Any:
    """A clean copy of one record (every registered field checked and cleaned);
    fields not in the registry (a part's blocks) are copied as they are."""
    if not isinstance(item, record.cls):
        raise EditError(path, "not_object")
    prefix = f"{path}." if path else ""
    if record.flat:  # the fast way: 2,000 activities are cleaned on every import
        clean: Any = object.__new__(record.cls)
        clean.__dict__ = {
            **item.__dict__,
            **{f.path: f.type.coerce(prefix + f.path, item.__dict__[f.path]) for f in record.fields},
        }
        return clean
    clean = copy.copy(item)
    blank = record.cls()
    for f in record.fields:
        if "." in f.path:  # a nested object (organization, date): copy it before writing into it
            head = f.path.split(".")[0]
            if not isinstance(getattr(item, head), type(getattr(blank, head))):
                raise EditError(prefix + head, "not_object")
            if getattr(clean, head) is getattr(item, head):
                setattr(clean, head, copy.copy(getattr(item, head)))
        set_path(clean, f.path, f.type.coerce(prefix + f.path, get_path(item, f.path)))
    return clean
