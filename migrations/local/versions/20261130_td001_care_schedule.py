"""the care schedule: each live care plan's next visit day, kept by triggers

Today's care section and tile read it instead of computing every plan's last visit at each
start (issue 15: ~0.5 s of SQLCipher page decryption at 100,000 households). The table is
derived: triggers on care_plan, resident, household and visit keep it (see
gridwarden/queries/today_care.py); this revision fills it from the register.

Revision ID: td001
Revises: fa001
Create Date: 2026-11-30 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from gridwarden.queries import today_care

revision: str = "td001"
down_revision: str | Sequence[str] | None = "fa001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "care_schedule",
        sa.Column("plan_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("plan_rowid", sa.Integer(), nullable=False),
        sa.Column("resident_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("household_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("frequency_days", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("last_visit_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id"),
    )
    op.create_index(
        "ix_care_schedule_due", "care_schedule", ["due_on", "address", "plan_rowid"], unique=False
    )
    op.create_index("ix_care_schedule_household", "care_schedule", ["household_id"], unique=False)
    op.create_index("ix_care_schedule_resident", "care_schedule", ["resident_id"], unique=False)
    # as they were at this revision: without the walk (wk001 adds it)
    triggers = today_care.schedule_triggers(walk=False)
    for statement in today_care.rebuild(walk=False) + today_care.create_triggers(triggers):
        op.execute(statement)


def downgrade() -> None:
    for statement in today_care.drop_triggers(today_care.schedule_triggers(walk=False)):
        op.execute(statement)
    op.drop_index("ix_care_schedule_resident", table_name="care_schedule")
    op.drop_index("ix_care_schedule_household", table_name="care_schedule")
    op.drop_index("ix_care_schedule_due", table_name="care_schedule")
    op.drop_table("care_schedule")
