"""The store's SQLAlchemy dialects: compiled SQL is shared by every store engine of a process.

SQLAlchemy caches a statement's compiled SQL under a key that holds the dialect object, in a
cache each engine (and each mapper, for flushes) keeps. A new engine is a new dialect, so it
compiled every statement again: a store opened anew (after a lock, a passphrase change, a
migration, a restore; the test suite opens one per test) paid ~1 ms per statement, about 10 %
of the suite's CPU. Every store engine is made alike (`engine.make_engine`: one SQLite library,
no per-engine type or serializer options), so two dialects of one class compile every statement
alike: these compare equal by class, and the engines share one cache of compiled SQL.

SQLAlchemy asks every dialect class to say itself that caching is safe (supports_statement_cache).
"""

from __future__ import annotations

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.util import LRUCache

# The store's statements across every page, service and sync step, with room to spare (an
# engine's own cache holds 500).
COMPILED_SQL: LRUCache[object, object] = LRUCache(4000)


class _EqualByClass:
    """Equal to every dialect of the same class (the compiled-SQL caches' keys hold it)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


class PlainStoreDialect(_EqualByClass, SQLiteDialect_pysqlite):
    supports_statement_cache = True


class CipherStoreDialect(_EqualByClass, SQLiteDialect_pysqlcipher):
    supports_statement_cache = True


PLAIN = "sqlite+gwplain"
CIPHER = "sqlite+gwcipher"
registry.register("sqlite.gwplain", __name__, "PlainStoreDialect")
registry.register("sqlite.gwcipher", __name__, "CipherStoreDialect")
