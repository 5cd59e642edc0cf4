"""Read side of dispute intake from the grid: finding the door-knock visit where a dispute came
up, and what a grid event (矛盾纠纷线索) or a dispute follow-up visit hands to the intake form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, or_, select
from sqlmodel import Session, col

from gridwarden.clock import to_local
from gridwarden.models import Dispute, GridEvent, Household, Resident, Visit
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.validation.dispute_drafts import PartyDraft


@dataclass(frozen=True)
class VisitChoice:
    id: str
    visited_at: datetime
    address: str
    purpose: str
    findings: str
    resident_name: str

    @property
    def label(self) -> str:
        who = f"{self.resident_name} " if self.resident_name else ""
        return f"{to_local(self.visited_at):%Y-%m-%d} {self.address} {who}{self.findings[:20]}"


def _visit_query() -> Select[Any]:
    return (
        select(
            Visit.id,
            Visit.visited_at,
            Household.address,
            Visit.purpose,
            Visit.findings,
            Resident.name,
        )
        .join(Household, col(Household.id) == Visit.household_id)
        .join(Resident, col(Resident.id) == Visit.resident_id, isouter=True)
        .where(col(Visit.deleted_at).is_(None))
    )


def find_visits(session: Session, text: str, limit: int = 50) -> list[VisitChoice]:
    """Visits whose address, findings or resident match every word typed; dispute follow-ups
    first, then the newest. An empty search lists the latest dispute follow-ups."""
    query = _visit_query()
    for token in text.split():
        pattern = f"%{token}%"
        query = query.where(
            or_(
                col(Household.address).like(pattern),
                col(Visit.findings).like(pattern),
                col(Resident.name).like(pattern),
            )
        )
    if not text.strip():
        query = query.where(col(Visit.purpose) == "dispute_follow_up")
    query = query.order_by(
        case((col(Visit.purpose) == "dispute_follow_up", 0), else_=1),
        col(Visit.visited_at).desc(),
    ).limit(limit)
    return [_choice(row) for row in session.execute(query)]


def visit_choice(session: Session, visit_id: str) -> VisitChoice | None:
    row = session.execute(_visit_query().where(col(Visit.id) == visit_id)).first()
    return _choice(row) if row else None


def _choice(row: Sequence[Any]) -> VisitChoice:
    return VisitChoice(row[0], row[1], row[2], row[3], row[4], row[5] or "")


@dataclass(frozen=True)
class DisputePrefill:
    """What the intake form starts with when a dispute comes from the grid."""

    source: str  # grid_event | visit
    facts: str
    grid_event_number: str = ""
    visit: VisitChoice | None = None
    applicant: PartyDraft | None = None  # the resident the visit was about
    risk_level: str = "low"
    existing_id: str | None = None  # an open dispute already taken from this event or visit
    existing_number: str = ""


def _applicant(session: Session, resident_id: str | None) -> PartyDraft | None:
    if not resident_id:
        return None
    row = session.execute(
        select(Resident, Household)
        .join(Household, col(Household.id) == Resident.household_id)
        .where(col(Resident.id) == resident_id, col(Resident.deleted_at).is_(None))
    ).first()
    if row is None:
        return None
    resident, household = row
    return PartyDraft(
        role="applicant",
        kind="person",
        name=resident.name,
        id_number=resident.id_number or "",
        phone=resident.phone,
        address=household.address,
    )


def _existing(session: Session, link: ColumnElement[bool]) -> tuple[str | None, str]:
    row = session.execute(
        select(Dispute.id, Dispute.number).where(
            link,
            col(Dispute.status).in_(life.OPEN_STATUSES),
            col(Dispute.deleted_at).is_(None),
        )
    ).first()
    return (row[0], row[1]) if row else (None, "")


def prefill_from_event(session: Session, event_id: str) -> DisputePrefill | None:
    """A 矛盾纠纷线索 event: its number, description and place; the resident of the visit that
    raised it, if any."""
    event = session.get(GridEvent, event_id)
    if event is None or event.deleted_at is not None:
        return None
    facts = event.description + (f"\n地点：{event.location}" if event.location else "")
    visit = session.get(Visit, event.visit_id) if event.visit_id else None
    existing = _existing(session, col(Dispute.grid_event_id) == event.id)
    return DisputePrefill(
        "grid_event",
        facts,
        grid_event_number=event.number,
        applicant=_applicant(session, visit.resident_id if visit else None),
        risk_level="medium" if event.urgent else "low",
        existing_id=existing[0],
        existing_number=existing[1],
    )


def prefill_from_visit(session: Session, visit_id: str) -> DisputePrefill | None:
    """A dispute follow-up visit: the visit linked, its findings as the facts, its resident as
    the applicant."""
    visit = session.get(Visit, visit_id)
    choice = visit_choice(session, visit_id)
    if visit is None or choice is None:
        return None
    existing = _existing(session, col(Dispute.visit_id) == visit.id)
    return DisputePrefill(
        "visit",
        visit.findings,
        visit=choice,
        applicant=_applicant(session, visit.resident_id),
        existing_id=existing[0],
        existing_number=existing[1],
    )
