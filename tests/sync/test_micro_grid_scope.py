"""The micro-grid warden (issue 13) against the real server process (SQLite and PostgreSQL):
a warden assigned to a micro-grid receives the households, residents, visits and work orders
of that micro-grid only; a record placed in another micro-grid is refused with the reason;
the grid's own wardens and its grid leader keep seeing the whole grid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gridwarden.models import Household
from gridwarden.server import admin
from gridwarden.server.auth import ROLE_UNITS
from gridwarden.server.launch import ServerProcess
from gridwarden.services.events import EventDraft
from gridwarden.services.register import HouseholdDraft
from gridwarden.services.visits import VisitDraft
from tests.conftest import present
from tests.sync.harness import District, Laptop, add_user


@pytest.fixture
def xu(tmp_path: Path, server: ServerProcess, district: District) -> Iterator[Laptop]:
    """徐敏, a warden of micro-grid 第1-1 only (admin `assign --micro-grid`)."""
    user_id = f"xu-{district.suffix}"
    add_user(district.db, user_id, "徐敏", "warden")
    assert admin.assign(district.db, user_id, "micro_grid", district.micro1) == (
        f"micro_grid:{district.micro1}"
    )
    device = Laptop(tmp_path, "xu", user_id, "徐敏")
    device.login(server.url)
    device.sync()
    yield device
    device.close()


def test_a_micro_grid_warden_sees_their_micro_grid_only(
    laptop: Callable[[str], Laptop], district: District, xu: Laptop
) -> None:
    assert ROLE_UNITS["warden"] == ("grid", "micro_grid")
    wang, lead = laptop("wang"), laptop("lead")
    mine = wang.new_household(district.micro1, "工农路30号", head="陈一")
    other = wang.new_household(district.micro1b, "工农路31号", head="陈二")
    wang.visits.record(VisitDraft(mine, findings="独居老人，身体尚可"))
    wang.visits.record(VisitDraft(other, findings="门口堆放杂物"))
    near = present(
        wang.events.report(EventDraft("other", "楼道灯坏", household_id=mine)).primary_id
    )
    far = present(
        wang.events.report(EventDraft("other", "杂物堵塞通道", household_id=other)).primary_id
    )
    assert wang.sync().rejected == 0
    xu.sync()
    assert xu.ids("household") == {mine}
    assert {present(xu.get("resident", r)).name for r in xu.ids("resident")} == {"陈一"}
    assert {present(xu.get("visit", v)).findings for v in xu.ids("visit")} == {"独居老人，身体尚可"}
    assert xu.ids("grid_event") == {near}
    assert far not in xu.ids("grid_event")
    # the grid's wardens and its grid leader still see the whole grid
    lead.sync()
    for device in (wang, lead):
        assert {mine, other} <= device.ids("household")
        assert {near, far} <= device.ids("grid_event")
    # the micro-grid warden works in their micro-grid: an edit there reaches the grid
    xu.register.save_household(HouseholdDraft(district.micro1, "工农路30号（东单元）", id=mine))
    assert xu.sync().rejected == 0
    wang.sync()
    assert present(wang.get("household", mine)).address == "工农路30号（东单元）"


def test_a_record_forged_into_another_micro_grid_is_refused(
    laptop: Callable[[str], Laptop], district: District, xu: Laptop
) -> None:
    wang = laptop("wang")
    forged = present(
        xu.register.save_household(HouseholdDraft(district.micro1b, "工农路40号")).primary_id
    )
    moved = xu.new_household(district.micro1, "工农路41号")
    assert xu.sync().rejected == 1  # the forged one; the other is applied
    refused = {c.record_id: c for c in xu.conflicts()}
    assert forged in refused and refused[forged].kind == "rejected"
    assert refused[forged].reason == "该记录不在您的负责范围内"
    assert moved not in refused
    # moving one of their own households into another micro-grid is refused as well
    xu.register.save_household(HouseholdDraft(district.micro1b, "工农路41号", id=moved))
    xu.sync()
    assert any(
        c.record_id == moved and c.reason == "该记录不在您的负责范围内" for c in xu.conflicts()
    )
    wang.sync()
    assert forged not in wang.ids("household")
    kept: Household = present(wang.get("household", moved))
    assert (kept.micro_grid_id, kept.address) == (district.micro1, "工农路41号")
