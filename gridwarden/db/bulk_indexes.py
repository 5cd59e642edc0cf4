"""Secondary indexes set aside while a first pull fills an empty store, and built again after.

A first pull writes ~400,000 records keyed by random UUIDs. Every secondary index of those
tables (a resident's household, its ID number, a household's micro-grid …) takes each row at a
random place in its B-tree, and each transaction rewrites (and SQLCipher re-encrypts) most of
its pages: with them the records went in at ~45,000 a second, without them at ~59,000, and
building the three big ones afterwards from the sorted rows takes ~0.7 s (100k households).

Only plain indexes are set aside (`CREATE INDEX …`): the unique ones enforce the data (the
primary keys the pull's upserts need, a grid event's number) and stay. The statements of those
set aside are kept in local_meta in the same transaction that drops them, so whatever stops the
pull — an error, a cancel, a kill — the next restore() builds exactly those again: the client
calls it when the pull ends, when a pull starts, and the store when it is opened.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from gridwarden.db import meta

log = logging.getLogger("gridwarden.store")
META_KEY = "bulk_load_indexes"  # the CREATE INDEX statements set aside, as a JSON list


def set_aside(session: Session, tables: Iterable[str]) -> int:
    """Drop the plain secondary indexes of these tables, noting their statements; how many."""
    names = sorted(set(tables))
    if not names:
        return 0
    held = [
        (name, sql)
        for name, sql in session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " AND tbl_name IN (SELECT value FROM json_each(:tables)) ORDER BY name"
            ),
            {"tables": json.dumps(names)},
        )
        if sql.upper().startswith("CREATE INDEX")
    ]
    if not held:
        return 0
    statements = [sql for _name, sql in held] + _waiting(session)
    _note(session, statements)
    for name, _sql in held:
        session.execute(text(f'DROP INDEX "{name}"'))
    return len(held)


def restore(session: Session) -> int:
    """Build again every index set aside (those that exist already are left); how many."""
    statements = _waiting(session)
    if not statements:
        return 0
    present = set(
        session.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
    )
    built = 0
    for sql in statements:
        if _index_name(sql) in present:
            continue
        try:
            with session.begin_nested():
                session.execute(text(sql))
            built += 1
        except OperationalError:
            # a migration run since (the app updated after a stopped pull) dropped the column
            # or the table: the index went with it
            log.warning("index not rebuilt: %s", _index_name(sql))
    meta.forget(session.connection(), META_KEY)
    return built


def waiting(session: Session) -> bool:
    """Whether indexes are set aside (a pull in progress, or one that was stopped)."""
    return bool(_waiting(session))


def _waiting(session: Session) -> list[str]:
    found = meta.read(session.connection(), META_KEY)
    return list(json.loads(found)) if found else []


def _note(session: Session, statements: list[str]) -> None:
    meta.write(session.connection(), META_KEY, json.dumps(statements, ensure_ascii=False))


def _index_name(sql: str) -> str:
    """The index a `CREATE INDEX name ON …` statement makes (quoted or not)."""
    name = sql.split(None, 3)[2]
    return name.strip('"`[]')
