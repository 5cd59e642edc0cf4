"""The grid map's data: GeoJSON read and refused with reasons, point-in-polygon placement of
households (demo geometry and an imported file), what the map draws."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import LOCAL_TZ, FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import Area, GridEvent, Household, MapFeature
from gridwarden.queries import map as mq
from gridwarden.queries import rounds as rq
from gridwarden.rules import geo
from gridwarden.services.context import ServiceContext
from gridwarden.services.geo import GeoService
from gridwarden.services.register import HouseholdDraft, RegisterService
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import Places, present


def square(x0: float, y0: float, size: float = 0.01) -> dict[str, Any]:
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    return {"type": "Polygon", "coordinates": [ring]}


def feature(kind: str, geometry: dict[str, Any], **props: str) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": {"kind": kind, **props}}


def collection(*features: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"type": "Feature"}, "不是 GeoJSON 要素集合（FeatureCollection）"),
        (
            collection(feature("park", square(120.8, 32.0))),
            "第 1 个要素缺少 kind（micro_grid 或 building）",
        ),
        (
            collection(feature("building", square(120.8, 32.0), name="1幢")),
            "第 1 个要素应为 Point",
        ),
        (
            collection(
                feature(
                    "micro_grid",
                    {
                        "type": "Polygon",
                        "coordinates": [
                            [
                                [120.8, 32.0],
                                [120.81, 32.01],
                                [120.81, 32.0],
                                [120.8, 32.01],
                                [120.8, 32.0],
                            ]
                        ],
                    },
                    name="第1-1微网格",
                )
            ),
            "第 1 个要素的边界自相交或不闭合",
        ),
        (
            collection(
                feature("building", {"type": "Point", "coordinates": [32.0, 120.86]}, name="1幢")
            ),
            "第 1 个要素的坐标不在经纬度范围内（应为 WGS-84 经度、纬度）",
        ),
        (
            collection(feature("building", {"type": "Point", "coordinates": [120.86, 32.0]})),
            "第 1 个要素缺少 code 或 name",
        ),
        (collection(), "文件中没有要素"),
    ],
)
def test_bad_geojson_is_refused_with_the_reason(data: Any, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        geo.read_features(data)
    assert str(caught.value.fields["file"]) == reason


def test_point_in_polygon_with_edges_and_holes() -> None:
    with_hole = {
        "type": "Polygon",
        "coordinates": [
            [[120.0, 32.0], [120.1, 32.0], [120.1, 32.1], [120.0, 32.1], [120.0, 32.0]],
            [[120.04, 32.04], [120.06, 32.04], [120.06, 32.06], [120.04, 32.06], [120.04, 32.04]],
        ],
    }
    locator = geo.MicroGridLocator(
        [("a", with_hole), ("b", square(120.1, 32.0, 0.1)), ("hole", square(120.04, 32.04, 0.02))]
    )
    assert locator.locate_many(
        [(120.01, 32.01), (120.15, 32.05), (120.05, 32.05), (120.1, 32.05), (121.0, 32.0)]
    ) == ["a", "b", "hole", "a", None]


@pytest.mark.demo(households=1500, events=60)
def test_every_demo_household_lies_in_its_micro_grid(store: Store, clock: FixedClock) -> None:
    with store.sessions() as session:
        boundaries = [
            (f.area_id or "", f.geometry)
            for f in session.execute(
                select(MapFeature).where(col(MapFeature.kind) == "micro_grid")
            ).scalars()
        ]
        homes = session.execute(
            select(col(Household.micro_grid_id), col(Household.lon), col(Household.lat))
        ).all()
        micros = set(
            session.execute(select(col(Area.id)).where(col(Area.level) == "micro_grid")).scalars()
        )
        events = session.execute(
            select(col(GridEvent.household_id), col(GridEvent.lon), col(GridEvent.lat))
        ).all()
        points = {h.id: (h.lon, h.lat) for h in session.execute(select(Household)).scalars()}
    assert {a for a, _g in boundaries} == micros  # one boundary per micro-grid
    locator = geo.MicroGridLocator(boundaries)
    found = locator.locate_many([(lon, lat) for _m, lon, lat in homes])
    assert found == [micro for micro, _x, _y in homes]
    lons = [lon for _m, lon, _y in homes]
    lats = [lat for _m, _x, lat in homes]
    assert 120.8 < min(lons) < max(lons) < 120.95 and 31.95 < min(lats) < max(lats) < 32.05
    assert all((lon, lat) == points[hid] for hid, lon, lat in events)


def test_import_places_buildings_and_moves_households_by_their_point(
    tmp_path: Path,
    store: Store,
    ctx: ServiceContext,
    register: RegisterService,
    places: Places,
    clock: FixedClock,
) -> None:
    stays = present(
        register.save_household(
            HouseholdDraft(places.micro, "桃园路1号桃园小区1幢1单元101室")
        ).primary_id
    )
    moves = present(
        register.save_household(
            HouseholdDraft(places.micro, "桃园路1号桃园小区2幢1单元101室")
        ).primary_id
    )
    unplaced = present(
        register.save_household(HouseholdDraft(places.micro, "工农路8号")).primary_id
    )
    path = tmp_path / "district.geojson"
    path.write_text(
        json.dumps(
            collection(
                feature("micro_grid", square(120.86, 32.0), name="第1-1微网格"),
                feature("micro_grid", square(120.87, 32.0), name="第1-2微网格"),
                feature(
                    "building",
                    {"type": "Point", "coordinates": [120.865, 32.005]},
                    name="桃园路1号桃园小区1幢",
                ),
                feature(
                    "building",
                    {"type": "Point", "coordinates": [120.875, 32.005]},
                    name="桃园路1号桃园小区2幢",
                ),
            ),
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    with pytest.raises(TransitionError) as warden:
        GeoService(ctx).import_geojson(path)
    assert str(warden.value) == "只有网格中心（管理员）可以导入地图数据"
    admin = GeoService(
        store.context(Settings(user_id="centre", user_name="周主任", user_role="supervisor"), clock)
    )
    changes = admin.import_geojson(path)
    assert [str(w) for w in changes.warnings] == [
        "已导入 2 个微网格边界、2 个楼栋；2 户按楼栋定位，其中 1 户按所在位置调整了微网格"
    ]
    with store.sessions() as session:
        homes = {h.id: h for h in session.execute(select(Household)).scalars()}
        buildings = {
            f.name: f.area_id
            for f in session.execute(
                select(MapFeature).where(col(MapFeature.kind) == "building")
            ).scalars()
        }
    assert (homes[stays].micro_grid_id, homes[stays].lon, homes[stays].lat) == (
        places.micro,
        120.865,
        32.005,
    )
    assert homes[moves].micro_grid_id == places.other_micro  # its building lies in 第1-2
    assert homes[unplaced].lon is None and homes[unplaced].micro_grid_id == places.micro
    assert buildings == {
        "桃园路1号桃园小区1幢": places.micro,
        "桃园路1号桃园小区2幢": places.other_micro,
    }
    # importing again replaces the boundaries (old ones tombstoned), nothing doubles
    admin.import_geojson(path)
    with store.sessions() as session:
        alive = (
            session.execute(
                select(col(MapFeature.kind)).where(col(MapFeature.deleted_at).is_(None))
            )
            .scalars()
            .all()
        )
    assert sorted(alive) == ["building", "building", "micro_grid", "micro_grid"]
    # a household picked on the map: outside every micro-grid is refused
    geo_warden = GeoService(ctx)
    with pytest.raises(ValidationError) as outside:
        geo_warden.place_household(unplaced, 121.5, 32.5)
    assert str(outside.value.fields["point"]) == "该位置不在任何微网格内"
    geo_warden.place_household(unplaced, 120.871, 32.001)
    with store.sessions() as session:
        assert present(session.get(Household, unplaced)).micro_grid_id == places.other_micro


@pytest.mark.demo(households=600, events=120)
def test_what_the_map_draws(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    with store.sessions() as session:
        campaign = rq.campaigns(session, today)[0]
        drawn = mq.map_data(session, today, campaign.id)
        orders = session.execute(select(GridEvent)).scalars().all()
        rates = {c.micro_grid_id: c.rate for c in rq.coverage(session, campaign.id)}
    since = today - timedelta(days=30)
    shown = [
        o
        for o in orders
        if o.status in ("accepted", "dispatched", "signed", "handling", "replied", "merged")
        or (o.closed_at is not None and o.closed_at.astimezone(LOCAL_TZ).date() >= since)
    ]
    assert sorted(p.id for p in drawn.events) == sorted(o.id for o in shown)
    tones = {p.id: p.tone for p in drawn.events}
    for o in shown:
        expected = mq.event_tone(o.status, o.urgent, o.due_date, today)
        assert tones[o.id] == expected
        if o.status == "handling" and not o.urgent:
            assert expected == ("overdue" if o.due_date < today else "open")
    assert {"overdue", "open", "closed"} <= set(tones.values())
    shaded = {b.area_id: b.coverage for b in drawn.boundaries if b.coverage is not None}
    assert shaded == {k: v for k, v in rates.items() if v is not None}
    assert len(drawn.boundaries) == 16 and len(drawn.buildings) > 12  # one community of 16
    assert drawn.bbox is not None and 120.8 < drawn.bbox[0] < drawn.bbox[2] < 120.95
