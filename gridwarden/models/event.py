"""Grid events (网格事件) that become work orders for departments, with their full history."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced


class GridEvent(Synced, table=True):
    __tablename__ = "grid_event"
    __table_args__ = (
        Index("ix_grid_event_status_due", "status", "due_date"),
        Index("ix_grid_event_master", "master_id"),
    )

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
    urgent: bool = False  # 紧急: urgency == "emergency", flagged everywhere and listed first
    status: str = Field(max_length=16)
    department_id: str | None = Field(default=None, foreign_key="department.id", max_length=36)
    due_date: date  # the handling deadline (an approved extension moves it)
    satisfaction: str | None = Field(default=None, max_length=16)
    reopen_count: int = 0
    # Work-order fields (rules.event_lifecycle): where it came from, how urgent, its deadlines.
    channel: str = Field(default="patrol", max_length=16)
    hotline_number: str = Field(default="", max_length=32)  # the 12345 hotline's order number
    urgency: str = Field(default="normal", max_length=16)
    dispatched_at: datetime | None = None
    sign_due: date | None = None
    signed_at: datetime | None = None
    return_due: date | None = None  # the last day a department may reject or return it
    closed_at: datetime | None = None
    extension_until: date | None = None  # a pending extension request's new date
    urge_count: int = 0  # 催办
    supervised: bool = False  # 督办件
    master_id: str | None = Field(default=None, max_length=36)  # merged under this order
    lon: float | None = None  # on the map: the household's point, or picked on the map
    lat: float | None = None


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
    new_date: date | None = None  # an extension request's deadline
    master_id: str | None = Field(default=None, max_length=36)  # the order merged under
