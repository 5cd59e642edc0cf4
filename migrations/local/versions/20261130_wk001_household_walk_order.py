"""household_search: each household's place on a warden's walk

Today's care list showed its first 100 rows in walking order (building → unit → room) and
counted every building's rows, so each start parsed the address of every care target due (4,280
at 100,000 households, ~55 ms of the page's first read). The walk key (rules.rounds.walk_key)
and the building and unit it groups by are now kept with the household's other derived text and
SQL lists the first rows and counts the groups (issue 15). Existing rows are filled in here;
search.refresh_households keeps them from then on.

Revision ID: wk001
Revises: sd001
Create Date: 2026-11-30 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridwarden.rules.rounds import place_of, walk_key

revision: str = "wk001"
down_revision: str | Sequence[str] | None = "sd001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("walk_key", 440), ("walk_building", 300), ("walk_unit", 40))
BATCH = 20_000


def upgrade() -> None:
    for name, length in COLUMNS:
        # a plain ADD COLUMN (no table copy): the register's rows and indexes stay as they are
        op.add_column(
            "household_search",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )
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
    for name, _length in reversed(COLUMNS):
        op.drop_column("household_search", name)
