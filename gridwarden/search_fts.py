"""The register's persisted full-text index: SQLite FTS5 over each household's search text.

Search-as-you-type must answer 1- and 2-character queries (张三, zs, 王) as well as phone and ID
tails and address fragments, at 400,000 records in a few milliseconds, with nothing built in
memory at start. FTS5's trigram tokenizer cannot answer fewer than three characters, so the index
holds *bigrams* instead: every run of letters and digits in the search text becomes its
overlapping two-character grams followed by its last character alone:

    "张三丰 zs" → "张三 三丰 丰 zs s"

A two-character token is one bigram; a one-character token is a prefix query ("王"*): every
character of the text begins one gram. Longer tokens use a second column of overlapping
trigrams (far more selective for digits: phone and ID tails) and are the phrase of their
trigrams ("张三丰a" → "张三丰 三丰a"): consecutive grams are consecutive characters, so the
phrase matches exactly where the token occurs as a substring. Tokens holding anything but letters and digits (3-101, a#b) go to the SQL
scan, so results are always the same as `LIKE '%token%'` on the text.

The index lives in the store (a contentless FTS5 table household_fts beside a small table of
keys, household_fts_keys, created by migration pf001) and is written in the same transaction as
household_search (search.refresh_households, the demo generator), so
nothing is rebuilt when the app starts. The keys row carries the micro-grid and the two sort
keys, so a search reads one small row per match to filter and order (not the grams). Its rowid is a stable hash of the household id, never the
rowid of household_search (which VACUUM and sqlcipher_export may renumber).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import Session

TABLE = "household_fts"  # contentless FTS5: only the index, no copy of the grams
KEYS = "household_fts_keys"  # per index row: the household, its micro-grid, its sort keys
# the columns a search reads besides the match: filtering and ordering need no other table
COLUMNS = ("household_id", "micro_grid_id", "address_key", "name_key")
CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(grams, trigrams, content = '',"
    " tokenize = 'unicode61 remove_diacritics 0')",
    f"CREATE TABLE {KEYS} (rowid INTEGER PRIMARY KEY, household_id VARCHAR(36) NOT NULL UNIQUE,"
    " micro_grid_id VARCHAR(36) NOT NULL, address_key VARCHAR(400) NOT NULL,"
    " name_key VARCHAR(200) NOT NULL)",
)
# The keys in display order (migration fa001): the first screenful of a common match is read
# by walking one of these, keeping the rows that match, instead of sorting every match.
ORDER_INDEXES = {
    "address_key": f"ix_{KEYS}_address",
    "name_key": f"ix_{KEYS}_name",
}
CREATE_ORDER_INDEXES = tuple(
    f"CREATE INDEX IF NOT EXISTS {name} ON {KEYS} ({key}, household_id)"
    for key, name in ORDER_INDEXES.items()
)
_RUN = re.compile(r"[^\W_]+")  # letters and digits (what unicode61 keeps inside a token)


def is_index_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables (not SQLModel tables: Alembic compare skips them)."""
    return bool(name) and (name == TABLE or str(name).startswith(TABLE + "_"))


def grams(search_text: str) -> str:
    out: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


def trigrams(search_text: str) -> str:
    """Overlapping three-character grams of each run (runs shorter than three give none)."""
    out: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        out.extend(run[i : i + 3] for i in range(len(run) - 2))
    return " ".join(out)


def row_key(household_id: str) -> int:
    """A stable 63-bit rowid for a household's index row."""
    digest = hashlib.blake2b(household_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def match_expression(tokens: list[str]) -> str | None:
    """The FTS5 query for these (lower-case) tokens, or None when one cannot be indexed."""
    parts = []
    for token in tokens:
        if not token or _RUN.fullmatch(token) is None:
            return None
        if len(token) == 1:
            parts.append(f'grams : "{token}"*')
        elif len(token) == 2:
            parts.append(f'grams : "{token}"')
        else:
            phrase = " ".join(token[i : i + 3] for i in range(len(token) - 2))
            parts.append(f'trigrams : "{phrase}"')
    return " AND ".join(parts) if parts else None


def _rows(search_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    # In rowid order: FTS5 flushes its pending terms to a new segment whenever a rowid is not
    # above the last one written, so random rowids made a segment (and merges) per row.
    return sorted(
        [
            {
                "k": row_key(r["household_id"]),
                "household_id": r["household_id"],
                "micro_grid_id": r["micro_grid_id"],
                "address_key": r["address_key"],
                "name_key": r["name_key"],
                "g": grams(r["text"]),
                "t": trigrams(r["text"]),
            }
            for r in search_rows
        ],
        key=lambda r: r["k"],
    )


_INSERT = text(f"INSERT INTO {TABLE} (rowid, grams, trigrams) VALUES (:k, :g, :t)")
_INSERT_KEYS = text(
    f"INSERT OR REPLACE INTO {KEYS} (rowid, {', '.join(COLUMNS)}) VALUES (:k, {', '.join(':' + c for c in COLUMNS)})"
)
# a contentless table forgets a row given the values it indexed (the grams of its old text)
_DELETE = text(
    f"INSERT INTO {TABLE} ({TABLE}, rowid, grams, trigrams) VALUES ('delete', :k, :g, :t)"
)
_DELETE_KEYS = text(f"DELETE FROM {KEYS} WHERE rowid = :k")


def write(session: Session | Connection, search_rows: Iterable[Mapping[str, Any]]) -> None:
    """Index new household_search rows (their households must have none indexed yet)."""
    rows = _rows(search_rows)
    if rows:
        session.execute(_INSERT, rows)
        session.execute(_INSERT_KEYS, rows)


def remove(
    session: Session | Connection,
    old_rows: Iterable[Mapping[str, Any]],
    household_ids: Iterable[str] = (),
) -> None:
    """Forget the index rows of these household_search rows (household_id and their text as
    indexed): call before the rows are deleted or replaced."""
    rows = sorted(
        (
            {"k": row_key(r["household_id"]), "g": grams(r["text"]), "t": trigrams(r["text"])}
            for r in old_rows
        ),
        key=lambda r: r["k"],  # rowid order, as in _rows
    )
    if rows:
        session.execute(_DELETE, rows)
    # keys by household too: a search row removed outside refresh (a damaged store being
    # repaired) must not block the household's new row
    keys = [{"k": row_key(h)} for h in household_ids]
    if keys:
        session.execute(_DELETE_KEYS, keys)
