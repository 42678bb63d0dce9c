"""Trim ICU's data library for the Linux bundle.

Qt Core on Linux links ICU, and PySide6's wheel brings ``libicudata.so.NN``: 32 MB,
a quarter of the bundle, holding every locale of the world, every legacy character
set converter and the dictionaries that find word breaks in Chinese, Japanese, Thai,
Khmer, Lao and Burmese. This program speaks Vietnamese and English, converts legacy
Vietnamese text itself (domain/legacy.py) and never asks ICU for a converter (Qt
decodes UTF-8, UTF-16 and Latin-1 itself) nor for a transliterator.

So the bundle gets a library with the same name and symbol, built from the same data
package with these items left out (everything else is kept, byte for byte):

- ``*.cnv``: character set converters (ICU's UTF-8/16/32, Latin-1 and ASCII are
  built into its code and need none);
- ``translit/``: transliteration rules;
- ``brkitr/*.dict``: dictionaries for scripts written without spaces (the break
  rules themselves stay; text in those scripts still breaks, only less finely);
- locale bundles of languages other than Vietnamese and English (their parents,
  ``root`` and the shared ``pool.res``, stay), in every tree: ``coll/``, ``curr/``,
  ``lang/``, ``region/``, ``unit/``, ``zone/``, ``rbnf/``, ``brkitr/`` and the top level.
  ICU falls back to ``root`` for a locale it does not have.

The data package is ICU's "common data" format (ucmndata.h): a data header, then a
table of contents (count, then ``count`` pairs of name offset and data offset, both
from the start of the table), the NUL-terminated item names in sorted order (ICU
looks them up by binary search), and the items, each 16-byte aligned.

Used by packaging/hienhao-desktop.spec on Linux; also a command for trying it by hand:

    python packaging/icu_data.py SOURCE.so OUT.so
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Languages whose locale bundles are kept (with all their regional variants).
KEPT_LANGUAGES = ("vi", "en")

_SYMBOL = re.compile(rb"^icudt\d+_dat$")
# A locale bundle: a language code, then script / region / variant parts (sr_Latn_BA.res,
# en_150.res, de_AT.res). Other top-level .res files (pool, root, supplementalData,
# zoneinfo64, likelySubtags, ...) are longer or camel-cased and never match.
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's icupkg pads with


class IcuDataError(Exception):
    """The file is not what an ICU data library should be; the message says why."""


@dataclass(frozen=True)
class Package:
    header: bytes  # the data header, headerSize bytes
    items: tuple[tuple[str, bytes], ...]  # (name, data with its padding), in ToC order


# ---- the shared library ------------------------------------------------------------


def read_library(path: Path) -> tuple[str, bytes]:
    """(symbol name, data package) from an ICU data library (64-bit little-endian ELF,
    as PySide6's Linux wheels have)."""
    elf = path.read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise IcuDataError(f"{path}: not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", elf, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", elf, at)
            name = elf[strtab + st_name : elf.index(b"\0", strtab + st_name)]
            if _SYMBOL.match(name) and 0 < shndx < len(sections):
                section = sections[shndx]
                start = value - section[3] + section[4]
                return name.decode(), elf[start : start + st_size]
    raise IcuDataError(f"{path}: no icudtNN_dat symbol; not an ICU data library")


def write_library(symbol: str, package: bytes, soname: str, out: Path, cc: str = "gcc") -> None:
    """Build a shared library named ``soname`` exporting ``symbol`` = ``package``,
    16-byte aligned and read-only, as ICU's own build makes it."""
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        (work / "data.dat").write_bytes(package)
        (work / "data.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGN}\n"
            f"{symbol}:\n"
            '\t.incbin "data.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        command = [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out.resolve()), "data.S"]
        try:
            result = subprocess.run(command, cwd=work, capture_output=True, text=True)
        except FileNotFoundError as exc:
            raise IcuDataError(f"{cc} not found: the C compiler builds the trimmed ICU data library "
                               "(apt-get install gcc)") from exc
        if result.returncode != 0:
            raise IcuDataError(f"{' '.join(command)} failed: {result.stderr.strip()}")


# ---- the data package --------------------------------------------------------------


def parse_package(blob: bytes) -> Package:
    if len(blob) < 32:
        raise IcuDataError("ICU data package too short")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise IcuDataError("not an ICU data package (bad magic)")
    if blob[8] != 0 or blob[12:16] != b"CmnD":  # little-endian, common data
        raise IcuDataError(f"not a little-endian ICU common data package (format {blob[12:16]!r})")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_offset : end]))
    return Package(blob[:header_size], tuple(items))


def build_package(package: Package) -> bytes:
    """The package's bytes; for an unchanged Package, the very bytes it was read from
    (when the source was laid out as ICU lays it out)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in package.items)
    table = 4 + 8 * len(package.items)
    first = len(package.header) + table + len(names)
    first += -first % _ALIGN
    entries = []
    name_at, data_at = table, first - len(package.header)
    body = bytearray()
    for name, data in package.items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + _PAD * (-len(data) % _ALIGN)
        body += padded
        data_at += len(padded)
    out = bytearray(package.header)
    out += struct.pack("<I", len(package.items)) + b"".join(entries) + names
    out += _PAD * (first - len(out))
    return bytes(out + body)


def wanted(name: str, languages: tuple[str, ...] = KEPT_LANGUAGES) -> bool:
    """Whether the bundle keeps the package item ``name`` ("icudt73l/coll/vi.res")."""
    parts = name.split("/")[1:]  # without the package's own prefix
    if not parts:
        return True
    base = parts[-1]
    if parts[0] == "translit":
        return False
    if len(parts) == 1 and base.endswith(".cnv"):
        return False
    if parts[0] == "brkitr" and base.endswith(".dict"):
        return False
    if _LOCALE.match(base) and base != "res_index.res":  # the index of installed locales stays
        return base.split(".")[0].split("_")[0] in languages
    return True


def trim(package: Package, languages: tuple[str, ...] = KEPT_LANGUAGES) -> Package:
    return Package(package.header, tuple(item for item in package.items if wanted(item[0], languages)))


def trim_library(source: Path, out: Path, cc: str = "gcc",
                 languages: tuple[str, ...] = KEPT_LANGUAGES) -> tuple[int, int]:
    """Write the trimmed copy of the ICU data library ``source`` to ``out``; returns
    the sizes of the data package before and after."""
    symbol, blob = read_library(source)
    package = parse_package(blob)
    if build_package(package) != blob:
        raise IcuDataError(f"{source}: the data package is laid out in a way this tool does not "
                           "reproduce; left as it is")
    trimmed = build_package(trim(package, languages))
    write_library(symbol, trimmed, source.name, out, cc)
    if read_library(out) != (symbol, trimmed):
        raise IcuDataError(f"{out}: the built library does not hold the trimmed data")
    return len(blob), len(trimmed)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/icu_data.py SOURCE.so OUT.so", file=sys.stderr)
        return 2
    try:
        before, after = trim_library(Path(argv[0]), Path(argv[1]))
    except (OSError, IcuDataError) as exc:
        print(f"icu_data: {exc}", file=sys.stderr)
        return 1
    print(f"icu_data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
