from datetime import date

from gridwarden.rules.calendar import WorkCalendar


def test_weekends_are_skipped() -> None:
    friday = date(2026, 11, 27)
    assert WorkCalendar().add_working_days(friday, 1) == date(2026, 11, 30)
    assert WorkCalendar().add_working_days(friday, 5) == date(2026, 12, 4)


def test_zero_days_is_the_same_day() -> None:
    sunday = date(2026, 11, 29)
    assert WorkCalendar().add_working_days(sunday, 0) == sunday


def test_holidays_and_makeup_days() -> None:
    calendar = WorkCalendar.from_iso(["2026-10-01", "2026-10-02", "2026-10-05"], ["2026-10-10"])
    # From Wed 30 Sep: 1 Oct (Thu) and 2 Oct (Fri) are off, 5 Oct is off, 6 Oct counts.
    assert calendar.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 6)
    assert calendar.is_workday(date(2026, 10, 10))  # a Saturday made a working day
