"""The procedure record: one plain-dict form of a procedure, lossless.

The same record is the demo catalogue's format, the JSON export and import,
the snapshot kept in the audit trail (history and restore) and the backup
archive. ``to_record`` and ``apply_record`` are exact inverses. Validation
happens in ``check_record`` (pure, no database) and reports every problem in
Vietnamese with the field it concerns; ``checked_to_record`` gives what a
checked record reads back as, so a dry run can diff without writing (and the
save that follows reuses it). ``stored_records`` reads many saved records with
a few plain queries and ``write_checked`` saves many checked records with a
few bulk statements.

Shape (every key optional on input except ``code`` and ``name``)::

    {"code": "1.001193", "formality_id": "019d…", "name": "…", "summary": "Tóm tắt cho người dân…",
     "field": {"code": "G15-TP07", "name": "Hộ tịch"},
     "level": "commune", "portal_type": "STANDARD", "promulgating_agency": "Bộ Tư pháp",
     "executing_agencies": [str], "coordinating_agencies": [str], "subjects": [str],
     "steps": [{"title": str, "text": str}], "requirements": str,
     "legal_bases": [{"code": str, "name": str}], "results": [str],
     "channels": [{"method": "direct|online|postal", "time_qty": float|None,
                   "time_unit": "working_day|day|hour|month|year|other"|None,
                   "time_text": str, "note": str,
                   "fees": [{"kind": "fee|charge|price", "text": str, "amount": int|None}]}],
     "case_time_limits": [{"code": str, "name": str, "qty": float|None, "unit": str|None}],
     "result_delivery": [str],
     "dossier": [{"name": str, "components": [{"name": str, "originals": int, "copies": int,
                  "present_only": bool, "form_name": str, "form_url": str, "code": str}]}],
     "online_level": "full|partial|none", "non_territorial": bool,
     "lifecycle": {"status": "in_force|amended|repealed|pending", "effective_from": "YYYY-MM-DD"|None,
                   "effective_until": …, "decision_number": str, "decision_date": …, "superseded_by": str},
     "posting": {"posted_since": date|None, "posted_until": date|None},
     "links": {"online_url": str|None, "online_url_override": str|None},
     "keywords": [str], "friendly_names": [str], "note": str,
     "provenance": {"source": str, "source_url": str, "verification": "verified|partial|unverified",
                    "verified_on": date|None, "verified_by": str, "note": str}}
"""

from __future__ import annotations

import datetime as dt
import enum
import gc
import math
import threading
from contextlib import contextmanager
from typing import Any

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from cchc_desktop.core import text as vtext
from cchc_desktop.core.db.bulk import insert_rows, new_ids
from cchc_desktop.core.db.models import (
    Channel,
    DossierComponent,
    DossierGroup,
    Fee,
    Field,
    Procedure,
    field_keys,
    procedure_keys,
)
from cchc_desktop.core.domain import (
    FeeKind,
    Level,
    Lifecycle,
    Method,
    OnlineLevel,
    TimeUnit,
    Verification,
    check_url,
    normalize_code,
)
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.errors import ConflictError, ValidationError

FORMAT = "cchc-catalogue"
FORMAT_VERSION = 1
SUMMARY_LIMIT = 1200  # characters: a plain summary is a few short lines a leaflet prints at 9 pt or more
METHOD_ORDER = {Method.DIRECT: 0, Method.ONLINE: 1, Method.POSTAL: 2}

# Column lengths of the schema, for messages that say which field is too long.
_LIMITS = {"name": 2000, "formality_id": 36, "promulgating_agency": 300, "decision_number": 100,
           "source": 500, "source_url": 1000, "verified_by": 200, "online_url": 1000,
           "online_url_override": 1000, "field.name": 300, "field.code": 40, "portal_type": 30,
           "form_name": 500, "form_url": 1000, "component.code": 60}

# Vietnamese names of the record's parts, for messages and the history view.
FIELD_LABELS = {
    "code": "Mã thủ tục", "formality_id": "Mã định danh trên Cổng DVCQG", "name": "Tên thủ tục",
    "summary": "Tóm tắt cho người dân",
    "field": "Lĩnh vực", "level": "Cấp thực hiện", "portal_type": "Loại thủ tục",
    "promulgating_agency": "Cơ quan công bố", "executing_agencies": "Cơ quan thực hiện",
    "coordinating_agencies": "Cơ quan phối hợp", "subjects": "Đối tượng thực hiện",
    "steps": "Trình tự thực hiện", "requirements": "Yêu cầu, điều kiện",
    "legal_bases": "Căn cứ pháp lý", "results": "Kết quả thực hiện",
    "channels": "Cách thức thực hiện, thời hạn, phí", "case_time_limits": "Thời hạn theo trường hợp",
    "result_delivery": "Hình thức trả kết quả", "dossier": "Thành phần hồ sơ",
    "online_level": "Mức độ dịch vụ công trực tuyến", "non_territorial": "Không phụ thuộc địa giới",
    "lifecycle": "Hiệu lực", "posting": "Niêm yết", "links": "Đường liên kết",
    "keywords": "Từ khoá", "friendly_names": "Tên thường gọi", "note": "Ghi chú",
    "provenance": "Nguồn và đối chiếu",
}


# --- ORM → record ---------------------------------------------------------------

def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def to_record(p: Procedure) -> dict[str, Any]:
    """The full record of a procedure, JSON-ready."""
    return _record(
        p, {"code": p.field.code, "name": p.field.name} if p.field else None,
        [_channel(c, [_fee(f) for f in c.fees]) for c in p.channels],
        [{"name": g.name, "components": [_component(c) for c in g.components]} for g in p.dossier_groups])


def _record(p: Any, field: dict[str, Any] | None, channels: list[dict[str, Any]],
            dossier: list[dict[str, Any]]) -> dict[str, Any]:
    """The record of a procedure row (ORM object or query row: the same attribute names)."""
    return {
        "code": p.code,
        "formality_id": p.formality_id,
        "name": p.name,
        "summary": p.summary,
        "field": field,
        "level": p.level.value,
        "portal_type": p.portal_type,
        "promulgating_agency": p.promulgating_agency,
        "executing_agencies": list(p.executing_agencies),
        "coordinating_agencies": list(p.coordinating_agencies),
        "subjects": list(p.subjects),
        # Rebuilt key by key: PostgreSQL's JSONB does not keep the key order.
        "steps": [{"title": s.get("title", ""), "text": s.get("text", "")} for s in p.steps],
        "requirements": p.requirements,
        "legal_bases": [{"code": b.get("code", ""), "name": b.get("name", "")} for b in p.legal_bases],
        "results": list(p.results),
        "channels": channels,
        "case_time_limits": [{"code": c.get("code", ""), "name": c.get("name", ""), "qty": c.get("qty"),
                              "unit": c.get("unit")} for c in p.case_time_limits],
        "result_delivery": list(p.result_delivery),
        "dossier": dossier,
        "online_level": p.online_level.value,
        "non_territorial": p.non_territorial,
        "lifecycle": {"status": p.lifecycle.value, "effective_from": _date(p.effective_from),
                      "effective_until": _date(p.effective_until),
                      "decision_number": p.decision_number, "decision_date": _date(p.decision_date),
                      "superseded_by": p.superseded_by},
        "posting": {"posted_since": _date(p.posted_since), "posted_until": _date(p.posted_until)},
        "links": {"online_url": p.online_url, "online_url_override": p.online_url_override},
        "keywords": list(p.keywords),
        "friendly_names": list(p.friendly_names),
        "note": p.note,
        "provenance": {"source": p.source, "source_url": p.source_url,
                       "verification": p.verification.value,
                       "verified_on": _date(p.verified_on), "verified_by": p.verified_by,
                       "note": p.verification_note},
    }


def _channel(c: Any, fees: list[dict[str, Any]]) -> dict[str, Any]:
    return {"method": c.method.value, "time_qty": _num(c.time_qty),
            "time_unit": c.time_unit.value if c.time_unit else None,
            "time_text": c.time_text, "note": c.note, "fees": fees}


def _fee(f: Any) -> dict[str, Any]:
    return {"kind": f.kind.value, "text": f.text, "amount": f.amount}


def _component(c: Any) -> dict[str, Any]:
    return {"name": c.name, "originals": c.originals, "copies": c.copies, "present_only": c.present_only,
            "form_name": c.form_name, "form_url": c.form_url, "code": c.code}


@dataclass(frozen=True)
class Stored:
    """A saved procedure: its row id, its version (the optimistic lock) and its record."""

    id: int
    version: int
    record: dict[str, Any]


_STORED_COLUMNS = [c for c in Procedure.__table__.c if c.key not in ("search_key", "sort_key", "created_at",
                                                                     "updated_at", "field_id", "deleted_at",
                                                                     "deleted_by")]


def stored_records(session: Session, codes: Iterable[str]) -> dict[str, Stored]:
    """The saved records of the procedures with these codes, as :func:`to_record` gives them.

    Read with a few plain queries per 500 codes (no ORM objects): a batch can
    hold thousands of procedures.
    """
    found: dict[str, Stored] = {}
    conn = session.connection()  # plain rows, without the ORM's result machinery
    for chunk in _chunks(sorted(set(codes))):
        rows = conn.execute(select(*_STORED_COLUMNS, Field.code.label("field_code"),
                                      Field.name.label("field_name"))
                               .outerjoin(Field, Procedure.field_id == Field.id)
                               .where(Procedure.code.in_(chunk))).all()
        if not rows:
            continue
        ids = [r.id for r in rows]
        fees: dict[int, list[dict[str, Any]]] = {}
        for f in conn.execute(select(Fee.channel_id, Fee.kind, Fee.text, Fee.amount)
                                 .join(Channel, Fee.channel_id == Channel.id).where(Channel.procedure_id.in_(ids))
                                 .order_by(Fee.channel_id, Fee.position, Fee.id)):
            fees.setdefault(f.channel_id, []).append(_fee(f))
        channels: dict[int, list[dict[str, Any]]] = {}
        for c in conn.execute(select(Channel.__table__).where(Channel.procedure_id.in_(ids))
                                 .order_by(Channel.procedure_id, Channel.position, Channel.id)):
            channels.setdefault(c.procedure_id, []).append(_channel(c, fees.get(c.id, [])))
        components: dict[int, list[dict[str, Any]]] = {}
        for c in conn.execute(select(DossierComponent.__table__)
                                 .join(DossierGroup, DossierComponent.group_id == DossierGroup.id)
                                 .where(DossierGroup.procedure_id.in_(ids))
                                 .order_by(DossierComponent.group_id, DossierComponent.position, DossierComponent.id)):
            components.setdefault(c.group_id, []).append(_component(c))
        groups: dict[int, list[dict[str, Any]]] = {}
        for g in conn.execute(select(DossierGroup.__table__).where(DossierGroup.procedure_id.in_(ids))
                                 .order_by(DossierGroup.procedure_id, DossierGroup.position, DossierGroup.id)):
            groups.setdefault(g.procedure_id, []).append({"name": g.name, "components": components.get(g.id, [])})
        for r in rows:
            field = {"code": r.field_code, "name": r.field_name} if r.field_name is not None else None
            found[r.code] = Stored(r.id, r.version, _record(r, field, channels.get(r.id, []), groups.get(r.id, [])))
    return found


# --- record → ORM ----------------------------------------------------------------

class _Checker:
    """Collects every problem of one record so the user sees them all at once."""

    def __init__(self, where: str):
        self.where = where
        self.problems: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append((field, f"{self.where}: {message}" if self.where else message))

    def text(self, value: Any, field: str, label: str, *, limit: int | None = None,
             line: bool = False, required: bool = False) -> str:
        if value is None or value == "":
            value = ""
        elif type(value) is str:
            value = vtext.normalize_line(value) if line else vtext.normalize(value).strip()
        elif isinstance(value, str) or isinstance(value, (int, float)) and not isinstance(value, bool):
            value = vtext.normalize_line(str(value)) if line else vtext.normalize(str(value)).strip()
        else:
            self.add(field, f"{label} phải là văn bản.")
            return ""
        if required and not value:
            self.add(field, f"thiếu {label.lower()}.")
        if limit is not None and len(value) > limit:
            self.add(field, f"{label} dài {len(value)} ký tự, vượt giới hạn {limit} ký tự.")
        return value

    def strings(self, value: Any, field: str, label: str) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(field, f"{label} phải là danh sách.")
            return []
        line = vtext.normalize_line
        out = [line(v) if type(v) is str else self.text(v, field, label, line=True) for v in value]
        return [v for v in out if v]

    def choice(self, value: Any, enum_cls: type[enum.Enum], field: str, label: str, default: Any) -> Any:
        if value is None or value == "":
            return default
        try:
            member = enum_cls._value2member_map_.get(value)  # the constructor's own look-up, without its overhead
        except TypeError:  # an unhashable value
            member = None
        if member is not None:
            return member
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_cls)
            self.add(field, f"{label} “{value}” không hợp lệ (chỉ nhận: {allowed}).")
            return default

    def date(self, value: Any, field: str, label: str) -> dt.date | None:
        if value in (None, ""):
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.add(field, f"{label} “{value}” không phải ngày hợp lệ (dạng NNNN-TT-NN).")
            return None

    def number(self, value: Any, field: str, label: str, *, integer: bool = False) -> Any:
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            self.add(field, f"{label} phải là số.")
            return None
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (ValueError, TypeError):
            self.add(field, f"{label} “{value}” không phải là số.")
            return None
        if not math.isfinite(number):  # "nan", "inf" read as numbers by float()
            self.add(field, f"{label} “{value}” không phải là số.")
            return None
        if number < 0:
            self.add(field, f"{label} không được âm ({value}).")
            return None
        if integer:
            if not number.is_integer():
                self.add(field, f"{label} phải là số nguyên ({value}).")
                return None
            return int(number)
        return number

    def flag(self, value: Any, field: str, label: str) -> bool:
        if value in (None, ""):
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        folded = vtext.fold(str(value))
        if folded in ("true", "co", "x", "1", "yes"):
            return True
        if folded in ("false", "khong", "0", "no"):
            return False
        self.add(field, f"{label} “{value}” phải là Có hoặc Không.")
        return False

    def url(self, value: Any, field: str, label: str) -> str | None:
        if value is None or value == "":
            return None
        try:
            return check_link(value, label, limit=_LIMITS.get(field, LINK_LIMIT))
        except ValidationError as exc:
            for _, message in exc.problems:
                self.add(field, message)
            return None


LINK_LIMIT = 1000  # the length of every link column


def check_link(value: Any, label: str, *, limit: int = LINK_LIMIT) -> str | None:
    """A link as stored (one https line within the column), None when empty; else a ValidationError.

    The one check of a link typed or imported anywhere (a procedure's links, a field's link).
    """
    chk = _Checker("")
    value = chk.text(value, "url", label, line=True, limit=limit)
    if chk.problems:
        raise ValidationError(chk.problems)
    return check_url(value, label) if value else None


def _section(record: dict[str, Any], key: str) -> dict[str, Any]:
    value = record.get(key)
    return value if isinstance(value, dict) else {}


@dataclass
class CheckedRecord:
    """A record validated and normalised: what saving it writes, before any database work."""

    where: str
    values: dict[str, Any]            # Procedure column values
    field_name: str
    field_code: str
    channels: list[dict[str, Any]]    # in source order; saved in METHOD_ORDER
    groups: list[dict[str, Any]]
    saved_as: dict[str, Any] | None = dataclass_field(default=None, repr=False, compare=False)  # see checked_to_record

    @property
    def code(self) -> str:
        return self.values["code"]


def check_record(record: dict[str, Any], *, where: str = "") -> CheckedRecord:
    """Validate and normalise a record without touching the database; all problems raise one ValidationError.

    ``where`` prefixes every message (e.g. "Tệp x.xlsx, trang Thủ tục, dòng 12").
    """
    if not isinstance(record, dict):
        raise ValidationError(f"{where}: bản ghi thủ tục phải là một đối tượng JSON." if where
                              else "Bản ghi thủ tục phải là một đối tượng JSON.")
    chk = _Checker(where)
    raw_code = chk.text(record.get("code"), "code", "Mã thủ tục", line=True, required=True)
    code = ""
    if raw_code:
        try:
            code = normalize_code(raw_code)
        except ValidationError as exc:
            chk.add("code", exc.message)
    name = chk.text(record.get("name"), "name", "Tên thủ tục", line=True, required=True, limit=_LIMITS["name"])
    formality_id = chk.text(record.get("formality_id"), "formality_id", "Mã định danh trên Cổng DVCQG",
                            line=True, limit=_LIMITS["formality_id"]) or None

    field_rec = record.get("field")
    field_name = field_code = ""
    if isinstance(field_rec, str):
        field_rec = {"name": field_rec}
    if isinstance(field_rec, dict):
        field_name = chk.text(field_rec.get("name"), "field", "Tên lĩnh vực", line=True, limit=_LIMITS["field.name"])
        field_code = chk.text(field_rec.get("code"), "field", "Mã lĩnh vực", line=True, limit=_LIMITS["field.code"])
    elif field_rec is not None:
        chk.add("field", "Lĩnh vực phải có tên.")

    life = _section(record, "lifecycle")
    posting = _section(record, "posting")
    links = _section(record, "links")
    prov = _section(record, "provenance")

    values: dict[str, Any] = {
        "code": code, "name": name, "formality_id": formality_id,
        "summary": chk.text(record.get("summary"), "summary", "Tóm tắt cho người dân", limit=SUMMARY_LIMIT),
        "level": chk.choice(record.get("level"), Level, "level", "Cấp thực hiện", Level.COMMUNE),
        "portal_type": chk.text(record.get("portal_type"), "portal_type", "Loại thủ tục", line=True, limit=30),
        "promulgating_agency": chk.text(record.get("promulgating_agency"), "promulgating_agency",
                                        "Cơ quan công bố", line=True, limit=300),
        "executing_agencies": chk.strings(record.get("executing_agencies"), "executing_agencies", "Cơ quan thực hiện"),
        "coordinating_agencies": chk.strings(record.get("coordinating_agencies"), "coordinating_agencies",
                                             "Cơ quan phối hợp"),
        "subjects": chk.strings(record.get("subjects"), "subjects", "Đối tượng thực hiện"),
        "steps": _steps(chk, record.get("steps")),
        "requirements": chk.text(record.get("requirements"), "requirements", "Yêu cầu, điều kiện"),
        "legal_bases": _legal_bases(chk, record.get("legal_bases")),
        "results": chk.strings(record.get("results"), "results", "Kết quả thực hiện"),
        "case_time_limits": _case_limits(chk, record.get("case_time_limits")),
        "result_delivery": chk.strings(record.get("result_delivery"), "result_delivery", "Hình thức trả kết quả"),
        "online_level": chk.choice(record.get("online_level"), OnlineLevel, "online_level",
                                   "Mức độ dịch vụ công trực tuyến", OnlineLevel.NONE),
        "non_territorial": chk.flag(record.get("non_territorial"), "non_territorial", "Không phụ thuộc địa giới"),
        "lifecycle": chk.choice(life.get("status"), Lifecycle, "lifecycle", "Tình trạng hiệu lực",
                                Lifecycle.IN_FORCE),
        "effective_from": chk.date(life.get("effective_from"), "lifecycle", "Ngày có hiệu lực"),
        "effective_until": chk.date(life.get("effective_until"), "lifecycle", "Ngày hết hiệu lực"),
        "decision_number": chk.text(life.get("decision_number"), "lifecycle", "Số quyết định công bố",
                                    line=True, limit=100),
        "decision_date": chk.date(life.get("decision_date"), "lifecycle", "Ngày quyết định công bố"),
        "superseded_by": "",
        "posted_since": chk.date(posting.get("posted_since"), "posting", "Ngày niêm yết"),
        "posted_until": chk.date(posting.get("posted_until"), "posting", "Ngày thôi niêm yết"),
        "online_url": chk.url(links.get("online_url"), "online_url", "Đường liên kết trên Cổng DVCQG"),
        "online_url_override": chk.url(links.get("online_url_override"), "online_url_override",
                                       "Đường liên kết do Trung tâm nhập"),
        "keywords": chk.strings(record.get("keywords"), "keywords", "Từ khoá"),
        "friendly_names": chk.strings(record.get("friendly_names"), "friendly_names", "Tên thường gọi"),
        "note": chk.text(record.get("note"), "note", "Ghi chú"),
        "source": chk.text(prov.get("source"), "provenance", "Nguồn", line=True, limit=500),
        "source_url": chk.text(prov.get("source_url"), "provenance", "Địa chỉ nguồn", line=True, limit=1000),
        "verification": chk.choice(prov.get("verification"), Verification, "provenance",
                                   "Tình trạng đối chiếu", Verification.UNVERIFIED),
        "verified_on": chk.date(prov.get("verified_on"), "provenance", "Ngày đối chiếu"),
        "verified_by": chk.text(prov.get("verified_by"), "provenance", "Người đối chiếu", line=True, limit=200),
        "verification_note": chk.text(prov.get("note"), "provenance", "Ghi chú đối chiếu"),
    }
    superseded = chk.text(life.get("superseded_by"), "lifecycle", "Mã thủ tục thay thế", line=True)
    if superseded:
        try:
            values["superseded_by"] = normalize_code(superseded)
        except ValidationError as exc:
            chk.add("lifecycle", exc.message)
    if values["effective_from"] and values["effective_until"] and values["effective_until"] < values["effective_from"]:
        chk.add("lifecycle", "Ngày hết hiệu lực trước ngày có hiệu lực.")
    if values["posted_since"] and values["posted_until"] and values["posted_until"] < values["posted_since"]:
        chk.add("posting", "Ngày thôi niêm yết trước ngày niêm yết.")
    channels = _channels(chk, record.get("channels"))
    groups = _dossier(chk, record.get("dossier"))
    if chk.problems:
        raise ValidationError(chk.problems)
    return CheckedRecord(where, values, field_name, field_code, channels, groups)


class FieldIndex:
    """The fields (lĩnh vực) by folded name: those in the database and those a batch creates."""

    def __init__(self, rows: Iterable[tuple[int | None, str, str | None]] = ()):
        self._by_key: dict[str, list[Any]] = {}   # folded name → [id, name, code, code_changed]
        self._by_code: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        for id_, name, code in rows:
            self._by_key[vtext.fold(name)] = [id_, name, code, False]
            if code:
                self._by_code[code] = vtext.fold(name)

    def key(self, name: str) -> str:
        """The folded name (computed once per spelling: thousands of records share a few fields)."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = vtext.fold(name)
        return key

    @classmethod
    def load(cls, session: Session) -> FieldIndex:
        return cls(session.execute(select(Field.id, Field.name, Field.code)).all())

    def spelling(self, name: str) -> str | None:
        """The stored (or to be created) spelling of the field named ``name``; None when unknown."""
        entry = self._by_key.get(self.key(name))
        return entry[1] if entry is not None else None

    def resolve(self, checked: CheckedRecord) -> dict[str, Any] | None:
        """The record's field as saving it stores it (an existing spelling wins); remembers new ones."""
        name, code = checked.field_name, checked.field_code
        if not name:
            return None
        key = self.key(name)
        entry = self._by_key.get(key)
        prefix = f"{checked.where}: " if checked.where else ""
        if entry is not None and code and entry[2] and entry[2] != code:
            raise ValidationError(f"{prefix}Lĩnh vực “{name}” đã có mã {entry[2]}, khác với mã {code} trong bản ghi.",
                                  "field")
        if code and (entry is None or not entry[2]):
            other = self._by_code.get(code)
            if other is not None and other != key:
                raise ValidationError(f"{prefix}Mã lĩnh vực {code} đã dùng cho lĩnh vực “{self._by_key[other][1]}”.",
                                      "field")
            self._by_code[code] = key
            if entry is not None:
                entry[2], entry[3] = code, True
        if entry is None:
            entry = self._by_key[key] = [None, name, code or None, False]
        return {"code": entry[2], "name": entry[1]}

    def write(self, session: Session) -> dict[str, int]:
        """Insert the new fields and store codes given to old ones; returns folded name → id."""
        conn = session.connection()
        new = [e for e in self._by_key.values() if e[0] is None]
        for e, id_ in zip(new, new_ids(conn, Field.__table__, len(new))):
            e[0] = id_
        insert_rows(conn, Field.__table__, ("id", "name", "code", "search_key", "sort_key"),
                    [(e[0], e[1], e[2], keys["search_key"], keys["sort_key"]) for e in new
                     for keys in [field_keys(e[1])]])
        for e in self._by_key.values():
            if e[3]:
                conn.execute(update(Field).where(Field.id == e[0]).values(code=e[2]))
                e[3] = False
        return {key: e[0] for key, e in self._by_key.items()}


def checked_to_record(checked: CheckedRecord, field: dict[str, Any] | None) -> dict[str, Any]:
    """Exactly what :func:`to_record` gives once ``checked`` is saved (``field`` from :meth:`FieldIndex.resolve`).

    Computed once per record and field: a dry run and the save that follows share it (do not modify it).
    """
    known = checked.saved_as
    if known is not None and known["field"] == field:
        return known
    checked.saved_as = record = _saved_as(checked, field)
    return record


def _saved_as(checked: CheckedRecord, field: dict[str, Any] | None) -> dict[str, Any]:
    v = checked.values
    return {
        "code": v["code"],
        "formality_id": v["formality_id"],
        "name": v["name"],
        "summary": v["summary"],
        "field": field,
        "level": v["level"].value,
        "portal_type": v["portal_type"],
        "promulgating_agency": v["promulgating_agency"],
        "executing_agencies": list(v["executing_agencies"]),
        "coordinating_agencies": list(v["coordinating_agencies"]),
        "subjects": list(v["subjects"]),
        "steps": [dict(s) for s in v["steps"]],
        "requirements": v["requirements"],
        "legal_bases": [dict(b) for b in v["legal_bases"]],
        "results": list(v["results"]),
        "channels": [
            {"method": c["method"].value, "time_qty": _num(c["time_qty"]),
             "time_unit": c["time_unit"].value if c["time_unit"] else None,
             "time_text": c["time_text"], "note": c["note"],
             "fees": [{"kind": f["kind"].value, "text": f["text"], "amount": f["amount"]} for f in c["fees"]]}
            for c in sorted(checked.channels, key=lambda c: METHOD_ORDER[c["method"]])
        ],
        "case_time_limits": [dict(c) for c in v["case_time_limits"]],
        "result_delivery": list(v["result_delivery"]),
        "dossier": [{"name": g["name"], "components": [dict(c) for c in g["components"]]} for g in checked.groups],
        "online_level": v["online_level"].value,
        "non_territorial": v["non_territorial"],
        "lifecycle": {"status": v["lifecycle"].value, "effective_from": _date(v["effective_from"]),
                      "effective_until": _date(v["effective_until"]),
                      "decision_number": v["decision_number"], "decision_date": _date(v["decision_date"]),
                      "superseded_by": v["superseded_by"]},
        "posting": {"posted_since": _date(v["posted_since"]), "posted_until": _date(v["posted_until"])},
        "links": {"online_url": v["online_url"], "online_url_override": v["online_url_override"]},
        "keywords": list(v["keywords"]),
        "friendly_names": list(v["friendly_names"]),
        "note": v["note"],
        "provenance": {"source": v["source"], "source_url": v["source_url"],
                       "verification": v["verification"].value,
                       "verified_on": _date(v["verified_on"]), "verified_by": v["verified_by"],
                       "note": v["verification_note"]},
    }


def apply_record(session: Session, record: dict[str, Any], procedure: Procedure | None = None,
                 *, where: str = "") -> Procedure:
    """Create or update one procedure object from a record; all problems raise one ValidationError.

    The procedure is added to the session but not flushed. For editing one
    procedure; many records are saved much faster by :func:`write_checked`.
    """
    checked = check_record(record, where=where)
    field_name, field_code = checked.field_name, checked.field_code
    if field_name and field_code:
        with session.no_autoflush:
            known = _find_field(session, field_name)
        if known is not None and known.code and known.code != field_code:
            prefix = f"{where}: " if where else ""
            raise ValidationError(f"{prefix}Lĩnh vực “{field_name}” đã có mã {known.code}, "
                                  f"khác với mã {field_code} trong bản ghi.", "field")
    with session.no_autoflush:
        if procedure is None:
            procedure = Procedure()
        for key, value in checked.values.items():
            if getattr(procedure, key) != value:
                setattr(procedure, key, value)
        field = _field(session, field_name, field_code) if field_name else None
        if procedure.field is not field:
            procedure.field = field
        _replace_channels(session, procedure, checked.channels)
        _replace_dossier(procedure, checked.groups)
        session.add(procedure)
    return procedure


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of bulk work on thousands of records (threads may nest it).

    Such work allocates hundreds of thousands of dicts and lists that mostly
    live on (a plan, its records); the collector would scan them again and
    again (about a second for an annex of 5,000 rows) and find no cycles. So
    it is paused, and what was allocated joins the oldest generation unscanned
    (freeze, then unfreeze): the next full collection, as for any long-lived
    data, frees whatever cycles there are. Reference counting frees the rest.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.freeze()
                gc.unfreeze()
                if _gc_was_enabled:
                    gc.enable()


_KEYS = ("field_id", "search_key", "sort_key", "updated_at")
_VALUE_KEYS = tuple(c.key for c in Procedure.__table__.c
                    if c.key not in ("id", "created_at", "version", "deleted_at", "deleted_by") + _KEYS)
_CHANNEL_COLUMNS = ("id", "procedure_id", "position", "method", "time_qty", "time_unit", "time_text", "note")
_FEE_COLUMNS = ("channel_id", "position", "kind", "text", "amount")
_GROUP_COLUMNS = ("id", "procedure_id", "position", "name")
_COMPONENT_KEYS = ("name", "originals", "copies", "present_only", "form_name", "form_url", "code")


def write_checked(session: Session, items: list[tuple[CheckedRecord, Stored | None]],
                  fields: FieldIndex) -> None:
    """Save many checked records in the caller's write transaction (:meth:`Database.write`), in bulk.

    ``items`` pairs each record with the saved procedure it replaces (None: a
    new one); their fields must have been resolved in ``fields``. A procedure
    whose version is no longer the one read raises ConflictError (the version
    is the optimistic lock). Objects in the session are expired.
    """
    if not items:
        return
    conn = session.connection()
    field_ids = fields.write(session)
    now = utcnow()
    replaced = [(checked, current) for checked, current in items if current is not None]
    for chunk in _chunks(replaced):
        # Locked until the commit (PostgreSQL; a SQLite write already holds the only write lock).
        versions = dict(conn.execute(select(Procedure.id, Procedure.version).with_for_update()
                                     .where(Procedure.id.in_([current.id for _, current in chunk]))).all())
        for checked, current in chunk:
            if versions.get(current.id) != current.version:
                raise ConflictError(f"Thủ tục {checked.code} vừa được người khác sửa. Dữ liệu chưa bị thay đổi; "
                                    "hãy tải lại rồi thử lại.")
    new_id = iter(new_ids(conn, Procedure.__table__, len(items) - len(replaced)))
    added: list[tuple[Any, ...]] = []
    updated: list[dict[str, Any]] = []
    saved: list[tuple[int, CheckedRecord]] = []
    for checked, current in items:
        v = checked.values
        keys = procedure_keys(v["code"], v["name"], v["keywords"], v["friendly_names"])
        field_id = field_ids[fields.key(checked.field_name)] if checked.field_name else None
        if current is None:
            pid = next(new_id)
            added.append((pid, *[v[k] for k in _VALUE_KEYS], field_id, keys["search_key"], keys["sort_key"], now,
                          now, 1))
        else:
            pid = current.id
            updated.append(dict(v, **keys, field_id=field_id, updated_at=now, id_=pid, version=current.version + 1))
        saved.append((pid, checked))
    if updated:
        table = Procedure.__table__
        conn.execute(update(table).where(table.c.id == bindparam("id_")), updated)
        for chunk in _chunks([row["id_"] for row in updated]):
            conn.execute(delete(Fee).where(Fee.channel_id.in_(select(Channel.id).where(Channel.procedure_id.in_(chunk)))))
            conn.execute(delete(Channel).where(Channel.procedure_id.in_(chunk)))
            conn.execute(delete(DossierComponent).where(DossierComponent.group_id.in_(
                select(DossierGroup.id).where(DossierGroup.procedure_id.in_(chunk)))))
            conn.execute(delete(DossierGroup).where(DossierGroup.procedure_id.in_(chunk)))
    insert_rows(conn, Procedure.__table__, ("id", *_VALUE_KEYS, *_KEYS, "created_at", "version"), added)
    channels = [(pid, c) for pid, checked in saved for c in checked.channels]
    channel_ids = new_ids(conn, Channel.__table__, len(channels))
    insert_rows(conn, Channel.__table__, _CHANNEL_COLUMNS, [
        (id_, pid, METHOD_ORDER[c["method"]], c["method"], c["time_qty"], c["time_unit"], c["time_text"], c["note"])
        for id_, (pid, c) in zip(channel_ids, channels)])
    insert_rows(conn, Fee.__table__, _FEE_COLUMNS, [
        (id_, i, f["kind"], f["text"], f["amount"])
        for id_, (_, c) in zip(channel_ids, channels) for i, f in enumerate(c["fees"])])
    groups = [(pid, gi, g) for pid, checked in saved for gi, g in enumerate(checked.groups)]
    group_ids = new_ids(conn, DossierGroup.__table__, len(groups))
    insert_rows(conn, DossierGroup.__table__, _GROUP_COLUMNS, [
        (id_, pid, gi, g["name"]) for id_, (pid, gi, g) in zip(group_ids, groups)])
    insert_rows(conn, DossierComponent.__table__, ("group_id", "position", *_COMPONENT_KEYS), [
        (id_, i, *[c[k] for k in _COMPONENT_KEYS])
        for id_, (_, _, g) in zip(group_ids, groups) for i, c in enumerate(g["components"])])
    session.expire_all()


def _chunks(values: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _steps(chk: _Checker, value: Any) -> list[dict[str, str]]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [{"title": "", "text": value}]
    if not isinstance(value, list):
        chk.add("steps", "Trình tự thực hiện phải là danh sách các bước.")
        return []
    out = []
    for item in value:
        if isinstance(item, str):
            item = {"title": "", "text": item}
        if not isinstance(item, dict):
            chk.add("steps", "Mỗi bước phải có tiêu đề và nội dung.")
            continue
        step = {"title": chk.text(item.get("title"), "steps", "Tiêu đề bước", line=True),
                "text": chk.text(item.get("text"), "steps", "Nội dung bước")}
        if step["title"] or step["text"]:
            out.append(step)
    return out


def _legal_bases(chk: _Checker, value: Any) -> list[dict[str, str]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        chk.add("legal_bases", "Căn cứ pháp lý phải là danh sách.")
        return []
    out = []
    for item in value:
        if isinstance(item, str):
            item = {"code": "", "name": item}
        if not isinstance(item, dict):
            chk.add("legal_bases", "Mỗi căn cứ pháp lý phải có số hiệu và tên văn bản.")
            continue
        basis = {"code": chk.text(item.get("code"), "legal_bases", "Số hiệu văn bản", line=True),
                 "name": chk.text(item.get("name"), "legal_bases", "Tên văn bản", line=True)}
        if basis["code"] or basis["name"]:
            out.append(basis)
    return out


def _case_limits(chk: _Checker, value: Any) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        chk.add("case_time_limits", "Thời hạn theo trường hợp phải là danh sách.")
        return []
    out = []
    for item in value:
        if not isinstance(item, dict):
            chk.add("case_time_limits", "Mỗi thời hạn theo trường hợp phải có mã, số lượng và đơn vị.")
            continue
        unit = chk.choice(item.get("unit"), TimeUnit, "case_time_limits", "Đơn vị thời hạn", None)
        out.append({"code": chk.text(item.get("code"), "case_time_limits", "Mã trường hợp", line=True),
                    "name": chk.text(item.get("name"), "case_time_limits", "Tên trường hợp", line=True),
                    "qty": _num(chk.number(item.get("qty"), "case_time_limits", "Thời hạn")),
                    "unit": unit.value if unit else None})
    return out


def _channels(chk: _Checker, value: Any) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        chk.add("channels", "Cách thức thực hiện phải là danh sách kênh.")
        return []
    seen: set[Method] = set()
    out = []
    for item in value:
        if not isinstance(item, dict):
            chk.add("channels", "Mỗi kênh phải có cách thức, thời hạn và phí.")
            continue
        method = chk.choice(item.get("method"), Method, "channels", "Cách thức nộp", None)
        if method is None:
            chk.add("channels", "Kênh thiếu cách thức nộp (trực tiếp, trực tuyến, bưu chính).")
            continue
        if method in seen:
            chk.add("channels", f"Kênh “{method.label}” xuất hiện hai lần.")
            continue
        seen.add(method)
        fees = []
        raw_fees = item.get("fees") or []
        if not isinstance(raw_fees, list):
            chk.add("channels", f"Phí của kênh “{method.label}” phải là danh sách.")
            raw_fees = []
        for fee in raw_fees:
            if not isinstance(fee, dict):
                chk.add("channels", f"Phí của kênh “{method.label}” phải có nội dung.")
                continue
            fees.append({"kind": chk.choice(fee.get("kind"), FeeKind, "channels", "Loại phí", FeeKind.FEE),
                         "text": chk.text(fee.get("text"), "channels", "Nội dung phí, lệ phí"),
                         "amount": chk.number(fee.get("amount"), "channels", "Mức phí", integer=True)})
        out.append({"method": method,
                    "time_qty": chk.number(item.get("time_qty"), "channels", "Thời hạn giải quyết"),
                    "time_unit": chk.choice(item.get("time_unit"), TimeUnit, "channels", "Đơn vị thời hạn", None),
                    "time_text": chk.text(item.get("time_text"), "channels", "Thời hạn (nguyên văn)"),
                    "note": chk.text(item.get("note"), "channels", "Ghi chú kênh"),
                    "fees": fees})
    return out


def _dossier(chk: _Checker, value: Any) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        chk.add("dossier", "Thành phần hồ sơ phải là danh sách các trường hợp.")
        return []
    out = []
    for group in value:
        if not isinstance(group, dict):
            chk.add("dossier", "Mỗi trường hợp hồ sơ phải có tên và danh sách giấy tờ.")
            continue
        components = []
        raw_components = group.get("components") or []
        if not isinstance(raw_components, list):
            chk.add("dossier", "Giấy tờ của một trường hợp hồ sơ phải là danh sách.")
            raw_components = []
        for comp in raw_components:
            if not isinstance(comp, dict):
                chk.add("dossier", "Mỗi giấy tờ phải có tên.")
                continue
            name = chk.text(comp.get("name"), "dossier", "Tên giấy tờ", required=True)
            components.append({
                "name": name,
                "originals": chk.number(comp.get("originals"), "dossier", "Số bản chính", integer=True) or 0,
                "copies": chk.number(comp.get("copies"), "dossier", "Số bản sao", integer=True) or 0,
                "present_only": chk.flag(comp.get("present_only"), "dossier", "Chỉ xuất trình"),
                "form_name": chk.text(comp.get("form_name"), "dossier", "Tên mẫu đơn", line=True, limit=500),
                "form_url": chk.text(comp.get("form_url"), "dossier", "Địa chỉ mẫu đơn", line=True, limit=1000),
                "code": chk.text(comp.get("code"), "dossier", "Mã giấy tờ", line=True, limit=60),
            })
        out.append({"name": chk.text(group.get("name"), "dossier", "Tên trường hợp"), "components": components})
    return out


def _find_field(session: Session, name: str) -> Field | None:
    """The field whose name folds to the same key, pending ones included."""
    key = vtext.fold(name)
    for obj in session.new:
        if isinstance(obj, Field) and vtext.fold(obj.name) == key:
            return obj
    return session.scalar(select(Field).where(Field.search_key == key))


def _field(session: Session, name: str, code: str) -> Field:
    """The field of that name, created when new. A record without a field code takes the existing one."""
    field = _find_field(session, name)
    if field is None:
        field = Field(name=name, code=code or None)
        session.add(field)
    elif code and not field.code:
        field.code = code
    return field


def _replace_channels(session: Session, p: Procedure, channels: list[dict[str, Any]]) -> None:
    current = [
        {"method": c.method, "time_qty": c.time_qty, "time_unit": c.time_unit, "time_text": c.time_text,
         "note": c.note, "fees": [{"kind": f.kind, "text": f.text, "amount": f.amount} for f in c.fees]}
        for c in p.channels]
    if current == channels:
        return
    p.channels.clear()
    if p.id is not None:
        # Delete before re-inserting the same (procedure, method) pairs.
        session.flush()
    for c in channels:
        p.channels.append(Channel(
            method=c["method"], position=METHOD_ORDER[c["method"]], time_qty=c["time_qty"],
            time_unit=c["time_unit"], time_text=c["time_text"], note=c["note"],
            fees=[Fee(position=i, kind=f["kind"], text=f["text"], amount=f["amount"])
                  for i, f in enumerate(c["fees"])]))


def _replace_dossier(p: Procedure, groups: list[dict[str, Any]]) -> None:
    current = [{"name": g.name, "components": [
        {"name": c.name, "originals": c.originals, "copies": c.copies, "present_only": c.present_only,
         "form_name": c.form_name, "form_url": c.form_url, "code": c.code} for c in g.components]}
        for g in p.dossier_groups]
    if current == groups:
        return
    p.dossier_groups.clear()
    for gi, g in enumerate(groups):
        p.dossier_groups.append(DossierGroup(
            position=gi, name=g["name"],
            components=[DossierComponent(position=ci, **c) for ci, c in enumerate(g["components"])]))


# --- comparing records ---------------------------------------------------------------

def diff_records(old: dict[str, Any] | None, new: dict[str, Any]) -> list[dict[str, Any]]:
    """Top-level parts that differ, each as {"field", "old", "new"} (for history and audit)."""
    old = old or {}
    changes = []
    for key in new:
        if old.get(key) != new.get(key):
            changes.append({"field": key, "old": old.get(key), "new": new.get(key)})
    return changes
