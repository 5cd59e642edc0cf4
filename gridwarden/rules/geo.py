"""Geometry for the grid map (一张图), with shapely (GEOS): GeoJSON boundaries and points read
and checked, and households placed in their micro-grid by point-in-polygon.

Coordinates are WGS-84 longitude/latitude as GeoJSON has them (RFC 7946 §3.1.1: lon first).

shapely (and numpy under it: ~180 ms and ~30 MB) is imported when geometry is first used, not at
start-up: the first window never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

MICRO_GRID, BUILDING = "micro_grid", "building"
KINDS = (MICRO_GRID, BUILDING)
# Mainland China and its waters, generously: a point outside is a swapped lat/lon or a
# projected (metre) coordinate, not a place in the district.
LON_RANGE, LAT_RANGE = (73.0, 136.0), (3.0, 54.0)


@dataclass(frozen=True)
class Feature:
    """One feature read from a GeoJSON file, matched to the register by `area_id` (a file the
    district server exported), `code` or `name`."""

    kind: str
    code: str
    name: str
    geometry: dict[str, Any]
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    area_id: str = ""


def _bad(text: str, **args: Any) -> ValidationError:
    return ValidationError({"file": msg(text, **args)})


def read_features(data: Any) -> list[Feature]:
    """The features of a GeoJSON FeatureCollection: micro-grid (Multi)Polygons and building
    Points, each with properties kind ("micro_grid" | "building") and code or name. Anything
    else is refused with the feature's number."""
    import shapely
    from shapely.geometry import shape

    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise _bad(QT_TRANSLATE_NOOP("core", "不是 GeoJSON 要素集合（FeatureCollection）"))
    found: list[Feature] = []
    for number, item in enumerate(data.get("features") or [], start=1):
        props = item.get("properties") or {} if isinstance(item, dict) else {}
        kind = str(props.get("kind") or "")
        if kind not in KINDS:
            raise _bad(
                QT_TRANSLATE_NOOP("core", "第 {n} 个要素缺少 kind（micro_grid 或 building）"),
                n=number,
            )
        try:
            geom = shape(item.get("geometry"))
        except (AttributeError, TypeError, ValueError, shapely.errors.GEOSException):
            raise _bad(
                QT_TRANSLATE_NOOP("core", "第 {n} 个要素的几何图形无法读取"), n=number
            ) from None
        wanted = ("Polygon", "MultiPolygon") if kind == MICRO_GRID else ("Point",)
        if geom.geom_type not in wanted or geom.is_empty:
            raise _bad(
                QT_TRANSLATE_NOOP("core", "第 {n} 个要素应为 {wanted}"),
                n=number,
                wanted=" / ".join(wanted),
            )
        if not geom.is_valid:
            raise _bad(QT_TRANSLATE_NOOP("core", "第 {n} 个要素的边界自相交或不闭合"), n=number)
        min_lon, min_lat, max_lon, max_lat = geom.bounds
        if not (
            LON_RANGE[0] <= min_lon <= max_lon <= LON_RANGE[1]
            and LAT_RANGE[0] <= min_lat <= max_lat <= LAT_RANGE[1]
        ):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "core", "第 {n} 个要素的坐标不在经纬度范围内（应为 WGS-84 经度、纬度）"
                ),
                n=number,
            )
        code, name = str(props.get("code") or ""), str(props.get("name") or "")
        area_id = str(props.get("area_id") or "")
        if not code and not name and not area_id:
            raise _bad(QT_TRANSLATE_NOOP("core", "第 {n} 个要素缺少 code 或 name"), n=number)
        found.append(
            Feature(
                kind,
                code,
                name,
                shapely.geometry.mapping(geom),
                (min_lon, min_lat, max_lon, max_lat),
                area_id,
            )
        )
    if not found:
        raise _bad(QT_TRANSLATE_NOOP("core", "文件中没有要素"))
    return found


def bbox_of(geometry: dict[str, Any]) -> tuple[float, float, float, float]:
    from shapely.geometry import shape

    min_lon, min_lat, max_lon, max_lat = shape(geometry).bounds
    return (min_lon, min_lat, max_lon, max_lat)


class MicroGridLocator:
    """Which micro-grid a point lies in (point-in-polygon over an STR-tree of boundaries).
    A point on a shared edge goes to the first boundary listed that covers it."""

    def __init__(self, boundaries: Iterable[tuple[str, dict[str, Any]]]) -> None:
        from shapely.geometry import shape
        from shapely.strtree import STRtree

        pairs = [(area_id, shape(geometry)) for area_id, geometry in boundaries]
        self.ids = [area_id for area_id, _g in pairs]
        self.shapes = [geom for _a, geom in pairs]
        self.tree = STRtree(self.shapes) if self.shapes else None

    def locate(self, lon: float, lat: float) -> str | None:
        return self.locate_many([(lon, lat)])[0]

    def locate_many(self, points: Sequence[tuple[float, float]]) -> list[str | None]:
        found: list[str | None] = [None] * len(points)
        if self.tree is None or not points:
            return found
        import shapely

        geoms = shapely.points(list(points))
        inputs, hits = self.tree.query(geoms, predicate="covered_by")
        for point_index, shape_index in sorted(zip(inputs.tolist(), hits.tolist(), strict=True)):
            if found[point_index] is None:
                found[point_index] = self.ids[shape_index]
        return found
