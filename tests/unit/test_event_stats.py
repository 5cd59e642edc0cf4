"""Work-order statistics against counts made by hand: a week of seven orders whose every figure
is worked out in the comments, and the demo district counted row by row."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock, to_local
from gridwarden.models import EventStep, GridEvent
from gridwarden.queries import event_stats as st
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.services.events import EventDraft, EventService
from gridwarden.services.register import HouseholdDraft, RegisterService
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import Places, present

CAL = WorkCalendar()


def _run(events: EventService, eid: str, *steps: tuple[str, life.StepInput]) -> None:
    for action, step in steps:
        events.act(eid, action, step)


def test_figures_match_a_hand_count(
    store: Store, places: Places, clock: FixedClock, register: RegisterService
) -> None:
    events = EventService(store.context(Settings(user_id="w", user_name="王芳"), clock))
    home_a = present(
        register.save_household(HouseholdDraft(places.micro, "桃坞路1号", [])).primary_id
    )
    home_b = present(
        register.save_household(HouseholdDraft(places.other_micro, "桃坞路9号", [])).primary_id
    )
    fire, city = places.department, places.other_department
    sign, handle, close = (
        ("sign", life.StepInput()),
        ("handle", life.StepInput()),
        ("close", life.StepInput()),
    )
    reply = ("reply", life.StepInput(note="已处置"))

    def report(category: str, channel: str, home: str | None = None, **kw: str) -> str:
        draft = EventDraft(category, "情况", household_id=home, channel=channel, **kw)  # type: ignore[arg-type]
        return present(events.report(draft).primary_id)

    # Sunday Nov 29 2026: seven orders reported
    o1 = report("other", "hotline", home_a, hotline_number="1")
    o2 = report("group_rental", "resident", home_a)  # due Fri Dec 4
    o3 = report("safety_hazard", "patrol", home_a, urgency="emergency")  # due the same day
    o4 = report("other", "patrol")
    o5 = report("other", "patrol")
    o6 = report("other", "resident", home_b)
    o7 = report("other", "hotline", hotline_number="7")
    for eid, dept in ((o1, fire), (o2, city), (o3, fire), (o6, city), (o7, city)):
        events.act(eid, "dispatch", life.StepInput(department_id=dept))
    _run(
        events,
        o1,
        sign,
        handle,
        reply,
        close,
        ("callback", life.StepInput(satisfaction="satisfied")),
    )
    _run(events, o3, sign)
    _run(
        events,
        o6,
        sign,
        handle,
        reply,
        close,
        ("callback", life.StepInput(satisfaction="basically_satisfied")),
    )
    _run(events, o7, sign, handle, reply, close)
    events.act(o5, "merge", life.StepInput(master_id=o4))
    clock.advance(days=3)  # Wednesday Dec 2
    _run(events, o2, sign)  # sign-for was due Mon Nov 30: late
    _run(events, o3, handle, reply, close)  # due Nov 29: closed late
    _run(events, o7, ("callback", life.StepInput(satisfaction="unsatisfied")))  # reopened

    with store.sessions() as session:
        found = st.statistics(
            session, date(2026, 11, 23), date(2026, 12, 7), date(2026, 12, 7), CAL
        )
    assert found.total == 7
    assert found.by_channel == {"patrol": 3, "hotline": 2, "resident": 2}
    assert found.by_category == {"other": 5, "group_rental": 1, "safety_hazard": 1}
    # signed now: o1, o3, o6 on time, o2 late (o7's signing was undone by the reopening)
    assert (found.sign_on_time.hits, found.sign_on_time.total) == (3, 4)
    # closed: o1, o6 on time, o3 late; o5 closes with its master only and o7 was reopened
    assert (found.close_on_time.hits, found.close_on_time.total) == (2, 3)
    assert (found.satisfaction.hits, found.satisfaction.total) == (2, 3)
    assert found.ratings == {"satisfied": 1, "basically_satisfied": 1, "unsatisfied": 1}
    # dispatched at least once: five of the six orders that are not merged repeats
    assert (found.linkage.hits, found.linkage.total) == (5, 6)
    assert round(found.linkage.value or 0, 4) == 0.8333
    # open: o2 (overdue since Dec 4), o4, o7
    assert (found.open, found.overdue_open, found.emergency) == (3, 1, 1)
    by_name = {d.name: d for d in found.departments}
    # fire: o1 in 0 working days, o3 Nov 29 → Dec 2 = 3 (Nov 30, Dec 1, Dec 2): mean 1.5
    assert by_name["区消防救援大队"] == st.DepartmentFigure("区消防救援大队", 2, 2, 1, 1.5, 0)
    assert by_name["区城市管理局"] == st.DepartmentFigure("区城市管理局", 3, 1, 1, 0.0, 1)
    assert [d.name for d in found.slowest] == ["区消防救援大队", "区城市管理局"]
    assert found.weekly == [st.TrendPoint("2026-W48", 7, 2), st.TrendPoint("2026-W49", 0, 1)]
    assert found.monthly == [st.TrendPoint("2026-11", 7, 2), st.TrendPoint("2026-12", 0, 1)]
    assert found.hot_spots == [
        st.HotSpot("第1-1微网格", "第1网格", 3, 1),
        st.HotSpot("第1-2微网格", "第1网格", 1, 0),
    ]
    assert found.by_area == [("第1网格", 4), ("—", 3)]
    with store.sessions() as session:  # a period before any order
        empty = st.statistics(session, date(2026, 1, 1), date(2026, 11, 28), date(2026, 12, 7), CAL)
    assert empty.total == 0 and empty.sign_on_time.value is None


@pytest.mark.demo(households=1200, events=300)
def test_demo_figures_match_a_row_by_row_count(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    with store.sessions() as session:
        found = st.statistics(session, None, today, today, CAL)
        orders = session.execute(select(GridEvent)).scalars().all()
        callbacks = (
            session.execute(
                select(col(EventStep.satisfaction)).where(col(EventStep.action) == "callback")
            )
            .scalars()
            .all()
        )
        by_channel_sql: dict[Any, Any] = dict(
            session.execute(
                select(col(GridEvent.channel), func.count()).group_by(col(GridEvent.channel))
            ).all()
        )
    signed = [o for o in orders if o.signed_at is not None]
    on_time_signed = [o for o in signed if to_local(o.signed_at).date() <= o.sign_due]
    closed = [o for o in orders if o.closed_at is not None and o.master_id is None]
    on_time_closed = [o for o in closed if to_local(o.closed_at).date() <= o.due_date]
    rated = Counter(callbacks)  # every callback, the unsatisfied ones that reopened included
    assert found.total == len(orders) == 300
    assert found.by_channel == by_channel_sql
    assert (found.sign_on_time.hits, found.sign_on_time.total) == (len(on_time_signed), len(signed))
    assert (found.close_on_time.hits, found.close_on_time.total) == (
        len(on_time_closed),
        len(closed),
    )
    assert found.ratings == dict(rated)
    assert found.satisfaction.hits == rated["satisfied"] + rated["basically_satisfied"]
    # the demo has some late orders, but most are on time, as in the seed's figures
    assert 0 < len(on_time_signed) < len(signed) and 0 < len(on_time_closed) < len(closed)
    assert 0.8 < (found.satisfaction.value or 0) < 1.0
    assert sum(p.reported for p in found.monthly) == 300
