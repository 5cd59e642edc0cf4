"""What every dispute action shares: finding the dispute, writing its history step (a status
change pushed as a validated event, or a recorded step that keeps the status), its deadline,
and the duplicate check that follows the dispute's current parties."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import col

from gridwarden.clock import to_local
from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import (
    Area,
    Dispute,
    DisputeParty,
    DisputeStep,
    Household,
    MediationAgreement,
    Resident,
)
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.context import ServiceContext
from gridwarden.services.events import grid_of
from gridwarden.services.unit_of_work import UnitOfWork
from gridwarden.validation import idnumber

ENTITIES = frozenset({"dispute", "dispute_step"})


def plain(value: Any) -> Any:
    """A value as JSON keeps it (dates as ISO text)."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def referral_of(dispute: Dispute) -> str:
    return life.referral_state(dispute.source, dispute.referral_accepted_on)


class DisputeBase:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading inside a unit of work -------------------------------------------------------
    def _dispute(
        self, work: UnitOfWork, dispute_id: str, expected_status: str | None = None
    ) -> Dispute:
        dispute = work.live(Dispute, dispute_id, QT_TRANSLATE_NOOP("core", "该纠纷不存在"))
        if expected_status is not None and dispute.status != expected_status:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "纠纷已变为「{status}」，请刷新后再操作"),
                    status=msg(life.STATUS_LABELS.get(dispute.status, dispute.status)),
                )
            )
        return dispute

    def _open_dispute(self, work: UnitOfWork, dispute_id: str) -> Dispute:
        """A dispute whose parties may still change (it has not ended)."""
        dispute = self._dispute(work, dispute_id)
        if dispute.status not in life.OPEN_STATUSES:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "纠纷已「{status}」，当事人信息不能再修改"),
                    status=msg(life.STATUS_LABELS[dispute.status]),
                )
            )
        return dispute

    def _parties(
        self, work: UnitOfWork, dispute_id: str, include_removed: bool = False
    ) -> list[DisputeParty]:
        """The current parties (removed ones are tombstoned), in their order."""
        query = select(DisputeParty).where(col(DisputeParty.dispute_id) == dispute_id)
        if not include_removed:
            query = query.where(col(DisputeParty.deleted_at).is_(None))
        return list(work.session.execute(query.order_by(col(DisputeParty.position))).scalars())

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

    # --- history -----------------------------------------------------------------------------
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

    def _record(
        self,
        work: UnitOfWork,
        dispute: Dispute,
        action: str,
        reason: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """A step that keeps the status (a party added, performance supervised…): append-only
        history like the rest, so the dossier shows it."""
        step = life.StepInput(reason=reason)
        work.create(
            self._step(
                dispute, action, dispute.status, dispute.status, dispute.level, step, detail
            ),
            "dispute_step.add",
        )
        work.touched("dispute", dispute.id)

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
            **{k: plain(v) for k, v in values.items() if k not in ("status", "level")},
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
        declared = {k: plain(v) for k, v in asdict(step).items()}
        declared["routes"] = list(step.routes)
        work.transition(dispute, history, action, values, params, declared)

    # --- deadlines ---------------------------------------------------------------------------
    def _deadline(
        self,
        source: str,
        procedure: str,
        received_at: datetime,
        level_since: date,
        accepted_on: date | None = None,
    ) -> date:
        return dl.mediation_deadline(
            source,
            procedure,
            to_local(received_at).date(),
            level_since,
            self.ctx.settings.mediation_limit_months,
            self.ctx.calendar,
            accepted_on,
        ).due

    def _effective(self, on: date, source: str = "") -> dict[str, Any]:
        """An agreement in effect: Art. 29 (signed) or Art. 30 (oral, the day reached). A 委托
        agreement (after filing) goes to the court for a 调解书 or withdrawal (特邀调解规定
        第二十条): it has no Art. 33 confirmation window."""
        entrusted = source == "court_entrusted"
        return {
            "agreement_effective_on": on,
            "closed_on": on,
            "confirmation_state": "",
            "confirmation_on": None,
            "confirmation_due_on": None
            if entrusted
            else dl.confirmation_deadline(on, self.ctx.calendar).due,
        }

    # --- parties: the register link and the duplicate check ----------------------------------
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
        self, work: UnitOfWork, parties: list[dict[str, Any]], exclude: str | None = None
    ) -> tuple[str, str] | None:
        """An open dispute (other than `exclude`) between the same parties."""
        keys = {rules.party_key(p["name"], p["id_number"], p["uscc"]) for p in parties}
        names = [p["name"] for p in parties]
        ids = [p["id_number"] for p in parties if p["id_number"]]
        codes = [p["uscc"] for p in parties if p["uscc"]]
        query = (
            select(col(Dispute.id), col(Dispute.number))
            .join(DisputeParty, col(DisputeParty.dispute_id) == Dispute.id)
            .where(
                col(Dispute.status).in_(life.OPEN_STATUSES),
                col(Dispute.deleted_at).is_(None),
                col(DisputeParty.deleted_at).is_(None),
                or_(
                    col(DisputeParty.name).in_(names),
                    col(DisputeParty.id_number).in_(ids),
                    col(DisputeParty.uscc).in_(codes),
                ),
            )
            .distinct()
            .order_by(col(Dispute.number))
        )
        if exclude is not None:
            query = query.where(col(Dispute.id) != exclude)
        for dispute_id, number in work.session.execute(query).all():
            their = {
                rules.party_key(p.name, p.id_number, p.uscc)
                for p in self._parties(work, dispute_id)
            }
            if rules.same_parties(keys, their):
                return dispute_id, number
        return None

    def _recheck_duplicate(self, work: UnitOfWork, dispute: Dispute) -> list[Message]:
        """After the parties changed: flag (or clear) a possible duplicate by the parties the
        dispute has now."""
        parties = [
            {"name": p.name, "id_number": p.id_number, "uscc": p.uscc}
            for p in self._parties(work, dispute.id)
        ]
        found = self._possible_duplicate(work, parties, exclude=dispute.id)
        duplicate_id = found[0] if found else None
        if duplicate_id == dispute.possible_duplicate_of:
            return []
        work.update(dispute, {"possible_duplicate_of": duplicate_id}, "dispute.duplicate_check")
        return [duplicate_warning(found[1])] if found else []


def duplicate_warning(number: str) -> Message:
    return msg(
        QT_TRANSLATE_NOOP("core", "与未结纠纷 {number} 的当事人相同，可能重复受理，请核对"),
        number=number,
    )
