"""Legal-aid test support: the district agency with its window and a women's workstation, another
agency of the city (for 通城通办), and drafts of typical applications.

Import the `units` fixture into a test module: `from tests.legal_aid_support import units`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypedDict, Unpack

import pytest

from gridwarden.models import OrgUnit
from gridwarden.queries.legal_aid_facts import LegalAidPrefill
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    ApplicationDraft,
    GroupDraft,
    MatterDraft,
)
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import SERVER_STAMP, Places


@dataclass
class Units:
    agency: str
    window: str
    workstation: str
    other_agency: str


@pytest.fixture
def units(store: Store, places: Places) -> Units:
    return add_legal_aid_units(store)


def add_legal_aid_units(store: Store) -> Units:
    """The legal-aid centre, its window and a women's workstation, and an agency elsewhere."""
    stamp = SERVER_STAMP
    agency = OrgUnit(kind="legal_aid_agency", name="崇川区法律援助中心", **stamp)
    window = OrgUnit(
        kind="legal_aid_window",
        name="崇川区公共法律服务中心法律援助窗口",
        parent_id=agency.id,
        phone="0513-12348",
        **stamp,
    )
    women = OrgUnit(
        kind="legal_aid_workstation", name="巾帼法律援助工作站", parent_id=agency.id, **stamp
    )
    other = OrgUnit(kind="legal_aid_agency", name="南通市通州区法律援助中心", **stamp)
    with store.sessions() as session, session.begin():
        for unit in (agency, window, women, other):
            session.add(unit)
            session.flush()
    return Units(agency.id, window.id, women.id, other.id)


WORKER_ID = idnumber.make("511623", date(1988, 4, 2), 31)  # a migrant worker from Sichuan

# What the disputes page hands over when a mediation about wages fails.
PREFILL = LegalAidPrefill(
    applicant_name="刘建国",
    id_number=WORKER_ID,
    phone="13962812345",
    opposing_party="南通恒远装饰工程有限公司",
    matter_summary="调解不成：拖欠工资28600元",
    source_dispute_id="dispute-42",
)


class MatterChanges(TypedDict, total=False):
    """The fields of a MatterDraft a test sets apart from the wage claim's."""

    matter_type: str
    proceeding: str
    summary: str
    competent_agency_id: str | None
    other_basis: str
    opposing_party: str
    opposing_code: str
    handling_body: str
    limitation_date: date | None
    limitation_note: str
    urgent_preservation: bool
    source_dispute_id: str | None
    criminal_reason: str
    urgent_basis: str
    detention_place: str
    custody_applied_at: datetime | None
    custody_forwarded_at: datetime | None


def wage_claim(
    window: str, materials: list[str] | None = None, **matter: Unpack[MatterChanges]
) -> ApplicationDraft:
    """A migrant worker owed wages by a decoration company: Art. 31 (五), Art. 42 (三)."""
    provided = (
        [
            "application_form",
            "identity",
            "proof_migrant_work",
            "evidence_employment",
            "evidence_wage_arrears",
        ]
        if materials is None
        else materials
    )
    return ApplicationDraft(
        replace(
            MatterDraft(
                window_id=window,
                matter_type="labour_pay",
                proceeding="labour_arbitration",
                summary="在某装饰工程有限公司从事木工，2026年4月至9月工资未结清。",
                opposing_party="南通恒远装饰工程有限公司",
                opposing_code="91320602MA1N8K2L3E",
                handling_body="南通市崇川区劳动人事争议仲裁委员会",
            ),
            **matter,
        ),
        ApplicantDraft(
            name="刘建国",
            id_number=WORKER_ID,
            phone="13962812345",
            address="崇川区工农路88号",
            facts={"migrant_worker": True},
            claim_amount="28,600",
            materials=provided,
        ),
    )


def group_of(
    window: str, names: list[str], group_name: str, **matter: Unpack[MatterChanges]
) -> GroupDraft:
    """Workers owed wages by one employer: the wage claim, once, for each of `names`."""
    base = wage_claim(window, None, **matter)
    workers = [
        replace(
            base.applicant,
            name=name,
            id_number=idnumber.make("511623", date(1980 + i, 3, 1), 11 + 2 * i),
        )
        for i, name in enumerate(names)
    ]
    return GroupDraft(replace(base.matter, group_name=group_name), workers)
