"""Columns every synced record carries (ARCHITECTURE §3).

- id: a UUID made on the client, so records created offline never collide.
- version / server_seq: set by the server; 0 / None mean "never confirmed by the server".
- base_version: the server version local edits started from (for three-way merges).
- updated_at / updated_by: for display only; never a sync cursor. updated_by is "user@device".
- deleted_at: tombstone; synced rows are never hard-deleted.
"""

import uuid
from datetime import datetime
from typing import Any

from pydantic import ConfigDict
from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from gridwarden.clock import SystemClock

# Columns that describe the local copy, not the record: never pushed, never in a document.
LOCAL_FIELDS = frozenset({"version", "server_seq", "base_version"})


def new_id() -> str:
    return str(uuid.uuid4())


class Synced(SQLModel):
    # A record's pydantic validator and serializer are built on their first use, not when the
    # class is defined: table records are made without validation (SQLModel), and building
    # the models' schemas at import was ~10 ms of every start.
    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    version: int = Field(default=0)
    server_seq: int | None = Field(default=None)
    base_version: int = Field(default=0)
    # Stamped by every service write (UnitOfWork); the defaults only serve bulk loaders.
    updated_at: datetime = Field(default_factory=lambda: SystemClock().now())
    updated_by: str = Field(default="", max_length=120)
    deleted_at: datetime | None = Field(default=None)


def entity_of(record: SQLModel) -> str:
    """The entity name of a record (its table name): what the outbox and sync speak."""
    return str(record.__tablename__)


def json_column(nullable: bool = False) -> Any:
    """A JSON column (lists of tags, audit details); SQLite stores it as text."""
    return Column(JSON, nullable=nullable)
