"""Database layer: schema, engine and unit of work, migrations."""

from cchc_desktop.core.db.database import Database, resolve_url
from cchc_desktop.core.db.migrate import open_database

__all__ = ["Database", "open_database", "resolve_url"]
