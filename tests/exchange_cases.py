"""Refused exchange files, shared by the exchange and command-line tests. Each case
makes the file's bytes from the seed document and says which JSON path the refusal
must name (None: the whole file) and which message code."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import SEED_JSON, SEED_V2_JSON

SEED_DOC: dict[str, Any] = json.loads(SEED_JSON.read_text(encoding="utf-8"))
SEED_V2_DOC: dict[str, Any] = json.loads(SEED_V2_JSON.read_text(encoding="utf-8"))


def _mutated(change: Callable[[dict[str, Any]], None], base: dict[str, Any] = SEED_DOC) -> bytes:
    doc = copy.deepcopy(base)
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _v2(*changes: Callable[[dict[str, Any]], None]) -> bytes:
    """The seed in version 2, with a table added as block 1 of part IV, then changed."""

    def change(doc: dict[str, Any]) -> None:
        doc["report"]["parts"][3]["blocks"].insert(1, {
            "type": "table",
            "columns": [{"title": "Thôn", "kind": "text"}, {"title": "Số hộ", "kind": "number"}],
            "rows": [["Thôn Đông", 320], ["Thôn Tây", None], ["Thôn Nam", 410]],
            "numbered": True,
            "total_row": True,
        })  # fmt: skip
        for c in changes:
            c(doc)

    return _mutated(change, SEED_V2_DOC)


def _v2_raw_replace(old: str, new: str) -> bytes:
    text = SEED_V2_JSON.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1).encode("utf-8")


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
    "too new version": (_mutated(_set("version", 3)), "version", "too_new"),
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
    # ---- version 2: the outline
    "v2 unknown key in a block": (
        _v2(_set("report.parts.0.blocks.1.colour", "red")), "report.parts[0].blocks[1].colour", "unknown_key"
    ),
    "v2 block without a type": (
        _v2(lambda d: d["report"]["parts"][0]["blocks"][0].pop("type")), "report.parts[0].blocks[0]", "missing_key"
    ),
    "v2 unknown block type": (
        _v2(_set("report.parts.0.blocks.0.type", "image")), "report.parts[0].blocks[0].type", "not_choice"
    ),
    "v2 block not an object": (_v2(_set("report.parts.0.blocks.0", "Thuận lợi")), "report.parts[0].blocks[0]", "not_object"),
    "v2 blocks not a list": (_v2(_set("report.parts.0.blocks", {})), "report.parts[0].blocks", "not_list"),
    "v2 heading level 4": (_v2(_set("report.parts.0.blocks.0.level", 4)), "report.parts[0].blocks[0].level", "bad_level"),
    "v2 heading level as text": (
        _v2(_set("report.parts.0.blocks.0.level", "1")), "report.parts[0].blocks[0].level", "bad_level"
    ),
    "v2 heading text as number": (_v2(_set("report.parts.0.blocks.0.text", 1)), "report.parts[0].blocks[0].text", "not_text"),
    "v2 list level 3": (_v2(_set("report.parts.2.blocks.0.level", 3)), "report.parts[2].blocks[0].level", "bad_level"),
    "v2 run flag as text": (
        _v2(_set("report.parts.0.blocks.1.runs.0.bold", "true")), "report.parts[0].blocks[1].runs[0].bold", "not_bool"
    ),
    "v2 run as text": (_v2(_set("report.parts.0.blocks.1.runs.0", "Trong")), "report.parts[0].blocks[1].runs[0]", "not_object"),
    "v2 unknown key in a run": (
        _v2(_set("report.parts.0.blocks.1.runs.0.colour", "red")), "report.parts[0].blocks[1].runs[0].colour", "unknown_key"
    ),
    "v2 runs as text": (_v2(_set("report.parts.0.blocks.1.runs", "Trong")), "report.parts[0].blocks[1].runs", "not_list"),
    "v2 row too long": (
        _v2(_set("report.parts.3.blocks.1.rows.2", ["Thôn Nam", 410, "x"])), "report.parts[3].blocks[1].rows[2]", "bad_row_length"
    ),
    "v2 row not a list": (_v2(_set("report.parts.3.blocks.1.rows.2", "Thôn Nam")), "report.parts[3].blocks[1].rows[2]", "not_list"),
    "v2 text in a number column": (
        _v2(_set("report.parts.3.blocks.1.rows.2.1", "410")), "report.parts[3].blocks[1].rows[2][1]", "not_integer"
    ),
    "v2 fraction in a number column": (
        _v2(_set("report.parts.3.blocks.1.rows.1.1", 2.5)), "report.parts[3].blocks[1].rows[1][1]", "not_integer"
    ),
    "v2 number in a text column": (
        _v2(_set("report.parts.3.blocks.1.rows.0.0", 7)), "report.parts[3].blocks[1].rows[0][0]", "not_text"
    ),
    "v2 huge number in a table": (
        _v2(_set("report.parts.3.blocks.1.rows.0.1", 10**16)), "report.parts[3].blocks[1].rows[0][1]", "number_too_large"
    ),
    "v2 table without columns": (
        _v2(_set("report.parts.3.blocks.1.columns", []), _set("report.parts.3.blocks.1.rows", [])),
        "report.parts[3].blocks[1].columns",
        "table_needs_column",
    ),
    "v2 unknown column kind": (
        _v2(_set("report.parts.3.blocks.1.columns.1.kind", "money")), "report.parts[3].blocks[1].columns[1].kind", "not_choice"
    ),
    "v2 second activity table": (
        _v2(lambda d: d["report"]["parts"][3]["blocks"].append({"type": "activity_table", "total_row": True})),
        "report.parts[3].blocks[2]",
        "second_activity_table",
    ),
    "v2 no signing column": (_v2(_set("report.signatures", [])), "report.signatures", "signature_count"),
    "v2 three signing columns": (
        _v2(lambda d: d["report"]["signatures"].extend([d["report"]["signatures"][0]] * 2)),
        "report.signatures",
        "signature_count",
    ),
    "v2 unknown key in a signing column": (
        _v2(_set("report.signatures.0.signature", None)), "report.signatures[0].signature", "unknown_key"
    ),
    "v2 seal not base64": (_v2(_set("report.signatures.0.seal_image", "ảnh")), "report.signatures[0].seal_image", "not_png"),
    "v2 day 32": (_v2(_set("report.date.day", 32)), "report.date.day", "bad_range"),
    "v2 month as text": (_v2(_set("report.date.month", "4")), "report.date.month", "bad_range"),
    "v2 date as version 1 text": (_v2(_set("report.date", "2024-01-15")), "report.date", "not_object"),
    "v2 unknown key in the date": (_v2(_set("report.date.weekday", 1)), "report.date.weekday", "unknown_key"),
    "v2 unknown part role": (_v2(_set("report.parts.1.role", "intro")), "report.parts[1].role", "not_choice"),
    "v2 unknown key in a part": (_v2(_set("report.parts.1.title", "x")), "report.parts[1].title", "unknown_key"),
    "v2 version 1 key": (_v2(_set("report.assessment", {})), "report.assessment", "unknown_key"),
    "v2 version 1 signature": (_v2(_set("report.signature", {})), "report.signature", "unknown_key"),
    "v2 bad part numbering": (_v2(_set("report.part_numbering", "arabic")), "report.part_numbering", "not_choice"),
    "v2 negative participants": (
        _v2(_set("report.activities.3.participants", -1)), "report.activities[3].participants", "not_whole_number"
    ),
    "v2 NaN as a level": (
        _v2_raw_replace('"level": 1,', '"level": NaN,'), "report.parts[0].blocks[0].level", "bad_level"
    ),
    "v2 duplicate key in a block": (
        _v2_raw_replace('"level": 1,', '"level": 1, "level": 2,'), "report.parts[0].blocks[0].level", "duplicate_key"
    ),
    "v2 duplicate type": (
        _v2_raw_replace('"type": "heading",', '"type": "heading", "type": "paragraph",'),
        "report.parts[0].blocks[0].type",
        "duplicate_key",
    ),
    "v2 duplicate key in a run": (
        _v2_raw_replace('"text": "Trong học kỳ 1', '"text": "x", "text": "Trong học kỳ 1'),
        "report.parts[0].blocks[1].runs[0].text",
        "duplicate_key",
    ),
}

# A file too large to be a report; made sparse so it costs no disk or time.
BIG_SIZE = 50 * 2**20


def make_big(path: Path) -> Path:
    with path.open("wb") as f:
        f.write(b'{"format": "hienhao-report", "version": 1, "report": {"title": "')
        f.truncate(BIG_SIZE)
    return path
