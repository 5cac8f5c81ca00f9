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


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_VI:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        self.exit(2, f"Lỗi: {message}. Xem hướng dẫn: {self.prog} --help\n")


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
    parser.add_argument("--version", action="version", version=f"CCHC Desktop {__version__}")
    parser.add_argument("--database", metavar="URL",
                        help="cơ sở dữ liệu: đường dẫn tệp SQLite hoặc postgresql://user:matkhau@may-chu/csdl "
                             "(mặc định: biến CCHC_DATABASE_URL, hoặc tệp trong thư mục dữ liệu người dùng)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)

    p = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    p.add_argument("--demo", action="store_true", help="nạp danh mục thủ tục mẫu (266 thủ tục cấp xã)")

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
                    "(áp phích: một áp phích cho mỗi lĩnh vực; tờ gấp, phiếu hướng dẫn: một bản cho mỗi thủ tục).")
    p.add_argument("template", metavar="MẪU", choices=["poster", "leaflet", "guide", "stickers", "posted-list",
                                                       "campaign"],
                   help="poster (áp phích theo lĩnh vực), leaflet (tờ gấp ba), guide (phiếu hướng dẫn), "
                        "stickers (nhãn mã QR), posted-list (danh mục niêm yết), campaign (áp phích "
                        "“Quét mã để nộp hồ sơ trực tuyến”)")
    p.add_argument("-o", "--output", metavar="TỆP.pdf", type=Path, required=True, help="tệp PDF kết quả")
    p.add_argument("--field", metavar="LĨNH_VỰC", help="chỉ in thủ tục của lĩnh vực này (gõ không dấu cũng được)")
    p.add_argument("--code", metavar="MÃ", nargs="+", action="extend", default=[],
                   help="chỉ in các thủ tục có mã này (một hoặc nhiều mã, kể cả thủ tục chưa niêm yết)")
    p.add_argument("--size", choices=["A4", "A3", "A5"], help="khổ giấy (mặc định A4)")
    p.add_argument("--date", metavar="NGÀY", type=_date,
                   help="in danh mục niêm yết của ngày này, dd/mm/yyyy (mặc định hôm nay)")
    p.add_argument("--crop-marks", action="store_true", help="thêm dấu cắt và 3 mm tràn lề cho nhà in")
    p.add_argument("--grid", metavar="CỘTxHÀNG", help="lưới nhãn cho stickers, ví dụ 3x8 (mặc định 3x8)")
    p.add_argument("--logo", metavar="TỆP_ẢNH", type=Path, help="biểu trưng của Trung tâm (PNG, JPG)")

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

    p = sub.add_parser("search", help="tìm thủ tục theo mã, tên, từ khoá, tên thường gọi (có dấu hay không dấu)",
                       description="In mỗi thủ tục tìm thấy trên một dòng: mã, dấu Tab, tên; "
                                   "thứ tự giống ô tìm kiếm của ứng dụng.")
    p.add_argument("query", metavar="TỪ_KHOÁ", nargs="+", help="mã (1.001193 hoặc phần đầu của mã) hoặc chữ cần tìm")
    p.add_argument("--limit", metavar="N", type=_positive, default=20, help="số kết quả tối đa (mặc định 20)")
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
    from cchc_desktop.core.db.database import describe
    from cchc_desktop.core.services import catalogue, demo

    db = _open(args)
    print(f"Cơ sở dữ liệu sẵn sàng: {describe(db.url)}")
    if args.demo:
        summary = demo.load_demo(db, Actor.command_line())
        print(f"Đã nạp danh mục mẫu: {summary.added} thủ tục mới, {summary.unchanged} đã có sẵn.")
    with db.read() as session:
        print(f"Danh mục hiện có {catalogue.count(session)} thủ tục.")
    return 0


@command("self-test")
def cmd_self_test(args: argparse.Namespace) -> int:
    from cchc_desktop import selftest

    return selftest.run()


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from cchc_desktop.core.services import catalogue, fields, interchange
    from cchc_desktop.core.services.records import to_record

    path: Path = args.file
    writers = {".json": interchange.write_json, ".xlsx": interchange.write_xlsx, ".csv": interchange.write_csv}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise CchcError(f"Không xuất được ra “{path.name}”: chỉ hỗ trợ tệp .json, .xlsx hoặc .csv.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    db = _open(args)
    with db.read() as session:
        records = [to_record(p) for p in catalogue.all_procedures(session)]
        field_list = fields.field_records(session)
    if writer is interchange.write_csv:  # a flat list of procedures to read
        writer(records, path)
    else:  # with the fields and their links, to import back unchanged
        writer(records, path, fields=field_list)
    print(f"Đã xuất {len(records)} thủ tục vào {path}.")
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
    logo = None
    if args.logo:
        try:
            logo = args.logo.read_bytes()
        except OSError as exc:
            raise CchcError(f"Không đọc được biểu trưng “{args.logo}”: {exc.strerror or exc}.") from None
    request = studio.Request(kind=args.template, size=args.size, field=args.field, codes=tuple(args.code),
                             day=args.date, crop_marks=args.crop_marks, grid=grid, logo=logo)
    db = _open(args)
    rendered = studio.build(db, request)
    for issue in rendered.warnings:
        print(f"Cảnh báo: {issue.message}", file=sys.stderr)
    for issue in rendered.errors:
        print(f"Lỗi: {issue.message}", file=sys.stderr)
    studio.save_pdf(db, Actor.command_line(), request, rendered, path)
    print(f"Đã lưu {rendered.title} ({rendered.pages} trang, {len(rendered.codes)} thủ tục) vào {path}.")
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
    from cchc_desktop.core.db.database import describe
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
        answer = input(f"Thay TOÀN BỘ dữ liệu của {describe(db.url)} bằng bản sao lưu này? "
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
            written = audit.export(session, actor, audit.AuditFilter(), args.file)
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


def run_gui(args: argparse.Namespace) -> int:
    import os

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        # Qt would abort the process with an English message about xcb plugins.
        raise CchcError("Không có màn hình đồ hoạ để mở cửa sổ ứng dụng (chưa đặt DISPLAY). "
                        "Hãy chạy trong phiên làm việc có màn hình, hoặc dùng các lệnh con: cchc --help")
    from cchc_desktop.gui.app import run_staff_app

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
