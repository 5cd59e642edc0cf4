"""Opening the local store: migrate (after a backup), connect, know this device."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlmodel import Session

from gridwarden.clock import Clock, SystemClock
from gridwarden.db import migrate
from gridwarden.db.engine import SessionFactory, make_engine, make_session_factory
from gridwarden.models import Household, LocalMeta, new_id
from gridwarden.paths import DataPaths
from gridwarden.services.context import Actor, ServiceContext
from gridwarden.settings import Settings


@dataclass
class Store:
    paths: DataPaths
    engine: Engine
    sessions: SessionFactory
    device_id: str
    migration: migrate.MigrationResult

    def close(self) -> None:
        self.engine.dispose()

    def context(self, settings: Settings, clock: Clock | None = None) -> ServiceContext:
        actor = Actor(settings.user_id, settings.user_name, settings.user_role, self.device_id)
        return ServiceContext(self.sessions, clock or SystemClock(), actor, settings, self.paths)

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


def open_store(paths: DataPaths, progress: Callable[[str], None] | None = None) -> Store:
    result = migrate.upgrade(paths.store, paths.backups, progress=progress)
    engine = make_engine(paths.store)
    sessions = make_session_factory(engine)
    with sessions() as session, session.begin():
        device_id = get_meta(session, "device_id")
        if device_id is None:
            device_id = new_id()
            set_meta(session, "device_id", device_id)
    return Store(paths, engine, sessions, device_id, result)
