"""the open follow-ups: visits whose follow-up no later visit has closed, kept by triggers

Today counts the follow-ups due and lists the first ones (issue 15). Found from the visits at
each read, every candidate's household was probed for a later visit (~1,500 random index pages,
~12 MB of page cache, at 100,000 households). follow_up_open holds the open ones; triggers on
visit keep it (gridwarden/queries/today_care.py); this revision fills it from the visits.

Revision ID: td002
Revises: td001
Create Date: 2026-11-30 13:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from gridwarden.queries import today_care

revision: str = "td002"
down_revision: str | Sequence[str] | None = "td001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_up_open",
        sa.Column("visit_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("visit_rowid", sa.Integer(), nullable=False),
        sa.Column("household_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=False),
        sa.Column("visited_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("visit_id"),
    )
    op.create_index(
        "ix_follow_up_open_due", "follow_up_open", ["follow_up_date", "visit_rowid"], unique=False
    )
    op.create_index(
        "ix_follow_up_open_household",
        "follow_up_open",
        ["household_id", "visited_at"],
        unique=False,
    )
    triggers = today_care.FOLLOW_UP_TRIGGERS
    for statement in today_care.FOLLOW_UP_REBUILD + today_care.create_triggers(triggers):
        op.execute(statement)


def downgrade() -> None:
    for statement in today_care.drop_triggers(today_care.FOLLOW_UP_TRIGGERS):
        op.execute(statement)
    op.drop_index("ix_follow_up_open_household", table_name="follow_up_open")
    op.drop_index("ix_follow_up_open_due", table_name="follow_up_open")
    op.drop_table("follow_up_open")
