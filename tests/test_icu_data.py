"""packaging/icu_data.py: the Linux bundle's ICU data library, trimmed to Vietnamese
and English. Read from PySide6's own library, rebuilt byte for byte, trimmed, built
with gcc, and then used by the real program (its --selftest checks Vietnamese
upper-casing and collation through Qt, which runs on ICU on Linux)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
assert _spec is not None and _spec.loader is not None
icu_data = importlib.util.module_from_spec(_spec)
sys.modules["icu_data"] = icu_data  # dataclasses look the module up by name
_spec.loader.exec_module(icu_data)


def _pyside_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


ICU = _pyside_icu_data() if sys.platform.startswith("linux") else None
needs_icu = pytest.mark.skipif(ICU is None, reason="PySide6 brings ICU's data library on Linux only")
needs_gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc builds the library (scripts/setup --test)")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/vi.res", True),
        ("icudt73l/en.res", True),
        ("icudt73l/en_150.res", True),
        ("icudt73l/en_US_POSIX.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/nfc.nrm", True),
        ("icudt73l/uprops.icu", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/vi.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/brkitr/line.brk", True),
        ("icudt73l/brkitr/root.res", True),
        ("icudt73l/curr/pool.res", True),
        ("icudt73l/zone/vi.res", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/yue_Hant_HK.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/unit/de_AT.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/brkitr/thaidict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/translit/vi_vi_Latn.res", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/ibm-1375_P100-2008.cnv", False),
    ],
)
def test_which_items_the_bundle_keeps(name: str, kept: bool) -> None:
    assert icu_data.wanted(name) is kept


def test_a_package_round_trips_and_trims() -> None:
    items = (("icudt73l/a.res", b"A" * 20), ("icudt73l/fr.res", b"F" * 16), ("icudt73l/vi.res", b"V" * 3))
    header = b"\x20\x00\xda\x27" + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD\x01\x00\x00\x00" + b"\0" * 12
    blob = icu_data.build_package(icu_data.Package(header, items))
    package = icu_data.parse_package(blob)
    assert [name for name, _ in package.items] == [name for name, _ in items]
    assert [data.rstrip(b"\xaa") for _, data in package.items] == [data for _, data in items]
    assert icu_data.build_package(package) == blob
    trimmed = icu_data.parse_package(icu_data.build_package(icu_data.trim(package)))
    assert [name for name, _ in trimmed.items] == ["icudt73l/a.res", "icudt73l/vi.res"]


def test_what_is_not_icu_data_is_refused(tmp_path: Path) -> None:
    with pytest.raises(icu_data.IcuDataError, match="bad magic"):
        icu_data.parse_package(b"\0" * 64)
    text = tmp_path / "libicudata.so.73"
    text.write_text("not a library")
    with pytest.raises(icu_data.IcuDataError, match="not a 64-bit little-endian ELF"):
        icu_data.read_library(text)


@needs_icu
def test_pysides_library_is_read_and_rebuilt_byte_for_byte() -> None:
    assert ICU is not None
    symbol, blob = icu_data.read_library(ICU)
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    package = icu_data.parse_package(blob)
    assert len(package.items) > 1000
    assert icu_data.build_package(package) == blob
    names = [name for name, _ in package.items]
    assert names == sorted(names)  # ICU finds items by binary search


@needs_icu
def test_a_library_without_the_data_symbol_is_refused() -> None:
    assert ICU is not None
    other = ICU.with_name(ICU.name.replace("icudata", "icuuc"))
    with pytest.raises(icu_data.IcuDataError, match="no icudtNN_dat symbol"):
        icu_data.read_library(other)


def _trimmed(tmp_path: Path, languages: tuple[str, ...] = icu_data.KEPT_LANGUAGES) -> tuple[Path, int, int]:
    """PySide6's ICU data library trimmed to ``languages``, alone in a folder of its own:
    (the library, data size before, after)."""
    assert ICU is not None
    folder = tmp_path / "lib"
    folder.mkdir()
    before, after = icu_data.trim_library(ICU, folder / ICU.name, languages=languages)
    return folder / ICU.name, before, after


def _selftest_with(library_folder: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The program's --selftest with ICU's data taken from ``library_folder``
    (LD_LIBRARY_PATH goes before Qt's RUNPATH)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(library_folder), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "hienhao_desktop", "--selftest"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


@needs_icu
@needs_gcc
@pytest.mark.slow
def test_the_trimmed_library_serves_the_program(tmp_path: Path) -> None:
    out, before, after = _trimmed(tmp_path)
    assert after < before / 5, (before, after)
    assert out.stat().st_size < 6_000_000
    symbol, blob = icu_data.read_library(out)
    kept = {name.split("/", 1)[1] for name, _ in icu_data.parse_package(blob).items}
    assert {"coll/vi.res", "coll/ucadata.icu", "vi.res", "en.res", "root.res", "pool.res"} <= kept
    assert not any(name.endswith((".cnv", ".dict")) or name.startswith("translit/") for name in kept)

    # (The next test shows the program really takes ICU's data from that folder.)
    result = _selftest_with(out.parent, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: Vietnamese text (upper case, collation)" in result.stdout


@needs_icu
@needs_gcc
@pytest.mark.slow
def test_the_selftest_notices_a_library_without_vietnamese(tmp_path: Path) -> None:
    out, _before, _after = _trimmed(tmp_path, languages=("en",))
    result = _selftest_with(out.parent, tmp_path)
    assert result.returncode == 1
    assert "FAILED at step 'text': Qt sorts Vietnamese wrongly" in result.stderr
