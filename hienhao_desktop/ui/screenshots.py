"""``hienhao-desktop screenshots DIR``: a PNG of every tab of the open (or given)
report, at the common office screen size, for review and documentation."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop
from PySide6.QtWidgets import QApplication

from hienhao_desktop.domain.errors import Refused
from hienhao_desktop.ui.main_window import WINDOW_SIZE, MainWindow


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


def take_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.show()
    window.resize(WINDOW_SIZE)
    written = []
    for i, tab in enumerate(window.report_tabs):
        window.tabs.setCurrentWidget(tab)
        for _ in range(3):
            QApplication.processEvents()
        name = window.tabs.tabText(window.tabs.indexOf(tab))
        written.append(_save(window, folder / f"{i + 1:02d}-{_slug(name)}.png"))
    # Then the preview, once its PDF is built (off the GUI thread).
    window.tabs.setCurrentWidget(window.preview)
    deadline = time.monotonic() + 60
    while window.preview.pdf is None and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()
    written.append(_save(window, folder / f"{len(written) + 1:02d}-{_slug(window.preview.title())}.png"))
    return written


def _save(window: MainWindow, path: Path) -> Path:
    if not window.grab().save(str(path)):
        raise Refused(f"{path}: không ghi được ảnh (cannot write the image)")
    return path


def run(folder: Path, db_path: Path | None, report_id: int | None) -> int:
    from hienhao_desktop.storage.store import Store
    from hienhao_desktop.ui.app import install_translators, make_application
    from hienhao_desktop.ui.i18n import startup_language
    from hienhao_desktop.ui.settings import Settings

    app = make_application()
    settings = Settings()
    install_translators(app, startup_language(settings.language))  # HIENHAO_LANG=en|vi picks
    if db_path is None:
        from hienhao_desktop.storage.paths import ensure_default_database

        db_path = ensure_default_database()
    store = Store.open(db_path)  # refuses a missing or foreign file (status 2)
    window = MainWindow(store, settings)
    if report_id is not None:
        store.summary(report_id)  # an unknown id is refused
        window.open_report(report_id)
    for path in take_screenshots(window, folder):
        print(path)
    window.close()
    # Delete the window while the application object exists, or PySide may crash at exit.
    window.deleteLater()
    del window
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return 0
