"""Search-as-you-type over the register: names, pinyin initials, addresses, phones, ID numbers.

Each household has one row of derived text (household_search) holding everything a warden might
type: the address, and for each resident the name, its pinyin initials (zs → 张三) and full
pinyin, the phone and the ID number (so its tail matches). A query is split on spaces and every
token must occur (substring, case-insensitive). The row is rebuilt in the same transaction as
any change to the household or its residents, and so is its row of the persisted FTS5 index
(search_fts), which answers the search.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from sqlmodel import Session

from gridwarden import search_fts
from gridwarden.rules.rounds import place_of, walk_key

_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=65_536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full) pinyin of a name, lower case: 张三 → ("zs", "zhangsan").

    Built character by character from a cache: names are two or three characters drawn from a
    few thousand, so a street's first sync (300,000 residents) converts each character once.
    (Whole-name conversion would only differ where pypinyin knows the name as a phrase; on the
    demo district's 28,000 names it never does.) Whole names are cached too: a household's
    row is rebuilt with every edit, and a district repeats its names."""
    keys = [_char_pinyin(char) for char in name]
    return "".join(k[0] for k in keys), "".join(k[1] for k in keys)


@lru_cache(maxsize=16_384)
def _char_pinyin(char: str) -> tuple[str, str]:
    pinyin = _pypinyin()
    full = "".join(pinyin.lazy_pinyin(char, errors="ignore")).lower()
    initial = "".join(
        pinyin.lazy_pinyin(char, style=pinyin.Style.FIRST_LETTER, errors="ignore")
    ).lower()
    return initial, full


@lru_cache(maxsize=1)
def _pypinyin() -> ModuleType:
    """pypinyin, imported on first use (its dictionary costs start-up time). The dictionary is
    ~190,000 lists that live as long as the process: once it is loaded, everything alive is
    moved out of the cyclic garbage collector's sight (gc.freeze; reference counting still
    frees what is dropped), or every later full collection walks them all again — 50-200 ms
    each, ~200 ms of a push of 1,000 edits made after a first pull."""
    import pypinyin

    gc.freeze()
    return pypinyin


def address_key(address: str) -> str:
    """Addresses sort by road, then house number as a number (2号 before 12号)."""
    return _NUMBER.sub(lambda m: m.group().zfill(6), address)


@dataclass(frozen=True)
class ResidentText:
    name: str
    relation: str
    phone: str
    id_number: str | None


def household_row(
    household_id: str, micro_grid_id: str, address: str, residents: Sequence[ResidentText]
) -> dict[str, str]:
    head = next((r for r in residents if r.relation == "户主"), residents[0] if residents else None)
    parts = [address]
    for resident in residents:
        initials, full = pinyin_keys(resident.name)
        parts += [resident.name, initials, full, resident.phone, resident.id_number or ""]
    head_name = head.name if head else ""
    place = place_of(address)
    return {
        "household_id": household_id,
        "micro_grid_id": micro_grid_id,
        "text": " ".join(p for p in parts if p).lower(),
        "head_name": head_name,
        "name_key": pinyin_keys(head_name)[1] if head_name else "",
        "address_key": address_key(address),
        # the walk (building → unit → room): Today's care list reads its first rows in SQL
        "walk_key": walk_key(place),
        "walk_building": place.building,
        "walk_unit": place.unit,
    }


# Read and written through the driver with the ids as one JSON parameter: a street's first
# sync rebuilds 100,000 households' rows, 20,000 a transaction, and ORM rows or 20,000 bound
# parameters a statement were ~3 s of it.
_CHOSEN = "IN (SELECT value FROM json_each(?))"
_HOUSEHOLDS = (
    f"SELECT id, micro_grid_id, address FROM household WHERE id {_CHOSEN} AND deleted_at IS NULL"
)
_RESIDENTS = (
    "SELECT household_id, name, relation, phone, id_number FROM resident"
    f" WHERE household_id {_CHOSEN} AND deleted_at IS NULL ORDER BY household_id, name"
)
SEARCH_COLUMNS = (
    "household_id",
    "micro_grid_id",
    "text",
    "head_name",
    "name_key",
    "address_key",
    "walk_key",
    "walk_building",
    "walk_unit",
)
_OLD = f"SELECT {', '.join(SEARCH_COLUMNS)} FROM household_search WHERE household_id {_CHOSEN}"
_DELETE_SEARCH = f"DELETE FROM household_search WHERE household_id {_CHOSEN}"
_INSERT_SEARCH = (
    f"INSERT INTO household_search ({', '.join(SEARCH_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(SEARCH_COLUMNS))})"
)


def refresh_households(
    session: Session, household_ids: Iterable[str], rowids: Mapping[str, int] | None = None
) -> None:
    """Rebuild the search rows of these households (deleted households lose theirs).
    `rowids`: the index rowids new rows take (a first index in display order, see
    search_fts.ordered_rowids), instead of a place found between their neighbours."""
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        return
    session.flush()  # the driver reads below see what this transaction's ORM objects hold
    connection = session.connection()
    chosen = (json.dumps(ids),)
    households = {
        hid: (micro, address)
        for hid, micro, address in connection.exec_driver_sql(_HOUSEHOLDS, chosen).all()
    }
    residents: dict[str, list[ResidentText]] = {hid: [] for hid in ids}
    found = connection.exec_driver_sql(_RESIDENTS, chosen).all()
    for hid, name, relation, phone, id_number in found:
        residents[hid].append(ResidentText(name, relation, phone, id_number))
    fresh = {
        hid: household_row(hid, *households[hid], residents[hid])
        for hid in ids
        if hid in households
    }
    old = [
        dict(zip(SEARCH_COLUMNS, row, strict=True))
        for row in connection.exec_driver_sql(_OLD, chosen)
    ]
    # A row that would be rebuilt exactly as it is stays (a synced edit of a household's notes
    # or a re-delivered record): rewriting its grams in the FTS index is most of the cost.
    same = {row["household_id"] for row in old if fresh.get(row["household_id"]) == row}
    stale = [row for row in old if row["household_id"] not in same]
    changed = [hid for hid in ids if hid not in same]
    search_fts.remove(connection, stale, changed)
    if stale:
        connection.exec_driver_sql(
            _DELETE_SEARCH, (json.dumps([row["household_id"] for row in stale]),)
        )
    written = [fresh[hid] for hid in changed if hid in fresh]
    if written:
        connection.exec_driver_sql(
            _INSERT_SEARCH, [tuple(row[c] for c in SEARCH_COLUMNS) for row in written]
        )
        search_fts.write(connection, written, rowids)


def query_tokens(text: str) -> list[str]:
    return [token for token in text.lower().split() if token]


def like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
