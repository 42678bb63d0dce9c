"""Refused exchange files, shared by the exchange and command-line tests. Each case
makes the file's bytes from the seed document and says which JSON path the refusal
must name (None: the whole file) and which message code."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import SEED_JSON

SEED_DOC: dict[str, Any] = json.loads(SEED_JSON.read_text(encoding="utf-8"))


def _mutated(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(SEED_DOC)
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """``_set("report.activities.3.participants", -1)``"""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        obj: Any = doc
        for part in parents:
            obj = obj[int(part)] if isinstance(obj, list) else obj[part]
        if isinstance(obj, list):
            obj[int(last)] = value
        else:
            obj[last] = value

    return change


def _raw_replace(old: str, new: str) -> bytes:
    text = SEED_JSON.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1).encode("utf-8")


# name -> (bytes, JSON path or "" for the whole file, message code)
CASES: dict[str, tuple[bytes, str, str]] = {
    "unknown key in report": (_mutated(_set("report.titel", "x")), "report.titel", "unknown_key"),
    "unknown key in organization": (
        _mutated(_set("report.organization.nam", "x")),
        "report.organization.nam",
        "unknown_key",
    ),
    "unknown key in activity": (
        _mutated(_set("report.activities.3.participant", 5)),
        "report.activities[3].participant",
        "unknown_key",
    ),
    "unknown key in signature": (
        _mutated(_set("report.signature.seal", None)),
        "report.signature.seal",
        "unknown_key",
    ),
    "unknown key in subsection": (
        _mutated(_set("report.implementation.1.body_text", "")),
        "report.implementation[1].body_text",
        "unknown_key",
    ),
    "unknown key at top level": (_mutated(_set("extra", 1)), "extra", "unknown_key"),
    "duplicate key in report": (
        _raw_replace('"place": "Hiền Hào",', '"place": "Hiền Hào", "place": "Cát Hải",'),
        "report.place",
        "duplicate_key",
    ),
    "duplicate key in activity": (
        _raw_replace('"participants": 62,', '"participants": 62, "participants": 63,'),
        "report.activities[0].participants",
        "duplicate_key",
    ),
    "string where list": (_mutated(_set("report.recipients", "Lưu")), "report.recipients", "not_list"),
    "string where activity list": (_mutated(_set("report.activities", "")), "report.activities", "not_list"),
    "number where string": (_mutated(_set("report.title", 2024)), "report.title", "not_text"),
    "number in string list": (_mutated(_set("report.solutions.2", 3)), "report.solutions[2]", "not_text"),
    "null where string": (_mutated(_set("report.place", None)), "report.place", "not_text"),
    "list where object": (_mutated(_set("report.organization", [])), "report.organization", "not_object"),
    "string where activity": (_mutated(_set("report.activities.4", "Tết")), "report.activities[4]", "not_object"),
    "list where report": (_mutated(_set("report", [])), "report", "not_object"),
    "negative participants": (
        _mutated(_set("report.activities.3.participants", -1)),
        "report.activities[3].participants",
        "not_whole_number",
    ),
    "fractional participants": (
        _mutated(_set("report.activities.3.participants", 2.5)),
        "report.activities[3].participants",
        "not_whole_number",
    ),
    "participants 62.0": (
        _raw_replace('"participants": 62,', '"participants": 62.0,'),
        "report.activities[0].participants",
        "not_whole_number",
    ),
    "participants 6.2e1": (
        _raw_replace('"participants": 62,', '"participants": 6.2e1,'),
        "report.activities[0].participants",
        "not_whole_number",
    ),
    "boolean participants": (
        _mutated(_set("report.activities.3.participants", True)),
        "report.activities[3].participants",
        "not_whole_number",
    ),
    "string participants": (
        _mutated(_set("report.activities.3.participants", "60")),
        "report.activities[3].participants",
        "not_whole_number",
    ),
    "NaN participants": (
        _raw_replace('"participants": 62,', '"participants": NaN,'),
        "report.activities[0].participants",
        "not_whole_number",
    ),
    "Infinity participants": (
        _raw_replace('"participants": 62,', '"participants": Infinity,'),
        "report.activities[0].participants",
        "not_whole_number",
    ),
    "-Infinity participants": (
        _raw_replace('"participants": 62,', '"participants": -Infinity,'),
        "report.activities[0].participants",
        "not_whole_number",
    ),
    "huge participants": (
        _mutated(_set("report.activities.3.participants", 10**20)),
        "report.activities[3].participants",
        "number_too_large",
    ),
    "month 13": (_mutated(_set("report.date", "2024-13-01")), "report.date", "not_date"),
    "day 30 february": (_mutated(_set("report.date", "2024-02-30")), "report.date", "not_date"),
    "date dd/mm/yyyy": (_mutated(_set("report.date", "15/01/2024")), "report.date", "not_date"),
    "date as number": (_mutated(_set("report.date", 20240115)), "report.date", "not_date"),
    "date with time": (_mutated(_set("report.date", "2024-01-15T08:00:00")), "report.date", "not_date"),
    "date yyyymmdd string": (_mutated(_set("report.date", "20240115")), "report.date", "not_date"),
    "bad kind": (_mutated(_set("report.kind", "ban_nien")), "report.kind", "not_choice"),
    "bad authority": (_mutated(_set("report.signature.authority", "KT")), "report.signature.authority", "not_choice"),
    "image not base64": (
        _mutated(_set("report.signature.seal_image", "không phải ảnh")),
        "report.signature.seal_image",
        "not_png",
    ),
    "image not png": (
        _mutated(_set("report.signature.signature_image", "R0lGODlhAQABAAAAACw=")),
        "report.signature.signature_image",
        "not_png",
    ),
    "duplicate key at top level": (
        _raw_replace('"version": 1,', '"version": 1, "version": 1,'),
        "version",
        "duplicate_key",
    ),
    "duplicate key in signature": (
        _raw_replace('"position": "Giám đốc",', '"position": "Giám đốc", "position": "Phó Giám đốc",'),
        "report.signature.position",
        "duplicate_key",
    ),
    "NaN as date": (_raw_replace('"date": null,', '"date": NaN,'), "report.date", "not_date"),
    "NaN in a list": (_raw_replace('"Lưu"', "NaN"), "report.recipients[3]", "not_text"),
    "Infinity as version": (_raw_replace('"version": 1,', '"version": Infinity,'), "version", "bad_version"),
    "too new version": (_mutated(_set("version", 2)), "version", "too_new"),
    "version 0": (_mutated(_set("version", 0)), "version", "bad_version"),
    "version string": (_mutated(_set("version", "1")), "version", "bad_version"),
    "version true": (_mutated(_set("version", True)), "version", "bad_version"),
    "version 1.0": (_raw_replace('"version": 1,', '"version": 1.0,'), "version", "bad_version"),
    "version missing": (_mutated(lambda d: d.pop("version")), "version", "bad_version"),
    "wrong format": (_mutated(_set("format", "hienhao-reports")), "format", "bad_format"),
    "format missing": (_mutated(lambda d: d.pop("format")), "format", "bad_format"),
    "report missing": (_mutated(lambda d: d.pop("report")), "", "missing_key"),
    "not json": (b"Bao cao so ket\n", "", "not_json"),
    "truncated json": (SEED_JSON.read_text(encoding="utf-8")[:500].encode("utf-8"), "", "not_json"),
    "bytes cut inside a character": (SEED_JSON.read_bytes()[:-3] + "ế".encode()[:2], "", "not_utf8"),
    "latin-1 bytes": (SEED_JSON.read_text(encoding="utf-8").encode("latin-1", "replace"), "", "not_utf8"),
    "cp1258 bytes": (b'{"title": "S\xf5 k\xea\xect"}', "", "not_utf8"),  # "Sơ kết" in Windows-1258
    "empty file": (b"", "", "not_json"),
    "only whitespace": (b" \n\t\n", "", "not_json"),
    "json array at top": (b"[1, 2, 3]\n", "", "bad_format"),
    "json string at top": (b'"hienhao-report"', "", "bad_format"),
    "json null at top": (b"null", "", "bad_format"),
    "NaN at top": (b"NaN", "", "bad_format"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "", "not_json"),
}

# A file too large to be a report; made sparse so it costs no disk or time.
BIG_SIZE = 50 * 2**20


def make_big(path: Path) -> Path:
    with path.open("wb") as f:
        f.write(b'{"format": "hienhao-report", "version": 1, "report": {"title": "')
        f.truncate(BIG_SIZE)
    return path
