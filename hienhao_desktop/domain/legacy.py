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
# VNI: its mark and letter characters that no Vietnamese (or English) word has. The
# marks that are also Vietnamese letters (ù õ â á à ã ê é è ú) do not count: "đoàn"
# has "oà" in Unicode too.
_VNI_ONLY = re.compile(r"[øûïåäëüØÛÏÅÄËÜñÑöÖæÆîÎ]")
# Any VNI letter sequence: a vowel with a mark character after it.
_VNI_SEQUENCE = re.compile(r"[aeiouyAEIOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑöÖæÆîÎ]")

# ---- Vietnamese syllables ---------------------------------------------------------------
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEUS = (
    r"(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|ya|yê"
    r"|[aeêioôơuưy]|[ăâ](?=c|ch|m|n|ng|nh|p|t))"
)
_CODA = r"(?:ch|ng|nh|[cmnpt])?"  # after the nucleus
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
    if bare.endswith(("c", "ch", "p", "t")) and (not tones or tones[0] not in ("\u0301", "\u0323")):
        return False
    return True


def vietnamese_syllables(text: str) -> int:
    """How many words of ``text`` are valid Vietnamese syllables."""
    return sum(1 for word in _WORD.findall(unicodedata.normalize("NFC", text)) if _is_syllable(word))


def _valid_token(token: str) -> bool:
    """A whitespace-separated token whose letter runs are all Vietnamese syllables
    ("đồng", "(ủy", "nhà/trường,")."""
    runs = _WORD.findall(unicodedata.normalize("NFC", token))
    return bool(runs) and all(_is_syllable(run) for run in runs)


def _legacy_share(text: str, encoding: Encoding) -> float:
    """Share of legacy-only code points among the letters. A TCVN3 code that is a
    symbol elsewhere (© ® « » ·) counts only inside a word, not standing alone."""
    letters = sum(1 for ch in text if ch.isalpha() or ch in TCVN3_TO_UNICODE)
    if not letters:
        return 0.0
    if encoding == "tcvn3":
        marks = 0
        for i, ch in enumerate(text):
            if ch not in _TCVN3_ONLY:
                continue
            if ch.isalpha():
                marks += 1
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if any(c.isalpha() or c in TCVN3_TO_UNICODE for c in (before, after)):
                marks += 1
    else:
        # VNI letters are mostly vowel + mark; at least one must be a mark no
        # Unicode Vietnamese word has (ø û ï ñ ö ...).
        if not _VNI_ONLY.search(text):
            return 0.0
        marks = len(_VNI_SEQUENCE.findall(text))
    return marks / letters


MIN_SHARE = 0.03  # at least one legacy-only code point per ~30 letters
STRICT_VALID = 0.8
MIN_VALID = 0.5  # of the words conversion changes, this share must become Vietnamese


def _looks_legacy(token: str, encoding: Encoding) -> bool:
    if encoding == "tcvn3":
        return any(ch in _TCVN3_ONLY for ch in token)
    return _VNI_SEQUENCE.search(token) is not None


def _reads_better(text: str, converted: str, encoding: Encoding, strict: bool) -> tuple[bool, float]:
    """Whether the words conversion changed read as Vietnamese afterwards (and more
    of them than before), and the share of them that do.

    Not ``strict`` (the text has legacy-only code points): a word that happens to
    spell a syllable but holds legacy code points ("xaõ", VNI for "xã") does not
    count as Vietnamese before, and half the changed words must read well after.
    ``strict``: every word counts as it reads, and 80 % must read well after."""
    # Only words that had letters: a lone "«" or "£12" is punctuation, not a word.
    pairs = [(a, b) for a, b in zip(text.split(), converted.split(), strict=False)
             if a != b and any(ch.isalpha() for ch in a)]
    if not pairs:
        return False, 0.0
    valid_after = sum(1 for _, b in pairs if _valid_token(b))
    valid_before = sum(1 for a, _ in pairs if _valid_token(a) and (strict or not _looks_legacy(a, encoding)))
    share = valid_after / len(pairs)
    return valid_after > valid_before and share >= (STRICT_VALID if strict else MIN_VALID), share


def detect(text: str) -> Encoding | None:
    """"tcvn3" or "vni" when ``text`` is Vietnamese in that legacy encoding, else None.

    Conservative: the words its conversion changes must read as Vietnamese syllables
    afterwards, and more of them than before. With enough code points only the legacy
    encoding produces, half of the changed words must read well; without (short VNI
    text such as "Phoái nguoàn", all of whose characters are Latin-1 letters), 80 %
    must, counting words as they read. When both encodings qualify, the one whose
    changed words read better wins, then the one with more legacy-only code points."""
    if not text or text.isascii():
        return None
    best: tuple[float, float, Encoding] | None = None
    for encoding in ("tcvn3", "vni"):
        share = _legacy_share(text, encoding)
        converted = convert(text, encoding)
        if converted == text:
            continue
        better, valid_share = _reads_better(text, converted, encoding, strict=share < MIN_SHARE)
        if better and (best is None or (valid_share, share) > best[:2]):
            best = (valid_share, share, encoding)
    return best[2] if best else None


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
