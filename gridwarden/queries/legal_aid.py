"""Read side of legal aid: the queue by due date, one application's detail with its assessment
and history, "today" lists, windows and agencies, statistics. Plain data out.

Confidentiality (Art. 21): list rows carry the masked ID number only; the full number is in the
detail, which the page shows masked until the clerk opens it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from gridwarden.models import LegalAidApplication, LegalAidCase, LegalAidStep, OrgUnit
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.legal_aid import AGENCY_KIND, WINDOW_KINDS, assess_application
from gridwarden.validation.idnumber import mask

A, C = LegalAidApplication, LegalAidCase


@dataclass(frozen=True)
class QueueFilter:
    status: str | None = "open"  # a status, "open", or None for all
    window_id: str | None = None
    matter_group: str | None = None  # art31 | art32 | criminal | other
    text: str = ""


def _matter_codes(group: str) -> list[str]:
    return [t.code for t in la.MATTER_TYPES.values() if t.group == group]


def queue_ids(session: Session, flt: QueueFilter, limit: int = 100_000) -> list[str]:
    """Open applications first, by due date (the nearest deadline on top), then the rest."""
    query = select(A.id).join(C, C.id == A.case_id).where(col(A.deleted_at).is_(None))
    if flt.status == "open":
        query = query.where(col(A.status).in_(life.OPEN_STATUSES))
    elif flt.status:
        query = query.where(A.status == flt.status)
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
    open_first = case((col(A.status).in_(life.OPEN_STATUSES), 0), else_=1)
    no_due_last = case((col(A.due_date).is_(None), 1), else_=0)
    query = query.order_by(
        open_first, no_due_last, A.due_date, col(C.received_on).desc(), A.number
    ).limit(limit)
    return list(session.execute(query).scalars())


@dataclass(frozen=True)
class QueueRow:
    id: str
    number: str
    name: str
    id_masked: str
    matter_type: str
    proceeding: str
    status: str
    due_date: date | None
    window: str
    group_name: str
    group_size: int
    city_wide: bool
    limitation_date: date | None
    urgent_preservation: bool
    advance_on: date | None
    received_on: date

    @property
    def is_open(self) -> bool:
        return self.status in life.OPEN_STATUSES

    def urgent(self, today: date) -> bool:
        """Art. 44: not yet decided, aid not yet started, and the limit is near."""
        return (
            self.status in life.UNDECIDED
            and self.advance_on is None
            and dl.urgent(self.limitation_date, today, self.urgent_preservation)
        )


def queue_rows(session: Session, ids: list[str]) -> dict[str, QueueRow]:
    if not ids:
        return {}
    member = aliased(LegalAidApplication)
    sizes = (
        select(func.count())
        .select_from(member)
        .where(member.case_id == C.id, col(member.deleted_at).is_(None))
        .correlate(C)
    ).scalar_subquery()
    query = (
        select(
            A.id,
            A.number,
            A.name,
            A.id_number,
            C.matter_type,
            C.proceeding,
            A.status,
            A.due_date,
            OrgUnit.name,
            C.group_name,
            sizes,
            C.city_wide,
            C.limitation_date,
            C.urgent_preservation,
            A.advance_on,
            C.received_on,
        )
        .join(C, C.id == A.case_id)
        .join(OrgUnit, OrgUnit.id == C.window_id, isouter=True)
        .where(col(A.id).in_(ids))
    )
    rows = {}
    for r in session.execute(query):
        rows[r[0]] = QueueRow(
            r[0], r[1], r[2], mask(r[3]), r[4], r[5], r[6], r[7], r[8] or "", r[9], r[10],
            r[11], r[12], r[13], r[14], r[15],
        )  # fmt: skip
    return rows


@dataclass(frozen=True)
class StepItem:
    action: str
    from_status: str
    to_status: str
    actor_name: str
    at: datetime
    note: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class MemberItem:
    """An applicant of the same (group) case."""

    id: str
    number: str
    name: str
    id_masked: str
    status: str
    due_date: date | None
    claim_amount_fen: int | None


@dataclass(frozen=True)
class ApplicationDetail:
    row: QueueRow
    case_id: str
    case_number: str
    id_number: str  # the full number: shown only when the clerk opens the record
    gender: str | None
    birth_date: date | None
    phone: str
    address: str
    agent_name: str
    agent_relation: str
    agent_phone: str
    facts: dict[str, bool]
    claim_amount_fen: int | None
    materials: list[str]
    hardship: str
    summary: str
    other_basis: str
    opposing_party: str
    opposing_code: str
    handling_body: str
    limitation_note: str
    competent_agency: str
    own_agency: str
    source_dispute_id: str | None
    notice_on: date | None
    withdraw_on: date | None
    complete_on: date | None
    decision_due: date | None
    decided_on: date | None
    refusal_reasons: str
    refusal_basis: str
    assign_due: date | None
    assigned_on: date | None
    assignee_name: str
    assignee_unit: str
    assignee_kind: str
    forwarded_on: date | None
    forwarded_to: str
    forward_receiver: str
    objection_on: date | None
    objection_due: date | None
    objection_count: int
    closed_reason: str
    assessment: el.Assessment
    steps: list[StepItem] = field(default_factory=list)
    members: list[MemberItem] = field(default_factory=list)


def _name(session: Session, unit_id: str | None) -> str:
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    return unit.name if unit else ""


def application_detail(
    session: Session, application_id: str, today: date
) -> ApplicationDetail | None:
    a = session.get(LegalAidApplication, application_id)
    if a is None or a.deleted_at is not None:
        return None
    c = session.get(LegalAidCase, a.case_id)
    assert c is not None
    row = queue_rows(session, [a.id])[a.id]
    window = session.get(OrgUnit, c.window_id)
    own_agency = _name(session, window.parent_id if window else None)
    competent = _name(session, c.competent_agency_id) or own_agency
    steps = [
        StepItem(s.action, s.from_status, s.to_status, s.actor_name, s.at, s.note, s.detail)
        for s in session.execute(
            select(LegalAidStep)
            .where(col(LegalAidStep.application_id) == a.id)
            .order_by(col(LegalAidStep.at), col(LegalAidStep.updated_at))
        ).scalars()
    ]
    members = []
    if c.group_name:
        members = [
            MemberItem(m.id, m.number, m.name, mask(m.id_number), m.status, m.due_date,
                       m.claim_amount_fen)
            for m in session.execute(
                select(LegalAidApplication)
                .where(
                    col(LegalAidApplication.case_id) == c.id,
                    col(LegalAidApplication.deleted_at).is_(None),
                )
                .order_by(col(LegalAidApplication.number))
            ).scalars()
        ]  # fmt: skip
    return ApplicationDetail(
        row=row,
        case_id=c.id,
        case_number=c.number,
        id_number=a.id_number,
        gender=a.gender,
        birth_date=a.birth_date,
        phone=a.phone,
        address=a.address,
        agent_name=a.agent_name,
        agent_relation=a.agent_relation,
        agent_phone=a.agent_phone,
        facts={name: bool(getattr(a, name)) for name in la.APPLICANT_FACTS},
        claim_amount_fen=a.claim_amount_fen,
        materials=list(a.materials),
        hardship=a.hardship,
        summary=c.summary,
        other_basis=c.other_basis,
        opposing_party=c.opposing_party,
        opposing_code=c.opposing_code,
        handling_body=c.handling_body,
        limitation_note=c.limitation_note,
        competent_agency=competent,
        own_agency=own_agency,
        source_dispute_id=c.source_dispute_id,
        notice_on=a.notice_on,
        withdraw_on=a.withdraw_on,
        complete_on=a.complete_on,
        decision_due=a.decision_due,
        decided_on=a.decided_on,
        refusal_reasons=a.refusal_reasons,
        refusal_basis=a.refusal_basis,
        assign_due=a.assign_due,
        assigned_on=a.assigned_on,
        assignee_name=a.assignee_name,
        assignee_unit=a.assignee_unit,
        assignee_kind=a.assignee_kind,
        forwarded_on=a.forwarded_on,
        forwarded_to=_name(session, a.forwarded_to_id),
        forward_receiver=a.forward_receiver,
        objection_on=a.objection_on,
        objection_due=a.objection_due,
        objection_count=a.objection_count,
        closed_reason=a.closed_reason,
        assessment=assess_application(a, c, today, competent),
        steps=steps,
        members=members,
    )


# --- "today" ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueItem:
    application_id: str
    number: str
    name: str
    status: str
    due_date: date
    days_left: int
    matter_type: str
    group_name: str


def due_soon(session: Session, today: date, within_days: int) -> list[DueItem]:
    """Open applications whose deadline is within `within_days` (or past), nearest first."""
    query = (
        select(A.id, A.number, A.name, A.status, A.due_date, C.matter_type, C.group_name)
        .join(C, C.id == A.case_id)
        .where(
            col(A.status).in_(life.OPEN_STATUSES),
            col(A.deleted_at).is_(None),
            col(A.due_date).is_not(None),
            col(A.due_date) <= today + timedelta(days=within_days),
        )
        .order_by(A.due_date, A.number)
    )
    return [
        DueItem(r[0], r[1], r[2], r[3], r[4], (r[4] - today).days, r[5], r[6])
        for r in session.execute(query)
    ]


@dataclass(frozen=True)
class UrgentItem:
    application_id: str
    number: str
    name: str
    status: str
    limitation_date: date | None
    limitation_note: str
    days_left: int | None
    preservation: bool
    matter_type: str


def urgent_before_decision(session: Session, today: date) -> list[UrgentItem]:
    """Art. 44: undecided applications, no aid started yet, fewer than 7 days to the limit (or
    urgent preservation)."""
    horizon = today + timedelta(days=dl.URGENT_DAYS - 1)
    query = (
        select(
            A.id, A.number, A.name, A.status, C.limitation_date, C.limitation_note,
            C.urgent_preservation, C.matter_type,
        )
        .join(C, C.id == A.case_id)
        .where(
            col(A.status).in_(life.UNDECIDED),
            col(A.deleted_at).is_(None),
            col(A.advance_on).is_(None),
            or_(col(C.limitation_date) <= horizon, col(C.urgent_preservation).is_(True)),
        )
        .order_by(C.limitation_date, A.number)
    )  # fmt: skip
    return [
        UrgentItem(r[0], r[1], r[2], r[3], r[4], r[5], dl.days_to_limit(r[4], today), r[6], r[7])
        for r in session.execute(query)
    ]


# --- pickers ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnitItem:
    id: str
    name: str
    kind: str
    parent_id: str | None


def _units(session: Session, kinds: tuple[str, ...]) -> list[UnitItem]:
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.kind, OrgUnit.parent_id)
        .where(col(OrgUnit.kind).in_(kinds), col(OrgUnit.deleted_at).is_(None))
        .order_by(OrgUnit.kind, OrgUnit.name)
    ).all()
    return [UnitItem(*row) for row in rows]


def windows(session: Session) -> list[UnitItem]:
    """Windows first (the district one on top), then special workstations."""
    units = _units(session, WINDOW_KINDS)
    return sorted(units, key=lambda u: (u.kind != "legal_aid_window", "街道" in u.name, u.name))


def agencies(session: Session) -> list[UnitItem]:
    return _units(session, (AGENCY_KIND,))
