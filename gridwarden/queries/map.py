"""Read side of the grid map (一张图): what the map draws, as plain data for a reader thread —
micro-grid boundaries (with a campaign's coverage when one is chosen), buildings, care targets
and events coloured by status and overdue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import LOCAL_TZ
from gridwarden.models import Area, CarePlan, GridEvent, Household, MapFeature, Resident
from gridwarden.queries.rounds import coverage
from gridwarden.rules.event_lifecycle import OPEN_STATUSES, Status
from gridwarden.rules.geo import BUILDING, MICRO_GRID

# How an event is drawn (the legend names these).
EMERGENCY, OVERDUE, OPEN, CLOSED, MERGED = "emergency", "overdue", "open", "closed", "merged"


@dataclass(frozen=True)
class Boundary:
    area_id: str
    name: str
    rings: list[list[tuple[float, float]]]  # outer rings (a MultiPolygon has several)
    coverage: float | None = None  # the chosen campaign's visited / total


@dataclass(frozen=True)
class Point:
    id: str  # the record a click opens (event, household) or the building's name
    label: str
    lon: float
    lat: float
    tone: str = ""  # events: emergency / overdue / open / closed / merged


@dataclass
class MapData:
    boundaries: list[Boundary] = field(default_factory=list)
    buildings: list[Point] = field(default_factory=list)
    care: list[Point] = field(default_factory=list)
    events: list[Point] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat


def _rings(geometry: dict[str, Any]) -> list[list[tuple[float, float]]]:
    coords = geometry.get("coordinates") or []
    polygons = [coords] if geometry.get("type") == "Polygon" else coords
    return [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in polygons if polygon]


def event_tone(status: str, urgent: bool, due: date, today: date) -> str:
    if status == Status.MERGED:
        return MERGED
    if status not in OPEN_STATUSES:
        return CLOSED
    if urgent:
        return EMERGENCY
    return OVERDUE if due < today else OPEN


def map_data(
    session: Session,
    today: date,
    campaign_id: str | None = None,
    closed_within_days: int = 30,
) -> MapData:
    """Everything the map draws: boundaries, buildings, care targets, open events and events
    closed in the last `closed_within_days` days."""
    data = MapData()
    shading = (
        {c.micro_grid_id: c.rate for c in coverage(session, campaign_id)} if campaign_id else {}
    )
    names: dict[str, str] = {
        k: v
        for k, v in session.execute(select(Area.id, Area.name).where(Area.level == "micro_grid"))
    }
    features = session.execute(
        select(
            MapFeature.kind,
            MapFeature.area_id,
            MapFeature.name,
            MapFeature.geometry,
            MapFeature.min_lon,
            MapFeature.min_lat,
            MapFeature.max_lon,
            MapFeature.max_lat,
        ).where(col(MapFeature.deleted_at).is_(None))
    ).all()
    box = [180.0, 90.0, -180.0, -90.0]
    for kind, area_id, name, geometry, x0, y0, x1, y1 in features:
        if kind == MICRO_GRID:
            data.boundaries.append(
                Boundary(
                    area_id or "",
                    names.get(area_id or "", name),
                    _rings(geometry),
                    shading.get(area_id or ""),
                )
            )
            box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        elif kind == BUILDING:
            lon, lat = geometry["coordinates"][:2]
            data.buildings.append(Point(name, name, float(lon), float(lat)))
    if data.boundaries:
        data.bbox = (box[0], box[1], box[2], box[3])
    for hid, name, lon, lat in session.execute(
        select(Household.id, Resident.name, Household.lon, Household.lat)
        .join(Resident, Resident.household_id == Household.id)
        .join(CarePlan, CarePlan.resident_id == Resident.id)
        .where(
            col(CarePlan.active).is_(True),
            col(CarePlan.deleted_at).is_(None),
            col(Resident.deleted_at).is_(None),
            col(Household.deleted_at).is_(None),
            col(Household.lon).is_not(None),
        )
    ):
        data.care.append(Point(hid, name, lon, lat))
    since = datetime.combine(today - timedelta(days=closed_within_days), time.min, LOCAL_TZ)
    for eid, number, status, urgent, due, lon, lat in session.execute(
        select(
            GridEvent.id,
            GridEvent.number,
            GridEvent.status,
            GridEvent.urgent,
            GridEvent.due_date,
            GridEvent.lon,
            GridEvent.lat,
        ).where(
            col(GridEvent.deleted_at).is_(None),
            col(GridEvent.lon).is_not(None),
            col(GridEvent.status).in_(OPEN_STATUSES)
            | (col(GridEvent.closed_at) >= since.astimezone(UTC))
            | (col(GridEvent.status) == Status.MERGED),
        )
    ):
        data.events.append(Point(eid, number, lon, lat, event_tone(status, urgent, due, today)))
    return data
