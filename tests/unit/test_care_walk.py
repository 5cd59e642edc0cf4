"""Today's care list read as a walk (issue 15, migration wk001): the first rows in walking order
and the counts of every building and unit come from the walk keys the store keeps per household,
and equal what parsing every due row's address in Python gives."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from sqlalchemy import text

from gridwarden.clock import FixedClock
from gridwarden.db.engine import make_engine
from gridwarden.queries import today as tq
from gridwarden.rules.rounds import place_of, walk_key
from gridwarden.search import household_row
from gridwarden.services.register import CarePlanDraft, HouseholdDraft, RegisterService
from gridwarden.store import Store
from tests.conftest import Places, present
from tests.unit.test_register import add_resident, new_household
from tests.unit.test_search_order import _downgrade, _upgraded

ESTATES = ("青年中路15号青年花苑", "青年中路9号", "工农路2号工农新村", "和平路")


def _address(rng: random.Random) -> str:
    estate = rng.choice(ESTATES)
    if rng.random() < 0.15:
        return f"{estate}{rng.randint(1, 30)}号"  # no building: sorts by its first number
    unit = f"{rng.randint(1, 3)}单元" if rng.random() < 0.7 else ""
    return f"{estate}{rng.randint(1, 12)}幢{unit}{rng.randint(1, 6)}0{rng.randint(1, 4)}室"


def _care_targets(register: RegisterService, places: Places, count: int) -> None:
    rng = random.Random(15)
    for n in range(count):
        home = new_household(register, places, _address(rng))
        person = add_resident(register, home, f"关怀{n}")
        register.set_care_plan(CarePlanDraft(person, "elderly_alone", rng.choice((7, 14, 30))))


def _walk_counts(rows: list[tq.CareDue]) -> dict[tuple[str, str], int]:
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        place = place_of(row.address)
        counts[(place.building, "\0")] += 1
        counts[(place.building, place.unit)] += 1
    return dict(counts)


def _in_walking_order(rows: list[tq.CareDue]) -> list[tq.CareDue]:
    return sorted(rows, key=lambda r: place_of(r.address))


def test_the_first_rows_of_the_walk_and_its_counts_equal_every_row_parsed(
    store: Store, register: RegisterService, places: Places, clock: FixedClock
) -> None:
    _care_targets(register, places, 90)
    day = clock.today() + timedelta(days=20)  # the weekly and fortnightly plans are due
    with store.sessions() as s:
        every = tq.care_due(s, day)
        walk = _in_walking_order(every)
        # list up to the middle of a building: its later rows are counted, not listed
        first = next(
            n
            for n in range(20, len(walk))
            if place_of(walk[n - 1].address).building == place_of(walk[n].address).building
        )
        walked = tq.care_due_walked(s, day, first)
    assert 20 < len(every) < 90
    assert list(walked) == walk[:first]
    # the listed rows' buildings and units, each counted with every row due there
    listed = {place_of(r.address).building for r in walked}
    assert walked.groups == {k: n for k, n in _walk_counts(every).items() if k[0] in listed}
    in_listed_buildings = [r for r in every if place_of(r.address).building in listed]
    assert len(in_listed_buildings) > len(walked)  # counted, not only listed
    assert sum(n for (_b, unit), n in walked.groups.items() if unit == "\0") == len(
        in_listed_buildings
    )
    assert (walked.total, walked.late) == (len(every), sum(r.days_overdue > 0 for r in every))


def test_a_household_moved_to_another_building_moves_on_the_walk(
    store: Store, register: RegisterService, places: Places, clock: FixedClock
) -> None:
    first = new_household(register, places, "青年中路9号3幢1单元101室")
    second = new_household(register, places, "青年中路9号12幢1单元101室")
    for home, name in ((first, "王奶奶"), (second, "李爷爷")):
        register.set_care_plan(CarePlanDraft(add_resident(register, home, name), "disabled", 7))
    day = clock.today() + timedelta(days=7)
    with store.sessions() as s:
        assert [r.name for r in tq.care_due_walked(s, day, 10)] == ["王奶奶", "李爷爷"]
    register.save_household(HouseholdDraft(places.micro, "青年中路9号20幢2单元101室", id=first))
    with store.sessions() as s:
        walked = tq.care_due_walked(s, day, 10)
    assert [r.name for r in walked] == ["李爷爷", "王奶奶"]  # 12幢 before 20幢: numbers as numbers
    assert walked.groups == {
        ("青年中路9号12幢", "\0"): 1,
        ("青年中路9号12幢", "1单元"): 1,
        ("青年中路9号20幢", "\0"): 1,
        ("青年中路9号20幢", "2单元"): 1,
    }


def test_a_household_without_its_search_row_yet_comes_last_and_counts_nowhere(
    store: Store, register: RegisterService, places: Places, clock: FixedClock
) -> None:
    """A first sync's index stage: the records are stored, their search rows not yet."""
    homes = [new_household(register, places, f"工农路2号工农新村{n}幢101室") for n in (1, 2, 3)]
    for n, home in enumerate(homes):
        register.set_care_plan(CarePlanDraft(add_resident(register, home, f"对象{n}"), "other", 7))
    with store.sessions() as s:
        s.execute(text("DELETE FROM household_search WHERE household_id = :h"), {"h": homes[0]})
        s.commit()
        walked = tq.care_due_walked(s, clock.today() + timedelta(days=7), 10)
    assert [r.name for r in walked] == ["对象1", "对象2", "对象0"]
    assert walked.total == 3
    assert ("工农路2号工农新村1幢", "\0") not in walked.groups


def test_wk001_fills_in_the_walk_of_every_stored_household_and_goes_down_again(
    store: Store, register: RegisterService, places: Places
) -> None:
    homes = {
        new_household(register, places, address): address
        for address in ("青年中路15号青年花苑9幢1单元101室", "和平路3号", "工农路2号12幢302室")
    }
    person = add_resident(register, next(iter(homes)), "张三")
    register.set_care_plan(CarePlanDraft(person, "elderly_alone", 7))
    paths, key = store.paths, present(store.key)
    store.close()
    engine = make_engine(paths.store, key, foreign_keys=False)
    _downgrade(engine, paths.store, "sd001")
    with engine.connect() as connection:
        columns = {
            table: {row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))}
            for table in ("household_search", "care_schedule")
        }
        triggers = set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            .scalars()
            .all()
        )
    engine.dispose()
    assert not any("walk_key" in names for names in columns.values())
    assert not any(name.startswith("tr_care_schedule_walk") for name in triggers)
    assert "tr_care_schedule_plan_insert" in triggers  # td001's, without the walk
    with _upgraded(paths, key, "sd001") as reopened, reopened.sessions() as s:
        kept = {
            hid: (walk, building, unit)
            for hid, walk, building, unit in s.execute(
                text(
                    "SELECT household_id, walk_key, walk_building, walk_unit FROM household_search"
                )
            )
        }
        scheduled = s.execute(
            text("SELECT household_id, walk_key, walk_building, walk_unit FROM care_schedule")
        ).all()
    expected = {
        hid: (row["walk_key"], row["walk_building"], row["walk_unit"])
        for hid, address in homes.items()
        for row in [household_row(hid, places.micro, address, [])]
    }
    assert kept == expected
    assert kept[next(iter(homes))][1:] == ("青年中路15号青年花苑9幢", "1单元")
    # the care schedule took its household's walk through the new triggers
    first = next(iter(homes))
    assert [tuple(row) for row in scheduled] == [(first, *kept[first])]


def test_the_walk_key_sorts_as_the_place_does() -> None:
    """SQL orders by the walk key what Python orders by the Place: estates that begin others,
    numbers as numbers (9幢 before 10幢), no building, no unit, spaces, a huge number."""
    rng = random.Random(7)
    addresses = [_address(rng) for _ in range(2000)] + [
        "青年中路",
        "青年中路15号",
        "青年中路15号青年花苑9 幢1 单元101室",
        "青年中路15号青年花苑123456789012幢1单元1室",
        "A路3号楼1单元",
        "A路3号",
    ]
    places = [place_of(address) for address in addresses]
    assert sorted(places) == sorted(places, key=walk_key)
