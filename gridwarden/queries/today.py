"""The warden's "today": overdue care visits, follow-ups due, events near their deadline."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import and_, exists, select, text
from sqlmodel import Session, col

from gridwarden.clock import to_local
from gridwarden.models import Department, GridEvent, Household, Visit
from gridwarden.queries.aliases import alias_on_use
from gridwarden.queries.households import _as_datetime
from gridwarden.rules.event_lifecycle import OPEN_STATUSES
from gridwarden.rules.rounds import NOT_HOME

# From the care plans (a few thousand) to their residents and households by primary key: the
# CROSS JOINs fix that order. Without table statistics SQLite's planner may otherwise start
# from every resident (280,000 at 100k households) and look up each one's household first
# (a new index on resident once made it do so: ~440 instead of ~220 ms of CPU at 100k).
_CARE_DUE = text(
    """
    SELECT resident.id, resident.household_id, resident.name, household.address,
           care_plan.reason, care_plan.frequency_days, care_plan.started_on,
           (SELECT max(visit.visited_at) FROM visit
             WHERE visit.household_id = resident.household_id AND visit.deleted_at IS NULL
               AND visit.outcome != :not_home
               AND (visit.resident_id = resident.id OR visit.resident_id IS NULL))
      FROM care_plan
     CROSS JOIN resident ON resident.id = care_plan.resident_id
     CROSS JOIN household ON household.id = resident.household_id
     WHERE care_plan.active IS 1 AND care_plan.deleted_at IS NULL
       AND resident.deleted_at IS NULL
    """
)


@dataclass(frozen=True)
class CareTarget:
    """An active care plan's target and the day their next visit is due."""

    resident_id: str
    household_id: str
    name: str
    address: str
    reason: str
    frequency_days: int
    last_visit: datetime | None
    due: date


@dataclass(frozen=True)
class CareDue(CareTarget):
    """A care target whose visit is due today or earlier, and by how many days."""

    days_overdue: int


_SHARED = "gridwarden.care_targets"  # Session.info key of a read's care targets


@contextmanager
def care_read_once(session: Session) -> Iterator[None]:
    """Within this block the care targets are read once and shared by whoever asks (Today's
    care section and its care tile: one read of 8,889 plans at 100k instead of two)."""
    session.info[_SHARED] = None
    try:
        yield
    finally:
        session.info.pop(_SHARED, None)


def care_targets(session: Session) -> list[CareTarget]:
    """Every active care plan's target with the day their next visit is due: the last visit
    that met them (local day) or the plan's start, plus the plan's frequency.

    A visit counts for a care target when it names them, or names nobody in their household;
    a visit where nobody was at home (未遇) does not count: the care visit is still owed.
    """
    shared = session.info.get(_SHARED)
    if shared is not None:
        return cast(list[CareTarget], shared)
    targets = []
    for rid, hid, name, address, reason, freq, started, last_at in session.execute(
        _CARE_DUE, {"not_home": NOT_HOME}
    ):
        last_visit = _as_datetime(last_at)
        base = to_local(last_visit).date() if last_visit else _as_date(started)
        targets.append(
            CareTarget(rid, hid, name, address, reason, freq, last_visit, base + timedelta(freq))
        )
    if _SHARED in session.info:
        session.info[_SHARED] = targets
    return targets


def care_due(session: Session, today: date) -> list[CareDue]:
    """Care targets whose next visit is due today or earlier, most overdue first."""
    due_list = [
        CareDue(**vars(t), days_overdue=(today - t.due).days)
        for t in care_targets(session)
        if t.due <= today
    ]
    due_list.sort(key=lambda c: (-c.days_overdue, c.address))
    return due_list


def _as_date(value: object) -> date:
    """A DATE column read through text(): SQLite gives its ISO text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass(frozen=True)
class FollowUpDue:
    visit_id: str
    household_id: str
    address: str
    follow_up_date: date
    purpose: str
    findings: str
    visited_at: datetime


# built once: a new alias per call re-derived its column collection each time
_LATER_VISIT = alias_on_use(Visit)


def follow_ups_due(session: Session, today: date) -> list[FollowUpDue]:
    """Visits whose follow-up date has come, with no later visit to the same household."""
    query = (
        select(
            Visit.id,
            Visit.household_id,
            Household.address,
            Visit.follow_up_date,
            Visit.purpose,
            Visit.findings,
            Visit.visited_at,
        )
        .join(Household, Household.id == Visit.household_id)
        .where(
            col(Visit.follow_up_date) <= today,
            col(Visit.deleted_at).is_(None),
            Visit.outcome != NOT_HOME,
            ~exists().where(
                and_(
                    _LATER_VISIT.household_id == Visit.household_id,
                    _LATER_VISIT.visited_at > Visit.visited_at,
                    col(_LATER_VISIT.deleted_at).is_(None),
                    _LATER_VISIT.outcome != NOT_HOME,
                )
            ),
        )
        .order_by(Visit.follow_up_date)
    )
    return [FollowUpDue(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class EventDue:
    event_id: str
    number: str
    category: str
    status: str
    department: str
    due_date: date
    days_left: int
    description: str
    urgent: bool = False  # 紧急: listed first


def events_near_deadline(session: Session, today: date, within_days: int) -> list[EventDue]:
    query = (
        select(
            GridEvent.id,
            GridEvent.number,
            GridEvent.category,
            GridEvent.status,
            Department.name,
            GridEvent.due_date,
            GridEvent.description,
            GridEvent.urgent,
        )
        .join(Department, Department.id == GridEvent.department_id, isouter=True)
        .where(
            col(GridEvent.status).in_(OPEN_STATUSES),
            col(GridEvent.deleted_at).is_(None),
            GridEvent.due_date <= today + timedelta(days=within_days),
        )
        .order_by(col(GridEvent.urgent).desc(), GridEvent.due_date)
    )
    return [
        EventDue(r[0], r[1], r[2], r[3], r[4] or "", r[5], (r[5] - today).days, r[6], r[7])
        for r in session.execute(query)
    ]
