"""sync_state.reconcile: the server went back in time

Set when the district server's epoch changes under the same address (restored from a backup,
or a power cut lost its last commits) or the server's newest change is older than this store's
cursor. The next sync then compares the store with the server record by record and uploads what
the server lacks, instead of deleting what the server merely forgot.

Revision ID: sec002
Revises: lag001
Create Date: 2026-11-30 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'sec002'
down_revision: str | Sequence[str] | None = 'lag001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('reconcile', sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.drop_column('reconcile')
