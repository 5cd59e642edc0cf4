"""Finding 5: tokens end after an idle period (each use renews them), and an administrator can
end an account's access: disable (devices refused at once), reset the password (every token
ends), take a scope away, revoke all of a user's devices."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gridwarden.server import admin
from gridwarden.server.db import ServerDB
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.sync.errors import SyncFailure
from tests.security import wire
from tests.sync.admin_cli import Ran, run_admin
from tests.sync.harness import PASSWORD, District, Laptop, build_district


@pytest.fixture
def short_idle(tmp_path: Path) -> Iterator[tuple[ServerProcess, ServerDB]]:
    """Tokens idle for 2 s expire (0.0000232 days)."""
    running = start_server(
        str(tmp_path / "idle.sqlite"), tmp_path / "blobs", extra=["--token-idle-days", "0.0000232"]
    )
    db = ServerDB.open(running.db_url)
    yield running, db
    db.close()
    running.stop()


def test_an_idle_token_expires_and_each_use_renews_it(
    short_idle: tuple[ServerProcess, ServerDB],
) -> None:
    server, db = short_idle
    district = build_district(db)
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    for _ in range(4):  # used every 0.8 s for 3.2 s: still valid (renewed)
        time.sleep(0.8)
        assert wire.get(server.url, "/sync/verify", token).status_code == 200
    time.sleep(2.6)
    answer = wire.get(server.url, "/sync/verify", token)
    assert (answer.status_code, answer.json()["code"]) == (401, "token_expired")


def _admin(db_url: str, *args: str, stdin: str = "") -> Ran:
    return run_admin(db_url, *args, stdin=stdin)


def test_disable_user_stops_every_device_at_once_and_enable_brings_it_back(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = laptop("wang")
    other = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    done = _admin(server.db_url, "disable-user", district.user("wang"), "--reason", "调离")
    assert done.returncode == 0, done.stderr
    with pytest.raises(SyncFailure) as refused:
        wang.sync()
    assert refused.value.kind == "revoked" and "账号已被管理员停用" in str(refused.value)
    assert wire.get(server.url, "/sync/verify", other).json()["code"] == "user_disabled"
    # and no new device either: a disabled account cannot log in anywhere
    assert wire.login(server.url, district.user("wang"), PASSWORD, "new-pc").status_code == 401
    assert _admin(server.db_url, "enable-user", district.user("wang")).returncode == 0
    wang.login(server.url)
    assert wang.sync().pushed == 0


def test_reset_password_ends_every_token_and_only_the_new_password_works(
    laptop: Callable[[str], Laptop], server: ServerProcess, district: District
) -> None:
    li = laptop("li")
    done = _admin(server.db_url, "reset-password", district.user("li"), stdin="Tide-2026-new\n")
    assert done.returncode == 0 and "1 device(s) must log in again" in done.stdout
    with pytest.raises(SyncFailure) as expired:
        li.sync()
    assert expired.value.kind == "auth"
    with pytest.raises(SyncFailure):
        li.login(server.url)  # the old password
    li.login(server.url, "Tide-2026-new")
    assert li.client.status().logged_in
    weak = _admin(server.db_url, "reset-password", district.user("li"), stdin="12345678\n")
    assert weak.returncode == 1 and "at least 10" in weak.stderr


def test_unassign_takes_a_grid_away_and_revoke_user_devices_ends_them_all(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "收回路1号")
    wang.sync()
    done = _admin(server.db_url, "unassign", district.user("wang"), "--grid", district.grid1)
    assert done.returncode == 0, done.stderr
    assert f"grid:{district.grid1}" not in dict(
        (u, keys) for u, _n, _r, keys in admin.users(server_db)
    ).get(district.user("wang"), [])
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    ids = wire.get(server.url, "/sync/ids", token, params={"entity": "household"}).json()["ids"]
    assert household not in [rid for rid, _v in ids]
    done = _admin(server.db_url, "revoke-user-devices", district.user("wang"), "--reason", "离职")
    assert done.returncode == 0 and "revoked 2 device(s)" in done.stdout
    with pytest.raises(SyncFailure) as revoked:
        wang.sync()
    assert revoked.value.kind == "revoked" and "离职" in str(revoked.value)
    assert wire.get(server.url, "/sync/verify", token).json()["code"] == "device_revoked"
