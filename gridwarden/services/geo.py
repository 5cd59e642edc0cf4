"""The grid map's data: GeoJSON imported by an administrator (the grid centre), households and
events placed on the map. A household's micro-grid follows its point (point-in-polygon)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import Area, AreaLevel, GridEvent, Household, MapFeature
from gridwarden.rules.event_lifecycle import SUPERVISOR
from gridwarden.rules.geo import BUILDING, MICRO_GRID, Feature, MicroGridLocator, read_features
from gridwarden.rules.rounds import place_of
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work

MAX_FILE_BYTES = 64 * 1024 * 1024


class GeoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- import ------------------------------------------------------------------------------
    def import_geojson(self, path: Path) -> Changes:
        """Boundaries (matched to micro-grids by code, else by name) replace the old ones;
        buildings are placed in the micro-grid whose boundary covers them; the households of
        each building take its point, and their micro-grid follows by point-in-polygon."""
        if self.ctx.actor.role != SUPERVISOR:
            raise TransitionError(
                msg(QT_TRANSLATE_NOOP("core", "只有网格中心（管理员）可以导入地图数据"))
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                {"file": msg(QT_TRANSLATE_NOOP("core", "文件过大（最多 64 MB）"))}
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            raise ValidationError(
                {
                    "file": msg(
                        QT_TRANSLATE_NOOP("core", "无法读取该文件：不是 UTF-8 编码的 GeoJSON")
                    )
                }
            ) from None
        features = read_features(data)
        with unit_of_work(self.ctx) as work:
            boundaries = self._boundaries(work, [f for f in features if f.kind == MICRO_GRID])
            locator = MicroGridLocator(self._all_boundaries(work))
            buildings = [f for f in features if f.kind == BUILDING]
            placed = self._buildings(work, buildings, locator)
            moved = self._place_households(work, buildings, locator)
            summary = msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "已导入 {b} 个微网格边界、{p} 个楼栋；{h} 户按楼栋定位，其中 {m} 户按所在位置调整了微网格",
                ),
                b=len(boundaries),
                p=placed,
                h=moved[0],
                m=moved[1],
            )
            return Changes.of(work.changes.entities, work.changes.ids, [summary])

    def _boundaries(self, work: UnitOfWork, features: list[Feature]) -> list[str]:
        micros = list(
            work.session.execute(
                select(Area).where(col(Area.level) == AreaLevel.MICRO_GRID)
            ).scalars()
        )
        by_id = {a.id: a for a in micros}
        by_code = {a.code: a for a in micros if a.code}
        by_name: dict[str, list[Area]] = {}
        for area in micros:
            by_name.setdefault(area.name, []).append(area)
        done = []
        for number, feature in enumerate(features, start=1):
            area = by_id.get(feature.area_id)
            if area is None and feature.code:
                area = by_code.get(feature.code)
            if area is None and feature.name:
                named = by_name.get(feature.name, [])
                if len(named) > 1:
                    raise ValidationError(
                        {
                            "file": msg(
                                QT_TRANSLATE_NOOP(
                                    "core", "第 {n} 个边界的名称「{name}」对应多个微网格，请用 code"
                                ),
                                n=number,
                                name=feature.name,
                            )
                        }
                    )
                area = named[0] if named else None
            if area is None:
                raise ValidationError(
                    {
                        "file": msg(
                            QT_TRANSLATE_NOOP("core", "第 {n} 个边界找不到对应的微网格（{key}）"),
                            n=number,
                            key=feature.area_id or feature.code or feature.name,
                        )
                    }
                )
            for old in work.session.execute(
                select(MapFeature).where(
                    col(MapFeature.area_id) == area.id,
                    col(MapFeature.kind) == MICRO_GRID,
                    col(MapFeature.deleted_at).is_(None),
                )
            ).scalars():
                work.delete(old, "map_feature.replace", "导入新边界")
            work.create(self._feature(feature, area.id, area.name), "map_feature.import")
            done.append(area.id)
        return done

    def _all_boundaries(self, work: UnitOfWork) -> list[tuple[str, dict[str, Any]]]:
        return [
            (area_id or "", geometry)
            for area_id, geometry in work.session.execute(
                select(col(MapFeature.area_id), col(MapFeature.geometry)).where(
                    col(MapFeature.kind) == MICRO_GRID, col(MapFeature.deleted_at).is_(None)
                )
            )
        ]

    def _buildings(
        self, work: UnitOfWork, features: list[Feature], locator: MicroGridLocator
    ) -> int:
        existing = {
            f.name: f
            for f in work.session.execute(
                select(MapFeature).where(
                    col(MapFeature.kind) == BUILDING, col(MapFeature.deleted_at).is_(None)
                )
            ).scalars()
        }
        points = [tuple(f.geometry["coordinates"][:2]) for f in features]
        micros = locator.locate_many(points)
        for feature, micro in zip(features, micros, strict=True):
            name = feature.name or feature.code
            old = existing.get(name)
            if old is not None:
                work.update(
                    old,
                    {
                        "geometry": feature.geometry,
                        "area_id": micro,
                        "min_lon": feature.bbox[0],
                        "min_lat": feature.bbox[1],
                        "max_lon": feature.bbox[2],
                        "max_lat": feature.bbox[3],
                    },
                    "map_feature.import",
                )
            else:
                work.create(self._feature(feature, micro, name), "map_feature.import")
        return len(features)

    def _place_households(
        self, work: UnitOfWork, features: list[Feature], locator: MicroGridLocator
    ) -> tuple[int, int]:
        """The households whose address is in a building take its point; a household whose
        point lies in another micro-grid moves there."""
        spots = {f.name or f.code: tuple(f.geometry["coordinates"][:2]) for f in features}
        if not spots:
            return 0, 0
        homes = [
            (h, spots[place_of(h.address).building])
            for h in work.session.execute(
                select(Household).where(col(Household.deleted_at).is_(None))
            ).scalars()
            if place_of(h.address).building in spots
        ]
        micros = locator.locate_many([p for _h, p in homes])
        moved = 0
        for (home, (lon, lat)), micro in zip(homes, micros, strict=True):
            values: dict[str, Any] = {"lon": lon, "lat": lat}
            if micro and micro != home.micro_grid_id:
                values["micro_grid_id"] = micro
                moved += 1
            work.update(home, values, "household.place")
        return len(homes), moved

    @staticmethod
    def _feature(feature: Feature, area_id: str | None, name: str) -> MapFeature:
        return MapFeature(
            kind=feature.kind,
            area_id=area_id,
            name=name,
            geometry=feature.geometry,
            min_lon=feature.bbox[0],
            min_lat=feature.bbox[1],
            max_lon=feature.bbox[2],
            max_lat=feature.bbox[3],
        )

    # --- points picked on the map ------------------------------------------------------------
    def place_household(self, household_id: str, lon: float, lat: float) -> Changes:
        """A household picked on the map: its point, and the micro-grid that covers it."""
        with unit_of_work(self.ctx) as work:
            home = work.live(
                Household, household_id, QT_TRANSLATE_NOOP("core", "该户已不存在（可能已被注销）")
            )
            micro = MicroGridLocator(self._all_boundaries(work)).locate(lon, lat)
            if micro is None:
                raise ValidationError(
                    {"point": msg(QT_TRANSLATE_NOOP("core", "该位置不在任何微网格内"))}
                )
            work.update(home, {"lon": lon, "lat": lat, "micro_grid_id": micro}, "household.place")
            return Changes.of(work.changes.entities, [home.id])

    def place_event(self, event_id: str, lon: float, lat: float) -> Changes:
        with unit_of_work(self.ctx) as work:
            event = work.live(GridEvent, event_id, QT_TRANSLATE_NOOP("core", "该事件不存在"))
            work.update(event, {"lon": lon, "lat": lat}, "grid_event.place")
            return Changes.of(work.changes.entities, [event.id])
