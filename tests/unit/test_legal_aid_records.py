"""Correcting an application after intake and voiding one taken by mistake: what the law's trail
allows, what is pushed and audited, what the history says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import NotFoundError, TransitionError, ValidationError
from gridwarden.models import AuditEntry, LegalAidApplication, LegalAidCase, LegalAidStep, OutboxOp
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import ApplicantDraft, LegalAidService
from gridwarden.services.legal_aid_records import CorrectionDraft, LegalAidRecords
from gridwarden.validation import idnumber
from tests.conftest import NOW, present
from tests.legal_aid_support import WORKER_ID, Units, group_of, units, wage_claim

__all__ = ["units"]


@pytest.fixture
def service(ctx: ServiceContext) -> LegalAidService:
    return LegalAidService(ctx)


@pytest.fixture
def records(ctx: ServiceContext) -> LegalAidRecords:
    return LegalAidRecords(ctx)


def as_recorded(ctx: ServiceContext, app_id: str, **changes: Any) -> CorrectionDraft:
    """The correction form as it opens (the record as it is), with `changes` typed over it."""
    with ctx.sessions() as session:
        a = present(session.get(LegalAidApplication, app_id))
        c = present(session.get(LegalAidCase, a.case_id))
    applicant = ApplicantDraft(
        name=a.name,
        id_number=a.id_number,
        phone=a.phone,
        address=a.address,
        agent_name=a.agent_name,
        agent_relation=a.agent_relation,
        agent_phone=a.agent_phone,
        facts={name: bool(getattr(a, name)) for name in la.APPLICANT_FACTS},
        claim_amount="" if a.claim_amount_fen is None else f"{a.claim_amount_fen / 100:.2f}",
    )
    person = {k: v for k, v in changes.items() if hasattr(applicant, k)}
    draft = CorrectionDraft(
        replace(applicant, **person),
        summary=c.summary,
        opposing_party=c.opposing_party,
        opposing_code=c.opposing_code,
        handling_body=c.handling_body,
        limitation_date=c.limitation_date,
        limitation_note=c.limitation_note,
    )
    return replace(draft, **{k: v for k, v in changes.items() if not hasattr(applicant, k)})


def record(ctx: ServiceContext, app_id: str) -> LegalAidApplication:
    with ctx.sessions() as session:
        return present(session.get(LegalAidApplication, app_id))


def steps(ctx: ServiceContext, app_id: str) -> list[tuple[str, str, dict[str, Any]]]:
    with ctx.sessions() as session:
        return [
            (s.action, s.note, s.detail)
            for s in session.execute(
                select(LegalAidStep)
                .where(col(LegalAidStep.application_id) == app_id)
                .order_by(col(LegalAidStep.at), col(LegalAidStep.updated_at))
            ).scalars()
        ]


def last_outbox(ctx: ServiceContext, entity: str) -> OutboxOp:
    with ctx.sessions() as session:
        return present(
            session.execute(
                select(OutboxOp)
                .where(col(OutboxOp.entity) == entity)
                .order_by(col(OutboxOp.seq).desc())
            )
            .scalars()
            .first()
        )


def test_a_new_phone_is_corrected_even_after_the_decision_and_pushed_alone(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    changed = records.correct(
        app_id, as_recorded(ctx, app_id, phone="139 6280 0009", note="申请人更换手机号")
    )
    assert record(ctx, app_id).phone == "13962800009"
    assert changed.touches("legal_aid_application", "legal_aid_step")
    pushed = last_outbox(ctx, "legal_aid_application")
    assert pushed.kind == "upsert" and set(pushed.payload) == {"phone", "updated_at", "updated_by"}
    with ctx.sessions() as session:
        audit = session.execute(
            select(col(AuditEntry.detail)).where(
                col(AuditEntry.action) == "legal_aid_application.correct"
            )
        ).scalar_one()
    assert audit["fields"] == ["phone"] and "13962800009" not in str(audit)  # a secret value
    assert steps(ctx, app_id)[-1] == ("amend", "申请人更换手机号", {"fields": ["phone"]})


def test_what_a_decision_rests_on_is_not_corrected_after_it(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(app_id, "refuse", life.StepInput(reasons="已委托律师", legal_basis="第三十一条"))
    with pytest.raises(TransitionError) as refused:
        records.correct(app_id, as_recorded(ctx, app_id, name="刘建华", summary="改写的案情"))
    assert refused.value.message.render() == (
        "申请已「不予援助」，决定或转交所依据的事项（姓名、案情及请求）不能再更正；"
        "联系电话、住址仍可更正"
    )
    assert record(ctx, app_id).name == "刘建国" and steps(ctx, app_id)[-1][0] == "refuse"


def test_before_the_decision_the_record_is_corrected_and_judged_on_the_corrected_facts(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    born = idnumber.make("511623", date(1988, 4, 2), 32)  # the sequence was mistyped: a woman
    records.correct(
        app_id,
        as_recorded(ctx, app_id, id_number=born, handling_body="南通市劳动人事争议仲裁委员会"),
        expected_status="under_review",
    )
    got = record(ctx, app_id)
    assert (got.id_number, got.gender, got.status) == (born, "F", "under_review")
    with ctx.sessions() as session:
        case = session.get(LegalAidCase, got.case_id)
    assert case is not None and case.handling_body == "南通市劳动人事争议仲裁委员会"
    assert steps(ctx, app_id)[-1][2] == {"fields": ["gender", "handling_body", "id_number"]}
    # a correction that makes the complete application incomplete again is refused
    with pytest.raises(TransitionError, match="更正后申请材料不再齐全（缺「代理申请人的身份证明"):
        records.correct(
            app_id, as_recorded(ctx, app_id, agent_name="刘母", agent_relation="近亲属")
        )


def test_a_correction_may_not_add_to_the_one_time_notice(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    draft = wage_claim(units.window, materials=["application_form", "identity"])
    app_id = service.intake(draft).primary_id or ""
    # not a migrant worker after all: the hardship statement was never asked for
    with pytest.raises(TransitionError) as refused:
        records.correct(app_id, as_recorded(ctx, app_id, facts={"migrant_worker": False}))
    assert "经济困难状况说明表" in refused.value.message.render()
    assert "一次性告知书已经发出，不能再次告知（第四十三条）" in refused.value.message.render()
    # a correction that needs nothing new is fine while materials are awaited
    records.correct(app_id, as_recorded(ctx, app_id, name="刘建华"))
    assert record(ctx, app_id).name == "刘建华"


def test_a_case_fact_of_a_group_is_corrected_for_every_applicant_or_none(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    draft = group_of(units.window, ["甲", "乙", "丙"], "某超市欠薪（3人）")
    ids = list(service.intake_group(draft).ids[:3])
    records.correct(ids[0], as_recorded(ctx, ids[0], opposing_party="南通惠民超市有限公司"))
    number = record(ctx, ids[0]).number
    assert steps(ctx, ids[1])[-1] == ("amend", "", {"fields": ["opposing_party"], "via": number})
    with pytest.raises(ValidationError, match="与本案申请人乙的身份证号相同"):
        records.correct(ids[0], as_recorded(ctx, ids[0], id_number=record(ctx, ids[1]).id_number))
    service.act(ids[2], "grant", life.StepInput())
    with pytest.raises(TransitionError, match="群体案件的申请人丙：申请已「已决定援助」"):
        records.correct(ids[0], as_recorded(ctx, ids[0], summary="三个月工资未付"))
    records.correct(ids[0], as_recorded(ctx, ids[0], phone="13962800007"))  # only their own


def test_nothing_to_correct_is_said_so(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    with pytest.raises(ValidationError) as nothing:
        records.correct(app_id, as_recorded(ctx, app_id))
    assert nothing.value.fields["changes"].render() == "没有需要更正的内容"


def test_a_mistaken_application_is_voided_with_its_reason_never_deleted(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    with pytest.raises(ValidationError):
        records.void(app_id, " ")
    records.void(app_id, "重复录入（同一申请已登记为另一编号）", expected_status="under_review")
    got = record(ctx, app_id)
    assert got.deleted_at is not None and got.status == "under_review"  # a tombstone
    assert steps(ctx, app_id)[-1][:2] == ("void", "重复录入（同一申请已登记为另一编号）")
    pushed = last_outbox(ctx, "legal_aid_application")
    assert pushed.kind == "delete" and pushed.payload["reason"].startswith("重复录入")
    with ctx.sessions() as session:
        case = session.get(LegalAidCase, got.case_id)
        open_ids = q.queue_ids(session, q.QueueFilter(status=None))
        voided = q.queue_ids(session, q.QueueFilter(status=q.VOIDED))
        detail = q.application_detail(session, app_id, date(2026, 11, 29))
    assert present(case).deleted_at == NOW  # no applicant left in it
    assert app_id not in open_ids and voided == [app_id]
    assert detail is not None and detail.void_reason == "重复录入（同一申请已登记为另一编号）"
    with pytest.raises(NotFoundError):
        records.void(app_id, "再次作废")


def test_a_decided_application_is_not_voided(
    ctx: ServiceContext, service: LegalAidService, records: LegalAidRecords, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    with pytest.raises(TransitionError, match="申请已「已决定援助」，不能作废"):
        records.void(app_id, "录错了")
    assert record(ctx, app_id).deleted_at is None
    assert record(ctx, app_id).id_number == WORKER_ID
