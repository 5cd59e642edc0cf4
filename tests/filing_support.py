"""Shared test data for filings: a failed mediation with everything a complaint needs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fpdf import FPDF
from PIL import Image

from gridwarden.queries import filings as fq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import DisputeService
from gridwarden.services.filings import FilingService, FilingStart, PartyCourtDetails
from gridwarden.store import Store
from tests.conftest import present
from tests.dispute_support import Units, mediate, neighbour_draft

TODAY = date(2026, 11, 29)


def png(path: Path, colour: str = "white") -> Path:
    Image.new("RGB", (600, 400), colour).save(path)
    return path


def pdf(path: Path, pages: int = 2) -> Path:
    doc = FPDF()
    for _ in range(pages):
        doc.add_page()
    doc.output(str(path))
    return path


def failed_dispute(disputes: DisputeService, units: Units, **changes: object) -> str:
    """A walk-in dispute mediated once, then failed with the full failure record."""
    changes.setdefault("category", "labour_wage")
    changes.setdefault("claims", "判令被告支付拖欠的劳务报酬人民币叁仟元")
    dispute_id = present(disputes.register(neighbour_draft(units.station, **changes)).primary_id)
    mediate(disputes, dispute_id)
    disputes.act(
        dispute_id,
        "fail",
        life.StepInput(
            reason="被申请人不同意支付",
            routes=("litigation",),
            course="2026年11月28日调解一次，双方各自陈述。",
            cost_conduct="无",
            court_notes="被申请人曾表示愿意分期支付。",
            undisputed_facts="张三于2026年6月至9月为李梅装修房屋；李梅尚未支付报酬。",
        ),
    )
    return dispute_id


def complete_parties(filings: FilingService, store: Store, dispute_id: str) -> None:
    with store.sessions() as session:
        parties = fq._parties(session, dispute_id)
    for p in parties:
        filings.set_party_details(
            p.id,
            PartyCourtDetails(
                ethnicity="汉族",
                occupation="装修工" if p.role == "applicant" else "个体经营",
                employer="无固定单位",
                service_address=f"南通市崇川区{p.address}",
                e_service_consent=True,
                online_consent=True,
                consent_on=TODAY,
            ),
        )


def attach_papers(filings: FilingService, store: Store, dispute_id: str, tmp: Path) -> None:
    """Identity proof per party, two evidence photos combined into one PDF, one PDF."""
    with store.sessions() as session:
        parties = fq._parties(session, dispute_id)
    for p in parties:
        front = png(tmp / f"{p.name}-身份证正面.png", "white")
        back = png(tmp / f"{p.name}-身份证反面.png", "gray")
        filings.attach(dispute_id, [front, back], "id_proof", p.id, combine=True)
    filings.attach(dispute_id, [pdf(tmp / "欠条.pdf", 1)], "evidence")
    filings.attach(
        dispute_id,
        [png(tmp / "微信聊天记录1.png"), png(tmp / "微信聊天记录2.png")],
        "evidence",
        combine=True,
    )


def start_complaint(filings: FilingService, dispute_id: str, units: Units) -> str:
    return present(
        filings.create(
            FilingStart(dispute_id, "complaint", units.court, "defendant_domicile")
        ).primary_id
    )
