"""The guidance log: each session of help given to a citizen, in seconds at the desk.

A session says what was helped with (kind), where (channel), how it ended
(outcome, with a due date when it is "hẹn lại"), for which procedure (or some
other matter, in words), how long it took and who gave it (the signed-in
staff member). Every record, edit and delete is in the audit trail; a
session's history is read back from there.

Personal data (Luật 91/2025/QH15, ../shared/docs/domain.md §6): the citizen's
name and phone are optional and kept only with the consent box ticked, with
the version of the notice shown. They never enter the audit trail in clear
(the trail is append-only, so it would outlive an erase): the trail records
the masked phone and whether a name was given. Lists show phones masked
(090****123). After ``guidance.retention_months`` the name and phone are
erased and the session stays, anonymous; a person may ask to see, export or
erase everything about them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Field, GuidanceSession, Procedure, Setting, StaffAccount
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, Role, normalize_code
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.periods import LOCAL_TZ, Period, local_day
from cchc_desktop.core.services import audit, settings

ENTITY = "guidance"
NOTICE = ("Tôi đồng ý để Trung tâm lưu họ tên, số điện thoại nhằm liên hệ hỗ trợ hoàn thành thủ tục; "
          "tôi có thể yêu cầu xem, sửa hoặc xoá bất cứ lúc nào.")
MAX_DURATION = 8 * 3600
MAX_NOTE = 2000
RETENTION_RUN_KEY = "guidance.retention_last_run"  # internal settings row: the local day it last ran
SYSTEM = Actor("system:retention", Role.ADMIN, full_name="Tự động xoá dữ liệu cá nhân quá hạn")
_PHONE_JUNK = re.compile(r"[\s.\-()]")


# --- input -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """What the quick entry form (or any caller) gives to :func:`record` and :func:`edit`."""

    kind: GuidanceKind
    channel: GuidanceChannel
    outcome: GuidanceOutcome
    procedure_code: str = ""
    other_procedure: str = ""
    follow_up_on: dt.date | None = None
    duration_seconds: int | None = None
    note: str = ""
    citizen_name: str = ""
    citizen_phone: str = ""
    consent: bool = False
    occurred_at: dt.datetime | None = None  # now, when not given


def normalize_phone(raw: str) -> str:
    """Digits only, +84/84 turned into 0; a Vietnamese ValidationError unless 10 or 11 digits from 0."""
    digits = _PHONE_JUNK.sub("", raw or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not (digits.isdigit() and digits.startswith("0") and len(digits) in (10, 11)):
        raise ValidationError(f"Số điện thoại “{(raw or '').strip()}” không hợp lệ: cần 10 hoặc 11 chữ số, "
                              "bắt đầu bằng 0 (ví dụ 0901234123).", "citizen_phone")
    return digits


def mask_phone(phone: str | None) -> str:
    """``0901234123`` → ``090****123``: the first three and last three digits."""
    if not phone:
        return ""
    if len(phone) <= 6:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 6) + phone[-3:]


def _check(session: Session, entry: Entry, now: dt.datetime) -> dict[str, Any]:
    """The columns to store, or every problem in one ValidationError (nothing stored)."""
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {}
    for name, enum_cls, label in (("kind", GuidanceKind, "Nội dung hỗ trợ"), ("channel", GuidanceChannel, "Hình thức"),
                                  ("outcome", GuidanceOutcome, "Kết quả")):
        try:
            values[name] = enum_cls(getattr(entry, name))
        except ValueError:
            problems.append((name, f"{label}: giá trị “{getattr(entry, name)}” không có trong danh sách."))
    code = (entry.procedure_code or "").strip()
    other = vtext.normalize_line(entry.other_procedure or "")
    values["procedure_code"], values["other_procedure"] = "", ""
    if code:
        try:
            code = normalize_code(code)
        except ValidationError as exc:
            problems += [("procedure_code", exc.message)]
        else:
            if session.scalar(select(Procedure.id).where(Procedure.code == code)) is None:
                problems.append(("procedure_code", f"Thủ tục {code} không có trong danh mục; nếu là việc khác, "
                                                   "hãy ghi vào ô “Việc khác”."))
            values["procedure_code"] = code
    elif not other:
        problems.append(("procedure_code", "Chưa chọn thủ tục: chọn một thủ tục hoặc ghi nội dung việc khác."))
    elif len(other) > 300:
        problems.append(("other_procedure", "Nội dung việc khác dài quá 300 ký tự."))
    else:
        values["other_procedure"] = other
    occurred = entry.occurred_at or now
    if occurred.tzinfo is None:
        problems.append(("occurred_at", "Thời điểm hướng dẫn cần có múi giờ."))
        occurred = now
    elif occurred > now + dt.timedelta(minutes=5):
        problems.append(("occurred_at", f"Thời điểm hướng dẫn {occurred.astimezone(LOCAL_TZ):%H:%M %d/%m/%Y} "
                                        "chưa tới."))
    values["occurred_at"] = occurred
    values["follow_up_on"] = None
    if values.get("outcome") == GuidanceOutcome.FOLLOW_UP:
        if entry.follow_up_on is None:
            problems.append(("follow_up_on", "Kết quả “Chưa xong – hẹn lại” cần ngày hẹn."))
        elif entry.follow_up_on < local_day(occurred):
            problems.append(("follow_up_on", f"Ngày hẹn {entry.follow_up_on:%d/%m/%Y} trước ngày hướng dẫn "
                                             f"{local_day(occurred):%d/%m/%Y}."))
        values["follow_up_on"] = entry.follow_up_on
    duration = entry.duration_seconds
    if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int)
                                 or not 0 <= duration <= MAX_DURATION):
        problems.append(("duration_seconds", f"Thời gian hướng dẫn cần từ 0 đến {MAX_DURATION // 3600} giờ "
                                             f"(nhận {duration})."))
    values["duration_seconds"] = duration
    note = vtext.normalize(entry.note or "").strip()
    if len(note) > MAX_NOTE:
        problems.append(("note", f"Ghi chú dài quá {MAX_NOTE} ký tự."))
    values["note"] = note
    name = vtext.normalize_line(entry.citizen_name or "")
    phone = ""
    if entry.citizen_phone and entry.citizen_phone.strip():
        try:
            phone = normalize_phone(entry.citizen_phone)
        except ValidationError as exc:
            problems += exc.problems
    if len(name) > 200:
        problems.append(("citizen_name", "Họ tên dài quá 200 ký tự."))
    if (name or phone) and not entry.consent:
        problems.append(("consent", "Chỉ lưu họ tên, số điện thoại khi người dân đồng ý: hãy đánh dấu ô đồng ý "
                                    "sau khi đọc thông báo cho họ, hoặc để trống hai ô này."))
    values["citizen_name"], values["citizen_phone"] = name or None, phone or None
    if problems:
        raise ValidationError(problems)
    return values


# --- what the trail keeps ----------------------------------------------------------------

_AUDITED = ("occurred_at", "procedure_code", "other_procedure", "kind", "channel", "outcome", "follow_up_on",
            "duration_seconds", "note", "citizen_name", "citizen_phone", "consent_notice_version")


def _audit_value(name: str, value: Any) -> Any:
    """Personal data never in clear in the append-only trail."""
    if name == "citizen_name":
        return "(có ghi họ tên)" if value else ""
    if name == "citizen_phone":
        return mask_phone(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _snapshot(row: GuidanceSession) -> dict[str, Any]:
    return {name: _audit_value(name, getattr(row, name)) for name in _AUDITED} | {"staff_id": row.staff_id}


def _summary(row: GuidanceSession) -> str:
    what = row.procedure_code or row.other_procedure
    return f"Lượt hướng dẫn số {row.id}: {what} – {GuidanceKind(row.kind).label}, {GuidanceOutcome(row.outcome).label}"


# --- writing -----------------------------------------------------------------------------------

def record(db: Database, actor: Actor, entry: Entry) -> int:
    """Save one session for the signed-in staff member; returns its number."""
    actor.require(permissions.GUIDANCE)

    def work(session: Session) -> int:
        now = utcnow()
        values = _check(session, entry, now)
        consented = bool(values["citizen_name"] or values["citizen_phone"])
        staff_id = actor.account_id if actor.account_id and session.get(StaffAccount, actor.account_id) else None
        row = GuidanceSession(staff_id=staff_id, **values,
                              consent_at=now if consented else None,
                              consent_notice_version=settings.get(session, "guidance.notice_version")
                              if consented else None)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", ENTITY, str(row.id), summary=_summary(row), snapshot=_snapshot(row))
        return row.id

    return db.write(actor, work)


def edit(db: Database, actor: Actor, session_id: int, entry: Entry, *, expected_version: int | None = None) -> int:
    """Change a session (staff may correct any); returns its new version. Old → new in the audit trail."""
    actor.require(permissions.GUIDANCE)

    def work(session: Session) -> int:
        row = _get(session, session_id)
        if expected_version is not None and row.version != expected_version:
            from cchc_desktop.core.errors import ConflictError

            raise ConflictError(f"Lượt hướng dẫn số {session_id} vừa được người khác sửa. Hãy tải lại rồi sửa lại.")
        now = utcnow()
        values = _check(session, replace(entry, occurred_at=entry.occurred_at or row.occurred_at), now)
        notice = settings.get(session, "guidance.notice_version")  # before any change: a query would flush
        before = _snapshot(row)
        had_contact = bool(row.citizen_name or row.citizen_phone)
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        has_contact = bool(row.citizen_name or row.citizen_phone)
        if has_contact and not had_contact:
            row.consent_at, row.consent_notice_version = now, notice
        elif not has_contact:
            row.consent_at, row.consent_notice_version = None, None
        after = _snapshot(row)
        changes = [{"field": k, "old": before[k], "new": after[k]} for k in after if before[k] != after[k]]
        if changes:
            row.updated_at = now
            session.flush()
            audit.record(session, actor, "update", ENTITY, str(row.id), summary=_summary(row), changes=changes,
                         snapshot=after)
        return row.version

    return db.write(actor, work)


def delete_session(db: Database, actor: Actor, session_id: int) -> None:
    """Delete a session: administrators only."""
    actor.require(permissions.GUIDANCE_DELETE)

    def work(session: Session) -> None:
        row = _get(session, session_id)
        audit.record(session, actor, "delete", ENTITY, str(row.id), summary=_summary(row),
                     snapshot=_snapshot(row))
        session.delete(row)

    db.write(actor, work)


def _get(session: Session, session_id: int) -> GuidanceSession:
    row = session.get(GuidanceSession, session_id)
    if row is None:
        raise NotFoundError(f"Không có lượt hướng dẫn số {session_id}.")
    return row


# --- reading ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    period: Period | None = None
    staff_id: int | None = None
    procedure_code: str = ""
    field_id: int | None = None
    outcome: GuidanceOutcome | None = None
    kind: GuidanceKind | None = None
    channel: GuidanceChannel | None = None


@dataclass(frozen=True)
class SessionRow:
    """A session as lists show it: the phone masked."""

    id: int
    occurred_at: dt.datetime
    staff_id: int | None
    staff_name: str
    procedure_code: str
    procedure_name: str
    field_name: str
    other_procedure: str
    kind: GuidanceKind
    channel: GuidanceChannel
    outcome: GuidanceOutcome
    follow_up_on: dt.date | None
    duration_seconds: int | None
    note: str
    citizen_name: str
    phone_masked: str
    consented: bool
    anonymised: bool
    version: int

    @property
    def subject(self) -> str:
        """The procedure's name, or the other matter in words."""
        return self.procedure_name or self.other_procedure or self.procedure_code


def _query(filters: Filters):
    query = (select(GuidanceSession, StaffAccount.full_name, StaffAccount.username, Procedure.name, Field.name)
             .outerjoin(StaffAccount, StaffAccount.id == GuidanceSession.staff_id)
             .outerjoin(Procedure, Procedure.code == GuidanceSession.procedure_code)
             .outerjoin(Field, Field.id == Procedure.field_id))
    if filters.period is not None:
        start, end = filters.period.utc_bounds()
        query = query.where(GuidanceSession.occurred_at >= start, GuidanceSession.occurred_at < end)
    if filters.staff_id is not None:
        query = query.where(GuidanceSession.staff_id == filters.staff_id)
    if filters.procedure_code:
        query = query.where(GuidanceSession.procedure_code == filters.procedure_code)
    if filters.field_id is not None:
        query = query.where(Procedure.field_id == filters.field_id)
    for name in ("outcome", "kind", "channel"):
        value = getattr(filters, name)
        if value is not None:
            query = query.where(getattr(GuidanceSession, name) == value)
    return query


def _row(item) -> SessionRow:
    s, full_name, username, procedure_name, field_name = item
    return SessionRow(s.id, s.occurred_at, s.staff_id, full_name or username or "", s.procedure_code,
                      procedure_name or "", field_name or "", s.other_procedure, GuidanceKind(s.kind),
                      GuidanceChannel(s.channel), GuidanceOutcome(s.outcome), s.follow_up_on, s.duration_seconds,
                      s.note, s.citizen_name or "", mask_phone(s.citizen_phone), s.consent_at is not None,
                      s.anonymised_at is not None, s.version)


def list_sessions(session: Session, filters: Filters = Filters(), *, limit: int | None = 1000) -> list[SessionRow]:
    """Sessions matching the filters, newest first."""
    query = _query(filters).order_by(GuidanceSession.occurred_at.desc(), GuidanceSession.id.desc())
    if limit:
        query = query.limit(limit)
    return [_row(item) for item in session.execute(query)]


def get(session: Session, session_id: int) -> SessionRow:
    item = session.execute(_query(Filters()).where(GuidanceSession.id == session_id)).first()
    if item is None:
        raise NotFoundError(f"Không có lượt hướng dẫn số {session_id}.")
    return _row(item)


def entry_of(session: Session, session_id: int) -> Entry:
    """The session as an :class:`Entry`, to edit it (the phone in clear: the form needs it back)."""
    row = _get(session, session_id)
    return Entry(GuidanceKind(row.kind), GuidanceChannel(row.channel), GuidanceOutcome(row.outcome),
                 row.procedure_code, row.other_procedure, row.follow_up_on, row.duration_seconds, row.note,
                 row.citizen_name or "", row.citizen_phone or "", row.consent_at is not None, row.occurred_at)


def follow_ups(session: Session, *, staff_id: int | None = None) -> list[SessionRow]:
    """Sessions still "hẹn lại", the earliest due date first."""
    query = _query(Filters(staff_id=staff_id, outcome=GuidanceOutcome.FOLLOW_UP))
    query = query.order_by(GuidanceSession.follow_up_on, GuidanceSession.occurred_at)
    return [_row(item) for item in session.execute(query)]


@dataclass(frozen=True)
class Version:
    entry_id: int
    at: dt.datetime
    actor: str
    action: str
    summary: str
    changes: list[dict[str, Any]]


def history(session: Session, session_id: int) -> list[Version]:
    """Every recorded change of a session, newest first."""
    query = (select(AuditEntry).where(AuditEntry.entity == ENTITY, AuditEntry.entity_key == str(session_id))
             .order_by(AuditEntry.id.desc()))
    return [Version(e.id, e.at, e.actor, e.action, e.summary, list(e.changes or [])) for e in session.scalars(query)]


# --- retention ------------------------------------------------------------------------------

def _months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same local day and time ``months`` calendar months earlier (the 31st → the month's last day)."""
    local = moment.astimezone(LOCAL_TZ)
    index = local.year * 12 + local.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return local.replace(year=year, month=month, day=min(local.day, last)).astimezone(dt.timezone.utc)


def retention_cutoff(session: Session, now: dt.datetime | None = None) -> dt.datetime:
    return _months_before(now or utcnow(), settings.get(session, "guidance.retention_months"))


def erase_expired(db: Database, *, now: dt.datetime | None = None) -> int:
    """Erase names and phones of sessions older than the retention period; returns how many.

    The sessions stay (anonymous) for the reports; one audit entry says how many
    were erased and up to when. Nothing to erase writes nothing to the trail.
    """
    now = now or utcnow()

    def work(session: Session) -> int:
        cutoff = retention_cutoff(session, now)
        expired = (GuidanceSession.occurred_at < cutoff) & or_(GuidanceSession.citizen_name.is_not(None),
                                                                 GuidanceSession.citizen_phone.is_not(None))
        ids = list(session.scalars(select(GuidanceSession.id).where(expired).order_by(GuidanceSession.id)))
        _set_day_run(session, now)
        if not ids:
            return 0
        session.execute(update(GuidanceSession).where(GuidanceSession.id.in_(ids))
                        .values(citizen_name=None, citizen_phone=None, anonymised_at=now)
                        .execution_options(synchronize_session=False))
        months = settings.get(session, "guidance.retention_months")
        audit.record(session, SYSTEM, "anonymise", ENTITY, "",
                     summary=f"Xoá họ tên, số điện thoại của {len(ids)} lượt hướng dẫn quá {months} tháng "
                             f"(trước {cutoff.astimezone(LOCAL_TZ):%d/%m/%Y})",
                     changes=[{"field": "sessions", "old": len(ids), "new": 0, "ids": ids[:1000]}])
        return len(ids)

    return db.write(SYSTEM, work)


def _set_day_run(session: Session, now: dt.datetime) -> None:
    day = now.astimezone(LOCAL_TZ).date().isoformat()
    row = session.get(Setting, RETENTION_RUN_KEY)
    if row is None:
        session.add(Setting(key=RETENTION_RUN_KEY, value=day))
    else:
        row.value = day


def erase_expired_if_due(db: Database, *, now: dt.datetime | None = None) -> int | None:
    """:func:`erase_expired` once per local day (at start-up and from the app's daily timer); None if done today."""
    now = now or utcnow()
    with db.read() as session:
        row = session.get(Setting, RETENTION_RUN_KEY)
        if row is not None and row.value == now.astimezone(LOCAL_TZ).date().isoformat():
            return None
    return erase_expired(db, now=now)


# --- one person's data on request -----------------------------------------------------------

def _person_ids(session: Session, name: str, phone: str) -> list[int]:
    """Sessions holding this phone, or this name in any case (compared here: SQLite's lower() is ASCII only)."""
    wanted_phone = normalize_phone(phone) if phone and phone.strip() else None
    wanted_name = vtext.normalize_line(name).casefold() if name and name.strip() else None
    if wanted_phone is None and wanted_name is None:
        raise ValidationError("Cần họ tên hoặc số điện thoại của người yêu cầu.", "citizen_name")
    g = GuidanceSession
    query = select(g.id, g.citizen_name, g.citizen_phone).where(
        or_(g.citizen_phone == wanted_phone, g.citizen_name.is_not(None)) if wanted_name else
        g.citizen_phone == wanted_phone).order_by(g.id)
    return [i for i, n, p in session.execute(query)
            if (wanted_phone and p == wanted_phone) or (wanted_name and n and n.casefold() == wanted_name)]


def find_person(session: Session, actor: Actor, *, name: str = "", phone: str = "") -> list[SessionRow]:
    """Sessions holding this name (any case) or phone: what a person's request is about."""
    actor.require(permissions.GUIDANCE)
    ids = _person_ids(session, name, phone)
    if not ids:
        return []
    query = _query(Filters()).where(GuidanceSession.id.in_(ids)).order_by(GuidanceSession.occurred_at)
    return [_row(item) for item in session.execute(query)]


def export_person(db: Database, actor: Actor, *, name: str = "", phone: str = "") -> dict[str, Any]:
    """Everything kept about one person, in clear, for their request (administrators; audited)."""
    actor.require(permissions.PURGE)

    def work(session: Session) -> dict[str, Any]:
        ids = _person_ids(session, name, phone)
        rows = session.scalars(select(GuidanceSession).where(GuidanceSession.id.in_(ids))
                               .order_by(GuidanceSession.occurred_at)).all() if ids else []
        sessions = [{"so": r.id, "thoi_diem": r.occurred_at.astimezone(LOCAL_TZ).isoformat(),
                     "ho_ten": r.citizen_name, "so_dien_thoai": r.citizen_phone,
                     "thu_tuc": r.procedure_code or r.other_procedure, "noi_dung": GuidanceKind(r.kind).label,
                     "hinh_thuc": GuidanceChannel(r.channel).label, "ket_qua": GuidanceOutcome(r.outcome).label,
                     "ngay_hen": r.follow_up_on.isoformat() if r.follow_up_on else None, "ghi_chu": r.note,
                     "dong_y_luc": r.consent_at.astimezone(LOCAL_TZ).isoformat() if r.consent_at else None,
                     "phien_ban_thong_bao": r.consent_notice_version} for r in rows]
        audit.record(session, actor, "export_person", ENTITY, "",
                     summary=f"Xuất dữ liệu cá nhân theo yêu cầu: {len(ids)} lượt hướng dẫn ({mask_phone(normalize_phone(phone)) if phone and phone.strip() else 'theo họ tên'})",
                     changes=[{"field": "sessions", "ids": ids}])
        return {"thong_bao": NOTICE, "so_luot": len(ids), "luot_huong_dan": sessions}

    return db.write(actor, work)


def erase_person(db: Database, actor: Actor, *, name: str = "", phone: str = "") -> int:
    """Erase this person's name and phone from every session (administrators; audited); returns how many."""
    actor.require(permissions.PURGE)

    def work(session: Session) -> int:
        ids = _person_ids(session, name, phone)
        if not ids:
            return 0
        session.execute(update(GuidanceSession).where(GuidanceSession.id.in_(ids))
                        .values(citizen_name=None, citizen_phone=None, anonymised_at=utcnow())
                        .execution_options(synchronize_session=False))
        audit.record(session, actor, "erase_person", ENTITY, "",
                     summary=f"Xoá dữ liệu cá nhân theo yêu cầu: {len(ids)} lượt hướng dẫn "
                             f"({mask_phone(normalize_phone(phone)) if phone and phone.strip() else 'theo họ tên'})",
                     changes=[{"field": "sessions", "ids": ids}])
        return len(ids)

    return db.write(actor, work)


# --- choices for the filters ------------------------------------------------------------------

def staff_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the staff who recorded sessions, and of every active account, by name."""
    recorded = select(GuidanceSession.staff_id).where(GuidanceSession.staff_id.is_not(None)).distinct()
    query = select(StaffAccount.id, StaffAccount.full_name, StaffAccount.username).where(
        or_(StaffAccount.active.is_(True), StaffAccount.id.in_(recorded)))
    return sorted(((i, full or user) for i, full, user in session.execute(query)), key=lambda r: vtext.sort_key(r[1]))


def field_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every field, in Vietnamese order."""
    return [(i, name) for i, name in session.execute(select(Field.id, Field.name).order_by(Field.sort_key))]
