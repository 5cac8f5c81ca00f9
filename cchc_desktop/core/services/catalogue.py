"""The posted procedure catalogue: listing, grouping, reading and saving records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Channel, DossierGroup, Field, Procedure
from cchc_desktop.core.domain import Lifecycle, Verification
from cchc_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.posting import NO_FIELD
from cchc_desktop.core.services import audit, settings
from cchc_desktop.core.services.records import (
    CheckedRecord,
    FieldIndex,
    Stored,
    check_record,
    checked_to_record,
    diff_records,
    gc_paused,
    stored_records,
    write_checked,
)


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
             .outerjoin(Field, Procedure.field_id == Field.id).where(Procedure.live())
             .order_by(Procedure.field_id.is_(None), Field.sort_key, Procedure.sort_key, Procedure.code))
    return [ProcedureRow(id=r[0], code=r[1], name=r[2], field=r[3] or NO_FIELD, lifecycle=r[4],
                         verification=r[5], posted=bool(r[6]), link=r[7] or r[8])
            for r in session.execute(query)]


def _full_query():
    """Whole procedures, those in the bin left out (see :mod:`bin`)."""
    return select(Procedure).where(Procedure.live()).options(
        selectinload(Procedure.field),
        selectinload(Procedure.channels).selectinload(Channel.fees),
        selectinload(Procedure.dossier_groups).selectinload(DossierGroup.components),
    )


def get_procedure(session: Session, code: str) -> Procedure:
    procedure = session.scalar(_full_query().where(Procedure.code == code))
    if procedure is None:
        if session.scalar(select(Procedure.id).where(Procedure.code == code, ~Procedure.live())) is not None:
            raise NotFoundError(f"Thủ tục mã {code} đang ở Thùng rác: hãy khôi phục nó trước.")
        raise NotFoundError(f"Không có thủ tục mã {code} trong danh mục.")
    return procedure


def all_procedures(session: Session) -> list[Procedure]:
    """Every procedure with its channels, fees and dossier loaded, by code."""
    return list(session.scalars(_full_query().order_by(Procedure.code)))


def count(session: Session) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.count(Procedure.id)).where(Procedure.live())) or 0


def can_edit(session: Session, actor: Actor) -> bool:
    """Administrators always; staff unless the administrator turned it off (``catalogue.staff_can_edit``)."""
    return permissions.may_edit_catalogue(actor.role, settings.get(session, "catalogue.staff_can_edit"))


def may_edit(db: Database, actor: Actor) -> bool:
    """:func:`can_edit` with its own read (for windows deciding which actions to offer)."""
    if not actor.can(permissions.EDIT_CATALOGUE):
        return False
    with db.read() as session:
        return can_edit(session, actor)


def require_edit(session: Session, actor: Actor) -> None:
    actor.require(permissions.EDIT_CATALOGUE)
    if not can_edit(session, actor):
        raise PermissionDenied(f"Quản trị viên đã tắt quyền sửa danh mục thủ tục của cán bộ "
                               f"(tài khoản “{actor.name}”).")


@dataclass
class SaveSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def save_records(db: Database, actor: Actor, records: Sequence[dict[str, Any] | CheckedRecord], *,
                 action: str, source: str, only_new: bool = False, places: list[str] | None = None,
                 expected: dict[str, dict[str, Any] | None] | None = None,
                 summary_text: str | None = None,
                 also: Callable[[Session], object] | None = None) -> SaveSummary:
    """Create or update procedures from records in one transaction, with audit entries.

    Every record is validated first; one bad record changes nothing. A record
    may also be the :class:`CheckedRecord` a dry run made of it (the import
    plan): it was validated then and is not checked twice. With ``only_new``,
    procedures already in the catalogue are left as they are. ``places``
    names each record in messages (default "<source>, bản ghi N").
    ``expected`` maps codes to the record the caller based its changes on
    (None: not in the catalogue); if the catalogue differs now, nothing is
    saved and ConflictError asks to look again. Each changed procedure gets
    an audit entry (changes old → new, snapshot); the batch gets one more
    (``action`` on entity "catalogue", key ``source``, ``summary_text`` or the counts).
    ``also`` runs in the same transaction after the procedures are saved
    (an import stores its fields' links there: the procedures may create those fields).
    """
    actor.require(permissions.EDIT_CATALOGUE)
    with gc_paused():
        return _save_records(db, actor, records, action=action, source=source, only_new=only_new, places=places,
                             expected=expected, summary_text=summary_text, also=also)


def _save_records(db: Database, actor: Actor, records: Sequence[dict[str, Any] | CheckedRecord], *,
                  action: str, source: str, only_new: bool, places: list[str] | None,
                  expected: dict[str, dict[str, Any] | None] | None, summary_text: str | None,
                  also: Callable[[Session], object] | None) -> SaveSummary:
    checked, problems = check_records(records, source=source, places=places)
    if problems:
        raise ValidationError(problems)

    def work(session: Session) -> SaveSummary:
        require_edit(session, actor)
        summary = save_checked(session, actor, checked, source=source, only_new=only_new, expected=expected)
        if also is not None:
            also(session)
        audit.record(session, actor, action, "catalogue", source,
                     summary_text or f"{summary.added} thêm mới, {summary.updated} cập nhật, "
                                     f"{summary.unchanged} không đổi")
        return summary

    return db.write(actor, work)


def save_checked(session: Session, actor: Actor, checked: list[CheckedRecord], *, source: str,
                 only_new: bool = False, expected: dict[str, dict[str, Any] | None] | None = None,
                 action: str | None = None) -> SaveSummary:
    """Write checked records in the caller's transaction, each changed procedure with its audit entry.

    The entries are "create" or "update" (``action`` when given), summed up as
    "<source>: <name>", with the changes old → new and the whole record after.
    """
    summary = SaveSummary()
    codes = [c.code for c in checked]
    binned = sorted(code for start in range(0, len(codes), 500) for code in session.scalars(
        select(Procedure.code).where(Procedure.code.in_(codes[start:start + 500]), ~Procedure.live())))
    if binned:
        shown = ", ".join(binned[:8]) + (f" và {len(binned) - 8} thủ tục khác" if len(binned) > 8 else "")
        raise ConflictError(f"{len(binned)} thủ tục đang ở Thùng rác ({shown}): hãy khôi phục chúng trước "
                            "(Thủ tục › Thùng rác). Dữ liệu chưa bị thay đổi.")
    stored = stored_records(session, codes)
    fields = FieldIndex.load(session)
    pending: list[tuple[CheckedRecord, Stored | None]] = []
    entries: list[dict[str, Any]] = []
    errors: list[tuple[str, str]] = []
    for item in checked:
        current = stored.get(item.code)
        if only_new and current is not None:
            summary.unchanged += 1
            continue
        try:
            field = fields.resolve(item)
        except ValidationError as exc:
            errors.extend(exc.problems)
            continue
        before = current.record if current is not None else None
        if expected is not None and expected.get(item.code) != before:
            raise ConflictError(f"Thủ tục {item.code} đã thay đổi trong danh mục từ lúc xem trước. "
                                "Dữ liệu chưa bị thay đổi; hãy xem trước lại rồi xác nhận.")
        after = checked_to_record(item, field)
        changes = diff_records(before, after) if before is not None else []
        if before is not None and not changes:
            summary.unchanged += 1
            continue
        if before is None:
            summary.added += 1
        else:
            summary.updated += 1
        pending.append((item, current))
        entries.append({"action": action or ("create" if before is None else "update"), "entity": "procedure",
                        "entity_key": item.code, "summary": f"{source}: {item.values['name']}",
                        "changes": changes, "snapshot": after})
    if errors:
        raise ValidationError(errors)
    write_checked(session, pending, fields)
    audit.record_many(session, actor, entries, json_clean=True)
    return summary


def check_records(records: Sequence[dict[str, Any] | CheckedRecord], *, source: str,
                  places: list[str] | None = None) -> tuple[list[CheckedRecord], list[tuple[str, str]]]:
    """Validate records without the database: the good ones, and every problem (duplicates included).

    A :class:`CheckedRecord` is taken as it is (it was validated when it was made).
    """
    checked: list[CheckedRecord] = []
    problems: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for index, rec in enumerate(records, start=1):
        where = places[index - 1] if places else f"{source}, bản ghi {index}"
        if isinstance(rec, CheckedRecord):
            item = rec
        else:
            try:
                item = check_record(rec, where=where)
            except ValidationError as exc:
                problems.extend(exc.problems)
                continue
        if item.code in seen:
            problems.append(("code", f"{where}: mã {item.code} trùng với bản ghi {seen[item.code]}."))
            continue
        seen[item.code] = index
        checked.append(item)
    return checked, problems


def procedures_by_code(session: Session, codes: Iterable[str]) -> dict[str, Procedure]:
    """The procedures with these codes, fully loaded (in chunks: a batch can hold thousands)."""
    wanted = sorted(set(codes))
    found: dict[str, Procedure] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((p.code, p) for p in session.scalars(_full_query().where(Procedure.code.in_(chunk))))
    return found


# --- the posted list ---------------------------------------------------------------

def posted_procedures(session: Session, day: dt.date) -> list[Procedure]:
    """The procedures posted at the center on ``day`` (kiosk, print lists), by field then name.

    A repealed procedure leaves on its ``effective_until`` date, one not yet in
    force enters on its ``effective_from`` date (see :meth:`Procedure.posted_on`).
    """
    query = (_full_query().outerjoin(Field, Procedure.field_id == Field.id)
             .where(Procedure.posted_on(day))
             .order_by(Procedure.field_id.is_(None), Field.sort_key, Procedure.sort_key, Procedure.code))
    return list(session.scalars(query))
