"""A kill mid-write leaves a consistent store: each action is all there or not at all."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from gridwarden.db.engine import connect
from gridwarden.paths import data_paths
from gridwarden.store import open_store
from tests.conftest import store_key

WRITER = r"""
import sys
from datetime import date
from gridwarden.paths import data_paths
from gridwarden.settings import Settings
from gridwarden.store import open_store
from gridwarden.security import keys
from gridwarden.services.register import RegisterService, HouseholdDraft, ResidentDraft
paths = data_paths(sys.argv[1])
store = open_store(paths, keys.unlock(paths.root, keys.TEST_PASSPHRASE))
service = RegisterService(store.context(Settings()))
micro = sys.argv[2]
i = 0
while True:
    h = service.save_household(HouseholdDraft(micro, f"工农路{i}号")).primary_id
    service.save_resident(ResidentDraft(h, "张三"))
    i += 1
    if i == 5:
        print("writing", flush=True)
"""


def test_kill_during_writes_leaves_every_action_whole(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    key = store_key(paths.root)
    store = open_store(paths, key)
    with store.sessions() as session, session.begin():
        session.execute(sqlite3_insert_area())
    store.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), "m1"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    time.sleep(0.7)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    with connect(paths.store, key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        households = conn.execute("SELECT count(*) FROM household").fetchone()[0]
        residents = conn.execute("SELECT count(*) FROM resident").fetchone()[0]
        searchable = conn.execute("SELECT count(*) FROM household_search").fetchone()[0]
        ops = dict(conn.execute("SELECT entity, count(*) FROM outbox GROUP BY entity").fetchall())
        audits = dict(conn.execute("SELECT entity, count(*) FROM audit_log GROUP BY entity"))
    assert households >= 5
    assert residents in (households, households - 1)  # the kill may fall between two actions
    assert searchable == households
    assert ops == {"household": households, "resident": residents}
    assert audits == ops


def sqlite3_insert_area():  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(
        "INSERT INTO area (id, version, base_version, updated_at, updated_by, level, name,"
        " code) VALUES ('m1', 1, 1, '2026-01-01 00:00:00', 's', 'micro_grid', '微网格', '')"
    )


def test_store_reopens_after_the_kill(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    store = open_store(paths, store_key(paths.root))
    assert store.is_empty()
    store.close()
