"""Read side of disputes: the list, one dispute's file, the hand-off to legal aid. Deadlines
for "today" are in dispute_deadlines, statistics in dispute_stats, intake from the grid in
dispute_intake."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlmodel import Session, col

from gridwarden.clock import to_local
from gridwarden.models import (
    AgreementObligation,
    Dispute,
    DisputeParty,
    DisputeStep,
    GridEvent,
    Household,
    MediationAgreement,
    MediationSession,
    OrgUnit,
    Visit,
)
from gridwarden.queries.aliases import alias_on_use
from gridwarden.queries.legal_aid_facts import LegalAidPrefill
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf


@dataclass(frozen=True)
class DisputeFilter:
    status: str | None = "open"  # a status, "open", "closed", or None for all
    level: str | None = None
    category: str | None = None
    text: str = ""
    mediator: str = ""  # the mediator's name, exactly (from the station's mediators)
    sort: Sort | None = None
    due_from: date | None = None  # open disputes whose deadline falls in [due_from, due_until]
    due_until: date | None = None


def _first_party(role: str) -> Any:
    return (
        select(DisputeParty.name)
        .where(
            DisputeParty.dispute_id == Dispute.id,
            DisputeParty.role == role,
            col(DisputeParty.deleted_at).is_(None),
        )
        .order_by(DisputeParty.position)
        .limit(1)
        .scalar_subquery()
    )


# The header keys the dispute list sorts by (the SQL behind each).
SORTS: dict[str, Any] = {
    "number": Dispute.number,
    "received_at": Dispute.received_at,
    "parties": _first_party("applicant"),
    "category": Dispute.category,
    "level": Dispute.level,
    "status": Dispute.status,
    "mediator": Dispute.mediator_name,
    "due_on": Dispute.due_on,
    "amount": Dispute.amount_fen,
    "source": Dispute.source,
    "risk": Dispute.risk_level,
}


def mediators(session: Session) -> list[str]:
    """The mediators named on disputes, for the mediator filter."""
    query = (
        select(Dispute.mediator_name)
        .where(col(Dispute.deleted_at).is_(None))
        .distinct()
        .order_by(Dispute.mediator_name)
    )
    return [name for name in session.execute(query).scalars() if name]


def dispute_ids(session: Session, flt: DisputeFilter, limit: int = 200_000) -> list[str]:
    query = select(Dispute.id).where(col(Dispute.deleted_at).is_(None))
    if flt.status == "open":
        query = query.where(col(Dispute.status).in_(life.OPEN_STATUSES))
    elif flt.status == "closed":
        query = query.where(col(Dispute.status).in_(life.CLOSED_STATUSES))
    elif flt.status:
        query = query.where(Dispute.status == flt.status)
    if flt.level:
        query = query.where(Dispute.level == flt.level)
    if flt.category:
        query = query.where(Dispute.category == flt.category)
    if flt.mediator:
        query = query.where(Dispute.mediator_name == flt.mediator)
    if flt.due_from or flt.due_until:
        query = query.where(col(Dispute.status).in_(life.OPEN_STATUSES))
    if flt.due_from:
        query = query.where(col(Dispute.due_on) >= flt.due_from)
    if flt.due_until:
        query = query.where(col(Dispute.due_on) <= flt.due_until)
    for token in flt.text.split():
        pattern = f"%{token}%"
        named = select(DisputeParty.dispute_id).where(col(DisputeParty.name).like(pattern))
        query = query.where(
            col(Dispute.number).like(pattern)
            | col(Dispute.facts).like(pattern)
            | col(Dispute.work_order_number).like(pattern)
            | col(Dispute.court_reference).like(pattern)
            | col(Dispute.id).in_(named)
        )
    open_first = case((col(Dispute.status).in_(life.OPEN_STATUSES), 0), else_=1)
    default = [
        open_first,
        col(Dispute.due_on).is_(None),
        Dispute.due_on,
        col(Dispute.received_at).desc(),
    ]
    order = order_by(flt.sort, SORTS, col(Dispute.id), default)
    return list(session.execute(query.order_by(*order).limit(limit)).scalars())


@dataclass(frozen=True)
class DisputeRow:
    id: str
    number: str
    received_at: datetime
    applicants: str
    respondents: str
    category: str
    source: str
    level: str
    status: str
    mediator_name: str
    due_on: date | None
    risk_level: str
    amount_fen: int | None
    possible_duplicate: bool
    police_reported: bool
    ended_level: str | None
    closed_on: date | None

    @property
    def parties(self) -> str:
        return f"{self.applicants} — {self.respondents}"


def party_names(session: Session, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = session.execute(
        select(DisputeParty.dispute_id, DisputeParty.role, DisputeParty.name)
        .where(col(DisputeParty.dispute_id).in_(ids), col(DisputeParty.deleted_at).is_(None))
        .order_by(DisputeParty.position)
    )
    for dispute_id, role, name in rows:
        names[dispute_id][role].append(name)
    return names


def dispute_rows(session: Session, ids: list[str]) -> dict[str, DisputeRow]:
    if not ids:
        return {}
    names = party_names(session, ids)
    rows = session.execute(select(Dispute).where(col(Dispute.id).in_(ids))).scalars()
    return {
        d.id: DisputeRow(
            d.id,
            d.number,
            d.received_at,
            "、".join(names[d.id]["applicant"]),
            "、".join(names[d.id]["respondent"]),
            d.category,
            d.source,
            d.level,
            d.status,
            d.mediator_name,
            d.due_on,
            d.risk_level,
            d.amount_fen,
            d.possible_duplicate_of is not None,
            d.police_reported_at is not None,
            d.ended_level,
            d.closed_on,
        )
        for d in rows
    }


@dataclass(frozen=True)
class PartyItem:
    id: str
    role: str
    kind: str
    name: str
    id_number: str | None
    gender: str | None
    birth_date: date | None
    uscc: str | None
    legal_representative: str
    phone: str
    address: str
    resident_id: str | None
    agent_name: str
    agent_kind: str
    agent_phone: str


@dataclass(frozen=True)
class StepItem:
    action: str
    from_status: str
    to_status: str
    from_level: str
    to_level: str
    actor_name: str
    at: datetime
    reason: str
    note: str
    detail: dict[str, object]


@dataclass(frozen=True)
class SessionItem:
    id: str
    root_id: str
    held_at: datetime
    place: str
    attendees: list[str]
    mediator_name: str
    record: str
    revision: int
    correction_reason: str
    recorded_by: str
    superseded: bool  # a later revision exists


@dataclass(frozen=True)
class ObligationItem:
    id: str
    obligor: str
    description: str
    amount_fen: int | None
    due_on: date
    performed_on: date | None
    performance_note: str
    breached_on: date | None = None
    breach_note: str = ""

    def state(self, today: date) -> str:
        """pending / overdue / performed / breached (rules.dispute_performance)."""
        return perf.state(self.due_on, self.performed_on, self.breached_on, today)


@dataclass(frozen=True)
class AgreementItem:
    id: str
    kind: str
    revision: int
    correction_reason: str
    facts: str
    matters: str
    content: str
    performance: str
    performance_deadline: date | None
    reached_on: date
    recorded_by: str
    obligations: list[ObligationItem] = field(default_factory=list)


@dataclass(frozen=True)
class DisputeDetail:
    row: DisputeRow
    station_id: str
    station: str
    committee: str  # the mediation committee whose seal the agreement carries
    source: str
    grid_event_number: str
    visit_summary: str
    work_order_number: str
    court: str
    court_reference: str
    court_procedure: str
    facts: str
    claims: str
    received_by: str
    level_since: date
    mediator_chosen_by_parties: bool
    mediation_mode: str
    refused_mediators: str
    duplicate_of_number: str
    police_reported_at: datetime | None
    police_unit: str
    non_mediable: str
    outcome_note: str
    routes_told: list[str]
    agreement_effective_on: date | None
    confirmation_state: str
    confirmation_on: date | None
    confirmation_due_on: date | None
    referral_accepted_on: date | None = None
    parties: list[PartyItem] = field(default_factory=list)
    steps: list[StepItem] = field(default_factory=list)
    sessions: list[SessionItem] = field(default_factory=list)  # every revision, oldest first
    agreements: list[AgreementItem] = field(default_factory=list)  # every revision
    mediators: list[str] = field(default_factory=list)  # who mediates at this station (offered)

    @property
    def agreement(self) -> AgreementItem | None:
        """The current agreement: its highest revision."""
        return self.agreements[-1] if self.agreements else None

    @property
    def current_sessions(self) -> list[SessionItem]:
        return [s for s in self.sessions if not s.superseded]

    @property
    def referral(self) -> str:
        """ "" (not a court referral), "pending" (not yet accepted) or "accepted"."""
        return life.referral_state(self.source, self.referral_accepted_on)

    @property
    def supervision(self) -> list[StepItem]:
        """The committee's supervision of performance (Art. 31): follow-ups, performance and
        non-performance recorded, oldest first."""
        return [s for s in self.steps if s.action in SUPERVISION_ACTIONS]

    def performance(self, today: date) -> perf.Summary:
        agreement = self.agreement
        items = agreement.obligations if agreement and self.row.status == "agreed" else []
        return perf.summarize(o.state(today) for o in items)


SUPERVISION_ACTIONS = frozenset({"perform", "breach", "supervise"})


def _unit_name(session: Session, unit_id: str | None) -> str:
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    return unit.name if unit else ""


def dispute_detail(session: Session, dispute_id: str) -> DisputeDetail | None:
    d = session.get(Dispute, dispute_id)
    if d is None or d.deleted_at is not None:
        return None
    row = dispute_rows(session, [dispute_id])[dispute_id]
    station = session.get(OrgUnit, d.station_id)
    committee = _unit_name(session, station.parent_id if station else None)
    parties = [
        PartyItem(
            id=p.id,
            role=p.role,
            kind=p.kind,
            name=p.name,
            id_number=p.id_number,
            gender=p.gender,
            birth_date=p.birth_date,
            uscc=p.uscc,
            legal_representative=p.legal_representative,
            phone=p.phone,
            address=p.address,
            resident_id=p.resident_id,
            agent_name=p.agent_name,
            agent_kind=p.agent_kind,
            agent_phone=p.agent_phone,
        )
        for p in session.execute(
            select(DisputeParty)
            .where(DisputeParty.dispute_id == dispute_id, col(DisputeParty.deleted_at).is_(None))
            .order_by(DisputeParty.position)
        ).scalars()
    ]
    steps = [
        StepItem(
            action=s.action,
            from_status=s.from_status,
            to_status=s.to_status,
            from_level=s.from_level,
            to_level=s.to_level,
            actor_name=s.actor_name,
            at=s.at,
            reason=s.reason,
            note=s.note,
            detail=dict(s.detail or {}),
        )
        for s in session.execute(
            select(DisputeStep).where(DisputeStep.dispute_id == dispute_id).order_by(DisputeStep.at)
        ).scalars()
    ]
    records = list(
        session.execute(
            select(MediationSession)
            .where(
                MediationSession.dispute_id == dispute_id,
                col(MediationSession.deleted_at).is_(None),
            )
            .order_by(MediationSession.held_at, MediationSession.revision)
        ).scalars()
    )
    latest: dict[str, int] = {}
    for r in records:
        root = r.revises_id or r.id
        latest[root] = max(latest.get(root, 0), r.revision)
    sessions = [
        SessionItem(
            id=r.id,
            root_id=r.revises_id or r.id,
            held_at=r.held_at,
            place=r.place,
            attendees=list(r.attendees),
            mediator_name=r.mediator_name,
            record=r.record,
            revision=r.revision,
            correction_reason=r.correction_reason,
            recorded_by=r.recorded_by,
            superseded=r.revision < latest[r.revises_id or r.id],
        )
        for r in records
    ]
    found_agreements = list(
        session.execute(
            select(MediationAgreement)
            .where(
                MediationAgreement.dispute_id == dispute_id,
                col(MediationAgreement.deleted_at).is_(None),
            )
            .order_by(MediationAgreement.revision)
        ).scalars()
    )
    # every agreement's obligations in one query (not one per agreement)
    obligations: dict[str, list[ObligationItem]] = {a.id: [] for a in found_agreements}
    for o in session.execute(
        select(AgreementObligation)
        .where(
            col(AgreementObligation.agreement_id).in_(list(obligations)),
            col(AgreementObligation.deleted_at).is_(None),
        )
        .order_by(AgreementObligation.position)
    ).scalars():
        obligations[o.agreement_id].append(
            ObligationItem(
                id=o.id,
                obligor=o.obligor,
                description=o.description,
                amount_fen=o.amount_fen,
                due_on=o.due_on,
                performed_on=o.performed_on,
                performance_note=o.performance_note,
                breached_on=o.breached_on,
                breach_note=o.breach_note,
            )
        )
    agreements = [
        AgreementItem(
            id=a.id,
            kind=a.kind,
            revision=a.revision,
            correction_reason=a.correction_reason,
            facts=a.facts,
            matters=a.matters,
            content=a.content,
            performance=a.performance,
            performance_deadline=a.performance_deadline,
            reached_on=a.reached_on,
            recorded_by=a.recorded_by,
            obligations=obligations[a.id],
        )
        for a in found_agreements
    ]
    event = session.get(GridEvent, d.grid_event_id) if d.grid_event_id else None
    visit_summary = ""
    if d.visit_id:
        found = session.execute(
            select(Visit.visited_at, Household.address)
            .join(Household, col(Household.id) == Visit.household_id)
            .where(Visit.id == d.visit_id)
        ).first()
        if found:
            visit_summary = f"{to_local(found[0]):%Y-%m-%d} {found[1]}"
    duplicate = session.get(Dispute, d.possible_duplicate_of) if d.possible_duplicate_of else None
    return DisputeDetail(
        row=row,
        station_id=d.station_id,
        station=station.name if station else "",
        committee=committee or (station.name if station else ""),
        source=d.source,
        grid_event_number=event.number if event else "",
        visit_summary=visit_summary,
        work_order_number=d.work_order_number,
        court=_unit_name(session, d.court_id),
        court_reference=d.court_reference,
        court_procedure=d.court_procedure,
        facts=d.facts,
        claims=d.claims,
        received_by=d.received_by,
        level_since=d.level_since,
        mediator_chosen_by_parties=d.mediator_chosen_by_parties,
        mediation_mode=d.mediation_mode,
        refused_mediators=d.refused_mediators,
        duplicate_of_number=duplicate.number if duplicate else "",
        police_reported_at=d.police_reported_at,
        police_unit=d.police_unit,
        non_mediable=d.non_mediable,
        outcome_note=d.outcome_note,
        routes_told=list(d.routes_told),
        agreement_effective_on=d.agreement_effective_on,
        confirmation_state=d.confirmation_state,
        confirmation_on=d.confirmation_on,
        confirmation_due_on=d.confirmation_due_on,
        referral_accepted_on=d.referral_accepted_on,
        parties=parties,
        steps=steps,
        sessions=sessions,
        agreements=agreements,
        mediators=station_mediators(session, d.station_id),
    )


def station_mediators(session: Session, station_id: str, limit: int = 30) -> list[str]:
    """The mediators who have taken this station's disputes, the busiest first: what the assign
    form offers (mediators are names, not accounts: many are volunteers without one)."""
    count = func.count()
    rows = session.execute(
        select(Dispute.mediator_name, count)
        .where(
            Dispute.station_id == station_id,
            Dispute.mediator_name != "",
            col(Dispute.deleted_at).is_(None),
        )
        .group_by(Dispute.mediator_name)
        .order_by(count.desc(), Dispute.mediator_name)
        .limit(limit)
    ).all()
    return [name for name, _n in rows]


# built once: a new alias per call re-derived its column collection each time
_LATER_AGREEMENT = alias_on_use(MediationAgreement)


def current_agreement_ids() -> Select[tuple[str]]:
    """The highest revision of each dispute's agreement (earlier ones are history)."""
    newer = select(_LATER_AGREEMENT.id).where(
        _LATER_AGREEMENT.dispute_id == MediationAgreement.dispute_id,
        _LATER_AGREEMENT.revision > MediationAgreement.revision,
    )
    return select(MediationAgreement.id).where(~newer.exists())


# --- hand-off to legal aid (issue 4) -----------------------------------------------------------
def legal_aid_eligible(category: str, status: str) -> bool:
    """A failed mediation about wages (labour) can start a legal-aid application."""
    return category == "labour_wage" and status == life.Status.FAILED


def legal_aid_prefill(session: Session, dispute_id: str) -> LegalAidPrefill | None:
    """What a failed wage mediation hands to the legal-aid window (issue 4's prefill)."""
    detail = dispute_detail(session, dispute_id)
    if detail is None:
        return None
    applicants = [p for p in detail.parties if p.role == "applicant" and p.kind == "person"]
    applicant = applicants[0] if applicants else None
    opposing = [p for p in detail.parties if p.role == "respondent"]
    summary = detail.facts
    if detail.claims:
        summary += "\n申请事项：" + detail.claims
    if detail.outcome_note:
        summary += "\n调解不成的原因：" + detail.outcome_note
    return LegalAidPrefill(
        applicant_name=applicant.name if applicant else "",
        id_number=(applicant.id_number or "") if applicant else "",
        phone=applicant.phone if applicant else "",
        opposing_party="、".join(p.name for p in opposing),
        matter_summary=summary,
        source_dispute_id=detail.row.id,
        suggested_matter_type="labour_pay",  # Art. 31 (5): claiming labour pay
        source_dispute_number=detail.row.number,
        applicant_address=applicant.address if applicant else "",
        opposing_party_uscc=opposing[0].uscc if opposing else None,
        amount_fen=detail.row.amount_fen,
    )


# --- pickers -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnitItem:
    id: str
    name: str
    kind: str


def org_units(session: Session, kinds: tuple[str, ...]) -> list[UnitItem]:
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.kind)
        .where(col(OrgUnit.kind).in_(kinds), col(OrgUnit.deleted_at).is_(None))
        .order_by(OrgUnit.name)
    )
    return [UnitItem(*r) for r in rows]
