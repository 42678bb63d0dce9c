"""Issue 13, point 2, at the window: one writer per data file.

The window opens its data file holding the lock. The program started a second time
on the same file does not open a second window: the first comes forward (and says
why) and the second ends quietly; a first window that hangs, or a holder on another
computer or of another user, is named in a message and nothing is opened; a lock
left by a killed program is taken over. Also point 4: an empty data file given with
--db is made anew after asking.

The main tests run the real program twice under Xvfb with a window manager (openbox),
as the clerk double-clicks the icon twice; the others open the window in this
process and start the second program (or a holder) as a child process.
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from hienhao_desktop.storage.store import Store
from tests.conftest import ROOT, SEED_JSON, start_xvfb
from tests.faulthelp import CHILD_ENV, cli, make_db, sha
from tests.ui_helpers import ScriptedDialogs

PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable


@pytest.fixture
def db(tmp_path, seed_report):
    return make_db(tmp_path / "reports.sqlite3", seed_report)


def log_text(data: Path) -> str:
    path = data / "logs" / "hienhao-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# ---- two real program processes on one screen ---------------------------------------------


class Screen:
    """Xvfb at 1366×768 with openbox, and the program started on it as from its icon."""

    def __init__(self, tmp_path: Path) -> None:
        for tool in ("openbox", "xdotool"):
            if shutil.which(tool) is None:
                pytest.skip(f"{tool} is not installed (scripts/setup --test installs it)")
        self.xvfb, self.display = start_xvfb("1366x768")
        self.data = tmp_path / "data"
        # Where Qt puts the local socket (Linux): this test's own, short enough for a socket's path.
        temp = Path(tempfile.mkdtemp(prefix="hh-", dir="/tmp" if os.path.isdir("/tmp") else None))
        self.env = {**os.environ, **CHILD_ENV, "DISPLAY": self.display, "HIENHAO_DESKTOP_DATA": str(self.data),
                    "XDG_CONFIG_HOME": str(tmp_path / "config"), "TMPDIR": str(temp)}
        self.env.pop("QT_QPA_PLATFORM", None)
        self.temp = temp
        self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.programs: list[subprocess.Popen[str]] = []
        time.sleep(0.5)

    def start(self, db: Path) -> subprocess.Popen[str]:
        program = subprocess.Popen([PYTHON, "-m", "hienhao_desktop", "--db", str(db)], cwd=ROOT, env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.programs.append(program)
        return program

    def xdotool(self, *args: str, check: bool = True) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30,
                              check=check).stdout.strip()

    def windows_of(self, program: subprocess.Popen[str], name: str = "") -> list[str]:
        args = ["search", "--onlyvisible", "--pid", str(program.pid)]
        return self.xdotool(*args, *(["--name", name] if name else []), check=False).split()

    def wait_for_window(self, program: subprocess.Popen[str], name: str = "", timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert program.poll() is None, f"the program ended ({program.returncode}): {program.stderr.read()[-2000:]}"
            found = self.windows_of(program, name)
            if found:
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"no window {name!r} appeared")

    def active_window(self) -> str:
        return self.xdotool("getactivewindow", check=False)

    def shot(self, name: str) -> None:
        """A screenshot kept when HIENHAO_SHOTS names a folder (to look at)."""
        folder = os.environ.get("HIENHAO_SHOTS")
        if folder and shutil.which("import"):
            Path(folder).mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", "root", str(Path(folder) / f"{name}.png")], env=self.env,
                           capture_output=True, timeout=30)

    def quit(self, program: subprocess.Popen[str], window_id: str) -> int:
        self.xdotool("windowactivate", "--sync", window_id, check=False)
        self.xdotool("key", "ctrl+q")
        return program.wait(60)

    def close(self) -> None:
        for program in self.programs:
            if program.poll() is None:
                os.kill(program.pid, signal.SIGCONT)
                program.kill()
                program.wait(10)
        self.wm.terminate()
        self.wm.wait(10)
        self.xvfb.terminate()
        self.xvfb.wait(10)
        shutil.rmtree(self.temp, ignore_errors=True)


@pytest.fixture
def screen(tmp_path):
    x = Screen(tmp_path)
    yield x
    x.close()


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward_and_ends_quietly(screen, db):
    first = screen.start(db)
    window = screen.wait_for_window(first)
    time.sleep(1.5)  # laid out and listening
    screen.xdotool("windowminimize", "--sync", window)  # the clerk put it away, then double-clicks the icon
    before = sha(db)
    started = time.monotonic()
    second = screen.start(db)
    status = second.wait(30)
    assert status == 0, second.stderr.read()[-2000:]
    assert time.monotonic() - started < 15
    assert "Traceback" not in second.stderr.read()
    time.sleep(0.5)
    screen.shot("second-start-brought-forward")
    assert screen.active_window() == window, "the first window did not come forward"
    assert "this window came forward" in log_text(screen.data)
    assert sha(db) == before
    assert screen.quit(first, window) == 0


@pytest.mark.slow
def test_a_first_window_that_hangs_is_named_and_nothing_is_opened(screen, db):
    first = screen.start(db)
    window = screen.wait_for_window(first)
    time.sleep(1.5)
    before = sha(db)
    os.kill(first.pid, signal.SIGSTOP)  # hung: it holds the file but answers nothing
    try:
        second = screen.start(db)
        box = screen.wait_for_window(second, "Tệp dữ liệu đang được mở ở nơi khác", timeout=30)
        screen.shot("second-start-first-hangs")
        assert screen.windows_of(second) == [box], "the second program opened more than its message"
        screen.xdotool("windowactivate", "--sync", box, check=False)
        screen.xdotool("key", "Return")
        assert second.wait(30) == 2
    finally:
        os.kill(first.pid, signal.SIGCONT)
    said = log_text(screen.data)
    assert "không phản hồi" in said and "Trình quản lý tác vụ" in said
    assert sha(db) == before
    assert screen.quit(first, window) == 0


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_left_by_a_killed_window_is_taken_over(screen, db):
    first = screen.start(db)
    screen.wait_for_window(first)
    time.sleep(1.5)
    first.kill()  # a power cut, as far as the file knows
    first.wait(10)
    assert Path(f"{db}.lock").exists()  # its lock file (nobody holds the lock) and its socket stay
    assert [p.name for p in screen.temp.iterdir() if p.name.startswith("hienhao-desktop-")]
    again = screen.start(db)
    window = screen.wait_for_window(again)
    time.sleep(1.5)
    third = screen.start(db)  # and the new window answers under the same name
    assert third.wait(30) == 0, third.stderr.read()[-2000:]
    assert screen.quit(again, window) == 0
    assert not Path(f"{db}.lock").exists()
    assert not [p.name for p in screen.temp.iterdir() if p.name.startswith("hienhao-desktop-")]


# ---- the window in this process, the second start or the holder in a child ----------------


def open_window(qtbot, db, tmp_path, dialogs=None):
    from PySide6.QtCore import QSettings

    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings

    dialogs = dialogs or ScriptedDialogs()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow.open_database(db, settings=settings, dialogs=dialogs)
    assert window is not None, dialogs.shown
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_holds_its_data_file_until_it_closes(qtbot, tmp_path, db):
    window = open_window(qtbot, db, tmp_path)
    assert window.store.holds_lock
    refused = cli("import", SEED_JSON, "--db", db, data_dir=tmp_path, env={"HIENHAO_LANG": "vi"})
    assert refused.returncode == 2 and "cửa sổ khác" in refused.stderr
    window.close()
    assert cli("import", SEED_JSON, "--db", db, data_dir=tmp_path).returncode == 0


@pytest.mark.parametrize("name", ["the same name", "a link in another folder"])
def test_the_program_started_again_is_answered_by_the_open_window(qtbot, tmp_path, db, name):
    """The second program (a real one, offscreen) asks the window of this process:
    the window comes forward and says why; the second ends with status 0."""
    window = open_window(qtbot, db, tmp_path)
    again = db
    if name != "the same name":
        if sys.platform == "win32":
            pytest.skip("links need extra rights on Windows")
        (tmp_path / "desktop").mkdir()
        again = tmp_path / "desktop" / "bao-cao.sqlite3"
        again.symlink_to(db)
    second = subprocess.Popen([sys.executable, "-m", "hienhao_desktop", "--db", str(again)], cwd=ROOT,
                              env={**os.environ, **CHILD_ENV, "QT_QPA_PLATFORM": "offscreen",
                                   "HIENHAO_DESKTOP_DATA": str(tmp_path / "data")},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, second.stderr.read()[-2000:]
    assert "mở thêm lần nữa với cùng tệp dữ liệu" in window.statusBar().currentMessage()
    window.close()


HOLDER = textwrap.dedent(
    """
    import json, os, sys, time
    from hienhao_desktop.storage.lock import DatabaseLock, lock_path
    lock = DatabaseLock.acquire(sys.argv[1])
    # what the lock file says on a share: another computer's program, or another user's
    with open(lock_path(__import__("pathlib").Path(sys.argv[1])), "r+b") as f:
        f.truncate(0)
        f.write(json.dumps({"user": sys.argv[2], "host": sys.argv[3], "pid": 4242,
                            "since": "2024-01-15 08:00:00", "program": "hienhao-desktop"}).encode() + b"\\n")
    print("holding", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.parametrize("elsewhere", ["another computer", "another user"])
def test_a_holder_elsewhere_is_named_and_nothing_is_opened(qtbot, tmp_path, db, elsewhere):
    from hienhao_desktop.ui.main_window import MainWindow

    user, host = ("ketoan", "PC-KE-TOAN") if elsewhere == "another computer" else ("ketoan", socket.gethostname())
    assert user != getpass.getuser()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), user, host], cwd=ROOT,
                              env={**os.environ, **CHILD_ENV}, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        before = sha(db)
        dialogs = ScriptedDialogs()
        started = time.monotonic()
        assert MainWindow.open_database(db, dialogs=dialogs) is None
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()
    (kind, title, text), = dialogs.shown
    assert kind == "error" and title == "Tệp dữ liệu đang được mở ở nơi khác"
    assert "người dùng ketoan" in text and "08:00 15/01/2024" in text
    if elsewhere == "another computer":
        assert "trên máy PC-KE-TOAN" in text and "Hãy dùng chương trình trên máy đó" in text
    else:
        assert "trên máy này" in text and "nhờ người đó đóng chương trình" in text
    assert sha(db) == before
    assert not (db.parent / "backups").exists()  # not even the daily copy: the file was not opened


def test_a_long_temporary_folder_still_lets_a_second_start_reach_the_window(qtbot, tmp_path, monkeypatch):
    """A Unix socket's path holds about 100 bytes: with a long TMPDIR the socket goes
    in /tmp, for the window and the second start alike."""
    from PySide6.QtNetwork import QLocalSocket

    from hienhao_desktop.ui.instance import WindowServer, server_name

    long = tmp_path / ("a-long-temporary-folder-" * 4)
    long.mkdir()
    monkeypatch.setenv("TMPDIR", str(long))
    db = tmp_path / "reports.sqlite3"
    server = WindowServer(db, lambda: None)
    try:
        assert server.listen()
        client = QLocalSocket()
        client.connectToServer(server_name(db))
        assert client.waitForConnected(2000), client.errorString()
        client.abort()
    finally:
        server.close()


# ---- point 4: an empty leftover given with --db ---------------------------------------------------


@pytest.mark.parametrize("answer", [True, False], ids=["made-anew", "left-alone"])
def test_an_empty_data_file_given_by_name_is_made_anew_after_asking(qtbot, tmp_path, answer):
    from hienhao_desktop.ui.main_window import MainWindow

    db = tmp_path / "usb.sqlite3"
    db.write_bytes(b"")  # a creation interrupted by a power cut
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers.append(answer)
    window = MainWindow.open_database(db, dialogs=dialogs)
    (kind, title, text), = dialogs.shown
    assert kind == "confirm" and title == "Tạo lại tệp dữ liệu?" and str(db) in text
    if not answer:
        assert window is None and db.read_bytes() == b""
        return
    assert window is not None
    qtbot.addWidget(window)
    assert window.store.holds_lock and window.document is None and window.report_list.count() == 0
    window.close()
    with Store.open(db) as store:
        assert store.list_reports() == []
