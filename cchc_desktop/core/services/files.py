"""The managed file store (sample forms, the center's logo): content-addressed by SHA-256.

On PostgreSQL the bytes live in ``stored_files.data``, so every desk and
kiosk sees them. On SQLite they live as files in a ``files/`` folder beside
the database file (``files/ab/abcdef…``), and ``data`` stays NULL: the file
is written first (to a temporary name, then renamed, so it is whole or
absent), then the row in the caller's transaction. A file left behind by a
transaction that rolled back is harmless: the same content reuses it.
Reading checks the hash, so a file changed or damaged outside the app is
reported, never shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from cchc_desktop.core import paths
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import StoredFile
from cchc_desktop.core.errors import CchcError, NotFoundError, ValidationError

MAX_BYTES = 20 * 1024 * 1024
# Magic bytes of the accepted types: what a file is, whatever its name says.
KINDS = [(b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg")]
EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


@dataclass(frozen=True)
class FileContent:
    sha256: str
    media_type: str
    data: bytes


def sniff(data: bytes, file_name: str) -> str:
    """The media type of ``data`` (PDF, PNG or JPEG), or a Vietnamese ValidationError."""
    if not data:
        raise ValidationError(f"Tệp “{file_name}” rỗng (0 byte).", "file")
    if len(data) > MAX_BYTES:
        raise ValidationError(f"Tệp “{file_name}” nặng {len(data) / 1048576:.1f} MB, vượt giới hạn "
                              f"{MAX_BYTES // 1048576} MB. Hãy quét lại với độ phân giải thấp hơn.", "file")
    head = data[:1024].lstrip(b"\r\n\t ")  # some PDF writers put a blank line before the header
    for magic, media_type in KINDS:
        if head.startswith(magic):
            return media_type
    raise ValidationError(f"Tệp “{file_name}” không phải PDF, PNG hay JPG (nội dung tệp không đúng định dạng "
                          "các loại này, dù tên tệp có thể có đuôi đó). Hãy lưu mẫu dưới dạng PDF hoặc ảnh.", "file")


def files_dir(db: Database) -> Path | None:
    """Where a SQLite database keeps its files (``files/`` beside it); None on PostgreSQL."""
    return db.path.parent / "files" if db.is_sqlite and db.path else None


def file_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def _path(db: Database, sha256: str) -> Path:
    folder = files_dir(db)
    assert folder is not None
    return file_path(folder, sha256)


def write_file(folder: Path, sha256: str, data: bytes) -> None:
    """Write ``data`` under its hash in ``folder`` (backup copies and restores use this too)."""
    path = file_path(folder, sha256)
    if path.exists() and path.stat().st_size == len(data) and hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    paths.write_whole(path, lambda tmp: Path(tmp).write_bytes(data))


def store(db: Database, session: Session, data: bytes, file_name: str) -> StoredFile:
    """Keep ``data`` in the store (once per content) inside the caller's transaction."""
    media_type = sniff(data, file_name)
    sha256 = hashlib.sha256(data).hexdigest()
    row = session.get(StoredFile, sha256)
    folder = files_dir(db)
    if folder is not None:
        try:
            write_file(folder, sha256, data)
        except OSError as exc:
            raise CchcError(f"Không ghi được tệp “{file_name}” vào thư mục {folder}: {exc.strerror}. "
                            "Dữ liệu chưa bị thay đổi.") from None
    if row is None:
        row = StoredFile(sha256=sha256, size=len(data), media_type=media_type,
                         data=None if db.is_sqlite else data)
        session.add(row)
        session.flush()
    return row


def load(db: Database, session: Session, sha256: str) -> FileContent:
    """The stored bytes, checked against their hash."""
    row = session.get(StoredFile, sha256)
    if row is None:
        raise NotFoundError(f"Không có tệp mã {sha256[:12]}… trong kho tệp.")
    if row.data is not None:
        data = row.data
    else:
        path = _path(db, sha256) if db.is_sqlite else None
        try:
            data = path.read_bytes() if path is not None else b""
        except OSError:
            raise CchcError(f"Không tìm thấy tệp {sha256[:12]}… trong thư mục {files_dir(db)}: thư mục "
                            "“files” phải được sao chép cùng tệp cơ sở dữ liệu.") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise CchcError(f"Tệp {sha256[:12]}… trong kho tệp đã bị hỏng hoặc bị sửa ngoài ứng dụng "
                        "(mã băm SHA-256 không khớp). Hãy đính kèm lại tệp mẫu.")
    return FileContent(sha256, row.media_type, bytes(data))
