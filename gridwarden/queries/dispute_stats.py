"""Statistics of dispute mediation for the supervisor: where disputes end (grid / station /
court: DOMAIN §3), by category, success rate, median days to close, and how agreements are
performed (人民调解法 第三十一条: the committee supervises performance)."""

from __future__ import annotations

import statistics as pystats
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import LOCAL_TZ, to_local
from gridwarden.models import AgreementObligation, Dispute
from gridwarden.queries.disputes import current_agreement_ids
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf


@dataclass(frozen=True)
class CategoryFigure:
    category: str
    closed: int
    agreed: int
    open: int

    @property
    def success_rate(self) -> float | None:
        return self.agreed / self.closed if self.closed else None


@dataclass(frozen=True)
class DisputeStats:
    since: date | None
    total: int
    open: int
    closed: int
    agreed: int
    by_level: dict[str, int]  # closed disputes by the level where they ended
    agreed_by_level: dict[str, int]
    by_category: list[CategoryFigure]
    by_status: dict[str, int]
    median_days_to_close: float | None
    performance: perf.Summary = field(default_factory=perf.Summary)

    @property
    def success_rate(self) -> float | None:
        """Agreements (written or oral) ÷ disputes concluded, whatever the outcome."""
        return self.agreed / self.closed if self.closed else None


def statistics(
    session: Session, since: date | None = None, today: date | None = None
) -> DisputeStats:
    """Where disputes end (grid / station / court), by category, success rate, median days from
    intake to close, performance of the agreements in effect. `since`: disputes received on or
    after that day (None: all); `today` tells overdue obligations from pending ones."""
    query = select(
        Dispute.status,
        Dispute.category,
        Dispute.ended_level,
        Dispute.received_at,
        Dispute.closed_on,
    ).where(col(Dispute.deleted_at).is_(None))
    start = datetime.combine(since or date.min, datetime.min.time(), tzinfo=LOCAL_TZ)
    if since is not None:
        query = query.where(col(Dispute.received_at) >= start)
    by_level: Counter[str] = Counter()
    agreed_by_level: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    days: list[int] = []
    for status, category, ended, received_at, closed_on in session.execute(query):
        by_status[status] += 1
        if status in life.OPEN_STATUSES:
            categories[category]["open"] += 1
            continue
        categories[category]["closed"] += 1
        by_level[ended or "grid"] += 1
        if status in life.SUCCESS_STATUSES:
            categories[category]["agreed"] += 1
            agreed_by_level[ended or "grid"] += 1
        if closed_on is not None:
            days.append(max(0, (closed_on - to_local(received_at).date()).days))
    closed = sum(by_level.values())
    agreed = sum(agreed_by_level.values())
    figures = [
        CategoryFigure(code, c["closed"], c["agreed"], c["open"]) for code, c in categories.items()
    ]
    figures.sort(key=lambda f: (-(f.closed + f.open), f.category))
    return DisputeStats(
        since,
        sum(by_status.values()),
        sum(n for s, n in by_status.items() if s in life.OPEN_STATUSES),
        closed,
        agreed,
        dict(by_level),
        dict(agreed_by_level),
        figures,
        dict(by_status),
        float(pystats.median(days)) if days else None,
        performance(session, start if since is not None else None, today or date.min),
    )


def performance(session: Session, received_since: datetime | None, today: date) -> perf.Summary:
    """The obligations of every agreement in effect (its current revision)."""
    query = (
        select(
            AgreementObligation.due_on,
            AgreementObligation.performed_on,
            AgreementObligation.breached_on,
        )
        .join(Dispute, col(Dispute.id) == AgreementObligation.dispute_id)
        .where(
            col(Dispute.status) == life.Status.AGREED,
            col(Dispute.deleted_at).is_(None),
            col(AgreementObligation.deleted_at).is_(None),
            col(AgreementObligation.agreement_id).in_(current_agreement_ids()),
        )
    )
    if received_since is not None:
        query = query.where(col(Dispute.received_at) >= received_since)
    return perf.summarize(
        perf.state(due, performed, breached, today)
        for due, performed, breached in session.execute(query)
    )
