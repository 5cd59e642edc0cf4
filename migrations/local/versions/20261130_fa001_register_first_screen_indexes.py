"""indexes for the register's first screenful

The household list and its search show their first rows before the whole list (issue 15):

- ix_household_fts_keys_address / _name: the FTS keys in display order. A common match (张, ll,
  1997: thousands of households) fills its first screenful by walking one of these and keeping
  the matches, instead of looking up and sorting every match (gridwarden/queries/households.py,
  _first_matches).
- ix_household_search_head (household_id, head_name): a row's 户主 without reading the search
  text beside it.

Revision ID: fa001
Revises: sc001
Create Date: 2026-11-30 06:50:00
"""

from collections.abc import Sequence

from alembic import op

from gridwarden import search_fts

revision: str = "fa001"
down_revision: str | Sequence[str] | None = "sc001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in search_fts.CREATE_ORDER_INDEXES:
        op.execute(statement)
    op.create_index(
        "ix_household_search_head",
        "household_search",
        ["household_id", "head_name"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_household_search_head", table_name="household_search")
    for name in search_fts.ORDER_INDEXES.values():
        op.execute(f"DROP INDEX IF EXISTS {name}")
