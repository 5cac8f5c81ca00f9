"""The audit trail: append-only, each entry chained to the previous by SHA-256.

An entry's hash covers its content and the previous entry's hash, so an
edit, insertion or deletion made behind the app's back breaks the chain at
that point and :func:`verify_chain` reports where. The id and hash of the
last entry are also kept as a mark in the settings table, written in the
same transaction, so deleting the newest entries is caught too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import ColumnElement, event, func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.bulk import JSONText, insert_rows, new_ids
from cchc_desktop.core.db.database import serialize
from cchc_desktop.core.db.models import AuditEntry, Setting
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.options import HEAD_KEY

_PG_AUDIT_LOCK = 0x41554454  # "AUDT": appends are serialised so the chain never forks
_PENDING = "cchc_audit_pending"

# Vietnamese wording for exports and the command line (the GUI translates its own).
ACTIONS = {
    "create": "Thêm mới", "update": "Sửa", "delete": "Xoá", "import": "Nhập danh mục",
    "undo_import": "Hoàn tác lần nhập", "load_demo": "Nạp danh mục mẫu", "purge": "Xoá hẳn", "backup": "Sao lưu",
    "restore": "Khôi phục",
    "first_run": "Thiết lập ban đầu", "sign_in": "Đăng nhập", "sign_in_failed": "Đăng nhập sai mật khẩu",
    "lock": "Khoá tạm thời", "unlock": "Mở khoá", "change_password": "Đổi mật khẩu",
    "reset_password": "Đặt lại mật khẩu", "activate": "Kích hoạt", "deactivate": "Vô hiệu hoá",
    "set_kiosk_pin": "Đặt mã PIN kiosk", "kiosk_role": "Vai trò cơ sở dữ liệu của kiosk",
    "anonymise": "Ẩn danh hoá", "export_person": "Xuất dữ liệu cá nhân", "erase_person": "Xoá dữ liệu cá nhân",
    "copy_plan": "Chép kế hoạch sang năm mới", "load_demo_plan": "Nạp kế hoạch mẫu",
}
ENTITIES = {
    "procedure": "Thủ tục", "catalogue": "Danh mục", "setting": "Cài đặt", "account": "Tài khoản",
    "database": "Toàn bộ dữ liệu", "kiosk": "Kiosk", "files": "Tệp đính kèm", "guidance": "Sổ hướng dẫn",
    "plan": "Kế hoạch truyền thông", "plan_activity": "Kết quả tuyên truyền",
}


_HASHED = ("actor", "action", "entity", "entity_key", "summary", "changes", "snapshot", "prev_hash")
# The hashed JSON form: keys sorted, no spaces, UTF-8 as it is.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _digest(entry: AuditEntry | dict[str, Any]) -> str:
    get = entry.get if isinstance(entry, dict) else lambda key: getattr(entry, key)
    payload = {"at": get("at").isoformat(timespec="microseconds"), **{key: get(key) for key in _HASHED}}
    return hashlib.sha256(_CANONICAL.encode(payload).encode("utf-8")).hexdigest()


def _canonical_bytes(value: Any) -> bytes:
    """The canonical JSON of a plain JSON value, as UTF-8: what ``_CANONICAL`` writes.

    orjson writes the same text several times faster, except a float below
    1e-4 (see :func:`_small_float`) and what it refuses (an integer beyond
    64 bits, a key that is not text): those take the standard encoder. NaN
    becomes null in both the stored text and its hash.
    """
    try:
        out = orjson.dumps(value, default=str, option=_ORJSON)
    except orjson.JSONEncodeError:
        return _CANONICAL.encode(value).encode("utf-8")
    return _CANONICAL.encode(value).encode("utf-8") if _small_float(out) else out


_ORJSON = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def _small_float(out: bytes) -> bool:
    """Whether ``out`` may hold a float below 1e-4, which orjson writes as ``1e-6`` or ``0.00001`` where the
    standard encoder writes ``1e-06`` and ``1e-05`` (a string or a larger number that looks alike: no harm)."""
    if b"0.0000" in out:
        return True
    at = out.find(b"e-", 1)
    while at > 0:  # a find is quicker than a regular expression over a whole snapshot
        if 0x30 <= out[at - 1] <= 0x39 and out[at + 2:at + 3].isdigit():
            return True
        at = out.find(b"e-", at + 2)
    return False


def _digest_encoded(at: dt.datetime, row: dict[str, Any], changes: bytes, snapshot: bytes, prev_hash: str) -> str:
    """:func:`_digest` of an entry whose changes and snapshot are already canonical UTF-8.

    The canonical form of a dict is its sorted keys with their canonical
    values, so the payload is hashed part by part (the snapshot, the bulk of
    it, is encoded once, for the hash and for storage alike).
    """
    enc = _CANONICAL.encode
    digest = hashlib.sha256(f'{{"action":{enc(row["action"])},"actor":{enc(row["actor"])},'
                            f'"at":{enc(at.isoformat(timespec="microseconds"))},"changes":'.encode("utf-8"))
    digest.update(changes)
    digest.update(f',"entity":{enc(row["entity"])},"entity_key":{enc(row["entity_key"])},'
                  f'"prev_hash":{enc(prev_hash)},"snapshot":'.encode("utf-8"))
    digest.update(snapshot)
    digest.update(f',"summary":{enc(row["summary"])}}}'.encode("utf-8"))
    return digest.hexdigest()


def lock(session: Session) -> None:
    """Take the trail's append lock for the rest of the transaction (PostgreSQL; SQLite has one writer)."""
    serialize(session, _PG_AUDIT_LOCK)


def record(session: Session, actor: Actor, action: str, entity: str, entity_key: str = "",
           summary: str = "", changes: list[dict[str, Any]] | None = None,
           snapshot: dict[str, Any] | None = None) -> None:
    """Add one entry to the caller's transaction; it is chained in just before the commit."""
    record_many(session, actor, [{"action": action, "entity": entity, "entity_key": entity_key,
                                  "summary": summary, "changes": changes, "snapshot": snapshot}])


def record_many(session: Session, actor: Actor, entries: list[dict[str, Any]], *, json_clean: bool = False) -> None:
    """Add entries to the caller's transaction; they are chained in just before the commit.

    Each entry is a dict with ``action``, ``entity`` and optionally ``entity_key``,
    ``summary``, ``changes``, ``snapshot``. Values go through JSON once so the
    hash covers what the database returns; ``json_clean`` says they already are
    plain JSON (str, numbers, bool, None, lists, dicts). Appends wait for one
    another (PostgreSQL advisory lock) so the chain never forks; taking that
    lock only at the commit keeps the wait short when many desks save at once.
    """
    pending = session.info.setdefault(_PENDING, [])
    for item in entries:
        changes, snapshot = item.get("changes") or [], item.get("snapshot")
        if not json_clean:
            changes = json.loads(json.dumps(changes, ensure_ascii=False, default=str))
            snapshot = json.loads(json.dumps(snapshot, ensure_ascii=False, default=str)) if snapshot is not None else None
        pending.append({"actor": actor.name, "action": item["action"], "entity": item["entity"],
                        "entity_key": item.get("entity_key") or "", "summary": item.get("summary") or "",
                        "changes": changes, "snapshot": snapshot})


_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_key", "summary", "changes", "snapshot", "prev_hash",
            "hash", "search_key")


@event.listens_for(Session, "before_commit")
def _append_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    lock(session)
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    conn = session.connection()
    ids = new_ids(conn, AuditEntry.__table__, len(pending))
    rows = []
    at = utcnow()  # one commit, one time: its entries can be told apart from the neighbours' (an import's undo)
    for id_, row in zip(ids, pending):
        changes, snapshot = _canonical_bytes(row["changes"]), _canonical_bytes(row["snapshot"])
        entry_hash = _digest_encoded(at, row, changes, snapshot, prev)
        rows.append((id_, at, row["actor"], row["action"], row["entity"], row["entity_key"], row["summary"],
                     JSONText(changes.decode("utf-8")), JSONText(snapshot.decode("utf-8")), prev, entry_hash,
                     vtext.fold(" | ".join([row["actor"], row["entity_key"], row["summary"]]))))
        prev = entry_hash
    insert_rows(conn, AuditEntry.__table__, _COLUMNS, rows)
    set_head(session, ids[-1], prev)
    session.flush()


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


def set_head(session: Session, entry_id: int, entry_hash: str) -> None:
    head = session.get(Setting, HEAD_KEY)
    value = {"id": entry_id, "hash": entry_hash}
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=value))
    else:
        head.value = value


# --- checking ----------------------------------------------------------------------

@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every break in the chain, in order; an empty list means the trail is intact."""
    problems: list[ChainProblem] = []
    prev = ""
    last: AuditEntry | None = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        if entry.prev_hash != prev:
            problems.append(ChainProblem(entry.id, f"Mục nhật ký số {entry.id}: không nối tiếp mục trước "
                                                   "(có mục bị xoá hoặc chèn ngoài ứng dụng)."))
        if _digest(entry) != entry.hash:
            problems.append(ChainProblem(entry.id, f"Mục nhật ký số {entry.id} ({local_time(entry.at)}, "
                                                   f"{entry.actor}) đã bị sửa ngoài ứng dụng."))
        prev = entry.hash
        last = entry
    head_row = session.get(Setting, HEAD_KEY)
    head = head_row.value if head_row is not None and isinstance(head_row.value, dict) else None
    if last is None:
        if head is not None:
            problems.append(ChainProblem(0, "Toàn bộ nhật ký thay đổi đã bị xoá ngoài ứng dụng."))
    elif head is None:
        problems.append(ChainProblem(last.id, "Thiếu mốc cuối của nhật ký: có thể nhật ký đã bị sửa "
                                              "ngoài ứng dụng."))
    elif head.get("id") != last.id or head.get("hash") != last.hash:
        if isinstance(head.get("id"), int) and head["id"] > last.id:
            message = (f"Các mục nhật ký sau số {last.id} (đến số {head['id']}) đã bị xoá ngoài ứng dụng.")
        else:
            message = f"Mục nhật ký cuối (số {last.id}) không khớp với mốc cuối đã lưu: đã bị sửa ngoài ứng dụng."
        problems.append(ChainProblem(last.id, message))
    return problems


def verify(session: Session, actor: Actor) -> list[ChainProblem]:
    """:func:`verify_chain` for a user: administrators only."""
    actor.require(permissions.AUDIT)
    return verify_chain(session)


# --- viewing and exporting --------------------------------------------------------------

@dataclass(frozen=True)
class AuditFilter:
    """What the viewer and the export show; dates are local calendar days, both inclusive."""

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str = ""
    entity: str = ""
    action: str = ""
    text: str = ""


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.timezone.utc)


def _where(f: AuditFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if f.since:
        clauses.append(AuditEntry.at >= _local_midnight(f.since))
    if f.until:
        clauses.append(AuditEntry.at < _local_midnight(f.until + dt.timedelta(days=1)))
    if f.actor:
        clauses.append(AuditEntry.actor == f.actor)
    if f.entity:
        clauses.append(AuditEntry.entity == f.entity)
    if f.action:
        clauses.append(AuditEntry.action == f.action)
    if f.text.strip():
        clauses.append(AuditEntry.search_key.contains(vtext.fold(f.text), autoescape=True))
    return clauses


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it (plain data: usable after the session is closed)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_key: str
    summary: str
    changes: list[dict[str, Any]]
    hash: str


def search(session: Session, actor: Actor, f: AuditFilter = AuditFilter(), *, offset: int = 0,
           limit: int | None = 200) -> list[AuditRow]:
    """Entries matching ``f``, newest first, one page at a time."""
    actor.require(permissions.AUDIT)
    query = select(AuditEntry).where(*_where(f)).order_by(AuditEntry.id.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_key, e.summary, list(e.changes), e.hash)
            for e in session.scalars(query)]


def count(session: Session, actor: Actor, f: AuditFilter = AuditFilter()) -> int:
    actor.require(permissions.AUDIT)
    return session.scalar(select(func.count(AuditEntry.id)).where(*_where(f))) or 0


def facets(session: Session, actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """The actors, entities and actions that occur in the trail, for the filter lists."""
    actor.require(permissions.AUDIT)
    return tuple(sorted(session.scalars(select(col).distinct()).all(), key=vtext.sort_key)
                 for col in (AuditEntry.actor, AuditEntry.entity, AuditEntry.action))  # type: ignore[return-value]


def describe_value(value: Any) -> str:
    """One value of an old → new change, as a person reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return "(trống)"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def local_time(at: dt.datetime) -> str:
    """A moment as the desk's clock shows it (dd/mm/yyyy hh:mm:ss)."""
    return at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
