"""Bộ hồ sơ mẫu: per procedure and case, the ordered documents with their sample forms.

A document has a title, a kind (a filled-in sample or a blank form) and
optionally a file (PDF, PNG or JPEG) kept in the managed store
(:mod:`files`). Every change is in the procedure's history (audit entity
"procedure", field "samples").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import text as vtext
from cchc_desktop.core import permissions
from cchc_desktop.core.services.catalogue import require_edit
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import DossierGroup, Procedure, SampleDocument, StoredFile
from cchc_desktop.core.domain import SampleKind
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.services import audit, files

GENERAL_CASE = ""  # documents common to every case
PRINT_TEMPLATE = "sample-dossier"  # the print log's name for a sample form printed from its dossier


@dataclass(frozen=True)
class Document:
    id: int
    case_name: str
    position: int
    title: str
    kind: SampleKind
    file_name: str
    sha256: str | None
    media_type: str
    size: int
    note: str


def _procedure_id(session: Session, code: str) -> int:
    pid = session.scalar(select(Procedure.id).where(Procedure.code == code, Procedure.live()))
    if pid is None:
        raise NotFoundError(f"Không có thủ tục mã {code} trong danh mục.")
    return pid


def cases(session: Session, code: str) -> list[str]:
    """The cases to file documents under: the general one, the dossier's cases, then any others used."""
    pid = _procedure_id(session, code)
    names = [GENERAL_CASE]
    names += session.scalars(select(DossierGroup.name).where(DossierGroup.procedure_id == pid)
                             .order_by(DossierGroup.position)).all()
    names += session.scalars(select(SampleDocument.case_name).where(SampleDocument.procedure_id == pid)
                             .distinct()).all()
    return list(dict.fromkeys(n for n in names if n is not None))


def documents(session: Session, code: str, case_name: str | None = None) -> list[Document]:
    """The documents of a procedure (of one case when given), in order."""
    pid = _procedure_id(session, code)
    query = (select(SampleDocument, StoredFile.media_type, StoredFile.size)
             .outerjoin(StoredFile, SampleDocument.file_sha256 == StoredFile.sha256)
             .where(SampleDocument.procedure_id == pid)
             .order_by(SampleDocument.case_name, SampleDocument.position, SampleDocument.id))
    if case_name is not None:
        query = query.where(SampleDocument.case_name == case_name)
    return [Document(d.id, d.case_name, d.position, d.title, d.kind, d.file_name, d.file_sha256,
                     media_type or "", size or 0, d.note)
            for d, media_type, size in session.execute(query)]


def counts(session: Session) -> dict[str, int]:
    """Number of sample documents per procedure code (procedures with none are absent)."""
    query = (select(Procedure.code, func.count(SampleDocument.id))
             .join(SampleDocument, SampleDocument.procedure_id == Procedure.id).group_by(Procedure.code))
    return dict(session.execute(query).all())


def _describe(doc: SampleDocument) -> str:
    case = f"[{doc.case_name}] " if doc.case_name else ""
    attached = f", tệp {doc.file_name}" if doc.file_sha256 else ", chưa có tệp"
    return f"{case}{doc.position + 1}. {doc.title} ({doc.kind.label.lower()}{attached})"


def _record(session: Session, actor: Actor, action: str, doc: SampleDocument, old: str | None,
            new: str | None, summary: str) -> None:
    require_edit(session, actor)  # every change passes here: the "staff may edit" setting applies too
    code = session.scalar(select(Procedure.code).where(Procedure.id == doc.procedure_id))
    audit.record(session, actor, action, "procedure", code, summary=summary,
                 changes=[{"field": "samples", "old": old, "new": new}])


def _clean(title: str, case_name: str, note: str) -> tuple[str, str, str]:
    title, case_name, note = vtext.normalize_line(title), vtext.normalize_line(case_name), vtext.normalize(note).strip()
    problems = []
    if not title:
        problems.append(("title", "Cần tên giấy tờ (ví dụ: Tờ khai đăng ký khai sinh)."))
    if len(title) > 1000:
        problems.append(("title", f"Tên giấy tờ dài {len(title)} ký tự, vượt giới hạn 1000 ký tự."))
    if len(case_name) > 500:
        problems.append(("case_name", f"Tên trường hợp dài {len(case_name)} ký tự, vượt giới hạn 500 ký tự."))
    if problems:
        raise ValidationError(problems)
    return title, case_name, note


def _get(session: Session, doc_id: int) -> SampleDocument:
    doc = session.get(SampleDocument, doc_id)
    if doc is None:
        raise NotFoundError(f"Giấy tờ số {doc_id} của bộ hồ sơ mẫu không còn (có thể vừa bị xoá ở máy khác).")
    return doc


def _siblings(session: Session, doc: SampleDocument) -> list[SampleDocument]:
    return list(session.scalars(select(SampleDocument).where(
        SampleDocument.procedure_id == doc.procedure_id, SampleDocument.case_name == doc.case_name)
        .order_by(SampleDocument.position, SampleDocument.id)))


def add_document(db: Database, actor: Actor, code: str, *, title: str, case_name: str = GENERAL_CASE,
                 kind: SampleKind = SampleKind.FILLED, note: str = "",
                 file: tuple[str, bytes] | None = None) -> int:
    """Add a document at the end of its case; with ``file`` = (name, bytes) attached at once."""
    actor.require(permissions.EDIT_CATALOGUE)
    title, case_name, note = _clean(title, case_name, note)
    if file is not None:
        files.sniff(file[1], file[0])  # refuse a bad file before taking the write lock

    def work(session: Session) -> int:
        pid = _procedure_id(session, code)
        last = session.scalar(select(func.max(SampleDocument.position)).where(
            SampleDocument.procedure_id == pid, SampleDocument.case_name == case_name))
        doc = SampleDocument(procedure_id=pid, case_name=case_name, position=0 if last is None else last + 1,
                             title=title, kind=kind, note=note)
        if file is not None:
            doc.file_sha256 = files.store(db, session, file[1], file[0]).sha256
            doc.file_name = vtext.normalize_line(file[0])[-255:]
        session.add(doc)
        session.flush()
        _record(session, actor, "sample_add", doc, None, _describe(doc), f"Thêm vào hồ sơ mẫu: {title}")
        return doc.id

    return db.write(actor, work)


def update_document(db: Database, actor: Actor, doc_id: int, *, title: str, kind: SampleKind,
                    note: str = "") -> None:
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> None:
        doc = _get(session, doc_id)
        new_title, _case, new_note = _clean(title, doc.case_name, note)
        before = _describe(doc)
        doc.title, doc.kind, doc.note = new_title, kind, new_note
        if _describe(doc) != before or session.is_modified(doc):
            session.flush()
            _record(session, actor, "sample_update", doc, before, _describe(doc), f"Sửa hồ sơ mẫu: {new_title}")

    db.write(actor, work)


def attach_file(db: Database, actor: Actor, doc_id: int, file_name: str, data: bytes) -> None:
    """Attach (or replace) the document's file."""
    actor.require(permissions.EDIT_CATALOGUE)
    files.sniff(data, file_name)

    def work(session: Session) -> None:
        doc = _get(session, doc_id)
        before = _describe(doc)
        doc.file_sha256 = files.store(db, session, data, file_name).sha256
        doc.file_name = vtext.normalize_line(file_name)[-255:]
        session.flush()
        _record(session, actor, "sample_file", doc, before, _describe(doc), f"Đính kèm tệp mẫu: {doc.title}")

    db.write(actor, work)


def detach_file(db: Database, actor: Actor, doc_id: int) -> None:
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> None:
        doc = _get(session, doc_id)
        if doc.file_sha256 is None:
            return
        before = _describe(doc)
        doc.file_sha256, doc.file_name = None, ""
        session.flush()
        _record(session, actor, "sample_file", doc, before, _describe(doc), f"Gỡ tệp mẫu: {doc.title}")

    db.write(actor, work)


def remove_document(db: Database, actor: Actor, doc_id: int) -> None:
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> None:
        doc = _get(session, doc_id)
        before = _describe(doc)
        siblings = [d for d in _siblings(session, doc) if d.id != doc.id]
        _record(session, actor, "sample_remove", doc, before, None, f"Xoá khỏi hồ sơ mẫu: {doc.title}")
        session.delete(doc)
        session.flush()
        for position, sibling in enumerate(siblings):
            sibling.position = position

    db.write(actor, work)


def move_document(db: Database, actor: Actor, doc_id: int, offset: int) -> None:
    """Move a document up (negative ``offset``) or down within its case."""
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> None:
        doc = _get(session, doc_id)
        siblings = _siblings(session, doc)
        old = siblings.index(doc)
        new = max(0, min(len(siblings) - 1, old + offset))
        if new == old:
            return
        before = _describe(doc)
        siblings.insert(new, siblings.pop(old))
        for position, sibling in enumerate(siblings):
            sibling.position = position
        session.flush()
        _record(session, actor, "sample_move", doc, before, _describe(doc), f"Đổi thứ tự hồ sơ mẫu: {doc.title}")

    db.write(actor, work)


def add_from_dossier(db: Database, actor: Actor, code: str, case_name: str = GENERAL_CASE) -> int:
    """Add one document per dossier component of ``case_name`` (every case for the general one)
    that the case does not list yet; returns how many were added."""
    actor.require(permissions.EDIT_CATALOGUE)

    def work(session: Session) -> int:
        pid = _procedure_id(session, code)
        groups = session.scalars(select(DossierGroup).where(DossierGroup.procedure_id == pid)
                                 .order_by(DossierGroup.position)).all()
        names = [c.name for g in groups if case_name in (GENERAL_CASE, g.name) for c in g.components]
        existing = session.scalars(select(SampleDocument).where(
            SampleDocument.procedure_id == pid, SampleDocument.case_name == case_name)
            .order_by(SampleDocument.position)).all()
        known = {vtext.fold(d.title) for d in existing}
        position = len(existing)
        added = 0
        # National records start components with list marks ("- Giấy chứng sinh…"): a title does not.
        for name in dict.fromkeys(vtext.normalize_line(n).lstrip("-–•*+ ")[:1000] for n in names):
            if not name or vtext.fold(name) in known:
                continue
            doc = SampleDocument(procedure_id=pid, case_name=case_name, position=position, title=name,
                                 kind=SampleKind.FILLED)
            session.add(doc)
            session.flush()
            _record(session, actor, "sample_add", doc, None, _describe(doc), f"Thêm vào hồ sơ mẫu: {name}")
            known.add(vtext.fold(name))
            position += 1
            added += 1
        return added

    return db.write(actor, work)


def read_file(db: Database, doc_id: int) -> tuple[Document, files.FileContent]:
    """A document and its file's bytes (hash checked)."""
    with db.read() as session:
        doc = _get(session, doc_id)
        if doc.file_sha256 is None:
            raise ValidationError(f"“{doc.title}” chưa có tệp mẫu đính kèm.", "file")
        content = files.load(db, session, doc.file_sha256)
        return Document(doc.id, doc.case_name, doc.position, doc.title, doc.kind, doc.file_name,
                        doc.file_sha256, content.media_type, len(content.data), doc.note), content
