"""Messages the report core shows to people, in Vietnamese and English.

The layers below ``ui/`` cannot use Qt's translator, yet their messages reach the
clerk (validation problems, refused imports on the command line). They are kept here
as one table keyed by a stable code; ``ui/`` may wrap ``render`` with its own
language choice. Vietnamese is the default language.
"""

from __future__ import annotations

import os

# code: (Vietnamese, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # values
    "not_whole_number": (
        "phải là số nguyên không âm, ví dụ 25, hoặc để trống",
        "must be a whole number of 0 or more, e.g. 25, or left empty",
    ),
    "number_too_large": ("số quá lớn; tối đa {limit}", "the number is too large; at most {limit}"),
    "not_text": ("phải là một đoạn chữ", "must be text"),
    "not_list": ("phải là một danh sách", "must be a list"),
    "not_object": ("phải là một nhóm trường (object)", "must be an object"),
    "not_date": (
        "phải là ngày dạng NNNN-TT-NN, ví dụ 2024-01-15, hoặc null",
        "must be a date as YYYY-MM-DD, e.g. 2024-01-15, or null",
    ),
    "not_choice": ("phải là một trong: {choices}", "must be one of: {choices}"),
    "not_png": (
        "phải là ảnh PNG mã hóa base64, hoặc null",
        "must be a base64-encoded PNG image, or null",
    ),
    "image_too_large": (
        "ảnh quá lớn ({size} KB); tối đa {limit} KB",
        "the image is too large ({size} KB); at most {limit} KB",
    ),
    "unknown_key": (
        "trường không được biết đến \u201c{key}\u201d (có thể gõ nhầm tên)",
        "unknown field \u201c{key}\u201d (perhaps a typing mistake)",
    ),
    "duplicate_key": ("trường \u201c{key}\u201d xuất hiện hai lần", "field \u201c{key}\u201d appears twice"),
    "missing_key": ("thiếu trường bắt buộc \u201c{key}\u201d", "required field \u201c{key}\u201d is missing"),
    "bad_index": ("không có dòng số {index}", "there is no row {index}"),
    # whole files
    "not_utf8": (
        "tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {offset})",
        "the file is not UTF-8 text (bad byte at offset {offset})",
    ),
    "not_json": (
        "tệp không phải JSON hợp lệ: dòng {line}, cột {column}: {detail}",
        "the file is not valid JSON: line {line}, column {column}: {detail}",
    ),
    "too_large": (
        "tệp quá lớn ({size} MB); tối đa {limit} MB",
        "the file is too large ({size} MB); at most {limit} MB",
    ),
    "bad_format": (
        "không phải tệp báo cáo hienhao (format phải là \u201chienhao-report\u201d)",
        "not a hienhao report file (format must be \u201chienhao-report\u201d)",
    ),
    "too_new": (
        "tệp được tạo bởi phiên bản mới hơn (phiên bản định dạng {version}); "
        "chương trình này đọc được đến phiên bản {supported}",
        "the file was made by a newer version (format version {version}); "
        "this program reads up to version {supported}",
    ),
    "bad_version": ("phiên bản định dạng phải là số nguyên ≥ 1", "format version must be a whole number ≥ 1"),
    "cannot_read": ("không đọc được tệp: {detail}", "cannot read the file: {detail}"),
    # validation of a report (checklist)
    "missing_school_year": ("Chưa nhập năm học.", "The school year is missing."),
    "bad_school_year": (
        "Năm học phải có dạng 2023-2024 (hai năm liền nhau).",
        "The school year must look like 2023-2024 (two consecutive years).",
    ),
    "missing_period": ("Chưa chọn học kỳ.", "The period is missing."),
    "missing_org_parent": ("Chưa nhập đơn vị chủ quản.", "The parent body is missing."),
    "missing_org_name": ("Chưa nhập tên đơn vị ban hành.", "The issuing body's name is missing."),
    "missing_org_abbreviation": (
        "Chưa nhập chữ viết tắt của đơn vị (dùng trong số văn bản, ví dụ BC-TTHTCĐ).",
        "The issuing body's abbreviation is missing (used in the document code, e.g. BC-TTHTCĐ).",
    ),
    "bad_document_number": (
        "Số văn bản chỉ gồm chữ số, ví dụ 12 (hoặc để trống để viết tay).",
        "The document number must be digits only, e.g. 12 (or left empty to write by hand).",
    ),
    "missing_place": ("Chưa nhập địa danh (ví dụ Hiền Hào).", "The place name is missing (e.g. Hiền Hào)."),
    "missing_date": (
        "Chưa nhập ngày ban hành (sẽ để trống để viết tay).",
        "The date is not set (it will be left blank to write by hand).",
    ),
    "missing_advantages": ("Phần Thuận lợi còn trống.", "The advantages section is empty."),
    "missing_difficulties": ("Phần Khó khăn còn trống.", "The difficulties section is empty."),
    "missing_implementation": (
        "Phần II chưa có mục nào.",
        "Section II has no subsection yet.",
    ),
    "missing_subsection_title": ("Mục {number} của phần II chưa có tiêu đề.", "Subsection {number} of section II has no title."),
    "no_activities": ("Bảng hoạt động chưa có dòng nào.", "The activity table has no rows."),
    "missing_activity_name": (
        "Dòng {number} của bảng hoạt động chưa có tên chuyên đề, hoạt động.",
        "Row {number} of the activity table has no activity name.",
    ),
    "unknown_participants": (
        "Dòng {number} của bảng hoạt động chưa có số người tham gia.",
        "Row {number} of the activity table has no participant count.",
    ),
    "missing_lead_unit": (
        "Dòng {number} của bảng hoạt động chưa có đơn vị chủ trì.",
        "Row {number} of the activity table has no lead unit.",
    ),
    "missing_solutions": ("Phần III (giải pháp) chưa có nội dung.", "Section III (plans) is empty."),
    "missing_recommendations": (
        "Phần IV (kiến nghị, đề xuất) chưa có nội dung.",
        "Section IV (recommendations) is empty.",
    ),
    "missing_recipients": ("Chưa có nơi nhận.", "There are no recipients."),
    "missing_archive_recipient": (
        "Nơi nhận nên kết thúc bằng \u201cLưu: VT\u201d.",
        "The recipients should end with \u201cLưu: VT\u201d (filed copy).",
    ),
    "missing_position": ("Chưa nhập chức vụ người ký.", "The signer's position is missing."),
    "missing_deputy_position": (
        "Ký thay (KT.) cần chức vụ của người ký thay, ví dụ Phó Giám đốc.",
        "Signing for the head (KT.) needs the deputy's position, e.g. Phó Giám đốc.",
    ),
    "missing_signer": ("Chưa nhập họ tên người ký.", "The signer's name is missing."),
}


def language() -> str:
    """The language of core messages: HIENHAO_LANG=en for English, else Vietnamese."""
    return "en" if os.environ.get("HIENHAO_LANG", "vi").lower().startswith("en") else "vi"


def render(code: str, lang: str | None = None, **params: object) -> str:
    vi, en = MESSAGES[code]
    template = en if (lang or language()) == "en" else vi
    return template.format(**params)
