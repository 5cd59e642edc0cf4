"""Legal-aid intake in the store: one action = one transaction with its audit and outbox rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.imports.applicants import read_applicants, write_template
from gridwarden.models import AuditEntry, LegalAidApplication, LegalAidCase, LegalAidStep, OutboxOp
from gridwarden.queries import legal_aid as q
from gridwarden.queries import legal_aid_stats
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    GroupDraft,
    LegalAidService,
    prefill_draft,
)
from gridwarden.validation import idnumber
from tests.conftest import present
from tests.legal_aid_support import PREFILL, WORKER_ID, Units, units, wage_claim

__all__ = ["units"]


@pytest.fixture
def service(ctx: ServiceContext) -> LegalAidService:
    return LegalAidService(ctx)


def application(ctx: ServiceContext, application_id: str) -> LegalAidApplication:
    with ctx.sessions() as session:
        return present(session.get(LegalAidApplication, application_id))


def outbox(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.sessions() as session:
        return [
            (o.entity, o.kind)
            for o in session.execute(select(OutboxOp).order_by(col(OutboxOp.seq))).scalars()
        ]


def audit_actions(ctx: ServiceContext) -> list[str]:
    with ctx.sessions() as session:
        return list(
            session.execute(select(col(AuditEntry.action)).order_by(col(AuditEntry.id))).scalars()
        )


def test_a_complete_application_waits_for_a_decision_within_seven_days(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    changes = service.intake(wage_claim(units.window))
    app_id = changes.primary_id or ""
    got = application(ctx, app_id)
    assert got.status == "under_review" and got.name == "刘建国"
    assert (got.gender, got.birth_date) == ("M", date(1988, 4, 2))
    assert got.claim_amount_fen == 2_860_000 and got.migrant_worker
    # received Sunday 11-29: the 7th day is a Sunday, so the decision is due Monday 12-07
    assert (got.complete_on, got.decision_due, got.due_date) == (
        date(2026, 11, 29),
        date(2026, 12, 7),
        date(2026, 12, 7),
    )
    with ctx.sessions() as session:
        case = session.get(LegalAidCase, got.case_id)
    assert case is not None and not case.city_wide and case.competent_agency_id == units.agency
    assert case.number.startswith("FY20261129-") and got.number == case.number
    assert outbox(ctx) == [
        ("legal_aid_case", "upsert"),
        ("legal_aid_application", "upsert"),
        ("legal_aid_step", "upsert"),
    ]
    assert audit_actions(ctx) == [
        "legal_aid_case.create",
        "legal_aid_application.create",
        "legal_aid_step.add",
    ]
    # the audit records that the ID number and phone were set, never their values
    with ctx.sessions() as session:
        detail = session.execute(
            select(col(AuditEntry.detail)).where(
                col(AuditEntry.action) == "legal_aid_application.create"
            )
        ).scalar_one()
    assert "id_number" in detail["fields"] and "id_number" not in detail["values"]
    assert WORKER_ID not in str(detail)


def test_missing_materials_are_named_once_with_the_withdrawal_date(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(units.window, materials=["application_form", "identity"])
    app_id = service.intake(draft).primary_id or ""
    got = application(ctx, app_id)
    assert got.status == "awaiting_materials"
    assert (got.notice_on, got.withdraw_on, got.due_date) == (
        date(2026, 11, 29),
        date(2026, 12, 14),
        date(2026, 12, 14),
    )
    assert got.decision_due is None
    with ctx.sessions() as session:
        step = session.execute(select(LegalAidStep)).scalar_one()
    assert step.action == "receive" and step.to_status == "awaiting_materials"
    assert step.detail["missing"] == [
        "proof_migrant_work",
        "evidence_employment",
        "evidence_wage_arrears",
    ]
    assert step.detail["withdraw_on"] == "2026-12-14"


def test_every_bad_field_is_named_and_nothing_is_written(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(units.window, proceeding="civil_litigation", handling_body="")
    draft.matter.opposing_code = "91320602MA1N8K2L30"
    draft.applicant.id_number = WORKER_ID[:-1] + ("0" if WORKER_ID[-1] != "0" else "1")
    draft.applicant.phone = "1234"
    draft.applicant.claim_amount = "两万"
    with pytest.raises(ValidationError) as error:
        service.intake(draft)
    assert set(error.value.fields) == {
        "id_number",
        "phone",
        "opposing_code",
        "handling_body",
        "claim_amount",
    }
    assert error.value.fields["handling_body"].render().endswith("（第三十八条）")
    assert outbox(ctx) == [] and audit_actions(ctx) == []


def test_application_to_grant_and_assignment(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    clock.advance(days=1)  # Monday 11-30
    service.act(app_id, "grant", life.StepInput(note="进城务工人员追索劳动报酬"), "under_review")
    got = application(ctx, app_id)
    # Art. 42 (三) with its proof: hardship presumed, no review needed
    assert (got.status, got.hardship, got.decided_on) == ("granted", "presumed", date(2026, 11, 30))
    assert got.assign_due == got.due_date == date(2026, 12, 3)  # 3 days (Art. 43)
    with pytest.raises(ValidationError) as no_firm:
        service.act(app_id, "assign", life.StepInput(assignee_name="李明", assignee_kind="lawyer"))
    assert set(no_firm.value.fields) == {"assignee_unit"}
    service.act(
        app_id,
        "assign",
        life.StepInput(
            assignee_name="李明", assignee_kind="lawyer", assignee_unit="江苏崇川律师事务所"
        ),
    )
    got = application(ctx, app_id)
    assert (got.status, got.assigned_on, got.due_date) == ("assigned", date(2026, 11, 30), None)
    assert got.assignee_unit == "江苏崇川律师事务所"
    kinds = outbox(ctx)
    assert kinds[-2:] == [("legal_aid_application", "transition")] * 2
    assert audit_actions(ctx)[-2:] == [
        "legal_aid_application.grant",
        "legal_aid_application.assign",
    ]
    with ctx.sessions() as session:
        detail = present(q.application_detail(session, app_id, clock.today()))
    assert [(s.action, s.to_status) for s in detail.steps] == [
        ("receive", "under_review"),
        ("grant", "granted"),
        ("assign", "assigned"),
    ]
    assert detail.steps[2].detail["assignee_name"] == "李明"


def test_hardship_to_review_needs_a_check_or_a_pledge(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(units.window, materials=["application_form", "identity", "hardship_statement",
                                                 "evidence_employment", "evidence_wage_arrears"])  # fmt: skip
    draft.applicant.facts = {}  # not a migrant worker: Art. 31 hardship review
    app_id = service.intake(draft).primary_id or ""
    with pytest.raises(ValidationError) as error:
        service.act(app_id, "grant", life.StepInput())
    assert "第四十一条" in error.value.fields["hardship"].render()
    service.act(app_id, "grant", life.StepInput(hardship="pledged"))
    assert application(ctx, app_id).hardship == "pledged"


def test_refusal_objection_and_its_five_days(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(
        app_id,
        "refuse",
        life.StepInput(
            reasons="申请人已就同一事项获得法律援助", legal_basis="《法律援助法》第四十三条"
        ),
    )
    got = application(ctx, app_id)
    assert (got.status, got.due_date) == ("refused", None)
    assert got.refusal_reasons == "申请人已就同一事项获得法律援助"
    clock.advance(days=2)  # Tuesday 12-01
    service.act(app_id, "object", life.StepInput(received_on=date(2026, 12, 1), note="不服"))
    got = application(ctx, app_id)
    assert (got.status, got.objection_due, got.due_date) == (
        "objection",
        date(2026, 12, 7),
        date(2026, 12, 7),
    )
    service.act(app_id, "correct", life.StepInput(note="责令改正，给予援助"))
    got = application(ctx, app_id)
    assert (got.status, got.decided_on, got.assign_due) == (
        "granted",
        date(2026, 12, 1),
        date(2026, 12, 4),
    )


def test_city_wide_application_is_forwarded_with_the_hand_over_recorded(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(units.window, competent_agency_id=units.other_agency)
    app_id = service.intake(draft).primary_id or ""
    got = application(ctx, app_id)
    assert got.status == "to_forward" and got.forward_due == date(2026, 12, 2)
    with pytest.raises(TransitionError, match="不能决定援助"):
        service.act(app_id, "grant", life.StepInput())
    service.act(app_id, "forward", life.StepInput(agency_id=units.other_agency, receiver="陈静"))
    got = application(ctx, app_id)
    assert (got.status, got.forwarded_to_id, got.forward_receiver) == (
        "forwarded",
        units.other_agency,
        "陈静",
    )
    with ctx.sessions() as session:
        step = session.execute(
            select(LegalAidStep).where(col(LegalAidStep.action) == "forward")
        ).scalar_one()
    assert step.detail["agency"] == "南通市通州区法律援助中心" and step.detail["receiver"] == "陈静"


def test_supplied_materials_start_the_decision_clock(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    app_id = (
        service.intake(
            wage_claim(units.window, materials=["application_form", "identity"])
        ).primary_id
        or ""
    )
    clock.advance(days=3)  # Wednesday 12-02
    with pytest.raises(ValidationError, match="材料仍不齐全"):
        service.act(app_id, "complete", life.StepInput(materials=("proof_migrant_work",)))
    service.act(
        app_id,
        "complete",
        life.StepInput(
            materials=("proof_migrant_work", "evidence_employment", "evidence_wage_arrears")
        ),
    )
    got = application(ctx, app_id)
    assert (got.status, got.complete_on, got.decision_due) == (
        "under_review",
        date(2026, 12, 2),
        date(2026, 12, 9),
    )
    assert "evidence_wage_arrears" in got.materials


def test_not_completed_in_time_counts_as_withdrawn(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window, materials=[])).primary_id or ""
    step = life.StepInput(withdraw_reason="not_supplemented")
    clock.advance(days=15)  # 12-14, still the last day
    with pytest.raises(TransitionError, match="2026-12-14"):
        service.act(app_id, "withdraw", step)
    clock.advance(days=1)
    service.act(app_id, "withdraw", step)
    got = application(ctx, app_id)
    assert got.status == "withdrawn" and got.closed_reason == "逾期未补充材料，视为撤回申请"


def test_a_step_on_a_state_that_moved_meanwhile_is_refused(
    service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    with pytest.raises(TransitionError, match="申请已变为「已决定援助」"):
        service.act(app_id, "refuse", life.StepInput(reasons="x", legal_basis="y"), "under_review")


def worker(name: str, number: str, amount: str = "12000") -> ApplicantDraft:
    return ApplicantDraft(
        name=name,
        id_number=number,
        phone="13962800000",
        facts={"migrant_worker": True},
        claim_amount=amount,
        materials=["application_form", "identity", "proof_migrant_work", "evidence_employment",
                   "evidence_wage_arrears"],
    )  # fmt: skip


def test_a_group_case_is_entered_once_with_one_decision_per_applicant(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    base = wage_claim(units.window)
    ids = [idnumber.make("511623", date(1980 + i, 3, 1), 11 + 2 * i) for i in range(3)]
    matter = replace(base.matter, group_name="某超市派遣员工欠薪（3人）")
    bad = GroupDraft(matter, [worker("甲", ids[0]), worker("乙", "123"), worker("丙", ids[0])])
    with pytest.raises(ValidationError) as error:
        service.intake_group(bad)
    text = error.value.fields["applicants"].render()
    assert "第 2 行：身份证号应为 18 位（现为 3 位）" in text
    assert "第 3 行：与第 1 行的身份证号重复" in text
    assert outbox(ctx) == []
    changes = service.intake_group(
        GroupDraft(matter, [worker(n, i) for n, i in zip("甲乙丙", ids, strict=True)])
    )
    app_ids = [i for i in changes.ids if i]
    with ctx.sessions() as session:
        apps = (
            session.execute(select(LegalAidApplication).order_by(col(LegalAidApplication.number)))
            .scalars()
            .all()
        )
        cases = session.execute(select(func.count()).select_from(LegalAidCase)).scalar_one()
    assert cases == 1 and [a.name for a in apps] == ["甲", "乙", "丙"]
    assert [a.number[-4:] for a in apps] == ["-001", "-002", "-003"]
    group_ids = [a.id for a in apps]
    assert set(group_ids) <= set(app_ids)
    service.act_many(group_ids[:2], "grant", life.StepInput(note="群体欠薪，统一受理"))
    service.act(
        group_ids[2], "refuse", life.StepInput(reasons="已自行委托律师", legal_basis="第三十一条")
    )
    with ctx.sessions() as session:
        statuses = [present(session.get(LegalAidApplication, i)).status for i in group_ids]
        steps = session.execute(select(func.count()).select_from(LegalAidStep)).scalar_one()
    assert statuses == ["granted", "granted", "refused"]
    assert steps == 3 + 3  # a receive step and a decision per applicant
    # a batch the rules refuse for one applicant writes nothing and names them
    with pytest.raises(TransitionError, match="丙：申请当前为「不予援助」，不能指派"):
        service.act_many(
            group_ids,
            "assign",
            life.StepInput(assignee_name="周律师", assignee_kind="lawyer", assignee_unit="某所"),
        )
    assert application(ctx, group_ids[0]).status == "granted"


def test_excel_sheet_of_applicants_with_a_bad_row(tmp_path: Path) -> None:
    book = Workbook()
    sheet = present(book.active)
    sheet.append(["群体欠薪人员名单"])
    sheet.append(["序号", "姓名", "身份证号", "联系电话", "欠薪金额（元）", "进城务工"])
    good = idnumber.make("511623", date(1985, 6, 1), 21)
    sheet.append([1, "赵大勇", good, 13962812345, 15800, "是"])
    sheet.append(
        [2, "钱二", good[:-1] + ("X" if good[-1] != "X" else "0"), "13962800001", "9000", "是"]
    )
    sheet.append([])
    sheet.append(
        [3, "孙三", idnumber.make("341221", date(1979, 2, 2), 33), "139-6280-0002", "1.2万", "否"]
    )
    path = tmp_path / "名单.xlsx"
    book.save(path)
    result = read_applicants(path, date(2026, 11, 29), ["application_form"])
    assert result.problems == []
    assert [(r.line, r.draft.name, r.ok) for r in result.rows] == [
        (3, "赵大勇", True),
        (4, "钱二", False),
        (6, "孙三", False),
    ]
    assert result.rows[0].draft.phone == "13962812345" and result.rows[0].draft.flag(
        "migrant_worker"
    )
    assert str(result.rows[1].problem()) == "身份证号校验位不正确，请逐位核对"
    assert str(result.rows[2].problem()) == "金额应为数字（元），如 12800 或 3500.50"
    assert not result.rows[2].draft.flag("migrant_worker")
    # the blank template hands out the headers the import understands
    template = read_applicants(write_template(tmp_path / "模板.xlsx"), date(2026, 11, 29))
    assert [(r.line, r.draft.name, r.draft.claim_amount) for r in template.rows] == [
        (2, "张三", "12000")
    ]
    assert "id_number" in template.rows[0].errors
    not_a_sheet = tmp_path / "x.xlsx"
    not_a_sheet.write_text("hello")
    assert [m.render() for m in read_applicants(not_a_sheet, date(2026, 11, 29)).problems] == [
        "无法读取该文件：请选择 .xlsx 格式的 Excel 表格"
    ]


def test_a_failed_mediation_prefills_an_application(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:

    draft = prefill_draft(PREFILL, units.window)
    assert (draft.matter.matter_type, draft.matter.proceeding) == (
        "labour_pay",
        "labour_arbitration",
    )
    draft.applicant.materials = ["application_form", "identity", "hardship_statement",
                                 "evidence_employment", "evidence_wage_arrears"]  # fmt: skip
    app_id = service.intake(draft).primary_id or ""
    with ctx.sessions() as session:
        detail = q.application_detail(session, app_id, date(2026, 11, 29))
    assert detail is not None and detail.source_dispute_id == "dispute-42"
    assert detail.summary == "调解不成：拖欠工资28600元"


def test_queue_masks_id_numbers_and_puts_the_nearest_deadline_first(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    later = service.intake(wage_claim(units.window)).primary_id or ""  # due 12-07
    urgent_draft = wage_claim(units.window, materials=[], limitation_date=date(2026, 12, 2),
                              limitation_note="仲裁时效")  # fmt: skip
    urgent_draft.applicant.id_number = idnumber.make("320602", date(1970, 1, 1), 13)
    urgent = service.intake(urgent_draft).primary_id or ""  # awaiting, due 12-14
    done = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(done, "refuse", life.StepInput(reasons="x", legal_basis="y"))
    clock.advance(days=1)
    early = service.intake(
        wage_claim(units.window, competent_agency_id=units.other_agency)
    ).primary_id
    with ctx.sessions() as session:
        open_ids = q.queue_ids(session, q.QueueFilter())
        all_ids = q.queue_ids(session, q.QueueFilter(status=None))
        rows = q.queue_rows(session, all_ids)
        soon = q.due_soon(session, date(2026, 12, 6), 2)
        flagged = q.urgent_before_decision(session, date(2026, 11, 30))
        by_text = q.queue_ids(session, q.QueueFilter(status=None, text=WORKER_ID[-4:]))
    assert open_ids == [early, later, urgent]  # forward due 12-03, decision 12-07, materials 12-14
    assert all_ids == [*open_ids, done]
    assert rows[later].id_masked == WORKER_ID[:6] + "********" + WORKER_ID[-4:]
    assert WORKER_ID not in str(rows)
    assert [d.application_id for d in soon] == [early, later]
    assert [(f.application_id, f.days_left) for f in flagged] == [(urgent, 2)]
    assert rows[urgent].urgent(date(2026, 11, 30)) and not rows[later].urgent(date(2026, 11, 30))
    assert set(by_text) == {later, done, early}


def test_opening_the_record_is_audited(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.reveal(app_id)
    assert audit_actions(ctx)[-1] == "legal_aid_application.reveal"
    assert outbox(ctx)[-1] == ("legal_aid_step", "upsert")  # reading is not a change to sync


def test_statistics_by_matter_window_and_on_time(
    ctx: ServiceContext, clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    first = service.intake(wage_claim(units.window)).primary_id or ""
    women = wage_claim(
        units.workstation, materials=["application_form", "identity", "evidence_abuse"]
    )
    women.matter.matter_type, women.matter.proceeding = "abuse_victim", "civil_litigation"
    women.matter.handling_body = "南通市崇川区人民法院"
    second = service.intake(women).primary_id or ""
    service.act(first, "grant", life.StepInput())
    clock.advance(days=9)  # 12-08: one day past the 12-07 deadline
    service.act(second, "grant", life.StepInput())
    with ctx.sessions() as session:
        stats = legal_aid_stats.statistics(session, 2026)
    assert (stats.cases, stats.applicants, stats.years) == (2, 2, [2026])
    assert {(r.label, r.cases) for r in stats.by_matter} == {("labour_pay", 1), ("abuse_victim", 1)}
    assert {(r.label, r.cases) for r in stats.by_window} == {
        ("崇川区公共法律服务中心法律援助窗口", 1),
        ("巾帼法律援助工作站", 1),
    }
    decision = stats.timeliness[0]
    assert (decision.label, decision.done, decision.on_time, decision.percent) == (
        "decision",
        2,
        1,
        50.0,
    )
    assert stats.administrative.cases == 0 and stats.group_cases.cases == 0
