"""The PDF's fonts (export/fonts.py). Windows' Times New Roman is the path the commune's
PC takes; its TTF files are not ours to ship, so a stand-in Windows fonts folder is
made from Liberation Serif (metric-compatible) under Windows' file names, %WINDIR%
points at it, and the lookup is told it runs on Windows. The stand-ins' PostScript
name is changed from "LiberationSerif" to "TimesNewRomanPS" (same length, in place),
so the PDF itself shows which files it embedded: the stand-ins, not the bundled font."""

from __future__ import annotations

import io
import sys
import types
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from hienhao_desktop.export import fonts as F
from hienhao_desktop.export.pdf import render_pdf

WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"}


def _renamed(font: bytes) -> bytes:
    """Liberation Serif's PostScript names (name table, UTF-16 and Mac ASCII records)
    turned into "TimesNewRomanPS...": the same length, so no offset moves."""
    for old, new in ((b"LiberationSerif", b"TimesNewRomanPS"),):
        font = font.replace(old.decode().encode("utf-16-be"), new.decode().encode("utf-16-be"))
        font = font.replace(old, new)
    return font


def _standin_windows_fonts(windir: Path) -> Path:
    folder = windir / "Fonts"
    folder.mkdir(parents=True)
    for style, name in WINDOWS_NAMES.items():
        (folder / name).write_bytes(_renamed(F.resource("fonts", F._LIBERATION[style]).read_bytes()))
    return folder


@pytest.fixture
def on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The font lookup on Windows, with a stand-in %WINDIR%\\Fonts; fonts() re-resolved
    before and after (it is cached per process)."""
    folder = _standin_windows_fonts(tmp_path / "Windows")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setattr(F, "sys", types.SimpleNamespace(platform="win32"))
    F.fonts.cache_clear()
    yield folder
    F.fonts.cache_clear()


def _embedded_font_files(pdf: bytes) -> dict[str, bytes]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
    return found


def test_on_windows_times_new_roman_is_taken_from_windir_and_embedded(on_windows: Path, seed_report) -> None:
    chosen = F.fonts()
    assert chosen.family == "Times New Roman"
    for style, name in WINDOWS_NAMES.items():  # registered from the Windows folder's files
        assert Path(pdfmetrics.getFont(getattr(chosen, style)).face.filename) == on_windows / name
    pdf = render_pdf(seed_report)
    embedded = _embedded_font_files(pdf)
    assert len(embedded) == 4
    assert all(data[:4] in (b"\x00\x01\x00\x00", b"true") for data in embedded.values())  # TrueType subsets
    # the PDF names what it embedded: the Windows folder's files, not the bundled font
    assert F.embedded_fonts(pdf) == ["TimesNewRomanPS", "TimesNewRomanPS-Bold", "TimesNewRomanPS-BoldItalic",
                                     "TimesNewRomanPS-Italic"]
    assert not any(b"LiberationSerif" in data for data in embedded.values())


def test_on_windows_without_all_four_files_the_bundled_font_is_used(on_windows: Path, seed_report) -> None:
    (on_windows / "timesbi.ttf").unlink()  # e.g. a trimmed Windows image
    assert F.fonts().family == "Liberation Serif"
    assert all(name.startswith("LiberationSerif") for name in F.embedded_fonts(render_pdf(seed_report)))


def test_on_windows_a_broken_times_file_falls_back_to_the_bundled_font(on_windows: Path, seed_report) -> None:
    (on_windows / "timesi.ttf").write_bytes(b"not a font")
    assert F.fonts().family == "Liberation Serif"
    pdf = render_pdf(seed_report)
    assert len(F.embedded_fonts(pdf)) == 4
    assert all(name.startswith("LiberationSerif") for name in F.embedded_fonts(pdf))


def test_the_windows_lookup_reads_windir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _standin_windows_fonts(tmp_path / "W")
    monkeypatch.setenv("WINDIR", str(tmp_path / "W"))
    assert F._windows_times() == {style: folder / name for style, name in WINDOWS_NAMES.items()}
    monkeypatch.setenv("WINDIR", str(tmp_path / "elsewhere"))
    assert F._windows_times() is None


def test_embedded_fonts_names_what_a_pdf_carries(seed_report) -> None:
    pdf = render_pdf(seed_report)
    names = F.embedded_fonts(pdf)
    assert len(names) == 4
    prefix = "TimesNewRoman" if F.fonts().family == "Times New Roman" else "LiberationSerif"
    assert all(name.startswith(prefix) for name in names), names
    assert F.embedded_fonts(b"%PDF-1.4 no fonts") == []


# --- fontconfig (Linux) -----------------------------------------------------------------------


def _fake_fc_match(tmp_path: Path, family: str, files: dict[str, Path]) -> str:
    script = tmp_path / "fc-match"
    cases = "\n".join(f'  *"{style}") f="{path}";;' for style, path in files.items())
    script.write_text(
        "#!/bin/sh\n"
        'for last; do :; done\n'
        'case "$last" in\n'
        f"{cases}\n"
        "esac\n"
        f'printf "%s\\n%s" "{family}" "$f"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


@pytest.mark.skipif(sys.platform == "win32", reason="fontconfig")
def test_fontconfig_result_is_accepted_only_when_it_really_is_times_new_roman(tmp_path: Path) -> None:
    files = {}
    for style in ("Bold Italic", "Bold", "Italic", "Regular"):  # most specific first for the case
        f = tmp_path / f"{style.replace(' ', '')}.ttf"
        f.write_bytes(b"\0")
        files[style] = f
    assert F._fontconfig_times(_fake_fc_match(tmp_path, "Liberation Serif", files)) is None
    found = F._fontconfig_times(_fake_fc_match(tmp_path, "Times New Roman", files))
    assert found is not None and found["bold_italic"].name == "BoldItalic.ttf" and found["regular"].name == "Regular.ttf"
    same = {style: files["Regular"] for style in files}  # every style falls back to one file
    assert F._fontconfig_times(_fake_fc_match(tmp_path, "Times New Roman", same)) is None


def test_registering_makes_a_whole_family(tmp_path: Path) -> None:
    folder = _standin_windows_fonts(tmp_path)
    registered = F._register("HH-TestWindowsTimes", {s: folder / n for s, n in WINDOWS_NAMES.items()},
                             "Times New Roman")
    assert registered.family == "Times New Roman" and registered.bold_italic == "HH-TestWindowsTimes-bold_italic"
