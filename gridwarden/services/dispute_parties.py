"""The parties of an open dispute after intake: correct one, add one (a co-respondent who turns
up at the first session), remove one added in error. A removal is a tombstone with its reason and
a step in the history; the agreement and the duplicate check follow the parties the dispute has
now."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import NotFoundError, TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import AgreementObligation, Dispute, DisputeParty
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.context import Changes
from gridwarden.services.dispute_base import DisputeBase
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.validation.dispute_drafts import PartyDraft, validate_party


def _checked(draft: PartyDraft, today: date) -> dict[str, Any]:
    values, errors = validate_party(draft, "party", today)
    if errors:
        raise ValidationError({k.removeprefix("party."): v for k, v in errors.items()})
    return values


class PartyActions(DisputeBase):
    def update_party(self, dispute_id: str, draft: PartyDraft) -> Changes:
        """Correct or complete a party's details (e.g. the ID number the agreement needs)."""
        values = _checked(draft, self.ctx.clock.today())
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            dispute = self._open_dispute(work, dispute_id)
            party = self._party(work, dispute, draft.id)
            values["resident_id"] = None
            self._link_residents(work, [values], warnings)
            work.update(party, values, "dispute_party.edit")
            warnings += self._recheck_duplicate(work, dispute)
            work.touched("dispute", dispute.id)
            return Changes.of(work.changes.entities, [dispute.id], warnings)

    def add_party(self, dispute_id: str, draft: PartyDraft, reason: str = "") -> Changes:
        """Add a party to an open dispute. While a written agreement waits for signatures the
        new party needs an ID number or credit code: the agreement states every party's basic
        information (Art. 29) and every party signs it."""
        values = _checked(draft, self.ctx.clock.today())
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            dispute = self._open_dispute(work, dispute_id)
            agreement = self._current_agreement(work, dispute.id)
            pending = dispute.status == life.Status.AGREEMENT_PENDING
            if pending and agreement is not None and agreement.kind == "written":
                code = values["id_number"] if values["kind"] == "person" else values["uscc"]
                if not code:
                    field = "id_number" if values["kind"] == "person" else "uscc"
                    raise ValidationError(
                        {
                            field: msg(
                                QT_TRANSLATE_NOOP(
                                    "core",
                                    "协议书待签署：追加的当事人须填写身份证号或统一社会信用代码"
                                    "（第二十九条）",
                                )
                            )
                        }
                    )
            parties = self._parties(work, dispute.id, include_removed=True)
            position = max((p.position for p in parties), default=-1) + 1
            self._link_residents(work, [values], warnings)
            party = work.create(
                DisputeParty(dispute_id=dispute.id, position=position, **values),
                "dispute_party.add",
            )
            detail = {"party_id": party.id, "name": party.name, "role": party.role}
            self._record(work, dispute, "add_party", reason.strip(), detail)
            warnings += self._recheck_duplicate(work, dispute)
            return Changes.of(work.changes.entities, [dispute.id, party.id], warnings)

    def remove_party(self, dispute_id: str, party_id: str, reason: str) -> Changes:
        """Remove a party (a tombstone with the reason; the history keeps who it was)."""
        if not reason.strip():
            raise ValidationError(
                {"reason": msg(QT_TRANSLATE_NOOP("core", "请写明移除该当事人的原因"))}
            )
        warnings: list[Message] = []
        with unit_of_work(self.ctx) as work:
            dispute = self._open_dispute(work, dispute_id)
            party = self._party(work, dispute, party_id)
            left = [p.role for p in self._parties(work, dispute.id) if p.id != party.id]
            if not {"applicant", "respondent"} <= set(left):
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "移除后将缺少申请人或被申请人：纠纷至少需要双方各一人"
                        )
                    )
                )
            warnings += self._obligor_warning(work, dispute, party.name)
            work.delete(party, "dispute_party.remove", reason.strip())
            detail = {"party_id": party.id, "name": party.name, "role": party.role}
            self._record(work, dispute, "remove_party", reason.strip(), detail)
            warnings += self._recheck_duplicate(work, dispute)
            return Changes.of(work.changes.entities, [dispute.id], warnings)

    def _party(self, work: UnitOfWork, dispute: Dispute, party_id: str | None) -> DisputeParty:
        party = work.session.get(DisputeParty, party_id) if party_id else None
        if party is None or party.dispute_id != dispute.id or party.deleted_at:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该当事人不存在")))
        return party

    def _obligor_warning(self, work: UnitOfWork, dispute: Dispute, name: str) -> list[Message]:
        agreement = self._current_agreement(work, dispute.id)
        if agreement is None:
            return []
        obligors = set(
            work.session.execute(
                select(col(AgreementObligation.obligor)).where(
                    col(AgreementObligation.agreement_id) == agreement.id
                )
            ).scalars()
        )
        if name not in obligors:
            return []
        return [
            msg(
                QT_TRANSLATE_NOOP("core", "当前协议的履行事项仍以「{name}」为义务人，请更正协议"),
                name=name,
            )
        ]
