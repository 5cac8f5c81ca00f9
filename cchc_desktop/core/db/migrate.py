"""Schema migrations with Alembic, shipped inside the package and run at start-up.

Opening a database for use (:func:`open_database`) lives here, above the
engine and unit of work in ``database.py``, so that module never needs this one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError, DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x43434843  # "CCHC": one migrating process at a time
# The newest revision in migrations/versions (a test keeps them equal). Checking it
# with one query spares every start-up the import of Alembic.
SCHEMA_HEAD = "0009_list_order"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(db: Database) -> bool:
    """True when the schema is at :data:`SCHEMA_HEAD` (one plain query: no SQLAlchemy, no Alembic)."""
    try:
        with db.plain() as plain:
            return plain.value("SELECT version_num FROM alembic_version") == SCHEMA_HEAD
    except Exception:  # no file or table yet, or an unreadable one: let Alembic look
        return False


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database named by ``url``.

    When its schema is current, that one query is all: the engine is made on first use."""
    db = Database(url)
    if is_current(db):
        return db
    db.check_connection()
    if migrate:
        upgrade(db)
    return db


def upgrade(db: Database, backup_dir: Path | None = None) -> str | None:
    """Bring the schema to the newest revision under a lock; back up an existing SQLite file first.

    Returns the path of the backup copy made, if any.
    """
    from sqlalchemy.exc import OperationalError

    if is_current(db):
        return None
    try:
        return _upgrade(db, backup_dir)
    except CchcError:
        raise
    except OperationalError as exc:
        raise db.unavailable(exc) from None


def _upgrade(db: Database, backup_dir: Path | None) -> str | None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    backup_path = None
    with db._write_engine.begin() as conn:  # BEGIN IMMEDIATE on SQLite: one migrator
        if not db.is_sqlite:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return None
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise DatabaseUnavailable(
                "Cơ sở dữ liệu này do một phiên bản CCHC Desktop mới hơn tạo ra "
                f"(phiên bản lược đồ {current}). Hãy cập nhật ứng dụng rồi mở lại.")
        if db.is_sqlite and current is not None:
            backup_path = backup_sqlite(db.path, backup_dir or configured_backup_dir(db, conn),
                                        f"before-migration-{head}")
        log.info("migrating %s from %s to %s", db.path or "server", current, head)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return str(backup_path) if backup_path else None


def default_backup_dir(db: Database) -> Path:
    """Where backups go when no folder is set: beside a SQLite file, else in the user's data folder."""
    from cchc_desktop.core import paths

    return db.path.parent / "backups" if db.is_sqlite and db.path else paths.data_dir() / "backups"


def configured_backup_dir(db: Database, conn: Connection | None = None) -> Path:
    """The ``backup.folder`` setting, read with plain SQL (the schema may be older than the models)."""
    from sqlalchemy import text

    try:
        if conn is None:
            with db.engine.connect() as own:
                raw = own.execute(text("SELECT value FROM settings WHERE key = 'backup.folder'")).scalar()
        else:
            raw = conn.execute(text("SELECT value FROM settings WHERE key = 'backup.folder'")).scalar()
    except Exception:  # no settings table yet
        raw = None
    if isinstance(raw, str) and raw.startswith('"'):  # SQLite returns the JSON text
        raw = json.loads(raw)
    return Path(raw).expanduser() if isinstance(raw, str) and raw.strip() else default_backup_dir(db)


def backup_sqlite(path: Path, folder: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file (online backup API), named by time.

    The copy is written under a temporary name and renamed when complete, so
    a crash or a pulled USB drive never leaves a half copy that looks whole.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{label}-{stamp}.db"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    finally:
        source.close()
        partial.unlink(missing_ok=True)
    return target
