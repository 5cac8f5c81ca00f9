"""Opening, migrating and writing to the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import threading
import time
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import migrate
from cchc_desktop.core.db import open_database
from cchc_desktop.core.db.database import Database, is_network_path, resolve_url
from cchc_desktop.core.db.models import Base, Field, Procedure
from cchc_desktop.core.errors import ConflictError, DatabaseUnavailable
from cchc_desktop.core.text import sort_key_bytes

ACTOR = Actor.command_line()


def test_schema_is_at_head_and_matches_the_models(db: Database) -> None:
    assert migrate.current_revision(db) == migrate.head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_text_is_stored_nfc_with_folded_and_sort_keys(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "Đăng ký  khai sinh")

    def add(session):
        session.add(Procedure(code="1.001193", name=decomposed, keywords=[unicodedata.normalize("NFD", "Giấy khai sinh")],
                              field=Field(name=unicodedata.normalize("NFD", "Hộ tịch"))))
    db.write(ACTOR, add)
    with db.read() as session:
        p = session.scalar(select(Procedure))
        assert p.name == "Đăng ký khai sinh"
        assert p.keywords == ["Giấy khai sinh"]
        assert p.field.name == "Hộ tịch" and p.field.search_key == "ho tich"
        assert p.search_key == "1.001193 | dang ky khai sinh | giay khai sinh"
        raw = session.execute(text("SELECT name FROM procedures")).scalar_one()
        assert raw == "Đăng ký khai sinh" and unicodedata.is_normalized("NFC", raw)


def test_duplicate_code_is_refused_and_nothing_is_written(db: Database) -> None:
    db.write(ACTOR, lambda s: s.add(Procedure(code="1.001193", name="A")))

    def add_two(session):
        session.add(Procedure(code="1.000894", name="B"))
        session.flush()
        session.add(Procedure(code="1.001193", name="C"))
    with pytest.raises(ConflictError, match="trùng"):
        db.write(ACTOR, add_two)
    with db.read() as session:
        assert session.scalars(select(Procedure.code)).all() == ["1.001193"]


def test_sqlite_settings(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: survives a power cut


def test_write_waits_for_another_writer_instead_of_failing(sqlite_db: Database) -> None:
    other = sqlite3.connect(str(sqlite_db.path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings(key, value, updated_at) VALUES ('x', '1', '2026-01-01')")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    sqlite_db.write(ACTOR, lambda s: s.add(Procedure(code="1.001193", name="A")))
    assert time.monotonic() - started >= 0.4
    release.join()
    other.close()
    with sqlite_db.read() as session:
        assert session.scalar(select(Procedure.code)) == "1.001193"


@pytest.mark.parametrize("path", ["\\\\server\\share\\cchc.db", "//server/share/cchc.db"])
def test_unc_paths_are_refused_with_the_postgresql_advice(path: str) -> None:
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(path)
    assert "ổ mạng" in err.value.message and "postgresql://" in err.value.message


def test_mapped_network_drives_and_network_mounts_are_detected() -> None:
    assert is_network_path("Z:\\cchc\\cchc.db", platform="win32", drive_type=lambda root: 4)
    assert not is_network_path("C:\\cchc\\cchc.db", platform="win32", drive_type=lambda root: 3)
    mounts = [("/", "ext4"), ("/mnt/share", "cifs"), ("/mnt/share/local", "ext4")]
    assert is_network_path("/mnt/share/cchc.db", platform="linux", mounts=mounts)
    assert not is_network_path("/mnt/share/local/cchc.db", platform="linux", mounts=mounts)
    assert not is_network_path("/home/u/cchc.db", platform="linux", mounts=mounts)


def test_urls() -> None:
    assert resolve_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("/tmp/x.db").get_backend_name() == "sqlite"
    with pytest.raises(DatabaseUnavailable, match="không được hỗ trợ"):
        resolve_url("mysql://u@h/db")


def test_dead_server_is_one_clear_message() -> None:
    with pytest.raises(DatabaseUnavailable) as err:
        open_database("postgresql://nobody:secret@127.0.0.1:1/cchc")
    assert "Không kết nối được" in err.value.message and "secret" not in err.value.message


def test_existing_sqlite_file_is_backed_up_before_a_migration(tmp_path: Path, sqlite_template: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "cchc.db"
    shutil.copy(sqlite_template, db_path)
    db = open_database(str(db_path))
    db.write(ACTOR, lambda s: s.add(Procedure(code="1.001193", name="Đăng ký khai sinh")))
    db.dispose()
    # A newer app version: one more revision in a copy of the migrations.
    current = migrate.SCHEMA_HEAD
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    (newer / "versions" / "0099_test.py").write_text(
        'from alembic import op\nimport sqlalchemy as sa\nrevision = "0099"\n'
        f'down_revision = "{current}"\n'
        'branch_labels = None\ndepends_on = None\n\n'
        'def upgrade():\n    op.create_table("x_test", sa.Column("id", sa.Integer, primary_key=True))\n\n'
        'def downgrade():\n    op.drop_table("x_test")\n', encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0099")
    db = Database(str(db_path))
    backup = migrate.upgrade(db)
    assert backup is not None and Path(backup).parent == tmp_path / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
    assert copy.execute("SELECT name FROM procedures").fetchone() == ("Đăng ký khai sinh",)
    copy.close()
    assert migrate.current_revision(db) == "0099"
    assert migrate.upgrade(db) is None  # already at head: no second copy
    db.dispose()


def test_database_from_a_newer_app_is_refused(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseUnavailable, match="phiên bản CCHC Desktop mới hơn"):
        migrate.upgrade(sqlite_db)


def test_the_start_up_shortcut_knows_the_newest_revision() -> None:
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_enum_checks_are_or_chains_after_upgrading_a_filled_database(db: Database) -> None:
    """0003 rewrites the enum CHECKs of a database made by 0002 (IN lists: slow on SQLite) and keeps its rows."""
    from alembic import command

    from cchc_desktop.core.db.models import Channel, Fee

    def upgrade_to(revision: str, down: bool = False) -> None:
        with db._write_engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

    upgrade_to("0002_accounts_audit", down=True)
    try:
        with db._write_engine.begin() as conn:
            if db.is_sqlite:
                ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'channels'").scalar()
                assert "method IN ('direct', 'online', 'postal')" in ddl
            # Only the columns 0002 has (later revisions add more), typed as the model types them.
            values = dict(
                code="1.001193", name="Đăng ký khai sinh", level="commune", portal_type="", promulgating_agency="",
                executing_agencies=[], coordinating_agencies=[], subjects=[], steps=[], requirements="",
                legal_bases=[], results=[], case_time_limits=[], result_delivery=[], online_level="none",
                non_territorial=False, lifecycle="in_force", decision_number="", superseded_by="", keywords=[],
                friendly_names=[], note="", source="", source_url="", verification="unverified", verified_by="",
                verification_note="", search_key="", sort_key=b"", version=1,
                created_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC), updated_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
            columns = Procedure.__table__.c
            old = sa.table("procedures", *(sa.column(k, columns[k].type) for k in values))
            conn.execute(old.insert().values(**values))
            pid = conn.execute(sa.select(columns.id).where(columns.code == "1.001193")).scalar_one()
            cid = conn.execute(Channel.__table__.insert().values(
                procedure_id=pid, position=0, method="postal", time_unit=None, time_text="", note="")
            ).inserted_primary_key[0]
            conn.execute(Fee.__table__.insert().values(channel_id=cid, position=0, kind="charge", text="8.000 đồng"))
    finally:
        upgrade_to("head")
    with db._write_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT method, time_unit FROM channels").all() == [("postal", None)]
        assert conn.exec_driver_sql("SELECT kind FROM fees").scalar() == "charge"
        # 0009 writes the name-order keys in their compact form
        assert bytes(conn.exec_driver_sql("SELECT sort_key FROM procedures").scalar()) == sort_key_bytes("Đăng ký khai sinh")
        if db.is_sqlite:
            ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'channels'").scalar()
            assert "CHECK (method = 'direct' OR method = 'online' OR method = 'postal')" in ddl
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    for method, unit in (("fax", None), ("direct", "week")):  # past the ORM's own check, as a direct edit would be
        with pytest.raises(Exception, match="ck_channels"), db._write_engine.begin() as conn:
            conn.execute(text("INSERT INTO channels (procedure_id, position, method, time_unit, time_text, note) "
                              "VALUES (:pid, 1, :method, :unit, '', '')"), {"pid": pid, "method": method, "unit": unit})


def test_committed_pages_reach_the_sqlite_file_from_the_checkpoint_thread(sqlite_db: Database, tmp_path: Path) -> None:
    """Commits only append to the WAL (no checkpoint inside a save); the Checkpointer copies them back."""
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    sqlite_db.write(ACTOR, lambda s: s.add(Procedure(code="1.001193", name="Đăng ký khai sinh")))
    deadline = time.monotonic() + 10
    while True:  # the file alone, without its WAL, holds the row once the thread has run
        shutil.copy(sqlite_db.path, tmp_path / "only-the-file.db")
        copy = sqlite3.connect(tmp_path / "only-the-file.db")
        try:
            found = copy.execute("SELECT name FROM procedures").fetchall()
        finally:
            copy.close()
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert found == [("Đăng ký khai sinh",)]
    sqlite_db.dispose()  # stops the thread; a write after it starts another
    sqlite_db.write(ACTOR, lambda s: s.add(Procedure(code="1.000894", name="Đăng ký kết hôn")))
    sqlite_db.dispose()
    sqlite_db.dispose()
