"""Each live care plan's next visit day, kept by triggers (gridwarden.queries.today_care)."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class CareSchedule(SQLModel, table=True):
    """Derived from care_plan, resident, household and visit by SQLite triggers; never synced,
    never written by the program itself."""

    __tablename__ = "care_schedule"
    __table_args__ = (
        # Today: the care targets due by a day, in the order the section lists them
        Index("ix_care_schedule_due", "due_on", "address", "plan_rowid"),
        Index("ix_care_schedule_household", "household_id"),
        Index("ix_care_schedule_resident", "resident_id"),
        # Today's care list: its first due rows in walking order, and the due rows' groups,
        # each read from an index alone (migration wk001)
        Index("ix_care_schedule_walk", "walk_key", "due_on", "plan_rowid", "address"),
        Index("ix_care_schedule_walk_groups", "due_on", "walk_building", "walk_unit", "address"),
    )

    plan_id: str = Field(primary_key=True, max_length=36)
    plan_rowid: int  # the plan's place in its table: the order among equal days and addresses
    resident_id: str = Field(max_length=36)
    household_id: str = Field(max_length=36)
    name: str = Field(max_length=40)
    address: str | None = Field(default=None, max_length=200)  # None: household not stored
    reason: str = Field(max_length=40)
    frequency_days: int
    started_on: date
    last_visit_at: datetime | None = None  # the last visit that met them (UTC)
    due_on: date
    # the household's place on the walk, from its search row (None: none written yet)
    walk_key: str | None = Field(default=None, max_length=440)
    walk_building: str | None = Field(default=None, max_length=300)
    walk_unit: str | None = Field(default=None, max_length=40)
