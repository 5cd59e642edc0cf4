"""household_search: each household's place on a warden's walk

Today's care list showed its first 100 rows in walking order (building → unit → room) and
counted every building's rows, so each start parsed the address of every care target due (4,280
at 100,000 households, ~55 ms of the page's first read). The walk key (rules.rounds.walk_key)
and the building and unit it groups by are now kept with the household's other derived text and
SQL lists the first rows and counts the groups (issue 15). The care schedule carries its
households' walk too, kept by triggers from household_search (queries/today_care.py): joining
the two at each read cost as much as the parsing. Existing rows are filled in here;
search.refresh_households and the triggers keep them from then on.

Revision ID: wk001
Revises: sd001
Create Date: 2026-11-30 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridwarden.queries import today_care
from gridwarden.rules.rounds import place_of, walk_key

revision: str = "wk001"
down_revision: str | Sequence[str] | None = "sd001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("walk_key", 440), ("walk_building", 300), ("walk_unit", 40))
BATCH = 20_000
# Today's first due rows in walking order, and the due rows' groups, each from an index alone
WALK_INDEX = ("walk_key", "due_on", "plan_rowid", "address")
GROUPS_INDEX = ("due_on", "walk_building", "walk_unit", "address")


def upgrade() -> None:
    for name, length in COLUMNS:
        # plain ADD COLUMNs (no table copy): the rows, their indexes and triggers stay
        column = sa.Column(name, sa.String(length=length), nullable=False, server_default="")
        op.add_column("household_search", column)
        op.add_column("care_schedule", sa.Column(name, sa.String(length=length), nullable=True))
    op.create_index("ix_care_schedule_walk", "care_schedule", list(WALK_INDEX))
    op.create_index("ix_care_schedule_walk_groups", "care_schedule", list(GROUPS_INDEX))
    for statement in today_care.drop_triggers(today_care.schedule_triggers(walk=False)):
        op.execute(statement)
    for statement in today_care.create_triggers(today_care.schedule_triggers(walk=True)):
        op.execute(statement)
    # each household's walk; the care schedule's rows take it through the new triggers
    connection = op.get_bind()
    rows = connection.exec_driver_sql(
        "SELECT s.household_id, h.address FROM household_search AS s"
        " JOIN household AS h ON h.id = s.household_id"
    ).all()
    for start in range(0, len(rows), BATCH):
        places = [(place_of(address), hid) for hid, address in rows[start : start + BATCH]]
        connection.exec_driver_sql(
            "UPDATE household_search SET walk_key = ?, walk_building = ?, walk_unit = ?"
            " WHERE household_id = ?",
            [(walk_key(place), place.building, place.unit, hid) for place, hid in places],
        )


def downgrade() -> None:
    for statement in today_care.drop_triggers(today_care.schedule_triggers(walk=True)):
        op.execute(statement)
    op.drop_index("ix_care_schedule_walk_groups", table_name="care_schedule")
    op.drop_index("ix_care_schedule_walk", table_name="care_schedule")
    for name, _length in reversed(COLUMNS):
        op.drop_column("care_schedule", name)
        op.drop_column("household_search", name)
    for statement in today_care.create_triggers(today_care.schedule_triggers(walk=False)):
        op.execute(statement)
