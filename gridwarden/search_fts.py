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
from operator import add, itemgetter
from typing import Any

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


def gram_columns(search_text: str) -> tuple[str, str]:
    """The text of both index columns: each run's overlapping bigrams then its last character
    alone, and its overlapping trigrams (runs shorter than three give none). One pass: a first
    sync builds them for every household."""
    two: list[str] = []
    three: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        pairs = list(map(add, run, run[1:]))
        two += pairs
        two.append(run[-1])
        if len(run) > 2:
            three += map(add, pairs, run[2:])
    return " ".join(two), " ".join(three)


def grams(search_text: str) -> str:
    return gram_columns(search_text)[0]


def trigrams(search_text: str) -> str:
    return gram_columns(search_text)[1]


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


def _index_row(household_id: str, search_text: str) -> tuple[Any, ...]:
    two, three = gram_columns(search_text)
    return (row_key(household_id), two, three)


def _in_rowid_order(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    # FTS5 flushes its pending terms to a new segment whenever a rowid is not above the last
    # one written: rows in random rowid order made a segment (and its merges) per row.
    return sorted(rows, key=itemgetter(0))


# Written through the driver as tuples (qmark, as the store's SQLite drivers): a first sync
# writes 100,000 households' rows, and a parameter dict per row is measurable there.
_INSERT = f"INSERT INTO {TABLE} (rowid, grams, trigrams) VALUES (?, ?, ?)"
_INSERT_KEYS = (
    f"INSERT OR REPLACE INTO {KEYS} (rowid, {', '.join(COLUMNS)})"
    f" VALUES (?, {', '.join('?' * len(COLUMNS))})"
)
# a contentless table forgets a row given the values it indexed (the grams of its old text)
_DELETE = f"INSERT INTO {TABLE} ({TABLE}, rowid, grams, trigrams) VALUES ('delete', ?, ?, ?)"
_DELETE_KEYS = f"DELETE FROM {KEYS} WHERE rowid = ?"


def _driver(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


def write(session: Session | Connection, search_rows: Iterable[Mapping[str, Any]]) -> None:
    """Index new household_search rows (their households must have none indexed yet)."""
    rows = _in_rowid_order(
        (*_index_row(r["household_id"], r["text"]), *(r[c] for c in COLUMNS)) for r in search_rows
    )
    if rows:
        connection = _driver(session)
        connection.exec_driver_sql(_INSERT, [row[:3] for row in rows])
        keys = [(row[0], *row[3:]) for row in rows]
        connection.exec_driver_sql(_INSERT_KEYS, keys)


def remove(
    session: Session | Connection,
    old_rows: Iterable[Mapping[str, Any]],
    household_ids: Iterable[str] = (),
) -> None:
    """Forget the index rows of these household_search rows (household_id and their text as
    indexed): call before the rows are deleted or replaced."""
    rows = _in_rowid_order(_index_row(r["household_id"], r["text"]) for r in old_rows)
    if rows:
        _driver(session).exec_driver_sql(_DELETE, rows)
    # keys by household too: a search row removed outside refresh (a damaged store being
    # repaired) must not block the household's new row
    keys = [(row_key(h),) for h in household_ids]
    if keys:
        _driver(session).exec_driver_sql(_DELETE_KEYS, keys)
