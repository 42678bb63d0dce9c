"""Fault 2 of issue 13: two windows on one data file silently overwrote each other
(the same field; a rename landing on another activity after a delete; an undo
writing an old value over the other's edit).

Now: (a) one writer per file: a store that holds the lock (the window, the command
line's import and finalise) keeps every other holder out, with a message naming who
holds it; a lock left by a killed program is taken over; the command line waits a
moment, then refuses. (b) If two writers ever meet anyway (a window of an older
version, a share without locks), every write first checks that nobody else wrote the
file since this store's own last look: the second writer is refused, nothing
overwritten."""

from __future__ import annotations

import getpass
import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest

from hienhao_desktop.domain import edits as E
from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT
from tests.faulthelp import CHILD_ENV, cli, make_db, refused, sha


class _Lazy:
    """The names this test needs from the storage package, looked up when used (so
    that the file also runs, and fails, against a version without them)."""

    def __getattr__(self, name):
        import importlib

        for module in ("hienhao_desktop.storage.store", "hienhao_desktop.storage.lock"):
            value = getattr(importlib.import_module(module), name, None)
            if value is not None:
                return value
        raise AttributeError(name)


L = _Lazy()


@pytest.fixture
def db(tmp_path, seed_report):
    return make_db(tmp_path / "s.sqlite3", seed_report)


# ---- (b) the revision guard: the second writer is refused ----------------------------------


def test_same_field_in_two_stores_the_second_is_refused(db):
    with Store.open(db) as one, Store.open(db) as two:
        one.apply_edit(1, E.SetField("title", "Sửa ở cửa sổ 1"))
        with pytest.raises(L.DatabaseChanged) as info:
            two.apply_edit(1, E.SetField("title", "Sửa ở cửa sổ 2"))
        assert info.value.code == "db_changed"
        assert "cửa sổ hoặc chương trình khác" in str(info.value)
        assert "another window or program" in info.value.message("en")
        assert two.load(1).title == "Sửa ở cửa sổ 1"
        # once the second window has reloaded, it may write again
        two.accept_outside_changes()
        two.apply_edit(1, E.SetField("title", "Sửa ở cửa sổ 2, sau khi mở lại"))
        with pytest.raises(L.DatabaseChanged):
            one.apply_edit(1, E.SetField("place", "Cát Hải"))
    with Store.open(db) as store:
        assert store.load(1).title == "Sửa ở cửa sổ 2, sau khi mở lại"
        assert store.load(1).place == "Hiền Hào"


def test_delete_in_one_rename_in_the_other_never_lands_on_another_row(db, seed_report):
    with Store.open(db) as one, Store.open(db) as two:
        one.apply_edit(1, E.RemoveItems("activities", 0))
        with pytest.raises(L.DatabaseChanged):
            two.apply_edit(1, E.SetItemField("activities", 0, "name", "Tên mới của dòng 1"))
    with Store.open(db) as store:
        names = [a.name for a in store.load(1).activities]
    assert names == [a.name for a in seed_report.activities[1:]]


def test_undo_in_one_never_writes_over_the_others_edit(db, seed_report):
    with Store.open(db) as one, Store.open(db) as two:
        undo = E.SetField("title", seed_report.title)  # what window 2 would write on undo
        two.apply_edit(1, E.SetField("title", "Cửa sổ 2 gõ"))
        one.accept_outside_changes()
        one.apply_edit(1, E.SetField("title", "Cửa sổ 1 gõ sau"))
        with pytest.raises(L.DatabaseChanged):
            two.apply_edit(1, undo)
    with Store.open(db) as store:
        assert store.load(1).title == "Cửa sổ 1 gõ sau"


def test_a_writer_in_another_process_is_noticed(tmp_path, db):
    with Store.open(db) as window:
        result = cli("import", tmp_path.parent / "nope.json", "--db", db, data_dir=tmp_path)  # refused: no change
        assert result.returncode == 2
        window.apply_edit(1, E.SetField("place", "Cát Hải"))  # nobody else wrote: fine
        from tests.conftest import SEED_JSON

        assert cli("import", SEED_JSON, "--db", db, data_dir=tmp_path).returncode == 0  # the window holds no lock
        with pytest.raises(L.DatabaseChanged):
            window.apply_edit(1, E.SetField("place", "Hải Phòng"))


def test_two_windows_second_is_refused_and_says_so(qtbot, tmp_path, db):
    """Two windows that both got the file open (an older version, a share without
    locks): once the first has saved a change, the second says so as soon as it is
    activated, writes nothing over it, and goes on only after reopening the report
    as the file holds it."""
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings
    from tests.ui_helpers import ScriptedDialogs
    from tests.user import User

    windows = []
    for n in (1, 2):
        settings = Settings(QSettings(str(tmp_path / f"s{n}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Store.open(db), settings, ScriptedDialogs())
        window.dialogs.parent = window
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
    first, second = windows
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    User(first).type_into("title", "Cửa sổ 1")
    second.dialogs.choose_answers.append(2)  # the message: reopen from the data file
    second.activateWindow()
    qtbot.waitUntil(lambda: any(kind == "choose" for kind, _t, _x in second.dialogs.shown))
    (_kind, _title, text), = [shown for shown in second.dialogs.shown if shown[0] == "choose"]
    assert "cửa sổ hoặc chương trình khác" in text or "another window or program" in text
    qtbot.waitUntil(lambda: second.file_problem is None)  # reopened
    assert User(second).field_input("title").toPlainText() == "Cửa sổ 1"
    User(second).type_into("title", "Cửa sổ 2, sau khi mở lại")
    with Store.open(db) as store:
        assert store.load(1).title == "Cửa sổ 2, sau khi mở lại"
    for window in windows:
        window.close()


# ---- (a) one writer per file: the lock ---------------------------------------------------------


def test_a_second_holder_is_refused_naming_who_holds_it(db):
    with Store.open(db, hold_lock=True) as window:
        assert window.holds_lock
        with pytest.raises(L.DatabaseInUse) as info:
            Store.open(db, hold_lock=True)
        holder = info.value.holder
        assert holder is not None and holder.pid == __import__("os").getpid()
        assert holder.user == getpass.getuser() and holder.host == socket.gethostname()
        assert holder.on_this_computer()
        assert info.value.code == "db_in_use_here"
        assert holder.user in str(info.value) and "trên máy này" in str(info.value)
        assert "on this computer" in info.value.message("en")
        # readers are not held up
        with Store.open(db) as reader:
            assert reader.list_reports()
    with Store.open(db, hold_lock=True):  # let go on close
        pass
    assert not L.lock_path(db).exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from hienhao_desktop.storage.store import Store
    store = Store.open(sys.argv[1], hold_lock=True)
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    store.close()
    print("released", flush=True)
    """
)


def _holder(db, seconds: float) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)], cwd=ROOT,
                               env={**__import__("os").environ, **CHILD_ENV}, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "holding\n"
    return process


def test_command_line_writers_wait_then_refuse_while_a_window_holds_the_file(tmp_path, db, seed_json):
    holder = _holder(db, 60)
    try:
        before = sha(db)
        started = time.monotonic()
        line = refused(cli("import", seed_json, "--db", db, data_dir=tmp_path))
        waited = time.monotonic() - started
        assert waited >= L.CLI_WAIT
        assert getpass.getuser() in line and "cửa sổ khác" in line
        assert sha(db) == before
        refused(cli("finalise", "--report", "1", "--db", db, data_dir=tmp_path))
        # reading commands go on
        assert cli("list", "--db", db, data_dir=tmp_path).returncode == 0
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_waits_for_a_window_that_closes_soon(tmp_path, db, seed_json):
    holder = _holder(db, 1.0)
    result = cli("import", seed_json, "--db", db, data_dir=tmp_path)
    holder.wait(30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_left_by_a_killed_window_is_taken_over(tmp_path, db, seed_json):
    holder = _holder(db, 60)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert L.lock_path(db).exists()  # its file stays, but nobody holds the lock
    assert L.read_holder(db) is not None and L.read_holder(db).pid == holder.pid
    result = cli("import", seed_json, "--db", db, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    with Store.open(db, hold_lock=True) as store:
        assert L.read_holder(db).pid == __import__("os").getpid()
        assert sorted(s.id for s in store.list_reports()) == [1, 2]
    assert not L.lock_path(db).exists()


def test_a_lock_file_on_a_share_of_another_computer_names_it(tmp_path, db):
    """What the message says when the holder is on another PC (a network share):
    its user and its computer's name."""
    info = L.LockInfo(user="ketoan", host="PC-KE-TOAN", pid=4242, since="2024-01-15 08:00:00")
    exc = info.refusal(db)
    assert exc.code == "db_in_use"
    assert "ketoan" in str(exc) and "PC-KE-TOAN" in str(exc) and "2024-01-15 08:00:00" in str(exc)


def test_local_server_name_is_the_same_for_every_path_to_one_file(tmp_path, db):
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db)
    assert L.local_server_name(db) == L.local_server_name(link) == L.local_server_name(tmp_path / "." / db.name)
    assert L.local_server_name(db) != L.local_server_name(tmp_path / "other.sqlite3")
