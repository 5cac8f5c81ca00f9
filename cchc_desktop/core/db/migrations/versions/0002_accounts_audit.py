"""accounts and audit trail: audit search key, time and actor indexes, the chain's head mark

Revision ID: 0002_accounts_audit
Revises: 0001
Create Date: 2026-11-27
"""

import datetime as dt

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from cchc_desktop.core import text as vtext

revision = "0002_accounts_audit"
down_revision = "0001"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_actor"), ["actor"], unique=False)
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.alter_column("search_key", server_default=None)

    # Existing entries: their search key, and the head mark that lets the check see a cut-off tail.
    bind = op.get_bind()
    entries = sa.table("audit_entries", sa.column("id", sa.Integer), sa.column("actor", sa.String),
                       sa.column("entity_key", sa.String), sa.column("summary", sa.Text),
                       sa.column("hash", sa.String), sa.column("search_key", sa.Text))
    rows = bind.execute(sa.select(entries.c.id, entries.c.actor, entries.c.entity_key, entries.c.summary)).all()
    for row in rows:
        key = vtext.fold(" | ".join([row.actor, row.entity_key, row.summary]))
        bind.execute(entries.update().where(entries.c.id == row.id).values(search_key=key))
    last = bind.execute(sa.select(entries.c.id, entries.c.hash).order_by(entries.c.id.desc()).limit(1)).first()
    if last is not None:
        settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", _JSON),
                            sa.column("updated_at", sa.DateTime(timezone=True)))
        now = dt.datetime.now(dt.timezone.utc)
        if bind.dialect.name == "sqlite":
            now = now.replace(tzinfo=None)
        bind.execute(settings.delete().where(settings.c.key == "audit.head"))
        bind.execute(settings.insert().values(key="audit.head", value={"id": last.id, "hash": last.hash},
                                              updated_at=now))


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'audit.head'")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_actor"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))
        batch_op.drop_column("search_key")
