"""The Windows bundle, worked out from the real Windows wheels (no Windows here):
``packaging/windows/manifest.py`` applies the spec's own selection
(packaging/selection.py) to what PyInstaller collects from the win_amd64 wheels of
exactly the versions packaging/windows/requirements.txt pins. The wheels are
downloaded once (hashes checked) into a cache outside the repository:
$HIENHAO_WHEELS, else ~/.cache/hienhao-wheels/win_amd64.

The selection rules are also checked on both layouts without any wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
REQUIREMENTS = WINDOWS / "requirements.txt"

sys.path.insert(0, str(ROOT / "packaging"))
import selection  # noqa: E402

# ---- the selection rules on both layouts (no wheels needed) --------------------------------

@pytest.mark.parametrize("dest, expected", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", ("platforms", "libqxcb.so")),  # Linux
    ("PySide6/plugins/platforms/qwindows.dll", ("platforms", "qwindows.dll")),  # Windows, as PyInstaller lays it
    ("PySide6\\plugins\\platforms\\qwindows.dll", ("platforms", "qwindows.dll")),  # ... with Windows' separator
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", ("styles", "qmodernwindowsstyle.dll")),
    ("PySide6/Qt6Core.dll", None),
    ("PySide6/Qt/lib/libQt6Core.so.6", None),
    ("PIL/plugins/x/y.pyd", None),
])
def test_qt_plugins_are_recognised_in_both_layouts(dest, expected) -> None:
    assert selection.qt_plugin(dest) == expected


@pytest.mark.parametrize("dest", [
    "PySide6/plugins/platforms/qwindows.dll", "PySide6\\plugins\\platforms\\qoffscreen.dll",
    "PySide6/plugins/imageformats/qico.dll", "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/imageformats/libqico.so",
])
def test_the_plugins_the_program_needs_are_wanted_and_never_taken_for_a_plain_library(dest) -> None:
    # a plain library is kept only when something links it: nothing links a plugin
    assert selection.wanted(dest)
    assert not selection.is_library(dest)


@pytest.mark.parametrize("dest", ["PySide6/Qt6Pdf.dll", "PySide6\\Qt6PrintSupport.dll", "PySide6/Qt6Network.dll",
                                  "PySide6/Qt/lib/libQt6Pdf.so.6"])
def test_the_libraries_the_program_needs_are_wanted(dest) -> None:
    assert selection.wanted(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
])
def test_the_linux_input_methods_are_wanted(dest) -> None:
    assert selection.wanted(dest)


@pytest.mark.parametrize("dest", [
    # Qt's on-screen keyboard: a plugin of Essentials whose libraries come with Addons
    "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/translations/qtbase_de.qm", "PySide6\\translations\\qt_fr.qm", "PySide6/Qt/translations/qt_fr.qm",
    "PySide6/qml/QtQuick/qmldir", "PySide6/resources/icudtl.dat",
    "PySide6/plugins/platforms/qdirect2d.dll", "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/plugins/sqldrivers/qsqlite.dll", "PySide6/Qt6Quick.dll", "PySide6/Qt/lib/libQt6Quick.so.6",
])
def test_what_the_program_never_loads_is_not_wanted_on_either_layout(dest) -> None:
    assert not selection.wanted(dest)


def test_a_plugin_is_kept_though_nothing_links_it() -> None:
    binaries = [
        ("PySide6/plugins/platforms/qwindows.dll", "qwindows", "BINARY"),
        ("PySide6/Qt6Gui.dll", "gui", "BINARY"),
        ("PySide6/Qt6Core.dll", "core", "BINARY"),
        ("PySide6/Qt6Svg.dll", "svg", "BINARY"),  # linked by nothing kept
    ]
    links = {"qwindows": ["Qt6Gui.dll", "KERNEL32.dll"], "gui": ["Qt6Core.dll"], "core": [], "svg": ["Qt6Core.dll"]}
    kept = selection.linked_only(binaries, lambda src: links[src])
    assert [dest for dest, _src, _kind in kept] == [
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6Core.dll"]


def test_a_kept_file_linking_a_library_left_out_stops_the_selection() -> None:
    binaries = [
        ("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll", "vkb", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "qwindows", "BINARY"),
        ("PySide6/Qt6VirtualKeyboard.dll", "vk", "BINARY"),
        ("PySide6/Qt6Gui.dll", "gui", "BINARY"),
    ]
    links = {"vkb": ["Qt6VirtualKeyboard.dll", "Qt6Gui.dll"], "qwindows": ["Qt6Gui.dll"], "vk": ["Qt6Gui.dll"],
             "gui": []}
    assert selection.unloadable(binaries[1:2] + binaries[3:], binaries, lambda src: links[src]) == {}
    broken = [binaries[0], binaries[1], binaries[3]]  # the plugin kept, its library not
    assert selection.unloadable(broken, binaries, lambda src: links[src]) == {
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll": ["Qt6VirtualKeyboard.dll"]}
    # the rules themselves leave the keyboard plugin out, so select() goes through
    kept, _datas = selection.select(binaries, [], lambda src: links[src])
    assert [dest for dest, _src, _kind in kept] == ["PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Gui.dll"]
    # a folder kept whole would keep it, and then the selection refuses
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(selection.KEPT_PLUGINS, "platforminputcontexts", None)
        with pytest.raises(selection.SelectionError, match="qtvirtualkeyboardplugin.dll links Qt6VirtualKeyboard"):
            selection.select(binaries, [], lambda src: links[src])


def test_only_qtpdf_is_taken_from_addons() -> None:
    addons = ["PySide6/Qt6Pdf.dll", "PySide6/Qt6PdfWidgets.dll", "PySide6/QtPdf.pyd", "PySide6/Qt6PdfQuick.dll",
              "PySide6/Qt6WebEngineCore.dll", "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
              "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/QtPdfWidgets.abi3.so", "PySide6/Qt/lib/libQt6Charts.so.6"]
    bundle = ["PySide6\\Qt6Pdf.dll", "PySide6\\QtPdf.pyd", "PySide6\\Qt6Core.dll", "PySide6\\Qt6PdfQuick.dll",
              "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/QtPdfWidgets.abi3.so", "PySide6/Qt/lib/libQt6Charts.so.6"]
    assert selection.stray_addons(bundle, addons) == ["PySide6/Qt/lib/libQt6Charts.so.6", "PySide6\\Qt6PdfQuick.dll"]


def _wheel(folder: Path, name: str, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(folder / name, "w") as archive:
        for member, data in files.items():
            archive.writestr(member, data)


def test_the_manifest_reads_only_the_pinned_wheels(tmp_path: Path) -> None:
    sys.path.insert(0, str(WINDOWS))
    try:
        import manifest
    finally:
        sys.path.remove(str(WINDOWS))
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# header\nPySide6-Essentials==6.11.3 \\\n    --hash=sha256:00\n"
                            "pyside6_addons==6.11.3 \\\n    --hash=sha256:11\n    # via x\n", encoding="utf-8")
    pins = manifest.read_pins(requirements)
    assert pins == {"pyside6-essentials": "6.11.3", "pyside6-addons": "6.11.3"}
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels, "pyside6_essentials-6.11.3-cp310-abi3-win_amd64.whl", {"PySide6/Qt6Core.dll": b"new"})
    _wheel(wheels, "pyside6_essentials-6.12.0-cp310-abi3-win_amd64.whl",
           {"PySide6/Qt6Core.dll": b"old", "PySide6/plugins/styles/only612.dll": b""})
    _wheel(wheels, "pyside6_pdf-6.12.0.140-cp310-abi3-win_amd64.whl", {"PySide6/QtPdf.pyd": b"old"})
    with pytest.raises(manifest.ManifestError, match="no wheel of pyside6-addons==6.11.3"):
        manifest.Wheels.open(wheels, pins)
    _wheel(wheels, "pyside6_addons-6.11.3-cp310-abi3-win_amd64.whl", {"PySide6/QtPdf.pyd": b"new"})
    opened = manifest.Wheels.open(wheels, pins)
    assert opened.read("PySide6/Qt6Core.dll") == b"new" and opened.read("PySide6/QtPdf.pyd") == b"new"
    assert not opened.has("PySide6/plugins/styles/only612.dll")
    assert sorted(p.name for p in opened.ignored) == ["pyside6_essentials-6.12.0-cp310-abi3-win_amd64.whl",
                                                      "pyside6_pdf-6.12.0.140-cp310-abi3-win_amd64.whl"]
    assert opened.of("PySide6-Addons") == ["PySide6/QtPdf.pyd"]


# ---- the manifest of the real Windows wheels ----------------------------------------------


def _pins() -> dict[str, str]:
    pins = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            name, version = line.split("\\")[0].strip().split("==")
            pins[name.lower()] = version
    return pins


@pytest.fixture(scope="module")
def windows_wheels() -> Path:
    """The pinned win_amd64 wheels (downloaded once, hashes checked by pip)."""
    folder = Path(os.environ.get("HIENHAO_WHEELS") or Path.home() / ".cache" / "hienhao-wheels" / "win_amd64")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "-r", str(REQUIREMENTS), "--no-deps",
         "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311",
         "--only-binary=:all:", "-d", str(folder)],
        capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        pytest.skip(f"the Windows wheels could not be fetched into {folder} (no package index reachable?): "
                    f"{result.stderr.strip().splitlines()[-1:]}")
    return folder


@pytest.fixture(scope="module")
def manifest(windows_wheels: Path) -> list[str]:
    result = subprocess.run([sys.executable, str(WINDOWS / "manifest.py"), "--wheels", str(windows_wheels)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _wheel_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Lower-case path in site-packages -> (wheel, member), for the pinned wheels."""
    pins = _pins()
    files: dict[str, tuple[Path, str]] = {}
    for wheel in sorted(folder.glob("*.whl")):
        name, version = wheel.name.split("-")[:2]
        if pins.get(name.lower().replace("_", "-")) != version:
            continue  # another version left in the cache
        for member in zipfile.ZipFile(wheel).namelist():
            files.setdefault(member.lower(), (wheel, member))
    return files


def test_the_cached_wheels_are_the_pinned_ones(windows_wheels: Path) -> None:
    pins = _pins()
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "reportlab", "openpyxl", "pillow", "platformdirs",
            "pyinstaller"} <= set(pins)
    found = {w.name.split("-")[0].lower().replace("_", "-"): w.name.split("-")[1] for w in windows_wheels.glob("*.whl")
             if pins.get(w.name.split("-")[0].lower().replace("_", "-")) == w.name.split("-")[1]}
    assert found == pins


def test_the_windows_bundle_has_its_platform_style_and_icon_plugins(manifest: list[str]) -> None:
    lines = set(manifest)
    assert "_internal\\PySide6\\plugins\\platforms\\qwindows.dll" in lines
    assert "_internal\\PySide6\\plugins\\platforms\\qoffscreen.dll" in lines  # --selftest without a screen
    assert "_internal\\PySide6\\plugins\\styles\\qmodernwindowsstyle.dll" in lines  # the Windows 11 style
    assert "_internal\\PySide6\\plugins\\imageformats\\qico.dll" in lines
    assert "hienhao-desktop.exe" in lines and "hienhao-cli.exe" in lines
    assert not any(line.startswith("_internal\\PySide6\\translations\\") for line in lines)  # none Vietnamese
    assert "_internal\\PySide6\\opengl32sw.dll" not in lines  # software OpenGL: the widgets paint without it
    assert not any(line.startswith("_internal\\PySide6\\qml\\") for line in lines)


def test_the_windows_bundle_takes_only_qtpdf_from_addons(manifest: list[str], windows_wheels: Path) -> None:
    files = _wheel_files(windows_wheels)
    (addons_wheel,) = {wheel for wheel, _member in files.values() if wheel.name.lower().startswith("pyside6_addons-")}
    addons = [member for member in zipfile.ZipFile(addons_wheel).namelist() if ".dist-info/" not in member]
    inside = [line.removeprefix("_internal\\") for line in manifest]
    from_addons = sorted(line for line in inside if line.replace("\\", "/") in addons)
    assert from_addons == ["PySide6\\Qt6Pdf.dll", "PySide6\\Qt6PdfWidgets.dll", "PySide6\\QtPdf.pyd",
                           "PySide6\\QtPdfWidgets.pyd"]
    assert selection.stray_addons(inside, addons) == []
    assert not any("platforminputcontexts" in line for line in manifest)  # Windows' IME is in qwindows


def test_the_windows_bundle_can_print_and_preview_pdf(manifest: list[str], windows_wheels: Path) -> None:
    import pefile

    lines = set(manifest)
    for name in ("Qt6PrintSupport.dll", "QtPrintSupport.pyd", "Qt6Pdf.dll", "Qt6PdfWidgets.dll", "QtPdf.pyd",
                 "QtPdfWidgets.pyd", "Qt6Widgets.dll", "Qt6Gui.dll", "Qt6Core.dll"):
        assert f"_internal\\PySide6\\{name}" in lines, name
    files = _wheel_files(windows_wheels)
    # Print support plugins, if the wheels have any, are all there; Qt 6 on Windows has
    # the Windows print system built into Qt6PrintSupport.dll (it imports the spooler).
    for path in files:
        if path.startswith("pyside6/plugins/printsupport/"):
            assert "_internal\\" + files[path][1].replace("/", "\\") in lines
    wheel, member = files["pyside6/qt6printsupport.dll"]
    pe = pefile.PE(data=zipfile.ZipFile(wheel).read(member))
    assert "winspool.drv" in {entry.dll.decode().lower() for entry in pe.DIRECTORY_ENTRY_IMPORT}


def test_every_dll_a_listed_binary_imports_from_the_wheels_is_listed(manifest: list[str], windows_wheels: Path) -> None:
    """Read independently of the manifest's own code: each listed .dll/.pyd's import and
    delay-load tables (pefile); a DLL that the wheels contain must be in the bundle."""
    import pefile

    files = _wheel_files(windows_wheels)
    listed = {PurePosixPath(line.replace("\\", "/")).name.lower() for line in manifest}
    in_wheels = {PurePosixPath(path).name for path in files}
    binaries = [line for line in manifest if line.lower().endswith((".dll", ".pyd")) and line.startswith("_internal\\")]
    assert len(binaries) > 20
    missing: dict[str, list[str]] = {}
    checked = 0
    for line in binaries:
        key = line.removeprefix("_internal\\").replace("\\", "/").lower()
        if key not in files:
            continue  # not from a wheel
        wheel, member = files[key]
        pe = pefile.PE(data=zipfile.ZipFile(wheel).read(member), fast_load=True)
        pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
                                               pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
        checked += 1
        for table in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT"):
            for entry in getattr(pe, table, []):
                dll = entry.dll.decode().lower()
                if dll in in_wheels and dll not in listed:
                    missing.setdefault(line, []).append(dll)
    assert checked > 20
    assert not missing, missing


def test_the_program_and_its_files_are_listed(manifest: list[str]) -> None:
    lines = set(manifest)
    assert "_internal\\hienhao_desktop\\resources\\fonts\\LiberationSerif-Regular.ttf" in lines
    assert "_internal\\hienhao_desktop\\resources\\samples\\seed-report.json" in lines
    assert "_internal\\hienhao_desktop\\translations\\hienhao_desktop_vi.qm" in lines
    assert "_internal\\PIL\\_imaging.cp311-win_amd64.pyd" in lines  # reportlab's images
    assert not any("_avif" in line or "_webp" in line for line in lines)  # excluded by the spec


def test_compare_names_a_listed_file_the_built_bundle_lacks(manifest: list[str], windows_wheels: Path,
                                                             tmp_path: Path) -> None:
    """What build.ps1 runs on Windows after PyInstaller: the real bundle against the manifest."""
    bundle = tmp_path / "hienhao-desktop"
    for line in manifest + ["_internal\\python311.dll", "_internal\\base_library.zip"]:  # Python's own, not listed
        path = bundle.joinpath(*line.split("\\"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")

    def compare() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(WINDOWS / "manifest.py"), "--wheels", str(windows_wheels),
                               "--compare", str(bundle)], capture_output=True, text=True, timeout=300)

    result = compare()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 more files there" in result.stderr
    bundle.joinpath("_internal", "PySide6", "plugins", "platforms", "qwindows.dll").unlink()
    result = compare()
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["missing: _internal\\PySide6\\plugins\\platforms\\qwindows.dll"]
    bundle.joinpath("_internal", "PySide6", "plugins", "platforms", "qwindows.dll").write_bytes(b"")
    bundle.joinpath("_internal", "PySide6", "Qt6WebEngineCore.dll").write_bytes(b"")  # PyInstaller took more
    result = compare()
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["not QtPdf, from PySide6-Addons: _internal\\PySide6\\Qt6WebEngineCore.dll"]


def test_the_build_script_is_plain_ascii() -> None:
    # Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page.
    assert all(byte < 128 for byte in (WINDOWS / "build.ps1").read_bytes())
