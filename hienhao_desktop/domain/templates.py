"""Report shapes to start from, and the body of a version-1 report as an outline.

A template gives a new report its parts, the headings inside them and where the
activity table stands; the text is the clerk's. ``DEFAULT`` is the shape of the
centre's own report (the seed): I. assessment (advantages, difficulties),
II. implementation ending with the activity table, III. plans, IV. recommendations.

``body_from_v1`` turns the fixed body of exchange format 1 (and of databases made
before the outline) into parts, so that what was printed before prints the same
words now: "1. Thuận lợi", "2. Khó khăn", each implementation item a numbered
heading, plans as "- " items, recommendations as a paragraph (or "- " items when
there are several).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from hienhao_desktop.domain.model import (
    ActivityTable,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Part,
    PartNumbering,
    PartRole,
    ReportKind,
    Run,
)


class Template(enum.StrEnum):
    DEFAULT = "default"  # the centre's own report: the seed's shape
    TERM_REVIEW = "term_review"  # Sơ kết học kỳ
    YEAR_REVIEW = "year_review"  # Tổng kết năm học
    FREE = "free"  # one part of the author's own, no fixed headings


def _headings(*texts: str) -> list[Block]:
    return [Heading(1, text) for text in texts]


def template_parts(template: str) -> list[Part]:
    """The parts a new report of this template starts with."""
    t = Template(template)
    if t == Template.DEFAULT:
        return [
            Part(PartRole.ASSESSMENT, "", _headings("Thuận lợi", "Khó khăn")),
            Part(PartRole.IMPLEMENTATION, "", [ActivityTable()]),
            Part(PartRole.PLANS, "", []),
            Part(PartRole.RECOMMENDATIONS, "", []),
        ]
    if t == Template.TERM_REVIEW:
        return [
            Part(PartRole.SITUATION, "", _headings("Thuận lợi", "Khó khăn")),
            Part(PartRole.IMPLEMENTATION, "Kết quả thực hiện nhiệm vụ", [
                Heading(1, "Công tác tuyên truyền, phối hợp"),
                Heading(1, "Kết quả tổ chức các hoạt động"),
                ActivityTable(),
            ]),
            Part(PartRole.ASSESSMENT, "Đánh giá chung", _headings("Ưu điểm", "Tồn tại, hạn chế")),
            Part(PartRole.PLANS, "", []),
            Part(PartRole.RECOMMENDATIONS, "", []),
        ]
    if t == Template.YEAR_REVIEW:
        return [
            Part(PartRole.SITUATION, "", _headings("Thuận lợi", "Khó khăn")),
            Part(PartRole.IMPLEMENTATION, "Kết quả thực hiện nhiệm vụ năm học", [
                Heading(1, "Công tác tham mưu, tuyên truyền"),
                Heading(1, "Kết quả tổ chức các hoạt động"),
                ActivityTable(),
                Heading(1, "Công tác xã hội hóa, huy động nguồn lực"),
            ]),
            Part(PartRole.ASSESSMENT, "Đánh giá chung", _headings("Ưu điểm", "Tồn tại, hạn chế", "Nguyên nhân")),
            Part(PartRole.PLANS, "", []),
            Part(PartRole.RECOMMENDATIONS, "", []),
        ]
    return [Part(PartRole.OTHER, "", [])]


def template_kind(template: str) -> str:
    t = Template(template)
    if t == Template.YEAR_REVIEW:
        return ReportKind.TONG_KET.value
    if t == Template.FREE:
        return ReportKind.OTHER.value
    return ReportKind.SO_KET.value


def template_part_numbering(template: str) -> str:
    del template  # every template numbers its parts I., II. …; the clerk may choose otherwise
    return PartNumbering.ROMAN.value


# ---- version 1 --------------------------------------------------------------------


def blocks_from_text(text: str) -> list[Block]:
    """Version 1 body text: one paragraph per line; "- " starts a bullet item
    (and "+ " a second-level one)."""
    blocks: list[Block] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- ") or line == "-":
            blocks.append(ListItem(1, [Run(line[2:].strip())]))
        elif line.startswith("+ ") or line == "+":
            blocks.append(ListItem(2, [Run(line[2:].strip())]))
        else:
            blocks.append(Paragraph([Run(line)]))
    return blocks


def _item_text(item: str) -> str:
    return item.strip().lstrip("-").strip()


def body_from_v1(
    advantages: str,
    difficulties: str,
    implementation: Sequence[tuple[str, str]],
    solutions_title: str,
    solutions: Sequence[str],
    recommendations: Sequence[str],
) -> list[Part]:
    """The four parts of a version-1 report (``implementation``: (title, body) pairs)."""
    assessment: list[Block] = [Heading(1, "Thuận lợi"), *blocks_from_text(advantages),
                               Heading(1, "Khó khăn"), *blocks_from_text(difficulties)]
    doing: list[Block] = []
    for title, body in implementation:
        if not title.strip() and not body.strip():
            continue  # version 1 printed nothing for an empty item
        doing.append(Heading(1, title.strip()))
        doing += blocks_from_text(body)
    doing.append(ActivityTable())
    plans: list[Block] = [ListItem(1, [Run(_item_text(s))]) for s in solutions if s.strip()]
    items = [r.strip() for r in recommendations if r.strip()]
    if len(items) == 1 and not items[0].startswith("- "):
        proposals: list[Block] = [Paragraph([Run(items[0])])]
    else:
        proposals = [ListItem(1, [Run(_item_text(r))]) for r in items]
    return [
        Part(PartRole.ASSESSMENT, "", assessment),
        Part(PartRole.IMPLEMENTATION, "", doing),
        Part(PartRole.PLANS, solutions_title.strip(), plans),
        Part(PartRole.RECOMMENDATIONS, "", proposals),
    ]
