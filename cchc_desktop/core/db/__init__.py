"""Database layer: schema, engine and unit of work, migrations.

The names below load on first use: ``core.db.plain`` and ``core.db.database`` are light, and
importing this package must not pull SQLAlchemy into a first screen that does not need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cchc_desktop.core.db.database import Database, resolve_url
    from cchc_desktop.core.db.migrate import open_database

__all__ = ["Database", "open_database", "resolve_url"]


def __getattr__(name: str) -> Any:
    if name == "open_database":
        from cchc_desktop.core.db.migrate import open_database

        return open_database
    if name in ("Database", "resolve_url"):
        from cchc_desktop.core.db import database

        return getattr(database, name)
    raise AttributeError(name)
