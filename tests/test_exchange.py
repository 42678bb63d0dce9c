"""The JSON exchange format v1: strict, all-or-nothing reading whose every refusal
names the JSON path and the problem; export then import gives back an equal report."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.edits import normalize_report
from hienhao_desktop.domain.model import Activity, Report
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.exchange import ExchangeError
from tests.conftest import SEED_JSON
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
    report = exchange.loads('{"format": "hienhao-report", "version": 1, "report": {}}')
    assert report == Report()
    report = exchange.loads(
        '{"format": "hienhao-report", "version": 1, "report": {"activities": [{"name": "Tết trung thu"}]}}'
    )
    assert report.activities == [Activity(name="Tết trung thu")]


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
    out = tmp_path / "out.json"
    exchange.write_file(seed_report, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(SEED_JSON.read_text(encoding="utf-8"))
    assert exchange.read_file(out) == seed_report
    assert exchange.loads(exchange.dumps(seed_report)) == seed_report
    # the seed file is byte-for-byte what the program writes
    assert exchange.dumps(seed_report) == SEED_JSON.read_text(encoding="utf-8").rstrip("\n") + "\n"


def test_images_round_trip(seed_report):
    seed_report.signature.seal_image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    text = exchange.dumps(seed_report)
    assert exchange.loads(text) == seed_report


@settings(max_examples=50, deadline=None)
@given(raw=reports())
def test_hypothesis_round_trip(tmp_path_factory, raw):
    """Any report (with NFD Vietnamese, control characters, empty lists, unknown
    counts, PNG images) survives export then import, once normalised."""
    clean = normalize_report(raw)
    text = exchange.dumps(raw)
    assert exchange.loads(text) == clean
    assert exchange.loads(exchange.dumps(clean)) == clean
    assert exchange.loads(exchange.dumps(clean).encode("utf-8")) == clean


@settings(max_examples=30, deadline=None)
@given(image=pngs)
def test_any_png_bytes_round_trip(image):
    report = Report()
    report.signature.signature_image = image
    assert exchange.loads(exchange.dumps(report)).signature.signature_image == image


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
