"""The local SQLite store: one file, WAL, foreign keys on, a busy timeout.

pysqlite's own transaction handling defers BEGIN until the first write and never wraps reads; we
switch it off and emit BEGIN ourselves so that every Session is one real transaction (reads see
one snapshot, and a kill mid-write rolls the whole user action back).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

SessionFactory = Callable[[], Session]


def _pragmas(foreign_keys: bool) -> Callable[[sqlite3.Connection, Any], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        cursor.close()

    return on_connect


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """foreign_keys=False only for migrations: batch table rebuilds must not cascade."""
    engine = create_engine(f"sqlite:///{path}", pool_size=4, max_overflow=4)
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, class_=Session, expire_on_commit=False)
