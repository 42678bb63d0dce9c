"""What a Word file exported by the program tells its importer, beyond its text.

Printing changes some of the report's values in ways no reader can undo: names of
bodies and positions are printed in capitals ("UBND xã Hiền Hào" → "UBND XÃ HIỀN
HÀO"), a number below 10 gets a leading zero, defaults are filled in (the document
code "BC-…", the year of a date from the school year, the "Lưu" recipient, the title
and part headings of a report's kind), and some values are not printed at all (the
school year and period of a report with a title of its own). The Word export
(``export.docx``) therefore writes the report's own values (``document.blocks.Meta.typed``:
its header fields, signing columns, part roles and headings, addressees and
recipients, by field path) as custom document properties named ``hienhao:<path>``,
with ``hienhao:fingerprint``: a hash of the words of the file's body.

The importer uses them only while the words are unchanged (the fingerprint of the
body it reads is the one written): then they replace what it recognised, and the
report comes back as it was exported. Once a colleague has edited the text, they are
ignored and the file is read from what it says, like any clerk's file. Values are
checked as every imported value is (the field registry's types); a value that does
not pass is left as recognised. The body's outline (parts, headings, paragraphs,
lists, tables, the activity table) is never taken from here: it is always recognised
from the text (the part roles also travel as bookmarks, ``docx_import.role_bookmark``,
which survive edits).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from typing import Any

from hienhao_desktop.domain import fields as F
from hienhao_desktop.domain.errors import EditError
from hienhao_desktop.domain.model import Part, PartRole, Report, Signature

log = logging.getLogger(__name__)

PREFIX = "hienhao:"
FINGERPRINT = "hienhao:fingerprint"
VERSION = "hienhao:version"
HINTS_VERSION = "1"
CUSTOM_PROPERTIES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_LIST_ITEM = re.compile(r"^(signatures|parts)\.(\d+)\.(.+)$")
MAX_LISTED = 100  # signatures or parts named by the hints: more is not a file of ours
PIECE = 250  # characters (UTF-16 code units) in one custom property's value
_CONTINUED = re.compile(r"^(?P<name>.+)#(?P<index>\d{1,4})$")


# ---- both sides ----------------------------------------------------------------------------


def fingerprint(body: Any) -> str:
    """A hash of the words of a Word body (``w:body`` element), in document order:
    each paragraph's text (runs joined, breaks and tabs as spaces), words split at
    white space. Word splitting or joining runs, or re-saving the file, keeps it."""
    t, br, tab, cr, p = (f"{{{_W}}}{name}" for name in ("t", "br", "tab", "cr", "p"))
    words: list[str] = []
    for paragraph in body.iter(p):
        pieces = []
        for element in paragraph.iter(t, br, tab, cr):
            if element.tag == t:
                # a paragraph inside this one (a text box) is counted on its own
                if _own_paragraph(element, paragraph, p):
                    pieces.append(element.text or "")
            else:
                pieces.append(" ")
        words += "".join(pieces).split()
    return hashlib.sha256("\u0001".join(words).encode("utf-8")).hexdigest()


def _own_paragraph(element: Any, paragraph: Any, p_tag: str) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag == p_tag:
            return False
        parent = parent.getparent()
    return True


def hint_properties(typed: Iterable[tuple[str, str]], text_fingerprint: str) -> list[tuple[str, str]]:
    """The custom properties of an exported file: the version, the fingerprint, then
    ``hienhao:<path>`` = the JSON of each value. A custom property holds at most 255
    characters (UTF-16 code units; Word cuts longer ones, Excel may fail on them): a
    longer value goes on in ``hienhao:<path>#2``, ``#3`` …"""
    out = [(VERSION, HINTS_VERSION), (FINGERPRINT, text_fingerprint)]
    for path, value in typed:
        for index, piece in enumerate(_pieces(value)):
            out.append((PREFIX + path + (f"#{index + 1}" if index else ""), piece))
    return out


def _pieces(value: str) -> list[str]:
    """``value`` cut into pieces of at most PIECE UTF-16 code units, never inside a
    character."""
    pieces: list[str] = []
    current: list[str] = []
    units = 0
    for char in value:
        size = 2 if ord(char) > 0xFFFF else 1
        if units + size > PIECE:
            pieces.append("".join(current))
            current, units = [], 0
        current.append(char)
        units += size
    pieces.append("".join(current))
    return pieces


# ---- the importer's side --------------------------------------------------------------------


def read_properties(document: Any) -> dict[str, str]:
    """The custom properties of a python-docx Document whose names start with
    ``hienhao:`` (none when the file has no custom properties part)."""
    try:
        package = document.part.package
        part = next((rel.target_part for rel in package.rels.values()
                     if rel.reltype == CUSTOM_PROPERTIES_REL and not rel.is_external), None)
        if part is None:
            return {}
        from lxml import etree

        root = etree.fromstring(part.blob, parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                                   huge_tree=False))
    except Exception:  # a damaged properties part is not worth refusing the file for
        log.warning("the custom properties of a Word file cannot be read", exc_info=True)
        return {}
    found: dict[str, str] = {}
    for prop in root.iter(f"{{{_CP}}}property"):
        name = prop.get("name") or ""
        if not name.startswith(PREFIX):
            continue
        value = next((child.text or "" for child in prop if child.tag == f"{{{_VT}}}lpwstr"), None)
        if value is not None:
            found[name] = value
    # a long value's pieces ("name#2", "name#3" …) joined back, in order
    continued: dict[str, dict[int, str]] = {}
    for name in list(found):
        m = _CONTINUED.match(name)
        if m and m.group("name") in found:
            continued.setdefault(m.group("name"), {})[int(m.group("index"))] = found.pop(name)
    for name, pieces in continued.items():
        found[name] += "".join(pieces[i] for i in sorted(pieces))
    return found


def usable(properties: dict[str, str], body: Any) -> bool | None:
    """True when the file carries hints and its text is the one they were written
    for; False when it carries them but the text was changed since; None when it
    carries none."""
    if FINGERPRINT not in properties or properties.get(VERSION) != HINTS_VERSION:
        return None
    return properties[FINGERPRINT] == fingerprint(body)


def apply_hints(report: Report, properties: dict[str, str]) -> list[str]:
    """Put the hinted values into ``report`` (recognised from the same text); returns
    the paths set. A value that is not valid for its field is skipped."""
    values: dict[str, Any] = {}
    for name, raw in properties.items():
        if name in (FINGERPRINT, VERSION):
            continue
        try:
            values[name[len(PREFIX):]] = json.loads(raw)
        except ValueError:
            continue
    applied: list[str] = []
    for field in F.REPORT.fields:
        if field.path in values and _set(report, field, field.path, values[field.path]):
            applied.append(field.path)
    applied += _apply_list(report, values, "signatures", F.SIGNATURE, Signature)
    applied += _apply_list(report, values, "parts", F.PART, Part)
    for name in F.STRING_LISTS:
        items = values.get(name)
        if isinstance(items, list) and all(isinstance(i, str) for i in items) and len(items) <= 1000:
            setattr(report, name, [F.coerce_line(name, i) for i in items])
            applied.append(name)
    return applied


def _set(target: Any, field: F.Field, path: str, value: Any) -> bool:
    try:
        clean = field.type.coerce(path, field.type.from_json(path, value))
    except (EditError, TypeError, ValueError):
        return False
    F.set_path(target, field.path, clean)
    return True


def _apply_list(report: Report, values: dict[str, Any], name: str, record: F.Record, cls: type) -> list[str]:
    """``signatures.<i>.<field>`` / ``parts.<i>.<field>``. Signing columns are taken
    as hinted (their images kept where the file gave them); parts only when the file
    has as many as the hints name (a part's blocks always come from the text)."""
    by_index: dict[int, dict[str, Any]] = {}
    for path, value in values.items():
        m = _LIST_ITEM.match(path)
        if m and m.group(1) == name and int(m.group(2)) < MAX_LISTED:
            by_index.setdefault(int(m.group(2)), {})[m.group(3)] = value
    if not by_index or sorted(by_index) != list(range(len(by_index))):
        return []
    current: list[Any] = getattr(report, name)
    if name == "parts" and len(current) != len(by_index):
        return []
    applied: list[str] = []
    out = []
    for index in range(len(by_index)):
        item = current[index] if index < len(current) else cls()
        if name == "signatures":  # as hinted, but what the file showed (images) stays
            fresh = cls()
            for attr in ("signature_image", "seal_image"):
                setattr(fresh, attr, getattr(item, attr, None))
            item = fresh
        for field in record.fields:
            if field.path in by_index[index] and _set(item, field, f"{name}[{index}].{field.path}",
                                                      by_index[index][field.path]):
                applied.append(f"{name}.{index}.{field.path}")
        out.append(item)
    if name == "parts":
        for part in out:
            if part.role not in {r.value for r in PartRole}:
                part.role = PartRole.OTHER.value
    setattr(report, name, out)
    return applied
