"""Editing one procedure: checks as the clerk types, save with an optimistic lock, lifecycle, verification.

Every save goes through :func:`save_in_session`: the record is checked, applied, and
audited (``entity="procedure"``, key = code, the parts changed old → new and
a snapshot of the whole record), which is what the history and restore read.
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
from cchc_desktop.core.db.models import AuditEntry, Procedure
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.domain import Lifecycle, Verification, link_warning, normalize_code
from cchc_desktop.core.errors import ConflictError, ValidationError
from cchc_desktop.core.services import audit
from cchc_desktop.core.services.catalogue import get_procedure, require_edit
from cchc_desktop.core.services.records import apply_record, diff_records, to_record

# NĐ 63/2010/NĐ-CP Điều 8 khoản 2: parts every procedure must have (the name is checked apart).
REQUIRED_PARTS = [
    ("steps", "trình tự thực hiện"),
    ("channels", "cách thức thực hiện"),
    ("dossier", "thành phần, số lượng hồ sơ"),
    ("time_limit", "thời hạn giải quyết"),
    ("subjects", "đối tượng thực hiện"),
    ("executing_agencies", "cơ quan thực hiện"),
    ("results", "kết quả thực hiện"),
]
_LINKS = [("online_url", "Đường liên kết trên Cổng DVCQG"), ("online_url_override", "Đường liên kết do Trung tâm nhập")]


@dataclass(frozen=True)
class Problem:
    """One finding about a record: ``blocking`` ones stop a save, the others are flagged."""

    field: str
    message: str
    blocking: bool = True


def _validate(session: Session, record: dict[str, Any]) -> None:
    """Raise what :func:`apply_record` refuses, leaving the session as it was."""
    with session.no_autoflush:
        before = set(session.new)
        probe = Procedure()
        try:
            apply_record(session, record, probe)
        finally:
            probe.field = None  # out of the field's list of procedures again
            for obj in set(session.new) - before:
                if obj in session:  # expunging a procedure takes its channels and dossier with it
                    session.expunge(obj)


def _has_time_limit(record: dict[str, Any]) -> bool:
    channels = record.get("channels") or []
    return any(isinstance(c, dict) and (c.get("time_qty") not in (None, "") or (c.get("time_text") or "").strip())
               for c in channels) or bool(record.get("case_time_limits"))


def _present(record: dict[str, Any], key: str) -> bool:
    if key == "time_limit":
        return _has_time_limit(record)
    if key == "dossier":
        return any(isinstance(g, dict) and g.get("components") for g in record.get("dossier") or [])
    if key == "steps":
        return any(isinstance(s, str) and s.strip() or isinstance(s, dict) and (s.get("text") or s.get("title"))
                   for s in record.get("steps") or [])
    return any(str(v).strip() for v in record.get(key) or [])


def record_problems(session: Session, record: dict[str, Any], *, original_code: str | None = None) -> list[Problem]:
    """Everything to say about a record before saving it, in Vietnamese.

    Blocking: what :func:`apply_record` refuses, and a code already used by
    another procedure. Flagged only: links to a host other than the national
    or a provincial portal, and parts NĐ 63/2010 Điều 8 requires that are
    still empty (many published records lack some; the center completes them).
    """
    problems: list[Problem] = []
    try:
        _validate(session, record)
    except ValidationError as exc:
        problems += [Problem(field, message) for field, message in exc.problems]
    raw_code = str(record.get("code") or "")
    try:
        code = normalize_code(raw_code)
    except ValidationError:
        code = ""
    if code and code != original_code:
        other = session.execute(select(Procedure.name, Procedure.deleted_at).where(Procedure.code == code)).first()
        if other is not None:
            where = "ở Thùng rác" if other.deleted_at is not None else "trong danh mục"
            problems.append(Problem("code", f"Mã {code} đã có {where} (“{other.name}”): mỗi thủ tục có một mã riêng."))
    links = record.get("links") if isinstance(record.get("links"), dict) else {}
    for key, label in _LINKS:
        warning = link_warning(str(links.get(key) or ""), label)
        if warning and not any(p.field == key for p in problems):
            problems.append(Problem(key, warning, blocking=False))
    for key, label in REQUIRED_PARTS:
        if not _present(record, key):
            problems.append(Problem(key, f"Chưa có {label} (thành phần bắt buộc theo Điều 8 Nghị định "
                                         "63/2010/NĐ-CP).", blocking=False))
    return problems


@dataclass(frozen=True)
class Saved:
    """The outcome of a save: the code now, its new version, and whether anything changed."""

    code: str
    version: int
    changed: bool


def load_for_edit(session: Session, code: str) -> tuple[dict[str, Any], int]:
    """A procedure's record and the version the editor must present when saving."""
    procedure = get_procedure(session, code)
    return to_record(procedure), procedure.version


def _last_change(session: Session, code: str) -> str:
    entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "procedure", AuditEntry.entity_key == code)
                           .order_by(AuditEntry.id.desc()).limit(1))
    if entry is None:
        return ""
    return f" (“{entry.actor}” lưu lúc {entry.at.astimezone():%H:%M ngày %d/%m/%Y})"


def save_in_session(session: Session, actor: Actor, record: dict[str, Any], *, original_code: str | None,
          expected_version: int | None, action: str | None = None, summary: str = "") -> Saved:
    require_edit(session, actor)  # also honours the administrator's "staff may edit" setting
    procedure = None
    if original_code is not None:
        procedure = get_procedure(session, original_code)
        if expected_version is not None and procedure.version != expected_version:
            raise ConflictError(f"Thủ tục {original_code} vừa được người khác sửa{_last_change(session, original_code)} "
                                "sau khi anh/chị mở ra. Các thay đổi của anh/chị chưa được lưu: hãy mở lại thủ tục "
                                "rồi sửa lại.")
    blocking = [(p.field, p.message) for p in record_problems(session, record, original_code=original_code)
                if p.blocking]
    if blocking:
        raise ValidationError(blocking)
    before = to_record(procedure) if procedure is not None else None
    procedure = apply_record(session, record, procedure)
    session.flush()
    after = to_record(procedure)
    changes = diff_records(before, after)
    if before is not None and not changes:
        return Saved(procedure.code, procedure.version, False)
    procedure.updated_at = utcnow()
    session.flush()
    audit.record(session, actor, action or ("create" if before is None else "update"), "procedure", procedure.code,
                 summary=summary or procedure.name, changes=changes if before is not None else [], snapshot=after)
    return Saved(procedure.code, procedure.version, True)


def save_procedure(db: Database, actor: Actor, record: dict[str, Any], *, original_code: str | None = None,
                   expected_version: int | None = None) -> Saved:
    """Create (``original_code`` None) or update one procedure from the editor, audited.

    Refuses with :class:`ConflictError` when the procedure was saved by
    someone else since the editor read ``expected_version``.
    """
    actor.require(permissions.EDIT_CATALOGUE)
    return db.write(actor, lambda session: save_in_session(session, actor, record, original_code=original_code,
                                                   expected_version=expected_version))


def set_lifecycle(db: Database, actor: Actor, code: str, status: Lifecycle, *, decision_number: str = "",
                  decision_date: dt.date | None = None, effective_date: dt.date | None = None,
                  superseded_by: str = "", expected_version: int | None = None) -> Saved:
    """Mark a procedure in force, amended, repealed or not yet in force, per a Quyết định công bố.

    Repealed: it leaves the posted list on ``effective_date``. Not yet in force:
    it enters the posted list on ``effective_date`` (posting starts that day
    unless an earlier posting date is set). Amended: the decision is recorded
    and the procedure stays posted.
    """
    actor.require(permissions.EDIT_CATALOGUE)
    problems: list[tuple[str, str]] = []
    decision_number = " ".join(decision_number.split())
    if status != Lifecycle.IN_FORCE:
        if not decision_number:
            problems.append(("decision_number", "Cần số, ký hiệu quyết định công bố (ví dụ 1234/QĐ-UBND)."))
        if decision_date is None:
            problems.append(("decision_date", "Cần ngày ký quyết định công bố."))
    if status in (Lifecycle.REPEALED, Lifecycle.PENDING) and effective_date is None:
        problems.append(("effective_date", "Cần ngày bãi bỏ có hiệu lực." if status == Lifecycle.REPEALED
                         else "Cần ngày thủ tục bắt đầu có hiệu lực."))
    if superseded_by.strip():
        try:
            superseded_by = normalize_code(superseded_by)
        except ValidationError as exc:
            problems.append(("superseded_by", exc.message))
    if problems:
        raise ValidationError(problems)

    def work(session: Session) -> Saved:
        record, _version = load_for_edit(session, code)
        life, posting = record["lifecycle"], record["posting"]
        life["status"] = status.value
        if status != Lifecycle.IN_FORCE:
            life["decision_number"] = decision_number
            life["decision_date"] = decision_date.isoformat() if decision_date else None
        if status == Lifecycle.REPEALED:
            life["effective_until"] = effective_date.isoformat()
            life["superseded_by"] = superseded_by
        elif status == Lifecycle.PENDING:
            life["effective_from"] = effective_date.isoformat()
            life["effective_until"] = None
            if not posting["posted_since"] or posting["posted_since"] > life["effective_from"]:
                posting["posted_since"] = life["effective_from"]
        elif status == Lifecycle.IN_FORCE:
            life["effective_until"] = None
            life["superseded_by"] = ""
            if effective_date is not None:
                life["effective_from"] = effective_date.isoformat()
        summary = f"{status.label}: {decision_number}" if decision_number else status.label
        return save_in_session(session, actor, record, original_code=code, expected_version=expected_version,
                     action="lifecycle", summary=summary)

    return db.write(actor, work)


def mark_verified(db: Database, actor: Actor, code: str, *, day: dt.date | None = None,
                  expected_version: int | None = None) -> Saved:
    """Record that the procedure was checked against the province's decision today."""
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> Saved:
        record, _version = load_for_edit(session, code)
        record["provenance"].update(verification=Verification.VERIFIED.value,
                                    verified_on=(day or dt.date.today()).isoformat(), verified_by=actor.name)
        return save_in_session(session, actor, record, original_code=code, expected_version=expected_version,
                     action="verify", summary="Đã đối chiếu với quyết định công bố")

    return db.write(actor, work)
