"""The demo's sample dossiers: for 20 procedures a ward handles most, each form of the dossier filled in.

The rows follow the official forms (tờ khai hộ tịch, Tờ khai thay đổi thông tin
cư trú CT01, phiếu yêu cầu chứng thực, giấy đề nghị đăng ký hộ kinh doanh, …) as
counters hand them out. Every person, number and address is made up and looks
it ("Nguyễn Văn Mẫu", numbers of zeros, "đường Ví Dụ"); the notes are what staff
write on a sample so that a citizen fills theirs in right the first time.
"""

from __future__ import annotations

from cchc_desktop.printing.sample_forms import Form, Row

UBND = "Ủy ban nhân dân phường Bình Long"
CONG_AN = "Công an phường Bình Long"
ADDRESS = "Số 1 đường Ví Dụ, khu phố 1, phường Bình Long, tỉnh Đồng Nai"
ID_CARD = "Thẻ căn cước số 000000000001, cấp ngày 01/01/2024, Bộ Công an"
PERSON = "NGUYỄN VĂN MẪU"
CAPS = "Ghi rõ họ, chữ đệm, tên bằng chữ in hoa, có dấu."
NO_ERASE = "Không tẩy xóa, sửa chữa; viết sai thì xin tờ khai mới."
SAME_AS_ID = "Ghi đúng như trên thẻ căn cước (hoặc hộ chiếu)."
SIGN = "Người đi làm thủ tục ký trước mặt cán bộ tiếp nhận."


def _applicant(relation: str = "") -> tuple[Row, ...]:
    rows = [Row("Họ, chữ đệm, tên người yêu cầu:", PERSON, CAPS),
            Row("Nơi cư trú:", ADDRESS),
            Row("Giấy tờ tùy thân:", ID_CARD, SAME_AS_ID)]
    if relation:
        rows.append(Row("Quan hệ với người được đăng ký:", relation))
    return tuple(rows)


CT01 = "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ"


def _ct01(content: str, extra: tuple[Row, ...] = ()) -> Form:
    """Tờ khai thay đổi thông tin cư trú (mẫu CT01), used by every residence procedure."""
    return Form(
        title=CT01, addressee=CONG_AN, signer="Người kê khai", signature="Nguyễn Văn Mẫu",
        rows=(Row("1. Họ, chữ đệm và tên:", PERSON, CAPS),
              Row("2. Ngày, tháng, năm sinh:", "01/01/1990"), Row("3. Giới tính:", "Nam"),
              Row("4. Số định danh cá nhân:", "000000000001", SAME_AS_ID),
              Row("5. Số điện thoại liên hệ:", "0900 000 000"), Row("6. Email:", "nguyenvanmau@example.com"),
              Row("7. Họ, chữ đệm và tên chủ hộ:", "NGUYỄN VĂN MẪU"),
              Row("8. Mối quan hệ với chủ hộ:", "Chủ hộ"),
              Row("9. Số định danh cá nhân của chủ hộ:", "000000000001"),
              Row("10. Nội dung đề nghị:", content, "Ghi rõ đề nghị gì và địa chỉ đầy đủ: số nhà, đường, khu phố."),
              *extra,
              Row("Những thành viên trong hộ gia đình cùng thay đổi:", "Trần Thị Thử (vợ), 000000000002",
                  "Không có thì gạch chéo, không bỏ trống.")),
        notes=(NO_ERASE, "Người chưa thành niên cần ý kiến đồng ý của cha, mẹ ghi vào tờ khai.",
               "Ở nhờ, ở thuê: chủ nhà ghi ý kiến đồng ý và ký vào mục ý kiến của chủ hộ (hoặc đồng ý trên VNeID)."))


FORMS: dict[str, tuple[Form, ...]] = {
    "1.001193": (Form(
        title="TỜ KHAI ĐĂNG KÝ KHAI SINH", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Cha"),
              Row("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:", heading=True),
              Row("Họ, chữ đệm, tên:", "NGUYỄN MINH ANH", CAPS + " Tên không quá 25 chữ."),
              Row("Ngày, tháng, năm sinh:", "10/11/2026 — ghi bằng chữ: Ngày mười tháng mười một năm hai nghìn "
                  "không trăm hai mươi sáu", "Ghi cả bằng số và bằng chữ."),
              Row("Giới tính:", "Nữ"), Row("Dân tộc:", "Kinh"), Row("Quốc tịch:", "Việt Nam"),
              Row("Nơi sinh:", "Bệnh viện Đa khoa Ví Dụ, tỉnh Đồng Nai", "Ghi đúng như Giấy chứng sinh."),
              Row("Quê quán:", "Phường Bình Long, tỉnh Đồng Nai"),
              Row("Họ, chữ đệm, tên người mẹ:", "TRẦN THỊ THỬ"),
              Row("Năm sinh; dân tộc; quốc tịch:", "1992; Kinh; Việt Nam"),
              Row("Nơi cư trú:", ADDRESS),
              Row("Họ, chữ đệm, tên người cha:", PERSON),
              Row("Năm sinh; dân tộc; quốc tịch:", "1990; Kinh; Việt Nam"),
              Row("Nơi cư trú:", ADDRESS),
              Row("Đề nghị cấp bản sao trích lục khai sinh:", "Có, số lượng: 02 bản")),
        notes=(NO_ERASE, "Mang theo Giấy chứng sinh bản chính và thẻ căn cước.",
               "Khai sinh trong 60 ngày kể từ ngày sinh thì được miễn lệ phí.")),),
    "1.000656": (Form(
        title="TỜ KHAI ĐĂNG KÝ KHAI TỬ", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Con"),
              Row("Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:", heading=True),
              Row("Họ, chữ đệm, tên:", "NGUYỄN VĂN CŨ", CAPS),
              Row("Ngày, tháng, năm sinh:", "05/05/1940"), Row("Giới tính:", "Nam"),
              Row("Dân tộc:", "Kinh"), Row("Quốc tịch:", "Việt Nam"),
              Row("Số định danh cá nhân:", "000000000009"),
              Row("Nơi cư trú cuối cùng:", ADDRESS),
              Row("Đã chết vào lúc:", "08 giờ 30 phút, ngày 10/11/2026", "Ghi đúng như Giấy báo tử."),
              Row("Nơi chết:", "Tại nhà, " + ADDRESS),
              Row("Nguyên nhân chết:", "Bệnh già"),
              Row("Số Giấy báo tử/giấy tờ thay thế:", "Giấy báo tử số 000/GBT, Bệnh viện Đa khoa Ví Dụ cấp"),
              Row("Đề nghị cấp bản sao trích lục khai tử:", "Có, số lượng: 03 bản")),
        notes=(NO_ERASE, "Đăng ký trong 15 ngày kể từ ngày mất; mang Giấy báo tử bản chính.",
               "Nhờ người khác đi thì cần văn bản ủy quyền có chứng thực.")),),
    "1.000894": (Form(
        title="TỜ KHAI ĐĂNG KÝ KẾT HÔN", addressee=UBND, signer="Bên nam và bên nữ",
        signer_hint="(Hai bên cùng ký, ghi rõ họ, chữ đệm, tên)", signature="Nguyễn Văn Mẫu    Trần Thị Thử",
        rows=(Row("Thông tin bên nữ", heading=True),
              Row("Họ, chữ đệm, tên:", "TRẦN THỊ THỬ", CAPS), Row("Ngày, tháng, năm sinh:", "02/02/1992"),
              Row("Dân tộc; quốc tịch:", "Kinh; Việt Nam"), Row("Nơi cư trú:", ADDRESS),
              Row("Giấy tờ tùy thân:", "Thẻ căn cước số 000000000002", SAME_AS_ID),
              Row("Kết hôn lần thứ mấy:", "Thứ nhất"),
              Row("Thông tin bên nam", heading=True),
              Row("Họ, chữ đệm, tên:", PERSON, CAPS), Row("Ngày, tháng, năm sinh:", "01/01/1990"),
              Row("Dân tộc; quốc tịch:", "Kinh; Việt Nam"), Row("Nơi cư trú:", ADDRESS),
              Row("Giấy tờ tùy thân:", ID_CARD, SAME_AS_ID),
              Row("Kết hôn lần thứ mấy:", "Thứ nhất", "Đã ly hôn thì ghi “Thứ hai” và mang bản án, quyết định ly hôn.")),
        pledge="Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự "
               "nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình.",
        notes=(NO_ERASE, "Hai bên có thể khai chung một tờ khai.",
               "Khi nhận Giấy chứng nhận kết hôn, cả hai bên phải có mặt.")),),
    "1.004873": (Form(
        title="TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Bản thân"),
              Row("Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây:", heading=True),
              Row("Họ, chữ đệm, tên:", PERSON, CAPS), Row("Ngày, tháng, năm sinh:", "01/01/1990"),
              Row("Giới tính; dân tộc; quốc tịch:", "Nam; Kinh; Việt Nam"),
              Row("Nơi cư trú:", ADDRESS),
              Row("Tình trạng hôn nhân:", "Hiện tại chưa đăng ký kết hôn với ai",
                  "Ghi rõ: chưa kết hôn, đang có vợ/chồng, hoặc đã ly hôn (ngày, bản án số)."),
              Row("Mục đích sử dụng:", "Để đăng ký kết hôn với bà Trần Thị Thử, sinh năm 1992",
                  "Ghi rõ để làm gì; kết hôn thì ghi tên, năm sinh người kết hôn."),
              Row("Số lượng giấy xác nhận đề nghị cấp:", "01 bản")),
        notes=(NO_ERASE, "Giấy xác nhận có giá trị 6 tháng kể từ ngày cấp.",)),),
    "2.000815": (Form(
        title="PHIẾU YÊU CẦU CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant(),
              Row("Giấy tờ, văn bản yêu cầu chứng thực:", "Bằng tốt nghiệp trung học phổ thông số 000000"),
              Row("Số bản sao yêu cầu chứng thực:", "03 bản, mỗi bản 01 trang"),
              Row("Số điện thoại liên hệ:", "0900 000 000")),
        pledge="Tôi cam đoan bản chính giấy tờ xuất trình là bản thật, hợp pháp.",
        notes=("Mang theo bản chính; bản sao nộp kèm phải chụp đủ, rõ, không cắt xén.",
               "Không nhận chứng thực bản chính bị tẩy xóa, sửa chữa, đã hết hạn sử dụng.",
               "Lệ phí: 2.000 đồng/trang; từ trang thứ 3: 1.000 đồng/trang.")),),
    "2.000884": (Form(
        title="PHIẾU YÊU CẦU CHỨNG THỰC CHỮ KÝ", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant(),
              Row("Giấy tờ, văn bản cần chứng thực chữ ký:", "Giấy ủy quyền nhận lương hưu thay (01 bản)"),
              Row("Số bản yêu cầu chứng thực:", "02 bản"),
              Row("Người ký:", PERSON, "Người yêu cầu phải ký trước mặt cán bộ chứng thực, không ký sẵn ở nhà.")),
        pledge="Tôi cam đoan nội dung giấy tờ, văn bản yêu cầu chứng thực chữ ký là đúng pháp luật, tôi chịu "
               "trách nhiệm về nội dung đó.",
        notes=(SIGN, "Mang thẻ căn cước còn hạn.", "Lệ phí: 10.000 đồng/trường hợp.")),),
    "1.004194": (_ct01("Đăng ký tạm trú tại: Số 2 đường Thử Nghiệm, khu phố 2, phường Bình Long, tỉnh Đồng Nai",
                       (Row("Thời hạn tạm trú đề nghị:", "Từ 01/12/2026 đến 01/12/2027"),)),),
    "1.004222": (_ct01("Đăng ký thường trú tại: Số 2 đường Thử Nghiệm, khu phố 2, phường Bình Long, tỉnh Đồng Nai"),),
    "1.002755": (_ct01("Gia hạn tạm trú tại: Số 2 đường Thử Nghiệm, khu phố 2, phường Bình Long, tỉnh Đồng Nai",
                       (Row("Thời hạn gia hạn đề nghị:", "Đến ngày 01/12/2028"),)),),
    "1.010028": (_ct01("Xóa đăng ký tạm trú tại: Số 2 đường Thử Nghiệm, khu phố 2, phường Bình Long (đã chuyển "
                       "đi nơi khác)"),),
    "1.004859": (Form(
        title="TỜ KHAI ĐĂNG KÝ THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH", addressee=UBND,
        signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Cha"),
              Row("Đề nghị cơ quan đăng ký cải chính cho người có tên dưới đây:", heading=True),
              Row("Họ, chữ đệm, tên:", "NGUYỄN MINH ANH", CAPS), Row("Ngày, tháng, năm sinh:", "10/11/2016"),
              Row("Giấy khai sinh số; nơi đăng ký:", "Số 000, quyển 01/2016, UBND phường Bình Long"),
              Row("Nội dung cải chính:", "Từ “Nguyễn Minh Anh” thành “Nguyễn Minh Ánh”",
                  "Ghi rõ nội dung cũ và nội dung mới."),
              Row("Lý do:", "Ghi sai dấu khi đăng ký khai sinh"),
              Row("Giấy tờ làm căn cứ:", "Giấy chứng sinh bản chính ghi “Nguyễn Minh Ánh”")),
        notes=(NO_ERASE, "Mang bản chính Giấy khai sinh cần sửa và giấy tờ làm căn cứ.")),),
    "2.000635": (Form(
        title="TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Bản thân"),
              Row("Đề nghị cấp bản sao:", "Trích lục khai sinh", "Ghi rõ loại: khai sinh, kết hôn, khai tử…"),
              Row("Của người có tên:", PERSON, CAPS), Row("Ngày, tháng, năm sinh:", "01/01/1990"),
              Row("Đã đăng ký tại:", "UBND phường Bình Long, số 000, quyển 01/1990", "Không nhớ số thì ghi năm đăng ký."),
              Row("Số lượng bản sao:", "02 bản")),
        notes=(NO_ERASE,)),),
    "1.001022": (Form(
        title="TỜ KHAI ĐĂNG KÝ NHẬN CHA, MẸ, CON", addressee=UBND, signer="Người nhận và người được nhận",
        signer_hint="(Các bên cùng ký, ghi rõ họ, chữ đệm, tên)", signature="Nguyễn Văn Mẫu    Trần Thị Thử",
        rows=(Row("Người nhận", heading=True), Row("Họ, chữ đệm, tên:", PERSON, CAPS),
              Row("Ngày, tháng, năm sinh:", "01/01/1990"), Row("Nơi cư trú:", ADDRESS),
              Row("Giấy tờ tùy thân:", ID_CARD, SAME_AS_ID),
              Row("Người được nhận", heading=True), Row("Họ, chữ đệm, tên:", "NGUYỄN MINH ANH", CAPS),
              Row("Ngày, tháng, năm sinh:", "10/11/2016"), Row("Nơi cư trú:", ADDRESS),
              Row("Quan hệ:", "Cha nhận con", "Ghi rõ: cha nhận con, mẹ nhận con hoặc con nhận cha, mẹ."),
              Row("Người mẹ (người giám hộ của con):", "TRẦN THỊ THỬ, thẻ căn cước số 000000000002")),
        pledge="Chúng tôi cam đoan việc nhận cha, con là đúng sự thật, tự nguyện, không có tranh chấp.",
        notes=(NO_ERASE, "Con chưa thành niên: người mẹ cùng ký.",
               "Kèm giấy tờ chứng minh quan hệ (kết quả giám định ADN, hoặc văn bản cam đoan có 2 người làm chứng).")),),
    "1.004837": (Form(
        title="TỜ KHAI ĐĂNG KÝ GIÁM HỘ", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(Row("Người giám hộ", heading=True), Row("Họ, chữ đệm, tên:", PERSON, CAPS),
              Row("Ngày, tháng, năm sinh:", "01/01/1990"), Row("Nơi cư trú:", ADDRESS),
              Row("Giấy tờ tùy thân:", ID_CARD, SAME_AS_ID),
              Row("Người được giám hộ", heading=True), Row("Họ, chữ đệm, tên:", "LÊ VĂN NHỎ", CAPS),
              Row("Ngày, tháng, năm sinh:", "03/03/2015"), Row("Nơi cư trú:", ADDRESS),
              Row("Giấy khai sinh số:", "Số 000, quyển 01/2015, UBND phường Bình Long"),
              Row("Loại giám hộ:", "Giám hộ cử, theo văn bản cử giám hộ ngày 01/11/2026",
                  "Kèm văn bản cử giám hộ (giám hộ cử) hoặc giấy tờ chứng minh giám hộ đương nhiên.")),
        pledge="Tôi cam đoan đủ điều kiện làm người giám hộ theo Bộ luật Dân sự và chịu trách nhiệm về cam đoan.",
        notes=(NO_ERASE,)),),
    "1.004884": (Form(
        title="TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH", addressee=UBND, signature="Nguyễn Văn Mẫu",
        rows=(*_applicant("Bản thân"),
              Row("Đề nghị đăng ký lại khai sinh cho người có tên dưới đây:", heading=True),
              Row("Họ, chữ đệm, tên:", PERSON, CAPS), Row("Ngày, tháng, năm sinh:", "01/01/1990"),
              Row("Giới tính; dân tộc; quốc tịch:", "Nam; Kinh; Việt Nam"),
              Row("Nơi sinh:", "Trạm y tế phường Bình Long, tỉnh Đồng Nai"),
              Row("Họ tên cha; họ tên mẹ:", "NGUYỄN VĂN CŨ; LÊ THỊ XƯA"),
              Row("Đã đăng ký khai sinh tại:", "UBND phường Bình Long, năm 1990", "Ghi nơi và năm đã đăng ký trước đây."),
              Row("Giấy tờ kèm theo:", "Bản sao Giấy khai sinh cũ; học bạ tiểu học")),
        notes=(NO_ERASE, "Mang theo mọi giấy tờ còn giữ có ghi ngày sinh (học bạ, sổ hộ khẩu cũ).")),),
    "1.003677": (Form(
        title="PHIẾU KHAI BÁO TẠM VẮNG", addressee=CONG_AN, signer="Người khai báo", signature="Nguyễn Văn Mẫu",
        rows=(Row("Họ, chữ đệm và tên:", PERSON, CAPS), Row("Ngày, tháng, năm sinh:", "01/01/1990"),
              Row("Số định danh cá nhân:", "000000000001", SAME_AS_ID), Row("Nơi thường trú:", ADDRESS),
              Row("Lý do tạm vắng:", "Đi làm việc tại tỉnh Ví Dụ"),
              Row("Thời gian tạm vắng:", "Từ 01/12/2026 đến 31/12/2027"),
              Row("Nơi đến:", "Số 9 đường Mẫu Thử, phường Thử, tỉnh Ví Dụ", "Ghi địa chỉ đầy đủ nơi đến.")),
        pledge="Tôi cam đoan những nội dung khai báo trên là đúng sự thật.",
        notes=(NO_ERASE, "Có thể khai báo trên ứng dụng VNeID, không cần đến trụ sở.")),),
    "1.001612": (Form(
        title="GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH", addressee="Phòng Kinh tế phường Bình Long",
        signer="Chủ hộ kinh doanh", signature="Nguyễn Văn Mẫu",
        rows=(Row("Tôi là:", PERSON, CAPS), Row("Ngày sinh; giới tính:", "01/01/1990; Nam"),
              Row("Số định danh cá nhân:", "000000000001", SAME_AS_ID), Row("Nơi cư trú:", ADDRESS),
              Row("Đăng ký hộ kinh doanh với các nội dung sau:", heading=True),
              Row("1. Tên hộ kinh doanh:", "HỘ KINH DOANH TẠP HÓA VÍ DỤ", "Tên viết bằng chữ in hoa, không trùng hộ khác trong tỉnh."),
              Row("2. Địa điểm kinh doanh:", "Số 3 đường Ví Dụ, khu phố 1, phường Bình Long, tỉnh Đồng Nai"),
              Row("Điện thoại; email:", "0900 000 000; taphoavidu@example.com"),
              Row("3. Ngành, nghề kinh doanh:", "Bán lẻ thực phẩm, đồ uống trong cửa hàng tổng hợp"),
              Row("4. Vốn kinh doanh:", "100.000.000 đồng (Một trăm triệu đồng)", "Ghi bằng số và bằng chữ."),
              Row("5. Số lượng lao động:", "02 người")),
        pledge="Tôi cam kết trung thực, chính xác về nội dung đăng ký và chấp hành đúng quy định của pháp luật.",
        notes=(NO_ERASE, "Nhiều thành viên gia đình cùng góp vốn: kèm biên bản họp thành viên.")),),
    "2.001035": (Form(
        title="PHIẾU YÊU CẦU CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH", addressee=UBND, signer="Người yêu cầu",
        signature="Nguyễn Văn Mẫu",
        rows=(*_applicant(),
              Row("Hợp đồng, giao dịch yêu cầu chứng thực:", "Hợp đồng tặng cho quyền sử dụng đất"),
              Row("Các bên tham gia:", "Bên tặng cho: Nguyễn Văn Mẫu; bên được tặng cho: Nguyễn Minh Anh"),
              Row("Tài sản:", "Thửa đất số 00, tờ bản đồ số 00, phường Bình Long, diện tích 100 m²",
                  "Ghi đúng như Giấy chứng nhận quyền sử dụng đất."),
              Row("Giấy tờ kèm theo:", "Dự thảo hợp đồng; Giấy chứng nhận quyền sử dụng đất bản chính"),
              Row("Số bản yêu cầu chứng thực:", "04 bản")),
        pledge="Tôi cam đoan các giấy tờ nộp là thật, tài sản không có tranh chấp, không bị kê biên.",
        notes=("Các bên cùng đến ký trước mặt cán bộ chứng thực.", NO_ERASE, "Lệ phí: 50.000 đồng/hợp đồng.")),),
    "1.013225": (Form(
        title="ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", subtitle="(Sử dụng cho công trình nhà ở riêng lẻ)",
        addressee=UBND, signer="Người làm đơn", signature="Nguyễn Văn Mẫu",
        rows=(Row("1. Tên chủ đầu tư:", PERSON, CAPS), Row("Địa chỉ liên hệ:", ADDRESS),
              Row("Số điện thoại:", "0900 000 000"),
              Row("2. Địa điểm xây dựng:", "Thửa đất số 00, tờ bản đồ số 00, đường Ví Dụ, phường Bình Long"),
              Row("3. Cấp công trình:", "Cấp III"), Row("Diện tích xây dựng tầng 1:", "80 m²"),
              Row("Tổng diện tích sàn:", "240 m²"), Row("Chiều cao công trình:", "11,5 m; số tầng: 3"),
              Row("4. Dự kiến thời gian hoàn thành:", "10 tháng"),
              Row("5. Giấy tờ kèm theo:", "Bản sao Giấy chứng nhận quyền sử dụng đất; 02 bộ bản vẽ thiết kế",
                  "Bản vẽ gồm mặt bằng, mặt cắt, mặt đứng, móng.")),
        pledge="Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin chịu trách nhiệm và bị xử lý "
               "theo quy định của pháp luật.",
        notes=(NO_ERASE, "Bản vẽ do đơn vị có đủ năng lực thiết kế lập, có chữ ký và dấu (nếu có).")),),
    "1.001776": (Form(
        title="TỜ KHAI ĐỀ NGHỊ TRỢ GIÚP XÃ HỘI", subtitle="(Áp dụng đối với người khuyết tật)",
        addressee="Chủ tịch " + UBND, signer="Người khai", signature="Nguyễn Văn Mẫu",
        rows=(Row("Họ và tên:", "LÊ VĂN NHỎ", CAPS), Row("Ngày, tháng, năm sinh:", "03/03/1960"),
              Row("Số định danh cá nhân:", "000000000003", SAME_AS_ID), Row("Nơi cư trú:", ADDRESS),
              Row("Dạng khuyết tật; mức độ:", "Khuyết tật vận động; nặng",
                  "Ghi đúng như Giấy xác nhận khuyết tật."),
              Row("Giấy xác nhận khuyết tật số:", "000/GXNKT, UBND phường Bình Long cấp ngày 01/10/2026"),
              Row("Đang hưởng chế độ khác:", "Không", "Đang hưởng lương hưu, trợ cấp khác thì ghi rõ loại, mức."),
              Row("Người khai thay (nếu có):", PERSON + ", con, thẻ căn cước số 000000000001")),
        pledge="Tôi xin cam đoan những lời khai trên là đúng sự thật, nếu có điều gì khai không đúng, tôi xin chịu "
               "trách nhiệm hoàn toàn.",
        notes=(NO_ERASE, "Kèm bản sao Giấy xác nhận khuyết tật.")),),
}
