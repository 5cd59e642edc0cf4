"""Display formats shared by pages: dates, ages, labels, flags."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from gridwarden.clock import local_text
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.register import CARE_REASONS, GENDERS, HOUSEHOLD_TAGS, VISIT_PURPOSES, age_on
from ui.i18n import core_text


def when(instant: datetime | None) -> str:
    return local_text(instant)


def day_of(instant: datetime | None) -> str:
    """The local calendar day of an instant (a narrow column: 最近走访)."""
    return local_text(instant)[:10] if instant else ""


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def age(birth: date | None, today: date) -> str:
    years = age_on(birth, today)
    return "" if years is None else str(years)


def label(vocabulary: dict[str, str], code: str | None) -> str:
    return core_text(vocabulary.get(code or "", code or ""))


def tags(codes: list[str]) -> str:
    return join(label(HOUSEHOLD_TAGS, c) for c in codes)


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
    """The text on one line, cut to about `limit` Chinese characters' width: a Latin letter
    counts half, so an English label keeps about twice as many characters."""
    flat = " ".join(text.split())
    room, used = 2 * limit, 0
    for index, ch in enumerate(flat):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > room:
            return flat[: max(0, index - 1)] + "…"
    return flat


# Running text is punctuated per language: the Chinese source's 、；（）： become English
# commas, semicolons, brackets and colons in the translation.
def join(items: Iterable[str]) -> str:
    """Items of a list: 甲、乙 / "A, B"."""
    return QCoreApplication.translate("format", "、").join(items)


def clauses(items: Iterable[str]) -> str:
    """Clauses of one line: 甲；乙 / "A; B"."""
    return QCoreApplication.translate("format", "；").join(items)


def noted(text: str, note: str) -> str:
    """A text with a note in brackets: 甲（乙） / "A (B)"."""
    return QCoreApplication.translate("format", "{text}（{note}）").format(text=text, note=note)


def pair(name: str, value: str) -> str:
    """A name and what it is: 甲：乙 / "A: B"."""
    return QCoreApplication.translate("format", "{name}：{value}").format(name=name, value=value)


def cite(law: str, article: str) -> str:
    """A law and an article, both core vocabulary: 《法律援助法》第四十三条 / "Legal Aid Law
    Art. 43"."""
    return QCoreApplication.translate("format", "{law}{article}").format(
        law=core_text(law), article=core_text(article)
    )
