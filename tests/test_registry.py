"""The field registry (domain/fields.py) is the one description of every scalar field:
it covers every scalar field of the dataclasses, and the store, the schema, the
exchange format and the edits follow it. Adding a field is shown end to end in a
copy of the program: one dataclass field and one registry row, nothing else."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import types
import typing

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain import model
from hienhao_desktop.domain.fields import ACTIVITY, PART, RECORDS, REPORT, SIGNATURE, get_path
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.codec import LIST_KEYS
from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT

SCALARS = (str, int, bool, bytes)


def _members(hint: object) -> tuple[object, ...]:
    """The types a hint allows: ``int | None`` -> (int, NoneType); ``list[str]`` -> (list[str],)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _scalar_paths(cls: type, prefix: str = "") -> tuple[set[str], set[str]]:
    """(scalar leaf paths, other fields) of a dataclass, nested dataclasses walked."""
    hints = typing.get_type_hints(cls, vars(model))
    leaves, others = set(), set()
    for f in dataclasses.fields(cls):
        path = f"{prefix}{f.name}"
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            sub_leaves, sub_others = _scalar_paths(hint, f"{path}.")  # type: ignore[arg-type]
            leaves |= sub_leaves
            others |= sub_others
        elif all(arg in SCALARS or arg is type(None) for arg in _members(hint)):
            leaves.add(path)
        else:
            others.add(path)
    return leaves, others


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.cls.__name__)
def test_the_registry_covers_every_scalar_field(record):
    leaves, others = _scalar_paths(record.cls)
    assert set(record.paths()) == leaves
    allowed_others = {model.Report: set(LIST_KEYS), model.Part: {"blocks"}}.get(record.cls, set())
    assert others == allowed_others
    assert len({f.column for f in record.fields}) == len(record.fields)  # no column twice


def test_every_registered_field_has_its_column(store):
    for record in RECORDS:
        info = {r["name"]: r for r in store._conn.execute(f"PRAGMA table_info({record.table})")}
        for f in record.fields:
            assert f.column in info, (record.table, f.column)
            assert f.type.sql.startswith(info[f.column]["type"]), (f.column, info[f.column]["type"])
            assert bool(info[f.column]["notnull"]) == ("NOT NULL" in f.type.sql), f.column


# One value per registered field, different from its default.
SAMPLE_VALUES = {
    "kind": "other", "school_year": "2030-2031", "period": "Năm 2030", "title": "Dòng một\nDòng hai",
    "organization.parent": "UBND xã A", "organization.name": "Trung tâm B", "organization.abbreviation": "TTB",
    "document_number": "07", "document_code": "UB", "place": "Nơi C", "date.day": 9, "date.month": 2,
    "date.year": 2031, "part_numbering": "words", "heading_numbering": "letters",
    "caption": "Xác nhận", "authority": "TL.", "position": "Giám đốc", "deputy_position": "Phó",
    "other_title": "Chủ tịch", "name": "Tên", "signature_image": b"\x89PNG\r\n\x1a\nA", "seal_image": b"\x89PNG\r\n\x1a\nB",
    "participants": 12, "lead_unit": "Đơn vị", "partner_units": "Phối hợp", "role": "plans", "heading": "Phần",
}  # fmt: skip


def test_every_registered_field_travels_through_edits_store_and_exchange(store, seed_report):
    seed_report.activities = seed_report.activities[:2]
    rid = store.add_report(seed_report)
    report = store.load(rid)
    for record, prefix in ((REPORT, ""), (SIGNATURE, "signatures[0]."), (ACTIVITY, "activities[1]."), (PART, "parts[2].")):
        for f in record.fields:
            value = SAMPLE_VALUES.get(f.path, f"giá trị {f.path}")
            edit = E.SetField(prefix + f.path, value)
            edit.apply(report)
            store.apply_edit(rid, edit)
    assert store.load(rid) == report
    assert exchange.loads(exchange.dumps(report)) == report
    doc = exchange.to_document(report)["report"]
    for f in REPORT.fields:
        node = doc
        for key in f.keys:
            node = node[key]
        assert node == get_path(report, f.path) or f.path in ("signature_image", "seal_image")


# ---- adding a field, for real, in a copy of the program ----------------------------------------------

ADD_TO_MODEL = (
    '    document_code: str = ""  # "BC-TTHTCĐ", "UB" …; empty: "BC-" + the abbreviation\n',
    '    urgency: str = ""  # mức độ khẩn: "Khẩn", "Thượng khẩn", "Hỏa tốc"\n',
)
ADD_TO_REGISTRY = (
    '    Field("document_code", LINE, "document_code", since=3),\n',
    '    Field("urgency", LINE, "urgency", since=4),\n',
)

CHECK = r'''
import json, shutil, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.model import Report
from hienhao_desktop.domain.validation import validate
from hienhao_desktop.storage import exchange, schema
from hienhao_desktop.storage.store import Store
import hienhao_desktop
assert hienhao_desktop.__file__.startswith(sys.argv[1]), hienhao_desktop.__file__
folder = Path(sys.argv[2])
assert schema.SCHEMA_VERSION == 4, schema.SCHEMA_VERSION

# a database of the program before the field: upgraded, a backup first
old = folder / "old.sqlite3"
with Store.open(old) as store:
    assert store.schema_version == 4
    report = store.load(1)
    assert report.urgency == ""
    store.apply_edit(1, E.SetField("urgency", " Thượng\nkhẩn "))
    assert store.load(1).urgency == "Thượng khẩn"
assert (folder / "old.sqlite3.v3.bak").exists()

# a new database, a new report
with Store.create(folder / "new.sqlite3") as store:
    rid = store.add_report(Report(urgency="Hỏa tốc"))
    assert store.load(rid).urgency == "Hỏa tốc"

# the exchange format writes and reads it, strictly; files without it still import
report.urgency = "Khẩn"
doc = json.loads(exchange.dumps(report))
assert doc["report"]["urgency"] == "Khẩn"
assert exchange.loads(exchange.dumps(report)) == report
doc["report"]["urgency"] = 5
try:
    exchange.loads(json.dumps(doc))
except exchange.ExchangeError as exc:
    assert (exc.path, exc.code) == ("report.urgency", "not_text"), (exc.path, exc.code)
else:
    raise AssertionError("not refused")
assert exchange.read_file(folder / "before.json").urgency == ""
validate(report)
print("OK")
'''


def test_adding_a_field_touches_the_model_and_one_registry_row(tmp_path, seed_report):
    code = tmp_path / "program"
    shutil.copytree(ROOT / "hienhao_desktop", code / "hienhao_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", code / "resources")
    changed = []
    for path, (anchor, line) in (("domain/model.py", ADD_TO_MODEL), ("domain/fields.py", ADD_TO_REGISTRY)):
        file = code / "hienhao_desktop" / path
        text = file.read_text(encoding="utf-8")
        assert text.count(anchor) == 1, path
        file.write_text(text.replace(anchor, anchor + line), encoding="utf-8")
        changed.append(path)
    data = tmp_path / "data"
    data.mkdir()
    with Store.create(data / "old.sqlite3") as store:  # made by today's program
        store.add_report(seed_report)
    exchange.write_file(seed_report, data / "before.json")
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(code), str(data)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0 and result.stdout == "OK\n", result.stdout + result.stderr
    assert changed == ["domain/model.py", "domain/fields.py"]


def test_the_exchange_keys_are_documented():
    doc = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    for record in RECORDS:
        for f in record.fields:
            assert f"`{f.keys[-1]}`" in doc, f.path
    for key in (*LIST_KEYS, "type", "runs", "level", "columns", "rows", "numbered", "total_row", "bold", "italic",
                "underline"):  # fmt: skip
        assert f"`{key}`" in doc, key
    assert json.loads((ROOT / "resources" / "samples" / "seed-report-v2.json").read_text(encoding="utf-8"))["version"] == 2
