"""Backups: the automatic daily copy, and the portable archive behind ``cchc backup`` / ``cchc restore``.

The archive is a zip file::

    manifest.json            format, versions, schema revision, source, row counts, sha256 of every member
    tables/<table>.jsonl     every row of every table, one JSON object per line, tables in dependency order
    files/<sha256>           the bytes of every stored file (logo, sample documents)

It holds the same data whatever the database, so it also moves a center from
SQLite to PostgreSQL and back. Restoring checks everything first (zip CRCs,
member hashes, JSON, column types and lengths, keys and references, file
hashes) and only then replaces all data in one transaction, recorded in the
audit trail; a corrupt, partial or tampered file is refused and nothing changes.

Automatic backups: once a day when the staff app starts, and before every
schema migration (:mod:`cchc_desktop.core.db.migrate`). A SQLite database is
copied with SQLite's online backup API (and new attachment files are copied to
``files/`` beside the copies); a PostgreSQL database gets the portable archive,
so no ``pg_dump`` of a matching version is needed on the desks.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (JSON, Boolean, Date, Enum, Float, Integer, LargeBinary, String, Table, UniqueConstraint,
                        insert, select, text)
from sqlalchemy.types import TypeDecorator
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cchc_desktop import __version__
from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import migrate
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Base, StoredFile
from cchc_desktop.core.db.types import UTCDateTime
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import audit, files, settings

log = logging.getLogger(__name__)

FORMAT = "cchc-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".zip"
_FILES_TABLE = "stored_files"
_BATCH = 1000


class BackupError(CchcError):
    """A backup could not be written, or an archive is not fit to restore (nothing was changed)."""


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


# --- values <-> JSON -------------------------------------------------------------------------

def _kind(column: Any) -> Any:
    """The column's storage type (JSONDoc and Blob decorate JSON and LargeBinary)."""
    kind = column.type
    if isinstance(kind, TypeDecorator) and not isinstance(kind, UTCDateTime):
        return kind.impl_instance
    return kind


def _encode(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = _kind(column)
    if isinstance(kind, UTCDateTime):
        return value.isoformat(timespec="microseconds")
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(kind, Enum):
        return value.value if hasattr(value, "value") else value
    return value


def _decode(column: Any, value: Any) -> Any:
    """A JSON value back to what the column takes; ValueError says what is wrong."""
    if value is None:
        if not column.nullable:
            raise ValueError("thiếu giá trị bắt buộc")
        return None
    kind = _kind(column)
    if isinstance(kind, UTCDateTime):
        moment = dt.datetime.fromisoformat(_need(value, str))
        if moment.tzinfo is None:
            raise ValueError("thời điểm thiếu múi giờ")
        return moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_need(value, str))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(_need(value, str), validate=True)
    if isinstance(kind, Enum):
        return kind.enum_class(_need(value, str))
    if isinstance(kind, Boolean):
        return _need(value, bool)
    if isinstance(kind, Integer):
        if isinstance(value, bool):
            raise ValueError("cần một số nguyên")
        return _need(value, int)
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("cần một số")
        return value
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, String):
        _need(value, str)
        if kind.length is not None and len(value) > kind.length:
            raise ValueError(f"dài quá {kind.length} ký tự")
        return value
    raise ValueError(f"kiểu cột không hỗ trợ ({kind})")


def _need(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise ValueError({str: "cần một đoạn văn bản", bool: "cần đúng/sai", int: "cần một số nguyên"}[kind])
    return value


def _dump(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


# --- writing an archive ----------------------------------------------------------------------

@dataclass
class ArchiveInfo:
    """What an archive holds, from its (verified) manifest."""

    path: Path
    created_at: dt.datetime
    app_version: str
    schema_revision: str
    source_backend: str
    source: str
    rows: dict[str, int]
    files: int
    chain_problems: list[str] = field(default_factory=list)

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


def _row_stream(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    columns = [c for c in table.columns if not (table.name == _FILES_TABLE and c.name == "data")]
    pk = list(table.primary_key.columns)
    query = select(*columns)
    integer_pk = all(isinstance(c.type, Integer) for c in pk)
    if integer_pk:
        result = session.execute(query.order_by(*pk).execution_options(yield_per=_BATCH))
        for row in result:
            yield {c.name: _encode(c, row._mapping[c.name]) for c in columns}
    else:  # text keys: sort here, collations differ between databases
        rows = [{c.name: _encode(c, r._mapping[c.name]) for c in columns} for r in session.execute(query)]
        rows.sort(key=lambda r: tuple(str(r[c.name]) for c in pk))
        yield from rows


def _file_bytes(db: Database, session: Session, sha: str, extra_dirs: list[Path]) -> bytes:
    row = session.get(StoredFile, sha)
    if row is not None and row.data is not None:
        data = bytes(row.data)
    else:
        data = None
        folders = [d for d in [files.files_dir(db), *extra_dirs] if d is not None]
        for folder in folders:
            path = files.file_path(folder, sha)
            if path.is_file():
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == sha:
                    break
                data = None
        if data is None:
            raise BackupError(f"Không sao lưu được: thiếu hoặc hỏng tệp đính kèm {sha[:12]}… "
                              f"(đã tìm trong {', '.join(str(f) for f in folders) or 'cơ sở dữ liệu'}).")
    if hashlib.sha256(data).hexdigest() != sha:
        raise BackupError(f"Không sao lưu được: tệp đính kèm {sha[:12]}… đã bị hỏng (mã băm không khớp).")
    return data


def _write(db: Database, path: Path, extra_dirs: list[Path] | None = None,
           created_at: dt.datetime | None = None) -> dict[str, int]:
    """Write the archive of ``db`` to ``path`` atomically; returns the row counts."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BackupError(f"Thư mục “{path.parent}” không tồn tại.")
    partial = path.with_name(f".{path.name}.partial")
    members: dict[str, str] = {}
    rows: dict[str, int] = {}
    try:
        with db.read() as session, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                                                   compresslevel=6) as zf:
            if not db.is_sqlite:  # one snapshot for every table
                session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            shas: list[str] = []
            for table in tables():
                name = f"tables/{table.name}.jsonl"
                digest = hashlib.sha256()
                count = 0
                with zf.open(name, "w", force_zip64=True) as fh:
                    for row in _row_stream(session, table):
                        line = _dump(row)
                        digest.update(line)
                        fh.write(line)
                        count += 1
                        if table.name == _FILES_TABLE:
                            shas.append(row["sha256"])
                members[name] = digest.hexdigest()
                rows[table.name] = count
            for sha in shas:
                data = _file_bytes(db, session, sha, extra_dirs or [])
                zf.writestr(f"files/{sha}", data)
                members[f"files/{sha}"] = sha
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "schema_revision": migrate.SCHEMA_HEAD,
                "created_at": (created_at or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
                "source_backend": "sqlite" if db.is_sqlite else "postgresql", "source": db.described,
                "tables": [{"name": t.name, "rows": rows[t.name]} for t in tables()],
                "files": len(shas), "members": members,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise BackupError(f"Không ghi được tệp sao lưu {path}: {exc.strerror or exc}.") from None
    finally:
        partial.unlink(missing_ok=True)
    return rows


def _summary(rows: dict[str, int]) -> str:
    return (f"{rows.get('procedures', 0)} thủ tục, {rows.get('staff_accounts', 0)} tài khoản, "
            f"{rows.get('guidance_sessions', 0)} lượt hướng dẫn, {rows.get('audit_entries', 0)} mục nhật ký, "
            f"{rows.get(_FILES_TABLE, 0)} tệp")


def write_archive(db: Database, actor: Actor, path: Path | None = None) -> Path:
    """The portable archive of all data (default: the backup folder, named by time); audited."""
    actor.require(permissions.BACKUP)
    if path is None:
        folder = backup_folder(db)
        _make_folder(folder)
        path = folder / f"cchc-{dt.datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    path = Path(path)
    rows = _write(db, path, [_mirror_dir(db)])
    db.write(actor, lambda session: audit.record(session, actor, "backup", "database", path.name,
                                                 summary=f"Sao lưu vào {path}: {_summary(rows)}"))
    return path


# --- checking an archive -----------------------------------------------------------------------

def _refuse(path: Path, why: str) -> BackupError:
    return BackupError(f"Không khôi phục từ “{path.name}”: {why} Dữ liệu hiện tại chưa bị thay đổi.")


def _known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def _read_manifest(path: Path, zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise _refuse(path, "tệp không phải bản sao lưu của CCHC Desktop (thiếu manifest.json).") from None
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, zlib.error) as exc:
        raise _refuse(path, f"manifest.json bị hỏng ({exc}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, "tệp không phải bản sao lưu của CCHC Desktop.")
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION:
        raise _refuse(path, "bản sao lưu do phiên bản CCHC Desktop mới hơn tạo ra; hãy cập nhật ứng dụng.")
    if not isinstance(manifest.get("members"), dict) or not isinstance(manifest.get("tables"), list):
        raise _refuse(path, "manifest.json thiếu danh sách thành phần.")
    revision = manifest.get("schema_revision")
    if revision != migrate.SCHEMA_HEAD and revision not in _known_revisions():
        raise _refuse(path, f"bản sao lưu có lược đồ dữ liệu {revision!r} do phiên bản CCHC Desktop mới hơn "
                            "tạo ra; hãy cập nhật ứng dụng.")
    return manifest


def _check_members(path: Path, zf: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    listed = set(manifest["members"])
    present = set(zf.namelist()) - {MANIFEST}
    if present - listed:
        raise _refuse(path, f"có thành phần lạ không ghi trong manifest ({sorted(present - listed)[0]}).")
    if listed - present:
        raise _refuse(path, f"tệp không đầy đủ: thiếu {sorted(listed - present)[0]}.")
    for name in sorted(listed):
        digest = hashlib.sha256()
        try:
            with zf.open(name) as fh:  # zipfile checks the CRC at the end of each member
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise _refuse(path, f"thành phần {name} bị hỏng ({exc}).") from None
        if digest.hexdigest() != manifest["members"][name]:
            raise _refuse(path, f"thành phần {name} đã bị sửa hoặc bị hỏng (mã băm không khớp với manifest).")


def _rows(path: Path, zf: zipfile.ZipFile, table: Table, manifest_rows: dict[str, int]) -> Iterator[dict[str, Any]]:
    """The decoded rows of one table; any problem is refused with the line and column."""
    member = f"tables/{table.name}.jsonl"
    if table.name not in manifest_rows:
        return
    columns = {c.name: c for c in table.columns}
    first_keys: set[str] | None = None
    count = 0
    with zf.open(member) as fh:
        for number, raw in enumerate(fh, start=1):
            where = f"bảng {table.name}, dòng {number}"
            try:
                data = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise _refuse(path, f"{where}: không phải JSON hợp lệ.") from None
            if not isinstance(data, dict):
                raise _refuse(path, f"{where}: không phải một bản ghi.")
            unknown = set(data) - set(columns)
            if unknown:
                raise _refuse(path, f"{where}: có cột lạ {sorted(unknown)[0]!r}.")
            keys = set(data)
            if first_keys is None:
                first_keys = keys
                missing = [c.name for c in table.columns if c.name not in keys and not c.nullable
                           and c.default is None and c.server_default is None
                           and not (table.name == _FILES_TABLE and c.name == "data")]
                if missing:
                    raise _refuse(path, f"{where}: thiếu cột {missing[0]!r}.")
            elif keys != first_keys:
                raise _refuse(path, f"{where}: các dòng không cùng các cột.")
            row = {}
            for name, value in data.items():
                try:
                    row[name] = _decode(columns[name], value)
                except (ValueError, TypeError, LookupError) as exc:
                    raise _refuse(path, f"{where}, cột {name}: giá trị {str(value)[:60]!r} không hợp lệ ({exc}).") from None
            count += 1
            yield row
    if count != manifest_rows[table.name]:
        raise _refuse(path, f"bảng {table.name} có {count} dòng, manifest ghi {manifest_rows[table.name]}.")


def _verify(path: Path, zf: zipfile.ZipFile) -> ArchiveInfo:
    manifest = _read_manifest(path, zf)
    _check_members(path, zf, manifest)
    known = {t.name: t for t in tables()}
    try:
        manifest_rows = {t["name"]: int(t["rows"]) for t in manifest["tables"]}
    except (KeyError, TypeError, ValueError):
        raise _refuse(path, "manifest.json ghi sai số dòng của các bảng.") from None
    if set(manifest_rows) - set(known):
        raise _refuse(path, f"có bảng lạ {sorted(set(manifest_rows) - set(known))[0]!r}.")
    if manifest.get("schema_revision") == migrate.SCHEMA_HEAD and set(known) - set(manifest_rows):
        raise _refuse(path, f"thiếu bảng {sorted(set(known) - set(manifest_rows))[0]!r}.")
    for name in manifest_rows:
        if f"tables/{name}.jsonl" not in manifest["members"]:
            raise _refuse(path, f"thiếu dữ liệu bảng {name}.")

    # Keys: primary and single-column unique keys distinct, references pointing at rows in the archive.
    referenced = {(fk.column.table.name, fk.column.name) for t in tables() for fk in t.foreign_keys}
    values: dict[tuple[str, str], set[Any]] = {}
    file_shas: set[str] = set()
    chain: list[str] = []
    for table in tables():
        unique_sets = [tuple(c.name for c in table.primary_key.columns)]
        unique_sets += [tuple(c.name for c in con.columns) for con in table.constraints
                        if isinstance(con, UniqueConstraint)]
        unique_sets += [(c.name,) for c in table.columns if c.unique]
        seen: dict[tuple[str, ...], set[Any]] = {u: set() for u in unique_sets}
        for col in table.columns:
            if (table.name, col.name) in referenced:
                values[(table.name, col.name)] = set()
        prev_hash = ""
        for number, row in enumerate(_rows(path, zf, table, manifest_rows), start=1):
            for key_cols, bucket in seen.items():
                key = tuple(row.get(c) for c in key_cols)
                if None in key:
                    continue
                if key in bucket:
                    raise _refuse(path, f"bảng {table.name}, dòng {number}: trùng khoá {', '.join(key_cols)} = "
                                        f"{key[0] if len(key) == 1 else key}.")
                bucket.add(key)
            for fk in table.foreign_keys:
                value = row.get(fk.parent.name)
                if value is not None and value not in values.get((fk.column.table.name, fk.column.name), set()):
                    raise _refuse(path, f"bảng {table.name}, dòng {number}: {fk.parent.name} = {value} trỏ tới "
                                        f"bản ghi không có trong bảng {fk.column.table.name}.")
            for (tname, cname), bucket in values.items():
                if tname == table.name:
                    bucket.add(row.get(cname))
            if table.name == _FILES_TABLE:
                sha = row.get("sha256")
                file_shas.add(sha)
                if manifest["members"].get(f"files/{sha}") != sha:
                    raise _refuse(path, f"thiếu nội dung tệp đính kèm {str(sha)[:12]}….")
                if zf.getinfo(f"files/{sha}").file_size != row.get("size"):
                    raise _refuse(path, f"tệp đính kèm {sha[:12]}… không đúng kích thước.")
            if table.name == "audit_entries":
                entry = SimpleNamespace(**row)
                if entry.prev_hash != prev_hash or audit._digest(entry) != entry.hash:
                    chain.append(f"Mục nhật ký số {entry.id} trong bản sao lưu không khớp chuỗi.")
                prev_hash = entry.hash
    orphans = [n for n in manifest["members"] if n.startswith("files/") and n[len("files/"):] not in file_shas]
    if orphans:
        raise _refuse(path, f"có tệp đính kèm {orphans[0]} không thuộc bản ghi nào.")
    try:
        created = dt.datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError:
        raise _refuse(path, "manifest.json ghi sai thời điểm sao lưu.") from None
    return ArchiveInfo(path=path, created_at=created, app_version=str(manifest.get("app_version", "")),
                       schema_revision=str(manifest.get("schema_revision")),
                       source_backend=str(manifest.get("source_backend", "")),
                       source=str(manifest.get("source", "")), rows=manifest_rows,
                       files=sum(1 for n in manifest["members"] if n.startswith("files/")), chain_problems=chain)


def _open_zip(path: Path) -> zipfile.ZipFile:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Không tìm thấy tệp “{path}”.")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, f"tệp bị hỏng hoặc không đầy đủ (có thể bị ghi dở) ({exc}).") from None


def inspect(path: Path) -> ArchiveInfo:
    """Check an archive completely without touching any database; what it holds, or BackupError."""
    path = Path(path)
    if path.suffix.lower() == ".db":
        with tempfile.TemporaryDirectory(prefix="cchc-restore-") as tmp:
            archive = _archive_from_sqlite_copy(path, Path(tmp))
            info = inspect(archive)
            info.path = path
            return info
    with _open_zip(path) as zf:
        return _verify(path, zf)


# --- restoring ---------------------------------------------------------------------------------

@dataclass
class RestoreResult:
    info: ArchiveInfo
    safety_copy: Path | None


def restore(db: Database, actor: Actor, path: Path, *, safety_copy: bool = True) -> RestoreResult:
    """Replace all data by the archive's (or by a SQLite backup copy's), after checking all of it.

    The current data is first backed up into the backup folder (``safety_copy``).
    """
    actor.require(permissions.RESTORE)
    path = Path(path)
    if path.suffix.lower() == ".db":
        with tempfile.TemporaryDirectory(prefix="cchc-restore-") as tmp:
            archive = _archive_from_sqlite_copy(path, Path(tmp))
            result = restore(db, actor, archive, safety_copy=safety_copy)
            result.info.path = path
            return result
    with _open_zip(path) as zf:
        info = _verify(path, zf)
        copy = None
        if safety_copy:
            try:
                copy = backup_now(db, "before-restore")
            except (BackupError, OSError, sqlite3.Error) as exc:
                message = exc.message if isinstance(exc, CchcError) else str(exc)
                raise BackupError(f"Chưa khôi phục: không tạo được bản sao lưu dữ liệu hiện tại ({message}). "
                                  "Dữ liệu hiện tại chưa bị thay đổi.") from None
        folder = files.files_dir(db)
        if folder is not None:  # content-addressed: writing them first can harm nothing
            for name in zf.namelist():
                if name.startswith("files/"):
                    files.write_file(folder, name[len("files/"):], zf.read(name))
        manifest_rows = info.rows

        def work(session: Session) -> None:
            audit.lock(session)  # no append from another desk interleaves with the replacement
            conn = session.connection()
            if db.is_sqlite:
                for table in reversed(tables()):
                    conn.execute(table.delete())
            else:
                conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables()))
            for table in tables():
                batch: list[dict[str, Any]] = []
                for row in _rows(path, zf, table, manifest_rows):
                    if table.name == _FILES_TABLE:
                        row["data"] = None if folder is not None else zf.read(f"files/{row['sha256']}")
                    batch.append(row)
                    if len(batch) >= _BATCH:
                        conn.execute(insert(table), batch)
                        batch = []
                if batch:
                    conn.execute(insert(table), batch)
            if not db.is_sqlite:
                for table in tables():
                    pk = list(table.primary_key.columns)
                    if len(pk) == 1 and isinstance(pk[0].type, Integer) and pk[0].autoincrement in (True, "auto"):
                        conn.exec_driver_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                            f"COALESCE((SELECT MAX({pk[0].name}) FROM \"{table.name}\"), 0) + 1, false)")
            session.expire_all()
            when = info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            audit.record(session, actor, "restore", "database", path.name,
                         summary=f"Khôi phục bản sao lưu lúc {when} ({info.source_backend}): {_summary(manifest_rows)}"
                                 + (f". Bản sao dữ liệu cũ: {copy}" if copy else ""))

        try:
            db.write(actor, work, max_wait=60)
        except DBAPIError as exc:
            detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise _refuse(path, f"cơ sở dữ liệu không nhận dữ liệu của bản sao lưu ({detail}).") from None
    return RestoreResult(info, copy)


def _archive_from_sqlite_copy(path: Path, tmp: Path) -> Path:
    """A SQLite backup copy, checked, upgraded in a scratch copy and turned into an archive."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Không tìm thấy tệp “{path}”.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _refuse(path, f"tệp không phải cơ sở dữ liệu CCHC Desktop hoặc bị hỏng ({exc}).") from None
    if not check or check[0] != "ok":
        raise _refuse(path, f"tệp cơ sở dữ liệu bị hỏng (integrity_check: {check[0] if check else '?'}).")
    if not revision:
        raise _refuse(path, "tệp không phải cơ sở dữ liệu CCHC Desktop.")
    scratch = tmp / "copy.db"
    shutil.copyfile(path, scratch)
    source = Database(str(scratch))
    try:
        migrate.upgrade(source, backup_dir=tmp / "migration")
        archive = tmp / "copy.zip"
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
        _write(source, archive, [path.parent / "files", _mirror_dir(source)], created_at=taken)
    finally:
        source.dispose()
    return archive


# --- the backup folder and the daily copy ---------------------------------------------------------

def backup_folder(db: Database) -> Path:
    """The ``backup.folder`` setting, else beside the SQLite file / in the user's data folder."""
    return migrate.configured_backup_dir(db)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Không dùng được thư mục sao lưu “{folder}” ({exc.strerror or exc}). "
                          "Kiểm tra ổ USB hoặc chọn thư mục khác trong Cài đặt › Sao lưu.") from None


def _mirror_dir(db: Database) -> Path:
    """Where the daily SQLite copies keep the attachment files (content-addressed, shared by all copies)."""
    return backup_folder(db) / "files"


def _prefix(db: Database) -> str:
    return db.path.stem if db.is_sqlite and db.path else "cchc"


_STAMP = re.compile(r"-(\d{8})-(\d{6})\.(db|zip)$")


def _copies(folder: Path, prefix: str, label: str) -> list[Path]:
    found = [p for p in folder.glob(f"{prefix}-{label}-*") if _STAMP.search(p.name)]
    return sorted(found, key=lambda p: _STAMP.search(p.name).group(1, 2))


def backup_now(db: Database, label: str) -> Path:
    """A full copy into the backup folder now: SQLite online copy, or the archive on PostgreSQL."""
    folder = backup_folder(db)
    _make_folder(folder)
    if db.is_sqlite:
        copy = migrate.backup_sqlite(db.path, folder, label)
        _mirror_files(db, folder / "files")
        return copy
    path = folder / f"{_prefix(db)}-{label}-{dt.datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    _write(db, path)
    return path


def _mirror_files(db: Database, target: Path) -> None:
    source = files.files_dir(db)
    if source is None or not source.is_dir():
        return
    for path in source.glob("*/*"):
        if path.is_file() and not path.name.endswith(".partial"):
            dest = target / path.parent.name / path.name
            if not dest.exists():
                files.write_file(target, path.name, path.read_bytes())


@dataclass
class AutoBackup:
    path: Path | None     # the copy made, None when today's exists already
    folder: Path
    removed: list[Path]


def last_automatic(db: Database) -> Path | None:
    try:
        copies = _copies(backup_folder(db), _prefix(db), "daily")
    except OSError:
        return None
    return copies[-1] if copies else None


def auto_backup(db: Database, *, today: dt.date | None = None) -> AutoBackup:
    """The daily copy at start-up (once a day), keeping the newest ``backup.keep`` ones.

    Raises BackupError when the folder cannot be used (the caller tells the user, never blocks).
    """
    today = today or dt.date.today()
    folder = backup_folder(db)
    with db.read() as session:
        keep = int(settings.get(session, "backup.keep"))
    _make_folder(folder)
    prefix = _prefix(db)
    copies = _copies(folder, prefix, "daily")
    made = None
    if not any(_STAMP.search(p.name).group(1) == f"{today:%Y%m%d}" for p in copies):
        try:
            made = backup_now(db, "daily")
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"Không sao lưu tự động được vào “{folder}” ({exc}).") from None
        copies = _copies(folder, prefix, "daily")
    removed = copies[:-keep] if len(copies) > keep else []
    for old in removed:
        old.unlink(missing_ok=True)
    if removed and db.is_sqlite:
        _prune_mirror(db, folder)
    return AutoBackup(made, folder, removed)


def _prune_mirror(db: Database, folder: Path) -> None:
    """Delete the mirrored attachments that no SQLite copy left in ``folder`` refers to.

    Every copy there counts, whatever its label or database, since they share
    the mirror. One that cannot be read might need any file, so then nothing
    goes. A mirror that is the live database's own files folder (the backup
    folder set to the database's folder) is never pruned.
    """
    mirror, live = _mirror_dir(db), files.files_dir(db)
    if not mirror.is_dir() or (live is not None and live.resolve() == mirror.resolve()):
        return
    wanted: set[str] = set()
    for copy in folder.glob("*.db"):
        try:
            conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
            try:
                wanted.update(sha for (sha,) in conn.execute("SELECT sha256 FROM stored_files"))
            finally:
                conn.close()
        except sqlite3.Error as exc:
            log.warning("Không đọc được bản sao %s (%s): giữ nguyên mọi tệp đính kèm đã sao.", copy, exc)
            return
    for path in mirror.glob("*/*"):
        if path.is_file() and path.name not in wanted:
            path.unlink(missing_ok=True)
            if not any(path.parent.iterdir()):
                path.parent.rmdir()


def read_tables(path: Path) -> dict[str, bytes]:
    """The table members of an archive as bytes (to compare two archives' data)."""
    with _open_zip(path) as zf:
        return {n[len("tables/"):-len(".jsonl")]: zf.read(n) for n in zf.namelist() if n.startswith("tables/")}
