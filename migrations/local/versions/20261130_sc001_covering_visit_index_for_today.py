"""covering visit index for Today

Today's care visits due and follow-ups ask, per household, for the last visit that counts (not
voided, not 未遇, naming the care target or nobody). ix_visit_household_at now carries the
columns those conditions read, so SQLite answers from the index without reading ~500,000 visit
rows (care visits due at 100k households: ~840 -> ~200 ms warm).

Revision ID: sc001
Revises: sh001
Create Date: 2026-11-30 03:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'sc001'
down_revision: str | Sequence[str] | None = 'sh001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COVERING = ['household_id', 'visited_at', 'resident_id', 'outcome', 'deleted_at']


def upgrade() -> None:
    op.drop_index('ix_visit_household_at', table_name='visit')
    op.create_index('ix_visit_household_at', 'visit', _COVERING, unique=False)


def downgrade() -> None:
    op.drop_index('ix_visit_household_at', table_name='visit')
    op.create_index('ix_visit_household_at', 'visit', ['household_id', 'visited_at'], unique=False)
