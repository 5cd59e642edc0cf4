"""Today's one read (issue 15): the care targets are read once and shared by the care section
and the care tile, whose counts are every active plan's next visit day, computed here again
from the plans and visits themselves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from gridwarden.clock import FixedClock, to_local
from gridwarden.models import CarePlan, Resident, Visit
from gridwarden.queries import today as tq
from gridwarden.queries import today_tiles as tt
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.rounds import NOT_HOME
from gridwarden.settings import Settings
from gridwarden.store import Store


@pytest.mark.demo(households=300, events=80)
def test_care_tile_counts_every_plan_by_its_next_visit_day(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    calendar = WorkCalendar.from_settings(Settings())
    until = calendar.add_working_days(today, 3)
    with store.sessions() as s:
        residents = {r.id: r for r in s.execute(select(Resident)).scalars()}
        visits = [
            v
            for v in s.execute(select(Visit)).scalars()
            if v.deleted_at is None and v.outcome != NOT_HOME
        ]
        dues: list[date] = []
        for plan in s.execute(select(CarePlan)).scalars():
            person = residents[plan.resident_id]
            if not plan.active or plan.deleted_at is not None or person.deleted_at is not None:
                continue
            met = [
                v.visited_at
                for v in visits
                if v.household_id == person.household_id and v.resident_id in (person.id, None)
            ]
            base = to_local(max(met)).date() if met else plan.started_on
            dues.append(base + timedelta(days=plan.frequency_days))
        care = tt.tiles(s, today, calendar)["care"]
    expected = (
        sum(1 for d in dues if d < today),
        sum(1 for d in dues if d == today),
        sum(1 for d in dues if today < d <= until),
    )
    assert (care.overdue, care.due_today, care.soon) == expected
    assert care.overdue > 0
    assert len(dues) > care.total  # plans not due within 3 working days are not counted


@pytest.mark.demo(households=120, events=20)
def test_the_care_targets_are_read_once_within_a_today_read(
    store: Store, clock: FixedClock
) -> None:
    today = clock.today()
    calendar = WorkCalendar.from_settings(Settings())
    with store.sessions() as s:
        with tq.care_read_once(s):
            first = tq.care_targets(s)
            assert tq.care_targets(s) is first  # shared, not read again
            section = tq.care_due(s, today)
            tiles = tt.tiles(s, today, calendar)
        again = tq.care_targets(s)  # outside the block: a read of its own
        assert again is not first
        assert again == first
        assert tq.care_due(s, today) == section
    assert tiles["care"].overdue + tiles["care"].due_today == len(section)
    assert [c.days_overdue for c in section] == sorted(
        (c.days_overdue for c in section), reverse=True
    )
    assert len(section) > 0


@pytest.mark.demo(households=300, events=80)
def test_the_care_count_without_rows_is_what_the_care_section_lists(
    store: Store, clock: FixedClock
) -> None:
    """The navigation badges count the care section in the schedule (no row read) when 今日 is
    not open: the same number of rows, and of overdue ones, as the section lists."""
    today = clock.today()
    with store.sessions() as s:
        listed = tq.care_due(s, today)
        counted = tq.care_due_counts(s, today)
    assert counted == (len(listed), sum(1 for c in listed if c.due < today))
    assert counted[1] > 0 and counted[0] > counted[1]  # some due today, some overdue
