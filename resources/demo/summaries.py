"""“Tóm tắt cho người dân” of the demo's 71 posted procedures (used by build_catalogue.py).

Written by hand from each record's facts (dossier, time limit, fee, channels)
in plain words for a citizen at the counter: what to bring, how long, how much.
Where to submit is added from the record's channels, so it always matches them.
The fee and time lines say "theo mức của tỉnh" where the record only points to
the province's resolution: the center fills in its own figure when it checks
the procedure against the province's decision. The full text stays on the
portal page the QR code opens.
"""

from __future__ import annotations

from typing import Any

TINH = "theo mức Hội đồng nhân dân tỉnh quy định (hỏi tại quầy)"
CCCD = "thẻ căn cước (hoặc hộ chiếu)"
HO_TICH_CA_NHAN = f"{CCCD} của người đi làm thủ tục"

# code: (what to bring, how long, how much)
SUMMARIES: dict[str, tuple[str, str, str]] = {
    "1.000419": ("tờ khai đăng ký khai tử, giấy báo tử; " + HO_TICH_CA_NHAN,
                 "5 ngày làm việc", "miễn lệ phí"),
    "1.000593": ("tờ khai đăng ký kết hôn (hai bên có thể khai chung); thẻ căn cước của hai bên nam, nữ",
                 "5 ngày làm việc", "miễn lệ phí"),
    "1.000656": ("tờ khai đăng ký khai tử, giấy báo tử (hoặc giấy tờ thay giấy báo tử); " + HO_TICH_CA_NHAN
                 + "; văn bản ủy quyền nếu nhờ người khác đi",
                 "trong ngày nếu đủ giấy tờ; chậm nhất 5 ngày làm việc", "miễn lệ phí nếu khai tử đúng hạn; "
                 "quá hạn " + TINH),
    "1.000689": ("tờ khai đăng ký khai sinh và tờ khai nhận cha, mẹ, con; giấy chứng sinh; giấy tờ chứng minh "
                 "quan hệ cha, mẹ, con (ví dụ kết quả giám định ADN); thẻ căn cước của cha, mẹ",
                 "8 ngày làm việc", TINH),
    "1.000894": ("tờ khai đăng ký kết hôn (hai bên có thể khai chung); thẻ căn cước của hai bên; hai bên cùng "
                 "có mặt khi nhận giấy", "1 ngày làm việc", "miễn lệ phí"),
    "1.001022": ("tờ khai đăng ký nhận cha, mẹ, con; giấy tờ chứng minh quan hệ cha, mẹ, con (kết quả giám "
                 "định ADN hoặc văn bản cam đoan có hai người làm chứng); thẻ căn cước của các bên",
                 "3 ngày làm việc", TINH),
    "1.001193": ("tờ khai đăng ký khai sinh; giấy chứng sinh của bệnh viện (không có thì giấy xác nhận của "
                 "người làm chứng); " + HO_TICH_CA_NHAN,
                 "trong ngày nếu đủ giấy tờ (chậm nhất 1 ngày làm việc)", "miễn lệ phí nếu khai sinh đúng "
                 "hạn (trong 60 ngày từ khi sinh)"),
    "1.001266": ("thông báo chấm dứt hoạt động hộ kinh doanh; giấy chứng nhận đăng ký hộ kinh doanh bản gốc; "
                 "giấy xác nhận đã nộp đủ thuế", "3 ngày làm việc", "không mất phí"),
    "1.001570": ("thông báo tạm ngừng (hoặc tiếp tục) kinh doanh, ghi rõ từ ngày nào đến ngày nào; "
                 "thẻ căn cước của chủ hộ", "3 ngày làm việc", "không mất phí"),
    "1.001612": ("giấy đề nghị đăng ký hộ kinh doanh; thẻ căn cước của chủ hộ; hợp đồng thuê nhà hoặc giấy "
                 "tờ chỗ kinh doanh (nếu có); biên bản họp nếu các thành viên gia đình cùng góp vốn",
                 "3 ngày làm việc", TINH),
    "1.001653": ("đơn đề nghị đổi hoặc cấp lại Giấy xác nhận khuyết tật; giấy cũ (nếu bị hỏng, cần đổi)",
                 "5 ngày làm việc", "không mất phí"),
    "1.001699": ("đơn đề nghị xác định mức độ khuyết tật; giấy tờ khám, chữa bệnh liên quan (nếu có)",
                 "khoảng 30 ngày (có Hội đồng xác định mức độ khuyết tật)", "không mất phí"),
    "1.001731": ("tờ khai đề nghị hỗ trợ chi phí mai táng; giấy báo tử hoặc trích lục khai tử của người mất",
                 "khoảng 5 ngày làm việc", "không mất phí"),
    "1.001776": ("tờ khai đề nghị trợ cấp xã hội (theo mẫu); giấy tờ chứng minh thuộc diện được trợ cấp "
                 "(ví dụ giấy xác nhận khuyết tật)", "khoảng 20 ngày làm việc", "không mất phí"),
    "1.002211": ("biên bản bầu hòa giải viên của khu dân cư; danh sách người được đề nghị công nhận",
                 "3 ngày làm việc", "không mất phí"),
    "1.002755": ("tờ khai thay đổi thông tin cư trú; giấy tờ chứng minh vẫn có chỗ ở hợp pháp (hợp đồng "
                 "thuê nhà còn hạn…)", "3 ngày làm việc", "có lệ phí " + TINH + "; nộp trực tuyến được giảm"),
    "1.003197": ("tờ khai thay đổi thông tin cư trú; giấy tờ chứng minh thuộc trường hợp bị xóa đăng ký "
                 "thường trú", "5 ngày làm việc", "không mất phí"),
    "1.003583": ("tờ khai đăng ký khai sinh; giấy chứng sinh (hoặc giấy xác nhận của người làm chứng); "
                 "cán bộ đến tận nơi để đăng ký", "5 ngày làm việc", "miễn lệ phí"),
    "1.003622": ("văn bản thông báo tổ chức lễ hội: tên lễ hội, thời gian, địa điểm, chương trình, người "
                 "chịu trách nhiệm", "gửi trước ngày tổ chức ít nhất 20 ngày", "không mất phí"),
    "1.003677": ("đề nghị khai báo tạm vắng (ghi rõ lý do, nơi đến, thời gian vắng); thẻ căn cước",
                 "1 ngày làm việc (khó xác minh: 2 ngày)", "không mất phí"),
    "1.004194": ("tờ khai thay đổi thông tin cư trú; giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê, mượn "
                 "nhà…); người chưa thành niên cần ý kiến đồng ý của cha, mẹ",
                 "3 ngày làm việc", "có lệ phí " + TINH + "; nộp trực tuyến được giảm"),
    "1.004222": ("tờ khai thay đổi thông tin cư trú; giấy tờ chứng minh chỗ ở hợp pháp; nếu ở nhờ nhà người "
                 "khác: ý kiến đồng ý của chủ hộ, chủ nhà", "7 ngày làm việc",
                 "có lệ phí " + TINH + "; miễn cho một số đối tượng"),
    "1.004746": ("tờ khai đăng ký lại kết hôn; bản sao giấy chứng nhận kết hôn cũ (nếu còn) hoặc giấy tờ "
                 "chứng minh đã đăng ký kết hôn; thẻ căn cước của hai bên", "khoảng 25 ngày (phải xác minh)",
                 TINH),
    "1.004772": ("tờ khai đăng ký khai sinh; bản sao giấy tờ cá nhân đã có (sổ hộ khẩu cũ, học bạ, bằng "
                 "tốt nghiệp…) ghi thông tin khai sinh; thẻ căn cước", "khoảng 25 ngày (phải xác minh)", TINH),
    "1.004837": ("tờ khai đăng ký giám hộ; văn bản cử giám hộ (hoặc giấy tờ chứng minh giám hộ đương "
                 "nhiên); thẻ căn cước của người giám hộ", "3 ngày làm việc", "miễn lệ phí"),
    "1.004845": ("tờ khai đăng ký chấm dứt giám hộ; giấy tờ chứng minh đủ điều kiện chấm dứt giám hộ; "
                 "thẻ căn cước", "2 ngày làm việc", TINH + "; miễn cho gia đình có công, hộ nghèo, người "
                 "khuyết tật"),
    "1.004859": ("tờ khai thay đổi, cải chính hộ tịch; giấy khai sinh (hoặc giấy tờ hộ tịch) cần sửa; giấy tờ "
                 "làm căn cứ để sửa (học bạ, quyết định…); thẻ căn cước",
                 "1 ngày làm việc; cần xác minh thì 3 ngày làm việc", TINH),
    "1.004873": ("tờ khai cấp Giấy xác nhận tình trạng hôn nhân (ghi rõ để làm gì); nếu đã ly hôn: bản án "
                 "hoặc quyết định ly hôn; thẻ căn cước", "3 ngày làm việc", TINH),
    "1.004884": ("tờ khai đăng ký lại khai sinh; bản sao giấy khai sinh cũ hoặc giấy tờ ghi thông tin khai "
                 "sinh (học bạ, sổ hộ khẩu cũ…); thẻ căn cước", "5 ngày làm việc", TINH),
    "1.005461": ("tờ khai đăng ký lại khai tử; bản sao giấy chứng tử cũ hoặc giấy tờ chứng minh việc chết; "
                 + HO_TICH_CA_NHAN, "5 ngày làm việc", TINH),
    "1.010028": ("tờ khai thay đổi thông tin cư trú; giấy tờ chứng minh thuộc trường hợp xóa đăng ký tạm trú",
                 "2 ngày làm việc", "không mất phí"),
    "1.010041": ("tờ khai thay đổi thông tin cư trú ghi rõ cần xác nhận thông tin gì; thẻ căn cước",
                 "1 ngày làm việc (thông tin chưa có sẵn: 3 ngày)", "không mất phí"),
    "1.010803": ("đơn đề nghị trợ cấp thờ cúng liệt sĩ; bản sao Bằng Tổ quốc ghi công; văn bản ủy quyền của "
                 "gia đình (nếu có)", "khoảng 25 ngày", "không mất phí"),
    "1.010833": ("đơn đề nghị cấp giấy xác nhận thân nhân người có công; giấy tờ chứng minh quan hệ với người "
                 "có công (giấy khai sinh, giấy kết hôn…)", "khoảng 5 ngày làm việc", "không mất phí"),
    "1.011606": ("không cần nộp giấy tờ: cán bộ đến rà soát tại nhà theo kế hoạch hằng năm; có thắc mắc thì "
                 "gửi đơn tại quầy", "theo kế hoạch rà soát cuối năm", "không mất phí"),
    "1.011607": ("giấy đề nghị công nhận hộ nghèo, hộ cận nghèo (theo mẫu); thẻ căn cước của chủ hộ",
                 "khoảng 7 ngày làm việc", "không mất phí"),
    "1.011608": ("giấy đề nghị công nhận hộ thoát nghèo, thoát cận nghèo (theo mẫu)",
                 "khoảng 7 ngày làm việc", "không mất phí"),
    "1.012812": ("đơn đề nghị hòa giải tranh chấp đất đai; giấy tờ về thửa đất đang có (nếu có)",
                 "khoảng 30 ngày", "không mất phí"),
    "1.013225": ("đơn đề nghị cấp giấy phép xây dựng; giấy tờ quyền sử dụng đất; 2 bộ bản vẽ thiết kế "
                 "(mặt bằng, mặt cắt, mặt đứng, móng)", "10 ngày làm việc", TINH),
    "1.013227": ("đơn đề nghị gia hạn giấy phép xây dựng; bản chính giấy phép xây dựng đã cấp",
                 "5 ngày làm việc", TINH),
    "1.013228": ("đơn đề nghị cấp lại giấy phép xây dựng; bản chính giấy phép cũ (nếu bị rách, nát)",
                 "5 ngày làm việc", TINH),
    "1.013314": ("đơn đề nghị xác nhận diện tích nhà ở bình quân; hợp đồng thuê, mượn, ở nhờ nhà",
                 "2 ngày làm việc", "không mất phí"),
    "1.013703": ("đơn đề nghị thành lập hội; dự thảo điều lệ; danh sách người trong ban vận động; giấy tờ trụ "
                 "sở", "khoảng 30 ngày", "không mất phí"),
    "1.013967": ("đơn đề nghị giải quyết tranh chấp đất đai; biên bản hòa giải không thành; giấy tờ về thửa "
                 "đất", "khoảng 45 ngày", "không mất phí"),
    "1.013978": ("đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu); giấy tờ về quyền sử dụng đất (nếu "
                 "có); giấy tờ về nhà ở, công trình", "theo thời hạn của tỉnh; hỏi tại quầy", TINH),
    "1.014027": ("tờ khai đề nghị trợ cấp hưu trí xã hội (theo mẫu); thẻ căn cước",
                 "khoảng 15 ngày làm việc", "không mất phí"),
    "1.014028": ("tờ khai đề nghị hỗ trợ chi phí mai táng; giấy báo tử hoặc trích lục khai tử",
                 "khoảng 5 ngày làm việc", "không mất phí"),
    "2.000528": ("tờ khai đăng ký khai sinh; giấy chứng sinh; văn bản thỏa thuận của cha, mẹ chọn quốc tịch "
                 "cho con; hộ chiếu hoặc thẻ căn cước của cha, mẹ", "1 ngày làm việc", TINH),
    "2.000575": ("giấy đề nghị cấp lại hoặc cấp đổi giấy chứng nhận đăng ký hộ kinh doanh; thẻ căn cước của "
                 "chủ hộ", "3 ngày làm việc", TINH),
    "2.000635": ("tờ khai cấp bản sao trích lục hộ tịch (ghi rõ cần bản sao giấy gì, của ai); thẻ căn cước",
                 "trong ngày nếu sổ gốc lưu tại phường; phải tra cứu thì lâu hơn", TINH),
    "2.000720": ("thông báo thay đổi nội dung đăng ký hộ kinh doanh; bản gốc giấy chứng nhận đăng ký hộ "
                 "kinh doanh; thẻ căn cước của chủ hộ", "3 ngày làm việc", TINH),
    "2.000806": ("tờ khai đăng ký kết hôn; giấy xác nhận tình trạng hôn nhân của người nước ngoài (đã hợp "
                 "pháp hóa, dịch sang tiếng Việt); giấy khám sức khỏe; hộ chiếu", "10 ngày làm việc", TINH),
    "2.000815": ("bản chính giấy tờ và bản sao cần chứng thực (hoặc nhờ chụp tại quầy)",
                 "trong ngày (nộp sau 15 giờ thì sáng hôm sau)",
                 "2.000 đồng/trang; từ trang thứ 3 mỗi trang 1.000 đồng; tối đa 200.000 đồng/bản"),
    "2.000884": ("giấy tờ cần chứng thực chữ ký (chưa ký, ký trước mặt cán bộ); thẻ căn cước",
                 "trong ngày (nộp sau 15 giờ thì sáng hôm sau)", "10.000 đồng/trường hợp"),
    "2.000913": ("văn bản sửa đổi, bổ sung hoặc hủy bỏ hợp đồng; hợp đồng đã chứng thực; thẻ căn cước của "
                 "các bên", "trong ngày hoặc ngày làm việc tiếp theo", "30.000 đồng/hợp đồng, giao dịch"),
    "2.000930": ("đơn xin thôi làm hòa giải viên (hoặc văn bản đề nghị của tổ hòa giải)",
                 "3 ngày làm việc", "không mất phí"),
    "2.000942": ("thẻ căn cước; thông tin hợp đồng, giao dịch đã chứng thực cần cấp bản sao",
                 "trong ngày (nộp sau 15 giờ thì sáng hôm sau)", "2.000 đồng/trang (như bản sao chứng thực)"),
    "2.000950": ("biên bản bầu tổ trưởng tổ hòa giải", "3 ngày làm việc", "không mất phí"),
    "2.000992": ("bản dịch và giấy tờ gốc cần dịch; người dịch ký trước mặt cán bộ",
                 "trong ngày (nộp sau 15 giờ thì sáng hôm sau)", "10.000 đồng/trường hợp"),
    "2.001008": ("bản dịch và giấy tờ gốc cần dịch; bằng cấp ngoại ngữ của người dịch; thẻ căn cước của "
                 "người dịch", "trong ngày (nộp sau 15 giờ thì sáng hôm sau)", "10.000 đồng/trường hợp"),
    "2.001016": ("văn bản từ chối nhận di sản (ký trước mặt cán bộ); giấy chứng tử của người để lại di sản; "
                 "thẻ căn cước", "2 ngày làm việc", "50.000 đồng/văn bản"),
    "2.001019": ("bản di chúc (người lập di chúc ký trước mặt cán bộ); thẻ căn cước; giấy tờ về tài sản để "
                 "lại (nếu có)", "2 ngày làm việc", "50.000 đồng/di chúc"),
    "2.001035": ("dự thảo hợp đồng (hoặc nhờ cán bộ soạn); thẻ căn cước của các bên; giấy chứng nhận quyền "
                 "sử dụng đất, nhà ở bản chính", "2 ngày làm việc", "50.000 đồng/hợp đồng, giao dịch"),
    "2.001159": ("thông tin người đến lưu trú (họ tên, số căn cước, thời gian ở); báo trực tiếp, qua điện "
                 "thoại hoặc ứng dụng VNeID", "ghi nhận ngay", "không mất phí"),
    "2.001263": ("tờ khai đăng ký nuôi con nuôi; giấy khai sinh và ảnh của trẻ; giấy khám sức khỏe của hai "
                 "bên; giấy tờ chứng minh điều kiện nuôi con nuôi", "khoảng 30 ngày",
                 "400.000 đồng (miễn cho một số trường hợp, ví dụ nhận con riêng của vợ, chồng)"),
    "2.001406": ("văn bản phân chia di sản (các bên ký trước mặt cán bộ); giấy chứng tử; giấy tờ về tài sản; "
                 "thẻ căn cước của những người thừa kế", "2 ngày làm việc", "50.000 đồng/văn bản"),
    "2.002189": ("tờ khai ghi chú kết hôn; bản sao giấy tờ kết hôn do nước ngoài cấp (đã hợp pháp hóa, dịch "
                 "sang tiếng Việt); hộ chiếu hoặc thẻ căn cước", "5 ngày làm việc", TINH),
    "2.002913": ("một bộ hồ sơ cho cả ba việc: tờ khai liên thông (khai tử, xóa thường trú, mai táng phí); "
                 "giấy báo tử; thẻ căn cước của người đi làm thủ tục", "khoảng 5 ngày làm việc",
                 "miễn lệ phí khai tử đúng hạn"),
    "3.000182": ("đơn dự tuyển vào lớp 6; học bạ tiểu học bản chính; bản sao giấy khai sinh",
                 "theo lịch tuyển sinh của phường", "không mất phí"),
    "3.000323": ("tờ khai đăng ký giám sát việc giám hộ; giấy tờ chứng minh việc giám hộ đã đăng ký; thẻ "
                 "căn cước", "3 ngày làm việc", TINH),
    "3.000722": ("một bộ hồ sơ cho cả ba việc: tờ khai liên thông (khai sinh, thường trú, thẻ bảo hiểm y tế "
                 "cho trẻ dưới 6 tuổi); giấy chứng sinh; thẻ căn cước của cha hoặc mẹ",
                 "khoảng 5 ngày làm việc", "miễn lệ phí khai sinh đúng hạn"),
}

PLACES = {"direct": "Trung tâm Phục vụ hành chính công phường", "online": "trực tuyến (quét mã QR)",
          "postal": "qua bưu điện"}


def summary(code: str, channels: list[dict[str, Any]]) -> str:
    """The summary of ``code`` in four short lines, or "" for a procedure the demo does not post."""
    if code not in SUMMARIES:
        return ""
    bring, time, fee = SUMMARIES[code]
    methods = [c["method"] for c in channels if c["method"] in PLACES] or ["direct"]
    if "direct" not in methods:
        methods.insert(0, "direct")  # the counter always takes a dossier, and helps with the online one
    where = ", ".join(PLACES[m] for m in methods)
    if fee.startswith("miễn lệ phí"):
        fee = "miễn" + fee.removeprefix("miễn lệ phí")
    return "\n".join([f"Mang theo: {bring}.", f"Thời gian: {time}.", f"Lệ phí: {fee}.", f"Nộp tại: {where}."])
