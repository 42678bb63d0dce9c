"""Starting the window: the application object, its names (before anything asks
for a data folder), a font with every Vietnamese letter, translations."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from hienhao_desktop import APP_NAME, ORG_NAME, __version__
from hienhao_desktop.locate import resource

# Letters a Vietnamese text needs that many fonts lack.
VIETNAMESE_SAMPLE = "ăâđêôơưĂÂĐÊÔƠƯắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"


def has_vietnamese(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in VIETNAMESE_SAMPLE)


def ensure_vietnamese_font(app: QGuiApplication) -> QFont:
    """Keep the system's font when it has every Vietnamese letter (Segoe UI on
    Windows, DejaVu or Noto on Linux); otherwise use the bundled Liberation Sans."""
    for name in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    if not has_vietnamese(font):
        font = QFont("Liberation Sans", max(10, round(font.pointSizeF())))
    app.setFont(font)
    return font


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """The program's own translation (and its Vietnamese texts for Qt's standard
    buttons and dialogs, which Qt does not ship). English is the source language."""
    from hienhao_desktop.ui.i18n import use_language

    del app  # the translators belong to the one application object
    return use_language(language)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Hiền Hào – Báo cáo")
    from hienhao_desktop.ui.desktop import announce_running, app_icon

    announce_running()  # the installer's AppMutex (Windows only)
    app.setWindowIcon(app_icon())
    ensure_vietnamese_font(app)
    return app


def has_display() -> bool:
    """False on a Linux machine with no desktop session (and no platform chosen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_window(db_path: Path | None) -> int:
    """Open the window on ``db_path`` (the default database when None)."""
    from hienhao_desktop.domain.errors import Refused
    from hienhao_desktop.ui.i18n import startup_language
    from hienhao_desktop.ui.main_window import MainWindow
    from hienhao_desktop.ui.settings import Settings

    if not has_display():  # an invisible window would wait for ever
        raise Refused("không tìm thấy màn hình: cửa sổ cần một phiên làm việc có màn hình "
                      "(no display: DISPLAY is empty); 'hienhao-desktop --selftest' checks the program without one")
    from hienhao_desktop.storage.logfile import start_logging
    from hienhao_desktop.ui.dialogs import Dialogs
    from hienhao_desktop.ui.failures import ExceptionHook

    start_logging()
    app = make_application()
    settings = Settings()
    install_translators(app, startup_language(settings.language))
    dialogs = Dialogs()
    hook = ExceptionHook(lambda: dialogs)  # a bug reaching the event loop: logged, a calm message
    hook.install()
    from hienhao_desktop.ui.instance import AlreadyOpenHere

    try:
        window = MainWindow.open_database(db_path, settings=settings, dialogs=dialogs)
    except AlreadyOpenHere:  # the window open on this data file came forward: nothing more to do
        hook.uninstall()
        return 0
    if window is None:
        hook.uninstall()
        return 2
    window.show()
    status = app.exec()
    hook.uninstall()
    # Delete the window while the application object is whole: left to interpreter
    # exit, PySide crashes (status 139 on every close, seen with the preview tab).
    window.deleteLater()
    del window
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return status
