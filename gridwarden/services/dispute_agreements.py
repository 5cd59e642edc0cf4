"""Agreements (人民调解法 第二十八至三十条): a written agreement drafted then signed, an oral one
recorded with its content, and revisions — each a new row, the earlier text kept. The
obligations an agreement sets are tracked to performance (dispute_performance)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from gridwarden.errors import ValidationError
from gridwarden.i18n import CLAUSE_SEPARATOR, QT_TRANSLATE_NOOP, Message, listing, msg
from gridwarden.models import AgreementObligation, MediationAgreement
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.rules.money import parse_amount
from gridwarden.services.context import Changes
from gridwarden.services.dispute_base import ENTITIES, DisputeBase
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.validation.dispute_drafts import AgreementDraft


class AgreementActions(DisputeBase):
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
                state.update(self._effective(values["reached_on"], dispute.source))  # Art. 30
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
        problems: list[Message] = []
        for number, item in enumerate(draft.obligations, start=1):
            amount: int | None = None
            try:
                amount = parse_amount(item.amount)
            except ValueError:
                problems.append(
                    msg(QT_TRANSLATE_NOOP("core", "第{n}项：金额应为数字（元）"), n=number)
                )
            if not item.obligor.strip() or not item.description.strip():
                problems.append(
                    msg(QT_TRANSLATE_NOOP("core", "第{n}项：请填写义务人和义务内容"), n=number)
                )
            if item.due_on is None:
                problems.append(msg(QT_TRANSLATE_NOOP("core", "第{n}项：请填写履行期限"), n=number))
            elif item.due_on < reached:
                problems.append(
                    msg(QT_TRANSLATE_NOOP("core", "第{n}项：履行期限不能早于协议日期"), n=number)
                )
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
                QT_TRANSLATE_NOOP("core", "履行事项有误：{problems}"),
                problems=listing(problems, CLAUSE_SEPARATOR),
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
            for p in self._parties(work, dispute_id)
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
                        names=listing(missing),
                    )
                }
            )
