"""The app's own exchange formats: JSON and a multi-sheet Excel workbook.

Both hold every field of every procedure and read back to identical records.
The workbook is meant for people too: Vietnamese headers, Vietnamese labels
for choices, one sheet per repeated part keyed by the procedure code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc_desktop import __version__
from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import (
    FeeKind,
    LabelledEnum,
    Level,
    Lifecycle,
    Method,
    OnlineLevel,
    TimeUnit,
    Verification,
)
from cchc_desktop.core.errors import CchcError, ValidationError
from cchc_desktop.core.services.records import FORMAT, FORMAT_VERSION
from cchc_desktop.core.services.sources import Table, read_tables

EXCEL_CELL_LIMIT = 32767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# --- JSON -------------------------------------------------------------------------

def catalogue_document(records: list[dict[str, Any]], fields: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The export document; ``fields`` (name, code, portal_url of each lĩnh vực) when given."""
    document = {"format": FORMAT, "version": FORMAT_VERSION, "app_version": __version__,
                "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "procedures": records}
    if fields is not None:
        document["fields"] = fields
    return document


def write_json(records: list[dict[str, Any]], path: Path, fields: list[dict[str, Any]] | None = None) -> None:
    _atomic_write(path, lambda tmp: tmp.write_text(
        json.dumps(catalogue_document(records, fields), ensure_ascii=False, indent=1), encoding="utf-8"))


def read_json(path: Path) -> list[dict[str, Any]]:
    """Records from the app's JSON (a document with ``procedures`` or a bare list)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise CchcError(f"Tệp {path.name} không phải văn bản UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise CchcError(f"Tệp {path.name} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}.") from None
    return records_of(data, path.name)


def records_of(data: Any, name: str) -> list[Any]:
    """The records of a parsed JSON document of the app's format (or a bare list of records)."""
    if isinstance(data, dict) and data.get("format") == FORMAT:
        version = data.get("version", 0)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise CchcError(f"Tệp {name} do phiên bản CCHC Desktop mới hơn tạo ra; hãy cập nhật ứng dụng.")
        data = data.get("procedures")
    if not isinstance(data, list):
        raise CchcError(f"Tệp {name} không chứa danh sách thủ tục theo định dạng của CCHC Desktop.")
    return data


def fields_of(data: Any, name: str) -> list[Any] | None:
    """The fields (lĩnh vực) of a parsed export document, None when it carries none (older exports)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("fields") is None:
        return None
    if not isinstance(data["fields"], list):
        raise CchcError(f"Tệp {name}: mục “fields” phải là danh sách lĩnh vực.")
    return data["fields"]


# --- Excel -------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[dict[str, Any]], Any]
    put: Callable[[dict[str, Any], Any], None]


def _path(*keys: str, kind: str = "text") -> tuple[Callable, Callable]:
    """Getter and setter for a (nested) record key, converting for the sheet."""

    def get(rec: dict[str, Any]) -> Any:
        value: Any = rec
        for key in keys:
            value = (value or {}).get(key)
        return _to_cell(value, kind)

    def put(rec: dict[str, Any], cell: Any) -> None:
        target = rec
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = _from_cell(cell, kind)

    return get, put


def _col(header: str, *keys: str, kind: str = "text") -> Column:
    return Column(header, *_path(*keys, kind=kind))


_CHOICES: dict[str, type[LabelledEnum]] = {
    "level": Level, "online": OnlineLevel, "lifecycle": Lifecycle, "verification": Verification,
    "method": Method, "unit": TimeUnit, "fee": FeeKind,
}


def _to_cell(value: Any, kind: str) -> Any:
    if kind == "list":
        return "\n".join(value or [])
    if kind == "bool":
        return "Có" if value else "Không"
    if kind in _CHOICES:
        return _CHOICES[kind](value).label if value else ""
    return value if value is not None else ""


def _from_cell(cell: Any, kind: str) -> Any:
    if isinstance(cell, str):
        cell = cell.strip() if kind != "text" else cell
    if kind == "list":
        return [line for line in str(cell or "").splitlines() if line.strip()]
    if kind == "bool":
        folded = vtext.fold(str(cell)) if cell is not None else ""
        return {"co": True, "khong": False, "": False}.get(folded, cell)
    if kind in _CHOICES:
        return _choice_value(_CHOICES[kind], cell)
    if kind == "date":
        if isinstance(cell, dt.datetime):
            return cell.date().isoformat()
        if isinstance(cell, dt.date):
            return cell.isoformat()
        return cell or None
    if kind == "number":
        return cell if cell not in ("", None) else None
    if kind == "optional":
        return cell or None
    return "" if cell is None else cell


def _choice_value(enum_cls: type[LabelledEnum], cell: Any) -> Any:
    """A choice written as its Vietnamese label or its stored token."""
    if cell in (None, ""):
        return None
    key = vtext.fold(str(cell))
    for member in enum_cls:
        if key in (vtext.fold(member.label), member.value):
            return member.value
    return str(cell)  # left for apply_record to report with its place


SUMMARY_HEADER = "Tóm tắt cho người dân"
# Columns added after the first exports: a workbook without them still imports (the part is left empty).
LATER_HEADERS = {SUMMARY_HEADER}

MAIN_COLUMNS = [
    _col("Mã TTHC", "code"),
    _col("Tên thủ tục", "name"),
    _col(SUMMARY_HEADER, "summary"),
    _col("Mã định danh trên Cổng DVCQG", "formality_id", kind="optional"),
    _col("Lĩnh vực", "field", "name"),
    _col("Mã lĩnh vực", "field", "code", kind="optional"),
    _col("Cấp thực hiện", "level", kind="level"),
    _col("Loại thủ tục", "portal_type"),
    _col("Cơ quan công bố", "promulgating_agency"),
    _col("Cơ quan thực hiện", "executing_agencies", kind="list"),
    _col("Cơ quan phối hợp", "coordinating_agencies", kind="list"),
    _col("Đối tượng thực hiện", "subjects", kind="list"),
    _col("Yêu cầu, điều kiện", "requirements"),
    _col("Kết quả thực hiện", "results", kind="list"),
    _col("Hình thức trả kết quả", "result_delivery", kind="list"),
    _col("Mức độ DVC trực tuyến", "online_level", kind="online"),
    _col("Không phụ thuộc địa giới", "non_territorial", kind="bool"),
    _col("Tình trạng hiệu lực", "lifecycle", "status", kind="lifecycle"),
    _col("Ngày có hiệu lực", "lifecycle", "effective_from", kind="date"),
    _col("Ngày hết hiệu lực", "lifecycle", "effective_until", kind="date"),
    _col("Số quyết định công bố", "lifecycle", "decision_number"),
    _col("Ngày quyết định công bố", "lifecycle", "decision_date", kind="date"),
    _col("Mã thủ tục thay thế", "lifecycle", "superseded_by"),
    _col("Niêm yết từ ngày", "posting", "posted_since", kind="date"),
    _col("Niêm yết đến ngày", "posting", "posted_until", kind="date"),
    _col("Đường liên kết trên Cổng DVCQG", "links", "online_url", kind="optional"),
    _col("Đường liên kết do Trung tâm nhập", "links", "online_url_override", kind="optional"),
    _col("Từ khoá", "keywords", kind="list"),
    _col("Tên thường gọi", "friendly_names", kind="list"),
    _col("Ghi chú", "note"),
    _col("Nguồn", "provenance", "source"),
    _col("Địa chỉ nguồn", "provenance", "source_url"),
    _col("Tình trạng đối chiếu", "provenance", "verification", kind="verification"),
    _col("Ngày đối chiếu", "provenance", "verified_on", kind="date"),
    _col("Người đối chiếu", "provenance", "verified_by"),
    _col("Ghi chú đối chiếu", "provenance", "note"),
]


@dataclass(frozen=True)
class ChildSheet:
    """A sheet of repeated parts: rows keyed by procedure code, in record order."""

    title: str
    columns: list[Column]
    rows: Callable[[dict[str, Any]], list[dict[str, Any]]]
    attach: Callable[[dict[str, Any], list[dict[str, Any]]], None]


def _plain_rows(key: str) -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
    return lambda rec: list(rec.get(key) or [])


def _set_list(key: str) -> Callable[[dict[str, Any], list[dict[str, Any]]], None]:
    def attach(rec: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        rec[key] = rows
    return attach


def _fee_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(fee, method=ch["method"]) for ch in rec.get("channels") or [] for fee in ch.get("fees") or []]


def _attach_fees(rec: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    by_method = {ch["method"]: ch for ch in rec.get("channels") or []}
    for row in rows:
        method = row.pop("method")
        if method not in by_method:  # fees for a channel without its row: keep them
            by_method[method] = {"method": method, "time_qty": None, "time_unit": None,
                                 "time_text": "", "note": "", "fees": []}
            rec.setdefault("channels", []).append(by_method[method])
        by_method[method].setdefault("fees", []).append(row)


def _component_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(comp, group=gi + 1, group_name=g.get("name", ""))
            for gi, g in enumerate(rec.get("dossier") or []) for comp in g.get("components") or [None]
            if comp is not None] + [
        {"group": gi + 1, "group_name": g.get("name", ""), "name": ""}
        for gi, g in enumerate(rec.get("dossier") or []) if not g.get("components")]


def _attach_components(rec: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    groups: dict[Any, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: int(r.get("group") or 0)):
        number = row.pop("group")
        group = groups.setdefault(number, {"name": row.get("group_name", ""), "components": []})
        row.pop("group_name", None)
        if row.get("name"):
            group["components"].append(row)
    rec["dossier"] = list(groups.values())


def _channel_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in ch.items() if k != "fees"} for ch in rec.get("channels") or []]


def _attach_channels(rec: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    rec["channels"] = [dict(row, fees=[]) for row in rows]


def _k(header: str, key: str, kind: str = "text") -> Column:
    return _col(header, key, kind=kind)


CHILD_SHEETS = [
    ChildSheet("Trình tự thực hiện", [_k("Tiêu đề bước", "title"), _k("Nội dung", "text")],
               _plain_rows("steps"), _set_list("steps")),
    ChildSheet("Căn cứ pháp lý", [_k("Số hiệu văn bản", "code"), _k("Tên văn bản", "name")],
               _plain_rows("legal_bases"), _set_list("legal_bases")),
    ChildSheet("Cách thức, thời hạn",
               [_k("Cách thức", "method", "method"), _k("Thời hạn (số)", "time_qty", "number"),
                _k("Đơn vị thời hạn", "time_unit", "unit"), _k("Thời hạn (nguyên văn)", "time_text"),
                _k("Ghi chú", "note")],
               _channel_rows, _attach_channels),
    ChildSheet("Phí, lệ phí",
               [_k("Cách thức", "method", "method"), _k("Loại", "kind", "fee"), _k("Nội dung", "text"),
                _k("Mức thu (đồng)", "amount", "number")],
               _fee_rows, _attach_fees),
    ChildSheet("Thời hạn theo trường hợp",
               [_k("Mã trường hợp", "code"), _k("Tên trường hợp", "name"), _k("Thời hạn (số)", "qty", "number"),
                _k("Đơn vị thời hạn", "unit", "unit")],
               _plain_rows("case_time_limits"), _set_list("case_time_limits")),
    ChildSheet("Thành phần hồ sơ",
               [_k("Số nhóm", "group", "number"), _k("Trường hợp, nhóm giấy tờ", "group_name"),
                _k("Tên giấy tờ", "name"), _k("Bản chính", "originals", "number"),
                _k("Bản sao", "copies", "number"), _k("Chỉ xuất trình", "present_only", "bool"),
                _k("Tên mẫu đơn", "form_name"), _k("Địa chỉ mẫu đơn", "form_url"), _k("Mã giấy tờ", "code")],
               _component_rows, _attach_components),
]
MAIN_SHEET = "Thủ tục"
CODE_HEADER = "Mã TTHC"
FIELD_SHEET = "Lĩnh vực"
FIELD_COLUMNS = [_k("Lĩnh vực", "name"), _k("Mã lĩnh vực", "code", "optional"),
                 _k("Đường liên kết của lĩnh vực", "portal_url", "optional")]


def write_xlsx(records: list[dict[str, Any]], path: Path, fields: list[dict[str, Any]] | None = None) -> None:
    """Every record in a workbook: the main sheet, one sheet per repeated part, the fields' sheet when given."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def write(tmp: Path) -> None:
        wb = Workbook(write_only=True)

        def sheet(title: str, headers: list[str], rows: list[list[Any]], widths: list[int]) -> None:
            ws = wb.create_sheet(title)
            ws.freeze_panes = "B2"
            for i, width in enumerate(widths):
                ws.column_dimensions[_letter(i)].width = width
            ws.append([_cell(ws, h, bold) for h in headers])
            for row in rows:
                ws.append([_cell(ws, v, None, wrap) for v in row])

        sheet(MAIN_SHEET, [c.header for c in MAIN_COLUMNS],
              [[c.get(r) for c in MAIN_COLUMNS] for r in records],
              [12, 60, 60, 38] + [24] * (len(MAIN_COLUMNS) - 4))
        for child in CHILD_SHEETS:
            rows = [[r["code"], *[c.get(item) for c in child.columns]] for r in records for item in child.rows(r)]
            sheet(child.title, [CODE_HEADER, *[c.header for c in child.columns]], rows,
                  [12] + [40] * len(child.columns))
        if fields is not None:
            sheet(FIELD_SHEET, [c.header for c in FIELD_COLUMNS], [[c.get(f) for c in FIELD_COLUMNS] for f in fields],
                  [50, 14, 80])
        wb.save(tmp)

    _atomic_write(path, write)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _cell(ws: Any, value: Any, font: Any = None, alignment: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        if len(value) > EXCEL_CELL_LIMIT:
            raise CchcError(f"Một ô dài {len(value)} ký tự, vượt giới hạn {EXCEL_CELL_LIMIT} ký tự của Excel; "
                            "hãy xuất ra JSON.")
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, never a formula
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def is_own_workbook(tables: list[Table]) -> bool:
    """The sheets of a workbook written by :func:`write_xlsx`: its main sheet has the export's own headers."""
    main = next((t for t in tables if t.sheet == MAIN_SHEET), None)
    header = main.rows[0][1] if main is not None and main.rows else []
    return {"Mã TTHC", "Tình trạng hiệu lực", "Tình trạng đối chiếu"} <= {str(h).strip() for h in header if h is not None}


def read_xlsx(path: Path) -> list[dict[str, Any]]:
    """Records from a workbook written by :func:`write_xlsx` (or edited from one)."""
    return read_workbook(path)[0]


def read_workbook(path: Path, tables: list[Table] | None = None
                  ) -> tuple[list[dict[str, Any]], list[tuple[int, dict[str, Any]]] | None]:
    """Records and fields (with their row numbers; None without the fields' sheet) of an exported workbook
    (``tables``: its sheets, when already read)."""
    sheets = {table.sheet: table for table in (tables if tables is not None else read_tables(path))}
    if MAIN_SHEET not in sheets:
        raise CchcError(f"Tệp {path.name} không có trang “{MAIN_SHEET}” của bản xuất CCHC Desktop.")
    records: list[dict[str, Any]] = []
    by_code: dict[str, dict[str, Any]] = {}
    for row_no, row in _sheet_rows(path, sheets[MAIN_SHEET], MAIN_COLUMNS):
        rec: dict[str, Any] = {}
        for column in MAIN_COLUMNS:
            column.put(rec, row.get(column.header))
        if rec.get("field", {}).get("name") in ("", None):
            rec["field"] = None
        records.append(rec)
        by_code.setdefault(str(rec.get("code", "")).strip(), rec)
    for child in CHILD_SHEETS:
        if child.title not in sheets:
            continue
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row_no, row in _sheet_rows(path, sheets[child.title], child.columns, key=True):
            code = str(row.get(CODE_HEADER) or "").strip()
            if code not in by_code:
                raise ValidationError(f"Tệp {path.name}, trang “{child.title}”, dòng {row_no}: mã “{code}” "
                                      f"không có trên trang “{MAIN_SHEET}”.", "code")
            item: dict[str, Any] = {}
            for column in child.columns:
                column.put(item, row.get(column.header))
            grouped[code].append(item)
        for code, items in grouped.items():
            child.attach(by_code[code], items)
    fields = None
    if FIELD_SHEET in sheets:
        fields = []
        for row_no, row in _sheet_rows(path, sheets[FIELD_SHEET], FIELD_COLUMNS):
            item = {}
            for column in FIELD_COLUMNS:
                column.put(item, row.get(column.header))
            fields.append((row_no, item))
    return records, fields


def _sheet_rows(path: Path, table: Table, columns: list[Column], key: bool = False):
    if not table.rows:
        return
    header = table.rows[0][1] if table.rows[0][0] == 1 else []  # the headers are on the first line
    names = [str(h).strip() if h is not None else "" for h in header]
    wanted = ([CODE_HEADER] if key else []) + [c.header for c in columns]
    missing = [h for h in wanted if h not in names and h not in LATER_HEADERS]
    if missing:
        raise ValidationError(f"Tệp {path.name}, trang “{table.sheet}”: thiếu cột {', '.join(missing)}.", "header")
    for row_no, values in table.rows[1 if header else 0:]:
        yield row_no, dict(zip(names, values))


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path``, then replace it: never a half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CchcError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- CSV (for reading, not lossless) ------------------------------------------------

CSV_COLUMNS = ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Cách thức thực hiện",
               "Thời hạn giải quyết", "Phí, lệ phí", "Mức độ DVC trực tuyến", "Tình trạng hiệu lực",
               "Số quyết định công bố", "Ngày có hiệu lực", "Ngày hết hiệu lực", "Niêm yết từ ngày",
               "Đường liên kết"]


def _csv_row(rec: dict[str, Any]) -> list[str]:
    channels = rec.get("channels") or []
    times = "\n".join(f"{Method(c['method']).label}: {c['time_text']}" for c in channels if c.get("time_text"))
    fees = "\n".join(f"{Method(c['method']).label}: {_fee_text(f)}"
                     for c in channels for f in c.get("fees") or [] if f.get("text") or f.get("amount"))
    life = rec.get("lifecycle") or {}
    links = rec.get("links") or {}
    return [rec["code"], rec["name"], (rec.get("field") or {}).get("name", ""), Level(rec["level"]).label,
            "\n".join(rec.get("executing_agencies") or []),
            ", ".join(Method(c["method"]).label for c in channels), times, fees,
            OnlineLevel(rec["online_level"]).label, Lifecycle(life.get("status") or "in_force").label,
            life.get("decision_number") or "", _vn_date(life.get("effective_from")),
            _vn_date(life.get("effective_until")), _vn_date((rec.get("posting") or {}).get("posted_since")),
            links.get("online_url_override") or links.get("online_url") or ""]


def _fee_text(fee: dict[str, Any]) -> str:
    return fee["text"] or f"{fee['amount']:,} đồng".replace(",", ".")


def _vn_date(value: str | None) -> str:
    return dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def write_csv(records: list[dict[str, Any]], path: Path) -> None:
    """A flat list for people and spreadsheets (UTF-8 with BOM, comma-separated), one procedure a row.

    Not lossless: dossier, steps, legal basis and the per-case limits are left
    out and channels are summarised; use JSON or .xlsx to move a catalogue.
    """
    import csv

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(CSV_COLUMNS)
            for rec in records:
                out.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "@") else v for v in _csv_row(rec)])

    _atomic_write(path, write)


def is_own_csv_header(header: list[str]) -> bool:
    """The header row of :func:`write_csv` (refused on import: it does not carry a whole record)."""
    return [vtext.normalize_line(h) for h in header[:len(CSV_COLUMNS)]] == CSV_COLUMNS


def export_catalogue(db, path: Path) -> int:
    """Write every procedure to ``path`` (.json/.xlsx lossless with the fields, .csv a flat list); returns how many.

    The one export the command line and the app's Danh mục menu share.
    """
    from cchc_desktop.core.services import catalogue, fields
    from cchc_desktop.core.services.records import to_record

    path = Path(path)
    writers = {".json": write_json, ".xlsx": write_xlsx, ".csv": write_csv}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise CchcError(f"Không xuất được ra “{path.name}”: chỉ hỗ trợ tệp .json, .xlsx hoặc .csv.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    with db.read() as session:
        records = [to_record(p) for p in catalogue.all_procedures(session)]
        field_list = fields.field_records(session)
    if writer is write_csv:  # a flat list of procedures to read
        writer(records, path)
    else:  # with the fields and their links, to import back unchanged
        writer(records, path, fields=field_list)
    return len(records)
