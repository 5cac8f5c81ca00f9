"""enum CHECK constraints written as OR chains instead of IN lists; no second index on channels.procedure_id

SQLite builds a temporary b-tree for ``c IN ('a', 'b', …)`` every time it
checks a row, which made the CHECKs cost more than the rows they guard when
an import writes thousands of procedures, channels and fees. The condition
means the same, so on SQLite only the stored CREATE TABLE text changes (the
procedure SQLite documents for changes that leave the stored content as it
is: writable_schema, then a new schema version); PostgreSQL drops and adds
each constraint. ``ix_channels_procedure_id`` goes: the unique (procedure_id,
method) index starts with the same column, so it served no query, and every
channel insert paid for it.

Revision ID: 0003_enum_checks
Revises: 0002_accounts_audit
Create Date: 2026-11-26
"""

from alembic import op

revision = "0003_enum_checks"
down_revision = "0002_accounts_audit"
branch_labels = None
depends_on = None

# (table, column, type name, values) as 0001 created them.
_CHECKS = [
    ("print_jobs", "result", "printresult", ("ok", "failed", "cancelled")),
    ("staff_accounts", "role", "role", ("admin", "staff", "readonly")),
    ("guidance_sessions", "channel", "method", ("direct", "online", "postal")),
    ("procedures", "level", "level", ("commune", "province", "central", "other")),
    ("procedures", "online_level", "onlinelevel", ("full", "partial", "none")),
    ("procedures", "lifecycle", "lifecycle", ("in_force", "amended", "repealed", "pending")),
    ("procedures", "verification", "verification", ("verified", "partial", "unverified")),
    ("channels", "method", "method", ("direct", "online", "postal")),
    ("channels", "time_unit", "timeunit", ("working_day", "day", "hour", "month", "year", "other")),
    ("sample_documents", "kind", "samplekind", ("filled", "blank")),
    ("fees", "kind", "feekind", ("fee", "charge", "price")),
]


def _in_list(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _or_chain(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = {v!r}" for v in values)


def upgrade() -> None:
    _rewrite(_in_list, _or_chain)
    op.drop_index("ix_channels_procedure_id", table_name="channels")


def downgrade() -> None:
    op.create_index("ix_channels_procedure_id", "channels", ["procedure_id"], unique=False)
    _rewrite(_or_chain, _in_list)


def _rewrite(old, new) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for table, column, type_name, values in _CHECKS:
            name = op.f(f"ck_{table}_{type_name}")
            op.drop_constraint(name, table, type_="check")
            op.create_check_constraint(name, table, new(column, values))
        return
    tables = sorted({table for table, *_ in _CHECKS})
    sql = dict(bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN (%s)"
                                    % ", ".join("?" * len(tables)), tuple(tables)).all())
    for table, column, type_name, values in _CHECKS:
        before = f"CONSTRAINT ck_{table}_{type_name} CHECK ({old(column, values)})"
        if before not in sql[table]:
            raise RuntimeError(f"unexpected schema of {table}: no {before}")
        sql[table] = sql[table].replace(before, f"CONSTRAINT ck_{table}_{type_name} CHECK ({new(column, values)})")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    for table in tables:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql[table], table))
    bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if problems != ["ok"]:
        raise RuntimeError(f"integrity check after rewriting the CHECK constraints: {problems[:5]}")
