"""Bulk writes for thousands of rows: ids taken up front, one ``executemany`` per table.

SQLAlchemy's executemany runs every value of every row through its type
processors and builds a parameter dict per row, which costs more than the
database's own work when an import writes 5,000 procedures with their
channels, fees and audit entries. Here each column gets at most one cheap
conversion to what the driver takes (the same values SQLAlchemy would send),
and rows go to the driver as plain tuples.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Table, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

from cchc_desktop.core.db.types import JSONDoc, UTCDateTime, json_text

Convert = Callable[[Any], Any] | None


class JSONText(str):
    """A value for a JSON column that is already JSON text (encoded once for a hash, stored as it is)."""


def new_ids(conn: Connection, table: Table, n: int) -> list[int]:
    """Ids for ``n`` new rows of ``table``, so that rows pointing at them go in the same bulk statements.

    Only inside a write transaction: PostgreSQL hands them out from the table's
    sequence; on SQLite the transaction holds the only write lock from its
    start (BEGIN IMMEDIATE), so the ids after the largest one are free.
    """
    if n <= 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(conn.execute(sql_text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                                          "FROM generate_series(1, :n)"), {"table": table.name, "n": n}).scalars())
    last = conn.execute(select(func.max(table.c.id))).scalar() or 0
    return list(range(last + 1, last + 1 + n))


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (values in the order of ``columns``, as the ORM takes them) in one go.

    SQLite: one executemany; PostgreSQL: COPY, its bulk load (an executemany
    there still costs a round of the protocol per row). Enum members, dates,
    aware datetimes and JSON documents (or :class:`JSONText`) are converted
    here, per column, the way the column's type would.
    """
    if not rows:
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    todo = [(i, f) for i, f in enumerate(_converter(table.c[c].type, dialect.name) for c in columns) if f]
    if todo:
        # Column by column: one comprehension per converted column, then the rows put back together.
        cols = list(zip(*rows))
        for i, f in todo:
            cols[i] = _convert(cols[i], f)
        rows = list(zip(*cols))
    if dialect.name == "postgresql":
        with conn.connection.cursor() as cursor, cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([mark] * len(columns))})",
                         rows if isinstance(rows, list) else list(rows))


def _convert(values: Sequence[Any], f: Callable[[Any], Any]) -> list[Any]:
    first = values[0]
    if all(v is first for v in values):  # the same object in every row (a timestamp): converted once
        return [f(first) if first is not None or f in _NULL_AWARE else None] * len(values)
    if f in _NULL_AWARE:
        return [f(v) for v in values]
    return [None if v is None else f(v) for v in values]


def _converter(column_type: Any, dialect: str) -> Convert:
    sqlite = dialect == "sqlite"
    if isinstance(column_type, JSONDoc):
        return _json_text  # SQLite stores the text; PostgreSQL's COPY parses it into jsonb
    if isinstance(column_type, Enum):
        return _enum_value
    if isinstance(column_type, UTCDateTime):
        return _datetime_sqlite if sqlite else None
    if isinstance(column_type, Date):
        return _date_sqlite if sqlite else None
    if isinstance(column_type, Boolean):
        return int if sqlite else None
    return None


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _json_text(value: Any) -> str:
    """The JSON text of a document as the ORM writes it (None is JSON null, not SQL NULL)."""
    if isinstance(value, JSONText):
        return str(value)
    return json_text(value)


_NULL_AWARE = (_json_text,)


def _date_sqlite(value: dt.date) -> str:
    return value.isoformat()


def _datetime_sqlite(value: dt.datetime) -> str:
    # What UTCDateTime then SQLAlchemy's SQLite DATETIME store: naive UTC, microseconds always written.
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
