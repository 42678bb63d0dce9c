"""Property: the store and the in-memory report agree after every edit, and undo
(the inverses, in reverse order) gets back the original in both."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain import edits as E
from hienhao_desktop.domain.edits import normalize_report
from hienhao_desktop.storage.store import Store
from tests.storehelp import rows
from tests.strategies import edits_for, reports

PROPS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    s = Store.create(tmp_path_factory.mktemp("prop") / "prop.sqlite3")
    yield s
    s.close()


@PROPS
@given(raw=reports())
def test_add_then_load_gives_the_normalised_report(shared_store, raw):
    rid = shared_store.add_report(raw)
    assert shared_store.load(rid) == normalize_report(raw)
    shared_store.delete(rid)


@PROPS
@given(data=st.data())
def test_store_and_memory_agree_and_undo_restores_both(shared_store, data):
    store = shared_store
    original = normalize_report(data.draw(reports(), label="report"))
    rid = store.add_report(original)
    other = store.add_report(original)  # a neighbour that must never change
    report = original.copy()
    undo: list[E.Edit] = []
    for _ in range(data.draw(st.integers(1, 10), label="steps")):
        edit = data.draw(edits_for(report), label="edit")
        before_rows = rows(store.path)
        try:
            inverse = edit.apply(report)
        except E.EditError:
            with pytest.raises(E.EditError):
                store.apply_edit(rid, edit)
            assert rows(store.path) == before_rows  # nothing written
        else:
            store.apply_edit(rid, edit)
            undo.append(inverse)
        assert store.load(rid) == report
    for inverse in reversed(undo):
        inverse.apply(report)
        store.apply_edit(rid, inverse)
        assert store.load(rid) == report
    assert report == original
    assert store.load(rid) == original
    assert store.load(other) == original
    store.delete(rid)
    store.delete(other)
