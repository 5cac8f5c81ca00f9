<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Đã sửa đổi</translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation>Bãi bỏ</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa hiệu lực</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa đối chiếu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Niêm yết</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>No field</source>
        <translation>Chưa phân lĩnh vực</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Cần đối chiếu lại</translation>
    </message>
    <message>
        <source>Posted since %1</source>
        <translation>Niêm yết từ %1</translation>
    </message>
    <message>
        <source>Last verified on %1</source>
        <translation>Đối chiếu lần cuối ngày %1</translation>
    </message>
    <message>
        <source>Never verified against the province&apos;s decision</source>
        <translation>Chưa từng đối chiếu với quyết định công bố của tỉnh</translation>
    </message>
    <message numerus="yes">
        <source>check again every %n month(s)</source>
        <translation>
            <numerusform>cần đối chiếu lại sau mỗi %n tháng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>The catalogue is empty. Load the demo catalogue (ward-level procedures from the national database, July 2026) to try the app, or import your province&apos;s official list.</source>
        <translation>Danh mục đang trống. Nạp danh mục mẫu (các thủ tục cấp xã từ CSDL quốc gia, tháng 7/2026) để dùng thử, hoặc nhập danh mục chính thức do tỉnh công bố.</translation>
    </message>
    <message>
        <source>Load demo catalogue</source>
        <translation>Nạp danh mục mẫu</translation>
    </message>
    <message>
        <source>Search by code, name, keyword… (Ctrl+F), with or without accents</source>
        <translation>Tìm theo mã, tên, từ khoá… (Ctrl+F), gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter hoặc F2</translation>
    </message>
    <message>
        <source>Legal status…</source>
        <translation>Hiệu lực…</translation>
    </message>
    <message>
        <source>Mark amended, repealed or not yet in force (Ctrl+L)</source>
        <translation>Ghi nhận sửa đổi, bãi bỏ hoặc chưa có hiệu lực (Ctrl+L)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Verified today</source>
        <translation>Đã đối chiếu hôm nay</translation>
    </message>
    <message>
        <source>Record that the procedure was checked against the province&apos;s decision today</source>
        <translation>Ghi nhận hôm nay đã đối chiếu thủ tục với quyết định công bố của tỉnh</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Mọi cấp thực hiện</translation>
    </message>
    <message>
        <source>Any legal status</source>
        <translation>Mọi tình trạng hiệu lực</translation>
    </message>
    <message>
        <source>Any posting</source>
        <translation>Mọi trạng thái niêm yết</translation>
    </message>
    <message>
        <source>Posted now</source>
        <translation>Đang niêm yết</translation>
    </message>
    <message>
        <source>Changing soon</source>
        <translation>Sắp thay đổi</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Chưa niêm yết</translation>
    </message>
    <message>
        <source>No longer posted</source>
        <translation>Đã thôi niêm yết</translation>
    </message>
    <message>
        <source>Any online level</source>
        <translation>Mọi mức DVC trực tuyến</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n lĩnh vực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n đang niêm yết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n cần đối chiếu lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for review (%1)</source>
        <translation>Cần đối chiếu lại (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Tìm thấy %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>No field</source>
        <translation>Chưa phân lĩnh vực</translation>
    </message>
    <message>
        <source>Select a procedure to see its summary.</source>
        <translation>Chọn một thủ tục để xem tóm tắt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation>quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>Channels, time limits and fees</source>
        <translation>Cách thức thực hiện, thời hạn và phí, lệ phí</translation>
    </message>
    <message>
        <source>Fee not stated – see the province&apos;s decision</source>
        <translation>Chưa có thông tin phí, lệ phí – xem Quyết định công bố của tỉnh</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the dossier</source>
        <translation>
            <numerusform>%n giấy tờ trong thành phần hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample document(s)</source>
        <translation>
            <numerusform>%n giấy tờ trong bộ hồ sơ mẫu</numerusform>
        </translation>
    </message>
    <message>
        <source>no sample dossier yet</source>
        <translation>chưa có bộ hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Nguyên văn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>Time limit as worded in the decision (optional)</source>
        <translation>Thời hạn theo nguyên văn quyết định công bố (không bắt buộc)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Fee as published</source>
        <translation>Phí, lệ phí (nguyên văn)</translation>
    </message>
    <message>
        <source>Amount (₫)</source>
        <translation>Mức thu (₫)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Sample dossier document</source>
        <translation>Giấy tờ trong bộ hồ sơ mẫu</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Tên giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp mẫu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>no file (can be attached later)</source>
        <translation>chưa có tệp (có thể đính kèm sau)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Trang trước (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Trang sau (PgDown)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Whole page (Ctrl+0)</source>
        <translation>Xem cả trang (Ctrl+0)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>No file to preview. Attach a filled-in sample or a blank form (PDF, PNG or JPG).</source>
        <translation>Chưa có tệp để xem. Hãy đính kèm mẫu đã điền hoặc mẫu trống (PDF, PNG hoặc JPG).</translation>
    </message>
    <message>
        <source>This PDF cannot be read (damaged or protected by a password).</source>
        <translation>Không đọc được tệp PDF này (tệp bị hỏng hoặc có mật khẩu).</translation>
    </message>
    <message>
        <source>This image cannot be read.</source>
        <translation>Không đọc được tệp ảnh này.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Cannot print “%1”: the printer %2 is not ready or no printer is installed on this computer. Check the printer (power, paper, cable, driver) and print again.</source>
        <translation>Không in được “%1”: máy in %2 chưa sẵn sàng hoặc máy tính này chưa cài máy in. Hãy kiểm tra máy in (nguồn điện, giấy, cáp, trình điều khiển) rồi in lại.</translation>
    </message>
    <message>
        <source>The printer stopped at page %1 of “%2”. Check the printer and print again.</source>
        <translation>Máy in dừng ở trang %1 của “%2”. Hãy kiểm tra máy in rồi in lại.</translation>
    </message>
    <message>
        <source>A page could not be drawn for printing (the file may be damaged).</source>
        <translation>Không dựng được trang để in (tệp mẫu có thể bị hỏng).</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>&amp;Cases or headings</source>
        <translation>&amp;Trường hợp hoặc nhóm giấy tờ</translation>
    </message>
    <message>
        <source>Case &amp;name (empty: one list for every case)</source>
        <translation>&amp;Tên trường hợp (để trống: dùng chung cho mọi trường hợp)</translation>
    </message>
    <message>
        <source>Documents to submit or show, in order</source>
        <translation>Giấy tờ phải nộp hoặc xuất trình, theo thứ tự</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Thêm trường hợp</translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation>Xoá trường hợp</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Chỉ xuất trình</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu đơn, tờ khai</translation>
    </message>
    <message>
        <source>Form link</source>
        <translation>Địa chỉ mẫu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>(all cases)</source>
        <translation>(mọi trường hợp)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot complete</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Unexpected error: %1. Nothing was changed; details are in the log.</source>
        <translation>Lỗi không mong đợi: %1. Dữ liệu chưa bị thay đổi; chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>FieldModel</name>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xoá dòng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Portal ID (formalityId)</source>
        <translation>Mã định danh trên Cổng DVCQG</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp thực hiện</translation>
    </message>
    <message>
        <source>Type on the portal</source>
        <translation>Loại thủ tục</translation>
    </message>
    <message>
        <source>Promulgating agency</source>
        <translation>Cơ quan công bố</translation>
    </message>
    <message>
        <source>Executing agencies</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Who may apply</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trình tự thực hiện</translation>
    </message>
    <message>
        <source>Requirements and conditions</source>
        <translation>Yêu cầu, điều kiện</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Channels, time limits and fees</source>
        <translation>Cách thức thực hiện, thời hạn và phí, lệ phí</translation>
    </message>
    <message>
        <source>Time limits by case</source>
        <translation>Thời hạn theo trường hợp</translation>
    </message>
    <message>
        <source>How results are returned</source>
        <translation>Hình thức trả kết quả</translation>
    </message>
    <message>
        <source>Dossier components</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Online service level</source>
        <translation>Mức độ dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Not bound to the place of residence</source>
        <translation>Không phụ thuộc địa giới hành chính</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Niêm yết</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Đường liên kết</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Từ khoá</translation>
    </message>
    <message>
        <source>Friendly names</source>
        <translation>Tên thường gọi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Source and verification</source>
        <translation>Nguồn và đối chiếu</translation>
    </message>
    <message>
        <source>Sample dossier</source>
        <translation>Hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập danh mục</translation>
    </message>
    <message>
        <source>Sample added</source>
        <translation>Thêm giấy tờ mẫu</translation>
    </message>
    <message>
        <source>Sample edited</source>
        <translation>Sửa giấy tờ mẫu</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>Tệp mẫu</translation>
    </message>
    <message>
        <source>Sample removed</source>
        <translation>Xoá giấy tờ mẫu</translation>
    </message>
    <message>
        <source>Sample moved</source>
        <translation>Đổi thứ tự giấy tờ mẫu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>Có hiệu lực từ %1</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Hết hiệu lực từ %1</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Được thay bằng %1</translation>
    </message>
    <message>
        <source>Posted from %1</source>
        <translation>Niêm yết từ %1</translation>
    </message>
    <message>
        <source>Taken down on %1</source>
        <translation>Thôi niêm yết từ %1</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Đối chiếu ngày %1</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(chung)</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Khôi phục phiên bản</translation>
    </message>
    <message>
        <source>Make the procedure what it was on %1? Later changes stay in the history and the restore can itself be undone.</source>
        <translation>Đưa thủ tục về đúng như lúc %1? Các thay đổi sau đó vẫn còn trong lịch sử và có thể khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of procedure %1</source>
        <translation>Lịch sử thủ tục %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>Make the procedure what it was right after this change; the restore is itself recorded</source>
        <translation>Đưa thủ tục về đúng như ngay sau lần thay đổi này; việc khôi phục cũng được ghi vào lịch sử</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Chưa có thay đổi nào được ghi nhận.</translation>
    </message>
    <message>
        <source>The procedure was added to the catalogue.</source>
        <translation>Thủ tục được thêm vào danh mục.</translation>
    </message>
    <message>
        <source>This entry records a change to the sample dossier.</source>
        <translation>Mục này ghi nhận thay đổi của bộ hồ sơ mẫu.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Đây là phiên bản hiện tại.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Được sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation>Bị bãi bỏ</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Đối chiếu một phần</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa đối chiếu</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Toàn trình</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>Not online</source>
        <translation>Chưa có DVC trực tuyến</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Chưa quy định</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n năm</numerusform>
        </translation>
    </message>
    <message>
        <source>(see cases)</source>
        <translation>(xem theo từng trường hợp)</translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Province level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Central level</source>
        <translation>Cấp trung ương</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Cơ quan khác</translation>
    </message>
    <message>
        <source>Filled-in sample</source>
        <translation>Mẫu đã điền</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Mẫu trống</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>other (see text)</source>
        <translation>khác (xem nguyên văn)</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Legal status of %1</source>
        <translation>Hiệu lực của thủ tục %1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Tình trạng</translation>
    </message>
    <message>
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;Ngày ký quyết định</translation>
    </message>
    <message>
        <source>Takes &amp;effect on</source>
        <translation>Có hiệu lực từ &amp;ngày</translation>
    </message>
    <message>
        <source>&amp;Replaced by (code)</source>
        <translation>Được &amp;thay bằng (mã)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>the date entered</source>
        <translation>ngày đã nhập</translation>
    </message>
    <message>
        <source>From %1 the procedure leaves the posted list, the kiosk and every print list; it stays in the catalogue with its history.</source>
        <translation>Từ ngày %1, thủ tục không còn trong danh sách niêm yết, trên ki-ốt và mọi danh sách in; thủ tục vẫn lưu trong danh mục cùng lịch sử.</translation>
    </message>
    <message>
        <source>From %1 the procedure enters the posted list, the kiosk and the print lists (posting starts that day).</source>
        <translation>Từ ngày %1, thủ tục được đưa vào danh sách niêm yết, ki-ốt và các danh sách in (bắt đầu niêm yết từ ngày đó).</translation>
    </message>
    <message>
        <source>The procedure stays posted; edit its changed parts in the editor.</source>
        <translation>Thủ tục vẫn được niêm yết; hãy sửa các nội dung được sửa đổi trong màn hình sửa thủ tục.</translation>
    </message>
    <message>
        <source>The procedure is in force; a repeal date is cleared.</source>
        <translation>Thủ tục đang có hiệu lực; ngày bãi bỏ (nếu có) được xoá.</translation>
    </message>
    <message>
        <source>Write dates as dd/mm/yyyy, e.g. 01/12/2026.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 01/12/2026.</translation>
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <source>Posted</source>
        <translation>Đang niêm yết</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Đến hết %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>No longer posted</source>
        <translation>Đã thôi niêm yết</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Chưa niêm yết</translation>
    </message>
</context>
<context>
    <name>ProcedureEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Posted since</source>
        <translation>Niêm yết từ ngày</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Thôi niêm yết từ ngày</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Hết hiệu lực từ</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày ký quyết định</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Ngày đối chiếu</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Thêm thủ tục mới</translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation>Thủ tục %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <source>&amp;Channels, time limits, fees</source>
        <translation>Cách &amp;thức, thời hạn, phí</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>Thành phần &amp;hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Steps, requirements</source>
        <translation>T&amp;rình tự, yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Legal bases</source>
        <translation>Căn cứ &amp;pháp lý</translation>
    </message>
    <message>
        <source>&amp;Posting, status, links</source>
        <translation>&amp;Niêm yết, hiệu lực, liên kết</translation>
    </message>
    <message>
        <source>S&amp;ource, verification</source>
        <translation>Ng&amp;uồn, đối chiếu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Portal ID (formalityId)</source>
        <translation>Mã định danh trên Cổng DVCQG</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp thực hiện</translation>
    </message>
    <message>
        <source>Type on the portal</source>
        <translation>Loại thủ tục</translation>
    </message>
    <message>
        <source>Promulgating agency</source>
        <translation>Cơ quan công bố</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Anywhere in the province</source>
        <translation>Phi địa giới</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Executing agencies</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Who may apply</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Staff keywords</source>
        <translation>Từ khoá tra cứu</translation>
    </message>
    <message>
        <source>Friendly names</source>
        <translation>Tên thường gọi</translation>
    </message>
    <message>
        <source>Accepted whatever the applicant&apos;s place of residence</source>
        <translation>Tiếp nhận không phụ thuộc nơi cư trú của người nộp</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>mỗi dòng một mục</translation>
    </message>
    <message>
        <source>Words citizens and staff use for it, e.g. “giấy chứng tử” for “đăng ký khai tử”: search finds them</source>
        <translation>Cách người dân và cán bộ hay gọi, ví dụ “giấy chứng tử” cho “đăng ký khai tử”: ô tìm kiếm sẽ tìm theo các từ này</translation>
    </message>
    <message>
        <source>Use national data</source>
        <translation>Lấy theo CSDL quốc gia</translation>
    </message>
    <message>
        <source>Replace name, field, portal ID and link with the national catalogue&apos;s</source>
        <translation>Thay tên, lĩnh vực, mã định danh và đường liên kết bằng dữ liệu của CSDL quốc gia</translation>
    </message>
    <message>
        <source>Time limits by &amp;case</source>
        <translation>Thời hạn theo &amp;trường hợp</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã trường hợp</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>How the &amp;result is returned (one per line)</source>
        <translation>Hình thức trả &amp;kết quả (mỗi dòng một hình thức)</translation>
    </message>
    <message>
        <source>&amp;Steps (trình tự thực hiện)</source>
        <translation>&amp;Trình tự thực hiện</translation>
    </message>
    <message>
        <source>&amp;Requirements and conditions</source>
        <translation>&amp;Yêu cầu, điều kiện</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title of the legal document</source>
        <translation>Tên văn bản</translation>
    </message>
    <message>
        <source>Posting at the center</source>
        <translation>Niêm yết tại Trung tâm</translation>
    </message>
    <message>
        <source>Posted &amp;since</source>
        <translation>Niêm yết &amp;từ ngày</translation>
    </message>
    <message>
        <source>Taken &amp;down on</source>
        <translation>Thôi niêm yết từ &amp;ngày</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Legal status (decision of publication)</source>
        <translation>Hiệu lực (theo quyết định công bố)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Tình &amp;trạng</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>Có hiệu lực &amp;từ</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Hết hiệu lực từ</translation>
    </message>
    <message>
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <source>Decision d&amp;ate</source>
        <translation>Ngày &amp;ký quyết định</translation>
    </message>
    <message>
        <source>Replaced &amp;by (code)</source>
        <translation>Được thay &amp;bằng (mã)</translation>
    </message>
    <message>
        <source>Links printed as QR codes</source>
        <translation>Đường liên kết in thành mã QR</translation>
    </message>
    <message>
        <source>National portal &amp;page</source>
        <translation>Trang trên Cổng &amp;DVCQG</translation>
    </message>
    <message>
        <source>Center&apos;s own &amp;link (used first)</source>
        <translation>Đường &amp;liên kết do Trung tâm nhập (ưu tiên dùng)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Địa chỉ nguồn</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Người đối chiếu</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Ghi chú đối chiếu</translation>
    </message>
    <message>
        <source>Verified today</source>
        <translation>Đã đối chiếu hôm nay</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date and your name</source>
        <translation>Điền ngày hôm nay và tên người đối chiếu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lưu và đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as dd/mm/yyyy, e.g. 01/07/2026.</source>
        <translation>%1: “%2” không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2026.</translation>
    </message>
    <message>
        <source>In the national catalogue under this name (%1)</source>
        <translation>Có trong CSDL quốc gia với đúng tên này (%1)</translation>
    </message>
    <message>
        <source>National catalogue: %1 (%2)</source>
        <translation>CSDL quốc gia: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the national catalogue of %1: check the code against the province&apos;s decision.</source>
        <translation>Mã này không có trong danh mục quốc gia bản ngày %1: hãy đối chiếu với quyết định công bố của tỉnh.</translation>
    </message>
    <message>
        <source>Not saved: correct the problems listed above.</source>
        <translation>Chưa lưu: hãy sửa các lỗi nêu ở trên.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Version restored</source>
        <translation>Đã khôi phục phiên bản</translation>
    </message>
    <message>
        <source>This procedure has changes that are not saved. Save them?</source>
        <translation>Thủ tục có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>ProcedureListModel</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Giấy tờ</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>Không đọc được tệp “%1”: %2.</translation>
    </message>
    <message>
        <source>Choose a procedure on the left.</source>
        <translation>Chọn một thủ tục ở danh sách bên trái.</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Chung cho mọi trường hợp</translation>
    </message>
    <message>
        <source>Sample dossiers</source>
        <translation>Hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Choose a sample form</source>
        <translation>Chọn tệp mẫu</translation>
    </message>
    <message>
        <source>Forms (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Tệp mẫu (*.pdf *.png *.jpg *.jpeg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Find a procedure (Ctrl+F)</source>
        <translation>Tìm thủ tục (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only procedures posted now</source>
        <translation>Chỉ thủ tục đang niêm yết</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Trường hợp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>From dossier</source>
        <translation>Lấy từ thành phần hồ sơ</translation>
    </message>
    <message>
        <source>List the dossier components of this case</source>
        <translation>Liệt kê các thành phần hồ sơ của trường hợp này</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Every dossier component of this case is already listed.</source>
        <translation>Mọi thành phần hồ sơ của trường hợp này đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Remove the file “%1” from “%2”?</source>
        <translation>Gỡ tệp “%1” khỏi “%2”?</translation>
    </message>
    <message>
        <source>Delete “%1” from the sample dossier?</source>
        <translation>Xoá “%1” khỏi bộ hồ sơ mẫu?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Sample dossiers</source>
        <translation>Hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Print studio</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Posters, tri-fold leaflets, guide sheets and QR stickers for the posted procedures, previewed before printing, every print logged.</source>
        <translation>Áp phích, tờ gấp ba, phiếu hướng dẫn và nhãn mã QR cho các thủ tục niêm yết; xem trước khi in, mỗi lần in đều được ghi sổ.</translation>
    </message>
    <message>
        <source>Guidance log</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Record each guidance session in seconds: procedure, channel, outcome; citizen contact details only with consent.</source>
        <translation>Ghi nhận mỗi lượt hướng dẫn trong vài giây: thủ tục, cách thức, kết quả; chỉ lưu thông tin liên hệ của người dân khi được đồng ý.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Quarterly, six-month and annual figures for the center&apos;s administrative reform reporting.</source>
        <translation>Số liệu quý, 6 tháng và năm phục vụ báo cáo cải cách hành chính của Trung tâm.</translation>
    </message>
    <message>
        <source>CCHC Desktop – Public Administration Service Center</source>
        <translation>CCHC Desktop – Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Người dùng: %1</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Xoá bước</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Step &amp;title (optional)</source>
        <translation>&amp;Tiêu đề bước (không bắt buộc)</translation>
    </message>
    <message>
        <source>What to do in this step</source>
        <translation>Nội dung thực hiện</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Bước %1</translation>
    </message>
</context>
</TS>
