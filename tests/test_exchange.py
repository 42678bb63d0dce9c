"""The JSON exchange format: version 2 (the outline) written, versions 1 and 2 read;
strict, all-or-nothing reading whose every refusal names the JSON path and the
problem; export then import gives back an equal report."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.model import Activity, Report
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.domain.templates import body_from_v1
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.exchange import ExchangeError
from tests.conftest import OUTLINE_JSON, ROOT, SEED_JSON, SEED_V2_JSON
from tests.exchange_cases import CASES, make_big
from tests.strategies import pngs, reports


@pytest.mark.parametrize("name", list(CASES))
def test_refused_with_path_and_problem(tmp_path, name):
    data, path, code = CASES[name]
    file = tmp_path / "in.json"
    file.write_bytes(data)
    with pytest.raises(ExchangeError) as info:
        exchange.read_file(file)
    err = info.value
    assert (err.path, err.code) == (path, code)
    message = str(err)
    assert "\n" not in message
    assert message.startswith(f"{file}: ")
    # the problem in the clerk's words, after the place
    problem = messages.render(code, "vi", **err.params)
    assert message.endswith(problem)
    if path:
        assert f"{file}: {path}: " in message
    # loads() (no file name) says the same
    with pytest.raises(ExchangeError) as again:
        exchange.loads(data)
    assert (again.value.path, again.value.code) == (path, code)


def test_message_example_from_the_issue(tmp_path):
    data, _, _ = CASES["negative participants"]
    with pytest.raises(ExchangeError) as info:
        exchange.loads(data)
    assert str(info.value).startswith("report.activities[3].participants: phải là số nguyên không âm")


def test_not_json_says_where(tmp_path):
    with pytest.raises(ExchangeError) as info:
        exchange.loads(b'{"format": "hienhao-report",\n "version": 1,,}')
    assert info.value.params["line"] == 2 and "dòng 2" in str(info.value)


def test_big_file_refused_without_reading_it(tmp_path):
    big = make_big(tmp_path / "big.json")
    with pytest.raises(ExchangeError) as info:
        exchange.read_file(big)
    assert info.value.code == "too_large" and "50" in str(info.value)


def test_missing_or_unreadable_file(tmp_path):
    with pytest.raises(ExchangeError) as info:
        exchange.read_file(tmp_path / "nope.json")
    assert info.value.code == "cannot_read"
    with pytest.raises(ExchangeError):
        exchange.read_file(tmp_path)


def test_optional_keys_take_defaults():
    report = exchange.loads('{"format": "hienhao-report", "version": 2, "report": {}}')
    assert report == Report()
    report = exchange.loads(
        '{"format": "hienhao-report", "version": 2, "report": {"activities": [{"name": "Tết trung thu"}],'
        ' "parts": [{"blocks": [{"type": "paragraph"}, {"type": "heading", "text": "Mục"}]}]}}'
    )
    assert report.activities == [Activity(name="Tết trung thu")]
    assert report.parts[0].role == "other" and report.parts[0].blocks[1].level == 1
    # version 1: the fixed body's parts, empty
    report = exchange.loads('{"format": "hienhao-report", "version": 1, "report": {}}')
    assert report == normalize_report(Report(parts=body_from_v1("", "", [], "", [], [])))


def test_bom_is_accepted(seed_report):
    assert exchange.loads(b"\xef\xbb\xbf" + SEED_JSON.read_bytes()) == seed_report
    assert exchange.loads("\ufeff" + SEED_JSON.read_text(encoding="utf-8")) == seed_report


def test_import_normalises_text():
    doc = {
        "format": "hienhao-report",
        "version": 1,
        "report": {"title": unicodedata.normalize("NFD", "Sơ kết\x0b học kỳ I"), "recipients": ["Lưu\r\n"]},
    }
    report = exchange.loads(json.dumps(doc))
    assert report.title == "Sơ kết học kỳ I" and report.recipients == ["Lưu"]


def test_seed_round_trip(tmp_path, seed_report):
    """The seed's version-1 file reads as the outline that its version-2 file holds;
    the program writes version 2, byte for byte the sample."""
    out = tmp_path / "out.json"
    exchange.write_file(seed_report, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(SEED_V2_JSON.read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 2
    assert exchange.read_file(out) == seed_report
    assert exchange.read_file(SEED_V2_JSON) == seed_report
    assert exchange.dumps(seed_report) == SEED_V2_JSON.read_text(encoding="utf-8")
    assert json.loads(SEED_JSON.read_text(encoding="utf-8"))["version"] == 1  # kept as version 1


def test_the_samples_are_what_the_program_writes():
    """tests/data/make_samples.py wrote them; a change of shape must rewrite them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "tests" / "data" / "make_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    example = module.outline_example()
    assert exchange.read_file(OUTLINE_JSON) == example
    assert exchange.dumps(example) == OUTLINE_JSON.read_text(encoding="utf-8")


def test_the_outline_example_holds_every_kind_of_block():
    report = exchange.read_file(OUTLINE_JSON)
    kinds = {type(b).__name__ for p in report.parts for b in p.blocks} | {type(b).__name__ for b in report.opening}
    assert kinds == {"Heading", "Paragraph", "ListItem", "Table", "ActivityTable"}
    assert {b.level for p in report.parts for b in p.blocks if type(b).__name__ == "Heading"} == {1, 2, 3}
    assert len(report.signatures) == 2 and report.date.day is None and report.title.count("\n") == 2


def test_images_round_trip(seed_report):
    seed_report.signatures[0].seal_image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    text = exchange.dumps(seed_report)
    assert exchange.loads(text) == seed_report


@settings(max_examples=100, deadline=None)
@given(raw=reports())
def test_hypothesis_round_trip(tmp_path_factory, raw):
    """Any report (any outline: parts, headings, runs, lists, tables, the activity
    table; NFD Vietnamese, control characters, empty lists, unknown counts, PNG
    images) survives export then import, once normalised."""
    clean = normalize_report(raw)
    text = exchange.dumps(raw)
    assert exchange.loads(text) == clean
    assert exchange.loads(exchange.dumps(clean)) == clean
    assert exchange.loads(exchange.dumps(clean).encode("utf-8")) == clean


@settings(max_examples=30, deadline=None)
@given(image=pngs)
def test_any_png_bytes_round_trip(image):
    report = Report()
    report.signatures[0].signature_image = image
    assert exchange.loads(exchange.dumps(report)).signatures[0].signature_image == image


def test_write_file_is_atomic_and_keeps_old_file_on_failure(tmp_path, seed_report, monkeypatch):
    out = tmp_path / "out.json"
    out.write_text("cũ", encoding="utf-8")
    import os

    def boom(*_a, **_k):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", boom)
    from hienhao_desktop.storage.files import WriteRefused

    with pytest.raises(WriteRefused):
        exchange.write_file(seed_report, out)
    assert out.read_text(encoding="utf-8") == "cũ"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


# ---- fuzz: any changed version-2 file is imported whole or refused with a real path ------------------

_KEYS = ["type", "level", "text", "runs", "rows", "columns", "kind", "bold", "blocks", "role", "day", "x"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=5)
    | st.sampled_from(["heading", "paragraph", "table", "activity_table", "number", "roman", "TM."]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip


def _places(value, path=()):
    """Every (path, container, key) of a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), value, key
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*path, i), value, i
            yield from _places(item, (*path, i))


def _resolves(doc, path: str) -> bool:
    from hienhao_desktop.domain.paths import parse

    node = doc
    for key in parse(path):
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            node = node[key]
        elif isinstance(key, str) and isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fuzzed_v2_files_are_imported_whole_or_refused_with_a_path(data):
    base = data.draw(st.sampled_from(["seed", "example", "generated"]))
    if base == "generated":
        doc = exchange.to_document(normalize_report(data.draw(reports(max_items=2))))
    else:
        doc = json.loads((SEED_V2_JSON if base == "seed" else OUTLINE_JSON).read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        places = list(_places(doc))
        _, container, key = data.draw(st.sampled_from(places))
        action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            container[key] = data.draw(json_values)
        elif action == "delete":
            del container[key]
        elif isinstance(container, dict):
            container[data.draw(st.sampled_from(_KEYS))] = data.draw(json_values)
        else:
            container.insert(key, data.draw(json_values))
    text = json.dumps(doc, ensure_ascii=False)
    try:
        report = exchange.loads(text)
    except ExchangeError as exc:
        assert "\n" not in str(exc)
        # the path names a value of the file; a missing "format" or "version" names its place
        parent = exc.path.rpartition(".")[0]
        missing = exc.code in ("bad_format", "bad_version") and (not parent or _resolves(doc, parent))
        assert exc.path == "" or _resolves(doc, exc.path) or missing, (exc.path, exc.code)
        for lang in ("vi", "en"):
            assert exc.message(lang)
    else:
        assert normalize_report(report) == report
        assert exchange.loads(exchange.dumps(report)) == report


def test_the_documented_example_imports():
    text = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    report = exchange.loads(example)
    assert report.date.as_date().isoformat() == "2024-01-15"
    assert report.parts[1].blocks[0].totals() == [None, 320]
    assert report.parts[0].blocks[1].runs[1].italic
