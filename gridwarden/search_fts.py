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
phrase matches exactly where the token occurs as a substring. Where the last trigram of one run
and the first of the next would chain as a phrase does (a phone ending 632 before an ID number
starting 320: "…632 320…" would match 6320), a separator token (SEPARATOR, a private-use
character no query holds) comes between them. Tokens holding anything but letters and digits (3-101, a#b) go to the SQL
scan, so results are always the same as `LIKE '%token%'` on the text.

The index lives in the store (a contentless FTS5 table household_fts beside a small table of
keys, household_fts_keys, created by migration pf001) and is written in the same transaction as
household_search (search.refresh_households, the demo generator), so
nothing is rebuilt when the app starts. The keys row carries the micro-grid and the two sort
keys, so a search reads one small row per match to filter and order (not the grams).

Rowids follow the register's display order (address_key, then household_id; migration se001):
FTS5 returns matches in rowid order, so the first screenful of a common match (a street, 张, a
phone tail) is its first matches, read without sorting the rest. The ordered rowids lie below
TAIL, spread apart; a household indexed later takes a rowid between its neighbours in that
order (see _allocate). Where its neighbours leave no room (many households added one after
another at the same place) it goes to the tail: rowids from TAIL up, in no order, which a
search merges in by their keys. rebuild() renumbers everything in order again (empty tail).
A household's rowid is read from the keys table, never computed from its id, and is not the
rowid of household_search (which VACUUM and sqlcipher_export may renumber).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
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
# Rowids 1 … TAIL-1 are in display order; from TAIL up, the unordered tail.
TAIL = 1 << 62
# Between two rows of a rebuilt index, and between rows added past either end of the order:
# room for 24 halvings of a gap (households added one by one at the same place) before the
# tail. Small steps keep the index small: FTS5 stores each rowid as a varint delta, 4 bytes
# here against 7 for rowids spread over 63 bits (at 100k households 146 MB against 205 MB).
STEP = 1 << 24


def is_index_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables (not SQLModel tables: Alembic compare skips them)."""
    return bool(name) and (name == TABLE or str(name).startswith(TABLE + "_"))


def grams(search_text: str) -> str:
    out: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


SEPARATOR = "\ue000"


def trigrams(search_text: str) -> str:
    """Overlapping three-character grams of each run (runs shorter than three give none); a
    SEPARATOR between two runs' trigrams that would otherwise chain across the gap."""
    out: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        grams3 = [run[i : i + 3] for i in range(len(run) - 2)]
        if grams3 and out and out[-1][1:] == grams3[0][:2]:
            out.append(SEPARATOR)
        out.extend(grams3)
    return " ".join(out)


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


def _rows(
    session: Session | Connection, search_rows: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The index rows of new household_search rows, with their rowids, in rowid order: FTS5
    flushes its pending terms to a new segment whenever a rowid is not above the last one
    written."""
    rows = sorted(
        (
            {
                "household_id": r["household_id"],
                "micro_grid_id": r["micro_grid_id"],
                "address_key": r["address_key"],
                "name_key": r["name_key"],
                "g": grams(r["text"]),
                "t": trigrams(r["text"]),
            }
            for r in search_rows
        ),
        key=display_order,
    )
    for row, rowid in zip(rows, _allocate(session, rows), strict=True):
        row["k"] = rowid
    return sorted(rows, key=lambda r: r["k"])


def display_order(row: Mapping[str, Any]) -> tuple[str, str]:
    """The register's default order (ORDER BY address_key, household_id: SQLite compares text
    by its UTF-8 bytes, which order as Python compares code points)."""
    return row["address_key"], row["household_id"]


_NEIGHBOURS = text(
    f"SELECT (SELECT rowid FROM {KEYS} INDEXED BY {ORDER_INDEXES['address_key']}"
    " WHERE (address_key, household_id) < (json_extract(j.value, '$[0]'),"
    " json_extract(j.value, '$[1]')) AND rowid < :tail"
    " ORDER BY address_key DESC, household_id DESC LIMIT 1),"
    f" (SELECT rowid FROM {KEYS} INDEXED BY {ORDER_INDEXES['address_key']}"
    " WHERE (address_key, household_id) > (json_extract(j.value, '$[0]'),"
    " json_extract(j.value, '$[1]')) AND rowid < :tail"
    " ORDER BY address_key, household_id LIMIT 1)"
    " FROM json_each(:rows) AS j ORDER BY j.key"
)


def _allocate(session: Session | Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Rowids for new rows given in display order: each between the indexed rows before and
    after it in that order (one read for the batch: two seeks of the order index per row).
    Rows falling in the same gap share it, evenly; past the last (or before the first) indexed
    row, or in an empty index, they are STEP apart. A gap too narrow for its rows sends them to
    the tail."""
    if not rows:
        return []
    found = session.execute(
        _NEIGHBOURS,
        {"rows": json.dumps([display_order(r) for r in rows]), "tail": TAIL},
    ).all()
    gaps: dict[tuple[int | None, int | None], int] = {}
    for before, after in found:
        gaps[(before, after)] = gaps.get((before, after), 0) + 1
    placed: dict[tuple[int | None, int | None], int] = {}
    rowids: list[int] = []
    tail: list[int] = []
    for number, (before, after) in enumerate(found):
        count = gaps[(before, after)]
        index = placed[(before, after)] = placed.get((before, after), 0) + 1
        rowid = _in_gap(before, after, index, count)
        if rowid is None:
            tail.append(number)
            rowid = 0
        rowids.append(rowid)
    if tail:
        top = session.execute(text(f"SELECT max(rowid) FROM {KEYS}")).scalar() or 0
        first = max(top + 1, TAIL)
        for offset, number in enumerate(tail):
            rowids[number] = first + offset
    return rowids


def _in_gap(before: int | None, after: int | None, index: int, count: int) -> int | None:
    """The rowid of the index-th (from 1) of `count` rows between two ordered rowids (None: no
    row on that side), or None when the gap has no room for them."""
    if before is None and after is None:  # the first rows: STEP apart mid-range
        low = max(0, TAIL // 2 - STEP * (count + 1) // 2)
        high = min(TAIL, low + STEP * (count + 1))
    elif after is None:
        assert before is not None
        low, high = before, min(TAIL, before + STEP * (count + 1))
    elif before is None:
        low, high = max(0, after - STEP * (count + 1)), after
    else:
        low, high = before, after
    if high - low <= count:
        return None
    return low + (high - low) * index // (count + 1)


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
    rows = _rows(session, search_rows)
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
    texts = {r["household_id"]: r["text"] for r in old_rows}
    ids = list(dict.fromkeys([*texts, *household_ids]))
    if not ids:
        return
    indexed = session.execute(
        text(
            f"SELECT rowid, household_id FROM {KEYS} WHERE household_id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(ids)},
    ).all()
    rows = sorted(
        (
            {"k": rowid, "g": grams(texts[household]), "t": trigrams(texts[household])}
            for rowid, household in indexed
            if household in texts
        ),
        key=lambda r: r["k"],  # rowid order, as in _rows
    )
    if rows:
        session.execute(_DELETE, rows)
    # keys by household too: a search row removed outside refresh (a damaged store being
    # repaired) must not block the household's new row
    keys = [{"k": rowid} for rowid, _household in indexed]
    if keys:
        session.execute(_DELETE_KEYS, keys)


_CHUNK = 5000


def rebuild(connection: Connection) -> int:
    """Index every household_search row afresh, rowids in display order STEP apart (an empty
    tail). Returns how many rows were indexed."""
    connection.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')"))
    connection.execute(text(f"DELETE FROM {KEYS}"))
    total = connection.execute(text("SELECT count(*) FROM household_search")).scalar() or 0
    step = min(STEP, TAIL // (total + 1))
    first = TAIL // 2 - step * (total + 1) // 2  # as _in_gap places the rows of an empty index
    found = connection.execute(
        text(
            "SELECT household_id, micro_grid_id, address_key, name_key, text FROM household_search"
            " ORDER BY address_key, household_id"
        )
    ).mappings()
    number = 0
    while chunk := found.fetchmany(_CHUNK):
        rows = []
        for r in chunk:
            number += 1
            rows.append(
                {
                    "k": first + step * number,
                    "household_id": r["household_id"],
                    "micro_grid_id": r["micro_grid_id"],
                    "address_key": r["address_key"],
                    "name_key": r["name_key"],
                    "g": grams(r["text"]),
                    "t": trigrams(r["text"]),
                }
            )
        connection.execute(_INSERT, rows)
        connection.execute(_INSERT_KEYS, rows)
    # one b-tree per term instead of the segments of the load: a cold search reads about half
    # the pages (at 100k households 5 s here, the FTS5 floor's p95 2.0 → 1.0 ms)
    connection.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')"))
    return number
