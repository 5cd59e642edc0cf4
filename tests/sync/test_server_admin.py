"""The server's admin command line, tombstone purging, and the change order under concurrent
pushes: a device pulling while others push never skips a change."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.server import admin
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.sync.errors import SyncFailure
from tests.conftest import present
from tests.sync.admin_cli import Ran, run_admin, run_admin_process
from tests.sync.harness import District, Laptop

pytestmark = pytest.mark.private_server(
    "the tombstone test revokes every other device on the server and counts those in service"
)


def _admin(server: ServerProcess, *args: str, stdin: str = "") -> Ran:
    return run_admin(server.db_url, *args, stdin=stdin)


def test_the_admin_command_line_manages_users_and_devices(
    server: ServerProcess, district: District, tmp_path: Path
) -> None:
    """The one test that runs the admin command line as its own process (`python -m
    gridwarden.server.admin`), end to end: a password read from standard input, and a name in
    Chinese in what it prints. The other admin commands of the tests call its main() in the
    test process (tests/sync/admin_cli.py)."""
    user = f"clerk-{district.suffix}"
    made = run_admin_process(
        server.db_url,
        *("create-user", user, "--name", "陈静", "--role", "clerk"),
        stdin="window-pass-1\n",
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"created {user} (clerk)\n"
    wrong = _admin(server, "assign", user, "--grid", district.grid1)
    assert wrong.returncode == 1 and "window" in wrong.stderr  # a clerk works at a window
    assert _admin(server, "assign", user, "--window", "w1").stdout.strip() == "window:w1"
    listed = run_admin_process(server.db_url, "list-users")
    assert listed.returncode == 0, listed.stderr
    assert f"{user}\t陈静\tclerk\twindow:w1" in listed.stdout

    wang = Laptop(tmp_path, "wang", district.user("wang"), "王芳")
    try:
        wang.login(server.url)
        devices = _admin(server, "list-devices").stdout
        assert wang.store.device_id in devices and "active" in devices
        revoked = _admin(server, "revoke-device", wang.store.device_id, "--reason", "遗失")
        assert revoked.returncode == 0
        with pytest.raises(SyncFailure) as stopped:
            wang.sync()
        assert stopped.value.kind == "revoked" and "遗失" in str(stopped.value)
    finally:
        wang.close()
    li = Laptop(tmp_path, "li", district.user("li"), "李娜")
    try:
        li.login(server.url)
        marked = _admin(server, "wipe-device", li.store.device_id, "--reason", "笔记本被盗")
        assert marked.returncode == 0 and "marked" in marked.stdout
        with pytest.raises(SyncFailure) as told:
            li.sync()
        assert told.value.kind == "revoked"  # the window wipes on this answer (test_sync_ui)
        assert "管理员已标记清除本机数据：笔记本被盗" in str(told.value)
    finally:
        li.close()


def test_tombstones_go_once_every_device_has_pulled_past_them(
    laptop: Callable[[str], Laptop], district: District, server_db: ServerDB
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "工农路61号")
    resident = next(iter(wang.snapshot(("resident",))["resident"]))
    wang.register.remove_resident(resident, "迁出")
    wang.sync()
    assert admin.purge_tombstones(server_db) == 0  # li has not seen the deletion yet
    li.sync()
    wang.sync()
    li.sync()  # each device asks past the tombstone once more: both have it
    # devices of other tests on this shared server are retired, as an administrator retires
    # laptops no longer in use: a tombstone waits only for devices still in service
    ours = {wang.store.device_id, li.store.device_id}
    for device in admin.devices(server_db):
        if device.id not in ours and device.revoked_at is None:
            admin.revoke_device(server_db, device.id, "设备已停用")
    in_service = [d for d in admin.devices(server_db) if d.revoked_at is None]
    assert {d.id for d in in_service} == ours
    assert all(d.pulled_seq >= _seq(server_db, resident) for d in in_service)
    assert admin.purge_tombstones(server_db) >= 1
    with server_db.reader() as session:
        assert session.get(Record, ("resident", resident)) is None
        assert present(session.get(Record, ("household", household))).deleted is False


def _seq(db: ServerDB, record_id: str) -> int:
    with db.reader() as session:
        return int(
            session.execute(select(col(Record.seq)).where(col(Record.id) == record_id)).scalar_one()
        )


def test_a_device_pulling_during_concurrent_pushes_misses_nothing(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    pushers = [laptop("wang"), laptop("li")]
    puller = laptop("li")
    created: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    def push(device: Laptop, n: int) -> None:
        for batch in range(6):
            for k in range(4):
                household = device.new_household(district.micro1, f"并发路{n}-{batch}-{k}号")
                with lock:
                    created.append(household)
            device.sync(verify=False)

    def pull() -> None:
        while not done.is_set():
            puller.sync(verify=False)

    threads = [threading.Thread(target=push, args=(d, n)) for n, d in enumerate(pushers)]
    reader = threading.Thread(target=pull)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()
    puller.sync(verify=False)  # only what is past its cursor: a skipped change would stay missing
    assert set(created) <= puller.ids("household")
    assert len(created) == 48
