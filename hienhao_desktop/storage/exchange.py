"""The JSON exchange format, version 1 (DESIGN.md, "Exchange format").

Reading is strict: unknown keys, duplicate keys, wrong types, a fractional or negative
participant count, a date that is not a date, a newer version, a file that is not
UTF-8 or not JSON, or one too large, are refused with the JSON path of the problem
(``report.activities[3].participants``). Missing optional keys take their defaults.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.edits import EditError, normalize_report
from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.domain.model import Activity, Assessment, Organization, Report, Signature, Subsection
from hienhao_desktop.storage.files import write_atomic

FORMAT = "hienhao-report"
VERSION = 1
MAX_BYTES = 16 * 1024 * 1024  # a report with two images is well under 5 MB


class ExchangeError(Refused):
    """A refused exchange file. ``path`` is the JSON path ("" for the whole file)."""

    def __init__(self, path: str, code: str, source: str = "", **params: object) -> None:
        self.path = path
        self.code = code
        self.params = params
        self.source = source
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        where = ": ".join(part for part in (self.source, self.path) if part)
        text = messages.render(self.code, lang, **self.params)
        return f"{where}: {text}" if where else text


class _Object(dict[str, Any]):
    """A JSON object as parsed; ``duplicate`` is the first key that appeared twice.
    The refusal is raised where the object is checked, so it can name its path."""

    duplicate: str | None = None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = _Object()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


class _Constant:
    """NaN, Infinity or -Infinity in the file: not JSON, and no field's type accepts it,
    so it is refused (with its path) by the type check of the field where it stands."""

    def __init__(self, name: str) -> None:
        self.name = name


def _check_duplicates(obj: dict[str, Any], path: str) -> None:
    if isinstance(obj, _Object) and obj.duplicate is not None:
        raise ExchangeError(_join(path, obj.duplicate), "duplicate_key", key=obj.duplicate)


# ---- reading ----------------------------------------------------------------------


def read_file(path: str | os.PathLike[str]) -> Report:
    source = str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ExchangeError("", "too_large", source, size=round(size / 2**20, 1), limit=MAX_BYTES // 2**20)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ExchangeError("", "cannot_read", source, detail=exc.strerror or str(exc)) from exc
    try:
        return loads(data)
    except ExchangeError as exc:
        raise ExchangeError(exc.path, exc.code, source, **exc.params) from None


def loads(data: bytes | str) -> Report:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise ExchangeError("", "too_large", size=round(len(data) / 2**20, 1), limit=MAX_BYTES // 2**20)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExchangeError("", "not_utf8", offset=exc.start) from None
    else:
        text = data
    # Strip a BOM from str input too: some editors add one.
    text = text.lstrip("\ufeff")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_Constant)
    except json.JSONDecodeError as exc:
        raise ExchangeError("", "not_json", line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except (ValueError, RecursionError) as exc:
        raise ExchangeError("", "not_json", line=0, column=0, detail=str(exc)) from None
    return from_document(document)


def from_document(document: Any) -> Report:
    if not isinstance(document, dict):
        raise ExchangeError("", "bad_format")
    _check_duplicates(document, "")
    if document.get("format") != FORMAT:
        raise ExchangeError("format", "bad_format")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExchangeError("version", "bad_version")
    if version > VERSION:
        raise ExchangeError("version", "too_new", version=version, supported=VERSION)
    _only_keys(document, {"format", "version", "report"}, "")
    if "report" not in document:
        raise ExchangeError("", "missing_key", key="report")
    report = _parse_report(document["report"], "report")
    try:
        return normalize_report(report)
    except EditError as exc:  # a value the parser let through but the report refuses
        raise ExchangeError(f"report.{exc.path}", exc.code, "", **exc.params) from None


def _only_keys(obj: dict[str, Any], allowed: set[str], path: str) -> None:
    for key in obj:
        if key not in allowed:
            raise ExchangeError(_join(path, key), "unknown_key", key=key)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _object(value: Any, path: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExchangeError(path, "not_object")
    _check_duplicates(value, path)
    _only_keys(value, allowed, path)
    return value


def _str(obj: dict[str, Any], key: str, path: str, default: str = "") -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise ExchangeError(_join(path, key), "not_text")
    return value


def _str_list(obj: dict[str, Any], key: str, path: str) -> list[str]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise ExchangeError(_join(path, key), "not_list")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise ExchangeError(f"{_join(path, key)}[{i}]", "not_text")
    return list(value)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: Any, path: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise ExchangeError(path, "not_date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExchangeError(path, "not_date") from None


def _image(value: Any, path: str) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ExchangeError(path, "not_png")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(path, "not_png") from None


REPORT_KEYS = {
    "kind", "school_year", "period", "title", "organization", "document_number", "place", "date",
    "addressees", "assessment", "implementation", "activities", "solutions_title", "solutions",
    "recommendations", "recipients", "signature",
}  # fmt: skip


def _parse_report(value: Any, path: str) -> Report:
    obj = _object(value, path, REPORT_KEYS)
    org = _object(obj.get("organization", {}), _join(path, "organization"), {"parent", "name", "abbreviation"})
    org_path = _join(path, "organization")
    assessment = _object(obj.get("assessment", {}), _join(path, "assessment"), {"advantages", "difficulties"})
    assessment_path = _join(path, "assessment")

    implementation: list[Subsection] = []
    items = obj.get("implementation", [])
    if not isinstance(items, list):
        raise ExchangeError(_join(path, "implementation"), "not_list")
    for i, item in enumerate(items):
        item_path = f"{_join(path, 'implementation')}[{i}]"
        sub = _object(item, item_path, {"title", "body"})
        implementation.append(Subsection(_str(sub, "title", item_path), _str(sub, "body", item_path)))

    activities: list[Activity] = []
    items = obj.get("activities", [])
    if not isinstance(items, list):
        raise ExchangeError(_join(path, "activities"), "not_list")
    for i, item in enumerate(items):
        item_path = f"{_join(path, 'activities')}[{i}]"
        act = _object(item, item_path, {"name", "participants", "lead_unit", "partner_units"})
        activities.append(
            Activity(
                name=_str(act, "name", item_path),
                # checked with the edits' own rule by normalize_report (path and message alike)
                participants=act.get("participants"),
                lead_unit=_str(act, "lead_unit", item_path),
                partner_units=_str(act, "partner_units", item_path),
            )
        )

    sig_path = _join(path, "signature")
    sig = _object(
        obj.get("signature", {}),
        sig_path,
        {"authority", "position", "deputy_position", "other_title", "name", "signature_image", "seal_image"},
    )
    kind = _str(obj, "kind", path, "so_ket")
    return Report(
        kind=kind,
        school_year=_str(obj, "school_year", path),
        period=_str(obj, "period", path),
        title=_str(obj, "title", path),
        organization=Organization(
            parent=_str(org, "parent", org_path),
            name=_str(org, "name", org_path),
            abbreviation=_str(org, "abbreviation", org_path),
        ),
        document_number=_str(obj, "document_number", path),
        place=_str(obj, "place", path),
        date=_date(obj.get("date"), _join(path, "date")),
        addressees=_str_list(obj, "addressees", path),
        assessment=Assessment(
            advantages=_str(assessment, "advantages", assessment_path),
            difficulties=_str(assessment, "difficulties", assessment_path),
        ),
        implementation=implementation,
        activities=activities,
        solutions_title=_str(obj, "solutions_title", path),
        solutions=_str_list(obj, "solutions", path),
        recommendations=_str_list(obj, "recommendations", path),
        recipients=_str_list(obj, "recipients", path),
        signature=Signature(
            authority=_str(sig, "authority", sig_path),
            position=_str(sig, "position", sig_path),
            deputy_position=_str(sig, "deputy_position", sig_path),
            other_title=_str(sig, "other_title", sig_path),
            name=_str(sig, "name", sig_path),
            signature_image=_image(sig.get("signature_image"), _join(sig_path, "signature_image")),
            seal_image=_image(sig.get("seal_image"), _join(sig_path, "seal_image")),
        ),
    )


# ---- writing ----------------------------------------------------------------------


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


def to_document(report: Report) -> dict[str, Any]:
    org, sig = report.organization, report.signature
    return {
        "format": FORMAT,
        "version": VERSION,
        "report": {
            "kind": report.kind,
            "school_year": report.school_year,
            "period": report.period,
            "title": report.title,
            "organization": {"parent": org.parent, "name": org.name, "abbreviation": org.abbreviation},
            "document_number": report.document_number,
            "place": report.place,
            "date": report.date.isoformat() if report.date else None,
            "addressees": list(report.addressees),
            "assessment": {
                "advantages": report.assessment.advantages,
                "difficulties": report.assessment.difficulties,
            },
            "implementation": [{"title": s.title, "body": s.body} for s in report.implementation],
            "activities": [
                {
                    "name": a.name,
                    "participants": a.participants,
                    "lead_unit": a.lead_unit,
                    "partner_units": a.partner_units,
                }
                for a in report.activities
            ],
            "solutions_title": report.solutions_title,
            "solutions": list(report.solutions),
            "recommendations": list(report.recommendations),
            "recipients": list(report.recipients),
            "signature": {
                "authority": sig.authority,
                "position": sig.position,
                "deputy_position": sig.deputy_position,
                "other_title": sig.other_title,
                "name": sig.name,
                "signature_image": _b64(sig.signature_image),
                "seal_image": _b64(sig.seal_image),
            },
        },
    }


def dumps(report: Report) -> str:
    return json.dumps(to_document(report), ensure_ascii=False, indent=2) + "\n"


def write_file(report: Report, path: str | os.PathLike[str]) -> None:
    write_atomic(path, dumps(report).encode("utf-8"))
