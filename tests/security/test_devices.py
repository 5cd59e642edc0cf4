"""Finding 2: a device id belongs to the user who registered it, and who wrote what is stamped
by the server from the token — never taken from the pushed record."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from gridwarden.server.db import Device, Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft
from tests.conftest import NOW, present
from tests.security import wire
from tests.sync.harness import PASSWORD, District, Laptop


def _doc(db: ServerDB, entity: str, record_id: str) -> dict:
    with db.reader() as session:
        row = present(session.get(Record, (entity, record_id)))
        return {**json.loads(row.doc), "_meta": json.loads(row.meta), "_version": row.version}


def test_a_login_naming_another_users_device_is_refused_and_the_owner_stays_logged_in(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    boss = laptop("boss")
    supervisor_device = boss.store.device_id
    # li read the supervisor's device id off a record's updated_by and logs in with it
    taken = wire.login(server.url, district.user("li"), PASSWORD, supervisor_device, "li-pc")
    assert taken.status_code == 403
    assert taken.json()["code"] == "device_taken"
    assert "token" not in taken.json()
    with server_db.reader() as session:
        device = session.get(Device, supervisor_device)
        assert device is not None and device.user_id == district.user("boss")
    # the supervisor was not logged out: the next sync works on the same token
    report = boss.sync()
    assert report.pushed == 0 and boss.client.status().logged_in
    # the owner logging in again rotates the token: the old one stops working
    old = wire.token_of(server.url, district.user("boss"), PASSWORD, supervisor_device)
    new = wire.token_of(server.url, district.user("boss"), PASSWORD, supervisor_device)
    assert old != new
    assert wire.get(server.url, "/sync/verify", old).status_code == 401
    assert wire.get(server.url, "/sync/verify", new).status_code == 200


def test_a_stale_edit_cannot_pass_as_a_colleagues_and_authorship_comes_from_the_token(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "工农路1号")
    wang.sync()
    first = _doc(server_db, "household", household)
    assert first["updated_by"] == f"{district.user('wang')}@{wang.store.device_id}"
    # wang moves the household's address on (version 2)
    wang.register.save_household(HouseholdDraft(district.micro1, "工农路1号2幢", id=household))
    wang.sync()
    assert _doc(server_db, "household", household)["address"] == "工农路1号2幢"
    # li cannot borrow wang's device id to make a stale edit look like wang's own follow-up
    borrowed = wire.login(server.url, district.user("li"), PASSWORD, wang.store.device_id)
    assert borrowed.status_code == 403
    li_device = str(uuid.uuid4())
    token = wire.token_of(server.url, district.user("li"), PASSWORD, li_device)
    stale = {
        "op_id": str(uuid.uuid4()),
        "entity": "household",
        "id": household,
        "kind": "upsert",
        "base_version": 1,
        "payload": {
            "address": "伪造地址9号",
            "notes": "独居老人",
            "updated_at": NOW.isoformat(),
            "updated_by": f"{district.user('wang')}@{wang.store.device_id}",
        },
    }
    answer = wire.post(server.url, "/sync/push", token, json={"ops": [stale]}).json()["answers"][0]
    # the address clashes with wang's newer change: a conflict for a person, not applied
    assert answer["status"] == "conflict"
    assert [c["field"] for c in answer["clashes"]] == ["address"]
    after = _doc(server_db, "household", household)
    assert after["address"] == "工农路1号2幢"
    # the notes did apply — as li's, from li's token, whatever the record claimed
    assert after["notes"] == "独居老人"
    assert after["updated_by"] == f"{district.user('li')}@{li_device}"
    assert after["_meta"]["notes"][1:3] == [li_device, f"{district.user('li')}@{li_device}"]
    # and the conflict answer names only li and wang (the recorded author), by their real names
    assert answer["names"] == {district.user("li"): "李娜", district.user("wang"): "王芳"}


def test_actor_fields_of_new_records_name_the_caller(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "工农路3号")
    wang.sync()
    li_device = str(uuid.uuid4())
    token = wire.token_of(server.url, district.user("li"), PASSWORD, li_device)
    visit = str(uuid.uuid4())
    forged = {
        "op_id": str(uuid.uuid4()),
        "entity": "visit",
        "id": visit,
        "kind": "upsert",
        "base_version": 0,
        "payload": {
            "household_id": household,
            "visitor_id": district.user("boss"),
            "visitor_name": "周主任",
            "visited_at": NOW.isoformat(),
            "purpose": "routine",
            "findings": "入户走访",
            "updated_at": NOW.isoformat(),
            "updated_by": f"{district.user('boss')}@forged-device",
        },
    }
    answer = wire.post(server.url, "/sync/push", token, json={"ops": [forged]}).json()
    assert answer["answers"][0]["status"] == "applied", answer
    stored = _doc(server_db, "visit", visit)
    assert (stored["visitor_id"], stored["visitor_name"]) == (district.user("li"), "李娜")
    assert stored["updated_by"] == f"{district.user('li')}@{li_device}"
    assert stored["findings"] == "入户走访"
