"""Read side of the register: search ids, page rows, household detail. Plain data out."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlmodel import Session, col

from gridwarden import search_fts
from gridwarden.models import (
    Area,
    CarePlan,
    Household,
    HouseholdSearch,
    Resident,
    SyncReindex,
    Visit,
)
from gridwarden.queries.packed import PackedKeys
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.search import like_pattern, query_tokens

# What the register shows first: the first ids of the list, and the rows of the first of them
# (a 1366×768 screen shows ~25 rows); the whole id list and the count follow in a second read.
FIRST_SCREEN = 200
FIRST_ROWS = 50
# A search first reads up to PROBE matching rowids. Fewer: their keys are sorted (one lookup
# each). As many: the match is common, and the first screenful comes sooner from walking (at
# most WALK entries of) the order index (ix_household_fts_keys_address / _name, migration
# fa001) and keeping the matches.
PROBE = 2000
WALK = 20_000


@dataclass(frozen=True)
class HouseholdFilter:
    text: str = ""
    grid_id: str | None = None
    micro_grid_id: str | None = None
    tag: str | None = None
    order: str = "address"  # address | name
    sort: Sort | None = None  # a header's sort, in place of `order`


def search_ids(session: Session, flt: HouseholdFilter, limit: int = 100_000) -> list[str]:
    """Household ids matching the filter, in display order. Every token must match.

    Search text is answered by the persisted FTS5 index (search_fts) where it can be: tokens of
    letters and digits, unless every token is a single ASCII character (those match nearly
    every row, so the scan is as fast). The rest is the scan, with the same results.
    """
    return _search_ids(session, flt, limit, use_index=True)


def scan_search_ids(session: Session, flt: HouseholdFilter, limit: int = 100_000) -> list[str]:
    """The same answer without the FTS5 index (LIKE over every row): the reference."""
    return _search_ids(session, flt, limit, use_index=False)


def search_keys(session: Session, flt: HouseholdFilter, limit: int = 100_000) -> Sequence[str]:
    """search_ids' answer packed in one string (PackedKeys): what a list page holds. The ids
    are joined by SQLite, so 100,000 of them never exist as 100,000 Python strings (~9 MB
    that stayed in the process after the list had been packed: issue 15's memory figure)."""
    found = _search_query(session, flt, limit, use_index=True)
    if isinstance(found, list):
        return found
    ordered = found.subquery()
    joined, count, shortest, longest = session.execute(
        select(
            func.group_concat(ordered.c.household_id, ""),
            func.count(),
            func.min(func.length(ordered.c.household_id)),
            func.max(func.length(ordered.c.household_id)),
        )
    ).one()
    if not count:
        return []
    if shortest != longest:  # ids of more than one length: not packable, read them as a list
        return list(session.execute(found).scalars())
    return PackedKeys(joined, shortest)


def _search_ids(session: Session, flt: HouseholdFilter, limit: int, use_index: bool) -> list[str]:
    found = _search_query(session, flt, limit, use_index)
    return found if isinstance(found, list) else list(session.execute(found).scalars())


def _search_query(
    session: Session, flt: HouseholdFilter, limit: int, use_index: bool
) -> Select[tuple[str]] | list[str]:
    """The ids' query in display order, limited (or the ids themselves: a first screenful of a
    text search, read in steps). Without search text the ids come straight from a covering
    index in display order. With text, the matches are found (FTS5 or one scan) and only they
    are sorted (the "+" keeps SQLite from walking the order index and fetching every row to
    test it), unless they are the common first screenful of a very short token."""
    tokens = query_tokens(flt.text)
    expression = (
        search_fts.match_expression(tokens)
        if use_index and tokens and not all(len(t) == 1 and t.isascii() for t in tokens)
        else None
    )
    if expression is not None:
        plain = not (flt.micro_grid_id or flt.grid_id or flt.tag) and (
            flt.sort is None or flt.sort.key not in SORTS
        )
        if plain and limit <= FIRST_SCREEN:
            return _first_matches(session, expression, flt.order, limit)
        keys = table(search_fts.KEYS, column("rowid"), *(column(c) for c in search_fts.COLUMNS))
        query = select(keys.c.household_id).where(
            keys.c.rowid.in_(
                text(
                    f"SELECT rowid FROM {search_fts.TABLE} WHERE {search_fts.TABLE}"
                    " MATCH :expression"
                ).bindparams(expression=expression)
            )
        )
        source: Any = keys.c
    else:
        hs = HouseholdSearch
        query = select(hs.household_id)
        for token in tokens:
            query = query.where(col(hs.text).like(like_pattern(token), escape="\\"))
        source = hs
    if flt.micro_grid_id:
        query = query.where(source.micro_grid_id == flt.micro_grid_id)
    elif flt.grid_id:
        query = query.where(
            source.micro_grid_id.in_(select(Area.id).where(Area.parent_id == flt.grid_id))
        )
    if flt.tag:
        query = query.join(Household, Household.id == source.household_id).where(
            text(
                "EXISTS (SELECT 1 FROM json_each(household.tags) WHERE json_each.value = :tag)"
            ).bindparams(tag=flt.tag)
        )
    if flt.sort is not None and flt.sort.key in SORTS:
        terms = order_by(flt.sort, _sorts(source), source.household_id, [])
        return query.order_by(*terms).limit(limit)
    key = "name_key" if flt.order == "name" else "address_key"
    if expression is not None:
        order = [source[key], source.household_id]
    else:
        # a first screenful of one- or two-character ASCII tokens (1, 13, a) matches most of
        # the register: walking the order index finds it in a few hundred rows
        walk = not tokens or (limit <= FIRST_SCREEN and all(_common(t) for t in tokens))
        first = getattr(source, key) if walk else literal_column(f"+{key}")
        order = [first, source.household_id]
    return query.order_by(*order).limit(limit)


def _common(token: str) -> bool:
    """A letter or one or two digits: too short to narrow the register much (the scan answers
    it: match_expression). Punctuation (#, -) is rare: its scan is not walked in order."""
    return len(token) <= 2 and token.isascii() and token.isalnum()


def _first_matches(session: Session, expression: str, order: str, limit: int) -> list[str]:
    """The first `limit` matches in display order (address or name, then id): the same ids, in
    the same order, as the whole sorted match cut at `limit`.

    In address order (the register's default) the index's rowids follow the display order
    (search_fts, migration se001): the first `limit` matches FTS5 returns are the first in
    order, merged with the matches in the unordered tail (households added where the order had
    no room left: usually none). Nothing else of a common match is read.

    In name order: few matches (under PROBE) have their keys sorted. A common match spread over
    the register (a surname, pinyin initials, digits) is met early in display order: the first
    WALK entries of the order index are walked, keeping the matches; when they hold `limit` of
    them, those are the first (every later entry sorts after them). A common match the walk
    does not fill sorts all its keys."""
    if order != "name":
        return _first_in_rowid_order(session, expression, limit)
    key = "name_key"
    fts, keys = search_fts.TABLE, search_fts.KEYS
    connection = session.connection()
    probe = [
        r[0]
        for r in connection.exec_driver_sql(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?", (expression, PROBE)
        )
    ]
    if len(probe) < PROBE:  # every match: sort their keys
        found = connection.exec_driver_sql(
            f"SELECT household_id FROM {keys} WHERE rowid IN (SELECT value FROM json_each(?))"
            f" ORDER BY {key}, household_id LIMIT ?",
            (json.dumps(probe), limit),
        )
        return [r[0] for r in found]
    walked = [
        r[0]
        for r in connection.exec_driver_sql(
            f"SELECT household_id FROM (SELECT rowid AS k, household_id, {key} AS o FROM {keys}"
            f" INDEXED BY {search_fts.ORDER_INDEXES[key]} ORDER BY {key}, household_id LIMIT ?)"
            f" WHERE k IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
            " ORDER BY o, household_id LIMIT ?",
            (WALK, expression, limit),
        )
    ]
    if len(walked) == limit:
        return walked
    found = connection.exec_driver_sql(
        f"SELECT household_id FROM {keys} WHERE rowid IN"
        f" (SELECT rowid FROM {fts} WHERE {fts} MATCH ?) ORDER BY {key}, household_id LIMIT ?",
        (expression, limit),
    )
    return [r[0] for r in found]


def _first_in_rowid_order(session: Session, expression: str, limit: int) -> list[str]:
    fts, keys = search_fts.TABLE, search_fts.KEYS
    matched = (
        f"SELECT k.household_id, k.address_key FROM {fts} JOIN {keys} AS k ON k.rowid = {fts}.rowid"
        f" WHERE {fts} MATCH :e AND {fts}.rowid"
    )
    found = session.connection().execute(
        text(
            f"SELECT household_id FROM (SELECT * FROM ({matched} < :tail ORDER BY {fts}.rowid"
            f" LIMIT :n) UNION ALL {matched} >= :tail) ORDER BY address_key, household_id LIMIT :n"
        ),
        {"e": expression, "tail": search_fts.TAIL, "n": limit},
    )
    return [r[0] for r in found]


SORTS = ("address", "head", "micro_grid", "residents", "care", "tags", "last_visit")


def _sorts(source: Any) -> dict[str, Any]:
    """The SQL behind each header of the household list, for the matched ids in `source`."""
    household_id = source.household_id
    return {
        "address": source.address_key,
        "head": source.name_key,
        "micro_grid": select(Area.name)
        .where(Area.id == source.micro_grid_id)
        .correlate_except(Area)
        .scalar_subquery(),
        "residents": select(func.count())
        .select_from(Resident)
        .where(Resident.household_id == household_id, col(Resident.deleted_at).is_(None))
        .correlate_except(Resident)
        .scalar_subquery(),
        "care": select(func.count())
        .select_from(CarePlan)
        .join(Resident, Resident.id == CarePlan.resident_id)
        .where(
            Resident.household_id == household_id,
            col(CarePlan.active).is_(True),
            col(Resident.deleted_at).is_(None),
        )
        .correlate_except(CarePlan, Resident)
        .scalar_subquery(),
        "tags": select(Household.tags)
        .where(Household.id == household_id)
        .correlate_except(Household)
        .scalar_subquery(),
        "last_visit": select(func.max(Visit.visited_at))
        .where(Visit.household_id == household_id, col(Visit.deleted_at).is_(None))
        .correlate_except(Visit)
        .scalar_subquery(),
    }


def waiting_for_index(session: Session) -> int:
    """Households that arrived by sync and wait for their search row (a first sync's index
    stage): until it is written a household is neither listed nor found."""
    return int(session.execute(select(func.count()).select_from(SyncReindex)).scalar_one())


def first_screen(
    session: Session, flt: HouseholdFilter, limit: int, with_rows: int
) -> tuple[list[str], dict[str, HouseholdRow]]:
    """The first `limit` ids of the list and the rows of the first `with_rows` of them, in one
    read: what the register shows first (the whole id list and the count follow)."""
    ids = search_ids(session, flt, limit)
    return ids, rows(session, ids[:with_rows])


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    address: str
    head_name: str
    micro_grid: str
    tags: list[str]
    residents: int
    care_targets: int
    last_visit: datetime | None


# The 户主 from the covering index (migration fa001): one index page per household, not the
# index entry and the row beside its search text (SQLite prefers the unique index on its own).
_HEAD_NAME: ColumnElement[str] = literal_column(
    "(SELECT head_name FROM household_search INDEXED BY ix_household_search_head"
    " WHERE household_search.household_id = household.id)",
    String(),
)


def rows(session: Session, ids: list[str]) -> dict[str, HouseholdRow]:
    if not ids:
        return {}
    residents = (
        select(func.count())
        .where(Resident.household_id == Household.id, col(Resident.deleted_at).is_(None))
        .scalar_subquery()
    )
    cares = (
        select(func.count())
        .select_from(CarePlan)
        .join(Resident, Resident.id == CarePlan.resident_id)
        .where(
            Resident.household_id == Household.id,
            col(CarePlan.active).is_(True),
            col(Resident.deleted_at).is_(None),
        )
        .scalar_subquery()
    )
    last = (
        select(func.max(Visit.visited_at))
        .where(Visit.household_id == Household.id, col(Visit.deleted_at).is_(None))
        .scalar_subquery()
    )
    query = (
        select(
            Household.id,
            Household.address,
            _HEAD_NAME,
            Area.name,
            Household.tags,
            residents,
            cares,
            last,
        )
        .join(Area, Area.id == Household.micro_grid_id)
        .where(col(Household.id).in_(ids))
    )
    found: dict[str, HouseholdRow] = {}
    for r in session.execute(query):
        last_visit = _as_datetime(r[7])
        found[r[0]] = HouseholdRow(
            r[0], r[1], r[2] or "", r[3], list(r[4] or []), r[5], r[6], last_visit
        )
    return found


def _as_datetime(value: object) -> datetime | None:
    """MAX() over a datetime column comes back as text from SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ResidentItem:
    id: str
    name: str
    relation: str
    gender: str | None
    birth_date: date | None
    id_number: str | None
    phone: str
    disabled: bool
    subsistence: bool
    extreme_poverty: bool
    notes: str
    care_reason: str | None
    care_frequency_days: int | None


@dataclass(frozen=True)
class VisitItem:
    id: str
    visited_at: datetime
    purpose: str
    visitor_name: str
    resident_name: str
    findings: str
    follow_up_date: date | None


@dataclass(frozen=True)
class HouseholdDetail:
    id: str
    address: str
    micro_grid_id: str
    micro_grid: str
    tags: list[str]
    notes: str
    residents: list[ResidentItem] = field(default_factory=list)
    visits: list[VisitItem] = field(default_factory=list)


def detail(session: Session, household_id: str, visit_limit: int = 200) -> HouseholdDetail | None:
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        return None
    area = session.get(Area, household.micro_grid_id)
    plans = {
        p.resident_id: p
        for p in session.execute(
            select(CarePlan)
            .join(Resident, Resident.id == CarePlan.resident_id)
            .where(Resident.household_id == household_id, col(CarePlan.active).is_(True))
        ).scalars()
    }
    residents = []
    names: dict[str, str] = {}
    for r in session.execute(
        select(Resident).where(
            Resident.household_id == household_id, col(Resident.deleted_at).is_(None)
        )
    ).scalars():
        plan = plans.get(r.id)
        names[r.id] = r.name
        residents.append(
            ResidentItem(
                r.id,
                r.name,
                r.relation,
                r.gender,
                r.birth_date,
                r.id_number,
                r.phone,
                r.disabled,
                r.subsistence,
                r.extreme_poverty,
                r.notes,
                plan.reason if plan else None,
                plan.frequency_days if plan else None,
            )
        )
    residents.sort(key=lambda r: (r.relation != "户主", r.birth_date or date.max))
    visits = [
        VisitItem(
            v.id,
            v.visited_at,
            v.purpose,
            v.visitor_name,
            names.get(v.resident_id or "", ""),
            v.findings,
            v.follow_up_date,
        )
        for v in session.execute(
            select(Visit)
            .where(Visit.household_id == household_id, col(Visit.deleted_at).is_(None))
            .order_by(col(Visit.visited_at).desc())
            .limit(visit_limit)
        ).scalars()
    ]
    return HouseholdDetail(
        household.id,
        household.address,
        household.micro_grid_id,
        area.name if area else "",
        list(household.tags),
        household.notes,
        residents,
        visits,
    )
