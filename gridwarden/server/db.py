"""The district server's store: its own tables (not the client's), its own Alembic history.

Records of every synced type live in ONE table as validated JSON documents with their version,
their place in the change sequence and their scope key: the sync engine stays generic over
SYNCED_MODELS, and a pull is one index range scan. Around it: users and their scope keys,
devices and their token hashes, the stored answer of every op (idempotent retries), uploaded
files, and the change counter.

The change counter is one row, updated inside every committing push. Its row lock makes pushes
commit one after another, so sequence order equals commit order on PostgreSQL too: a puller can
never see seq 11 while seq 10 is still uncommitted and then skip 10 forever — which is what a
PostgreSQL SEQUENCE would allow (nextval is handed out at call time, not at commit). A rolled
back push rolls the counter back with it, so the sequence has no gaps. Pushes are short (one
batch of ops), so serialising them costs little at a district's scale.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Engine,
    Index,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
)
from sqlalchemy.orm import registry, sessionmaker
from sqlmodel import Column, Field, Session, SQLModel, col

from gridwarden.clock import SystemClock
from gridwarden.paths import migrations_dir

log = logging.getLogger("gridwarden.server")


class ServerModel(SQLModel, registry=registry()):
    """Base of the server's tables: their own metadata, apart from the client's models."""


class ServerInfo(ServerModel, table=True):
    __tablename__ = "server_info"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=400)


class ChangeCounter(ServerModel, table=True):
    __tablename__ = "change_counter"

    id: int = Field(primary_key=True)
    seq: int = Field(default=0, sa_type=BigInteger)


class Record(ServerModel, table=True):
    """The current state of one synced record (tombstones included)."""

    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_seq", "seq", unique=True),
        Index("ix_record_scope_seq", "scope", "seq"),
        Index("ix_record_entity_scope", "entity", "scope"),
        Index("ix_record_blob", "blob"),
    )

    entity: str = Field(primary_key=True, max_length=32)
    id: str = Field(primary_key=True, max_length=36)
    version: int
    seq: int = Field(sa_type=BigInteger)
    scope: str = Field(max_length=80)
    deleted: bool = False
    blob: str | None = Field(default=None, max_length=64)
    # The record as canonical JSON text (written into pull pages as it is) and, per field, the
    # version/device/user/time of its last change (what the three-way merge decides by).
    doc: str = Field(sa_column=Column(Text, nullable=False))
    meta: str = Field(sa_column=Column(Text, nullable=False))


class User(ServerModel, table=True):
    __tablename__ = "app_user"

    id: str = Field(primary_key=True, max_length=80)
    name: str = Field(max_length=40)
    role: str = Field(max_length=16)
    password_hash: str = Field(max_length=300)
    active: bool = True
    created_at: datetime
    # Wrong passwords in a row; at LOCK_AFTER the account is locked until locked_until (an
    # admin `unlock` ends it early). A right password resets the count.
    failed_logins: int = 0
    locked_until: datetime | None = None


class UserScope(ServerModel, table=True):
    """A scope key a user works in: "grid:<area id>", "station:<org unit>", "window:<org unit>"."""

    __tablename__ = "user_scope"

    user_id: str = Field(primary_key=True, foreign_key="app_user.id", max_length=80)
    key: str = Field(primary_key=True, max_length=80)


class Device(ServerModel, table=True):
    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(foreign_key="app_user.id", max_length=80, index=True)
    name: str = Field(default="", max_length=120)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime
    last_seen_at: datetime | None = None
    revoked_at: datetime | None = None
    revoked_reason: str = Field(default="", max_length=400)
    # The device has every change up to here (it asked for more since this): tombstones at or
    # below every device's mark may be purged.
    pulled_seq: int = Field(default=0, sa_type=BigInteger)


class StoredAnswer(ServerModel, table=True):
    """The answer given to an op, repeated word for word when the op arrives again."""

    __tablename__ = "op_answer"

    op_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(max_length=36)
    at: datetime
    answer: str = Field(sa_column=Column(Text, nullable=False))


class AuditEntry(ServerModel, table=True):
    """The server's own audit trail (logins, pulls, downloads, pushes, admin actions), one
    hash chain: each entry's hash covers its content and the previous entry's hash, so a
    changed, removed or reordered entry breaks `admin audit verify`. Append-only: nothing in
    the server deletes or updates it (kept at least 6 months, Cybersecurity Law Art. 21)."""

    __tablename__ = "server_audit"

    seq: int = Field(primary_key=True, sa_type=BigInteger)
    at: datetime
    actor: str = Field(max_length=80)  # user id ("" when unknown, "admin" for the CLI)
    device: str = Field(default="", max_length=36)
    address: str = Field(default="", max_length=64)
    action: str = Field(max_length=40)
    target: str = Field(default="", max_length=200)
    detail: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class Blob(ServerModel, table=True):
    """A file whose bytes arrived whole and matched their sha256."""

    __tablename__ = "blob"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    created_by: str = Field(max_length=80)
    created_at: datetime


class Upload(ServerModel, table=True):
    """A resumable upload in progress, per device (a guessed hash reveals nothing)."""

    __tablename__ = "blob_upload"

    sha256: str = Field(primary_key=True, max_length=64)
    device_id: str = Field(primary_key=True, max_length=36)
    size: int
    received: int = 0
    updated_at: datetime


class AuditRecord(ServerModel, table=True):
    """A laptop's audit entry, uploaded as an append-only record (PIPL Arts. 55–56; 等保 2.0
    audit records protected from tampering). Checked against its hash and its link to the
    device's previous entry on arrival; never updated or deleted. `device_id` and `uploaded_by`
    come from the token, the rest is what the laptop recorded."""

    __tablename__ = "audit_record"
    __table_args__ = (UniqueConstraint("device_id", "local_id"),)

    id: int | None = Field(default=None, primary_key=True)
    device_id: str = Field(max_length=36, index=True)
    uploaded_by: str = Field(max_length=80)
    local_id: int = Field(sa_type=BigInteger)
    at: datetime
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    written_on: str = Field(max_length=36)
    action: str = Field(max_length=48)
    entity: str = Field(max_length=32)
    record_id: str = Field(max_length=36)
    detail: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    received_at: datetime


METADATA = ServerModel.metadata


def normalise_url(url: str) -> str:
    """`--db` takes a file path, sqlite:///…, or postgresql://… (psycopg 3 is the driver)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(begin: str) -> tuple[Callable[..., None], Callable[..., None]]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        # FULL: a commit is on disk before a push is answered. NORMAL may lose the last
        # commits to a power cut, and a server that forgets what it acknowledged makes
        # clients skip or (worse) delete what they hold.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return on_connect, on_begin


def _engine(url: str, begin: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, pool_size=8, max_overflow=8)
        on_connect, on_begin = _sqlite_pragmas(begin)
        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", on_begin)
        return engine
    return create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)


@dataclass
class ServerDB:
    """Two session factories: `write` for pushes (on SQLite, BEGIN IMMEDIATE takes the write
    lock up front) and `read` for pulls; on PostgreSQL both use one engine."""

    url: str
    write_engine: Engine
    read_engine: Engine
    blobs: Path

    @classmethod
    def open(cls, url: str, blobs: Path | None = None) -> ServerDB:
        url = normalise_url(url)
        write = _engine(url, "BEGIN IMMEDIATE")
        read = _engine(url, "BEGIN") if url.startswith("sqlite") else write
        if blobs is None:
            blobs = (
                Path(url.split("///", 1)[1]).parent / "blobs"
                if url.startswith("sqlite")
                else Path.cwd() / "gridwarden-blobs"
            )
        return cls(url, write, read, blobs)

    def writer(self) -> Session:
        return sessionmaker(self.write_engine, class_=Session, expire_on_commit=False)()

    def reader(self) -> Session:
        return sessionmaker(self.read_engine, class_=Session, expire_on_commit=False)()

    @property
    def is_postgres(self) -> bool:
        return self.url.startswith("postgresql")

    def close(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def upgrade(url: str) -> None:
    """Bring the server schema to the newest revision (Alembic, migrations/server)."""
    from alembic import command
    from alembic.config import Config

    url = normalise_url(url)
    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / "server"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    engine = _engine(url, "BEGIN")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def prepare(db: ServerDB) -> str:
    """Create the counter row and the server epoch on first start; return the epoch."""
    with db.writer() as session, session.begin():
        if session.get(ChangeCounter, 1) is None:
            session.add(ChangeCounter(id=1, seq=0))
        epoch = session.get(ServerInfo, "epoch")
        if epoch is None:
            epoch = ServerInfo(key="epoch", value=str(uuid.uuid4()))
            session.add(epoch)
        value = epoch.value
    db.blobs.mkdir(parents=True, exist_ok=True)
    return value


def head(session: Session) -> int:
    return int(
        session.execute(
            select(col(ChangeCounter.seq)).where(col(ChangeCounter.id) == 1)
        ).scalar_one()
    )


def utcnow() -> datetime:
    return SystemClock().now()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
