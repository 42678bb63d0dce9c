"""TCVN3 and VNI text is recognised and converted exactly; ordinary Vietnamese and
English text is never taken for it."""

from __future__ import annotations

import json
import random
import re
import unicodedata

import pytest

from hienhao_desktop.domain import legacy
from tests.conftest import SEED_JSON

VIETNAMESE_WORDS = (
    "trung tâm học tập cộng đồng xã hiền hào huyện cát hải thành phố hải phòng báo cáo sơ kết tổng kết "
    "năm học kỳ đơn vị chủ quản ban hành số văn bản địa danh ngày tháng kính gửi hoạt động chuyên đề "
    "người tham gia chủ trì tổ chức phối hợp thuận lợi khó khăn giải pháp kiến nghị đề xuất nơi nhận "
    "ký chức vụ giám đốc phó chủ tịch ủy ban nhân dân đảng ủy hội đồng phụ nữ nông dân cựu chiến binh "
    "đoàn thanh niên giáo viên học sinh nhà trường lớp tin học cho người cao tuổi tuyên truyền pháp luật "
    "ngư dân trên địa bàn khai giảng tết trung thu trợ giúp pháp lý sức khỏe kinh phí cơ sở vật chất "
    "còn thiếu thốn hạn chế tăng cường công tác lãnh đạo chỉ đạo xây dựng xã hội học tập suốt đời "
    "được đã và với các những một nhiều của trong khi theo để từ đến đều rất tốt hơn nữa cũng vẫn "
    "nguồn lực ngân sách nhà nước thiết bị phương tiện bưu điện văn hóa thư viện kết quả mô hình "
    "ngoài ra bên cạnh đó tuy nhiên vì vậy do đó nhằm mục đích nâng cao chất lượng giáo dục môi trường"
).split()
ENGLISH_WORDS = (
    "the report of the community learning centre lists activities participants lead units partner "
    "organisations advantages difficulties solutions recommendations recipients signer position "
    "school year term draft final export print preview undo redo check the table has rows and columns "
    "please enter a whole number this cell was not saved café résumé naïve façade déjà vu über "
    "copyright © 2024 registered ® trademark price £12 · item « quoted » 50% off ± 3 × 4 ÷ 2"
).split()


def _seed_sentences() -> list[str]:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data["report"])
    sentences = []
    for text in texts:
        sentences += [s.strip() for s in re.split(r"(?<=[.;:!?])\s+|\n", text) if len(s.strip()) > 3]
    return sentences


def _generated(words: tuple[str, ...] | list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(3, 18)))
        out.append(sentence[0].upper() + sentence[1:] + rng.choice([".", "", ";", "?", ":"]))
    return out


SEED = _seed_sentences()
ORDINARY = _generated(VIETNAMESE_WORDS, 500, 1) + _generated(ENGLISH_WORDS, 300, 2) + SEED
ORDINARY += _generated(VIETNAMESE_WORDS, 1000 - len(ORDINARY), 3) if len(ORDINARY) < 1000 else []


def test_corpus_is_large_enough() -> None:
    assert len(ORDINARY) >= 1000
    assert len(SEED) > 20


def test_ordinary_text_is_never_detected() -> None:
    detected = [s for s in ORDINARY if legacy.detect(s) is not None]
    assert detected == []
    # Decomposed (NFD) Unicode is ordinary too: the field cleaning composes it.
    assert [s for s in ORDINARY[:300] if legacy.detect(unicodedata.normalize("NFD", s))] == []


@pytest.mark.parametrize(("legacy_text", "encoding", "unicode_text"), [
    ("Trung t©m häc tËp céng ®ång", "tcvn3", "Trung tâm học tập cộng đồng"),
    ("Trung taâm hoïc taäp coäng ñoàng", "vni", "Trung tâm học tập cộng đồng"),
    ("Xin chaøo caùc baïn", "vni", "Xin chào các bạn"),
    ("B¶o Th¾ng", "tcvn3", "Bảo Thắng"),
    ("Uû ban nh©n d©n x· HiÒn Hµo", "tcvn3", "Uỷ ban nhân dân xã Hiền Hào"),
    ("§oµn thanh niªn; Héi Cùu chiÕn binh", "tcvn3", "Đoàn thanh niên; Hội Cựu chiến binh"),
    ("TRUNG T¢M H¦íNG DÉN", "tcvn3", "TRUNG TÂM HƯỚNG DẪN"),  # .VnTimeH capitals
    ("UÛy ban nhaân daân xaõ Hieàn Haøo", "vni", "Ủy ban nhân dân xã Hiền Hào"),
    ("ÑOAØN THANH NIEÂN", "vni", "ĐOÀN THANH NIÊN"),
    ("Tröôøng Maàm non vaø Tröôøng TH&THCS", "vni", "Trường Mầm non và Trường TH&THCS"),
])
def test_known_strings(legacy_text: str, encoding: str, unicode_text: str) -> None:
    assert legacy.detect(legacy_text) == encoding
    converted = legacy.convert(legacy_text, encoding)  # type: ignore[arg-type]
    assert converted == unicode_text
    assert unicodedata.is_normalized("NFC", converted)


def test_tables_cover_every_vietnamese_letter() -> None:
    letters = set()
    for base in "aăâeêioôơuưy":
        for mark in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"):
            letters.add(unicodedata.normalize("NFC", base + mark))
    letters = {ch for ch in letters if not ch.isascii()} | {"đ"}
    letters |= {ch.upper() for ch in letters}
    assert len(letters) == 134
    for ch in letters:
        assert legacy.convert(legacy.encode(ch, "vni"), "vni") == ch
        # TCVN3 (ABC) has capitals only for Ă Â Ê Ô Ơ Ư Đ; toned capitals come back lower case.
        back = legacy.convert(legacy.encode(ch, "tcvn3"), "tcvn3")
        assert back == ch or back == ch.lower()
    # One code per lower-case letter, no two letters sharing one.
    assert len(set(legacy.UNICODE_TO_TCVN3.values())) == len(legacy.UNICODE_TO_TCVN3) == 74


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_encoded_sentences_are_detected_and_converted_exactly(encoding: str) -> None:
    # Capitals with a tone mark have no TCVN3 code: leave them out of the TCVN3 round trip.
    def has_toned_capital(s: str) -> bool:
        return any(ch.isupper() and not ch.isascii() and ch not in "ĂÂÊÔƠƯĐ" for ch in s)

    samples = [s for s in _generated(VIETNAMESE_WORDS, 300, 4) + SEED
               if sum(1 for w in s.split() if not w.isascii()) >= 2  # not a lone "TTHTCĐ"
               and not (encoding == "tcvn3" and has_toned_capital(s))]
    assert len(samples) > 250
    for sentence in samples:
        encoded = legacy.encode(sentence, encoding)  # type: ignore[arg-type]
        assert legacy.detect(encoded) == encoding, (sentence, encoded)
        assert legacy.convert(encoded, encoding) == unicodedata.normalize("NFC", sentence)  # type: ignore[arg-type]


def test_guess_for_the_menu_command() -> None:
    assert legacy.guess("t©m") == "tcvn3"
    assert legacy.guess("Hiền Hào") is None
    assert legacy.guess("hello") is None
