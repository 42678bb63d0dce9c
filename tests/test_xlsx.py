"""The Excel export: content, types, formulas, print settings, safety, command line.

Workbooks are read back with openpyxl; what openpyxl does not keep on reading (charts,
the raw XML of a cell) is checked inside the zip. One test recomputes the workbook
with LibreOffice when it is installed.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hienhao_desktop.domain import templates
from hienhao_desktop.domain.dates import date_line
from hienhao_desktop.domain.model import Activity, IssueDate, ListItem, Report, Run
from hienhao_desktop.export.xlsx import (
    ACTIVITY_HEADERS,
    SHEET_ACTIVITIES,
    SHEET_REPORT,
    SHEET_STATS,
    render_xlsx,
    safe_sheet_title,
    write_xlsx,
)
from tests import sample_reports
from tests.conftest import ROOT

SEED_PARTICIPANTS = [62, 38, None, 60, 21, 25, 10, 20, 23, 102, 78]
EVIL = '=HYPERLINK("http://x","y")'


def _load(data: bytes, **kwargs):
    return load_workbook(io.BytesIO(data), **kwargs)


def _sheet_xml(data: bytes, title: str) -> str:
    """The raw XML of the sheet called ``title``."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook)
        assert rid, workbook
        target = re.search(rf'<Relationship[^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
            rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
        )
        assert target
        path = target.group(1).lstrip("/")
        path = path if path.startswith("xl/") else f"xl/{path}"
        return z.read(path).decode()


def _cell_xml(sheet_xml: str, ref: str) -> str:
    match = re.search(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', sheet_xml, re.S)
    assert match, f"no cell {ref}"
    return match.group(0)


def _with_table(**kwargs) -> Report:
    """A report of the default shape (the activity table in part II)."""
    return Report(parts=templates.template_parts(templates.Template.DEFAULT), **kwargs)


@pytest.fixture
def seed_xlsx(seed_report) -> bytes:
    return render_xlsx(seed_report)


# ------------------------------------------------------------------ the data sheet


def test_activity_sheet_holds_the_seed_rows_with_types(seed_report, seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_ACTIVITIES]
    assert [c.value for c in ws[1]] == list(ACTIVITY_HEADERS)
    rows = list(ws.iter_rows(min_row=2, max_row=12, values_only=True))
    assert [r[0] for r in rows] == list(range(1, 12))  # the original skipped 6
    assert [r[2] for r in rows] == SEED_PARTICIPANTS
    for row, activity in zip(rows, seed_report.activities, strict=True):
        assert row[1] == activity.name
        assert row[3] == activity.lead_unit
        assert (row[4] or "") == activity.partner_units
    for row in ws.iter_rows(min_row=2, max_row=12):
        assert isinstance(row[0].value, int)
        assert row[2].value is None or type(row[2].value) is int
    unknown = ws["C4"]  # "Tổ chức khai giảng năm học mới": participants unknown
    assert unknown.value is None and unknown.data_type != "s"


def test_total_is_a_live_sum_over_the_rows(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_ACTIVITIES]
    assert ws["B13"].value == "Tổng cộng"
    assert ws["C13"].value == "=SUM(C2:C12)"
    assert "<f>SUM(C2:C12)</f>" in _cell_xml(_sheet_xml(seed_xlsx, SHEET_ACTIVITIES), "C13")


def test_activity_sheet_is_an_excel_table_with_frozen_header(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_ACTIVITIES]
    assert list(ws.tables) == ["HoatDong"]
    table = ws.tables["HoatDong"]
    assert table.ref == "A1:E12"  # header + 11 rows; the total stays outside
    assert table.tableStyleInfo.name
    assert [c.name for c in table.tableColumns] == list(ACTIVITY_HEADERS)
    assert ws.freeze_panes == "A2"
    widths = [ws.column_dimensions[col].width for col in "ABCDE"]
    assert all(0 < w <= 60 for w in widths)
    assert widths[1] > widths[0]  # from the content: names are longer than Stt


def test_report_sheet_numbers_rows_and_totals(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_REPORT]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "UBND XÃ HIỀN HÀO" in texts and "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG" in texts
    assert "Hiền Hào, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2024" in texts
    assert any(t.startswith("Số:") and t.endswith("/BC-TTHTCĐ") for t in texts)
    assert "III. GIẢI PHÁP THỰC HIỆN NHIỆM VỤ HỌC KỲ II NĂM HỌC 2023-2024" in texts
    recipients = [t for t in texts if t.startswith("- ") and len(t) < 30]
    assert recipients == ["- Đảng uỷ - UBND xã;", "- Đ/c CT UBND xã;", "- Phòng GD&ĐT huyện;", "- Lưu."]
    assert "GIÁM ĐỐC" in texts and "Nguyễn Văn Tuân" in texts
    # The activity table: Stt 1..11 in column A next to the names, and a live total.
    stt = [c.value for c in ws["A"] if isinstance(c.value, int)]
    assert stt == list(range(1, 12))
    total = [c for c in ws["C"] if isinstance(c.value, str) and c.value.startswith("=SUM(")]
    assert len(total) == 1
    first, last = re.fullmatch(r"=SUM\(C(\d+):C(\d+)\)", total[0].value).groups()
    rows = range(int(first), int(last) + 1)
    assert [ws.cell(row=r, column=3).value for r in rows if isinstance(ws.cell(row=r, column=1).value, int)] \
        == SEED_PARTICIPANTS
    fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Times New Roman"}


def test_report_sheet_wrapped_text_gets_room(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_REPORT]
    long_cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and len(c.value) > 200]
    assert long_cells
    for cell in long_cells:
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
        assert any(cell.coordinate in r for r in ws.merged_cells.ranges)  # merged across the width
        # ~80 characters fit on a line: a 200+ character paragraph needs 3+ lines.
        assert ws.row_dimensions[cell.row].height >= 3 * 13


# ------------------------------------------------------------------------ printing


def _mm(inches: float) -> float:
    return inches * 25.4


def test_print_settings_follow_the_decree(seed_xlsx):
    wb = _load(seed_xlsx)
    for title in (SHEET_REPORT, SHEET_ACTIVITIES, SHEET_STATS):
        ws = wb[title]
        assert ws.page_setup.paperSize in (9, "9"), title
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, title
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0, title
        m = ws.page_margins
        assert 20 - 0.01 <= _mm(m.top) <= 25 + 0.01, title
        assert 20 - 0.01 <= _mm(m.bottom) <= 25 + 0.01, title
        assert 30 - 0.01 <= _mm(m.left) <= 35 + 0.01, title
        assert 15 - 0.01 <= _mm(m.right) <= 20 + 0.01, title
    assert wb[SHEET_REPORT].page_setup.orientation == "portrait"
    assert wb[SHEET_STATS].page_setup.orientation == "portrait"
    assert wb[SHEET_ACTIVITIES].page_setup.orientation == "landscape"  # a wide table (decree allows)
    assert wb[SHEET_ACTIVITIES].print_title_rows == "$1:$1"
    # Page numbers: on the report at the top, not on page 1 (decree); footers elsewhere.
    report = wb[SHEET_REPORT]
    assert report.oddHeader.center.text == "&P" and report.HeaderFooter.differentFirst
    assert wb[SHEET_ACTIVITIES].oddFooter.center.text == "&P / &N"


def test_long_table_repeats_its_header_on_each_page():
    activities = [Activity(name=f"Hoạt động số {i}", participants=i, lead_unit="TTHTCĐ") for i in range(200)]
    ws = _load(render_xlsx(_with_table(school_year="2023-2024", activities=activities)))[SHEET_REPORT]
    header_rows = [c.row for c in ws["A"] if c.value == "Stt"]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(header_rows) >= 4  # 200 rows run over several pages
    assert breaks
    # every repeated header starts a page: it follows a manual page break
    assert all(row - 1 in breaks for row in header_rows[1:])
    assert [c.value for c in ws["A"] if isinstance(c.value, int)] == list(range(1, 201))


def _row_of(ws, text: str) -> int:
    (row,) = [c.row for r in ws.iter_rows() for c in r if c.value == text]
    return row


def test_other_title_stands_above_the_name_after_the_signing_room(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_REPORT]
    position, other, name = (_row_of(ws, t) for t in ("GIÁM ĐỐC", "Chủ tịch UBND xã Hiền Hào", "Nguyễn Văn Tuân"))
    assert name == other + 1  # right above the name, as in the PDF and the user's document
    room = sum(ws.row_dimensions[r].height for r in range(position + 1, other))
    assert room >= 60  # points: the hand signature and the seal go between


def test_a_heading_never_ends_a_page(seed_report):
    """With the last part's heading just at a page's foot, it moves to the next page
    with its paragraph and the signing block (seen: "IV. …" alone at the foot of page 2)."""
    breaks_before = {}
    for extra in range(0, 40):  # push the end of the body down a line at a time
        report = seed_report.copy()
        report.parts[2].blocks += [ListItem(1, [Run("Thêm một dòng giải pháp.")]) for _ in range(extra)]
        ws = _load(render_xlsx(report))[SHEET_REPORT]
        breaks = sorted(b.id for b in ws.row_breaks.brk)
        heading = _row_of(ws, "IV. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT")
        last = max(c.row for r in ws.iter_rows() for c in r if c.value == "Nguyễn Văn Tuân")
        # no page break between the heading and the name at the bottom of the block
        assert not [b for b in breaks if heading <= b < last], (extra, heading, breaks, last)
        breaks_before[extra] = heading - 1 in breaks
    assert any(breaks_before.values())  # some lengths did push the heading to a new page


# ------------------------------------------------------------------------ statistics


def test_statistics_sheet_counts_and_units(seed_xlsx):
    ws = _load(seed_xlsx)[SHEET_STATS]
    figures = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(4, 7)}
    assert figures == {
        "Số hoạt động": 11,
        "Tổng số người tham gia": 439,
        "Số hoạt động chưa rõ số người tham gia": 1,
    }
    units = [(r[0], r[1], r[2]) for r in ws.iter_rows(min_row=9, max_row=18, values_only=True)]
    assert units[0] == ("Trường TH&THCS", 1, 102)
    assert ("TTHTCĐ", 2, 72) in units
    people = [u[2] for u in units if u[2] is not None]
    assert people == sorted(people, reverse=True)
    assert units[-1] == ("Nhà trường", 1, None)  # only an unknown count: not 0


def test_chart_is_in_the_file_and_reads_the_activity_sheet(seed_xlsx):
    with zipfile.ZipFile(io.BytesIO(seed_xlsx)) as z:
        names = z.namelist()
        assert "xl/charts/chart1.xml" in names
        chart = z.read("xl/charts/chart1.xml").decode()
    assert re.search(r"<(c:)?barChart>", chart)
    assert "'Hoạt động'!$C$2:$C$12" in chart and "'Hoạt động'!$B$2:$B$12" in chart
    stats_xml = _sheet_xml(seed_xlsx, SHEET_STATS)
    assert "<drawing " in stats_xml


# ---------------------------------------------------------------------------- safety


def _evil_report() -> Report:
    return Report(
        school_year="2023-2024",
        title="+SUM(1,2)",
        activities=[
            Activity(name="-2+3", participants=5, lead_unit="@cmd", partner_units=EVIL),
            Activity(name="Tên\x0bcó\x00ký\x1ftự lạ", participants=None, lead_unit="A\x07B"),
        ],
        recipients=[EVIL],
    )


def test_formula_looking_text_stays_text_everywhere():
    data = render_xlsx(_evil_report())
    wb = _load(data)
    ws = wb[SHEET_ACTIVITIES]
    for ref, expected in (("B2", "-2+3"), ("D2", "@cmd"), ("E2", EVIL)):
        assert ws[ref].value == expected
        assert ws[ref].data_type == "s"
        assert "<f>" not in _cell_xml(_sheet_xml(data, SHEET_ACTIVITIES), ref)
    # no user text became a formula on any sheet: the only formulas are the totals
    for title in (SHEET_REPORT, SHEET_ACTIVITIES, SHEET_STATS):
        formulas = re.findall(r"<f>(.*?)</f>", _sheet_xml(data, title))
        assert all(f.startswith("SUM(C") for f in formulas), (title, formulas)
    report_texts = [c.value for row in wb[SHEET_REPORT].iter_rows() for c in row if isinstance(c.value, str)]
    assert "+SUM(1,2)" in report_texts
    assert f"- {EVIL};" in report_texts


def test_control_characters_are_removed():
    ws = _load(render_xlsx(_evil_report()))[SHEET_ACTIVITIES]
    assert ws["B3"].value == "Têncókýtự lạ"
    assert ws["D3"].value == "AB"


def test_sheet_titles_are_sanitised():
    assert safe_sheet_title("Báo cáo") == "Báo cáo"
    assert safe_sheet_title("a[b]c:d*e?f/g\\h") == "a b c d e f g h"
    assert len(safe_sheet_title("x" * 50)) == 31
    assert safe_sheet_title("'quoted'") == "quoted"
    assert safe_sheet_title("[]") == "Sheet"


# ------------------------------------------------------------------------- extremes


def test_empty_report_exports_a_valid_workbook():
    data = render_xlsx(Report())
    wb = _load(data)
    assert wb.sheetnames == [SHEET_REPORT, SHEET_ACTIVITIES, SHEET_STATS]
    ws = wb[SHEET_ACTIVITIES]
    assert ws.tables == {} or len(ws.tables) == 0  # an Excel table needs a data row
    assert ws["C2"].value == 0 and ws["B2"].value == "Tổng cộng"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert not any(n.startswith("xl/tables/") for n in z.namelist())
        assert not any(n.startswith("xl/charts/") for n in z.namelist())


def test_words_longer_than_a_line_anywhere_export():
    ws = _load(render_xlsx(sample_reports.long_words()))[SHEET_REPORT]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert sum(t.count("ư" * 400) for t in texts) >= 10
    assert all(ws.row_dimensions[r].height is None or ws.row_dimensions[r].height <= 409 for r in range(1, ws.max_row))


def test_two_thousand_activities_export():
    activities = [
        Activity(name=f"Hoạt động {i} " + "nội dung " * (i % 7), participants=None if i % 10 == 0 else i,
                 lead_unit=f"Đơn vị {i % 13}")
        for i in range(2000)
    ]
    report = Report(school_year="2023-2024", activities=activities)
    data = render_xlsx(report)
    ws = _load(data)[SHEET_ACTIVITIES]
    assert ws.tables["HoatDong"].ref == "A1:E2001"
    assert ws["A2001"].value == 2000
    assert ws["C2002"].value == "=SUM(C2:C2001)"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "'Hoạt động'!$C$2:$C$2001" in z.read("xl/charts/chart1.xml").decode()


def test_same_report_gives_the_same_bytes(seed_report):
    first = render_xlsx(seed_report)
    assert render_xlsx(seed_report.copy()) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:  # no clock in the file, whatever the timing
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    props = _load(first).properties
    assert props.created == props.modified == datetime.datetime(2000, 1, 1)
    seed_report.date = IssueDate(15, 1, 2024)
    assert _load(render_xlsx(seed_report)).properties.created == datetime.datetime(2024, 1, 15)


# --------------------------------------------------------------------------- date line


@pytest.mark.parametrize(
    ("date", "hint", "expected"),
    [
        (datetime.date(2024, 1, 15), "2023-2024", "Hiền Hào, ngày 15 tháng 01 năm 2024"),
        (datetime.date(2025, 6, 5), "2024-2025", "Hiền Hào, ngày 05 tháng 6 năm 2025"),
        (datetime.date(2024, 2, 9), "", "Hiền Hào, ngày 09 tháng 02 năm 2024"),
        (datetime.date(2023, 12, 31), "", "Hiền Hào, ngày 31 tháng 12 năm 2023"),
        (None, "2023-2024", "Hiền Hào, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2024"),
    ],
)
def test_date_line(date, hint, expected):
    assert date_line("Hiền Hào", date, hint) == expected


def test_date_line_without_a_usable_school_year_leaves_the_year_blank():
    blank = "\u00a0" * 6
    assert date_line("Hiền Hào", None, "năm nay") == f"Hiền Hào, ngày{blank}tháng{blank}năm {blank}"


def test_report_sheet_shows_the_date(seed_report):
    seed_report.date = IssueDate(15, 1, 2024)
    seed_report.document_number = "7"
    ws = _load(render_xlsx(seed_report))[SHEET_REPORT]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Hiền Hào, ngày 15 tháng 01 năm 2024" in texts
    assert "Số: 07/BC-TTHTCĐ" in texts
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "Hiền Hào, ngày 15 tháng 01 năm 2024")
    assert cell.font.italic


# ------------------------------------------------------------------------ command line


def _export(seed: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hienhao_desktop", "export", "--json", str(seed), "--xlsx", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_command_line_writes_the_workbook(seed_json, seed_report, tmp_path):
    out = tmp_path / "báo cáo.xlsx"
    result = _export(seed_json, out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == render_xlsx(seed_report)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_command_line_refuses_a_folder_as_target(seed_json, tmp_path):
    target = tmp_path / "folder.xlsx"
    target.mkdir()
    result = _export(seed_json, target)
    assert result.returncode == 2
    assert str(target) in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert target.is_dir()


def test_command_line_refuses_a_missing_folder(seed_json, tmp_path):
    target = tmp_path / "missing" / "out.xlsx"
    result = _export(seed_json, target)
    assert result.returncode == 2
    assert "out.xlsx" in result.stderr and "Traceback" not in result.stderr
    assert not target.parent.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_command_line_refuses_a_read_only_folder_keeping_the_old_file(seed_json, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "out.xlsx"
    old.write_bytes(b"old content")
    folder.chmod(0o555)
    try:
        result = _export(seed_json, old)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    assert old.read_bytes() == b"old content"


def test_failed_write_keeps_the_old_file(seed_report, tmp_path, monkeypatch):
    """Runs as root too: the replace step fails, the old file stays."""
    from hienhao_desktop.storage import files
    from hienhao_desktop.storage.files import WriteRefused

    old = tmp_path / "out.xlsx"
    old.write_bytes(b"old content")

    def fail(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(WriteRefused):
        write_xlsx(seed_report, old)
    assert old.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


# ----------------------------------------------------------------------- LibreOffice


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_computes_the_total(seed_xlsx, tmp_path):
    """An independent spreadsheet opens the file and computes =SUM(...) to 439."""
    source = tmp_path / "seed.xlsx"
    source.write_bytes(seed_xlsx)
    out = tmp_path / "csv"
    # Sheet 2 ("Hoạt động") as CSV (UTF-8, comma, cells as shown); LibreOffice ≥ 7.2.
    # A private profile: soffice instances sharing one profile block each other.
    filter_options = "44,34,76,1,,0,false,true,false,false,false,2"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", f"csv:Text - txt - csv (StarCalc):{filter_options}", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    files = list(out.glob("*.csv"))
    assert len(files) == 1, result.stdout + result.stderr
    lines = files[0].read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Stt,Tên chuyên đề")
    assert lines[-1].split(",")[:3] == ["", "Tổng cộng", "439"]


def test_rendering_stops_when_cancelled_and_is_unchanged_when_not(seed_report):
    from hienhao_desktop.export.cancel import RenderCancelled

    report = seed_report.copy()
    report.activities = [Activity(f"Hoạt động {n}", n, "Đoàn TN", "") for n in range(1000)]
    assert render_xlsx(report, cancelled=lambda: False) == render_xlsx(report)
    calls = 0

    def after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(RenderCancelled):
        render_xlsx(report, cancelled=after_two)
    assert calls == 3


# ------------------------------------------------------------ the outline (issue 15)


def test_runs_are_rich_text_and_parts_are_numbered():
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    ws = _load(render_xlsx(sample_reports.year_review()), rich_text=True)[SHEET_REPORT]
    rich = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, CellRichText)]
    blocks = [b for value in rich for b in value if isinstance(b, TextBlock)]
    assert any(b.text == "Nghị quyết chuyên đề về xây dựng xã hội học tập" and b.font.b for b in blocks)
    assert any(b.text.startswith("“Gia đình học tập") and b.font.i and not b.font.b for b in blocks)
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for line in ("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2023-2024", "II. Kết quả các lớp học",
                 "1. Các lớp chuyên đề", "a) Giáo viên các trường", "+ Trạm khuyến nông huyện: 2 người;"):
        assert line in texts, line
    heading = next(c for row in ws.iter_rows() for c in row if c.value == "a) Giáo viên các trường")
    assert heading.font.i and not heading.font.b  # level 3: italic


def test_an_authors_table_has_its_columns_and_a_live_total():
    ws = _load(render_xlsx(sample_reports.year_review()))[SHEET_REPORT]
    stt = next(c for row in ws.iter_rows() for c in row if c.value == "Stt")
    header = [c.value for c in ws[stt.row] if c.value is not None]
    assert header == ["Stt", "Lớp học", "Số lớp", "Số học viên", "Ghi chú"]
    total_row = next(c.row for row in ws.iter_rows() for c in row if c.value == "Tổng cộng")
    formulas = [c.value for c in ws[total_row] if isinstance(c.value, str) and c.value.startswith("=SUM(")]
    assert len(formulas) == 2  # Số lớp and Số học viên
    first, last = stt.row + 1, total_row - 1
    assert all(f.endswith(f"{first}:{f[5]}{last})") for f in formulas), formulas


def test_two_signing_columns_names_on_one_row():
    ws = _load(render_xlsx(sample_reports.two_signatures()))[SHEET_REPORT]
    assert _row_of(ws, "Vũ Đức Thắng") == _row_of(ws, "Nguyễn Văn Tuân")
    assert _row_of(ws, "XÁC NHẬN CỦA UBND XÃ") == _row_of(ws, "GIÁM ĐỐC")
    assert _row_of(ws, "Nơi nhận:") > _row_of(ws, "Vũ Đức Thắng")


def test_partial_date_and_code_as_typed():
    ws = _load(render_xlsx(sample_reports.association_report()))[SHEET_REPORT]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Số: 02/UB" in texts
    assert "Quang Thiện, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng 4 năm 2012" in texts
