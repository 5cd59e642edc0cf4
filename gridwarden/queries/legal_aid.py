"""Read side of legal aid: one application's detail with its assessment, history and notices; a
group case with its members; "today" lists; windows and agencies. Plain data out. The queue is
in queries.legal_aid_queue, statistics in queries.legal_aid_stats.

Confidentiality (Art. 21): list rows carry the masked ID number only; the full number is in the
detail, which the page shows masked until the clerk opens it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlmodel import Session, col

from gridwarden.models import (
    Attachment,
    LegalAidApplication,
    LegalAidCase,
    LegalAidStep,
    OrgUnit,
)
from gridwarden.queries.legal_aid_facts import (
    AGENCY_KIND,
    WINDOW_KINDS,
    assess_application,
    custody_hours,
)
from gridwarden.queries.legal_aid_queue import (
    GROUP_PREFIX,
    OPEN,
    VOIDED,
    QueueFilter,
    QueueRow,
    case_of_key,
    group_key,
    key_of,
    queue_ids,
    queue_rows,
)
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
from gridwarden.validation.idnumber import mask

A, C = LegalAidApplication, LegalAidCase
__all__ = [  # the queue, read through this module too
    "GROUP_PREFIX",
    "OPEN",
    "VOIDED",
    "QueueFilter",
    "QueueRow",
    "case_of_key",
    "group_key",
    "key_of",
    "queue_ids",
    "queue_rows",
]


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
class NoticeItem:
    """A notice issued for the application: what, when, by whom, and its file on this device."""

    kind: str
    at: datetime
    actor_name: str
    pdf: Path | None  # None: issued on another device, or the file was moved away
    docx: Path | None


def notices_of(steps: list[StepItem], exports: Path | None) -> list[NoticeItem]:
    """The notices issued, newest first, from the history (each issue is a step)."""
    found = []
    for step in reversed(steps):
        if step.action != life.NOTICE or step.detail.get("kind") not in NOTICE_TEMPLATES:
            continue
        pdf = exports / step.detail["file"] if exports and step.detail.get("file") else None
        docx = pdf.with_suffix(".docx") if pdf else None
        found.append(
            NoticeItem(
                step.detail["kind"],
                step.at,
                step.actor_name,
                pdf if pdf and pdf.is_file() else None,
                docx if docx and docx.is_file() else None,
            )
        )
    return found


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
    notices: list[NoticeItem] = field(default_factory=list)
    voided_at: datetime | None = None  # a tombstone: voided with the reason below
    void_reason: str = ""
    end: EndItem | None = None  # the end of the case: completion or termination


@dataclass(frozen=True)
class EndItem:
    """How the case ended or is ending (Arts. 48–50, 55) and how it came in (Arts. 24, 25, 39)."""

    applicant_kind: str = "person"
    criminal_reason: str = ""
    urgent_basis: str = ""
    presumption_basis: str = ""
    notifier: str = ""
    notice_ref: str = ""
    notified_on: date | None = None
    notify_ground: str = ""
    detention_place: str = ""
    custody_hours: float | None = None
    objection_of: str = ""
    objection_result: str = ""
    objection_opinion: str = ""
    ended_on: date | None = None
    end_ground: str = ""
    end_reasons: str = ""
    matter_ended_on: date | None = None
    closing_due: date | None = None
    closed_on: date | None = None
    outcome: str = ""
    recovered_fen: int | None = None
    resolved_in_substance: bool | None = None
    closing_report: str = ""
    closing_documents: tuple[str, ...] = ()
    replaced_count: int = 0
    files: tuple[str, ...] = ()  # documents stored with the application (file names)


def _name(session: Session, unit_id: str | None) -> str:
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    return unit.name if unit else ""


def application_detail(
    session: Session, application_id: str, today: date, exports: Path | None = None
) -> ApplicationDetail | None:
    """One application, voided ones included (their reason shown); `exports` is where this
    device writes notices (to find the files of those issued)."""
    a = session.get(LegalAidApplication, application_id)
    if a is None:
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
    void = next((s for s in reversed(steps) if s.action == life.VOID), None)
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
        notices=notices_of(steps, exports),
        voided_at=a.deleted_at,
        void_reason=void.note if void and a.deleted_at else "",
        end=EndItem(
            applicant_kind=a.applicant_kind,
            criminal_reason=c.criminal_reason,
            urgent_basis=c.urgent_basis,
            presumption_basis=a.presumption_basis,
            notifier=c.notifier,
            notice_ref=c.notice_ref,
            notified_on=c.notified_on,
            notify_ground=c.notify_ground,
            detention_place=c.detention_place,
            custody_hours=custody_hours(c),
            objection_of=a.objection_of,
            objection_result=a.objection_result,
            objection_opinion=a.objection_opinion,
            ended_on=a.ended_on,
            end_ground=a.end_ground,
            end_reasons=a.end_reasons,
            matter_ended_on=a.matter_ended_on,
            closing_due=a.closing_due,
            closed_on=a.closed_on,
            outcome=a.outcome,
            recovered_fen=a.recovered_fen,
            resolved_in_substance=a.resolved_in_substance,
            closing_report=a.closing_report,
            closing_documents=tuple(a.closing_documents),
            replaced_count=a.replaced_count,
            files=tuple(
                session.execute(
                    select(Attachment.filename).where(
                        Attachment.owner_entity == "legal_aid_application",
                        Attachment.owner_id == a.id,
                        col(Attachment.deleted_at).is_(None),
                    )
                ).scalars()
            ),
        ),
    )


# --- a group case --------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupDetail:
    """One matter, many applicants: the case and its members, each with their own decision."""

    row: QueueRow
    case_id: str
    summary: str
    opposing_party: str
    handling_body: str
    limitation_note: str
    competent_agency: str
    members: list[MemberItem]


def group_detail(session: Session, key: str) -> GroupDetail | None:
    case_id = case_of_key(key)
    c = session.get(LegalAidCase, case_id) if case_id else None
    row = queue_rows(session, [key]).get(key) if c else None
    if c is None or row is None or not c.group_name:
        return None
    window = session.get(OrgUnit, c.window_id)
    own_agency = _name(session, window.parent_id if window else None)
    members = [
        MemberItem(m.id, m.number, m.name, mask(m.id_number), m.status, m.due_date,
                   m.claim_amount_fen)
        for m in session.execute(
            select(LegalAidApplication)
            .where(col(A.case_id) == c.id, col(A.deleted_at).is_(None))
            .order_by(col(A.number))
        ).scalars()
    ]  # fmt: skip
    return GroupDetail(
        row=row,
        case_id=c.id,
        summary=c.summary,
        opposing_party=c.opposing_party,
        handling_body=c.handling_body,
        limitation_note=c.limitation_note,
        competent_agency=_name(session, c.competent_agency_id) or own_agency,
        members=members,
    )


# --- "today" ---------------------------------------------------------------------------------
# A group case is one line (its first member due, and how many are listed), as in the queue.
@dataclass(frozen=True)
class DueItem:
    application_id: str  # a group: its member due first
    number: str
    name: str  # a group: the group case's name
    status: str
    due_date: date
    days_left: int
    matter_type: str
    group_name: str
    key: str  # the queue row to open
    people: int = 1


def due_soon(session: Session, today: date, within_days: int) -> list[DueItem]:
    """Open applications whose deadline is within `within_days` (or past), nearest first."""
    query = (
        select(A.id, A.number, A.name, A.status, A.due_date, C.matter_type, C.group_name, C.id,
               C.number)
        .join(C, C.id == A.case_id)
        .where(
            col(A.status).in_(life.OPEN_STATUSES),
            col(A.deleted_at).is_(None),
            col(A.due_date).is_not(None),
            col(A.due_date) <= today + timedelta(days=within_days),
        )
        .order_by(A.due_date, A.number)
    )  # fmt: skip
    items = []
    for r in session.execute(query):
        key, number, name = _line(r[0], r[1], r[2], r[6], r[7], r[8])
        items.append(DueItem(r[0], number, name, r[3], r[4], (r[4] - today).days, r[5], r[6], key))
    return _one_per_case(items)


@dataclass(frozen=True)
class UrgentItem:
    application_id: str  # a group: its first member listed
    number: str
    name: str
    status: str
    limitation_date: date | None
    limitation_note: str
    days_left: int | None
    preservation: bool
    matter_type: str
    key: str = ""  # the queue row to open
    people: int = 1


def urgent_before_decision(session: Session, today: date) -> list[UrgentItem]:
    """Art. 44: undecided applications, no aid started yet, fewer than 7 days to the limit (or
    urgent preservation)."""
    horizon = today + timedelta(days=dl.URGENT_DAYS - 1)
    query = (
        select(
            A.id, A.number, A.name, A.status, C.limitation_date, C.limitation_note,
            C.urgent_preservation, C.matter_type, C.group_name, C.id, C.number,
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
    items = []
    for r in session.execute(query):
        key, number, name = _line(r[0], r[1], r[2], r[8], r[9], r[10])
        items.append(UrgentItem(r[0], number, name, r[3], r[4], r[5],
                                dl.days_to_limit(r[4], today), r[6], r[7], key))  # fmt: skip
    return _one_per_case(items)


@dataclass(frozen=True)
class AdvanceItem:
    """Art. 44: aid given before the decision; the formalities must follow (补办手续)."""

    application_id: str
    number: str
    name: str
    status: str
    advance_on: date
    days_since: int
    assignee_name: str
    missing: int  # materials still missing
    key: str


def advance_follow_up(session: Session, today: date) -> list[AdvanceItem]:
    """Applications where aid started in advance and no decision has been made yet, the oldest
    first: the clerk must complete the file and decide (Art. 44: 及时补办有关手续)."""
    query = (
        select(A, C)
        .join(C, C.id == A.case_id)
        .where(
            col(A.advance_on).is_not(None),
            col(A.status).in_(life.UNDECIDED),
            col(A.deleted_at).is_(None),
        )
        .order_by(A.advance_on, A.number)
    )
    items = []
    for application, c in session.execute(query):
        assert application.advance_on is not None
        missing = len(assess_application(application, c, today).missing)
        key = group_key(c.id) if c.group_name else application.id
        items.append(
            AdvanceItem(
                application.id, application.number, application.name, application.status,
                application.advance_on, (today - application.advance_on).days,
                application.assignee_name, missing, key,
            )
        )  # fmt: skip
    return items


def _line(
    app_id: str, number: str, name: str, group: str, case_id: str, case_number: str
) -> tuple[str, str, str]:
    """The key, number and name a "today" line shows: the group case's for a member of one."""
    return (group_key(case_id), case_number, group) if group else (app_id, number, name)


Line = TypeVar("Line", DueItem, UrgentItem)


def _one_per_case(items: list[Line]) -> list[Line]:
    """The first line of each key (the lists come nearest first), counting the people in it."""
    lines: dict[str, Line] = {}
    for item in items:
        seen = lines.get(item.key)
        lines[item.key] = item if seen is None else replace(seen, people=seen.people + 1)
    return list(lines.values())


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
