"""Plain SQL on the driver's own connection, for the reads a first screen needs.

Importing SQLAlchemy and declaring the ORM models takes longer than a bare Qt window takes to
appear, so the staff list and the kiosk's home screen read through this instead: the same SQL
text on whichever DB-API connection is at hand, a SQLAlchemy session's own once the ORM is
loaded (inside its transaction), or one opened straight on the driver before that
(:meth:`Database.plain`). ``?`` marks a parameter on both backends.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Plain:
    """A DB-API connection and the backend it talks to."""

    def __init__(self, connection: Any, postgres: bool):
        self.connection = connection
        self.postgres = postgres

    @classmethod
    def of(cls, source: Session | Plain) -> Plain:
        """``source`` itself, or the connection of a SQLAlchemy session (its transaction, its snapshot)."""
        if isinstance(source, Plain):
            return source
        conn = source.connection()
        return cls(conn.connection.driver_connection, conn.dialect.name == "postgresql")

    def rows(self, sql: str, params: tuple | list = ()) -> Any:
        """A cursor over ``sql``'s rows (plain tuples: no type conversion beyond the driver's)."""
        cursor = self.connection.cursor()
        cursor.execute(sql.replace("?", "%s") if self.postgres else sql, params)
        return cursor

    def value(self, sql: str, params: tuple | list = ()) -> Any:
        row = self.rows(sql, params).fetchone()
        return None if row is None else row[0]

    def json(self, value: Any) -> Any:
        """A JSON column's value: SQLite hands back its text, psycopg the decoded value."""
        return json.loads(value) if isinstance(value, str) and not self.postgres else value
