"""Demo online filings (网上立案): failed mediations and signed agreements handed to the court,
at every stage — a draft still missing items, a package waiting for signatures, one submitted,
one sent back for correction, complaints docketed with their case numbers, a confirmation
accepted. Rows stand for server-confirmed records, like the rest of the demo."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from gridwarden.attachments import AttachmentStore, StoredFile
from gridwarden.clock import LOCAL_TZ
from gridwarden.models import Attachment, Dispute, DisputeParty, Filing, FilingStep
from gridwarden.rules import filing as fr
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.services.filings import filing_number

# (kind, final status, days ago the filing was started)
PLAN = [
    ("complaint", "draft", 1),
    ("complaint", "awaiting_signature", 3),
    ("complaint", "submitted", 5),
    ("complaint", "correction", 12),
    ("complaint", "docketed", 20),
    ("complaint", "docketed", 40),
    ("complaint", "pre_mediation", 30),
    ("confirmation", "draft", 2),
    ("confirmation", "accepted", 9),
    ("confirmation", "confirmed", 35),
]


def _demo_files(session: Session) -> AttachmentStore | None:
    """The data dir's attachment store, next to the store file (None for an in-memory store)."""
    bind = session.get_bind()
    database = bind.engine.url.database
    if not database or database == ":memory:":
        return None
    return AttachmentStore(Path(database).parent / "attachments")


def _scan(files: AttachmentStore, title: str, pages: int) -> StoredFile:
    """A stand-in scan: a PDF with `pages` pages naming what it stands for."""
    from fpdf import FPDF

    doc = FPDF()
    for page in range(1, pages + 1):
        doc.add_page()
        doc.set_font("helvetica", size=18)
        doc.cell(0, 20, f"DEMO {title} {page}/{pages}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{title}.pdf"
        doc.output(str(path))
        return files.put(path)


def _attachments(
    gen: Any, files: AttachmentStore, dispute_id: str, parties: list[DisputeParty]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Identity proof per party, a power of attorney for an agent, two pieces of evidence."""
    rows: list[dict[str, Any]] = []
    plan: list[tuple[str, str | None, str, int]] = []
    for p in parties:
        category = "licence" if p.kind == "organisation" else "id_proof"
        plan.append(
            (category, p.id, f"{p.name}-{'营业执照' if p.kind == 'organisation' else '身份证'}", 2)
        )
        if p.agent_name:
            plan.append(("power_of_attorney", p.id, f"{p.name}-授权委托书", 1))
    plan += [("evidence", None, "欠条或合同", 1), ("evidence", None, "聊天记录截图", 3)]
    for position, (category, party_id, title, pages) in enumerate(plan, start=1):
        stored = _scan(
            files, f"ID-{position}" if category != "evidence" else f"EVIDENCE-{position}", pages
        )
        rows.append(
            {
                **gen.sync_cols(),
                "sha256": stored.sha256,
                "owner_entity": "dispute",
                "owner_id": dispute_id,
                "filename": f"{title}.pdf",
                "mime": "application/pdf",
                "size": stored.size,
                "category": category,
                "party_id": party_id,
                "pages": pages,
                "position": position,
            }
        )
    evidence = [
        {
            "name": r["filename"].removesuffix(".pdf"),
            "source": "申请人提供",
            "proves": "纠纷发生的事实及损失金额",
            "file_ids": [r["id"]],
        }
        for r in rows
        if r["category"] == "evidence"
    ]
    return rows, evidence


def _fill_party_details(session: Session, parties: list[DisputeParty], on: date) -> None:
    """The details a complaint needs (Art. 124) and the parties' consent to e-service, given."""
    for p in parties:
        session.execute(
            update(DisputeParty)
            .where(col(DisputeParty.id) == p.id)
            .values(
                ethnicity="汉族" if p.kind == "person" else "",
                occupation="职工" if p.kind == "person" else "",
                employer="无" if p.kind == "person" else "",
                representative_title="" if p.kind == "person" else "总经理",
                representative_phone="" if p.kind == "person" else p.phone,
                service_address=p.address,
                e_service_consent=True,
                online_consent=True,
                consent_on=on,
            )
        )


def _court_decision(
    status: str,
    row: dict[str, Any],
    trail: list[tuple[str, str]],
    submitted: date,
    sequence: int,
    cal: WorkCalendar,
) -> int:
    """The court's answer four days after submission (a case number, a diversion to pre-filing
    mediation, an acceptance) set on the filing and added to its trail; returns the last
    case-number sequence used."""
    decided = submitted + timedelta(days=4)
    if status == "accepted":
        trail.append(("accept", "accepted"))
        row["decision_due_on"] = fr.confirmation_decision_due(decided, cal)
    elif status == "confirmed":
        trail += [("accept", "accepted"), ("confirm", "confirmed")]
        sequence += 1
        row.update(
            case_number=f"（{decided.year}）苏0602民特{sequence}号",
            docketed_on=decided,
            closed_on=decided,
            decision_due_on=None,
        )
    elif status == "pre_mediation":
        trail.append(("divert", "pre_mediation"))
        sequence += 1
        row.update(
            case_number=f"（{decided.year}）苏0602民诉前调{sequence}号",
            closed_on=decided,
            decision_due_on=None,
        )
    else:
        trail.append(("docket", "docketed"))
        sequence += 1
        row.update(
            case_number=f"（{decided.year}）苏0602民初{sequence}号",
            docketed_on=decided,
            closed_on=decided,
            decision_due_on=None,
            fee_notice_on=decided,
            fee_due_on=fr.fee_due(decided, cal),
        )
    return sequence


def seed_filings(gen: Any, session: Session, size: Any) -> None:
    failed = list(
        session.execute(
            select(Dispute).where(col(Dispute.status) == "failed").order_by(col(Dispute.number))
        ).scalars()
    )
    agreed = list(
        session.execute(
            select(Dispute)
            .where(
                col(Dispute.status) == "agreed",
                col(Dispute.agreement_effective_on).is_not(None),
                col(Dispute.source) != "court_entrusted",
            )
            .order_by(col(Dispute.agreement_effective_on).desc())
        ).scalars()
    )
    cal = gen.calendar
    today = gen.today
    filings: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    sequence = 1200
    files = _demo_files(session)
    attachments: list[dict[str, Any]] = []
    for index, (kind, status, ago) in enumerate(PLAN):
        pool = agreed if kind == "confirmation" else failed
        if not pool:
            continue
        dispute = pool.pop(0)
        started = today - timedelta(days=ago)
        if kind == "confirmation" and dispute.agreement_effective_on is not None:
            started = max(started, dispute.agreement_effective_on)
        parties = list(
            session.execute(
                select(DisputeParty)
                .where(DisputeParty.dispute_id == dispute.id)
                .order_by(col(DisputeParty.position))
            ).scalars()
        )
        if status != "draft":  # the party details a complaint needs were filled in
            _fill_party_details(session, parties, started)
        row = {
            **gen.sync_cols(),
            "number": "",
            "station_id": dispute.station_id,
            "kind": kind,
            "dispute_id": dispute.id,
            "legal_aid_case_id": None,
            "court_id": gen.court_id,
            "jurisdiction": "mediator_location" if kind == "confirmation" else "defendant_domicile",
            "cause": "general"
            if kind == "confirmation"
            else fr.CAUSE_OF_CATEGORY.get(dispute.category, "general"),
            "status": status,
            "filer_ids": [p.id for p in parties if kind == "confirmation" or p.role == "applicant"],
            "claims": [
                {"text": dispute.claims or "判令被告赔偿损失", "amount_fen": dispute.amount_fen}
            ],
            "facts": dispute.facts,
            "elements": {},  # filled below once the package is past its draft
            "evidence": [],
            "witnesses": [],
            "undisputed_facts": "双方对纠纷发生的基本事实无异议。" if kind == "complaint" else "",
            "fee_relief": "",
            "bars": [],
            "agreement_effective_on": dispute.agreement_effective_on,
            "confirmation_due_on": fr.confirmation_window_end(dispute.agreement_effective_on, cal)
            if kind == "confirmation" and dispute.agreement_effective_on
            else None,
            "package_version": 0 if status == "draft" else 1,
            "platform_number": "",
            "submitted_on": None,
            "decision_due_on": None,
            "correction_notice_on": None,
            "correction_due_on": None,
            "case_number": "",
            "docketed_on": None,
            "fee_notice_on": None,
            "fee_due_on": None,
            "refused_on": None,
            "appeal_due_on": None,
            "closed_on": None,
            "note": "",
        }
        row["number"] = filing_number(row["id"], f"{started:%Y%m%d}")
        if status != "draft":  # a package past its draft answered its model complaint's elements
            row["elements"] = {
                key: "详见事实与理由"
                for key, _text, required in fr.ELEMENTS[row["cause"]]
                if required
            }
        if status != "draft" and files is not None:
            made, evidence = _attachments(gen, files, dispute.id, parties)
            attachments += made
            row["evidence"] = evidence
            if kind == "confirmation":
                stored = _scan(files, "AGREEMENT", 2)
                attachments.append(
                    {
                        **made[0],
                        **gen.sync_cols(),
                        "sha256": stored.sha256,
                        "filename": "调解协议书（已签署）.pdf",
                        "size": stored.size,
                        "category": "agreement",
                        "party_id": None,
                        "pages": 2,
                        "position": len(made) + 1,
                    }
                )
        trail = [("create", "draft")]
        if status not in ("draft",):
            trail += [("prepare", "awaiting_signature"), ("export", "awaiting_signature")]
        submitted = started + timedelta(days=1)
        if status not in ("draft", "awaiting_signature"):
            trail += [("sign", "ready"), ("submit", "submitted")]
            row.update(
                platform_number=f"SQ{submitted:%Y%m%d}{index:05d}",
                submitted_on=submitted,
                decision_due_on=fr.decision_due(submitted, kind, cal),
            )
        if status == "correction":
            notice = submitted + timedelta(days=3)
            row.update(
                correction_notice_on=notice,
                correction_due_on=fr.correction_due(notice, 10, cal),
                decision_due_on=None,
            )
            trail.append(("request_correction", "correction"))
        if status in ("docketed", "pre_mediation", "confirmed", "accepted"):
            sequence = _court_decision(status, row, trail, submitted, sequence, cal)
        previous = "draft"
        for number, (action, to_status) in enumerate(trail):
            at = datetime.combine(started + timedelta(days=min(number, ago)), time(9, 30), LOCAL_TZ)
            steps.append(
                {
                    **gen.sync_cols(),
                    "filing_id": row["id"],
                    "action": action,
                    "from_status": previous if action != "create" else "draft",
                    "to_status": to_status,
                    "actor_id": gen.stamp.split("@")[0],
                    "actor_name": "王芳",
                    "at": at,
                    "reason": "补充被告身份信息" if action == "request_correction" else "",
                    "detail": {"version": 1} if action == "export" else {},
                }
            )
            previous = to_status
        filings.append(row)
    if attachments:
        session.execute(insert(Attachment.__table__), attachments)  # type: ignore[attr-defined]
    if filings:
        session.execute(insert(Filing.__table__), filings)  # type: ignore[attr-defined]
        session.execute(insert(FilingStep.__table__), steps)  # type: ignore[attr-defined]
