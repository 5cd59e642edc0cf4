"""Disputes (矛盾纠纷): intake, screening, assignment, sessions, agreements, escalation.

The status machine is rules.dispute_lifecycle (shared with the server); the deadlines are
rules.dispute_deadlines. Each method is one user action in one transaction: the records, the
history step, the audit entry and the outbox ops together. Session records and agreements are
append-only: a correction is a new revision (人民调解法 第二十七条).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import col

from gridwarden.clock import to_local
from gridwarden.errors import NotFoundError, TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import (
    AgreementObligation,
    Area,
    Dispute,
    DisputeParty,
    DisputeStep,
    GridEvent,
    Household,
    MediationAgreement,
    MediationSession,
    OrgUnit,
    Resident,
    Visit,
)
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.events import grid_of
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.validation import idnumber, phone

ENTITIES = frozenset({"dispute", "dispute_step"})
# Steps whose reason is the dispute's outcome note.
_OUTCOME_ACTIONS = frozenset(
    {
        life.Action.FAIL,
        life.Action.WITHDRAW,
        life.Action.REFUSE,
        life.Action.DECLINE,
        life.Action.ESCALATE,
    }
)
# States from which a step can end a dispute (failed: escalated to court after failing).
_ENDABLE = life.OPEN_STATUSES | {life.Status.FAILED}


@dataclass
class PartyDraft:
    """One party as typed in the form (unparsed)."""

    role: str = "applicant"
    kind: str = "person"
    name: str = ""
    id_number: str = ""
    uscc: str = ""
    legal_representative: str = ""
    phone: str = ""
    address: str = ""
    agent_name: str = ""
    agent_kind: str = ""
    agent_phone: str = ""
    id: str | None = None


@dataclass
class DisputeDraft:
    source: str
    category: str
    facts: str
    parties: list[PartyDraft]
    claims: str = ""
    amount: str = ""  # yuan as typed
    risk_level: str = "low"
    level: str = "grid"
    station_id: str | None = None
    grid_event_number: str = ""
    visit_id: str | None = None
    work_order_number: str = ""
    court_id: str | None = None
    court_reference: str = ""
    court_procedure: str = ""


@dataclass
class SessionDraft:
    dispute_id: str
    held_at: datetime
    place: str
    attendees: list[str]
    record: str
    mediator_name: str = ""


@dataclass
class ObligationDraft:
    obligor: str
    description: str
    due_on: date | None
    amount: str = ""


@dataclass
class AgreementDraft:
    kind: str  # written | oral
    facts: str
    matters: str
    content: str
    performance: str
    performance_deadline: date | None = None
    reached_on: date | None = None  # None: today
    obligations: list[ObligationDraft] = field(default_factory=list)
    reason: str = ""  # required for a revision


def dispute_number(dispute_id: str, day_text: str) -> str:
    """TJ + local date + 6 hex of the UUID: unique across devices without a server round trip."""
    return f"TJ{day_text}-{dispute_id.replace('-', '')[:6].upper()}"


def _text(value: str) -> str:
    return value.strip()


def validate_party(draft: PartyDraft, prefix: str) -> tuple[dict[str, Any], dict[str, Message]]:
    """Check one party; return (values, errors keyed "<prefix>.<field>")."""
    errors: dict[str, Message] = {}
    values: dict[str, Any] = {
        "role": draft.role,
        "kind": draft.kind,
        "name": " ".join(draft.name.split()),
        "id_number": None,
        "gender": None,
        "birth_date": None,
        "uscc": None,
        "legal_representative": _text(draft.legal_representative),
        "address": " ".join(draft.address.split()),
        "agent_name": " ".join(draft.agent_name.split()),
        "agent_kind": draft.agent_kind if draft.agent_name.strip() else "",
    }
    if draft.role not in rules.PARTY_ROLES:
        errors[f"{prefix}.role"] = msg(QT_TRANSLATE_NOOP("core", "请选择当事人身份"))
    if draft.kind not in rules.PARTY_KINDS:
        errors[f"{prefix}.kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择自然人或单位"))
    if not values["name"]:
        errors[f"{prefix}.name"] = msg(QT_TRANSLATE_NOOP("core", "请填写当事人姓名或名称"))
    elif len(values["name"]) > 80:
        errors[f"{prefix}.name"] = msg(QT_TRANSLATE_NOOP("core", "姓名或名称过长"))
    if draft.kind == "person" and draft.id_number.strip():
        try:
            parsed = idnumber.parse(draft.id_number)
        except idnumber.IdNumberError as exc:
            errors[f"{prefix}.id_number"] = exc.message
        else:
            values.update(
                id_number=parsed.number, gender=parsed.gender, birth_date=parsed.birth_date
            )
    if draft.kind == "organisation":
        values["name"] = values["name"].replace(" ", "")
        if draft.uscc.strip():
            try:
                values["uscc"] = rules.normalise_uscc(draft.uscc)
            except rules.UsccError as exc:
                errors[f"{prefix}.uscc"] = exc.message
    else:
        values["legal_representative"] = ""
    for name in ("phone", "agent_phone"):
        try:
            values[name] = phone.normalise(getattr(draft, name))
        except phone.PhoneError as exc:
            errors[f"{prefix}.{name}"] = exc.message
    if values["agent_name"] and draft.agent_kind not in rules.AGENT_KINDS:
        errors[f"{prefix}.agent_kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择代理人类别"))
    return values, errors


def validate_dispute(draft: DisputeDraft) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Check the whole intake form; every bad field is named at once."""
    errors: dict[str, Message] = {}
    if draft.source not in rules.SOURCES:
        errors["source"] = msg(QT_TRANSLATE_NOOP("core", "请选择纠纷来源"))
    if draft.category not in rules.CATEGORIES:
        errors["category"] = msg(QT_TRANSLATE_NOOP("core", "请选择纠纷类别"))
    if draft.risk_level not in rules.RISK_LEVELS:
        errors["risk_level"] = msg(QT_TRANSLATE_NOOP("core", "请选择风险等级"))
    if draft.level not in ("grid", "station"):
        errors["level"] = msg(QT_TRANSLATE_NOOP("core", "受理层级应为网格或工作站"))
    facts = draft.facts.strip()
    if not facts:
        errors["facts"] = msg(QT_TRANSLATE_NOOP("core", "请写明纠纷的主要事实"))
    elif len(facts) > 4000:
        errors["facts"] = msg(QT_TRANSLATE_NOOP("core", "纠纷事实过长（最多 4000 字）"))
    if len(draft.claims) > 2000:
        errors["claims"] = msg(QT_TRANSLATE_NOOP("core", "申请事项过长（最多 2000 字）"))
    amount: int | None = None
    try:
        amount = rules.parse_amount(draft.amount)
    except ValueError:
        errors["amount"] = msg(
            QT_TRANSLATE_NOOP("core", "金额应为不小于 0 的数字，最多两位小数（单位：元）")
        )
    source_values: dict[str, Any] = {
        "work_order_number": "",
        "court_id": None,
        "court_reference": "",
        "court_procedure": "",
    }
    if draft.source == "grid_event" and not draft.grid_event_number.strip():
        errors["grid_event_number"] = msg(QT_TRANSLATE_NOOP("core", "请填写网格事件编号"))
    if draft.source == "visit" and not draft.visit_id:
        errors["visit_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择发现纠纷的走访记录"))
    if draft.source == "hotline_12345":
        number = "".join(draft.work_order_number.split())
        if not number:
            errors["work_order_number"] = msg(QT_TRANSLATE_NOOP("core", "请填写 12345 工单编号"))
        elif len(number) > 40:
            errors["work_order_number"] = msg(QT_TRANSLATE_NOOP("core", "工单编号过长"))
        source_values["work_order_number"] = number
    if draft.source in rules.COURT_SOURCES:
        if not draft.court_id:
            errors["court_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择委派或委托的法院"))
        reference = draft.court_reference.strip()
        if not reference:
            errors["court_reference"] = msg(QT_TRANSLATE_NOOP("core", "请填写法院的案号或委派编号"))
        procedure = draft.court_procedure if draft.source == "court_entrusted" else ""
        if draft.source == "court_entrusted" and procedure not in rules.COURT_PROCEDURES:
            errors["court_procedure"] = msg(
                QT_TRANSLATE_NOOP("core", "请选择普通程序或简易程序（期限 15 日或 7 日）")
            )
        source_values.update(
            court_id=draft.court_id, court_reference=reference, court_procedure=procedure
        )
    parties: list[dict[str, Any]] = []
    for index, party in enumerate(draft.parties):
        values, party_errors = validate_party(party, f"parties.{index}")
        errors.update(party_errors)
        parties.append(values)
    roles = {p.role for p in draft.parties}
    if not {"applicant", "respondent"} <= roles:
        errors["parties"] = msg(QT_TRANSLATE_NOOP("core", "至少需要申请人和被申请人各一方"))
    if errors:
        raise ValidationError(errors)
    return {
        "source": draft.source,
        "category": draft.category,
        "risk_level": draft.risk_level,
        "level": draft.level,
        "facts": facts,
        "claims": draft.claims.strip(),
        "amount_fen": amount,
        **source_values,
    }, parties


class DisputeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- intake ------------------------------------------------------------------------------
    def register(self, draft: DisputeDraft) -> Changes:
        values, parties = validate_dispute(draft)
        now, today = self.ctx.clock.now(), self.ctx.clock.today()
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
            grid_id: str | None = None
            event_id: str | None = None
            if draft.source == "grid_event":
                event = session.execute(
                    select(GridEvent).where(
                        col(GridEvent.number) == draft.grid_event_number.strip().upper(),
                        col(GridEvent.deleted_at).is_(None),
                    )
                ).scalar_one_or_none()
                if event is None:
                    raise ValidationError(
                        {
                            "grid_event_number": msg(
                                QT_TRANSLATE_NOOP("core", "没有这个编号的网格事件")
                            )
                        }
                    )
                event_id, grid_id = event.id, event.grid_id
            if draft.source == "visit":
                visit = session.get(Visit, draft.visit_id)
                if visit is None or visit.deleted_at is not None:
                    raise ValidationError(
                        {"visit_id": msg(QT_TRANSLATE_NOOP("core", "所选走访记录不存在"))}
                    )
                household = session.get(Household, visit.household_id)
                if household is not None:
                    grid_id = grid_of(session.get(Area, household.micro_grid_id))
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
                warnings.append(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "与未结纠纷 {number} 的当事人相同，可能重复受理，请核对"
                        ),
                        number=duplicate[1],
                    )
                )
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

    def _link_residents(
        self, work: UnitOfWork, parties: list[dict[str, Any]], warnings: list[Message]
    ) -> str | None:
        """A person who lives in the register is linked to their resident record (and their
        address filled in); the grid of the first linked applicant is returned."""
        grid_id = None
        for party in parties:
            if party["kind"] != "person" or not party["id_number"]:
                continue
            row = work.session.execute(
                select(Resident, Household)
                .join(Household, col(Household.id) == Resident.household_id)
                .where(
                    col(Resident.id_number) == party["id_number"],
                    col(Resident.deleted_at).is_(None),
                )
            ).first()
            if row is None:
                continue
            resident, household = row
            if resident.name != party["name"]:
                warnings.append(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "身份证号 {masked} 在户籍登记中为「{name}」，与填写的姓名不一致，未关联",
                        ),
                        masked=idnumber.mask(party["id_number"]),
                        name=resident.name,
                    )
                )
                continue
            party["resident_id"] = resident.id
            party["address"] = party["address"] or household.address
            if grid_id is None:
                grid_id = grid_of(work.session.get(Area, household.micro_grid_id))
        return grid_id

    def _possible_duplicate(
        self, work: UnitOfWork, parties: list[dict[str, Any]]
    ) -> tuple[str, str] | None:
        keys = {rules.party_key(p["name"], p["id_number"], p["uscc"]) for p in parties}
        names = [p["name"] for p in parties]
        ids = [p["id_number"] for p in parties if p["id_number"]]
        codes = [p["uscc"] for p in parties if p["uscc"]]
        candidates = work.session.execute(
            select(col(Dispute.id), col(Dispute.number))
            .join(DisputeParty, col(DisputeParty.dispute_id) == Dispute.id)
            .where(
                col(Dispute.status).in_(life.OPEN_STATUSES),
                col(Dispute.deleted_at).is_(None),
                or_(
                    col(DisputeParty.name).in_(names),
                    col(DisputeParty.id_number).in_(ids),
                    col(DisputeParty.uscc).in_(codes),
                ),
            )
            .distinct()
            .order_by(col(Dispute.number))
        ).all()
        for dispute_id, number in candidates:
            existing = work.session.execute(
                select(DisputeParty).where(
                    col(DisputeParty.dispute_id) == dispute_id,
                    col(DisputeParty.deleted_at).is_(None),
                )
            ).scalars()
            their = {rules.party_key(p.name, p.id_number, p.uscc) for p in existing}
            if rules.same_parties(keys, their):
                return dispute_id, number
        return None

    def update_party(self, dispute_id: str, draft: PartyDraft) -> Changes:
        """Correct or complete a party's details (e.g. the ID number the agreement needs)."""
        values, errors = validate_party(draft, "party")
        if errors:
            raise ValidationError({k.removeprefix("party."): v for k, v in errors.items()})
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, dispute_id)
            if dispute.status not in life.OPEN_STATUSES:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP("core", "纠纷已「{status}」，当事人信息不能再修改"),
                        status=life.STATUS_LABELS[dispute.status],
                    )
                )
            party = work.session.get(DisputeParty, draft.id)
            if party is None or party.dispute_id != dispute.id or party.deleted_at:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该当事人不存在")))
            values["resident_id"] = None
            self._link_residents(work, [values], warnings)
            work.update(party, values, "dispute_party.edit")
            work.touched("dispute", dispute.id)
            return Changes.of(work.changes.entities, [dispute.id], warnings)

    # --- lifecycle ---------------------------------------------------------------------------
    def act(
        self,
        dispute_id: str,
        action: str,
        step: life.StepInput,
        expected_status: str | None = None,
    ) -> Changes:
        """One lifecycle step (assign, fail, withdraw, refuse, decline, report to the police,
        escalate, sign, judicial confirmation). `expected_status` is what the user saw."""
        if action in (
            life.Action.DRAFT_AGREEMENT,
            life.Action.ORAL_AGREEMENT,
            life.Action.REVISE_AGREEMENT,
        ):
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "协议请通过协议书表单制作")))
        today = self.ctx.clock.today()
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, dispute_id, expected_status)
            outcome = life.decide(dispute.status, dispute.level, action, step)
            values: dict[str, Any] = {"status": outcome.to_status, "level": outcome.to_level}
            if action == life.Action.ASSIGN:
                name = " ".join(step.mediator_name.split())
                values.update(
                    mediator_name=name,
                    mediator_id=self.ctx.actor.user_id if name == self.ctx.actor.name else "",
                    mediator_chosen_by_parties=step.mediator_chosen_by_parties,
                    mediation_mode=step.mode,
                    refused_mediators=step.refused_mediators.strip(),
                )
            elif action == life.Action.REPORT_POLICE:
                values.update(
                    police_reported_at=self.ctx.clock.now(), police_unit=step.police_unit.strip()
                )
            elif action == life.Action.DECLINE:
                values["non_mediable"] = step.non_mediable
            elif action == life.Action.FAIL:
                values["routes_told"] = [r for r in rules.ROUTES if r in step.routes]
            elif action == life.Action.SIGN:
                assert step.signed_on is not None
                agreement = self._current_agreement(work, dispute.id)
                if step.signed_on > today:
                    raise ValidationError(
                        {"signed_on": msg(QT_TRANSLATE_NOOP("core", "签署日期不能晚于今天"))}
                    )
                if agreement is not None and step.signed_on < agreement.reached_on:
                    raise ValidationError(
                        {
                            "signed_on": msg(
                                QT_TRANSLATE_NOOP("core", "签署日期不能早于协议达成日期")
                            )
                        }
                    )
                values.update(self._effective(step.signed_on))
            elif action == life.Action.CONFIRMATION:
                if step.confirmation_on is not None and step.confirmation_on > today:
                    raise ValidationError(
                        {"confirmation_on": msg(QT_TRANSLATE_NOOP("core", "日期不能晚于今天"))}
                    )
                values.update(
                    confirmation_state=step.confirmation_state,
                    confirmation_on=step.confirmation_on,
                )
            elif action == life.Action.ESCALATE:
                values["level_since"] = today
                if not outcome.ended:  # grid → station: mediated again, under a new deadline
                    values.update(closed_on=None, ended_level=None, mediator_name="")
                    values.update(mediator_id="", mediation_mode="")
                    values["due_on"] = self._deadline(
                        dispute.source, dispute.court_procedure, dispute.received_at, today
                    )
                    if step.station_id:
                        station = work.session.get(OrgUnit, step.station_id)
                        if station is None or station.kind != "station":
                            raise ValidationError(
                                {"station_id": msg(QT_TRANSLATE_NOOP("core", "所选工作站不存在"))}
                            )
                        values["station_id"] = station.id
            if action in _OUTCOME_ACTIONS:
                values["outcome_note"] = step.reason.strip()
            # reaching a final state: keep the level where the dispute ended (DOMAIN §3)
            if outcome.ended and dispute.status in _ENDABLE:
                values.update(ended_level=outcome.to_level, due_on=None)
                values.setdefault("closed_on", today)
            self._apply(work, dispute, action, outcome, values, step)
            return Changes.of(ENTITIES, [dispute.id])

    def _effective(self, on: date) -> dict[str, Any]:
        """An agreement in effect: Art. 29 (signed) or Art. 30 (oral, the day reached)."""
        return {
            "agreement_effective_on": on,
            "closed_on": on,
            "confirmation_state": "",
            "confirmation_on": None,
            "confirmation_due_on": dl.confirmation_deadline(on, self.ctx.calendar).due,
        }

    def _apply(
        self,
        work: UnitOfWork,
        dispute: Dispute,
        action: str,
        outcome: life.Outcome,
        values: dict[str, Any],
        step: life.StepInput,
        detail: dict[str, Any] | None = None,
    ) -> None:
        from_status, from_level = dispute.status, dispute.level
        params = {
            "reason": step.reason.strip(),
            "note": step.note.strip(),
            "from_status": from_status,
            "from_level": from_level,
            **(detail or {}),
            **{k: _plain(v) for k, v in values.items() if k not in ("status", "level")},
        }
        history = self._step(
            dispute,
            action,
            from_status,
            outcome.to_status,
            outcome.to_level,
            step,
            detail=params,
        )
        work.transition(dispute, history, action, values, params)

    def _deadline(
        self, source: str, procedure: str, received_at: datetime, level_since: date
    ) -> date:
        return dl.mediation_deadline(
            source,
            procedure,
            to_local(received_at).date(),
            level_since,
            self.ctx.settings.mediation_limit_days,
            self.ctx.calendar,
        ).due

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
            original = work.session.get(MediationSession, session_id)
            if original is None or original.deleted_at is not None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该调解记录不存在")))
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

    # --- agreements (Arts. 28–30) and performance (Art. 31) ----------------------------------
    def save_agreement(
        self, dispute_id: str, draft: AgreementDraft, expected_status: str | None = None
    ) -> Changes:
        """Draft a written agreement, record an oral one, or revise the current one (a new
        revision: the earlier text is kept)."""
        today = self.ctx.clock.today()
        values, obligations = self._validate_agreement(draft, today)
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, dispute_id, expected_status)
            current = self._current_agreement(work, dispute.id)
            if current is None:
                action = (
                    life.Action.DRAFT_AGREEMENT
                    if draft.kind == "written"
                    else life.Action.ORAL_AGREEMENT
                )
            else:
                action = life.Action.REVISE_AGREEMENT
                if current.kind != draft.kind:
                    raise ValidationError(
                        {
                            "kind": msg(
                                QT_TRANSLATE_NOOP("core", "更正协议不能改变协议形式（书面/口头）")
                            )
                        }
                    )
            step = life.StepInput(reason=draft.reason, agreement_kind=draft.kind)
            outcome = life.decide(dispute.status, dispute.level, action, step)
            if draft.kind == "written":
                self._require_identities(work, dispute.id)
            if values["reached_on"] < dispute.received_at.date() - timedelta(days=1):
                raise ValidationError(
                    {"reached_on": msg(QT_TRANSLATE_NOOP("core", "协议日期不能早于受理日期"))}
                )
            agreement = MediationAgreement(
                dispute_id=dispute.id,
                revision=(current.revision + 1) if current else 1,
                correction_reason=draft.reason.strip() if current else "",
                recorded_by=self.ctx.actor.name,
                **values,
            )
            work.create(agreement, "mediation_agreement.record")
            for position, item in enumerate(obligations):
                work.create(
                    AgreementObligation(
                        dispute_id=dispute.id, agreement_id=agreement.id, position=position, **item
                    ),
                    "agreement_obligation.add",
                )
            state: dict[str, Any] = {"status": outcome.to_status, "level": outcome.to_level}
            if outcome.to_status == life.Status.AGREED and dispute.status != life.Status.AGREED:
                state.update(self._effective(values["reached_on"]))  # oral: Art. 30
                state.update(ended_level=outcome.to_level, due_on=None)
            elif outcome.to_status == life.Status.AGREEMENT_PENDING:
                state.update(
                    agreement_effective_on=None,
                    closed_on=None,
                    ended_level=None,
                    confirmation_due_on=None,
                )
            self._apply(
                work,
                dispute,
                action,
                outcome,
                state,
                step,
                detail={"agreement_id": agreement.id, "revision": agreement.revision},
            )
            return Changes.of(work.changes.entities | ENTITIES, [dispute.id, agreement.id], [])

    def _validate_agreement(
        self, draft: AgreementDraft, today: date
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        errors: dict[str, Message] = {}
        if draft.kind not in rules.AGREEMENT_KINDS:
            errors["kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择书面或口头协议"))
        texts = {
            "facts": QT_TRANSLATE_NOOP("core", "请写明纠纷的主要事实（第二十九条）"),
            "matters": QT_TRANSLATE_NOOP("core", "请写明争议事项及各方当事人的责任（第二十九条）"),
            "content": QT_TRANSLATE_NOOP("core", "请写明当事人达成调解协议的内容（第二十九条）"),
            "performance": QT_TRANSLATE_NOOP("core", "请写明履行的方式（第二十九条）"),
        }
        for name, text in texts.items():
            if not getattr(draft, name).strip():
                errors[name] = msg(text)
        reached = draft.reached_on or today
        if reached > today:
            errors["reached_on"] = msg(QT_TRANSLATE_NOOP("core", "协议日期不能晚于今天"))
        if draft.performance_deadline is None:
            errors["performance_deadline"] = msg(
                QT_TRANSLATE_NOOP("core", "请填写履行期限（第二十九条）")
            )
        elif draft.performance_deadline < reached:
            errors["performance_deadline"] = msg(
                QT_TRANSLATE_NOOP("core", "履行期限不能早于协议日期")
            )
        obligations: list[dict[str, Any]] = []
        problems: list[str] = []
        for number, item in enumerate(draft.obligations, start=1):
            amount: int | None = None
            try:
                amount = rules.parse_amount(item.amount)
            except ValueError:
                problems.append(f"第{number}项：金额应为数字（元）")
            if not item.obligor.strip() or not item.description.strip():
                problems.append(f"第{number}项：请填写义务人和义务内容")
            if item.due_on is None:
                problems.append(f"第{number}项：请填写履行期限")
            elif item.due_on < reached:
                problems.append(f"第{number}项：履行期限不能早于协议日期")
            obligations.append(
                {
                    "obligor": item.obligor.strip(),
                    "description": item.description.strip(),
                    "amount_fen": amount,
                    "due_on": item.due_on,
                }
            )
        if problems:
            errors["obligations"] = msg(
                QT_TRANSLATE_NOOP("core", "履行事项有误：{problems}"), problems="；".join(problems)
            )
        if errors:
            raise ValidationError(errors)
        return {
            "kind": draft.kind,
            "facts": draft.facts.strip(),
            "matters": draft.matters.strip(),
            "content": draft.content.strip(),
            "performance": draft.performance.strip(),
            "performance_deadline": draft.performance_deadline,
            "reached_on": reached,
        }, obligations

    def _require_identities(self, work: UnitOfWork, dispute_id: str) -> None:
        """Art. 29(1): a written agreement states the parties' basic information."""
        missing = [
            p.name
            for p in work.session.execute(
                select(DisputeParty)
                .where(
                    col(DisputeParty.dispute_id) == dispute_id,
                    col(DisputeParty.deleted_at).is_(None),
                )
                .order_by(col(DisputeParty.position))
            ).scalars()
            if not (p.id_number if p.kind == "person" else p.uscc)
        ]
        if missing:
            raise ValidationError(
                {
                    "parties": msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "协议书须载明当事人的基本情况（第二十九条）：请先补全{names}的身份证号"
                            "或统一社会信用代码",
                        ),
                        names="、".join(missing),
                    )
                }
            )

    def record_performance(self, obligation_id: str, performed_on: date, note: str = "") -> Changes:
        """The committee supervises performance (Art. 31): record that an obligation was met."""
        if performed_on > self.ctx.clock.today():
            raise ValidationError(
                {"performed_on": msg(QT_TRANSLATE_NOOP("core", "履行日期不能晚于今天"))}
            )
        with unit_of_work(self.ctx) as work:
            item = work.session.get(AgreementObligation, obligation_id)
            if item is None or item.deleted_at is not None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该履行事项不存在")))
            dispute = self._dispute(work, item.dispute_id)
            if dispute.status != life.Status.AGREED:
                raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "协议尚未生效，不能登记履行")))
            if item.performed_on is not None:
                raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该事项已登记履行")))
            work.update(
                item,
                {"performed_on": performed_on, "performance_note": note.strip()},
                "agreement_obligation.perform",
            )
            work.touched("dispute", dispute.id)
            return Changes.of(work.changes.entities, [dispute.id, item.id])

    # --- helpers -----------------------------------------------------------------------------
    def _dispute(
        self, work: UnitOfWork, dispute_id: str, expected_status: str | None = None
    ) -> Dispute:
        dispute = work.session.get(Dispute, dispute_id)
        if dispute is None or dispute.deleted_at is not None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该纠纷不存在")))
        if expected_status is not None and dispute.status != expected_status:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "纠纷已变为「{status}」，请刷新后再操作"),
                    status=life.STATUS_LABELS.get(dispute.status, dispute.status),
                )
            )
        return dispute

    def _current_agreement(self, work: UnitOfWork, dispute_id: str) -> MediationAgreement | None:
        return (
            work.session.execute(
                select(MediationAgreement)
                .where(
                    col(MediationAgreement.dispute_id) == dispute_id,
                    col(MediationAgreement.deleted_at).is_(None),
                )
                .order_by(col(MediationAgreement.revision).desc())
            )
            .scalars()
            .first()
        )

    def _step(
        self,
        dispute: Dispute,
        action: str,
        from_status: str,
        to_status: str,
        to_level: str,
        step: life.StepInput,
        detail: dict[str, Any] | None = None,
    ) -> DisputeStep:
        return DisputeStep(
            dispute_id=dispute.id,
            action=str(action),
            from_status=str(from_status),
            to_status=str(to_status),
            from_level=dispute.level,
            to_level=to_level,
            actor_id=self.ctx.actor.user_id,
            actor_name=self.ctx.actor.name,
            at=self.ctx.clock.now(),
            reason=step.reason.strip(),
            note=step.note.strip(),
            detail=detail or {},
        )


def _plain(value: Any) -> Any:
    """A value as JSON keeps it (dates as ISO text)."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
