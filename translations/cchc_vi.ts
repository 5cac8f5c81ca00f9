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
    <name>ImportDialog</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <source>Procedure name</source>
        <translation>Tên TTHC</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Executing agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Place and channels</source>
        <translation>Địa điểm, cách thức thực hiện</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Text amending or repealing it</source>
        <translation>Văn bản quy định việc sửa đổi hoặc bãi bỏ</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Yêu cầu, điều kiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Import procedure list</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>Drop a file here or choose it.
Annex tables of a publishing decision (.xlsx, .csv, .docx), procedure records from the national portal (.json), or a catalogue exported by this app (.json, .xlsx).</source>
        <translation>Kéo thả tệp vào đây hoặc chọn tệp.
Phụ lục của quyết định công bố (.xlsx, .csv, .docx), bản ghi thủ tục từ Cổng Dịch vụ công quốc gia (.json) hoặc danh mục do ứng dụng này xuất ra (.json, .xlsx).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Theo nội dung tệp</translation>
    </message>
    <message>
        <source>New procedures</source>
        <translation>Thủ tục mới ban hành</translation>
    </message>
    <message>
        <source>Amended or replaced procedures</source>
        <translation>Thủ tục được sửa đổi, bổ sung, thay thế</translation>
    </message>
    <message>
        <source>Repealed procedures</source>
        <translation>Thủ tục bị bãi bỏ</translation>
    </message>
    <message>
        <source>Annex &amp;kind</source>
        <translation>&amp;Loại phụ lục</translation>
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
        <source>&amp;Effective date</source>
        <translation>Ngày có &amp;hiệu lực</translation>
    </message>
    <message>
        <source>Repealed procedures stop being in force on this day. If it is left empty the decision date is used, and the preview says so.</source>
        <translation>Thủ tục bị bãi bỏ hết hiệu lực từ ngày này. Nếu để trống, ứng dụng lấy ngày ký quyết định và ghi rõ khi xem trước.</translation>
    </message>
    <message>
        <source>Check which part of the procedure each column holds. Columns set to “not imported” are left out; parts the file does not carry stay as they are in the catalogue.</source>
        <translation>Kiểm tra mỗi cột chứa thông tin nào của thủ tục. Cột đặt “không nhập” sẽ bị bỏ qua; những thông tin tệp không có được giữ nguyên như trong danh mục.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header and first value</source>
        <translation>Tiêu đề và giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure and details</source>
        <translation>Thủ tục và chi tiết</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a procedure list</source>
        <translation>Chọn tệp danh mục thủ tục</translation>
    </message>
    <message>
        <source>Procedure lists (%1)</source>
        <translation>Danh mục thủ tục (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as dd/mm/yyyy.</source>
        <translation>“%1” không phải ngày: hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Columns of %1 as detected. Change them if needed, then preview.</source>
        <translation>Các cột của %1 như ứng dụng nhận ra. Sửa nếu cần rồi xem trước.</translation>
    </message>
    <message>
        <source>%1 – header on row %2</source>
        <translation>%1 – dòng tiêu đề %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to repeal, %4 unchanged</source>
        <translation>thêm mới %1, cập nhật %2, bãi bỏ %3, không đổi %4</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, bỏ qua %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>bảng mã %1</translation>
    </message>
    <message>
        <source>%1 errors: nothing can be imported until they are fixed in the file or the column mapping.</source>
        <translation>%1 lỗi: chưa nhập được gì cho đến khi sửa xong trong tệp hoặc trong cách ghép cột.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Repeal</source>
        <translation>Bãi bỏ</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the changes, then confirm.</source>
        <translation>Chưa ghi gì vào cơ sở dữ liệu. Hãy kiểm tra các thay đổi rồi xác nhận.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Không có gì cần nhập.</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Xem trước thay đổi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Writing %1 changes in one transaction…</source>
        <translation>Đang ghi %1 thay đổi trong một giao dịch…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated. The change is recorded in the audit trail.</source>
        <translation>Đã nhập từ %1: thêm mới %2, cập nhật %3. Thao tác đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã huỷ. Dữ liệu không thay đổi.</translation>
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
</context>
<context>
    <name>PrintStudioPage</name>
    <message>
        <source>Poster of a field&apos;s procedures</source>
        <translation>Áp phích danh mục thủ tục theo lĩnh vực</translation>
    </message>
    <message>
        <source>Tri-fold leaflet: apply online</source>
        <translation>Tờ gấp ba: hướng dẫn nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Guide sheet with dossier checklist</source>
        <translation>Phiếu hướng dẫn chuẩn bị hồ sơ</translation>
    </message>
    <message>
        <source>QR stickers for the posting board</source>
        <translation>Nhãn mã QR dán bảng niêm yết</translation>
    </message>
    <message>
        <source>Posted list of procedures</source>
        <translation>Danh mục thủ tục hành chính niêm yết</translation>
    </message>
    <message>
        <source>Campaign poster: scan to apply online</source>
        <translation>Áp phích “Quét mã để nộp hồ sơ trực tuyến”</translation>
    </message>
    <message>
        <source>Print studio</source>
        <translation>In ấn tài liệu</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu in</translation>
    </message>
    <message>
        <source>Paper &amp;size</source>
        <translation>&amp;Khổ giấy</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>In thủ tục nào</translation>
    </message>
    <message>
        <source>One &amp;field</source>
        <translation>Một &amp;lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Chosen procedures</source>
        <translation>Các thủ tục được &amp;chọn</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>Lọc theo mã hoặc tên thủ tục…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Crop &amp;marks and 3 mm bleed (print shop)</source>
        <translation>Thêm &amp;dấu cắt và tràn lề 3 mm (gửi nhà in)</translation>
    </message>
    <message>
        <source>Labels per sheet (columns × rows):</source>
        <translation>Số nhãn trên tờ (cột × hàng):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu tệp &amp;PDF…</translation>
    </message>
    <message>
        <source>Print every field&apos;s poster…</source>
        <translation>In áp phích tất cả lĩnh vực…</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Kiểm tra trước khi in</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Nhật ký in</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Số thủ tục</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Where / why</source>
        <translation>Nơi in / lý do</translation>
    </message>
    <message>
        <source>A read-only account can preview documents but not print or save them.</source>
        <translation>Tài khoản chỉ xem được xem trước tài liệu nhưng không được in hay lưu.</translation>
    </message>
    <message>
        <source>Every field, one poster each</source>
        <translation>Tất cả lĩnh vực, mỗi lĩnh vực một áp phích</translation>
    </message>
    <message>
        <source>Every posted procedure</source>
        <translation>Tất cả thủ tục đang niêm yết</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>No field</source>
        <translation>Chưa phân lĩnh vực</translation>
    </message>
    <message>
        <source> (not posted)</source>
        <translation> (chưa niêm yết)</translation>
    </message>
    <message>
        <source>Tick the procedures to print in the list.</source>
        <translation>Đánh dấu các thủ tục cần in trong danh sách.</translation>
    </message>
    <message>
        <source>Laying out the document…</source>
        <translation>Đang dàn trang tài liệu…</translation>
    </message>
    <message>
        <source>Preflight found nothing to fix.</source>
        <translation>Kiểm tra trước khi in: không có gì cần sửa.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before printing</source>
        <translation>
            <numerusform>còn %n lỗi phải sửa trước khi in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready to print, %n warning(s)</source>
        <translation>
            <numerusform>sẵn sàng in, %n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to print</source>
        <translation>sẵn sàng in</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>In không thành công</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>Đã gửi tới máy in: %n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has no pages to print.</source>
        <translation>Tài liệu không có trang nào để in.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>Could not start printing on %1: the printer is not ready or the file cannot be written. Nothing was printed.</source>
        <translation>Không bắt đầu in được trên %1: máy in chưa sẵn sàng hoặc không ghi được tệp. Chưa có trang nào được in.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages; the job is incomplete.</source>
        <translation>Máy in ngừng nhận trang; lệnh in chưa hoàn tất.</translation>
    </message>
    <message>
        <source>The printer reported an error; check it and try again.</source>
        <translation>Máy in báo lỗi; kiểm tra máy in rồi thử lại.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>ProcedureTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
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
        <source>No field</source>
        <translation>Chưa phân lĩnh vực</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>Chưa niêm yết</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Đang niêm yết</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
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
        <source>No field</source>
        <translation>Chưa phân lĩnh vực</translation>
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
            <numerusform>Hồ sơ gồm %n giấy tờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Dịch vụ công trực tuyến</translation>
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
        <source>For each posted procedure, the ordered documents of its sample dossier with filled-in and blank forms, previewed and printed from here.</source>
        <translation>Với mỗi thủ tục niêm yết: danh sách giấy tờ của bộ hồ sơ mẫu theo thứ tự, kèm mẫu đã điền và mẫu trống, xem trước và in ngay tại đây.</translation>
    </message>
    <message>
        <source>Print studio</source>
        <translation>In ấn</translation>
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
        <source>&amp;Catalogue</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>&amp;Import procedure list…</source>
        <translation>&amp;Nhập danh mục thủ tục…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Người dùng: %1</translation>
    </message>
</context>
</TS>
