"""The kiosk's own PostgreSQL role: it may read the posted catalogue and insert ratings, nothing else.

Created by an administrator (``cchc kiosk-role create NAME``); the kiosk PC
then connects as that role, so even someone who takes over the kiosk PC can
neither change the catalogue nor read accounts, the audit trail or guidance
records with their citizens' contact data. The PIN's lockout is then
counted by the kiosk itself (it may not write settings).
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError, ValidationError
from cchc_desktop.core.services import audit

# What the kiosk reads: the catalogue, its sample files, the settings (center, kiosk options, PIN hash).
READ_TABLES = ("fields", "procedures", "channels", "fees", "dossier_groups", "dossier_components",
               "sample_documents", "stored_files", "settings", "alembic_version")
INSERT_TABLES = ("satisfaction_ratings",)
_NAME = re.compile(r"^[a-z_][a-z0-9_]{2,62}$")


def create(db: Database, actor: Actor, name: str, password: str) -> bool:
    """Create the role (or reset its password and grants); True when it was new."""
    actor.require(permissions.SETTINGS)
    if db.is_sqlite:
        raise CchcError("Vai trò cơ sở dữ liệu cho kiosk chỉ dùng với PostgreSQL; với tệp SQLite, kiosk dùng "
                        "chung tệp của máy này.")
    if not _NAME.match(name or ""):
        raise ValidationError(f"Tên vai trò “{name}” không hợp lệ: 3–63 ký tự a–z, 0–9, gạch dưới, "
                              "bắt đầu bằng chữ.", "name")
    if len(password or "") < 12:
        raise ValidationError("Mật khẩu của vai trò kiosk cần ít nhất 12 ký tự.", "password")

    def work(session: Session) -> bool:
        from psycopg import sql

        conn = session.connection()
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first() is not None
        role = sql.Identifier(name)
        raw = conn.connection.driver_connection
        statements = [sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}" if exists else
                              "CREATE ROLE {} LOGIN NOINHERIT PASSWORD {}").format(role, sql.Literal(password))]
        database = conn.exec_driver_sql("SELECT current_database(), current_schema()").one()
        statements += [
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database[0]), role),
            sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(database[1]), role),
            sql.SQL("GRANT SELECT ON {} TO {}").format(sql.SQL(", ").join(map(sql.Identifier, READ_TABLES)), role),
            sql.SQL("GRANT INSERT ON {} TO {}").format(sql.SQL(", ").join(map(sql.Identifier, INSERT_TABLES)), role),
        ]
        for table in INSERT_TABLES:
            sequence = conn.exec_driver_sql("SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": table}).scalar()
            if sequence:
                statements.append(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(sql.SQL(sequence), role))
        for statement in statements:
            conn.exec_driver_sql(statement.as_string(raw))
        audit.record(session, actor, "kiosk_role", "kiosk", name,
                     summary=("Đặt lại mật khẩu vai trò kiosk " if exists else "Tạo vai trò kiosk ") + name)
        return not exists

    return db.write(actor, work)


def url_for(db: Database, name: str) -> str:
    """The URL the kiosk PC uses (the password left for the person setting it up to type)."""
    return db.url.set(username=name, password="MATKHAU").render_as_string(hide_password=False)
