"""household full-text index (FTS5 bigrams)

The register's search is answered by a persisted SQLite FTS5 table (household_fts, see
gridwarden/search_fts.py) instead of an index built in memory after every start. This creates
it and indexes the existing household_search rows; from here on it is written in the same
transaction as household_search.

Revision ID: pf001
Revises: fil001
Create Date: 2026-11-30 02:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridwarden import search_fts

revision: str = 'pf001'
down_revision: str | Sequence[str] | None = 'fil001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    for statement in search_fts.CREATE:
        conn.execute(sa.text(statement))
    # every row at once, rowids in display order (se001 re-indexes so again: a store this old
    # pays the indexing twice, once)
    search_fts.rebuild(conn)


def downgrade() -> None:
    op.execute(f"DROP TABLE {search_fts.KEYS}")
    op.execute(f"DROP TABLE {search_fts.TABLE}")
