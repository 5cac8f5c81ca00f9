"""The typed ORM schema. Alembic revisions in ``migrations/`` must match it (a test checks).

A procedure carries every component of NĐ 63/2010 Điều 8 and of the national
portal's record. Lists of plain values (subjects, agencies, legal bases,
results, steps) are JSON documents; the parts with their own rows and rules
(channels with time limits and fees, dossier groups and components, sample
documents) are tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Enum as SAEnum,
    and_,
    or_,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    BigInteger,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import (
    FeeKind,
    GuidanceChannel,
    GuidanceKind,
    GuidanceOutcome,
    Level,
    Lifecycle,
    Method,
    OnlineLevel,
    PrintResult,
    ProductKind,
    Role,
    SampleKind,
    TargetPer,
    TimeFrame,
    TimeUnit,
    Verification,
)
from cchc_desktop.core.db.types import Blob, JSONDoc, UTCDateTime, enum_check, enum_column, utcnow
from cchc_desktop.core.posting import in_force, is_posted

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), list: JSONDoc(), dict: JSONDoc()}


# --- catalogue ---------------------------------------------------------------

class Field(Base):
    """Lĩnh vực: the national category a procedure belongs to."""

    __tablename__ = "fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    portal_url: Mapped[str | None] = mapped_column(String(1000))
    search_key: Mapped[str] = mapped_column(String(300), default="")
    sort_key: Mapped[bytes] = mapped_column(Blob(), default=b"")

    procedures: Mapped[list[Procedure]] = relationship(back_populates="field")


class Procedure(Base):
    """Thủ tục hành chính as posted at the center."""

    __tablename__ = "procedures"
    # Every list is ORDER BY sort_key, code: with code in the index no list sorts its ties apart.
    __table_args__ = (Index("ix_procedures_sort_key", "sort_key", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    formality_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(2000))
    # "Tóm tắt cho người dân": what to bring, how long, how much, where, in a few plain lines (leaflets, guides).
    summary: Mapped[str] = mapped_column(Text, default="")
    field_id: Mapped[int | None] = mapped_column(ForeignKey("fields.id", ondelete="RESTRICT"), index=True)
    level: Mapped[Level] = mapped_column(enum_column(Level), default=Level.COMMUNE)
    portal_type: Mapped[str] = mapped_column(String(30), default="")
    promulgating_agency: Mapped[str] = mapped_column(String(300), default="")
    executing_agencies: Mapped[list] = mapped_column(default=list)
    coordinating_agencies: Mapped[list] = mapped_column(default=list)
    subjects: Mapped[list] = mapped_column(default=list)
    steps: Mapped[list] = mapped_column(default=list)
    requirements: Mapped[str] = mapped_column(Text, default="")
    legal_bases: Mapped[list] = mapped_column(default=list)
    results: Mapped[list] = mapped_column(default=list)
    case_time_limits: Mapped[list] = mapped_column(default=list)
    result_delivery: Mapped[list] = mapped_column(default=list)
    online_level: Mapped[OnlineLevel] = mapped_column(enum_column(OnlineLevel), default=OnlineLevel.NONE)
    non_territorial: Mapped[bool] = mapped_column(Boolean, default=False)

    lifecycle: Mapped[Lifecycle] = mapped_column(enum_column(Lifecycle), default=Lifecycle.IN_FORCE)
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    superseded_by: Mapped[str] = mapped_column(String(8), default="")

    posted_since: Mapped[dt.date | None] = mapped_column(Date)
    posted_until: Mapped[dt.date | None] = mapped_column(Date)
    online_url: Mapped[str | None] = mapped_column(String(1000))
    online_url_override: Mapped[str | None] = mapped_column(String(1000))

    keywords: Mapped[list] = mapped_column(default=list)
    friendly_names: Mapped[list] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")

    source: Mapped[str] = mapped_column(String(500), default="")
    source_url: Mapped[str] = mapped_column(String(1000), default="")
    verification: Mapped[Verification] = mapped_column(enum_column(Verification),
                                                       default=Verification.UNVERIFIED)
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verification_note: Mapped[str] = mapped_column(Text, default="")

    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[bytes] = mapped_column(Blob(), default=b"")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # In the bin (deleted by an administrator, restorable): left out of every list, search and print.
    deleted_at: Mapped[dt.datetime | None] = mapped_column()
    deleted_by: Mapped[str | None] = mapped_column(String(200))

    field: Mapped[Field | None] = relationship(back_populates="procedures")
    channels: Mapped[list[Channel]] = relationship(
        back_populates="procedure", cascade="all, delete-orphan", order_by="Channel.position")
    dossier_groups: Mapped[list[DossierGroup]] = relationship(
        back_populates="procedure", cascade="all, delete-orphan", order_by="DossierGroup.position")
    sample_documents: Mapped[list[SampleDocument]] = relationship(
        back_populates="procedure", cascade="all, delete-orphan",
        order_by="(SampleDocument.case_name, SampleDocument.position)")

    __mapper_args__ = {"version_id_col": version}

    @property
    def link(self) -> str | None:
        """The link printed in QR codes: the staff override, else the portal page."""
        return self.online_url_override or self.online_url

    def is_in_force_on(self, day: dt.date) -> bool:
        """In force on ``day`` by its lifecycle and effective dates."""
        return in_force(day, self.lifecycle, self.effective_from, self.effective_until)

    def is_posted_on(self, day: dt.date) -> bool:
        """Posted at the center and in force on ``day``: what the kiosk and print lists show."""
        return self.deleted_at is None and is_posted(day, self.posted_since, self.posted_until, self.lifecycle, self.effective_from,
                         self.effective_until)

    @classmethod
    def live(cls) -> ColumnElement[bool]:
        """Not in the bin: the condition of every list of procedures."""
        return cls.deleted_at.is_(None)

    @classmethod
    def posted_on(cls, day: dt.date) -> ColumnElement[bool]:
        """SQL form of :meth:`is_posted_on`, for queries."""
        return and_(
            cls.deleted_at.is_(None),
            cls.posted_since.is_not(None), cls.posted_since <= day,
            or_(cls.posted_until.is_(None), cls.posted_until > day),
            or_(cls.effective_from.is_(None), cls.effective_from <= day),
            or_(cls.effective_until.is_(None), cls.effective_until > day),
            or_(cls.lifecycle.not_in([Lifecycle.REPEALED, Lifecycle.PENDING]),
                and_(cls.lifecycle == Lifecycle.REPEALED, cls.effective_until.is_not(None)),
                and_(cls.lifecycle == Lifecycle.PENDING, cls.effective_from.is_not(None))),
        )


class Channel(Base):
    """One submission channel with its own time limit and fees."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("procedure_id", "method"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"))  # led by the unique (procedure_id, method) index
    position: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[Method] = mapped_column(enum_column(Method))
    time_qty: Mapped[float | None] = mapped_column(Float)
    time_unit: Mapped[TimeUnit | None] = mapped_column(enum_column(TimeUnit))
    time_text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    procedure: Mapped[Procedure] = relationship(back_populates="channels")
    fees: Mapped[list[Fee]] = relationship(
        back_populates="channel", cascade="all, delete-orphan", order_by="Fee.position")


class Fee(Base):
    """A fee line: the verbatim text is authoritative, the amount optional (0 is not "free")."""

    __tablename__ = "fees"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[FeeKind] = mapped_column(enum_column(FeeKind), default=FeeKind.FEE)
    text: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int | None] = mapped_column(BigInteger)

    channel: Mapped[Channel] = relationship(back_populates="fees")


class DossierGroup(Base):
    """A case of the dossier (trường hợp) or a heading such as “Giấy tờ phải nộp”."""

    __tablename__ = "dossier_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")

    procedure: Mapped[Procedure] = relationship(back_populates="dossier_groups")
    components: Mapped[list[DossierComponent]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="DossierComponent.position")


class DossierComponent(Base):
    """Thành phần hồ sơ: one document with its number of originals and copies."""

    __tablename__ = "dossier_components"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("dossier_groups.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    present_only: Mapped[bool] = mapped_column(Boolean, default=False)
    form_name: Mapped[str] = mapped_column(String(500), default="")
    form_url: Mapped[str] = mapped_column(String(1000), default="")
    code: Mapped[str] = mapped_column(String(60), default="")

    group: Mapped[DossierGroup] = relationship(back_populates="components")


class StoredFile(Base):
    """Content-addressed file store; bytes live here on PostgreSQL, on disk beside a SQLite file."""

    __tablename__ = "stored_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes | None] = mapped_column(Blob())
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SampleDocument(Base):
    """Bộ hồ sơ mẫu: one document of a procedure's sample dossier, with its files."""

    __tablename__ = "sample_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"), index=True)
    case_name: Mapped[str] = mapped_column(String(500), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[SampleKind] = mapped_column(enum_column(SampleKind), default=SampleKind.FILLED)
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256", ondelete="RESTRICT"))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    procedure: Mapped[Procedure] = relationship(back_populates="sample_documents")
    file: Mapped[StoredFile | None] = relationship()


# --- people, activity, administration -----------------------------------------

class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.STAFF)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column()
    last_login_at: Mapped[dt.datetime | None] = mapped_column()


class GuidanceSession(Base):
    """One guidance session at a desk, by phone, online or in the field.

    ``procedure_code`` is empty when the help was about something else, named in
    ``other_procedure``. The citizen's name and phone are kept only with consent
    (``consent_at`` and the notice version shown); the retention erase empties
    them and sets ``anonymised_at``, the session itself stays for the reports.
    """

    __tablename__ = "guidance_sessions"
    __table_args__ = (Index("ix_guidance_sessions_occurred_at_procedure", "occurred_at", "procedure_code"),
                      Index("ix_guidance_sessions_follow_up_on", "follow_up_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    procedure_code: Mapped[str] = mapped_column(String(8), default="")
    other_procedure: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[GuidanceKind] = mapped_column(enum_column(GuidanceKind))
    channel: Mapped[GuidanceChannel] = mapped_column(enum_column(GuidanceChannel))
    outcome: Mapped[GuidanceOutcome] = mapped_column(enum_column(GuidanceOutcome))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    citizen_name: Mapped[str | None] = mapped_column(String(200))
    citizen_phone: Mapped[str | None] = mapped_column(String(20))
    consent_at: Mapped[dt.datetime | None] = mapped_column()
    consent_notice_version: Mapped[str | None] = mapped_column(String(20))
    anonymised_at: Mapped[dt.datetime | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": version}


class SatisfactionRating(Base):
    """A citizen's answer to the satisfaction survey; never linked to a person."""

    __tablename__ = "satisfaction_ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)  # made by the screen: a double tap stores once
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    source: Mapped[str] = mapped_column(String(20), default="kiosk")
    procedure_code: Mapped[str] = mapped_column(String(8), default="")
    field: Mapped[str] = mapped_column(String(300), default="")  # lĩnh vực name, when known
    counter: Mapped[str] = mapped_column(String(60), default="")  # the counter (quầy) rated, when known
    overall: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[dict] = mapped_column(default=dict)


class PrintJob(Base):
    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    template: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict] = mapped_column(default=dict)
    procedure_codes: Mapped[list] = mapped_column(default=list)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    destination: Mapped[str] = mapped_column(String(1000), default="")
    result: Mapped[PrintResult] = mapped_column(enum_column(PrintResult), default=PrintResult.OK)
    error: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Append-only trail; each entry's hash covers its content and the previous hash."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity_key", "entity", "entity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[list] = mapped_column(default=list)
    snapshot: Mapped[dict | None] = mapped_column()
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Folded actor, key and summary for the viewer's text filter; not part of the hash.
    search_key: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Center settings (name, address, hours, hotline, …) as JSON values by key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONDoc())
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)



# --- the ward's communication plan ----------------------------------------------------

class Plan(Base):
    """Kế hoạch thông tin, tuyên truyền CCHC of one year; its appendix's tasks are :class:`PlanTask`."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTask.number")


class PlanTask(Base):
    """One row of the plan's appendix: number (Stt), content, product, units, time frame."""

    __tablename__ = "plan_tasks"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))  # led by the unique index
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(Text, default="")
    lead_unit: Mapped[str] = mapped_column(String(500), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    timeframe: Mapped[TimeFrame] = mapped_column(enum_column(TimeFrame), default=TimeFrame.REGULAR)
    timeframe_text: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    kinds: Mapped[list] = mapped_column(default=list)  # ProductKind values the task's activities usually are

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="PlanTarget.position")


class PlanTarget(Base):
    """A measurable target of a task: ``count`` per week, month, quarter or year, of some kinds (none: any)."""

    __tablename__ = "plan_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("plan_tasks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    count: Mapped[int] = mapped_column(Integer)
    per: Mapped[TargetPer] = mapped_column(enum_column(TargetPer))
    kinds: Mapped[list] = mapped_column(default=list)

    task: Mapped[PlanTask] = relationship(back_populates="targets")


class PlanActivity(Base):
    """What was done for a task: a news item, a broadcast, printed copies, a meeting…, with its evidence."""

    __tablename__ = "plan_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("plan_tasks.id", ondelete="RESTRICT"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[ProductKind] = mapped_column(enum_column(ProductKind))
    title: Mapped[str] = mapped_column(String(1000))
    link: Mapped[str] = mapped_column(String(1000), default="")
    place: Mapped[str] = mapped_column(String(500), default="")
    count: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(300), default="")
    evidence_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256", ondelete="RESTRICT"))
    evidence_name: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(60), default="")  # "print:12", "guidance:345": where it came from
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

# --- Vietnamese text on the way in ------------------------------------------------

def _install_normalizers() -> None:
    """NFC-normalise every text attribute when it is set; collapse one-line values."""
    for mapper in Base.registry.mappers:
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            attr = getattr(mapper.class_, prop.key)
            if isinstance(column.type, Text):
                fn = vtext.normalize
            elif isinstance(column.type, String) and not isinstance(column.type, SAEnum):
                fn = vtext.normalize_line
            elif isinstance(column.type, (JSON, JSONDoc)):
                event.listen(attr, "set", _set_deep, retval=True)
                continue
            else:
                continue
            event.listen(attr, "set", _setter(fn), retval=True)


def _setter(fn):
    def on_set(target, value, oldvalue, initiator):
        return fn(value) if isinstance(value, str) else value
    return on_set


def _set_deep(target, value, oldvalue, initiator):
    return vtext.normalize_deep(value)


def procedure_keys(code: str, name: str, keywords: list[str], friendly_names: list[str]) -> dict[str, Any]:
    """The derived ``search_key`` and ``sort_key`` of a procedure (bulk writes set them too)."""
    return {"search_key": vtext.fold(" | ".join([code, name, *keywords, *friendly_names])),
            "sort_key": vtext.sort_key_bytes(name)}


def field_keys(name: str) -> dict[str, Any]:
    return {"search_key": vtext.fold(name), "sort_key": vtext.sort_key_bytes(name)}


def _procedure_search_key(mapper, connection, target: Procedure) -> None:
    keys = procedure_keys(target.code or "", target.name or "", target.keywords or [], target.friendly_names or [])
    target.search_key, target.sort_key = keys["search_key"], keys["sort_key"]


def _field_search_key(mapper, connection, target: Field) -> None:
    keys = field_keys(target.name or "")
    target.search_key, target.sort_key = keys["search_key"], keys["sort_key"]


_install_normalizers()
for _table in Base.metadata.tables.values():
    for _column in list(_table.c):
        if isinstance(_column.type, SAEnum):
            _table.append_constraint(enum_check(_column))
for _event in ("before_insert", "before_update"):
    event.listen(Procedure, _event, _procedure_search_key)
    event.listen(Field, _event, _field_search_key)
