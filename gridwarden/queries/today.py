"""The warden's "today": overdue care visits, follow-ups due, events near their deadline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import and_, exists, literal_column, select, text
from sqlalchemy.sql.elements import ColumnClause
from sqlmodel import Session, col

from gridwarden.models import Department, GridEvent, Household, Visit
from gridwarden.queries.aliases import alias_on_use
from gridwarden.queries.households import _as_datetime
from gridwarden.rules.event_lifecycle import OPEN_STATUSES
from gridwarden.rules.rounds import NOT_HOME, place_of

# Every live care plan's next visit day, kept by the store's triggers (queries/today_care.py):
# one small table, read in the order the section lists it, instead of every plan's residents,
# households and last visit at each read. A plan whose household is not stored is not listed.
_CARE_TARGETS = """
    SELECT resident_id, household_id, name, address, reason, frequency_days, last_visit_at,
           due_on
      FROM care_schedule
     WHERE address IS NOT NULL{due}
     ORDER BY due_on, address, plan_rowid
"""
_CARE_ALL = text(_CARE_TARGETS.format(due=""))
_CARE_DUE = text(_CARE_TARGETS.format(due=" AND due_on <= :today"))
_CARE_COUNTS = text(
    """
    SELECT coalesce(sum(due_on < :today), 0), coalesce(sum(due_on = :today), 0),
           coalesce(sum(due_on > :today), 0)
      FROM care_schedule
     WHERE address IS NOT NULL AND due_on <= :until
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


T = TypeVar("T")

_SHARED = "gridwarden.care_targets"  # Session.info key of a read's care targets


@contextmanager
def care_read_once(session: Session) -> Iterator[None]:
    """Within this block the care targets are read once and shared by whoever asks for all of
    them. (Today's care section and care tile no longer need them all: they read the due rows
    and the counts of the care schedule.)"""
    session.info[_SHARED] = None
    try:
        yield
    finally:
        session.info.pop(_SHARED, None)


def _targets(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    for rid, hid, name, address, reason, freq, last_at, due in rows:
        yield rid, hid, name, address, reason, freq, _as_datetime(last_at), _as_date(due)


def care_targets(session: Session) -> list[CareTarget]:
    """Every active care plan's target with the day their next visit is due: the last visit
    that met them (local day) or the plan's start, plus the plan's frequency.

    A visit counts for a care target when it names them, or names nobody in their household;
    a visit where nobody was at home (未遇) does not count: the care visit is still owed.
    """
    shared = session.info.get(_SHARED)
    if shared is not None:
        return cast(list[CareTarget], shared)
    targets = [CareTarget(*row) for row in _targets(session.execute(_CARE_ALL))]
    if _SHARED in session.info:
        session.info[_SHARED] = targets
    return targets


def care_due(session: Session, today: date) -> list[CareDue]:
    """Care targets whose next visit is due today or earlier, most overdue first (then by
    address)."""
    rows = session.execute(_CARE_DUE, {"today": today.isoformat()})
    return [
        CareDue(rid, hid, name, address, reason, freq, last, due, (today - due).days)
        for rid, hid, name, address, reason, freq, last, due in _targets(rows)
    ]


def care_counts(session: Session, today: date, until: date) -> tuple[int, int, int]:
    """Care targets whose next visit was due before today, is due today, and falls after today
    up to `until` (Today's care tile)."""
    row = session.execute(
        _CARE_COUNTS, {"today": today.isoformat(), "until": until.isoformat()}
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def care_due_counts(session: Session, today: date) -> tuple[int, int]:
    """How many care targets `care_due` lists, and how many of them are overdue (counted in
    the care schedule, no row read)."""
    overdue, due_today, _later = care_counts(session, today, today)
    return overdue + due_today, overdue


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


class Listed(list[T]):
    """The first rows of a longer list, in its order, with the whole list's counts: `total`
    rows, `late` of them overdue. Today lists a section's first rows; 显示全部 reads the rest."""

    def __init__(self, rows: Iterable[T], total: int, late: int) -> None:
        super().__init__(rows)
        self.total = total
        self.late = late


# The first care targets due in walking order, and how many are due in each building and unit
# (the walk's groups), from the walk the care schedule keeps for each household (migration
# wk001): no address parsed for the thousands of due rows not listed. A household without its
# search row yet (a first sync's index stage) sorts last, by address, and is counted in no
# group here (ui.pages.today counts its listed rows).
_WALK_DUE = " FROM care_schedule WHERE address IS NOT NULL AND due_on <= :today"
_CARE_COLUMNS = (
    "SELECT resident_id, household_id, name, address, reason, frequency_days, last_visit_at, due_on"
)
# along ix_care_schedule_walk, in walking order: stops at the first rows that are due
_CARE_WALK_FIRST = text(
    _CARE_COLUMNS
    + _WALK_DUE
    + " AND walk_key IS NOT NULL ORDER BY walk_key, due_on, plan_rowid LIMIT :first"
)
_CARE_UNWALKED_FIRST = text(
    _CARE_COLUMNS + _WALK_DUE + " AND walk_key IS NULL ORDER BY address, due_on, plan_rowid"
    " LIMIT :first"
)
# the listed rows' buildings and units, counted within ix_care_schedule_walk_groups (no table
# row read; at 100,000 households the 3,880 due rows lie in ~3,400 groups, ~20 ms to fetch)
_CARE_WALK_GROUPS = text(
    "SELECT walk_building, walk_unit, count(*)"
    + _WALK_DUE
    + " AND walk_building IN (SELECT value FROM json_each(:buildings))"
    " GROUP BY walk_building, walk_unit"
)


class Walked(Listed[T]):
    """The first rows of a walk, in walking order, with the whole list's counts: `total`,
    `late` and `groups` — how many rows each of their buildings has in all (keyed
    (building, "\\0")) and each of its units (keyed (building, unit)), as the walk groups them
    (ui.pages.today)."""

    def __init__(
        self, rows: Iterable[T], total: int, late: int, groups: dict[tuple[str, str], int]
    ) -> None:
        super().__init__(rows, total, late)
        self.groups = groups


def care_due_walked(session: Session, today: date, first: int) -> Walked[CareDue]:
    """The first `first` care targets due today or earlier in walking order (as
    rules.rounds.place_of orders their addresses), with how many are due in all and in each
    building and unit these rows are in."""
    day = today.isoformat()
    rows = list(session.execute(_CARE_WALK_FIRST, {"today": day, "first": first}))
    if len(rows) < first:  # households without their search row yet come last
        more = {"today": day, "first": first - len(rows)}
        rows += session.execute(_CARE_UNWALKED_FIRST, more)
    listed = [
        CareDue(rid, hid, name, address, reason, freq, last, due, (today - due).days)
        for rid, hid, name, address, reason, freq, last, due in _targets(rows)
    ]
    buildings = json.dumps(sorted({place_of(row.address).building for row in listed}))
    groups: dict[tuple[str, str], int] = {}
    bound = {"today": day, "buildings": buildings}
    for building, unit, count in session.execute(_CARE_WALK_GROUPS, bound):
        groups[(building, "\0")] = groups.get((building, "\0"), 0) + count
        groups[(building, unit)] = count
    total, overdue = care_due_counts(session, today)
    return Walked(listed, total, overdue, groups)


# built once: a new alias per call re-derived its column collection each time
_LATER_VISIT = alias_on_use(Visit)
_VISIT_ROWID: ColumnClause[Any] = literal_column("visit.rowid")
_FOLLOW_UP_COLUMNS = (
    Visit.id,
    Visit.household_id,
    Household.address,
    Visit.follow_up_date,
    Visit.purpose,
    Visit.findings,
    Visit.visited_at,
)


def follow_ups_due(session: Session, today: date) -> list[FollowUpDue]:
    """Visits whose follow-up date has come, with no later visit to the same household, by
    follow-up day (then in the order they were stored)."""
    query = (
        select(*_FOLLOW_UP_COLUMNS)
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
        .order_by(Visit.follow_up_date, _VISIT_ROWID)
    )
    return [FollowUpDue(*row) for row in session.execute(query)]


# The open follow-ups due by a day (follow_up_open is kept by triggers: queries/today_care.py),
# of households that are stored, as follow_ups_due finds them.
_FOLLOW_UPS_OPEN = """
      FROM follow_up_open
      JOIN household ON household.id = follow_up_open.household_id
     WHERE follow_up_open.follow_up_date <= :today
"""
_FOLLOW_UP_COUNTS = text(
    "SELECT count(*), coalesce(sum(follow_up_open.follow_up_date < :today), 0)" + _FOLLOW_UPS_OPEN
)
_FOLLOW_UP_FIRST = text(
    "SELECT follow_up_open.visit_rowid"
    + _FOLLOW_UPS_OPEN
    + " ORDER BY follow_up_open.follow_up_date, follow_up_open.visit_rowid LIMIT :limit"
)


def follow_ups_first(session: Session, today: date, limit: int) -> Listed[FollowUpDue]:
    """follow_ups_due's first `limit` rows, with the count of all and of the overdue ones
    (follow-up day before today): from the open follow-ups the store keeps, reading only the
    rows listed (at 100,000 households: 100 of 1,364 visits and their households)."""
    bound = {"today": today.isoformat()}
    total, late = session.execute(_FOLLOW_UP_COUNTS, bound).one()
    first = [r for (r,) in session.execute(_FOLLOW_UP_FIRST, {**bound, "limit": limit})]
    rows = {
        row[0]: FollowUpDue(*row[1:])
        for row in session.execute(
            select(_VISIT_ROWID, *_FOLLOW_UP_COLUMNS)
            .select_from(Visit)
            .join(Household, Household.id == Visit.household_id)
            .where(_VISIT_ROWID.in_(first))
        )
    }
    return Listed((rows[r] for r in first), int(total), int(late))


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
