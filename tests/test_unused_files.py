"""Stored files nothing refers to (a detached form, a replaced logo, a rolled-back write) listed and cleaned."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from cchc_desktop import cli
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, StoredFile
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import PermissionDenied
from cchc_desktop.core.services import audit, files, procedure_bin, samples, settings, unused_files

ADMIN = Actor("an", Role.ADMIN, 1)


def pdf(n: int) -> bytes:
    return b"%PDF-1.4\n" + f"% form {n}\n".encode() * 20 + b"%%EOF\n"


def png(n: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes([n]) * 64


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def unused(db: Database) -> list[str]:
    with db.read() as session:
        return [f.sha256 for f in unused_files.list_unused(db, session, ADMIN)]


def test_unused_files_are_listed_and_cleaned_audited(demo_db: Database) -> None:
    settings.set_logo(demo_db, ADMIN, png(1))
    settings.set_logo(demo_db, ADMIN, png(2))                       # the first logo is left
    detached = samples.add_document(demo_db, ADMIN, "1.001193", title="Tờ khai cũ", file=("cu.pdf", pdf(1)))
    samples.detach_file(demo_db, ADMIN, detached)                    # its form is left
    samples.add_document(demo_db, ADMIN, "1.001193", title="Tờ khai", file=("to-khai.pdf", pdf(2)))
    binned = samples.add_document(demo_db, ADMIN, "1.000894", title="Tờ khai kết hôn", file=("kh.pdf", pdf(3)))
    procedure_bin.delete(demo_db, ADMIN, ["1.000894"])               # in the bin: may come back with its form
    with demo_db.read() as session:                                  # a history snapshot naming a file keeps it
        assert session.get(StoredFile, sha(pdf(3))) is not None and binned
    demo_db.write(ADMIN, lambda s: files.store(demo_db, s, pdf(4), "snap.pdf"))
    demo_db.write(ADMIN, lambda s: audit.record(s, ADMIN, "update", "procedure", "1.001193", "ảnh chụp",
                                                snapshot={"file": sha(pdf(4))}))
    orphan = None
    folder = files.files_dir(demo_db)
    if folder is not None:  # SQLite: a file a rolled-back write left behind, with no row
        files.write_file(folder, sha(pdf(5)), pdf(5))
        orphan = sha(pdf(5))
    expected = sorted([sha(png(1)), sha(pdf(1))]) + ([orphan] if orphan else [])
    assert sorted(unused(demo_db)[:2]) + unused(demo_db)[2:] == expected

    for actor in (Actor("lan", Role.STAFF, 2), Actor("xem", Role.READONLY, 3)):
        with pytest.raises(PermissionDenied):
            unused_files.clean(demo_db, actor)
        with pytest.raises(PermissionDenied), demo_db.read() as session:
            unused_files.list_unused(demo_db, session, actor)

    cleaned = unused_files.clean(demo_db, ADMIN)
    assert cleaned.count == len(expected) and cleaned.size == 72 + len(pdf(1)) + (len(pdf(5)) if orphan else 0)
    assert unused(demo_db) == []
    with demo_db.read() as session:
        for gone in (sha(png(1)), sha(pdf(1))):
            assert session.get(StoredFile, gone) is None
        assert settings.logo(demo_db, session) == png(2)
        for kept in (pdf(2), pdf(3), pdf(4)):
            assert files.load(demo_db, session, sha(kept)).data == kept
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.actor, entry.action, entry.entity) == ("an", "purge", "files")
        assert entry.summary.startswith(f"Dọn {len(expected)} tệp đính kèm không còn dùng")
        assert sorted(c["old"] for c in entry.changes) == sorted(expected)
        assert audit.verify_chain(session) == []
    if folder is not None:
        left = {p.name for p in folder.glob("*/*")}
        assert left == {sha(png(2)), sha(pdf(2)), sha(pdf(3)), sha(pdf(4))}
    assert unused_files.clean(demo_db, ADMIN).count == 0  # nothing left: no entry either
    with demo_db.read() as session:
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "purge"


def test_a_failed_clean_puts_every_file_back(sqlite_db: Database, monkeypatch) -> None:
    settings.set_logo(sqlite_db, ADMIN, png(1))
    settings.set_logo(sqlite_db, ADMIN, png(2))
    path = files.file_path(files.files_dir(sqlite_db), sha(png(1)))
    assert path.exists()

    def refuse(*args, **kwargs):
        raise RuntimeError("mất điện")

    monkeypatch.setattr(unused_files.audit, "record", refuse)
    with pytest.raises(RuntimeError):
        unused_files.clean(sqlite_db, ADMIN)
    assert path.read_bytes() == png(1) and unused(sqlite_db) == [sha(png(1))]


def test_the_command_line_lists_then_cleans(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    settings.set_logo(sqlite_db, ADMIN, png(1))
    settings.set_logo(sqlite_db, ADMIN, png(2))
    url = str(sqlite_db.path)
    assert cli.main(["--database", url, "clean-files", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert sha(png(1)) in out and "1 tệp không còn dùng." in out and unused(sqlite_db) == [sha(png(1))]
    assert cli.main(["--database", url, "clean-files"]) == 0
    assert "Đã dọn 1 tệp (72 byte)." in capsys.readouterr().out
    assert unused(sqlite_db) == []
