"""Disputes that meet the court (DOMAIN §3): a 委托 agreement goes back to the court without the
Art. 33 route, a 委派 one is filed with the court; the parties may extend the period by
consent; a referral may be declined with reasons; police referrals are a source."""

from __future__ import annotations

from datetime import date

import docx
import pytest

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.dispute_documents import agreement_document
from gridwarden.services.disputes import DisputeService
from gridwarden.store import Store
from tests.conftest import present
from tests.dispute_support import (
    Units,
    agreement_draft,
    court_draft,
    detail,
    mediate,
    neighbour_draft,
    sign,
)

TODAY = date(2026, 11, 29)


def agreed_referral(disputes: DisputeService, units: Units, procedure: str) -> str:
    dispute_id = present(disputes.register(court_draft(units, procedure)).primary_id)
    disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=TODAY))
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    sign(disputes, dispute_id)
    return dispute_id


def test_an_entrusted_agreement_goes_to_the_court_without_the_art_33_route(
    disputes: DisputeService, store: Store, units: Units
) -> None:
    dispute_id = agreed_referral(disputes, units, "simple")
    d = detail(store, dispute_id)
    assert d.agreement_effective_on == TODAY and d.confirmation_due_on is None
    text = agreement_document(d).text()
    assert "司法确认" not in text
    assert "本协议由人民调解委员会送交南通市崇川区人民法院" in text
    assert "制作民事调解书或者准许撤诉" in text


def test_a_delegated_agreement_is_filed_with_the_court_and_may_be_confirmed(
    disputes: DisputeService, store: Store, units: Units
) -> None:
    dispute_id = agreed_referral(disputes, units, "")
    d = detail(store, dispute_id)
    assert d.confirmation_due_on == date(2026, 12, 29)
    text = agreement_document(d).text()
    assert "并报南通市崇川区人民法院备案" in text
    assert "三十日内共同向人民法院申请司法确认（第三十三条）" in text


def test_the_parties_extend_the_period_by_consent(
    disputes: DisputeService, store: Store, units: Units
) -> None:
    dispute_id = present(disputes.register(court_draft(units)).primary_id)
    disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=TODAY))
    mediate(disputes, dispute_id)
    assert detail(store, dispute_id).row.due_on == date(2026, 12, 29)
    with pytest.raises(ValidationError) as missing:
        disputes.act(dispute_id, "extend", life.StepInput(extended_to=date(2027, 1, 15)))
    assert "同意延长" in missing.value.message.render()
    with pytest.raises(ValidationError, match="晚于今天"):
        disputes.act(dispute_id, "extend", life.StepInput(extended_to=TODAY, reason="同意"))
    disputes.act(
        dispute_id,
        "extend",
        life.StepInput(extended_to=date(2027, 1, 15), reason="双方当事人书面同意延长至1月15日"),
    )
    d = detail(store, dispute_id)
    assert (d.row.status, d.row.due_on) == ("mediating", date(2027, 1, 15))
    step = d.steps[-1]
    assert (step.action, step.detail["extended_from"], step.detail["consent"]) == (
        "extend",
        "2026-12-29",
        "双方当事人书面同意延长至1月15日",
    )


def test_a_referral_is_declined_with_reasons_before_it_is_accepted(
    disputes: DisputeService, store: Store, units: Units
) -> None:
    dispute_id = present(disputes.register(court_draft(units)).primary_id)
    with pytest.raises(ValidationError, match="须写明理由"):
        disputes.act(dispute_id, "decline_referral", life.StepInput())
    disputes.act(
        dispute_id, "decline_referral", life.StepInput(reason="当事人均不在本辖区，建议另行指派")
    )
    d = detail(store, dispute_id)
    assert (d.row.status, d.outcome_note) == ("declined", "当事人均不在本辖区，建议另行指派")
    accepted = present(disputes.register(court_draft(units)).primary_id)
    disputes.act(accepted, "accept_referral", life.StepInput(accepted_on=TODAY))
    with pytest.raises(TransitionError, match="尚未接收"):
        disputes.act(accepted, "decline_referral", life.StepInput(reason="x"))
    walk_in = present(disputes.register(neighbour_draft(units.station)).primary_id)
    with pytest.raises(TransitionError, match="尚未接收"):
        disputes.act(walk_in, "decline_referral", life.StepInput(reason="x"))


def test_police_referrals_are_a_source(
    disputes: DisputeService, store: Store, units: Units
) -> None:
    dispute_id = present(
        disputes.register(neighbour_draft(units.station, source="police")).primary_id
    )
    assert detail(store, dispute_id).source == "police"


def test_an_exported_agreement_docx_has_no_confirmation_clause_for_entrusted(
    disputes: DisputeService, ctx: ServiceContext, units: Units
) -> None:
    from gridwarden.services.dispute_documents import DisputeDocuments

    dispute_id = agreed_referral(disputes, units, "ordinary")
    files = DisputeDocuments(ctx).export("agreement", dispute_id)
    text = "".join(p.text for p in docx.Document(str(files.docx)).paragraphs)
    assert "司法确认" not in text and "准许撤诉" in text
