"""Repairing Vietnamese text typed in the pre-Unicode encodings TCVN3 and VNI.

Old reports were typed in Word with ".VnTime" fonts (TCVN3, also called ABC) or
"VNI-Times" fonts (VNI-Windows). Copied out of such a document, the text arrives as
Latin-1 look-alikes: "Trung t©m häc tËp céng ®ång" (TCVN3) or "Trung taâm hoïc taäp
coäng ñoàng" (VNI) for "Trung tâm học tập cộng đồng". ``detect`` recognises such
text and ``convert`` turns it into Unicode NFC.

Detection must never fire on ordinary text (Unicode Vietnamese or English), because
the UI then offers to change what the person pasted. Two conditions must both hold:
the text contains enough code points that only the legacy encoding produces, and the
converted text has more valid Vietnamese syllables than the original.

Pure Python: no Qt, so the core and its tests can use it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# Tones in the order tables list them: none, sắc, huyền, hỏi, ngã, nặng.
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
# (Unicode base vowel, its decomposition without tone)
_BASES = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def _compose(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone])


# ---- TCVN3 (TCVN 5712:1993 VN3, the "ABC" .VnTime fonts) -------------------------------
# One byte per letter. Upper-case letters with a tone mark have no code of their own:
# the .VnTimeH font draws the lower-case codes as capitals, so they decode as lower
# case (see _restore_upper_case). Tones listed as none, sắc, huyền, hỏi, ngã, nặng.
_TCVN3_ROWS = {
    "a": ("a", "¸", "µ", "¶", "·", "¹"),
    "ă": ("¨", "¾", "»", "¼", "½", "Æ"),
    "â": ("©", "Ê", "Ç", "È", "É", "Ë"),
    "e": ("e", "Ð", "Ì", "Î", "Ï", "Ñ"),
    "ê": ("ª", "Õ", "Ò", "Ó", "Ô", "Ö"),
    "i": ("i", "Ý", "×", "Ø", "Ü", "Þ"),
    "o": ("o", "ã", "ß", "á", "â", "ä"),
    "ô": ("«", "è", "å", "æ", "ç", "é"),
    "ơ": ("¬", "í", "ê", "ë", "ì", "î"),
    "u": ("u", "ó", "ï", "ñ", "ò", "ô"),
    "ư": ("\u00ad", "ø", "õ", "ö", "÷", "ù"),
    "y": ("y", "ý", "ú", "û", "ü", "þ"),
}
_TCVN3_SINGLE = {"đ": "®", "Đ": "§", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦"}

TCVN3_TO_UNICODE: dict[str, str] = {}
for _base, _codes in _TCVN3_ROWS.items():
    for _tone, _code in enumerate(_codes):
        if _code != _base:  # plain a e i o u y stay ASCII
            TCVN3_TO_UNICODE[_code] = _compose(_base, _tone)
for _letter, _code in _TCVN3_SINGLE.items():
    TCVN3_TO_UNICODE[_code] = _letter

# ---- VNI-Windows (the "VNI-Times" fonts) --------------------------------------------
# A letter is written as an ASCII base plus one Latin-1 "mark" character, except i
# with a tone, ỵ, ơ, ư and đ, which have one character each. Upper-case letters use
# the upper-case form of the same mark characters.
_VNI_TONE = ("", "ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")


def _vni_lower(base: str, tone: int) -> str:
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == 5:
        return "î"
    if base in ("â", "ê", "ô"):
        return {"â": "a", "ê": "e", "ô": "o"}[base] + _VNI_CIRCUMFLEX[tone]
    if base == "ă":
        return "a" + _VNI_BREVE[tone]
    if base == "ơ":
        return "ô" + _VNI_TONE[tone]
    if base == "ư":
        return "ö" + _VNI_TONE[tone]
    return base + _VNI_TONE[tone]


UNICODE_TO_VNI: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
for _base in _BASES:
    for _tone in range(6):
        _lower = _compose(_base, _tone)
        _code = _vni_lower(_base, _tone)
        if _code != _lower:
            UNICODE_TO_VNI[_lower] = _code
            UNICODE_TO_VNI[_lower.upper()] = _code.upper()
VNI_TO_UNICODE: dict[str, str] = {code: letter for letter, code in UNICODE_TO_VNI.items()}
# Tolerate a mark whose case differs from its base letter ("Aù"): decode by the base.
for _code, _letter in list(VNI_TO_UNICODE.items()):
    if len(_code) == 2:
        VNI_TO_UNICODE.setdefault(_code[0] + _code[1].swapcase(), _letter)
_VNI_PATTERN = re.compile("|".join(re.escape(c) for c in sorted(VNI_TO_UNICODE, key=len, reverse=True)))

UNICODE_TO_TCVN3: dict[str, str] = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}

# ---- what only the legacy encodings produce -------------------------------------------
# Latin-1 characters that are not letters of Unicode Vietnamese, yet TCVN3 uses them.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_ONLY = frozenset(c for c in TCVN3_TO_UNICODE if c not in _VIETNAMESE_LATIN1)
# VNI: a vowel followed by a mark character, or one of its letters no Vietnamese word has.
_VNI_ONLY = re.compile(r"[aeiouyAEIOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑöÖæÆîÎ]")

# ---- Vietnamese syllables ---------------------------------------------------------------
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEUS = (
    r"(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|ya|yê"
    r"|[aăâeêioôơuưy])"
)
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(f"^{_ONSET}{_NUCLEUS}{_CODA}$")
_WORD = re.compile(r"[^\W\d_]+")
_TONE_SET = frozenset(_TONE_MARKS[1:])
_LETTERS = re.compile(r"\w", re.UNICODE)


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONE_SET]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_SET))
    if bare == "gi":  # "gì", "gỉ"
        return True
    if not _SYLLABLE.match(bare):
        return False
    # A syllable closed by c, ch, p, t takes only the sắc or nặng tone.
    if bare.endswith(("c", "ch", "p", "t")) and tones and tones[0] not in ("\u0301", "\u0323"):
        return False
    return True


def vietnamese_syllables(text: str) -> int:
    """How many words of ``text`` are valid Vietnamese syllables."""
    return sum(1 for word in _WORD.findall(unicodedata.normalize("NFC", text)) if _is_syllable(word))


def _legacy_share(text: str, encoding: Encoding) -> float:
    letters = len(_LETTERS.findall(text)) + sum(1 for ch in text if ch in TCVN3_TO_UNICODE)
    if not letters:
        return 0.0
    if encoding == "tcvn3":
        marks = sum(1 for ch in text if ch in _TCVN3_ONLY)
    else:
        marks = len(_VNI_ONLY.findall(text))
    return marks / letters


MIN_SHARE = 0.03  # at least one legacy-only code point per ~30 letters


def detect(text: str) -> Encoding | None:
    """"tcvn3" or "vni" when ``text`` is Vietnamese in that legacy encoding, else None.

    Conservative: it must contain code points only that encoding produces, and its
    conversion must read as more Vietnamese than the text as it is."""
    if not text or text.isascii():
        return None
    before = vietnamese_syllables(text)
    best: tuple[int, Encoding] | None = None
    for encoding in ("tcvn3", "vni"):
        if _legacy_share(text, encoding) < MIN_SHARE:
            continue
        converted = convert(text, encoding)
        after = vietnamese_syllables(converted)
        words = len(_WORD.findall(converted))
        if after > before and after * 2 >= words and (best is None or after > best[0]):
            best = (after, encoding)
    return best[1] if best else None


def guess(text: str) -> Encoding | None:
    """The more likely legacy encoding for text the person says is legacy (the menu
    command), even when ``detect`` is not sure: the one whose conversion has the most
    Vietnamese syllables, if that is more than the text has now."""
    detected = detect(text)
    if detected:
        return detected
    before = vietnamese_syllables(text)
    scores = {enc: vietnamese_syllables(convert(text, enc)) for enc in ("tcvn3", "vni")}
    encoding: Encoding = max(scores, key=lambda e: scores[e])  # type: ignore[arg-type]
    changed = convert(text, encoding) != text
    return encoding if changed and scores[encoding] > before else None


_UPPER_WORD = re.compile(r"\S+")


def _restore_upper_case(original: str, converted: str) -> str:
    """TCVN3 capitals with a tone come out lower case; a word whose ASCII letters
    are all capitals (typed in .VnTimeH) is made all capitals again."""
    out = []
    for orig, conv in zip(_UPPER_WORD.findall(original), _UPPER_WORD.findall(converted), strict=True):
        ascii_letters = [ch for ch in orig if ch.isascii() and ch.isalpha()]
        if len(ascii_letters) >= 2 and all(ch.isupper() for ch in ascii_letters):
            conv = conv.upper()
        out.append(conv)
    # Rebuild with the original whitespace.
    parts = re.split(r"(\s+)", converted)
    words = iter(out)
    return "".join(next(words) if part and not part.isspace() else part for part in parts)


def convert(text: str, encoding: Encoding) -> str:
    """``text`` decoded from ``encoding`` into Unicode NFC. Characters that are not
    part of the encoding's letters are kept as they are."""
    if encoding == "tcvn3":
        converted = "".join(TCVN3_TO_UNICODE.get(ch, ch) for ch in text)
        converted = _restore_upper_case(text, converted)
    elif encoding == "vni":
        converted = _VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group(0)], text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    return unicodedata.normalize("NFC", converted)


def encode(text: str, encoding: Encoding) -> str:
    """Unicode text as it looks in ``encoding`` (the inverse of ``convert``; TCVN3
    writes capitals with a tone as lower-case codes, as the .VnTime fonts do)."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        out = []
        for ch in text:
            code = UNICODE_TO_TCVN3.get(ch)
            if code is None and ch.lower() != ch:
                code = UNICODE_TO_TCVN3.get(ch.lower())
            out.append(code if code is not None else ch)
        return "".join(out)
    if encoding == "vni":
        return "".join(UNICODE_TO_VNI.get(ch, ch) for ch in text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}
