"""search index rowids in display order

The register's first screenful of a common search (a street, 张, a phone tail) was found by
sorting every match (issue 15). The FTS5 index's rowids now follow the register's display order
(address_key, then household_id; see gridwarden/search_fts.py), so FTS5 returns the first
matches first. This re-indexes every household_search row with such rowids: the index is
derived from household_search alone, nothing else changes. The re-index also puts a separator
between two runs' trigrams that would chain into a false phrase match (search_fts.trigrams).

Revision ID: se001
Revises: td002
Create Date: 2026-11-30 13:40:00
"""

import hashlib
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridwarden import search_fts

revision: str = "se001"
down_revision: str | Sequence[str] | None = "td002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_fts.rebuild(op.get_bind())


def _fa001_trigrams(body: str) -> str:
    """fa001's trigrams: no separator between runs."""
    out: list[str] = []
    for run in re.findall(r"[^\W_]+", body.lower()):
        out.extend(run[i : i + 3] for i in range(len(run) - 2))
    return " ".join(out)


def downgrade() -> None:
    """Back to fa001's index: rowids a hash of the household id (which its code computes to
    remove a household's row) and trigrams without separators (which it computes to forget
    them)."""
    conn = op.get_bind()
    texts = {
        household: body
        for household, body in conn.execute(
            sa.text("SELECT household_id, text FROM household_search")
        )
    }
    rows = []
    for rowid, household in conn.execute(
        sa.text(f"SELECT rowid, household_id FROM {search_fts.KEYS}")
    ):
        body = texts.get(household, "")
        digest = hashlib.blake2b(household.encode(), digest_size=8).digest()
        rows.append(
            {
                "old": -rowid,
                "k": int.from_bytes(digest, "big") >> 1,
                "g": search_fts.gram_columns(body, digit_bigrams=True)[0],  # fa001's grams
                "t": _fa001_trigrams(body),
            }
        )
    conn.execute(
        sa.text(f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}) VALUES ('delete-all')")
    )
    conn.execute(sa.text(f"UPDATE {search_fts.KEYS} SET rowid = -rowid"))
    if rows:
        conn.execute(sa.text(f"UPDATE {search_fts.KEYS} SET rowid = :k WHERE rowid = :old"), rows)
        # in ascending rowid order: FTS5 flushes a segment whenever a rowid goes down
        conn.execute(
            sa.text(f"INSERT INTO {search_fts.TABLE} (rowid, grams, trigrams) VALUES (:k, :g, :t)"),
            sorted(rows, key=lambda r: r["k"]),
        )
