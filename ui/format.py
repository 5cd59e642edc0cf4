"""Display formats shared by pages: dates, ages, labels, flags."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from gridwarden.clock import local_text
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.register import CARE_REASONS, GENDERS, HOUSEHOLD_TAGS, VISIT_PURPOSES
from gridwarden.services.register import age_on
from ui.i18n import core_text


def when(instant: datetime | None) -> str:
    return local_text(instant)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def age(birth: date | None, today: date) -> str:
    years = age_on(birth, today)
    return "" if years is None else str(years)


def label(vocabulary: dict[str, str], code: str | None) -> str:
    return core_text(vocabulary.get(code or "", code or ""))


def tags(codes: list[str]) -> str:
    return "、".join(label(HOUSEHOLD_TAGS, c) for c in codes)


def gender(code: str | None) -> str:
    return label(GENDERS, code) if code else ""


def purpose(code: str) -> str:
    return label(VISIT_PURPOSES, code)


def care_reason(code: str | None) -> str:
    return label(CARE_REASONS, code) if code else ""


def status(code: str) -> str:
    return label(life.STATUS_LABELS, code)


def category(code: str) -> str:
    return label(life.CATEGORIES, code)


def action(code: str) -> str:
    return label(life.ACTION_LABELS, code)


def satisfaction(code: str | None) -> str:
    return label(life.SATISFACTION, code) if code else ""


def due_tone(due: date, today: date, done: bool = False) -> str | None:
    if done:
        return None
    if due < today:
        return "danger"
    if (due - today).days <= 1:
        return "warn"
    return None


def days_left(due: date, today: date) -> str:
    delta = (due - today).days
    if delta < 0:
        return QCoreApplication.translate("format", "逾期 {n} 天").format(n=-delta)
    if delta == 0:
        return QCoreApplication.translate("format", "今天到期")
    return QCoreApplication.translate("format", "剩 {n} 天").format(n=delta)


def one_line(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
