"""The faults a clerk met in an hour at the window (issue 12), each done the way the
clerk did it: clicks, keys and shortcuts through ``tests/user.py``; checked in the
database (read through a second connection) and in the files written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import time

import pytest
from PySide6.QtCore import QSettings, Qt

from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Run,
    Signature,
)
from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.store import Store, StoreError
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.conftest import ROOT, start_xvfb
from tests.ui_helpers import ScriptedDialogs
from tests.user import User


def other_report(seed):
    """A second report whose every part, block, list item and signing column differs
    from the seed's, with fewer parts (so its tabs are not the seed's)."""
    return dataclasses.replace(
        seed.copy(),
        school_year="2024-2025",
        title="Báo cáo B",
        opening=[Paragraph([Run("Căn cứ B")])],
        parts=[
            Part("assessment", "", [Heading(1, "Thuận lợi B"), Paragraph([Run("Nội dung B một")])]),
            Part("implementation", "Thực hiện B", [Heading(1, "Mục B hai"), Paragraph([Run("Nội dung B hai")]),
                                                   ActivityTable()]),
            Part("plans", "", [ListItem(1, [Run("Kế hoạch B một")]), ListItem(2, [Run("Kế hoạch B hai")])]),
        ],
        activities=[Activity("Hoạt động B", 7, "Đoàn B", "Hội B")],
        addressees=["Phòng B"],
        recipients=["Nơi nhận B", "Lưu: VT"],
        signatures=[Signature(position="Giám đốc B", name="Người ký B"),
                    Signature(caption="Xác nhận B", position="Chủ tịch B", name="Lê Văn B")],
    )


@pytest.fixture
def db(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)  # 1: A
        store.add_report(other_report(seed_report))  # 2: B
    return path


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, db, tmp_path, dialogs):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Store.open(db), settings, dialogs)
    dialogs.parent = win
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.isActiveWindow())
    yield win
    win.close()


@pytest.fixture
def user(window):
    person = User(window)
    person.choose_report(1)  # the list shows B (the newer school year) first
    return person


def kept(db, report_id):
    with Store.open(db) as store:
        return store.load(report_id)


def visit_every_tab(user):
    for tab in user.tab_names()[:-1]:
        user.choose_tab(tab)


# ---- fault 1: text flushed into the report being opened --------------------------------


def test_switching_reports_keeps_each_reports_own_text(user, db):
    a, b = kept(db, 1), kept(db, 2)
    user.choose_report(1)
    visit_every_tab(user)
    user.choose_report(2)
    user.choose_report(1)
    visit_every_tab(user)
    user.choose_report(2)
    visit_every_tab(user)
    user.choose_report(1)
    assert kept(db, 1) == a
    assert kept(db, 2) == b


def test_importing_keeps_the_open_reports_text_and_the_files(user, window, db, dialogs, tmp_path, seed_report):
    a = kept(db, 1)
    visit_every_tab(user)
    imported = other_report(seed_report)
    imported.title = "Báo cáo nhập"
    path = tmp_path / "nhap.json"
    path.write_text(exchange.dumps(imported), encoding="utf-8")
    dialogs.files.append(path)
    user.trigger(window.commands.import_json)
    new_id = window.document.report_id
    visit_every_tab(user)
    user.choose_report(1)
    visit_every_tab(user)
    assert kept(db, 1) == a
    assert kept(db, new_id) == exchange.read_file(path)


def test_restoring_a_backup_gives_back_exactly_that_backup(user, window, db, dialogs, seed_report):
    backups = db.parent / "backups"
    backups.mkdir()
    copy = backups / "reports-20260101-080000-000000.sqlite3"
    with Store.open(db) as store:
        store.backup_to(copy)
        saved = {s.id: store.load(s.id) for s in store.list_reports()}
    user.type_into("place", "Cát Hải")  # a change after the backup
    user.choose_report(2)
    visit_every_tab(user)
    dialogs.files.append(copy)
    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.restore)
    visit_every_tab(user)
    for report_id in saved:
        user.choose_report(report_id)
        visit_every_tab(user)
    with Store.open(db) as store:
        assert {s.id: store.load(s.id) for s in store.list_reports()} == saved


# ---- fault 2: printing from the toolbar, the menu and Ctrl+P ------------------------------


@pytest.mark.slow
def test_print_is_reached_from_toolbar_menu_and_ctrl_p(user, window, dialogs, cups_pdf_printer):
    def printed():
        return sum(1 for kind, *_ in dialogs.shown if kind == "print")

    dialogs.export_answers.extend([True] * 3)  # the checklist before printing: go on
    user.choose_tab("general")
    user.shortcut(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed() == 1
    user.toolbar_click(window.commands.print)
    assert printed() == 2
    user.trigger(window.commands.print)
    assert printed() == 3
    assert all(page_count == "3" for kind, page_count, _ in dialogs.shown if kind == "print")


# ---- fault 3: typing the date ------------------------------------------------------------


def test_the_date_is_typed_as_dd_mm_yyyy_and_may_be_left_empty(user, window, db):
    user.type_into("date", "15/12/2026")
    assert kept(db, 1).date.as_date() == dt.date(2026, 12, 15)
    date_input = user.field_input("date")
    assert not date_input.hasFocus(), "Tab did not leave the first date box"
    assert window.general.date_field.edits["month"].hasFocus()  # but went on to the month
    user.type_into("date", "")
    assert kept(db, 1).date.is_empty()
    user.type_into("date", "1/2/2027")
    assert kept(db, 1).date.as_date() == dt.date(2027, 2, 1)


def test_the_calendar_opens_at_the_date_or_at_this_month(user, window, qtbot):
    user.type_into("date", "")
    field = window.general.date_field
    user.click(field.calendar_button)
    calendar = field.calendar
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    user.press(Qt.Key.Key_Escape)
    user.type_into("date", "15/12/2026")
    user.click(field.calendar_button)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    user.press(Qt.Key.Key_Escape)


# ---- fault 5: an undo the store refuses ------------------------------------------------


class Refusing:
    """The store as a read-only USB stick makes it: every write refused while armed."""

    def __init__(self, store):
        self.armed = False
        self._apply = store.apply_edit
        store.apply_edit = self.apply_edit

    def apply_edit(self, report_id, edit):
        if self.armed:
            raise StoreError("không ghi được vào tệp, có thể USB đang khóa ghi (the file is read-only)")
        return self._apply(report_id, edit)


def test_a_refused_undo_leaves_the_history_where_it_was(user, window, db):
    refusing = Refusing(window.store)
    before = len(kept(db, 1).activities)
    user.table_button("add")
    assert len(kept(db, 1).activities) == before + 1
    stack = window.document.undo_stack
    index = stack.index()
    refusing.armed = True
    user.undo()
    assert stack.index() == index, "the failed undo moved the history"
    assert kept(db, 1) == window.document.report
    refusing.armed = False
    user.redo()  # nothing to redo: the row is not inserted a second time
    assert len(kept(db, 1).activities) == before + 1
    assert kept(db, 1) == window.document.report
    user.undo()
    assert len(kept(db, 1).activities) == before
    assert kept(db, 1) == window.document.report
    refusing.armed = True
    user.redo()
    assert kept(db, 1) == window.document.report
    refusing.armed = False
    user.redo()
    assert len(kept(db, 1).activities) == before + 1
    assert kept(db, 1) == window.document.report


# ---- fault 7: restoring the oldest of ten backups ----------------------------------------


def test_restoring_the_oldest_of_ten_backups(user, window, db, dialogs):
    backups = db.parent / "backups"
    backups.mkdir()
    # Copies made earlier: from a copy of the data file, as the window holds this one
    # (writing it from a second connection now would be refused as a change by another).
    earlier = db.parent / "earlier.sqlite3"
    shutil.copyfile(db, earlier)
    with Store.open(earlier) as store:
        for n in range(10):
            store.apply_edit(1, __import__("hienhao_desktop.domain.edits", fromlist=["SetField"])
                             .SetField("title", f"Bản {n}"))
            store.backup_to(backups / f"reports-2026010{n}-080000-000000.sqlite3")
    oldest = sorted(backups.glob("*.sqlite3"))[0]
    dialogs.files.append(oldest)
    dialogs.confirm_answers.append(True)
    user.trigger(window.commands.restore)
    assert not [s for s in dialogs.shown if s[0] == "error"], dialogs.shown
    assert kept(db, 1).title == "Bản 0"
    assert oldest.exists()


# ---- fault 4: quitting after New, Preview and a switch, under a window manager -----------


def _have(*tools):
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (scripts/setup --test installs them)")


def xdotool(display, *args, check=True):
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=30, check=check)


def find_window(display, program, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if program.poll() is not None:
            raise AssertionError(f"the program ended ({program.returncode}): {program.stderr.read()[-2000:]}")
        found = xdotool(display, "search", "--onlyvisible", "--class", "hienhao-desktop", check=False).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError("the window did not appear")


def report_list_point(display, window_id, row):
    """Screen position of row ``row`` of the report list (left column, under its
    caption): the window's client origin plus where the list lays its rows out."""
    geometry = xdotool(display, "getwindowgeometry", "--shell", window_id).stdout
    values = dict(line.split("=") for line in geometry.split())
    x, y = int(values["X"]), int(values["Y"])
    return x + 100, y + LIST_FIRST_ROW_Y + row * LIST_ROW_HEIGHT


# Where the report list's rows are in the window (measured on the screenshots).
LIST_FIRST_ROW_Y = 85
LIST_ROW_HEIGHT = 40


@pytest.mark.slow
def test_quit_after_new_preview_and_switch_exits_cleanly(tmp_path, seed_json):
    _have("openbox", "xdotool")
    db = tmp_path / "r.sqlite3"
    python = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else "python3"
    assert subprocess.run([python, "-m", "hienhao_desktop", "import", str(seed_json), "--db", str(db)],
                          cwd=ROOT, capture_output=True, timeout=60).returncode == 0
    xvfb, display = start_xvfb("1366x768")
    env = {**os.environ, "DISPLAY": display, "HIENHAO_DESKTOP_DATA": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    program = None
    try:
        time.sleep(0.5)
        program = subprocess.Popen([python, "-m", "hienhao_desktop", "--db", str(db)], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        window_id = find_window(display, program)
        time.sleep(1)
        xdotool(display, "windowactivate", "--sync", window_id)
        xdotool(display, "key", "ctrl+n")
        time.sleep(0.7)
        xdotool(display, "key", "Return")  # the shape of the new report: the preselected one
        time.sleep(0.7)
        xdotool(display, "key", "F5")
        time.sleep(3)  # the preview is built
        x, y = report_list_point(display, window_id, 1)
        xdotool(display, "mousemove", str(x), str(y), "click", "1")
        time.sleep(1)
        xdotool(display, "key", "ctrl+q")
        _out, err = program.communicate(timeout=60)
        assert program.returncode == 0, err[-2000:]
        assert "Fatal" not in err
        with Store.open(db) as store:
            assert len(store.list_reports()) == 2
        # The click opened the other report (the one remembered for the next start).
        conf = QSettings(str(tmp_path / "config" / "HienHao" / "hienhao-desktop.conf"), QSettings.Format.IniFormat)
        assert int(conf.value(f"reports/last/{db}")) == 1
    finally:
        if program is not None and program.poll() is None:
            program.kill()
            program.wait(10)
        wm.terminate()
        wm.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
