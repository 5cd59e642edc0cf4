"""Legal-aid applications (法律援助申请) taken at a window (DOMAIN §4).

A LegalAidCase is the matter (what, against whom, before which body, where it is handled); each
applicant of it has a LegalAidApplication with their own facts, materials, status, deadlines
and decision. A group case (one employer owing 27 workers) is one case with 27 applications.
Applicant data is confidential (Art. 21): lists show masked ID numbers only.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class LegalAidCase(Synced, table=True):
    __tablename__ = "legal_aid_case"

    number: str = Field(max_length=32, unique=True)
    window_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    # Art. 38: the agency competent for the matter; another than the window's own agency means
    # city-wide handling (通城通办): accepted here, then forwarded.
    competent_agency_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    city_wide: bool = False
    matter_type: str = Field(max_length=32)  # rules.legal_aid.MATTER_TYPES
    other_basis: str = Field(default="", max_length=200)
    proceeding: str = Field(max_length=32)  # rules.legal_aid.PROCEEDINGS
    summary: str = Field(max_length=4000)
    opposing_party: str = Field(default="", max_length=200)
    opposing_code: str = Field(default="", max_length=18)  # USCC when the party is a unit
    handling_body: str = Field(default="", max_length=200)  # the court or body handling it
    limitation_date: date | None = None  # Art. 44: limitation period or court deadline
    limitation_note: str = Field(default="", max_length=80)
    urgent_preservation: bool = False
    group_name: str = Field(default="", max_length=120)  # "" for a single applicant
    source_dispute_id: str | None = Field(default=None, max_length=36)  # a failed mediation
    received_on: date
    received_by: str = Field(max_length=40)
    # Art. 24: why a suspect or defendant has no defender (rules.legal_aid.CRIMINAL_REASONS).
    criminal_reason: str = Field(default="", max_length=16)
    # Art. 44 (三): the law, regulation or rule naming another situation for aid in advance.
    urgent_basis: str = Field(default="", max_length=200)
    # Arts. 25, 28, 36: a notified case — who notified, their reference, when it was received.
    notifier: str = Field(default="", max_length=16)  # rules.legal_aid.NOTIFIERS
    notice_ref: str = Field(default="", max_length=60)
    notified_on: date | None = None
    notify_ground: str = Field(default="", max_length=24)  # rules.legal_aid.NOTIFY_GROUNDS
    # Art. 39: a detainee's application forwarded by the handling body or custody.
    detention_place: str = Field(default="", max_length=120)
    custody_applied_at: datetime | None = None  # handed to the custody
    custody_forwarded_at: datetime | None = None  # received here


class LegalAidApplication(Synced, table=True):
    __tablename__ = "legal_aid_application"
    __table_args__ = (Index("ix_legal_aid_application_status_due", "status", "due_date"),)

    case_id: str = Field(foreign_key="legal_aid_case.id", index=True, max_length=36)
    number: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=40)
    id_number: str = Field(max_length=18, index=True)
    gender: str | None = Field(default=None, max_length=1)
    birth_date: date | None = None
    phone: str = Field(default="", max_length=20)
    address: str = Field(default="", max_length=200)
    agent_name: str = Field(default="", max_length=40)
    agent_relation: str = Field(default="", max_length=24)
    agent_phone: str = Field(default="", max_length=20)
    # Special-group facts (rules.legal_aid.APPLICANT_FACTS).
    no_fixed_income: bool = False
    disabled: bool = False
    subsistence: bool = False
    extreme_poverty: bool = False
    other_assistance: bool = False
    judicial_assistance: bool = False
    special_care: bool = False
    migrant_worker: bool = False
    veteran: bool = False
    has_lawyer: bool = False
    # Art. 2: "organisation" (a unit) is recorded and refused; its id_number holds the USCC.
    applicant_kind: str = Field(default="person", max_length=16)
    presumption_basis: str = Field(default="", max_length=200)  # Art. 42 (四)
    claim_amount_fen: int | None = None  # e.g. wages owed, in fen
    materials: list[str] = Field(default_factory=list, sa_column=json_column())
    # The hardship conclusion a decision rests on (rules.legal_aid_eligibility.HARDSHIP_LABELS):
    # exempt (Art. 32), presumed (Art. 42), verified / pledged (Art. 41), not_met; "" undecided.
    hardship: str = Field(default="", max_length=16)
    status: str = Field(max_length=24)
    due_date: date | None = None  # the deadline of the current status
    notice_on: date | None = None  # the one-time notice (一次性告知), at most one
    withdraw_on: date | None = None  # its last day; after it the application counts withdrawn
    complete_on: date | None = None
    decision_due: date | None = None
    decided_on: date | None = None
    refusal_reasons: str = Field(default="", max_length=2000)
    refusal_basis: str = Field(default="", max_length=400)
    assign_due: date | None = None
    assigned_on: date | None = None
    assignee_name: str = Field(default="", max_length=40)
    assignee_unit: str = Field(default="", max_length=120)
    assignee_kind: str = Field(default="", max_length=16)
    advance_on: date | None = None  # aid started before the decision (Art. 44)
    forward_due: date | None = None
    forwarded_on: date | None = None
    forwarded_to_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    forward_receiver: str = Field(default="", max_length=40)
    objection_on: date | None = None
    objection_due: date | None = None
    objection_decided_on: date | None = None
    objection_count: int = 0
    objection_of: str = Field(default="", max_length=16)  # refusal | termination (Art. 49)
    objection_result: str = Field(default="", max_length=16)  # uphold | correct
    objection_opinion: str = Field(default="", max_length=2000)  # the justice bureau's decision
    closed_reason: str = Field(default="", max_length=400)
    # Art. 48: the written termination decision.
    end_ground: str = Field(default="", max_length=24)
    end_reasons: str = Field(default="", max_length=2000)
    ended_on: date | None = None
    # Art. 50: completion (结案).
    matter_ended_on: date | None = None
    closing_due: date | None = None
    closed_on: date | None = None
    outcome: str = Field(default="", max_length=16)  # rules.legal_aid.OUTCOMES
    recovered_fen: int | None = None
    resolved_in_substance: bool | None = None  # administrative matters
    closing_report: str = Field(default="", max_length=4000)
    closing_documents: list[str] = Field(default_factory=list, sa_column=json_column())
    replaced_count: int = 0  # Art. 55: aid workers replaced (the history names them)


class LegalAidStep(Synced, table=True):
    """One step of an application's history. Append-only: together they are its trace."""

    __tablename__ = "legal_aid_step"
    __table_args__ = (Index("ix_legal_aid_step_application_at", "application_id", "at"),)

    application_id: str = Field(foreign_key="legal_aid_application.id", max_length=36)
    action: str = Field(max_length=16)
    from_status: str = Field(max_length=24)
    to_status: str = Field(max_length=24)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    at: datetime
    note: str = Field(default="", max_length=4000)
    # What the step decided: missing items and their last day, the assignee, reasons…
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())


class LegalAidConsultation(Synced, table=True):
    """One consultation at the window (Arts. 22–23): quick to enter, the person optional (and
    shown masked: Art. 21), counted by topic in the statistics."""

    __tablename__ = "legal_aid_consultation"
    __table_args__ = (Index("ix_legal_aid_consultation_window_at", "window_id", "at"),)

    window_id: str = Field(foreign_key="org_unit.id", max_length=36)
    at: datetime
    topic: str = Field(max_length=24)  # rules.legal_aid.CONSULTATION_TOPICS
    matter_type: str = Field(default="", max_length=32)  # rules.legal_aid.MATTER_TYPES, optional
    person_name: str = Field(default="", max_length=40)
    person_phone: str = Field(default="", max_length=20)
    question: str = Field(default="", max_length=2000)
    advice: str = Field(max_length=2000)
    referral: str = Field(default="none", max_length=16)  # rules.legal_aid.REFERRALS
    referred_to: str = Field(default="", max_length=200)
    clerk_name: str = Field(max_length=40)
