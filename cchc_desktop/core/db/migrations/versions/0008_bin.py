"""the procedure bin: a deleted procedure keeps its row (history, samples, links) with the time and who

Revision ID: 0008_bin
Revises: 0007_summary
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0008_bin"
down_revision = "0007_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default): SQLite adds it without rebuilding the table.
    op.add_column("procedures", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("procedures", sa.Column("deleted_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("procedures", schema=None) as batch_op:
        batch_op.drop_column("deleted_by")
        batch_op.drop_column("deleted_at")
