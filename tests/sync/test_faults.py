"""Faults between a laptop and the server: answers lost after the server committed, 500s before
and after commit, duplicated and reordered requests, a stalled transfer, a client killed in the
middle of a pull. After each, syncing again converges with nothing lost and nothing twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.db.engine import connect
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft
from gridwarden.sync.errors import SyncFailure
from tests.sync.faults import FaultProxy
from tests.sync.harness import District, Laptop

PUSH, PULL = "/api/v1/sync/push", "/api/v1/sync/pull"


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    running = FaultProxy(server.url)
    yield running
    running.close()


def _behind(proxy: FaultProxy, device: Laptop) -> Laptop:
    device.login(proxy.url)
    device.sync()
    return device


def _server_versions(db: ServerDB, entity: str, record_id: str) -> list[int]:
    with db.reader() as session:
        return list(
            session.execute(
                select(col(Record.version)).where(
                    col(Record.entity) == entity, col(Record.id) == record_id
                )
            ).scalars()
        )


@pytest.mark.parametrize(
    "kind", ["lose", "fail_before", "fail_after", "duplicate", "mangle", "truncate"]
)
def test_a_push_fault_then_a_retry_applies_every_op_exactly_once(
    kind: str,
    laptop: Callable[[str], Laptop],
    district: District,
    proxy: FaultProxy,
    server_db: ServerDB,
) -> None:
    wang = _behind(proxy, laptop("wang"))
    li = laptop("li")
    household = wang.new_household(district.micro1, "工农路21号")
    wang.register.save_household(
        HouseholdDraft(district.micro1, "工农路21号", ["rental"], "", household)
    )
    proxy.plan(PUSH, kind)
    if kind == "duplicate":
        wang.sync()  # the server saw the batch twice; the second answer settles it
    else:
        with pytest.raises(SyncFailure) as failed:
            wang.sync()
        assert failed.value.retryable
        assert wang.pending() == 3  # nothing is forgotten on a failure
        status = wang.client.status()
        assert status.failing_ops and status.failing_ops[0][2] == 1  # attempts counted
        wang.sync()
    assert wang.pending() == 0 and wang.conflicts() == []
    assert _server_versions(server_db, "household", household) == [2]  # created, edited: once
    li.sync()
    assert li.get("household", household).tags == ["rental"]
    residents = [
        r for r in li.snapshot(("resident",))["resident"].values() if r["household_id"] == household
    ]
    assert len(residents) == 1
    assert li.snapshot(("household", "resident")) == wang.snapshot(("household", "resident"))


@pytest.mark.parametrize("kind", ["lose", "fail_after", "duplicate", "mangle", "truncate"])
def test_a_pull_fault_then_a_retry_misses_nothing(
    kind: str, laptop: Callable[[str], Laptop], district: District, proxy: FaultProxy
) -> None:
    wang = laptop("wang")
    li = _behind(proxy, laptop("li"))
    for n in range(5):
        wang.new_household(district.micro1, f"工农路{30 + n}号")
    wang.sync()
    proxy.plan(PULL, kind)
    if kind == "duplicate":
        li.sync()
    else:
        with pytest.raises(SyncFailure):
            li.sync()
        li.sync()
    assert li.snapshot(("household", "resident")) == wang.snapshot(("household", "resident"))


def test_a_stale_request_arriving_after_a_newer_one_changes_nothing(
    laptop: Callable[[str], Laptop], district: District, proxy: FaultProxy, server_db: ServerDB
) -> None:
    wang = _behind(proxy, laptop("wang"))
    li = laptop("li")
    household = wang.new_household(district.micro1, "工农路41号")
    wang.sync()
    wang.client.stall_s = 1
    wang.register.save_household(
        HouseholdDraft(district.micro1, "工农路41号", [], "第一次", household)
    )
    proxy.plan(PUSH, "hold")
    with pytest.raises(SyncFailure) as stalled:
        wang.sync()  # the request hangs in the network; the watchdog cuts it
    assert stalled.value.kind == "stalled" and "没有响应" in str(stalled.value)
    assert proxy.held.is_set()
    wang.register.save_household(
        HouseholdDraft(district.micro1, "工农路41号", [], "第二次", household)
    )
    wang.sync()  # the newer request (both edits) arrives first
    proxy.release()  # then the stale one
    assert proxy.wait_released_request_done()
    li.sync()
    wang.sync()
    for device in (wang, li):
        assert device.get("household", household).notes == "第二次"
        assert device.conflicts() == []
    assert _server_versions(server_db, "household", household) == [3]


def _confirmed(conn: sqlite3.Connection) -> int:
    from gridwarden.protocol.registry import SPECS

    return sum(
        conn.execute(f"SELECT count(*) FROM {name} WHERE version > 0").fetchone()[0]
        for name in SPECS
    )


KILLED_PULL = textwrap.dedent(
    """
    import sys
    from gridwarden.paths import data_paths
    from gridwarden.security import keys
    from gridwarden.store import open_store
    from gridwarden.sync.client import SyncClient
    from gridwarden.sync.credentials import TokenStore

    root, url, token = sys.argv[1], sys.argv[2], sys.argv[3]
    paths = data_paths(root)
    store = open_store(paths, keys.unlock(paths.root, keys.TEST_PASSPHRASE))
    tokens = TokenStore()
    client = SyncClient(store, tokens, pull_limit=20)
    tokens._memory[client.account(url, store.device_id)] = token
    client.run_once(verify=False)
    print("finished", flush=True)
    """
)


def test_a_client_killed_mid_pull_leaves_a_consistent_store_and_resumes(
    laptop: Callable[[str], Laptop], district: District, proxy: FaultProxy, tmp_path: Path
) -> None:
    wang = laptop("wang")
    for n in range(40):
        wang.new_household(district.micro1, f"人民路{n + 1}号", head=f"居民{n}")
    wang.sync()
    li = Laptop(tmp_path, "li-new", district.user("li"), "李娜")  # a new laptop: pulls it all
    li.login(proxy.url)
    token = li.tokens.load(li.client.account(proxy.url, li.store.device_id))
    assert token
    li.client.close()
    li.store.close()
    proxy.plan(PULL, "hold", skip=2)  # two pages arrive, the third hangs
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_PULL, str(li.paths.root), proxy.url, token],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    try:
        assert proxy.held.wait(60), "the third page was never asked for"
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        proxy.release()
    with connect(li.paths.store, li.store.key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        cursor = conn.execute("SELECT cursor FROM sync_state").fetchone()[0]
        pulled = conn.execute("SELECT count(*) FROM household WHERE version > 0").fetchone()[0]
        # the stored pages and the cursor were written together: every change up to the
        # cursor is here, nothing past it
        past = conn.execute(
            "SELECT count(*) FROM household WHERE server_seq > ?", (cursor,)
        ).fetchone()[0]
        before = _confirmed(conn)
    # the third page is asked for while the second is stored: one or two pages of 20 are in
    assert cursor > 0 and past == 0 and before >= 20 and pulled < 40
    resumed = Laptop(li.paths.root.parent, li.paths.root.name, li.settings.user_id, "李娜")
    resumed.tokens.save(resumed.client.account(proxy.url, resumed.store.device_id), token)
    try:
        report = resumed.sync()
        with connect(li.paths.store, li.store.key) as conn:
            assert before + report.pulled == _confirmed(conn)  # nothing pulled twice
        assert report.pulled > 0  # it carried on from the cursor, not from zero
        assert resumed.snapshot(("household", "resident")) == wang.snapshot(
            ("household", "resident")
        )
    finally:
        resumed.close()
