"""The consultation register read back (Arts. 22–23): the latest entries of a window with the
person masked (Art. 21), and counts by topic and by where people were sent. Plain data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import LOCAL_TZ
from gridwarden.models import LegalAidConsultation, OrgUnit

K = LegalAidConsultation


def mask_name(name: str) -> str:
    """张三丰 → 张**: the family name only (lists must not expose the person)."""
    return name[:1] + "*" * (len(name) - 1) if name else ""


def mask_phone(number: str) -> str:
    """13962812345 → 139****2345."""
    digits = number.removeprefix("+86")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


@dataclass(frozen=True)
class ConsultationRow:
    id: str
    at: datetime
    window: str
    topic: str
    matter_type: str
    person: str  # masked
    phone: str  # masked
    question: str
    advice: str
    referral: str
    referred_to: str
    clerk_name: str


@dataclass(frozen=True)
class ConsultationCounts:
    total: int
    by_topic: list[tuple[str, int]]  # most first
    by_referral: list[tuple[str, int]]
    by_window: list[tuple[str, int]]
    named: int  # entries with a person written down


def _bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Local days → instants (the register keeps times in UTC)."""
    low = datetime.combine(start, time(), tzinfo=LOCAL_TZ) if start else None
    high = datetime.combine(end + timedelta(days=1), time(), tzinfo=LOCAL_TZ) if end else None
    return low, high


def recent(
    session: Session, window_id: str | None = None, limit: int = 200
) -> list[ConsultationRow]:
    query = (
        select(K, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == K.window_id, isouter=True)
        .where(col(K.deleted_at).is_(None))
        .order_by(col(K.at).desc())
        .limit(limit)
    )
    if window_id:
        query = query.where(K.window_id == window_id)
    return [
        ConsultationRow(
            k.id,
            k.at,
            window or "",
            k.topic,
            k.matter_type,
            mask_name(k.person_name),
            mask_phone(k.person_phone),
            k.question,
            k.advice,
            k.referral,
            k.referred_to,
            k.clerk_name,
        )
        for k, window in session.execute(query)
    ]


def counts(
    session: Session,
    start: date | None = None,
    end: date | None = None,
    window_id: str | None = None,
) -> ConsultationCounts:
    """Consultations between two local days (inclusive; None: open-ended)."""
    low, high = _bounds(start, end)
    query = (
        select(K.topic, K.referral, OrgUnit.name, K.person_name)
        .join(OrgUnit, OrgUnit.id == K.window_id, isouter=True)
        .where(col(K.deleted_at).is_(None))
    )
    if low is not None:
        query = query.where(col(K.at) >= low)
    if high is not None:
        query = query.where(col(K.at) < high)
    if window_id:
        query = query.where(K.window_id == window_id)
    rows = session.execute(query).all()
    return ConsultationCounts(
        total=len(rows),
        by_topic=Counter(r[0] for r in rows).most_common(),
        by_referral=Counter(r[1] for r in rows).most_common(),
        by_window=Counter(r[2] or "" for r in rows).most_common(),
        named=sum(1 for r in rows if r[3]),
    )
