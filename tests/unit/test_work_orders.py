"""Grid events as work orders: channel and urgency, deadlines from dispatch (working days of the
shared calendar), extensions decided by the grid centre, urging and supervision, returns inside
the window, callbacks, and repeat complaints merged under a master."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import AuditEntry, EventStep, GridEvent, OutboxOp
from gridwarden.queries import events as eq
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft, EventService
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import Places, present

A = life.Action


def service(store: Store, clock: FixedClock, role: str = "warden") -> EventService:
    settings = Settings(user_id=f"{role}-1", user_name={"warden": "王芳"}.get(role, "李强"))
    settings.user_role = role
    return EventService(store.context(settings, clock))


def order(store: Store, event_id: str) -> GridEvent:
    with store.sessions() as session:
        return present(session.get(GridEvent, event_id))


def history(store: Store, event_id: str) -> list[tuple[str, str, str]]:
    with store.sessions() as session:
        steps = session.execute(
            select(EventStep).where(col(EventStep.event_id) == event_id).order_by(col(EventStep.at))
        ).scalars()
        return [(s.action, s.from_status, s.to_status) for s in steps]


def dispatched(events: EventService, places: Places, **draft: object) -> str:
    eid = present(events.report(EventDraft("other", "小区路灯不亮", **draft)).primary_id)  # type: ignore[arg-type]
    events.act(eid, "dispatch", life.StepInput(department_id=places.department))
    return eid


def test_a_12345_order_needs_its_hotline_number(events: EventService) -> None:
    with pytest.raises(ValidationError) as caught:
        events.report(EventDraft("other", "噪声扰民", channel="hotline"))
    assert str(caught.value.fields["hotline_number"]) == "12345 热线工单须填写热线工单编号"
    with pytest.raises(ValidationError) as bad:
        events.report(EventDraft("other", "噪声扰民", channel="fax", urgency="very"))
    assert set(bad.value.fields) == {"channel", "urgency"}


def test_report_keeps_channel_number_and_urgency(store: Store, events: EventService) -> None:
    eid = present(
        events.report(
            EventDraft(
                "other",
                "噪声扰民",
                channel="hotline",
                hotline_number=" 20261129000123 ",
                urgency="emergency",
            )
        ).primary_id
    )
    found = order(store, eid)
    assert (found.channel, found.hotline_number, found.urgency, found.urgent) == (
        "hotline",
        "20261129000123",
        "emergency",
        True,
    )
    assert found.due_date == date(2026, 11, 29)  # an emergency: the same day
    other = present(events.report(EventDraft("other", "路灯", hotline_number="x")).primary_id)
    assert order(store, other).hotline_number == ""  # only a 12345 order keeps a number


def test_dispatch_starts_the_clock_across_national_day(store: Store, places: Places) -> None:
    clock = FixedClock(datetime(2026, 9, 30, 2, 0, tzinfo=UTC))  # Wed Sep 30, 10:00 local
    events = service(store, clock)
    eid = present(events.report(EventDraft("group_rental", "群租房隐患")).primary_id)
    events.act(eid, "dispatch", life.StepInput(department_id=places.department))
    found = order(store, eid)
    # Oct 1–7 off, Sat Oct 10 worked: sign by Oct 8, return by Oct 9, handle (5) by Oct 13
    assert (found.sign_due, found.return_due, found.due_date) == (
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 13),
    )
    assert found.dispatched_at is not None and found.signed_at is None
    clock.advance(days=8)  # Oct 8
    events.act(eid, "sign", life.StepInput())
    assert order(store, eid).signed_at == clock.now()


def test_return_with_reason_and_basis_inside_the_window_only(
    store: Store, places: Places, clock: FixedClock
) -> None:
    events = service(store, clock)
    eid = dispatched(events, places)  # Sunday Nov 29: return by Tue Dec 1
    events.act(eid, "sign", life.StepInput())
    with pytest.raises(ValidationError) as caught:
        events.act(eid, "return", life.StepInput(reason="非本部门职责"))
    assert set(caught.value.fields) == {"legal_basis"}
    clock.advance(days=3)  # Wed Dec 2
    with pytest.raises(TransitionError) as late:
        events.act(eid, "return", life.StepInput(reason="非本部门职责", legal_basis="三定方案"))
    assert str(late.value) == "退单期限已过（应于2026-12-01前提出），请按期办理或申请延期"
    assert order(store, eid).status == "signed"
    second = dispatched(events, places)  # dispatched Wed Dec 2: return by Fri Dec 4
    events.act(second, "reject", life.StepInput(reason="不属本部门", legal_basis="三定方案第三条"))
    back = order(store, second)
    assert (back.status, back.department_id, back.sign_due, back.return_due) == (
        "accepted",
        None,
        None,
        None,
    )


def test_extension_asked_before_the_deadline_and_decided_by_the_centre(
    store: Store, places: Places, clock: FixedClock
) -> None:
    warden = service(store, clock)
    eid = dispatched(warden, places)
    warden.act(eid, "sign", life.StepInput())
    due = order(store, eid).due_date
    assert due == date(2026, 12, 18)  # 15 working days from Sunday Nov 29
    ask = life.StepInput(reason="需住建、城管会商", new_date=date(2026, 12, 31))
    warden.act(eid, "extend", ask)
    assert order(store, eid).extension_until == date(2026, 12, 31)
    with pytest.raises(TransitionError) as own:
        warden.act(eid, "approve_ext", life.StepInput())
    assert str(own.value) == "只有网格中心可以批准延期"
    centre = service(store, clock, "supervisor")
    centre.act(eid, "approve_ext", life.StepInput(note="同意"))
    found = order(store, eid)
    assert (found.due_date, found.extension_until) == (date(2026, 12, 31), None)
    # a second request after the (new) deadline is refused
    clock.advance(days=33)  # Jan 1 2027
    with pytest.raises(TransitionError) as late:
        warden.act(eid, "extend", life.StepInput(reason="再延", new_date=date(2027, 1, 15)))
    assert str(late.value) == "办理期限（2026-12-31）已过，延期须在期限届满前申请"
    assert [a for a, _f, _t in history(store, eid)] == [
        "accept",
        "dispatch",
        "sign",
        "extend",
        "approve_ext",
    ]


def test_refused_extension_keeps_the_deadline(
    store: Store, places: Places, clock: FixedClock
) -> None:
    warden = service(store, clock)
    eid = dispatched(warden, places)
    warden.act(eid, "sign", life.StepInput())
    warden.act(eid, "extend", life.StepInput(reason="人手不足", new_date=date(2027, 1, 8)))
    centre = service(store, clock, "supervisor")
    with pytest.raises(ValidationError):
        centre.act(eid, "refuse_ext", life.StepInput())
    centre.act(eid, "refuse_ext", life.StepInput(reason="理由不充分，按期办结"))
    found = order(store, eid)
    assert (found.due_date, found.extension_until) == (date(2026, 12, 18), None)
    with store.sessions() as session:
        step = session.execute(
            select(EventStep).where(col(EventStep.action) == "extend")
        ).scalar_one()
    assert step.new_date == date(2027, 1, 8) and step.reason == "人手不足"


def test_urging_and_supervision_are_recorded_on_the_order(
    store: Store, places: Places, clock: FixedClock
) -> None:
    eid = dispatched(service(store, clock), places)
    with pytest.raises(TransitionError) as caught:
        service(store, clock).act(eid, "urge", life.StepInput(note="请尽快签收"))
    assert str(caught.value) == "只有网格中心 / 网格长可以催办"
    leader = service(store, clock, "grid_leader")
    leader.act(eid, "urge", life.StepInput(note="请尽快签收"))
    service(store, clock, "supervisor").act(eid, "supervise", life.StepInput(note="列为督办件"))
    found = order(store, eid)
    assert (found.status, found.urge_count, found.supervised) == ("dispatched", 2, True)
    with store.sessions() as session:
        steps = session.execute(
            select(col(EventStep.action), col(EventStep.actor_name), col(EventStep.note)).where(
                col(EventStep.event_id) == eid,
                col(EventStep.action).in_(["urge", "supervise"]),
            )
        ).all()
    assert sorted(tuple(s) for s in steps) == [
        ("supervise", "李强", "列为督办件"),
        ("urge", "李强", "请尽快签收"),
    ]


def test_unsatisfied_callback_reopens_with_fresh_deadlines(
    store: Store, places: Places, clock: FixedClock
) -> None:
    events = service(store, clock)
    eid = dispatched(events, places)
    for action, step in (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("reply", life.StepInput(note="已更换灯具")),
        ("close", life.StepInput()),
    ):
        events.act(eid, action, step)
    assert order(store, eid).closed_at is not None
    clock.advance(days=2)  # Tuesday Dec 1
    events.act(eid, "callback", life.StepInput(satisfaction="unsatisfied", note="仍不亮"))
    found = order(store, eid)
    assert (found.status, found.reopen_count, found.satisfaction) == (
        "dispatched",
        1,
        "unsatisfied",
    )
    assert (found.sign_due, found.return_due, found.closed_at, found.signed_at) == (
        date(2026, 12, 2),
        date(2026, 12, 3),
        None,
        None,
    )
    assert found.department_id == places.department


def test_repeat_complaints_merge_and_close_with_the_master(
    store: Store, places: Places, clock: FixedClock
) -> None:
    events = service(store, clock)
    master = dispatched(events, places)
    first = present(events.report(EventDraft("other", "路灯不亮（重复）")).primary_id)
    second = present(
        events.report(
            EventDraft("other", "路灯坏了", channel="hotline", hotline_number="123450001")
        ).primary_id
    )
    with pytest.raises(ValidationError) as itself:
        events.act(first, "merge", life.StepInput(master_id=first))
    assert str(itself.value.fields["master_id"]) == "不能把工单并入它自己"
    events.act(first, "merge", life.StepInput(master_id=master))
    events.act(second, "merge", life.StepInput(master_id=master))
    with pytest.raises(ValidationError) as chained:
        events.act(master, "merge", life.StepInput(master_id=first))
    assert "未并入其他工单" in str(chained.value.fields["master_id"])
    with store.sessions() as session:
        found = present(eq.event_detail(session, master))
        ids = eq.event_ids(session, eq.EventFilter(status="open"))
    assert found.duplicates == sorted([order(store, first).number, order(store, second).number])
    assert first not in ids and master in ids  # a merged order waits on its master
    for action, step in (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("reply", life.StepInput(note="已修复")),
    ):
        events.act(master, action, step)
    changes = events.act(master, "close", life.StepInput())
    assert set(changes.ids) == {master, first, second}
    for duplicate in (first, second):
        closed = order(store, duplicate)
        assert (closed.status, closed.master_id) == ("closed", master)
        assert closed.closed_at == present(order(store, master).closed_at)  # with its master
        assert history(store, duplicate)[-2:] == [
            ("merge", "accepted", "merged"),
            ("close_merged", "merged", "closed"),
        ]
    with store.sessions() as session:
        ops = session.execute(
            select(col(OutboxOp.record_id), col(OutboxOp.payload)).where(
                col(OutboxOp.kind) == "transition"
            )
        ).all()
    closing = [p["action"] for r, p in ops if r in (first, second)]
    assert closing == ["merge", "merge", "close_merged", "close_merged"]


def test_emergencies_come_first_among_open_orders(
    store: Store, events: EventService, places: Places
) -> None:
    calm = present(events.report(EventDraft("safety_hazard", "楼道堆物")).primary_id)
    urgent = present(events.report(EventDraft("other", "燃气泄漏", urgency="emergency")).primary_id)
    with store.sessions() as session:
        ids = eq.event_ids(session, eq.EventFilter(status="open"))
        rows = eq.event_rows(session, ids)
    assert ids[:2] == [urgent, calm]
    assert rows[urgent].urgency == "emergency" and rows[calm].urgency == "normal"


def test_the_overdue_filter_lists_open_orders_past_their_deadline(
    store: Store, places: Places, clock: FixedClock
) -> None:
    events = service(store, clock)
    late = dispatched(events, places)  # other/normal: due Fri Dec 18
    done = dispatched(events, places)
    for action, step in (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("reply", life.StepInput(note="已处置")),
        ("close", life.StepInput()),
    ):
        events.act(done, action, step)
    with store.sessions() as session:
        on_time = eq.event_ids(session, eq.EventFilter("overdue", today=date(2026, 12, 18)))
        after = eq.event_ids(session, eq.EventFilter("overdue", today=date(2026, 12, 19)))
    assert on_time == [] and after == [late]


def test_the_centre_sets_the_time_limits_and_they_apply_to_later_dispatches(
    store: Store, places: Places, clock: FixedClock
) -> None:
    warden = service(store, clock)
    before = dispatched(warden, places)  # other/normal: due Fri Dec 18 (15 working days)
    table = dict(warden.ctx.settings.event_time_limits)
    table["other/normal"] = {"sign": 1, "handle": 10, "return": 3}
    with pytest.raises(TransitionError) as refused:
        warden.save_time_limits(table)
    assert str(refused.value) == "只有网格中心可以修改工单时限"
    centre = service(store, clock, "supervisor")
    with pytest.raises(ValidationError) as bad:
        centre.save_time_limits(
            {**table, "other/normal": {"sign": 5, "handle": 3, "return": 2}, "x/normal": {}}
        )
    assert {k: str(v) for k, v in bad.value.fields.items()} == {
        "other/normal": "签收时限不能长于办理时限",
        "x/normal": "未知的类别或紧急程度：x/normal",
    }
    centre.save_time_limits(table)
    saved = Settings.load(centre.ctx.paths.settings_file)
    assert saved.event_time_limits["other/normal"] == {"sign": 1, "handle": 10, "return": 3}
    # the warden's device reads the same settings object in the app; here, the file
    warden.ctx.settings.event_time_limits = saved.event_time_limits
    after = dispatched(warden, places)
    assert order(store, before).due_date == date(2026, 12, 18)  # a deadline already set stays
    assert (order(store, after).due_date, order(store, after).return_due) == (
        date(2026, 12, 11),
        date(2026, 12, 2),
    )
    with store.sessions() as session:
        entry = session.execute(
            select(AuditEntry).where(col(AuditEntry.action) == "settings.event_time_limits")
        ).scalar_one()
    assert entry.detail["after"]["other/normal"]["handle"] == 10
    assert entry.detail["before"]["other/normal"]["handle"] == 15
