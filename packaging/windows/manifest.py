"""The files of the Windows bundle, worked out on any machine from the Windows wheels.

    python packaging/windows/manifest.py --wheels DIR [--sizes] [--compare BUNDLE]

DIR holds the win_amd64 wheels of exactly the versions packaging/windows/
requirements.txt pins (``pip download -r packaging/windows/requirements.txt
--platform win_amd64 --python-version 3.11 --implementation cp --abi cp311
--only-binary=:all: --no-deps -d DIR``); other wheels there (other versions left by an
earlier download) are ignored, and a pinned one that is missing is an error
(``--requirements FILE`` reads the pins from another file). Prints one path a line, as the bundle folder
``dist\\hienhao-desktop\\`` will hold it: the two programs and, under ``_internal\\``,
every file that comes from the wheels and the project. ``--sizes`` puts the size in
bytes before each path (tab-separated). A summary goes to standard error.
``--compare BUNDLE`` (on Windows, after the build: packaging/windows/build.ps1) checks a
built bundle folder against it instead: exit status 1, naming them, when a listed file
is missing; files the bundle has beyond the list (Python's own) are counted.

How: PyInstaller cannot run for Windows here, so this does what its Qt hooks and its
binary dependency analysis do on Windows, on the wheels' own files, with PyInstaller's
own table of which plugin folders each Qt module needs (read from the pinned
PyInstaller wheel) and the PE import tables of the DLLs (pefile). Then it applies the
spec's own selection (packaging/selection.py: ``select``), exactly as the spec does.

Not listed, because they are not in any wheel: Python's own runtime (python311.dll,
python3.dll, vcruntime140*.dll of the Python installation, the standard library's
extension modules and their DLLs) and the pure-Python modules, which PyInstaller
packs into the programs' archive. Extension modules of the other wheels (Pillow,
charset_normalizer) are listed whenever the spec does not exclude them; PyInstaller
takes only those that are imported, so the bundle may hold fewer of them.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import posixpath
import re
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REQUIREMENTS = HERE / "requirements.txt"
sys.path.insert(0, str(HERE.parent))  # packaging/: selection

import selection  # noqa: E402

QT = "PySide6"
# What PySide6's __init__.py adds to the DLL search path on Windows (after Python's own
# folder, which PyInstaller searches first): shiboken6 (os.add_dll_directory), then
# PySide6 itself (PATH).
SEARCH_FOLDERS = ("shiboken6", QT)
# DLLs the Python installation has in its own folder (found there first).
PYTHON_FOLDER_DLLS = {"python3.dll", "python311.dll", "vcruntime140.dll", "vcruntime140_1.dll"}
MODULES_INFO = "PyInstaller/utils/hooks/qt/_modules_info.py"


class ManifestError(Exception):
    """The wheels folder cannot give a manifest; the message says why."""


def distribution(name: str) -> str:
    """A distribution's name as pins and wheel file names compare: PySide6_Addons,
    pyside6-addons -> pyside6-addons."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(requirements: Path) -> dict[str, str]:
    """name -> version of every ``name==version`` line of a pip requirements file
    (hash continuation lines and comments skipped)."""
    pins: dict[str, str] = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith((" ", "#", "-")):
            name, version = line.split("\\")[0].split(";")[0].strip().split("==")
            pins[distribution(name)] = version.strip()
    return pins


def pinned_wheels(folder: Path, pins: dict[str, str]) -> tuple[list[Path], list[Path]]:
    """(the wheels of the pinned versions, the other wheels) in ``folder``; a pinned
    distribution with no wheel there is a ManifestError."""
    chosen: dict[str, Path] = {}
    others: list[Path] = []
    for path in sorted(folder.glob("*.whl")):
        name, version = path.name.split("-")[:2]
        if pins.get(distribution(name)) == version and distribution(name) not in chosen:
            chosen[distribution(name)] = path
        else:
            others.append(path)
    missing = sorted(f"{name}=={version}" for name, version in pins.items() if name not in chosen)
    if missing:
        raise ManifestError(f"{folder}: no wheel of {', '.join(missing)} (download the pinned wheels: "
                            "see manifest.py --help)")
    return [chosen[name] for name in sorted(chosen)], others


@dataclass
class Wheels:
    """The files of a folder of wheels, as installed into one site-packages folder."""

    folder: Path
    files: dict[str, tuple[zipfile.ZipFile, zipfile.ZipInfo]] = field(default_factory=dict)
    ignored: list[Path] = field(default_factory=list)  # wheels of versions not pinned

    @classmethod
    def open(cls, folder: Path, pins: dict[str, str] | None = None) -> Wheels:
        """The wheels in ``folder``: with ``pins``, only those of the pinned versions."""
        wheels = cls(folder)
        paths = sorted(folder.glob("*.whl"))
        if not paths:
            raise ManifestError(f"{folder}: no wheel (*.whl) in this folder")
        if pins is not None:
            paths, wheels.ignored = pinned_wheels(folder, pins)
        for path in paths:
            archive = zipfile.ZipFile(path)
            for info in archive.infolist():
                if not info.is_dir() and ".dist-info/" not in info.filename:
                    wheels.files.setdefault(info.filename.lower(), (archive, info))
        if f"{QT.lower()}/qt6core.dll" not in wheels.files:
            raise ManifestError(f"{folder}: no Windows wheel of PySide6-Essentials (PySide6/Qt6Core.dll) here")
        return wheels

    def has(self, path: str) -> bool:
        return path.lower() in self.files

    def of(self, dist: str) -> list[str]:
        """The files (as the wheel spells them) of the wheel of distribution ``dist``."""
        return [info.filename for archive, info in self.files.values()
                if distribution(Path(archive.filename or "").name.split("-")[0]) == distribution(dist)]

    def name(self, path: str) -> str:
        """The path as the wheel spells it."""
        return self.files[path.lower()][1].filename

    def read(self, path: str) -> bytes:
        archive, info = self.files[path.lower()]
        return archive.read(info)

    def size(self, path: str) -> int:
        return self.files[path.lower()][1].file_size

    def listdir(self, folder: str) -> list[str]:
        prefix = folder.lower().rstrip("/") + "/"
        return sorted(self.name(p) for p in self.files if p.startswith(prefix) and "/" not in p[len(prefix):])


def load_modules_info(wheels: Wheels) -> tuple[dict[str, dict[str, list[str]]], dict[str, dict[str, object]]]:
    """PyInstaller's table of Qt modules (from the PyInstaller wheel in the folder):
    python module name -> info and shared library name (lower case) -> info, for
    PySide6, as PyInstaller's QtLibraryInfo builds them."""
    if not wheels.has(MODULES_INFO):
        raise ManifestError(f"{wheels.folder}: no PyInstaller wheel (its {MODULES_INFO} tells which plugins Qt needs)")
    namespace: dict[str, object] = {"__name__": "_modules_info"}
    exec(compile(wheels.read(MODULES_INFO), MODULES_INFO, "exec"), namespace)  # noqa: S102 - PyInstaller's own table
    by_module: dict[str, dict[str, list[str]]] = {}
    by_library: dict[str, dict[str, object]] = {}
    process = namespace["process_namespace_strings"]
    for entry in namespace["QT_MODULES_INFO"]:  # type: ignore[attr-defined]
        if entry.bindings and QT not in process(entry.bindings):  # type: ignore[operator]
            continue
        info = {
            "module": entry.module,
            "plugins": list(entry.plugins or []),
            "translations": list(entry.translations or []),
        }
        if entry.module:
            by_module[entry.module] = info  # type: ignore[assignment]
        if entry.shared_lib:
            by_library[f"qt6{entry.shared_lib}".lower()] = info
    return by_module, by_library


def pe_names(data: bytes) -> list[str]:
    """The DLLs a PE file imports (import table, delay-load table, forwarded exports)."""
    return selection.pe_imports(data)


def program_qt_modules(package: Path) -> set[str]:
    """The PySide6 modules the program's source imports (``from PySide6.QtGui import ...``)."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] if node.module != QT else [f"{QT}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found.update(n.split(".")[1] for n in names if n.startswith(QT + ".") and n.count(".") >= 1)
    return found


def excluded(module: str) -> bool:
    return any(module == e or module.startswith(e + ".") for e in selection.EXCLUDED_MODULES)


def _library_name(path: str) -> str:
    name = posixpath.splitext(posixpath.basename(path))[0].lower()
    return name.removeprefix("lib")


@dataclass
class Collected:
    binaries: list[selection.Entry] = field(default_factory=list)
    datas: list[selection.Entry] = field(default_factory=list)
    unresolved: set[str] = field(default_factory=set)  # from Python's folder or the system

    def add_binary(self, path: str) -> None:
        if all(src.lower() != path.lower() for _d, src, _k in self.binaries):
            self.binaries.append((path, path, "BINARY"))


class WindowsCollection:
    """What PyInstaller collects on Windows from these wheels for this program."""

    def __init__(self, wheels: Wheels) -> None:
        self.wheels = wheels
        self.by_module, self.by_library = load_modules_info(wheels)
        self.out = Collected()

    def resolve(self, name: str, referrer: str) -> str | None:
        """Where Windows (as PyInstaller searches) finds DLL ``name`` imported by the
        wheel file ``referrer``: its own folder, Python's folder, then SEARCH_FOLDERS."""
        own = posixpath.join(posixpath.dirname(referrer), name)
        if self.wheels.has(own):
            return self.wheels.name(own)
        if name.lower() in PYTHON_FOLDER_DLLS:
            return None
        for folder in SEARCH_FOLDERS:
            if self.wheels.has(f"{folder}/{name}"):
                return self.wheels.name(f"{folder}/{name}")
        return None

    def imports(self, path: str) -> list[str]:
        return pe_names(self.wheels.read(path))

    def qt_module(self, short: str, pending: list[str]) -> None:
        """PyInstaller's QtLibraryInfo.collect_module for PySide6.<short> on Windows."""
        extension = f"{QT}/{short}.pyd"
        if not self.wheels.has(extension):
            raise ManifestError(f"{self.wheels.folder}: {extension} is in no wheel here (is PySide6-Addons there? QtPdf is in it)")
        self.out.add_binary(self.wheels.name(extension))
        plugin_types: set[str] = set()
        translations: set[str] = set()
        info = self.by_module.get(short)
        if info:
            plugin_types.update(info["plugins"])
            translations.update(info["translations"])
        todo = [(n, self.resolve(n, extension)) for n in self.imports(extension)]
        seen: set[str] = set()
        while todo:
            _name, path = todo.pop()
            if path is None or path.lower() in seen:
                continue
            seen.add(path.lower())
            lib = _library_name(path)
            if lib == "qt6qml" and not short.startswith(("QtQml", "QtQuick")):
                continue
            lib_info = self.by_library.get(lib)
            if lib_info is None:
                continue
            module = lib_info["module"]
            if module:
                if module == short:
                    todo += [(n, self.resolve(n, path)) for n in self.imports(path)]
                else:
                    pending.append(str(module))
                continue
            plugin_types.update(lib_info["plugins"])  # type: ignore[arg-type]
            translations.update(lib_info["translations"])  # type: ignore[arg-type]
            todo += [(n, self.resolve(n, path)) for n in self.imports(path)]
        for plugin_type in sorted(plugin_types):
            self.plugins(plugin_type)
        for base in sorted(translations):
            for path in self.wheels.listdir(f"{QT}/translations"):
                if fnmatch.fnmatch(posixpath.basename(path), f"{base}_*.qm"):
                    self.out.datas.append((path, path, "DATA"))

    def plugins(self, plugin_type: str) -> None:
        """QtLibraryInfo.collect_plugins: every release DLL of the folder whose Qt
        libraries are all there."""
        folder = f"{QT}/plugins/{plugin_type}"
        files = [p for p in self.wheels.listdir(folder) if p.lower().endswith(".dll")]
        names = {posixpath.basename(p).lower() for p in files}
        for path in files:
            base = posixpath.basename(path).lower()
            if base.endswith("d.dll") and base[:-5] + ".dll" in names:
                continue  # a debug build beside the release one
            qt_imports = [n for n in self.imports(path) if _library_name(n).startswith("qt6")]
            if all(self.wheels.has(f"{QT}/{n}") for n in qt_imports):
                self.out.add_binary(path)

    def extra_binaries(self) -> None:
        """QtLibraryInfo.collect_extra_binaries (hook-PySide6): groups collected all or none."""
        for group in (["libEGL.dll", "libGLESv2.dll"], ["opengl32sw.dll"], ["icudt??.dll", "icuin??.dll", "icuuc??.dll"]):
            found = [[p for p in self.wheels.listdir(QT) if fnmatch.fnmatch(posixpath.basename(p).lower(), g.lower())]
                     for g in group]
            if all(found):
                for paths in found:
                    for path in paths:
                        self.out.add_binary(path)

    def other_extensions(self) -> None:
        """Extension modules of the other wheels that the spec does not exclude."""
        for key in sorted(self.wheels.files):
            if not key.endswith(".pyd") or key.startswith((QT.lower() + "/", "shiboken6/")):
                continue
            path = self.wheels.name(key)
            module = re.sub(r"\.(cp\d+-win_amd64|pyd)$", "", path.removesuffix(".pyd")).replace("/", ".")
            top = module.split(".")[0]
            if top in {"PyInstaller", "_pyinstaller_hooks_contrib", "setuptools", "pip"} or excluded(module):
                continue
            self.out.add_binary(path)

    def dependencies(self) -> None:
        """PyInstaller's binary dependency analysis: every DLL a collected binary
        imports, found by the Windows search order, is collected (keeping its folder)."""
        i = 0
        while i < len(self.out.binaries):
            _dest, src, _kind = self.out.binaries[i]
            i += 1
            for name in self.imports(src):
                found = self.resolve(name, src)
                if found is None:
                    self.out.unresolved.add(name.lower())
                else:
                    self.out.add_binary(found)

    def run(self, program_modules: Iterable[str]) -> Collected:
        pending = sorted(program_modules)
        done: set[str] = set()
        while pending:
            short = pending.pop()
            if short in done or excluded(f"{QT}.{short}"):
                continue
            done.add(short)
            self.qt_module(short, pending)
        self.out.add_binary(self.wheels.name("shiboken6/Shiboken.pyd"))  # hook-PySide6: hiddenimports shiboken6
        self.extra_binaries()
        self.other_extensions()
        self.dependencies()
        return self.out


def manifest(wheels: Wheels, root: Path = ROOT) -> tuple[list[tuple[str, int]], Collected]:
    """(bundle path, size) of every file, sorted; and what was collected before the
    spec's selection."""
    collected = WindowsCollection(wheels).run(program_qt_modules(root / selection.PACKAGE))

    def imports(src: str) -> list[str]:
        return pe_names(wheels.read(src))

    binaries, datas = selection.select(collected.binaries, collected.datas, imports)
    files = [(dest, wheels.size(src)) for dest, src, _kind in binaries + datas]
    for src, folder in selection.data_files(root):
        files.append((posixpath.join(folder, Path(src).name), Path(src).stat().st_size))
    lines = [("_internal\\" + str(PurePosixPath(dest)).replace("/", "\\"), size) for dest, size in files]
    bootloader = "PyInstaller/bootloader/Windows-64bit-intel/{}.exe"
    for exe, loader in (("hienhao-desktop.exe", "runw"), ("hienhao-cli.exe", "run")):
        lines.append((exe, wheels.size(bootloader.format(loader)) if wheels.has(bootloader.format(loader)) else 0))
    return sorted(set(lines), key=lambda line: line[0].lower()), collected


def stray_addons(paths: Iterable[str], wheels: Wheels) -> list[str]:
    """Paths (``_internal\\...`` as listed, or a bundle's) of files from the PySide6-Addons
    wheel other than QtPdf's (selection.ADDONS_KEPT)."""
    inside = {path.removeprefix("_internal\\").replace("\\", "/"): path for path in paths}
    return [inside[p] for p in selection.stray_addons(inside, wheels.of("PySide6-Addons"))]


def compare(lines: list[tuple[str, int]], bundle: Path) -> tuple[list[str], list[str]]:
    """(listed but missing from the built bundle, in the bundle but not listed)."""
    present = {str(path.relative_to(bundle)).replace("/", "\\").lower(): path
               for path in bundle.rglob("*") if path.is_file()}
    listed = {path.lower() for path, _size in lines}
    missing = [path for path, _size in lines if path.lower() not in present]
    extra = sorted(str(present[key].relative_to(bundle)) for key in present if key not in listed)
    return missing, extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="manifest.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, required=True, metavar="DIR", help="folder of the win_amd64 wheels")
    parser.add_argument("--requirements", type=Path, default=REQUIREMENTS, metavar="FILE",
                        help="the pins: only these versions' wheels are read (default: %(default)s)")
    parser.add_argument("--sizes", action="store_true", help="the size in bytes before each path")
    parser.add_argument("--compare", type=Path, metavar="BUNDLE",
                        help="check a built bundle folder (dist/hienhao-desktop) against the manifest")
    args = parser.parse_args(argv)
    try:
        wheels = Wheels.open(args.wheels, read_pins(args.requirements))
        lines, collected = manifest(wheels)
    except (ManifestError, selection.SelectionError, OSError) as exc:
        print(f"manifest.py: {exc}", file=sys.stderr)
        return 2
    if args.compare is not None:
        if not args.compare.is_dir():
            print(f"manifest.py: {args.compare}: no such bundle folder", file=sys.stderr)
            return 2
        missing, extra = compare(lines, args.compare)
        for path in missing:
            print(f"missing: {path}")
        stray = stray_addons([str(path).replace("/", "\\") for path in extra], wheels)
        for path in stray:
            print(f"not QtPdf, from PySide6-Addons: {path}")
        print(f"manifest.py: {len(lines) - len(missing)} of {len(lines)} listed files are in {args.compare}; "
              f"{len(extra)} more files there (Python's own runtime and the programs' archive, "
              f"e.g. {', '.join(extra[:3])})", file=sys.stderr)
        return 1 if missing or stray else 0
    out = sys.stdout
    for path, size in lines:
        out.write(f"{size}\t{path}\n" if args.sizes else f"{path}\n")
    total = sum(size for _path, size in lines)
    plugins = [p for p, _s in lines if "\\plugins\\" in p]
    print(f"manifest.py: {len(lines)} files, {total / 1e6:.1f} MB, {len(plugins)} Qt plugins; not listed: "
          "Python's own runtime (python311.dll, the standard library) and the pure-Python modules "
          "(in the programs' archive)", file=sys.stderr)
    if wheels.ignored:
        print(f"manifest.py: {len(wheels.ignored)} wheels of versions {args.requirements.name} does not pin "
              f"were ignored ({', '.join(path.name for path in wheels.ignored[:3])}...)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
