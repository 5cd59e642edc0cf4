"""The legal-aid queue: one row per single application, ONE row per group case (27 workers owed
wages by one employer are one matter, not 27 lines), open ones first by the nearest deadline.

A row's key is the application id, or "g:" + the case id for a group. Filters look at the
members: a group is listed when any member matches, and its place in the queue is that of its
earliest matching deadline. Voided applications (tombstones) are listed only when asked for, one
by one, newest first. Confidentiality (Art. 21): rows carry masked ID numbers only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlmodel import Session, col

from gridwarden.models import LegalAidApplication, LegalAidCase, OrgUnit
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.validation.idnumber import mask

A, C = LegalAidApplication, LegalAidCase
GROUP_PREFIX = "g:"
OPEN, VOIDED = "open", "voided"  # status filters besides a status code (None: every status)


def group_key(case_id: str) -> str:
    return GROUP_PREFIX + case_id


def case_of_key(key: str) -> str | None:
    """The case id of a group key, None for an application id."""
    return key[len(GROUP_PREFIX) :] if key.startswith(GROUP_PREFIX) else None


@dataclass(frozen=True)
class QueueFilter:
    status: str | None = OPEN  # a status, OPEN, VOIDED, or None for every live application
    window_id: str | None = None
    matter_group: str | None = None  # art31 | art32 | criminal | other
    text: str = ""
    sort: Sort | None = None  # a header's sort (keys: SORTS); voided rows keep their order
    due_from: date | None = None  # open applications whose deadline is in [due_from, due_until]
    due_until: date | None = None


def _matter_codes(group: str) -> list[str]:
    return [t.code for t in la.MATTER_TYPES.values() if t.group == group]


def _filtered(query: Any, flt: QueueFilter) -> Any:
    if flt.status == VOIDED:
        query = query.where(col(A.deleted_at).is_not(None))
    else:
        query = query.where(col(A.deleted_at).is_(None))
    if flt.status == OPEN:
        query = query.where(col(A.status).in_(life.OPEN_STATUSES))
    elif flt.status and flt.status != VOIDED:
        query = query.where(A.status == flt.status)
    if flt.due_from or flt.due_until:
        query = query.where(col(A.status).in_(life.OPEN_STATUSES))
    if flt.due_from:
        query = query.where(col(A.due_date) >= flt.due_from)
    if flt.due_until:
        query = query.where(col(A.due_date) <= flt.due_until)
    if flt.window_id:
        query = query.where(C.window_id == flt.window_id)
    if flt.matter_group:
        query = query.where(col(C.matter_type).in_(_matter_codes(flt.matter_group)))
    for token in flt.text.split():
        pattern = f"%{token}%"
        query = query.where(
            col(A.name).like(pattern)
            | col(A.number).like(pattern)
            | col(C.opposing_party).like(pattern)
            | col(C.group_name).like(pattern)
            | col(C.summary).like(pattern)
            | (col(A.id_number).like(f"%{token}") if token.isalnum() and len(token) >= 4 else False)
        )
    return query


def queue_ids(session: Session, flt: QueueFilter, limit: int = 100_000) -> list[str]:
    """Row keys: open first, by the nearest deadline, then the rest by the day received."""
    if flt.status == VOIDED:
        query = _filtered(select(A.id).join(C, C.id == A.case_id), flt)
        query = query.order_by(col(A.deleted_at).desc(), A.number).limit(limit)
        return list(session.execute(query).scalars())
    is_open = col(A.status).in_(life.OPEN_STATUSES)
    key = case((C.group_name != "", literal(GROUP_PREFIX) + col(C.id)), else_=col(A.id))
    open_first = func.min(case((is_open, 0), else_=1))
    due = func.min(case((is_open, A.due_date), else_=None))
    query = _filtered(
        select(key.label("key"), open_first, due, func.max(C.received_on), func.min(A.number))
        .join(C, C.id == A.case_id)
        .group_by(key),
        flt,
    )
    # a group's place is that of its first member in the sorted column
    sorts = {
        "due": due,
        "name": func.min(case((C.group_name != "", C.group_name), else_=A.name)),
        "number": func.min(A.number),
        "matter": func.min(C.matter_type),
        "status": func.min(A.status),
        "received": func.max(C.received_on),
    }
    default = [
        open_first, case((due.is_(None), 1), else_=0), due, func.max(C.received_on).desc(),
        func.min(A.number),
    ]  # fmt: skip
    query = query.order_by(*order_by(flt.sort, sorts, key, default)).limit(limit)
    return [row[0] for row in session.execute(query)]


SORTS = ("due", "name", "number", "matter", "status", "received")


@dataclass(frozen=True)
class QueueRow:
    id: str  # the row key: an application id, or a group key
    number: str  # the application's, or the case's for a group
    name: str  # the applicant, or the group case's name
    id_masked: str
    matter_type: str
    proceeding: str
    status: str  # a group: the status of the member due first (or of most members)
    due_date: date | None  # a group: the earliest deadline of its open members
    window: str
    group_name: str
    group_size: int
    city_wide: bool
    limitation_date: date | None
    urgent_preservation: bool
    advance_on: date | None
    received_on: date
    statuses: tuple[tuple[str, int], ...] = ()  # a group: members per status, most first
    waiting: int = 0  # a group: undecided members without aid started (Art. 44)
    voided: bool = False

    @property
    def is_group(self) -> bool:
        return self.id.startswith(GROUP_PREFIX)

    @property
    def open_count(self) -> int:
        return sum(n for status, n in self.statuses if status in life.OPEN_STATUSES)

    @property
    def is_open(self) -> bool:
        if self.voided:
            return False
        return self.open_count > 0 if self.is_group else self.status in life.OPEN_STATUSES

    def urgent(self, today: date) -> bool:
        """Art. 44: not yet decided, aid not yet started, and the limit is near."""
        if self.voided:
            return False
        waiting = self.waiting > 0 if self.is_group else (
            self.status in life.UNDECIDED and self.advance_on is None
        )  # fmt: skip
        return waiting and dl.urgent(self.limitation_date, today, self.urgent_preservation)


def queue_rows(session: Session, keys: list[str]) -> dict[str, QueueRow]:
    cases = [c for c in map(case_of_key, keys) if c]
    singles = [k for k in keys if case_of_key(k) is None]
    rows = _single_rows(session, singles) if singles else {}
    if cases:
        rows.update(_group_rows(session, cases))
    return rows


def _single_rows(session: Session, ids: list[str]) -> dict[str, QueueRow]:
    query = (
        select(
            A.id, A.number, A.name, A.id_number, C.matter_type, C.proceeding, A.status, A.due_date,
            OrgUnit.name, C.group_name, C.city_wide, C.limitation_date, C.urgent_preservation,
            A.advance_on, C.received_on, A.deleted_at, C.id,
        )
        .join(C, C.id == A.case_id)
        .join(OrgUnit, OrgUnit.id == C.window_id, isouter=True)
        .where(col(A.id).in_(ids))
    )  # fmt: skip
    found = session.execute(query).all()
    sizes = _sizes(session, [r[16] for r in found if r[9]])
    rows = {}
    for r in found:
        rows[r[0]] = QueueRow(
            r[0], r[1], r[2], mask(r[3]), r[4], r[5], r[6], r[7], r[8] or "", r[9],
            sizes.get(r[16], 1), r[10], r[11], r[12], r[13], r[14], voided=r[15] is not None,
        )  # fmt: skip
    return rows


def _sizes(session: Session, case_ids: list[str]) -> dict[str, int]:
    if not case_ids:
        return {}
    query = (
        select(A.case_id, func.count())
        .where(col(A.case_id).in_(case_ids), col(A.deleted_at).is_(None))
        .group_by(A.case_id)
    )
    return {case_id: n for case_id, n in session.execute(query)}


def _group_rows(session: Session, case_ids: list[str]) -> dict[str, QueueRow]:
    members: dict[str, list[Any]] = defaultdict(list)
    for m in session.execute(
        select(A.case_id, A.status, A.due_date, A.advance_on).where(
            col(A.case_id).in_(case_ids), col(A.deleted_at).is_(None)
        )
    ):
        members[m[0]].append(m)
    query = (
        select(C, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == C.window_id, isouter=True)
        .where(col(C.id).in_(case_ids))
    )
    rows = {}
    for c, window in session.execute(query):
        people = members.get(c.id, [])
        due = sorted((m for m in people if m[1] in life.OPEN_STATUSES and m[2]), key=lambda m: m[2])
        counts = Counter(m[1] for m in people).most_common()
        key = group_key(c.id)
        rows[key] = QueueRow(
            key, c.number, c.group_name, "", c.matter_type, c.proceeding,
            due[0][1] if due else (counts[0][0] if counts else ""),
            due[0][2] if due else None, window or "", c.group_name, len(people), c.city_wide,
            c.limitation_date, c.urgent_preservation, None, c.received_on,
            statuses=tuple(counts),
            waiting=sum(1 for m in people if m[1] in life.UNDECIDED and m[3] is None),
        )  # fmt: skip
    return rows


def key_of(session: Session, application_id: str) -> str:
    """The queue row an application is shown in: its group's, or its own."""
    found = session.execute(
        select(C.id, C.group_name).join(A, A.case_id == C.id).where(A.id == application_id)
    ).first()
    return group_key(found[0]) if found and found[1] else application_id
