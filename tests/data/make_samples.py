"""Write the exchange-format samples in resources/samples/ from the program itself:

- seed-report-v2.json: the seed report (seed-report.json, version 1) as version 2;
- outline-example.json: a made-up report using every part of the outline (an
  opening, lettered parts, headings on three levels, bold and italic runs, lists on
  two levels, a table with a total row, the activity table in the second part, a
  partial date, a document code of its own, two signing columns).

Run from the project folder:  .venv/bin/python tests/data/make_samples.py
The tests check that the files are what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from hienhao_desktop.domain.model import (  # noqa: E402
    Activity,
    ActivityTable,
    Column,
    Heading,
    IssueDate,
    ListItem,
    Organization,
    Paragraph,
    Part,
    Report,
    Run,
    Signature,
    Table,
)
from hienhao_desktop.domain.normalize import normalize_report  # noqa: E402
from hienhao_desktop.storage import exchange  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def outline_example() -> Report:
    def p(*runs: Run) -> Paragraph:
        return Paragraph(list(runs))

    def r(text: str, **fmt: bool) -> Run:
        return Run(text, **fmt)

    return normalize_report(Report(
        kind="tong_ket",
        school_year="",
        period="Từ tháng 10/2018 đến tháng 5/2019",
        title="Tổng kết công tác khuyến học, khuyến tài\nvà xây dựng xã hội học tập\ntừ tháng 10/2018 đến tháng 5/2019",
        organization=Organization("UBND xã Đông Phong", "Hội Khuyến học xã", "HKH"),
        document_number="02",
        document_code="UB",
        place="Đông Phong",
        date=IssueDate(None, 5, 2019),
        addressees=["Hội Khuyến học huyện", "Đảng ủy, UBND xã"],
        opening=[
            p(r("Căn cứ Kế hoạch số 12/KH-HKH ngày 05/10/2018 của Hội Khuyến học huyện;")),
            p(r("Hội Khuyến học xã báo cáo kết quả như sau:")),
        ],
        part_numbering="letters",
        heading_numbering="roman",
        parts=[
            Part("situation", "Đặc điểm tình hình", [
                p(r("Xã có 9 thôn, 2.150 hộ; "), r("87,5%", bold=True), r(" hộ đạt danh hiệu gia đình học tập.")),
                Heading(1, "Thuận lợi"),
                ListItem(1, [r("Được sự quan tâm của cấp ủy, chính quyền;")]),
                ListItem(2, [r("Hội nghị triển khai ngày 15/10/2018;")]),
                Heading(1, "Khó khăn"),
                p(r("Kinh phí hoạt động còn hạn hẹp.")),
            ]),
            Part("implementation", "Kết quả thực hiện nhiệm vụ", [
                Heading(1, "Công tác tuyên truyền"),
                p(r("Chủ đề năm: "), r("“Học chưa bao giờ là muộn”", italic=True), r(".")),
                Heading(1, "Kết quả xây dựng mô hình học tập"),
                Heading(2, "Gia đình học tập"),
                Table(
                    [Column("Thôn"), Column("Số hộ", "number"), Column("Đạt gia đình học tập", "number")],
                    [["Thôn Đông", 320, 290], ["Thôn Tây", 275, 240], ["Thôn Nam", 410, None]],
                    numbered=True, total_row=True,
                ),
                Heading(3, "Dòng họ học tập"),
                p(r("12/15 dòng họ đạt danh hiệu.", underline=True)),
                Heading(1, "Các hoạt động đã tổ chức"),
                ActivityTable(),
            ]),
            Part("plans", "", [ListItem(1, [r("Tiếp tục củng cố các mô hình học tập.")])]),
            Part("recommendations", "", [p(r("Đề nghị Hội Khuyến học huyện hỗ trợ kinh phí."))]),
        ],
        activities=[
            Activity("Hội nghị tổng kết khuyến học năm 2018", 85, "Hội Khuyến học xã", "UBND xã"),
            Activity("Trao học bổng cho học sinh nghèo vượt khó", 40, "Hội Khuyến học xã", "Các dòng họ"),
            Activity("Ngày hội đọc sách", None, "Thư viện xã", ""),
        ],
        recipients=["Như trên", "Lưu: VT, HKH"],
        signatures=[
            Signature(authority="TM.", position="Hội Khuyến học", other_title="Chủ tịch", name="Nguyễn Thị Lan"),
            Signature(caption="Xác nhận của UBND xã", authority="TM.", position="Ủy ban nhân dân",
                      other_title="Chủ tịch", name="Phạm Văn Hùng"),
        ],
    ))  # fmt: skip


def main() -> None:
    seed = exchange.read_file(SAMPLES / "seed-report.json")
    (SAMPLES / "seed-report-v2.json").write_text(exchange.dumps(seed), encoding="utf-8")
    (SAMPLES / "outline-example.json").write_text(exchange.dumps(outline_example()), encoding="utf-8")
    print(SAMPLES)


if __name__ == "__main__":
    main()
