"""Local-only bookkeeping: the audit log, the sync outbox, device facts, the search index."""

from datetime import datetime
from typing import Any

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from gridwarden.models.base import json_column


class AuditEntry(SQLModel, table=True):
    """Who did what, when, on which record (PIPL Art. 55–56: kept at least 3 years)."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    device_id: str = Field(max_length=36)
    action: str = Field(max_length=48)
    entity: str = Field(max_length=32)
    record_id: str = Field(max_length=36, index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    # The hash chain (gridwarden.security.audit): set when the entry is flushed.
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)


class OutboxOp(SQLModel, table=True):
    """One local change waiting to be pushed. op_id is the idempotency key for the server."""

    __tablename__ = "outbox"

    seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(max_length=36, unique=True)
    entity: str = Field(max_length=32)
    record_id: str = Field(max_length=36, index=True)
    kind: str = Field(max_length=16)  # upsert | delete | transition
    base_version: int = 0
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=2000)


class LocalMeta(SQLModel, table=True):
    """Facts about this store and device (device id, demo seed, …)."""

    __tablename__ = "local_meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=2000)


class HouseholdSearch(SQLModel, table=True):
    """Derived search text per household: address, residents' names, pinyin, phones, IDs.

    Rebuilt from the register by search.refresh_households; never synced. The covering indexes
    let the unfiltered list come straight from an index, in display order.
    """

    __tablename__ = "household_search"
    __table_args__ = (
        Index("ix_household_search_address", "address_key", "household_id"),
        Index("ix_household_search_name", "name_key", "household_id"),
        Index("ix_household_search_micro", "micro_grid_id", "address_key"),
        Index("ix_household_search_head", "household_id", "head_name"),
    )

    household_id: str = Field(primary_key=True, foreign_key="household.id", max_length=36)
    micro_grid_id: str = Field(max_length=36)
    text: str
    head_name: str = Field(default="", max_length=40)
    name_key: str = Field(default="", max_length=200)  # pinyin of the head's name
    address_key: str = Field(default="", max_length=300)  # house numbers zero-padded
    # the household's place on a warden's walk (rules.rounds.walk_key) and its building and
    # unit as the walk groups them: Today's care list and its group counts come from SQL
    walk_key: str = Field(default="", max_length=440)
    walk_building: str = Field(default="", max_length=300)
    walk_unit: str = Field(default="", max_length=40)
