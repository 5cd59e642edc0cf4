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


class OrgUnit(Synced, table=True):
    """A place where casework is done: a grid micro-court, a mediation station, a mediation
    committee, a court, a legal-aid window or agency. Disputes belong to a station, legal-aid
    applications to a window; a user's sync scope names the units they work at."""

    __tablename__ = "org_unit"

    kind: str = Field(max_length=24, index=True)  # see rules.org_units.ORG_UNIT_KINDS
    name: str = Field(max_length=80)
    area_id: str | None = Field(default=None, foreign_key="area.id", max_length=36)
    parent_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    phone: str = Field(default="", max_length=32)
    address: str = Field(default="", max_length=200)
