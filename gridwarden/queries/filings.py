"""Read side of online filings (网上立案): the queue, one filing with its package check, the
files on a case, the deadlines for "today" and the statistics."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import case, select
from sqlmodel import Session, col

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message
from gridwarden.models import (
    Attachment,
    Dispute,
    DisputeParty,
    DisputeStep,
    Filing,
    FilingStep,
    LegalAidCase,
    MediationAgreement,
    MediationSession,
    OrgUnit,
)
from gridwarden.queries.disputes import party_names
from gridwarden.queries.sorting import Sort, order_by
from gridwarden.rules import dispute_lifecycle as dlife
from gridwarden.rules import filing as fr
from gridwarden.rules import filing_package as fp


@dataclass(frozen=True)
class FilingFilter:
    status: str | None = "open"  # a status, "open", "closed" or None for all
    kind: str | None = None
    text: str = ""
    sort: Sort | None = None
    due_from: date | None = None  # the deadline waited on falls in [due_from, due_until]
    due_until: date | None = None


# The deadline a filing waits on now, in SQL (the same rule as next_deadline below).
next_due_sql: Any = case(
    (Filing.status == fr.Status.CORRECTION, Filing.correction_due_on),
    (col(Filing.status).in_((fr.Status.SUBMITTED, fr.Status.RESUBMITTED)), Filing.decision_due_on),
    (Filing.status == fr.Status.ACCEPTED, Filing.decision_due_on),
    (
        (col(Filing.status) == fr.Status.DOCKETED)
        & col(Filing.fee_due_on).is_not(None)
        & (col(Filing.fee_relief) == ""),
        Filing.fee_due_on,
    ),
    (Filing.status == fr.Status.REFUSED, Filing.appeal_due_on),
    (
        (col(Filing.kind) == "confirmation") & col(Filing.status).in_(fr.OPEN_STATUSES),
        Filing.confirmation_due_on,
    ),
    else_=None,
)

# The header keys the filing list sorts by (the SQL behind each).
SORTS: dict[str, Any] = {
    "number": Filing.number,
    "kind": Filing.kind,
    "status": Filing.status,
    "parties": select(DisputeParty.name)
    .where(DisputeParty.dispute_id == Filing.dispute_id, col(DisputeParty.deleted_at).is_(None))
    .order_by(DisputeParty.position)
    .limit(1)
    .scalar_subquery(),
    "court": select(OrgUnit.name).where(OrgUnit.id == Filing.court_id).scalar_subquery(),
    "case_number": Filing.case_number,
    "due": next_due_sql,
}


def filing_ids(session: Session, flt: FilingFilter) -> list[str]:
    query = select(Filing.id).where(col(Filing.deleted_at).is_(None))
    if flt.status == "open":
        query = query.where(col(Filing.status).in_(fr.OPEN_STATUSES))
    elif flt.status == "closed":
        query = query.where(col(Filing.status).in_(fr.TERMINAL))
    elif flt.status:
        query = query.where(Filing.status == flt.status)
    if flt.kind:
        query = query.where(Filing.kind == flt.kind)
    for token in flt.text.split():
        pattern = f"%{token}%"
        disputes = select(Dispute.id).where(col(Dispute.number).like(pattern))
        named = select(DisputeParty.dispute_id).where(col(DisputeParty.name).like(pattern))
        query = query.where(
            col(Filing.number).like(pattern)
            | col(Filing.case_number).like(pattern)
            | col(Filing.platform_number).like(pattern)
            | col(Filing.dispute_id).in_(disputes)
            | col(Filing.dispute_id).in_(named)
        )
    if flt.due_from:
        query = query.where(next_due_sql >= flt.due_from)
    if flt.due_until:
        query = query.where(next_due_sql <= flt.due_until)
    order = order_by(flt.sort, SORTS, col(Filing.id), [col(Filing.number).desc()])
    return list(session.execute(query.order_by(*order)).scalars())


@dataclass(frozen=True)
class FilingRow:
    id: str
    number: str
    kind: str
    status: str
    dispute_number: str
    parties: str
    court: str
    next_due: date | None
    next_due_kind: str
    case_number: str
    package_version: int


def next_deadline(f: Filing) -> tuple[date | None, str]:
    """The deadline the filing is waiting on now, and its kind (a key of DEADLINE_KINDS)."""
    if f.status == fr.Status.CORRECTION:
        return f.correction_due_on, "correction"
    if f.status in (fr.Status.SUBMITTED, fr.Status.RESUBMITTED):
        return f.decision_due_on, "decision"
    if f.status == fr.Status.ACCEPTED:
        return f.decision_due_on, "confirmation_decision"
    if f.status == fr.Status.DOCKETED and f.fee_due_on and not f.fee_relief:
        return f.fee_due_on, "fee"
    if f.status == fr.Status.REFUSED:
        return f.appeal_due_on, "appeal"
    if f.kind == "confirmation" and f.status in fr.OPEN_STATUSES:
        return f.confirmation_due_on, "window"
    return None, ""


def _units(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(select(OrgUnit.id, OrgUnit.name).where(col(OrgUnit.id).in_(ids)))
    return {str(k): str(v) for k, v in rows.all()}


def filing_rows(session: Session, ids: list[str]) -> dict[str, FilingRow]:
    if not ids:
        return {}
    filings = list(session.execute(select(Filing).where(col(Filing.id).in_(ids))).scalars())
    dispute_ids = [f.dispute_id for f in filings if f.dispute_id]
    numbers = {
        str(k): str(v)
        for k, v in session.execute(
            select(Dispute.id, Dispute.number).where(col(Dispute.id).in_(dispute_ids))
        ).all()
    }
    names = party_names(session, dispute_ids)
    courts = _units(session, {f.court_id for f in filings if f.court_id})
    result = {}
    for f in filings:
        due, due_kind = next_deadline(f)
        who = names[f.dispute_id] if f.dispute_id else {}
        result[f.id] = FilingRow(
            f.id,
            f.number,
            f.kind,
            f.status,
            numbers.get(f.dispute_id or "", ""),
            "、".join(who.get("applicant", [])) + " — " + "、".join(who.get("respondent", [])),
            courts.get(f.court_id or "", ""),
            due,
            due_kind,
            f.case_number,
            f.package_version,
        )
    return result


@dataclass(frozen=True)
class FileItem:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int
    category: str
    party_id: str | None
    pages: int
    position: int


def case_files(session: Session, owner_entity: str, owner_id: str) -> list[FileItem]:
    """The files on a dispute or a legal-aid application, in upload order."""
    rows = session.execute(
        select(Attachment)
        .where(
            col(Attachment.owner_entity) == owner_entity,
            col(Attachment.owner_id) == owner_id,
            col(Attachment.deleted_at).is_(None),
        )
        .order_by(col(Attachment.position), col(Attachment.updated_at))
    ).scalars()
    return [
        FileItem(
            a.id, a.sha256, a.filename, a.mime, a.size, a.category, a.party_id, a.pages, a.position
        )
        for a in rows
    ]


@dataclass(frozen=True)
class FilingParty:
    id: str
    role: str
    kind: str
    name: str
    id_number: str | None
    uscc: str | None
    gender: str | None
    birth_date: date | None
    ethnicity: str
    occupation: str
    employer: str
    address: str
    phone: str
    legal_representative: str
    representative_title: str
    representative_phone: str
    service_address: str
    e_service_consent: bool
    online_consent: bool
    consent_on: date | None
    agent_name: str
    agent_kind: str
    agent_phone: str


@dataclass(frozen=True)
class StepItem:
    action: str
    from_status: str
    to_status: str
    actor_name: str
    at: datetime
    reason: str
    detail: dict[str, object]


@dataclass(frozen=True)
class FilingDetail:
    row: FilingRow
    kind: str
    status: str
    station_id: str
    dispute_id: str | None
    dispute_number: str
    dispute_status: str
    dispute_source: str
    dispute_category: str
    committee: str
    mediator: str
    court_id: str | None
    court: str
    jurisdiction: str
    cause: str
    filer_ids: list[str]
    claims: list[dict[str, object]]
    facts: str
    elements: dict[str, str]
    evidence: list[dict[str, object]]
    witnesses: list[dict[str, str]]
    undisputed_facts: str
    fee_relief: str
    legal_aid: bool
    agreement_kind: str | None
    agreement_effective_on: date | None
    confirmation_due_on: date | None
    platform_number: str
    submitted_on: date | None
    decision_due_on: date | None
    correction_notice_on: date | None
    correction_due_on: date | None
    case_number: str
    docketed_on: date | None
    fee_notice_on: date | None
    fee_due_on: date | None
    refused_on: date | None
    appeal_due_on: date | None
    package_version: int
    parties: list[FilingParty] = field(default_factory=list)
    files: list[FileItem] = field(default_factory=list)
    steps: list[StepItem] = field(default_factory=list)
    missing: list[Message] = field(default_factory=list)
    bars: list[str] = field(default_factory=list)
    failure: dict[str, object] = field(default_factory=dict)  # the dispute's fail step detail
    legal_aid_number: str = ""
    court_reference: str = ""  # the court's number of a referral (委派/委托)
    sessions: int = 0

    @property
    def filers(self) -> list[FilingParty]:
        chosen = set(self.filer_ids)
        return [p for p in self.parties if p.id in chosen]

    @property
    def defendants(self) -> list[FilingParty]:
        chosen = set(self.filer_ids)
        return [p for p in self.parties if p.id not in chosen and p.role == "respondent"]


Result = TypeVar("Result")


def by_name(kind: type[Result], source: object, **extra: Any) -> Result:
    """A result dataclass filled field by field from a row (or another result) with the same
    field names, so a reordered or added column can never shift values into the wrong field."""
    names = [f.name for f in fields(kind) if f.name not in extra]
    return kind(**{name: getattr(source, name) for name in names}, **extra)


def _parties(session: Session, dispute_id: str | None) -> list[FilingParty]:
    if not dispute_id:
        return []
    rows = session.execute(
        select(DisputeParty)
        .where(DisputeParty.dispute_id == dispute_id, col(DisputeParty.deleted_at).is_(None))
        .order_by(DisputeParty.position)
    ).scalars()
    return [by_name(FilingParty, p) for p in rows]


def package_facts(detail: FilingDetail, today: date) -> fp.PackageFacts:
    """What the completeness check needs, from a filing's detail."""
    by_party: dict[str, set[str]] = defaultdict(set)
    for item in detail.files:
        if item.party_id:
            by_party[item.party_id].add(item.category)
    files_by_id = {f.id: f for f in detail.files}
    evidence = tuple(
        fp.EvidenceFacts(
            str(e.get("name") or ""),
            str(e.get("source") or ""),
            str(e.get("proves") or ""),
            len([i for i in file_ids(e) if i in files_by_id]),
            sum(files_by_id[i].pages for i in file_ids(e) if i in files_by_id),
        )
        for e in detail.evidence
    )
    return fp.PackageFacts(
        kind=detail.kind,
        court_id=detail.court_id,
        jurisdiction=detail.jurisdiction,
        cause=detail.cause,
        filer_ids=tuple(detail.filer_ids),
        parties=tuple(
            by_name(fp.PartyFacts, p, files=frozenset(by_party.get(p.id, set())))
            for p in detail.parties
        ),
        claims=tuple(str(c.get("text") or "") for c in detail.claims),
        facts=detail.facts,
        elements=dict(detail.elements),
        evidence=evidence,
        evidence_files=sum(1 for f in detail.files if f.category == "evidence"),
        mediated=detail.sessions > 0 or detail.dispute_status == dlife.Status.FAILED,
        failure_recorded=detail.dispute_status == dlife.Status.FAILED and bool(detail.failure),
        undisputed_facts=detail.undisputed_facts,
        legal_aid=detail.legal_aid,
        fee_relief=detail.fee_relief,
        agreement_kind=detail.agreement_kind,
        agreement_signed_file=any(f.category == "agreement" for f in detail.files),
        dispute_source=detail.dispute_source,
        dispute_status=detail.dispute_status,
        confirmation_bars=tuple(detail.bars),
        window_ends=detail.confirmation_due_on,
        today=today,
    )


def file_ids(item: dict[str, object]) -> list[str]:
    """The case files an evidence item stands on."""
    value = item.get("file_ids") or []
    return [str(v) for v in value] if isinstance(value, list) else []


def agreement_kind_of(session: Session, dispute_id: str) -> str | None:
    """The kind (written | oral) of the dispute's current agreement, if it has one."""
    found = session.execute(
        select(MediationAgreement.kind)
        .where(
            MediationAgreement.dispute_id == dispute_id,
            col(MediationAgreement.deleted_at).is_(None),
        )
        .order_by(col(MediationAgreement.revision).desc())
    ).first()
    return found[0] if found else None


agreement_kind = agreement_kind_of


def filing_detail(session: Session, filing_id: str, today: date) -> FilingDetail | None:
    f = session.get(Filing, filing_id)
    if f is None or f.deleted_at is not None:
        return None
    row = filing_rows(session, [filing_id])[filing_id]
    dispute = session.get(Dispute, f.dispute_id) if f.dispute_id else None
    committee = mediator = ""
    failure: dict[str, object] = {}
    sessions = 0
    agreement_kind = None
    if dispute is not None:
        station = session.get(OrgUnit, dispute.station_id)
        parent = session.get(OrgUnit, station.parent_id) if station and station.parent_id else None
        committee = parent.name if parent else (station.name if station else "")
        mediator = dispute.mediator_name
        fail = (
            session.execute(
                select(DisputeStep)
                .where(
                    DisputeStep.dispute_id == dispute.id,
                    DisputeStep.to_status == dlife.Status.FAILED,  # failed, or ended at the court
                    col(DisputeStep.from_status) != dlife.Status.FAILED,
                )
                .order_by(col(DisputeStep.at).desc())
            )
            .scalars()
            .first()
        )
        if fail is not None:
            failure = {"reason": fail.reason, "at": fail.at, **dict(fail.detail or {})}
        sessions = len(
            session.execute(
                select(MediationSession.id).where(
                    MediationSession.dispute_id == dispute.id,
                    col(MediationSession.deleted_at).is_(None),
                )
            ).all()
        )
        agreement_kind = agreement_kind_of(session, dispute.id)
    aid = session.get(LegalAidCase, f.legal_aid_case_id) if f.legal_aid_case_id else None
    if aid is None and dispute is not None:
        aid = (
            session.execute(
                select(LegalAidCase).where(col(LegalAidCase.source_dispute_id) == dispute.id)
            )
            .scalars()
            .first()
        )
    legal_aid = aid is not None
    files = case_files(session, "dispute", dispute.id) if dispute is not None else []
    steps = [
        StepItem(s.action, s.from_status, s.to_status, s.actor_name, s.at, s.reason, s.detail)
        for s in session.execute(
            select(FilingStep).where(FilingStep.filing_id == f.id).order_by(col(FilingStep.at))
        ).scalars()
    ]
    detail = FilingDetail(
        row=row,
        kind=f.kind,
        status=f.status,
        station_id=f.station_id,
        dispute_id=f.dispute_id,
        dispute_number=dispute.number if dispute else "",
        dispute_status=dispute.status if dispute else "",
        dispute_source=dispute.source if dispute else "",
        dispute_category=dispute.category if dispute else "",
        committee=committee,
        mediator=mediator,
        court_id=f.court_id,
        court=row.court,
        jurisdiction=f.jurisdiction,
        cause=f.cause,
        filer_ids=list(f.filer_ids),
        claims=list(f.claims),
        facts=f.facts,
        elements=dict(f.elements),
        evidence=list(f.evidence),
        witnesses=list(f.witnesses),
        undisputed_facts=f.undisputed_facts,
        fee_relief=f.fee_relief,
        legal_aid=legal_aid,
        agreement_kind=agreement_kind,
        agreement_effective_on=f.agreement_effective_on,
        confirmation_due_on=f.confirmation_due_on,
        platform_number=f.platform_number,
        submitted_on=f.submitted_on,
        decision_due_on=f.decision_due_on,
        correction_notice_on=f.correction_notice_on,
        correction_due_on=f.correction_due_on,
        case_number=f.case_number,
        docketed_on=f.docketed_on,
        fee_notice_on=f.fee_notice_on,
        fee_due_on=f.fee_due_on,
        refused_on=f.refused_on,
        appeal_due_on=f.appeal_due_on,
        package_version=f.package_version,
        parties=_parties(session, f.dispute_id),
        files=files,
        steps=steps,
        bars=list(f.bars),
        failure=failure,
        sessions=sessions,
        legal_aid_number=aid.number if aid is not None else "",
        court_reference=dispute.court_reference if dispute is not None else "",
    )
    missing = fp.missing_items(package_facts(detail, today))
    return FilingDetail(**{**detail.__dict__, "missing": missing})


# --- deadlines on "today" -------------------------------------------------------------------

DEADLINE_KINDS: dict[str, str] = {
    "window": QT_TRANSLATE_NOOP("core", "申请司法确认期限（协议生效后30日）"),
    "decision": QT_TRANSLATE_NOOP("core", "法院决定是否立案（7日，补正后重新计算）"),
    "correction": QT_TRANSLATE_NOOP("core", "补正期限（法院通知载明）"),
    "fee": QT_TRANSLATE_NOOP("core", "交纳诉讼费（通知后7日）"),
    "appeal": QT_TRANSLATE_NOOP("core", "不予立案裁定上诉期（10日）"),
    "confirmation_decision": QT_TRANSLATE_NOOP("core", "法院作出确认裁定（15日）"),
}


@dataclass(frozen=True)
class FilingDeadline:
    filing_id: str
    number: str
    kind: str  # a key of DEADLINE_KINDS
    parties: str
    status: str
    due: date
    days_left: int
    warning: int | None  # 10 or 3: the confirmation window's warning level


def deadlines(session: Session, today: date, remind_days: int) -> list[FilingDeadline]:
    """Open filings' deadlines due within `remind_days` (the confirmation window from 10 days
    before), and any already passed."""
    ids = list(
        session.execute(
            select(Filing.id).where(
                col(Filing.deleted_at).is_(None),
                col(Filing.status).in_([*fr.OPEN_STATUSES, fr.Status.DOCKETED, fr.Status.REFUSED]),
            )
        ).scalars()
    )
    rows = filing_rows(session, ids)
    found = []
    for row in rows.values():
        due = row.next_due
        if due is None:
            continue
        horizon = (
            max(remind_days, fr.WARN_DAYS[0]) if row.next_due_kind == "window" else remind_days
        )
        if due > today + timedelta(days=horizon):
            continue
        if row.next_due_kind in ("fee", "appeal") and due < today - timedelta(days=30):
            continue  # long past: no longer a reminder
        warning = fr.window_warning(due, today) if row.next_due_kind == "window" else None
        found.append(
            FilingDeadline(
                row.id,
                row.number,
                row.next_due_kind,
                row.parties,
                row.status,
                due,
                (due - today).days,
                warning,
            )
        )
    found.sort(key=lambda d: (d.due, d.number))
    return found


# --- statistics -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FilingStats:
    by_kind: dict[str, int]
    by_status: dict[str, int]
    by_court: dict[str, int]
    docketed: int
    average_days_to_case_number: float | None
    corrected: int  # filings the court sent back for correction at least once
    correction_rate: float | None  # corrected / submitted


def statistics(session: Session, since: date | None = None) -> FilingStats:
    query = select(Filing).where(col(Filing.deleted_at).is_(None))
    filings = list(session.execute(query).scalars())
    if since is not None:
        filings = [f for f in filings if (f.submitted_on or f.updated_at.date()) >= since]
    courts = _units(session, {f.court_id for f in filings if f.court_id})
    corrected_ids = set(
        session.execute(
            select(FilingStep.filing_id).where(FilingStep.action == "request_correction")
        ).scalars()
    )
    submitted = [f for f in filings if f.submitted_on is not None]
    days = [
        (f.docketed_on - f.submitted_on).days
        for f in submitted
        if f.docketed_on is not None and f.submitted_on is not None
    ]
    corrected = sum(1 for f in submitted if f.id in corrected_ids)
    return FilingStats(
        dict(Counter(f.kind for f in filings)),
        dict(Counter(f.status for f in filings)),
        dict(Counter(courts.get(f.court_id or "", "") for f in filings)),
        len(days),
        sum(days) / len(days) if days else None,
        corrected,
        corrected / len(submitted) if submitted else None,
    )
