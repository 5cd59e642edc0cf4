"""The area tree and departments, for filters and pickers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.models import Area, AreaLevel, Department


@dataclass(frozen=True)
class AreaItem:
    id: str
    name: str
    level: str
    parent_id: str | None
    path: str  # e.g. 和平桥街道 / 桃坞路社区 / 第3网格


def all_areas(session: Session) -> list[AreaItem]:
    rows = session.execute(
        select(Area.id, Area.name, Area.level, Area.parent_id).where(col(Area.deleted_at).is_(None))
    ).all()
    by_id = {r.id: r for r in rows}

    def path(area_id: str | None) -> list[str]:
        names: list[str] = []
        while area_id and area_id in by_id:
            row = by_id[area_id]
            if row.level != AreaLevel.DISTRICT:
                names.append(row.name)
            area_id = row.parent_id
        return names[::-1]

    items = [AreaItem(r.id, r.name, r.level, r.parent_id, " / ".join(path(r.id))) for r in rows]
    return sorted(items, key=lambda a: a.path)


def grids(session: Session) -> list[AreaItem]:
    return [a for a in all_areas(session) if a.level == AreaLevel.GRID]


def micro_grids(session: Session, grid_id: str | None = None) -> list[AreaItem]:
    return [
        a
        for a in all_areas(session)
        if a.level == AreaLevel.MICRO_GRID and (grid_id is None or a.parent_id == grid_id)
    ]


@dataclass(frozen=True)
class DepartmentItem:
    id: str
    name: str
    phone: str


def departments(session: Session) -> list[DepartmentItem]:
    rows = session.execute(
        select(Department.id, Department.name, Department.phone)
        .where(col(Department.deleted_at).is_(None))
        .order_by(Department.name)
    ).all()
    return [DepartmentItem(*row) for row in rows]
