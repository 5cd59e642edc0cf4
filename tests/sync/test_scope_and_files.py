"""Scope comes from the token; attachments travel in chunks, verified, to those in scope only."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from gridwarden.server.launch import ServerProcess
from gridwarden.services.events import EventDraft
from gridwarden.services.register import HouseholdDraft
from gridwarden.services.visits import VisitDraft
from tests.conftest import present
from tests.sync.harness import District, Laptop


def _token(device: Laptop, server: ServerProcess) -> str:
    token = device.tokens.load(device.client.account(server.url, device.store.device_id))
    assert token
    return token


def test_a_warden_never_receives_another_grids_records(
    laptop: Callable[[str], Laptop], district: District, server: ServerProcess
) -> None:
    wang, zhao = laptop("wang"), laptop("zhao")
    mine = wang.new_household(district.micro1, "工农路1号")
    theirs = zhao.new_household(district.micro2, "青年路2号")
    wang.sync()
    zhao.sync()
    wang.sync()
    assert mine in wang.ids("household") and theirs not in wang.ids("household")
    assert theirs in zhao.ids("household") and mine not in zhao.ids("household")
    # asking for more does not widen the scope: no request parameter names a grid
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Authorization": f"Bearer {_token(wang, server)}",
    }
    wider: dict[str, str | int] = {"since": 0, "limit": 5000, "grid": district.grid2, "scope": "*"}
    page = requests.get(
        f"{server.url}{API_PREFIX}/sync/pull",
        params=wider,
        headers=headers,
        timeout=10,
    ).json()
    assert theirs not in {c["id"] for c in page["changes"]}
    fetched = requests.post(
        f"{server.url}{API_PREFIX}/sync/fetch",
        json={"entity": "household", "ids": [theirs]},
        headers=headers,
        timeout=10,
    ).json()
    assert fetched == {"changes": []}
    # nor can a warden write into another grid: the op is refused with the reason
    from gridwarden.models import Area

    with wang.store.sessions() as session:
        assert present(session.get(Area, district.micro2)).parent_id == district.grid2  # public
    foreign = wang.new_household(district.micro2, "青年路4号")
    wang.sync()
    refused = [c for c in wang.conflicts() if c.record_id == foreign]
    assert refused and refused[0].kind == "rejected" and "负责范围" in refused[0].reason
    zhao.sync()
    assert foreign not in zhao.ids("household")


def test_a_household_moved_to_another_grid_takes_its_residents_and_visits_along(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, zhao, boss = laptop("wang"), laptop("zhao"), laptop("boss")
    household = wang.new_household(district.micro1, "工农路9号", head="刘桂英")
    [resident] = wang.ids("resident")
    visit = present(wang.visits.record(VisitDraft(household, findings="独居，腿脚不便")).primary_id)
    wang.sync()
    zhao.sync()
    assert zhao.ids("household") == set() and zhao.ids("resident") == set()
    # the grid centre moves the household into zhao's grid
    boss.sync()
    boss.register.save_household(HouseholdDraft(district.micro2, "工农路9号", id=household))
    boss.sync()
    zhao.sync()
    assert household in zhao.ids("household")
    assert zhao.get("resident", resident).name == "刘桂英"  # its people and history came along
    assert zhao.get("visit", visit).findings == "独居，腿脚不便"
    # wang's copies leave at the next verify, and new writes there are no longer wang's
    wang.sync(verify=True)
    assert {household, resident, visit}.isdisjoint(
        wang.ids("household") | wang.ids("resident") | wang.ids("visit")
    )


def test_photos_upload_in_chunks_and_reach_only_devices_in_scope(
    laptop: Callable[[str], Laptop], district: District, server: ServerProcess, tmp_path: Path
) -> None:
    wang, li, zhao = laptop("wang"), laptop("li"), laptop("zhao")
    photo = tmp_path / "楼道.jpg"
    photo.write_bytes(bytes(range(256)) * 10_000)  # 2.5 MB: three chunks
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    wang.events.report(EventDraft("safety_hazard", "楼道堆放杂物", photos=[photo]))
    report = wang.sync()
    assert report.uploaded == 1
    li_report = li.sync()
    assert li_report.downloaded == 1
    assert li.client.files.read(sha) == photo.read_bytes()  # decrypted, checked by its hash
    assert li.client.files.path(sha).read_bytes()[:4] == b"GWE1"  # encrypted at rest
    zhao.sync()
    assert not zhao.client.files.has(sha)
    # guessing the hash gets nothing: no file, and no hint that it exists
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Authorization": f"Bearer {_token(zhao, server)}",
    }
    got = requests.get(f"{server.url}{API_PREFIX}/blobs/{sha}", headers=headers, timeout=10)
    assert got.status_code == 404
    status = requests.get(
        f"{server.url}{API_PREFIX}/blobs/{sha}/status", headers=headers, timeout=10
    )
    assert status.json() == {"sha256": sha, "size": 0, "received": 0, "complete": False}


def test_an_interrupted_upload_resumes_where_it_stopped(
    laptop: Callable[[str], Laptop], server: ServerProcess, tmp_path: Path
) -> None:
    wang = laptop("wang")
    data = b"\x89PNG" + bytes(3_000_000)
    sha = hashlib.sha256(data).hexdigest()
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Authorization": f"Bearer {_token(wang, server)}",
    }
    base = f"{server.url}{API_PREFIX}/blobs/{sha}"
    first = requests.put(
        base,
        data=data[:1_048_576],
        params={"offset": 0, "size": len(data)},
        headers=headers,
        timeout=10,
    ).json()
    assert first["received"] == 1_048_576 and not first["complete"]
    # a chunk at the wrong offset is refused with where to continue
    wrong = requests.put(
        base, data=data[:10], params={"offset": 5, "size": len(data)}, headers=headers, timeout=10
    )
    assert wrong.status_code == 409
    status = requests.get(base + "/status", headers=headers, timeout=10).json()
    assert status["received"] == 1_048_576
    rest = requests.put(
        base,
        data=data[1_048_576:],
        params={"offset": 1_048_576, "size": len(data)},
        headers=headers,
        timeout=10,
    ).json()
    assert rest["complete"] and rest["received"] == len(data)
    # bytes that do not match their hash are refused and the upload starts over
    bad = "0" * 64
    refused = requests.put(
        f"{server.url}{API_PREFIX}/blobs/{bad}",
        data=b"abc",
        params={"offset": 0, "size": 3},
        headers=headers,
        timeout=10,
    )
    assert refused.status_code == 422


@pytest.mark.parametrize("size", [0])
def test_nothing_to_do_is_cheap(laptop: Callable[[str], Laptop], size: int) -> None:
    wang = laptop("wang")
    report = wang.sync()
    assert (report.pushed, report.pulled, report.uploaded, report.downloaded) == (0, 0, 0, size)
