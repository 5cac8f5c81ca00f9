"""The posted procedure catalogue: listing, grouping, reading and saving records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Channel, DossierGroup, Field, Procedure
from cchc_desktop.core import permissions
from cchc_desktop.core.domain import Lifecycle, Role, Verification, normalize_code
from cchc_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.services import audit, settings
from cchc_desktop.core.services.records import apply_record, diff_records, to_record

NO_FIELD = "Chưa phân lĩnh vực"


@dataclass(frozen=True)
class ProcedureRow:
    """What a list of procedures shows, without loading the whole record."""

    id: int
    code: str
    name: str
    field: str
    lifecycle: Lifecycle
    verification: Verification
    posted: bool
    link: str | None


def list_rows(session: Session, *, today: dt.date | None = None) -> list[ProcedureRow]:
    """Every procedure in the catalogue, in Vietnamese order of field then name."""
    today = today or dt.date.today()
    query = (select(Procedure.id, Procedure.code, Procedure.name, Field.name, Procedure.lifecycle,
                    Procedure.verification, Procedure.posted_on(today), Procedure.online_url_override,
                    Procedure.online_url)
             .outerjoin(Field, Procedure.field_id == Field.id)
             .order_by(Procedure.field_id.is_(None), Field.sort_key, Procedure.sort_key, Procedure.code))
    return [ProcedureRow(id=r[0], code=r[1], name=r[2], field=r[3] or NO_FIELD, lifecycle=r[4],
                         verification=r[5], posted=bool(r[6]), link=r[7] or r[8])
            for r in session.execute(query)]


def group_by_field(rows: Iterable[ProcedureRow]) -> list[tuple[str, list[ProcedureRow]]]:
    """Consecutive runs of :func:`list_rows` output, one per field."""
    groups: list[tuple[str, list[ProcedureRow]]] = []
    for row in rows:
        if not groups or groups[-1][0] != row.field:
            groups.append((row.field, []))
        groups[-1][1].append(row)
    return groups


def _full_query():
    return select(Procedure).options(
        selectinload(Procedure.field),
        selectinload(Procedure.channels).selectinload(Channel.fees),
        selectinload(Procedure.dossier_groups).selectinload(DossierGroup.components),
    )


def get_procedure(session: Session, code: str) -> Procedure:
    procedure = session.scalar(_full_query().where(Procedure.code == code))
    if procedure is None:
        raise NotFoundError(f"Không có thủ tục mã {code} trong danh mục.")
    return procedure


def all_procedures(session: Session) -> list[Procedure]:
    """Every procedure with its channels, fees and dossier loaded, by code."""
    return list(session.scalars(_full_query().order_by(Procedure.code)))


def count(session: Session) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.count(Procedure.id))) or 0


def can_edit(session: Session, actor: Actor) -> bool:
    """Administrators always; staff unless the administrator turned it off (``catalogue.staff_can_edit``)."""
    if not actor.can(permissions.EDIT_CATALOGUE):
        return False
    return actor.role == Role.ADMIN or bool(settings.get(session, "catalogue.staff_can_edit"))


def require_edit(session: Session, actor: Actor) -> None:
    actor.require(permissions.EDIT_CATALOGUE)
    if not can_edit(session, actor):
        raise PermissionDenied(f"Quản trị viên đã tắt quyền sửa danh mục thủ tục của cán bộ "
                               f"(tài khoản “{actor.name}”).")


def _code(record: Any) -> str:
    raw = str(record.get("code", "")) if isinstance(record, dict) else ""
    try:
        return normalize_code(raw)
    except ValidationError:
        return raw


def _existing(session: Session, records: list[dict[str, Any]]) -> dict[str, Procedure]:
    """The procedures the records may update: only those named when there are few."""
    codes = {_code(r) for r in records}
    if len(codes) > 500:
        return {p.code: p for p in all_procedures(session)}
    query = _full_query().where(Procedure.code.in_(codes)) if codes else None
    return {p.code: p for p in session.scalars(query)} if query is not None else {}


@dataclass
class SaveSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def save_records(db: Database, actor: Actor, records: list[dict[str, Any]], *,
                 action: str, source: str, only_new: bool = False) -> SaveSummary:
    """Create or update procedures from records in one transaction, with audit entries.

    Every record is validated first; one bad record changes nothing. With
    ``only_new``, procedures already in the catalogue are left as they are.
    """
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> SaveSummary:
        require_edit(session, actor)
        summary = SaveSummary()
        existing = _existing(session, records)
        seen: dict[str, int] = {}
        problems: list[tuple[str, str]] = []
        for index, rec in enumerate(records, start=1):
            where = f"{source}, bản ghi {index}"
            procedure = existing.get(_code(rec))
            if only_new and procedure is not None:
                summary.unchanged += 1
                continue
            before = to_record(procedure) if procedure is not None else None
            try:
                procedure = apply_record(session, rec, procedure, where=where)
            except ValidationError as exc:
                problems.extend(exc.problems)
                continue
            if procedure.code in seen:
                problems.append(("code", f"{where}: mã {procedure.code} trùng với bản ghi {seen[procedure.code]}."))
                continue
            seen[procedure.code] = index
            existing[procedure.code] = procedure
            session.flush()
            after = to_record(procedure)
            changes = diff_records(before, after)
            if before is None:
                summary.added += 1
            elif changes:
                summary.updated += 1
            else:
                summary.unchanged += 1
                continue
            audit.record(session, actor, "create" if before is None else "update", "procedure",
                         procedure.code, summary=f"{source}: {procedure.name}",
                         changes=changes if before is not None else [], snapshot=after)
        if problems:
            raise ValidationError(problems)
        audit.record(session, actor, action, "catalogue", source,
                     summary=f"{summary.added} thêm mới, {summary.updated} cập nhật, "
                             f"{summary.unchanged} không đổi")
        return summary

    return db.write(actor, work)
