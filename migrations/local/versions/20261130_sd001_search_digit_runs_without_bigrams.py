"""search index: runs of digits without bigrams

Phones, ID numbers and bare house numbers gave 29% of the FTS5 index's tokens as bigrams,
which served only one- and two-digit queries: those match most of the register and go to the
scan now, which answers their first screenful by walking the display order (issue 15: a first
sync indexes every household, and these tokens were a third of that work). Re-indexes every
household_search row without them (search_fts.gram_columns); nothing else changes.

Revision ID: sd001
Revises: se001
Create Date: 2026-11-30 18:40:00
"""

from collections.abc import Sequence
from functools import partial

from alembic import op

from gridwarden import search_fts

revision: str = "sd001"
down_revision: str | Sequence[str] | None = "se001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_fts.rebuild(op.get_bind())


def downgrade() -> None:
    """se001's index: digit runs' bigrams back (its code computes them to forget a row)."""
    search_fts.rebuild(op.get_bind(), partial(search_fts.gram_columns, digit_bigrams=True))
