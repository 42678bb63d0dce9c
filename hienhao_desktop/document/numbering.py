"""Numbers of parts and headings as Vietnamese administrative documents print them.

Parts: "I.", "II." (roman), "Phần thứ nhất", "Phần thứ hai" (words), "A.", "B."
(letters). Headings inside a part, by level 1 / 2 / 3:

- decimal: "1." / "1.1." / "1.1.1."
- letters: "1." / "a)" / "-"
- roman:   "I." / "1." / "a)"   (under lettered parts: A. → I. → 1. → a))

Letters follow the Vietnamese alphabet, as legal texts number their points:
a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y.
"""

from __future__ import annotations

from hienhao_desktop.domain.model import HeadingNumbering, PartNumbering

LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_UNITS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letter(n: int, upper: bool = False) -> str:
    """1 → "a", 6 → "e" (after "đ"); past "y" the letters double ("aa", "bb" …)."""
    if n <= 0:
        return str(n)
    index, rounds = (n - 1) % len(LETTERS), (n - 1) // len(LETTERS) + 1
    text = LETTERS[index] * rounds
    return text.upper() if upper else text


def ordinal_words(n: int) -> str:
    """"nhất", "hai", "ba", "tư", …, "mười", "mười một", "hai mươi mốt", "hai mươi tư"."""
    if n == 1:
        return "nhất"
    if n == 4:
        return "tư"
    if not 1 <= n <= 99:
        return str(n)
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _UNITS[unit]
    head = "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
    if unit == 0:
        return head
    if unit == 1 and tens > 1:
        tail = "mốt"
    elif unit == 4 and tens > 1:
        tail = "tư"
    elif unit == 5:
        tail = "lăm"
    else:
        tail = _UNITS[unit]
    return f"{head} {tail}"


def part_number(style: str, n: int) -> str:
    if style == PartNumbering.WORDS:
        return f"Phần thứ {ordinal_words(n)}"
    if style == PartNumbering.LETTERS:
        return f"{letter(n, upper=True)}."
    if style == PartNumbering.NONE:
        return ""
    return f"{roman(n)}."  # roman, and the default for an unknown style


def heading_number(style: str, counters: list[int], level: int) -> str:
    """The number of a heading at ``level`` (1–3) given the counters of levels 1..level
    (a level whose parent is missing counts its parent as 1)."""
    own = counters[level - 1]
    if style == HeadingNumbering.NONE:
        return ""
    if style == HeadingNumbering.LETTERS:
        return (f"{own}.", f"{letter(own)})", "-")[level - 1]
    if style == HeadingNumbering.ROMAN:
        return (f"{roman(own)}.", f"{own}.", f"{letter(own)})")[level - 1]
    return ".".join(str(c or 1) for c in counters[:level]) + "."  # decimal, and the default
