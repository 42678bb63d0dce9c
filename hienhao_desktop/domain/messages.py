"""Messages the report core shows to people, in Vietnamese and English.

The layers below ``ui/`` cannot use Qt's translator, yet their messages reach the
clerk (validation problems, refused imports on the command line). They are kept here
as one table keyed by a stable code; ``ui/`` may wrap ``render`` with its own
language choice. Vietnamese is the default language.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

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
    # limits
    "too_long": (
        "quá dài ({length} ký tự); mỗi ô tối đa {limit} ký tự",
        "is too long ({length} characters); a field holds at most {limit} characters",
    ),
    # the data file (storage); "{detail}" is SQLite's or the system's own words
    "db_missing": ("không có tệp dữ liệu này", "there is no such data file"),
    "db_is_folder": ("là một thư mục, không phải tệp dữ liệu", "is a folder, not a data file"),
    "db_not_a_file": (
        "không phải một tệp bình thường (thiết bị, đường ống…); không mở nó",
        "is not an ordinary file (a device, a pipe …); it was not opened",
    ),
    "db_foreign": (
        "không phải tệp dữ liệu của chương trình này; tệp được giữ nguyên",
        "is not a data file of this program; the file was left unchanged",
    ),
    "db_other_program": (
        "là cơ sở dữ liệu của chương trình khác; tệp được giữ nguyên",
        "is a database of another program; the file was left unchanged",
    ),
    "db_empty": (
        "tệp dữ liệu trống, không có báo cáo nào (lần tạo trước bị gián đoạn); "
        "nhập một báo cáo vào đó thì tệp được tạo lại",
        "the data file is empty and holds no report (an earlier creation was interrupted); "
        "importing a report into it makes it anew",
    ),
    "db_strange": (
        "có cấu trúc không do chương trình này tạo ra ({detail}); tệp không được dùng và được giữ nguyên",
        "has a structure this program did not make ({detail}); it was not used and was left unchanged",
    ),
    "db_damaged": (
        "tệp dữ liệu bị hỏng, hãy khôi phục từ bản sao lưu ({detail})",
        "the data file is damaged; restore a backup copy ({detail})",
    ),
    "db_too_new": (
        "được tạo bởi phiên bản mới hơn của chương trình (cấu trúc {version}, phiên bản này đọc đến "
        "{supported}); hãy cập nhật chương trình",
        "was made by a newer version of the program (structure {version}; this version reads up to "
        "{supported}); please update the program",
    ),
    "schema_extra": ("{what} “{name}” không do chương trình này tạo", "{what} “{name}” not made by this program"),
    "schema_missing": ("thiếu {what} “{name}”", "{what} “{name}” is missing"),
    "schema_column": ("cột {column} của bảng {table} khác mẫu", "column {column} of table {table} differs"),
    "schema_table": ("bảng {table} khác mẫu", "table {table} differs"),
    "schema_index": ("{what} “{name}” khác mẫu", "{what} “{name}” differs"),
    "obj_table": ("bảng", "table"),
    "obj_virtual_table": ("bảng ảo", "virtual table"),
    "obj_view": ("khung nhìn (view)", "view"),
    "obj_trigger": ("lệnh tự chạy (trigger)", "trigger"),
    "obj_index": ("chỉ mục", "index"),
    "db_cannot_open": ("không mở được tệp dữ liệu: {cause}", "cannot open the data file: {cause}"),
    "db_cannot_create": ("không tạo được tệp dữ liệu: {cause}", "cannot create the data file: {cause}"),
    "db_exists": ("tệp đã có, không tạo đè lên nó", "the file exists; it was not overwritten"),
    "db_no_folder": ("không có thư mục {folder}", "there is no folder {folder}"),
    "db_upgrade_failed": (
        "không nâng cấp được tệp dữ liệu lên phiên bản mới; tệp vẫn như cũ, bản sao lưu ở {backup} ({detail})",
        "the data file could not be upgraded; it is unchanged and a backup copy is at {backup} ({detail})",
    ),
    "db_in_use": (
        "tệp dữ liệu đang được mở để sửa trong một cửa sổ khác của {user} trên máy {host} (từ {since}); "
        "hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại",
        "the data file is open for editing in another window of {user} on {host} (since {since}); "
        "use that window, or close it and try again",
    ),
    "db_in_use_here": (
        "tệp dữ liệu đang được mở để sửa trong một cửa sổ khác trên máy này (của {user}, từ {since}); "
        "hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại",
        "the data file is open for editing in another window on this computer ({user}, since {since}); "
        "use that window, or close it and try again",
    ),
    "db_in_use_unknown": (
        "tệp dữ liệu đang được mở để sửa trong một cửa sổ khác; hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại",
        "the data file is open for editing in another window; use that window, or close it and try again",
    ),
    "db_busy": (
        "tệp đang được chương trình khác dùng, hãy đóng chương trình đó rồi thử lại; chưa có gì được lưu",
        "the file is in use by another program; close it and try again; nothing was saved",
    ),
    "db_read_only": (
        "không ghi được: tệp, thư mục hoặc ổ đĩa chỉ cho đọc (USB khóa ghi?); chưa có gì được lưu",
        "cannot write: the file, its folder or the disk is read-only (a write-protected USB stick?); "
        "nothing was saved",
    ),
    "db_disk_full": (
        "không ghi được: ổ đĩa đã đầy; hãy xóa bớt tệp rồi thử lại; chưa có gì được lưu",
        "cannot write: the disk is full; make room and try again; nothing was saved",
    ),
    "db_write_failed": (
        "không ghi được vào tệp dữ liệu ({detail}); chưa có gì được lưu",
        "cannot write to the data file ({detail}); nothing was saved",
    ),
    "db_gone": (
        "tệp dữ liệu đã bị xóa, đổi tên hoặc chuyển đi trong lúc đang mở; thay đổi vừa rồi chưa được lưu. "
        "Hãy chép phần vừa gõ ra chỗ khác rồi mở lại tệp dữ liệu",
        "the data file was deleted, renamed or moved while open; the last change was not saved. "
        "Copy what you typed somewhere else, then open the data file again",
    ),
    "db_replaced": (
        "tệp dữ liệu đã bị thay bằng một tệp khác trong lúc đang mở; thay đổi vừa rồi chưa được lưu để không "
        "ghi lẫn vào tệp kia. Hãy chép phần vừa gõ ra chỗ khác rồi mở lại tệp dữ liệu",
        "the data file was replaced by another file while open; the last change was not saved, so as not to "
        "write into that other file. Copy what you typed somewhere else, then open the data file again",
    ),
    "db_changed": (
        "tệp dữ liệu vừa được sửa ở một cửa sổ hoặc chương trình khác; thay đổi vừa rồi chưa được lưu để không "
        "ghi đè lên phần đó. Hãy mở lại báo cáo để thấy bản mới nhất",
        "the data file was just changed by another window or program; the last change was not saved, so as not "
        "to overwrite that. Open the report again to see the latest version",
    ),
    "db_backup_failed": ("không tạo được bản sao lưu {target}: {cause}", "cannot make the backup copy {target}: {cause}"),
    "db_restore_bad": (
        "bản sao lưu không dùng được: {problem}; dữ liệu hiện tại được giữ nguyên",
        "the backup copy cannot be used: {problem}; the present data was left as it was",
    ),
    "report_unknown": ("không có báo cáo số {id}", "there is no report number {id}"),
    "report_final": (
        "báo cáo đã ban hành, muốn sửa phải mở khóa trước",
        "the report is final (issued); unlock it to edit it",
    ),
    "report_already_final": ("báo cáo đã được ban hành", "the report is already final"),
    "report_not_final": ("báo cáo chưa ban hành, không cần mở khóa", "the report is not final; nothing to unlock"),
    "report_bad_value": (
        "báo cáo số {id} có dữ liệu hỏng ở {field}: {problem}; hãy khôi phục từ bản sao lưu",
        "report number {id} holds damaged data at {field}: {problem}; restore a backup copy",
    ),
    "report_bad_order": (
        "báo cáo số {id} có thứ tự dòng bị hỏng ở {field}; hãy khôi phục từ bản sao lưu",
        "report number {id} has its rows out of order at {field}; restore a backup copy",
    ),
    # output files (export, backup copies)
    "out_is_folder": ("là một thư mục, không phải tệp", "is a folder, not a file"),
    "out_not_a_file": (
        "không phải một tệp bình thường (thiết bị, đường ống…); không ghi vào đó",
        "is not an ordinary file (a device, a pipe …); nothing was written to it",
    ),
    "out_is_open_database": (
        "là chính tệp dữ liệu đang dùng; không ghi đè lên nó, hãy chọn tên tệp khác",
        "is the data file in use; it was not overwritten; choose another file name",
    ),
    "out_is_our_database": (
        "là một tệp dữ liệu báo cáo; không ghi đè lên nó, hãy chọn tên tệp khác",
        "is a report data file; it was not overwritten; choose another file name",
    ),
    "out_is_database": (
        "là một tệp cơ sở dữ liệu; không ghi đè lên nó, hãy chọn tên tệp khác",
        "is a database file; it was not overwritten; choose another file name",
    ),
    "out_exists": ("tệp đã có, không ghi đè", "the file exists; it was not overwritten"),
    "out_cannot_write_here": ("không ghi được vào thư mục này: {cause}", "cannot write into this folder: {cause}"),
    "out_cannot_write": ("không ghi được tệp: {cause}", "cannot write the file: {cause}"),
    # causes, used inside the messages above
    "cause_read_only": ("ổ đĩa hoặc thư mục chỉ cho đọc", "the disk or folder is read-only"),
    "cause_disk_full": ("ổ đĩa đã đầy", "the disk is full"),
    "cause_no_permission": ("không có quyền ghi ở đó", "no permission to write there"),
    "cause_no_folder": ("thư mục không tồn tại", "the folder does not exist"),
    "cause_in_use": (
        "tệp đang được mở trong chương trình khác, hãy đóng nó rồi thử lại",
        "the file is open in another program; close it and try again",
    ),
    "cause_other": ("{detail}", "{detail}"),
}


def language() -> str:
    """The language of core messages: HIENHAO_LANG=en for English, else Vietnamese."""
    return "en" if os.environ.get("HIENHAO_LANG", "vi").lower().startswith("en") else "vi"


@dataclass(frozen=True)
class Msg:
    """A message not rendered yet: a code of ``MESSAGES`` and its parameters. A
    parameter may itself be a ``Msg`` (a cause inside a message); it is rendered in
    the same language."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return render(self.code, lang, **self.params)


def render(code: str, lang: str | None = None, **params: object) -> str:
    vi, en = MESSAGES[code]
    template = en if (lang or language()) == "en" else vi
    values = {k: v.render(lang) if isinstance(v, Msg) else v for k, v in params.items()}
    return template.format(**values)
