"""Plausible demo geometry around Chongchuan (崇川区, ≈120.86°E, 32.0°N): micro-grids tile the
district as jittered quadrilaterals on a lattice (neighbours share their corners), communities
as blocks of 2×2 grids of 2×2 micro-grids; buildings sit inside their micro-grid."""

from __future__ import annotations

import random
from typing import Any

ORIGIN = (120.82, 32.04)  # the north-west corner of the demo district
CELL_LON, CELL_LAT = 0.0016, 0.00135  # about 150 m × 150 m at 32°N
JITTER = 0.12  # a corner moves up to 12 % of a cell


def _corner(x: int, y: int) -> tuple[float, float]:
    r = random.Random(x * 100_003 + y * 7919)
    dx = (r.random() * 2 - 1) * JITTER
    dy = (r.random() * 2 - 1) * JITTER
    return (
        round(ORIGIN[0] + (x + dx) * CELL_LON, 7),
        round(ORIGIN[1] - (y + dy) * CELL_LAT, 7),
    )


def lattice_cell(community: int, columns: int, grid: int, micro: int) -> tuple[int, int]:
    """The lattice cell (x, y) of micro-grid `micro` of grid `grid` of community `community`."""
    cx, cy = community % columns, community // columns
    return (cx * 4 + grid % 2 * 2 + micro % 2, cy * 4 + grid // 2 * 2 + micro // 2)


def cell_polygon(x: int, y: int) -> dict[str, Any]:
    ring = [_corner(x, y), _corner(x + 1, y), _corner(x + 1, y + 1), _corner(x, y + 1)]
    return {"type": "Polygon", "coordinates": [[list(p) for p in [*ring, ring[0]]]]}


# The order buildings take the places of a 3×3 pattern: spread out first (diagonal, corners).
SLOTS = (0, 4, 8, 2, 6, 1, 3, 5, 7)


def building_point(x: int, y: int, slot: int) -> tuple[float, float]:
    """Building `slot` of a cell, on a 3×3 pattern well inside the cell."""
    row, col = divmod(SLOTS[slot % 9], 3)
    return (
        round(ORIGIN[0] + (x + 0.3 + col * 0.2) * CELL_LON, 7),
        round(ORIGIN[1] - (y + 0.3 + row * 0.2) * CELL_LAT, 7),
    )


def household_point(building: tuple[float, float], unit: int, room: int) -> tuple[float, float]:
    """A few metres around the building's point, by unit and room (the map's click target)."""
    return (
        round(building[0] + (unit % 3 - 1) * 0.00004 + (room % 7) * 0.000004, 7),
        round(building[1] + (room // 100 % 7) * 0.000004, 7),
    )
