"""satisfaction_ratings reshaped for the kiosk: a unique submission token, the counter and the field

The table was empty in every install (nothing wrote to it before the kiosk),
so it is dropped and created again rather than altered (SQLite cannot add a
NOT NULL unique column in place). ``token`` is made by the rating screen when
it opens: a double tap sends the same token twice and the database keeps one.

Revision ID: 0004_kiosk
Revises: 0003_enum_checks
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_kiosk"
down_revision = "0003_enum_checks"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.drop_index(op.f("ix_satisfaction_ratings_created_at"), table_name="satisfaction_ratings")
    op.drop_table("satisfaction_ratings")
    op.create_table(
        "satisfaction_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("procedure_code", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=300), nullable=False),
        sa.Column("counter", sa.String(length=60), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("answers", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_ratings")),
        sa.UniqueConstraint("token", name=op.f("uq_satisfaction_ratings_token")),
    )
    op.create_index(op.f("ix_satisfaction_ratings_created_at"), "satisfaction_ratings", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_satisfaction_ratings_created_at"), table_name="satisfaction_ratings")
    op.drop_table("satisfaction_ratings")
    op.create_table(
        "satisfaction_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("procedure_code", sa.String(length=8), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("answers", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_ratings")),
    )
    op.create_index(op.f("ix_satisfaction_ratings_created_at"), "satisfaction_ratings", ["created_at"], unique=False)
