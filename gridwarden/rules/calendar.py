"""Working days for local deadlines: Monday–Friday, minus holidays, plus make-up days (调休)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta


class WorkCalendar:
    def __init__(self, holidays: Iterable[date] = (), makeup_workdays: Iterable[date] = ()):
        self.holidays = frozenset(holidays)
        self.makeup = frozenset(makeup_workdays)

    @classmethod
    def from_iso(cls, holidays: Iterable[str], makeup: Iterable[str]) -> WorkCalendar:
        return cls(map(date.fromisoformat, holidays), map(date.fromisoformat, makeup))

    def is_workday(self, day: date) -> bool:
        if day in self.makeup:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, start: date, days: int) -> date:
        """The day `days` working days after `start`; 0 means the same day."""
        current = start
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_workday(current):
                remaining -= 1
        return current
