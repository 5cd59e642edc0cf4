"""The one calendar: the State Council's 2026 schedule, local overrides, legal periods."""

from datetime import date

from gridwarden.rules.calendar import WorkCalendar, add_months
from gridwarden.settings import Settings

CAL = WorkCalendar()  # the national schedule, no local overrides


def test_weekends_are_skipped() -> None:
    friday = date(2026, 11, 27)
    assert CAL.add_working_days(friday, 1) == date(2026, 11, 30)
    assert CAL.add_working_days(friday, 5) == date(2026, 12, 4)


def test_zero_days_is_the_same_day() -> None:
    sunday = date(2026, 11, 29)
    assert CAL.add_working_days(sunday, 0) == sunday


def test_spring_festival_2026_with_its_make_up_saturdays() -> None:
    # 2026 春节: 15–23 February off; Saturday 14 and Saturday 28 February are worked.
    assert CAL.is_workday(date(2026, 2, 14))
    assert all(CAL.is_day_off(date(2026, 2, d)) for d in range(15, 24))
    assert CAL.is_workday(date(2026, 2, 28))
    # Friday 13 Feb + 1 working day is the make-up Saturday; + 2 is Tuesday 24 Feb.
    assert CAL.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert CAL.add_working_days(date(2026, 2, 13), 2) == date(2026, 2, 24)
    # A 10-day period from 5 Feb would end on Sunday 15 Feb, inside the holiday: it runs to
    # the first working day after it (民法典 Art. 203).
    assert CAL.period_end(date(2026, 2, 5), 10) == date(2026, 2, 24)
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 28)) == 6


def test_national_day_2026_with_its_make_up_days() -> None:
    # 2026 国庆: 1–7 October off; Sunday 20 September and Saturday 10 October are worked.
    assert CAL.is_workday(date(2026, 9, 20))
    assert CAL.is_workday(date(2026, 10, 10))
    assert CAL.is_day_off(date(2026, 10, 7))
    assert CAL.period_end(date(2026, 9, 23), 7) == date(2026, 9, 30)  # a Wednesday, worked
    assert CAL.period_end(date(2026, 9, 24), 7) == date(2026, 10, 8)  # 1 Oct is off
    assert CAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.add_working_days(date(2026, 10, 8), 2) == date(2026, 10, 10)  # Saturday, worked


def test_a_month_ends_on_the_corresponding_day() -> None:
    # 民法典 Art. 202: one month from 15 January ends on 15 February — a holiday in 2026, so
    # the period runs to 24 February (Art. 203); from 31 January it ends on 28 February, which
    # has no 31st and is a make-up working day in 2026.
    assert CAL.months_end(date(2026, 1, 15), 1) == date(2026, 2, 24)
    assert CAL.months_end(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert CAL.months_end(date(2026, 3, 10), 1) == date(2026, 4, 10)  # not 30 days: 9 April


def test_local_overrides_win_over_the_national_schedule() -> None:
    calendar = WorkCalendar.from_iso(["2026-12-29"], ["2026-12-26"])
    assert calendar.is_day_off(date(2026, 12, 29))  # a Tuesday the district gave off
    assert calendar.is_workday(date(2026, 12, 26))  # a Saturday it made a working day
    assert calendar.add_working_days(date(2026, 12, 28), 1) == date(2026, 12, 30)


def test_settings_build_the_calendar_with_their_overrides() -> None:
    settings = Settings(holidays=["2027-02-08"], makeup_workdays=["2027-02-20"])
    calendar = WorkCalendar.from_settings(settings)
    assert calendar.is_day_off(date(2027, 2, 8))
    assert calendar.is_workday(date(2027, 2, 20))


def test_a_year_without_a_schedule_is_reported_missing() -> None:
    # A year far beyond any published schedule counts weekends only, and says so.
    far = date(2098, 12, 1)
    assert CAL.missing_years(far) == [2098, 2099]
    assert CAL.is_workday(date(2098, 12, 1))  # a Monday
    # Overrides for a year count as its schedule (the district entered it).
    entered = WorkCalendar.from_iso(["2099-01-01"], [])
    assert entered.missing_years(far) == [2098]
    assert CAL.missing_years(date(2026, 6, 1)) in ([], [2027])  # 2026 itself is always known
    assert 2026 not in CAL.missing_years(date(2026, 6, 1))


def test_a_plain_week_for_fixed_tests() -> None:
    plain = WorkCalendar(statutory=False)
    assert plain.is_workday(date(2026, 10, 1))  # a Thursday, with no schedule applied
    assert plain.missing_years(date(2026, 10, 1)) == [2026, 2027]
