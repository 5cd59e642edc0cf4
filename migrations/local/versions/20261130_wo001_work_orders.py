"""grid events become work orders

grid_event gains its channel (12345 with the hotline's order number), urgency, the sign-for,
handling and return deadlines with the times it was dispatched, signed and closed, a pending
extension, urging and supervision, and the master order a repeat complaint is merged under.
event_step records an extension's new date and the master of a merge. Existing events read as
patrol orders of normal urgency (emergency where they were flagged urgent).

Revision ID: wo001
Revises: s002
Create Date: 2026-11-30 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'wo001'
down_revision: str | Sequence[str] | None = 's002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table('grid_event', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('channel', _TEXT(length=16), nullable=False, server_default='patrol')
        )
        batch_op.add_column(
            sa.Column('hotline_number', _TEXT(length=32), nullable=False, server_default='')
        )
        batch_op.add_column(
            sa.Column('urgency', _TEXT(length=16), nullable=False, server_default='normal')
        )
        batch_op.add_column(sa.Column('dispatched_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('sign_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('signed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('return_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('extension_until', sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column('urge_count', sa.Integer(), nullable=False, server_default='0')
        )
        batch_op.add_column(
            sa.Column('supervised', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column('master_id', _TEXT(length=36), nullable=True))
        batch_op.create_index('ix_grid_event_master', ['master_id'], unique=False)
    op.execute("UPDATE grid_event SET urgency = 'emergency' WHERE urgent")
    with op.batch_alter_table('event_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('new_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('master_id', _TEXT(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event_step', schema=None) as batch_op:
        batch_op.drop_column('master_id')
        batch_op.drop_column('new_date')
    with op.batch_alter_table('grid_event', schema=None) as batch_op:
        batch_op.drop_index('ix_grid_event_master')
        for name in (
            'master_id', 'supervised', 'urge_count', 'extension_until', 'closed_at',
            'return_due', 'signed_at', 'sign_due', 'dispatched_at', 'urgency',
            'hotline_number', 'channel',
        ):
            batch_op.drop_column(name)
