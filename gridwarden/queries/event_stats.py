"""Work-order statistics (工单统计) for the grid centre: the seed's three measures (on-time
sign-for, on-time completion, satisfaction) and the linkage rate, volumes by channel, category,
department and area, the trend by week and month, the slowest departments and the hot spots.

Definitions (shown on the page and in the workbook):
- an order counts in the period by the local day it was reported;
- on-time sign-for: signed orders signed on or before their sign-for deadline;
- on-time completion: closed orders (not repeat complaints closed with their master) closed on
  or before their handling deadline (an approved extension moves the deadline);
- satisfaction: 满意 + 基本满意 over every callback (回访) of the period's orders, including
  the unsatisfied ones that reopened an order;
- linkage rate: orders dispatched to a department at least once, over all orders that are not
  repeat complaints merged under a master;
- department speed: working days (shared calendar) from the last dispatch to closing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import LOCAL_TZ, to_local
from gridwarden.models import Area, Department, EventStep, GridEvent, Household
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.event_lifecycle import OPEN_STATUSES

SATISFIED = frozenset({"satisfied", "basically_satisfied"})


@dataclass(frozen=True)
class Rate:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class DepartmentFigure:
    name: str
    dispatched: int  # orders now with this department (or closed by it)
    closed: int
    on_time: int
    mean_working_days: float | None  # dispatch → close, closed orders
    overdue_open: int


@dataclass(frozen=True)
class TrendPoint:
    label: str  # "2026-W48" or "2026-11"
    reported: int
    closed: int


@dataclass(frozen=True)
class HotSpot:
    name: str  # the micro-grid
    grid: str
    orders: int
    open: int


@dataclass
class EventStats:
    start: date | None
    end: date
    total: int = 0
    open: int = 0
    overdue_open: int = 0
    emergency: int = 0
    sign_on_time: Rate = Rate(0, 0)
    close_on_time: Rate = Rate(0, 0)
    satisfaction: Rate = Rate(0, 0)
    linkage: Rate = Rate(0, 0)
    ratings: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_area: list[tuple[str, int]] = field(default_factory=list)
    departments: list[DepartmentFigure] = field(default_factory=list)
    weekly: list[TrendPoint] = field(default_factory=list)
    monthly: list[TrendPoint] = field(default_factory=list)
    hot_spots: list[HotSpot] = field(default_factory=list)

    @property
    def slowest(self) -> list[DepartmentFigure]:
        timed = [d for d in self.departments if d.mean_working_days is not None]
        return sorted(timed, key=lambda d: (-(d.mean_working_days or 0), d.name))[:5]


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ).astimezone(UTC)


def _local_day(instant: datetime | None) -> date | None:
    return to_local(instant).date() if instant is not None else None


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def statistics(
    session: Session,
    start: date | None,
    end: date,
    today: date,
    calendar: WorkCalendar,
    hot_spot_count: int = 10,
) -> EventStats:
    """Figures for orders reported from `start` (None: all) to `end`, local days inclusive."""
    columns: list[Any] = [
        GridEvent.channel,
        GridEvent.category,
        GridEvent.status,
        GridEvent.urgent,
        GridEvent.department_id,
        GridEvent.grid_id,
        GridEvent.household_id,
        GridEvent.reported_at,
        GridEvent.dispatched_at,
        GridEvent.sign_due,
        GridEvent.signed_at,
        GridEvent.due_date,
        GridEvent.closed_at,
        GridEvent.satisfaction,
        GridEvent.master_id,
    ]
    query = select(*columns).where(
        col(GridEvent.deleted_at).is_(None),
        col(GridEvent.reported_at) < _utc_start(end + timedelta(days=1)),
    )
    if start is not None:
        query = query.where(col(GridEvent.reported_at) >= _utc_start(start))
    rows = session.execute(query).all()
    names: dict[str, str] = {
        k: v for k, v in session.execute(select(Department.id, Department.name))
    }
    areas = {a.id: (a.name, a.parent_id) for a in session.execute(select(Area)).scalars()}
    homes = [r.household_id for r in rows if r.household_id]
    micro_of: dict[str, str] = {}
    for chunk in range(0, len(homes), 900):
        micro_of.update(
            session.execute(
                select(Household.id, Household.micro_grid_id).where(
                    col(Household.id).in_(homes[chunk : chunk + 900])
                )
            ).all()
        )

    stats = EventStats(start, end)
    signed = sign_hits = closed = close_hits = rated = pleased = linked = linkable = 0
    ratings: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    by_grid: Counter[str] = Counter()
    spots: Counter[str] = Counter()
    spots_open: Counter[str] = Counter()
    weekly: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    monthly: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    dept: dict[str, dict[str, float]] = defaultdict(
        lambda: {"n": 0, "closed": 0, "on_time": 0, "days": 0, "overdue": 0}
    )
    for r in rows:
        stats.total += 1
        reported = to_local(r.reported_at).date()
        is_open = r.status in OPEN_STATUSES
        overdue = is_open and r.due_date < today
        stats.open += is_open
        stats.overdue_open += overdue
        stats.emergency += bool(r.urgent)
        channels[r.channel] += 1
        categories[r.category] += 1
        by_grid[r.grid_id or ""] += 1
        weekly[week_label(reported)][0] += 1
        monthly[f"{reported:%Y-%m}"][0] += 1
        micro = micro_of.get(r.household_id or "")
        if micro:
            spots[micro] += 1
            spots_open[micro] += is_open
        closed_day = _local_day(r.closed_at)
        if r.signed_at is not None and r.sign_due is not None:
            signed += 1
            sign_hits += to_local(r.signed_at).date() <= r.sign_due
        duplicate = r.master_id is not None
        if not duplicate:
            linkable += 1
            linked += r.dispatched_at is not None
        if closed_day is not None:
            weekly[week_label(closed_day)][1] += 1
            monthly[f"{closed_day:%Y-%m}"][1] += 1
        on_time = closed_day is not None and closed_day <= r.due_date
        if closed_day is not None and not duplicate:
            closed += 1
            close_hits += on_time
        if r.department_id:
            figure = dept[r.department_id]
            figure["n"] += 1
            figure["overdue"] += overdue
            if closed_day is not None and not duplicate and r.dispatched_at is not None:
                figure["closed"] += 1
                figure["on_time"] += on_time
                figure["days"] += calendar.working_days_between(
                    to_local(r.dispatched_at).date(), closed_day
                )
    callbacks = (
        select(EventStep.satisfaction)
        .join(GridEvent, col(GridEvent.id) == col(EventStep.event_id))
        .where(
            EventStep.action == "callback",
            col(EventStep.deleted_at).is_(None),
            col(GridEvent.deleted_at).is_(None),
            col(GridEvent.reported_at) < _utc_start(end + timedelta(days=1)),
        )
    )
    if start is not None:
        callbacks = callbacks.where(col(GridEvent.reported_at) >= _utc_start(start))
    for rating in session.execute(callbacks).scalars():
        if rating:
            rated += 1
            ratings[rating] += 1
            pleased += rating in SATISFIED
    stats.sign_on_time = Rate(sign_hits, signed)
    stats.close_on_time = Rate(close_hits, closed)
    stats.satisfaction = Rate(pleased, rated)
    stats.linkage = Rate(linked, linkable)
    stats.ratings = dict(ratings)
    stats.by_channel = dict(channels.most_common())
    stats.by_category = dict(categories.most_common())
    stats.by_area = sorted(
        ((areas.get(g, ("—", None))[0], n) for g, n in by_grid.items()),
        key=lambda item: (-item[1], item[0]),
    )
    stats.departments = sorted(
        (
            DepartmentFigure(
                names.get(key, "—"),
                int(f["n"]),
                int(f["closed"]),
                int(f["on_time"]),
                round(f["days"] / f["closed"], 2) if f["closed"] else None,
                int(f["overdue"]),
            )
            for key, f in dept.items()
        ),
        key=lambda d: (-d.dispatched, d.name),
    )
    stats.weekly = [TrendPoint(k, *v) for k, v in sorted(weekly.items())]
    stats.monthly = [TrendPoint(k, *v) for k, v in sorted(monthly.items())]
    stats.hot_spots = [
        HotSpot(
            areas.get(micro, ("—", None))[0],
            areas.get(areas.get(micro, ("", ""))[1] or "", ("—", None))[0],
            n,
            spots_open[micro],
        )
        for micro, n in sorted(spots.items(), key=lambda item: (-item[1], item[0]))[:hot_spot_count]
    ]
    return stats
