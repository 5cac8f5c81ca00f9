"""Satisfaction ratings: the citizen's anonymous answers to the survey (core/survey.py).

A rating holds the time, the five-level answer and/or the eight counter
questions, and optionally the procedure, its field and the counter rated;
never a name, a phone number or free text. The screen makes a token when the
form opens; recording the same token again stores nothing (a double tap, a
retry after a lost reply), which a unique index enforces in the database too.

Ratings are not audited: they change nothing that staff administer, are never
edited, and the kiosk's database role may not read the audit trail (on
PostgreSQL it may only read the catalogue and insert ratings, see kiosk_role).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions, survey
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Field, Procedure, SatisfactionRating
from cchc_desktop.core.errors import ValidationError

_TOKEN = re.compile(r"^[0-9a-f]{32}$")
SOURCES = ("kiosk", "desk")


def new_token() -> str:
    """A fresh submission token (128 random bits, hex): one per opened rating form."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Rating:
    id: int
    created_at: dt.datetime
    source: str
    procedure_code: str
    field: str
    counter: str
    overall: int | None
    answers: dict[str, str]


def record(db: Database, actor: Actor, *, token: str, overall: int | None = None,
           answers: dict[str, str] | None = None, procedure_code: str = "", field: str = "",
           counter: str = "", source: str = "kiosk") -> bool:
    """Store one rating; False when this token was stored already (nothing is stored twice).

    A procedure code must be in the catalogue; its field is filled in from it
    when not given.
    """
    actor.require(permissions.RATE)
    overall, checked = survey.check(overall, dict(answers or {}))
    if not isinstance(token, str) or not _TOKEN.match(token):
        raise ValidationError("Mã phiếu đánh giá không hợp lệ (cần 32 chữ số thập lục phân).", "token")
    if source not in SOURCES:
        raise ValidationError(f"Nguồn phiếu đánh giá “{source}” không hợp lệ.", "source")
    code, field, counter = (vtext.normalize_line(v or "") for v in (procedure_code, field, counter))
    if len(counter) > 60 or len(field) > 300:
        raise ValidationError("Tên quầy hoặc lĩnh vực của phiếu đánh giá quá dài.", "counter")

    def work(session: Session) -> bool:
        nonlocal field
        if code:
            found = session.execute(select(Procedure.id, Field.name).outerjoin(Field, Procedure.field_id == Field.id)
                                    .where(Procedure.code == code)).first()
            if found is None:
                raise ValidationError(f"Không có thủ tục mã {code} trong danh mục.", "procedure_code")
            field = field or (found[1] or "")
        values = {"token": token, "created_at": dt.datetime.now(dt.timezone.utc), "source": source,
                  "procedure_code": code, "field": field, "counter": counter, "overall": overall,
                  "answers": checked}
        # On the connection, with the table: the ORM would add RETURNING, which needs SELECT on PostgreSQL.
        return session.connection().execute(_insert_once(session, values)).rowcount == 1

    return db.write(actor, work)


def _insert_once(session: Session, values: dict[str, Any]):
    """INSERT … ON CONFLICT DO NOTHING (the token is the only unique key): only the INSERT privilege is needed."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return (dialect_insert(SatisfactionRating.__table__).values(**values).inline()  # inline: no RETURNING id
            .on_conflict_do_nothing().execution_options(preserve_rowcount=True))  # no target: no SELECT needed


def count(session: Session) -> int:
    return session.scalar(select(func.count(SatisfactionRating.id))) or 0


def ratings(session: Session, since: dt.datetime | None = None, until: dt.datetime | None = None) -> list[Rating]:
    """The ratings stored in [since, until), oldest first (what the reports read)."""
    query = select(SatisfactionRating).order_by(SatisfactionRating.created_at, SatisfactionRating.id)
    if since is not None:
        query = query.where(SatisfactionRating.created_at >= since)
    if until is not None:
        query = query.where(SatisfactionRating.created_at < until)
    return [Rating(r.id, r.created_at, r.source, r.procedure_code, r.field, r.counter, r.overall, dict(r.answers))
            for r in session.scalars(query)]
