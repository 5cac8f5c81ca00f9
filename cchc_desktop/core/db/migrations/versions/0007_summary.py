"""procedures.summary: the plain-language summary for citizens (Tóm tắt cho người dân)

A few short lines per procedure (what to bring, how long, how much, where),
printed on leaflets and guide sheets instead of the full portal text, which
the QR code links to. Existing procedures get an empty summary.

Revision ID: 0007_summary
Revises: 0006_plans
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_summary"
down_revision = "0006_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("procedures") as batch:
        batch.add_column(sa.Column("summary", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("procedures") as batch:
        batch.drop_column("summary")
