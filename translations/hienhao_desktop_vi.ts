<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../hienhao_desktop/ui/activities.py" line="+60"/>
        <source>No.</source>
        <translation>Stt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic or activity</source>
        <translation>Tên chuyên đề, hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Số người
tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner units</source>
        <translation>Đơn vị, tổ chức phối hợp</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Not known yet: the cell stays empty in the printed table.</source>
        <translation>Chưa biết: ô này để trống trong bảng in ra.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit row %1</source>
        <translation>Sửa dòng %1</translation>
    </message>
    <message numerus="yes">
        <location line="+382"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Xóa %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Move row up</source>
        <translation>Chuyển dòng lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move row down</source>
        <translation>Chuyển dòng xuống</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+159"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+164"/>
        <source>Insert row</source>
        <translation>Chèn dòng</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Delete rows</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an empty row at the end of the table</source>
        <translation>Thêm một dòng trống ở cuối bảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert an empty row above the selected row</source>
        <translation>Chèn một dòng trống phía trên dòng đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert rows copied from Excel or Word (Ctrl+V)</source>
        <translation>Chèn các dòng đã sao chép từ Excel hoặc Word (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Total participants: %1</source>
        <translation>Tổng số người tham gia: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n activity(s) without a count)</source>
        <translation>
            <numerusform>(%n hoạt động chưa có số người)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Row %1 of the pasted text: the number of participants must be a whole number of 0 or more, e.g. 25. Nothing was pasted.</source>
        <translation>Dòng %1 của phần dán vào: số người tham gia phải là số nguyên không âm, ví dụ 25. Chưa dán dòng nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clipboard holds no table rows to paste.</source>
        <translation>Bộ nhớ tạm không có dòng bảng nào để dán.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Dán %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location line="-376"/>
        <source>The number of participants must be a whole number of 0 or more, e.g. 25. What you typed is shown in red and was not saved: correct it or clear the cell.</source>
        <translation>Số người tham gia phải là số nguyên không âm, ví dụ 25. Chữ vừa gõ hiện màu đỏ và chưa được lưu: hãy sửa lại hoặc xóa ô.</translation>
    </message>
</context>
<context>
    <name>Archives</name>
    <message>
        <location filename="../hienhao_desktop/ui/archives.py" line="+18"/>
        <source>Archived copies</source>
        <translation>Bản lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exact PDF of each issued revision of this report.</source>
        <translation>Bản PDF đúng như khi ban hành của từng lần ban hành báo cáo này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision %1, issued %2</source>
        <translation>Lần %1, ban hành lúc %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../hienhao_desktop/ui/checklist.py" line="+28"/>
        <source>Check: nothing to fix</source>
        <translation>Kiểm tra: không có gì phải sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: %1 to fix, %2 to look at</source>
        <translation>Kiểm tra: %1 chỗ phải sửa, %2 chỗ nên xem lại</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Check the report</source>
        <translation>Kiểm tra báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a line to go to the field.</source>
        <translation>Bấm đúp vào một dòng để đến ô cần sửa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is missing: the report is ready to print.</source>
        <translation>Không thiếu gì: báo cáo đã sẵn sàng để in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back and fix</source>
        <translation>Quay lại sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Go on anyway</source>
        <translation>Vẫn tiếp tục</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../hienhao_desktop/ui/actions.py" line="+135"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parts</source>
        <translation>&amp;Phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Word…</source>
        <translation>Nhập từ Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new report from last year&apos;s Word file (.docx): you see what was recognised before anything is saved</source>
        <translation>Tạo báo cáo mới từ tệp Word (.docx) năm trước: xem những gì đọc được trước khi lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Word file (.docx) laid out like the PDF, for a colleague to edit</source>
        <translation>Tệp Word (.docx) trình bày như bản PDF, để đồng nghiệp sửa tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a part after this one</source>
        <translation>Thêm phần sau phần này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a part before this one</source>
        <translation>Chèn phần trước phần này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this part</source>
        <translation>Xóa phần này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this part up</source>
        <translation>Chuyển phần này lên trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this part down</source>
        <translation>Chuyển phần này xuống sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from a JSON file…</source>
        <translation>Nhập từ tệp JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Xuất tệp JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List what is missing or wrong in the report (F7)</source>
        <translation>Liệt kê những chỗ còn thiếu hoặc sai trong báo cáo (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick print</source>
        <translation>In nhanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one copy on the default printer, without questions (unless that printer only writes a file)</source>
        <translation>In một bản ra máy in mặc định, không hỏi gì (trừ khi máy in đó chỉ ghi ra tệp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report final: its PDF is archived and it can no longer be changed without unlocking</source>
        <translation>Ban hành báo cáo: bản PDF được lưu lại và báo cáo không sửa được nữa nếu chưa mở khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived copies…</source>
        <translation>Bản lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup copy…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert the field from TCVN3/VNI</source>
        <translation>Chuyển mã TCVN3/VNI sang Unicode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn text typed with .VnTime (TCVN3) or VNI fonts in the current field into Unicode</source>
        <translation>Chuyển chữ gõ bằng phông .VnTime (TCVN3) hoặc VNI trong ô đang chọn sang Unicode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to redo</source>
        <translation>Không có gì để làm lại</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../hienhao_desktop/ui/fields.py" line="+472"/>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar…</source>
        <translation>Lịch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each part may stay empty, to be written by hand. A whole date such as 15/01/2024 may be typed into the first box.</source>
        <translation>Ô nào cũng có thể để trống để viết tay. Có thể gõ cả ngày tháng năm, ví dụ 15/01/2024, vào ô đầu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day must be 1 to 31, the month 1 to 12 and the year four digits, e.g. 15/01/2024; any of them may stay empty. This date was not saved.</source>
        <translation>Ngày phải từ 1 đến 31, tháng từ 1 đến 12, năm gồm bốn chữ số, ví dụ 15/01/2024; ô nào cũng có thể để trống. Ngày này chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../hienhao_desktop/ui/dialogs.py" line="+42"/>
        <location line="+148"/>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Convert the pasted text?</source>
        <translation>Chuyển mã đoạn vừa dán?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pasted text looks like %1, typed with an old Vietnamese font:

%2

Converted to Unicode it reads:

%3

Use the converted text?</source>
        <translation>Đoạn vừa dán có vẻ là chữ %1, gõ bằng phông chữ Việt cũ:

%2

Chuyển sang Unicode thì đọc là:

%3

Dùng đoạn đã chuyển mã?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert</source>
        <translation>Chuyển mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep as pasted</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+115"/>
        <source>Restore a backup copy</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Backup copies (*.sqlite3)</source>
        <translation>Bản sao lưu (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Like the centre&apos;s own report</source>
        <translation>Như báo cáo của Trung tâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I. General assessment (advantages, difficulties), II. carrying out the tasks with the activity table, III. solutions, IV. recommendations.</source>
        <translation>I. Đánh giá chung (thuận lợi, khó khăn), II. Tình hình thực hiện nhiệm vụ có bảng hoạt động, III. Giải pháp, IV. Kiến nghị, đề xuất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term review (sơ kết học kỳ)</source>
        <translation>Báo cáo sơ kết học kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation, the results with the activity table, an assessment, plans and recommendations.</source>
        <translation>Đặc điểm tình hình, kết quả thực hiện nhiệm vụ có bảng hoạt động, đánh giá chung, phương hướng và kiến nghị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-year review (tổng kết năm học)</source>
        <translation>Báo cáo tổng kết năm học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the term review, with the year&apos;s results and what caused the shortcomings.</source>
        <translation>Như báo cáo sơ kết, với kết quả cả năm và nguyên nhân của những hạn chế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free report</source>
        <translation>Báo cáo tự do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One part of your own; you type the title and add the parts you need.</source>
        <translation>Một phần tự đặt; tự gõ tên báo cáo và thêm các phần cần có.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What should the new report look like? Everything can still be changed afterwards.</source>
        <translation>Báo cáo mới theo mẫu nào? Sau đó vẫn sửa được mọi thứ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make the report</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — cannot be read</source>
        <translation>%1 — không đọc được</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n report(s)</source>
        <translation>
            <numerusform>%1 — %n báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the copy to go back to. The program keeps a copy each time it starts (at most one every half day).</source>
        <translation>Chọn bản sao lưu muốn quay về. Mỗi lần mở, chương trình giữ một bản sao (nhiều nhất một bản mỗi nửa ngày).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore this copy</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another file…</source>
        <translation>Tệp khác…</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../hienhao_desktop/ui/failures.py" line="+117"/>
        <source>Something went wrong</source>
        <translation>Có lỗi xảy ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program met an error it did not expect. What you had typed before is saved. If it happens again, send this file to whoever looks after the program:
%1</source>
        <translation>Chương trình gặp một lỗi không lường trước. Những gì đã gõ trước đó vẫn được lưu. Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ chương trình:
%1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../hienhao_desktop/ui/fields.py" line="-330"/>
        <location line="+399"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../hienhao_desktop/ui/file_problem.py" line="+37"/>
        <source>The data file %1 was deleted, renamed or moved while the program had it open.</source>
        <translation>Tệp dữ liệu %1 đã bị xóa, đổi tên hoặc chuyển đi trong lúc chương trình đang mở nó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file %1 was replaced by another file while the program had it open.</source>
        <translation>Tệp dữ liệu %1 đã bị thay bằng một tệp khác trong lúc chương trình đang mở nó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file %1 was just changed by another window or program.</source>
        <translation>Tệp dữ liệu %1 vừa được sửa bởi một cửa sổ hoặc chương trình khác.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data file is gone</source>
        <translation>Tệp dữ liệu không còn nữa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file was replaced</source>
        <translation>Tệp dữ liệu đã bị thay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file was changed by another program</source>
        <translation>Tệp dữ liệu bị chương trình khác sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So as not to write into the wrong file, the program has stopped saving. The open report stays on the screen exactly as it is, with what you typed just now: nothing of it is lost.</source>
        <translation>Để không ghi nhầm vào tệp khác, chương trình đã ngừng lưu. Báo cáo đang mở vẫn nằm nguyên trên màn hình, kể cả phần vừa gõ: không mất gì cả.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So as not to write into the wrong file, the program has stopped saving. The open report stays on the screen as it is.</source>
        <translation>Để không ghi nhầm vào tệp khác, chương trình đã ngừng lưu. Báo cáo đang mở vẫn nằm nguyên trên màn hình.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the report to see what the data file holds now (what you typed since the change is then left out), or first save the report into a new data file or as a JSON file.</source>
        <translation>Hãy mở lại báo cáo để thấy nội dung đang có trong tệp dữ liệu (phần gõ sau lúc tệp bị sửa sẽ không còn), hoặc trước đó lưu báo cáo vào một tệp dữ liệu mới hay ra tệp JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save it into a new data file (the program then goes on with that file), or as a JSON file that can be imported later.</source>
        <translation>Hãy lưu báo cáo vào một tệp dữ liệu mới (chương trình sẽ làm việc tiếp với tệp đó), hoặc ra tệp JSON để nhập lại sau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save into a new data file…</source>
        <translation>Lưu vào tệp dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a JSON file…</source>
        <translation>Lưu ra tệp JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen from the data file</source>
        <translation>Mở lại từ tệp dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing is saved now; the report on screen is kept as it is until you save it elsewhere.</source>
        <translation>Hiện không có gì được lưu; báo cáo trên màn hình được giữ nguyên cho đến khi lưu ra chỗ khác.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="+229"/>
        <source>General information</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Periodic review (sơ kết)</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-year review (tổng kết)</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of report</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the report</source>
        <translation>Tên báo cáo</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>I., II., III. …</source>
        <translation>I., II., III. …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần thứ nhất, Phần thứ hai …</source>
        <translation>Phần thứ nhất, Phần thứ hai …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A., B., C. …</source>
        <translation>A., B., C. …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not numbered</source>
        <translation>Không đánh số</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>1. → 1.1. → 1.1.1.</source>
        <translation>1. → 1.1. → 1.1.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. → a) → -</source>
        <translation>1. → a) → -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I. → 1. → a)</source>
        <translation>I. → 1. → a)</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Another report (its title typed)</source>
        <translation>Báo cáo khác (tự gõ tên báo cáo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty when the period is not a school year&apos;s.</source>
        <translation>Để trống khi kỳ báo cáo không theo năm học.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one, or type your own: Từ tháng 10/2018 đến tháng 5/2019, Năm 2024 …</source>
        <translation>Chọn một kỳ, hoặc tự gõ: Từ tháng 10/2018 đến tháng 5/2019, Năm 2024 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the title shown in grey. Press Enter where the printed title should go on to a new line.</source>
        <translation>Để trống thì dùng tên báo cáo hiện màu xám. Bấm Enter ở chỗ muốn tên báo cáo in xuống dòng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent body</source>
        <translation>Đơn vị chủ quản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing body</source>
        <translation>Đơn vị ban hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbreviation</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in the document code: Số: 12/BC-TTHTCĐ</source>
        <translation>Dùng trong số văn bản: Số: 12/BC-TTHTCĐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave empty to write it by hand.</source>
        <translation>Để trống để viết tay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document code</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for the code shown in grey, or type your own (e.g. UB).</source>
        <translation>Để trống thì dùng ký hiệu hiện màu xám, hoặc gõ ký hiệu của đơn vị (ví dụ UB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any part may stay empty, to be written by hand on the printed report.</source>
        <translation>Ô nào cũng có thể để trống để viết tay trên bản in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering of the parts</source>
        <translation>Đánh số các phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering of the headings inside a part</source>
        <translation>Đánh số đề mục trong mỗi phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to (kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one addressee per line, e.g. Phòng GD&amp;ĐT huyện.</source>
        <translation>Không bắt buộc: mỗi dòng một nơi, ví dụ Phòng GD&amp;ĐT huyện.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../hienhao_desktop/ui/import_preview.py" line="+39"/>
        <source>Import from Word</source>
        <translation>Nhập từ Word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is what was recognised in %1. Nothing is saved yet: look it over, then keep it as a new report or leave it.</source>
        <translation>Đây là những gì đọc được trong %1. Chưa có gì được lưu: xem lại, rồi nhập thành báo cáo mới hoặc bỏ qua.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import this report</source>
        <translation>Nhập báo cáo này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How the report will print (read only):</source>
        <translation>Báo cáo sẽ in ra như sau (chỉ xem):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pages could not be laid out: %1</source>
        <translation>Không dàn trang được: %1</translation>
    </message>
</context>
<context>
    <name>LegacyRepair</name>
    <message>
        <location filename="../hienhao_desktop/ui/legacy_repair.py" line="+77"/>
        <location line="+5"/>
        <source>Convert from TCVN3/VNI</source>
        <translation>Chuyển mã TCVN3/VNI</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Click into the field to convert first, then choose this command again.</source>
        <translation>Hãy bấm vào ô cần chuyển mã trước, rồi chọn lại lệnh này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field does not look like TCVN3 or VNI text: nothing was changed.</source>
        <translation>Ô này không giống chữ TCVN3 hay VNI: chưa thay đổi gì.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../hienhao_desktop/ui/list_editor.py" line="+80"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert item</source>
        <translation>Chèn mục</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move item up</source>
        <translation>Chuyển mục lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move item down</source>
        <translation>Chuyển mục xuống</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Edit %1: item %2</source>
        <translation>Sửa %1: mục %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../hienhao_desktop/ui/main_window.py" line="+299"/>
        <source>Create a new data file?</source>
        <translation>Tạo tệp dữ liệu mới?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no data file at %1. Create a new, empty one there?</source>
        <translation>Không có tệp dữ liệu ở %1. Tạo một tệp mới, trống ở đó?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not create</source>
        <translation>Không tạo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make the data file anew?</source>
        <translation>Tạo lại tệp dữ liệu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file %1 holds nothing: an earlier attempt to create it was interrupted (a power cut, or the program was closed at that moment). Make it anew there, as an empty data file?</source>
        <translation>Tệp dữ liệu %1 không có gì: lần tạo tệp trước đó bị gián đoạn (mất điện, hoặc chương trình bị tắt đúng lúc đó). Tạo lại ở đó một tệp dữ liệu trống?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it anew</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation>Để nguyên</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Cannot open the data file</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The program was opened again on this data file: it stays in this one window, so that two windows never change the same file.</source>
        <translation>Chương trình vừa được mở thêm lần nữa với cùng tệp dữ liệu: vẫn làm việc ở cửa sổ này, để không bao giờ có hai cửa sổ cùng sửa một tệp.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an earlier one</source>
        <translation>Tạo từ báo cáo cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new report for the next term, with the organisation, recipients and signer of the selected report</source>
        <translation>Báo cáo mới cho kỳ sau, lấy đơn vị, nơi nhận và người ký của báo cáo đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+242"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Writing the report&lt;/h3&gt;&lt;p&gt;Choose a report on the left, or make one with &lt;b&gt;New report&lt;/b&gt; (it asks which shape to start from) or &lt;b&gt;From an earlier one&lt;/b&gt; (it copies the organisation, the parts, recipients and signer).&lt;/p&gt;&lt;p&gt;Fill in the tabs from left to right; they follow the printed report: the general information, the opening, one tab per part, then the recipients and signature. Everything you type is saved by itself within a second: there is no Save button. &lt;b&gt;Undo&lt;/b&gt; (Ctrl+Z) and &lt;b&gt;Redo&lt;/b&gt; (Ctrl+Y) take back any change.&lt;/p&gt;&lt;p&gt;On a part&apos;s page, the bar above the text makes the current line a heading (Ctrl+Alt+1), a list item (Ctrl+Alt+L) or a paragraph (Ctrl+Alt+0); Ctrl+B, Ctrl+I and Ctrl+U make words bold, italic or underlined; &lt;b&gt;Table&lt;/b&gt; inserts a table of your own. Headings and parts are numbered for you. The buttons above the page add, delete and move parts.&lt;/p&gt;&lt;p&gt;In the activity table, the numbers (Stt) and the total are counted for you. You can paste rows copied from Excel or Word with Ctrl+V.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt; (F7) lists what is still missing; double-click a line to go there. &lt;b&gt;Export PDF&lt;/b&gt; (Ctrl+E) writes the report laid out as Decree 30/2020/NĐ-CP requires; &lt;b&gt;Export Word&lt;/b&gt; writes a Word file laid out the same way. &lt;b&gt;File → Import from Word&lt;/b&gt; makes a report from last year&apos;s Word file: you see what was recognised before it is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Preview&lt;/b&gt; (F5) shows the very pages that will be printed; &lt;b&gt;Print&lt;/b&gt; (Ctrl+P) prints them. When the report is signed off, &lt;b&gt;Issue&lt;/b&gt; it: its PDF is archived as it is and the report can no longer be changed unless you &lt;b&gt;Unlock&lt;/b&gt; it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Soạn báo cáo&lt;/h3&gt;&lt;p&gt;Chọn một báo cáo ở bên trái, hoặc tạo báo cáo bằng &lt;b&gt;Báo cáo mới&lt;/b&gt; (chương trình hỏi báo cáo theo mẫu nào) hay &lt;b&gt;Tạo từ báo cáo cũ&lt;/b&gt; (lấy lại đơn vị, các phần, nơi nhận và người ký).&lt;/p&gt;&lt;p&gt;Điền các thẻ lần lượt từ trái sang phải, theo thứ tự của báo cáo in ra: thông tin chung, phần mở đầu, mỗi phần một thẻ, rồi nơi nhận và người ký. Mọi thứ gõ vào được tự lưu trong vòng một giây: không cần nút Lưu. &lt;b&gt;Hoàn tác&lt;/b&gt; (Ctrl+Z) và &lt;b&gt;Làm lại&lt;/b&gt; (Ctrl+Y) lấy lại mọi thay đổi.&lt;/p&gt;&lt;p&gt;Trong trang của mỗi phần, thanh công cụ phía trên biến dòng đang soạn thành đề mục (Ctrl+Alt+1), gạch đầu dòng (Ctrl+Alt+L) hoặc đoạn văn (Ctrl+Alt+0); Ctrl+B, Ctrl+I, Ctrl+U làm chữ đậm, nghiêng, gạch chân; &lt;b&gt;Bảng&lt;/b&gt; chèn một bảng tự đặt cột. Các phần và đề mục được tự đánh số. Các nút phía trên trang để thêm, xóa và chuyển chỗ các phần.&lt;/p&gt;&lt;p&gt;Trong bảng hoạt động, số thứ tự (Stt) và tổng số được tự tính. Có thể dán các dòng sao chép từ Excel hoặc Word bằng Ctrl+V.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kiểm tra&lt;/b&gt; (F7) liệt kê những chỗ còn thiếu; bấm đúp vào một dòng để đến đó. &lt;b&gt;Xuất PDF&lt;/b&gt; (Ctrl+E) ghi báo cáo theo đúng thể thức của Nghị định 30/2020/NĐ-CP; &lt;b&gt;Xuất Word&lt;/b&gt; ghi tệp Word trình bày như vậy. &lt;b&gt;Tệp → Nhập từ Word&lt;/b&gt; tạo báo cáo từ tệp Word năm trước: chương trình cho xem những gì đọc được trước khi lưu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Xem trước&lt;/b&gt; (F5) cho thấy đúng các trang sẽ in; &lt;b&gt;In&lt;/b&gt; (Ctrl+P) in các trang đó. Khi báo cáo đã được duyệt, hãy &lt;b&gt;Ban hành&lt;/b&gt;: bản PDF được lưu lại nguyên như vậy và báo cáo không sửa được nữa, trừ khi &lt;b&gt;Mở khóa&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Periodic review</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-year review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <translation>đã ban hành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot open the report</source>
        <translation>Không mở được báo cáo</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+256"/>
        <source>Hiền Hào – Reports</source>
        <translation>Hiền Hào – Báo cáo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This report is final: it opens read-only. Its archived PDF is what is printed and exported.</source>
        <translation>Báo cáo này đã ban hành nên chỉ xem, không sửa được. Khi in và xuất, chương trình dùng bản lưu PDF của nó.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Stopped: nothing was made.</source>
        <translation>Đã dừng: chưa tạo tệp nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an image</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The change was not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Hiền Hào – Reports %1
The periodic review reports of the Community Learning Centre.

Data file: %2
Log file (for whoever looks after the program): %3</source>
        <translation>Hiền Hào – Báo cáo %1
Báo cáo sơ kết, tổng kết của Trung tâm học tập cộng đồng.

Tệp dữ liệu: %2
Tệp nhật ký (gửi cho người hỗ trợ khi có lỗi): %3</translation>
    </message>
</context>
<context>
    <name>OpenElsewhere</name>
    <message>
        <location filename="../hienhao_desktop/ui/instance.py" line="+228"/>
        <source>The data file is open elsewhere</source>
        <translation>Tệp dữ liệu đang được mở ở nơi khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file %1 is open for editing in the program on computer %2, user %3, since %4.</source>
        <translation>Tệp dữ liệu %1 đang được mở để sửa trong chương trình trên máy %2, người dùng %3, từ %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So that two people never change it at the same time, it is not opened here. Use the program on that computer, or close it there and then open the program here again.</source>
        <translation>Để hai người không cùng sửa một lúc, tệp không được mở ở đây. Hãy dùng chương trình trên máy đó, hoặc đóng chương trình ở máy đó rồi mở lại ở đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file %1 is open for editing in the program of user %3 on this computer, since %4.</source>
        <translation>Tệp dữ liệu %1 đang được mở để sửa trong chương trình của người dùng %3 trên máy này, từ %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So that two people never change it at the same time, it is not opened here. Ask that user to close the program, then open it here again.</source>
        <translation>Để hai người không cùng sửa một lúc, tệp không được mở ở đây. Hãy nhờ người đó đóng chương trình, rồi mở lại ở đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file %1 is already open in another window of the program on this computer (since %4), but that window does not answer.</source>
        <translation>Tệp dữ liệu %1 đã được mở trong một cửa sổ khác của chương trình trên máy này (từ %4), nhưng cửa sổ đó không phản hồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to that window on the taskbar. If it stays frozen, close it (with the Task Manager if need be), then open the program again. Nothing is opened here, so that two windows never change the same data file.</source>
        <translation>Hãy chuyển sang cửa sổ đó trên thanh tác vụ. Nếu nó vẫn bị treo, hãy đóng nó (dùng Trình quản lý tác vụ nếu cần) rồi mở lại chương trình. Ở đây không mở gì thêm, để không có hai cửa sổ cùng sửa một tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>OpeningTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="+188"/>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: what stands before the first part, e.g. the lines “Căn cứ …” and “… báo cáo như sau:”. Leave it empty if the report has none.</source>
        <translation>Không bắt buộc: phần đứng trước phần thứ nhất, ví dụ các dòng “Căn cứ …” và “… báo cáo như sau:”. Báo cáo không có thì để trống.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../hienhao_desktop/ui/operations.py" line="+114"/>
        <location line="+21"/>
        <source>No new report was made</source>
        <translation>Chưa tạo được báo cáo mới</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New report from an earlier one</source>
        <translation>Tạo báo cáo mới từ báo cáo cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new report&apos;s assessment with the plans of the earlier report (%1 items)?</source>
        <translation>Lấy phần giải pháp, kế hoạch của báo cáo cũ (%1 mục) làm phần đánh giá của báo cáo mới?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the plans</source>
        <translation>Lấy kế hoạch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start empty</source>
        <translation>Để trống</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report was not duplicated</source>
        <translation>Chưa nhân bản được báo cáo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the report?</source>
        <translation>Xóa báo cáo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the report “%1”? This cannot be undone.</source>
        <translation>Xóa báo cáo “%1”? Việc này không hoàn tác được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+420"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+420"/>
        <source>Do not delete</source>
        <translation>Không xóa</translation>
    </message>
    <message>
        <location line="-407"/>
        <location line="+414"/>
        <source>Deleted: %1</source>
        <translation>Đã xóa: %1</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>The report was not deleted</source>
        <translation>Chưa xóa được báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a report</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+158"/>
        <source>Report files (*.json)</source>
        <translation>Tệp báo cáo (*.json)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Imported from %1</source>
        <translation>Đã nhập từ %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+10"/>
        <source>Not imported</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+234"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+235"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+23"/>
        <location line="+20"/>
        <location line="+22"/>
        <location line="+13"/>
        <location line="+179"/>
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>(no title)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import from Word</source>
        <translation>Nhập từ Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Not imported: nothing was saved.</source>
        <translation>Không nhập: chưa có gì được lưu.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Stopped: nothing was made.</source>
        <translation>Đã dừng: chưa tạo tệp nào.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export Word</source>
        <translation>Xuất Word</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export as JSON</source>
        <translation>Xuất tệp JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <location line="+33"/>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the pages to the printer…</source>
        <translation>Đang gửi các trang tới máy in…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue the report?</source>
        <translation>Ban hành báo cáo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing makes the report final: its PDF is archived exactly as it is now and is what will be printed and exported from now on. To change it later you must unlock it, which starts a new revision.</source>
        <translation>Khi ban hành, báo cáo trở thành bản chính thức: bản PDF được lưu lại đúng như hiện nay và từ nay in, xuất đều dùng bản lưu này. Muốn sửa sau này phải mở khóa, khi đó chương trình tạo một lần sửa mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Chưa ban hành</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issued. The PDF as issued is kept under Archived copies.</source>
        <translation>Đã ban hành. Bản PDF ban hành được giữ trong Bản lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not issued</source>
        <translation>Chưa ban hành được báo cáo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the report?</source>
        <translation>Mở khóa báo cáo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking makes a new draft revision that can be changed. The archived PDF of the issued revision stays kept under Archived copies.</source>
        <translation>Mở khóa sẽ tạo một bản nháp mới để sửa. Bản PDF đã ban hành vẫn được giữ trong mục Bản lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it final</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocked: the report can be changed again.</source>
        <translation>Đã mở khóa: có thể sửa báo cáo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not unlocked</source>
        <translation>Chưa mở khóa được báo cáo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore the backup copy?</source>
        <translation>Khôi phục bản sao lưu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reports will be replaced by those in the backup copy of %1. The present data is first copied to the backups folder, so restoring that copy brings it back.</source>
        <translation>Toàn bộ báo cáo hiện có sẽ được thay bằng các báo cáo trong bản sao lưu lúc %1. Dữ liệu hiện tại được sao lưu trước vào thư mục backups, khôi phục bản đó sẽ lấy lại được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not restore</source>
        <translation>Không khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored from the backup copy of %1</source>
        <translation>Đã khôi phục từ bản sao lưu lúc %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Archived copies</source>
        <translation>Bản lưu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a part</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Insert a part</source>
        <translation>Chèn phần</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the part?</source>
        <translation>Xóa phần này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the part “%1” with everything written in it? Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa phần “%1” cùng mọi nội dung đã viết trong đó? Hoàn tác (Ctrl+Z) sẽ lấy lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the part %1</source>
        <translation>Xóa phần %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the part up</source>
        <translation>Chuyển phần lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the part down</source>
        <translation>Chuyển phần xuống</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Quit without saving</source>
        <translation>Thoát, không lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit without saving?</source>
        <translation>Thoát mà không lưu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report on screen holds changes that are in no data file yet. Save it before quitting?</source>
        <translation>Báo cáo trên màn hình có những thay đổi chưa được lưu vào tệp dữ liệu nào. Lưu lại trước khi thoát?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save into a new data file</source>
        <translation>Lưu vào tệp dữ liệu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data files (*.sqlite3)</source>
        <translation>Tệp dữ liệu (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved into a new data file</source>
        <translation>Chưa lưu được vào tệp dữ liệu mới</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved into the new data file %1; the program goes on with it.</source>
        <translation>Đã lưu vào tệp dữ liệu mới %1; chương trình làm việc tiếp với tệp này.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reopen from the data file?</source>
        <translation>Mở lại từ tệp dữ liệu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed since the data file was changed elsewhere is not in it, and will no longer be on the screen. Reopen anyway?</source>
        <translation>Phần đã gõ sau lúc tệp dữ liệu bị sửa ở nơi khác không có trong tệp, và sẽ không còn trên màn hình. Vẫn mở lại?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not reopen</source>
        <translation>Không mở lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopened: the report is shown as the data file holds it now.</source>
        <translation>Đã mở lại: báo cáo hiện đúng như trong tệp dữ liệu lúc này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reopened</source>
        <translation>Chưa mở lại được</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../hienhao_desktop/ui/outline_editor.py" line="+443"/>
        <source>Activity table</source>
        <translation>Bảng hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity table (Stt, topic or activity, participants, lead unit, partner units, and the total) is printed here. Its rows are edited in the activity table.</source>
        <translation>Bảng hoạt động (Stt, tên chuyên đề, hoạt động, số người tham gia, đơn vị chủ trì, đơn vị, tổ chức phối hợp và tổng số) được in ở chỗ này. Các dòng của bảng được sửa trong bảng hoạt động.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Insert table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns:</source>
        <translation>Số cột:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows:</source>
        <translation>Số dòng:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic Stt column</source>
        <translation>Cột Stt tự đánh số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Tổng cộng” row adding up the number columns</source>
        <translation>Dòng “Tổng cộng” cộng các cột số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title of column %1</source>
        <translation>Tên cột %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole numbers</source>
        <translation>Số nguyên</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line an ordinary paragraph</source>
        <translation>Biến dòng này thành đoạn văn thường</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading %1</source>
        <translation>Tiêu đề %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this line a heading of level %1 (numbered automatically)</source>
        <translation>Biến dòng này thành tiêu đề cấp %1 (tự đánh số)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List item “-”</source>
        <translation>Gạch đầu dòng “-”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a list item “- …”</source>
        <translation>Biến dòng này thành gạch đầu dòng “- …”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List item “+”</source>
        <translation>Gạch đầu dòng “+”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this line a second-level list item “+ …”</source>
        <translation>Biến dòng này thành gạch đầu dòng cấp hai “+ …”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level down</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A list item “-” becomes “+”, a heading goes one level down (Tab)</source>
        <translation>Dòng “-” thành “+”, tiêu đề xuống một cấp (Tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level up</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A list item “+” becomes “-”, a heading goes one level up (Shift+Tab)</source>
        <translation>Dòng “+” thành “-”, tiêu đề lên một cấp (Shift+Tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert table…</source>
        <translation>Chèn bảng…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a table of your own columns below this line</source>
        <translation>Chèn một bảng với các cột tự đặt, dưới dòng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row under the current one (Ctrl+Enter or Insert in the table)</source>
        <translation>Thêm một dòng dưới dòng đang chọn (Ctrl+Enter hoặc Insert trong bảng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add column</source>
        <translation>Thêm cột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a column right of the current one</source>
        <translation>Thêm một cột bên phải cột đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete column</source>
        <translation>Xóa cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers / text column</source>
        <translation>Cột số / cột chữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the current column hold whole numbers, or text</source>
        <translation>Đổi cột đang chọn thành cột số nguyên, hoặc cột chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stt column</source>
        <translation>Cột Stt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An automatic Stt column before the first column</source>
        <translation>Cột Stt tự đánh số, trước cột đầu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total row</source>
        <translation>Dòng tổng cộng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A “Tổng cộng” row adding up the number columns</source>
        <translation>Dòng “Tổng cộng” cộng các cột số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete table</source>
        <translation>Xóa bảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity table here</source>
        <translation>Bảng hoạt động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the activity table at this place (once in a report)</source>
        <translation>In bảng hoạt động ở chỗ này (mỗi báo cáo một lần)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activity table from here</source>
        <translation>Bỏ bảng hoạt động khỏi chỗ này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this line, table or the activity table one place up</source>
        <translation>Chuyển dòng, bảng hoặc bảng hoạt động này lên một chỗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this line, table or the activity table one place down</source>
        <translation>Chuyển dòng, bảng hoặc bảng hoạt động này xuống một chỗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Type the text here…</source>
        <translation>Gõ nội dung vào đây…</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
</context>
<context>
    <name>OutlineTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="-34"/>
        <source>Edit the opening</source>
        <translation>Sửa phần mở đầu</translation>
    </message>
</context>
<context>
    <name>OutlineTable</name>
    <message>
        <location filename="../hienhao_desktop/ui/outline_table.py" line="+130"/>
        <source>Column of whole numbers</source>
        <translation>Cột số nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column of text</source>
        <translation>Cột chữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered automatically</source>
        <translation>Tự đánh số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summed automatically</source>
        <translation>Tự cộng</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, “%2”: a whole number is needed here, e.g. 25. This cell is not saved until it is corrected.</source>
        <translation>Dòng %1, cột “%2”: ô này phải là số nguyên, ví dụ 25. Ô này chưa được lưu cho đến khi sửa lại.</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>A table keeps at least one column; to remove the whole table use “Delete table”.</source>
        <translation>Bảng phải có ít nhất một cột; muốn bỏ cả bảng, chọn “Xóa bảng”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This column holds text that is not a whole number; correct those cells first, then make it a column of numbers.</source>
        <translation>Cột này có ô không phải số nguyên; sửa các ô đó trước, rồi mới đổi thành cột số.</translation>
    </message>
</context>
<context>
    <name>PartTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="-378"/>
        <source>General assessment (advantages, difficulties)</source>
        <translation>Đánh giá chung (thuận lợi, khó khăn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation (đặc điểm tình hình)</source>
        <translation>Đặc điểm tình hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrying out the tasks</source>
        <translation>Tình hình thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions and plans for the next period</source>
        <translation>Giải pháp, phương hướng kỳ tới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations and proposals</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of your own</source>
        <translation>Phần tự đặt tên</translation>
    </message>
    <message>
        <location line="+448"/>
        <source>Part %1</source>
        <translation>Phần %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heading of the part</source>
        <translation>Tiêu đề của phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the part holds</source>
        <translation>Nội dung của phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a part</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new part after this one</source>
        <translation>Thêm một phần mới sau phần này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the part</source>
        <translation>Xóa phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Lên trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this part before the one above it</source>
        <translation>Chuyển phần này lên trước phần đứng trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Xuống sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this part after the one below it</source>
        <translation>Chuyển phần này xuống sau phần đứng dưới</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../hienhao_desktop/ui/preview.py" line="+88"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the preview</source>
        <translation>Dựng bản xem trước</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Building the preview…</source>
        <translation>Đang dựng bản xem trước…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped: the preview is not up to date.</source>
        <translation>Đã dừng: bản xem trước chưa theo kịp nội dung mới.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building the preview… page %1</source>
        <translation>Đang dựng bản xem trước… trang %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The preview could not be built: %1</source>
        <translation>Không dựng được bản xem trước: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../hienhao_desktop/ui/printing.py" line="+129"/>
        <location line="+12"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer named “%1” (printers: %2).</source>
        <translation>Không có máy in tên “%1” (các máy in hiện có: %2).</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+40"/>
        <source>No printer is installed on this computer.</source>
        <translation>Máy tính này chưa cài máy in nào.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No default printer is set on this computer; chosen: %1</source>
        <translation>Máy tính này chưa đặt máy in mặc định; đã chọn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default printer: %1</source>
        <translation>Máy in mặc định: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: %1</source>
        <translation>Máy in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(writes a file, does not print on paper)</source>
        <translation>(ghi ra tệp, không in ra giấy)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The default printer “%1” does not print on paper: it writes a file and would ask where to save it.</source>
        <translation>Máy in mặc định “%1” không in ra giấy: nó ghi ra một tệp và sẽ hỏi lưu tệp ở đâu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on which printer?</source>
        <translation>In ra máy in nào?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other printer is installed on this computer. Write the file?</source>
        <translation>Máy tính này không có máy in nào khác. Vẫn ghi ra tệp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (writes a file)</source>
        <translation>%1 (ghi ra tệp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick print</source>
        <translation>In nhanh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The default printer “%1” writes a file instead of printing on paper; name a printer with --printer (printers on paper: %2).</source>
        <translation>Máy in mặc định “%1” ghi ra tệp chứ không in ra giấy; hãy chỉ định máy in bằng --printer (máy in ra giấy: %2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The number of copies must be 1 or more.</source>
        <translation>Số bản in phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PDF could not be read for printing (%1).</source>
        <translation>Không đọc được tệp PDF để in (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The page range is empty.</source>
        <translation>Khoảng trang cần in không có trang nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer did not accept the job. Check that it is switched on and connected, then print again.</source>
        <translation>Máy in không nhận lệnh in. Hãy kiểm tra máy in đã bật và đã nối với máy tính, rồi in lại.</translation>
    </message>
</context>
<context>
    <name>Rendering</name>
    <message>
        <location filename="../hienhao_desktop/ui/rendering.py" line="+113"/>
        <source>Making the PDF… page %1</source>
        <translation>Đang tạo PDF… trang %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making the Excel workbook</source>
        <translation>Đang tạo tệp Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the Excel workbook…</source>
        <translation>Đang tạo tệp Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the Word file</source>
        <translation>Đang tạo tệp Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the Word file…</source>
        <translation>Đang tạo tệp Word…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the PDF</source>
        <translation>Đang tạo PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="-418"/>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <location line="+553"/>
        <source>Recipients and signature</source>
        <translation>Nơi nhận và ký</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Recipients (nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. Phòng GD&amp;ĐT huyện; the last one is usually &quot;Lưu: VT&quot;. Double-click an item to change it.</source>
        <translation>Mỗi dòng một nơi, ví dụ Phòng GD&amp;ĐT huyện; dòng cuối thường là &quot;Lưu: VT&quot;. Bấm đúp vào một dòng để sửa.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>(none: the head signs)</source>
        <translation>(không: thủ trưởng ký)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Left signing column (e.g. a confirmation)</source>
        <translation>Cột ký bên trái (ví dụ: xác nhận)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right signing column (the head of the unit)</source>
        <translation>Cột ký bên phải (thủ trưởng đơn vị)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption above the column</source>
        <translation>Dòng trên cùng của cột ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. XÁC NHẬN CỦA UBND XÃ.</source>
        <translation>Không bắt buộc, ví dụ XÁC NHẬN CỦA UBND XÃ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing authority</source>
        <translation>Quyền hạn ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KT. when a deputy signs for the head; TM. on behalf of a body.</source>
        <translation>KT. khi cấp phó ký thay thủ trưởng; TM. khi ký thay mặt tập thể.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy&apos;s position (with KT.)</source>
        <translation>Chức vụ người ký thay (khi KT.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other title</source>
        <translation>Chức danh khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s full name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature image (PNG, optional)</source>
        <translation>Ảnh chữ ký (PNG, không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal image (PNG, optional)</source>
        <translation>Ảnh con dấu (PNG, không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove image</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Remove the left signing column</source>
        <translation>Bỏ cột ký bên trái</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>(no image)</source>
        <translation>(chưa có ảnh)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a left signing column</source>
        <translation>Thêm cột ký bên trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a second signature beside the head&apos;s, e.g. “XÁC NHẬN CỦA UBND XÃ” on the left.</source>
        <translation>Cho chữ ký thứ hai bên cạnh chữ ký của thủ trưởng, ví dụ “XÁC NHẬN CỦA UBND XÃ” ở bên trái.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a signing column</source>
        <translation>Thêm cột ký</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Change image</source>
        <translation>Đổi ảnh</translation>
    </message>
</context>
</TS>
