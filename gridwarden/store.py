"""Opening the local store: encrypt an old plaintext store, migrate (after a backup), connect,
know this device."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.orm import configure_mappers
from sqlmodel import Session

from gridwarden import search_fts
from gridwarden.attachments import AttachmentStore
from gridwarden.clock import Clock, SystemClock
from gridwarden.db import bulk_indexes, migrate
from gridwarden.db.engine import SessionFactory, make_engine, make_session_factory
from gridwarden.errors import GridWardenError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message
from gridwarden.models import Household, LocalMeta, new_id
from gridwarden.paths import DataPaths
from gridwarden.security.convert import convert_store
from gridwarden.services.context import Actor, ServiceContext
from gridwarden.settings import Settings


@dataclass
class Store:
    paths: DataPaths
    engine: Engine
    sessions: SessionFactory
    device_id: str
    migration: migrate.MigrationResult
    # The data key (gridwarden.security.keys); None only for a plaintext benchmark baseline.
    key: bytes | None = None

    def make_engine(self, *, foreign_keys: bool = True) -> Engine:
        """Another engine on the same store (the sync client's), keyed like this one."""
        return make_engine(self.paths.store, self.key, foreign_keys=foreign_keys)

    def close(self) -> None:
        self.engine.dispose()

    def context(self, settings: Settings, clock: Clock | None = None) -> ServiceContext:
        actor = Actor(settings.user_id, settings.user_name, settings.user_role, self.device_id)
        return ServiceContext(
            self.sessions, clock or SystemClock(), actor, settings, self.paths, self.key
        )

    def is_empty(self) -> bool:
        with self.sessions() as session:
            return session.execute(select(Household.id).limit(1)).first() is None


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(LocalMeta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value


class StoreKeyMismatch(GridWardenError):
    pass


def prepare_models() -> None:
    """Set up the models' mappers (~25 ms), which the first query would otherwise do: the app
    calls it while the passphrase is typed, before the store can be opened."""
    configure_mappers()


def open_store(
    paths: DataPaths,
    key: bytes | None,
    progress: Callable[[str], None] | None = None,
) -> Store:
    """Open (and if needed convert and migrate) the store with its data key. `key=None` keeps a
    plaintext store: the benchmarks' comparison only, the app always passes a key."""
    if key is not None:
        convert_store(paths, key, progress)
        AttachmentStore(paths.attachments, key).encrypt_legacy()
    shutil.rmtree(paths.viewing, ignore_errors=True)  # copies left by a crash
    try:
        result = migrate.upgrade(paths.store, paths.backups, key, progress=progress)
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
        if "not a database" not in str(exc):
            raise
        raise StoreKeyMismatch(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "本地数据无法用这把密钥解开（密钥文件与数据不匹配），数据未被改动。"
                )
            )
        ) from None
    engine = make_engine(paths.store, key)
    sessions = make_session_factory(engine)
    with sessions() as session, session.begin():
        device_id = get_meta(session, "device_id")
        if device_id is None:
            device_id = new_id()
            set_meta(session, "device_id", device_id)
        # indexes a first pull set aside, if it was killed before building them again; and
        # the flag of a first search index it was writing (edits go to the index's tail while
        # it is set: see search_fts.FIRST_INDEX_KEY)
        if get_meta(session, bulk_indexes.META_KEY) is not None:
            bulk_indexes.restore(session)
        if get_meta(session, search_fts.FIRST_INDEX_KEY) is not None:
            search_fts.mark_first_index(session, running=False)
    return Store(paths, engine, sessions, device_id, result, key)
