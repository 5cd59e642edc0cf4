"""Finding 4: logins are throttled per user and per address, wrong passwords lock an account
for a while (an admin may unlock it), unknown users answer as slowly as known ones, a login
flood does not stall everyone's sync, and weak passwords are refused. Hashes the product makes
have its scrypt cost, and hashes from before the cost was recorded still log their users in."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gridwarden.server import admin
from gridwarden.server.auth import (
    CHEAP_COST,
    DUMMY_HASH,
    PASSWORD_COST,
    password_cost,
)
from gridwarden.server.db import ServerDB, User
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.sync.errors import SyncFailure
from tests.conftest import present
from tests.security import wire
from tests.sync.harness import PASSWORD, District, Laptop, add_user
from tests.unit.test_password_hash import FIRST_FORMAT


def _attempt(url: str, user: str, password: str) -> tuple[int, str, float]:
    started = time.perf_counter()
    answer = wire.login(url, user, password, str(uuid.uuid4()))
    return answer.status_code, answer.json().get("code", ""), time.perf_counter() - started


def test_wrong_passwords_lock_the_account_until_an_admin_unlocks_it(
    server: ServerProcess, server_db: ServerDB, district: District, tmp_path: Path
) -> None:
    li = district.user("li")
    for _ in range(5):
        assert _attempt(server.url, li, "guess-guess-1")[:2] == (401, "bad_credentials")
    # the right password now meets a locked account
    assert _attempt(server.url, li, PASSWORD)[:2] == (423, "account_locked")
    with server_db.reader() as session:
        locked = session.get(User, li)
        assert locked is not None and locked.locked_until is not None
    device = Laptop(tmp_path, "li-locked", li, "李娜")
    try:
        with pytest.raises(SyncFailure) as refused:
            device.login(server.url)
        assert "账号已暂时锁定" in str(refused.value)
        admin.unlock(server_db, li)
        device.login(server.url)
        assert device.client.status().logged_in
    finally:
        device.close()


def _product_user(db: ServerDB, district: District) -> str:
    """A user hashed at the product's cost (the district's users are cheap: tests.sync.harness)."""
    user_id = f"slow-{district.suffix}"
    admin.create_user(db, user_id, "严格", "warden", PASSWORD)
    return user_id


def test_unknown_users_take_as_long_as_known_ones(
    server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    slow = _product_user(server_db, district)
    known, unknown = [], []
    for i in range(5):  # taken in turn, so that a burst of load on the machine hits both
        known.append(_attempt(server.url, slow, "not-it-123")[2])
        unknown.append(_attempt(server.url, f"nobody-{i}", "not-it-123")[2])
    # The fastest of each series: load on a shared machine only ever adds time, so the minimum
    # is the cost itself. Both pay for one scrypt (~30 ms); before, an unknown user answered in
    # ~3 ms.
    # A known user's wrong password also writes its failure count (an fsync on SQLite), so it
    # can take about twice the one scrypt both pay; an unknown user without the scrypt answered
    # in a tenth of it.
    known_ms, unknown_ms = min(known) * 1000, min(unknown) * 1000
    assert unknown_ms > 0.3 * known_ms, (known, unknown)
    assert unknown_ms > 10


@pytest.fixture
def strict(tmp_path: Path) -> Iterator[ServerProcess]:
    """A server with small login limits (the module's server keeps the defaults)."""
    running = start_server(
        str(tmp_path / "strict.sqlite"),
        tmp_path / "blobs",
        extra=["--login-per-user", "4/minute", "--login-per-address", "7/minute"],
    )
    db = ServerDB.open(running.db_url)
    try:
        for short in ("a", "b"):
            add_user(db, f"{short}-user", short, "warden")
    finally:
        db.close()
    yield running
    running.stop()


def test_login_attempts_are_throttled_per_user_and_per_address(strict: ServerProcess) -> None:
    for _ in range(4):
        assert _attempt(strict.url, "a-user", "wrong-wrong-1")[0] == 401
    status, code, took = _attempt(strict.url, "a-user", PASSWORD)
    assert (status, code) == (429, "too_many_attempts")
    assert took < 0.5  # refused before any password is hashed
    answer = wire.login(strict.url, "a-user", PASSWORD, "d-x")
    assert 1 <= int(answer.headers["Retry-After"]) <= 60
    # the address has 3 failures left: spraying other user names uses them up
    for name in ("b-user", "x1", "x2"):
        assert _attempt(strict.url, name, "wrong-wrong-1")[0] == 401
    assert _attempt(strict.url, "b-user", PASSWORD)[:2] == (429, "too_many_attempts")


def test_a_login_flood_does_not_stall_a_colleagues_sync(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = laptop("wang")
    slow = _product_user(server_db, district)  # each login pays the product's scrypt
    stop = threading.Event()
    logins = {"n": 0}

    def flood() -> None:
        device = str(uuid.uuid4())
        while not stop.is_set():
            wire.login(server.url, slow, PASSWORD, device)
            logins["n"] += 1

    threads = [threading.Thread(target=flood) for _ in range(3)]  # a login always hashing
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.5)
        took = []
        for i in range(5):
            wang.new_household(district.micro1, f"洪流路{i}号")
            started = time.perf_counter()
            assert wang.sync().pushed == 2
            took.append(time.perf_counter() - started)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert logins["n"] >= 10
    # before: a login held the write lock while hashing (p50 3.5 s, max 18 s under a flood)
    assert statistics.median(took) < 1.5, took


def test_weak_passwords_are_refused(server_db: ServerDB, district: District) -> None:
    for weak, why in (
        ("12345678", "at least 10"),
        ("1234567890", "digits only"),
        ("password123", "too common"),
        ("aaaaaaaaaaaa", "too few"),
        (f"{district.user('wang')}-2026", "user name"),
    ):
        with pytest.raises(admin.AdminError) as refused:
            admin.create_user(server_db, district.user("wang"), "弱", "warden", weak)
        assert why in str(refused.value)
        with pytest.raises(admin.AdminError):
            admin.reset_password(server_db, district.user("wang"), weak)
    admin.create_user(server_db, f"ok-{uuid.uuid4().hex[:6]}", "强", "warden", "Lin-2026-tide")


def test_a_user_hashed_in_the_first_format_still_logs_in(
    server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    """A server database made before hashes carried their cost holds `scrypt$salt$digest`."""
    li = district.user("li")
    with server_db.writer() as session, session.begin():
        present(session.get(User, li)).password_hash = FIRST_FORMAT  # of PASSWORD
    assert _attempt(server.url, li, "correct-horse-2")[:2] == (401, "bad_credentials")
    assert _attempt(server.url, li, PASSWORD)[0] == 200
    with server_db.reader() as session:  # checked as it is, not re-hashed at the login
        assert present(session.get(User, li)).password_hash == FIRST_FORMAT


def test_every_hash_the_product_makes_has_the_products_cost(
    server_db: ServerDB, district: District
) -> None:
    made = _product_user(server_db, district)
    wang = district.user("wang")
    with server_db.reader() as session:  # the district's test users are cheap
        assert password_cost(present(session.get(User, wang)).password_hash) == CHEAP_COST
    admin.reset_password(server_db, wang, "Lin-2026-tide")
    with server_db.reader() as session:
        hashes = [present(session.get(User, who)).password_hash for who in (made, wang)]
    assert [password_cost(h) for h in (*hashes, DUMMY_HASH)] == [PASSWORD_COST] * 3
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)
