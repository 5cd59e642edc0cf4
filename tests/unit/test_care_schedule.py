"""The care schedule (issue 15): each live care plan's next visit day, kept by SQLite triggers
whatever writes the register (services, a sync pull in any order, raw SQL), always equal to the
same day computed from the plans, residents, households and visits themselves."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlmodel import Session

from gridwarden.clock import FixedClock, to_local
from gridwarden.models import CarePlan, Household, Resident, Visit
from gridwarden.queries import today as tq
from gridwarden.queries import today_care
from gridwarden.rules.rounds import NOT_HOME
from gridwarden.services.register import (
    CarePlanDraft,
    HouseholdDraft,
    RegisterService,
    ResidentDraft,
)
from gridwarden.services.visits import VisitDraft, VisitService
from gridwarden.store import Store
from tests.conftest import Places, present
from tests.unit.test_register import add_resident, new_household

Target = tuple[str, str, str, str, str, int, datetime | None, date]


def reference(store: Store) -> list[Target]:
    """Every live plan's target and next visit day, computed in Python from the records."""
    with store.sessions() as s:
        households = {h.id: h for h in s.execute(select(Household)).scalars()}
        residents = {r.id: r for r in s.execute(select(Resident)).scalars()}
        visits = [
            v
            for v in s.execute(select(Visit)).scalars()
            if v.deleted_at is None and v.outcome != NOT_HOME
        ]
        found: list[Target] = []
        for plan in s.execute(select(CarePlan)).scalars():
            person = residents.get(plan.resident_id)
            if not plan.active or plan.deleted_at is not None:
                continue
            if person is None or person.deleted_at is not None:
                continue
            home = households.get(person.household_id)
            if home is None:
                continue
            met = [
                v.visited_at
                for v in visits
                if v.household_id == person.household_id and v.resident_id in (person.id, None)
            ]
            last = max(met) if met else None
            base = to_local(last).date() if last else plan.started_on
            due = base + timedelta(days=plan.frequency_days)
            found.append(
                (
                    person.id,
                    home.id,
                    person.name,
                    home.address,
                    plan.reason,
                    plan.frequency_days,
                    last,
                    due,
                )
            )
    return sorted(found, key=lambda t: (t[7], t[3], t[0]))


def kept(store: Store) -> list[Target]:
    with store.sessions() as s:
        targets = tq.care_targets(s)
    rows = [
        (
            t.resident_id,
            t.household_id,
            t.name,
            t.address,
            t.reason,
            t.frequency_days,
            t.last_visit.replace(tzinfo=None) if t.last_visit else None,
            t.due,
        )
        for t in targets
    ]
    return sorted(rows, key=lambda t: (t[7], t[3], t[0]))


def naive(rows: list[Target]) -> list[Target]:
    return [(*r[:6], r[6].replace(tzinfo=None) if r[6] else None, r[7]) for r in rows]


def rebuilt(store: Store) -> list[tuple[object, ...]]:
    """The table recomputed from scratch equals the table as the triggers kept it."""
    with store.sessions() as s:
        before = s.execute(text("SELECT * FROM care_schedule ORDER BY plan_id")).all()
        for statement in today_care.REBUILD:
            s.execute(text(statement))
        after = s.execute(text("SELECT * FROM care_schedule ORDER BY plan_id")).all()
        s.rollback()
    assert before == after
    return list(before)


def test_services_keep_the_next_visit_day(
    store: Store,
    register: RegisterService,
    visits: VisitService,
    places: Places,
    clock: FixedClock,
) -> None:
    today = clock.today()
    home = new_household(register, places, "青年路8号2幢301室")
    grandma = add_resident(register, home, "王奶奶")
    son = add_resident(register, home, "王强", relation="子女")
    register.set_care_plan(CarePlanDraft(grandma, "elderly_alone", 7))
    with store.sessions() as s:
        (due,) = tq.care_due(s, today + timedelta(7))
    assert (due.name, due.address, due.last_visit, due.due) == (
        "王奶奶",
        "青年路8号2幢301室",
        None,
        today + timedelta(7),
    )
    # a visit to someone else in the household does not count; one to nobody in particular does
    visits.record(VisitDraft(home, "care", "看望", resident_id=son))
    assert [t.due for t in kept_targets(store)] == [today + timedelta(7)]
    clock.advance(days=3)
    visits.record(VisitDraft(home, "routine", "例行", resident_id=None))
    assert [t.due for t in kept_targets(store)] == [today + timedelta(10)]
    # 未遇 does not count: the visit is still owed
    clock.advance(days=2)
    visits.record(VisitDraft(home, "care", resident_id=grandma, outcome=NOT_HOME))
    assert [t.due for t in kept_targets(store)] == [today + timedelta(10)]
    met = visits.record(VisitDraft(home, "care", "精神好", resident_id=grandma))
    assert [t.due for t in kept_targets(store)] == [today + timedelta(12)]
    # voided: the visit before it counts again
    visits.void(present(met.primary_id), "记错了户")
    assert [t.due for t in kept_targets(store)] == [today + timedelta(10)]
    # renamed, a new address, a new frequency
    register.save_resident(ResidentDraft(home, "王桂兰", id=grandma))
    register.save_household(HouseholdDraft(places.micro, "青年路8号2幢302室", id=home))
    register.set_care_plan(CarePlanDraft(grandma, "elderly_alone", 14))
    (target,) = kept_targets(store)
    assert (target.name, target.address, target.frequency_days, target.due) == (
        "王桂兰",
        "青年路8号2幢302室",
        14,
        today + timedelta(17),
    )
    assert naive(kept(store)) == naive(reference(store))
    rebuilt(store)
    # the plan ended; a second target removed from the register
    register.set_care_plan(CarePlanDraft(grandma, "elderly_alone", 14, active=False))
    register.set_care_plan(CarePlanDraft(son, "disabled", 30))
    assert [t.name for t in kept_targets(store)] == ["王强"]
    register.remove_resident(son, "迁出")
    assert kept_targets(store) == []
    assert rebuilt(store) == []


def kept_targets(store: Store) -> list[tq.CareTarget]:
    with store.sessions() as s:
        return tq.care_targets(s)


_STAMP = "'2026-01-01 00:00:00.000000', 'test'"


def test_a_pull_in_any_order_and_raw_writes_keep_it(store: Store, places: Places) -> None:
    """Records arriving plan first, household last (a sync page's order), and a visit late in
    the local evening (UTC 16:30 is the next local day). The sync client's engine: foreign keys
    off, as a page's records arrive in any order."""
    engine = store.make_engine(foreign_keys=False)
    with Session(engine) as s:
        run = s.execute
        run(
            text(
                "INSERT INTO visit (id, version, base_version, updated_at, updated_by,"
                " household_id, resident_id, visitor_id, visitor_name, visited_at, purpose,"
                " findings, outcome) VALUES ('v1', 1, 1, " + _STAMP + ", 'h1', NULL, 'w', '网格员',"
                " '2026-11-01 16:30:00.000000', 'care', '', 'met')"
            )
        )
        run(
            text(
                "INSERT INTO care_plan (id, version, base_version, updated_at, updated_by,"
                " resident_id, reason, frequency_days, started_on, active)"
                " VALUES ('p1', 1, 1, " + _STAMP + ", 'r1', 'elderly_alone', 7, '2026-10-01', 1)"
            )
        )
        assert run(text("SELECT count(*) FROM care_schedule")).scalar() == 0  # no resident yet
        run(
            text(
                "INSERT INTO resident (id, version, base_version, updated_at, updated_by,"
                " household_id, name, phone, relation, disabled, subsistence, extreme_poverty,"
                " notes) VALUES ('r1', 1, 1, "
                + _STAMP
                + ", 'h1', '李大爷', '', '户主', 0, 0, 0, '')"
            )
        )
        assert tq.care_targets(s) == []  # no household yet: not listed
        run(
            text(
                "INSERT INTO household (id, version, base_version, updated_at, updated_by,"
                " micro_grid_id, address, tags, notes) VALUES ('h1', 1, 1, " + _STAMP + ","
                " :micro, '工农路3号1幢101室', '[]', '')"
            ),
            {"micro": places.micro},
        )
        (target,) = tq.care_targets(s)
        s.commit()
    engine.dispose()
    assert target.name == "李大爷" and target.address == "工农路3号1幢101室"
    assert target.due == date(2026, 11, 9)  # met on 2 November, local day, plus 7
    assert naive(kept(store)) == naive(reference(store))
    rebuilt(store)


def test_random_register_work_keeps_it_equal_to_the_records(
    store: Store,
    register: RegisterService,
    visits: VisitService,
    places: Places,
    clock: FixedClock,
) -> None:
    rng = random.Random(15)
    homes = [new_household(register, places, f"青年路{n}号1幢10{n}室") for n in range(6)]
    people = [(h, add_resident(register, h, f"居民{n}")) for n, h in enumerate(homes)]
    people += [
        (h, add_resident(register, h, f"家人{n}", relation="子女")) for n, h in enumerate(homes)
    ]
    done: list[str] = []
    for _ in range(80):
        home, person = rng.choice(people)
        action = rng.randrange(6)
        if action == 0:
            register.set_care_plan(
                CarePlanDraft(person, "elderly_alone", rng.choice([7, 14, 30]), rng.random() > 0.2)
            )
        elif action in (1, 2):
            who = person if rng.random() > 0.3 else None
            outcome = NOT_HOME if rng.random() < 0.25 else "met"
            done.append(
                present(
                    visits.record(
                        VisitDraft(home, "care", resident_id=who, outcome=outcome)
                    ).primary_id
                )
            )
        elif action == 3 and done:
            visits.void(done.pop(rng.randrange(len(done))), "作废")
        elif action == 4:
            register.save_household(
                HouseholdDraft(places.micro, f"青年路{rng.randrange(99)}号2幢201室", id=home)
            )
        clock.advance(seconds=rng.randrange(3600, 5 * 86_400))
    expected = reference(store)
    assert len(expected) >= 3
    assert naive(kept(store)) == naive(expected)
    rebuilt(store)
    local = to_local(clock.now())  # a visit at 23:59 local: the next day in UTC terms before
    late = (local + timedelta(days=1)).replace(hour=23, minute=59)
    clock.advance(seconds=(late - local).total_seconds())
    visits.record(VisitDraft(homes[0], "routine"))
    assert naive(kept(store)) == naive(reference(store))


def open_follow_ups(store: Store) -> list[tuple[object, ...]]:
    """follow_up_open as the triggers kept it, and equal to it recomputed from the visits."""
    with store.sessions() as s:
        query = text("SELECT * FROM follow_up_open ORDER BY visit_id")
        before = s.execute(query).all()
        for statement in today_care.FOLLOW_UP_REBUILD:
            s.execute(text(statement))
        assert s.execute(query).all() == before
        s.rollback()
    return list(before)


def test_random_visits_keep_the_open_follow_ups_equal_to_the_visits(
    store: Store,
    register: RegisterService,
    visits: VisitService,
    places: Places,
    clock: FixedClock,
) -> None:
    """Visits with and without follow-ups, 未遇, voided, in five households: the first rows
    and counts Today reads equal the follow-ups found from the visits themselves, every day."""
    rng = random.Random(12)
    homes = [new_household(register, places, f"和平路{n}号1幢10{n}室") for n in range(5)]
    start = clock.today()
    done: list[str] = []
    for _ in range(60):
        home = rng.choice(homes)
        if done and rng.random() < 0.15:
            visits.void(done.pop(rng.randrange(len(done))), "作废")
        else:
            follow = clock.today() + timedelta(rng.randrange(1, 6)) if rng.random() < 0.6 else None
            outcome = NOT_HOME if rng.random() < 0.2 else "met"
            draft = VisitDraft(home, "routine", "情况", follow, outcome=outcome)
            done.append(present(visits.record(draft).primary_id))
        clock.advance(seconds=rng.randrange(3600, 2 * 86_400))
    assert len(open_follow_ups(store)) >= 2
    with store.sessions() as s:
        for day in (start + timedelta(n) for n in range(0, 80, 3)):
            every = tq.follow_ups_due(s, day)
            first = tq.follow_ups_first(s, day, 3)
            assert list(first) == every[:3]
            late = sum(1 for f in every if f.follow_up_date < day)
            assert (first.total, first.late) == (len(every), late)


def test_a_pull_bringing_an_older_visit_after_a_newer_one(store: Store, places: Places) -> None:
    """History in any order: an older visit with a follow-up arriving after a newer visit to the
    household is closed already; a newer one arriving later closes the older one's."""
    engine = store.make_engine(foreign_keys=False)
    visit = (
        "INSERT INTO visit (id, version, base_version, updated_at, updated_by, household_id,"
        " resident_id, visitor_id, visitor_name, visited_at, purpose, findings, follow_up_date,"
        " outcome) VALUES (:id, 1, 1, " + _STAMP + ", 'h1', NULL, 'w', '网格员', :at,"
        " 'routine', '', :follow, 'met')"
    )
    with Session(engine) as s:
        s.execute(
            text(
                "INSERT INTO household (id, version, base_version, updated_at, updated_by,"
                " micro_grid_id, address, tags, notes) VALUES ('h1', 1, 1, " + _STAMP + ","
                " :micro, '工农路3号1幢101室', '[]', '')"
            ),
            {"micro": places.micro},
        )
        s.execute(text(visit), {"id": "v2", "at": "2026-11-10 02:00:00.000000", "follow": None})
        s.execute(
            text(visit), {"id": "v1", "at": "2026-11-01 02:00:00.000000", "follow": "2026-11-05"}
        )
        assert s.execute(text("SELECT count(*) FROM follow_up_open")).scalar() == 0
        s.execute(
            text(visit), {"id": "v3", "at": "2026-11-12 02:00:00.000000", "follow": "2026-11-20"}
        )
        s.execute(
            text(visit), {"id": "v4", "at": "2026-11-11 02:00:00.000000", "follow": "2026-11-15"}
        )
        opened = s.execute(text("SELECT visit_id FROM follow_up_open")).scalars().all()
        s.commit()
    engine.dispose()
    assert opened == ["v3"]
    with store.sessions() as s:
        (due,) = tq.follow_ups_first(s, date(2026, 11, 25), 10)
        assert due.visit_id == "v3" and due.address == "工农路3号1幢101室"
        assert tq.follow_ups_due(s, date(2026, 11, 25)) == [due]
    open_follow_ups(store)


def test_a_store_at_head_has_every_trigger(store: Store) -> None:
    """Alembic's batch mode rebuilds a SQLite table (copy, drop, rename) and its triggers go
    with the old table: a later migration that alters visit, resident, household or care_plan
    that way must create the triggers again (today_care.create_triggers), or this fails."""
    wanted = set(today_care.TRIGGERS) | set(today_care.FOLLOW_UP_TRIGGERS)
    with store.sessions() as s:
        found = set(
            s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    assert wanted <= found
    # 13 keep the care schedule, 3 its walk (wk001), 5 the open follow-ups
    assert len(wanted) == 21
