"""The warden's round in walking order, ticked off (未遇 in one click), with its counts and
duration; campaign sweeps and their coverage per micro-grid."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.queries import rounds as rq
from gridwarden.queries.today import care_due
from gridwarden.rules.rounds import place_of
from gridwarden.services.context import ServiceContext
from gridwarden.services.register import (
    CarePlanDraft,
    HouseholdDraft,
    RegisterService,
    ResidentDraft,
)
from gridwarden.services.rounds import CampaignDraft, RoundService, Tick
from gridwarden.services.visits import VisitDraft, VisitService
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import Places, present

ESTATE = "青年中路15号青年花苑"


def test_walking_order_is_building_unit_room_with_numbers_as_numbers() -> None:
    addresses = [
        f"{ESTATE}10幢1单元101室",
        f"{ESTATE}2幢2单元101室",
        f"{ESTATE}2幢1单元1001室",
        f"{ESTATE}2幢1单元201室",
        "工农路8号",
    ]
    ordered = [p.address for p in sorted(place_of(a) for a in addresses)]
    assert ordered == [
        "工农路8号",
        f"{ESTATE}2幢1单元201室",
        f"{ESTATE}2幢1单元1001室",
        f"{ESTATE}2幢2单元101室",
        f"{ESTATE}10幢1单元101室",
    ]
    place = place_of(f"{ESTATE}9栋1单元101室")
    assert (place.building, place.unit, place.room_no) == (f"{ESTATE}9栋", "1单元", 101)


def care_target(register: RegisterService, places: Places, address: str, name: str) -> str:
    home = present(register.save_household(HouseholdDraft(places.micro, address)).primary_id)
    person = present(register.save_resident(ResidentDraft(home, name)).primary_id)
    register.set_care_plan(CarePlanDraft(person, "elderly_alone", 7))
    return home


def test_a_round_over_the_due_households(
    store: Store,
    ctx: ServiceContext,
    register: RegisterService,
    visits: VisitService,
    places: Places,
    clock: FixedClock,
) -> None:
    far = care_target(register, places, f"{ESTATE}10幢1单元101室", "张桂英")
    near = care_target(register, places, f"{ESTATE}2幢2单元301室", "李秀兰")
    first = care_target(register, places, f"{ESTATE}2幢1单元101室", "王玉珍")
    follow = present(
        register.save_household(HouseholdDraft(places.micro, f"{ESTATE}2幢1单元102室")).primary_id
    )
    visits.record(
        VisitDraft(follow, "dispute_follow_up", "邻里噪声", clock.today() + timedelta(days=3))
    )
    clock.advance(days=8)
    rounds = RoundService(ctx)
    with store.sessions() as session:
        stops = rq.due_stops(session, clock.today())
    assert [s.household_id for s in stops] == [first, follow, near, far]
    assert [[str(r) for r in s.reasons] for s in stops][:2] == [
        ["关怀 王玉珍（逾期 1 天）"],
        ["回访 邻里噪声"],
    ]
    groups = rq.grouped(stops)
    assert [(b, [(u, len(h)) for u, h in units]) for b, units in groups] == [
        (f"{ESTATE}2幢", [("1单元", 2), ("2单元", 1)]),
        (f"{ESTATE}10幢", [("1单元", 1)]),
    ]
    round_id = present(rounds.start().primary_id)
    with pytest.raises(TransitionError) as twice:
        rounds.start()
    assert str(twice.value) == "上一轮巡查尚未结束，请先结束再开始新的一轮"
    rounds.tick(round_id, Tick(first, "met", "care", stops[0].resident_id, "身体尚好"))
    rounds.tick(round_id, Tick(near, "not_home"))  # 未遇: one click
    rounds.tick(round_id, Tick(follow, "met", "dispute_follow_up", findings="已和解"))
    clock.advance(minutes=47)
    rounds.finish(round_id)
    with store.sessions() as session:
        summary = present(rq.round_summary(session, round_id))
        still_due = {c.household_id for c in care_due(session, clock.today())}
        left = [s.household_id for s in rq.due_stops(session, clock.today())]
    assert (summary.planned, summary.visited, summary.not_home) == (4, 2, 1)
    assert summary.duration(clock.now()) == timedelta(minutes=47)
    assert summary.outcomes == {first: "met", near: "not_home", follow: "met"}
    assert still_due == {near, far}  # 未遇 leaves the care visit owed
    assert left == [near, far]
    with pytest.raises(TransitionError) as done:
        rounds.tick(round_id, Tick(far))
    assert str(done.value) == "这一轮巡查已经结束"


def test_a_tick_needs_a_known_outcome(
    ctx: ServiceContext, register: RegisterService, places: Places
) -> None:
    rounds = RoundService(ctx)
    round_id = present(rounds.start().primary_id)
    home = present(register.save_household(HouseholdDraft(places.micro, "工农路1号")).primary_id)
    with pytest.raises(ValidationError) as caught:
        rounds.tick(round_id, Tick(home, "maybe", "nonsense"))
    assert set(caught.value.fields) == {"outcome", "purpose"}


def test_campaign_coverage_per_micro_grid(
    store: Store,
    ctx: ServiceContext,
    register: RegisterService,
    places: Places,
    clock: FixedClock,
) -> None:
    homes = {}
    for micro, address, tags in (
        (places.micro, f"{ESTATE}1幢1单元101室", ["elderly_alone"]),
        (places.micro, f"{ESTATE}1幢1单元102室", ["elderly_alone", "rental"]),
        (places.micro, f"{ESTATE}1幢1单元201室", []),  # not a target: no tag asked for
        (places.other_micro, f"{ESTATE}3幢1单元101室", ["empty_nest"]),
        (places.other_micro, f"{ESTATE}3幢2单元101室", ["elderly_alone"]),
    ):
        homes[address[-10:]] = present(
            register.save_household(HouseholdDraft(micro, address, tags)).primary_id
        )
    draft = CampaignDraft(
        "冬季反诈入户宣传",
        "fraud_warning",
        date(2026, 11, 29),
        date(2026, 12, 31),
        [places.micro, places.other_micro],
        ["elderly_alone", "empty_nest"],
    )
    with pytest.raises(TransitionError) as warden:
        RoundService(ctx).create_campaign(draft)
    assert str(warden.value) == "只有网格中心可以发起专项走访"
    centre = Settings(user_id="centre", user_name="周主任", user_role="supervisor")
    with pytest.raises(ValidationError) as bad:
        RoundService(store.context(centre, clock)).create_campaign(
            CampaignDraft(" ", "party", date(2026, 12, 2), date(2026, 12, 1), [])
        )
    assert set(bad.value.fields) == {"name", "kind", "ends_on", "micro_grid_ids"}
    campaign = present(RoundService(store.context(centre, clock)).create_campaign(draft).primary_id)
    rounds = RoundService(ctx)
    with store.sessions() as session:
        stops = rq.campaign_stops(session, campaign)
    assert len(stops) == 4
    round_id = present(rounds.start(campaign).primary_id)
    rounds.tick(round_id, Tick(stops[0].household_id))
    rounds.tick(round_id, Tick(stops[1].household_id, "not_home"))
    rounds.tick(round_id, Tick(stops[3].household_id))
    with store.sessions() as session:
        found = rq.coverage(session, campaign)
        summary = present(rq.round_summary(session, round_id))
        running = rq.campaigns(session, clock.today())
    assert [(m.name, m.visited, m.total) for m in found] == [
        ("第1-1微网格", 1, 2),
        ("第1-2微网格", 1, 2),
    ]
    assert [a for _h, a in found[0].missing] == [f"{ESTATE}1幢1单元102室"]  # 未遇: still missing
    assert [a for _h, a in found[1].missing] == [f"{ESTATE}3幢1单元101室"]
    assert found[0].rate == 0.5
    assert (summary.planned, summary.visited, summary.not_home) == (4, 2, 1)
    assert [c.name for c in running] == ["冬季反诈入户宣传"]
