"""Work orders across devices and the real server (SQLite and PostgreSQL): a warden's 12345
order urged by the grid leader and extended by the grid centre, a forged grid-leader step
refused by the server, a repeat complaint closing with its master on every laptop, and the
grid leader seeing their grid only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gridwarden.models import GridEvent
from gridwarden.rules import event_lifecycle as life
from gridwarden.server.auth import ROLE_UNIT, ROLES
from gridwarden.services.events import EventDraft
from tests.conftest import present
from tests.sync.harness import District, Laptop


def order(device: Laptop, event_id: str) -> GridEvent:
    return present(device.get("grid_event", event_id))


def test_urged_by_the_leader_and_extended_by_the_centre(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    assert "grid_leader" in ROLES and ROLE_UNIT["grid_leader"] == "grid"
    wang, lead, boss, zhao = laptop("wang"), laptop("lead"), laptop("boss"), laptop("zhao")
    assert lead.settings.user_role == "grid_leader"
    home = wang.new_household(district.micro1, "工农路18号")
    eid = present(
        wang.events.report(
            EventDraft(
                "other",
                "夜间施工噪声",
                household_id=home,
                channel="hotline",
                hotline_number="20261129000888",
                urgency="emergency",
            )
        ).primary_id
    )
    wang.events.act(eid, "dispatch", life.StepInput(department_id=district.department))
    wang.events.act(eid, "sign", life.StepInput())
    wang.sync()
    lead.sync()
    seen = order(lead, eid)
    assert (seen.channel, seen.hotline_number, seen.urgency, seen.urgent) == (
        "hotline",
        "20261129000888",
        "emergency",
        True,
    )
    assert (seen.sign_due, seen.due_date, seen.signed_at is not None) == (
        date(2026, 11, 29),
        date(2026, 11, 29),
        True,
    )
    lead.events.act(eid, "urge", life.StepInput(note="紧急工单请今日办结"))
    report = lead.sync()
    assert report.rejected == 0 and lead.pending() == 0
    wang.sync()
    wang.events.act(eid, "extend", life.StepInput(reason="需停工核查", new_date=date(2026, 12, 2)))
    wang.sync()
    boss.sync()
    assert order(boss, eid).extension_until == date(2026, 12, 2)
    boss.events.act(eid, "approve_ext", life.StepInput(note="同意延期"))
    assert boss.sync().rejected == 0
    wang.sync()
    mine = order(wang, eid)
    assert (mine.due_date, mine.extension_until, mine.urge_count) == (date(2026, 12, 2), None, 1)
    zhao.sync()
    assert eid not in zhao.ids("grid_event")  # another grid's warden never receives it


def test_a_forged_role_is_refused_by_the_server(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang = laptop("wang")
    eid = present(wang.events.report(EventDraft("group_rental", "一套房住十余人")).primary_id)
    wang.events.act(eid, "dispatch", life.StepInput(department_id=district.department))
    wang.sync()
    wang.act_as("supervisor")  # a tampered laptop: the server goes by the account's role
    wang.events.act(eid, "supervise", life.StepInput(note="自封督办"))
    wang.sync()
    refused = [c for c in wang.conflicts() if c.record_id == eid]
    assert refused and refused[0].kind == "rejected"
    assert refused[0].reason == "您的角色不能办理这一步"
    boss = laptop("boss")
    assert (order(boss, eid).supervised, order(boss, eid).urge_count) == (False, 0)


def test_a_repeat_complaint_closes_with_its_master_everywhere(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    home = wang.new_household(district.micro1, "工农路20号")
    master = present(
        wang.events.report(EventDraft("other", "路灯不亮", household_id=home)).primary_id
    )
    repeat = present(
        wang.events.report(EventDraft("other", "路灯坏了", household_id=home)).primary_id
    )
    wang.events.act(master, "dispatch", life.StepInput(department_id=district.department))
    wang.events.act(repeat, "merge", life.StepInput(master_id=master))
    wang.sync()
    li.sync()
    assert (order(li, repeat).status, order(li, repeat).master_id) == ("merged", master)
    for action, step in (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("reply", life.StepInput(note="已更换灯具")),
        ("close", life.StepInput()),
    ):
        li.events.act(master, action, step)
    assert li.sync().rejected == 0
    wang.sync()
    assert order(wang, repeat).status == "closed" and order(wang, master).status == "closed"
    assert order(wang, repeat).closed_at is not None


def test_a_merge_under_a_master_closed_elsewhere_is_refused_by_the_server(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    """Li closes the master order; Wang, who has not synced since, merges a repeat complaint
    under it. The lifecycle puts a repeat only under an OPEN master (check_master), so the
    server re-checks the master's state when the merge arrives and refuses it with the
    reason: the repeat never waits as 已并单 under an order that will never close it."""
    wang, li = laptop("wang"), laptop("li")
    home = wang.new_household(district.micro1, "工农路22号")
    master = present(
        wang.events.report(EventDraft("other", "井盖缺失", household_id=home)).primary_id
    )
    repeat = present(
        wang.events.report(EventDraft("other", "井盖丢了", household_id=home)).primary_id
    )
    wang.events.act(master, "dispatch", life.StepInput(department_id=district.department))
    wang.sync()
    li.sync()
    for action, step in (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("reply", life.StepInput(note="已补装井盖")),
        ("close", life.StepInput()),
    ):
        li.events.act(master, action, step)
    assert li.sync().rejected == 0
    # offline, Wang still sees the master dispatched and merges the repeat under it
    assert order(wang, master).status == "dispatched"
    wang.events.act(repeat, "merge", life.StepInput(master_id=master))
    assert order(wang, repeat).status == "merged"
    report = wang.sync()
    assert report.rejected == 1
    refused = [c for c in wang.conflicts() if c.record_id == repeat]
    assert refused and refused[0].kind == "rejected"
    assert refused[0].reason == "主工单须尚未办结且未并入其他工单（现为「已办结」）"
    wang.sync()
    # the server kept the repeat as it was: accepted, under no master, still owed work
    assert (order(wang, repeat).status, order(wang, repeat).master_id) == ("accepted", None)
    assert order(wang, master).status == "closed"
    li.sync()
    assert (order(li, repeat).status, order(li, repeat).master_id) == ("accepted", None)
