"""The print log: every print or save of a document, who did it, and how it went.

A print job is itself the record of the action, so it is not also written to
the audit trail. Read-only accounts may preview documents but not print or
save them; the check is here, not only in hidden buttons.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import PrintJob
from cchc_desktop.core.domain import PrintResult
from cchc_desktop.core.errors import NotFoundError, ValidationError

MAX_COPIES = 999


@dataclass(frozen=True)
class JobRow:
    id: int
    created_at: dt.datetime
    actor: str
    template: str
    params: dict[str, Any]
    procedure_codes: list[str]
    copies: int
    pages: int
    destination: str
    result: PrintResult
    error: str


def check_can_print(actor: Actor) -> None:
    """Raise PermissionDenied for accounts that may only look (preview is fine)."""
    actor.require(permissions.PRINT)


def record(db: Database, actor: Actor, *, template: str, params: dict[str, Any], procedure_codes: list[str],
           copies: int, pages: int, destination: str, result: PrintResult, error: str = "") -> int:
    """Write one print job and return its number."""
    check_can_print(actor)
    problems = []
    if not template or len(template) > 40:
        problems.append(("template", "Tên mẫu in phải có từ 1 đến 40 ký tự."))
    if not 1 <= copies <= MAX_COPIES:
        problems.append(("copies", f"Số bản in phải từ 1 đến {MAX_COPIES} (nhận {copies})."))
    if pages < 0:
        problems.append(("pages", f"Số trang không được âm (nhận {pages})."))
    if problems:
        raise ValidationError(problems)

    def work(session: Session) -> int:
        job = PrintJob(actor=actor.name, template=template, params=params, procedure_codes=list(procedure_codes),
                       copies=copies, pages=pages, destination=destination[:1000], result=PrintResult(result),
                       error=error)
        session.add(job)
        session.flush()
        return job.id

    return db.write(actor, work)


@dataclass(frozen=True)
class Totals:
    """What one template's jobs produced: jobs, copies, and pages (each job's pages × its copies)."""

    jobs: int = 0
    copies: int = 0
    pages: int = 0


def totals(session: Session, start: dt.datetime | None = None, end: dt.datetime | None = None,
           templates: tuple[str, ...] = ()) -> dict[str, Totals]:
    """Documents printed or saved (result OK) in ``[start, end)`` by template, e.g. handbooks and panels.

    A handbook's pages are its booklet pages (A5), not the A4 sheet sides it was imposed on.
    """
    query = select(PrintJob).where(PrintJob.result == PrintResult.OK)
    if start is not None:
        query = query.where(PrintJob.created_at >= start)
    if end is not None:
        query = query.where(PrintJob.created_at < end)
    if templates:
        query = query.where(PrintJob.template.in_(templates))
    out: dict[str, Totals] = {}
    for job in session.scalars(query):
        pages = int((job.params or {}).get("book_pages") or job.pages)
        t = out.get(job.template, Totals())
        out[job.template] = Totals(t.jobs + 1, t.copies + job.copies, t.pages + pages * job.copies)
    return out


def most_printed(session: Session, template: str, limit: int = 200, recent_jobs: int = 5000) -> list[str]:
    """Procedure codes by how many copies of ``template`` were printed for them (most first), over the
    latest ``recent_jobs`` jobs that went well."""
    counts: Counter[str] = Counter()
    query = (select(PrintJob.procedure_codes, PrintJob.copies)
             .where(PrintJob.template == template, PrintJob.result == PrintResult.OK)
             .order_by(PrintJob.id.desc()).limit(recent_jobs))
    for codes, copies in session.execute(query):
        for code in codes or ():
            counts[code] += copies or 1
    return [code for code, _ in counts.most_common(limit)]


def _row(job: PrintJob) -> JobRow:
    return JobRow(job.id, job.created_at, job.actor, job.template, dict(job.params or {}),
                  list(job.procedure_codes or []), job.copies, job.pages, job.destination, job.result, job.error)


def recent(session: Session, limit: int = 50) -> list[JobRow]:
    """The latest jobs, newest first."""
    query = select(PrintJob).order_by(PrintJob.created_at.desc(), PrintJob.id.desc()).limit(limit)
    return [_row(job) for job in session.scalars(query)]


def get(session: Session, job_id: int) -> JobRow:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFoundError(f"Không có lệnh in số {job_id} trong nhật ký in.")
    return _row(job)
