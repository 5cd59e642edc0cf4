"""Schema changes only through Alembic: head equals the models; old stores upgrade intact."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from gridwarden.db import migrate
from gridwarden.db.engine import connect, make_engine
from gridwarden.paths import data_paths
from gridwarden.search_fts import is_index_table
from tests.conftest import store_key


def test_upgrade_on_an_empty_store_equals_the_models(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    key = store_key(paths.root)
    result = migrate.upgrade(paths.store, paths.backups, key)
    assert result.from_revision is None and result.to_revision == migrate.head_revision()
    engine = make_engine(paths.store, key)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parent: (
                        not (kind == "table" and is_index_table(name))
                    ),
                },
            ),
            SQLModel.metadata,
        )
    engine.dispose()
    assert diff == []


def test_a_store_at_the_first_revision_upgrades_with_its_data_and_a_backup(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    script = ScriptDirectory.from_config(migrate._alembic_config())
    first = script.get_base()
    assert isinstance(first, str)
    key = store_key(paths.root)
    migrate.upgrade(paths.store, paths.backups, key, target=first)
    with connect(paths.store, key) as conn:
        conn.execute(
            "INSERT INTO area (id, version, base_version, updated_at, updated_by, level,"
            " name, code) VALUES ('a1', 1, 1, '2026-01-01 00:00:00', 's', 'micro_grid',"
            " '第1-1微网格', '')"
        )
        conn.execute(
            "INSERT INTO household (id, version, base_version, updated_at, updated_by,"
            " micro_grid_id, address, tags, notes) VALUES ('h1', 1, 1,"
            " '2026-01-01 00:00:00', 's', 'a1', '工农路12号', '[\"group_rental\"]', '')"
        )
    result = migrate.upgrade(paths.store, paths.backups, key)
    assert result.to_revision == migrate.head_revision()
    with connect(paths.store, key) as conn:
        row = conn.execute("SELECT address, tags FROM household WHERE id='h1'").fetchone()
    assert row == ("工农路12号", '["group_rental"]')
    if result.changed:  # only when there is more than one revision
        assert result.backup is not None and result.backup.exists()
        with connect(result.backup, key) as conn:
            assert conn.execute("SELECT count(*) FROM household").fetchone() == (1,)


def test_a_current_store_is_neither_migrated_nor_backed_up(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    key = store_key(paths.root)
    migrate.upgrade(paths.store, paths.backups, key)
    again = migrate.upgrade(paths.store, paths.backups, key)
    assert not again.changed and again.backup is None
    assert list(paths.backups.iterdir()) == []


def test_the_quick_head_check_agrees_with_alembic() -> None:
    assert migrate.quick_head() == migrate.head_revision()
