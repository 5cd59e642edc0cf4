"""Door-knock visits (敲门入户). Append-only: a visit is never edited, only voided."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced


class Visit(Synced, table=True):
    __tablename__ = "visit"
    __table_args__ = (
        # Covering for "last counted visit per household" (Today's care visits due and
        # follow-ups): answered from the index alone, without reading the visit rows.
        Index(
            "ix_visit_household_at",
            "household_id",
            "visited_at",
            "resident_id",
            "outcome",
            "deleted_at",
        ),
        Index("ix_visit_resident_at", "resident_id", "visited_at"),
        Index("ix_visit_follow_up", "follow_up_date"),
    )

    household_id: str = Field(foreign_key="household.id", max_length=36)
    resident_id: str | None = Field(default=None, foreign_key="resident.id", max_length=36)
    visitor_id: str = Field(max_length=80)
    visitor_name: str = Field(max_length=40)
    visited_at: datetime
    purpose: str = Field(max_length=24)
    findings: str = Field(default="", max_length=4000)
    follow_up_date: date | None = None
    # A round's tick: met at the door, or 未遇 (not at home: the visit is still owed).
    outcome: str = Field(default="met", max_length=16)
    round_id: str | None = Field(default=None, max_length=36, index=True)
    campaign_id: str | None = Field(default=None, max_length=36, index=True)
