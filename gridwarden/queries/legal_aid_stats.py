"""Legal-aid statistics: applications by matter type, window or workstation, proceeding and
status; decisions, assignments, objections and forwards on time (Arts. 38, 43, 49). Plain data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from gridwarden.models import LegalAidApplication, LegalAidCase, OrgUnit
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl

A, C = LegalAidApplication, LegalAidCase


@dataclass(frozen=True)
class CountRow:
    label: str  # a code (matter type, proceeding, status) or a name (window)
    cases: int
    applicants: int


@dataclass(frozen=True)
class Timeliness:
    label: str
    done: int
    on_time: int

    @property
    def percent(self) -> float | None:
        return None if not self.done else 100.0 * self.on_time / self.done


@dataclass(frozen=True)
class LegalAidStats:
    year: int | None
    cases: int
    applicants: int
    by_matter: list[CountRow]
    by_group: list[CountRow]
    by_window: list[CountRow]
    by_proceeding: list[CountRow]
    by_status: list[CountRow]
    city_wide: CountRow
    administrative: CountRow
    group_cases: CountRow
    timeliness: list[Timeliness]
    years: list[int]


def _counts(pairs: list[tuple[str, str]]) -> list[CountRow]:
    """(label, case id) pairs → cases and applicants per label, most first."""
    people = Counter(label for label, _ in pairs)
    cases = Counter(label for label, _ in set(pairs))
    return [CountRow(label, cases[label], n) for label, n in people.most_common()]


def statistics(session: Session, year: int | None = None) -> LegalAidStats:
    """Applications received in `year` (None: all): by matter type, window or station,
    proceeding and status; decisions, assignments and objections on time (Arts. 43, 49)."""
    window = aliased(OrgUnit)
    columns = [
        A.id, C.id, C.matter_type, C.proceeding, window.name, A.status, C.city_wide,
        C.group_name, A.decided_on, A.decision_due, A.assigned_on, A.assign_due,
        A.objection_decided_on, A.objection_due, A.forwarded_on, A.forward_due,
    ]  # fmt: skip
    query = (
        select(*columns)
        .join(C, C.id == A.case_id)
        .join(window, window.id == C.window_id, isouter=True)
        .where(col(A.deleted_at).is_(None))
    )  # fmt: skip
    if year is not None:
        query = query.where(
            col(C.received_on) >= date(year, 1, 1), col(C.received_on) <= date(year, 12, 31)
        )
    rows = session.execute(query).all()
    years = sorted(
        {
            d.year
            for d in session.execute(select(C.received_on).where(col(C.deleted_at).is_(None)))
            .scalars()
            .all()
        },
        reverse=True,
    )
    by_group = [(la.MATTER_TYPES[r[2]].group, r[1]) for r in rows if r[2] in la.MATTER_TYPES]

    def timely(label: str, done_at: int, due_at: int) -> Timeliness:
        checked = [dl.on_time(r[done_at], r[due_at]) for r in rows]
        done = [c for c in checked if c is not None]
        return Timeliness(label, len(done), sum(done))

    def subset(flag: Any) -> CountRow:
        chosen = [r for r in rows if flag(r)]
        return CountRow("", len({r[1] for r in chosen}), len(chosen))

    return LegalAidStats(
        year=year,
        cases=len({r[1] for r in rows}),
        applicants=len(rows),
        by_matter=_counts([(r[2], r[1]) for r in rows]),
        by_group=_counts(by_group),
        by_window=_counts([(r[4] or "", r[1]) for r in rows]),
        by_proceeding=_counts([(r[3], r[1]) for r in rows]),
        by_status=_counts([(r[5], r[1]) for r in rows]),
        city_wide=subset(lambda r: r[6]),
        administrative=subset(lambda r: r[3] in la.ADMINISTRATIVE),
        group_cases=subset(lambda r: bool(r[7])),
        timeliness=[
            timely("decision", 8, 9),
            timely("assignment", 10, 11),
            timely("objection", 12, 13),
            timely("forward", 14, 15),
        ],
        years=years,
    )


# --- results: what aid achieved (Art. 50) --------------------------------------------------------
@dataclass(frozen=True)
class ResultRow:
    label: str  # a matter type code, a window name or an outcome code
    closed: int
    recovered_fen: int  # amounts recovered (挽回或获得的金额), in fen
    claimed_fen: int


@dataclass(frozen=True)
class LegalAidResults:
    start: date | None
    end: date | None
    closed: int  # cases closed (结案, Art. 50) in the window of days
    ended: int  # aid terminated (Art. 48) in it
    recovered_fen: int
    claimed_fen: int
    by_outcome: list[ResultRow]
    by_matter: list[ResultRow]
    by_window: list[ResultRow]
    administrative: int  # administrative matters closed
    resolved: int  # of which the dispute was resolved in substance
    closing: Timeliness  # closing reports in within 30 days (Art. 50)
    replaced: int  # aid workers replaced on the recipient's request (Art. 55)


def _sum_rows(rows: list[Any], key: int) -> list[ResultRow]:
    closed: Counter[str] = Counter()
    recovered: Counter[str] = Counter()
    claimed: Counter[str] = Counter()
    for r in rows:
        closed[r[key]] += 1
        recovered[r[key]] += r[4] or 0
        claimed[r[key]] += r[5] or 0
    return [
        ResultRow(label, n, recovered[label], claimed[label]) for label, n in closed.most_common()
    ]


def results(
    session: Session,
    start: date | None = None,
    end: date | None = None,
    window_id: str | None = None,
) -> LegalAidResults:
    """Cases closed between `start` and `end` (by the day closed, inclusive; None: open-ended),
    optionally of one window: outcomes, amounts recovered, by matter type and by window;
    administrative disputes resolved in substance; closing reports on time (Art. 50)."""
    window = aliased(OrgUnit)

    def within(query: Any, column: Any) -> Any:
        query = query.where(col(A.deleted_at).is_(None))
        if start is not None:
            query = query.where(column >= start)
        if end is not None:
            query = query.where(column <= end)
        if window_id:
            query = query.where(C.window_id == window_id)
        return query

    columns: list[Any] = [
        A.outcome, C.matter_type, window.name, C.proceeding, A.recovered_fen,
        A.claim_amount_fen, A.resolved_in_substance, A.closed_on, A.closing_due,
    ]  # fmt: skip
    closed_rows = session.execute(
        within(
            select(*columns)
            .join(C, C.id == A.case_id)
            .join(window, window.id == C.window_id, isouter=True),
            col(A.closed_on),
        ).where(col(A.closed_on).is_not(None))
    ).all()  # fmt: skip
    ended = session.execute(
        within(select(func.count()).select_from(A).join(C, C.id == A.case_id), col(A.ended_on))
        .where(col(A.ended_on).is_not(None))
        .where(A.status != "assigned")  # a termination corrected on objection did not end aid
    ).scalar_one()
    replaced = session.execute(
        within(
            select(func.coalesce(func.sum(A.replaced_count), 0))
            .select_from(A)
            .join(C, C.id == A.case_id),
            col(C.received_on),
        )
    ).scalar_one()
    rows = [(r[0], r[1], r[2] or "", r[3], r[4], r[5]) for r in closed_rows]
    administrative = [r for r in closed_rows if r[3] in la.ADMINISTRATIVE]
    checked = [dl.on_time(r[7], r[8]) for r in closed_rows]
    done = [c for c in checked if c is not None]
    return LegalAidResults(
        start=start,
        end=end,
        closed=len(rows),
        ended=int(ended),
        recovered_fen=sum(r[4] or 0 for r in rows),
        claimed_fen=sum(r[5] or 0 for r in rows),
        by_outcome=_sum_rows(rows, 0),
        by_matter=_sum_rows(rows, 1),
        by_window=_sum_rows(rows, 2),
        administrative=len(administrative),
        resolved=sum(1 for r in administrative if r[6]),
        closing=Timeliness("closing", len(done), sum(done)),
        replaced=int(replaced),
    )
