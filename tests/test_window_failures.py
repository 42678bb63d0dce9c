"""Issue 13, points 1 and 6, at the window.

Point 1: an export whose target can never be written (the data file itself, another
data file, a folder) is refused before anything is rendered, so the clerk hears it at
once instead of after a long render; nothing is written.

Point 6: every window operation that can meet a store failure says so in words, in
the interface language, and leaves the window as the database has it: issuing,
unlocking, restoring, the archived copies, switching the language and quitting with
something typed, on a write-protected USB stick (a read-only tmpfs, as root); the
archived copies of a damaged file. Any exception escaping a slot fails the test
(pytest-qt).
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.faulthelp import make_db, remount_read_only, sha, small_disk
from tests.ui_helpers import ScriptedDialogs
from tests.user import User


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


def open_window(qtbot, db, tmp_path, dialogs):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow.open_database(db, settings=settings, dialogs=dialogs)
    assert window is not None, dialogs.shown
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)
    return window


def errors(dialogs):
    return [(title, text) for kind, title, text in dialogs.shown if kind == "error"]


# ---- point 1: the export target, before rendering -------------------------------------------


@pytest.fixture
def renders(monkeypatch):
    """Every PDF and Excel rendering started (the renderers are looked up when used)."""
    from hienhao_desktop.export import pdf, xlsx

    started: list[str] = []
    real_pdf, real_xlsx = pdf.render_pdf, xlsx.render_xlsx

    def render_pdf(*args, **kwargs):
        started.append("pdf")
        return real_pdf(*args, **kwargs)

    def render_xlsx(*args, **kwargs):
        started.append("xlsx")
        return real_xlsx(*args, **kwargs)

    monkeypatch.setattr(pdf, "render_pdf", render_pdf)
    monkeypatch.setattr(xlsx, "render_xlsx", render_xlsx)
    return started


@pytest.mark.parametrize("target", ["the data file", "another data file", "a folder"])
@pytest.mark.parametrize("command", ["export_pdf", "export_xlsx", "export_json"])
def test_an_export_target_that_can_never_be_written_is_refused_before_rendering(
        qtbot, tmp_path, seed_report, dialogs, renders, target, command):
    db = make_db(tmp_path / "reports.sqlite3", seed_report)
    chosen = {"the data file": db, "another data file": make_db(tmp_path / "nam-truoc.sqlite3", seed_report),
              "a folder": tmp_path / "a folder"}[target]
    if target == "a folder":
        chosen.mkdir()
    before = {path: sha(path) for path in (db, chosen) if path.is_file()}
    window = open_window(qtbot, db, tmp_path, dialogs)
    dialogs.files.append(chosen)
    dialogs.export_answers.append(True)  # the checklist, if it asks: export anyway
    if command == "export_pdf":
        User(window).shortcut(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    else:
        User(window).trigger(getattr(window.commands, command))
    (title, text), = errors(dialogs)
    assert title == "Chưa xuất được" and str(chosen) in text
    assert "không ghi đè" in text or "thư mục" in text
    assert renders == [], "it was rendered before the target was refused"
    assert {path: sha(path) for path in before} == before
    assert "Đã xuất" not in window.statusBar().currentMessage()
    window.close()


# ---- point 6: words for every failure, the window as the database has it -------------------


def test_a_damaged_archived_copy_is_said_and_the_window_goes_on(qtbot, tmp_path, seed_report, dialogs):
    from hienhao_desktop.export.pdf import render_pdf

    db = tmp_path / "reports.sqlite3"
    with Store.create(db) as store:
        report_id = store.add_report(seed_report)
        store.finalise(report_id, render_pdf(seed_report))
        store.unlock(report_id)  # a draft again, its issued PDF kept
    conn = sqlite3.connect(db)
    conn.execute("UPDATE archive SET pdf = 'không phải PDF'")  # damaged (or crafted)
    conn.commit()
    conn.close()
    window = open_window(qtbot, db, tmp_path, dialogs)
    User(window).trigger(window.commands.archives)
    (title, text), = errors(dialogs)
    assert title == "Bản lưu" and "dữ liệu hỏng" in text and "khôi phục từ bản sao lưu" in text
    assert ("dialog", "Bản lưu", "") in dialogs.shown  # the list opens, empty
    window.activateWindow()  # the list closed: back to the window
    qtbot.waitUntil(window.isActiveWindow)
    User(window).type_into("place", "Cát Hải")
    with Store.open(db) as store:
        assert store.load(report_id).place == "Cát Hải"
    window.close()


def test_a_report_that_cannot_be_read_any_more_is_said_not_raised(qtbot, tmp_path, seed_report, dialogs):
    """The data file damaged under the open window (a failing USB stick): choosing
    another report says so in words; nothing escapes from the click."""
    db = make_db(tmp_path / "reports.sqlite3", seed_report, copies=2)
    window = open_window(qtbot, db, tmp_path, dialogs)
    user = User(window)
    user.choose_report(1)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)  # every page but the first: garbage
    data[24:28] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")  # so SQLite reads it again
    db.write_bytes(bytes(data))
    lst = window.report_list
    row = [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count())].index(2)
    user.click(lst.viewport(), lst.visualItemRect(lst.item(row)).center())
    (title, text), = errors(dialogs)
    assert title == "Không mở được báo cáo"
    assert "tệp dữ liệu bị hỏng, hãy khôi phục từ bản sao lưu" in text
    assert window.document is None and not window.tabs.isEnabled()
    dialogs.shown.clear()
    window.close()


def test_every_operation_on_a_write_protected_usb_stick_says_why_in_the_interface_language(
        qtbot, tmp_path, seed_report, dialogs):
    from hienhao_desktop.export.pdf import render_pdf

    with small_disk(tmp_path / "usb", "4m") as usb:
        db = usb / "reports.sqlite3"
        with Store.create(db) as store:
            draft = store.add_report(seed_report)
            final = store.add_report(seed_report)
            store.finalise(final, render_pdf(seed_report))
            store.backup_to(tmp_path / "reports-20260101-080000-000000.sqlite3")
        remount_read_only(usb)  # the write-protect switch
        before = sha(db)
        window = open_window(qtbot, db, tmp_path, dialogs)
        user = User(window)
        c = window.commands

        def refused(title: str, *words: str) -> None:
            shown = errors(dialogs)
            assert shown, f"no message for {title}"
            assert shown[-1][0] == title, shown
            assert any(word in shown[-1][1] for word in words), shown[-1][1]
            dialogs.shown.clear()

        # Issuing a draft.
        user.choose_report(draft)
        dialogs.confirm_answers.append(True)
        user.trigger(c.finalise)
        refused("Chưa ban hành được báo cáo", "chỉ cho đọc")
        assert window.document.report_id == draft and not window.document.read_only
        assert c.finalise.isVisible() and not window.banner.isVisible()

        # Unlocking the final one, with the interface in English.
        user.choose_report(final)
        user.trigger(c.languages["en"])
        try:
            dialogs.confirm_answers.append(True)
            user.trigger(c.unlock)
            refused("The report was not unlocked", "read-only")
        finally:
            user.trigger(c.languages["vi"])
        assert window.document.read_only and window.banner.isVisible() and c.unlock.isVisible()

        # Restoring a backup copy: the present data cannot even be copied first.
        user.choose_report(draft)
        dialogs.files.append(tmp_path / "reports-20260101-080000-000000.sqlite3")
        dialogs.confirm_answers.append(True)
        user.trigger(c.restore)
        refused("Chưa khôi phục", "chỉ cho đọc")
        assert window.document is not None and window.document.report_id == draft
        assert window.report_list.count() == 2

        # The archived copies: exported onto the stick itself.
        user.choose_report(final)

        def export_first(dialog):
            from PySide6.QtWidgets import QPushButton

            user.click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "Xuất PDF…"))

        dialogs.dialog_steps.append(export_first)
        dialogs.files.append(usb / "ban-luu.pdf")
        user.trigger(c.archives)
        refused("Chưa xuất được", "chỉ cho đọc")
        window.activateWindow()  # the list closed: back to the window
        qtbot.waitUntil(window.isActiveWindow)

        # Switching the language with something typed: said, and the switch happens.
        user.choose_report(draft)
        user.type_into("place", "Cát Hải", leave=False)
        user.trigger(c.languages["en"])
        try:
            refused("Thay đổi chưa được lưu", "chỉ cho đọc")
            assert window.commands.new.text() == "New report"
            assert window.document is not None and window.tabs.isEnabled()
        finally:
            user.trigger(c.languages["vi"])
            i18n.use_language("vi")
            QCoreApplication.processEvents()

        # Quitting with something typed: said, and the window closes.
        user.type_into("place", "Cát Hải", leave=False)
        user.trigger(c.quit)
        refused("Thay đổi chưa được lưu", "chỉ cho đọc")
        assert not window.isVisible()
        assert sha(db) == before
