"""The warden's round: households in walking order (building → unit → room), and the kinds of
campaign sweeps (专项走访). Local practice, no national rule."""

from __future__ import annotations

import re
from typing import NamedTuple

from gridwarden.i18n import QT_TRANSLATE_NOOP

CAMPAIGN_KINDS: dict[str, str] = {
    "flood_season": QT_TRANSLATE_NOOP("core", "防汛走访"),
    "fraud_warning": QT_TRANSLATE_NOOP("core", "反诈宣传"),
    "census": QT_TRANSLATE_NOOP("core", "人口普查核对"),
    "fire_safety": QT_TRANSLATE_NOOP("core", "消防安全排查"),
    "other": QT_TRANSLATE_NOOP("core", "其他专项"),
}

OUTCOMES: dict[str, str] = {
    "met": QT_TRANSLATE_NOOP("core", "已走访"),
    "not_home": QT_TRANSLATE_NOOP("core", "未遇"),
}
NOT_HOME = "not_home"

_BUILDING = re.compile(r"^(.*?)(\d+)\s*(幢|栋|号楼|座)")
_UNIT = re.compile(r"(\d+)\s*单元")
_ROOM = re.compile(r"(\d+)\s*室")
_NUMBER = re.compile(r"(\d+)")


class Place(NamedTuple):
    """Where a household is on the walk; sorts in walking order (numbers as numbers). A tuple:
    sorting the thousands of Today's care rows compares in C, not through a dataclass's
    generated __lt__ (two tuples built per comparison)."""

    estate: str  # the road, number and estate before the building
    building_no: int
    unit_no: int
    room_no: int
    address: str
    building: str = ""  # the address up to the building ("…9幢"), a group on the walk
    unit: str = ""  # "1单元"


# A place's numbers in its walk key: ten digits each (a longer number sorts as the largest).
_LARGEST = 9_999_999_999


def walk_key(place: Place) -> str:
    """The place's walking order as one text that sorts like the Place itself (estate, then
    building, unit and room as numbers, then the address): kept per household in the store
    (household_search.walk_key), so SQL can list the first rows of a walk without every row's
    address parsed in Python. SQLite compares text by its UTF-8 bytes, in code point order as
    Python compares str; \x01 ends the estate, so an estate sorts before the longer ones it
    begins."""
    building, unit, room = (min(n, _LARGEST) for n in place[1:4])
    # one f-string: a first sync makes 100,000 of these
    return f"{place.estate}\x01{building:010d}{unit:010d}{room:010d}{place.address}"


def place_of(address: str) -> Place:
    """ "青年中路15号青年花苑9幢1单元101室" → estate "青年中路15号青年花苑", building 9, unit 1,
    room 101. An address without a building keeps its text and sorts by its first number."""
    text = address.strip()
    building = _BUILDING.search(text)
    unit = _UNIT.search(text)
    room = _ROOM.search(text)
    if building is None:
        first = _NUMBER.search(text)
        estate = text[: first.start()] if first else text
        return Place(estate, 0, 0, int(first.group(1)) if first else 0, text, text)
    return Place(
        building.group(1),
        int(building.group(2)),
        int(unit.group(1)) if unit else 0,
        int(room.group(1)) if room else 0,
        text,
        text[: building.end()],
        unit.group(0).replace(" ", "") if unit else "",
    )
