"""The interface language: Vietnamese (the default) or English, switchable at run time.

Qt's own texts (standard buttons, file and print dialogs) come from
``translations/qtbase_<lang>.qm``: Qt ships no Vietnamese one, so the program
carries it. The program's texts come from ``translations/hienhao_desktop_<lang>.qm``;
English is the source language, its .qm holds only plural forms ("1 row", "2 rows").
Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget, which re-translates itself (``retranslate()``).

A plural string ("%n row(s)") is written with tr(): ``self.tr(text, "", n)`` in the
class named as its context (ActivityTable), or ``Name.tr(text, "", n)`` where
``class Name(Context)`` names a context that is no class (preview.Preview). Qt 6.11's
lupdate (the pinned one) reads the count of ``QCoreApplication.translate(context, text,
"", n)`` as a Qt 4 text-encoding argument: a plain name loses the plural, and
``len(rows)`` or ``pages.count`` loses the whole string (tests/test_i18n.py checks both).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hienhao_desktop.locate import folder

LANGUAGES = ("vi", "en")
DEFAULT = "vi"

_installed: list[QTranslator] = []


class Context:
    """Subclassed by a class named as a translation context, for that context's plural
    strings: ``class Preview(Context)``, then ``Preview.tr("%n page(s)", "", n)``, which
    lupdate files under "Preview" and which looks them up there."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)

_current = DEFAULT


def normalise(language: str | None) -> str:
    return "en" if (language or "").lower().startswith("en") else "vi"


def startup_language(saved: str | None) -> str:
    """HIENHAO_LANG=en|vi (for screenshots and scripts) wins over the saved choice."""
    forced = os.environ.get("HIENHAO_LANG")
    return normalise(forced if forced else saved)


def current_language() -> str:
    """The language the interface speaks now; domain messages follow it."""
    return _current


def ensure_language(language: str) -> None:
    """Install ``language`` unless it is installed already (no needless LanguageChange)."""
    if normalise(language) != _current or not _installed:
        use_language(language)


def use_language(language: str) -> list[QTranslator]:
    """Replace the installed translators with those of ``language``."""
    global _current
    language = normalise(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if app is None:
        return []
    try:
        translations = folder("translations")
    except FileNotFoundError:
        return []
    # Qt's texts first, then the program's (later ones are asked first).
    for base in ("qtbase", "hienhao_desktop"):
        translator = QTranslator(app)
        if translator.load(str(translations / f"{base}_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)
