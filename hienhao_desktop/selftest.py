"""``hienhao-desktop --selftest``: proves that an installed copy (wheel, PyInstaller
bundle, Windows installer) has everything it needs at run time.

It checks what fails first on a new PC: that Qt's platform plugin is there; that the
real window opens on the real platform (Windows, or X11 when Linux has a display) and
another one offscreen (a child process: one process has one platform); that the
window's font and the PDF's font have every Vietnamese letter; that the data folder can
be written; that the print system answers (no printer at all is fine, and said so).
Between those it loads the sample report into a temporary database (never the
user's), exports PDF (naming the fonts it embedded), Excel and Word into a temporary
folder, checks the files (the Word file is imported back), and closes.

One line per step on standard output ("ok: window", "ok: PDF 2 pages", ...); the
first failed step ends the test with one line on standard error naming it, and exit
status 1. Nothing is left outside the temporary folder (the settings are a temporary
INI file too); the data folder is only created when missing, as the first start does,
and a probe file is written there and removed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hienhao_desktop.domain.model import Report
    from hienhao_desktop.storage.store import Store
    from hienhao_desktop.ui.dialogs import Dialogs
    from hienhao_desktop.ui.main_window import MainWindow

PROG = "hienhao-desktop"
SAMPLE = ("samples", "seed-report.json")
FONTS = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSans-Regular.ttf")


class StepFailed(Exception):
    """A step found something wrong; the message says what."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _import_renderer(module: str, name: str) -> Callable[[Report], bytes]:
    """An export function, or a clear failure when that part is not in this build."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise StepFailed(f"{module} is missing from this build (export not available)") from exc
        raise


class SelfTest:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.app: QApplication | None = None
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.report: Report | None = None

    # ---- steps, in order -------------------------------------------------------------

    def step_word(self) -> str:
        """The Word export and import have what they need in this build: python-docx's
        template files (its default document and styles) and lxml. Writes the sample
        report as .docx, opens it with python-docx and imports it back. Needs no Qt,
        so it runs before the window."""
        from hienhao_desktop.storage.paths import sample_report

        render_docx = _import_renderer("hienhao_desktop.export.docx", "render_docx")
        report = self.report if self.report is not None else sample_report()
        data = render_docx(report)
        path = self.work / "selftest.docx"
        path.write_bytes(data)
        import docx

        document = docx.Document(str(path))
        text = " ".join(p.text for p in document.paragraphs)
        _require("BÁO CÁO" in text, "the Word export has no title \"BÁO CÁO\"")
        width = document.sections[0].page_width
        _require(width is not None and round(width.mm) == 210, "the Word export's page is not A4")
        _require("heading 1" in [s.name.lower() for s in document.styles if s.name], "the Word export lacks its styles")
        from hienhao_desktop.storage.docx_import import import_docx

        back = import_docx(path).report
        _require(len(back.activities) == len(report.activities),
                 f"the Word file read back has {len(back.activities)} of {len(report.activities)} activities")
        return f"Word {len(data) // 1024} KB, read back ({len(back.activities)} activities, {len(back.parts)} parts)"

    def step_platform(self) -> str:
        """Qt's platform plugin for this system is where Qt looks for plugins (before
        the application starts: a missing one stops Qt with no way to report it)."""
        from PySide6.QtCore import QCoreApplication, QLibraryInfo

        platform = _intended_platform()
        folders = [Path(p) for p in QCoreApplication.libraryPaths()]
        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
        found = [f for folder in dict.fromkeys(folders) for f in sorted((folder / "platforms").glob(f"*q{platform}*"))
                 if f.suffix in (".dll", ".so", ".dylib")]
        _require(bool(found), f"Qt's platform plugin '{platform}' is missing (looked in "
                              f"{', '.join(str(f / 'platforms') for f in dict.fromkeys(folders))})")
        return f"platform plugin {found[0].name}"

    def step_resources(self) -> str:
        from hienhao_desktop.locate import folder, resource

        fonts = folder("resources") / "fonts"
        for name in FONTS:
            _require((fonts / name).is_file(), f"font {name} not found in {fonts}")
        _require(resource(*SAMPLE).is_file(), f"sample report not found at {resource(*SAMPLE)}")
        count = len(list(fonts.glob("*.ttf")))
        return f"resources ({count} fonts, sample report) in {folder('resources')}"

    def step_translations(self) -> str:
        from hienhao_desktop.locate import folder

        try:
            translations = folder("translations")
        except FileNotFoundError as exc:
            raise StepFailed(str(exc)) from exc
        files = sorted(p.name for p in translations.glob("*.qm"))
        _require(bool(files), f"no translation (*.qm) in {translations}")
        return f"translations ({', '.join(files)})"

    def step_window(self) -> str:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from hienhao_desktop.storage.paths import sample_report
        from hienhao_desktop.storage.store import Store
        from hienhao_desktop.ui.app import install_translators, make_application
        from hienhao_desktop.ui.main_window import MainWindow
        from hienhao_desktop.ui.settings import Settings

        self.app = app = make_application()
        translators = install_translators(app, "vi")
        _require(bool(translators), "the Vietnamese translation did not load")
        self.store = store = Store.create(self.work / "selftest.sqlite3")
        store.add_report(sample_report())
        settings = Settings(QSettings(str(self.work / "settings.ini"), QSettings.Format.IniFormat))
        self.window = window = MainWindow(store, settings, cast("Dialogs", _NoDialogs()))
        window.show()
        for _ in range(3):
            QApplication.processEvents()
        _require(window.isVisible(), "the window did not show")
        platform = QApplication.platformName()
        _require(platform == _intended_platform(), f"Qt started on '{platform}', not '{_intended_platform()}'")
        return f"window ({platform}, {len(translators)} translations installed)"

    def step_one_window(self) -> str:
        """A second start can call the open window forward: the window listens on a
        local socket (a named pipe on Windows; QtNetwork must be in the bundle) and a
        second program can connect to it."""
        from PySide6.QtNetwork import QLocalSocket

        from hienhao_desktop.ui.instance import WindowServer

        server = WindowServer(self.work / "selftest.sqlite3", lambda: None)
        try:
            _require(server.listen(), f"the window cannot listen for a second start under {server.name}")
            socket = QLocalSocket()
            socket.connectToServer(server.name)
            connected = socket.waitForConnected(2000)
            error = socket.errorString()
            socket.abort()
            _require(connected, f"a second start cannot reach the window ({error})")
        finally:
            server.close()
            server.deleteLater()
        return f"a second start calls the open window forward (local socket {server.name})"

    def step_offscreen(self) -> str:
        """A window offscreen too, in a child process (one process has one platform)."""
        from PySide6.QtWidgets import QApplication

        if QApplication.platformName() == "offscreen":
            return "window offscreen (no display: the real platform was not tried)"
        import subprocess

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        try:
            result = subprocess.run([*_self_command(), "--selftest-window", "offscreen"], env=env,
                                    capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            raise StepFailed(f"the offscreen window could not be started: {exc}") from exc
        _require(result.returncode == 0 and "ok: window on offscreen" in result.stdout,
                 f"no window offscreen (exit status {result.returncode}): "
                 f"{(result.stdout + result.stderr).strip()[-300:]}")
        return "window offscreen too (child process)"

    def step_fonts(self) -> str:
        """Every Vietnamese letter in the window's font and in the PDF's font."""
        from reportlab.pdfbase import pdfmetrics

        from hienhao_desktop.export.fonts import fonts
        from hienhao_desktop.ui.app import VIETNAMESE_SAMPLE, has_vietnamese

        app = self.app
        assert app is not None
        ui_font = app.font()
        _require(has_vietnamese(ui_font), f"the window's font {ui_font.family()} lacks Vietnamese letters")
        pdf_fonts = fonts()
        for style in ("regular", "bold", "italic", "bold_italic"):
            face = pdfmetrics.getFont(getattr(pdf_fonts, style)).face
            missing = [ch for ch in VIETNAMESE_SAMPLE if ord(ch) not in face.charToGlyph]
            _require(not missing, f"the PDF's font {pdf_fonts.family} ({style}) lacks {''.join(missing[:10])}")
        return f"fonts with every Vietnamese letter (window: {ui_font.family()}; PDF: {pdf_fonts.family})"


    def step_text(self) -> str:
        """Qt's locale services on Vietnamese text. On Linux they run on ICU, whose data
        the bundle carries trimmed to Vietnamese and English (packaging/icu_data.py):
        this proves the Vietnamese collation is in it, not only ICU's root order."""
        import functools

        from PySide6.QtCore import QCollator, QLocale

        from hienhao_desktop.domain.text import upper_vi

        locale = QLocale("vi_VN")
        sample = "trung tâm học tập cộng đồng xã hiền hào ữ ỵ đ"
        upper = locale.toUpper(sample)
        _require(upper == upper_vi(sample), f"Qt upper-cases Vietnamese wrongly: {upper!r}")
        if not sys.platform.startswith("linux"):
            return "Vietnamese text (upper case)"
        # Vietnamese order: ă, â after a; đ after d; ô, ơ after o (the root order
        # would put "ăa" before "az" and "ơa" before "oz").
        expected = ["an", "az", "ăa", "âm", "dê", "đi", "oz", "ôi", "ơa", "ư"]
        words = list(reversed(expected))
        collator = QCollator(locale)
        ordered = sorted(words, key=functools.cmp_to_key(collator.compare))
        _require(ordered == expected, f"Qt sorts Vietnamese wrongly: {' '.join(ordered)}")
        return "Vietnamese text (upper case, collation)"

    def step_sample(self) -> str:
        window = self.window
        assert window is not None
        document = window.document
        _require(document is not None, "the sample report did not open in the window")
        assert document is not None
        self.report = report = document.report
        _require(len(report.activities) > 0, "the sample report has no activities")
        return f"sample loaded ({len(report.activities)} activities)"

    def step_pdf(self) -> str:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        from hienhao_desktop.ui.printing import PdfPages

        window = self.window
        assert window is not None
        _import_renderer("hienhao_desktop.export.pdf", "render_pdf")
        data = window.pdf_bytes()
        _require(data is not None and data.startswith(b"%PDF"), "the PDF export does not start with %PDF")
        assert data is not None
        path = self.work / "selftest.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        error = document.load(str(path))
        _require(error == QPdfDocument.Error.None_, f"QtPdf cannot read the exported PDF ({error})")
        pages = document.pageCount()
        document.close()
        _require(pages >= 1, "the exported PDF has no page")
        # What printing and the preview do with it: a page rendered by QtPdf (printing
        # draws these images), and the document shown in the preview's QPdfView.
        rendered = PdfPages(data)
        try:
            image = rendered.render(0, 36)
            _require(not image.isNull() and image.width() > 100, "QtPdf rendered no page image")
            ink = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                      if image.pixelColor(x, y).lightness() < 128)
            _require(ink > 50, "QtPdf rendered the first page blank")
            view = QPdfView()
            view.setDocument(rendered.document)
            _require(view.document() is rendered.document, "the preview's QPdfView does not take the document")
            view.deleteLater()
        finally:
            rendered.close()
        from hienhao_desktop.export.fonts import embedded_fonts

        embedded = embedded_fonts(data)
        _require(bool(embedded), "the exported PDF embeds no font")
        return (f"PDF {pages} page{'s' if pages != 1 else ''} ({len(data) // 1024} KB, read back with QtPdf, "
                f"page 1 rendered as printing does it and shown in the preview's view; "
                f"fonts embedded: {', '.join(embedded)})")

    def step_excel(self) -> str:
        import openpyxl

        assert self.report is not None
        render_xlsx = _import_renderer("hienhao_desktop.export.xlsx", "render_xlsx")
        data = render_xlsx(self.report)
        path = self.work / "selftest.xlsx"
        path.write_bytes(data)
        _require(zipfile.is_zipfile(path), "the Excel export is not a zip file")
        with zipfile.ZipFile(path) as archive:
            _require("xl/workbook.xml" in archive.namelist(), "the Excel export has no xl/workbook.xml")
        workbook = openpyxl.load_workbook(path)
        texts = {
            " ".join(str(cell).split())
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if isinstance(cell, str)
        }
        names = [" ".join(a.name.split()) for a in self.report.activities]
        missing = [n for n in names if n not in texts]
        _require(not missing, f"the Excel export lacks {len(missing)} of {len(names)} activities, e.g. {missing[:1]}")
        return f"Excel {len(names)} activities ({len(workbook.worksheets)} sheets)"

    def step_data_folder(self) -> str:
        """The user's data folder (the default database, backups, the log) can be written."""
        from hienhao_desktop.storage.paths import data_dir

        folder = data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".selftest-", suffix=".tmp") as probe:
                probe.write(b"ok")
                probe.flush()
        except OSError as exc:
            raise StepFailed(f"the data folder {folder} cannot be written: {exc}") from exc
        return f"data folder writable ({folder})"

    def step_printers(self) -> str:
        """The print system answers; no printer at all is fine (printing then says so)."""
        from hienhao_desktop.ui.printing import current_plan, printer_names, writes_to_file

        names = printer_names()
        plan = current_plan()
        if plan is None:
            return "printing: no printer is installed (printing will say so)"
        default = plan.printer if plan.default_is_set else "none set"
        paper = "" if not writes_to_file(plan.printer) else ", it writes a file: quick print will ask"
        return f"printing: {len(names)} printer{'s' if len(names) != 1 else ''} (default: {default}{paper})"

    def step_data_file(self) -> str:
        """The user's default data file, looked at without changing it: missing (made
        at the first start), sound, empty (an interrupted first start: the window makes
        it anew with the sample), or refused with the reason the window would give."""
        from hienhao_desktop.storage.paths import default_db_path
        from hienhao_desktop.storage.store import Store, StoreError, is_empty_database

        path = default_db_path()
        if not path.exists():
            return f"data file {path} not made yet (the first start makes it with the sample report)"
        if is_empty_database(path):
            return (f"data file {path} is empty (an earlier start was interrupted); "
                    "the window makes it anew with the sample report")
        import shutil

        copy = self.work / "data-file-copy.sqlite3"  # checked (and upgraded, if older) on a copy
        try:
            shutil.copyfile(path, copy)
            with Store.open(copy) as store:
                count = len(store.list_reports())
        except OSError as exc:
            raise StepFailed(f"data file {path} cannot be read: {exc.strerror}") from exc
        except StoreError as exc:
            raise StepFailed(f"data file {path}: " + exc.message("en").split(": ", 1)[-1]) from exc
        return f"data file {path} ({count} report{'s' if count != 1 else ''})"

    def step_close(self) -> str:
        from PySide6.QtWidgets import QApplication

        window = self.window
        assert window is not None
        _require(window.close(), "the window refused to close")
        QApplication.processEvents()
        _delete_now(window)
        self.window = self.store = None  # closing the window closed the store
        return "closed"

    def cleanup(self) -> None:
        """After a failure: close what is still open so the temporary folder can go."""
        if self.window is not None:
            try:
                self.window.close()
                _delete_now(self.window)
            except Exception:  # noqa: BLE001 - already failing; the first error is the one to report
                pass
            self.window = None
        if self.store is not None:
            self.store.close()  # Windows cannot delete an open file


def _delete_now(widget: Any) -> None:
    """Delete the window's C++ side while the application is still whole. Left to
    interpreter exit, its event filters run on half-destroyed widgets and PySide
    crashes (seen here: exit status 139 in about 5 runs out of 6)."""
    import shiboken6

    if isinstance(widget, shiboken6.Object) and shiboken6.isValid(widget):
        shiboken6.delete(widget)


class _NoDialogs:
    """Stands in for ``Dialogs``: a question during the self-test is a failure, not a
    modal box waiting for someone who is not there."""

    parent = None

    def __getattr__(self, name: str) -> Callable[..., object]:
        def refuse(*_args: object, **_kwargs: object) -> object:
            raise StepFailed(f"the window asked a question ({name}) during the self-test")

        return refuse


def _intended_platform() -> str:
    """The Qt platform this process starts on: QT_QPA_PLATFORM's first choice, else the
    system's own (windows, xcb, cocoa)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def _self_command() -> list[str]:
    """This program, as a command: the bundle's own executable, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "hienhao_desktop"]


def window_only(platform: str) -> int:
    """``--selftest-window PLATFORM`` (the offscreen step's child): one window on that
    platform; 0 and "ok: window on PLATFORM" when it showed."""
    from hienhao_desktop.console import prepare_streams

    prepare_streams()
    os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from hienhao_desktop.ui.app import make_application

    make_application()
    window = QMainWindow()
    window.setCentralWidget(QLabel("Trung tâm học tập cộng đồng xã Hiền Hào"))
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    shown = window.isVisible() and QApplication.platformName() == platform
    window.close()
    _delete_now(window)
    if not shown:
        print(f"{PROG} --selftest-window: no window on {platform} ({QApplication.platformName()})", file=sys.stderr)
        return 1
    print(f"ok: window on {platform}", flush=True)
    return 0


def run() -> int:
    """Run every step; 0 when all passed, 1 at the first failure."""
    from hienhao_desktop.console import prepare_streams

    prepare_streams()  # UTF-8 whatever the console or redirect (a Vietnamese user name in a path)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hienhao-selftest-", ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp))
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", test.step_resources),
            ("translations", test.step_translations),
            ("Word", test.step_word),
            ("platform", test.step_platform),
            ("window", test.step_window),
            ("one window", test.step_one_window),
            ("offscreen window", test.step_offscreen),
            ("fonts", test.step_fonts),
            ("text", test.step_text),
            ("sample", test.step_sample),
            ("PDF", test.step_pdf),
            ("Excel", test.step_excel),
            ("data folder", test.step_data_folder),
            ("printers", test.step_printers),
            ("data file", test.step_data_file),
            ("close", test.step_close),
        ]
        for name, step in steps:
            try:
                print(f"ok: {step()}", flush=True)
            except Exception as exc:  # noqa: BLE001 - every failure is reported the same way
                test.cleanup()
                detail = str(exc) if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {exc}"
                print(f"{PROG} --selftest: FAILED at step '{name}': {detail}", file=sys.stderr, flush=True)
                return 1
    print(f"ok: all {len(steps)} steps in {time.perf_counter() - started:.2f} s", flush=True)
    return 0
