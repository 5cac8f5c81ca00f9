"""the ward's communication plan: plans, their tasks and targets, and the activities done for them

Revision ID: 0006_plans
Revises: 0005_guidance
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0006_plans"
down_revision = "0005_guidance"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=False,
                   length=max(len(v) for v in values) + 4)


def _check(table: str, column: str, name: str, *values: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(" OR ".join(f"{column} = '{v}'" for v in values), name=op.f(f"ck_{table}_{name}"))


_TIMEFRAME = ("year", "monthly", "regular", "by_date")
_PER = ("week", "month", "quarter", "year")
_KIND = ("news", "article", "video", "broadcast", "printed", "meeting", "training", "contest", "other")


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("decision_number", sa.String(length=100), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("year", name=op.f("uq_plans_year")),
    )
    op.create_table(
        "plan_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("product", sa.Text(), nullable=False),
        sa.Column("lead_unit", sa.String(length=500), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("timeframe", _enum("timeframe", *_TIMEFRAME), nullable=False),
        sa.Column("timeframe_text", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("kinds", _JSON, nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_plan_tasks_plan_id_plans"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_tasks")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_plan_tasks_plan_id_number")),
        _check("plan_tasks", "timeframe", "timeframe", *_TIMEFRAME),
    )
    op.create_table(
        "plan_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("per", _enum("targetper", *_PER), nullable=False),
        sa.Column("kinds", _JSON, nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["plan_tasks.id"], name=op.f("fk_plan_targets_task_id_plan_tasks"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_targets")),
        _check("plan_targets", "per", "targetper", *_PER),
    )
    with op.batch_alter_table("plan_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_targets_task_id"), ["task_id"], unique=False)
    op.create_table(
        "plan_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", _enum("productkind", *_KIND), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("evidence_name", sa.String(length=255), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["evidence_sha256"], ["stored_files.sha256"],
                                name=op.f("fk_plan_activities_evidence_sha256_stored_files"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["task_id"], ["plan_tasks.id"], name=op.f("fk_plan_activities_task_id_plan_tasks"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_activities")),
        _check("plan_activities", "kind", "productkind", *_KIND),
    )
    with op.batch_alter_table("plan_activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_activities_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_activities_task_id"), ["task_id"], unique=False)


def downgrade() -> None:
    op.drop_table("plan_activities")
    op.drop_table("plan_targets")
    op.drop_table("plan_tasks")
    op.drop_table("plans")
