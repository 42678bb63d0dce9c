"""Translations: complete and compiled, switchable at run time, Qt's own dialogs in
Vietnamese, and the repair of text pasted from TCVN3/VNI documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton

from hienhao_desktop.domain import legacy
from hienhao_desktop.storage.store import Store
from hienhao_desktop.ui import i18n
from hienhao_desktop.ui.activities import NAME
from hienhao_desktop.ui.main_window import MainWindow
from hienhao_desktop.ui.settings import Settings
from tests.conftest import ROOT
from tests.ui_helpers import ScriptedDialogs
from tests.user import User

TRANSLATIONS = ROOT / "translations"
UI_SOURCES = sorted((ROOT / "hienhao_desktop" / "ui").glob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


# ---- the files ------------------------------------------------------------------------

def test_vietnamese_ts_covers_every_source_string(tmp_path: Path) -> None:
    """A tr() string added to ui/ and not run through scripts/update-translations
    (or left untranslated) fails here. The installed lupdate must read every string
    as the committed files have it, plural or not: a plural it reads as a plain
    string (Qt 6.11's lupdate does so for ``QCoreApplication.translate(c, s, "", n)``,
    and drops the string when ``n`` is ``len(x)`` or ``a.b``) would lose its English
    forms and its Vietnamese plural at the next scripts/update-translations."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *map(str, UI_SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {(c, s, m.get("numerus") == "yes") for c, s, m in _messages(fresh)}
    committed = _messages(TRANSLATIONS / "hienhao_desktop_vi.ts")
    have = {(c, s, m.get("numerus") == "yes") for c, s, m in committed}
    hint = ("; a plural string is written self.tr(text, '', n) in the class named as its context, or "
            "Name.tr(text, '', n) with class Name(i18n.Context) (ui/i18n.py says why)")
    assert wanted - have == set(), "run scripts/update-translations and translate the new strings" + hint
    assert have - wanted == set(), "strings no longer in the code: run scripts/update-translations" + hint
    assert len(wanted) > 150
    plurals = {(c, s) for c, s, numerus in wanted if numerus}
    assert {(c, s) for c, s, _ in _messages(TRANSLATIONS / "hienhao_desktop_en.ts")} == plurals
    assert len(plurals) >= 5


@pytest.mark.parametrize("name", ["hienhao_desktop_vi.ts", "hienhao_desktop_en.ts", "qtbase_vi.ts"])
def test_no_unfinished_obsolete_or_empty_entries(name: str) -> None:
    messages = _messages(TRANSLATIONS / name)
    assert messages
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(forms), f"{context}: {source!r} has no translation"
        if "%1" in source:
            assert all("%1" in f for f in forms), f"{context}: {source!r} lost its %1"
        if message.get("numerus") == "yes":
            assert all("%n" in f for f in forms)


def test_compiled_qm_files_are_up_to_date(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in TRANSLATIONS.glob("*.ts"):
        out = tmp_path / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: run scripts/update-translations"
        assert committed.read_bytes() == out.read_bytes(), f"{committed.name} is stale: run scripts/update-translations"


# ---- the window in both languages -------------------------------------------------------

@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture(autouse=True)
def _back_to_vietnamese():
    yield
    i18n.use_language("vi")
    QCoreApplication.processEvents()


def _open(qtbot, path: Path, settings: Settings, dialogs: ScriptedDialogs) -> MainWindow:
    win = MainWindow(Store.open(path), settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    QCoreApplication.processEvents()
    return win


@pytest.fixture
def db(tmp_path: Path, seed_report) -> Path:
    path = tmp_path / "reports.sqlite3"
    with Store.create(path) as store:
        store.add_report(seed_report)
    return path


@pytest.fixture
def window(qtbot, db, settings, dialogs):
    win = _open(qtbot, db, settings, dialogs)
    yield win
    if win.store._conn is not None:
        win.close()


def _texts(win: MainWindow) -> dict[str, object]:
    return {
        "tabs": [win.tabs.tabText(i) for i in range(win.tabs.count())],
        "menus": [a.text() for a in win.menuBar().actions()],
        "toolbar": [a.text() for a in win.commands.toolbar.actions()],
        "headers": [win.activity_table.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)],
        "buttons": [win.new_button.text(), win.from_earlier_button.text(), win.duplicate_button.text(),
                    win.delete_button.text()],
        "table_buttons": [b.text() for b in (win.activity_table.add_button,
                                             win.activity_table.paste_button)],
        "label": win.general.captions["place"].title.text(),
    }


PART_TABS = ["I. Đánh giá chung", "II. Tình hình thực hiện…", "III. Giải pháp thực hiện…",
             "IV. Những kiến nghị, đề…"]  # the report's own words: the same in either language
VIETNAMESE = {
    "tabs": ["Thông tin chung", "Mở đầu", *PART_TABS, "Nơi nhận và ký", "Xem trước"],
    "menus": ["&Tệp", "&Sửa", "&Phần", "&Ngôn ngữ", "Trợ &giúp"],
    "toolbar": ["Hoàn tác", "Làm lại", "Kiểm tra", "Xem trước", "In…", "Xuất PDF…", "Xuất Excel…", "Xuất Word…",
                "Ban hành", "Mở khóa"],
    "headers": ["Stt", "Tên chuyên đề, hoạt động", "Số người\ntham gia", "Đơn vị chủ trì", "Đơn vị, tổ chức phối hợp"],
    "buttons": ["Báo cáo mới", "Tạo từ báo cáo cũ", "Nhân bản", "Xóa"],
    "table_buttons": ["Thêm dòng", "Dán từ Excel"],
    "label": "Địa danh",
}
ENGLISH = {
    "tabs": ["General information", "Opening", *PART_TABS, "Recipients and signature", "Preview"],
    "menus": ["&File", "&Edit", "&Parts", "&Language", "&Help"],
    "toolbar": ["Undo", "Redo", "Check", "Preview", "Print…", "Export PDF…", "Export Excel…", "Export Word…", "Issue",
                "Unlock"],
    "headers": ["No.", "Topic or activity", "Participants", "Lead unit", "Partner units"],
    "buttons": ["New report", "From an earlier one", "Duplicate", "Delete"],
    "table_buttons": ["Add row", "Paste from Excel"],
    "label": "Place name",
}


def test_vietnamese_is_the_default_and_english_switches_at_run_time(qtbot, window, settings) -> None:
    assert window.language == "vi"
    assert _texts(window) == VIETNAMESE
    model = window.activity_table.model
    with qtbot.waitSignal(model.headerDataChanged, timeout=2000):
        window.commands.languages["en"].trigger()
    QCoreApplication.processEvents()
    assert _texts(window) == ENGLISH
    assert settings.language == "en"
    assert i18n.current_language() == "en"
    window.commands.languages["vi"].trigger()
    QCoreApplication.processEvents()
    assert _texts(window) == VIETNAMESE
    assert settings.language == "vi"


def test_window_title_follows_the_language(qtbot, tmp_path, settings, dialogs) -> None:
    path = tmp_path / "empty.sqlite3"
    Store.create(path).close()
    win = _open(qtbot, path, settings, dialogs)
    assert win.windowTitle() == "Hiền Hào – Báo cáo"
    win.set_language("en")
    QCoreApplication.processEvents()
    assert win.windowTitle() == "Hiền Hào – Reports"
    win.close()


def test_the_choice_is_remembered_for_the_next_start(qtbot, db, settings, dialogs, monkeypatch) -> None:
    monkeypatch.delenv("HIENHAO_LANG", raising=False)
    first = _open(qtbot, db, settings, dialogs)
    first.set_language("en")
    first.close()
    again = _open(qtbot, db, settings, dialogs)
    assert again.language == "en"
    assert again.tabs.tabText(0) == "General information"
    again.close()


def test_environment_variable_picks_the_language(monkeypatch) -> None:
    monkeypatch.setenv("HIENHAO_LANG", "en")
    assert i18n.startup_language("vi") == "en"
    monkeypatch.delenv("HIENHAO_LANG")
    assert i18n.startup_language("en") == "en"
    assert i18n.startup_language(None) == "vi"


def test_core_messages_follow_the_language(qtbot, window) -> None:
    User(window).shortcut(Qt.Key.Key_F7)
    dialog = window.checklist_dialog
    vietnamese = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Chưa nhập ngày ban hành (sẽ để trống để viết tay)." in vietnamese
    window.set_language("en")
    QCoreApplication.processEvents()
    english = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "The date is not set (it will be left blank to write by hand)." in english
    assert dialog.windowTitle() == "Check the report"
    assert window.problems_button.text().startswith("Check:")


def test_plural_undo_texts(qtbot, window) -> None:
    user = User(window)
    user.paste_rows("A\t1\tB\tC\r\nD\t2\tE\tF\r\n")
    assert window.document.undo_stack.undoText() == "Dán 2 dòng"
    user.trigger(window.commands.languages["en"])
    user.paste_rows("G\t3\tH\tI\r\n")
    assert window.document.undo_stack.undoText() == "Paste 1 row"
    user.select_rows([0, 1])
    user.table_button("delete")
    assert window.document.undo_stack.undoText() == "Delete 2 rows"


def test_activity_table_titles_are_not_cut_in_either_language(qtbot, window) -> None:
    """"Participants" is one word in English: its column is at least as wide as the
    word (it showed "articipants")."""
    from PySide6.QtCore import Qt

    user = User(window)
    user.click_cell(0, 1)
    for language in ("en", "vi"):
        user.trigger(window.commands.languages[language])
        view = window.activity_table.view
        metrics = view.horizontalHeader().fontMetrics()
        for column in range(view.model().columnCount()):
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(word) for word in title.split())
            assert view.columnWidth(column) >= widest + 8, (language, title, view.columnWidth(column), widest)


def test_plurals_find_their_translations_in_the_contexts_lupdate_files_them_under(qtbot, window) -> None:
    """``Preview.tr`` (an i18n.Context) and ActivityTable's ``self.tr``."""
    from hienhao_desktop.ui.preview import Preview

    table = window.activity_table
    assert Preview.tr("%n page(s)", "", 3) == "3 trang"
    assert table.tr("(%n activity(s) without a count)", "", 2) == "(2 hoạt động chưa có số người)"
    window.set_language("en")
    QCoreApplication.processEvents()
    assert [Preview.tr("%n page(s)", "", n) for n in (1, 2)] == ["1 page", "2 pages"]
    assert table.tr("(%n activity(s) without a count)", "", 1) == "(1 activity without a count)"
    assert table.tr("Paste %n row(s)", "", 3) == "Paste 3 rows"


# ---- Qt's own dialogs in Vietnamese --------------------------------------------------------

def test_message_box_buttons_in_vietnamese(window) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    i18n.use_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_print_dialog_in_vietnamese(window) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"&In", "Hủy"} <= buttons
    assert dialog.windowTitle() == "In"
    dialog.deleteLater()


# ---- TCVN3/VNI text pasted into the form ---------------------------------------------------

def paste_into(user: User, path: str, text: str) -> None:
    """Copied from an old document, pasted over the field (Ctrl+A, Ctrl+V), then Tab."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    user.choose_tab(user.tab_of(path))
    user.click_into(user.field_input(path))
    user.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    user.leave()


def test_pasted_tcvn3_is_converted_after_asking(qtbot, window, dialogs, db) -> None:
    user = User(window)
    dialogs.confirm_answers.append(True)
    paste_into(user, "place", "HiÒn Hµo")
    assert dialogs.shown[-1][0] == "confirm"
    assert "HiÒn Hµo" in dialogs.shown[-1][2] and "Hiền Hào" in dialogs.shown[-1][2]
    assert user.field_input("place").text() == "Hiền Hào"
    with Store.open(db) as store:
        assert store.load(1).place == "Hiền Hào"


def test_pasted_vni_kept_when_refused_and_ordinary_text_never_asks(qtbot, window, dialogs, db) -> None:
    user = User(window)
    dialogs.confirm_answers.append(False)
    paste_into(user, "signatures[0].name", "Nguyeãn Vaên Tuaân")
    assert user.field_input("signatures[0].name").text() == "Nguyeãn Vaên Tuaân"
    asked = len(dialogs.shown)
    user.type_into("signatures[0].name", " Trần Thị Hằng", replace=False)
    assert len(dialogs.shown) == asked  # Unicode typed by a Vietnamese input method: no question


def test_table_cell_and_list_item(qtbot, window, dialogs, db) -> None:
    user = User(window)
    dialogs.confirm_answers.extend([True, True])
    user.type_cell(0, NAME, "Tæ chøc tuyªn truyÒn")  # pasted from an old document, as typing
    assert window.document.report.activities[0].name == "Tổ chức tuyên truyền"
    user.type_item("recipients", 0, "Phoøng GD&ÑT huyeän")
    assert window.document.report.recipients[0] == "Phòng GD&ĐT huyện"
    with Store.open(db) as store:
        kept = store.load(1)
    assert (kept.activities[0].name, kept.recipients[0]) == ("Tổ chức tuyên truyền", "Phòng GD&ĐT huyện")


def test_menu_command_converts_the_focused_field(qtbot, window, dialogs) -> None:
    user = User(window)
    dialogs.confirm_answers.append(False)  # typed in full, it looks pasted: keep it as it is, for now
    user.type_into("organization.name", "Trung t©m häc tËp céng ®ång", leave=False)
    assert window.commands.convert_legacy.text() == "Chuyển mã TCVN3/VNI sang Unicode"
    user.trigger(window.commands.convert_legacy)  # Sửa > Chuyển mã, with the cursor in the field
    field = user.field_input("organization.name")
    assert field.text() == "Trung tâm học tập cộng đồng"
    user.leave()
    assert window.document.report.organization.name == "Trung tâm học tập cộng đồng"
    assert legacy.detect(field.text()) is None
