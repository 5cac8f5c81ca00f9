"""Bringing a procedure list into the catalogue: read → map → plan (dry run) → apply in one transaction.

Sources: annex tables of a Quyết định công bố (.xlsx, .csv, .docx; new,
amended or repealed procedures), the national portal's procedure-detail JSON,
and the app's own JSON and .xlsx export (lossless: importing an export changes
nothing). :func:`build_plan` reads the file and lists what would change,
field by field, with every error at its place (file, sheet, row, column,
value); nothing is written. :func:`apply_plan` writes the plan's changes in
one audited transaction, refusing when the plan has errors or the catalogue
changed since the plan was made.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cchc_desktop.core import text as vtext
from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Field, Procedure, SampleDocument
from cchc_desktop.core.domain import Lifecycle, Method, ValidationError, normalize_code
from cchc_desktop.core.errors import CchcError, ConflictError, NotFoundError
from cchc_desktop.core.services import annex, audit, catalogue, fields, interchange, portal
from cchc_desktop.core.services.annex import AMEND, NEW, REPEAL, AnnexRow, Layout
from cchc_desktop.core.services.national import NationalEntry, national_catalogue
from cchc_desktop.core.services.records import (
    FIELD_LABELS,
    CheckedRecord,
    FieldIndex,
    check_record,
    checked_to_record,
    diff_records,
    gc_paused,
    stored_records,
)
from cchc_desktop.core.services.sources import Cancelled, Progress, Table, read_tables

ADD, UPDATE, UNCHANGED, SKIP = "add", "update", "unchanged", "skip"
ANNEX, OWN, PORTAL = "annex", "own", "portal"
FORMAT_LABELS = {ANNEX: "phụ lục danh mục thủ tục", OWN: "bản xuất của CCHC Desktop",
                 PORTAL: "bản ghi chi tiết của Cổng Dịch vụ công quốc gia"}
# Record parts → the annex column that carries them, to name the column of a problem.
_PART_OF = {"code": "code", "name": "name", "field": "field", "executing_agencies": "agency",
            "subjects": "subjects", "results": "results", "requirements": "requirements", "legal_bases": "legal",
            "channels": "time", "lifecycle": "change_basis"}


@dataclass
class Options:
    """What the user says about the file: sheet, annex kind, the decision and its effective date."""

    sheet: str | None = None
    kind: str | None = None
    decision_number: str = ""
    decision_date: dt.date | None = None
    effective_date: dt.date | None = None
    mappings: dict[str, dict[str, int]] = field(default_factory=dict)   # table key → part → column index


@dataclass
class Change:
    """What importing one procedure does."""

    action: str               # add, update, unchanged, skip
    code: str
    name: str
    place: str
    kind: str = ""            # new, amend, repeal for annex rows
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    checked: CheckedRecord | None = field(default=None, repr=False, compare=False)  # ``after`` validated


@dataclass
class LinkChange:
    """A field's link (its QR code on posters) that importing the app's own export changes."""

    name: str
    place: str
    before: str | None
    after: str | None


@dataclass
class Plan:
    """The dry run: every change and every error, nothing written."""

    path: Path
    format: str
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layouts: list[Layout] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    encoding: str = ""
    options: Options = field(default_factory=Options)

    @property
    def source(self) -> str:
        return self.path.name

    def of(self, action: str, kind: str | None = None) -> list[Change]:
        return [c for c in self.changes if c.action == action and (kind is None or c.kind == kind)]

    @property
    def counts(self) -> dict[str, int]:
        return {"add": len(self.of(ADD)),
                "update": len([c for c in self.of(UPDATE) if c.kind != REPEAL]),
                "repeal": len(self.of(UPDATE, REPEAL)),
                "amend": len([c for c in self.changes if c.kind == AMEND and c.action in (ADD, UPDATE)]),
                "unchanged": len(self.of(UNCHANGED)), "skip": len(self.of(SKIP)), "error": len(self.errors),
                "links": len(self.links)}

    @property
    def has_changes(self) -> bool:
        return bool(self.links) or any(c.action in (ADD, UPDATE) for c in self.changes)

    def summary(self) -> str:
        n = self.counts
        text = (f"{self.source}: {n['add']} thêm mới, {n['update']} cập nhật"
                + (f" (trong đó {n['amend']} sửa đổi, bổ sung)" if n["amend"] else "")
                + f", {n['repeal']} bãi bỏ, {n['unchanged']} không đổi")
        if n["skip"]:
            text += f", {n['skip']} bỏ qua"
        if n["links"]:
            text += f", {n['links']} đường liên kết lĩnh vực"
        return text + (f", {n['error']} lỗi" if n["error"] else "")

    def change_lines(self) -> list[str]:
        """One block per change, field by field (old → new), for the command line."""
        lines = []
        labels = {ADD: "Thêm mới", UPDATE: "Cập nhật", SKIP: "Bỏ qua"}
        for c in self.changes:
            if c.action == UNCHANGED:
                continue
            label = "Bãi bỏ" if c.kind == REPEAL and c.action == UPDATE else labels[c.action]
            lines.append(f"{label} {c.code} – {vtext.truncate(c.name, 90)}  [{c.place}]"
                         + (f": {c.note}" if c.note else ""))
            if c.action == UPDATE:
                for change in c.changes:
                    lines.append(f"    {FIELD_LABELS.get(change['field'], change['field'])}: "
                                 f"{describe(change['field'], change['old'])} → {describe(change['field'], change['new'])}")
        for link in self.links:
            lines.append(f"Cập nhật đường liên kết của lĩnh vực “{link.name}”  [{link.place}]: "
                         f"{describe('', link.before)} → {describe('', link.after)}")
        return lines


def describe(part: str, value: Any, limit: int = 160) -> str:
    """A record part in a few words, for the list of changes."""
    if value is None or value == "" or value == []:
        return "(trống)"
    if part == "channels":
        text = "; ".join(f"{Method(c['method']).label}: {c['time_text'] or '–'}"
                         + (f", phí {', '.join(f['text'] or str(f['amount']) for f in c['fees'])}" if c["fees"] else "")
                         for c in value)
    elif part == "field":
        text = value.get("name", "")
    elif part == "lifecycle":
        status = Lifecycle(value["status"]).label if value.get("status") else ""
        extra = [f"QĐ {value['decision_number']}" if value.get("decision_number") else "",
                 f"từ {value['effective_from']}" if value.get("effective_from") else "",
                 f"hết hiệu lực {value['effective_until']}" if value.get("effective_until") else ""]
        text = ", ".join([status, *[e for e in extra if e]])
    elif part == "legal_bases":
        text = "; ".join(b["name"] or b["code"] for b in value)
    elif part == "dossier":
        text = f"{sum(len(g['components']) for g in value)} giấy tờ trong {len(value)} nhóm"
    elif part == "steps":
        text = f"{len(value)} bước"
    elif isinstance(value, list):
        text = "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    elif isinstance(value, bool):
        text = "Có" if value else "Không"
    else:
        text = str(value)
    return vtext.truncate(" ".join(text.split()), limit)


# --- planning ------------------------------------------------------------------------

def build_plan(db: Database, path: Path, options: Options | None = None, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> Plan:
    """Read ``path`` and list what importing it would change; the database is only read."""
    with gc_paused():
        return _build_plan(db, Path(path), options, progress, cancelled)


def _build_plan(db: Database, path: Path, options: Options | None, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> Plan:
    options = options or Options()
    check = cancelled or (lambda: False)
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = _read_json(path)
        if portal.is_portal_document(data):
            plan = Plan(path, PORTAL, options=options)
            items = [(f"Tệp {path.name}, bản ghi {i}", portal.record_from_portal(d), True)
                     for i, d in enumerate(portal.portal_items(data, path.name), start=1)]
        else:
            plan = Plan(path, OWN, options=options)
            items = [(f"Tệp {path.name}, thủ tục thứ {i}", rec, False)
                     for i, rec in enumerate(interchange.records_of(data, path.name), start=1)]
        cat = _plan_records(db, plan, items, check)
        field_list = interchange.fields_of(data, path.name)
        if field_list is not None:
            _plan_links(plan, cat, [(f"Tệp {path.name}, lĩnh vực thứ {i}", f) for i, f in enumerate(field_list, 1)])
        return plan
    tables = read_tables(path, sheet=options.sheet, progress=_scaled(progress, 0, 60), cancelled=check)
    if suffix == ".xlsx" and options.sheet is None and interchange.is_own_workbook(tables):
        plan = Plan(path, OWN, options=options)
        records, field_rows = interchange.read_workbook(path, tables)
        items = [(f"Tệp {path.name}, trang “{interchange.MAIN_SHEET}”, thủ tục thứ {i}", rec, False)
                 for i, rec in enumerate(records, start=1)]
        cat = _plan_records(db, plan, items, check)
        if field_rows is not None:
            _plan_links(plan, cat, [(f"Tệp {path.name}, trang “{interchange.FIELD_SHEET}”, dòng {row}", f)
                                    for row, f in field_rows])
        return plan
    plan = Plan(path, ANNEX, tables=tables, options=options,
                encoding=next((t.encoding for t in tables if t.encoding), ""))
    for table in tables:
        if interchange.is_own_csv_header([str(v) for v in (table.rows[0][1] if table.rows else [])]):
            raise CchcError(f"Tệp {path.name} là bản CSV do CCHC Desktop xuất ra để đọc, không giữ đủ dữ liệu nên "
                            "không nhập lại được; hãy nhập bản .json hoặc .xlsx.")
        layout = annex.find_layout(table)
        if layout is None:
            continue
        override = options.mappings.get(table_key(table))
        if override is not None:
            layout.mapping = dict(override)
        plan.layouts.append(layout)
    if not plan.layouts:
        where = f"Tệp {path.name}" + (f", trang “{options.sheet}”" if options.sheet else "")
        raise CchcError(f"{where}: không có trang hay bảng nào có dòng tiêu đề nhận ra được (cần ít nhất cột "
                        "“Tên TTHC” hoặc “Mã TTHC” và một cột khác, trong 30 dòng đầu).")
    for layout in plan.layouts:
        if "name" not in layout.mapping and "code" not in layout.mapping:
            plan.errors.append(f"{layout.where}: thiếu cột bắt buộc “Tên TTHC” hoặc “Mã TTHC” "
                               f"(dòng tiêu đề {layout.header_row}).")
        for row, column, formula in layout.table.formulas:
            if row > layout.header_row:
                plan.errors.append(f"{layout.where}, dòng {row}, cột {annex.column_letter(column)}: ô chứa công thức "
                                   f"“{vtext.truncate(formula, 60)}”; phụ lục chính thức phải là giá trị, hãy dán "
                                   "dạng giá trị (Paste Special → Values) rồi nhập lại.")
    if not plan.errors:
        _plan_annex(db, plan, _scaled(progress, 60, 100), check)
    return plan


def table_key(table: Table) -> str:
    return table.sheet or table.file


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * min(done, total) // max(total, 1), 100)


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CchcError(f"Không mở được tệp {path.name}: {exc.strerror or exc}.") from None
    from cchc_desktop.core.services.sources import OLE_MAGIC, decode_text

    if raw.startswith(OLE_MAGIC):
        raise CchcError(f"Tệp {path.name} không phải JSON (tệp Office có mật khẩu hoặc định dạng cũ).")
    text, _ = decode_text(raw, path.name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CchcError(f"Tệp {path.name} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}.") from None
    except RecursionError:
        raise CchcError(f"Tệp {path.name}: JSON lồng nhau quá sâu.") from None
    _refuse_lone_surrogates(text, path.name)
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)")


def _refuse_lone_surrogates(text: str, name: str) -> None:
    """Refuse a ``\\uD800``-style escape that is half of a UTF-16 pair without its other half.

    JSON lets one through as a string of its own, but it is no character: no
    database can store it. Escapes are read in order (so ``\\\\`` is no escape).
    """
    if not _SURROGATE_ESCAPE.search(text):
        return
    high = None  # a first half just read, waiting for its second
    for match in _ESCAPE.finditer(text):
        unit = int(match.group(1), 16) if match.group(1) else -1
        if high is not None:
            if 0xDC00 <= unit <= 0xDFFF and match.start() == high.end():
                high = None
                continue
            lone = high
            break
        if 0xD800 <= unit <= 0xDBFF:
            high = match
        elif 0xDC00 <= unit <= 0xDFFF:
            lone = match
            break
    else:
        if high is None:
            return
        lone = high
    line = text.count("\n", 0, lone.start()) + 1
    column = lone.start() - (text.rfind("\n", 0, lone.start()) + 1) + 1
    raise CchcError(f"Tệp {name}: dòng {line}, cột {column}: “{lone.group(0)}” chỉ là một nửa của cặp mã UTF-16, "
                    "không phải một ký tự. Hãy sửa hoặc xoá nó trong tệp rồi nhập lại.")


class _Catalogue:
    """What the plan compares with: current records (loaded on demand), names, fields."""

    def __init__(self, db: Database):
        self.db = db
        with db.read() as session:
            self.names: dict[str, list[str]] = {}
            self.binned: set[str] = set()  # in the bin: restored first, never matched or changed by an import
            for code, name, deleted_at in session.execute(select(Procedure.code, Procedure.name,
                                                                 Procedure.deleted_at)):
                if deleted_at is None:
                    self.names.setdefault(_name_key(name), []).append(code)
                else:
                    self.binned.add(code)
            self.codes = {code for codes in self.names.values() for code in codes}
            self.fields = FieldIndex.load(session)
            self.links = {vtext.fold(name): url for name, url in session.execute(select(Field.name, Field.portal_url))}
        self.records: dict[str, dict[str, Any]] = {}

    def load(self, codes: set[str]) -> None:
        wanted = [c for c in codes if c in self.codes and c not in self.records]
        if wanted:
            with self.db.read() as session:
                self.records.update((code, saved.record) for code, saved in stored_records(session, wanted).items())


def _name_key(name: str) -> str:
    return vtext.fold(name).strip(" .;:").removeprefix("thu tuc ").strip()


def _compare(plan: Plan, cat: _Catalogue, place: str, after: dict[str, Any], kind: str = "",
             note: str = "", name_place: Callable[[str], str] | None = None) -> None:
    """Validate ``after`` and add the change it makes (or its errors) to the plan."""
    try:
        checked = check_record(after, where="")
        field_rec = cat.fields.resolve(checked)
    except ValidationError as exc:
        for part, message in exc.problems:
            where = name_place(part) if name_place else place
            plan.errors.append(f"{where}: {message}")
        return
    if checked.code in cat.binned:
        plan.errors.append(f"{place}: thủ tục mã {checked.code} đang ở Thùng rác; hãy khôi phục nó trước "
                           "(Thủ tục › Thùng rác) rồi nhập lại.")
        return
    checked.where = place  # where the save names it, should the catalogue have changed meanwhile
    final = checked_to_record(checked, field_rec)
    before = cat.records.get(checked.code)
    changes = diff_records(before, final) if before is not None else []
    action = ADD if before is None else (UPDATE if changes else UNCHANGED)
    plan.changes.append(Change(action, checked.code, final["name"], place, kind, before, final, changes, note,
                               checked))


def _plan_records(db: Database, plan: Plan, items: list[tuple[str, Any, bool]],
                  cancelled: Callable[[], bool]) -> _Catalogue:
    """Whole records (own export) or portal parts: each replaces or updates its procedure."""
    cat = _Catalogue(db)
    codes: dict[str, str] = {}
    keyed = []
    for place, rec, partial in items:
        code = _code_of(rec)
        if code and code in codes:
            plan.errors.append(f"{place}: mã {code} trùng với {codes[code]}.")
            continue
        if code:
            codes[code] = place
        keyed.append((f"{place} (mã {code})" if code else place, rec, partial, code))
    cat.load(set(codes))
    for index, (place, rec, partial, code) in enumerate(keyed):
        if index % 256 == 0 and cancelled():
            raise Cancelled()
        after = _overlay(cat.records.get(code), rec) if partial else rec
        _compare(plan, cat, place, after)
    return cat


def _plan_links(plan: Plan, cat: _Catalogue, entries: list[tuple[str, Any]]) -> None:
    """The fields' links of an own export, after its records (which may bring new fields)."""
    seen: dict[str, str] = {}
    for place, entry in entries:
        if not isinstance(entry, dict):
            plan.errors.append(f"{place}: lĩnh vực phải có tên và đường liên kết.")
            continue
        name = vtext.normalize_line(str(entry.get("name") or ""))
        if not name:
            plan.errors.append(f"{place}: thiếu tên lĩnh vực.")
            continue
        key = vtext.fold(name)
        if key in seen:
            plan.errors.append(f"{place}: lĩnh vực “{name}” trùng với {seen[key]}.")
            continue
        seen[key] = place
        try:
            link = fields.check_field_link(name, entry.get("portal_url"))
        except ValidationError as exc:
            plan.errors += [f"{place}: {message}" for _, message in exc.problems]
            continue
        spelling = cat.fields.spelling(name)
        if spelling is None:
            if link:
                plan.warnings.append(f"{place}: lĩnh vực “{name}” không có trong danh mục hay trong tệp; "
                                     "đường liên kết của nó không được nhập.")
            continue
        warning = fields.field_link_warning(spelling, link)
        if warning:
            plan.warnings.append(f"{place}: {warning}")
        before = cat.links.get(key)
        if link != before:
            plan.links.append(LinkChange(spelling, place, before, link))


def _code_of(rec: Any) -> str:
    try:
        return normalize_code(str(rec.get("code") or "")) if isinstance(rec, dict) else ""
    except ValidationError:
        return ""


def _overlay(base: dict[str, Any] | None, parts: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``parts`` laid over it; sections (lifecycle, links, …) merged key by key.

    A new dict whose values may be shared with ``base`` and ``parts``: treat it as read-only
    (only top-level keys and the merged sections are its own).
    """
    rec = dict(base) if base else {}
    for key, value in parts.items():
        if key in ("lifecycle", "links", "provenance", "posting") and isinstance(value, dict):
            merged = dict(rec.get(key) or {})
            merged.update({k: v for k, v in value.items() if v not in (None, "")} if base else value)
            rec[key] = merged
        else:
            rec[key] = value
    return rec


# --- annex rows ----------------------------------------------------------------------------

@dataclass
class _Decision:
    number: str
    date: dt.date | None
    effective: dt.date | None


def _plan_annex(db: Database, plan: Plan, progress: Progress | None, cancelled: Callable[[], bool]) -> None:
    national = national_catalogue()
    cat = _Catalogue(db)
    options = plan.options
    rows: list[tuple[AnnexRow, str]] = []
    seen: dict[str, str] = {}
    for layout in plan.layouts:
        for row in annex.annex_rows(layout):
            code = _row_code(plan, cat, national, row, options)
            if not code:
                continue
            if code in seen:
                plan.errors.append(f"{row.place('code')}: mã {code} đã có ở {seen[code]}.")
                continue
            seen[code] = f"dòng {row.row}" + (f" trang “{layout.table.sheet}”" if layout.table.sheet else "")
            rows.append((row, code))
    cat.load({code for _, code in rows})
    decisions: dict[int, _Decision] = {}
    warned: set[str] = set()
    total = max(len(rows), 1)
    for index, (row, code) in enumerate(rows):
        if index % 128 == 0:
            if cancelled():
                raise Cancelled()
            if progress:
                progress(index, total)
        layout = row.layout
        decision = decisions.setdefault(id(layout), _Decision(
            options.decision_number or layout.decision_number, options.decision_date or layout.decision_date,
            options.effective_date))
        kind = options.kind or row.kind or NEW
        before = cat.records.get(code)
        nat = national.get(code)
        if kind == REPEAL:
            if before is None:
                plan.changes.append(Change(SKIP, code, row.text("name") or (nat.name if nat else ""), row.place(),
                                           kind, note="không có trong danh mục của Trung tâm"))
                continue
            until = decision.effective or decision.date
            if until is None:
                key = f"no-date:{id(layout)}"
                if key not in warned:
                    warned.add(key)
                    plan.errors.append(f"{layout.where}: phụ lục bãi bỏ nhưng chưa biết ngày hiệu lực của quyết định "
                                       "(không đọc được ở tiêu đề): hãy nhập ngày hiệu lực hoặc ngày quyết định.")
                continue
            if decision.effective is None and f"date:{id(layout)}" not in warned:
                warned.add(f"date:{id(layout)}")
                plan.warnings.append(f"{layout.where}: chưa có ngày hiệu lực của quyết định bãi bỏ; ngày hết hiệu lực "
                                     f"lấy theo ngày quyết định {until:%d/%m/%Y}. Nhập ngày hiệu lực nếu khác.")
        if nat is None and before is None and f"nat:{code}" not in warned:
            plan.warnings.append(f"{row.place('code')}: mã {code} chưa có trong danh mục quốc gia (bản "
                                 "18/07/2026); thủ tục được thêm chỉ với dữ liệu trong phụ lục.")
        name = row.text("name")
        official = before["name"] if before else (nat.name if nat else "")
        if name and official and name != official and kind != REPEAL and _name_key(name) != _name_key(official):
            plan.warnings.append(f"{row.place('name')}: tên khác với tên đang có của mã {code} (“"
                                 f"{vtext.truncate(official, 80)}”); kiểm tra lại mã hoặc tên.")
        after = _annex_record(row, code, kind, before, nat, decision, plan.source)
        _compare(plan, cat, row.place(), after, kind, name_place=lambda part, r=row: r.place(_PART_OF.get(part)))
    if progress:
        progress(total, total)


def _row_code(plan: Plan, cat: _Catalogue, national: Any, row: AnnexRow, options: Options) -> str:
    """The row's national code, from its code cell or by its folded name; problems go to the plan."""
    raw = row.cells.get("code")
    if isinstance(raw, float):
        raw = f"{raw:.6f}"  # 2.000120 typed as a number loses its zeros
    text = annex.cell_text(raw)
    if text:
        try:
            return normalize_code(text)
        except ValidationError as exc:
            plan.errors.append(f"{row.place('code')}: {exc.message}")
            return ""
    name = row.text("name")
    if not name:
        plan.errors.append(f"{row.place()}: dòng không có mã và tên thủ tục.")
        return ""
    ours = cat.names.get(_name_key(name), [])
    if len(ours) == 1:
        return ours[0]
    if len(ours) > 1:
        plan.errors.append(f"{row.place('name')}: không có mã, tên trùng với {len(ours)} thủ tục trong danh mục "
                           f"({', '.join(sorted(ours))}); hãy ghi mã thủ tục.")
        return ""
    matches = national.match_name(name)
    if len(matches) == 1:
        return matches[0].code
    if matches:
        plan.errors.append(f"{row.place('name')}: không có mã, tên trùng với {len(matches)} thủ tục trong danh mục "
                           f"quốc gia ({', '.join(sorted(m.code for m in matches)[:6])}); hãy ghi mã thủ tục.")
    else:
        plan.errors.append(f"{row.place('name')}: không có mã và không tìm thấy tên này trong danh mục của Trung tâm "
                           "hay danh mục quốc gia; hãy ghi mã thủ tục.")
    return ""


def _annex_record(row: AnnexRow, code: str, kind: str, before: dict[str, Any] | None,
                  nat: NationalEntry | None, decision: _Decision, source: str) -> dict[str, Any]:
    """The record after applying the row: only the parts the annex carries change."""
    life: dict[str, Any] = {}
    if decision.number:
        life["decision_number"] = decision.number
    if decision.date:
        life["decision_date"] = decision.date.isoformat()
    basis = row.text("change_basis")
    if kind == REPEAL:
        life.update(status="repealed", effective_until=(decision.effective or decision.date).isoformat())
        rec = _overlay(before, {"lifecycle": life})
        if basis and basis not in rec.get("note", ""):
            rec["note"] = "\n".join(p for p in (rec.get("note", ""), f"Bãi bỏ theo: {basis}") if p)
        return rec
    parts: dict[str, Any] = {}
    if before is None:
        parts.update(_new_base(code, nat, source, decision))
    name = row.text("name")
    if name:
        parts["name"] = name
    field_name = row.text("field") or row.field
    if field_name:
        parts["field"] = {"name": _field_spelling(field_name)}
    if row.level:
        parts["level"] = row.level
    for part, key in (("agency", "executing_agencies"), ("subjects", "subjects"), ("results", "results")):
        if row.text(part):
            parts[key] = annex.lines_of(row.text(part))
    if row.text("requirements"):
        parts["requirements"] = row.text("requirements")
    if row.text("legal") or basis:
        bases = annex.legal_bases_of(row.text("legal")) if row.text("legal") else list((before or {}).get("legal_bases", []))
        for extra in annex.legal_bases_of(basis) if basis else []:
            if extra["name"] not in [b["name"] for b in bases]:
                bases.append(extra)
        parts["legal_bases"] = bases
    note = annex.header_key(row.text("note"))
    if "phi dia gioi" in note or "khong phu thuoc dia gioi" in note:
        parts["non_territorial"] = True
    if "toan trinh" in note:
        parts["online_level"] = "full"
    elif "mot phan" in note:
        parts["online_level"] = "partial"
    time_text, fee_text, place_text = row.text("time"), row.text("fee"), row.text("place")
    if time_text or fee_text or place_text:
        parts["channels"] = _channels(list((before or {}).get("channels", [])), time_text, fee_text, place_text)
    if kind == AMEND:
        life["status"] = "amended"
    elif before is None or before.get("lifecycle", {}).get("status") in ("repealed", "pending"):
        life.update(status="in_force", effective_until=None)
    if decision.effective:
        life["effective_from"] = decision.effective.isoformat()
    parts["lifecycle"] = life
    rec = _overlay(before, parts)
    if "effective_until" in life:
        rec["lifecycle"]["effective_until"] = life["effective_until"]
    return rec


def _new_base(code: str, nat: NationalEntry | None, source: str, decision: _Decision) -> dict[str, Any]:
    """A new procedure: what the bundled national catalogue knows, the annex adds the rest."""
    where = f"phụ lục Quyết định {decision.number}" if decision.number else "phụ lục"
    return {
        "code": code, "name": nat.name if nat else "", "formality_id": nat.formality_id if nat else None,
        "field": {"name": nat.field} if nat and nat.field else None, "level": "commune",
        "portal_type": nat.portal_type if nat else "", "promulgating_agency": nat.promulgating_agency if nat else "",
        "executing_agencies": list(nat.agencies) if nat else [], "subjects": list(nat.subjects) if nat else [],
        "links": {"online_url": nat.link if nat else None, "online_url_override": None},
        "lifecycle": {"status": "in_force"},
        "provenance": {"source": f"Nhập từ {where} ({source})", "verification": "partial",
                       "note": "Mã, tên, thời hạn, phí theo phụ lục; trình tự, thành phần hồ sơ cần bổ sung "
                               "từ CSDL quốc gia."},
    }


@functools.lru_cache(maxsize=1024)  # every row names its field
def _field_spelling(name: str) -> str:
    """The national catalogue's spelling of a field name (an annex may write it in capitals)."""
    spelled = _national_fields().get(vtext.fold(name))
    return spelled or name


_FIELDS: dict[str, str] = {}


def _national_fields() -> dict[str, str]:
    if not _FIELDS:
        for entry in national_catalogue().entries:
            if entry.field:
                _FIELDS.setdefault(vtext.fold(entry.field), entry.field)
    return _FIELDS


def _channels(current: list[dict[str, Any]], time_text: str, fee_text: str, place_text: str) -> list[dict[str, Any]]:
    """Channels after an annex row: the methods its place text names (else the current ones, else direct),
    each with the row's time limit, fee text and its part of the place text; what the row does not say stays."""
    by_method = {c["method"]: c for c in current}
    notes = annex.place_notes(place_text) if place_text else {}
    methods = list(notes)
    if not methods:
        methods = list(by_method) or ["direct"]
    template = current[0] if current else None
    qty, unit = annex.time_of(time_text) if time_text else (None, None)
    out = []
    for method in methods:
        known = by_method.get(method)
        # Shallow copies: only top-level keys of a channel are replaced below.
        channel = dict(known) if known else {
            "method": method, "time_qty": template["time_qty"] if template else None,
            "time_unit": template["time_unit"] if template else None,
            "time_text": template["time_text"] if template else "", "note": "",
            "fees": template["fees"] if template else []}
        if time_text:
            channel.update(time_text=time_text, time_qty=qty, time_unit=unit)
        if fee_text:
            fees = channel["fees"]
            if not (len(fees) == 1 and fees[0]["text"] == fee_text):
                channel["fees"] = [{"kind": fees[0]["kind"] if len(fees) == 1 else "fee", "text": fee_text,
                                    "amount": None}]
        if place_text:
            channel["note"] = notes.get(method, place_text)
        out.append(channel)
    return out


# --- applying ---------------------------------------------------------------------------

def apply_plan(db: Database, actor: Actor, plan: Plan) -> catalogue.SaveSummary:
    """Write the plan's additions and updates in one audited transaction (action "import")."""
    actor.require(permissions.EDIT_CATALOGUE)
    if plan.errors:
        raise CchcError(f"Không nhập được {plan.source}: còn {len(plan.errors)} lỗi; cơ sở dữ liệu không thay đổi.")
    todo = [c for c in plan.changes if c.action in (ADD, UPDATE)]
    return catalogue.save_records(
        db, actor, [c.checked or c.after for c in todo], action="import", source=plan.source,
        places=[c.place for c in todo], expected={c.code: c.before for c in todo},
        summary_text=f"Nhập {FORMAT_LABELS[plan.format]}: {plan.summary()}",
        also=lambda session: fields.apply_links(session, actor, {c.name: c.after for c in plan.links},
                                                expected={c.name: c.before for c in plan.links}))


# --- taking an import back --------------------------------------------------------------------

@dataclass
class ImportEntry:
    """An import as the audit trail keeps it, and whether it can still be taken back."""

    entry_id: int
    source: str
    added: list[str]       # codes of the procedures it added
    updated: list[str]     # codes of those it changed
    undone: bool
    first_id: int          # its commit's first entry: what was before it is older
    links: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # field name → (old, new) link


def import_entry(session: Session, entry_id: int) -> ImportEntry:
    """The import recorded as audit entry ``entry_id``, with the procedures its commit added and changed."""
    entry = session.get(AuditEntry, entry_id)
    if entry is None or entry.entity != "catalogue" or entry.action != "import":
        raise NotFoundError(f"Mục nhật ký số {entry_id} không phải một lần nhập danh mục.")
    # One commit's entries share their time and author (audit._append_pending).
    rows = session.execute(select(AuditEntry.entity, AuditEntry.entity_key, AuditEntry.action, AuditEntry.id,
                                  AuditEntry.changes).where(
        AuditEntry.at == entry.at, AuditEntry.actor == entry.actor, AuditEntry.id < entry.id,
        AuditEntry.entity.in_(["procedure", "field"])).order_by(AuditEntry.id)).all()
    made = [(key, action, id_) for entity, key, action, id_, _ in rows if entity == "procedure"]
    links = {key: (change.get("old"), change.get("new"))
             for entity, key, _, _, changes in rows if entity == "field"
             for change in changes or [] if change.get("field") == "portal_url"}
    undone = session.scalar(select(AuditEntry.id).where(
        AuditEntry.entity == "catalogue", AuditEntry.action == "undo_import",
        AuditEntry.entity_key == _undo_key(entry_id)).limit(1)) is not None
    return ImportEntry(entry.id, entry.entity_key, [code for code, action, _ in made if action == "create"],
                       [code for code, action, _ in made if action == "update"], undone,
                       rows[0].id if rows else entry.id, links)


def last_import(session: Session, actor: Actor) -> int | None:
    """The audit entry of ``actor``'s latest import (to undo it)."""
    return session.scalar(select(AuditEntry.id).where(
        AuditEntry.entity == "catalogue", AuditEntry.action == "import", AuditEntry.actor == actor.name)
        .order_by(AuditEntry.id.desc()).limit(1))


def _undo_key(entry_id: int) -> str:
    return f"#{entry_id}"


def undo_import(db: Database, actor: Actor, entry_id: int) -> ImportEntry:
    """Take an import back: delete the procedures it added, give those it changed their version from before it.

    All or nothing, and only while none of them has changed since (an edit, a
    sample form, a later import): otherwise ConflictError names them and
    nothing changes. Field links that an own export brought get back the link
    they had before, unless one was changed since (ConflictError names it).
    """
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> ImportEntry:
        catalogue.require_edit(session, actor)
        found = import_entry(session, entry_id)
        if found.undone:
            raise ConflictError(f"Lần nhập “{found.source}” (mục nhật ký số {entry_id}) đã được hoàn tác rồi.")
        codes = found.added + found.updated
        if not codes and not found.links:
            raise ValidationError(f"Lần nhập “{found.source}” (mục nhật ký số {entry_id}) không thêm hay sửa thủ tục "
                                  "nào, không có gì để hoàn tác.")
        chunks = [codes[start:start + 500] for start in range(0, len(codes), 500)]
        ids: dict[str, int] = {}
        for chunk in chunks:  # locked (PostgreSQL), so no desk changes them between the check and the undo
            ids.update(session.execute(select(Procedure.code, Procedure.id).where(Procedure.code.in_(chunk))
                                       .with_for_update()).all())
        left = dict(session.execute(select(AuditEntry.entity_key, AuditEntry.snapshot).where(
            AuditEntry.id >= found.first_id, AuditEntry.id < entry_id, AuditEntry.entity == "procedure")).all())
        now = stored_records(session, list(ids))
        with_samples = set(session.scalars(select(Procedure.code).join(SampleDocument).where(
            Procedure.id.in_([ids[code] for code in found.added if code in ids]))))
        changed = sorted(code for code in codes
                         if code not in now or now[code].record != left.get(code) or code in with_samples)
        if changed:
            shown = ", ".join(changed[:8]) + (f" và {len(changed) - 8} thủ tục khác" if len(changed) > 8 else "")
            raise ConflictError(f"Không hoàn tác được lần nhập “{found.source}”: {len(changed)} thủ tục đã thay đổi "
                                f"sau lần nhập đó ({shown}). Dữ liệu chưa bị thay đổi; hãy sửa các thủ tục này "
                                "trực tiếp, hoặc khôi phục từng phiên bản trong Lịch sử.")
        before = [_snapshot_before(session, code, found.first_id) for code in found.updated]
        source = f"Hoàn tác nhập {found.source}"
        checked, problems = catalogue.check_records(before, source=source)
        if problems:
            raise ValidationError(problems)
        catalogue.save_checked(session, actor, checked, source=source, action="restore")
        for start in range(0, len(found.added), 500):
            chunk = [ids[code] for code in found.added[start:start + 500]]
            session.execute(delete(Procedure).where(Procedure.id.in_(chunk)))  # channels, fees, dossier cascade
        audit.record_many(session, actor, [{"action": "delete", "entity": "procedure", "entity_key": code,
                                            "summary": f"{source}: {now[code].record['name']}"}
                                           for code in found.added])
        if found.links:
            try:
                fields.apply_links(session, actor, {name: old for name, (old, _) in found.links.items()},
                                   expected={name: new for name, (_, new) in found.links.items()})
            except (ConflictError, NotFoundError) as exc:
                raise ConflictError(f"Không hoàn tác được lần nhập “{found.source}”: {exc.message} "
                                    "Dữ liệu chưa bị thay đổi.") from None
        links = f", {len(found.links)} đường liên kết lĩnh vực trở lại như trước" if found.links else ""
        audit.record(session, actor, "undo_import", "catalogue", _undo_key(entry_id),
                     f"Hoàn tác lần nhập “{found.source}” (mục nhật ký số {entry_id}): {len(found.added)} thủ tục "
                     f"đã thêm được xoá, {len(found.updated)} thủ tục đã sửa trở lại như trước{links}.")
        return found

    with gc_paused():
        return db.write(actor, work)


def _snapshot_before(session: Session, code: str, entry_id: int) -> dict[str, Any]:
    """The whole record of the procedure as it was before audit entry ``entry_id``."""
    # Entries without a record (a sample form's) hold JSON null.
    for snapshot in session.scalars(select(AuditEntry.snapshot).where(
            AuditEntry.entity == "procedure", AuditEntry.entity_key == code, AuditEntry.id < entry_id)
            .order_by(AuditEntry.id.desc())):
        if isinstance(snapshot, dict):
            return snapshot
    raise ValidationError(f"Không tìm thấy phiên bản trước lần nhập của thủ tục {code} trong nhật ký, nên không "
                          "hoàn tác được. Dữ liệu chưa bị thay đổi.")
