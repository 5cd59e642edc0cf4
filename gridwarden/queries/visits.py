"""Read side of visits: the visit log (newest first), paged by key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import day_start
from gridwarden.models import Household, HouseholdSearch, Resident, Visit
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.search import like_pattern


@dataclass(frozen=True)
class VisitFilter:
    purpose: str | None = None
    since: date | None = None
    follow_up_only: bool = False
    until: date | None = None  # the last day shown (inclusive)
    visitor: str = ""  # the visitor's name, exactly (from the list of visitors)
    text: str = ""  # every word in the address, the person's name or the findings
    sort: Sort | None = None


# The header keys the visit log sorts by (the SQL behind each).
SORTS = {
    "visited_at": Visit.visited_at,
    "address": select(HouseholdSearch.address_key)
    .where(HouseholdSearch.household_id == Visit.household_id)
    .scalar_subquery(),
    "resident": select(Resident.name).where(Resident.id == Visit.resident_id).scalar_subquery(),
    "purpose": Visit.purpose,
    "visitor": Visit.visitor_name,
    "follow_up": Visit.follow_up_date,
    "findings": Visit.findings,
}


def visit_ids(session: Session, flt: VisitFilter, limit: int = 200_000) -> list[str]:
    query = select(Visit.id).where(col(Visit.deleted_at).is_(None))
    if flt.purpose:
        query = query.where(Visit.purpose == flt.purpose)
    if flt.since:
        query = query.where(Visit.visited_at >= day_start(flt.since))
    if flt.until:
        next_day = day_start(flt.until + timedelta(days=1))
        query = query.where(Visit.visited_at < next_day)
    if flt.follow_up_only:
        query = query.where(col(Visit.follow_up_date).is_not(None))
    if flt.visitor:
        query = query.where(Visit.visitor_name == flt.visitor)
    for token in flt.text.split():
        pattern = like_pattern(token)
        address = select(Household.id).where(col(Household.address).like(pattern, escape="\\"))
        named = select(Resident.id).where(col(Resident.name).like(pattern, escape="\\"))
        query = query.where(
            col(Visit.findings).like(pattern, escape="\\")
            | col(Visit.household_id).in_(address)
            | col(Visit.resident_id).in_(named)
        )
    order = order_by(flt.sort, SORTS, col(Visit.id), [col(Visit.visited_at).desc()])
    return list(session.execute(query.order_by(*order).limit(limit)).scalars())


def visitors(session: Session) -> list[str]:
    """Everyone who recorded a visit, for the visitor filter."""
    query = (
        select(Visit.visitor_name)
        .where(col(Visit.deleted_at).is_(None))
        .distinct()
        .order_by(Visit.visitor_name)
    )
    return [name for name in session.execute(query).scalars() if name]


@dataclass(frozen=True)
class VisitRow:
    id: str
    visited_at: datetime
    household_id: str
    address: str
    resident_name: str
    purpose: str
    visitor_name: str
    findings: str
    follow_up_date: date | None


def visit_rows(session: Session, ids: list[str]) -> dict[str, VisitRow]:
    if not ids:
        return {}
    query = (
        select(
            Visit.id,
            Visit.visited_at,
            Visit.household_id,
            Household.address,
            Resident.name,
            Visit.purpose,
            Visit.visitor_name,
            Visit.findings,
            Visit.follow_up_date,
        )
        .join(Household, Household.id == Visit.household_id)
        .join(Resident, Resident.id == Visit.resident_id, isouter=True)
        .where(col(Visit.id).in_(ids))
    )
    return {
        r[0]: VisitRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8])
        for r in session.execute(query)
    }
