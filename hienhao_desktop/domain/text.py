"""Text normalisation: every string enters the report through these functions.

Vietnamese typed with some input methods, or pasted from PDFs and web pages, arrives
in decomposed form (NFD: "e" + combining circumflex + combining acute). Stored that way
it breaks searching, sorting and PDF fonts, so everything is composed (NFC) on the way
in. Control characters (Word's vertical tab \\x0b, NUL, form feed ...) are removed:
they are invisible, break XML-based formats (XLSX) and mean nothing in the report.
A lone surrogate (half of a UTF-16 pair, e.g. from a JSON "\\ud800" escape or a broken
clipboard) is not a character at all and cannot be stored or written as UTF-8: it
becomes U+FFFD, the visible replacement character, so the loss can be seen.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls, DEL, and the Unicode line/paragraph separators; newline and
# tab are handled separately.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_BREAK = re.compile(r"\r\n?|[\x0b\x0c\u2028\u2029]")
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: str) -> str:
    return _SURROGATE.sub("\ufffd", value)


def clean_text(value: str) -> str:
    """Multi-line text: NFC, line breaks unified to "\\n", other controls removed,
    trailing spaces of each line and surrounding blank lines dropped."""
    value = _BREAK.sub("\n", _no_surrogates(value))
    value = _CONTROL.sub("", value)
    value = unicodedata.normalize("NFC", value)
    lines = [line.rstrip() for line in value.split("\n")]
    return "\n".join(lines).strip("\n")


def clean_line(value: str) -> str:
    """One-line text (names, titles, list items): like clean_text, with every run
    of whitespace, line breaks included, folded to one space."""
    value = _CONTROL.sub(" ", _BREAK.sub(" ", _no_surrogates(value)))
    value = unicodedata.normalize("NFC", value)
    return _SPACES.sub(" ", value).strip()


def upper_vi(value: str) -> str:
    """Upper-case Vietnamese correctly ("đ" -> "Đ", "ữ" -> "Ữ"), composed."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", value).upper())


def capitalize_first(value: str) -> str:
    """Upper-case the first letter only ("giám đốc" -> "Giám đốc")."""
    value = unicodedata.normalize("NFC", value)
    return value[:1].upper() + value[1:] if value else value


def lower_first(value: str) -> str:
    """Lower-case the first letter only ("Học kỳ I" -> "học kỳ I")."""
    return value[:1].lower() + value[1:] if value else value
