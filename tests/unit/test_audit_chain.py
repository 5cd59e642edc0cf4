"""The local audit trail is a hash chain: a changed, inserted or deleted entry is named."""

from __future__ import annotations

import subprocess
import sys
from contextlib import closing
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlmodel import col, select

from gridwarden.db import migrate
from gridwarden.db.engine import connect
from gridwarden.models import AuditEntry
from gridwarden.security import audit, keys
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.store import Store, open_store
from tests.conftest import Places, present, store_key


def _entries(store: Store) -> list[AuditEntry]:
    with store.sessions() as session:
        return list(session.execute(select(AuditEntry).order_by(col(AuditEntry.id))).scalars())


def _three_actions(register: RegisterService, places: Places) -> str:
    household = register.save_household(HouseholdDraft(places.micro, "工农路12号")).primary_id
    assert household
    register.save_resident(ResidentDraft(household, "张三"))
    register.reveal_ids(household)
    return household


def test_entries_are_chained_as_they_are_written(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = _three_actions(register, places)
    entries = _entries(store)
    assert [e.action for e in entries] == [
        "household.create",
        "resident.create",
        "household.reveal_ids",
    ]
    assert entries[0].prev_hash == audit.GENESIS
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    assert entries[2].record_id == household
    with store.sessions() as session:
        verdict = audit.verify(session)
    assert verdict.intact and verdict.count == 3


def test_a_changed_entry_is_named(store: Store, register: RegisterService, places: Places) -> None:
    _three_actions(register, places)
    second = _entries(store)[1]
    with connect(store.paths.store, store.key) as conn:
        conn.execute("UPDATE audit_log SET actor_name = '李四' WHERE id = ?", (second.id,))
    with store.sessions() as session:
        verdict = audit.verify(session)
    assert verdict.broken_id == second.id and verdict.count == 1
    text = present(verdict.problem).render()
    assert f"第 {second.id} 条" in text and "resident.create" in text and "已被改动" in text


def test_a_deleted_entry_breaks_the_next_link(
    store: Store, register: RegisterService, places: Places
) -> None:
    _three_actions(register, places)
    _first, second, third = _entries(store)
    with connect(store.paths.store, store.key) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = ?", (second.id,))
    with store.sessions() as session:
        verdict = audit.verify(session)
    assert verdict.broken_id == third.id and verdict.count == 1
    assert verdict.problem is not None and "接不上" in verdict.problem.render()


def test_entries_written_before_the_chain_are_chained_by_the_migration(tmp_path: Path) -> None:
    from gridwarden.paths import data_paths

    paths = data_paths(tmp_path)
    key = store_key(paths.root)
    script = ScriptDirectory.from_config(migrate._alembic_config())
    before = script.get_revision("lap001").down_revision
    assert isinstance(before, str)
    migrate.upgrade(paths.store, paths.backups, key, target=before)
    with closing(connect(paths.store, key)) as conn, conn:
        for n in range(3):
            conn.execute(
                "INSERT INTO audit_log (at, actor_id, actor_name, device_id, action, entity,"
                " record_id, detail) VALUES (?, 'w', '王芳', 'd', 'household.edit', 'household',"
                " ?, ?)",
                (f"2026-11-0{n + 1} 08:00:00.000000", f"h{n}", '{"fields": ["notes"]}'),
            )
    store = open_store(paths, key)
    try:
        with store.sessions() as session:
            verdict = audit.verify(session)
        assert verdict.intact and verdict.count == 3
    finally:
        store.close()


def test_the_command_line_names_the_first_broken_link(
    store: Store, register: RegisterService, places: Places
) -> None:
    _three_actions(register, places)
    env = {"GRIDWARDEN_PASSPHRASE": keys.TEST_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "gridwarden", "--data-dir", str(store.paths.root)]
    ok = subprocess.run(
        [*command, "--verify-audit"], capture_output=True, text=True, env=env, timeout=120
    )
    assert ok.returncode == 0, ok.stderr
    assert "audit chain intact: 3 entries" in ok.stdout
    third = _entries(store)[2]
    with connect(store.paths.store, store.key) as conn:
        # the reveal moved to the day before
        conn.execute(
            "UPDATE audit_log SET at = '2026-11-28 02:00:00.000000' WHERE id = ?", (third.id,)
        )
    broken = subprocess.run(
        [*command, "--verify-audit"], capture_output=True, text=True, env=env, timeout=120
    )
    assert broken.returncode == 1
    assert f"audit chain broken at entry {third.id} (2 intact before it)" in broken.stdout
