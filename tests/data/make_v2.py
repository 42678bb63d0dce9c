"""Make tests/data/v2-release.sqlite3: a database made by the release whose schema is
version 2 (before the outline), through that release's own code (Store.create,
exchange.read_file, add_report, apply_edit, finalise, unlock), holding:

1. the seed report, imported from its exchange file as a user would;
2. a year-end report of another unit with every kind of text the old body held:
   special characters (quotes, <, &, %, \\, emoji, NFD input, tabs), multi-line
   assessment texts with "- " and "+ " lines, five subsections (one with an empty
   body, one with a title only typed later), 200 activities (unknown, 0 and very
   large counts), addressees, a KT. signature with a signature image and a seal
   image (real PNG files), finalised (archived PDF) then unlocked (revision 2);
3. a blank report as the window made it (defaults only).

Run it with the released code, not the code of this checkout:

    git archive 5065febdf6a63d4c770665fe85a51b8f2ee73a30 | tar -x -C /tmp/release-v2
    .venv/bin/python tests/data/make_v2.py /tmp/release-v2

(5065feb is main at the time the fixture was made; its schema version is 2.)
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "v2-release.sqlite3"


def png(width: int, height: int, rgba: tuple[int, int, int, int]) -> bytes:
    """A real (small) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgba) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def main(code: Path) -> None:
    sys.path.insert(0, str(code))
    from hienhao_desktop.domain import edits as E
    from hienhao_desktop.domain.model import Activity, Assessment, Organization, Report, Signature, Subsection
    from hienhao_desktop.storage import exchange
    from hienhao_desktop.storage.schema import SCHEMA_VERSION
    from hienhao_desktop.storage.store import Store

    assert SCHEMA_VERSION == 2, f"run this with the release of schema 2, not {SCHEMA_VERSION} ({code})"
    seed = exchange.read_file(code / "resources" / "samples" / "seed-report.json")

    TARGET.unlink(missing_ok=True)
    with Store.create(TARGET) as store:
        store.add_report(seed)

        names = [
            "Lớp xóa mù chữ “Học chưa bao giờ là muộn”",
            "Tập huấn kỹ thuật nuôi trồng thủy sản <lồng bè> & chế biến",
            "Chuyên đề: 100% hộ dân được phổ biến pháp luật \\ an toàn giao thông",
            "Câu lạc bộ \"Gia đình học tập\" – thôn Đông",
            unicodedata.normalize("NFD", "Hội thi tìm hiểu Luật Phòng, chống ma túy"),
            "Ngày hội đọc sách 📚 của thiếu nhi",
        ]
        activities = []
        for i in range(200):
            participants = None if i % 17 == 3 else (0 if i % 31 == 5 else (999_999_999 if i == 150 else 10 + i * 7 % 190))
            activities.append(
                Activity(
                    f"{names[i % len(names)]} (đợt {i + 1})",
                    participants,
                    ["TTHTCĐ", "Hội Khuyến học", "Đoàn TN", "Hội LHPN xã"][i % 4],
                    "" if i % 5 == 0 else f"Trường TH&THCS; thôn {i % 9 + 1}",
                )
            )
        special = Report(
            kind="tong_ket",
            school_year="2024-2025",
            period="Cả năm",
            title="Tổng kết năm học 2024–2025: “đặc biệt” & <thẻ> 100% \\ ; ' \"",
            organization=Organization("UBND xã Hiền Hào", "Hội Khuyến học xã", "HKH"),
            document_number="02",
            place="Cát Hải",
            date=dt.date(2025, 5, 31),
            addressees=["UBND huyện Cát Hải", "Phòng GD&ĐT huyện"],
            assessment=Assessment(
                advantages=(
                    "Được sự quan tâm của Đảng ủy, HĐND, UBND xã.\n"
                    "- Cơ sở vật chất: 03 phòng học, 01 thư viện (≈ 1.200 đầu sách);\n"
                    "+ phòng máy tính 15 máy\n"
                    "+ tủ sách pháp luật\n"
                    "\n"
                    "Tỷ lệ hộ gia đình học tập đạt 87,5%\t(tăng 4,2%)."
                ),
                difficulties=unicodedata.normalize(
                    "NFD", "Kinh phí hạn hẹp; \"chưa có\" cán bộ chuyên trách.\n- Ngư dân đi biển dài ngày."
                ),
            ),
            implementation=[
                Subsection("Công tác tham mưu, chỉ đạo", "Ban hành kế hoạch số 15/KH-HKH.\n- Họp triển khai 4 lần."),
                Subsection("Kết quả tuyên truyền", ""),
                Subsection("", "Nội dung chưa có tiêu đề: ký tự <>&\"' và emoji 🎓."),
                Subsection("Xây dựng mô hình “Công dân học tập”", "Thí điểm tại 3/9 thôn.\n+ thôn Đông\n+ thôn Tây"),
                Subsection("Kết quả tổ chức các hoạt động", "Chi tiết ở bảng dưới đây:"),
            ],
            activities=activities,
            solutions_title="Phương hướng, nhiệm vụ năm học 2025-2026",
            solutions=["- Tiếp tục củng cố 100% mô hình", "Huy động nguồn lực xã hội hóa (≥ 50 triệu đồng)"],
            recommendations=["Đề nghị cấp kinh phí 20.000.000 đ", "Bổ sung 01 cán bộ chuyên trách"],
            recipients=["Như trên", "Đảng ủy, UBND xã", "Lưu: VT, HKH"],
            signature=Signature(
                authority="KT.",
                position="Chủ tịch",
                deputy_position="Phó Chủ tịch",
                other_title="",
                name="Lê Thị Hồng",
                signature_image=png(24, 8, (0, 0, 160, 255)),
                seal_image=png(16, 16, (200, 0, 0, 128)),
            ),
        )
        sid = store.add_report(special)
        # edited after it was made, as the window does
        store.apply_edit(sid, E.SetItemField("implementation", 1, "body", "Phát 2.000 tờ rơi; 12 buổi phát thanh."))
        store.apply_edit(sid, E.MoveItem("activities", 199, 0))
        store.finalise(sid, b"%PDF-1.7 archived by the release of schema 2\n%%EOF\n")
        store.unlock(sid)

        store.add_report(Report(kind="so_ket", school_year="2025-2026", period="Học kỳ I", recipients=["Lưu: VT"]))
        assert store.schema_version == 2
    print(TARGET)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]).resolve())
