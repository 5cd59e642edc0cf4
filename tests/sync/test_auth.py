"""Login keeps a device token in the OS keyring, never the password; every refusal is a clear
message: log in again, device revoked, update the app, no keyring on this machine."""

from __future__ import annotations

import json
from collections.abc import Callable

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.protocol.messages import PROTOCOL_HEADER
from gridwarden.server import admin
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.errors import SyncFailure
from gridwarden.sync.transport import Transport
from tests.sync.harness import PASSWORD, District, Laptop, MemoryKeyring


def test_the_token_goes_to_the_keyring_and_the_password_nowhere(
    laptop: Callable[[str], Laptop], memory_keyring: MemoryKeyring, server: ServerProcess
) -> None:
    wang = laptop("wang")
    [(service, account)] = memory_keyring.secrets
    assert service == "GridWarden" and account.startswith(server.url)
    assert memory_keyring.secrets[(service, account)] != PASSWORD
    wang.store.close()
    for path in wang.paths.root.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_wrong_password_and_expired_token_ask_for_a_login(
    laptop: Callable[[str], Laptop], memory_keyring: MemoryKeyring, server: ServerProcess
) -> None:
    wang = laptop("wang")
    with pytest.raises(SyncFailure) as wrong:
        wang.client.login(server.url, wang.settings.user_id, "not-the-password")
    assert wrong.value.kind == "auth" and "用户名或密码不正确" in str(wrong.value)
    # the server forgot the token (e.g. the user logged in on another install of this device)
    wang.login(server.url)
    memory_keyring.secrets = {k: "stale-token" for k in memory_keyring.secrets}
    wang.tokens = TokenStore()  # a restart: the token comes from the keyring
    wang.client.tokens = wang.tokens
    with pytest.raises(SyncFailure) as expired:
        wang.sync()
    assert expired.value.kind == "auth" and "请重新登录" in str(expired.value)
    assert wang.client.status().last_error.startswith("登录已失效")
    wang.login(server.url)
    wang.sync()
    assert wang.client.status().last_error == ""


def test_a_revoked_device_stops_and_says_why(
    laptop: Callable[[str], Laptop], server_db: ServerDB, district: District, server: ServerProcess
) -> None:
    wang = laptop("wang")
    wang.new_household(district.micro1, "工农路3号")
    admin.revoke_device(server_db, wang.store.device_id, "设备遗失")
    with pytest.raises(SyncFailure) as revoked:
        wang.sync()
    assert revoked.value.kind == "revoked" and "设备遗失" in str(revoked.value)
    status = wang.client.status()
    assert status.revoked and status.pending == 2 and not status.logged_in
    # logging in again on a revoked device is refused too
    with pytest.raises(SyncFailure) as again:
        wang.client.login(server.url, wang.settings.user_id, PASSWORD)
    assert again.value.kind == "revoked"


def test_an_outdated_client_is_told_to_update(server: ServerProcess) -> None:
    transport = Transport(server.url, "any-token")
    transport.http.headers[PROTOCOL_HEADER] = "0"
    with pytest.raises(SyncFailure) as outdated:
        transport.get_json("/sync/verify")
    assert outdated.value.kind == "outdated" and "版本过旧" in str(outdated.value)


def test_without_a_keyring_the_token_lasts_for_this_run_only(
    laptop: Callable[[str], Laptop], server: ServerProcess
) -> None:
    wang = laptop("wang")
    keyring.set_keyring(fail.Keyring())
    answer, persistent = wang.client.login(server.url, wang.settings.user_id, PASSWORD)
    assert not persistent and not wang.tokens.persistent
    wang.sync()  # works for this run
    wang.client.tokens = TokenStore()  # restart
    with pytest.raises(SyncFailure) as after_restart:
        wang.sync()
    assert after_restart.value.kind == "auth"
    assert answer.user_name == "王芳"


def test_network_down_is_a_retryable_message(laptop: Callable[[str], Laptop]) -> None:
    wang = laptop("wang")

    def remember(session: Session) -> None:
        from gridwarden.sync import local

        local.state(session).server_url = "http://127.0.0.1:9"  # nothing listens there

    wang.client._tx(remember)
    wang.tokens.save(wang.client.account("http://127.0.0.1:9", wang.store.device_id), "t")
    with pytest.raises(SyncFailure) as down:
        wang.sync()
    assert down.value.kind == "network" and down.value.retryable
    assert "无法连接同步服务器" in str(down.value)
    assert wang.client.status().failures == 1


def test_another_account_is_asked_before_it_takes_over_edits_waiting_to_be_pushed(
    laptop: Callable[[str], Laptop], server_db: ServerDB, district: District, server: ServerProcess
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "工农路5号")
    with pytest.raises(SyncFailure) as asked:
        wang.client.login(server.url, district.user("li"), PASSWORD)
    assert asked.value.kind == "switch_user"
    assert "本机还有 2 条由王芳录入、尚未上传的修改" in str(asked.value)
    status = wang.client.status()
    assert (status.user_id, status.pending, status.logged_in) == (district.user("wang"), 2, True)
    wang.login(server.url)  # the same account again: no question
    # li confirmed: wang's edits go up on li's login, as li's (the server stamps authorship from
    # the token that pushed them; the question said so). This computer's device id stays
    # wang's: li's login gets a device id of its own.
    answer, _ = wang.client.login(server.url, district.user("li"), PASSWORD, take_over_pending=True)
    assert answer.user_name == "李娜"
    wang.sync()
    assert wang.pending() == 0
    with server_db.reader() as session:
        doc = session.execute(
            select(col(Record.doc)).where(col(Record.id) == household)
        ).scalar_one()
    assert json.loads(doc)["address"] == "工农路5号"
    assert json.loads(doc)["updated_by"].startswith(district.user("li") + "@")
    assert not json.loads(doc)["updated_by"].endswith("@" + wang.store.device_id)
    # nothing waits now: logging back in as wang needs no question either
    wang.client.login(server.url, district.user("wang"), PASSWORD)
    assert wang.client.status().user_id == district.user("wang")


def test_a_disabled_user_stops_like_a_revoked_device_and_the_laptop_can_be_wiped(
    laptop: Callable[[str], Laptop], server_db: ServerDB, district: District
) -> None:
    from sqlalchemy import update

    from gridwarden.security.wipe import wipe
    from gridwarden.server.db import User

    wang = laptop("wang")
    wang.new_household(district.micro1, "工农路4号")
    with server_db.writer() as session, session.begin():
        session.execute(
            update(User).where(col(User.id) == wang.settings.user_id).values(active=False)
        )
    with pytest.raises(SyncFailure) as disabled:
        wang.sync()
    assert disabled.value.kind == "revoked" and "账号已被管理员停用" in str(disabled.value)
    assert wang.client.status().revoked
    paths = wang.paths
    wang.close()
    removed = wipe(paths, "user disabled")
    assert removed[:2] == ["store.key", "gridwarden.sqlite"]
    assert {"backups/", "attachments/", "exports/"} <= set(removed)
    assert not paths.store.exists() and not (paths.root / "store.key").exists()
