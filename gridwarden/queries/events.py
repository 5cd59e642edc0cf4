"""Read side of grid events: the work-order list, one event's detail and history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, select
from sqlmodel import Session, col

from gridwarden.clock import SystemClock, day_start
from gridwarden.models import Attachment, Department, EventStep, GridEvent
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.rules.event_lifecycle import OPEN_STATUSES


@dataclass(frozen=True)
class EventFilter:
    status: str | None = None  # a status, "open", "overdue" (open, past `today`), or None
    category: str | None = None
    text: str = ""
    channel: str | None = None
    urgency: str | None = None
    today: date | None = None  # for "overdue"
    department_id: str | None = None
    urgent_only: bool = False  # 紧急 orders only
    since: date | None = None  # reported on or after this day
    until: date | None = None  # reported on or before this day
    sort: Sort | None = None
    due_from: date | None = None  # open orders whose deadline falls in [due_from, due_until]
    due_until: date | None = None


# The header keys the event list sorts by (the SQL behind each).
SORTS: dict[str, Any] = {
    "number": GridEvent.number,
    "category": GridEvent.category,
    "description": GridEvent.description,
    "location": GridEvent.location,
    "status": GridEvent.status,
    "department": select(Department.name)
    .where(Department.id == GridEvent.department_id)
    .scalar_subquery(),
    "due_date": GridEvent.due_date,
    "reported_at": GridEvent.reported_at,
    "reporter": GridEvent.reporter_name,
    "urgency": case(
        (GridEvent.urgency == "emergency", 0), (GridEvent.urgency == "priority", 1), else_=2
    ),
    "channel": GridEvent.channel,
}


def event_ids(session: Session, flt: EventFilter, limit: int = 200_000) -> list[str]:
    query = select(GridEvent.id).where(col(GridEvent.deleted_at).is_(None))
    if flt.status == "open":
        query = query.where(col(GridEvent.status).in_(OPEN_STATUSES))
    elif flt.status == "overdue":
        query = query.where(
            col(GridEvent.status).in_(OPEN_STATUSES),
            col(GridEvent.due_date) < (flt.today or SystemClock().today()),
        )
    elif flt.status:
        query = query.where(GridEvent.status == flt.status)
    if flt.category:
        query = query.where(GridEvent.category == flt.category)
    if flt.channel:
        query = query.where(GridEvent.channel == flt.channel)
    if flt.urgency:
        query = query.where(GridEvent.urgency == flt.urgency)
    if flt.due_from or flt.due_until:
        query = query.where(col(GridEvent.status).in_(OPEN_STATUSES))
    if flt.due_from:
        query = query.where(GridEvent.due_date >= flt.due_from)
    if flt.due_until:
        query = query.where(GridEvent.due_date <= flt.due_until)
    if flt.department_id:
        query = query.where(GridEvent.department_id == flt.department_id)
    if flt.urgent_only:
        query = query.where(col(GridEvent.urgent).is_(True))
    if flt.since:
        query = query.where(GridEvent.reported_at >= day_start(flt.since))
    if flt.until:
        next_day = day_start(flt.until + timedelta(days=1))
        query = query.where(GridEvent.reported_at < next_day)
    for token in flt.text.split():
        pattern = f"%{token}%"
        query = query.where(
            col(GridEvent.description).like(pattern)
            | col(GridEvent.number).like(pattern)
            | col(GridEvent.location).like(pattern)
            | col(GridEvent.hotline_number).like(pattern)
        )
    # open orders first, and among them 紧急 before the rest (the supervisor's and the grid
    # leader's lists), then by deadline
    open_first = case((col(GridEvent.status).in_(OPEN_STATUSES), 0), else_=1)
    emergency_first = case(
        (col(GridEvent.status).in_(OPEN_STATUSES) & GridEvent.urgent, 0), else_=1
    )
    default = [open_first, emergency_first, GridEvent.due_date, col(GridEvent.reported_at).desc()]
    order = order_by(flt.sort, SORTS, col(GridEvent.id), default)
    return list(session.execute(query.order_by(*order).limit(limit)).scalars())


@dataclass(frozen=True)
class EventRow:
    id: str
    number: str
    category: str
    description: str
    location: str
    status: str
    department: str
    due_date: date
    reported_at: datetime
    reporter_name: str
    urgent: bool
    channel: str = "patrol"
    hotline_number: str = ""
    urgency: str = "normal"
    sign_due: date | None = None
    extension_until: date | None = None
    supervised: bool = False
    urge_count: int = 0
    master_id: str | None = None


def event_rows(session: Session, ids: list[str]) -> dict[str, EventRow]:
    if not ids:
        return {}
    query = (
        select(
            GridEvent.id,
            GridEvent.number,
            GridEvent.category,
            GridEvent.description,
            GridEvent.location,
            GridEvent.status,
            Department.name,
            GridEvent.due_date,
            GridEvent.reported_at,
            GridEvent.reporter_name,
            GridEvent.urgent,
            GridEvent.channel,
            GridEvent.hotline_number,
            GridEvent.urgency,
            GridEvent.sign_due,
            GridEvent.extension_until,
            GridEvent.supervised,
            GridEvent.urge_count,
            GridEvent.master_id,
        )
        .join(Department, Department.id == GridEvent.department_id, isouter=True)
        .where(col(GridEvent.id).in_(ids))
    )
    return {
        r[0]: EventRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9], r[10], *r[11:]
        )
        for r in session.execute(query)
    }


@dataclass(frozen=True)
class StepItem:
    action: str
    from_status: str
    to_status: str
    actor_name: str
    at: datetime
    department: str
    reason: str
    legal_basis: str
    note: str
    satisfaction: str | None
    new_date: date | None = None
    master_id: str | None = None


@dataclass(frozen=True)
class AttachmentItem:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class EventDetail:
    row: EventRow
    household_id: str | None
    visit_id: str | None
    department_id: str | None
    reopen_count: int
    satisfaction: str | None
    steps: list[StepItem] = field(default_factory=list)
    attachments: list[AttachmentItem] = field(default_factory=list)
    master_number: str = ""  # the master order this one is merged under
    duplicates: list[str] = field(default_factory=list)  # numbers of the orders merged here
    dispatched_at: datetime | None = None
    signed_at: datetime | None = None
    return_due: date | None = None
    closed_at: datetime | None = None


def event_detail(session: Session, event_id: str) -> EventDetail | None:
    event = session.get(GridEvent, event_id)
    if event is None or event.deleted_at is not None:
        return None
    row = event_rows(session, [event_id])[event_id]
    steps = [
        StepItem(
            s.action,
            s.from_status,
            s.to_status,
            s.actor_name,
            s.at,
            dept or "",
            s.reason,
            s.legal_basis,
            s.note,
            s.satisfaction,
            s.new_date,
            s.master_id,
        )
        for s, dept in session.execute(
            select(EventStep, Department.name)
            .join(Department, Department.id == EventStep.department_id, isouter=True)
            .where(EventStep.event_id == event_id)
            .order_by(EventStep.at)
        ).all()
    ]
    files = [
        AttachmentItem(a.id, a.sha256, a.filename, a.mime, a.size)
        for a in session.execute(
            select(Attachment).where(
                Attachment.owner_entity == "grid_event",
                Attachment.owner_id == event_id,
                col(Attachment.deleted_at).is_(None),
            )
        ).scalars()
    ]
    master = session.get(GridEvent, event.master_id) if event.master_id else None
    duplicates = session.execute(
        select(GridEvent.number)
        .where(GridEvent.master_id == event_id, col(GridEvent.deleted_at).is_(None))
        .order_by(GridEvent.number)
    ).scalars()
    return EventDetail(
        row,
        event.household_id,
        event.visit_id,
        event.department_id,
        event.reopen_count,
        event.satisfaction,
        steps,
        files,
        master.number if master else "",
        list(duplicates),
        event.dispatched_at,
        event.signed_at,
        event.return_due,
        event.closed_at,
    )


def master_candidates(session: Session, event_id: str, limit: int = 200) -> list[EventRow]:
    """Open orders a repeat complaint may be merged under: same grid first, newest first."""
    event = session.get(GridEvent, event_id)
    if event is None:
        return []
    query = (
        select(GridEvent.id)
        .where(
            col(GridEvent.deleted_at).is_(None),
            col(GridEvent.status).in_(OPEN_STATUSES),
            GridEvent.id != event_id,
            col(GridEvent.master_id).is_(None),
        )
        .order_by(
            case((GridEvent.grid_id == event.grid_id, 0), else_=1),
            case((GridEvent.category == event.category, 0), else_=1),
            col(GridEvent.reported_at).desc(),
        )
        .limit(limit)
    )
    ids = list(session.execute(query).scalars())
    rows = event_rows(session, ids)
    return [rows[i] for i in ids if i in rows]
