"""A legal-aid record read as the facts the eligibility rules take (DOMAIN §4), and what another
workflow hands to the window: shared by the service that writes and the queries that read, so
neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass

# the record read as facts lives with the rules the server decides steps with again
from gridwarden.rules.legal_aid_steps import (
    FACT_FIELDS,
    applicant_facts,
    assess_application,
    custody_hours,
    matter_facts,
)

__all__ = [
    "AGENCY_KIND",
    "FACT_FIELDS",
    "WINDOW_KINDS",
    "LegalAidPrefill",
    "applicant_facts",
    "assess_application",
    "custody_hours",
    "matter_facts",
]

WINDOW_KINDS = ("legal_aid_window", "legal_aid_workstation")
AGENCY_KIND = "legal_aid_agency"


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
