"""The store is SQLCipher under a random data key wrapped by the passphrase (PIPL Art. 51)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import astuple
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from gridwarden.db import migrate
from gridwarden.db.engine import connect, is_plaintext
from gridwarden.paths import data_paths
from gridwarden.security import keys
from gridwarden.services.register import HouseholdDraft
from gridwarden.store import Store, StoreKeyMismatch, open_store
from tests.conftest import Places


def test_the_store_file_is_not_sqlite_and_sqlite3_cannot_read_it(
    store: Store, register: object, places: Places
) -> None:
    from gridwarden.services.register import RegisterService

    assert isinstance(register, RegisterService)
    register.save_household(HouseholdDraft(places.micro, "工农路12号"))
    store.close()
    head = store.paths.store.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert b"\xe5\xb7\xa5\xe5\x86\x9c\xe8\xb7\xaf" not in store.paths.store.read_bytes()  # 工农路
    with closing(sqlite3.connect(store.paths.store)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM household").fetchone()
    key = keys.unlock(store.paths.root, keys.TEST_PASSPHRASE)
    with closing(connect(store.paths.store, key)) as conn:
        assert conn.execute("SELECT address FROM household").fetchall() == [("工农路12号",)]


def test_a_wrong_passphrase_is_refused_clearly_and_changes_nothing(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    key = keys.create(paths.root, "correct horse", cost=keys.CHEAP_COST)
    open_store(paths, key).close()
    before = paths.store.read_bytes()
    with pytest.raises(keys.WrongPassphrase) as wrong:
        keys.unlock(paths.root, "wrong horse")
    assert str(wrong.value) == "口令不正确，数据未被改动。已连续错误 1 次。"
    assert paths.store.read_bytes() == before
    assert keys.unlock(paths.root, "correct horse") == key


def test_wrong_passphrases_are_slowed_down_and_the_count_survives(tmp_path: Path) -> None:
    keys.create(tmp_path, "correct horse", cost=keys.CHEAP_COST)
    for _ in range(3):
        with pytest.raises(keys.WrongPassphrase):
            keys.unlock(tmp_path, "guess", now=1000.0)
    assert keys.wait_needed(tmp_path, now=1000.0) == 2  # the 3rd failure starts the delay
    with pytest.raises(keys.TooSoon) as soon:
        keys.unlock(tmp_path, "correct horse", now=1001.0)  # even the right one must wait
    assert soon.value.wait_s == 1
    with pytest.raises(keys.WrongPassphrase) as fourth:
        keys.unlock(tmp_path, "guess", now=1002.0)
    assert fourth.value.wait_s == 4  # doubles each time
    assert len(keys.unlock(tmp_path, "correct horse", now=1006.0)) == 32
    assert keys.wait_needed(tmp_path, now=1006.0) == 0  # success clears the count


def test_a_key_file_that_does_not_fit_the_store_is_refused(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "a")
    open_store(paths, keys.create(paths.root, "first store", cost=keys.CHEAP_COST)).close()
    other = keys.create(data_paths(tmp_path / "b").root, "second store", cost=keys.CHEAP_COST)
    with pytest.raises(StoreKeyMismatch) as refused:
        open_store(paths, other)
    assert "数据未被改动" in str(refused.value)


def test_changing_the_passphrase_keeps_the_data_key(tmp_path: Path) -> None:
    key = keys.create(tmp_path, keys.DEMO_PASSPHRASE, demo=True, cost=keys.CHEAP_COST)
    assert keys.is_demo(tmp_path)
    keys.change_passphrase(tmp_path, keys.DEMO_PASSPHRASE, "a new phrase", cost=keys.CHEAP_COST)
    assert keys.unlock(tmp_path, "a new phrase") == key
    assert not keys.is_demo(tmp_path)
    with pytest.raises(keys.WeakPassphrase):
        keys.change_passphrase(tmp_path, "a new phrase", "short")


def _cost(root: Path) -> tuple[int, int, int]:
    record = json.loads(keys.key_path(root).read_text(encoding="utf-8"))
    return record["n"], record["r"], record["p"]


def test_the_demo_passphrase_is_wrapped_cheaply_and_a_real_one_at_the_products_cost(
    tmp_path: Path,
) -> None:
    """The demo's passphrase is printed on the sign-in screen: scrypt's cost would protect
    nothing there, only slow each demo start. The passphrase that replaces it gets the product's
    cost (a new store with a real passphrase: test_a_forgotten_passphrase_starts_over_...)."""
    key = keys.create(tmp_path, keys.DEMO_PASSPHRASE, demo=True)
    assert _cost(tmp_path) == (2**10, 8, 1) == astuple(keys.CHEAP_COST)
    assert keys.unlock(tmp_path, keys.DEMO_PASSPHRASE) == key
    # (that the re-wrapped key opens with the new passphrase: test_changing_the_passphrase_...)
    keys.change_passphrase(tmp_path, keys.DEMO_PASSPHRASE, "a new phrase")
    assert _cost(tmp_path) == (2**17, 8, 1) == astuple(keys.KdfCost())
    assert not keys.is_demo(tmp_path)


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate._alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_a_plaintext_store_from_every_revision_is_encrypted_intact(
    tmp_path: Path, revision: str
) -> None:
    paths = data_paths(tmp_path)
    migrate.upgrade(paths.store, paths.backups, None, target=revision)
    with closing(sqlite3.connect(paths.store)) as conn, conn:
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
    # an old plaintext backup too
    migrate.backup(paths.store, paths.backups, "old", None)
    key = keys.create(paths.root, "correct horse", cost=keys.CHEAP_COST)
    steps: list[str] = []
    store = open_store(paths, key, progress=steps.append)
    try:
        with store.sessions() as session:
            from sqlalchemy import text

            row = session.execute(text("SELECT address, tags FROM household")).one()
        assert tuple(row) == ("工农路12号", '["group_rental"]')
        assert store.migration.to_revision == migrate.head_revision()
    finally:
        store.close()
    assert steps[:2] == ["encrypt", "backup"]
    assert not is_plaintext(paths.store)
    leftovers = [p.name for p in paths.root.rglob("*") if p.is_file() and is_plaintext(p)]
    assert leftovers == []
    assert not list(paths.root.glob("*.plaintext")) and not list(paths.root.glob("*.converting"))
    backups = sorted(paths.backups.glob("*.sqlite"))
    assert any("encrypted" in p.name for p in backups)
    for copy in backups:
        with closing(connect(copy, key)) as conn:
            assert conn.execute("SELECT count(*) FROM household").fetchone() == (1,)
