"""Sample dossiers and the file store: SHA-256 addressed, in PostgreSQL or beside the SQLite file, checked on read."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas
from sqlalchemy import select

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import StoredFile
from cchc_desktop.core.domain import Role, SampleKind
from cchc_desktop.core.errors import CchcError, PermissionDenied, ValidationError
from cchc_desktop.core.services import files, history, samples
from cchc_desktop.printing.fonts import register_fonts

ACTOR = Actor("app:lan", Role.STAFF)


def pdf_bytes(*pages: str) -> bytes:
    out = io.BytesIO()
    family = register_fonts()
    c = canvas.Canvas(out, initialFontName=family)
    for text in pages:
        c.setFont(family, 28)
        c.drawString(60, 700, text)
        c.showPage()
    c.save()
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(out, "PNG")
    return out.getvalue()


def test_files_are_stored_once_by_content_where_every_desk_sees_them(demo_db: Database) -> None:
    data = pdf_bytes("TỜ KHAI ĐĂNG KÝ KHAI SINH")
    sha = hashlib.sha256(data).hexdigest()
    first = samples.add_document(demo_db, ACTOR, "1.001193", title="Tờ khai đăng ký khai sinh",
                                 file=("to-khai.pdf", data))
    second = samples.add_document(demo_db, ACTOR, "1.000656", title="Tờ khai (dùng chung)", kind=SampleKind.BLANK,
                                  file=("copy.pdf", data))
    with demo_db.read() as session:
        rows = session.scalars(select(StoredFile)).all()
        assert [(r.sha256, r.size, r.media_type) for r in rows] == [(sha, len(data), "application/pdf")]
        if demo_db.is_sqlite:
            assert rows[0].data is None
            assert (files.files_dir(demo_db) / sha[:2] / sha).read_bytes() == data
        else:
            assert bytes(rows[0].data) == data
    for doc_id in (first, second):
        doc, content = samples.read_file(demo_db, doc_id)
        assert content.data == data and content.media_type == "application/pdf" and doc.size == len(data)


def test_a_file_changed_outside_the_app_is_reported_not_shown(sqlite_db: Database) -> None:
    from cchc_desktop.core.services import editing

    editing.save_procedure(sqlite_db, ACTOR, {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh"})
    doc_id = samples.add_document(sqlite_db, ACTOR, "1.001193", title="Mẫu", file=("a.png", png_bytes()))
    path = next(files.files_dir(sqlite_db).rglob("*"), None)
    stored = next(p for p in files.files_dir(sqlite_db).rglob("*") if p.is_file())
    assert path is not None and not list(stored.parent.glob(".cchc-*"))
    stored.write_bytes(stored.read_bytes() + b"x")
    with pytest.raises(CchcError, match="bị hỏng hoặc bị sửa ngoài ứng dụng"):
        samples.read_file(sqlite_db, doc_id)
    stored.unlink()
    with pytest.raises(CchcError, match="thư mục “files” phải được sao chép cùng tệp cơ sở dữ liệu"):
        samples.read_file(sqlite_db, doc_id)
    # Attaching the same content again repairs the store.
    samples.attach_file(sqlite_db, ACTOR, doc_id, "a.png", png_bytes())
    assert samples.read_file(sqlite_db, doc_id)[1].data == png_bytes()


@pytest.mark.parametrize("name, data, words", [
    ("don.docx", b"PK\x03\x04 word document", "không phải PDF, PNG hay JPG"),
    ("gia.pdf", b"<html>not a pdf</html>", "không phải PDF, PNG hay JPG"),
    ("rong.pdf", b"", "rỗng"),
    ("lon.pdf", b"%PDF-1.4" + b"0" * files.MAX_BYTES, "vượt giới hạn 20 MB"),
])
def test_wrong_files_are_refused_in_vietnamese_and_change_nothing(demo_db: Database, name: str, data: bytes,
                                                                  words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        samples.add_document(demo_db, ACTOR, "1.001193", title="Tờ khai", file=(name, data))
    with demo_db.read() as session:
        assert samples.documents(session, "1.001193") == []
        assert session.scalars(select(StoredFile)).all() == []


def test_documents_per_case_in_order_with_their_history(demo_db: Database) -> None:
    with demo_db.read() as session:
        cases = samples.cases(session, "1.001193")
    assert cases[0] == samples.GENERAL_CASE and "* Giấy tờ phải nộp:" in cases
    case = "* Giấy tờ phải nộp:"
    added = samples.add_from_dossier(demo_db, ACTOR, "1.001193", case)
    assert added == 5 and samples.add_from_dossier(demo_db, ACTOR, "1.001193", case) == 0
    extra = samples.add_document(demo_db, ACTOR, "1.001193", title="Tờ khai đăng ký khai sinh (mẫu đã điền)",
                                 case_name=case, file=("mau.pdf", pdf_bytes("Mẫu")), note="Mẫu của phường")
    samples.move_document(demo_db, ACTOR, extra, -10)
    with demo_db.read() as session:
        docs = samples.documents(session, "1.001193", case)
    assert [d.position for d in docs] == list(range(6))
    assert docs[0].id == extra and docs[0].file_name == "mau.pdf" and docs[0].note == "Mẫu của phường"
    samples.remove_document(demo_db, ACTOR, docs[2].id)
    samples.update_document(demo_db, ACTOR, docs[1].id, title="Văn bản ủy quyền", kind=SampleKind.BLANK)
    samples.detach_file(demo_db, ACTOR, extra)
    with demo_db.read() as session:
        docs = samples.documents(session, "1.001193", case)
        assert [d.position for d in docs] == list(range(5))
        assert docs[1].title == "Văn bản ủy quyền" and docs[1].kind == SampleKind.BLANK
        assert docs[0].sha256 is None
        assert samples.counts(session) == {"1.001193": 5}
        versions = history.procedure_history(session, "1.001193")
    actions = [v.action for v in versions]
    assert actions[:4] == ["sample_file", "sample_update", "sample_remove", "sample_move"]
    assert actions.count("sample_add") == 6
    assert not any(v.restorable for v in versions[:4])
    assert versions[0].changes[0]["field"] == "samples" and "mau.pdf" in versions[0].changes[0]["old"]


def test_only_editors_change_sample_dossiers(demo_db: Database) -> None:
    reader = Actor("kiosk", Role.READONLY)
    with pytest.raises(PermissionDenied):
        samples.add_document(demo_db, reader, "1.001193", title="Tờ khai")
    with pytest.raises(ValidationError, match="Cần tên giấy tờ"):
        samples.add_document(demo_db, ACTOR, "1.001193", title="   ")


def test_files_folder_sits_beside_the_database(sqlite_db: Database) -> None:
    assert files.files_dir(sqlite_db) == Path(sqlite_db.path).parent / "files"
