"""Legal-aid deadlines, in calendar days as the law counts them.

- Art. 43: decide within 7 days of receiving the (complete) application; when aid is granted,
  assign a legal-aid worker within 3 days of the decision.
- Art. 44: aid may start before the decision when fewer than 7 days remain to a limitation
  period or deadline (or urgent preservation is needed).
- Art. 49: the justice bureau decides an objection within 5 days of receiving it.
- Art. 36: on a notice of the court, procuratorate or police, assign within 3 days of receiving it.
- Art. 50: the aid worker hands in the documents and the closing report within 30 days of the
  day the matter ended.
- Art. 39: a detainee's application is forwarded within 24 hours (a period in hours: it is not
  moved past holidays; the window forwards the next day at the latest).

Counting (民法典 Arts. 201 and 203, the rule Chinese periods follow): the day of the event is not
counted, the period starts the next day, and when its last day is a statutory day off (a weekend
or holiday in the WorkCalendar, make-up working days excepted) the period ends on the first
working day after it. A deadline is the last day on which the step is still on time.

Two periods are local practice, not national law, and come from Settings: how long an applicant
has to supply what a one-time notice (一次性告知) names before the application counts as withdrawn
(Art. 43 sets no number), and how soon a city-wide (通城通办) application is forwarded.
"""

from __future__ import annotations

from datetime import date, timedelta

from gridwarden.rules.calendar import WorkCalendar

DECISION_DAYS = 7  # Art. 43
ASSIGN_DAYS = 3  # Art. 43
OBJECTION_DAYS = 5  # Art. 49
URGENT_DAYS = 7  # Art. 44 (一)
NOTIFIED_ASSIGN_DAYS = 3  # Art. 36
CLOSING_DAYS = 30  # Art. 50


def period_end(start: date, days: int, calendar: WorkCalendar) -> date:
    """The last day of a period of `days` days that starts the day after `start`."""
    return calendar.period_end(start, days)


def decision_due(complete_on: date, calendar: WorkCalendar) -> date:
    return period_end(complete_on, DECISION_DAYS, calendar)


def assign_due(decided_on: date, calendar: WorkCalendar) -> date:
    return period_end(decided_on, ASSIGN_DAYS, calendar)


def notified_assign_due(notice_received_on: date, calendar: WorkCalendar) -> date:
    """Art. 36: three days from receiving the notice."""
    return period_end(notice_received_on, NOTIFIED_ASSIGN_DAYS, calendar)


def closing_due(ended_on: date, calendar: WorkCalendar) -> date:
    """Art. 50: thirty days from the day the matter ended."""
    return period_end(ended_on, CLOSING_DAYS, calendar)


def detainee_forward_due(accepted_on: date) -> date:
    """Art. 39: within 24 hours, so by the next day whatever the calendar says."""
    return accepted_on + timedelta(days=1)


def objection_due(received_on: date, calendar: WorkCalendar) -> date:
    return period_end(received_on, OBJECTION_DAYS, calendar)


def withdraw_on(notice_on: date, days: int, calendar: WorkCalendar) -> date:
    """The last day to supply what the one-time notice names; after it the application counts
    as withdrawn (Art. 43)."""
    return period_end(notice_on, days, calendar)


def forward_due(accepted_on: date, days: int, calendar: WorkCalendar) -> date:
    return period_end(accepted_on, days, calendar)


def days_to_limit(limit: date | None, today: date) -> int | None:
    """Days left until a limitation period or court deadline (negative: already past)."""
    return None if limit is None else (limit - today).days


def urgent(limit: date | None, today: date, preservation: bool = False) -> bool:
    """Art. 44: fewer than 7 days remain (a limit already past is flagged too: someone must
    look at it today), or urgent preservation is needed."""
    left = days_to_limit(limit, today)
    return preservation or (left is not None and left < URGENT_DAYS)


def on_time(done: date | None, due: date | None) -> bool | None:
    """Whether a step was taken by its deadline (None: not taken or no deadline)."""
    if done is None or due is None:
        return None
    return done <= due
