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
</TS>
