"""Visits and the warden's "today" page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import ValidationError
from gridwarden.models import OutboxOp, Visit
from gridwarden.queries import today as tq
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft, EventService
from gridwarden.services.register import CarePlanDraft, RegisterService
from gridwarden.services.visits import VisitDraft, VisitService
from gridwarden.store import Store
from tests.conftest import Places, present
from tests.unit.test_register import add_resident, new_household

TODAY = date(2026, 11, 29)


def test_a_visit_is_recorded_with_its_follow_up(
    store: Store, register: RegisterService, visits: VisitService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "张三")
    changes = visits.record(
        VisitDraft(household, "hazard_check", "楼道堆物", TODAY + timedelta(3), rid)
    )
    with store.sessions() as session:
        visit = present(session.get(Visit, changes.primary_id))
        op = (
            session.execute(select(OutboxOp).where(col(OutboxOp.entity) == "visit")).scalars().one()
        )
    assert (visit.purpose, visit.findings, visit.follow_up_date, visit.visitor_name) == (
        "hazard_check",
        "楼道堆物",
        TODAY + timedelta(3),
        "王芳",
    )
    assert op.payload["household_id"] == household


def test_follow_up_in_the_past_is_refused(
    register: RegisterService, visits: VisitService, places: Places
) -> None:
    household = new_household(register, places)
    with pytest.raises(ValidationError) as caught:
        visits.record(VisitDraft(household, "routine", "", TODAY - timedelta(1)))
    assert "回访日期" in caught.value.fields["follow_up_date"].render()


def test_care_target_becomes_due_after_their_frequency(
    store: Store, register: RegisterService, visits: VisitService, places: Places, clock: FixedClock
) -> None:
    household = new_household(register, places, tags=["elderly_alone"])
    rid = add_resident(register, household, "王奶奶")
    register.set_care_plan(CarePlanDraft(rid, "elderly_alone", 7))
    visits.record(VisitDraft(household, "care", "精神好", resident_id=rid))
    with store.sessions() as session:
        assert tq.care_due(session, TODAY) == []
        assert tq.care_due(session, TODAY + timedelta(6)) == []
        due = tq.care_due(session, TODAY + timedelta(9))
    assert [(d.name, d.days_overdue, d.due) for d in due] == [("王奶奶", 2, TODAY + timedelta(7))]


def test_care_target_never_visited_counts_from_the_plan_start(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "王爷爷")
    register.set_care_plan(CarePlanDraft(rid, "disabled", 14))
    with store.sessions() as session:
        due = tq.care_due(session, TODAY + timedelta(14))
    assert [(d.name, d.days_overdue) for d in due] == [("王爷爷", 0)]


def test_follow_up_is_due_until_the_household_is_visited_again(
    store: Store, register: RegisterService, visits: VisitService, places: Places, clock: FixedClock
) -> None:
    household = new_household(register, places)
    visits.record(
        VisitDraft(household, "dispute_follow_up", "双方情绪仍激动", TODAY + timedelta(2))
    )
    with store.sessions() as session:
        assert tq.follow_ups_due(session, TODAY + timedelta(1)) == []
        due = tq.follow_ups_due(session, TODAY + timedelta(2))
    assert [d.findings for d in due] == ["双方情绪仍激动"]
    clock.advance(days=2)
    visits.record(VisitDraft(household, "dispute_follow_up", "已和解"))
    with store.sessions() as session:
        assert tq.follow_ups_due(session, TODAY + timedelta(2)) == []


def test_events_near_deadline_and_overdue(
    store: Store, events: EventService, places: Places, clock: FixedClock
) -> None:
    # Sunday: an urgent hazard is due today; a group rental 5 working days later (Fri 4 Dec).
    urgent = events.report(EventDraft("safety_hazard", "燃气泄漏", "工农路", urgent=True))
    later = events.report(EventDraft("group_rental", "一套房住十余人", "青年路"))
    with store.sessions() as session:
        near = tq.events_near_deadline(session, TODAY, 1)
        assert [(e.event_id, e.days_left) for e in near] == [(urgent.primary_id, 0)]
        all_due = tq.events_near_deadline(session, TODAY + timedelta(7), 0)
    assert [(e.event_id, e.days_left) for e in all_due] == [
        (urgent.primary_id, -7),
        (later.primary_id, -2),
    ]
    events.act(urgent.primary_id or "", "dispatch", life.StepInput(department_id=places.department))
    with store.sessions() as session:
        assert len(tq.events_near_deadline(session, TODAY, 1)) == 1  # still open


def test_the_first_follow_ups_come_with_the_counts_of_all(
    store: Store, register: RegisterService, visits: VisitService, places: Places, clock: FixedClock
) -> None:
    """Today lists the first follow-ups due (issue 15): the same rows, in the same order, as the
    whole list's first ones, with the count of all and of the overdue ones."""
    homes = [new_household(register, places, f"工农路{n}号1幢101室") for n in range(7)]
    for n, home in enumerate(homes):
        visits.record(VisitDraft(home, "routine", f"第{n}户", TODAY + timedelta(1 + n % 3)))
    clock.advance(days=1)
    visits.record(VisitDraft(homes[0], "routine", "又去了一次"))  # its follow-up is done
    today = TODAY + timedelta(3)
    with store.sessions() as session:
        every = tq.follow_ups_due(session, today)
        first = tq.follow_ups_first(session, today, 4)
        none = tq.follow_ups_first(session, TODAY, 4)
    assert [f.findings for f in every] == ["第3户", "第6户", "第1户", "第4户", "第2户", "第5户"]
    assert list(first) == every[:4]
    assert (first.total, first.late) == (6, 4)  # two of them are due today, not overdue
    assert (list(none), none.total, none.late) == ([], 0, 0)
