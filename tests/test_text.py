"""The text normaliser (domain/text.py): every string enters the report through it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hienhao_desktop.domain.text import capitalize_first, clean_line, clean_text, lower_first, upper_vi
from tests.strategies import VIETNAMESE, raw_text

PROPS = settings(max_examples=100, deadline=None)
any_text = st.one_of(raw_text, st.text(), st.text(st.one_of(st.characters(), st.characters(categories=["Cs"]))))


def _controls(value: str) -> set[str]:
    """Control characters (Cc), line/paragraph separators and the BOM, except newline
    and tab. (Other format characters such as joiners carry meaning and are kept.)"""
    return {c for c in value if (unicodedata.category(c) in ("Cc", "Zl", "Zp") or c == "\ufeff") and c not in "\n\t"}


@PROPS
@given(any_text)
def test_clean_text_is_idempotent_nfc_and_free_of_controls(value):
    once = clean_text(value)
    assert clean_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert _controls(once) == set()
    assert "\r" not in once
    once.encode("utf-8")  # no lone surrogates: it can be stored and written
    assert not once.startswith("\n") and not once.endswith("\n")


@PROPS
@given(any_text)
def test_clean_line_is_idempotent_nfc_one_line(value):
    once = clean_line(value)
    assert clean_line(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert _controls(once) == set()
    assert "\n" not in once and "\t" not in once
    assert once == once.strip() and "  " not in once
    once.encode("utf-8")


@PROPS
@given(any_text)
def test_upper_vi_of_nfd_equals_upper_of_nfc(value):
    nfd = unicodedata.normalize("NFD", value)
    nfc = unicodedata.normalize("NFC", value)
    assert upper_vi(nfd) == upper_vi(nfc) == unicodedata.normalize("NFC", nfc.upper())
    assert unicodedata.is_normalized("NFC", upper_vi(nfd))


def test_upper_vi_vietnamese():
    assert upper_vi("đường") == "ĐƯỜNG"
    assert upper_vi(unicodedata.normalize("NFD", "đường")) == "ĐƯỜNG"
    assert upper_vi("Trung tâm học tập cộng đồng") == "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"
    assert upper_vi("ủy ban nhân dân xã hiền hào") == "ỦY BAN NHÂN DÂN XÃ HIỀN HÀO"


@pytest.mark.parametrize("word", VIETNAMESE)
def test_decomposed_vietnamese_is_composed(word):
    nfd = unicodedata.normalize("NFD", word)
    assert nfd != word or word.isascii()
    assert clean_line(nfd) == word
    assert clean_text(nfd) == word


def test_clean_text_keeps_newlines_and_tabs_removes_other_controls():
    raw = "\ufeffDòng 1\x00\x07\r\nDòng\t2  \x0bDòng 3\x1b\x7f\x85\u2028Dòng 4\n\n"
    assert clean_text(raw) == "Dòng 1\nDòng\t2\nDòng 3\nDòng 4"


def test_clean_line_folds_whitespace():
    assert clean_line("  Nguyễn\tVăn \n\n Tuân\x0b\x00 ") == "Nguyễn Văn Tuân"
    assert clean_line("a\u00a0\u3000b") == "a b"


def test_first_letter_helpers():
    assert capitalize_first("giám đốc") == "Giám đốc"
    assert capitalize_first(unicodedata.normalize("NFD", "đường")) == "Đường"
    assert lower_first("Học kỳ I") == "học kỳ I"
    assert capitalize_first("") == lower_first("") == ""


def test_lone_surrogates_become_replacement_characters():
    assert clean_line("Nguy\ud800n\udfff") == "Nguy\ufffdn\ufffd"
    assert clean_text("a\udc80\nb") == "a\ufffd\nb"
    # a proper pair written as two escapes is already one character in Python
    assert clean_line("\U0001f600") == "\U0001f600"
