"""The household and resident register, and care plans for care targets (关怀对象)."""

from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class Household(Synced, table=True):
    __tablename__ = "household"

    micro_grid_id: str = Field(foreign_key="area.id", index=True, max_length=36)
    address: str = Field(max_length=200)
    # Labels such as 群租房, 小化工, 独居老人 (see rules.register.HOUSEHOLD_TAGS).
    tags: list[str] = Field(default_factory=list, sa_column=json_column())
    notes: str = Field(default="", max_length=2000)
    # Where it is on the map (WGS-84): from its building, or picked on the map.
    lon: float | None = None
    lat: float | None = None


class Resident(Synced, table=True):
    __tablename__ = "resident"
    __table_args__ = (Index("ix_resident_id_number", "id_number"),)

    household_id: str = Field(foreign_key="household.id", index=True, max_length=36)
    name: str = Field(max_length=40)
    id_number: str | None = Field(default=None, max_length=18)
    gender: str | None = Field(default=None, max_length=1)  # "M" / "F", from the ID number
    birth_date: date | None = None
    phone: str = Field(default="", max_length=20)
    relation: str = Field(default="", max_length=16)  # to the head of household: 户主, 配偶, …
    disabled: bool = False
    subsistence: bool = False  # 低保 recipient
    extreme_poverty: bool = False  # 特困 recipient
    notes: str = Field(default="", max_length=2000)


class CarePlan(Synced, table=True):
    """A resident visited on a schedule: one active plan makes them a care target."""

    __tablename__ = "care_plan"

    resident_id: str = Field(foreign_key="resident.id", index=True, max_length=36)
    reason: str = Field(max_length=40)
    frequency_days: int
    started_on: date
    active: bool = True
