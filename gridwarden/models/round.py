"""The warden's round (巡查) and campaign sweeps (专项走访)."""

from datetime import date, datetime

from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class PatrolRound(Synced, table=True):
    """One walk through the grid: the households ticked off are visits naming the round; its
    counts and duration are kept on it."""

    __tablename__ = "patrol_round"

    grid_id: str | None = Field(default=None, foreign_key="area.id", max_length=36)
    warden_id: str = Field(max_length=80)
    warden_name: str = Field(max_length=40)
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", max_length=36)
    started_at: datetime
    finished_at: datetime | None = None
    planned: int = 0  # households on the list when the round started
    visited: int = 0  # met at the door
    not_home: int = 0  # 未遇


class Campaign(Synced, table=True):
    """A campaign sweep set by the grid centre: the households of the named micro-grids (those
    with any of the tags, or all) are each to be visited between the two dates."""

    __tablename__ = "campaign"

    name: str = Field(max_length=80)
    kind: str = Field(max_length=24)  # rules.rounds.CAMPAIGN_KINDS
    starts_on: date
    ends_on: date
    micro_grid_ids: list[str] = Field(default_factory=list, sa_column=json_column())
    tags: list[str] = Field(default_factory=list, sa_column=json_column())
    note: str = Field(default="", max_length=2000)
