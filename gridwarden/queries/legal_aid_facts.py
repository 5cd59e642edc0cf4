"""A legal-aid record read as the facts the eligibility rules take (DOMAIN §4), and what another
workflow hands to the window: shared by the service that writes and the queries that read, so
neither imports the other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from gridwarden.models import LegalAidApplication, LegalAidCase
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el

WINDOW_KINDS = ("legal_aid_window", "legal_aid_workstation")
AGENCY_KIND = "legal_aid_agency"
FACT_FIELDS = tuple(la.APPLICANT_FACTS)


@dataclass
class LegalAidPrefill:
    """What another workflow already knows when it sends someone to the legal-aid window, e.g. a
    failed mediation about wages (a dispute): the intake form opens with these filled in and the
    application records where it came from."""

    applicant_name: str
    id_number: str = ""
    phone: str = ""
    opposing_party: str = ""
    matter_summary: str = ""
    source_dispute_id: str | None = None
    suggested_matter_type: str = "labour_pay"
    source_dispute_number: str = ""
    applicant_address: str = ""
    opposing_party_uscc: str | None = None
    amount_fen: int | None = None  # the amount in dispute, if the source knew it


def applicant_facts(record: LegalAidApplication) -> el.ApplicantFacts:
    return el.ApplicantFacts(
        birth_date=record.birth_date,
        gender=record.gender,
        has_agent=bool(record.agent_name),
        organisation=record.applicant_kind == "organisation",
        presumption_basis=record.presumption_basis,
        **{name: bool(getattr(record, name)) for name in FACT_FIELDS},
    )


def matter_facts(case: LegalAidCase, agency_name: str = "") -> el.MatterFacts:
    return el.MatterFacts(
        matter_type=case.matter_type,
        other_basis=case.other_basis,
        limitation_date=case.limitation_date,
        limitation_note=case.limitation_note,
        urgent_preservation=case.urgent_preservation,
        city_wide=case.city_wide,
        competent_agency=agency_name,
        criminal_reason=case.criminal_reason,
        urgent_basis=case.urgent_basis,
        custody_hours=custody_hours(case),
    )


def custody_hours(case: LegalAidCase) -> float | None:
    """Art. 39: how long the custody took to forward a detainee's application (hours)."""
    if case.custody_applied_at is None or case.custody_forwarded_at is None:
        return None
    seconds = (case.custody_forwarded_at - case.custody_applied_at).total_seconds()
    return round(seconds / 3600, 1)


def assess_application(
    application: LegalAidApplication,
    case: LegalAidCase,
    today: date,
    agency_name: str = "",
    extra_materials: Sequence[str] = (),
) -> el.Assessment:
    return el.assess(
        applicant_facts(application),
        matter_facts(case, agency_name),
        [*application.materials, *extra_materials],
        today,
        application.hardship,
    )
