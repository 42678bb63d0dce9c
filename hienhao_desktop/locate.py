"""Where the program's own files are: fonts, the sample report, translations, icons.

Found inside the installed package (``hienhao_desktop/resources``, as a wheel or the
PyInstaller bundle lays them out) or, when run from a source checkout, in the
project's top-level ``resources/`` and ``translations/`` folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def folder(name: str) -> Path:
    """``folder("resources")`` or ``folder("translations")``."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name} folder is missing (looked in {_PACKAGE})")


def resource(*parts: str) -> Path:
    return folder("resources").joinpath(*parts)
