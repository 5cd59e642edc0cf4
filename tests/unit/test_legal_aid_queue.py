"""The queue shows a group case as one row (its size, its earliest deadline, where its members
stand); filters look at the members; the "today" lists count a group once."""

from __future__ import annotations

from datetime import date
from typing import Unpack

import pytest

from gridwarden.clock import FixedClock
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import LegalAidService
from tests.legal_aid_support import MatterChanges, Units, group_of, units, wage_claim

__all__ = ["units"]
NAMES = ["赵大勇", "钱小军", "孙立新"]


@pytest.fixture
def service(ctx: ServiceContext) -> LegalAidService:
    return LegalAidService(ctx)


def group_case(
    service: LegalAidService, units: Units, **matter: Unpack[MatterChanges]
) -> list[str]:
    draft = group_of(units.window, NAMES, "惠民超市欠薪群体案件", **matter)
    return list(service.intake_group(draft).ids[:3])


def test_a_group_is_one_row_with_its_size_earliest_deadline_and_statuses(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    single = service.intake(wage_claim(units.window)).primary_id or ""  # decision due 12-07
    clock.advance(days=1)  # Monday 11-30
    members = group_case(service, units)  # decision due 12-07 (7 days: Monday 12-07)
    service.act(members[0], "grant", life.StepInput())  # assignment due 12-03
    with ctx.sessions() as session:
        keys = q.queue_ids(session, q.QueueFilter())
        rows = q.queue_rows(session, keys)
        case_id = q.case_of_key(keys[0]) or ""
        detail = q.group_detail(session, keys[0])
    assert keys == [q.group_key(case_id), single]  # one row for three applicants, due first
    group = rows[keys[0]]
    assert (group.name, group.group_size, group.due_date, group.status) == (
        "惠民超市欠薪群体案件",
        3,
        date(2026, 12, 3),
        "granted",  # the member due first: their assignment
    )
    assert group.statuses == (("under_review", 2), ("granted", 1))
    assert group.is_group and group.is_open and group.id_masked == ""
    assert detail is not None and [m.name for m in detail.members] == NAMES
    with ctx.sessions() as session:
        assert q.key_of(session, members[1]) == keys[0] and q.key_of(session, single) == single


def test_filters_look_at_the_members(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    single = service.intake(wage_claim(units.window)).primary_id or ""
    members = group_case(service, units)
    service.act(
        members[2], "refuse", life.StepInput(reasons="已委托律师", legal_basis="第三十一条")
    )
    with ctx.sessions() as session:
        group = q.key_of(session, members[0])
        by_name = q.queue_ids(session, q.QueueFilter(status=None, text="钱小军"))
        refused = q.queue_ids(session, q.QueueFilter(status="refused"))
        everyone = q.queue_ids(session, q.QueueFilter(status=None))
    assert by_name == [group]  # a member's name finds their group
    assert refused == [group]  # one member refused: the group is listed under 不予援助
    assert set(everyone) == {group, single}


def test_today_counts_a_group_once(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    members = group_case(
        service, units, limitation_date=date(2026, 12, 2), limitation_note="劳动仲裁时效"
    )
    alone = service.intake(wage_claim(units.window)).primary_id or ""
    clock.advance(days=7)  # 12-06: every decision (due 12-07) is one day away
    with ctx.sessions() as session:
        due = q.due_soon(session, clock.today(), 2)
        urgent = q.urgent_before_decision(session, date(2026, 11, 29))
        group = q.key_of(session, members[0])
    # both due the same day: their order follows the numbers, which come from random ids
    assert sorted((d.key, d.people, d.days_left) for d in due) == sorted(
        [(group, 3, 1), (alone, 1, 1)]
    )
    line = next(d for d in due if d.key == group)
    assert line.name == "惠民超市欠薪群体案件" and line.application_id == members[0]
    assert [(u.key, u.people, u.days_left) for u in urgent] == [(group, 3, 3)]
