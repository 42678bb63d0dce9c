"""The PDF's fonts: Times New Roman when the system really has it, else the bundled
Liberation Serif (same metrics, so the same line breaks). Registered with reportlab
once per process and embedded as subsets by export/pdf.py.

Where Times New Roman is looked for: on Windows the four files of %WINDIR%\\Fonts
(times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf), the only place the program's users
have it; elsewhere through fontconfig, which counts only when the family it answers
really is Times New Roman. ``embedded_fonts(pdf)`` names the fonts a PDF carries, as
the PDF itself names them (the self-test reports it).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hienhao_desktop.locate import resource

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    family: str  # "Times New Roman" or "Liberation Serif"

    def ascent(self, name: str, size: float) -> float:
        """Distance from a line's top to its baseline as reportlab places it."""
        return pdfmetrics.getFont(name).face.ascent * size / 1000


_STYLES = ("regular", "bold", "italic", "bold_italic")
_WINDOWS_TNR = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"}
_FC_STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "Bold Italic"}
_LIBERATION = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


def _windows_times() -> dict[str, Path] | None:
    folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    files = {style: folder / name for style, name in _WINDOWS_TNR.items()}
    return files if all(p.is_file() for p in files.values()) else None


def _fontconfig_times(fc_match: str | None = None) -> dict[str, Path] | None:
    """Times New Roman through fontconfig. fc-match always answers with *some* font
    (Liberation Serif, DejaVu ...), so a result counts only if its family really is
    Times New Roman and the four styles are four different files."""
    fc_match = fc_match or shutil.which("fc-match")
    if not fc_match:
        return None
    files: dict[str, Path] = {}
    for style, fc_style in _FC_STYLES.items():
        try:
            out = subprocess.run(
                [fc_match, "-f", "%{family}\n%{file}", f"Times New Roman:style={fc_style}"],
                capture_output=True, text=True, timeout=10, check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        family, _, file = out.partition("\n")
        if "Times New Roman" not in [f.strip() for f in family.split(",")]:
            return None
        path = Path(file.strip())
        if not path.is_file() or path.suffix.lower() not in (".ttf", ".ttc"):
            return None
        files[style] = path
    return files if len(set(files.values())) == 4 else None


def _find_times_new_roman() -> dict[str, Path] | None:
    if sys.platform == "win32":
        return _windows_times()
    return _fontconfig_times()


@functools.cache
def fonts() -> FontSet:
    """Register the report's fonts once per process and name them."""
    found = _find_times_new_roman()
    if found is not None:
        try:
            return _register("HH-TimesNewRoman", found, "Times New Roman")
        except Exception:  # a broken or non-embeddable system font: use ours
            log.warning("Times New Roman found but unusable; using Liberation Serif", exc_info=True)
    bundled = {style: resource("fonts", name) for style, name in _LIBERATION.items()}
    return _register("HH-LiberationSerif", bundled, "Liberation Serif")


def _register(prefix: str, files: dict[str, Path], family: str) -> FontSet:
    names = {style: f"{prefix}-{style}" for style in _STYLES}
    faces = {style: TTFont(names[style], str(files[style])) for style in _STYLES}
    for face in faces.values():  # only after all four loaded: no half-registered family
        pdfmetrics.registerFont(face)
    pdfmetrics.registerFontFamily(
        names["regular"], normal=names["regular"], bold=names["bold"],
        italic=names["italic"], boldItalic=names["bold_italic"],
    )
    return FontSet(names["regular"], names["bold"], names["italic"], names["bold_italic"], family)


def embedded_fonts(pdf: bytes) -> list[str]:
    """The fonts embedded in ``pdf`` as the PDF names them: each font's own PostScript
    name, without the subset tag ("TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT" for
    Windows' Times New Roman; "LiberationSerif", "LiberationSerif-Bold" ... for ours).
    reportlab writes font objects uncompressed, so they are read from the bytes."""
    names = re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([^\s/\[\]<>()]+)", pdf)
    return sorted({name.decode("latin-1") for name in names})
