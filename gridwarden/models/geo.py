"""The grid map's vector data (一张图): micro-grid boundaries and building points as GeoJSON
geometries (WGS-84 longitude/latitude), kept in the store and synced as public reference data."""

from typing import Any

from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class MapFeature(Synced, table=True):
    __tablename__ = "map_feature"

    kind: str = Field(max_length=16, index=True)  # "micro_grid" (Polygon) or "building" (Point)
    area_id: str | None = Field(default=None, foreign_key="area.id", index=True, max_length=36)
    name: str = Field(default="", max_length=200)  # a building: its address up to the building
    geometry: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    # The bounding box, so a view asks only for what it shows.
    min_lon: float = 0.0
    min_lat: float = 0.0
    max_lon: float = 0.0
    max_lat: float = 0.0
