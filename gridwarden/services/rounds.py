"""The warden's round (巡查) and campaign sweeps (专项走访).

A round starts with the list of households due (or a campaign's missing households); each tick
is a visit naming the round — met at the door, or 未遇 in one click (the visit stays owed: a
care target is still due, a campaign household still missing). The round keeps its counts and,
once finished, its duration. A campaign is set by the grid centre for micro-grids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import Area, AreaLevel, Campaign, Household, PatrolRound, Resident, Visit
from gridwarden.queries import rounds as rq
from gridwarden.rules.event_lifecycle import SUPERVISOR
from gridwarden.rules.register import HOUSEHOLD_TAGS, VISIT_PURPOSES
from gridwarden.rules.rounds import CAMPAIGN_KINDS, NOT_HOME, OUTCOMES
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.events import grid_of
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work


@dataclass
class Tick:
    household_id: str
    outcome: str = "met"  # or "not_home" (未遇)
    purpose: str = "care"
    resident_id: str | None = None
    findings: str = ""


@dataclass
class CampaignDraft:
    name: str
    kind: str
    starts_on: date
    ends_on: date
    micro_grid_ids: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note: str = ""


class RoundService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- rounds ------------------------------------------------------------------------------
    def start(self, campaign_id: str | None = None) -> Changes:
        """Start a round over today's due households (or a campaign's missing ones)."""
        with unit_of_work(self.ctx) as work:
            running = rq.open_round(work.session, self.ctx.actor.user_id)
            if running is not None:
                raise TransitionError(
                    msg(QT_TRANSLATE_NOOP("core", "上一轮巡查尚未结束，请先结束再开始新的一轮"))
                )
            if campaign_id is not None:
                work.live(Campaign, campaign_id, QT_TRANSLATE_NOOP("core", "该专项走访不存在"))
                stops = rq.campaign_stops(work.session, campaign_id)
            else:
                stops = rq.due_stops(work.session, self.ctx.clock.today())
            row = PatrolRound(
                grid_id=self.ctx.settings.home_grid_id or self._grid_of(work, stops),
                warden_id=self.ctx.actor.user_id,
                warden_name=self.ctx.actor.name,
                campaign_id=campaign_id,
                started_at=self.ctx.clock.now(),
                planned=len(stops),
            )
            work.create(row, "patrol_round.start")
            return Changes.of(work.changes.entities, [row.id])

    def tick(self, round_id: str, tick: Tick) -> Changes:
        """One household ticked off: a visit naming the round (met, or 未遇)."""
        errors: dict[str, Message] = {}
        if tick.outcome not in OUTCOMES:
            errors["outcome"] = msg(QT_TRANSLATE_NOOP("core", "请选择走访结果"))
        if tick.purpose not in VISIT_PURPOSES:
            errors["purpose"] = msg(QT_TRANSLATE_NOOP("core", "请选择走访事由"))
        if len(tick.findings) > 4000:
            errors["findings"] = msg(QT_TRANSLATE_NOOP("core", "情况记录过长（最多 4000 字）"))
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            row = self._round(work, round_id)
            household = work.live(
                Household,
                tick.household_id,
                QT_TRANSLATE_NOOP("core", "该户已不存在（可能已被注销）"),
            )
            resident_id = tick.resident_id
            if resident_id:
                resident = work.session.get(Resident, resident_id)
                if resident is None or resident.household_id != household.id:
                    resident_id = None
            not_home = tick.outcome == NOT_HOME
            visit = Visit(
                household_id=household.id,
                resident_id=resident_id,
                visitor_id=self.ctx.actor.user_id,
                visitor_name=self.ctx.actor.name,
                visited_at=self.ctx.clock.now(),
                purpose="campaign" if row.campaign_id else tick.purpose,
                findings="" if not_home else tick.findings.strip(),
                outcome=tick.outcome,
                round_id=row.id,
                campaign_id=row.campaign_id,
            )
            work.create(visit, "visit.record")
            outcomes = rq.round_outcomes(work.session, row.id)
            met = sum(1 for o in outcomes.values() if o != NOT_HOME)
            work.update(
                row,
                {"visited": met, "not_home": len(outcomes) - met},
                "patrol_round.tick",
            )
            return Changes.of(work.changes.entities, [row.id, visit.id, household.id])

    def finish(self, round_id: str) -> Changes:
        with unit_of_work(self.ctx) as work:
            row = self._round(work, round_id)
            work.update(row, {"finished_at": self.ctx.clock.now()}, "patrol_round.finish")
            return Changes.of(work.changes.entities, [row.id])

    def _round(self, work: UnitOfWork, round_id: str) -> PatrolRound:
        row = work.live(PatrolRound, round_id, QT_TRANSLATE_NOOP("core", "该轮巡查不存在"))
        if row.finished_at is not None:
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "这一轮巡查已经结束")))
        return row

    def _grid_of(self, work: UnitOfWork, stops: list[rq.Stop]) -> str | None:
        if not stops:
            return None
        household = work.session.get(Household, stops[0].household_id)
        return grid_of(work.session.get(Area, household.micro_grid_id)) if household else None

    # --- campaigns ---------------------------------------------------------------------------
    def create_campaign(self, draft: CampaignDraft) -> Changes:
        """A campaign sweep, set by the grid centre (网格中心) for micro-grids."""
        if self.ctx.actor.role != SUPERVISOR:
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "只有网格中心可以发起专项走访")))
        errors: dict[str, Message] = {}
        name = draft.name.strip()
        if not name:
            errors["name"] = msg(QT_TRANSLATE_NOOP("core", "请填写专项走访名称"))
        if draft.kind not in CAMPAIGN_KINDS:
            errors["kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择专项类别"))
        if draft.ends_on < draft.starts_on:
            errors["ends_on"] = msg(QT_TRANSLATE_NOOP("core", "结束日期不能早于开始日期"))
        if not draft.micro_grid_ids:
            errors["micro_grid_ids"] = msg(QT_TRANSLATE_NOOP("core", "请至少选择一个微网格"))
        if any(tag not in HOUSEHOLD_TAGS for tag in draft.tags):
            errors["tags"] = msg(QT_TRANSLATE_NOOP("core", "未知的住户标签"))
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            known = set(
                work.session.execute(
                    select(col(Area.id)).where(
                        col(Area.id).in_(draft.micro_grid_ids),
                        col(Area.level) == AreaLevel.MICRO_GRID,
                    )
                ).scalars()
            )
            if known != set(draft.micro_grid_ids):
                raise ValidationError(
                    {"micro_grid_ids": msg(QT_TRANSLATE_NOOP("core", "所选微网格不存在"))}
                )
            campaign = Campaign(
                name=name,
                kind=draft.kind,
                starts_on=draft.starts_on,
                ends_on=draft.ends_on,
                micro_grid_ids=list(dict.fromkeys(draft.micro_grid_ids)),
                tags=list(draft.tags),
                note=draft.note.strip(),
            )
            work.create(campaign, "campaign.create")
            return Changes.of(work.changes.entities, [campaign.id])
