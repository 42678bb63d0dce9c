"""What goes into the PyInstaller bundle: the selection rules of
packaging/hienhao-desktop.spec, in a module of their own so that
packaging/windows/manifest.py applies the very same code to the Windows wheels'
layout on a machine that cannot run the Windows build.

Nothing here imports PyInstaller: the spec hands in what PyInstaller collected (TOC
entries ``(dest, src, kind)``), and a function that tells which libraries a binary
links (``objdump`` on Linux, the PE import table on Windows).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

PACKAGE = "hienhao_desktop"

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (dest, src, typecode)


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file the program reads at run
    time, laid out as in the installed package so resources.folder() finds them."""
    found: list[tuple[str, str]] = []
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            dest = Path(PACKAGE, "resources", path.parent.relative_to(root / "resources"))
            found.append((str(path), dest.as_posix()))
    for path in sorted((root / "translations").glob("*.qm")):
        found.append((str(path), f"{PACKAGE}/translations"))
    return found


# Python packages never needed at run time (tests, build tools, unused Qt modules).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "readline",
    "pytest", "_pytest", "pytestqt", "hypothesis", "xdist", "pypdf", "pdfplumber", "pdfminer", "pypdfium2",
    "importlinter", "grimp", "mypy", "ruff", "setuptools", "pkg_resources", "pip", "wheel",
    "numpy", "IPython", "matplotlib",
    # text shaping is not used (the PDF composes Vietnamese to NFC instead), nor are CJK codecs
    "uharfbuzz", "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
    "encodings.cp932", "encodings.cp949", "encodings.cp950", "encodings.euc_jis_2004", "encodings.euc_jisx0213",
    "encodings.euc_jp", "encodings.euc_kr", "encodings.gb18030", "encodings.gb2312", "encodings.gbk",
    "encodings.hz", "encodings.iso2022_jp", "encodings.iso2022_jp_1", "encodings.iso2022_jp_2",
    "encodings.iso2022_jp_2004", "encodings.iso2022_jp_3", "encodings.iso2022_jp_ext", "encodings.iso2022_kr",
    "encodings.johab", "encodings.shift_jis", "encodings.shift_jis_2004", "encodings.shift_jisx0213",
    "encodings.big5", "encodings.big5hkscs",
    # Pillow (reportlab's image support) reads PNG and JPEG here; not AVIF, WebP, colour profiles, Tk
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms",
    "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # no network: urllib and http.client work without ssl; hashlib falls back to its own SHA-256
    "ssl", "_ssl", "_hashlib",
    # (PySide6.QtNetwork stays: its local sockets call the open window forward, ui/instance.py)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtXml", "PySide6.QtConcurrent",
]

# Qt plugins kept, by plugin folder; every other plugin folder is dropped whole.
KEPT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # offscreen for --selftest and headless use; xcb (X11, and XWayland) on Linux;
    # windows on Windows. No wayland, eglfs, linuxfb, vnc, minimal.
    "platforms": ("offscreen", "xcb", "windows"),
    "imageformats": ("ico",),  # PNG is built into QtGui; nothing else is read
    # Vietnamese input methods on Linux (Windows' IME is built into qwindows). Not
    # qtvirtualkeyboard: Qt's on-screen keyboard, a Qt Quick plugin whose libraries come
    # with PySide6-Addons and are left out (it could not load).
    "platforminputcontexts": ("compose", "ibus"),
    "printsupport": None,  # CUPS on Linux
    "styles": None,  # qmodernwindowsstyle: the Windows 11 style (and Windows 10's "windowsvista")
}

# Qt libraries that hooks may pull in and the program never loads.
EXCLUDED_QT_LIBRARIES = (
    # not Qt6Network: libQt6Pdf links it
    "Qt6Quick", "Qt6Qml", "Qt6QmlModels", "Qt6QmlMeta", "Qt6QmlWorkerScript", "Qt6OpenGL",
    "Qt6Svg", "Qt6VirtualKeyboard", "Qt6WaylandClient", "Qt6WaylandEgl", "Qt6WlShell", "Qt6EglFS",
    "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Charts", "Qt6DataVisualization", "Qt6Sql", "Qt6Test",
    "Qt6Designer", "Qt6Help", "Qt6PdfQuick",
)

# What the bundle takes from PySide6-Addons (installed for QtPdf, which 6.11 ships there):
# the PDF document and view, their Python modules and nothing else (no WebEngine, 3D,
# Multimedia, Charts, ... nor their plugins, QML and resources). File stems, lower case,
# without "lib" and the suffixes: libQt6Pdf.so.6, Qt6Pdf.dll, QtPdf.abi3.so, QtPdf.pyd.
ADDONS_KEPT = frozenset({"qt6pdf", "qt6pdfwidgets", "qtpdf", "qtpdfwidgets"})

# Linked by kept files, but left to the system (Linux). CUPS must match the system's
# print service and pulls in GnuTLS, Kerberos, Avahi... (12 MB): without libcups2 the
# program runs and only printing is unavailable. libdbus-1 must match the system's
# D-Bus and pulls in libsystemd and libgcrypt (3 MB); every Linux desktop has it.
SYSTEM_LIBRARIES = {"libcups.so.2", "libdbus-1.so.3"}


class SelectionError(Exception):
    """The selection would make a bundle that cannot work; the message says which file."""


def parts(dest: str) -> tuple[str, ...]:
    """The parts of a path in the bundle, whichever separator it uses: the spec runs on
    Windows (backslashes) and Linux, and manifest.py reads Windows paths on Linux."""
    return tuple(p for p in dest.replace("\\", "/").split("/") if p not in ("", "."))


def qt_relative(dest: str) -> tuple[str, ...] | None:
    """The path inside Qt's folder of the bundle, or None outside it. PyInstaller keeps
    the wheels' layout: ``PySide6/Qt/`` (plugins/, lib/, translations/) on Linux and
    macOS, ``PySide6/`` itself on Windows (plugins\\, translations\\, the DLLs)."""
    path = parts(dest)
    lower = [p.lower() for p in path]
    if lower[:2] == ["pyside6", "qt"]:
        return path[2:]
    if lower[:1] == ["pyside6"]:
        return path[1:]
    return None


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """(plugin folder, file name) when ``dest`` is a Qt plugin in the bundle:
    ``PySide6/Qt/plugins/platforms/libqxcb.so`` (Linux) or
    ``PySide6\\plugins\\platforms\\qwindows.dll`` (Windows)."""
    inside = qt_relative(dest)
    if inside is not None and len(inside) >= 3 and inside[0].lower() == "plugins":
        return inside[1], inside[-1]
    return None


def wanted(dest: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    inside = qt_relative(dest)
    if inside and len(inside) > 1 and inside[0].lower() in {"translations", "qml", "resources"}:
        return False  # Qt's own translations (none is Vietnamese); QML modules; WebEngine resources
    plugin = qt_plugin(dest)
    if plugin is not None:
        folder, file_name = plugin
        if folder not in KEPT_PLUGINS:
            return False
        keep = KEPT_PLUGINS[folder]
        return keep is None or any(k in file_name.lower() for k in keep)
    stem = parts(dest)[-1].split(".")[0].removeprefix("lib")
    return not any(stem.startswith(lib) for lib in EXCLUDED_QT_LIBRARIES)


def is_library(dest: str) -> bool:
    """A plain shared library (kept only when something kept links it), as opposed to
    a Python extension module, a Qt plugin or the Python library itself.

    So a library that nothing links is left out even when a hook collected it. On
    Windows that is ``opengl32sw.dll`` (20 MB, Mesa's software OpenGL, which Qt loads
    only when a program asks for an OpenGL context: Qt Quick, QOpenGLWidget; this
    program's widgets and QPdfView paint with the raster engine)."""
    path = parts(dest)
    name = path[-1].lower()
    if qt_plugin(dest) is not None or "lib-dynload" in path or name.startswith(("libpython", "python3")):
        return False
    if name.endswith((".pyd", ".abi3.so")) or ".cpython-" in name:
        return False
    return name.endswith(".dll") or ".so" in name or name.endswith(".dylib")


def pe_imports(file: str | bytes) -> list[str]:
    """The DLLs a Windows binary (a path, or its bytes) links: its import table, its
    delay-load table (loaded at first use, but needed all the same) and the DLLs its
    exports forward to. Read with pefile (PyInstaller's own dependency on Windows)."""
    import pefile

    directories = [pefile.DIRECTORY_ENTRY[name] for name in (
        "IMAGE_DIRECTORY_ENTRY_IMPORT", "IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT", "IMAGE_DIRECTORY_ENTRY_EXPORT")]
    pe = pefile.PE(data=file, fast_load=True) if isinstance(file, bytes) else pefile.PE(file, fast_load=True)
    try:
        pe.parse_data_directories(directories=directories)
        names = [entry.dll.decode("ascii", "replace")
                 for table in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT")
                 for entry in getattr(pe, table, [])]
        exports = getattr(pe, "DIRECTORY_ENTRY_EXPORT", None)
        for symbol in exports.symbols if exports else []:
            if symbol.forwarder:
                names.append(symbol.forwarder.decode("ascii", "replace").split(".")[0] + ".dll")
    finally:
        pe.close()
    return list(dict.fromkeys(names))


def direct_imports(path: str) -> list[str]:
    """The libraries a binary links directly. (PyInstaller's get_imports gives the
    whole ldd closure on Linux, which would keep CUPS' dependencies.)"""
    if sys.platform.startswith("linux"):
        out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
        return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]
    if sys.platform == "win32":
        try:
            return pe_imports(path)
        except Exception:  # noqa: BLE001 - an unreadable file links nothing we know of
            return []
    from PyInstaller.depend.bindepend import get_imports

    try:
        return [name for name, _path in get_imports(path)]
    except Exception:  # noqa: BLE001 - an unreadable file links nothing we know of
        return []


def linked_only(binaries: Iterable[Entry], imports: Callable[[str], list[str]] = direct_imports) -> list[Entry]:
    """Drop the libraries that only the dropped plugins needed (GTK for the GTK
    theme, Wayland, ...): keep a library only when a kept file links it.
    ``imports(src)`` names the libraries the file ``src`` links."""
    binaries = list(binaries)
    by_name = {parts(dest)[-1].lower(): (dest, src, kind) for dest, src, kind in binaries}
    keep = {parts(dest)[-1].lower() for dest, _src, _kind in binaries if not is_library(dest)}
    todo = list(keep)
    while todo:
        _dest, src, _kind = by_name[todo.pop()]
        for name in imports(src):
            name = parts(name)[-1].lower()
            if name in by_name and name not in keep and name not in SYSTEM_LIBRARIES:
                keep.add(name)
                todo.append(name)
    return [entry for entry in binaries if parts(entry[0])[-1].lower() in keep]


def unloadable(kept: Iterable[Entry], binaries: Iterable[Entry],
               imports: Callable[[str], list[str]] = direct_imports) -> dict[str, list[str]]:
    """Kept files that link a library PyInstaller collected but the selection left out
    (SYSTEM_LIBRARIES aside): such a plugin or module could not load. Name -> libraries."""
    kept = list(kept)
    kept_names = {parts(dest)[-1].lower() for dest, _src, _kind in kept}
    dropped = {parts(dest)[-1].lower() for dest, _src, _kind in binaries} - kept_names - SYSTEM_LIBRARIES
    found: dict[str, list[str]] = {}
    for dest, src, _kind in kept:
        missing = [name for name in imports(src) if parts(name)[-1].lower() in dropped]
        if missing:
            found[dest] = missing
    return found


def addons_stem(name: str) -> str:
    """A file name as ADDONS_KEPT spells it: libQt6Pdf.so.6 -> qt6pdf, QtPdf.pyd -> qtpdf."""
    return parts(name)[-1].split(".")[0].lower().removeprefix("lib")


def stray_addons(bundle_files: Iterable[str], addons_files: Iterable[str]) -> list[str]:
    """The bundle's files that come from the PySide6-Addons wheel and are not QtPdf's.
    Both are paths inside site-packages / the bundle's _internal folder, either separator."""
    from_addons = {"/".join(parts(path)).lower() for path in addons_files}
    return sorted(path for path in bundle_files
                  if "/".join(parts(path)).lower() in from_addons and addons_stem(path) not in ADDONS_KEPT)


def trimmed_icu(binaries: list[Entry], workpath: Path) -> list[Entry]:
    """On Linux, ICU's 32 MB data library replaced by a copy holding only what a
    Vietnamese/English program uses (packaging/icu_data.py says what goes; about
    4.5 MB). HIENHAO_FULL_ICU=1 keeps the whole library."""
    if not sys.platform.startswith("linux") or os.environ.get("HIENHAO_FULL_ICU") == "1":
        return binaries
    from icu_data import IcuDataError, trim_library

    out = []
    for dest, src, kind in binaries:
        if Path(dest).name.startswith("libicudata.so"):
            trimmed = workpath / "icu" / Path(dest).name
            trimmed.parent.mkdir(parents=True, exist_ok=True)
            try:
                before, after = trim_library(Path(src), trimmed)
            except (OSError, IcuDataError) as exc:
                raise SystemExit(f"hienhao-desktop.spec: cannot trim ICU's data ({exc}); "
                                 "HIENHAO_FULL_ICU=1 builds with the whole library") from exc
            print(f"hienhao-desktop.spec: {Path(dest).name}: ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
            src = str(trimmed)
        out.append((dest, src, kind))
    return out


def select(binaries: Iterable[Entry], datas: Iterable[Entry], imports: Callable[[str], list[str]] = direct_imports,
           workpath: Path | None = None) -> tuple[list[Entry], list[Entry]]:
    """The spec's whole selection: (binaries, datas) that go into the bundle.
    SelectionError when a kept file links a library that was left out."""
    binaries = list(binaries)
    cache: dict[str, list[str]] = {}

    def linked(src: str) -> list[str]:
        if src not in cache:
            cache[src] = imports(src)
        return cache[src]

    kept = linked_only([entry for entry in binaries if wanted(entry[0])], linked)
    broken = unloadable(kept, binaries, linked)
    if broken:
        raise SelectionError("kept files link libraries the selection leaves out (they could not load): " + "; ".join(
            f"{dest} links {', '.join(names)}" for dest, names in sorted(broken.items())))
    if workpath is not None:
        kept = trimmed_icu(kept, workpath)
    return kept, [entry for entry in datas if wanted(entry[0])]
