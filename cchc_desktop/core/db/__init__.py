"""Database layer: schema, engine and unit of work, migrations."""

from cchc_desktop.core.db.database import Database, open_database, resolve_url

__all__ = ["Database", "open_database", "resolve_url"]
