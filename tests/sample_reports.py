"""Reports to print in tests and benchmarks, built straight from the domain dataclasses.

- ``seed()``: the centre's own report (resources/samples/seed-report.json) as the
  exchange reader gives it (its version-1 body mapped to parts).
- ``long_report(n)``: the seed with ``n`` activities and every optional part filled.
- ``from_template(t)``: a new report of each template, with a little text.
- The four kinds of real report that did not fit the old fixed body (issue 15), in our
  own words with made-up content of the same shape: ``term_review()``,
  ``year_review()``, ``association_report()``, ``two_signatures()``.
"""

from __future__ import annotations

from pathlib import Path

from hienhao_desktop.domain import templates
from hienhao_desktop.domain.model import (
    Activity,
    ActivityTable,
    Column,
    Heading,
    HeadingNumbering,
    IssueDate,
    ListItem,
    Organization,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    Report,
    ReportKind,
    Run,
    Signature,
    Table,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_JSON = ROOT / "resources" / "samples" / "seed-report.json"


def _p(*runs: str | Run) -> Paragraph:
    return Paragraph([r if isinstance(r, Run) else Run(r) for r in runs])


def _li(text: str, level: int = 1) -> ListItem:
    return ListItem(level, [Run(text)])


def seed() -> Report:
    """The seed report as the program reads it (exchange format 1, body mapped to parts)."""
    from hienhao_desktop.storage import exchange

    return exchange.read_file(SEED_JSON)


def long_report(activities: int = 120) -> Report:
    """The seed grown to many activities, with every optional part filled in."""
    r = seed()
    r.document_number = "7"
    r.date = IssueDate(15, 1, 2024)
    r.addressees = ["Phòng Giáo dục và Đào tạo huyện Cát Hải", "Đảng ủy, UBND xã Hiền Hào"]
    r.signature.authority = "KT."
    r.signature.position = "Giám đốc"
    r.signature.deputy_position = "Phó Giám đốc"
    r.signature.other_title = ""
    r.signature.name = "Trần Thị Hoa"
    doing = r.parts[1].blocks
    at = next(i for i, b in enumerate(doing) if isinstance(b, Heading) and i > 0)
    doing[at:at] = [Heading(1, "Công tác tuyên truyền"),
                    _li("Tuyên truyền trên hệ thống truyền thanh của xã 3 lần/tuần."),
                    _li("Treo băng zôn, khẩu hiệu tại trụ sở UBND xã và các nhà văn hóa thôn.")]
    base = r.activities
    r.activities = [
        Activity(f"{base[i % len(base)].name} (đợt {i // len(base) + 1})",
                 base[i % len(base)].participants, base[i % len(base)].lead_unit, base[i % len(base)].partner_units)
        for i in range(activities)
    ]
    if len(r.activities) > 5:
        r.activities[5].name = "Hội nghị " + "tuyên truyền phổ biến giáo dục pháp luật " * 6
    return r


def many_activities(n: int) -> Report:
    """The seed with ``n`` generated activities (benchmarks, long tables)."""
    r = seed()
    r.activities = [
        Activity(f"Hoạt động số {i}: tuyên truyền, phổ biến " + "nội dung " * (i % 7),
                 None if i % 10 == 0 else 10 + i % 90, f"Đơn vị chủ trì {i % 13}", "Các đoàn thể, Trường TH&THCS")
        for i in range(1, n + 1)
    ]
    return r


def _centre() -> Organization:
    return Organization("UBND xã Hiền Hào", "Trung tâm học tập cộng đồng", "TTHTCĐ")


def from_template(template: str) -> Report:
    """A new report of ``template`` as the window would make it, with a line of text
    under each heading and three activities."""
    parts = templates.template_parts(template)
    for part in parts:
        filled = []
        for block in part.blocks:
            filled.append(block)
            if isinstance(block, Heading):
                filled.append(_p(f"Nội dung mục {block.text.lower()} của trung tâm trong kỳ báo cáo."))
        part.blocks = filled or [_p("Nội dung phần này do trung tâm tự soạn.")]
    return Report(
        kind=templates.template_kind(template),
        school_year="2024-2025",
        period="Học kỳ I" if templates.template_kind(template) == ReportKind.SO_KET else "Cả năm",
        title="" if template != templates.Template.FREE else "Kết quả hoạt động tháng 3",
        organization=_centre(),
        place="Hiền Hào",
        part_numbering=templates.template_part_numbering(template),
        parts=parts,
        activities=[Activity("Tuyên truyền ngày Sách Việt Nam", 40, "TTHTCĐ", "Thư viện xã"),
                    Activity("Lớp tin học cơ bản cho hội viên phụ nữ", 25, "Hội Phụ nữ", "TTHTCĐ"),
                    Activity("Chuyên đề phòng chống đuối nước", None, "Đoàn TN", "")],
        recipients=["UBND xã", "Phòng GD&ĐT huyện"],
        signatures=[Signature(position="Giám đốc", name="Phạm Văn Nam")],
    )


# ---- the four kinds of real report (issue 15), made-up content ------------------------


def term_review() -> Report:
    """A term review that opens with "Căn cứ" lines and "báo cáo như sau:", whose first
    part is "Đặc điểm tình hình" without an advantages/difficulties split."""
    return Report(
        kind=ReportKind.SO_KET.value,
        school_year="2022-2023",
        period="Học kỳ I",
        title="Sơ kết hoạt động học kỳ I\nnăm học 2022-2023",
        organization=Organization("UBND xã Tân Lập", "Trung tâm học tập cộng đồng", "TTHTCĐ"),
        document_number="15",
        place="Tân Lập",
        date=IssueDate(12, 1, 2023),
        addressees=["Phòng Giáo dục và Đào tạo huyện Yên Sơn"],
        opening=[
            _p("Căn cứ Kế hoạch số 45/KH-UBND ngày 10/9/2022 của UBND xã Tân Lập về xây dựng xã hội học tập "
               "giai đoạn 2021-2025;"),
            _p("Căn cứ kết quả hoạt động của Trung tâm học tập cộng đồng trong học kỳ I năm học 2022-2023;"),
            _p("Trung tâm học tập cộng đồng xã Tân Lập báo cáo như sau:"),
        ],
        parts=[
            Part(PartRole.SITUATION.value, "", [
                _p("Xã có 9 thôn với 2.310 hộ và 8.940 nhân khẩu; đời sống người dân chủ yếu dựa vào trồng chè "
                   "và chăn nuôi. Trung tâm có 1 giám đốc, 2 phó giám đốc kiêm nhiệm và 9 cộng tác viên ở các thôn."),
                _p("Cơ sở vật chất của Trung tâm dùng chung với nhà văn hóa xã; thiết bị trình chiếu đã cũ, "
                   "thư viện có khoảng 600 đầu sách."),
            ]),
            Part(PartRole.IMPLEMENTATION.value, "Kết quả thực hiện nhiệm vụ", [
                Heading(1, "Công tác tuyên truyền"),
                _p("Phối hợp với đài truyền thanh xã phát 24 tin bài về học tập suốt đời; treo 12 băng zôn tại "
                   "các thôn."),
                Heading(1, "Kết quả tổ chức các chuyên đề"),
                _p("Trong học kỳ, Trung tâm tổ chức 6 chuyên đề với tổng số 412 lượt người tham gia:"),
                ActivityTable(),
            ]),
            Part(PartRole.ASSESSMENT.value, "Đánh giá chung", [
                Heading(1, "Ưu điểm"),
                _p("Các chuyên đề bám sát nhu cầu của người dân, nhất là kỹ thuật chăm sóc chè."),
                Heading(1, "Tồn tại, hạn chế"),
                _p("Số người trẻ tham gia còn ít; một số thôn chưa có cộng tác viên thường xuyên."),
            ]),
            Part(PartRole.PLANS.value, "", [
                _li("Mở lớp tin học cơ bản cho thanh niên trong tháng 3."),
                _li("Phối hợp với Hội Nông dân tổ chức chuyên đề chăn nuôi an toàn sinh học."),
            ]),
            Part(PartRole.RECOMMENDATIONS.value, "", [
                _p("Đề nghị UBND xã bố trí kinh phí mua mới máy chiếu cho Trung tâm."),
            ]),
        ],
        activities=[
            Activity("Chuyên đề kỹ thuật chăm sóc chè sau thu hoạch", 96, "TTHTCĐ", "Hội Nông dân"),
            Activity("Tuyên truyền phòng chống ma túy trong thanh thiếu niên", 120, "Công an xã", "Đoàn TN, TTHTCĐ"),
            Activity("Hướng dẫn sử dụng dịch vụ công trực tuyến", 58, "UBND xã", "TTHTCĐ"),
            Activity("Chuyên đề dinh dưỡng cho trẻ dưới 5 tuổi", 71, "Trạm y tế", "Hội Phụ nữ"),
            Activity("Giới thiệu sách mới tại thư viện xã", None, "TTHTCĐ", ""),
            Activity("Tập huấn phòng cháy chữa cháy rừng", 67, "Ban chỉ huy quân sự", "Kiểm lâm địa bàn"),
        ],
        recipients=["Như trên", "Đảng ủy, UBND xã", "Lưu: VT, TTHTCĐ"],
        signatures=[Signature(position="Giám đốc", other_title="Phó Chủ tịch UBND xã", name="Hoàng Thị Lan")],
    )


def year_review() -> Report:
    """A year-end review in "Phần thứ nhất / Phần thứ hai", with A. → I. → 1. → a)
    levels inside, a table of classes with a total row, bold and italic inside
    paragraphs, and "-" / "+" lists."""
    return Report(
        kind=ReportKind.TONG_KET.value,
        school_year="2023-2024",
        period="Cả năm",
        title="Tổng kết công tác năm học 2023-2024\nvà phương hướng nhiệm vụ năm học 2024-2025",
        organization=Organization("UBND xã Đông Hòa", "Trung tâm học tập cộng đồng", "TTHTCĐ"),
        document_number="21",
        place="Đông Hòa",
        date=IssueDate(28, 6, 2024),
        part_numbering=PartNumbering.WORDS.value,
        heading_numbering=HeadingNumbering.ROMAN.value,
        parts=[
            Part(PartRole.IMPLEMENTATION.value, "Kết quả thực hiện nhiệm vụ năm học 2023-2024", [
                Heading(1, "Công tác tham mưu, chỉ đạo"),
                _p("Trung tâm tham mưu cho Đảng ủy ban hành ",
                   Run("Nghị quyết chuyên đề về xây dựng xã hội học tập", bold=True),
                   "; phát động phong trào ", Run("“Gia đình học tập, dòng họ học tập”", italic=True),
                   " ở cả 7 thôn."),
                Heading(1, "Kết quả các lớp học"),
                Heading(2, "Các lớp chuyên đề"),
                _p("Năm học qua Trung tâm mở 5 lớp với ", Run("318", bold=True), " học viên, cụ thể:"),
                Table(
                    columns=[Column("Lớp học", "text"), Column("Số lớp", "number"), Column("Số học viên", "number"),
                             Column("Ghi chú", "text")],
                    rows=[["Tin học văn phòng", 2, 64, "Tại phòng máy trường THCS"],
                          ["Tiếng Anh giao tiếp", 1, 35, ""],
                          ["Kỹ thuật nuôi tôm", 1, 142, "Hai đợt"],
                          ["Cắm hoa nghệ thuật", 1, 77, None]],
                    numbered=True, total_row=True),
                Heading(2, "Cán bộ, giáo viên tham gia giảng dạy"),
                Heading(3, "Giáo viên các trường"),
                _p("Có 9 giáo viên của hai trường tham gia giảng dạy, đều nhiệt tình và có kinh nghiệm."),
                Heading(3, "Báo cáo viên của các ngành"),
                _li("Ngành nông nghiệp:"),
                _li("Trạm khuyến nông huyện: 2 người;", 2),
                _li("Hợp tác xã nông nghiệp: 1 người.", 2),
                _li("Ngành y tế: 2 người."),
                Heading(1, "Hoạt động của thư viện và tủ sách thôn"),
                _p("Thư viện phục vụ ", Run("1.250", bold=True), " lượt bạn đọc; luân chuyển 400 cuốn sách "
                   "xuống các tủ sách thôn."),
            ]),
            Part(PartRole.PLANS.value, "Phương hướng, nhiệm vụ năm học 2024-2025", [
                Heading(1, "Mục tiêu"),
                _p("Duy trì các lớp đã có và mở thêm ít nhất hai lớp mới theo nhu cầu của người dân."),
                Heading(1, "Giải pháp"),
                _li("Khảo sát nhu cầu học tập ở từng thôn trước tháng 9;"),
                _li("Tăng cường xã hội hóa:"),
                _li("vận động doanh nghiệp trên địa bàn hỗ trợ kinh phí;", 2),
                _li("huy động con em xa quê ủng hộ tủ sách.", 2),
            ]),
        ],
        recipients=["Phòng GD&ĐT huyện", "Đảng ủy, HĐND, UBND xã"],
        signatures=[Signature(position="Giám đốc", name="Lê Văn Bình")],
    )


def association_report() -> Report:
    """A learning-promotion association's report over a period that is not a school
    term, numbered "02/UB", dated "ngày … tháng 4 năm 2012", with lettered parts and
    headings A. → I. → 1. → a)."""
    return Report(
        kind=ReportKind.OTHER.value,
        school_year="",
        period="Từ tháng 10/2018 đến tháng 5/2019",
        title="Kết quả hoạt động khuyến học, khuyến tài\ntừ tháng 10/2018 đến tháng 5/2019",
        organization=Organization("Hội Khuyến học huyện Kim Sơn", "Hội Khuyến học xã Quang Thiện", ""),
        document_number="2",
        document_code="UB",
        place="Quang Thiện",
        date=IssueDate(None, 4, 2012),
        addressees=["Hội Khuyến học huyện Kim Sơn", "Đảng ủy xã Quang Thiện"],
        part_numbering=PartNumbering.LETTERS.value,
        heading_numbering=HeadingNumbering.ROMAN.value,
        parts=[
            Part(PartRole.IMPLEMENTATION.value, "Kết quả đạt được", [
                Heading(1, "Phát triển hội viên"),
                _p("Đến nay Hội có 1.460 hội viên, sinh hoạt ở 12 chi hội thôn và 3 chi hội trường học."),
                Heading(1, "Quỹ khuyến học"),
                Heading(2, "Huy động"),
                Heading(3, "Từ hội viên"),
                _p("Tổng quỹ huy động được 86.500.000 đồng, trong đó các dòng họ đóng góp 31.000.000 đồng."),
                Heading(3, "Từ các nhà hảo tâm"),
                _p("Các doanh nghiệp và nhà hảo tâm ủng hộ 12.000.000 đồng."),
                Heading(2, "Khen thưởng"),
                _p("Khen thưởng 214 học sinh giỏi và 35 học sinh vượt khó với tổng số tiền 42.800.000 đồng."),
            ]),
            Part(PartRole.OTHER.value, "Nhận xét, đánh giá", [
                _p("Phong trào khuyến học được duy trì đều ở các thôn; một số chi hội chưa sinh hoạt "
                   "thường xuyên."),
            ]),
            Part(PartRole.PLANS.value, "Nhiệm vụ thời gian tới", [
                _li("Đôn đốc các chi hội thu quỹ trước lễ khai giảng."),
                _li("Bình xét danh hiệu “Gia đình học tập” cuối năm."),
            ]),
        ],
        recipients=["Như trên", "Lưu"],
        signatures=[Signature(authority="TM.", position="Ban chấp hành", deputy_position="Chủ tịch",
                              name="Đinh Văn Hòa")],
    )


def two_signatures() -> Report:
    """A report with two signing columns: "XÁC NHẬN CỦA UBND XÃ" on the left,
    "GIÁM ĐỐC" on the right."""
    return Report(
        kind=ReportKind.SO_KET.value,
        school_year="2024-2025",
        period="Học kỳ I",
        organization=_centre(),
        document_number="05",
        place="Hiền Hào",
        date=IssueDate(6, 1, 2025),
        parts=[
            Part(PartRole.ASSESSMENT.value, "", [
                Heading(1, "Thuận lợi"),
                _p("Được sự quan tâm của Đảng ủy, UBND xã; các ban ngành phối hợp chặt chẽ với Trung tâm."),
                Heading(1, "Khó khăn"),
                _p("Kinh phí hoạt động còn hạn hẹp; cán bộ Trung tâm đều kiêm nhiệm."),
            ]),
            Part(PartRole.IMPLEMENTATION.value, "", [
                _p("Trong học kỳ I, Trung tâm tổ chức các hoạt động sau:"),
                ActivityTable(),
            ]),
            Part(PartRole.PLANS.value, "", [_li("Tiếp tục duy trì các chuyên đề theo kế hoạch.")]),
            Part(PartRole.RECOMMENDATIONS.value, "", [_p("Đề nghị huyện hỗ trợ tài liệu cho các lớp chuyên đề.")]),
        ],
        activities=[Activity("Chuyên đề an toàn giao thông cho học sinh", 150, "Công an xã", "Nhà trường"),
                    Activity("Tập huấn kỹ năng sử dụng điện thoại thông minh", 45, "TTHTCĐ", "Bưu điện văn hóa xã")],
        recipients=["Phòng GD&ĐT huyện", "Lưu: VT"],
        signatures=[
            Signature(position="Giám đốc", name="Nguyễn Văn Tuân"),
            Signature(caption="Xác nhận của UBND xã", authority="TM.", position="Ủy ban nhân dân",
                      deputy_position="Chủ tịch", name="Vũ Đức Thắng"),
        ],
    )


def long_words() -> Report:
    """Words longer than any line in every field (bad data must still print)."""
    long = "Đ" + "ư" * 400
    r = two_signatures()
    r.title = f"Tiêu đề {long}\n{long}"
    r.organization = Organization(long, long, "TTHTCĐ")
    r.document_code = long
    r.place = long
    r.addressees = [long, "Phòng " + long]
    r.parts.append(Part(PartRole.OTHER.value, long, [
        Heading(1, long), Heading(2, long), ListItem(2, [Run(long, bold=True)]),
        Table([Column(long), Column("Số", "number")], [[long, 5], ["x" * 900, 1]], numbered=True, total_row=True)]))
    r.activities[0].partner_units = long
    r.recipients = [long]
    r.signatures = [Signature(caption=long, position=long, other_title=long, name=long),
                    Signature(caption=long, name=long)]
    return r


def templates_reports() -> dict[str, Report]:
    return {t.value: from_template(t.value) for t in templates.Template}


def real_reports() -> dict[str, Report]:
    return {"term_review": term_review(), "year_review": year_review(),
            "association": association_report(), "two_signatures": two_signatures()}
