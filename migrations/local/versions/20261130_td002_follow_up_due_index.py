"""a covering index for the follow-ups due

Today lists the first follow-ups due and counts them all (issue 15): ix_visit_follow_up_due
(follow_up_date, deleted_at, outcome, household_id, visited_at) answers the count, the overdue
count and the first rows' places without reading the visit rows. It replaces
ix_visit_follow_up (follow_up_date), its first column.

Revision ID: td002
Revises: td001
Create Date: 2026-11-30 13:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "td002"
down_revision: str | Sequence[str] | None = "td001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_visit_follow_up_due",
        "visit",
        ["follow_up_date", "deleted_at", "outcome", "household_id", "visited_at"],
        unique=False,
    )
    op.drop_index("ix_visit_follow_up", table_name="visit")


def downgrade() -> None:
    op.create_index("ix_visit_follow_up", "visit", ["follow_up_date"], unique=False)
    op.drop_index("ix_visit_follow_up_due", table_name="visit")
