"""What each legal-aid notice says, gathered from the store for its template.

Templates live in resources/templates/legal_aid_*.txt (a district may change the wording);
this module fills them: acceptance (受理通知书), the one-time request for materials (补充材料
一次性告知书), the refusal decision with the objection route (不予法律援助决定书), the grant and
assignment (给予法律援助决定书, also for a notified case: Arts. 25, 36), the city-wide hand-over
letter (通城通办转交函), the written termination with its Art. 48 ground and the Art. 49 route
(终止法律援助决定书), and the closing record (法律援助案件结案登记表, Art. 50).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.errors import NotFoundError, TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import LegalAidApplication, LegalAidCase, LegalAidStep, OrgUnit
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
from gridwarden.rules.register import GENDERS
from gridwarden.settings import Settings


def cn_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


@dataclass(frozen=True)
class NoticeFacts:
    """What an application has done so far, as far as its notices go."""

    status: str
    notice_on: date | None = None
    refusal_reasons: str = ""
    decided_on: date | None = None
    forwarded_on: date | None = None
    ended_on: date | None = None
    closed_on: date | None = None
    notified: bool = False  # assigned on a notice from a court, procuratorate or police
    assigned_on: date | None = None

    @classmethod
    def of(cls, application: LegalAidApplication) -> NoticeFacts:
        return cls(
            status=application.status,
            notice_on=application.notice_on,
            refusal_reasons=application.refusal_reasons,
            decided_on=application.decided_on,
            forwarded_on=application.forwarded_on,
            ended_on=application.ended_on,
            closed_on=application.closed_on,
            notified=application.hardship == "notified",
            assigned_on=application.assigned_on,
        )


def available_kinds(facts: NoticeFacts) -> list[str]:
    """The notices an application has the facts for (a refusal needs a refusal…)."""
    status, kinds = facts.status, ["acceptance"]
    if facts.notice_on is not None:
        kinds.append("materials")
    if facts.refusal_reasons and status in (life.Status.REFUSED, life.Status.OBJECTION):
        kinds.append("refusal")
    if facts.decided_on is not None and status in (
        life.Status.GRANTED,
        life.Status.ASSIGNED,
        life.Status.ENDED,
        life.Status.NOTIFIED,
        life.Status.CLOSING,
        life.Status.CLOSED,
    ):
        kinds.append("grant")
    if facts.forwarded_on is not None:
        kinds.append("handover")
    if facts.ended_on is not None and status in (life.Status.ENDED, life.Status.OBJECTION):
        kinds.append("termination")
    if facts.closed_on is not None and status == life.Status.CLOSED:
        kinds.append("closing")
    if facts.notified and facts.assigned_on is not None:  # Art. 36: the body is told whom
        kinds.append("assignment_reply")
    return kinds


def available(application: LegalAidApplication, kind: str) -> bool:
    return kind in available_kinds(NoticeFacts.of(application))


def notice_context(
    session: Session, settings: Settings, application_id: str, kind: str, today: date
) -> dict[str, Any]:
    application = session.get(LegalAidApplication, application_id)
    if application is None or application.deleted_at is not None:
        raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该法律援助申请不存在")))
    if not available(application, kind):
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP("core", "{name}的申请目前没有可出具的「{title}」"),
                name=application.name,
                title=msg(NOTICE_TEMPLATES[kind][1]),
            )
        )
    case = session.get(LegalAidCase, application.case_id)
    assert case is not None
    window = session.get(OrgUnit, case.window_id)
    own_agency = session.get(OrgUnit, window.parent_id) if window and window.parent_id else None
    competent = session.get(OrgUnit, case.competent_agency_id) if case.competent_agency_id else None
    forwarded_to = (
        session.get(OrgUnit, application.forwarded_to_id) if application.forwarded_to_id else None
    )
    matter = la.MATTER_TYPES[case.matter_type]
    agency_name = own_agency.name if own_agency else (window.name if window else "")
    receive = session.execute(
        select(LegalAidStep)
        .where(
            col(LegalAidStep.application_id) == application.id,
            col(LegalAidStep.action) == life.RECEIVE,
        )
        .limit(1)
    ).scalar_one_or_none()
    named = list((receive.detail if receive else {}).get("missing", []))
    days_left = dl.days_to_limit(case.limitation_date, today)
    return {
        "number": application.number,
        "case_number": case.number,
        "today": cn_date(today),
        "agency": agency_name,
        "window": window.name if window else "",
        "window_phone": window.phone if window else "",
        "name": application.name,
        "gender": GENDERS.get(application.gender or "", ""),
        "birth": cn_date(application.birth_date),
        "id_number": application.id_number,
        "phone": application.phone,
        "address": application.address,
        "agent": (
            f"{application.agent_name}（{application.agent_relation}）"
            if application.agent_name
            else ""
        ),
        "matter": matter.label,
        "article": la.article_text(matter.article),
        "article_no": matter.article,
        "proceeding": la.PROCEEDINGS.get(case.proceeding, case.proceeding),
        "summary": case.summary,
        "opposing_party": case.opposing_party,
        "handling_body": case.handling_body,
        "group_name": case.group_name,
        "received_on": cn_date(case.received_on),
        "status": life.STATUS_LABELS.get(application.status, application.status),
        "complete": application.status != life.Status.AWAITING_MATERIALS,
        "decision_due": cn_date(application.decision_due),
        "city_wide": case.city_wide,
        "competent_agency": competent.name if competent else agency_name,
        "forward_due": cn_date(application.forward_due),
        "urgent": days_left is not None and days_left < dl.URGENT_DAYS,
        "limitation": cn_date(case.limitation_date),
        "limitation_note": case.limitation_note or "时效或期限",
        "notice_on": cn_date(application.notice_on),
        "withdraw_on": cn_date(application.withdraw_on),
        "missing": [la.MATERIALS[m] for m in named if m in la.MATERIALS],
        "provided": [la.MATERIALS[m] for m in application.materials if m in la.MATERIALS],
        "decided_on": cn_date(application.decided_on),
        "reasons": application.refusal_reasons,
        "basis": application.refusal_basis,
        "bureau": settings.legal_aid_justice_bureau or "设立本法律援助机构的司法行政部门",
        "hardship": el.HARDSHIP_LABELS.get(application.hardship, ""),
        "hardship_code": application.hardship,
        "assignee": application.assignee_name,
        "assignee_unit": application.assignee_unit,
        "assignee_kind": la.ASSIGNEE_KINDS.get(application.assignee_kind, ""),
        "assigned_on": cn_date(application.assigned_on),
        "assign_due": cn_date(application.assign_due),
        "forwarded_on": cn_date(application.forwarded_on),
        "forwarded_to": forwarded_to.name if forwarded_to else "",
        "receiver": application.forward_receiver,
        "claim": yuan(application.claim_amount_fen),
        "forward_days": settings.legal_aid_forward_days,
        "detainee": bool(case.detention_place),
        "organisation": application.applicant_kind == "organisation",
        "notified": matter.notified,
        "notified_on": cn_date(case.notified_on),
        "notice_ref": case.notice_ref,
        "notified_role": "诉讼代理人" if case.matter_type == "compulsory_treatment" else "辩护人",
        "addressee": "你局" if case.notifier == "police" else "你院",
        "notifier": la.NOTIFIERS.get(case.notifier, ""),
        "notify_ground": la.NOTIFY_GROUNDS.get(case.notify_ground, ""),
        "detention_place": case.detention_place,
        "ended_on": cn_date(application.ended_on),
        "end_ground": la.END_GROUNDS.get(application.end_ground, ""),
        "end_item": la.END_GROUND_ITEMS.get(application.end_ground, ""),
        "end_reasons": application.end_reasons,
        "matter_ended_on": cn_date(application.matter_ended_on),
        "closing_due": cn_date(application.closing_due),
        "closed_on": cn_date(application.closed_on),
        "closing_late": dl.on_time(application.closed_on, application.closing_due) is False,
        "outcome": la.OUTCOMES.get(application.outcome, ""),
        "recovered": yuan(application.recovered_fen),
        "administrative": case.proceeding in la.ADMINISTRATIVE,
        "resolved": {True: "是", False: "否"}.get(application.resolved_in_substance, "—")
        if application.resolved_in_substance is not None
        else "—",
        "documents": [
            la.CLOSING_DOCUMENTS[d]
            for d in application.closing_documents
            if d in la.CLOSING_DOCUMENTS
        ],
        "closing_report": application.closing_report,
    }


def yuan(fen: int | None) -> str:
    return f"{fen / 100:,.2f}元" if fen is not None else ""
