"""The five administrative levels: district → street → community → grid → micro-grid."""

from enum import StrEnum

from sqlmodel import Field

from gridwarden.models.base import Synced


class AreaLevel(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"
    MICRO_GRID = "micro_grid"


LEVEL_ORDER = list(AreaLevel)


class Area(Synced, table=True):
    __tablename__ = "area"

    level: str = Field(max_length=16, index=True)
    parent_id: str | None = Field(default=None, foreign_key="area.id", index=True, max_length=36)
    name: str = Field(max_length=80)
    code: str = Field(default="", max_length=32)


class Department(Synced, table=True):
    """A linkage department (联动部门) that takes dispatched grid events."""

    __tablename__ = "department"

    name: str = Field(max_length=80)
    phone: str = Field(default="", max_length=32)
