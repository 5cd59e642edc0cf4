"""Grid events (网格事件) that become work orders for departments, with their full history."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced


class GridEvent(Synced, table=True):
    __tablename__ = "grid_event"
    __table_args__ = (Index("ix_grid_event_status_due", "status", "due_date"),)

    number: str = Field(max_length=32, unique=True)
    category: str = Field(max_length=24)
    description: str = Field(max_length=4000)
    location: str = Field(default="", max_length=200)
    household_id: str | None = Field(default=None, foreign_key="household.id", max_length=36)
    visit_id: str | None = Field(default=None, foreign_key="visit.id", max_length=36)
    grid_id: str | None = Field(default=None, foreign_key="area.id", max_length=36)
    reporter_id: str = Field(max_length=80)
    reporter_name: str = Field(max_length=40)
    reported_at: datetime
    urgent: bool = False
    status: str = Field(max_length=16)
    department_id: str | None = Field(default=None, foreign_key="department.id", max_length=36)
    due_date: date
    satisfaction: str | None = Field(default=None, max_length=16)
    reopen_count: int = 0


class EventStep(Synced, table=True):
    """One step of an event's lifecycle. Append-only: together they are the event's trace."""

    __tablename__ = "event_step"
    __table_args__ = (Index("ix_event_step_event_at", "event_id", "at"),)

    event_id: str = Field(foreign_key="grid_event.id", max_length=36)
    action: str = Field(max_length=16)
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    at: datetime
    department_id: str | None = Field(default=None, foreign_key="department.id", max_length=36)
    reason: str = Field(default="", max_length=2000)
    legal_basis: str = Field(default="", max_length=400)
    note: str = Field(default="", max_length=4000)
    satisfaction: str | None = Field(default=None, max_length=16)
