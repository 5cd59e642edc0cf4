"""Search-as-you-type over the register: names, pinyin initials, addresses, phones, ID numbers.

Each household has one row of derived text (household_search) holding everything a warden might
type: the address, and for each resident the name, its pinyin initials (zs → 张三) and full
pinyin, the phone and the ID number (so its tail matches). A query is split on spaces and every
token must occur (substring, case-insensitive). The row is rebuilt in the same transaction as
any change to the household or its residents, and so is its row of the persisted FTS5 index
(search_fts), which answers the search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from gridwarden import search_fts
from gridwarden.models import Household, HouseholdSearch, Resident

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
    from pypinyin import Style, lazy_pinyin  # lazy: the dictionary costs start-up time

    full = "".join(lazy_pinyin(char, errors="ignore")).lower()
    initial = "".join(lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")).lower()
    return initial, full


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
    return {
        "household_id": household_id,
        "micro_grid_id": micro_grid_id,
        "text": " ".join(p for p in parts if p).lower(),
        "head_name": head_name,
        "name_key": pinyin_keys(head_name)[1] if head_name else "",
        "address_key": address_key(address),
    }


def refresh_households(session: Session, household_ids: Iterable[str]) -> None:
    """Rebuild the search rows of these households (deleted households lose theirs)."""
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        return
    households = {
        row.id: row
        for row in session.execute(
            select(
                col(Household.id),
                col(Household.micro_grid_id),
                col(Household.address),
                col(Household.deleted_at),
            ).where(col(Household.id).in_(ids))
        )
    }
    residents: dict[str, list[ResidentText]] = {hid: [] for hid in ids}
    rows = session.execute(
        select(
            Resident.household_id,
            Resident.name,
            Resident.relation,
            Resident.phone,
            Resident.id_number,
        )
        .where(col(Resident.household_id).in_(ids), col(Resident.deleted_at).is_(None))
        .order_by(Resident.household_id, Resident.name)
    )
    for hid, name, relation, phone, id_number in rows:
        residents[hid].append(ResidentText(name, relation, phone, id_number))
    fresh = {
        hid: household_row(hid, household.micro_grid_id, household.address, residents[hid])
        for hid in ids
        if (household := households.get(hid)) is not None and household.deleted_at is None
    }
    old = [
        dict(row)
        for row in session.execute(
            select(*(HouseholdSearch.__table__.columns)).where(  # type: ignore[attr-defined]
                col(HouseholdSearch.household_id).in_(ids)
            )
        ).mappings()
    ]
    # A row that would be rebuilt exactly as it is stays (a synced edit of a household's notes
    # or a re-delivered record): rewriting its grams in the FTS index is most of the cost.
    same = {row["household_id"] for row in old if fresh.get(row["household_id"]) == row}
    stale = [row for row in old if row["household_id"] not in same]
    changed = [hid for hid in ids if hid not in same]
    search_fts.remove(session, stale, changed)
    if stale:
        session.execute(
            delete(HouseholdSearch).where(
                col(HouseholdSearch.household_id).in_([row["household_id"] for row in stale])
            )
        )
    written = [fresh[hid] for hid in changed if hid in fresh]
    if written:
        session.execute(insert(HouseholdSearch), written)
        search_fts.write(session, written)


def query_tokens(text: str) -> list[str]:
    return [token for token in text.lower().split() if token]


def like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
