"""New reports: blank from a template, and carrying on from an earlier report."""

from __future__ import annotations

import datetime as dt

import pytest

from hienhao_desktop.domain.derive import blank_report, next_period, report_from_earlier
from hienhao_desktop.domain.model import (
    ActivityTable,
    Column,
    Heading,
    ListItem,
    Paragraph,
    Part,
    Report,
    Run,
    Table,
)
from hienhao_desktop.domain.normalize import normalize_report
from hienhao_desktop.domain.templates import Template, template_parts
from hienhao_desktop.domain.validation import validate

TODAY = dt.date(2024, 11, 20)


@pytest.mark.parametrize("template", list(Template))
def test_a_blank_report_has_its_template_shape(store, template):
    report = blank_report(TODAY, template)
    assert normalize_report(report) == report  # clean as made
    assert report.parts == template_parts(template)
    assert report.recipients == ["Lưu: VT"]
    expected = {
        Template.DEFAULT: ("so_ket", "2024-2025", "Học kỳ I"),
        Template.TERM_REVIEW: ("so_ket", "2024-2025", "Học kỳ I"),
        Template.YEAR_REVIEW: ("tong_ket", "2024-2025", "Cả năm"),
        Template.FREE: ("other", "", ""),
    }[template]
    assert (report.kind, report.school_year, report.period) == expected
    assert report.has_activity_table() == (template != Template.FREE)
    rid = store.add_report(report)
    assert store.load(rid) == report
    assert validate(report)  # a blank report has things to fill in, and says so


def test_the_default_is_the_seeds_shape():
    report = blank_report(TODAY)
    assert [p.role for p in report.parts] == ["assessment", "implementation", "plans", "recommendations"]
    assert report.parts[0].blocks == [Heading(1, "Thuận lợi"), Heading(1, "Khó khăn")]
    assert report.parts[1].blocks == [ActivityTable()]


def test_a_new_report_keeps_the_centres_details_but_not_its_text(seed_report):
    """New report while the seed is open: the clerk does not type the centre's name,
    place and signer again; nothing of the seed's text, number or date comes along."""
    report = blank_report(TODAY, Template.FREE.value, centre=seed_report)
    assert report.organization == seed_report.organization
    assert (report.place, report.document_code) == (seed_report.place, seed_report.document_code)
    assert report.signatures == seed_report.signatures
    assert report.recipients == seed_report.recipients
    assert (report.document_number, report.date.as_date(), report.opening) == ("", None, [])
    assert [p.blocks for p in report.parts] == [[]]
    assert blank_report(TODAY, Template.FREE.value, centre=seed_report.copy()) == report  # the seed is not changed


def test_the_next_period():
    assert next_period("so_ket", "Học kỳ I", "2023-2024") == ("tong_ket", "Cả năm", "2023-2024")
    assert next_period("tong_ket", "Cả năm", "2023-2024") == ("so_ket", "Học kỳ I", "2024-2025")
    assert next_period("so_ket", "Học kỳ II", "2023-2024") == ("so_ket", "Học kỳ I", "2024-2025")
    assert next_period("other", "Năm 2024", "") == ("other", "", "")


def test_from_an_earlier_report_keeps_the_unit_and_the_outline(seed_report):
    seed_report.document_code = "UB"
    seed_report.part_numbering = "letters"
    seed_report.signatures[0].seal_image = b"\x89PNG\r\n\x1a\nseal"
    seed_report.parts[3].blocks.append(Table([Column("Thôn"), Column("Số hộ", "number")], [["Đông", 3]], True, True))
    new = report_from_earlier(seed_report, plans_as_assessment=False)
    assert normalize_report(new) == new
    assert (new.kind, new.period, new.school_year) == ("tong_ket", "Cả năm", "2023-2024")
    assert new.organization == seed_report.organization and new.place == seed_report.place
    assert new.document_code == "UB" and new.part_numbering == "letters"
    assert new.recipients == seed_report.recipients and new.signatures == seed_report.signatures
    assert new.title == "" and new.document_number == "" and new.date.is_empty()
    assert new.activities == [] and new.addressees == [] and new.opening == []
    assert [p.role for p in new.parts] == [p.role for p in seed_report.parts]
    assert new.parts[2].heading == ""  # the earlier plans' heading named the earlier period
    assert new.parts[0].blocks == [Heading(1, "Thuận lợi"), Heading(1, "Khó khăn")]
    assert new.parts[1].blocks == [b for b in seed_report.parts[1].blocks if isinstance(b, Heading | ActivityTable)]
    assert new.parts[3].blocks == [Table([Column("Thôn"), Column("Số hộ", "number")], [], True, True)]
    # nothing is shared with the earlier report
    new.signatures[0].name = "Người khác"
    new.organization.name = "Đơn vị khác"
    assert seed_report.signatures[0].name == "Nguyễn Văn Tuân" and seed_report.organization.name != "Đơn vị khác"


def test_the_earlier_plans_start_the_new_assessment(seed_report):
    new = report_from_earlier(seed_report, plans_as_assessment=True)
    plans = seed_report.parts[2].blocks
    assert new.parts[0].blocks == [Heading(1, "Thuận lợi"), *plans, Heading(1, "Khó khăn")]
    assert all(isinstance(b, ListItem) for b in plans)
    new.parts[0].blocks[1].runs[0].text = "sửa"
    assert seed_report.parts[2].blocks[0].runs[0].text != "sửa"


def test_the_earlier_plans_with_a_template_and_without_an_assessment_part():
    earlier = normalize_report(Report(
        kind="other", parts=[Part("plans", "Phương hướng", [Paragraph([Run("Làm tiếp", bold=True)])])],
    ))  # fmt: skip
    new = report_from_earlier(earlier, plans_as_assessment=True)
    assert [p.role for p in new.parts] == ["plans"]  # no assessment part: the first part takes them
    assert new.parts[0].blocks == [Paragraph([Run("Làm tiếp", bold=True)])] and new.parts[0].heading == ""
    new = report_from_earlier(earlier, plans_as_assessment=True, template=Template.YEAR_REVIEW)
    situation = new.parts[0]
    assert situation.role == "situation" and situation.blocks[1] == Paragraph([Run("Làm tiếp", bold=True)])
    assert new.kind == "other"  # the kind follows the earlier report, the template gives the shape
