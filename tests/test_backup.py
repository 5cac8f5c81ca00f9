"""Backup and restore: identical data back, any backend to any other, bad archives refused with nothing changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import open_database
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import GuidanceSession, Procedure, SampleDocument
from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, Role
from cchc_desktop.core.services import accounts, audit, backup, catalogue, demo, files, settings
from cchc_desktop.demo import load_demo

from conftest import HAVE_PG, _empty_pg
from test_cli import assert_one_line_error, cchc

ADMIN = Actor.command_line()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def fill(db: Database, procedures: int | None = None) -> None:
    """A center with some of everything: catalogue, accounts, settings, a logo file, a guidance session."""
    admin = accounts.first_run(db, {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
                                    "center.hotline": "0271 3 123 456"}, "quantri", "Nguyễn Thị Hạnh",
                               "Bình-Long-2026", logo=PNG)
    if procedures is None:
        load_demo(db, admin)
    else:
        records = [r for r in demo.demo_records() if r["code"] == "1.001193"]
        records += [r for r in demo.demo_records()[:procedures] if r["code"] != "1.001193"]
        catalogue.save_records(db, admin, records, action="import", source="thử")
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    accounts.set_kiosk_pin(db, admin, "2468")

    def more(session):
        procedure = session.scalar(select(Procedure).where(Procedure.code == "1.001193"))
        sha = hashlib.sha256(PNG).hexdigest()
        session.add(SampleDocument(procedure_id=procedure.id, title="Tờ khai đăng ký khai sinh (mẫu đã điền)",
                                   file_sha256=sha, file_name="to-khai.png"))
        session.add(GuidanceSession(staff_id=2, procedure_code="1.001193", kind=GuidanceKind.ONLINE_SUBMISSION,
                                    channel=GuidanceChannel.COUNTER, outcome=GuidanceOutcome.SUBMITTED,
                                    duration_seconds=720))
    db.write(admin, more)


def archive(db: Database, path: Path) -> dict[str, bytes]:
    backup._write(db, path)  # no audit entry: compare data as it is
    return backup.read_tables(path)


def assert_same_data(before: dict[str, bytes], after: dict[str, bytes], *, restores: int = 1) -> None:
    """Identical tables, except the restore entries appended to the trail (and its head mark)."""
    assert set(before) == set(after)
    for name in before:
        if name == "audit_entries":
            old, new = before[name].splitlines(), after[name].splitlines()
            assert new[:len(old)] == old and len(new) == len(old) + restores
            assert all(json.loads(line)["action"] == "restore" for line in new[len(old):])
        elif name == "settings":
            strip = lambda blob: [line for line in blob.splitlines() if b'"key":"audit.head"' not in line]
            assert strip(after[name]) == strip(before[name])
        else:
            assert after[name] == before[name], name


def test_backup_then_restore_gives_identical_data(db: Database, tmp_path: Path) -> None:
    fill(db)
    before = archive(db, tmp_path / "truoc.zip")
    saved = backup.write_archive(db, ADMIN, tmp_path / "sao-luu.zip")
    with zipfile.ZipFile(saved) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "cchc-backup" and manifest["source_backend"] in ("sqlite", "postgresql")
        assert {t["name"]: t["rows"] for t in manifest["tables"]}["procedures"] == 266
        sha = hashlib.sha256(PNG).hexdigest()
        assert zf.read(f"files/{sha}") == PNG and manifest["members"][f"files/{sha}"] == sha
    with db.read() as session:
        assert audit.search(session, ADMIN, limit=1)[0].action == "backup"  # a copy of personal data is logged
    # Life goes on, then the center restores.
    settings.set_many(db, ADMIN, {"center.hotline": "0999"})
    db.write(ADMIN, lambda s: s.delete(s.scalar(select(Procedure).where(Procedure.code == "1.000894"))))
    result = backup.restore(db, ADMIN, saved)
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert_same_data(before, archive(db, tmp_path / "sau.zip"))
    with db.read() as session:
        assert audit.verify_chain(session) == []
        assert settings.logo(db, session) == PNG
        assert accounts.verify_kiosk_pin(db, "2468")
    assert accounts.authenticate(db, "binh", "dung-mat-khau").actor.role == Role.STAFF
    # New rows after a restore get fresh ids (PostgreSQL sequences follow the restored data).
    accounts.create_account(db, ADMIN, "moi", "Người Mới", Role.STAFF, "mat-khau-moi")
    settings.set_many(db, ADMIN, {"center.hotline": "0271 3 555 555"})
    with db.read() as session:
        assert audit.verify_chain(session) == []


@pytest.mark.skipif(not HAVE_PG, reason="needs PostgreSQL")
def test_sqlite_to_postgresql_and_back_gives_identical_data(sqlite_db: Database, pg_database: str,
                                                           tmp_path: Path, sqlite_template: Path) -> None:
    fill(sqlite_db)
    from_sqlite = tmp_path / "tu-sqlite.zip"
    backup._write(sqlite_db, from_sqlite)
    _empty_pg(pg_database)
    pg = open_database(pg_database)
    try:
        backup.restore(pg, ADMIN, from_sqlite, safety_copy=False)
        from_pg = archive(pg, tmp_path / "tu-postgresql.zip")
        assert_same_data(backup.read_tables(from_sqlite), from_pg)
        with pg.read() as session:
            assert audit.verify_chain(session) == []
            assert settings.logo(pg, session) == PNG  # bytes now in the database, not in a folder
        assert accounts.authenticate(pg, "quantri", "Bình-Long-2026")
    finally:
        pg.dispose()
    # …and back to a new SQLite file.
    shutil.copy(sqlite_template, tmp_path / "moi.db")
    fresh = open_database(str(tmp_path / "moi.db"))
    backup.restore(fresh, ADMIN, tmp_path / "tu-postgresql.zip", safety_copy=False)
    assert_same_data(from_pg, archive(fresh, tmp_path / "lai-sqlite.zip"))
    with fresh.read() as session:
        assert settings.logo(fresh, session) == PNG  # bytes back in the files/ folder
    assert (tmp_path / "files").is_dir()
    fresh.dispose()


def _rewrite(src: Path, dst: Path, change) -> None:
    """Copy an archive member by member, letting ``change(members)`` alter them."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _edit_table(table: str, edit, *, fix_manifest: bool):
    def change(members: dict[str, bytes]) -> None:
        name = f"tables/{table}.jsonl"
        rows = [json.loads(line) for line in members[name].splitlines()]
        edit(rows)
        members[name] = b"".join(backup._dump(r) for r in rows)
        if fix_manifest:  # a careful forger also updates the manifest
            manifest = json.loads(members["manifest.json"])
            manifest["members"][name] = hashlib.sha256(members[name]).hexdigest()
            members["manifest.json"] = json.dumps(manifest).encode()
    return change


def _set(rows, index, key, value):
    rows[index][key] = value


BAD = {
    "row edited": (_edit_table("procedures", lambda r: _set(r, 0, "name", "Sửa lén"), fix_manifest=False),
                   "mã băm không khớp"),
    "bad value": (_edit_table("procedures", lambda r: _set(r, 0, "lifecycle", "abc"), fix_manifest=True),
                  "bảng procedures, dòng 1, cột lifecycle"),
    "too long": (_edit_table("procedures", lambda r: _set(r, 0, "code", "1.0011930"), fix_manifest=True),
                 "dài quá 8 ký tự"),
    "dangling reference": (_edit_table("channels", lambda r: _set(r, 3, "procedure_id", 99999), fix_manifest=True),
                           "trỏ tới bản ghi không có trong bảng procedures"),
    "duplicate key": (_edit_table("procedures", lambda r: _set(r, 1, "code", r[0]["code"]), fix_manifest=True),
                      "trùng khoá code"),
    "row removed": (_edit_table("fees", lambda r: r.pop(), fix_manifest=True), "manifest ghi"),
    "not json": (lambda m: m.__setitem__("tables/fields.jsonl", b"{khong phai json\n"), "mã băm không khớp"),
    "file changed": (lambda m: m.__setitem__(next(n for n in m if n.startswith("files/")), PNG[:-1] + b"!"),
                     "mã băm không khớp"),
    "member missing": (lambda m: m.pop("tables/settings.jsonl"), "thiếu tables/settings.jsonl"),
    "member added": (lambda m: m.__setitem__("tables/extra.jsonl", b""), "thành phần lạ"),
    "manifest missing": (lambda m: m.pop("manifest.json"), "thiếu manifest.json"),
    "newer format": (lambda m: m.__setitem__("manifest.json", m["manifest.json"].replace(
        b'"format_version": 1', b'"format_version": 2')), "phiên bản CCHC Desktop mới hơn"),
    "newer schema": (lambda m: m.__setitem__("manifest.json", m["manifest.json"].replace(
        b'"schema_revision": "', b'"schema_revision": "9999_')), "mới hơn"),
}


@pytest.fixture
def saved(db: Database, tmp_path: Path) -> tuple[Database, Path, dict[str, bytes]]:
    fill(db, procedures=12)
    settings.set_many(db, ADMIN, {"backup.folder": str(tmp_path / "sao-luu")})
    path = tmp_path / "goc.zip"
    return db, path, archive(db, path)


@pytest.mark.parametrize("case", list(BAD))
def test_a_tampered_archive_is_refused_and_nothing_changes(saved, tmp_path: Path, case: str) -> None:
    db, good, before = saved
    change, words = BAD[case]
    bad = tmp_path / "hong.zip"
    _rewrite(good, bad, change)
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(db, ADMIN, bad)
    assert words in refused.value.message and "chưa bị thay đổi" in refused.value.message
    assert archive(db, tmp_path / "sau.zip") == before
    assert not (tmp_path / "sao-luu").exists()  # refused before even the safety copy


@pytest.mark.parametrize("keep", [0.0, 0.5, 0.97, -22])
def test_a_truncated_archive_is_refused_and_nothing_changes(saved, tmp_path: Path, keep: float) -> None:
    db, good, before = saved
    data = good.read_bytes()
    size = int(len(data) * keep) if keep >= 0 else len(data) + int(keep)
    partial = tmp_path / "do-dang.zip"
    partial.write_bytes(data[:size])
    with pytest.raises(backup.BackupError, match="hỏng hoặc không đầy đủ|không phải bản sao lưu"):
        backup.inspect(partial)
    with pytest.raises(backup.BackupError, match="chưa bị thay đổi"):
        backup.restore(db, ADMIN, partial)
    assert archive(db, tmp_path / "sau.zip") == before


def test_daily_copy_once_a_day_keeping_the_newest(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "SaoLuu"
    settings.set_many(db, ADMIN, {"backup.folder": str(folder), "backup.keep": 3})
    load_demo(db, ADMIN, samples=False)
    first = backup.auto_backup(db)
    assert first.path is not None and first.path.parent == folder
    assert first.path.suffix == (".db" if db.is_sqlite else ".zip")
    assert backup.auto_backup(db).path is None  # already done today
    prefix = backup._prefix(db)
    for day in range(1, 6):  # copies from earlier days
        old = folder / f"{prefix}-daily-202611{day:02d}-080000{first.path.suffix}"
        shutil.copy(first.path, old)
    result = backup.auto_backup(db)
    assert result.path is None and len(result.removed) == 3
    assert sorted(p.name for p in folder.glob(f"{prefix}-daily-*")) == [
        f"{prefix}-daily-20261104-080000{first.path.suffix}", f"{prefix}-daily-20261105-080000{first.path.suffix}",
        first.path.name]
    assert backup.last_automatic(db) == first.path
    # The copy is a whole backup: it restores.
    info = backup.inspect(first.path)
    assert info.count("procedures") == 266
    (folder / "khong-dung").write_text("một tệp, không phải thư mục")
    settings.set_many(db, ADMIN, {"backup.folder": str(folder / "khong-dung")})
    with pytest.raises(backup.BackupError, match="Không dùng được thư mục sao lưu"):
        backup.auto_backup(db)


def test_removing_old_daily_copies_prunes_the_attachments_only_they_needed(sqlite_db: Database,
                                                                          tmp_path: Path) -> None:
    fill(sqlite_db, procedures=3)
    folder = tmp_path / "SaoLuu"
    settings.set_many(sqlite_db, ADMIN, {"backup.folder": str(folder), "backup.keep": 2})
    today = backup.auto_backup(sqlite_db).path
    png = hashlib.sha256(PNG).hexdigest()
    mirror = folder / "files"
    assert (mirror / png[:2] / png).is_file()

    def old_copy(name: str, data: bytes) -> str:
        """A copy from another day whose sample form is a file the live database no longer has."""
        path = folder / name
        shutil.copy(today, path)
        sha = hashlib.sha256(data).hexdigest()
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("INSERT INTO stored_files (sha256, size, media_type, created_at) "
                         "VALUES (?, ?, 'image/png', '2026-11-01 08:00:00.000000')",
                         (sha, len(data)))
        files.write_file(mirror, sha, data)
        return sha

    prefix = backup._prefix(sqlite_db)
    gone = old_copy(f"{prefix}-daily-20261101-080000.db", PNG + b"1")
    kept_daily = old_copy(f"{prefix}-daily-20261102-080000.db", PNG + b"2")
    kept_other = old_copy(f"{prefix}-before-restore-20261020-080000.db", PNG + b"3")
    (mirror / "ab").mkdir()
    (mirror / "ab" / ("ab" + "0" * 62)).write_bytes(b"left by nobody")
    result = backup.auto_backup(sqlite_db)
    assert [p.name for p in result.removed] == [f"{prefix}-daily-20261101-080000.db"]
    assert sorted(p.name for d in mirror.iterdir() for p in d.iterdir()) == sorted([png, kept_daily, kept_other])
    assert not (mirror / "ab").exists() and not (mirror / gone[:2] / gone).exists()
    # Each copy left restores with its files.
    backup.restore(sqlite_db, ADMIN, folder / f"{prefix}-daily-20261102-080000.db")
    with sqlite_db.read() as session:
        assert files.load(sqlite_db, session, kept_daily).data == PNG + b"2"

    # A copy that cannot be read might need any file: nothing goes.
    (folder / f"{prefix}-manual-20261103-080000.db").write_bytes(b"not a database" * 100)
    old_copy(f"{prefix}-daily-20261001-080000.db", PNG + b"4")
    settings.set_many(sqlite_db, ADMIN, {"backup.keep": 1})
    before = sorted(p.name for d in mirror.iterdir() for p in d.iterdir())
    assert backup.auto_backup(sqlite_db).removed
    assert sorted(p.name for d in mirror.iterdir() for p in d.iterdir()) == before


def test_a_backup_folder_that_is_the_database_folder_never_loses_live_files(sqlite_db: Database) -> None:
    fill(sqlite_db, procedures=3)
    live = files.files_dir(sqlite_db)
    settings.set_many(sqlite_db, ADMIN, {"backup.folder": str(sqlite_db.path.parent), "backup.keep": 1})
    first = backup.auto_backup(sqlite_db).path
    shutil.copy(first, first.with_name(f"{backup._prefix(sqlite_db)}-daily-20261101-080000.db"))
    pending = hashlib.sha256(b"written, its row not yet committed").hexdigest()
    files.write_file(live, pending, b"written, its row not yet committed")
    assert backup.auto_backup(sqlite_db).removed
    assert (live / pending[:2] / pending).is_file()


def test_a_sqlite_copy_restores_through_the_same_checks(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    before = archive(sqlite_db, tmp_path / "truoc.zip")
    copy = backup.backup_now(sqlite_db, "daily")
    assert (copy.parent / "files").is_dir()  # attachments mirrored beside the copies
    sqlite_db.write(ADMIN, lambda s: s.delete(s.scalar(select(Procedure).where(Procedure.code == "1.001193"))))
    os.utime(copy, (1_700_000_000, 1_700_000_000))
    result = backup.restore(sqlite_db, ADMIN, copy)
    assert result.info.created_at == dt.datetime.fromtimestamp(1_700_000_000, dt.timezone.utc)
    assert_same_data(before, archive(sqlite_db, tmp_path / "sau.zip"))
    broken = tmp_path / "hong.db"
    broken.write_bytes(copy.read_bytes()[:8192])
    with pytest.raises(backup.BackupError, match="bị hỏng|không phải cơ sở dữ liệu"):
        backup.restore(sqlite_db, ADMIN, broken)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count(Procedure.id))) == 266


def test_backup_and_restore_commands(db_url: str, tmp_path: Path) -> None:
    assert cchc("--database", db_url, "init", "--demo").returncode == 0
    target = tmp_path / "sao-luu.zip"
    made = cchc("--database", db_url, "backup", "-o", str(target))
    assert made.returncode == 0 and target.exists() and str(target) in made.stdout
    refused = cchc("--database", db_url, "restore", str(target))  # no terminal, no --yes
    assert_one_line_error(refused, "--yes")
    done = cchc("--database", db_url, "restore", "--yes", str(target))
    assert done.returncode == 0, done.stderr
    assert "266 thủ tục" in done.stdout and "Đã khôi phục" in done.stdout
    bad = tmp_path / "hong.zip"
    bad.write_bytes(target.read_bytes()[:1000])
    assert_one_line_error(cchc("--database", db_url, "restore", "--yes", str(bad)), "không đầy đủ")
    verified = cchc("--database", db_url, "audit", "verify")
    assert verified.returncode == 0 and "toàn vẹn" in verified.stdout
    default = cchc("--database", db_url, "backup", env={"CCHC_DATA_DIR": str(tmp_path / "data")})
    assert default.returncode == 0, default.stderr
    written = Path(default.stdout.split(" vào ")[1].rsplit(" (", 1)[0])
    assert written.parent.name == "backups" and written.name.startswith("cchc-") and written.exists()


def test_the_backup_folder_setting_is_where_migrations_and_daily_copies_go(db: Database, tmp_path: Path) -> None:
    from cchc_desktop.core.db import migrate

    assert backup.backup_folder(db) == migrate.default_backup_dir(db)
    settings.set_many(db, ADMIN, {"backup.folder": str(tmp_path / "Ổ USB" / "Sao lưu")})
    assert migrate.configured_backup_dir(db) == tmp_path / "Ổ USB" / "Sao lưu" == backup.backup_folder(db)
