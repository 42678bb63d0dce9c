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
        <location line="+104"/>
        <source>Not known yet: the cell stays empty in the printed table.</source>
        <translation>Chưa biết: ô này để trống trong bảng in ra.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit row %1</source>
        <translation>Sửa dòng %1</translation>
    </message>
    <message numerus="yes">
        <location line="+331"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Xóa %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Move row up</source>
        <translation>Chuyển dòng lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move row down</source>
        <translation>Chuyển dòng xuống</translation>
    </message>
    <message>
        <location line="+165"/>
        <location line="+128"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+133"/>
        <source>Insert row</source>
        <translation>Chèn dòng</translation>
    </message>
    <message>
        <location line="-132"/>
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
        <location line="+95"/>
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
        <location line="+51"/>
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
        <location line="-325"/>
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
    <name>AssessmentTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="+231"/>
        <source>General assessment</source>
        <translation>Đánh giá chung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One paragraph per line; a line starting with &quot;- &quot; is printed as a bullet.</source>
        <translation>Mỗi dòng là một đoạn; dòng bắt đầu bằng &quot;- &quot; được in thành gạch đầu dòng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Advantages</source>
        <translation>1. Thuận lợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Difficulties</source>
        <translation>2. Khó khăn</translation>
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
        <location filename="../hienhao_desktop/ui/actions.py" line="+126"/>
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
        <location filename="../hienhao_desktop/ui/fields.py" line="+391"/>
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
        <source>dd/mm/yyyy, or empty to write by hand</source>
        <translation>ngày/tháng/năm, hoặc để trống để viết tay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the date as day/month/year, e.g. 15/01/2024, or leave it empty. This date was not saved.</source>
        <translation>Gõ ngày theo dạng ngày/tháng/năm, ví dụ 15/01/2024, hoặc để trống. Ngày này chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../hienhao_desktop/ui/dialogs.py" line="+38"/>
        <location line="+127"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-106"/>
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
        <location line="+48"/>
        <source>Restore a backup copy</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Backup copies (*.sqlite3)</source>
        <translation>Bản sao lưu (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../hienhao_desktop/ui/fields.py" line="-259"/>
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
        <location filename="../hienhao_desktop/ui/tabs.py" line="-81"/>
        <source>General information</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Periodic review (sơ kết)</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-year review (tổng kết)</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of report</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Học kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the report</source>
        <translation>Tên báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use the title made from the kind, term and school year.</source>
        <translation>Để trống thì dùng tên ghép từ loại báo cáo, học kỳ và năm học.</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>ImplementationTab</name>
    <message>
        <location line="+49"/>
        <source>Task implementation</source>
        <translation>Thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items of section II</source>
        <translation>Các mục của phần II</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity table is printed at the end of the last item.</source>
        <translation>Bảng hoạt động được in ở cuối mục sau cùng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the selected item</source>
        <translation>Tiêu đề của mục đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the selected item</source>
        <translation>Nội dung của mục đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity table</source>
        <translation>Bảng hoạt động</translation>
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
        <location filename="../hienhao_desktop/ui/main_window.py" line="+268"/>
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
        <location line="+189"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Periodic review</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-year review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>đã ban hành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot open the report</source>
        <translation>Không mở được báo cáo</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+158"/>
        <source>Hiền Hào – Reports</source>
        <translation>Hiền Hào – Báo cáo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This report is final: it opens read-only. Its archived PDF is what is printed and exported.</source>
        <translation>Báo cáo này đã ban hành nên chỉ xem, không sửa được. Khi in và xuất, chương trình dùng bản lưu PDF của nó.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location line="+93"/>
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
        <location line="+10"/>
        <source>&lt;h3&gt;Writing the report&lt;/h3&gt;&lt;p&gt;Choose a report on the left, or make one with &lt;b&gt;New report&lt;/b&gt; or &lt;b&gt;From an earlier one&lt;/b&gt; (it copies the organisation, recipients and signer).&lt;/p&gt;&lt;p&gt;Fill in the tabs from left to right; they follow the printed report. Everything you type is saved by itself within a second: there is no Save button. &lt;b&gt;Undo&lt;/b&gt; (Ctrl+Z) and &lt;b&gt;Redo&lt;/b&gt; (Ctrl+Y) take back any change.&lt;/p&gt;&lt;p&gt;In the activity table, the numbers (Stt) and the total are counted for you. You can paste rows copied from Excel or Word with Ctrl+V.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt; (F7) lists what is still missing; double-click a line to go there. &lt;b&gt;Export PDF&lt;/b&gt; (Ctrl+E) writes the report laid out as Decree 30/2020/NĐ-CP requires.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Preview&lt;/b&gt; (F5) shows the very pages that will be printed; &lt;b&gt;Print&lt;/b&gt; (Ctrl+P) prints them. When the report is signed off, &lt;b&gt;Issue&lt;/b&gt; it: its PDF is archived as it is and the report can no longer be changed unless you &lt;b&gt;Unlock&lt;/b&gt; it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Soạn báo cáo&lt;/h3&gt;&lt;p&gt;Chọn một báo cáo ở bên trái, hoặc tạo báo cáo bằng &lt;b&gt;Báo cáo mới&lt;/b&gt; hay &lt;b&gt;Tạo từ báo cáo cũ&lt;/b&gt; (lấy lại đơn vị, nơi nhận và người ký).&lt;/p&gt;&lt;p&gt;Điền các thẻ lần lượt từ trái sang phải, theo thứ tự của báo cáo in ra. Mọi thứ gõ vào được tự lưu trong vòng một giây: không cần nút Lưu. &lt;b&gt;Hoàn tác&lt;/b&gt; (Ctrl+Z) và &lt;b&gt;Làm lại&lt;/b&gt; (Ctrl+Y) lấy lại mọi thay đổi.&lt;/p&gt;&lt;p&gt;Trong bảng hoạt động, số thứ tự (Stt) và tổng số được tự tính. Có thể dán các dòng sao chép từ Excel hoặc Word bằng Ctrl+V.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kiểm tra&lt;/b&gt; (F7) liệt kê những chỗ còn thiếu; bấm đúp vào một dòng để đến đó. &lt;b&gt;Xuất PDF&lt;/b&gt; (Ctrl+E) ghi báo cáo theo đúng thể thức của Nghị định 30/2020/NĐ-CP.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Xem trước&lt;/b&gt; (F5) cho thấy đúng các trang sẽ in; &lt;b&gt;In&lt;/b&gt; (Ctrl+P) in các trang đó. Khi báo cáo đã được duyệt, hãy &lt;b&gt;Ban hành&lt;/b&gt;: bản PDF được lưu lại nguyên như vậy và báo cáo không sửa được nữa, trừ khi &lt;b&gt;Mở khóa&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The change was not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location line="+113"/>
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
    <name>Operations</name>
    <message>
        <location filename="../hienhao_desktop/ui/operations.py" line="+105"/>
        <location line="+20"/>
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
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not delete</source>
        <translation>Không xóa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted: %1</source>
        <translation>Đã xóa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+94"/>
        <source>Report files (*.json)</source>
        <translation>Tệp báo cáo (*.json)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Imported from %1</source>
        <translation>Đã nhập từ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+212"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+213"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+23"/>
        <location line="+20"/>
        <location line="+13"/>
        <location line="+179"/>
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location line="-207"/>
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
        <source>Stopped: nothing was made.</source>
        <translation>Đã dừng: chưa tạo tệp nào.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>RecommendationsTab</name>
    <message>
        <location filename="../hienhao_desktop/ui/tabs.py" line="+61"/>
        <source>Recommendations</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommendations and proposals</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the selected item</source>
        <translation>Nội dung của mục đang chọn</translation>
    </message>
</context>
<context>
    <name>Rendering</name>
    <message>
        <location filename="../hienhao_desktop/ui/rendering.py" line="+104"/>
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
        <location filename="../hienhao_desktop/ui/tabs.py" line="-273"/>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <location line="+278"/>
        <source>Recipients and signature</source>
        <translation>Nơi nhận và ký</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recipients (nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. Phòng GD&amp;ĐT huyện; the last one is usually &quot;Lưu: VT&quot;. Double-click an item to change it.</source>
        <translation>Mỗi dòng một nơi, ví dụ Phòng GD&amp;ĐT huyện; dòng cuối thường là &quot;Lưu: VT&quot;. Bấm đúp vào một dòng để sửa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: the head signs)</source>
        <translation>(không: thủ trưởng ký)</translation>
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
        <location line="+20"/>
        <source>(no image)</source>
        <translation>(chưa có ảnh)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change image</source>
        <translation>Đổi ảnh</translation>
    </message>
</context>
<context>
    <name>SolutionsTab</name>
    <message>
        <location line="-159"/>
        <location line="+16"/>
        <source>Solutions and plans</source>
        <translation>Giải pháp, kế hoạch</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Title of section III</source>
        <translation>Tiêu đề phần III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use the title made from the kind, term and school year.</source>
        <translation>Để trống thì dùng tiêu đề ghép từ loại báo cáo, học kỳ và năm học.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item is printed as a line starting with &quot;- &quot;.</source>
        <translation>Mỗi mục được in thành một dòng bắt đầu bằng &quot;- &quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the selected item</source>
        <translation>Nội dung của mục đang chọn</translation>
    </message>
</context>
</TS>
