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

    p = sub.add_parser("export", help="xuất toàn bộ danh mục thủ tục ra tệp .json hoặc .xlsx")
    p.add_argument("file", metavar="TỆP", type=Path, help="tệp kết quả, đuôi .json hoặc .xlsx")

    p = sub.add_parser("search", help="tìm thủ tục theo mã, tên, từ khoá, tên thường gọi (có dấu hay không dấu)",
                       description="In mỗi thủ tục tìm thấy trên một dòng: mã, dấu Tab, tên; "
                                   "thứ tự giống ô tìm kiếm của ứng dụng.")
    p.add_argument("query", metavar="TỪ_KHOÁ", nargs="+", help="mã (1.001193 hoặc phần đầu của mã) hoặc chữ cần tìm")
    p.add_argument("--limit", metavar="N", type=_positive, default=20, help="số kết quả tối đa (mặc định 20)")
    return parser


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


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from cchc_desktop.core.services import catalogue, interchange
    from cchc_desktop.core.services.records import to_record

    path: Path = args.file
    writers = {".json": interchange.write_json, ".xlsx": interchange.write_xlsx}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise CchcError(f"Không xuất được ra “{path.name}”: chỉ hỗ trợ tệp .json hoặc .xlsx.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    db = _open(args)
    with db.read() as session:
        records = [to_record(p) for p in catalogue.all_procedures(session)]
    writer(records, path)
    print(f"Đã xuất {len(records)} thủ tục vào {path}.")
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
