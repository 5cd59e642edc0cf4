"""the names of the users a sync conflict mentions

sync_conflict.names maps the user ids of both sides to display names (as the server answered),
so the needs-review page says who made each change. Conflicts recorded before have none: the
page falls back to the user id.

Revision ID: s002
Revises: d002
Create Date: 2026-11-29 12:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 's002'
down_revision: str | Sequence[str] | None = 'd002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('names', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_column('names')
