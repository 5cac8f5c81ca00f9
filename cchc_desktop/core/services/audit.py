"""The audit trail: append-only, each entry chained to the previous by SHA-256.

An entry's hash covers its content and the previous entry's hash, so an
edit, insertion or deletion made behind the app's back breaks the chain at
that point and :func:`verify_chain` reports where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.models import AuditEntry
from cchc_desktop.core.db.types import utcnow

_PG_AUDIT_LOCK = 0x41554454  # "AUDT": appends are serialised so the chain never forks


_HASHED = ("actor", "action", "entity", "entity_key", "summary", "changes", "snapshot", "prev_hash")


def _digest(entry: AuditEntry | dict[str, Any]) -> str:
    get = entry.get if isinstance(entry, dict) else lambda key: getattr(entry, key)
    payload = {"at": get("at").isoformat(timespec="microseconds"), **{key: get(key) for key in _HASHED}}
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity: str, entity_key: str = "",
           summary: str = "", changes: list[dict[str, Any]] | None = None,
           snapshot: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_AUDIT_LOCK})")
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    # Round-trip through JSON so the hash is computed over what the database returns.
    changes = json.loads(json.dumps(changes or [], ensure_ascii=False, default=str))
    snapshot = json.loads(json.dumps(snapshot, ensure_ascii=False, default=str)) if snapshot is not None else None
    entry = AuditEntry(at=utcnow(), actor=actor.name, action=action, entity=entity, entity_key=entity_key,
                       summary=summary, changes=changes, snapshot=snapshot, prev_hash=prev)
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    return entry


def record_many(session: Session, actor: Actor, entries: list[dict[str, Any]], *, json_clean: bool = False) -> None:
    """Append many entries at once inside the caller's transaction (one query, one bulk insert).

    Each entry is a dict with ``action``, ``entity`` and optionally ``entity_key``,
    ``summary``, ``changes``, ``snapshot``. ``json_clean`` says every value is
    already plain JSON (str, numbers, bool, None, lists, dicts), which skips
    the round trip through JSON.
    """
    if not entries:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_AUDIT_LOCK})")
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    rows = []
    for item in entries:
        changes, snapshot = item.get("changes") or [], item.get("snapshot")
        if not json_clean:
            changes = json.loads(json.dumps(changes, ensure_ascii=False, default=str))
            snapshot = json.loads(json.dumps(snapshot, ensure_ascii=False, default=str)) if snapshot is not None else None
        row = {"at": utcnow(), "actor": actor.name, "action": item["action"], "entity": item["entity"],
               "entity_key": item.get("entity_key", ""), "summary": item.get("summary", ""),
               "changes": changes, "snapshot": snapshot, "prev_hash": prev}
        row["hash"] = prev = _digest(row)
        rows.append(row)
    session.execute(insert(AuditEntry), rows)


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every break in the chain, in order; an empty list means the trail is intact."""
    problems: list[ChainProblem] = []
    prev = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        if entry.prev_hash != prev:
            problems.append(ChainProblem(entry.id, f"Mục nhật ký số {entry.id}: không nối tiếp mục trước "
                                                   "(có mục bị xoá hoặc chèn ngoài ứng dụng)."))
        if _digest(entry) != entry.hash:
            problems.append(ChainProblem(entry.id, f"Mục nhật ký số {entry.id} ({entry.at:%d/%m/%Y %H:%M}, "
                                                   f"{entry.actor}) đã bị sửa ngoài ứng dụng."))
        prev = entry.hash
    return problems
