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
    # Word files (import): refusals say what the file is and what to do
    "word_doc": (
        "đây là tệp Word 97-2003 (.doc); chương trình chỉ đọc được tệp .docx. Hãy mở tệp bằng Word, "
        "chọn Tệp → Lưu thành, chọn kiểu \u201cWord Document (*.docx)\u201d, rồi nhập tệp .docx vừa lưu",
        "this is a Word 97-2003 file (.doc); only .docx files can be imported. Open it in Word, "
        "choose File → Save As, type \u201cWord Document (*.docx)\u201d, then import the new .docx file",
    ),
    "word_encrypted": (
        "tệp Word được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Word (nhập mật khẩu), vào "
        "Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi nhập lại",
        "the Word file is protected by a password and cannot be read. Open it in Word (enter the password), "
        "go to File → Info → Protect Document → Encrypt with Password, clear the password, save, then import it again",
    ),
    "word_ole_other": (
        "tệp Office cũ nhưng không phải văn bản Word (có thể là Excel hoặc PowerPoint); hãy chọn tệp báo cáo Word",
        "an old Office file that is not a Word document (perhaps Excel or PowerPoint); choose the Word report",
    ),
    "word_rtf": (
        "tệp này là RTF (dù có thể mang đuôi .doc); hãy mở bằng Word, lưu thành .docx rồi nhập tệp .docx đó",
        "this is an RTF file (even if named .doc); open it in Word, save it as .docx, then import the .docx file",
    ),
    "word_html": (
        "tệp này là trang web (HTML) lưu với đuôi của Word; hãy mở bằng Word, lưu thành .docx rồi nhập tệp .docx đó",
        "this is a web page (HTML) saved under a Word name; open it in Word, save it as .docx, then import that file",
    ),
    "word_pdf": (
        "tệp PDF không nhập được; hãy nhập tệp Word (.docx) gốc của báo cáo",
        "a PDF file cannot be imported; import the report's original Word file (.docx)",
    ),
    "word_odt": (
        "tệp OpenDocument (.odt); hãy mở bằng LibreOffice hoặc Word, lưu thành .docx rồi nhập tệp .docx đó",
        "an OpenDocument file (.odt); open it in LibreOffice or Word, save it as .docx, then import that file",
    ),
    "word_not_word": (
        "tệp không phải văn bản Word (.docx) ({detail}); hãy chọn tệp báo cáo Word",
        "the file is not a Word document (.docx) ({detail}); choose the Word report",
    ),
    "word_not_docx": (
        "tệp không phải văn bản Word (.docx); hãy chọn tệp báo cáo Word",
        "the file is not a Word document (.docx); choose the Word report",
    ),
    "word_damaged": (
        "tệp Word bị hỏng, không đọc được ({detail}). Hãy mở tệp bằng Word; nếu Word mở được, "
        "lưu lại thành một tệp .docx mới rồi nhập tệp đó",
        "the Word file is damaged and cannot be read ({detail}). Open it in Word; if Word can open it, "
        "save it as a new .docx file and import that one",
    ),
    "word_empty": ("tệp Word không có nội dung", "the Word file has no content"),
    "word_not_report": (
        "tệp Word này không giống một báo cáo: không thấy dòng \u201cBÁO CÁO …\u201d, phần đầu văn bản "
        "(tên cơ quan, số, ngày tháng) hay các phần đánh số I., II. …. Hãy kiểm tra đã chọn đúng tệp báo cáo",
        "this Word file does not look like a report: no \u201cBÁO CÁO …\u201d title, no document header "
        "(issuing body, number, date) and no parts numbered I., II. …. Check that this is the report file",
    ),
    "not_report_file": (
        "tệp không phải báo cáo (JSON) hay văn bản Word (.docx)",
        "the file is neither a report file (JSON) nor a Word document (.docx)",
    ),
    # Word import: what was recognised (the summary shown before saving)
    "docx_sum_file": ("Nhập từ Word: {source}", "Imported from Word: {source}"),
    "docx_sum_header": ("Phần đầu văn bản: {fields}", "Document header: {fields}"),
    "docx_field_organization": ("tên cơ quan", "issuing body"),
    "docx_field_number": ("số văn bản", "document number"),
    "docx_field_place": ("địa danh", "place"),
    "docx_field_date": ("ngày ban hành", "date"),
    "docx_field_national": ("quốc hiệu, tiêu ngữ", "national name and motto"),
    "docx_sum_title": ("Tiêu đề: {title}", "Title: {title}"),
    "docx_sum_addressees": ("Kính gửi: {count} nơi", "Addressees: {count}"),
    "docx_sum_opening": ("Phần mở đầu: {count} đoạn", "Opening: {count} blocks"),
    "docx_sum_parts": ("Các phần: {count}", "Parts: {count}"),
    "docx_role_assessment": ("đánh giá chung", "assessment"),
    "docx_role_situation": ("đặc điểm tình hình", "situation"),
    "docx_role_implementation": ("thực hiện nhiệm vụ", "implementation"),
    "docx_role_plans": ("giải pháp, phương hướng", "plans"),
    "docx_role_recommendations": ("kiến nghị, đề xuất", "recommendations"),
    "docx_role_other": ("phần riêng", "other"),
    "docx_sum_blocks": (
        "Đề mục: {headings}; đoạn văn: {paragraphs}; gạch đầu dòng: {items}",
        "Headings: {headings}; paragraphs: {paragraphs}; list items: {items}",
    ),
    "docx_sum_table": ("Bảng: {columns} cột, {rows} dòng", "Table: {columns} columns, {rows} rows"),
    "docx_sum_activities": ("Bảng hoạt động: {count} dòng", "Activity table: {count} rows"),
    "docx_sum_footer": ("Nơi nhận: {recipients}; người ký: {signatures}", "Recipients: {recipients}; signers: {signatures}"),
    "docx_sum_legacy": (
        "Đã chuyển {count} đoạn chữ phông {encoding} sang Unicode",
        "Converted {count} runs typed in {encoding} fonts to Unicode",
    ),
    "docx_sum_legacy_detected": (
        "Đã chuyển {count} đoạn có vẻ gõ bằng bảng mã {encoding} sang Unicode (hãy kiểm tra)",
        "Converted {count} paragraphs that look typed in {encoding} to Unicode (please check)",
    ),
    "docx_sum_plain": ("Giữ thành đoạn văn thường ({count}):", "Kept as plain paragraphs ({count}):"),
    "docx_no_header": (
        "Không thấy phần đầu văn bản (tên cơ quan, số, ngày tháng); hãy điền ở thẻ Thông tin chung.",
        "No document header (issuing body, number, date) was found; fill it in on the General tab.",
    ),
    "docx_header_from_page_header": (
        "Phần đầu văn bản được lấy từ đầu trang (header) của trang 1.",
        "The document header was taken from the first page's header.",
    ),
    "docx_no_title": ("Không thấy tiêu đề \u201cBÁO CÁO …\u201d.", "No \u201cBÁO CÁO …\u201d title was found."),
    "docx_doc_type": (
        "Văn bản có tên loại \u201c{name}\u201d, không phải \u201cBÁO CÁO\u201d; đã nhập như một báo cáo.",
        "The document is a \u201c{name}\u201d, not a \u201cBÁO CÁO\u201d; it was imported as a report.",
    ),
    "docx_parent_lines": (
        "Đơn vị chủ quản có nhiều dòng, đã nối thành một: \u201c{text}\u201d.",
        "The parent body has several lines, joined into one: \u201c{text}\u201d.",
    ),
    "docx_bad_date": (
        "Ngày tháng \u201c{text}\u201d không hợp lệ; phần sai để trống.",
        "The date \u201c{text}\u201d is not valid; the wrong part is left empty.",
    ),
    "docx_renumbered": (
        "\u201c{typed} {text}\u201d: số gõ tay không liền mạch, chương trình sẽ tự đánh lại số.",
        "\u201c{typed} {text}\u201d: the typed number is out of sequence; the program numbers it again.",
    ),
    "docx_too_deep": (
        "Mục \u201c{text}\u201d sâu hơn 3 cấp; giữ thành đoạn văn có số gõ tay.",
        "\u201c{text}\u201d is deeper than 3 heading levels; kept as a paragraph with its typed number.",
    ),
    "docx_numbering_as_typed": (
        "Các đề mục không đánh số theo một kiểu chung; giữ nguyên số như đã gõ.",
        "The headings are not numbered in one of the program's styles; their numbers are kept as typed.",
    ),
    "docx_stt_renumbered": (
        "Cột Stt của bảng hoạt động đánh số tay không liền mạch; chương trình tự đánh lại 1…{count}.",
        "The activity table's Stt column was numbered by hand out of sequence; the program numbers it 1…{count}.",
    ),
    "docx_total_mismatch": (
        "Dòng tổng cộng trong tệp ghi {typed}, tính lại được {computed}.",
        "The total row in the file says {typed}; the rows add up to {computed}.",
    ),
    "docx_participants_text": (
        "Dòng {row} của bảng hoạt động: số người tham gia \u201c{text}\u201d không phải một số; "
        "đã ghi vào tên hoạt động.",
        "Row {row} of the activity table: the participants \u201c{text}\u201d are not a number; "
        "kept in the activity's name.",
    ),
    "docx_activity_extra_columns": (
        "Bảng hoạt động có thêm cột ({columns}); giữ thành bảng thường để không mất chữ.",
        "The activity table has more columns ({columns}); kept as an ordinary table so nothing is lost.",
    ),
    "docx_second_activity_table": (
        "Có hơn một bảng hoạt động; từ bảng thứ hai giữ thành bảng thường.",
        "There is more than one activity table; the second and later are kept as ordinary tables.",
    ),
    "docx_layout_table": (
        "Một bảng chỉ có một dòng hoặc một cột; đã đọc thành đoạn văn.",
        "A table with one row or one column was read as paragraphs.",
    ),
    "docx_merged_cells": (
        "Bảng có ô gộp dọc; chữ của ô gộp được chép vào từng dòng.",
        "A table has vertically merged cells; their text is repeated on each row.",
    ),
    "docx_sum_placeholders": (
        "Bỏ {count} dòng “(Chưa có nội dung)” (chương trình in dòng này ở chỗ còn trống).",
        "Dropped {count} lines “(Chưa có nội dung)” (the program prints them where nothing is written yet).",
    ),
    "docx_empty_rows": ("Bỏ {count} dòng trống trong bảng hoạt động.", "Dropped {count} empty rows of the activity table."),
    "docx_after_footer": (
        "Có nội dung sau phần ký (ví dụ phụ lục); đã đưa vào cuối phần nội dung.",
        "There is content after the signing block (an appendix?); it was put at the end of the body.",
    ),
    "docx_no_signature": ("Không thấy phần người ký.", "No signing block was found."),
    "docx_placeholder_dropped": (
        "Bỏ dòng \u201c{text}\u201d ở phần ký (chương trình để chỗ ký).",
        "Dropped \u201c{text}\u201d from the signing block (the program leaves room to sign).",
    ),
    "docx_legacy_detected": (
        "{count} đoạn có vẻ gõ bằng bảng mã {encoding} nhưng phông đã bị đổi; đã chuyển sang Unicode, hãy kiểm tra.",
        "{count} paragraphs look typed in {encoding} with their font changed; converted to Unicode, please check.",
    ),
    "docx_unsupported_font": (
        "Có chữ gõ bằng phông {fonts} (bảng mã chương trình chưa đọc được); chữ có thể sai, hãy kiểm tra.",
        "Some text is in {fonts} (an encoding the program cannot read); it may be wrong, please check.",
    ),
    "docx_hidden": ("Bỏ {count} đoạn chữ ẩn.", "Dropped {count} runs of hidden text."),
    "docx_deleted": (
        "Tệp còn {count} chỗ xóa chưa chấp nhận (Theo dõi thay đổi); chỉ lấy bản đã sửa.",
        "The file has {count} tracked deletions; only the revised text was taken.",
    ),
    "docx_textbox": ("Đã đọc chữ trong {count} hộp văn bản (text box).", "Read the text of {count} text boxes."),
    "docx_embedded": (
        "Có {count} tài liệu nhúng (altChunk) không đọc được.",
        "{count} embedded documents (altChunk) could not be read.",
    ),
    "docx_notes": (
        "Có {count} chú thích cuối trang; nội dung chú thích không được nhập.",
        "There are {count} footnotes; their text was not imported.",
    ),
    "docx_picture_dropped": (
        "Bỏ {count} ảnh ở phần người ký (không đọc được hoặc quá lớn).",
        "Dropped {count} pictures of the signing block (unreadable or too large).",
    ),
    "docx_hints_used": (
        "Tệp do chương trình xuất ra và chưa sửa: phần đầu, người ký, nơi nhận lấy đúng như khi xuất.",
        "A file exported by this program, unchanged since: header, signers and recipients taken as exported.",
    ),
    "docx_hints_stale": (
        "Tệp do chương trình xuất ra nhưng đã được sửa: đọc theo nội dung hiện có.",
        "A file exported by this program but edited since: read from what it says now.",
    ),
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
