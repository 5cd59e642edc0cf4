"""Finding 1: the server speaks HTTPS (--ssl-certfile/--ssl-keyfile); the client refuses
http:// to anything but this computer, trusts a district's own CA when told to, and explains a
certificate it cannot trust instead of going on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.sync.errors import SyncFailure
from gridwarden.sync.transport import check_address
from tests.security.tls import Authority
from tests.sync.harness import District, Laptop

pytestmark = pytest.mark.private_server("HTTPS with a certificate of this module's CA")


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    return Authority(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def server(
    fresh_db: str, ca: Authority, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """This module's server serves HTTPS only, with a certificate for localhost/127.0.0.1."""
    cert, key = ca.server_cert(["localhost", "127.0.0.1"])
    running = start_server(
        fresh_db,
        tmp_path_factory.mktemp("blobs"),
        extra=["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        host="localhost",
    )
    yield running
    running.stop()


def _laptop(root: Path, district: District, short: str, name: str, ca: str) -> Laptop:
    device = Laptop(root, f"{short}-tls", district.user(short), name)
    device.client.ca_bundle = ca
    return device


def test_two_laptops_sync_over_tls_with_the_districts_own_ca(
    tmp_path: Path, server: ServerProcess, server_db: ServerDB, district: District, ca: Authority
) -> None:
    assert server.url.startswith("https://localhost:")
    wang = _laptop(tmp_path, district, "wang", "王芳", str(ca.bundle))
    li = _laptop(tmp_path, district, "li", "李娜", str(ca.bundle))
    try:
        wang.login(server.url)
        li.login(server.url)
        wang.sync()
        household = wang.new_household(district.micro1, "加密路1号")
        assert wang.sync().pushed == 2
        li.sync()
        assert li.get("household", household).address == "加密路1号"
        with server_db.reader() as session:
            doc = session.execute(
                select(col(Record.doc)).where(col(Record.id) == household)
            ).scalar_one()
        assert json.loads(doc)["address"] == "加密路1号"
    finally:
        wang.close()
        li.close()


def test_an_untrusted_certificate_is_explained_and_never_bypassed(
    tmp_path: Path, server: ServerProcess, district: District
) -> None:
    # no district CA configured: the system store does not know the throwaway CA
    wang = _laptop(tmp_path, district, "wang", "王芳", "")
    try:
        with pytest.raises(SyncFailure) as refused:
            wang.login(server.url)
        assert refused.value.kind == "tls"
        text = str(refused.value)
        assert "无法安全连接同步服务器" in text and "不会绕过证书检查" in text
        assert "不是由受信任的机构签发的" in text
        assert wang.client.status().logged_in is False
    finally:
        wang.close()


def test_an_impostor_with_another_cas_certificate_is_refused(
    tmp_path: Path, backend: str, server: ServerProcess, district: District, ca: Authority
) -> None:
    # an on-path attacker presents a certificate for the right name from a CA of their own
    rogue = Authority(tmp_path / "rogue", name="Rogue CA")
    cert, key = rogue.server_cert(["localhost", "127.0.0.1"], stem="impostor")
    impostor = start_server(
        str(tmp_path / "impostor.sqlite"),
        tmp_path / "impostor-blobs",
        extra=["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        host="localhost",
    )
    wang = _laptop(tmp_path, district, "wang", "王芳", str(ca.bundle))
    try:
        with pytest.raises(SyncFailure) as refused:
            wang.login(impostor.url)
        assert refused.value.kind == "tls"
        # the right server with the right CA still works
        wang.login(server.url)
        assert wang.sync().pulled >= 0 and wang.client.status().logged_in
    finally:
        wang.close()
        impostor.stop()


def test_a_certificate_for_another_name_or_expired_is_refused_with_the_reason(
    tmp_path: Path, ca: Authority
) -> None:
    """Once, not per back end: the servers here are SQLite ones of the test's own, and the
    login stops at the certificate, before any user is looked up (it ran on both back ends
    before, the same SQLite servers twice)."""
    cases = {
        "other-name": (ca.server_cert(["gw.other-district.gov.cn"], stem="other"), "名称"),
        "expired": (ca.server_cert(["localhost"], expired=True, stem="expired"), "过期"),
    }
    for label, ((cert, key), reason) in cases.items():
        running = start_server(
            str(tmp_path / f"{label}.sqlite"),
            tmp_path / f"{label}-blobs",
            extra=["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
            host="localhost",
        )
        wang = Laptop(tmp_path / label, "wang-tls", "wang-nobody", "王芳")
        wang.client.ca_bundle = str(ca.bundle)
        try:
            with pytest.raises(SyncFailure) as refused:
                wang.login(running.url)
            assert refused.value.kind == "tls", label
            assert reason in str(refused.value), (label, str(refused.value))
        finally:
            wang.close()
            running.stop()


def test_plain_http_is_refused_except_to_this_computer(tmp_path: Path) -> None:
    """Once, not per back end: nothing here reaches a server (it ran twice before)."""
    for url in ("http://10.0.0.5:8470", "http://gw.district.gov.cn", "ftp://10.0.0.5"):
        with pytest.raises(SyncFailure) as refused:
            check_address(url)
        assert refused.value.kind == "config"
        assert "未加密" in str(refused.value) and "https://" in str(refused.value)
    for url in ("http://127.0.0.1:8470", "http://localhost:1", "http://[::1]:8470"):
        check_address(url)  # loopback: a server on this very computer
    check_address("https://gw.district.gov.cn:8470")
    # the app's login refuses it before anything is sent
    wang = Laptop(tmp_path, "wang-http", "wang-nobody", "王芳")
    try:
        with pytest.raises(SyncFailure) as refused:
            wang.login("http://10.0.0.5:8470")
        assert refused.value.kind == "config"
    finally:
        wang.close()
