"""Parties after intake: a co-respondent added at the first session, a party removed with its
reason; the agreement, the signature rule and the duplicate check follow the current parties."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import DisputeParty, OutboxOp
from gridwarden.services.dispute_documents import agreement_document
from gridwarden.services.disputes import DisputeService, PartyDraft
from gridwarden.store import Store
from tests.conftest import NOW, present
from tests.dispute_support import (
    COMPANY_USCC,
    LI_ID,
    Units,
    agreement_draft,
    detail,
    mediate,
    neighbour_draft,
    sign,
)

COMPANY = PartyDraft(
    role="respondent",
    kind="organisation",
    name="南通市崇川区安居物业服务有限公司",
    uscc=COMPANY_USCC,
    legal_representative="赵强",
)


def test_a_party_added_after_intake_is_in_the_history_and_the_agreement(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.add_party(dispute_id, COMPANY, "第一次调解时查明公共管道由物业负责")
    d = detail(store, dispute_id)
    assert [(p.role, p.name) for p in d.parties] == [
        ("applicant", "张三"),
        ("respondent", "李梅"),
        ("respondent", "南通市崇川区安居物业服务有限公司"),
    ]
    added = d.steps[-1]
    assert (added.action, added.reason, added.to_status) == (
        "add_party",
        "第一次调解时查明公共管道由物业负责",
        "mediating",
    )
    disputes.save_agreement(dispute_id, agreement_draft())
    text = agreement_document(detail(store, dispute_id)).text()
    assert f"被申请人：南通市崇川区安居物业服务有限公司，统一社会信用代码{COMPANY_USCC}" in text
    assert "本协议书一式四份" in text  # three parties plus the committee (Art. 29)


def test_a_removed_party_is_a_tombstone_with_its_reason(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    disputes.add_party(dispute_id, COMPANY)
    company = detail(store, dispute_id).parties[2]
    with pytest.raises(ValidationError) as missing:
        disputes.remove_party(dispute_id, company.id, " ")
    assert set(missing.value.fields) == {"reason"}
    disputes.remove_party(dispute_id, company.id, "录入错误：物业公司不是本案当事人")
    d = detail(store, dispute_id)
    assert [p.name for p in d.parties] == ["张三", "李梅"]
    removed = d.steps[-1]
    assert (removed.action, removed.reason, removed.detail["name"]) == (
        "remove_party",
        "录入错误：物业公司不是本案当事人",
        "南通市崇川区安居物业服务有限公司",
    )
    with store.sessions() as session:
        row = session.get(DisputeParty, company.id)
        delete = session.execute(
            select(col(OutboxOp.payload)).where(
                col(OutboxOp.record_id) == company.id, col(OutboxOp.kind) == "delete"
            )
        ).scalar_one()
    assert present(row).deleted_at == NOW  # kept, not erased
    assert delete["reason"] == "录入错误：物业公司不是本案当事人"
    li = d.parties[1]
    with pytest.raises(TransitionError, match="至少需要双方各一人"):
        disputes.remove_party(dispute_id, li.id, "误录")


def test_the_duplicate_flag_follows_the_current_parties(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    first = disputes.register(neighbour_draft(units.station)).primary_id or ""
    other = neighbour_draft(units.station)
    other.parties[1] = PartyDraft(role="respondent", name="王五")
    second = disputes.register(other).primary_id or ""
    assert not detail(store, second).row.possible_duplicate
    li = PartyDraft(role="respondent", name="李梅", id_number=LI_ID)
    added = disputes.add_party(second, li)
    d = detail(store, second)
    assert d.duplicate_of_number == detail(store, first).row.number
    assert "可能重复受理" in str(added.warnings[0])
    li_party = d.parties[2]
    disputes.remove_party(second, li_party.id, "李梅与本纠纷无关")
    assert not detail(store, second).row.possible_duplicate


def test_a_written_agreement_waiting_for_signatures_needs_the_new_partys_code(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    unnamed = PartyDraft(role="respondent", kind="organisation", name="某物业公司")
    with pytest.raises(ValidationError) as error:
        disputes.add_party(dispute_id, unnamed)
    assert set(error.value.fields) == {"uscc"} and "第二十九条" in str(error.value)
    disputes.add_party(dispute_id, COMPANY)
    sign(disputes, dispute_id)
    d = detail(store, dispute_id)
    assert d.row.status == "agreed"
    with pytest.raises(TransitionError, match="不能再修改"):
        disputes.add_party(dispute_id, PartyDraft(role="respondent", name="王五"))
