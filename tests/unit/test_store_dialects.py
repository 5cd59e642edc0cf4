"""Store engines share their compiled SQL (gridwarden.db.dialects): a store opened second runs a
statement the first compiled without compiling it again, and still reads its own rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text
from sqlmodel import col

from gridwarden.db import dialects
from gridwarden.db.engine import make_engine
from gridwarden.models import Area, AreaLevel
from gridwarden.paths import data_paths
from gridwarden.store import Store, open_store
from tests.conftest import copy_template, store_key


def _store_with_area(root: Path, name: str) -> Store:
    paths = data_paths(root)
    copy_template(paths)
    store = open_store(paths, store_key(paths.root))
    with store.sessions() as session, session.begin():
        session.add(Area(level=AreaLevel.MICRO_GRID, name=name))
    return store


def test_a_second_store_reuses_the_first_stores_compiled_sql_and_reads_its_own_rows(
    tmp_path: Path,
) -> None:
    query = select(col(Area.name)).where(col(Area.name).in_(["东门", "西门"]))
    first = _store_with_area(tmp_path / "a", "东门")
    second = _store_with_area(tmp_path / "b", "西门")
    try:
        with first.engine.connect() as conn:
            result = conn.execute(query)
            assert result.scalars().all() == ["东门"]
        with second.engine.connect() as conn:
            result = conn.execute(query)
            assert result.context.cache_hit == second.engine.dialect.CACHE_HIT
            assert result.scalars().all() == ["西门"]
    finally:
        first.close()
        second.close()


def test_plain_and_encrypted_engines_keep_their_own_dialects(tmp_path: Path) -> None:
    """Only engines of one kind compare equal: a plain file's SQL is not an encrypted one's."""
    plain = make_engine(tmp_path / "plain.db", None)
    cipher = make_engine(tmp_path / "cipher.db", b"k" * 32)
    again = make_engine(tmp_path / "again.db", b"j" * 32)
    try:
        assert type(plain.dialect) is dialects.PlainStoreDialect
        assert type(cipher.dialect) is dialects.CipherStoreDialect
        assert cipher.dialect == again.dialect and cipher.dialect is not again.dialect
        assert plain.dialect != cipher.dialect
        with cipher.connect() as conn:
            assert conn.execute(text("SELECT 1 + 1")).scalar() == 2
        with plain.connect() as conn:
            assert conn.execute(text("SELECT 2 + 2")).scalar() == 4
    finally:
        for engine in (plain, cipher, again):
            engine.dispose()
