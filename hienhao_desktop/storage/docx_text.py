"""Text helpers of the Word importer: matching Vietnamese keywords whatever the case
and the tone-mark placement, reading the labels clerks type ("II.", "1.1.", "a)",
"Phần thứ hai", "-"), and giving an upper-case heading back its sentence case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hienhao_desktop.domain import legacy
from hienhao_desktop.domain.text import capitalize_first

# ---- folding ------------------------------------------------------------------------------


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[:1]
    return base.lower() if base else ch


def fold(text: str) -> str:
    """Lower case without tone marks or diacritics, one character for each character
    of the NFC text (so positions in the folded text are positions in the original):
    "CỘNG HOÀ" and "Cộng hòa" both give "cong hoa"."""
    return "".join(_fold_char(ch) for ch in unicodedata.normalize("NFC", text))


def squash(text: str) -> str:
    """Folded, spaces collapsed, dashes unspaced: for comparing headings and titles."""
    text = re.sub(r"\s+", " ", fold(text)).strip()
    text = re.sub(r"\s*[-–—]\s*", "-", text)
    return text.rstrip(" .:;")


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch == ch.upper() for ch in letters)


# ---- labels -------------------------------------------------------------------------------

ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_WORD_NUMBERS = {
    "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
BULLETS = "-–—•+*·▪■□◦●○➢❖✓➔►–"


@dataclass(frozen=True)
class Label:
    """A typed or Word-made label at the start of a line."""

    kind: str  # "words" (Phần thứ …), "roman", "upper" (A.), "dec", "alpha" (a)), "bullet"
    text: str  # the label as typed: "II.", "1.2.", "a)", "Phần thứ hai", "-"
    value: int  # its number (1 for "I.", "A.", "a)"; the last number of "1.2."; 0 for bullets)
    depth: int = 1  # numbers in a decimal label: "1.2." -> 2
    punct: str = "."  # "." (also "/", "-", ":") or ")"
    rest_at: int = 0  # where the text after the label starts in the line

    @property
    def key(self) -> tuple[str, int, str]:
        """What makes two labels the same level: their kind, depth and closing mark."""
        return (self.kind, self.depth if self.kind == "dec" else 0, self.punct if self.kind != "words" else "")

    def with_kind(self, kind: str, value: int) -> Label:
        return Label(kind, self.text, value, self.depth, self.punct, self.rest_at)


def roman_value(text: str) -> int:
    if not text or not ROMAN.match(text.upper()):
        return 0
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(text.upper()):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1].upper()] > v else v
    return total


def letter_value(ch: str) -> int:
    """A label letter's place: in the Vietnamese alphabet (a b c d đ e g …) when it is
    one of its letters, else in the Latin one (Word's own lettering)."""
    low = ch.lower()
    if low in VIETNAMESE_LETTERS:
        return VIETNAMESE_LETTERS.index(low) + 1
    return ord(low) - ord("a") + 1 if "a" <= low <= "z" else 0


def _punct(mark: str) -> str:
    return ")" if mark == ")" else "."


_WORDS = re.compile(r"^(phan)\s+(thu\s+)?([a-z]+|\d{1,2})\b\s*[:.\-–]?\s*", re.IGNORECASE)
_ROMAN_LABEL = re.compile(r"^([IVXLCDM]{1,6})\s*([./):]|\s[-–](?=\s))\s*")
_UPPER = re.compile(r"^([A-ZĐ])\s*([./)]|\s[-–](?=\s))\s*")
_DEC_MULTI = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|(?=[^\d\W]))")
_DEC = re.compile(r"^(\d{1,2})\s*([./)]|\s[-–](?=\s))\s*")
_ALPHA = re.compile(r"^([a-zđ])\s*([)./])\s*")
_BULLET = re.compile(r"^([-–—•+*·▪■□◦●○➢❖✓➔►])\s*")


def parse_label(text: str) -> Label | None:
    """The label a line starts with, if any. "1/10/2023", "62 người", "1.234" and
    "2023-2024" are not labels: a label is followed by text, not by a digit."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    if not stripped:
        return None
    folded = fold(stripped)
    m = _WORDS.match(folded)
    if m:
        word = m.group(3).lower()
        value = int(word) if word.isdigit() else roman_value(word)
        if not value and m.group(2):  # "Phần thứ hai"; "Phần năm" alone is not a label
            value = _WORD_NUMBERS.get(word, 0)
        if value:
            return Label("words", stripped[: m.end()].strip(), value, punct="", rest_at=offset + m.end())
    for pattern, kind in ((_ROMAN_LABEL, "roman"), (_UPPER, "upper")):
        m = pattern.match(stripped)
        if m and _followed_by_text(stripped, m.end()):
            mark = m.group(2).strip()
            if kind == "roman":
                value = roman_value(m.group(1))
                if not value:
                    continue
                if len(m.group(1)) == 1 and m.group(1) not in "IVX":
                    # C, D, L, M alone: a letter far more often than a Roman number
                    return Label("upper", stripped[: m.end()].strip(), letter_value(m.group(1)), punct=_punct(mark),
                                 rest_at=offset + m.end())
            else:
                value = letter_value(m.group(1))
            return Label(kind, stripped[: m.end()].strip(), value, punct=_punct(mark), rest_at=offset + m.end())
    m = _DEC_MULTI.match(stripped)
    if m and _followed_by_text(stripped, m.end()):
        numbers = m.group(1).split(".")
        return Label("dec", stripped[: m.end()].strip(), int(numbers[-1]), depth=len(numbers), rest_at=offset + m.end())
    m = _DEC.match(stripped)
    if m and _followed_by_text(stripped, m.end()):
        return Label("dec", stripped[: m.end()].strip(), int(m.group(1)), punct=_punct(m.group(2).strip()),
                     rest_at=offset + m.end())
    m = _ALPHA.match(stripped)
    if m and _followed_by_text(stripped, m.end(), need_space=m.group(2) != ")", before=m.start(2)):
        return Label("alpha", stripped[: m.end()].strip(), letter_value(m.group(1)), punct=_punct(m.group(2)),
                     rest_at=offset + m.end())
    m = _BULLET.match(stripped)
    if m and m.end() < len(stripped) and not stripped[m.end()].isdigit():
        return Label("bullet", m.group(1), 0, punct="", rest_at=offset + m.end())
    return None


def _followed_by_text(text: str, end: int, need_space: bool = False, before: int = 0) -> bool:
    """After a label: the end of the line, or text that does not start with a digit
    (and, for "a." labels, a space first: "a.m." is not a label)."""
    if end >= len(text):
        return True
    if text[end].isdigit():
        return False
    if need_space and not text[end - 1].isspace():
        return False
    return True


def label_of_word_numbering(label: str, fmt: str) -> Label | None:
    """A Word list label ("II.", "1.1.", "a)", "•", "Phần thứ 2") as a Label; the
    level's format settles "I." (Roman) against "I." (the ninth letter)."""
    if fmt == "bullet":
        return Label("bullet", label.strip() or "•", 0, punct="")
    parsed = parse_label(label.strip() + " x")
    if parsed is None:
        return None
    parsed = Label(parsed.kind, label.strip(), parsed.value, parsed.depth, parsed.punct, 0)
    first = label.strip()[:1]
    if fmt == "upperLetter" and parsed.kind == "roman":
        return parsed.with_kind("upper", letter_value(first))
    if fmt == "upperRoman" and parsed.kind == "upper":
        return parsed.with_kind("roman", roman_value(label.strip().rstrip(".)/:- ")))
    return parsed


# ---- case ---------------------------------------------------------------------------------

_PLACE_WORDS = ("xã", "huyện", "tỉnh", "phường", "quận", "thôn", "xóm", "thành phố", "thị trấn", "thị xã")
_PLACE_END = {"năm", "học", "kỳ", "của", "và", "về", "trong", "tại", "theo", "đến", "từ", "với", "cho", "giai", "nhiệm"}


_ROMAN_CONTEXT = {"kỳ", "kì", "phần", "khóa", "khoá", "đợt", "số", "lần", "thứ"}


def _is_acronym(word: str, previous: str = "") -> bool:
    """"UBND", "HĐND", "GD&ĐT", "TH&THCS", "II": kept upper case. "I", "VI", "XI"
    spell Vietnamese syllables too: Roman numbers only after "kỳ", "phần" …"""
    letters = re.findall(r"[^\W\d_]+", word)
    if not letters:
        return False
    core = word.strip(".,;:()")
    if re.fullmatch(r"[IVX]+", core) and ROMAN.match(core):
        return legacy.vietnamese_syllables(core) == 0 or previous.lower() in _ROMAN_CONTEXT
    return not all(legacy.vietnamese_syllables(part) == 1 for part in letters)


def sentence_case(text: str) -> str:
    """An all-capitals heading, position or name of a body in sentence case:
    "TRUNG TÂM HTCĐ XÃ HIỀN HÀO" -> "Trung tâm HTCĐ xã Hiền Hào". Acronyms and Roman
    numbers stay upper case; the name after xã/huyện/tỉnh … is capitalised. Text with
    any lower-case letter is left as typed."""
    if not is_all_caps(text):
        return text
    words = text.split(" ")
    out: list[str] = []
    proper = False
    for word in words:
        if not word:
            out.append(word)
            continue
        if _is_acronym(word, words[len(out) - 1] if out else ""):
            out.append(word)
            proper = False
            continue
        low = word.lower()
        bare = low.strip(".,;:()\"'“”")
        if proper and (bare in _PLACE_END or (bare == "hội" and out and out[-1] == "xã")):
            proper = False  # "xã hội" is society, not a commune
        out.append(capitalize_first(low) if proper else low)
        joined = " ".join(out[-2:]).lower()
        if bare in _PLACE_WORDS or any(joined.endswith(p) for p in _PLACE_WORDS if " " in p):
            proper = True
        if low.endswith((",", ";", ".", ":", ")")):
            proper = False
    result = " ".join(out)
    result = re.sub(r"\bviệt nam\b", "Việt Nam", result)
    return capitalize_first(result)
