"""The importer's fuzz, carried on to export (issue 13, "Checked by"): any exchange
file is either refused at import (ExchangeError, nothing else) or, once accepted,
exports to PDF, Excel and JSON within a bound, and the JSON imports back equal.

The files are made from whole reports with unclean text (control characters,
decomposed Vietnamese, lone surrogates), words far longer than a line, fields just
under and over the 20,000-character limit, and then damaged at random (a value of
the wrong type, a key removed or misspelt)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hienhao_desktop.export.pdf import render_pdf
from hienhao_desktop.export.xlsx import render_xlsx
from hienhao_desktop.storage import exchange
from tests.strategies import raw_text, reports

MAX_FIELD_CHARS = 20_000  # domain.edits.MAX_FIELD_CHARS (checked below)
BOUND_SECONDS = 60.0  # per accepted file, for all three outputs (the largest take ~10 s here)

long_words = st.sampled_from([
    "ư" * 300, "Ệ" * 2_000, "x" * (MAX_FIELD_CHARS - 1), "https://hienhao.edu.vn/" + "a/" * 400,
    ("dài " * 3_000).strip(), "\n".join(["dòng"] * 2_000),
])
too_long = st.just("đ" * (MAX_FIELD_CHARS + 1))
# Per field: mostly unclean everyday text, sometimes a very long word, rarely too long.
text = st.integers(0, 59).flatmap(lambda i: too_long if i == 0 else long_words if i < 5 else raw_text)

JUNK: list[Any] = [None, 12, -1, 1.5, True, [], {}, "", "x" * 30, "2024-13-45", {"a": 1}, ["x"]]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


@st.composite
def exchange_files(draw: st.DrawFn) -> str:
    report = draw(reports(text=text, max_items=3))
    document = exchange.to_document(report)
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):  # damage it here and there
        paths = [p for p in _paths(document) if p]
        path = draw(st.sampled_from(paths))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["junk", "drop", "misspell"]))
        if action == "junk":
            parent[path[-1]] = draw(st.sampled_from(JUNK))
        elif isinstance(parent, dict):
            value = parent.pop(path[-1])
            if action == "misspell":
                parent[f"{path[-1]}_"] = value
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=exchange_files())
def test_any_file_is_refused_at_import_or_exports_within_a_bound(data: str) -> None:
    from hienhao_desktop.domain import edits

    assert edits.MAX_FIELD_CHARS == MAX_FIELD_CHARS
    try:
        report = exchange.loads(data)
    except exchange.ExchangeError as exc:
        event(f"refused: {exc.code}")
        return  # refused: with a path and a message, nothing written
    longest = max((len(w) for w in exchange.dumps(report).split()), default=0)
    event("accepted, with a word over 1,000 characters" if longest > 1000 else "accepted")
    started = time.perf_counter()
    pdf = render_pdf(report)
    workbook = render_xlsx(report)
    again = exchange.dumps(report)
    assert time.perf_counter() - started < BOUND_SECONDS
    assert pdf.startswith(b"%PDF") and workbook.startswith(b"PK")
    assert exchange.loads(again) == report
