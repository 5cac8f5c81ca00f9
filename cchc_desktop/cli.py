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

    p = sub.add_parser("export", help="xuất toàn bộ danh mục thủ tục ra tệp .json, .xlsx hoặc .csv")
    p.add_argument("file", metavar="TỆP", type=Path,
                   help="tệp kết quả: .json hoặc .xlsx (đầy đủ, nhập lại được), .csv (danh sách để xem, không đầy đủ)")

    p = sub.add_parser("import", help="nhập danh mục thủ tục: phụ lục quyết định công bố (.xlsx, .csv, .docx), "
                                      "bản ghi JSON của Cổng DVCQG, bản xuất .json/.xlsx của ứng dụng")
    p.add_argument("file", metavar="TỆP", type=Path, help="tệp cần nhập")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước: liệt kê thay đổi, không ghi gì")
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
    return parser


def _date(value: str):
    import datetime as dt

    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày “{value}” không hợp lệ (dạng dd/mm/yyyy)")


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


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from cchc_desktop.core.services import catalogue, interchange
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
    writer(records, path)
    print(f"Đã xuất {len(records)} thủ tục vào {path}.")
    return 0


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import annex, importer

    path: Path = args.file
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
    summary = importer.apply_plan(db, Actor.command_line(), plan)
    print(f"Đã nhập {plan.summary()}. Đã ghi {summary.added} thêm mới, {summary.updated} cập nhật.")
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
