"""More than one machine: two server processes on two ports, one PostgreSQL, a round-robin
proxy in front (what a province's load balancer does). The sync properties hold as with one
server: the random-edit state machine converges with nothing lost or duplicated, and devices
pushing at the same time through different processes leave a change sequence with no gaps and
no repeats that a fresh device pulls completely."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.server.db import Record, ServerDB, upgrade
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.services.register import HouseholdDraft
from tests.sync import pg
from tests.sync.faults import FaultProxy
from tests.sync.harness import Laptop, build_district
from tests.sync.test_stateful import TwoLaptops


@pytest.fixture(scope="module")
def two_servers(
    pg_base: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[list[ServerProcess], ServerDB]]:
    db_url = pg.fresh_database(pg_base)
    upgrade(db_url)  # once: the processes must not race to migrate
    blobs = tmp_path_factory.mktemp("blobs")  # shared, as a network file system would be
    servers = [start_server(db_url, blobs), start_server(db_url, blobs)]
    db = ServerDB.open(db_url)
    yield servers, db
    db.close()
    for server in servers:
        server.stop()


@pytest.fixture
def balancer(two_servers: tuple[list[ServerProcess], ServerDB]) -> Iterator[FaultProxy]:
    servers, _db = two_servers
    proxy = FaultProxy(servers[0].url, also=[servers[1].url])
    yield proxy
    proxy.close()


def test_requests_reach_both_processes(
    two_servers: tuple[list[ServerProcess], ServerDB], balancer: FaultProxy, tmp_path: Path
) -> None:
    servers, db = two_servers
    assert servers[0].url != servers[1].url
    district = build_district(db)
    device = Laptop(tmp_path, "wang", district.user("wang"), "王芳")
    try:
        device.login(balancer.url)
        report = device.sync()
        assert report.pulled == 9  # the district's areas and its department
        assert [f.status for f in balancer.seen] == [200] * len(balancer.seen)
        assert {f.target for f in balancer.seen} == {servers[0].url, servers[1].url}
    finally:
        device.close()


def test_state_machine_converges_across_two_servers(
    two_servers: tuple[list[ServerProcess], ServerDB], balancer: FaultProxy
) -> None:
    servers, db = two_servers
    TwoLaptops.server, TwoLaptops.db, TwoLaptops.proxy = servers[0], db, balancer
    run_state_machine_as_test(
        TwoLaptops,
        settings=settings(
            max_examples=4,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        ),
    )


def test_concurrent_pushes_through_both_servers_leave_no_gap(
    two_servers: tuple[list[ServerProcess], ServerDB], balancer: FaultProxy, tmp_path: Path
) -> None:
    servers, db = two_servers
    district = build_district(db)
    with db.reader() as session:
        before = int(session.execute(select(func.max(Record.seq))).scalar() or 0)
    writers = [
        Laptop(tmp_path, f"w{n}", district.user(short), name)
        for n, (short, name) in enumerate([("wang", "王芳"), ("li", "李娜"), ("zhao", "赵强")])
    ]
    micro = {"wang": district.micro1, "li": district.micro1b, "zhao": district.micro2}
    try:
        for n, device in enumerate(writers):
            device.login(servers[n % 2].url)  # each straight to one process, at the same time
            device.sync()
            short = ["wang", "li", "zhao"][n]
            for k in range(30):
                device.register.save_household(
                    HouseholdDraft(micro[short], f"桃坞路{n}号{k}室", [], "")
                )
        failures: list[BaseException] = []

        def push(device: Laptop) -> None:
            try:
                device.sync(verify=False)
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=push, args=(d,)) for d in writers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert failures == []
        assert [d.pending() for d in writers] == [0, 0, 0]
        with db.reader() as session:
            seqs = sorted(
                session.execute(select(col(Record.seq)).where(col(Record.seq) > before)).scalars()
            )
        # 90 households (and nothing else) numbered one after another: no gap, no repeat
        assert seqs == list(range(before + 1, before + 91))

        boss = Laptop(tmp_path, "boss", district.user("boss"), "周主任")
        try:
            boss.login(balancer.url)
            boss.sync()
            households = boss.snapshot(("household",))["household"]
            made = {f"桃坞路{n}号{k}室" for n in range(3) for k in range(30)}
            assert {doc["address"] for doc in households.values()} >= made
            assert len([d for d in households.values() if d["address"] in made]) == 90
        finally:
            boss.close()
    finally:
        for device in writers:
            device.close()


def test_server_processes_sharing_the_epoch_file_never_fail_or_lower_it(tmp_path: Path) -> None:
    """Found by the load test: two processes rewrote epoch.json through the same temporary
    name, and a push answered 500 when the other's rename had taken it away."""
    import json

    from gridwarden.server.epoch import EpochKeeper, epoch_file

    db_file = str(tmp_path / "district.sqlite")
    upgrade(db_file)
    db = ServerDB.open(db_file)
    try:
        keepers = [EpochKeeper(db), EpochKeeper(db)]  # one per server process
        epoch = keepers[0].start()
        assert keepers[1].start() == epoch
        failures: list[BaseException] = []

        def acknowledge(keeper: EpochKeeper, seqs: range) -> None:
            try:
                for seq in seqs:
                    keeper.advanced(seq)
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [
            threading.Thread(target=acknowledge, args=(keepers[n % 2], range(n, 400, 4)))
            for n in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        saved = json.loads(epoch_file(db).read_text(encoding="utf-8"))
        assert saved == {"epoch": epoch, "seq": 399}
        assert [p.name for p in epoch_file(db).parent.glob("*.tmp")] == []
    finally:
        db.close()
