"""Finding 8 (the smaller items): /docs only with --docs; device names cannot reach the admin's
terminal as escape sequences; unfinished uploads are limited per device and expire; conflict
answers never turn a made-up user id into a real name."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select, update
from sqlmodel import col

from gridwarden.protocol.messages import API_PREFIX
from gridwarden.server.db import ServerDB, Upload, utcnow
from gridwarden.server.launch import ServerProcess
from tests.conftest import NOW
from tests.security import wire
from tests.sync.admin_cli import run_admin
from tests.sync.harness import PASSWORD, District

pytestmark = pytest.mark.private_server(
    "expires every unfinished upload on the server and asserts the exact list left"
)


def test_the_api_description_is_not_published_by_default(server: ServerProcess) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert requests.get(f"{server.url}{path}", timeout=10).status_code == 404
    assert wire.get(server.url, "/meta").status_code == 200


def test_control_characters_in_a_device_name_never_reach_the_admins_terminal(
    server: ServerProcess, district: District
) -> None:
    device = str(uuid.uuid4())
    name = "\x1b[2J\x1b[31m王芳的电脑\u202e\x07\r\nrevoked 2026-01-01"
    assert wire.login(server.url, district.user("wang"), PASSWORD, device, name).status_code == 200
    listed = run_admin(server.db_url, "list-devices")
    line = next(line for line in listed.stdout.splitlines() if device in line)
    assert "\x1b" not in listed.stdout and "\u202e" not in listed.stdout and "\x07" not in line
    assert "王芳的电脑" in line and line.endswith("active")
    assert "[2J [31m王芳的电脑 revoked 2026-01-01" in line  # shown, harmless, on one line


def test_unfinished_uploads_are_limited_per_device_and_expire(
    server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))

    def start(i: int) -> requests.Response:
        data = f"part of file {i}".encode()
        sha = hashlib.sha256(f"whole file {i}".encode()).hexdigest()
        return requests.put(
            f"{server.url}{API_PREFIX}/blobs/{sha}",
            params={"offset": 0, "size": 1000},
            data=data,
            headers={**wire.HEADERS, "Authorization": f"Bearer {token}"},
            timeout=30,
        )

    for i in range(20):
        assert start(i).status_code == 200
    refused = start(20)
    assert refused.status_code == 429 and refused.json()["code"] == "too_many_uploads"
    # a day passes without the device touching them: they expire, with their partial files
    with server_db.writer() as session, session.begin():
        session.execute(update(Upload).values(updated_at=utcnow() - timedelta(hours=25)))
    assert start(20).status_code == 200
    with server_db.reader() as session:
        left = session.execute(select(col(Upload.sha256))).scalars().all()
    assert left == [hashlib.sha256(b"whole file 20").hexdigest()]


def test_a_conflict_answer_names_no_user_the_op_merely_claims(
    server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    household = str(uuid.uuid4())
    stamp = {"updated_at": NOW.isoformat(), "deleted_at": None}
    create = {
        "op_id": str(uuid.uuid4()),
        "entity": "household",
        "id": household,
        "kind": "upsert",
        "base_version": 0,
        "payload": {"micro_grid_id": district.micro1, "address": "实名路1号", **stamp},
    }
    assert wire.post(server.url, "/sync/push", wang, json={"ops": [create]}).status_code == 200
    edit = {**create, "op_id": str(uuid.uuid4()), "base_version": 1}
    edit["payload"] = {"address": "实名路1号甲", **stamp}
    wire.post(server.url, "/sync/push", wang, json={"ops": [edit]})
    # li's stale edit claims to be by the district's supervisor (a user li may not know of)
    li = wire.token_of(server.url, district.user("li"), PASSWORD, str(uuid.uuid4()))
    stale = {**create, "op_id": str(uuid.uuid4()), "base_version": 1}
    stale["payload"] = {
        "address": "实名路1号乙",
        **stamp,
        "updated_by": f"{district.user('boss')}@x",
    }
    answer = wire.post(server.url, "/sync/push", li, json={"ops": [stale]}).json()["answers"][0]
    assert answer["status"] == "conflict"
    assert answer["names"] == {district.user("li"): "李娜", district.user("wang"): "王芳"}
    assert "周主任" not in str(answer)
