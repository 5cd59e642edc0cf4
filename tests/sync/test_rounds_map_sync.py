"""The round, campaigns and the map's data through the real server (SQLite and PostgreSQL): a
campaign set by the centre reaches the warden, the warden's round and its 未遇 visit reach the
grid leader, map features imported by the centre reach every laptop, and a household moved into
another grid by its point follows on the server (the other grid's warden receives it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import Household, MapFeature, PatrolRound, Visit
from gridwarden.queries import rounds as rq
from gridwarden.services.geo import GeoService
from gridwarden.services.register import HouseholdDraft
from gridwarden.services.rounds import CampaignDraft, RoundService, Tick
from tests.conftest import present
from tests.sync.harness import District, Laptop


def test_campaign_round_and_not_at_home_reach_the_grid_leader(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, lead, boss = laptop("wang"), laptop("lead"), laptop("boss")
    homes = [
        present(
            wang.register.save_household(
                HouseholdDraft(
                    district.micro1, f"工农路5号工农花苑{n}幢1单元101室", ["elderly_alone"]
                )
            ).primary_id
        )
        for n in (1, 2)
    ]
    wang.sync()
    campaign = present(
        RoundService(boss.ctx)
        .create_campaign(
            CampaignDraft(
                "汛前独居老人走访",
                "flood_season",
                date(2026, 11, 29),
                date(2026, 12, 15),
                [district.micro1],
                ["elderly_alone"],
            )
        )
        .primary_id
    )
    assert boss.sync().rejected == 0
    wang.sync()
    with wang.store.sessions() as session:
        assert [c.name for c in rq.campaigns(session, date(2026, 11, 30))] == ["汛前独居老人走访"]
    rounds = RoundService(wang.ctx)
    round_id = present(rounds.start(campaign).primary_id)
    rounds.tick(round_id, Tick(homes[0], "met", findings="已讲解汛期避险"))
    rounds.tick(round_id, Tick(homes[1], "not_home"))
    wang.clock.advance(minutes=35)
    rounds.finish(round_id)
    assert wang.sync().rejected == 0
    lead.sync()
    seen = present(lead.get("patrol_round", round_id))
    assert isinstance(seen, PatrolRound)
    assert (seen.planned, seen.visited, seen.not_home, seen.campaign_id) == (2, 1, 1, campaign)
    finished = present(wang.get("patrol_round", round_id))
    assert isinstance(finished, PatrolRound)
    assert seen.finished_at == present(finished.finished_at)  # the warden's time, on the lead's too
    with lead.store.sessions() as session:
        cover = rq.coverage(session, campaign)
        outcomes = {
            v.household_id: v.outcome
            for v in session.execute(select(Visit).where(col(Visit.round_id) == round_id)).scalars()
        }
    assert [(c.visited, c.total) for c in cover] == [(1, 2)]
    assert outcomes == {homes[0]: "met", homes[1]: "not_home"}
    # a warden may not set a campaign: the public record is the centre's
    zhao = laptop("zhao")
    assert campaign in zhao.ids("campaign")


def test_map_data_from_the_centre_moves_a_household_into_another_grid(
    laptop: Callable[[str], Laptop], district: District, tmp_path: Path
) -> None:
    wang, zhao, boss = laptop("wang"), laptop("zhao"), laptop("boss")
    home = wang.new_household(district.micro1, "和平路3号和平小区7幢1单元201室", head="钱玉兰")
    wang.sync()
    boss.sync()

    def square(x0: float) -> dict[str, object]:
        ring = [[x0, 32.0], [x0 + 0.01, 32.0], [x0 + 0.01, 32.01], [x0, 32.01], [x0, 32.0]]
        return {"type": "Polygon", "coordinates": [ring]}

    path = tmp_path / "boundaries.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": square(120.86),
                        "properties": {"kind": "micro_grid", "area_id": district.micro1},
                    },
                    {
                        "type": "Feature",
                        "geometry": square(120.87),
                        "properties": {"kind": "micro_grid", "area_id": district.micro2},
                    },
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [120.875, 32.005]},
                        "properties": {"kind": "building", "name": "和平路3号和平小区7幢"},
                    },
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    GeoService(boss.ctx).import_geojson(path)
    assert boss.sync().rejected == 0
    zhao.sync()
    moved = present(zhao.get("household", home))
    assert isinstance(moved, Household)
    assert (moved.micro_grid_id, moved.lon, moved.lat) == (district.micro2, 120.875, 32.005)
    with zhao.store.sessions() as session:
        alive = select(col(MapFeature.kind)).where(col(MapFeature.deleted_at).is_(None))
        kinds = sorted(session.execute(alive).scalars())
    assert kinds == ["building", "micro_grid", "micro_grid"]
    # wang receives the map and, at the next verify, lets go of the household
    wang.sync(verify=True)
    assert zhao.ids("map_feature") <= wang.ids("map_feature")
    assert home not in wang.ids("household")
