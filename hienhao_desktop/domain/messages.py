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
    "not_bool": ("phải là true hoặc false", "must be true or false"),
    "bad_range": (
        "phải là số nguyên từ {low} đến {high}, hoặc để trống",
        "must be a whole number from {low} to {high}, or left empty",
    ),
    "not_integer": (
        "phải là số nguyên, ví dụ 25 hoặc -3, hoặc để trống",
        "must be a whole number, e.g. 25 or -3, or left empty",
    ),
    "bad_level": ("cấp phải từ 1 đến {high}", "the level must be from 1 to {high}"),
    "bad_row_length": (
        "dòng có {found} ô nhưng bảng có {expected} cột",
        "the row has {found} cells but the table has {expected} columns",
    ),
    "table_needs_column": ("bảng phải có ít nhất một cột", "a table needs at least one column"),
    "second_activity_table": (
        "báo cáo đã có bảng hoạt động; mỗi báo cáo chỉ có một",
        "the report already has the activity table; a report has only one",
    ),
    "signature_count": (
        "phải có một hoặc {high} cột ký",
        "there must be one or {high} signing columns",
    ),
    "bad_path": ("không có trường này ở chỗ này của báo cáo", "there is no such field at this place of the report"),
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
    "missing_period": ("Chưa nhập kỳ báo cáo (học kỳ, cả năm …).", "The period is missing."),
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
    "missing_title": (
        "Báo cáo loại khác cần nhập tiêu đề (trích yếu) dưới chữ BÁO CÁO.",
        "A report of another kind needs its title (the subject under BÁO CÁO).",
    ),
    "bad_date": (
        "Ngày ban hành không có thật: {date}.",
        "The date of issue does not exist: {date}.",
    ),
    "no_parts": ("Báo cáo chưa có phần nào.", "The report has no parts yet."),
    "missing_part_heading": ("Phần {number} chưa có tiêu đề.", "Part {number} has no heading."),
    "empty_part": (
        "Phần {number} ({heading}) chưa có nội dung.",
        "Part {number} ({heading}) has no content yet.",
    ),
    "empty_heading_section": (
        "Mục \u201c{heading}\u201d ở phần {part} chưa có nội dung.",
        "The item \u201c{heading}\u201d in part {part} has no content yet.",
    ),
    "missing_heading_text": (
        "Phần {part} có một tiêu đề mục để trống.",
        "Part {part} has an empty heading.",
    ),
    "empty_table": ("Bảng ở phần {part} chưa có dòng nào.", "The table in part {part} has no rows."),
    "missing_column_title": (
        "Bảng ở phần {part}: cột {column} chưa có tên.",
        "The table in part {part}: column {column} has no title.",
    ),
    "activities_not_printed": (
        "Bảng hoạt động có {count} dòng nhưng chưa được đặt vào phần nào của báo cáo, nên sẽ không được in.",
        "The activity table has {count} rows but stands in no part of the report, so it will not be printed.",
    ),
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
    "missing_position_left": (
        "Chưa nhập chức vụ người ký ở cột ký bên trái.",
        "The position of the left signing column is missing.",
    ),
    "missing_deputy_position_left": (
        "Cột ký bên trái: ký thay (KT.) cần chức vụ của người ký thay.",
        "The left signing column: signing for the head (KT.) needs the deputy's position.",
    ),
    "missing_signer_left": (
        "Chưa nhập họ tên người ký ở cột ký bên trái.",
        "The signer's name of the left signing column is missing.",
    ),
}


def language() -> str:
    """The language of core messages: HIENHAO_LANG=en for English, else Vietnamese."""
    return "en" if os.environ.get("HIENHAO_LANG", "vi").lower().startswith("en") else "vi"


def render(code: str, lang: str | None = None, **params: object) -> str:
    vi, en = MESSAGES[code]
    template = en if (lang or language()) == "en" else vi
    return template.format(**params)
