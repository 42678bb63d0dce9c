"""The window's one failure surface: a read-only disk under New, Duplicate, From an
earlier one, Delete and Import; a render that fails; an unexpected error reaching the
event loop; messages in the interface language. Each done as the clerk does it,
checked in the database, the log and what the window shows."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from hienhao_desktop.storage import exchange
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.failures import ExceptionHook, message_of
from hienhao_desktop.ui.fields import SAVE_DELAY_MS, SAVE_MAX_WAIT_MS
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.ui_helpers import ScriptedDialogs
from tests.user import User


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A folder on its own little tmpfs, which the test can make read-only (the USB
    stick's write-protect switch). Skipped where mounting is not allowed."""
    folder = tmp_path / "usb"
    folder.mkdir()
    if sys.platform != "linux" or shutil.which("mount") is None or not _mount("-t", "tmpfs", "-o", "size=4m",
                                                                              "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not allowed here (needs root on Linux)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Take every free byte of the little disk (the USB stick is full)."""
    with (folder / "filler.bin").open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


def open_window(qtbot, db, tmp_path, dialogs):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Store.open(db), settings, dialogs)
    dialogs.parent = win
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def errors(dialogs):
    return [(title, text) for kind, title, text in dialogs.shown if kind == "error"]


def test_a_full_disk_under_every_report_operation(qtbot, tmp_path, small_disk, seed_report, dialogs,
                                                       seed_json):
    db = small_disk / "reports.sqlite3"
    with Store.create(db) as store:
        first = store.add_report(seed_report)
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    user.choose_report(first)
    before = db.read_bytes()
    fill(small_disk)

    def refused(title_words: str) -> None:
        shown = errors(dialogs)
        assert shown, "no message"
        title, text = shown[-1]
        assert title_words in title
        assert "full" in text or "đầy" in text or "không ghi được" in text, text
        dialogs.shown.clear()

    user.shortcut(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    refused("báo cáo mới")
    user.click(window.duplicate_button)
    refused("nhân bản")
    dialogs.confirm_answers.append(False)  # the earlier plans: no
    user.click(window.from_earlier_button)
    refused("báo cáo mới")
    dialogs.confirm_answers.append(True)
    user.click(window.delete_button)
    refused("xóa")
    dialogs.files.append(seed_json)
    user.trigger(window.commands.import_json)
    shown = errors(dialogs)
    assert shown and "nhập" in shown[-1][0].lower()
    dialogs.shown.clear()

    # Nothing half done, and the window still shows the report, editable as the
    # database has it (typing is refused with a message, not an exception).
    assert db.read_bytes() == before
    assert window.document is not None and window.document.report_id == first
    assert window.report_list.count() == 2
    user.type_into("place", "Cát Hải")
    assert errors(dialogs), "a refused save must be said"
    with Store.open(db) as store:
        assert store.load(first).place == seed_report.place
    for tab in user.tab_names():
        user.choose_tab(tab)
    window.close()


def test_a_render_failure_is_a_message_not_an_exception(qtbot, tmp_path, seed_report, dialogs, monkeypatch):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)

    def broken(report, **_):
        raise RuntimeError("font file damaged")

    monkeypatch.setattr("hienhao_desktop.export.pdf.render_pdf", broken)
    out = tmp_path / "x.pdf"
    dialogs.files.append(out)
    dialogs.export_answers.append(True)
    User(window).shortcut(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert errors(dialogs) and "font file damaged" in errors(dialogs)[-1][1]
    assert not out.exists()
    window.close()


def test_the_exception_hook_logs_and_shows_a_calm_message(tmp_path, caplog):
    dialogs = ScriptedDialogs()
    hook = ExceptionHook(lambda: dialogs)
    try:
        raise KeyError("bug")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="hienhao_desktop.ui"):
            hook(type(exc), exc, exc.__traceback__)
    assert "Traceback" in caplog.text and "KeyError" in caplog.text
    (kind, title, text), = dialogs.shown
    assert kind == "error"
    assert "hienhao-desktop.log" in text  # where the details are
    assert "Traceback" not in text


def test_the_exception_hook_is_installed_by_the_windowed_program_and_writes_the_log(tmp_path):
    """The program as started from its icon: a bug in a slot is written to the log
    file in the data folder (not only to a console nobody sees)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from hienhao_desktop.ui import app, dialogs\n"
        "dialogs.Dialogs.error = lambda self, title, text: print('SHOWN', title, flush=True)\n"
        "def bug():\n"
        "    raise ZeroDivisionError('in a slot')\n"
        "original = QApplication.exec\n"
        "def exec_(application):\n"
        "    QTimer.singleShot(300, bug)\n"
        "    QTimer.singleShot(900, application.quit)\n"
        "    return original()\n"
        "QApplication.exec = exec_\n"
        "sys.exit(app.run_window(None))\n"
    )
    env = {**__import__("os").environ, "HIENHAO_DESKTOP_DATA": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "SHOWN" in result.stdout
    log = (tmp_path / "data" / "logs" / "hienhao-desktop.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: in a slot" in log


def test_messages_follow_the_interface_language(qtbot, tmp_path, seed_report, dialogs):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    try:
        user.trigger(window.commands.languages["en"])
        user.type_into("place", "Cát Hải")
        assert window.saved_label.text().startswith("Saved at")
        user.click_cell(0, 2)
        user.type("mười")
        user.press(Qt.Key.Key_Return)
        assert "whole number" in user.table.error_label.text()
        from hienhao_desktop.domain.edits import EditError

        assert message_of(EditError("x", "not_whole_number")).startswith("must be a whole number")
        user.trigger(window.commands.languages["vi"])
        assert window.saved_label.text().startswith("Đã lưu lúc")
    finally:
        i18n.use_language("vi")
        QCoreApplication.processEvents()
        window.close()


def test_steady_typing_is_saved_every_two_seconds(qtbot, tmp_path, seed_report, dialogs):
    """Typing without a pause longer than the save delay still saves within about
    two seconds of the first key."""
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    user.click_in_text(0)  # the end of "Khó khăn"'s text, then a new paragraph
    user.press(Qt.Key.Key_Return)
    typed = ""
    saved_after = None
    step = SAVE_DELAY_MS // 3
    for n in range(40):  # 40 keys, one every SAVE_DELAY_MS/3: never a pause long enough
        user.type("a")
        typed += "a"
        qtbot.wait(step)
        with Store.open(db) as store:
            if store.load(1).parts[0].blocks[-1].text.startswith("a") and saved_after is None:
                saved_after = (n + 1) * step
    assert saved_after is not None and saved_after <= SAVE_MAX_WAIT_MS + step
    window.close()


def test_leaving_the_window_saves_what_is_typed(qtbot, tmp_path, seed_report, dialogs):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    user.type_into("place", "Cát Hải", leave=False)
    other = MainWindow.__mro__[1]()  # another program's window takes the focus
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    with Store.open(db) as store:
        assert store.load(1).place == "Cát Hải"
    window.close()


def test_the_restore_dialog_lists_dates_and_report_counts(qtbot, tmp_path, seed_report):
    from hienhao_desktop.storage.backup import list_backups
    from hienhao_desktop.ui.dialogs import BackupChooser

    i18n.use_language("vi")  # the program's language at start (tests leave it as they please)
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
        (tmp_path / "backups").mkdir()
        store.backup_to(tmp_path / "backups" / "reports-20260101-080000-000000.sqlite3")
        store.add_report(seed_report)
        store.backup_to(tmp_path / "backups" / "reports-20260102-080000-000000.sqlite3")
    chooser = BackupChooser(list_backups(db))
    qtbot.addWidget(chooser)
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert texts[0].endswith("2 báo cáo") and texts[1].endswith("1 báo cáo")
    assert all("sqlite3" not in text for text in texts)


def test_an_imported_file_that_is_refused_changes_nothing(qtbot, tmp_path, seed_report, dialogs):
    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    window = open_window(qtbot, db, tmp_path, dialogs)
    bad = tmp_path / "bad.json"
    bad.write_text(exchange.dumps(seed_report).replace('"participants": 62', '"participants": "nhiều"'),
                   encoding="utf-8")
    before = db.read_bytes()
    dialogs.files.append(bad)
    User(window).trigger(window.commands.import_json)
    assert errors(dialogs) and "participants" in errors(dialogs)[-1][1]
    assert db.read_bytes() == before
    window.close()


def test_a_read_only_disk_is_named_and_nothing_breaks(qtbot, tmp_path, small_disk, seed_report, dialogs, seed_json):
    """The USB stick's write-protect switch is on: the window opens the file (read
    only), says so when a change cannot be saved, and every report operation is
    refused with words instead of an exception."""
    db = small_disk / "reports.sqlite3"
    with Store.create(db) as store:
        store.add_report(seed_report)
    if not _mount("-o", "remount,ro", str(small_disk)):
        pytest.skip("remounting read-only is not allowed here")
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    user.type_into("place", "Cát Hải")
    assert any("read-only" in text or "khóa ghi" in text for _title, text in errors(dialogs)), dialogs.shown
    dialogs.shown.clear()
    user.shortcut(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.confirm_answers.append(True)
    user.click(window.delete_button)
    dialogs.files.append(seed_json)
    user.trigger(window.commands.import_json)
    assert len(errors(dialogs)) == 3, dialogs.shown
    assert window.document is not None and window.report_list.count() == 1
    with Store.open(db) as store:
        assert store.load(1) == seed_report
    window.close()
