<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation>&amp;Mật khẩu tạm</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Administrator: settings, accounts, audit trail, backups. Staff: guidance, printing, the catalogue. Read-only: looks, changes nothing.</source>
        <translation>Quản trị: cài đặt, tài khoản, nhật ký thay đổi, sao lưu. Cán bộ: hướng dẫn, in ấn, danh mục thủ tục. Chỉ xem: xem được, không thay đổi gì.</translation>
    </message>
    <message>
        <source>The new user chooses their own password at the first sign-in.</source>
        <translation>Người dùng mới tự đặt mật khẩu của mình khi đăng nhập lần đầu.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hoá</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khoá đến %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Hoạt động, phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>New account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Kích hoạt</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vô hiệu hoá</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Product kind</source>
        <translation>Loại sản phẩm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường liên kết</translation>
    </message>
    <message>
        <source>Where it appeared</source>
        <translation>Nơi đăng, nơi thực hiện</translation>
    </message>
    <message>
        <source>Count or copies</source>
        <translation>Số lượng (số bản)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Change an activity</source>
        <translation>Sửa kết quả thực hiện</translation>
    </message>
    <message>
        <source>Record this print in the communication plan?</source>
        <translation>Ghi bản in này vào kế hoạch truyền thông?</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>Ghi kết quả thực hiện</translation>
    </message>
    <message>
        <source>The printed copies can count for the plan&apos;s task on printed materials. Check the figures, then save; or cancel to leave the plan as it is.</source>
        <translation>Số bản vừa in có thể tính cho nhiệm vụ ấn phẩm tuyên truyền của kế hoạch. Kiểm tra lại số liệu rồi bấm Lưu; hoặc bấm Huỷ để không ghi.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>Chưa có tệp</translation>
    </message>
    <message>
        <source>A file (PDF, PNG, JPG) or the link above is the evidence.</source>
        <translation>Minh chứng là một tệp (PDF, PNG, JPG) hoặc đường liên kết ở trên.</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF hoặc ảnh (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Tài khoản quản trị đầu tiên</translation>
    </message>
    <message>
        <source>The administrator manages settings, accounts and backups, and creates the accounts of the other staff.</source>
        <translation>Quản trị viên quản lý cài đặt, tài khoản, sao lưu và tạo tài khoản cho các cán bộ khác.</translation>
    </message>
    <message>
        <source>You sign in with this user name and password from now on. Passwords have at least 8 characters, are not the user name and are not easy to guess (such as 12345678 or matkhau123). Five wrong passwords in a row lock an account for five minutes.</source>
        <translation>Từ nay bạn đăng nhập bằng tên đăng nhập và mật khẩu này. Mật khẩu cần ít nhất 8 ký tự, không trùng tên đăng nhập và không dễ đoán (như 12345678 hay matkhau123). Nhập sai 5 lần liên tiếp thì tài khoản bị khoá 5 phút.</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>&amp;Tên đăng nhập *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Mật khẩu *</translation>
    </message>
    <message>
        <source>Password &amp;again *</source>
        <translation>&amp;Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Thời gian</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>T&amp;ìm</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Người thực hiện</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>Đối tượn&amp;g</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>Th&amp;ao tác</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chọn ngày</translation>
    </message>
    <message>
        <source>Search summaries, keys and names</source>
        <translation>Tìm trong nội dung, mã và tên người thực hiện</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất ra tệp…</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Hoàn tác lần nhập này…</translation>
    </message>
    <message>
        <source>Delete the procedures the selected import added and give those it changed their version from before it</source>
        <translation>Xoá các thủ tục mà lần nhập đang chọn đã thêm, đưa các thủ tục nó đã sửa về phiên bản trước lần nhập</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Tất cả đối tượng</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tất cả thao tác</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Chọn một mục để xem nội dung thay đổi.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
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
        <source>Entry %1, hash %2…</source>
        <translation>Mục số %1, mã băm %2…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %n mục vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail integrity</source>
        <translation>Tính toàn vẹn của nhật ký</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, every link checks.</source>
        <translation>
            <numerusform>Nhật ký toàn vẹn: %n mục, mọi mắt xích mã băm đều khớp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n chỗ khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was changed outside the app at %n place(s):</source>
        <translation>
            <numerusform>Nhật ký đã bị sửa ngoài ứng dụng tại %n chỗ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Each day, the first time the app starts, a copy of all data is saved in the backup folder (also before every upgrade of the database). A USB drive or another disk is safer than the same disk as the database.</source>
        <translation>Mỗi ngày, lần đầu mở ứng dụng, một bản sao toàn bộ dữ liệu được lưu vào thư mục sao lưu (và trước mỗi lần nâng cấp cơ sở dữ liệu). Lưu trên ổ USB hoặc ổ đĩa khác an toàn hơn lưu cùng ổ với cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>&amp;Thư mục sao lưu</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>Last automatic copy</source>
        <translation>Bản tự động gần nhất</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> bản mới nhất</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>Backup file and restore</source>
        <translation>Tệp sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>A backup file holds all data and attachments with a checksum of each part. It restores on this database or another one, SQLite or PostgreSQL. A restore first checks the whole file, saves a copy of the current data, then replaces all data at once.</source>
        <translation>Tệp sao lưu chứa toàn bộ dữ liệu và tệp đính kèm, kèm mã kiểm tra của từng phần; khôi phục được vào cơ sở dữ liệu này hoặc cơ sở dữ liệu khác (SQLite hoặc PostgreSQL). Khi khôi phục, ứng dụng kiểm tra toàn bộ tệp, sao lưu dữ liệu hiện tại, rồi thay toàn bộ dữ liệu trong một lần.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Backups contain citizens&apos; personal data: keep them locked away, and delete copies you no longer need.</source>
        <translation>Bản sao lưu có dữ liệu cá nhân của người dân: hãy cất giữ cẩn thận và xoá các bản không còn cần.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backup file (*.zip)</source>
        <translation>Tệp sao lưu (*.zip)</translation>
    </message>
    <message>
        <source>All data was saved in %1.</source>
        <translation>Đã sao lưu toàn bộ dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.zip *.db)</source>
        <translation>Bản sao lưu (*.zip *.db)</translation>
    </message>
    <message>
        <source>This backup was made on %1 by CCHC Desktop %2 (%3). It holds %4 procedures, %5 accounts, %6 guidance sessions, %7 audit entries and %8 files. The whole file checks out.</source>
        <translation>Bản sao lưu lập lúc %1 bằng CCHC Desktop %2 (%3), gồm %4 thủ tục, %5 tài khoản, %6 lượt hướng dẫn, %7 mục nhật ký và %8 tệp đính kèm. Toàn bộ tệp đã được kiểm tra, không có lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the audit trail inside this backup has %n break(s).</source>
        <translation>
            <numerusform>Lưu ý: nhật ký trong bản sao lưu này có %n chỗ không khớp chuỗi mã băm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace ALL current data with this backup? A copy of the current data is saved first. Everyone must sign in again afterwards.</source>
        <translation>Thay TOÀN BỘ dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại sẽ được sao lưu trước. Sau đó mọi người phải đăng nhập lại.</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>Đã khôi phục dữ liệu từ %1.</translation>
    </message>
    <message>
        <source>The data from before is kept in %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong %1.</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Delete procedure</source>
        <translation>Xoá thủ tục</translation>
    </message>
    <message>
        <source>Move “%1 – %2” to the bin?

It leaves the catalogue, the posted list, posters and the kiosk. An administrator can restore it, with its history, from Catalogue › Bin.</source>
        <translation>Chuyển “%1 – %2” vào Thùng rác?

Thủ tục sẽ rời khỏi danh mục, danh mục niêm yết, áp phích và kiosk. Quản trị viên có thể khôi phục thủ tục cùng lịch sử của nó tại Danh mục › Thùng rác.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Procedures deleted by an administrator. Restoring one brings it back as it was, with its history and sample forms.</source>
        <translation>Các thủ tục do quản trị viên xoá. Khôi phục một thủ tục sẽ đưa nó trở lại đúng như trước, cùng lịch sử và các mẫu hồ sơ.</translation>
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
        <source>Deleted at</source>
        <translation>Thời điểm xoá</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xoá</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
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
    <name>CenterPage</name>
    <message>
        <source>Your center</source>
        <translation>Thông tin Trung tâm</translation>
    </message>
    <message>
        <source>Printed on posters, leaflets and the kiosk. You can change it later in Settings.</source>
        <translation>Dùng trên áp phích, tờ gấp và màn hình kiosk. Có thể sửa sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Welcome to CCHC Desktop. Three short steps set it up for your center.</source>
        <translation>Chào mừng đến với CCHC Desktop. Ba bước ngắn để thiết lập cho Trung tâm của bạn.</translation>
    </message>
    <message>
        <source>Center &amp;name *</source>
        <translation>&amp;Tên Trung tâm *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Giờ làm việc</translation>
    </message>
    <message>
        <source>H&amp;otline</source>
        <translation>Đường dây &amp;nóng</translation>
    </message>
    <message>
        <source>&amp;Social page</source>
        <translation>Trang mạng &amp;xã hội</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
</context>
<context>
    <name>CenterTab</name>
    <message>
        <source>Kiosk: back to the start after (seconds idle)</source>
        <translation>Kiosk: về trang đầu sau (số giây không dùng)</translation>
    </message>
    <message>
        <source>Kiosk: printer for guide sheets (empty: no printing)</source>
        <translation>Kiosk: máy in phiếu hướng dẫn (để trống: không in)</translation>
    </message>
    <message>
        <source>Kiosk: counter rated (empty: the whole center)</source>
        <translation>Kiosk: quầy được đánh giá (để trống: cả Trung tâm)</translation>
    </message>
    <message>
        <source>Kiosk: online service portal</source>
        <translation>Kiosk: cổng dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Tên Trung tâm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Social page</source>
        <translation>Trang mạng xã hội</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>Mã phường, xã</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng</translation>
    </message>
    <message>
        <source>Review procedures after (months)</source>
        <translation>Đối chiếu lại thủ tục sau (tháng)</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>Mã PIN kiosk</translation>
    </message>
    <message>
        <source>Staff may edit and import the procedure catalogue</source>
        <translation>Cán bộ được sửa và nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Đặt mã PIN…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Chỉ quản trị viên mới thay đổi được các cài đặt này.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đã đặt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Choose your own password to continue.</source>
        <translation>Quản trị viên đã đặt mật khẩu tạm cho bạn. Hãy đặt mật khẩu của riêng bạn để tiếp tục.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>At least 8 characters, not your user name, and not one that is easy to guess (such as 12345678 or matkhau123). A short sentence is easy to remember and hard to guess.</source>
        <translation>Ít nhất 8 ký tự, không trùng tên đăng nhập và không dễ đoán (như 12345678 hay matkhau123). Một câu ngắn vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu mới không khớp nhau.</translation>
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
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn còn đang dùng kiosk không?</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk returns to the start in %n second(s).</source>
        <translation>
            <numerusform>Kiosk sẽ về màn hình đầu sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Apply online: scan with your phone</source>
        <translation>Nộp trực tuyến: quét mã bằng điện thoại</translation>
    </message>
    <message>
        <source>Print the guide sheet</source>
        <translation>In phiếu hướng dẫn</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Đánh giá sự phục vụ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Code %1 · Field: %2</source>
        <translation>Mã %1 · Lĩnh vực: %2</translation>
    </message>
    <message>
        <source>No online link: ask at the counter.</source>
        <translation>Chưa có đường liên kết trực tuyến: xin hỏi tại quầy.</translation>
    </message>
    <message>
        <source>Online service: %1</source>
        <translation>Dịch vụ công trực tuyến: %1</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Giấy tờ cần mang</translation>
    </message>
    <message>
        <source>See the guide sheet at the counter.</source>
        <translation>Xem phiếu hướng dẫn tại quầy.</translation>
    </message>
    <message>
        <source>Time and fees</source>
        <translation>Thời hạn và phí, lệ phí</translation>
    </message>
    <message>
        <source>%1: time %2; fees: %3</source>
        <translation>%1: thời hạn %2; phí, lệ phí: %3</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi nộp hồ sơ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước thực hiện</translation>
    </message>
    <message>
        <source>Sample dossier</source>
        <translation>Hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Tap a document to see its pages.</source>
        <translation>Chạm vào một giấy tờ để xem các trang.</translation>
    </message>
    <message>
        <source>show the original</source>
        <translation>xuất trình bản chính</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n bản chính</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n bản sao</numerusform>
        </translation>
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
    <name>EditDialog</name>
    <message>
        <source>Guidance session no. %1</source>
        <translation>Lượt hướng dẫn số %1</translation>
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
    <name>FieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Số thủ tục</translation>
    </message>
    <message>
        <source>Link (QR code on the poster)</source>
        <translation>Đường liên kết (mã QR trên áp phích)</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(chưa có đường liên kết)</translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <source>Each field with a link gets one QR code on its poster, for citizens to open the whole field on the online public service portal. Use the national portal (dichvucong.gov.vn) or the province&apos;s portal.</source>
        <translation>Mỗi lĩnh vực có đường liên kết được in một mã QR trên áp phích của lĩnh vực đó, để người dân quét mã mở toàn bộ thủ tục của lĩnh vực trên cổng dịch vụ công trực tuyến. Hãy dùng Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công của tỉnh.</translation>
    </message>
    <message>
        <source>You may look at these links; only staff who may edit the procedure catalogue can change them.</source>
        <translation>Anh/chị chỉ được xem các đường liên kết này; chỉ cán bộ có quyền sửa danh mục thủ tục mới thay đổi được.</translation>
    </message>
    <message>
        <source>&amp;Link of the selected field:</source>
        <translation>Đường liên &amp;kết của lĩnh vực đang chọn:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>Not saved: correct the link shown in red.</source>
        <translation>Chưa lưu: hãy sửa đường liên kết được báo màu đỏ.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>Đã lưu %n đường liên kết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Check the details, then finish to save them.</source>
        <translation>Kiểm tra lại thông tin, rồi bấm Hoàn tất để lưu.</translation>
    </message>
    <message>
        <source>Load the demo catalogue (266 ward-level procedures from the national database) to try the app</source>
        <translation>Nạp danh mục mẫu (266 thủ tục cấp xã từ Cơ sở dữ liệu quốc gia) để dùng thử</translation>
    </message>
    <message>
        <source>Center: %1</source>
        <translation>Trung tâm: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
    <message>
        <source>Administrator: %1 (%2)</source>
        <translation>Quản trị viên: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CCHC Desktop</source>
        <translation>Thiết lập CCHC Desktop</translation>
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
    <name>GuidancePage</name>
    <message>
        <source>Guidance log</source>
        <translation>Sổ hướng dẫn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>2026-Q3, 2026-H1, 2026, 2026-07 or 2026-07-01..2026-09-30</source>
        <translation>2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), 2026-07 (tháng) hoặc 2026-07-01..2026-09-30 (khoảng ngày)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Các lượt hướng dẫn</translation>
    </message>
    <message>
        <source>Follow-ups (not finished)</source>
        <translation>Hẹn lại (chưa xong)</translation>
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
        <source>A citizen&apos;s data…</source>
        <translation>Dữ liệu của một người dân…</translation>
    </message>
    <message>
        <source>Count towards the plan…</source>
        <translation>Tính vào kế hoạch…</translation>
    </message>
    <message>
        <source>A session on a mobile outing counts for a task of the communication plan (once per session)</source>
        <translation>Lượt hướng dẫn lưu động được tính cho một nhiệm vụ của kế hoạch truyền thông (mỗi lượt một lần)</translation>
    </message>
    <message>
        <source>%1 sessions shown; %2 waiting for a follow-up.</source>
        <translation>Đang hiện %1 lượt; %2 lượt đang chờ hẹn lại.</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Hãy chọn một lượt hướng dẫn trước.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Xoá lượt hướng dẫn</translation>
    </message>
    <message>
        <source>Delete guidance session no. %1? This is recorded in the audit trail.</source>
        <translation>Xoá lượt hướng dẫn số %1? Việc xoá được ghi vào nhật ký thay đổi.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>How to apply online</source>
        <translation>Hướng dẫn nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Open the national public service portal on your phone or computer, or scan the QR code.</source>
        <translation>Mở Cổng Dịch vụ công quốc gia trên điện thoại hoặc máy tính, hoặc quét mã QR.</translation>
    </message>
    <message>
        <source>Sign in with your VNeID account (electronic identity, level 2).</source>
        <translation>Đăng nhập bằng tài khoản VNeID (định danh điện tử mức độ 2).</translation>
    </message>
    <message>
        <source>Search for the procedure by its name or code and choose “Submit online”.</source>
        <translation>Tìm thủ tục theo tên hoặc mã, rồi chọn “Nộp trực tuyến”.</translation>
    </message>
    <message>
        <source>Fill in the form and attach photos or scans of the documents to bring.</source>
        <translation>Điền tờ khai và đính kèm ảnh chụp hoặc bản quét các giấy tờ cần nộp.</translation>
    </message>
    <message>
        <source>Pay the fee online when there is one, and note the dossier code to follow it.</source>
        <translation>Nộp phí, lệ phí trực tuyến (nếu có) và ghi lại mã hồ sơ để theo dõi.</translation>
    </message>
    <message>
        <source>Receive the result online, by post or at the counter of the center.</source>
        <translation>Nhận kết quả trực tuyến, qua bưu chính hoặc tại quầy của Trung tâm.</translation>
    </message>
    <message>
        <source>Scan to open the portal</source>
        <translation>Quét mã để mở Cổng Dịch vụ công</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
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
        <source>Plain summary for citizens</source>
        <translation>Tóm tắt cho người dân</translation>
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
    <name>HomePage</name>
    <message>
        <source>Find your procedure: type its name (with or without tones) or its code</source>
        <translation>Tìm thủ tục: gõ tên (có dấu hay không dấu đều được) hoặc mã thủ tục</translation>
    </message>
    <message>
        <source>For example: khai sinh, cu tru, 1.001193</source>
        <translation>Ví dụ: khai sinh, cu tru, 1.001193</translation>
    </message>
    <message>
        <source>How to apply online</source>
        <translation>Hướng dẫn nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Steps and a QR code to the portal</source>
        <translation>Các bước và mã QR tới Cổng Dịch vụ công</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Đánh giá sự phục vụ</translation>
    </message>
    <message>
        <source>Anonymous: no name, no phone number</source>
        <translation>Ẩn danh: không hỏi tên, không hỏi số điện thoại</translation>
    </message>
    <message>
        <source>Or choose a field</source>
        <translation>Hoặc chọn lĩnh vực</translation>
    </message>
    <message>
        <source>No procedure is posted yet. Please ask at the counter.</source>
        <translation>Chưa có thủ tục nào được niêm yết. Xin hỏi tại quầy.</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
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
        <source>&amp;Undo this import…</source>
        <translation>&amp;Hoàn tác lần nhập này…</translation>
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
        <source>, %1 field links to update</source>
        <translation>, %1 đường liên kết lĩnh vực cần cập nhật</translation>
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
        <source>Link of the field “%1”: %2 → %3</source>
        <translation>Đường liên kết của lĩnh vực “%1”: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
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
        <source>The import has been undone: the catalogue is as it was before it.</source>
        <translation>Đã hoàn tác lần nhập: danh mục trở lại như trước lần nhập.</translation>
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
    <name>InterfaceTab</name>
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
    <name>KioskPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Mã PIN kiosk</translation>
    </message>
    <message>
        <source>Staff type this PIN to leave the kiosk screen. 4 to 8 digits.</source>
        <translation>Cán bộ nhập mã PIN này để thoát màn hình kiosk. Gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai lần nhập mã PIN không khớp nhau.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Public Administration Service Center</source>
        <translation>Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Giờ làm việc: %1</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
    <message>
        <source>The guide sheet is printing: take it from the printer.</source>
        <translation>Đang in phiếu hướng dẫn: xin nhận phiếu ở máy in.</translation>
    </message>
    <message>
        <source>The printer is not available: please ask at the counter.</source>
        <translation>Máy in chưa sẵn sàng: xin hỏi tại quầy.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Chữ thường</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Màu thường</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
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
    <message>
        <source>News item</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Video, clip</source>
        <translation>Video, clip</translation>
    </message>
    <message>
        <source>Loudspeaker broadcast</source>
        <translation>Phát thanh loa</translation>
    </message>
    <message>
        <source>Printed material</source>
        <translation>Ấn phẩm in</translation>
    </message>
    <message>
        <source>Conference, dialogue</source>
        <translation>Hội nghị, đối thoại</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Hội thi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>During the year</source>
        <translation>Trong năm</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hàng tháng</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>mỗi tuần</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>mỗi quý</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>mỗi năm</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa đến kỳ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <source>Standard procedure (published by a ministry)</source>
        <translation>Thủ tục chuẩn (do bộ, ngành công bố)</translation>
    </message>
    <message>
        <source>Local procedure (published by a province)</source>
        <translation>Thủ tục đặc thù (do tỉnh công bố)</translation>
    </message>
    <message>
        <source>Internal procedure</source>
        <translation>Thủ tục nội bộ</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Tên Trung tâm</translation>
    </message>
    <message>
        <source>Center address</source>
        <translation>Địa chỉ Trung tâm</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Social media page</source>
        <translation>Trang mạng xã hội</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>Mã phường, xã</translation>
    </message>
    <message>
        <source>Months before a procedure is checked again</source>
        <translation>Số tháng cần đối chiếu lại thủ tục</translation>
    </message>
    <message>
        <source>Staff may edit the catalogue</source>
        <translation>Cán bộ được sửa danh mục thủ tục</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Số bản sao lưu tự động giữ lại</translation>
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
        <source>Submitting online</source>
        <translation>Nộp hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Paying online</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Creating or activating a VNeID / portal account</source>
        <translation>Tạo hoặc kích hoạt tài khoản VNeID / Cổng DVC</translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation>Dịch vụ bưu chính công ích</translation>
    </message>
    <message>
        <source>Looking up information</source>
        <translation>Tra cứu thông tin</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Zalo or social media</source>
        <translation>Zalo hoặc mạng xã hội</translation>
    </message>
    <message>
        <source>Mobile / community digital team</source>
        <translation>Lưu động / Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Nộp trực tuyến thành công</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Đã thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Not finished – follow up</source>
        <translation>Chưa xong – hẹn lại</translation>
    </message>
    <message>
        <source>Referred to another desk</source>
        <translation>Chuyển bộ phận khác</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Catalogue import</source>
        <translation>Nhập danh mục</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Hoàn tác lần nhập</translation>
    </message>
    <message>
        <source>Demo catalogue loaded</source>
        <translation>Nạp danh mục mẫu</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Xoá hẳn</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>First set-up</source>
        <translation>Thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Nhập sai mật khẩu</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Khoá tạm thời</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Kích hoạt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hoá</translation>
    </message>
    <message>
        <source>Kiosk PIN set</source>
        <translation>Đặt mã PIN kiosk</translation>
    </message>
    <message>
        <source>Kiosk database role</source>
        <translation>Vai trò cơ sở dữ liệu của kiosk</translation>
    </message>
    <message>
        <source>Contact details past retention erased</source>
        <translation>Xoá họ tên, số điện thoại quá thời hạn lưu</translation>
    </message>
    <message>
        <source>Personal data exported on request</source>
        <translation>Xuất dữ liệu cá nhân theo yêu cầu</translation>
    </message>
    <message>
        <source>Personal data erased on request</source>
        <translation>Xoá dữ liệu cá nhân theo yêu cầu</translation>
    </message>
    <message>
        <source>Plan copied to a new year</source>
        <translation>Chép kế hoạch sang năm mới</translation>
    </message>
    <message>
        <source>Demo plan loaded</source>
        <translation>Nạp kế hoạch mẫu</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Guidance log</source>
        <translation>Sổ hướng dẫn</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>Communication activity</source>
        <translation>Kết quả tuyên truyền</translation>
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
    <name>LogoPicker</name>
    <message>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không có biểu trưng</translation>
    </message>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Chọn biểu trưng của Trung tâm</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the image “%1”: %2</source>
        <translation>Không đọc được tệp ảnh “%1”: %2</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Thank you!</source>
        <translation>Xin cảm ơn!</translation>
    </message>
    <message>
        <source>Your rating has been recorded. It helps the center serve better.</source>
        <translation>Đánh giá của bạn đã được ghi nhận, giúp Trung tâm phục vụ tốt hơn.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Về trang đầu</translation>
    </message>
    <message>
        <source>Temporarily paused</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>The kiosk is reconnecting to the center&apos;s data. It will be back by itself in a moment; meanwhile, please ask at the counter.</source>
        <translation>Kiosk đang kết nối lại với dữ liệu của Trung tâm và sẽ tự hoạt động lại trong giây lát; trong lúc chờ, xin hỏi tại quầy.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>dấu cách</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn bàn phím</translation>
    </message>
    <message>
        <source>acute tone (sắc)</source>
        <translation>dấu sắc</translation>
    </message>
    <message>
        <source>grave tone (huyền)</source>
        <translation>dấu huyền</translation>
    </message>
    <message>
        <source>hook tone (hỏi)</source>
        <translation>dấu hỏi</translation>
    </message>
    <message>
        <source>tilde tone (ngã)</source>
        <translation>dấu ngã</translation>
    </message>
    <message>
        <source>dot tone (nặng)</source>
        <translation>dấu nặng</translation>
    </message>
</context>
<context>
    <name>OutingDialog</name>
    <message>
        <source>Count towards the communication plan</source>
        <translation>Tính vào kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>People guided</source>
        <translation>Số người được hướng dẫn</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>A citizen&apos;s personal data</source>
        <translation>Dữ liệu cá nhân của một người dân</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Họ tên người dân</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Xuất ra tệp…</translation>
    </message>
    <message>
        <source>Erase name and phone…</source>
        <translation>Xoá họ tên và số điện thoại…</translation>
    </message>
    <message>
        <source>%1 sessions hold this name or phone.</source>
        <translation>Có %1 lượt hướng dẫn ghi họ tên hoặc số điện thoại này.</translation>
    </message>
    <message>
        <source>Saved in %1; give it to the citizen and keep no copy.</source>
        <translation>Đã lưu vào %1; hãy giao cho người dân và không giữ lại bản sao.</translation>
    </message>
    <message>
        <source>Export a citizen&apos;s data</source>
        <translation>Xuất dữ liệu của người dân</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Xoá dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Erase this citizen&apos;s name and phone from every session? The sessions stay, anonymous. This cannot be undone.</source>
        <translation>Xoá họ tên và số điện thoại của người dân này khỏi mọi lượt hướng dẫn? Các lượt hướng dẫn vẫn được giữ, không còn thông tin cá nhân. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Erased from %1 sessions.</source>
        <translation>Đã xoá khỏi %1 lượt hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Staff only: type the kiosk PIN to leave</source>
        <translation>Dành cho cán bộ: nhập mã PIN kiosk để thoát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Logo and administrative codes</source>
        <translation>Biểu trưng và mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>The logo appears on printed documents; the codes build links to the national public service portal.</source>
        <translation>Biểu trưng in trên các tài liệu; các mã dùng để tạo đường liên kết tới Cổng Dịch vụ công quốc gia.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng</translation>
    </message>
    <message>
        <source>&amp;Province code</source>
        <translation>Mã &amp;tỉnh</translation>
    </message>
    <message>
        <source>&amp;Ward code</source>
        <translation>Mã &amp;phường, xã</translation>
    </message>
    <message>
        <source>National administrative codes: 75 is Đồng Nai, 25326 is Phường Bình Long. Change them if your center is elsewhere.</source>
        <translation>Mã đơn vị hành chính quốc gia: 75 là tỉnh Đồng Nai, 25326 là phường Bình Long. Hãy sửa nếu Trung tâm ở địa bàn khác.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>Targets are judged from the month of the decision date.</source>
        <translation>Chỉ tiêu được tính từ tháng có ngày ban hành kế hoạch.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>known</source>
        <translation>đã biết</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Thông tin kế hoạch</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Communication plan</source>
        <translation>Kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Record an activity…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Nhập kế hoạch…</translation>
    </message>
    <message>
        <source>Plan details…</source>
        <translation>Thông tin kế hoạch…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Xuất kế hoạch…</translation>
    </message>
    <message>
        <source>Plan for a new year…</source>
        <translation>Kế hoạch năm mới…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Khôi phục phiên bản này…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>Edit task…</source>
        <translation>Sửa nhiệm vụ…</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Bỏ nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Mở minh chứng</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Hạn sắp tới</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Stt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cơ quan phối hợp thực hiện</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Product kind</source>
        <translation>Loại sản phẩm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Where it appeared</source>
        <translation>Nơi đăng, nơi thực hiện</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>A cell shows done/target for the month. Behind: fewer than target × days already over ÷ days of the month. A weekly target counts the Monday–Sunday weeks whose Thursday falls in the month.</source>
        <translation>Mỗi ô: đã thực hiện/chỉ tiêu của tháng. Chậm tiến độ: ít hơn chỉ tiêu × số ngày đã qua ÷ số ngày của tháng. Chỉ tiêu theo tuần tính các tuần (thứ Hai đến Chủ nhật) có ngày thứ Năm thuộc tháng đó.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>No communication plan yet. An administrator can import the plan&apos;s appendix (.xlsx) or load the demo data (cchc init --demo).</source>
        <translation>Chưa có kế hoạch truyền thông. Quản trị viên có thể nhập phụ lục kế hoạch (.xlsx) hoặc nạp dữ liệu mẫu (cchc init --demo).</translation>
    </message>
    <message>
        <source>number not recorded</source>
        <translation>chưa ghi số</translation>
    </message>
    <message>
        <source>Make the plan what it was after this change (%1)?</source>
        <translation>Đưa kế hoạch về như sau lần thay đổi này (%1)?</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
    <message>
        <source>%1 – task %2: %3 more needed (%4 of %5 done, %6)</source>
        <translation>%1 – nhiệm vụ %2: còn thiếu %3 (đã có %4/%5, %6)</translation>
    </message>
    <message>
        <source>%1 – task %2: due date, nothing recorded yet</source>
        <translation>%1 – nhiệm vụ %2: hạn hoàn thành, chưa có kết quả</translation>
    </message>
    <message>
        <source>%1 – task %2: to be done during the year, nothing recorded yet</source>
        <translation>%1 – nhiệm vụ %2: thực hiện trong năm, chưa có kết quả nào</translation>
    </message>
    <message>
        <source>link</source>
        <translation>đường liên kết</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Xoá kết quả</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan&apos;s results?</source>
        <translation>Xoá “%1” khỏi kết quả thực hiện kế hoạch?</translation>
    </message>
    <message>
        <source>Remove task %1 from the plan?</source>
        <translation>Bỏ nhiệm vụ số %1 khỏi kế hoạch?</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Year of the plan:</source>
        <translation>Năm của kế hoạch:</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Xuất kế hoạch</translation>
    </message>
    <message>
        <source>Plan for a new year</source>
        <translation>Kế hoạch năm mới</translation>
    </message>
    <message>
        <source>Copy the %1 plan to the year:</source>
        <translation>Chép kế hoạch năm %1 sang năm:</translation>
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
        <source>Handbook of procedures (A5 booklet)</source>
        <translation>Sổ tay hướng dẫn thủ tục (cuốn A5)</translation>
    </message>
    <message>
        <source>Panel or roll-up banner (QR codes)</source>
        <translation>Pano và pano cuốn (quét mã QR)</translation>
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
        <source>A4 &amp;booklet at the center (both sides)</source>
        <translation>In thành cuốn &amp;A4 tại Trung tâm (hai mặt)</translation>
    </message>
    <message>
        <source>Unticked: single A5 pages with crop marks and bleed for a print shop.</source>
        <translation>Không đánh dấu: từng trang A5 có dấu cắt và tràn lề để gửi nhà in.</translation>
    </message>
    <message>
        <source>Remove the photo and the background</source>
        <translation>Bỏ ảnh Trung tâm và ảnh nền</translation>
    </message>
    <message>
        <source>QR codes scanned from (m):</source>
        <translation>Quét mã QR từ khoảng cách (m):</translation>
    </message>
    <message>
        <source>Each code is checked for this reading distance: side at least distance/10, module at least distance/450.</source>
        <translation>Mỗi mã QR được kiểm tra để quét được từ khoảng cách này: cạnh mã ít nhất bằng khoảng cách/10, mỗi ô ít nhất bằng khoảng cách/450.</translation>
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
        <source>Held back</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách sửa</translation>
    </message>
    <message>
        <source>&amp;Edit or shorten the procedure…</source>
        <translation>&amp;Sửa, rút gọn thủ tục…</translation>
    </message>
    <message>
        <source>Print it on its &amp;own</source>
        <translation>In &amp;riêng tài liệu này</translation>
    </message>
    <message>
        <source>Preview this document alone, where a larger paper size can be chosen</source>
        <translation>Xem trước riêng tài liệu này, có thể chọn khổ giấy lớn hơn</translation>
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
        <source>Print every posted procedure&apos;s leaflet…</source>
        <translation>In tờ gấp mọi thủ tục đang niêm yết…</translation>
    </message>
    <message>
        <source>Print every posted procedure&apos;s guide sheet…</source>
        <translation>In phiếu hướng dẫn mọi thủ tục đang niêm yết…</translation>
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
        <source>Center photo</source>
        <translation>Ảnh Trung tâm</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Ảnh nền</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Ảnh Trung tâm…</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>Ảnh nền…</translation>
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
        <source>How to print: %1</source>
        <translation>Cách in: %1</translation>
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
        <source>ready to print; %n document(s) held back, see the list</source>
        <translation>
            <numerusform>sẵn sàng in; giữ lại %n tài liệu, xem danh sách</numerusform>
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
        <source>Held back (%1)</source>
        <translation>Giữ lại (%1)</translation>
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
        <source>A panel is printed by a print shop: save the PDF and send it to them.</source>
        <translation>Pano do nhà in in: lưu tệp PDF rồi gửi cho nhà in.</translation>
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
    <message>
        <source>Sample form: %1</source>
        <translation>Mẫu hồ sơ: %1</translation>
    </message>
    <message>
        <source>“%1” was printed from the sample dossiers: print it again from there.</source>
        <translation>“%1” được in từ mục Hồ sơ mẫu: hãy in lại tại đó.</translation>
    </message>
</context>
<context>
    <name>ProcedureEditor</name>
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
        <source>Plain summary for citizens</source>
        <translation>Tóm tắt cho người dân</translation>
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
        <source>A few short lines printed on leaflets and guide sheets: what to bring, how long, how much, where (e.g. “Mang theo: …”, “Thời gian: …”, “Lệ phí: …”, “Nộp tại: …”). The full text is behind the QR code.</source>
        <translation>Vài dòng ngắn in trên tờ gấp và phiếu hướng dẫn: mang theo gì, mất bao lâu, tốn bao nhiêu, nộp ở đâu (ví dụ “Mang theo: …”, “Thời gian: …”, “Lệ phí: …”, “Nộp tại: …”). Toàn văn thủ tục xem qua mã QR.</translation>
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
        <source>Verified on</source>
        <translation>Ngày đối chiếu</translation>
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
    <name>QuickEntry</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Help with</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Ngày hẹn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Họ tên người dân</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Code or name, tones optional; anything else is saved as other</source>
        <translation>Mã hoặc tên, gõ có dấu hay không dấu; nội dung khác được ghi là việc khác</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Dừng bấm giờ</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Bấm giờ</translation>
    </message>
    <message>
        <source>Optional, only with consent</source>
        <translation>Không bắt buộc, chỉ ghi khi người dân đồng ý</translation>
    </message>
    <message>
        <source>The citizen agrees, after hearing the notice below</source>
        <translation>Người dân đồng ý, sau khi nghe thông báo dưới đây</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Saved as session no. %1.</source>
        <translation>Đã lưu lượt hướng dẫn số %1.</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>How satisfied are you with our service?</source>
        <translation>Bạn có hài lòng với sự phục vụ của chúng tôi?</translation>
    </message>
    <message>
        <source>Anonymous: we do not ask your name or phone number. Answer what you wish.</source>
        <translation>Ẩn danh: không hỏi tên, không hỏi số điện thoại. Bạn trả lời câu nào tùy ý.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Về thủ tục: %1</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <source>Eight questions about the counter (optional)</source>
        <translation>Tám câu hỏi về quầy phục vụ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi đánh giá</translation>
    </message>
    <message>
        <source>Dress and manner of the civil servant</source>
        <translation>Trang phục, tác phong của công chức</translation>
    </message>
    <message>
        <source>The civil servant guided and explained fully and clearly</source>
        <translation>Công chức hướng dẫn, giải thích đầy đủ, rõ ràng</translation>
    </message>
    <message>
        <source>The dossier was settled on time</source>
        <translation>Hồ sơ được giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Times you had to come back to complete the dossier</source>
        <translation>Số lần phải liên hệ để hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>You had to see staff of another agency</source>
        <translation>Phải gặp cán bộ của cơ quan khác</translation>
    </message>
    <message>
        <source>The civil servant was overbearing or made things difficult</source>
        <translation>Công chức có thái độ cửa quyền, gây khó khăn</translation>
    </message>
    <message>
        <source>Content and form of the procedures posted at the one-stop counter</source>
        <translation>Nội dung, hình thức công khai thủ tục hành chính tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Equipment and service conditions</source>
        <translation>Trang thiết bị, điều kiện phục vụ</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kém</translation>
    </message>
    <message>
        <source>Before the deadline</source>
        <translation>Sớm hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Not once</source>
        <translation>Không lần nào</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <source>More than once</source>
        <translation>Hơn một lần</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>One agency</source>
        <translation>Một cơ quan</translation>
    </message>
    <message>
        <source>More than one agency</source>
        <translation>Hơn một cơ quan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Complete, timely and accurate on paper, with guidance when posted electronically</source>
        <translation>Đầy đủ, kịp thời, chính xác bằng bản giấy và có hướng dẫn khi công khai bằng hình thức điện tử</translation>
    </message>
    <message>
        <source>Complete, timely and accurate on paper</source>
        <translation>Đầy đủ, kịp thời, chính xác bằng bản giấy</translation>
    </message>
    <message>
        <source>Not timely, complete or accurate</source>
        <translation>Chưa kịp thời, đầy đủ, chính xác</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>2026-Q3, 2026-H1, 2026, 2026-07 or 2026-07-01..2026-09-30</source>
        <translation>2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), 2026-07 (tháng) hoặc 2026-07-01..2026-09-30 (khoảng ngày)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Xuất JSON…</translation>
    </message>
    <message>
        <source>Sample data (demo), for trying the app only.</source>
        <translation>Dữ liệu mẫu, chỉ để dùng thử ứng dụng.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Hãy chọn kỳ báo cáo trước.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Type the name or code of the procedure</source>
        <translation>Gõ tên hoặc mã thủ tục</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>trong “%1”</translation>
    </message>
    <message>
        <source>No posted procedure matches. Try fewer words, or without tones.</source>
        <translation>Không có thủ tục niêm yết nào khớp. Hãy gõ ít chữ hơn, hoặc gõ không dấu.</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown: type more to narrow)</source>
        <translation>(hiện %1 thủ tục đầu: gõ thêm để thu hẹp)</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <source>Choose a sample form</source>
        <translation>Chọn tệp mẫu</translation>
    </message>
    <message>
        <source>Forms (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Tệp mẫu (*.pdf *.png *.jpg *.jpeg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>Không đọc được tệp “%1”: %2.</translation>
    </message>
    <message>
        <source>Sample dossiers</source>
        <translation>Hồ sơ mẫu</translation>
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
        <source>Choose a procedure on the left.</source>
        <translation>Chọn một thủ tục ở danh sách bên trái.</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Chung cho mọi trường hợp</translation>
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
    <name>SessionTable</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Help with</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Ngày hẹn</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – CCHC Desktop</source>
        <translation>Đăng nhập – CCHC Desktop</translation>
    </message>
    <message>
        <source>CCHC Desktop – Public Administration Service Center</source>
        <translation>CCHC Desktop – Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>Đã sao lưu tự động hằng ngày: %1</translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation>Không sao lưu tự động được: %1</translation>
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
        <source>Guidance log</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
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
        <source>Communication plan</source>
        <translation>Kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>Quick guidance entry (Ctrl+G)</source>
        <translation>Ghi nhanh lượt hướng dẫn (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Quick guidance entry</source>
        <translation>&amp;Ghi nhanh lượt hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;Import procedure list…</source>
        <translation>&amp;Nhập danh mục thủ tục…</translation>
    </message>
    <message>
        <source>&amp;Delete procedure…</source>
        <translation>&amp;Xoá thủ tục…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>Thêm &amp;thủ tục mới…</translation>
    </message>
    <message>
        <source>Record an amendment or &amp;repeal…</source>
        <translation>Ghi nhận sửa đổi, &amp;bãi bỏ…</translation>
    </message>
    <message>
        <source>&amp;Export the catalogue…</source>
        <translation>&amp;Xuất danh mục…</translation>
    </message>
    <message>
        <source>&amp;Print the posted list…</source>
        <translation>&amp;In danh mục niêm yết…</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Xuất danh mục thủ tục</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 procedures to %2</source>
        <translation>Đã xuất %1 thủ tục vào %2</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>Xoá thủ tục</translation>
    </message>
    <message>
        <source>Select a procedure in the list first.</source>
        <translation>Hãy chọn một thủ tục trong danh sách trước.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>All data has been replaced. Sign in again to continue.</source>
        <translation>Toàn bộ dữ liệu đã được thay thế. Hãy đăng nhập lại để tiếp tục.</translation>
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
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task of the plan</source>
        <translation>Nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Stt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cơ quan phối hợp thực hiện</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Time frame as the plan says it</source>
        <translation>Thời gian (như kế hoạch ghi)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Product kinds</source>
        <translation>Loại sản phẩm</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>As in the plan&apos;s spreadsheet, e.g. 4/tháng: Bản tin, Bài viết; 1/tuần: Bản tin (per tuần, tháng, quý or năm).</source>
        <translation>Như trong tệp Excel của kế hoạch, ví dụ 4/tháng: Bản tin, Bài viết; 1/tuần: Bản tin (theo tuần, tháng, quý hoặc năm).</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Temporary password for “%1”. Give it to them in person; they must choose their own password when they sign in.</source>
        <translation>Mật khẩu tạm cho “%1”. Hãy trao trực tiếp cho người dùng; họ phải tự đặt mật khẩu mới khi đăng nhập.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mật khẩu tạm</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Nhập lại mật khẩu tạm</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>Undo an import</source>
        <translation>Hoàn tác lần nhập</translation>
    </message>
    <message>
        <source>The import of “%1” has already been undone.</source>
        <translation>Lần nhập “%1” đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <source>Undo the import of “%1”?</source>
        <translation>Hoàn tác lần nhập “%1”?</translation>
    </message>
    <message>
        <source>Procedures it added, which will be deleted: %1</source>
        <translation>Thủ tục do lần nhập này thêm (sẽ bị xoá): %1</translation>
    </message>
    <message>
        <source>Procedures it changed, which get back their version from before it: %1</source>
        <translation>Thủ tục do lần nhập này sửa (sẽ trở lại phiên bản trước lần nhập): %1</translation>
    </message>
    <message>
        <source>Nothing is undone if any of them has changed since. The audit trail keeps the import and its undoing.</source>
        <translation>Nếu có thủ tục nào đã thay đổi sau lần nhập thì không hoàn tác gì cả. Nhật ký vẫn giữ cả lần nhập lẫn việc hoàn tác.</translation>
    </message>
    <message>
        <source>The import of “%1” has been undone.</source>
        <translation>Đã hoàn tác lần nhập “%1”.</translation>
    </message>
</context>
</TS>
