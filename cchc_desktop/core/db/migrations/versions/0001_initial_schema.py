"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_key', sa.String(length=100), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('changes', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('snapshot', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entries_hash'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_entity_key', ['entity', 'entity_key'], unique=False)

    op.create_table('fields',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('portal_url', sa.String(length=1000), nullable=True),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.Column('sort_key', sa.LargeBinary().with_variant(postgresql.BYTEA(), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fields')),
    sa.UniqueConstraint('code', name=op.f('uq_fields_code')),
    sa.UniqueConstraint('name', name=op.f('uq_fields_name'))
    )
    op.create_table('print_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('template', sa.String(length=40), nullable=False),
    sa.Column('params', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('procedure_codes', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('destination', sa.String(length=1000), nullable=False),
    sa.Column('result', sa.Enum('ok', 'failed', 'cancelled', name='printresult', native_enum=False, create_constraint=True, length=13), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_jobs_created_at'), ['created_at'], unique=False)

    op.create_table('satisfaction_ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('procedure_code', sa.String(length=8), nullable=False),
    sa.Column('overall', sa.Integer(), nullable=True),
    sa.Column('answers', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_ratings'))
    )
    with op.batch_alter_table('satisfaction_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_ratings_created_at'), ['created_at'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('admin', 'staff', 'readonly', name='role', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_accounts')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_accounts_username'))
    )
    op.create_table('stored_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary().with_variant(postgresql.BYTEA(), 'postgresql'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_stored_files'))
    )
    op.create_table('guidance_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('procedure_code', sa.String(length=8), nullable=False),
    sa.Column('channel', sa.Enum('direct', 'online', 'postal', name='method', native_enum=False, create_constraint=True, length=10), nullable=True),
    sa.Column('topics', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('citizen_name', sa.String(length=200), nullable=True),
    sa.Column('citizen_phone', sa.String(length=20), nullable=True),
    sa.Column('consent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('consent_notice_version', sa.String(length=20), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_accounts.id'], name=op.f('fk_guidance_sessions_staff_id_staff_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guidance_sessions'))
    )
    with op.batch_alter_table('guidance_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_guidance_sessions_occurred_at_procedure', ['occurred_at', 'procedure_code'], unique=False)

    op.create_table('procedures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('formality_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=2000), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.Enum('commune', 'province', 'central', 'other', name='level', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('portal_type', sa.String(length=30), nullable=False),
    sa.Column('promulgating_agency', sa.String(length=300), nullable=False),
    sa.Column('executing_agencies', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('coordinating_agencies', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('subjects', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('steps', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('legal_bases', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('results', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('case_time_limits', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('result_delivery', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('online_level', sa.Enum('full', 'partial', 'none', name='onlinelevel', native_enum=False, create_constraint=True, length=11), nullable=False),
    sa.Column('non_territorial', sa.Boolean(), nullable=False),
    sa.Column('lifecycle', sa.Enum('in_force', 'amended', 'repealed', 'pending', name='lifecycle', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('effective_until', sa.Date(), nullable=True),
    sa.Column('decision_number', sa.String(length=100), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('superseded_by', sa.String(length=8), nullable=False),
    sa.Column('posted_since', sa.Date(), nullable=True),
    sa.Column('posted_until', sa.Date(), nullable=True),
    sa.Column('online_url', sa.String(length=1000), nullable=True),
    sa.Column('online_url_override', sa.String(length=1000), nullable=True),
    sa.Column('keywords', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('friendly_names', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('source_url', sa.String(length=1000), nullable=False),
    sa.Column('verification', sa.Enum('verified', 'partial', 'unverified', name='verification', native_enum=False, create_constraint=True, length=14), nullable=False),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('verified_by', sa.String(length=200), nullable=False),
    sa.Column('verification_note', sa.Text(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.LargeBinary().with_variant(postgresql.BYTEA(), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['field_id'], ['fields.id'], name=op.f('fk_procedures_field_id_fields'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('code', name=op.f('uq_procedures_code'))
    )
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedures_field_id'), ['field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedures_sort_key'), ['sort_key'], unique=False)

    op.create_table('channels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('direct', 'online', 'postal', name='method', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('time_qty', sa.Float(), nullable=True),
    sa.Column('time_unit', sa.Enum('working_day', 'day', 'hour', 'month', 'year', 'other', name='timeunit', native_enum=False, create_constraint=True, length=15), nullable=True),
    sa.Column('time_text', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_channels_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels')),
    sa.UniqueConstraint('procedure_id', 'method', name=op.f('uq_channels_procedure_id_method'))
    )
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channels_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('dossier_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_dossier_groups_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_groups'))
    )
    with op.batch_alter_table('dossier_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_groups_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('sample_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('case_name', sa.String(length=500), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('kind', sa.Enum('filled', 'blank', name='samplekind', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['file_sha256'], ['stored_files.sha256'], name=op.f('fk_sample_documents_file_sha256_stored_files'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_sample_documents_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sample_documents'))
    )
    with op.batch_alter_table('sample_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sample_documents_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('dossier_components',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('originals', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('present_only', sa.Boolean(), nullable=False),
    sa.Column('form_name', sa.String(length=500), nullable=False),
    sa.Column('form_url', sa.String(length=1000), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['dossier_groups.id'], name=op.f('fk_dossier_components_group_id_dossier_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_components'))
    )
    with op.batch_alter_table('dossier_components', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_components_group_id'), ['group_id'], unique=False)

    op.create_table('fees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('fee', 'charge', 'price', name='feekind', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_fees_channel_id_channels'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fees'))
    )
    with op.batch_alter_table('fees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fees_channel_id'), ['channel_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('fees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fees_channel_id'))

    op.drop_table('fees')
    with op.batch_alter_table('dossier_components', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_components_group_id'))

    op.drop_table('dossier_components')
    with op.batch_alter_table('sample_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sample_documents_procedure_id'))

    op.drop_table('sample_documents')
    with op.batch_alter_table('dossier_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_groups_procedure_id'))

    op.drop_table('dossier_groups')
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channels_procedure_id'))

    op.drop_table('channels')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_sort_key'))
        batch_op.drop_index(batch_op.f('ix_procedures_field_id'))

    op.drop_table('procedures')
    with op.batch_alter_table('guidance_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_guidance_sessions_occurred_at_procedure')

    op.drop_table('guidance_sessions')
    op.drop_table('stored_files')
    op.drop_table('staff_accounts')
    op.drop_table('settings')
    with op.batch_alter_table('satisfaction_ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_satisfaction_ratings_created_at'))

    op.drop_table('satisfaction_ratings')
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_created_at'))

    op.drop_table('print_jobs')
    op.drop_table('fields')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_entity_key')

    op.drop_table('audit_entries')
