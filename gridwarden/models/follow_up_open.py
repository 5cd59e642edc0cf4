"""The visits whose follow-up is still open, kept by triggers (gridwarden.queries.today_care)."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class FollowUpOpen(SQLModel, table=True):
    """A visit with a follow-up day and no later visit that counts to its household. Derived
    from visit by SQLite triggers; never synced, never written by the program itself."""

    __tablename__ = "follow_up_open"
    __table_args__ = (
        # Today: the follow-ups due by a day, in the order the section lists them
        Index("ix_follow_up_open_due", "follow_up_date", "visit_rowid"),
        Index("ix_follow_up_open_household", "household_id", "visited_at"),
    )

    visit_id: str = Field(primary_key=True, max_length=36)
    visit_rowid: int  # the visit's place in its table: the order among equal days
    household_id: str = Field(max_length=36)
    follow_up_date: date
    visited_at: datetime
