"""The one calendar every deadline uses (DOMAIN §5a; ARCHITECTURE rule 16).

Which days are working days comes from the State Council's yearly schedule of statutory holidays
and make-up working days (调休上班), as shipped by the maintained `chinese-calendar` package,
with local overrides from settings on top (a district enters next year's schedule when it is
published in November, before the package has it). A year that neither covers falls back to
Monday–Friday, and `missing_years` says so, so the app can warn.

How periods are counted (民法典 第二百条至第二百零四条; 民事诉讼法 第八十五条):
- the day of the event is not counted: a period starts the next day (Art. 201);
- a period in months ends on the corresponding day of the last month, or on that month's last
  day when it has no such day (Art. 202): one month from 31 January ends on 28/29 February;
- when the last day is a statutory day off, the period ends on the first working day after it
  (Art. 203; CPL Art. 85);
- working-day periods skip weekends and holidays and count make-up working days.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gridwarden.settings import Settings


@lru_cache(maxsize=512)
def _statutory_workday(day: date) -> bool | None:
    """The national schedule's word on `day`, or None when the package has no table for its year."""
    import chinese_calendar  # imported when first needed: start-up does not pay for it

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


@lru_cache(maxsize=8)
def _year_known(year: int) -> bool:
    return _statutory_workday(date(year, 6, 1)) is not None


class WorkCalendar:
    """Working days and legal periods. `statutory=False` ignores the national schedule (a plain
    Monday–Friday week plus the given overrides), for tests that need fixed, named days."""

    def __init__(
        self,
        holidays: Iterable[date] = (),
        makeup_workdays: Iterable[date] = (),
        *,
        statutory: bool = True,
    ) -> None:
        self.holidays = frozenset(holidays)
        self.makeup = frozenset(makeup_workdays)
        self.statutory = statutory
        self._override_years = {d.year for d in self.holidays | self.makeup}

    @classmethod
    def from_iso(
        cls, holidays: Iterable[str], makeup: Iterable[str], *, statutory: bool = True
    ) -> WorkCalendar:
        return cls(
            map(date.fromisoformat, holidays),
            map(date.fromisoformat, makeup),
            statutory=statutory,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkCalendar:
        """The calendar of this installation: the national schedule plus the local overrides."""
        return cls.from_iso(settings.holidays, settings.makeup_workdays)

    # -- days ---------------------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        if day in self.makeup:
            return True
        if day in self.holidays:
            return False
        if self.statutory:
            known = _statutory_workday(day)
            if known is not None:
                return known
        return day.weekday() < 5

    def is_day_off(self, day: date) -> bool:
        return not self.is_workday(day)

    def next_workday(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, days: int) -> date:
        """The day `days` working days after `start` (start not counted); 0 means the same day."""
        current = start
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_workday(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_workday(current):
                count += 1
        return count

    # -- legal periods -----------------------------------------------------------------------

    def period_end(self, start: date, days: int) -> date:
        """The last day of a period of `days` calendar days from the event on `start`
        (民法典 Arts. 201, 203; CPL Art. 85)."""
        return self.next_workday(start + timedelta(days=days))

    def months_end(self, start: date, months: int) -> date:
        """The last day of a period of `months` months from the event on `start`: the
        corresponding day (民法典 Art. 202), moved past a statutory day off (Art. 203)."""
        return self.next_workday(add_months(start, months))

    # -- coverage ----------------------------------------------------------------------------

    def covers(self, year: int) -> bool:
        """Whether `year`'s holidays are known (from the package or the local overrides)."""
        return year in self._override_years or (self.statutory and _year_known(year))

    def missing_years(self, today: date) -> list[int]:
        """This year and the next, where their schedule is unknown: deadlines that run into them
        count weekends only, so the user must be told (the State Council publishes in November)."""
        return [year for year in (today.year, today.year + 1) if not self.covers(year)]


def add_months(start: date, months: int) -> date:
    """The corresponding day `months` months later; the month's last day when it has none."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = _gregorian.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))
