"""``hienhao-desktop --selftest``: proves that an installed copy (wheel, PyInstaller
bundle, Windows installer) has everything it needs at run time.

It starts the real window, loads the sample report into a temporary database (never
the user's), exports PDF and Excel into a temporary folder, checks both files, and
closes. One line per step on standard output ("ok: window", "ok: PDF 2 pages", ...);
the first failed step ends the test with one line on standard error naming it, and
exit status 1. Nothing is written outside the temporary folder: the settings are a
temporary INI file too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

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
        return f"window ({platform}, {len(translators)} translations installed)"

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
        return f"PDF {pages} page{'s' if pages != 1 else ''} ({len(data) // 1024} KB, read back with QtPdf)"

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


def _delete_now(widget: object) -> None:
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


def run() -> int:
    """Run every step; 0 when all passed, 1 at the first failure."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hienhao-selftest-", ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp))
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", test.step_resources),
            ("translations", test.step_translations),
            ("window", test.step_window),
            ("text", test.step_text),
            ("sample", test.step_sample),
            ("PDF", test.step_pdf),
            ("Excel", test.step_excel),
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
