"""Door-knock visits: recorded in a few keystrokes, append-only, voided with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import Household, Resident, Visit
from gridwarden.rules.register import VISIT_PURPOSES
from gridwarden.rules.rounds import OUTCOMES
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import unit_of_work

BACKDATE_LIMIT = timedelta(days=30)


@dataclass
class VisitDraft:
    household_id: str
    purpose: str = "routine"
    findings: str = ""
    follow_up_date: date | None = None
    resident_id: str | None = None
    visited_at: datetime | None = None  # None: now
    outcome: str = "met"  # or "not_home" (未遇: nobody at the door, the visit is still owed)
    # Several members of the household seen at once: one visit per member, one transaction
    # (resident_id is then ignored).
    resident_ids: tuple[str, ...] = ()


class VisitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, draft: VisitDraft) -> Changes:
        now = self.ctx.clock.now()
        today = self.ctx.clock.today()
        visited_at = draft.visited_at or now
        errors: dict[str, Message] = {}
        if draft.purpose not in VISIT_PURPOSES:
            errors["purpose"] = msg(QT_TRANSLATE_NOOP("core", "请选择走访事由"))
        if len(draft.findings) > 4000:
            errors["findings"] = msg(QT_TRANSLATE_NOOP("core", "情况记录过长（最多 4000 字）"))
        if visited_at > now + timedelta(minutes=5):
            errors["visited_at"] = msg(QT_TRANSLATE_NOOP("core", "走访时间不能晚于现在"))
        elif visited_at < now - BACKDATE_LIMIT:
            errors["visited_at"] = msg(QT_TRANSLATE_NOOP("core", "只能补录 30 天内的走访"))
        if draft.outcome not in OUTCOMES:
            errors["outcome"] = msg(QT_TRANSLATE_NOOP("core", "请选择走访结果"))
        if draft.follow_up_date is not None and draft.follow_up_date < today:
            errors["follow_up_date"] = msg(QT_TRANSLATE_NOOP("core", "回访日期不能早于今天"))
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            household = work.live(
                Household,
                draft.household_id,
                QT_TRANSLATE_NOOP("core", "该户已不存在（可能已被注销）"),
            )
            members: list[str | None] = list(dict.fromkeys(draft.resident_ids)) or [
                draft.resident_id
            ]
            for member in members:
                if member is None:
                    continue
                resident = work.session.get(Resident, member)
                if resident is None or resident.household_id != household.id:
                    raise ValidationError(
                        {"resident_id": msg(QT_TRANSLATE_NOOP("core", "被走访人不属于该户"))}
                    )
            ids = []
            for member in members:
                visit = Visit(
                    household_id=household.id,
                    resident_id=member,
                    visitor_id=self.ctx.actor.user_id,
                    visitor_name=self.ctx.actor.name,
                    visited_at=visited_at,
                    purpose=draft.purpose,
                    findings=draft.findings.strip(),
                    follow_up_date=draft.follow_up_date,
                    outcome=draft.outcome,
                )
                work.create(visit, "visit.record")
                ids.append(visit.id)
            return Changes.of(work.changes.entities, [*ids, household.id])

    def void(self, visit_id: str, reason: str) -> Changes:
        """A visit recorded in error is voided with a reason; it is never edited."""
        if not reason.strip():
            raise ValidationError({"reason": msg(QT_TRANSLATE_NOOP("core", "请填写作废原因"))})
        with unit_of_work(self.ctx) as work:
            visit = work.live(
                Visit, visit_id, QT_TRANSLATE_NOOP("core", "该走访记录不存在或已作废")
            )
            work.delete(visit, "visit.void", reason.strip())
            return Changes.of(work.changes.entities, [visit.id, visit.household_id])
