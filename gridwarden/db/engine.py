"""The local SQLite store: one file, WAL, foreign keys on, a busy timeout, encrypted.

The store is SQLCipher (sqlcipher3, SQLAlchemy's `sqlite+pysqlcipher` dialect, as
dialects.CipherStoreDialect) keyed with the raw 256-bit data key (`PRAGMA key = "x'…'"`), so
no per-connection PBKDF2 runs: the passphrase work happens once, when the key file is unlocked
(gridwarden.security.keys). `key=None` opens a plain SQLite file: only the conversion of old
stores and the benchmarks' baseline use it.

pysqlite's own transaction handling defers BEGIN until the first write and never wraps reads; we
switch it off and emit BEGIN ourselves so that every Session is one real transaction (reads see
one snapshot, and a kill mid-write rolls the whole user action back).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool
from sqlmodel import Session as Session  # re-exported: the shell types its reads with it

from gridwarden.db import dialects
from gridwarden.db.header import PLAIN_HEADER as PLAIN_HEADER
from gridwarden.db.header import is_plaintext as is_plaintext

SessionFactory = Callable[[], Session]


PAGE_CACHE_KB = 4000  # per connection of the app's engine (see _pragmas)


def _pragmas(foreign_keys: bool, encrypted: bool) -> Callable[[sqlite3.Connection, Any], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if encrypted:
            cipher_settings(cursor)  # before the first read (the journal mode below reads)
            # SQLCipher decrypts a page each time it is read from the file (from the OS's
            # file cache: ~3 us a page), so a page cache keeps the hot pages decrypted. 4 MB a
            # connection (SQLite's default is 2 MB): the register's search reads a few hundred
            # pages and answers as fast as with 32 MB, while 32 MB let the app's few pooled
            # connections keep ~25 MB of pages read once (the register's full id list walks
            # its whole order index) after a start at 100,000 households (issue 15's memory
            # figure: 193 MB there, 178 MB at 4 MB). The sync client sets its own (64 MB).
            cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KB}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        cursor.close()

    return on_connect


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


# SQLCipher 4's page format, but each page authenticated with HMAC-SHA256 instead of SHA512:
# CPUs have SHA-256 instructions (SHA-NI), so a full scan of a 100k store costs ~2.8x plaintext
# instead of ~3.4x (benchmarks --only encryption). Set on every connection before its first read.
CIPHER_PRAGMAS = ("cipher_hmac_algorithm = HMAC_SHA256",)


def cipher_settings(conn: Any, schema: str = "") -> None:
    prefix = f"{schema}." if schema else ""
    for pragma in CIPHER_PRAGMAS:
        conn.execute(f"PRAGMA {prefix}{pragma}")


def raw_key(key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as is, without its own key derivation."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{key.hex()}'"


def connect(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A bare DB-API connection (backups, revision checks, tests), keyed like the engine's."""
    if key is None:
        return sqlite3.connect(path)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{raw_key(key)}"')
    cipher_settings(conn)
    return conn  # type: ignore[return-value]  # the same DB-API surface


def make_engine(path: Path, key: bytes | None, *, foreign_keys: bool = True) -> Engine:
    """foreign_keys=False only for migrations: batch table rebuilds must not cascade.

    Database errors are logged without their parameters (hide_parameters): a failed INSERT
    must not write a resident's name, ID number or phone into the log (PIPL Art. 51)."""
    if key is None:
        url = URL.create(dialects.PLAIN, database=str(path))
    else:
        url = URL.create(dialects.CIPHER, password=raw_key(key), database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
        execution_options={"compiled_cache": dialects.COMPILED_SQL},  # shared: see dialects
    )
    event.listen(engine, "connect", _pragmas(foreign_keys, key is not None))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    from gridwarden.security import audit  # imports the models

    factory = sessionmaker(engine, class_=Session, expire_on_commit=False)
    audit.attach(factory)  # every audit entry is hash-chained as it is written
    return factory
