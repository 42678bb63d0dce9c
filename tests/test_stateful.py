"""The window driven by random sequences of what a clerk does (hypothesis'
RuleBasedStateMachine): switch report, type into a field, write on a part's page
(a paragraph, a list item, a heading), add/remove/move parts and rename them, insert
a table of their own and type into its cells, add/insert/move/delete activity rows,
type into cells (refused counts included), paste rows, undo, redo (also with a store
that refuses), preview, issue/unlock, switch language, make a new report, delete one,
import a file.

A plain reference model (reports as dataclasses changed by ordinary Python, and a
list of states per open report for undo) says what the database must hold; after
every step every report in the database equals the model's, the window's open
report equals it too, and nothing raised inside Qt. A failure prints the shortest
sequence of steps found.

CI runs a few examples (HIENHAO_STATEFUL_EXAMPLES, default 6), the same ones every
time (tests/conftest.py's "suite" profile); explore fresh ones, with the failing
sequence shrunk, with e.g. ``HYPOTHESIS_PROFILE=explore HIENHAO_STATEFUL_EXAMPLES=200
.venv/bin/python -m pytest tests/test_stateful.py``.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import sys

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import capture_exceptions, format_captured_exceptions

from hienhao_desktop.domain.derive import blank_report
from hienhao_desktop.domain.model import (
    Activity,
    Column,
    ColumnKind,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Report,
    Run,
    Table,
)
from hienhao_desktop.storage.store import CannotWrite, Store
from hienhao_desktop.ui import document as document_module
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.activities import LEAD, NAME, PARTICIPANTS, PARTNERS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.outline_editor import TableRequest
from hienhao_desktop.ui.settings import Settings
from tests.ui_helpers import ScriptedDialogs
from tests.user import User

EXAMPLES = int(os.environ.get("HIENHAO_STATEFUL_EXAMPLES", "6"))
STEPS = int(os.environ.get("HIENHAO_STATEFUL_STEPS", "25"))

WORDS = ["Hiền", "Hào", "Cát", "Hải", "học", "tập", "cộng", "đồng", "Lớp", "tin", "Đoàn", "TN", "A", "12"]
line = st.lists(st.sampled_from(WORDS), min_size=0, max_size=4).map(" ".join)
some_line = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
FIELDS = ["place", "school_year", "document_number", "organization.parent", "signatures[0].name"]
count_text = st.one_of(st.integers(0, 2000).map(str), st.just(""), st.sampled_from(["khoảng 60", "mười", "-3"]))


def set_path(report: Report, path: str, value: object) -> None:
    *parents, last = path.split(".")
    obj: object = report
    for part in parents:
        if part.endswith("]"):
            name, index = part[:-1].split("[")
            obj = getattr(obj, name)[int(index)]
        else:
            obj = getattr(obj, part)
    setattr(obj, last, value)


def written_on(part: Part, text: str, heading: bool = False) -> Part:
    """The part after a line is typed at the end of its last written line (Enter,
    then the text; with ``heading``, then Ctrl+Alt+1): a list item's list goes on, any
    other line is followed by a paragraph; a part with no written line (empty, or only
    tables) gets it at the end."""
    written = [j for j, b in enumerate(part.blocks) if isinstance(b, Heading | Paragraph | ListItem)]
    at = written[-1] + 1 if written else len(part.blocks)
    last = part.blocks[written[-1]] if written else None
    if heading:
        new: Heading | ListItem | Paragraph = Heading(1, text)
    elif isinstance(last, ListItem):
        new = ListItem(last.level, [Run(text)])
    else:
        new = Paragraph([Run(text)])
    part.blocks.insert(at, new)
    return part


def parse_count(text: str) -> tuple[bool, int | None]:
    """(accepted, value) as the program reads a participant count."""
    text = text.strip()
    if not text:
        return True, None
    if text.isascii() and text.isdigit():
        return True, int(text)
    return False, None


def parse_cell_number(text: str) -> tuple[bool, int | None]:
    """(accepted, value) as a number column of a table of the author's own reads it:
    negative numbers are allowed there (a difference, a loss)."""
    text = text.strip()
    body = text[1:] if text.startswith("-") else text
    if not text:
        return True, None
    if body.isascii() and body.isdigit():
        return True, int(text)
    return False, None


class History:
    """The open report's undo history as the reference model keeps it: the states
    after each step, the step's merge key (typing into one place is one step)."""

    def __init__(self, state: Report) -> None:
        self.states = [copy.deepcopy(state)]
        self.keys: list[object] = [None]
        self.index = 0

    @property
    def current(self) -> Report:
        return self.states[self.index]

    def push(self, new: Report, key: object = None, force: bool = False) -> None:
        if new == self.current and not force:
            return  # nothing changed: no step (a part moved past one just like it is a step all the same)
        del self.states[self.index + 1:]
        del self.keys[self.index + 1:]
        if key is not None and self.index > 0 and self.keys[self.index] == key:
            self.states[self.index] = copy.deepcopy(new)  # merged with the typing before
            return
        self.states.append(copy.deepcopy(new))
        self.keys.append(key)
        self.index += 1

    def undo(self) -> None:
        if self.index > 0:
            self.index -= 1

    def redo(self) -> None:
        if self.index + 1 < len(self.states):
            self.index += 1


class Refusing:
    def __init__(self, store: Store) -> None:
        self.armed = False
        self._apply = store.apply_edit
        store.apply_edit = self.apply_edit  # type: ignore[method-assign]

    def apply_edit(self, report_id, edit):  # type: ignore[no-untyped-def]
        if self.armed:
            raise CannotWrite("db_read_only", None)  # as a write-protected USB stick refuses it
        return self._apply(report_id, edit)


class ClerkAtTheWindow(RuleBasedStateMachine):
    tmp_factory: pytest.TempPathFactory
    seed: Report

    @initialize()
    def open_window(self) -> None:
        folder = self.tmp_factory.mktemp("stateful")
        self.db = folder / "reports.sqlite3"
        other = dataclasses.replace(self.seed.copy(), school_year="2022-2023", title="Báo cáo cũ")
        with Store.create(self.db) as store:
            self.ids = [store.add_report(self.seed), store.add_report(other)]
            self.model: dict[int, Report] = {i: store.load(i) for i in self.ids}
        self.final: set[int] = set()
        self.dialogs = ScriptedDialogs()
        settings_file = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        with capture_exceptions() as self.raised:
            self.window = MainWindow(Store.open(self.db), Settings(settings_file), self.dialogs)
            self.window.show()
            self.window.activateWindow()
            for _ in range(20):
                QApplication.processEvents()
            self.refusing = Refusing(self.window.store)
            self.user = User(self.window)
        self.current = self.window.document.report_id
        self.history = History(self.model[self.current])

    def teardown(self) -> None:
        window = getattr(self, "window", None)
        if window is not None:
            with capture_exceptions() as raised:
                window.close()
                window.deleteLater()
                QApplication.processEvents()
            i18n.use_language("vi")
            assert not raised, format_captured_exceptions(raised)

    # ---- running a step --------------------------------------------------------------

    def act(self, steps) -> None:  # type: ignore[no-untyped-def]
        # The steps so far (rule and arguments), told with a failure: a failure that
        # does not replay (Hypothesis then says "Flaky" and no steps) still shows
        # the sequence that led to it.
        caller = sys._getframe(1)
        arguments = {k: v for k, v in caller.f_locals.items() if k not in ("self", "steps")}
        self.log = getattr(self, "log", [])
        self.log.append(f"{caller.f_code.co_name}({', '.join(f'{k}={v!r}' for k, v in arguments.items())})")
        try:
            with capture_exceptions() as raised:
                steps()
        except AssertionError as exc:
            raise AssertionError(f"{exc}\nsteps:\n  " + "\n  ".join(self.log)) from exc
        self.raised.extend(raised)

    def changed(self, new: Report, key: object = None, force: bool = False) -> None:
        self.history.push(new, key, force)
        self.model[self.current] = copy.deepcopy(self.history.current)

    @property
    def report(self) -> Report:
        return copy.deepcopy(self.model[self.current])

    @property
    def editable(self) -> bool:
        return self.current not in self.final

    # ---- rules -----------------------------------------------------------------------

    @rule(which=st.integers(0, 10))
    def switch_report(self, which: int) -> None:
        target = self.ids[which % len(self.ids)]
        self.act(lambda: self.user.choose_report(target))
        if target != self.current:
            self.current = target
            self.history = History(self.model[target])

    @precondition(lambda self: self.editable)
    @rule(path=st.sampled_from(FIELDS), text=line)
    def type_into_field(self, path: str, text: str) -> None:
        self.act(lambda: self.user.type_into(path, text))
        new = self.report
        set_path(new, path, text)
        self.changed(new, ("field", path))

    @precondition(lambda self: self.editable and self.model[self.current].has_activity_table())
    @rule(text=line)
    def add_row(self, text: str) -> None:
        def steps() -> None:
            self.user.table_button("add")
            if text:
                self.user.type(text)
                self.user.press(Qt.Key.Key_Return)
        self.act(steps)
        new = self.report
        new.activities.append(Activity())
        self.changed(new)
        if text:
            new = self.report
            new.activities[-1].name = text
            self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].activities
                  and self.model[self.current].has_activity_table())
    @rule(row=st.integers(0, 50), column=st.sampled_from([NAME, PARTICIPANTS, LEAD, PARTNERS]),
          text=line, count=count_text)
    def type_into_cell(self, row: int, column: int, text: str, count: str) -> None:
        row %= len(self.model[self.current].activities)
        value = count if column == PARTICIPANTS else text
        self.act(lambda: self.user.type_cell(row, column, value))
        new = self.report
        if column == PARTICIPANTS:
            accepted, number = parse_count(count)
            if not accepted:
                return  # refused: kept on screen in red, not saved
            new.activities[row].participants = number
        else:
            setattr(new.activities[row], {NAME: "name", LEAD: "lead_unit", PARTNERS: "partner_units"}[column], text)
        self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].activities
                  and self.model[self.current].has_activity_table())
    @rule(row=st.integers(0, 50), action=st.sampled_from(["insert", "delete", "up", "down"]))
    def row_button(self, row: int, action: str) -> None:
        rows = self.model[self.current].activities
        row %= len(rows)
        def steps() -> None:
            self.user.click_cell(row, NAME)
            self.user.table_button(action)
        self.act(steps)
        new = self.report
        if action == "insert":
            new.activities.insert(row, Activity())
        elif action == "delete":
            del new.activities[row]
        elif action == "up" and row > 0:
            new.activities.insert(row - 1, new.activities.pop(row))
        elif action == "down" and row + 1 < len(rows):
            new.activities.insert(row + 1, new.activities.pop(row))
        self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].has_activity_table())
    @rule(row=st.integers(0, 50), rows=st.lists(st.tuples(some_line, st.integers(0, 500)), min_size=1, max_size=3),
          keyboard=st.booleans())
    def paste_rows(self, row: int, rows: list[tuple[str, int]], keyboard: bool) -> None:
        tsv = "".join(f"{name}\t{count}\tĐoàn TN\t\r\n" for name, count in rows)
        existing = self.model[self.current].activities
        at = len(existing)
        def steps() -> None:
            if existing:
                self.user.click_cell(row % len(existing), NAME)
            self.user.paste_rows(tsv, keyboard=keyboard and bool(existing))
        if existing:
            at = row % len(existing) + 1
        self.act(steps)
        new = self.report
        new.activities[at:at] = [Activity(name, count, "Đoàn TN", "") for name, count in rows]
        self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].parts)
    @rule(part=st.integers(0, 10), text=some_line)
    def write_on_a_part(self, part: int, text: str) -> None:
        part %= len(self.model[self.current].parts)

        def steps() -> None:
            self.user.type_in_part(part, text)
            self.user.choose_tab("general")  # leaving the page saves what was typed
        self.act(steps)
        new = self.report
        written_on(new.parts[part], text)
        self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].parts)
    @rule(part=st.integers(0, 10), text=some_line)
    def write_a_heading(self, part: int, text: str) -> None:
        part %= len(self.model[self.current].parts)

        def steps() -> None:
            self.user.type_in_part(part, text)
            self.user.style("heading1")  # typed, then made a heading: one change of the page
            self.user.choose_tab("general")
        self.act(steps)
        new = self.report
        written_on(new.parts[part], text, heading=True)
        self.changed(new)

    @precondition(lambda self: self.editable and self.model[self.current].parts)
    @rule(part=st.integers(0, 10), text=line)
    def rename_a_part(self, part: int, text: str) -> None:
        part %= len(self.model[self.current].parts)
        path = f"parts[{part}].heading"
        self.act(lambda: self.user.type_into(path, text))
        new = self.report
        new.parts[part].heading = text
        self.changed(new, ("field", path))

    @precondition(lambda self: self.editable and self.model[self.current].parts)
    @rule(part=st.integers(0, 10), action=st.sampled_from(["add", "remove", "up", "down"]))
    def part_button(self, part: int, action: str) -> None:
        parts = self.model[self.current].parts
        part %= len(parts)
        if action == "up" and part == 0 or action == "down" and part + 1 == len(parts):
            return  # the button is greyed out
        if action == "remove" and _holds_text(parts[part], self.model[self.current]):
            self.dialogs.confirm_answers.append(True)  # it holds text: asked, and the clerk says yes
        self.act(lambda: self.user.part_button(part, action))
        new = self.report
        if action == "add":
            new.parts.insert(part + 1, Part("other"))
        elif action == "remove":
            del new.parts[part]
        elif action == "up":
            new.parts.insert(part - 1, new.parts.pop(part))
        else:
            new.parts.insert(part + 1, new.parts.pop(part))
        self.changed(new, force=action in ("up", "down", "add"))

    @precondition(lambda self: self.editable and self.model[self.current].parts)
    @rule(part=st.integers(0, 10), rows=st.integers(1, 3), cell=some_line, count=count_text)
    def insert_a_table(self, part: int, rows: int, cell: str, count: str) -> None:
        part %= len(self.model[self.current].parts)
        request = TableRequest([Column("Thôn"), Column("Số lớp", ColumnKind.NUMBER.value)], rows, False, True)
        before = self.model[self.current].parts[part].blocks

        def steps() -> None:
            self.user.click_in_text(part)
            self.user.insert_table(part, request)
            nth = sum(isinstance(b, Table) for b in before[: _table_place(before) ])
            self.user.type_table_cell(part, 0, 0, cell, nth=nth)
            self.user.type_table_cell(part, 0, 1, count, nth=nth)
            self.user.choose_tab("general")
        self.act(steps)
        new = self.report
        at = _table_place(before)
        new.parts[part].blocks.insert(at, request.table())
        self.changed(new)
        # Cells typed one after the other in one table: one undo step (as typing in one paragraph).
        key = ("blocks", f"parts[{part}].blocks", at, "Table")
        new = self.report
        new.parts[part].blocks[at].rows[0][0] = cell
        self.changed(new, key)
        accepted, number = parse_cell_number(count)
        if accepted:
            new = self.report
            new.parts[part].blocks[at].rows[0][1] = number
            self.changed(new, key)

    @precondition(lambda self: self.editable)
    @rule()
    def add_a_part_from_the_menu(self) -> None:
        def steps() -> None:
            self.user.choose_tab("general")
            self.user.trigger(self.window.commands.add_part)  # Phần > Thêm phần: at the end
        self.act(steps)
        new = self.report
        new.parts.append(Part("other"))
        self.changed(new)

    @rule()
    def undo(self) -> None:
        self.act(self.user.undo)
        if self.editable:
            self.history.undo()
            self.model[self.current] = copy.deepcopy(self.history.current)

    @rule()
    def redo(self) -> None:
        self.act(self.user.redo)
        if self.editable:
            self.history.redo()
            self.model[self.current] = copy.deepcopy(self.history.current)

    @precondition(lambda self: self.editable)
    @rule(redo=st.booleans())
    def refused_undo_or_redo(self, redo: bool) -> None:
        """The disk turns read-only for one undo (or redo): a message, nothing moves."""
        def steps() -> None:
            self.refusing.armed = True
            try:
                self.user.redo() if redo else self.user.undo()
            finally:
                self.refusing.armed = False
        self.act(steps)

    @rule()
    def preview(self) -> None:
        self.act(lambda: self.user.shortcut(Qt.Key.Key_F5))

    @rule(language=st.sampled_from(["en", "vi"]))
    def switch_language(self, language: str) -> None:
        self.act(lambda: self.user.trigger(self.window.commands.languages[language]))

    @rule()
    def new_report(self) -> None:
        self.act(lambda: self.user.shortcut(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
        new_id = self.window.document.report_id
        self.ids.append(new_id)
        self.model[new_id] = blank_report(centre=self.model[self.current])  # the centre's details carry over
        self.current = new_id
        self.history = History(self.model[new_id])

    @precondition(lambda self: len(self.ids) > 1)
    @rule()
    def delete_report(self) -> None:
        self.dialogs.confirm_answers.append(True)
        self.act(lambda: self.user.click(self.window.delete_button))
        self.ids.remove(self.current)
        del self.model[self.current]
        self.final.discard(self.current)
        self.current = self.window.document.report_id  # the report the list shows first
        self.history = History(self.model[self.current])

    @rule(title=some_line)
    def import_a_file(self, title: str) -> None:
        from hienhao_desktop.storage import exchange

        report = dataclasses.replace(self.seed.copy(), title=title, activities=self.seed.activities[:2])
        path = self.db.parent / "nhap.json"
        path.write_text(exchange.dumps(report), encoding="utf-8")
        self.dialogs.files.append(path)
        self.act(lambda: self.user.trigger(self.window.commands.import_json))
        new_id = self.window.document.report_id
        self.ids.append(new_id)
        self.model[new_id] = exchange.read_file(path)
        self.current = new_id
        self.history = History(self.model[new_id])

    @rule()
    def issue_or_unlock(self) -> None:
        if self.editable:
            self.dialogs.export_answers.append(True)  # the checklist before issuing: go on
            self.dialogs.confirm_answers.append(True)
            self.act(lambda: self.user.trigger(self.window.commands.finalise))
            self.dialogs.export_answers.clear()  # asked only when something must be fixed
            self.final.add(self.current)
        else:
            self.dialogs.confirm_answers.append(True)
            self.act(lambda: self.user.trigger(self.window.commands.unlock))
            self.final.discard(self.current)
        self.history = History(self.model[self.current])  # the report is reopened

    # ---- after every step ------------------------------------------------------------

    @invariant()
    def nothing_raised(self) -> None:
        if hasattr(self, "raised"):
            assert not self.raised, format_captured_exceptions(self.raised)

    @invariant()
    def database_equals_the_model(self) -> None:
        if not hasattr(self, "window"):
            return
        with Store.open(self.db) as store:
            kept = {s.id: store.load(s.id) for s in store.list_reports()}
            status = {s.id: s.status for s in store.list_reports()}
        assert kept == self.model
        assert {i for i, s in status.items() if s == "final"} == self.final
        assert self.window.document is not None and self.window.document.report_id == self.current
        assert self.window.document.report == self.model[self.current]
        assert not self.dialogs.confirm_answers and not self.dialogs.export_answers and not self.dialogs.files


def _holds_text(part: Part, report: Report) -> bool:
    """What the window asks before deleting a part (ui/operations.py says the same)."""
    from hienhao_desktop.ui.operations import _holds_text as holds

    return holds(part, report)


def _table_place(blocks: list) -> int:
    """Where an inserted table lands: after the last written line the person clicked."""
    written = [j for j, b in enumerate(blocks) if isinstance(b, Heading | Paragraph | ListItem)]
    return written[-1] + 1 if written else len(blocks)


@pytest.mark.slow
def test_a_clerk_at_the_window(qapp, tmp_path_factory, seed_report, monkeypatch):
    monkeypatch.setattr(document_module, "MERGE_SECONDS", 10_000.0)  # merging does not depend on speed
    ClerkAtTheWindow.tmp_factory = tmp_path_factory
    ClerkAtTheWindow.seed = seed_report
    machine = ClerkAtTheWindow.TestCase
    machine.settings = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                                suppress_health_check=list(HealthCheck))
    machine().runTest()
