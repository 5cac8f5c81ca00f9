"""The procedure bin (Thùng rác): deleting a procedure by mistake is undone by restoring it.

A deleted procedure keeps its row, its history (the audit entries under its
code), its sample forms and its links; ``Procedure.deleted_at`` set takes it
out of every list, search, poster, posted list and the kiosk
(:meth:`Procedure.live`, :meth:`Procedure.posted_on`). Its code stays taken
until it is restored. Administrators only; every move is audited with the
whole record, so the history can show and restore it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Field, Procedure
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.services import audit
from cchc_desktop.core.posting import NO_FIELD
from cchc_desktop.core.services.records import stored_records


@dataclass(frozen=True)
class BinRow:
    """A procedure in the bin, as the Bin view lists it."""

    code: str
    name: str
    field: str
    deleted_at: dt.datetime
    deleted_by: str


def list_bin(session: Session, actor: Actor) -> list[BinRow]:
    """The procedures in the bin, the most recently deleted first."""
    actor.require(permissions.DELETE_PROCEDURE)
    query = (select(Procedure.code, Procedure.name, Field.name, Procedure.deleted_at, Procedure.deleted_by)
             .outerjoin(Field, Procedure.field_id == Field.id).where(~Procedure.live())
             .order_by(Procedure.deleted_at.desc(), Procedure.code))
    return [BinRow(code, name, field or NO_FIELD, at, by or "") for code, name, field, at, by in session.execute(query)]


def delete(db: Database, actor: Actor, codes: Iterable[str]) -> int:
    """Move the procedures with these codes to the bin in one audited transaction; returns how many."""
    return _move(db, actor, codes, to_bin=True)


def restore(db: Database, actor: Actor, codes: Iterable[str]) -> int:
    """Bring the procedures with these codes back from the bin, as they were, with their history."""
    return _move(db, actor, codes, to_bin=False)


def _move(db: Database, actor: Actor, codes: Iterable[str], *, to_bin: bool) -> int:
    actor.require(permissions.DELETE_PROCEDURE)
    wanted = sorted(set(codes))
    if not wanted:
        raise ValidationError("Chưa chọn thủ tục nào.")

    def work(session: Session) -> int:
        found = {code: (pid, deleted) for code, pid, deleted in session.execute(
            select(Procedure.code, Procedure.id, Procedure.deleted_at).where(Procedure.code.in_(wanted))
            .with_for_update())}
        missing = [code for code in wanted if code not in found]
        if missing:
            raise NotFoundError(f"Không có thủ tục mã {missing[0]} trong danh mục.")
        wrong = [code for code, (_, deleted) in found.items() if (deleted is not None) == to_bin]
        if wrong:
            where = "đã ở Thùng rác" if to_bin else "không ở Thùng rác"
            raise ValidationError(f"Thủ tục mã {wrong[0]} {where}. Dữ liệu chưa bị thay đổi.")
        now = utcnow()
        session.execute(update(Procedure).where(Procedure.id.in_([pid for pid, _ in found.values()]))
                        .values(deleted_at=now if to_bin else None, deleted_by=actor.name if to_bin else None,
                                version=Procedure.version + 1),
                        execution_options={"synchronize_session": False})
        records = stored_records(session, wanted)
        verb = "Đưa vào Thùng rác" if to_bin else "Khôi phục từ Thùng rác"
        audit.record_many(session, actor, [
            {"action": "delete" if to_bin else "restore", "entity": "procedure", "entity_key": code,
             "summary": f"{verb}: {records[code].record['name']}", "snapshot": records[code].record}
            for code in wanted])
        return len(wanted)

    return db.write(actor, work)
