"""What kind of file a clerk handed us, told by its content, never by its name.

``import`` takes a JSON exchange file or a Word .docx, and the name proves nothing:
old portals hand out RTF or HTML saved as ".doc", a .docx may be renamed ".json", and
an ENCRYPTED .docx is not a zip at all but an OLE2 compound file, like a Word 97-2003
.doc. Each of those needs a different message ("save it as .docx", "remove the
password"), so the container is opened far enough to tell them apart:

- zip: a Word document (``word/document.xml``, or a main part named by the package
  relationships), or another Office/OpenDocument package, or a damaged zip;
- OLE2 (D0 CF 11 E0 A1 B1 1A E1): its directory names the streams, ``WordDocument``
  for a .doc, ``EncryptionInfo``/``EncryptedPackage`` for a password-protected
  .docx/.xlsx, ``Workbook`` for an old Excel file ...;
- RTF, HTML, PDF by their first bytes; everything else is handed to the JSON reader,
  whose messages say precisely what is wrong with a JSON file.
"""

from __future__ import annotations

import enum
import io
import os
import struct
import zipfile
from pathlib import Path

from hienhao_desktop.domain import messages
from hienhao_desktop.domain.errors import Refused

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


class FileKind(enum.StrEnum):
    JSON = "json"  # anything not recognised below: the JSON reader decides
    DOCX = "docx"  # a zip holding a WordprocessingML main part
    DOC = "doc"  # Word 97-2003 (OLE2 with a WordDocument stream)
    ENCRYPTED = "encrypted"  # OLE2 holding EncryptionInfo + EncryptedPackage (a password-protected .docx)
    OLE_OTHER = "ole_other"  # another OLE2 file: old Excel, PowerPoint, Outlook …
    OLE_DAMAGED = "ole_damaged"  # an OLE2 file whose directory cannot be read (cut short)
    RTF = "rtf"
    HTML = "html"  # "Web page" saved as .doc, or an .mht
    PDF = "pdf"
    ODT = "odt"  # OpenDocument text
    ZIP_OTHER = "zip_other"  # a zip that is not a word-processing document (xlsx, pptx, plain zip)
    ZIP_DAMAGED = "zip_damaged"  # starts like a zip, cannot be read as one
    EMPTY = "empty"


class ImportRefused(Refused):
    """A file ``import`` turns away. ``code`` is a key of ``messages.MESSAGES``;
    ``source`` the file as given; the message names the file, says what is wrong and
    what to do."""

    def __init__(self, source: str, code: str, **params: object) -> None:
        self.source = source
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        text = messages.render(self.code, lang, **self.params)
        return f"{self.source}: {text}" if self.source else text


# The refusal (message code) for each kind that is not importable.
REFUSALS: dict[FileKind, str] = {
    FileKind.DOC: "word_doc",
    FileKind.ENCRYPTED: "word_encrypted",
    FileKind.OLE_OTHER: "word_ole_other",
    FileKind.OLE_DAMAGED: "word_damaged",
    FileKind.RTF: "word_rtf",
    FileKind.HTML: "word_html",
    FileKind.PDF: "word_pdf",
    FileKind.ODT: "word_odt",
    FileKind.ZIP_OTHER: "word_not_word",
    FileKind.ZIP_DAMAGED: "word_damaged",
    FileKind.EMPTY: "word_empty",
}


def identify(data: bytes) -> FileKind:
    """The kind of file ``data`` is, by its content."""
    if not data.strip():
        return FileKind.EMPTY
    if data.startswith(OLE2_MAGIC):
        return _ole_kind(data)
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(data)
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith(b"%pdf"):
        return FileKind.PDF
    if head.startswith((b"<html", b"<!doctype html", b"mime-version:")) or (
        head.startswith(b"<?xml") and b"<html" in head
    ):
        return FileKind.HTML
    return FileKind.JSON


MAX_BYTES = 64 * 1024 * 1024  # the largest file ``import`` reads (a Word report with photos)


def read_for_import(path: str | os.PathLike[str]) -> tuple[FileKind, bytes]:
    """The kind of the file at ``path`` and its bytes; ImportRefused when it cannot
    be read or is too large to be a report."""
    source = str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ImportRefused(source, "too_large", size=round(size / 2**20, 1), limit=MAX_BYTES // 2**20)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportRefused(source, "cannot_read", detail=exc.strerror or str(exc)) from None
    return identify(data), data


def refusal(kind: FileKind, source: str, detail: str = "") -> ImportRefused:
    code = REFUSALS[kind]
    if not detail:
        detail = {FileKind.OLE_DAMAGED: "OLE2", FileKind.ZIP_DAMAGED: "ZIP"}.get(kind, "")
    return ImportRefused(source, code, detail=detail)


# ---- zip ------------------------------------------------------------------------------

_WORD_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _zip_kind(data: bytes) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.text" in mimetype:
                    return FileKind.ODT
                return FileKind.ZIP_OTHER
            if "word/document.xml" in names:
                return FileKind.DOCX
            if "[Content_Types].xml" in names:
                types = archive.read("[Content_Types].xml")[:200_000].decode("utf-8", "replace")
                if any(t in types for t in _WORD_TYPES):
                    return FileKind.DOCX  # a main part under another name; the reader follows the relationships
                if "wordprocessingml" in types or "word/" in " ".join(names):
                    return FileKind.ZIP_DAMAGED  # a Word package without its document
            if any(name.startswith("word/") for name in names):
                return FileKind.ZIP_DAMAGED
            return FileKind.ZIP_OTHER
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return FileKind.ZIP_DAMAGED


def zip_description(data: bytes) -> str:
    """What a zip that is not a Word document seems to be, for the refusal."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return ""
    if any(n.startswith("xl/") for n in names):
        return "Excel (.xlsx)"
    if any(n.startswith("ppt/") for n in names):
        return "PowerPoint (.pptx)"
    return "ZIP"


# ---- OLE2 (compound file) ---------------------------------------------------------------

_FREE, _END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE


def ole_stream_names(data: bytes) -> set[str]:
    """The names in an OLE2 compound file's directory. Reads the header, the FAT and
    the directory chain with every index and loop bounded by the file's size; if the
    structure is broken, falls back to looking for the names we care about."""
    try:
        return _ole_directory(data)
    except (struct.error, IndexError, ValueError):
        return {name for name in _OLE_NAMES if name.encode("utf-16-le") in data}


_OLE_NAMES = ("WordDocument", "EncryptionInfo", "EncryptedPackage", "Workbook", "Book", "PowerPoint Document")


def _ole_directory(data: bytes) -> set[str]:
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("sector size")
    size = 1 << shift
    sectors = len(data) // size - 1  # the header takes the first sector's place

    def sector(n: int) -> bytes:
        if n >= sectors:
            raise ValueError("sector out of range")
        start = (n + 1) * size
        return data[start:start + size]

    fat_count, first_dir = struct.unpack_from("<II", data, 0x2C)
    first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
    fat_sectors = [n for n in struct.unpack_from("<109I", data, 0x4C) if n < sectors]
    n, guard = first_difat, 0
    while n < sectors and guard < min(difat_count, sectors):
        entries = struct.unpack(f"<{size // 4}I", sector(n))
        fat_sectors += [e for e in entries[:-1] if e < sectors]
        n, guard = entries[-1], guard + 1
    fat: list[int] = []
    for s in fat_sectors[: max(fat_count, 0) or len(fat_sectors)]:
        fat += struct.unpack(f"<{size // 4}I", sector(s))
    names: set[str] = set()
    n, seen = first_dir, 0
    while n not in (_END_OF_CHAIN, _FREE) and seen < sectors:
        block = sector(n)
        for offset in range(0, size, 128):
            length = struct.unpack_from("<H", block, offset + 64)[0]
            kind = block[offset + 66]
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.add(block[offset:offset + length - 2].decode("utf-16-le", "replace"))
        n = fat[n] if n < len(fat) else _END_OF_CHAIN
        seen += 1
    if not names:
        raise ValueError("empty directory")
    return names


def _ole_kind(data: bytes) -> FileKind:
    names = ole_stream_names(data)
    if not names:
        return FileKind.OLE_DAMAGED
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return FileKind.ENCRYPTED
    if "WordDocument" in names:
        return FileKind.DOC
    return FileKind.OLE_OTHER
