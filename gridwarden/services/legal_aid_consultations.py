"""The consultation register (法律咨询登记, Legal Aid Law Arts. 22–23): windows give legal
consultation and tell people of their right to apply; most of a window's day is spent on it.

An entry is quick: the topic, the advice given, and where the person was sent (an application
here, another body, or nowhere). The person is optional (many ask anonymously) and their name
and phone are shown masked in lists (Art. 21 confidentiality); the statistics count by topic.
One transaction per entry, with its audit entry and outbox op.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import LegalAidConsultation, OrgUnit
from gridwarden.queries.legal_aid_facts import WINDOW_KINDS
from gridwarden.rules import legal_aid as la
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import unit_of_work
from gridwarden.validation import phone

TEXT_MAX = 2000
REASON_MAX = 400


@dataclass
class ConsultationDraft:
    window_id: str
    topic: str  # la.CONSULTATION_TOPICS
    advice: str
    question: str = ""
    matter_type: str = ""  # la.MATTER_TYPES, optional
    person_name: str = ""  # optional: many ask without giving a name
    person_phone: str = ""
    referral: str = "none"  # la.REFERRALS
    referred_to: str = ""  # the other body, when referred elsewhere


def validate(draft: ConsultationDraft) -> tuple[dict[str, Any], dict[str, Message]]:
    errors: dict[str, Message] = {}
    if draft.topic not in la.CONSULTATION_TOPICS:
        errors["topic"] = msg(QT_TRANSLATE_NOOP("core", "请选择咨询类别"))
    advice = draft.advice.strip()
    if not advice:
        errors["advice"] = msg(QT_TRANSLATE_NOOP("core", "请记录解答意见（第二十三条）"))
    question = draft.question.strip()
    for name, text in (("advice", advice), ("question", question)):
        if len(text) > TEXT_MAX:
            errors[name] = msg(QT_TRANSLATE_NOOP("core", "内容过长（最多 {n} 字）"), n=TEXT_MAX)
    if draft.matter_type and draft.matter_type not in la.MATTER_TYPES:
        errors["matter_type"] = msg(QT_TRANSLATE_NOOP("core", "请选择申请事项"))
    if draft.referral not in la.REFERRALS:
        errors["referral"] = msg(QT_TRANSLATE_NOOP("core", "请选择处理结果"))
    referred_to = " ".join(draft.referred_to.split())
    if draft.referral == "elsewhere" and not referred_to:
        errors["referred_to"] = msg(QT_TRANSLATE_NOOP("core", "请填写引导前往的机构"))
    name = "".join(draft.person_name.split())
    if len(name) > 40:
        errors["person_name"] = msg(QT_TRANSLATE_NOOP("core", "姓名过长"))
    try:
        number = phone.normalise(draft.person_phone)
    except phone.PhoneError as exc:
        errors["person_phone"] = exc.message
        number = ""
    values: dict[str, Any] = {
        "window_id": draft.window_id,
        "topic": draft.topic,
        "advice": advice,
        "question": question,
        "matter_type": draft.matter_type,
        "person_name": name,
        "person_phone": number,
        "referral": draft.referral,
        "referred_to": referred_to[:200] if draft.referral == "elsewhere" else "",
    }
    return values, errors


class LegalAidConsultations:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, draft: ConsultationDraft) -> Changes:
        values, errors = validate(draft)
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            window = work.session.get(OrgUnit, draft.window_id)
            if window is None or window.kind not in WINDOW_KINDS or window.deleted_at:
                raise ValidationError(
                    {"window_id": msg(QT_TRANSLATE_NOOP("core", "所选受理窗口不存在"))}
                )
            entry = LegalAidConsultation(
                at=self.ctx.clock.now(), clerk_name=self.ctx.actor.name, **values
            )
            work.create(entry, "legal_aid_consultation.create")
            return Changes.of(work.changes.entities, [entry.id])

    def void(self, consultation_id: str, reason: str) -> Changes:
        """An entry made by mistake: a tombstone with its reason, never a deletion."""
        reason = " ".join(reason.split())
        if len(reason) < 2 or len(reason) > REASON_MAX:
            raise ValidationError({"reason": msg(QT_TRANSLATE_NOOP("core", "请写明作废的原因"))})
        with unit_of_work(self.ctx) as work:
            entry = work.live(
                LegalAidConsultation,
                consultation_id,
                QT_TRANSLATE_NOOP("core", "该咨询登记不存在或已作废"),
            )
            work.delete(entry, "legal_aid_consultation.void", reason)
            return Changes.of(work.changes.entities, [entry.id])
