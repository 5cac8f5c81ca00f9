"""guidance_sessions reshaped for the guidance log: kind of help, guidance channel, outcome, follow-up date

The table of 0001 was a placeholder, empty in every install: its ``channel``
was the submission method and its outcome free text. It is dropped and created
again with the log's vocabulary (GuidanceKind, GuidanceChannel,
GuidanceOutcome), the "other" procedure text, the duration in seconds, the
follow-up date of "hẹn lại" and an edit version. A table that is not empty is
refused rather than dropped.

Revision ID: 0005_guidance
Revises: 0004_kiosk
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_guidance"
down_revision = "0004_kiosk"
branch_labels = None
depends_on = None

_ENUMS = {
    "kind": ("guidancekind", ("online_submission", "online_payment", "account", "postal", "lookup", "other")),
    "channel": ("guidancechannel", ("counter", "phone", "social", "mobile")),
    "outcome": ("guidanceoutcome", ("submitted", "paid", "follow_up", "referred")),
}


def _check(column: str) -> sa.CheckConstraint:
    name, values = _ENUMS[column]
    return sa.CheckConstraint(" OR ".join(f"{column} = '{v}'" for v in values),
                              name=op.f(f"ck_guidance_sessions_{name}"))


def _refuse_rows() -> None:
    if op.get_bind().exec_driver_sql("SELECT count(*) FROM guidance_sessions").scalar():
        raise RuntimeError("guidance_sessions holds rows: this upgrade expects the empty placeholder table")


def upgrade() -> None:
    _refuse_rows()
    with op.batch_alter_table("guidance_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_guidance_sessions_occurred_at_procedure")
    op.drop_table("guidance_sessions")
    op.create_table(
        "guidance_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("procedure_code", sa.String(length=8), nullable=False),
        sa.Column("other_procedure", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.Enum(*_ENUMS["kind"][1], name="guidancekind", native_enum=False,
                                  create_constraint=False, length=21), nullable=False),
        sa.Column("channel", sa.Enum(*_ENUMS["channel"][1], name="guidancechannel", native_enum=False,
                                     create_constraint=False, length=11), nullable=False),
        sa.Column("outcome", sa.Enum(*_ENUMS["outcome"][1], name="guidanceoutcome", native_enum=False,
                                     create_constraint=False, length=13), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("citizen_name", sa.String(length=200), nullable=True),
        sa.Column("citizen_phone", sa.String(length=20), nullable=True),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consent_notice_version", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _check("kind"), _check("channel"), _check("outcome"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_accounts.id"],
                                name=op.f("fk_guidance_sessions_staff_id_staff_accounts"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_sessions")),
    )
    with op.batch_alter_table("guidance_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_guidance_sessions_occurred_at_procedure", ["occurred_at", "procedure_code"],
                              unique=False)
        batch_op.create_index("ix_guidance_sessions_follow_up_on", ["follow_up_on"], unique=False)


def downgrade() -> None:
    _refuse_rows()
    with op.batch_alter_table("guidance_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_guidance_sessions_follow_up_on")
        batch_op.drop_index("ix_guidance_sessions_occurred_at_procedure")
    op.drop_table("guidance_sessions")
    op.create_table(
        "guidance_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("procedure_code", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.Enum("direct", "online", "postal", name="method", native_enum=False,
                                     create_constraint=False, length=10), nullable=True),
        sa.Column("topics", sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                  nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("citizen_name", sa.String(length=200), nullable=True),
        sa.Column("citizen_phone", sa.String(length=20), nullable=True),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consent_notice_version", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("channel = 'direct' OR channel = 'online' OR channel = 'postal'",
                           name=op.f("ck_guidance_sessions_method")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_accounts.id"],
                                name=op.f("fk_guidance_sessions_staff_id_staff_accounts"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_sessions")),
    )
    with op.batch_alter_table("guidance_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_guidance_sessions_occurred_at_procedure", ["occurred_at", "procedure_code"],
                              unique=False)
