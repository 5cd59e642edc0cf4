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
character no query holds) comes between them. Runs of ASCII digits get no bigrams (migration
sd001: phones and ID numbers were 29% of the tokens), so one- and two-digit tokens go to the SQL
scan, as do tokens holding anything but letters and digits (3-101, a#b): results are always the
same as `LIKE '%token%'` on the text.

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
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import add
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import Session

from gridwarden.db import meta

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


SEPARATOR = "\ue000"


def gram_columns(search_text: str, digit_bigrams: bool = False) -> tuple[str, str]:
    """The text of both index columns: each run's overlapping bigrams then its last character
    alone, and its overlapping trigrams (runs shorter than three give none), with a SEPARATOR
    between two runs' trigrams that would otherwise chain across the gap. One pass: a first
    sync builds them for every household.

    Runs of ASCII digits (phones, ID numbers, house numbers on their own) get no bigrams: they
    were 29% of the index's tokens, and the one- and two-digit queries they served match most
    of the register anyway, which the scan answers in order as fast (match_expression; since
    migration sd001). `digit_bigrams=True` is the format before it, for its downgrade."""
    two: list[str] = []
    three: list[str] = []
    for run in _RUN.findall(search_text.lower()):
        pairs = list(map(add, run, run[1:]))
        if digit_bigrams or not (run.isdigit() and run.isascii()):
            two += pairs
            two.append(run[-1])
        if len(run) > 2:
            run_three = list(map(add, pairs, run[2:]))
            if three and three[-1][1:] == run_three[0][:2]:
                three.append(SEPARATOR)
            three += run_three
    return " ".join(two), " ".join(three)


def grams(search_text: str) -> str:
    return gram_columns(search_text)[0]


def trigrams(search_text: str) -> str:
    return gram_columns(search_text)[1]


def match_expression(tokens: list[str]) -> str | None:
    """The FTS5 query for these (lower-case) tokens, or None when one cannot be indexed."""
    parts = []
    for token in tokens:
        if not token or _RUN.fullmatch(token) is None:
            return None
        if len(token) <= 2 and token.isdigit() and token.isascii():
            return None  # digit runs have no bigrams in the index (gram_columns)
        if len(token) == 1:
            parts.append(f'grams : "{token}"*')
        elif len(token) == 2:
            parts.append(f'grams : "{token}"')
        else:
            phrase = " ".join(token[i : i + 3] for i in range(len(token) - 2))
            parts.append(f'trigrams : "{phrase}"')
    return " AND ".join(parts) if parts else None


def display_order(row: Mapping[str, Any]) -> tuple[str, str]:
    """The register's default order (ORDER BY address_key, household_id: SQLite compares text
    by its UTF-8 bytes, which order as Python compares code points)."""
    return row["address_key"], row["household_id"]


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
# each row's ordered neighbours: the last indexed row before it and the first after it in
# display order (two seeks of the order index; the tail is skipped)
_NEIGHBOURS = (
    f"SELECT (SELECT rowid FROM {KEYS} INDEXED BY {ORDER_INDEXES['address_key']}"
    " WHERE (address_key, household_id) < (json_extract(j.value, '$[0]'),"
    " json_extract(j.value, '$[1]')) AND rowid < ?"
    " ORDER BY address_key DESC, household_id DESC LIMIT 1),"
    f" (SELECT rowid FROM {KEYS} INDEXED BY {ORDER_INDEXES['address_key']}"
    " WHERE (address_key, household_id) > (json_extract(j.value, '$[0]'),"
    " json_extract(j.value, '$[1]')) AND rowid < ?"
    " ORDER BY address_key, household_id LIMIT 1)"
    " FROM json_each(?) AS j ORDER BY j.key"
)


def _driver(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


def write(
    session: Session | Connection,
    search_rows: Iterable[Mapping[str, Any]],
    rowids_of: Mapping[str, int] | None = None,
) -> None:
    """Index new household_search rows (their households must have none indexed yet), at
    rowids found between their neighbours in display order, or at those given (by household:
    ordered_rowids)."""
    rows = sorted(search_rows, key=display_order)
    if not rows:
        return
    connection = _driver(session)
    if rowids_of is not None:
        rowids = [rowids_of[row["household_id"]] for row in rows]
    elif first_index_running(connection):
        rowids = _tail(connection, len(rows))
    else:
        rowids = _allocate(connection, rows)
    # in rowid order: FTS5 flushes its pending terms to a new segment whenever a rowid is not
    # above the last one written (rows in random rowid order made a segment per row)
    ordered = sorted(zip(rowids, rows, strict=True), key=lambda pair: pair[0])
    connection.exec_driver_sql(_INSERT, [(rowid, *gram_columns(r["text"])) for rowid, r in ordered])
    connection.exec_driver_sql(
        _INSERT_KEYS, [(rowid, *(r[c] for c in COLUMNS)) for rowid, r in ordered]
    )


def _allocate(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Rowids for new rows given in display order: each between the indexed rows before and
    after it in that order (one read for the batch: two seeks of the order index per row).
    Rows falling in the same gap share it, evenly; past the last (or before the first) indexed
    row, or in an empty index, they are STEP apart. A gap too narrow for its rows sends them to
    the tail."""
    found = connection.exec_driver_sql(
        _NEIGHBOURS, (TAIL, TAIL, json.dumps([display_order(r) for r in rows]))
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
    for number, rowid in zip(tail, _tail(connection, len(tail)), strict=True):
        rowids[number] = rowid
    return rowids


def _tail(connection: Connection, count: int) -> list[int]:
    """`count` rowids in the unordered tail, after everything indexed."""
    if not count:
        return []
    top = connection.exec_driver_sql(f"SELECT max(rowid) FROM {KEYS}").scalar() or 0
    first = max(top + 1, TAIL)
    return list(range(first, first + count))


# While a first index is written in display order at rowids given (ordered_rowids), a row
# indexed by anything else (an edit saved in the register meanwhile) goes to the tail: placed
# between its neighbours it could take the rowid a later batch of the first index was given,
# or sit before rows that display before it. The flag is in local_meta for the run.
FIRST_INDEX_KEY = "search_first_index"


def first_index_running(session: Session | Connection) -> bool:
    return meta.read(_driver(session), FIRST_INDEX_KEY) is not None


def mark_first_index(session: Session | Connection, running: bool) -> None:
    if running:
        meta.write(_driver(session), FIRST_INDEX_KEY, "1")
    else:
        meta.forget(_driver(session), FIRST_INDEX_KEY)


def _in_gap(before: int | None, after: int | None, index: int, count: int) -> int | None:
    """The rowid of the index-th (from 1) of `count` rows between two ordered rowids (None: no
    row on that side), or None when the gap has no room for them."""
    span = STEP * (count + 1)
    match before, after:
        case int() as first, int() as last:
            low, high = first, last
        case int() as first, None:
            low, high = first, min(TAIL, first + span)
        case None, int() as last:
            low, high = max(0, last - span), last
        case _:  # no row on either side, the first rows: STEP apart mid-range
            low = max(0, TAIL // 2 - span // 2)
            high = min(TAIL, low + span)
    if high - low <= count:
        return None
    return low + (high - low) * index // (count + 1)


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
    connection = _driver(session)
    indexed = sorted(  # rowid order, as written
        connection.exec_driver_sql(
            f"SELECT rowid, household_id FROM {KEYS}"
            " WHERE household_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).all()
    )
    rows = [
        (rowid, *gram_columns(texts[household]))
        for rowid, household in indexed
        if household in texts
    ]
    if rows:
        connection.exec_driver_sql(_DELETE, rows)
    # keys by household too: a search row removed outside refresh (a damaged store being
    # repaired) must not block the household's new row
    if indexed:
        connection.exec_driver_sql(_DELETE_KEYS, [(rowid,) for rowid, _household in indexed])


_CHUNK = 5000


def ordered_rowids(total: int) -> range:
    """The rowids of `total` rows indexed in display order into an empty index: STEP apart
    (closer if that many would not fit), mid-range, as _in_gap places the rows of an empty
    index. The n-th row in display order (from 0) takes the n-th."""
    step = min(STEP, TAIL // (total + 1))
    first = TAIL // 2 - step * (total + 1) // 2
    return range(first + step, first + step * (total + 1), step)


def is_empty(session: Session | Connection) -> bool:
    """Nothing indexed yet (a new laptop's first sync)."""
    return _driver(session).exec_driver_sql(f"SELECT 1 FROM {KEYS} LIMIT 1").first() is None


def rebuild(
    connection: Connection, columns: Callable[[str], tuple[str, str]] = gram_columns
) -> int:
    """Index every household_search row afresh, rowids in display order STEP apart (an empty
    tail), its columns made by `columns` (an older format: a migration's downgrade). Returns
    how many rows were indexed."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    connection.exec_driver_sql(f"DELETE FROM {KEYS}")
    total = connection.exec_driver_sql("SELECT count(*) FROM household_search").scalar() or 0
    ordered = ordered_rowids(total)
    found = connection.exec_driver_sql(
        f"SELECT {', '.join(COLUMNS)}, text FROM household_search"
        " ORDER BY address_key, household_id"
    )
    number = 0
    while chunk := found.fetchmany(_CHUNK):
        rowids = ordered[number : number + len(chunk)]
        number += len(chunk)
        connection.exec_driver_sql(
            _INSERT, [(rowid, *columns(r[-1])) for rowid, r in zip(rowids, chunk, strict=True)]
        )
        connection.exec_driver_sql(
            _INSERT_KEYS, [(rowid, *r[:-1]) for rowid, r in zip(rowids, chunk, strict=True)]
        )
    # one b-tree per term instead of the segments of the load: a cold search reads about half
    # the pages (at 100k households 5 s here, the FTS5 floor's p95 2.0 → 1.0 ms)
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
    return number
