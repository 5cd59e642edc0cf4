"""Disputes (矛盾纠纷) and their mediation: parties, history, sessions, agreements, obligations.

A dispute belongs to a station (its sync scope). Its history steps, session records and
agreements are append-only: a correction is a new revision that names the one it corrects
(人民调解法 第二十七条: the record and the dossier must be kept as made).
"""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class Dispute(Synced, table=True):
    __tablename__ = "dispute"
    __table_args__ = (Index("ix_dispute_status_due", "status", "due_on"),)

    number: str = Field(max_length=32, unique=True)
    station_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    grid_id: str | None = Field(default=None, foreign_key="area.id", max_length=36)
    source: str = Field(max_length=24)  # rules.disputes.SOURCES
    grid_event_id: str | None = Field(default=None, foreign_key="grid_event.id", max_length=36)
    visit_id: str | None = Field(default=None, foreign_key="visit.id", max_length=36)
    work_order_number: str = Field(default="", max_length=40)  # 12345
    court_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    court_reference: str = Field(default="", max_length=80)  # the court's 案号 / referral number
    court_procedure: str = Field(default="", max_length=16)  # ordinary | simple (委托)
    referral_accepted_on: date | None = None  # a court referral accepted (3 working days)
    category: str = Field(max_length=24)
    amount_fen: int | None = None  # amount in dispute, in fen (1/100 yuan)
    facts: str = Field(max_length=4000)
    claims: str = Field(default="", max_length=2000)  # what the applicant asks for
    risk_level: str = Field(default="low", max_length=8)
    received_at: datetime
    received_by: str = Field(max_length=40)
    status: str = Field(max_length=20)
    level: str = Field(max_length=8)  # grid | station | court: where it is handled now
    level_since: date  # when it reached that level (the practice limit restarts there)
    due_on: date | None = None  # the mediation deadline while open
    mediator_id: str = Field(default="", max_length=80)
    mediator_name: str = Field(default="", max_length=40)
    mediator_chosen_by_parties: bool = False  # Art. 23
    mediation_mode: str = Field(default="", max_length=8)  # public | private (Art. 23)
    refused_mediators: str = Field(default="", max_length=200)  # Art. 23
    possible_duplicate_of: str | None = Field(default=None, max_length=36)
    police_reported_at: datetime | None = None  # Art. 25
    police_unit: str = Field(default="", max_length=80)
    non_mediable: str = Field(default="", max_length=24)  # 2002 规定 第二十二条
    outcome_note: str = Field(default="", max_length=2000)
    routes_told: list[str] = Field(default_factory=list, sa_column=json_column())  # Art. 26
    ended_level: str | None = Field(default=None, max_length=8, index=True)
    closed_on: date | None = None
    agreement_effective_on: date | None = None  # Art. 29 signatures / Art. 30 oral
    confirmation_state: str = Field(default="", max_length=12)  # Art. 33
    confirmation_on: date | None = None
    confirmation_due_on: date | None = None


class DisputeParty(Synced, table=True):
    """A party (当事人): a person (ID number, linked to the register when they live in it) or an
    organisation (unified social credit code), with an agent where there is one."""

    __tablename__ = "dispute_party"

    dispute_id: str = Field(foreign_key="dispute.id", index=True, max_length=36)
    position: int = 0
    role: str = Field(max_length=12)  # applicant | respondent
    kind: str = Field(max_length=12)  # person | organisation
    name: str = Field(max_length=80)
    id_number: str | None = Field(default=None, max_length=18, index=True)
    gender: str | None = Field(default=None, max_length=1)
    birth_date: date | None = None
    uscc: str | None = Field(default=None, max_length=18, index=True)
    legal_representative: str = Field(default="", max_length=40)
    phone: str = Field(default="", max_length=20)
    address: str = Field(default="", max_length=200)
    resident_id: str | None = Field(default=None, foreign_key="resident.id", max_length=36)
    agent_name: str = Field(default="", max_length=40)
    agent_kind: str = Field(default="", max_length=12)
    agent_phone: str = Field(default="", max_length=20)
    # What a complaint needs (民事诉讼法 第一百二十四条) and the service address (送达地址确认书,
    # 在线诉讼规则 第二十九条): filled in when the dispute goes to court.
    ethnicity: str = Field(default="", max_length=16)
    occupation: str = Field(default="", max_length=40)
    employer: str = Field(default="", max_length=80)
    representative_title: str = Field(default="", max_length=40)  # 法定代表人职务
    representative_phone: str = Field(default="", max_length=20)
    service_address: str = Field(default="", max_length=200)
    e_service_consent: bool = False  # 同意电子送达
    online_consent: bool = False  # 同意在线诉讼 (在线诉讼规则 第四条)
    consent_on: date | None = None


class DisputeStep(Synced, table=True):
    """One step of a dispute's lifecycle. Append-only: together they are the dispute's trace."""

    __tablename__ = "dispute_step"
    __table_args__ = (Index("ix_dispute_step_dispute_at", "dispute_id", "at"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=36)
    action: str = Field(max_length=20)
    from_status: str = Field(max_length=20)
    to_status: str = Field(max_length=20)
    from_level: str = Field(max_length=8)
    to_level: str = Field(max_length=8)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    at: datetime
    reason: str = Field(default="", max_length=2000)
    note: str = Field(default="", max_length=4000)
    detail: dict[str, object] = Field(default_factory=dict, sa_column=json_column())


class MediationSession(Synced, table=True):
    """One sitting (调解) and its record (Art. 27). Never edited: a correction is a new revision
    with `revises_id` naming the first record of the chain and a reason."""

    __tablename__ = "mediation_session"
    __table_args__ = (Index("ix_mediation_session_dispute", "dispute_id", "held_at"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=36)
    held_at: datetime
    place: str = Field(max_length=120)
    attendees: list[str] = Field(default_factory=list, sa_column=json_column())
    mediator_name: str = Field(max_length=40)
    record: str = Field(max_length=8000)
    revision: int = 1
    revises_id: str | None = Field(default=None, foreign_key="mediation_session.id", max_length=36)
    correction_reason: str = Field(default="", max_length=400)
    recorded_by: str = Field(max_length=40)


class MediationAgreement(Synced, table=True):
    """The agreement (调解协议): written (调解协议书, Art. 29) or oral with its content recorded
    (Arts. 28, 30). Append-only: each revision is a new row; the highest revision is current."""

    __tablename__ = "mediation_agreement"
    __table_args__ = (Index("ix_mediation_agreement_dispute", "dispute_id", "revision"),)

    dispute_id: str = Field(foreign_key="dispute.id", max_length=36)
    kind: str = Field(max_length=8)  # written | oral
    revision: int = 1
    correction_reason: str = Field(default="", max_length=400)
    facts: str = Field(max_length=4000)  # Art. 29(2): main facts
    matters: str = Field(max_length=4000)  # Art. 29(2): disputed matters, responsibilities
    content: str = Field(max_length=6000)  # Art. 29(3): agreed content
    performance: str = Field(max_length=2000)  # Art. 29(3): manner of performance
    performance_deadline: date | None = None  # Art. 29(3): by when
    reached_on: date
    recorded_by: str = Field(max_length=40)


class AgreementObligation(Synced, table=True):
    """One obligation of an agreement, tracked to performance (Art. 31: the committee
    supervises performance)."""

    __tablename__ = "agreement_obligation"
    __table_args__ = (Index("ix_agreement_obligation_due", "performed_on", "due_on"),)

    dispute_id: str = Field(foreign_key="dispute.id", index=True, max_length=36)
    agreement_id: str = Field(foreign_key="mediation_agreement.id", index=True, max_length=36)
    position: int = 0
    obligor: str = Field(max_length=80)
    description: str = Field(max_length=1000)
    amount_fen: int | None = None
    due_on: date
    performed_on: date | None = None
    performance_note: str = Field(default="", max_length=1000)
    breached_on: date | None = None  # recorded as not performed (不履行)
    breach_note: str = Field(default="", max_length=1000)
