"""search index rowids in display order

The register's first screenful of a common search (a street, 张, a phone tail) was found by
sorting every match (issue 15). The FTS5 index's rowids now follow the register's display order
(address_key, then household_id; see gridwarden/search_fts.py), so FTS5 returns the first
matches first. This re-indexes every household_search row with such rowids: the index is
derived from household_search alone, nothing else changes.

Revision ID: se001
Revises: fa001
Create Date: 2026-11-30 13:40:00
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridwarden import search_fts

revision: str = "se001"
down_revision: str | Sequence[str] | None = "fa001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_fts.rebuild(op.get_bind())


def downgrade() -> None:
    """Back to fa001's rowids (a hash of the household id), which its code computes to remove a
    household's row."""
    conn = op.get_bind()
    keys = conn.execute(sa.text(f"SELECT rowid, household_id FROM {search_fts.KEYS}")).all()
    texts = {
        household: body
        for household, body in conn.execute(
            sa.text("SELECT household_id, text FROM household_search")
        )
    }
    conn.execute(sa.text(f"UPDATE {search_fts.KEYS} SET rowid = -rowid"))
    forget = sa.text(
        f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}, rowid, grams, trigrams)"
        " VALUES ('delete', :k, :g, :t)"
    )
    index = sa.text(f"INSERT INTO {search_fts.TABLE} (rowid, grams, trigrams) VALUES (:k, :g, :t)")
    renumber = sa.text(f"UPDATE {search_fts.KEYS} SET rowid = :new WHERE rowid = :old")
    rows = []
    for rowid, household in keys:
        body = texts.get(household, "")
        digest = hashlib.blake2b(household.encode(), digest_size=8).digest()
        rows.append(
            {
                "k": rowid,
                "old": -rowid,
                "new": int.from_bytes(digest, "big") >> 1,
                "g": search_fts.grams(body),
                "t": search_fts.trigrams(body),
            }
        )
    # each in ascending rowid order: FTS5 flushes a segment whenever a rowid goes down
    if rows:
        conn.execute(forget, sorted(rows, key=lambda r: r["k"]))
        rows.sort(key=lambda r: r["new"])
        conn.execute(index, [{**r, "k": r["new"]} for r in rows])
        conn.execute(renumber, rows)
