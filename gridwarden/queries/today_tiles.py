"""Today as tiles: per workflow, how many deadlines are 逾期 (past), 今日到期 (today) and 3 日内
(within the next three working days, counted with the shared WorkCalendar). One COUNT query per
workflow, each on an indexed deadline column (the tile opens the list filtered the same way);
care visits from the care schedule Today's care section reads (each live plan's next visit day,
kept by the store's triggers: gridwarden/queries/today_care.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlmodel import Session, col

from gridwarden.models import (
    Dispute,
    Filing,
    GridEvent,
    LegalAidApplication,
)
from gridwarden.queries import today as tq
from gridwarden.queries.filings import next_due_sql
from gridwarden.rules import dispute_lifecycle as dispute_life
from gridwarden.rules import event_lifecycle as event_life
from gridwarden.rules import filing as filing_rules
from gridwarden.rules import legal_aid_lifecycle as aid_life
from gridwarden.rules.calendar import WorkCalendar

WORKFLOWS = ("care", "events", "disputes", "legal_aid", "filing")
SOON_WORKING_DAYS = 3


@dataclass(frozen=True)
class Tile:
    workflow: str  # one of WORKFLOWS
    overdue: int  # deadline before today
    due_today: int
    soon: int  # after today, at most SOON_WORKING_DAYS working days ahead
    soon_until: date  # the last day counted as 3 日内

    @property
    def total(self) -> int:
        return self.overdue + self.due_today + self.soon


def soon_until(today: date, calendar: WorkCalendar) -> date:
    return calendar.add_working_days(today, SOON_WORKING_DAYS)


def _counts(session: Session, due: Any, live: Any, today: date, until: date) -> tuple[int, ...]:
    query = select(
        func.coalesce(func.sum(case((due < today, 1), else_=0)), 0),
        func.coalesce(func.sum(case((due == today, 1), else_=0)), 0),
        func.coalesce(func.sum(case((and_(due > today, due <= until), 1), else_=0)), 0),
    ).where(live, due.is_not(None), due <= until)
    row = session.execute(query).one()
    return int(row[0]), int(row[1]), int(row[2])


def tiles(session: Session, today: date, calendar: WorkCalendar) -> dict[str, Tile]:
    until = soon_until(today, calendar)
    found: dict[str, tuple[int, ...]] = {}
    # care visits: each active plan's next visit day, from the care schedule the section reads
    found["care"] = tq.care_counts(session, today, until)
    found["events"] = _counts(
        session,
        col(GridEvent.due_date),
        col(GridEvent.deleted_at).is_(None) & col(GridEvent.status).in_(event_life.OPEN_STATUSES),
        today,
        until,
    )
    found["disputes"] = _counts(
        session,
        col(Dispute.due_on),
        col(Dispute.deleted_at).is_(None) & col(Dispute.status).in_(dispute_life.OPEN_STATUSES),
        today,
        until,
    )
    aid = LegalAidApplication
    found["legal_aid"] = _counts(
        session,
        col(aid.due_date),
        col(aid.deleted_at).is_(None) & col(aid.status).in_(aid_life.OPEN_STATUSES),
        today,
        until,
    )
    found["filing"] = _counts(
        session,
        next_due_sql,
        col(Filing.deleted_at).is_(None) & col(Filing.status).in_(filing_rules.OPEN_STATUSES),
        today,
        until,
    )
    return {
        name: Tile(name, found[name][0], found[name][1], found[name][2], until)
        for name in WORKFLOWS
    }
