"""Stored files that nothing refers to any more: listed, and cleaned by an administrator, audited.

A stored file (:mod:`files`) is in use while a sample form points at it
(procedures in the bin included: they may come back), while it is the
center's logo, or while a history snapshot in the audit trail holds its hash.
A replaced logo or a form detached from every sample is left otherwise: the
store keeps one copy per content and never deletes by itself. On SQLite the
``files/`` folder may also hold files with no row at all (a transaction that
rolled back after writing its file); they are listed and cleaned too.

The trail's entries are never touched: an old logo's change stays in it by
its hash after its file is gone.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, cast, delete, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, SampleDocument, StoredFile
from cchc_desktop.core.services import audit, files, settings

_PURGING = ".purge-"  # a file being deleted with its row: renamed, then removed once the row's deletion commits


@dataclass(frozen=True)
class UnusedFile:
    sha256: str
    size: int
    media_type: str      # "" for a file on disk with no row
    created_at: dt.datetime | None
    has_row: bool


def list_unused(db: Database, session: Session, actor: Actor) -> list[UnusedFile]:
    """Every stored file nothing refers to, the oldest first."""
    actor.require(permissions.PURGE)
    used = set(session.scalars(select(SampleDocument.file_sha256).where(SampleDocument.file_sha256.is_not(None))))
    logo = settings.get(session, "center.logo_sha256")
    if logo:
        used.add(logo)
    found: list[UnusedFile] = []
    rows = session.execute(select(StoredFile.sha256, StoredFile.size, StoredFile.media_type, StoredFile.created_at)
                           .order_by(StoredFile.created_at, StoredFile.sha256)).all()
    for sha, size, media_type, created_at in rows:
        if sha in used or _in_a_snapshot(session, sha):
            continue
        found.append(UnusedFile(sha, size, media_type, created_at, True))
    folder = files.files_dir(db)
    if folder is not None and folder.is_dir():
        known = {row[0] for row in rows}
        for path in sorted(folder.glob("*/*")):
            if path.is_file() and len(path.name) == 64 and path.name not in known:
                found.append(UnusedFile(path.name, path.stat().st_size, "", None, False))
    return found


def _in_a_snapshot(session: Session, sha: str) -> bool:
    # One look-up per candidate: there are few, and the snapshots are many and large.
    return session.scalar(select(AuditEntry.id).where(AuditEntry.snapshot.is_not(None),
                                                      cast(AuditEntry.snapshot, String).contains(sha)).limit(1)) is not None


@dataclass(frozen=True)
class Cleaned:
    count: int
    size: int


def clean(db: Database, actor: Actor) -> Cleaned:
    """Delete every unused stored file in one audited transaction (its file on disk once that commits)."""
    actor.require(permissions.PURGE)
    folder = files.files_dir(db)
    moved: list[tuple[Path, Path]] = []

    def work(session: Session) -> Cleaned:
        unused = list_unused(db, session, actor)  # again inside the write: nothing attached in between
        with_rows = [f.sha256 for f in unused if f.has_row]
        for start in range(0, len(with_rows), 500):
            session.execute(delete(StoredFile).where(StoredFile.sha256.in_(with_rows[start:start + 500])))
        if folder is not None:
            for f in unused:
                path = files.file_path(folder, f.sha256)
                aside = path.with_name(_PURGING + f.sha256)
                if path.exists() and (path, aside) not in moved:
                    os.replace(path, aside)  # another desk's store() of this content now writes it anew
                    moved.append((path, aside))
        total = sum(f.size for f in unused)
        if unused:
            audit.record(session, actor, "purge", "files", "", summary=(
                f"Dọn {len(unused)} tệp đính kèm không còn dùng ({_megabytes(total)})"),
                changes=[{"field": "file", "old": f.sha256, "new": None} for f in unused])
        return Cleaned(len(unused), total)

    try:
        result = db.write(actor, work)
    except BaseException:
        for path, aside in moved:
            if aside.exists() and not path.exists():
                os.replace(aside, path)
        raise
    for _, aside in moved:
        aside.unlink(missing_ok=True)
        try:
            aside.parent.rmdir()  # only when empty
        except OSError:
            pass
    return result


def _megabytes(size: int) -> str:
    return f"{size / 1048576:.1f} MB".replace(".", ",")
