"""The committee supervises performance of an agreement (人民调解法 第三十一条): each obligation of
the agreement in effect is recorded as performed or as not performed (不履行, with what
happened), and every follow-up with the obligor (督促履行) is a step in the dispute's history.
The rules are rules.dispute_performance (shared with the server)."""

from __future__ import annotations

from datetime import date

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import AgreementObligation, Dispute
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf
from gridwarden.services.context import Changes
from gridwarden.services.dispute_base import DisputeBase
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work


class PerformanceActions(DisputeBase):
    def record_performance(self, obligation_id: str, performed_on: date, note: str = "") -> Changes:
        """An obligation was met (late is still met: a recorded breach stays in the history)."""
        with unit_of_work(self.ctx) as work:
            item, dispute = self._obligation(work, obligation_id)
            reached_on = self._reached_on(work, item)
            perf.ensure_can_perform(item.performed_on, performed_on, reached_on, self._today())
            work.update(
                item,
                {"performed_on": performed_on, "performance_note": note.strip()},
                "agreement_obligation.perform",
            )
            self._record(work, dispute, "perform", note.strip(), self._about(item, performed_on))
            return Changes.of(work.changes.entities, [dispute.id, item.id])

    def record_breach(self, obligation_id: str, on: date, note: str) -> Changes:
        """The obligor did not perform (不履行): recorded with what happened; the warning says
        what the party owed can do next (enforcement or court, Arts. 32–33)."""
        with unit_of_work(self.ctx) as work:
            item, dispute = self._obligation(work, obligation_id)
            perf.ensure_can_breach(item.performed_on, item.breached_on, on, note, self._today())
            work.update(
                item,
                {"breached_on": on, "breach_note": note.strip()},
                "agreement_obligation.breach",
            )
            self._record(work, dispute, "breach", note.strip(), self._about(item, on))
            remedy = perf.remedy(dispute.confirmation_state)
            return Changes.of(work.changes.entities, [dispute.id, item.id], [remedy])

    def record_supervision(self, obligation_id: str, note: str) -> Changes:
        """A follow-up with the obligor (a call, a visit, a reminder) and what they answered."""
        perf.ensure_supervision_note(note)
        with unit_of_work(self.ctx) as work:
            item, dispute = self._obligation(work, obligation_id)
            if item.performed_on is not None:
                raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该事项已履行，无需督促")))
            self._record(work, dispute, "supervise", note.strip(), self._about(item, self._today()))
            return Changes.of(work.changes.entities, [dispute.id, item.id])

    # --- helpers -----------------------------------------------------------------------------
    def _today(self) -> date:
        return self.ctx.clock.today()

    def _obligation(
        self, work: UnitOfWork, obligation_id: str
    ) -> tuple[AgreementObligation, Dispute]:
        """An obligation of the agreement in effect (earlier revisions are history)."""
        item = work.live(
            AgreementObligation, obligation_id, QT_TRANSLATE_NOOP("core", "该履行事项不存在")
        )
        dispute = self._dispute(work, item.dispute_id)
        if dispute.status != life.Status.AGREED:
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "协议尚未生效，不能登记履行情况")))
        current = self._current_agreement(work, dispute.id)
        if current is None or current.id != item.agreement_id:
            raise TransitionError(
                msg(QT_TRANSLATE_NOOP("core", "该事项属于已更正的旧版协议，请在现行协议上登记"))
            )
        return item, dispute

    def _reached_on(self, work: UnitOfWork, item: AgreementObligation) -> date:
        current = self._current_agreement(work, item.dispute_id)
        assert current is not None  # _obligation checked it
        return current.reached_on

    @staticmethod
    def _about(item: AgreementObligation, on: date) -> dict[str, object]:
        return {
            "obligation_id": item.id,
            "obligor": item.obligor,
            "description": item.description,
            "on": on.isoformat(),
        }
