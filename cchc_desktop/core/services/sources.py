"""Reading tables out of files people bring: .xlsx, .csv, .docx, each cell with its place.

A :class:`Table` is one sheet (or one Word table) as rows of raw cell values,
with the text around it (titles such as "Kèm theo Quyết định số …") and the
formula cells found. Vertically merged cells are filled down so every row
carries its own value. Every failure is a :class:`CchcError` naming the file.
"""

from __future__ import annotations

import csv
import html
import logging
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc_desktop.core import text as vtext
from cchc_desktop.core.errors import CchcError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_FILE_BYTES = 200 * 1024 * 1024
HEADER_SCAN_ROWS = 30
Progress = Callable[[int, int], None]


class Cancelled(CchcError):
    """The user stopped the work; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Đã huỷ; dữ liệu không thay đổi.")


@dataclass
class Table:
    """One sheet or Word table: rows of raw values (str, int, float, date, None) with their numbers."""

    file: str
    sheet: str
    rows: list[tuple[int, list[Any]]]
    title: str = ""                      # text above the table: annex title, decision number and date
    formulas: list[tuple[int, int, str]] = field(default_factory=list)   # (row, column index, formula)
    encoding: str = ""                   # CSV only: the encoding used to read it


def column_letter(index: int) -> str:
    """Excel-style column name of a 0-based index (0 → A, 26 → AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def read_tables(path: Path, *, sheet: str | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Table]:
    """Every table of an .xlsx, .ods, .xls, .csv, .docx or text .pdf file (only ``sheet`` when given)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise CchcError(f"Không mở được tệp {path.name}: {exc.strerror or exc}.") from None
    if size == 0:
        raise CchcError(f"Tệp {path.name} rỗng.")
    if size > MAX_FILE_BYTES:
        raise CchcError(f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB); giới hạn "
                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB.")
    if head == OLE_MAGIC and suffix != ".xls":
        if suffix == ".doc":
            raise CchcError(f"Tệp {path.name} là định dạng Word 97–2003 (.doc); hãy mở bằng Word và "
                            "lưu lại thành .docx rồi nhập lại.")
        raise CchcError(f"Tệp {path.name} có mật khẩu (tệp được mã hoá): hãy mở bằng Excel/Word, bỏ mật khẩu, "
                        "lưu lại rồi nhập lại.")
    check = cancelled or (lambda: False)
    if suffix in (".xlsx", ".xlsm"):
        tables = _read_xlsx(path, sheet, progress, check)
    elif suffix in (".csv", ".txt", ".tsv"):
        tables = [_read_csv(path, progress, check)]
    elif suffix == ".docx":
        tables = _read_docx(path, check)
    elif suffix in (".ods", ".xls"):
        tables = read_isolated(path, sheet, progress, check)
    elif suffix == ".pdf":
        from cchc_desktop.core.services.pdf_tables import read_pdf  # pdfium loads only for a PDF

        def stop() -> None:
            if check():
                raise Cancelled()

        rows, title = read_pdf(path, stop)  # numbered from the header, as a Word table's rows
        tables = [Table(path.name, "Bảng 1", list(enumerate(rows, start=1)), title=title)]
    elif suffix == ".doc":
        raise CchcError(f"Không đọc trực tiếp được tệp .doc ({path.name}): hãy mở bằng Word, lưu lại thành .docx "
                        "rồi nhập lại.")
    else:
        raise CchcError(f"Không nhận dạng được loại tệp {path.name}: chỉ nhập .xlsx, .ods, .xls, .csv, .docx, "
                        ".pdf hoặc .json.")
    if sheet is not None and suffix not in (".xlsx", ".xlsm", ".docx", ".ods", ".xls"):
        tables = [t for t in tables if t.sheet == sheet] or tables
    return tables


# --- Excel ------------------------------------------------------------------------

# A cell holding a formula: <c r="B7" …><f …>text</f> or a shared formula's <f …/> (its text is in another cell).
_FORMULA_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)(\d+)"[^>]*>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)<)')
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
# calamine holds a sheet as one block from A1 to its last value: one value typed at XFD1048576 would ask
# for billions of cells, and that allocation failing ends the process. Larger sheets are refused.
MAX_SHEET_CELLS = 2_600_000  # 100,000 rows of columns A to Z
_FAR_REF = re.compile(rb' r="(?:[A-Z]{2,}|[A-Z]+\d{6,})')  # a cell in column AA or later, or row 100,000 or later
_VALUE_CELL = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?<!/)>\s*<(?:\w+:)?(?:v|is|f)\b')


def _col_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1


def _read_xlsx(path: Path, sheet: str | None, progress: Progress | None, cancelled: Callable[[], bool]) -> list[Table]:
    """Every visible sheet (or ``sheet``) with python-calamine, which reads a sheet several times faster
    than openpyxl. It does not report formulas: they are found in the sheet's XML (the importer refuses
    them)."""
    import python_calamine

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # a broken archive, XML or workbook part
        raise CchcError(f"Không đọc được tệp Excel {path.name}: tệp hỏng hoặc không phải .xlsx "
                        f"({type(exc).__name__}).") from None
    with wb:
        names = wb.sheet_names
        if sheet is not None and sheet not in names:
            raise CchcError(f"Tệp {path.name} không có trang “{sheet}” (các trang: {', '.join(names)}).")
        chosen = [sheet] if sheet is not None else _visible_sheets(wb)
        scans = _scan_sheets(path, chosen)
        tables = []
        for done, name in enumerate(chosen):
            if cancelled():
                raise Cancelled()
            formulas, far = scans[name]
            if far is not None:
                cell, height, width = far
                raise CchcError(f"Tệp {path.name}, trang “{name}”: có dữ liệu ở ô {cell}, nên trang rộng "
                                f"{_number(height)} dòng × {_number(width)} cột, quá lớn để đọc (giới hạn "
                                f"{_number(MAX_SHEET_CELLS)} ô). Hãy xoá nội dung các ô thừa ngoài bảng (Ctrl+End "
                                "đưa đến ô cuối cùng) rồi lưu lại.")
            rows = _read_sheet(wb, path.name, name, cancelled)
            tables.append(Table(path.name, name, rows, formulas=formulas))
            if progress:
                progress(done + 1, len(chosen))
        return tables


def _visible_sheets(wb: Any) -> list[str]:
    import python_calamine

    shown = {m.name for m in wb.sheets_metadata if m.visible == python_calamine.SheetVisibleEnum.Visible
             and m.typ == python_calamine.SheetTypeEnum.WorkSheet}
    return [n for n in wb.sheet_names if n in shown]


def _read_sheet(wb: Any, file_name: str, name: str, cancelled: Callable[[], bool]) -> list[tuple[int, list[Any]]]:
    """A calamine sheet's non-empty rows, numbered from A1 as Excel shows them, vertical merges filled down."""
    rows: list[tuple[int, list[Any]]] = []
    try:
        ws = wb.get_sheet_by_name(name)
        merges = ws.merged_cell_ranges or []
        # From A1 (iter_rows and the default skip the empty area, shifting rows and columns).
        for number, row in enumerate(ws.to_python(skip_empty_area=False), start=1):
            if number % 1024 == 0 and cancelled():
                raise Cancelled()
            if not any(v != "" and v is not None for v in row):
                continue
            for i, v in enumerate(row):
                if v == "":
                    row[i] = None  # an empty cell, as the other formats read it
                elif type(v) is float and v.is_integer():
                    row[i] = int(v)  # Excel keeps every number as a float: 12, not 12.0, as typed
            rows.append((number, row))
    except Cancelled:
        raise
    except Exception as exc:
        raise CchcError(f"Tệp {file_name}, trang “{name}”: không đọc được nội dung "
                        f"({type(exc).__name__}); tệp có thể bị hỏng.") from None
    _fill_merges(rows, [(r1 + 1, c1, r2 + 1, c2) for (r1, c1), (r2, c2) in merges])
    return rows


def _scan_sheets(path: Path, names: list[str]) -> dict[str, tuple[list[tuple[int, int, str]], Any]]:
    """For each sheet, from its XML: the formula cells (row, column index, formula text), and the far
    cell that makes it too large to read, as (cell, rows, columns), or None."""
    found = {}
    try:
        with zipfile.ZipFile(path) as archive:
            members = _sheet_members(archive)
            for name in names:
                data = archive.read(members[name])
                formulas = [(int(row), _col_index(col), "=" + html.unescape(text.decode("utf-8", "replace"))
                             if text else "(công thức dùng chung)")
                            for col, row, text in _FORMULA_RE.findall(data)] if _FORMULA_TAG.search(data) else []
                found[name] = (formulas, _far_cell(data))
    except (zipfile.BadZipFile, KeyError, OSError, SyntaxError):  # SyntaxError: ElementTree's ParseError
        raise CchcError(f"Không đọc được tệp Excel {path.name}: tệp hỏng hoặc thiếu phần nội dung của trang "
                        "tính.") from None
    return found


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # 1.048.576, as Vietnamese writes it


def _far_cell(data: bytes) -> tuple[str, int, int] | None:
    """The cell that makes a sheet's block from A1 larger than :data:`MAX_SHEET_CELLS`, or None.

    One quick pass first: with no cell beyond column Z or row 99,999 the sheet
    is small enough. Only otherwise are the cells with a value looked at one by one.
    """
    if not _FAR_REF.search(data):
        return None
    cells = [(int(row), _col_index(col) + 1, (col + row).decode()) for col, row in _VALUE_CELL.findall(data)]
    height, width = max((c[0] for c in cells), default=0), max((c[1] for c in cells), default=0)
    if height * width <= MAX_SHEET_CELLS:
        return None
    return max(cells, key=lambda c: c[0] * c[1])[2], height, width


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML part, from the workbook and its relationships."""
    import xml.etree.ElementTree as ET

    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    members = {}
    for node in workbook.iter():
        if node.tag.rsplit("}", 1)[-1] != "sheet":  # in any namespace: transitional or strict OOXML
            continue
        rel = next((v for k, v in node.attrib.items() if k.rsplit("}", 1)[-1] == "id"), "")
        target = targets.get(rel, "")
        members[node.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return members


def _fill_merges(rows: list[tuple[int, list[Any]]], merges: list[tuple[int, int, int, int]]) -> None:
    """Copy the value of a vertically merged cell into every row it spans (a row's own cell stays empty)."""
    vertical = [m for m in merges if m[2] > m[0]]
    if not vertical:
        return
    by_number = {number: values for number, values in rows}
    for r1, c1, r2, c2 in vertical:
        top = by_number.get(r1)
        if top is None or c1 >= len(top):
            continue
        for number in range(r1 + 1, r2 + 1):
            values = by_number.get(number)
            if values is None:
                continue
            while len(values) <= c1:
                values.append(None)
            if values[c1] in (None, ""):
                values[c1] = top[c1]


# --- .ods and .xls: read in a child process with a memory limit --------------------------

# A damaged .xls can make calamine ask for gigabytes, and a failed allocation in its Rust code ends the
# whole process (the .xlsx check above has no cheap equivalent in the binary format). So these files are
# read in a child process whose memory is capped: a bad file ends the child, and the user gets a message.
CHILD_MEMORY = 1536 * 1024 * 1024


def read_isolated(path: Path, sheet: str | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] = lambda: False, *, target: Callable[..., None] | None = None,
                  memory: int = CHILD_MEMORY) -> list[Table]:
    """The visible sheets (or ``sheet``) of an .ods or .xls file, read by calamine in a child process."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # what Windows does; no fork of a process holding Qt
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=target or _child_read, args=(str(path), sheet, send, memory), daemon=True,
                            name="cchc-sheet-reader")
    child.start()
    send.close()
    result = None
    try:
        while not receive.poll(0.05):
            if cancelled():
                raise Cancelled()
            if not child.is_alive() and not receive.poll(0):
                break
        try:
            result = receive.recv()
        except EOFError:
            result = None
    finally:
        if child.is_alive():
            child.terminate()
        child.join(5)
        receive.close()
    if result is None:
        raise CchcError(f"Không đọc được tệp {path.name}: tệp hỏng (việc đọc tệp đòi quá nhiều bộ nhớ nên đã "
                        "bị dừng). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi nhập lại.")
    kind, payload = result
    if kind == "error":
        raise CchcError(payload)
    if progress:
        progress(1, 1)
    return [Table(path.name, name, rows) for name, rows in payload]


def _child_read(path: str, sheet: str | None, send: Any, memory: int) -> None:
    """In the child: cap the memory, read with calamine, send ("ok", [(sheet, rows)]) or ("error", message)."""
    name = Path(path).name
    try:
        try:
            limit_memory(memory)
        except OSError:  # no cap on this system (an old Windows without nested jobs): still read the file
            logging.getLogger(__name__).warning("the sheet reader runs without a memory cap", exc_info=True)
        import python_calamine

        try:
            wb = python_calamine.CalamineWorkbook.from_path(path)
        except Exception as exc:
            raise CchcError(f"Không đọc được tệp {name}: tệp hỏng hoặc không phải bảng tính "
                            f"({type(exc).__name__}).") from None
        with wb:
            if sheet is not None and sheet not in wb.sheet_names:
                raise CchcError(f"Tệp {name} không có trang “{sheet}” (các trang: {', '.join(wb.sheet_names)}).")
            chosen = [sheet] if sheet is not None else _visible_sheets(wb)
            send.send(("ok", [(s, _read_sheet(wb, name, s, lambda: False)) for s in chosen]))
    except CchcError as exc:
        send.send(("error", exc.message))
    except MemoryError:
        send.send(("error", f"Không đọc được tệp {name}: tệp hỏng hoặc quá lớn (việc đọc đòi quá nhiều bộ nhớ). "
                            "Hãy mở bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi nhập lại."))
    except Exception as exc:  # never a traceback from the child: the parent tells the user
        send.send(("error", f"Không đọc được tệp {name} ({type(exc).__name__}); tệp có thể bị hỏng."))
    finally:
        send.close()


def limit_memory(limit: int) -> None:
    """Cap this process's memory: address space on Linux and macOS, a job object on Windows."""
    import sys

    if sys.platform == "win32":
        _limit_windows(limit)
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _limit_windows(limit: int) -> None:
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class Extended(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", Basic), ("IoInfo", ctypes.c_ulonglong * 6),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    job = kernel32.CreateJobObjectW(None, None)
    info = Extended()
    info.BasicLimitInformation.LimitFlags = 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = limit
    if not job or not kernel32.SetInformationJobObject(job, 9, ctypes.byref(info), ctypes.sizeof(info)) \
            or not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise OSError(ctypes.get_last_error(), "cannot limit the sheet reader's memory")


# --- CSV ---------------------------------------------------------------------------

def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Text of a file in UTF-8 (with or without BOM), UTF-16 (BOM) or Windows-1258; returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = [("utf-8-sig", "UTF-8 (có BOM)")]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = [("utf-16", "UTF-16")]
    elif len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        encodings = [("utf-16-le", "UTF-16 LE (không BOM)")]
    else:
        encodings = [("utf-8", "UTF-8"), ("cp1258", "Windows-1258")]
    for codec, label in encodings:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            if len(encodings) == 1:
                raise CchcError(f"Tệp {name}: byte {exc.start} không hợp lệ trong bảng mã {label}; hãy lưu lại "
                                "tệp ở dạng CSV UTF-8.") from None
            continue
        # Windows-1258 writes most tones as combining marks: compose them (NFC).
        return unicodedata.normalize("NFC", text), label
    raise CchcError(f"Tệp {name}: không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258); hãy lưu lại "
                    "tệp ở dạng CSV UTF-8.")


def _read_csv(path: Path, progress: Progress | None, cancelled: Callable[[], bool]) -> Table:
    data = path.read_bytes()
    text, encoding = decode_text(data, path.name)
    if "\x00" in text:
        raise CchcError(f"Tệp {path.name} chứa ký tự NUL: không phải tệp văn bản CSV.")
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Any]]] = []
    total = text.count("\n") + 1
    try:
        start = 1
        for values in reader:
            if reader.line_num % 512 == 0:
                if cancelled():
                    raise Cancelled()
                if progress:
                    progress(reader.line_num, total)
            if any(v.strip() for v in values):
                rows.append((start, [v if v.strip() else None for v in values]))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CchcError(f"Tệp {path.name}, dòng {reader.line_num}: CSV hỏng ({exc}).") from None
    formulas = [(number, i, v) for number, values in rows for i, v in enumerate(values)
                if isinstance(v, str) and v.startswith("=") and len(v) > 1]
    return Table(path.name, "", rows, formulas=formulas, encoding=encoding)


# --- Word ---------------------------------------------------------------------------

def _read_docx(path: Path, cancelled: Callable[[], bool]) -> list[Table]:
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
    except Exception as exc:
        raise CchcError(f"Không đọc được tệp Word {path.name}: tệp hỏng hoặc không phải .docx "
                        f"({type(exc).__name__}).") from None
    tables: list[Table] = []
    before: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            if text:
                before = (before + [text])[-8:]
        elif tag == "tbl":
            if cancelled():
                raise Cancelled()
            table = DocxTable(child, document)
            rows = []
            for number, row in enumerate(table.rows, start=1):
                # python-docx repeats a merged cell in every grid column and row it spans.
                values = [cell.text.strip() or None for cell in row.cells]
                if any(values):
                    rows.append((number, values))
            tables.append(Table(path.name, f"Bảng {len(tables) + 1}", rows, title="\n".join(before)))
            before = []
    if not tables:
        raise CchcError(f"Tệp {path.name} không có bảng nào.")
    return tables


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, dates as dd/mm/yyyy, NFC."""
    if type(value) is str:
        return vtext.normalize(value).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return vtext.normalize(str(value)).strip()
