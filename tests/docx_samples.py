"""Word reports typed the ways clerks type them, built with ``docx_builder``: the
seed as the user typed it, and the shapes of the public reports issue 15 lists
(an opening, "Phần thứ nhất" parts, A. → I/ → 1. → a), Word numbering, heading styles,
legacy fonts, tab-typed headers and footers, two signing columns)."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import SEED_JSON
from tests.docx_builder import DocBuilder, R

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
ACTIVITY_HEADER = ["Stt", "Tên chuyên đề và tổ chức các hoạt động", "Số người tham gia", "Đơn vị chủ trì",
                   "Đơn vị, tổ chức phối hợp"]


def seed_data() -> dict[str, Any]:
    return json.loads(SEED_JSON.read_text(encoding="utf-8"))["report"]


def seed_document() -> DocBuilder:
    """The user's original report as its text dump shows it (seed/000_….txt): no
    header, the subject line, bold hand-numbered headings ending with ":", body
    paragraphs with blank lines between, the activity table with Stt 6 skipped (and
    the stray space before "Các đoàn thể"), "- " plans, and the footer table with
    "Nơi nhận" on the left and GIÁM ĐỐC / other title / name on the right."""
    seed = seed_data()
    d = DocBuilder()
    d.para(R(" Sơ kết năm học 2023-2024", bold=True), align="center")
    d.blank()
    d.blank()
    d.bold("I. ĐÁNH GIÁ CHUNG")
    d.blank()
    d.bold("1. Thuận lợi:")
    d.blank()
    d.para(seed["assessment"]["advantages"] + " ", align="both")
    d.blank()
    d.bold("2. Khó khăn:")
    d.blank()
    d.para(seed["assessment"]["difficulties"] + " ", align="both")
    d.bold("II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ")
    d.blank()
    first, second = seed["implementation"]
    d.bold("1. " + first["title"])
    d.blank()
    for line in first["body"].split("\n"):
        d.para(line, align="both")
    d.blank()
    d.bold("2. " + second["title"])
    d.blank()
    rows: list[list[Any]] = [list(ACTIVITY_HEADER)]
    for index, activity in enumerate(seed["activities"]):
        stt = index + 1 if index < 5 else index + 2  # the user skipped 6
        partner = " Các đoàn thể" if index == 2 else activity["partner_units"]
        participants = "" if activity["participants"] is None else str(activity["participants"])
        rows.append([str(stt), activity["name"], participants, activity["lead_unit"], partner])
    d.table(rows, bold_rows=1)
    d.blank()
    d.blank()
    d.bold("III. GIẢI PHÁP THỰC HIỆN NHIỆM VỤ HỌC KỲ II NĂM HỌC 2023-2024")
    for index, item in enumerate(seed["solutions"]):
        if index:
            d.blank()
        d.para("- " + item, align="both")
    d.blank()
    d.bold("IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT")
    d.blank()
    d.para(seed["recommendations"][0], align="both")
    d.blank()
    left: list[Any] = [R("Nơi nhận:", bold=True, italic=True)]
    for recipient in ["- Đảng uỷ - UBND xã;", "- Đ/c CT UBND xã;", "- Phòng GD&ĐT huyện;", "- Lưu."]:
        left += ["", recipient]
    d.footer_table(left, [R("GIÁM ĐỐC ", bold=True), "", R("Chủ tịch UBND xã Hiền Hào"),
                          R("Nguyễn Văn Tuân", bold=True)])
    return d


def decree_header(d: DocBuilder, number: str = "Số: 12/BC-TTHTCĐ",
                  date: str = "Hiền Hào, ngày 15 tháng 01 năm 2024", borders: bool = False) -> None:
    d.header_table(
        ["UBND XÃ HIỀN HÀO", R("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", bold=True), "_________", number],
        [R(NATIONAL, bold=True), R(MOTTO, bold=True), "___________________", R(date, italic=True)],
        borders=borders,
    )


def tabbed_header(d: DocBuilder) -> None:
    """The header typed as lines with tabs (left column, tabs, right column)."""
    d.para("UBND XÃ HIỀN HÀO\t\t", R(NATIONAL, bold=True))
    d.para(R("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", bold=True), "\t\t", R(MOTTO, bold=True))
    d.para("\t\t\t-----------------------------")
    d.para("Số:     /BC-TTHTCĐ\t\t", R("Hiền Hào, ngày … tháng 4 năm 2012", italic=True))


def opening_report() -> DocBuilder:
    """A year-end review with "Kính gửi" (two addressees), an opening of "Căn cứ"
    lines, "Đặc điểm tình hình" without the Thuận lợi/Khó khăn split, a staff table
    with a total row, and a footer typed with tabs."""
    d = DocBuilder()
    decree_header(d, number="Số: 07/BC-TTHTCĐ", date="Hiền Hào, ngày 28 tháng 5 năm 2024")
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Tổng kết năm học 2023-2024", bold=True), align="center")
    d.para("-----------", align="center")
    d.para(R("Kính gửi:", italic=True), align="center")
    d.para("- Phòng Giáo dục và Đào tạo huyện Cát Hải;")
    d.para("- Ủy ban nhân dân xã Hiền Hào.")
    d.para(R("Căn cứ Kế hoạch số 05/KH-TTHTCĐ ngày 10/9/2023 về hoạt động năm học 2023-2024;", italic=True))
    d.para(R("Căn cứ kết quả thực hiện nhiệm vụ năm học,", italic=True))
    d.para("Trung tâm học tập cộng đồng xã Hiền Hào báo cáo tổng kết năm học như sau:")
    d.bold("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.para("Xã có 5 thôn, ", R("1.234", bold=True), " hộ dân; trình độ dân trí không đồng đều.")
    d.bold("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC")
    d.bold("1. Đội ngũ")
    d.table([["TT", "Họ và tên", "Chức vụ", "Số năm công tác"],
             ["1", "Nguyễn Văn Tuân", "Giám đốc", "12"],
             ["2", "Trần Thị Bình", "Phó Giám đốc", "1.050"],
             ["3", "Lê Văn Cường", "Cán bộ", ""],
             ["", "Tổng cộng", "", "1.062"]], bold_rows=1)
    d.bold("2. Hoạt động")
    d.para("Tổ chức 12 chuyên đề với ", R("“Học tập suốt đời”", italic=True), " là chủ đề chính.")
    d.bold("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2024-2025")
    d.para("- Duy trì các lớp chuyên đề;")
    d.para("+ Lớp tin học cơ bản;")
    d.para("+ Lớp tiếng Anh giao tiếp.")
    d.bold("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    d.para("Đề nghị cấp kinh phí hoạt động năm 2025./.")
    d.para(R("Nơi nhận:", bold=True, italic=True), "\t\t\t", R("GIÁM ĐỐC", bold=True))
    d.para("- Như trên;")
    d.para("- Đảng ủy xã;")
    d.para("- Lưu: VT, TTHTCĐ.")
    d.para("\t\t\t", R("Nguyễn Văn Tuân", bold=True))
    return d


def words_parts_report() -> DocBuilder:
    """"Phần thứ nhất / Phần thứ hai" parts with A. → I/ → 1. → a) levels under them,
    the header typed with tabs, a partly-filled date, a document code not BC-…, and
    two signing columns in a borderless table."""
    d = DocBuilder()
    d.para("UBND XÃ HIỀN HÀO\t\t", R(NATIONAL, bold=True))
    d.para(R("HỘI KHUYẾN HỌC", bold=True), "\t\t", R(MOTTO, bold=True))
    d.para("Số: 02/UB\t\t", R("Hiền Hào, ngày … tháng 4 năm 2012", italic=True))
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Kết quả hoạt động khuyến học", bold=True), align="center")
    d.para(R("từ tháng 10/2011 đến tháng 4/2012", bold=True), align="center")
    d.para(R("PHẦN THỨ NHẤT", bold=True), align="center")
    d.para(R("KẾT QUẢ HOẠT ĐỘNG", bold=True), align="center")
    d.bold("A. CÔNG TÁC TỔ CHỨC")
    d.bold("I/ Kiện toàn hội")
    d.bold("1. Chi hội thôn")
    d.para("a) Thôn Đông: 45 hội viên.")
    d.para("b) Thôn Tây: 38 hội viên.")
    d.bold("2. Ban chấp hành")
    d.para("Ban chấp hành có 7 người.")
    d.bold("II/ Quỹ khuyến học")
    d.para("Quỹ đạt 25 triệu đồng.")
    d.bold("B. CÔNG TÁC TUYÊN TRUYỀN")
    d.para("Tuyên truyền trên loa truyền thanh.")
    d.para(R("PHẦN THỨ HAI: PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI", bold=True), align="center")
    d.para("- Phát triển hội viên.")
    d.table([[[R("XÁC NHẬN CỦA UBND XÃ", bold=True), R("CHỦ TỊCH", bold=True), "", R("Phạm Văn Dũng", bold=True)],
              [R("TM. BAN CHẤP HÀNH", bold=True), R("CHỦ TỊCH", bold=True), "(Đã ký)", R("Lê Thị Hoa", bold=True)]]],
            borders=False)
    return d


def word_numbered_report() -> DocBuilder:
    """Parts and headings numbered by Word itself: heading styles tied to a multilevel
    list (I. / 1. / a)), a second list restarted, Word bullets at two levels."""
    d = DocBuilder()
    decree_header(d)
    d.para(R("BÁO CÁO", bold=True), align="center")
    d.para(R("Sơ kết học kỳ I năm học 2023-2024", bold=True), align="center")
    outline = d.numbering([("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")],
                          styles={0: "Heading1", 1: "Heading2", 2: "Heading3"})
    for style, ilvl in (("Heading 1", 0), ("Heading 2", 1), ("Heading 3", 2)):
        d.style_numbering(style, outline, ilvl)
    bullets = d.numbering([("bullet", "-"), ("bullet", "+")])
    d.para("Đặc điểm tình hình", style="Heading 1")
    d.para("Thuận lợi", style="Heading 2")
    d.para("Được sự quan tâm của các cấp.")
    d.para("Khó khăn", style="Heading 2")
    d.para("Kinh phí còn hạn chế.", num=(bullets, 0))
    d.para("Thiếu phòng học.", num=(bullets, 1))
    d.para("Kết quả thực hiện nhiệm vụ", style="Heading 1")
    d.para("Công tác tuyên truyền", style="Heading 2")
    d.para("Trên loa", style="Heading 3")
    d.para("Phát 20 buổi.")
    d.para("Qua hội nghị", style="Heading 3")
    d.para("Kết quả tổ chức các hoạt động", style="Heading 2")
    d.table([ACTIVITY_HEADER,
             ["1", "Hội thảo", "62", "TTHTCĐ", "Trường TH&THCS"],
             ["2", "Trung thu", "1.200", "Đoàn TN", "Nhà trường"]], bold_rows=1, header_rows=1)
    d.para("Giải pháp thực hiện nhiệm vụ học kỳ II năm học 2023-2024", style="Heading 1")
    d.para("Mở thêm lớp.", num=(bullets, 0))
    d.para("Những kiến nghị, đề xuất", style="Heading 1")
    d.para("Không.")
    d.footer_table([R("Nơi nhận:", bold=True, italic=True), "- Lưu: VT."],
                   [R("GIÁM ĐỐC", bold=True), R("Nguyễn Văn Tuân", bold=True)])
    return d
