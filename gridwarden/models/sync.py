"""Local-only sync bookkeeping (ARCHITECTURE §3): where this device is in the server's change
order, the base values of records it edited, conflicts waiting for a person, file transfers."""

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from gridwarden.models.base import json_column


class SyncState(SQLModel, table=True):
    """One row: the server this store syncs with and how the last attempts went."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    server_url: str = Field(default="", max_length=300)
    epoch: str = Field(default="", max_length=64)
    cursor: int = 0  # every server change up to this seq is in the store
    user_id: str = Field(default="", max_length=80)
    user_name: str = Field(default="", max_length=40)
    role: str = Field(default="", max_length=16)
    scopes: list[str] = Field(default_factory=list, sa_column=json_column())
    last_success_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_error: str = Field(default="", max_length=1000)
    last_error_kind: str = Field(default="", max_length=24)
    failures: int = 0
    verified_at: datetime | None = None
    revoked: bool = False
    # The server went back in time (restored from a backup, lost commits): before anything
    # else the next sync compares this store with it and uploads what it lacks (never deletes).
    reconcile: bool = False


class SyncShadow(SQLModel, table=True):
    """The server-confirmed values of fields this device changed and has not had answered:
    the "base" of a three-way merge, shown next to both sides of a conflict."""

    __tablename__ = "sync_shadow"

    entity: str = Field(primary_key=True, max_length=32)
    record_id: str = Field(primary_key=True, max_length=36)
    version: int
    values: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())


class SyncConflict(SQLModel, table=True):
    """An edit the server could not merge, kept for a person to decide ("needs review").

    kind: field (both changed the same field), deleted (edited here, deleted on the server),
    edited (deleted here, edited on the server), rejected (the server refused the op, reason).
    fields: {name: {base, local, server, server_by, server_at}} in wire (JSON) form.
    """

    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=32)
    record_id: str = Field(max_length=36, index=True)
    kind: str = Field(max_length=16)
    op_id: str = Field(max_length=36)
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    reason: str = Field(default="", max_length=1000)
    local_by: str = Field(default="", max_length=120)
    local_at: datetime | None = None
    server_by: str = Field(default="", max_length=120)
    server_at: datetime | None = None
    created_at: datetime
    resolved_at: datetime | None = Field(default=None, index=True)
    resolution: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    names: dict[str, str] = Field(default_factory=dict, sa_column=json_column())  # id → 王芳


class SyncBlob(SQLModel, table=True):
    """A file to upload (before the record that names it is pushed) or to download."""

    __tablename__ = "sync_blob"

    sha256: str = Field(primary_key=True, max_length=64)
    direction: str = Field(primary_key=True, max_length=4)  # up | down
    size: int = 0
    done: int = 0  # bytes confirmed by the other side
    attempts: int = 0
    last_error: str = Field(default="", max_length=1000)


class SyncReindex(SQLModel, table=True):
    """Households whose search row must be rebuilt after records arrived by pull. A page only
    notes them (cheap, in its own transaction); the rows are rebuilt once per household when
    the pull is done, so a first pull of a street does not rebuild each household twice."""

    __tablename__ = "sync_reindex"

    household_id: str = Field(primary_key=True, max_length=36)
