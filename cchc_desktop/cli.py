"""The ``cchc`` command: the staff app by default, subcommands for the rest.

The command line acts with the rights of whoever can open the database (the
PC's administrator) and writes to the audit trail as ``cli:<os user>``.
Errors are one Vietnamese line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from cchc_desktop import __version__
from cchc_desktop.core.errors import CchcError

log = logging.getLogger("cchc_desktop")

# argparse's own messages, in Vietnamese.
_ARGPARSE_VI = [
    (r"the following arguments are required: (.*)", r"thiếu tham số: \1"),
    (r"unrecognized arguments: (.*)", r"tham số không nhận ra: \1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"tham số \1: giá trị \2 không hợp lệ (chọn một trong: \3)"),
    (r"argument (\S+): expected one argument", r"tham số \1 cần một giá trị"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"tham số \1: giá trị \3 không hợp lệ"),
    (r"argument (\S+): (.*)", r"tham số \1: \2"),
]


# argparse's own words (help headings, usage, errors), in Vietnamese: it looks them up through its
# module's ``_`` (gettext) each time, so the table stands in for a catalogue argparse does not ship.
_ARGPARSE_WORDS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "the following arguments are required: %s": "thiếu tham số: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
}


def _argparse_vi(message: str) -> str:
    return _ARGPARSE_WORDS.get(message, message)


argparse._ = _argparse_vi  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_VI:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        self.exit(2, f"Lỗi: {message}. Xem hướng dẫn: {self.prog} --help\n")


# `cchc print` wrote the documents that passed preflight but held some back (named on stderr).
HELD_BACK_EXIT = 6

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn
    return register


def build_parser() -> Parser:
    parser = Parser(prog="cchc", description="CCHC Desktop – Trung tâm Phục vụ hành chính công. "
                                             "Không có lệnh con: mở ứng dụng cho cán bộ.")
    parser.add_argument("--version", action="version", version=f"CCHC Desktop {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--database", metavar="URL",
                        help="cơ sở dữ liệu: đường dẫn tệp SQLite hoặc postgresql://user:matkhau@may-chu/csdl "
                             "(mặc định: biến CCHC_DATABASE_URL, hoặc tệp trong thư mục dữ liệu người dùng)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)

    p = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    p.add_argument("--demo", action="store_true", help="nạp danh mục thủ tục mẫu (266 thủ tục cấp xã), hồ sơ mẫu "
                                                       "điền sẵn của 20 thủ tục thường gặp, kế hoạch truyền thông "
                                                       "năm 2026 của phường và một năm dữ liệu mẫu về hướng dẫn, "
                                                       "in ấn, đánh giá hài lòng")

    sub.add_parser("self-test", help="tự kiểm tra sau khi cài đặt: phông chữ, bản dịch, cơ sở dữ liệu, in PDF, "
                                     "cửa sổ (trong thư mục tạm, không đụng dữ liệu thật)")

    p = sub.add_parser("export", help="xuất toàn bộ danh mục thủ tục ra tệp .json, .xlsx hoặc .csv")
    p.add_argument("file", metavar="TỆP", type=Path,
                   help="tệp kết quả: .json hoặc .xlsx (đầy đủ, nhập lại được), .csv (danh sách để xem, không đầy đủ)")

    p = sub.add_parser("import", help="nhập danh mục thủ tục: phụ lục quyết định công bố (.xlsx, .csv, .docx), "
                                      "bản ghi JSON của Cổng DVCQG, bản xuất .json/.xlsx của ứng dụng")
    p.add_argument("file", metavar="TỆP", type=Path, nargs="?", help="tệp cần nhập")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước: liệt kê thay đổi, không ghi gì")
    p.add_argument("--undo", metavar="SỐ_MỤC", type=int,
                   help="hoàn tác lần nhập có số mục nhật ký này (in ra sau mỗi lần nhập): xoá thủ tục nó đã thêm, "
                        "đưa thủ tục nó đã sửa về như trước; không làm gì nếu có thủ tục đã thay đổi sau đó")
    p.add_argument("--sheet", metavar="TÊN", help="chỉ đọc trang (sheet) này của tệp Excel")
    p.add_argument("--kind", choices=["new", "amend", "repeal"],
                   help="loại phụ lục khi tệp không tự ghi: new (mới ban hành), amend (sửa đổi, bổ sung, thay thế), "
                        "repeal (bãi bỏ)")
    p.add_argument("--decision", metavar="SỐ", help="số quyết định công bố, ví dụ 1234/QĐ-UBND")
    p.add_argument("--decision-date", metavar="NGÀY", type=_date, help="ngày ký quyết định (dd/mm/yyyy)")
    p.add_argument("--effective-date", metavar="NGÀY", type=_date,
                   help="ngày quyết định có hiệu lực (dd/mm/yyyy); thủ tục bị bãi bỏ hết hiệu lực từ ngày này")

    p = sub.add_parser(
        "print", help="in áp phích, tờ gấp, phiếu hướng dẫn, nhãn QR, danh mục niêm yết ra tệp PDF",
        description="Tạo tệp PDF từ danh mục thủ tục đã niêm yết, kiểm tra trước khi in (lỗi thì không "
                    "tạo tệp) và ghi nhật ký in. Không chọn lĩnh vực hay mã: in mọi thủ tục đang niêm yết "
                    "(áp phích: một áp phích cho mỗi lĩnh vực; tờ gấp, phiếu hướng dẫn: một bản cho mỗi thủ tục). "
                    "Khi in nhiều tài liệu, tài liệu nào có lỗi được giữ lại (nêu mã thủ tục), các tài liệu "
                    "khác vẫn được lưu và lệnh kết thúc với mã thoát 6.")
    p.add_argument("template", metavar="MẪU", choices=["poster", "leaflet", "guide", "stickers", "posted-list",
                                                       "campaign", "handbook", "panel"],
                   help="poster (áp phích theo lĩnh vực), leaflet (tờ gấp ba), guide (phiếu hướng dẫn), "
                        "stickers (nhãn mã QR), posted-list (danh mục niêm yết), campaign (áp phích "
                        "“Quét mã để nộp hồ sơ trực tuyến”), handbook (sổ tay hướng dẫn A5), panel (pano A1, A0, "
                        "pano cuốn)")
    p.add_argument("-o", "--output", metavar="TỆP.pdf", type=Path, required=True, help="tệp PDF kết quả")
    p.add_argument("--field", metavar="LĨNH_VỰC", help="chỉ in thủ tục của lĩnh vực này (gõ không dấu cũng được)")
    p.add_argument("--code", metavar="MÃ", nargs="+", action="extend", default=[],
                   help="chỉ in các thủ tục có mã này (một hoặc nhiều mã, kể cả thủ tục chưa niêm yết)")
    p.add_argument("--size", choices=["A4", "A3", "A5", "A1", "A0", "rollup-80x200", "rollup-85x200"],
                   help="khổ giấy (mặc định A4; sổ tay A5; pano A1, A0, rollup-80x200, rollup-85x200)")
    p.add_argument("--date", metavar="NGÀY", type=_date,
                   help="in danh mục niêm yết của ngày này, dd/mm/yyyy (mặc định hôm nay)")
    p.add_argument("--crop-marks", action="store_true", help="thêm dấu cắt và 3 mm tràn lề cho nhà in")
    p.add_argument("--grid", metavar="CỘTxHÀNG", help="lưới nhãn cho stickers, ví dụ 3x8 (mặc định 3x8)")
    p.add_argument("--logo", metavar="TỆP_ẢNH", type=Path, help="biểu trưng của Trung tâm (PNG, JPG)")
    p.add_argument("--imposed", action="store_true",
                   help="sổ tay: in tại Trung tâm, hai trang A5 trên một tờ A4 hai mặt, gập đôi dập ghim giữa "
                        "(mặc định: từng trang có dấu cắt và tràn lề cho nhà in)")
    p.add_argument("--distance", metavar="MÉT", type=float,
                   help="pano: khoảng cách quét mã QR, tính bằng mét (mặc định 2)")
    p.add_argument("--photo", metavar="TỆP_ẢNH", type=Path, help="pano: ảnh Trung tâm (PNG, JPG)")
    p.add_argument("--background", metavar="TỆP_ẢNH", type=Path, help="pano: ảnh nền (PNG, JPG)")
    p.add_argument("--copies", metavar="SỐ", type=int, default=1,
                   help="số bản sẽ in (ghi vào nhật ký in, ví dụ số cuốn sổ tay đặt nhà in), mặc định 1")

    p = sub.add_parser("backup", help="sao lưu toàn bộ dữ liệu ra một tệp .zip (dùng được cho SQLite và PostgreSQL)")
    p.add_argument("-o", "--output", metavar="TỆP", type=Path,
                   help="tệp sao lưu (mặc định: thư mục sao lưu trong Cài đặt, tên theo thời điểm)")

    p = sub.add_parser("restore", help="khôi phục toàn bộ dữ liệu từ tệp sao lưu (.zip, hoặc bản sao .db tự động)")
    p.add_argument("file", metavar="TỆP", type=Path, help="tệp sao lưu")
    p.add_argument("--yes", action="store_true",
                   help="không hỏi xác nhận (bắt buộc khi chạy từ kịch bản, không có bàn phím)")

    p = sub.add_parser("account", help="tài khoản cán bộ: xem, tạo, đặt lại mật khẩu, mở khoá")
    acc = p.add_subparsers(dest="account_command", metavar="VIỆC", parser_class=Parser, required=True)
    acc.add_parser("list", help="danh sách tài khoản")
    q = acc.add_parser("create", help="tạo tài khoản (hỏi mật khẩu)")
    q.add_argument("username", metavar="TÊN", help="tên đăng nhập")
    q.add_argument("--full-name", required=True, metavar="HỌ_TÊN", help="họ và tên")
    q.add_argument("--role", choices=["admin", "staff", "readonly"], default="staff",
                   help="vai trò: admin (quản trị), staff (cán bộ, mặc định), readonly (chỉ xem)")
    q.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ một dòng của đầu vào chuẩn")
    q = acc.add_parser("reset-password", help="đặt mật khẩu tạm (người dùng phải đổi khi đăng nhập)")
    q.add_argument("username", metavar="TÊN", help="tên đăng nhập")
    q.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ một dòng của đầu vào chuẩn")
    q = acc.add_parser("unlock", help="mở khoá tài khoản bị khoá do nhập sai mật khẩu")
    q.add_argument("username", metavar="TÊN", help="tên đăng nhập")

    p = sub.add_parser("audit", help="nhật ký thay đổi: kiểm tra tính toàn vẹn, xuất ra tệp")
    aud = p.add_subparsers(dest="audit_command", metavar="VIỆC", parser_class=Parser, required=True)
    aud.add_parser("verify", help="kiểm tra chuỗi mã băm của nhật ký (mã thoát 5 nếu có chỗ bị sửa)")
    q = aud.add_parser("export", help="xuất nhật ký ra tệp .csv hoặc .xlsx")
    q.add_argument("file", metavar="TỆP", type=Path, help="tệp kết quả, đuôi .csv hoặc .xlsx")

    p = sub.add_parser("clean-files", help="liệt kê và dọn các tệp đính kèm không còn dùng (mẫu đã gỡ, "
                                           "biểu trưng cũ)")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không xoá")

    p = sub.add_parser("kiosk", help="mở màn hình kiosk cho người dân (toàn màn hình, khoá; cán bộ thoát bằng "
                                     "5 lần chạm góc trên bên trái và mã PIN kiosk)")
    p.add_argument("--windowed", action="store_true", help="cửa sổ thường, đóng được (chỉ để phát triển)")

    p = sub.add_parser("kiosk-role", help="PostgreSQL: tạo vai trò cơ sở dữ liệu riêng cho kiosk (chỉ đọc danh mục "
                                          "và ghi phiếu đánh giá)")
    kr = p.add_subparsers(dest="kiosk_role_command", metavar="VIỆC", parser_class=Parser, required=True)
    q = kr.add_parser("create", help="tạo vai trò (hoặc đặt lại mật khẩu và quyền nếu đã có)")
    q.add_argument("name", metavar="TÊN", help="tên vai trò, ví dụ cchc_kiosk")
    q.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ một dòng của đầu vào chuẩn")

    p = sub.add_parser("report", help="báo cáo định kỳ: hướng dẫn người dân, tài liệu đã in, mức độ hài lòng",
                       description="Báo cáo tháng, quý, 6 tháng, năm hoặc khoảng ngày bất kỳ, so với kỳ trước.")
    p.add_argument("--period", metavar="KỲ", required=True,
                   help="2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), 2026-07 (tháng), 2026-07-01..2026-09-30")
    p.add_argument("--plan", type=int, metavar="NĂM",
                   help="chỉ phần kết quả thực hiện kế hoạch truyền thông của năm này (mặc định: cả báo cáo, "
                        "phần IV là kế hoạch của năm đầu kỳ)")
    p.add_argument("--format", choices=("pdf", "xlsx", "json"), help="định dạng (mặc định: theo đuôi tệp)")
    p.add_argument("-o", "--output", metavar="TỆP", type=Path, required=True, help="tệp kết quả")

    p = sub.add_parser("search", help="tìm thủ tục theo mã, tên, từ khoá, tên thường gọi (có dấu hay không dấu)",
                       description="In mỗi thủ tục tìm thấy trên một dòng: mã, dấu Tab, tên; "
                                   "thứ tự giống ô tìm kiếm của ứng dụng.")
    p.add_argument("query", metavar="TỪ_KHOÁ", nargs="+", help="mã (1.001193 hoặc phần đầu của mã) hoặc chữ cần tìm")
    p.add_argument("--limit", metavar="N", type=_positive, default=20, help="số kết quả tối đa (mặc định 20)")

    p = sub.add_parser("plan", help="kế hoạch truyền thông CCHC: nhập, xuất, chép sang năm mới, ghi kết quả thực hiện")
    plan = p.add_subparsers(dest="plan_command", metavar="VIỆC", parser_class=Parser, required=True)
    q = plan.add_parser("import", help="nhập kế hoạch từ tệp .xlsx theo cột của phụ lục (Stt, Nội dung công việc…); "
                                       "có lỗi thì không nhập gì")
    q.add_argument("file", metavar="TỆP.xlsx", type=Path)
    q.add_argument("--year", type=int, metavar="NĂM", help="năm của kế hoạch khi tệp không ghi (trang “Kế hoạch”)")
    q = plan.add_parser("export", help="xuất kế hoạch một năm ra tệp .xlsx")
    q.add_argument("year", metavar="NĂM", type=int)
    q.add_argument("-o", "--output", metavar="TỆP.xlsx", type=Path, required=True)
    q = plan.add_parser("copy", help="bắt đầu kế hoạch năm mới bằng bản sao kế hoạch năm trước")
    q.add_argument("from_year", metavar="TỪ_NĂM", type=int)
    q.add_argument("to_year", metavar="SANG_NĂM", type=int)
    q = plan.add_parser("show", help="các nhiệm vụ và tiến độ từng tháng của kế hoạch một năm")
    q.add_argument("year", metavar="NĂM", type=int)
    q.add_argument("--date", metavar="NGÀY", type=_date, help="xem tiến độ tính đến ngày này (mặc định hôm nay)")
    q.add_argument("--unit", metavar="ĐƠN_VỊ", help="chỉ các nhiệm vụ đơn vị này chủ trì hoặc phối hợp")
    q = plan.add_parser("activity", help="kết quả thực hiện: ghi thêm, liệt kê")
    act = q.add_subparsers(dest="activity_command", metavar="VIỆC", parser_class=Parser, required=True)
    r = act.add_parser("add", help="ghi một kết quả (bản tin, bài viết, phát thanh, ấn phẩm in…) cho một nhiệm vụ")
    r.add_argument("--year", type=int, metavar="NĂM", help="năm của kế hoạch (mặc định: năm của --date)")
    r.add_argument("--task", type=int, metavar="STT", required=True, help="số thứ tự nhiệm vụ trong phụ lục")
    r.add_argument("--date", metavar="NGÀY", type=_date, required=True, help="ngày thực hiện (dd/mm/yyyy)")
    r.add_argument("--kind", required=True, choices=["news", "article", "video", "broadcast", "printed", "meeting",
                                                     "training", "contest", "other"],
                   help="news (bản tin), article (bài viết), video (video, clip), broadcast (phát thanh loa), "
                        "printed (ấn phẩm in), meeting (hội nghị, đối thoại), training (tập huấn), contest (hội thi), "
                        "other (khác)")
    r.add_argument("--title", required=True, metavar="TÊN", help="tiêu đề, tên sản phẩm")
    r.add_argument("--link", metavar="URL", default="", help="đường liên kết nơi đăng (https://…)")
    r.add_argument("--place", metavar="NƠI", default="", help="nơi đăng, nơi thực hiện")
    r.add_argument("--count", type=_positive, default=1, metavar="N", help="số lượng (ấn phẩm in: số bản), mặc định 1")
    r.add_argument("--unit", metavar="ĐƠN_VỊ", default="", help="đơn vị thực hiện")
    r.add_argument("--evidence", metavar="TỆP", type=Path, help="tệp minh chứng (PDF, PNG, JPG)")
    r.add_argument("--note", metavar="GHI_CHÚ", default="")
    r = act.add_parser("list", help="liệt kê kết quả đã ghi")
    r.add_argument("year", metavar="NĂM", type=int)
    r.add_argument("--task", type=int, metavar="STT")

    return parser


def _date(value: str):
    import datetime as dt

    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày “{value}” không hợp lệ (dạng dd/mm/yyyy)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” không phải số nguyên") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"cần số lớn hơn 0, không phải {number}")
    return number


def _open(args: argparse.Namespace):
    from cchc_desktop.core.db import open_database

    return open_database(args.database)


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop import demo
    from cchc_desktop.core import desk
    from cchc_desktop.core.services import catalogue

    db = _open(args)
    print(f"Cơ sở dữ liệu sẵn sàng: {db.described}")
    if args.demo:
        summary = demo.load_demo(db, Actor.command_line(), history=True)
        print(f"Đã nạp danh mục mẫu: {summary.added} thủ tục mới, {summary.unchanged} đã có sẵn "
              "(kèm một năm dữ liệu mẫu về hướng dẫn, in ấn và đánh giá hài lòng).")
        print("Hồ sơ mẫu: 20 thủ tục thường gặp có tờ khai điền sẵn (dữ liệu giả định) trong mục Hồ sơ mẫu.")
    with db.read() as session:
        print(f"Danh mục hiện có {catalogue.count(session)} thủ tục.")
        if not desk.has_accounts(session):
            print("Chưa có tài khoản nào. Mở ứng dụng (lệnh cchc không kèm lệnh con): trình hướng dẫn cài đặt "
                  "hỏi thông tin Trung tâm và tạo tài khoản quản trị đầu tiên, rồi đăng nhập luôn bằng tài "
                  "khoản đó. Hoặc tạo từ dòng lệnh: cchc account create TÊN --full-name \"HỌ TÊN\" --role admin")
    return 0


@command("self-test")
def cmd_self_test(args: argparse.Namespace) -> int:
    from cchc_desktop import selftest

    return selftest.run()


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from cchc_desktop.core.services import interchange

    count = interchange.export_catalogue(_open(args), args.file)
    print(f"Đã xuất {count} thủ tục vào {args.file}.")
    return 0


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import annex, importer

    if args.undo is not None:
        if args.file is not None:
            raise CchcError("Dùng --undo SỐ_MỤC không kèm tệp: lần nhập cần hoàn tác được chỉ bằng số mục nhật ký.")
        found = importer.undo_import(_open(args), Actor.command_line(), args.undo)
        print(f"Đã hoàn tác lần nhập “{found.source}” (mục nhật ký số {args.undo}): xoá {len(found.added)} thủ tục "
              f"nó đã thêm, đưa {len(found.updated)} thủ tục nó đã sửa về như trước.")
        return 0
    path: Path | None = args.file
    if path is None:
        raise CchcError("Cần tên tệp cần nhập (hoặc --undo SỐ_MỤC để hoàn tác một lần nhập).")
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp {path}.")
    db = _open(args)
    options = importer.Options(sheet=args.sheet, kind=args.kind, decision_number=args.decision or "",
                               decision_date=args.decision_date, effective_date=args.effective_date)
    plan = importer.build_plan(db, path, options)
    print(f"Đọc {path.name} ({importer.FORMAT_LABELS[plan.format]}"
          + (f", bảng mã {plan.encoding}" if plan.encoding else "") + ").")
    for layout in plan.layouts:
        columns = ", ".join(f"{annex.TARGETS[part][0]} = cột {annex.column_letter(i)}"
                            for part, i in sorted(layout.mapping.items(), key=lambda item: item[1]))
        kind = annex.KIND_LABELS.get(args.kind or layout.kind or "", "theo nhóm trong bảng")
        print(f"{layout.where}: tiêu đề ở dòng {layout.header_row}; phụ lục {kind}; {columns}.")
    if args.dry_run:
        for line in plan.change_lines():
            print(line)
    for warning in plan.warnings:
        print(f"Lưu ý: {warning}")
    for error in plan.errors:
        print(f"Lỗi: {error}", file=sys.stderr)
    if plan.errors:
        raise CchcError(f"{plan.summary()}. Không nhập gì; cơ sở dữ liệu không thay đổi.")
    if args.dry_run:
        print(f"Xem trước: {plan.summary()}. Chưa ghi gì vào cơ sở dữ liệu.")
        return 0
    if not plan.has_changes:
        print(f"{plan.summary()}. Không có gì thay đổi.")
        return 0
    actor = Actor.command_line()
    summary = importer.apply_plan(db, actor, plan)
    with db.read() as session:
        entry_id = importer.last_import(session, actor)
    print(f"Đã nhập {plan.summary()}. Đã ghi {summary.added} thêm mới, {summary.updated} cập nhật "
          f"(mục nhật ký số {entry_id}; hoàn tác: cchc import --undo {entry_id}).")
    return 0


@command("print")
def cmd_print(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.printing import studio

    path: Path = args.output
    if path.suffix.lower() != ".pdf":
        raise CchcError(f"Tệp kết quả “{path.name}” phải có đuôi .pdf.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    grid = None
    if args.grid:
        match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", args.grid)
        if not match:
            raise CchcError(f"Lưới nhãn “{args.grid}” không hợp lệ: cần dạng CỘTxHÀNG, ví dụ 3x8.")
        grid = (int(match.group(1)), int(match.group(2)))
    images = {}
    for key, what in (("logo", "biểu trưng"), ("photo", "ảnh Trung tâm"), ("background", "ảnh nền")):
        file = getattr(args, key)
        if file:
            try:
                images[key] = file.read_bytes()
            except OSError as exc:
                raise CchcError(f"Không đọc được {what} “{file}”: {exc.strerror or exc}.") from None
    request = studio.Request(kind=args.template, size=args.size, field=args.field, codes=tuple(args.code),
                             day=args.date, crop_marks=args.crop_marks, grid=grid, imposed=args.imposed,
                             distance=args.distance, **images)
    db = _open(args)
    rendered = studio.build(db, request)
    for issue in rendered.notes:
        print(f"Kiểm tra: {issue.message}", file=sys.stderr)
    for issue in rendered.warnings:
        print(f"Cảnh báo: {issue.message}", file=sys.stderr)
    for issue in rendered.errors:
        print(f"Lỗi: {issue.message}", file=sys.stderr)
    studio.save_pdf(db, Actor.command_line(), request, rendered, path, copies=args.copies)
    print(f"Đã lưu {rendered.title} ({rendered.pages} trang, {len(rendered.codes)} thủ tục) vào {path}.")
    if rendered.note:
        print(f"Cách in: {rendered.note}")
    if rendered.held:
        for held in rendered.held:
            print(f"Giữ lại {', '.join(held.codes)}: {held.reason} Cách sửa: {held.fix}", file=sys.stderr)
        codes = " ".join(rendered.held_codes)
        print(f"Không in {len(rendered.held)} tài liệu không qua được kiểm tra: {codes}. Sửa rồi in riêng: "
              f"cchc print {request.kind} --code {codes} -o …", file=sys.stderr)
        return HELD_BACK_EXIT
    return 0


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import backup

    db = _open(args)
    path = backup.write_archive(db, Actor.command_line(), args.output)
    print(f"Đã sao lưu toàn bộ dữ liệu vào {path} ({path.stat().st_size / 1_000_000:.1f} MB).")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import backup

    info = backup.inspect(args.file)  # everything checked before anyone is asked
    db = _open(args)
    when = info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
    print(f"Bản sao lưu lúc {when} (CCHC Desktop {info.app_version}, {info.source_backend}): "
          f"{info.count('procedures')} thủ tục, {info.count('staff_accounts')} tài khoản, "
          f"{info.count('audit_entries')} mục nhật ký, {info.files} tệp đính kèm. Tệp hợp lệ.")
    for problem in info.chain_problems[:5]:
        print(f"Lưu ý: {problem}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CchcError("Khôi phục sẽ thay toàn bộ dữ liệu hiện tại; thêm --yes để xác nhận khi chạy "
                            "không có bàn phím.")
        answer = input(f"Thay TOÀN BỘ dữ liệu của {db.described} bằng bản sao lưu này? "
                       "Gõ “co” để đồng ý: ")
        if answer.strip().lower() not in ("co", "có"):
            print("Đã huỷ; dữ liệu không thay đổi.")
            return 1
    result = backup.restore(db, Actor.command_line(), args.file)
    if result.safety_copy:
        print(f"Dữ liệu cũ đã được sao lưu vào {result.safety_copy}.")
    print(f"Đã khôi phục dữ liệu từ {args.file}.")
    return 0


def _read_password(from_stdin: bool) -> str:
    import getpass

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CchcError("Không có bàn phím để nhập mật khẩu; dùng --password-stdin.")
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise CchcError("Hai lần nhập mật khẩu không khớp.")
    return first


@command("account")
def cmd_account(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.domain import Role
    from cchc_desktop.core.services import accounts

    actor = Actor.command_line()
    db = _open(args)
    if args.account_command == "list":
        with db.read() as session:
            rows = accounts.list_accounts(session, actor)
        for a in rows:
            state = "đang hoạt động" if a.active else "đã vô hiệu hoá"
            if a.locked:
                state += f", khoá đến {a.locked_until.astimezone():%H:%M}"
            print(f"{a.username}\t{a.full_name}\t{a.role.label}\t{state}")
        print(f"{len(rows)} tài khoản.")
    elif args.account_command == "create":
        info = accounts.create_account(db, actor, args.username, args.full_name, Role(args.role),
                                       _read_password(args.password_stdin))
        print(f"Đã tạo tài khoản “{info.username}” ({info.role.label}); người dùng đổi mật khẩu khi đăng nhập lần đầu.")
    elif args.account_command == "reset-password":
        info = accounts.reset_password(db, actor, args.username, _read_password(args.password_stdin))
        print(f"Đã đặt mật khẩu tạm cho “{info.username}” và mở khoá; người dùng phải đổi khi đăng nhập.")
    elif args.account_command == "unlock":
        info = accounts.unlock(db, actor, args.username)
        print(f"Đã mở khoá tài khoản “{info.username}”.")
    return 0


@command("clean-files")
def cmd_clean_files(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import unused_files

    actor = Actor.command_line()
    db = _open(args)
    with db.read() as session:
        unused = unused_files.list_unused(db, session, actor)
    for f in unused:
        print(f"{f.sha256}\t{f.size}\t{f.media_type or 'không có trong cơ sở dữ liệu'}")
    if args.dry_run or not unused:
        print(f"{len(unused)} tệp không còn dùng.")
        return 0
    cleaned = unused_files.clean(db, actor)
    print(f"Đã dọn {cleaned.count} tệp ({cleaned.size} byte).")
    return 0


@command("audit")
def cmd_audit(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import audit

    actor = Actor.command_line()
    db = _open(args)
    with db.read() as session:
        if args.audit_command == "verify":
            problems = audit.verify(session, actor)
            total = audit.count(session, actor)
            for problem in problems:
                print(problem.message)
            if problems:
                print(f"Nhật ký có {len(problems)} chỗ bị sửa ngoài ứng dụng (trên {total} mục).", file=sys.stderr)
                return 5
            print(f"Nhật ký toàn vẹn: {total} mục, chuỗi mã băm khớp.")
        else:
            from cchc_desktop.core.services import audit_export

            written = audit_export.export(session, actor, audit.AuditFilter(), args.file)
            print(f"Đã xuất {written} mục nhật ký vào {args.file}.")
    return 0


@command("search")
def cmd_search(args: argparse.Namespace) -> int:
    from cchc_desktop.core.services import search

    text = " ".join(args.query)
    if search.parse_query(text).empty:
        raise CchcError("Từ khoá tìm kiếm trống: hãy gõ mã hoặc tên thủ tục.")
    db = _open(args)
    with db.read() as session:
        hits = search.search(session, text, limit=args.limit)
    for code, name in hits:
        print(f"{code}\t{name}")
    if not hits:
        print(f"Không tìm thấy thủ tục nào khớp với “{text}”.", file=sys.stderr)
        return 1
    return 0


@command("kiosk")
def cmd_kiosk(args: argparse.Namespace) -> int:
    _need_display()
    from cchc_desktop.gui.kiosk.app import run_kiosk

    return run_kiosk(args.database, windowed=args.windowed)


@command("kiosk-role")
def cmd_kiosk_role(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import kiosk_role

    db = _open(args)
    password = _read_password(args.password_stdin)
    new = kiosk_role.create(db, Actor.command_line(), args.name, password)
    print(f"{'Đã tạo' if new else 'Đã cập nhật'} vai trò kiosk {args.name}: chỉ đọc danh mục và ghi phiếu đánh giá.")
    print(f"Trên máy kiosk: cchc --database {kiosk_role.url_for(db, args.name)} kiosk")
    return 0


def _need_display() -> None:
    import os

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        raise CchcError("Không có màn hình đồ hoạ để mở cửa sổ ứng dụng (chưa đặt DISPLAY). "
                        "Hãy chạy trong phiên làm việc có màn hình, hoặc dùng các lệnh con: cchc --help")


@command("report")
def cmd_report(args: argparse.Namespace) -> int:
    from cchc_desktop.core.periods import Period
    from cchc_desktop.core.services import reports

    period = Period.parse(args.period)
    path: Path = args.output
    fmt = args.format or path.suffix.lower().lstrip(".")
    if fmt not in reports.FORMATS:
        raise CchcError(f"Không biết định dạng của “{path.name}”: dùng --format pdf, xlsx hoặc json.")
    if path.suffix.lower() != f".{fmt}":
        raise CchcError(f"Tệp kết quả “{path.name}” phải có đuôi .{fmt}.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    db = _open(args)
    with db.read() as session:
        report = reports.build(session, period, plan_year=args.plan)
    from cchc_desktop.printing.report import save

    print(save(report, fmt, path))
    return 0


@command("plan")
def cmd_plan(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import plans

    actor = Actor.command_line()
    db = _open(args)
    if args.plan_command == "import":
        if not args.file.is_file():
            raise CchcError(f"Không tìm thấy tệp {args.file}.")
        record = plans.import_xlsx(db, actor, args.file, args.year)
        print(f"Đã nhập kế hoạch truyền thông năm {record['year']}: {len(record['tasks'])} nhiệm vụ "
              f"(số {', '.join(str(t['number']) for t in record['tasks'])}).")
    elif args.plan_command == "export":
        if args.output.suffix.lower() != ".xlsx" or not args.output.parent.is_dir():
            raise CchcError(f"Tệp kết quả “{args.output}” phải có đuôi .xlsx, trong một thư mục có sẵn.")
        with db.read() as session:
            count = plans.export_xlsx(session, args.year, args.output)
        print(f"Đã xuất kế hoạch truyền thông năm {args.year} ({count} nhiệm vụ) vào {args.output}.")
    elif args.plan_command == "copy":
        record = plans.copy_plan(db, actor, args.from_year, args.to_year)
        print(f"Đã tạo kế hoạch năm {args.to_year} từ kế hoạch năm {args.from_year}: {len(record['tasks'])} nhiệm vụ.")
    elif args.plan_command == "show":
        with db.read() as session:
            board = plans.progress(session, args.year, args.date, args.unit)
        marks = {None: "·", "met": "Đ", "on_track": "t", "behind": "C", "missed": "K", "upcoming": " "}
        print(f"Kế hoạch năm {args.year}, tiến độ đến {board.today:%d/%m/%Y} (Đ đạt, t đúng tiến độ, C chậm, "
              "K không đạt; số: kết quả trong tháng)")
        for row in board.rows:
            cells = " ".join(f"{c.actual:>3}{marks[c.status.value if c.status else None]}" for c in row.cells)
            print(f"{row.task.number:>3}. {cells}  {'; '.join(t.text for t in row.task.targets)}")
        for d in board.deadlines:
            print(f"Hạn {d.day:%d/%m/%Y} – nhiệm vụ {d.task}: {d.text}")
    elif args.activity_command == "add":
        evidence = None
        if args.evidence is not None:
            try:
                evidence = (args.evidence.name, args.evidence.read_bytes())
            except OSError as exc:
                raise CchcError(f"Không đọc được tệp minh chứng “{args.evidence}”: {exc.strerror or exc}.") from None
        number = plans.add_activity(db, actor, year=args.year or args.date.year, task=args.task, day=args.date,
                                    kind=args.kind, title=args.title, link=args.link, place=args.place,
                                    count=args.count, unit=args.unit, note=args.note, evidence=evidence)
        print(f"Đã ghi kết quả số {number} cho nhiệm vụ {args.task}.")
    else:
        with db.read() as session:
            found = plans.activities(session, args.year, task=args.task)
        for a in found:
            print(f"{a.id}\t{a.day:%d/%m/%Y}\tNV {a.task}\t{a.kind.label}\t{a.count}\t{a.title}")
        print(f"{len(found)} kết quả.")
    return 0
    return 0


def run_gui(args: argparse.Namespace) -> int:
    import os

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        # Qt would abort the process with an English message about xcb plugins.
        raise CchcError("Không có màn hình đồ hoạ để mở cửa sổ ứng dụng (chưa đặt DISPLAY). "
                        "Hãy chạy trong phiên làm việc có màn hình, hoặc dùng các lệnh con: cchc --help")
    from cchc_desktop.gui.staff.session import run_staff_app

    return run_staff_app(args.database)


def _setup_logging() -> Path | None:
    from cchc_desktop.core import paths

    try:
        folder = paths.data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / "cchc.log", maxBytes=2_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return Path(handler.baseFilename)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = _setup_logging()
    try:
        if args.command is None:
            return run_gui(args)
        return COMMANDS[args.command](args)
    except CchcError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; dữ liệu chưa ghi xong không được lưu.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: never a traceback on the terminal
        log.exception("unexpected error in %s", args.command or "gui")
        where = f" Chi tiết trong {log_file}." if log_file else ""
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {exc}.{where}", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point of the windowed executable: always the staff app."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
