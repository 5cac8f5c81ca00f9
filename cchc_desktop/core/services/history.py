"""A procedure's history, read from the audit trail, and restoring an earlier version.

Every save of a procedure leaves an audit entry (``entity="procedure"``,
``entity_key`` = its code) with the parts that changed and a snapshot of the
whole record after the change; restoring applies such a snapshot. A change
of code is followed back, so the history survives the correction of a code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.services import editing

_MAX_RENAMES = 50


@dataclass(frozen=True)
class Version:
    """One entry of a procedure's history."""

    entry_id: int
    at: dt.datetime
    actor: str
    action: str
    code: str
    summary: str
    changes: list[dict[str, Any]]
    restorable: bool


def _entries(session: Session, code: str) -> list[AuditEntry]:
    found: list[AuditEntry] = []
    key, before = code, None
    for _ in range(_MAX_RENAMES):
        query = select(AuditEntry).where(AuditEntry.entity == "procedure", AuditEntry.entity_key == key)
        if before is not None:
            query = query.where(AuditEntry.id < before)
        renamed_from = None
        for entry in session.scalars(query.order_by(AuditEntry.id.desc())):
            found.append(entry)
            old = next((c.get("old") for c in entry.changes or [] if c.get("field") == "code"), None)
            if old and old != key:
                renamed_from = (old, entry.id)
                break  # older entries under this code belonged to another procedure
        if renamed_from is None:
            break
        key, before = renamed_from
    return found


def procedure_history(session: Session, code: str) -> list[Version]:
    """Every recorded change of the procedure, newest first."""
    return [Version(e.id, e.at, e.actor, e.action, e.entity_key, e.summary, list(e.changes or []),
                    e.snapshot is not None) for e in _entries(session, code)]


def restore(db: Database, actor: Actor, code: str, entry_id: int, *,
            expected_version: int | None = None) -> editing.Saved:
    """Make the procedure what it was right after history entry ``entry_id`` (audited as "restore")."""
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> editing.Saved:
        entry = next((e for e in _entries(session, code) if e.id == entry_id), None)
        if entry is None:
            raise NotFoundError(f"Không có mục lịch sử số {entry_id} của thủ tục {code}.")
        if entry.snapshot is None:
            raise ValidationError(f"Mục lịch sử số {entry_id} không lưu toàn bộ thủ tục nên không khôi phục được.")
        when = entry.at.astimezone()
        return editing.save_in_session(session, actor, dict(entry.snapshot), original_code=code,
                               expected_version=expected_version, action="restore",
                               summary=f"Khôi phục phiên bản lúc {when:%H:%M ngày %d/%m/%Y} ({entry.actor})")

    return db.write(actor, work)
