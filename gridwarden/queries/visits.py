"""Read side of visits: the visit log (newest first), paged by key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.models import Household, Resident, Visit


@dataclass(frozen=True)
class VisitFilter:
    purpose: str | None = None
    since: date | None = None
    follow_up_only: bool = False


def visit_ids(session: Session, flt: VisitFilter, limit: int = 200_000) -> list[str]:
    query = select(Visit.id).where(col(Visit.deleted_at).is_(None))
    if flt.purpose:
        query = query.where(Visit.purpose == flt.purpose)
    if flt.since:
        query = query.where(Visit.visited_at >= datetime.combine(flt.since, datetime.min.time()))
    if flt.follow_up_only:
        query = query.where(col(Visit.follow_up_date).is_not(None))
    query = query.order_by(col(Visit.visited_at).desc()).limit(limit)
    return list(session.execute(query).scalars())


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
