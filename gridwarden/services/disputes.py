"""Disputes (矛盾纠纷): intake, screening, assignment, sessions, escalation — and, through its
parts, the parties after intake (dispute_parties), agreements (dispute_agreements) and the
supervision of performance (dispute_performance).

The status machine is rules.dispute_lifecycle (shared with the server); the deadlines are
rules.dispute_deadlines. Each method is one user action in one transaction: the records, the
history step, the audit entry and the outbox ops together. Session records and agreements are
append-only: a correction is a new revision (人民调解法 第二十七条).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import col

from gridwarden.clock import to_local
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import (
    Area,
    Dispute,
    DisputeParty,
    GridEvent,
    Household,
    MediationSession,
    OrgUnit,
    Visit,
)
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.context import Changes
from gridwarden.services.dispute_agreements import AgreementActions
from gridwarden.services.dispute_base import ENTITIES, duplicate_warning, referral_of
from gridwarden.services.dispute_parties import PartyActions
from gridwarden.services.dispute_performance import PerformanceActions
from gridwarden.services.events import grid_of
from gridwarden.services.filings import FilingService, FilingStart
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.validation.dispute_drafts import (
    AgreementDraft,
    DisputeDraft,
    ObligationDraft,
    PartyDraft,
    SessionDraft,
    dispute_number,
    validate_dispute,
    validate_party,
)

__all__ = [
    "AgreementDraft",
    "DisputeDraft",
    "DisputeService",
    "ObligationDraft",
    "PartyDraft",
    "SessionDraft",
    "dispute_number",
    "validate_dispute",
    "validate_party",
]


# Steps whose reason is the dispute's outcome note.
def plain_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


_OUTCOME_ACTIONS = frozenset(
    {
        life.Action.DECLINE_REFERRAL,
        life.Action.FAIL,
        life.Action.WITHDRAW,
        life.Action.REFUSE,
        life.Action.DECLINE,
        life.Action.ESCALATE,
    }
)
# States from which a step can end a dispute (failed: escalated to court after failing).
_ENDABLE = life.OPEN_STATUSES | {life.Status.FAILED}


class DisputeService(PartyActions, AgreementActions, PerformanceActions):
    # --- intake ------------------------------------------------------------------------------
    def register(self, draft: DisputeDraft) -> Changes:
        now, today = self.ctx.clock.now(), self.ctx.clock.today()
        values, parties = validate_dispute(draft, today)
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            session = work.session
            station_id = draft.station_id or self.ctx.settings.home_station_id
            station = session.get(OrgUnit, station_id) if station_id else None
            if station is None or station.kind != "station" or station.deleted_at:
                raise ValidationError(
                    {"station_id": msg(QT_TRANSLATE_NOOP("core", "请选择受理的调处工作站"))}
                )
            if values["court_id"]:
                court = session.get(OrgUnit, values["court_id"])
                if court is None or court.kind != "court":
                    raise ValidationError(
                        {"court_id": msg(QT_TRANSLATE_NOOP("core", "所选法院不存在"))}
                    )
            grid_id, event_id = self._source_link(work, draft, warnings)
            linked = self._link_residents(work, parties, warnings)
            grid_id = grid_id or linked or self.ctx.settings.home_grid_id
            dispute = Dispute(
                number="",
                station_id=station.id,
                grid_id=grid_id,
                grid_event_id=event_id,
                visit_id=draft.visit_id if draft.source == "visit" else None,
                received_at=now,
                received_by=self.ctx.actor.name,
                status=life.Status.REGISTERED,
                level_since=today,
                **values,
            )
            dispute.number = dispute_number(dispute.id, f"{today:%Y%m%d}")
            dispute.due_on = self._deadline(
                dispute.source, dispute.court_procedure, now, dispute.level_since
            )
            duplicate = self._possible_duplicate(work, parties)
            if duplicate is not None:
                dispute.possible_duplicate_of = duplicate[0]
                warnings.append(duplicate_warning(duplicate[1]))
            work.create(dispute, "dispute.register")
            for position, party in enumerate(parties):
                work.create(
                    DisputeParty(dispute_id=dispute.id, position=position, **party),
                    "dispute_party.add",
                )
            work.create(
                self._step(
                    dispute, "register", "", dispute.status, dispute.level, life.StepInput()
                ),
                "dispute_step.add",
            )
            return Changes.of(work.changes.entities, [dispute.id], warnings)

    def _source_link(
        self, work: UnitOfWork, draft: DisputeDraft, warnings: list[Message]
    ) -> tuple[str | None, str | None]:
        """The grid event or visit the dispute came from: (its grid, the event id). A grid
        event becomes one dispute: a second intake from it is refused while the first is open."""
        session = work.session
        if draft.source == "grid_event":
            event = session.execute(
                select(GridEvent).where(
                    col(GridEvent.number) == draft.grid_event_number.strip().upper(),
                    col(GridEvent.deleted_at).is_(None),
                )
            ).scalar_one_or_none()
            if event is None:
                raise ValidationError(
                    {"grid_event_number": msg(QT_TRANSLATE_NOOP("core", "没有这个编号的网格事件"))}
                )
            taken = self._open_linked(work, col(Dispute.grid_event_id) == event.id)
            if taken:
                raise ValidationError(
                    {
                        "grid_event_number": msg(
                            QT_TRANSLATE_NOOP("core", "该网格事件已转为纠纷 {number}（未结）"),
                            number=taken,
                        )
                    }
                )
            return event.grid_id, event.id
        if draft.source == "visit":
            visit = session.get(Visit, draft.visit_id)
            if visit is None or visit.deleted_at is not None:
                raise ValidationError(
                    {"visit_id": msg(QT_TRANSLATE_NOOP("core", "所选走访记录不存在"))}
                )
            taken = self._open_linked(work, col(Dispute.visit_id) == visit.id)
            if taken:
                warnings.append(
                    msg(
                        QT_TRANSLATE_NOOP("core", "该走访已转为纠纷 {number}，请核对是否重复"),
                        number=taken,
                    )
                )
            household = session.get(Household, visit.household_id)
            if household is not None:
                return grid_of(session.get(Area, household.micro_grid_id)), None
        return None, None

    def _open_linked(self, work: UnitOfWork, link: Any) -> str:
        number = work.session.execute(
            select(col(Dispute.number)).where(
                link,
                col(Dispute.status).in_(life.OPEN_STATUSES),
                col(Dispute.deleted_at).is_(None),
            )
        ).scalar()
        return str(number or "")

    # --- lifecycle ---------------------------------------------------------------------------
    def act(
        self,
        dispute_id: str,
        action: str,
        step: life.StepInput,
        expected_status: str | None = None,
    ) -> Changes:
        """One lifecycle step (accept a court referral, assign, fail, withdraw, refuse,
        decline, report to the police, escalate, sign, judicial confirmation).
        `expected_status` is what the user saw."""
        if action in (
            life.Action.DRAFT_AGREEMENT,
            life.Action.ORAL_AGREEMENT,
            life.Action.REVISE_AGREEMENT,
        ):
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "协议请通过协议书表单制作")))
        today = self.ctx.clock.today()
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, dispute_id, expected_status)
            outcome = life.decide(dispute.status, dispute.level, action, step, referral_of(dispute))
            values: dict[str, Any] = {"status": outcome.to_status, "level": outcome.to_level}
            values.update(self._values_for(work, dispute, action, step, outcome, warnings))
            record: dict[str, Any] | None = None
            if action == life.Action.EXTEND:
                record = {
                    "extended_from": plain_day(dispute.due_on),
                    "consent": step.reason.strip(),
                }
            if action in _OUTCOME_ACTIONS:
                values["outcome_note"] = step.reason.strip()
            # reaching a final state: keep the level where the dispute ended (DOMAIN §3)
            if outcome.ended and dispute.status in _ENDABLE:
                values.update(ended_level=outcome.to_level, due_on=None)
                values.setdefault("closed_on", today)
            if action == life.Action.FAIL:
                record = {
                    "course": step.course.strip(),
                    "cost_conduct": step.cost_conduct.strip(),
                    "court_notes": step.court_notes.strip(),
                    "undisputed_facts": step.undisputed_facts.strip(),
                }
            if action == life.Action.ESCALATE and outcome.to_level == "court":
                # Art. 26: the parties are told of the court route; the hand-off is a filing
                values["routes_told"] = sorted({*dispute.routes_told, "litigation"})
            self._apply(work, dispute, action, outcome, values, step, record)
            if action == life.Action.ESCALATE and outcome.to_level == "court":
                filing_id = FilingService(self.ctx).create_in(
                    work, FilingStart(dispute.id, "complaint", court_id=dispute.court_id)
                )
                return Changes.of(ENTITIES | {"filing", "filing_step"}, [dispute.id, filing_id])
            return Changes.of(ENTITIES, [dispute.id], warnings)

    def _values_for(
        self,
        work: UnitOfWork,
        dispute: Dispute,
        action: str,
        step: life.StepInput,
        outcome: life.Outcome,
        warnings: list[Message],
    ) -> dict[str, Any]:
        """What one action writes on the dispute besides its status and level."""
        A = life.Action
        if action == A.ACCEPT_REFERRAL:
            return self._accept(dispute, step, warnings)
        if action == A.ASSIGN:
            name = " ".join(step.mediator_name.split())
            return {
                "mediator_name": name,
                "mediator_id": self.ctx.actor.user_id if name == self.ctx.actor.name else "",
                "mediator_chosen_by_parties": step.mediator_chosen_by_parties,
                "mediation_mode": step.mode,
                "refused_mediators": step.refused_mediators.strip(),
            }
        if action == A.REPORT_POLICE:
            return {
                "police_reported_at": self.ctx.clock.now(),
                "police_unit": step.police_unit.strip(),
            }
        if action == A.DECLINE:
            return {"non_mediable": step.non_mediable}
        if action == A.FAIL:
            return {"routes_told": [r for r in rules.ROUTES if r in step.routes]}
        if action == A.SIGN:
            return self._sign(work, dispute, step)
        if action == A.EXTEND:
            assert step.extended_to is not None  # decide() checked it
            if step.extended_to <= self.ctx.clock.today():
                raise ValidationError(
                    {"extended_to": msg(QT_TRANSLATE_NOOP("core", "延长后的调解期限应晚于今天"))}
                )
            return {"due_on": step.extended_to}
        if action == A.CONFIRMATION:
            self._not_after_today(step.confirmation_on, "confirmation_on")
            return {
                "confirmation_state": step.confirmation_state,
                "confirmation_on": step.confirmation_on,
            }
        if action == A.ESCALATE:
            return self._escalate(work, dispute, step, outcome)
        return {}

    def _accept(
        self, dispute: Dispute, step: life.StepInput, warnings: list[Message]
    ) -> dict[str, Any]:
        """A court referral accepted: the court's period now runs from this day."""
        assert step.accepted_on is not None  # decide() checked it
        received = to_local(dispute.received_at).date()
        self._not_after_today(step.accepted_on, "accepted_on")
        if step.accepted_on < received:
            raise ValidationError(
                {"accepted_on": msg(QT_TRANSLATE_NOOP("core", "接收日期不能早于收到委派的日期"))}
            )
        limit = dl.court_accept_deadline(received, self.ctx.calendar).due
        if step.accepted_on > limit:
            warnings.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "已超过接收期限（{due}，收到后3个工作日），请向法院说明"
                    ),
                    due=limit.isoformat(),
                )
            )
        due = self._deadline(
            dispute.source,
            dispute.court_procedure,
            dispute.received_at,
            dispute.level_since,
            step.accepted_on,
        )
        return {"referral_accepted_on": step.accepted_on, "due_on": due}

    def _sign(self, work: UnitOfWork, dispute: Dispute, step: life.StepInput) -> dict[str, Any]:
        """Art. 29: in effect when every current party and the mediator have signed."""
        assert step.signed_on is not None  # decide() checked it
        self._not_after_today(step.signed_on, "signed_on")
        agreement = self._current_agreement(work, dispute.id)
        if agreement is not None and step.signed_on < agreement.reached_on:
            raise ValidationError(
                {"signed_on": msg(QT_TRANSLATE_NOOP("core", "签署日期不能早于协议达成日期"))}
            )
        self._require_identities(work, dispute.id)  # a party may have been added since
        return self._effective(step.signed_on, dispute.source)

    def _escalate(
        self, work: UnitOfWork, dispute: Dispute, step: life.StepInput, outcome: life.Outcome
    ) -> dict[str, Any]:
        today = self.ctx.clock.today()
        values: dict[str, Any] = {"level_since": today}
        if outcome.ended:
            return values
        # grid → station: mediated again, under a new deadline
        values.update(closed_on=None, ended_level=None, mediator_name="")
        values.update(mediator_id="", mediation_mode="")
        values["due_on"] = self._deadline(
            dispute.source,
            dispute.court_procedure,
            dispute.received_at,
            today,
            dispute.referral_accepted_on,
        )
        if step.station_id:
            station = work.session.get(OrgUnit, step.station_id)
            if station is None or station.kind != "station":
                raise ValidationError(
                    {"station_id": msg(QT_TRANSLATE_NOOP("core", "所选工作站不存在"))}
                )
            values["station_id"] = station.id
        return values

    def _not_after_today(self, day: date | None, field: str) -> None:
        if day is not None and day > self.ctx.clock.today():
            raise ValidationError({field: msg(QT_TRANSLATE_NOOP("core", "日期不能晚于今天"))})

    # --- sessions (Art. 27) ------------------------------------------------------------------
    def record_session(self, draft: SessionDraft) -> Changes:
        values = self._validate_session(draft)
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, draft.dispute_id)
            life.ensure_session_allowed(dispute.status)
            self._check_held_at(dispute, draft.held_at)
            record = MediationSession(
                dispute_id=dispute.id,
                mediator_name=values.pop("mediator_name") or dispute.mediator_name,
                recorded_by=self.ctx.actor.name,
                **values,
            )
            work.create(record, "mediation_session.record")
            work.touched("dispute", dispute.id)
            return Changes.of(work.changes.entities, [dispute.id, record.id])

    def correct_session(self, session_id: str, draft: SessionDraft, reason: str) -> Changes:
        """A correction never overwrites the record: it is a new revision with its reason."""
        values = self._validate_session(draft)
        if not reason.strip():
            raise ValidationError({"reason": msg(QT_TRANSLATE_NOOP("core", "请写明更正的原因"))})
        with unit_of_work(self.ctx) as work:
            original = work.live(
                MediationSession, session_id, QT_TRANSLATE_NOOP("core", "该调解记录不存在")
            )
            dispute = self._dispute(work, original.dispute_id)
            root = original.revises_id or original.id
            latest = work.session.execute(
                select(func.max(MediationSession.revision)).where(
                    or_(col(MediationSession.id) == root, col(MediationSession.revises_id) == root)
                )
            ).scalar_one()
            if original.revision != latest:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "该记录已有更新的版本（第 {n} 版），请在最新版本上更正"
                        ),
                        n=latest,
                    )
                )
            self._check_held_at(dispute, draft.held_at)
            record = MediationSession(
                dispute_id=dispute.id,
                mediator_name=values.pop("mediator_name") or original.mediator_name,
                recorded_by=self.ctx.actor.name,
                revision=latest + 1,
                revises_id=root,
                correction_reason=reason.strip(),
                **values,
            )
            work.create(record, "mediation_session.correct")
            work.touched("dispute", dispute.id)
            return Changes.of(work.changes.entities, [dispute.id, record.id])

    def _validate_session(self, draft: SessionDraft) -> dict[str, Any]:
        errors: dict[str, Message] = {}
        place = " ".join(draft.place.split())
        attendees = [" ".join(a.split()) for a in draft.attendees if a.strip()]
        record = draft.record.strip()
        if not place:
            errors["place"] = msg(QT_TRANSLATE_NOOP("core", "请填写调解地点"))
        if not attendees:
            errors["attendees"] = msg(QT_TRANSLATE_NOOP("core", "请填写参加人员"))
        if not record:
            errors["record"] = msg(QT_TRANSLATE_NOOP("core", "请记录调解情况（第二十七条）"))
        elif len(record) > 8000:
            errors["record"] = msg(QT_TRANSLATE_NOOP("core", "调解记录过长（最多 8000 字）"))
        if draft.held_at > self.ctx.clock.now() + timedelta(minutes=5):
            errors["held_at"] = msg(QT_TRANSLATE_NOOP("core", "调解时间不能晚于现在"))
        if errors:
            raise ValidationError(errors)
        return {
            "held_at": draft.held_at,
            "place": place,
            "attendees": attendees,
            "record": record,
            "mediator_name": " ".join(draft.mediator_name.split()),
        }

    def _check_held_at(self, dispute: Dispute, held_at: datetime) -> None:
        if held_at < dispute.received_at - timedelta(days=1):
            raise ValidationError(
                {"held_at": msg(QT_TRANSLATE_NOOP("core", "调解时间不能早于受理时间"))}
            )
