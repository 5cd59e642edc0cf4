"""Online filings (网上立案): the package a station prepares for the court and its tracking to
the case number (DOMAIN §5).

A filing belongs to a station (its sync scope), like the dispute it comes from. Its history
steps are append-only. The party files under their own real-name account on the court's
platform; the app never stores court credentials (在线诉讼规则 第七条).
"""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced, json_column


class Filing(Synced, table=True):
    __tablename__ = "filing"
    __table_args__ = (Index("ix_filing_status", "status"),)

    number: str = Field(max_length=32, unique=True)
    station_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    kind: str = Field(max_length=24)  # rules.filing.KINDS
    dispute_id: str | None = Field(default=None, foreign_key="dispute.id", max_length=36)
    legal_aid_case_id: str | None = Field(default=None, max_length=36)
    court_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    jurisdiction: str = Field(default="", max_length=24)  # rules.filing.JURISDICTION_BASES
    cause: str = Field(default="general", max_length=24)  # rules.filing.CAUSES (要素式)
    status: str = Field(max_length=24)
    # The complaint (CPL Art. 124): filers, claims, facts and reasons, evidence, witnesses.
    filer_ids: list[str] = Field(default_factory=list, sa_column=json_column())
    claims: list[dict[str, object]] = Field(default_factory=list, sa_column=json_column())
    facts: str = Field(default="", max_length=8000)
    elements: dict[str, str] = Field(default_factory=dict, sa_column=json_column())
    evidence: list[dict[str, object]] = Field(default_factory=list, sa_column=json_column())
    witnesses: list[dict[str, str]] = Field(default_factory=list, sa_column=json_column())
    undisputed_facts: str = Field(default="", max_length=4000)  # 在线调解规则 第二十二条
    fee_relief: str = Field(default="", max_length=12)  # "" | defer | reduce | waive
    # Confirmation: matters declared that a court will not confirm (rules.filing.CONFIRMATION_BARS).
    bars: list[str] = Field(default_factory=list, sa_column=json_column())
    agreement_effective_on: date | None = None  # confirmation: the 30-day window starts here
    confirmation_due_on: date | None = None
    package_version: int = 0  # the last exported (frozen) version
    # Tracking on the court's platform.
    platform_number: str = Field(default="", max_length=60)
    submitted_on: date | None = None
    decision_due_on: date | None = None  # CPL Art. 126: 7 days (restart after correction)
    correction_notice_on: date | None = None
    correction_due_on: date | None = None
    case_number: str = Field(default="", max_length=60)
    docketed_on: date | None = None
    fee_notice_on: date | None = None
    fee_due_on: date | None = None  # 诉讼费用交纳办法 第二十二条: 7 days after the notice
    refused_on: date | None = None
    appeal_due_on: date | None = None  # 10 days to appeal a refusal to register
    closed_on: date | None = None
    note: str = Field(default="", max_length=2000)


class FilingStep(Synced, table=True):
    """One step of a filing's tracking. Append-only: together they are its history."""

    __tablename__ = "filing_step"
    __table_args__ = (Index("ix_filing_step_filing_at", "filing_id", "at"),)

    filing_id: str = Field(foreign_key="filing.id", max_length=36)
    action: str = Field(max_length=24)
    from_status: str = Field(max_length=24)
    to_status: str = Field(max_length=24)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    at: datetime
    reason: str = Field(default="", max_length=2000)
    detail: dict[str, object] = Field(default_factory=dict, sa_column=json_column())
