"""Bytes of stored files (the center's logo, later the sample-dossier attachments).

Content-addressed by SHA-256. On PostgreSQL the bytes live in
``stored_files.data``; beside a SQLite file they live in
``files/<sha[:2]>/<sha>`` and ``data`` is NULL, so the database stays small.
A file is written before the row that names it is committed: a crash leaves
at worst an unreferenced file, never a row without its bytes.

This is the minimal store the accounts and backup work needs; the sample
dossier work (issue 3) owns the full one and replaces these functions at merge.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy.orm import Session

from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import StoredFile
from cchc_desktop.core.errors import CchcError


def files_dir(db: Database) -> Path | None:
    """The folder holding the bytes beside a SQLite file; None on PostgreSQL."""
    return db.path.parent / "files" if db.is_sqlite and db.path else None


def file_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def write_file(folder: Path, sha256: str, data: bytes) -> None:
    """Write the bytes under their hash, atomically; an existing identical file is kept."""
    target = file_path(folder, sha256)
    if target.exists() and target.stat().st_size == len(data):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def put(db: Database, session: Session, data: bytes, media_type: str) -> str:
    """Store ``data`` (inside the caller's transaction) and return its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    if session.get(StoredFile, sha) is not None:
        return sha
    folder = files_dir(db)
    if folder is not None:
        write_file(folder, sha, data)
    session.add(StoredFile(sha256=sha, size=len(data), media_type=media_type,
                           data=None if folder is not None else data))
    session.flush()
    return sha


def read(db: Database, row: StoredFile) -> bytes:
    """The bytes of a stored file, checked against its hash."""
    data = row.data
    if data is None:
        folder = files_dir(db)
        path = file_path(folder, row.sha256) if folder is not None else None
        try:
            data = path.read_bytes() if path is not None else None
        except OSError:
            data = None
        if data is None:
            raise CchcError(f"Thiếu tệp đính kèm {row.sha256[:12]}… (thư mục {folder}).")
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise CchcError(f"Tệp đính kèm {row.sha256[:12]}… đã bị hỏng hoặc bị sửa (mã băm không khớp).")
    return bytes(data)
