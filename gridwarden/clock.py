"""Time, injected: services take a Clock so tests can fix "now"."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime:
        """Current instant, timezone-aware in UTC (the store keeps UTC)."""

    def today(self) -> date:
        """The local calendar date (deadlines are counted in local days)."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(LOCAL_TZ).date()


class FixedClock:
    """A clock that stands still until moved; for tests and benchmarks."""

    def __init__(self, at: datetime) -> None:
        self._at = at if at.tzinfo else at.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self._at

    def today(self) -> date:
        return to_local(self._at).date()

    def advance(self, **kwargs: float) -> None:
        self._at += timedelta(**kwargs)


def day_start(day: date) -> datetime:
    """The first instant of a local (Asia/Shanghai) calendar day, for day-range filters."""
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ)


def to_local(instant: datetime) -> datetime:
    """A stored instant as local wall-clock time (naive values are taken as UTC)."""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_TZ)


def local_text(instant: datetime | None) -> str:
    return "" if instant is None else to_local(instant).strftime("%Y-%m-%d %H:%M")
