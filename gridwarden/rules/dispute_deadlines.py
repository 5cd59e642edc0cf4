"""Deadlines of dispute mediation, in calendar days as the law counts them.

A period starts the day after the event (民法典 第二百零一条) and, when its last day is a day
off, ends on the next working day (第二百零三条): `legal_deadline`. Which deadlines apply:

- mediation concluded within one month: local practice (司法部《人民调解工作若干规定》2002
  第三十三条), configurable as Settings.mediation_limit_months, counted from the day the dispute
  reached its current level and ending on the corresponding day (民法典 第二百零二条);
- court referrals (特邀调解规定 2016; 在线调解规则 2022): 委派 before filing 30 days; 委托 after
  filing 15 days (ordinary procedure) or 7 (simple procedure), counted from the day the
  mediation organisation signs for (accepts) the court's materials — until it does, from the day
  they arrived; the organisation accepts or declines a referral within 3 working days;
- judicial confirmation: applied for jointly within 30 days of the agreement taking effect
  (人民调解法 第三十三条);
- performance of the agreement's obligations by their own due dates (第三十一条).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.rules.calendar import WorkCalendar

COURT_DELEGATED_DAYS = 30
COURT_ENTRUSTED_DAYS = {"ordinary": 15, "simple": 7}
COURT_ACCEPT_WORKING_DAYS = 3
CONFIRMATION_DAYS = 30

KINDS: dict[str, str] = {
    "mediation_limit": QT_TRANSLATE_NOOP("core", "调解期限（一个月，惯例）"),
    "court_delegated": QT_TRANSLATE_NOOP("core", "委派调解期限（诉前30日）"),
    "court_entrusted": QT_TRANSLATE_NOOP("core", "委托调解期限（诉中）"),
    "court_accept": QT_TRANSLATE_NOOP("core", "受理法院委派/委托（3个工作日）"),
    "confirmation": QT_TRANSLATE_NOOP("core", "申请司法确认（协议生效后30日，第三十三条）"),
    "obligation": QT_TRANSLATE_NOOP("core", "协议履行（第三十一条）"),
}


@dataclass(frozen=True)
class Deadline:
    kind: str  # a key of KINDS
    due: date


def legal_deadline(start: date, days: int, calendar: WorkCalendar) -> date:
    """`days` calendar days after `start`, moved past a day off (the shared calendar's rule)."""
    return calendar.period_end(start, days)


def mediation_deadline(
    source: str,
    procedure: str,
    received_on: date,
    level_since: date,
    limit_months: int,
    calendar: WorkCalendar,
    accepted_on: date | None = None,
) -> Deadline:
    """The deadline an open dispute is held to: the court's for a referral (from acceptance,
    or from receipt until then), else practice."""
    start = accepted_on or received_on
    if source == "court_delegated":
        return Deadline("court_delegated", legal_deadline(start, COURT_DELEGATED_DAYS, calendar))
    if source == "court_entrusted":
        days = COURT_ENTRUSTED_DAYS.get(procedure, COURT_ENTRUSTED_DAYS["ordinary"])
        return Deadline("court_entrusted", legal_deadline(start, days, calendar))
    # "one month" ends on the corresponding day of the next month (民法典 第二百零二条), moved past
    # a day off (第二百零三条): not after 30 days
    return Deadline("mediation_limit", calendar.months_end(level_since, limit_months))


def court_accept_deadline(received_on: date, calendar: WorkCalendar) -> Deadline:
    return Deadline(
        "court_accept", calendar.add_working_days(received_on, COURT_ACCEPT_WORKING_DAYS)
    )


def confirmation_deadline(effective_on: date, calendar: WorkCalendar) -> Deadline:
    return Deadline("confirmation", legal_deadline(effective_on, CONFIRMATION_DAYS, calendar))
