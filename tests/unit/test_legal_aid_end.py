"""Legal aid to the end of the case (issue 14): completion and results (Art. 50), the written
termination (Art. 48) and objections against it (Art. 49), notified cases (Arts. 25, 28, 36),
Art. 24 "other reasons", Art. 33, Art. 39, Arts. 42 (四) / 44 (三), replacement (Art. 55),
units refused (Art. 2), the advance-aid follow-up (Art. 44), the acceptance notice's wording.
Each notice is read back from its PDF and DOCX; deadlines cross the 2026 holidays."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Unpack

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import Attachment, LegalAidApplication, LegalAidCase, LegalAidStep
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    ApplicationDraft,
    LegalAidService,
    MatterDraft,
    NotificationDraft,
)
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import present
from tests.legal_aid_support import MatterChanges, Units, units, wage_claim
from tests.unit.test_documents import docx_text, pdf_text

__all__ = ["units"]

S, Act = life.Status, life.Action
CAL = WorkCalendar.from_settings(Settings())
LAWYER = life.StepInput(
    assignee_name="李明", assignee_unit="江苏崇川律师事务所", assignee_kind="lawyer"
)


@pytest.fixture
def service(ctx: ServiceContext) -> LegalAidService:
    ctx.settings.legal_aid_justice_bureau = "南通市崇川区司法局"
    return LegalAidService(ctx)


def record(ctx: ServiceContext, app_id: str) -> LegalAidApplication:
    with ctx.sessions() as session:
        return present(session.get(LegalAidApplication, app_id))


def history(ctx: ServiceContext, app_id: str) -> list[LegalAidStep]:
    with ctx.sessions() as session:
        return list(
            session.execute(
                select(LegalAidStep)
                .where(col(LegalAidStep.application_id) == app_id)
                .order_by(col(LegalAidStep.at))
            ).scalars()
        )


def assigned(
    service: LegalAidService,
    units: Units,
    materials: list[str] | None = None,
    **matter: Unpack[MatterChanges],
) -> str:
    app_id = present(service.intake(wage_claim(units.window, materials, **matter)).primary_id)
    service.act(app_id, "grant", life.StepInput(hardship="verified"))
    service.act(app_id, "assign", LAWYER)
    return app_id


def texts(service: LegalAidService, app_id: str, kind: str) -> list[str]:
    pdf, docx_file = service.notice([app_id], kind).files
    return [pdf_text(pdf), docx_text(docx_file)]


def flat(text: str) -> str:
    return "".join(text.split())


# --- the deadlines, on the shared calendar, across the 2026 holidays ---------------------------
def test_closing_and_notified_deadlines_cross_the_2026_holidays() -> None:
    # Art. 50: 30 days from 3 Sep end on 3 Oct, inside 国庆 (1–7 Oct): the 8th
    assert dl.closing_due(date(2026, 9, 3), CAL) == date(2026, 10, 8)
    assert dl.closing_due(date(2026, 9, 15), CAL) == date(2026, 10, 15)  # a working Thursday
    # Art. 36: a notice received Friday 13 Feb: 3 days end on the 16th, inside 春节 (15–23 Feb)
    assert dl.notified_assign_due(date(2026, 2, 13), CAL) == date(2026, 2, 24)
    # … and one received on 12 Feb ends on Sunday the 15th, also a holiday
    assert dl.notified_assign_due(date(2026, 2, 12), CAL) == date(2026, 2, 24)
    # a make-up working day counts as a working day: Sat 28 Feb is worked
    assert dl.notified_assign_due(date(2026, 2, 25), CAL) == date(2026, 2, 28)
    # Art. 39 is a period in hours: it does not move past a holiday
    assert dl.detainee_forward_due(date(2026, 9, 30)) == date(2026, 10, 1)


# --- Art. 50: completion -------------------------------------------------------------------
def test_the_matter_ends_and_the_case_is_closed_with_its_result(
    ctx: ServiceContext, service: LegalAidService, units: Units, tmp_path: Path
) -> None:
    app_id = assigned(service, units)
    # the matter cannot end in the future, nor before the worker was assigned
    with pytest.raises(ValidationError, match="不能晚于今天"):
        service.act(app_id, "conclude", life.StepInput(ended_on=date(2026, 12, 1)))
    with pytest.raises(ValidationError, match="不能早于指派日期"):
        service.act(app_id, "conclude", life.StepInput(ended_on=date(2026, 11, 1)))
    service.act(
        app_id, "conclude", life.StepInput(ended_on=date(2026, 11, 29), note="裁决书已送达")
    )
    closing = record(ctx, app_id)
    assert closing.status == S.CLOSING
    # Art. 50: 30 days from 29 Nov is 29 Dec (a Tuesday)
    assert closing.closing_due == closing.due_date == date(2026, 12, 29)
    due = q.due_soon(ctx.sessions().__enter__(), date(2026, 12, 28), 3)
    assert [(d.number, d.status, d.due_date) for d in due] == [
        (closing.number, "closing", date(2026, 12, 29))
    ]
    assert "第五十条" in life.DUE_LABELS[S.CLOSING]

    # closing needs the result, the report and the documents (Art. 50)
    with pytest.raises(ValidationError, match="办理结果"):
        service.act(app_id, "close", life.StepInput(note="报告"))
    with pytest.raises(ValidationError, match="结案报告"):
        service.act(app_id, "close", life.StepInput(outcome="judgment"))
    with pytest.raises(ValidationError, match="第五十条"):
        service.act(app_id, "close", life.StepInput(outcome="judgment", note="报告"))
    with pytest.raises(ValidationError, match="金额应为数字"):
        service.act(
            app_id,
            "close",
            life.StepInput(
                outcome="judgment", note="报告", documents=("judgment_copy",), amount_recovered="多"
            ),
        )
    award = tmp_path / "仲裁裁决书.pdf"
    award.write_bytes(b"%PDF-1.4 award")
    service.act(
        app_id,
        "close",
        life.StepInput(
            outcome="judgment",
            note="仲裁委裁决用人单位支付拖欠工资28,600元，已履行26,000元。",
            documents=("judgment_copy", "pleadings"),
            amount_claimed="28,600",
            amount_recovered="26,000",
        ),
        files=[award],
    )
    closed = record(ctx, app_id)
    assert closed.status == S.CLOSED and closed.due_date is None
    assert (closed.closed_on, closed.matter_ended_on) == (date(2026, 11, 29), date(2026, 11, 29))
    assert (closed.outcome, closed.recovered_fen, closed.claim_amount_fen) == (
        "judgment",
        2_600_000,
        2_860_000,
    )
    assert closed.closing_documents == ["judgment_copy", "pleadings"]
    assert [s.action for s in history(ctx, app_id)] == [
        "receive", "grant", "assign", "conclude", "close",
    ]  # fmt: skip
    with ctx.sessions() as session:
        files = session.execute(
            select(col(Attachment.filename), col(Attachment.owner_entity)).where(
                col(Attachment.owner_id) == app_id
            )
        ).all()
    assert files == [("仲裁裁决书.pdf", "legal_aid_application")]
    # a closed case takes no further step
    with pytest.raises(TransitionError, match="已结案"):
        service.act(app_id, "end", life.StepInput(ground="request", reasons="x"))

    for text in texts(service, app_id, "closing"):
        t = flat(text)
        assert "法律援助案件结案登记表" in t
        assert "结案方式：判决、裁定或裁决" in t
        assert "实际获得（挽回）金额：26,000.00元" in t and "请求金额：28,600.00元" in t
        assert "判决书、裁定书、仲裁裁决书副本" in t
        assert "已履行26,000元" in t
        assert "结案材料提交期限：2026年12月29日" in t and "第五十条" in t
        assert "逾期提交" not in t


def test_a_case_can_be_closed_at_once_and_administrative_ones_say_if_resolved(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = assigned(
        service,
        units,
        matter_type="social_insurance",
        proceeding="administrative_litigation",
        handling_body="南通市崇川区人民法院",
        materials=list(la.MATERIALS),
    )
    step = life.StepInput(
        outcome="other", note="行政机关重新作出决定", documents=("other_documents",)
    )
    with pytest.raises(ValidationError, match="承办事项结束的日期"):  # from 已指派: the day
        service.act(app_id, "close", step)
    with pytest.raises(ValidationError, match="实质性化解"):
        service.act(app_id, "close", replace(step, ended_on=date(2026, 11, 29)))
    service.act(app_id, "close", replace(step, ended_on=date(2026, 11, 29), resolved=True))
    closed = record(ctx, app_id)
    assert (closed.status, closed.resolved_in_substance) == (S.CLOSED, True)
    assert closed.closing_due == date(2026, 12, 29)
    assert "行政争议是否实质性化解：是" in flat(texts(service, app_id, "closing")[0])


# --- Art. 48 termination and Art. 49 objections --------------------------------------------
def test_termination_is_a_written_decision_that_names_its_ground_and_the_objection_route(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = assigned(service, units)
    with pytest.raises(ValidationError, match="第四十八条"):
        service.act(app_id, "end", life.StepInput(reasons="x"))
    with pytest.raises(ValidationError, match="书面决定"):
        service.act(app_id, "end", life.StepInput(ground="finances_changed"))
    service.act(
        app_id,
        "end",
        life.StepInput(ground="finances_changed", reasons="受援人已获得工伤保险待遇二十万元。"),
    )
    ended = record(ctx, app_id)
    assert (ended.status, ended.end_ground, ended.ended_on) == (S.ENDED, "finances_changed",
                                                                 date(2026, 11, 29))  # fmt: skip
    for text in texts(service, app_id, "termination"):
        t = flat(text)
        assert "终止法律援助决定书" in t
        assert "第四十八条第（四）项" in t
        assert "受援人的经济状况发生变化，不再符合法律援助条件" in t
        assert "受援人已获得工伤保险待遇二十万元" in t
        assert "南通市崇川区司法局" in t and "第四十九条" in t and "五日内" in t
        assert "行政复议或者提起行政诉讼" in t
        assert "江苏崇川律师事务所律师李明" in t


def test_an_objection_against_a_termination_upheld_or_corrected(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    ended = life.StepInput(ground="request", reasons="受援人书面要求终止")
    kept = assigned(service, units)
    resumed = assigned(service, units, summary="另一起欠薪")
    for app_id in (kept, resumed):
        service.act(app_id, "end", ended)
        # Art. 49: the termination may be objected to, like a refusal
        service.act(
            app_id, "object", life.StepInput(received_on=date(2026, 11, 27), note="并未要求终止")
        )
        objection = record(ctx, app_id)
        assert (objection.status, objection.objection_of) == (S.OBJECTION, "termination")
        # five days from 27 Nov end on 2 Dec (a Wednesday)
        assert objection.objection_due == objection.due_date == date(2026, 12, 2)
    service.act(kept, "uphold", life.StepInput(note="经审查，受援人确已书面要求终止，维持"))
    service.act(resumed, "correct", life.StepInput(note="终止依据不足，责令恢复法律援助"))
    upheld, corrected = record(ctx, kept), record(ctx, resumed)
    assert (upheld.status, upheld.objection_result) == (S.ENDED, "uphold")
    assert upheld.objection_opinion == "经审查，受援人确已书面要求终止，维持"
    assert (corrected.status, corrected.objection_result, corrected.ended_on) == (
        S.ASSIGNED,
        "correct",
        None,
    )
    assert corrected.assignee_name == "李明"  # aid resumes with the same worker
    # the objection was the only one against that decision
    with pytest.raises(TransitionError, match="行政复议"):
        service.act(kept, "object", life.StepInput(received_on=date(2026, 11, 29), note="再议"))
    # a refusal corrected returns to 已决定援助 with three days to assign (the old rule)
    refused = present(service.intake(wage_claim(units.window, summary="第三起")).primary_id)
    service.act(refused, "refuse", life.StepInput(reasons="收入超标", legal_basis="第三十一条"))
    service.act(refused, "object", life.StepInput(received_on=date(2026, 11, 29), note="不服"))
    service.act(refused, "correct", life.StepInput(note="责令改正"))
    assert record(ctx, refused).status == S.GRANTED
    assert record(ctx, refused).assign_due == date(2026, 12, 2)


# --- Art. 55 replacement -------------------------------------------------------------------
def test_the_recipient_may_have_the_aid_worker_replaced_and_the_history_keeps_both(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = assigned(service, units)
    new = life.StepInput(
        assignee_name="周婷", assignee_unit="江苏濠阳律师事务所", assignee_kind="lawyer"
    )
    with pytest.raises(ValidationError, match="第五十五条"):
        service.act(app_id, "replace", new)
    with pytest.raises(ValidationError, match="与原承办人员相同"):
        service.act(app_id, "replace", replace(LAWYER, reasons="未按时会见"))
    service.act(app_id, "replace", replace(new, reasons="承办律师两次未按约会见受援人"))
    after = record(ctx, app_id)
    assert (after.status, after.assignee_name, after.replaced_count) == (S.ASSIGNED, "周婷", 1)
    step = history(ctx, app_id)[-1]
    assert step.action == "replace" and step.note == ""
    assert step.detail["previous"] == {
        "assignee_name": "李明",
        "assignee_unit": "江苏崇川律师事务所",
        "assignee_kind": "lawyer",
    }
    assert step.detail["reasons"] == "承办律师两次未按约会见受援人"
    assert step.detail["assignee_name"] == "周婷"


# --- Arts. 25, 28, 36: notified cases ----------------------------------------------------------
def notice(units: Units, **changes: object) -> NotificationDraft:
    draft = NotificationDraft(
        window_id=units.window,
        notifier="court",
        notifier_name="南通市崇川区人民法院",
        notice_ref="（2026）苏0602刑初318号",
        notified_on=date(2026, 11, 27),
        ground="minor",
        name="小林",
        id_number=idnumber.make("320602", date(2010, 5, 6), 13),
        summary="涉嫌盗窃罪",
        detention_place="南通市看守所",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_a_notified_case_needs_no_application_and_is_assigned_within_three_days(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    with pytest.raises(ValidationError) as bad:
        service.notify(notice(units, notice_ref="", notifier="army", ground=""))
    assert set(bad.value.fields) == {"notice_ref", "notifier", "ground"}
    app_id = present(service.notify(notice(units)).primary_id)
    notified = record(ctx, app_id)
    # Art. 36: three days from Fri 27 Nov end on Mon 30 Nov
    assert (notified.status, notified.assign_due, notified.due_date) == (
        S.NOTIFIED,
        date(2026, 11, 30),
        date(2026, 11, 30),
    )
    assert notified.hardship == "notified" and notified.materials == ["notification_letter"]
    with ctx.sessions() as session:
        detail = present(q.application_detail(session, app_id, date(2026, 11, 29)))
        case = present(session.get(LegalAidCase, notified.case_id))
    assert (case.notifier, case.notice_ref, case.notified_on, case.matter_type) == (
        "court", "（2026）苏0602刑初318号", date(2026, 11, 27), "notified_defence",
    )  # fmt: skip
    assert not detail.assessment.missing and detail.assessment.outcome == el.ELIGIBLE
    hardship = [f for f in detail.assessment.findings if f.topic == "hardship"]
    assert [(f.level, f.article) for f in hardship] == [
        (el.OK, "第二十五条、第二十八条、第三十六条")
    ]
    assert life.allowed_actions(S.NOTIFIED) == [Act.ASSIGN]
    service.act(app_id, "assign", LAWYER)
    assert record(ctx, app_id).status == S.ASSIGNED
    for text in texts(service, app_id, "grant"):
        t = flat(text)
        assert "南通市崇川区人民法院于2026年11月27日以（2026）苏0602刑初318号通知本机构" in t
        assert "不审查经济困难状况" in t
        assert "根据《中华人民共和国法律援助法》第二十五条、第三十六条" in t
        assert "提出的法律援助申请" not in t
    # a notified matter is never taken as an application at the window
    with pytest.raises(ValidationError, match="登记通知"):
        service.intake(wage_claim(units.window, matter_type="notified_defence"))


def test_a_compulsory_treatment_notice_from_the_procuratorate(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = present(
        service.notify(
            notice(units, notifier="procuratorate", ground="compulsory_treatment", id_number="")
        ).primary_id
    )
    with ctx.sessions() as session:
        case = present(session.get(LegalAidCase, record(ctx, app_id).case_id))
    assert case.matter_type == "compulsory_treatment"
    assert la.MATTER_TYPES[case.matter_type].article == "第二十八条"
    assert record(ctx, app_id).id_number == ""  # the notice may not carry it yet


# --- Art. 24 other reasons; Art. 33; Art. 39; Arts. 42 (四), 44 (三) ---------------------------
def defence(units: Units, reason: str, materials: list[str]) -> ApplicationDraft:
    return ApplicationDraft(
        MatterDraft(
            window_id=units.window,
            matter_type="criminal_defence",
            proceeding="criminal_litigation",
            summary="被告人涉嫌盗窃罪，家属在外地联系不上",
            handling_body="南通市崇川区人民法院",
            criminal_reason=reason,
        ),
        ApplicantDraft("赵强", idnumber.make("320602", date(1990, 1, 1), 15), materials=materials),
    )


def test_art24_a_defence_for_other_reasons_needs_no_hardship_review(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    with pytest.raises(ValidationError, match="第二十四条"):
        service.intake(defence(units, "", []))
    basic = ["application_form", "identity", "evidence_criminal_documents"]
    other = present(service.intake(defence(units, "other", basic)).primary_id)
    assert record(ctx, other).status == S.UNDER_REVIEW  # complete without a hardship statement
    service.act(other, "grant", life.StepInput())  # no hardship review asked
    assert record(ctx, other).hardship == "exempt"
    poor = present(service.intake(defence(units, "hardship", basic)).primary_id)
    assert record(ctx, poor).status == S.AWAITING_MATERIALS  # the hardship statement is missing


def test_art33_retrial_art42_4_art44_3_and_art39_custody(ctx: ServiceContext) -> None:
    today = date(2026, 11, 29)
    retrial = el.assess(el.ApplicantFacts(), el.MatterFacts("retrial"), list(la.MATERIALS), today)
    assert (retrial.in_scope, retrial.hardship) == (True, "review")
    assert {f.article for f in retrial.findings if f.topic in ("scope", "agent")} == {"第三十三条"}
    assert "evidence_retrial" in retrial.required
    # Art. 42 (四): a person a rule names has hardship presumed once the proof is in
    facts = el.ApplicantFacts(presumption_basis="《江苏省法律援助条例》第十二条")
    named = el.assess(facts, el.MatterFacts("support"), list(la.MATERIALS), today)
    assert named.hardship == "presumed"
    assert [f.article for f in named.findings if f.topic == "hardship"] == ["第四十二条第（四）项"]
    # Art. 44 (三): another situation a rule names allows aid in advance
    urgent = el.assess(
        el.ApplicantFacts(), el.MatterFacts("support", urgent_basis="某规章第五条"), [], today
    )
    assert urgent.urgent
    assert [f.article for f in urgent.findings if f.topic == "urgency"] == ["第四十四条第（三）项"]
    # Art. 39: a custody that took 30 hours to forward is flagged, 20 hours is fine
    for hours, level in ((20.0, el.OK), (30.0, el.REVIEW)):
        found = el.assess(
            el.ApplicantFacts(), el.MatterFacts("criminal_victim", custody_hours=hours), [], today
        )
        custody = [f for f in found.findings if f.article == "第三十九条"]
        assert [f.level for f in custody] == [level]
        assert f"{hours:g} 小时" in custody[0].text.render()


def test_art39_a_detainee_application_forwarded_within_24_hours(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(
        units.window,
        competent_agency_id=units.other_agency,
        detention_place="南通市看守所",
        custody_applied_at=datetime(2026, 11, 27, 1, 0, tzinfo=UTC),
        custody_forwarded_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
    )
    app_id = present(service.intake(draft).primary_id)
    forwarded = record(ctx, app_id)
    assert forwarded.status == S.TO_FORWARD and forwarded.forward_due == date(2026, 11, 30)
    with ctx.sessions() as session:
        detail = present(q.application_detail(session, app_id, date(2026, 11, 29)))
    late = [f for f in detail.assessment.findings if f.article == "第三十九条"]
    assert [f.level for f in late] == [el.REVIEW] and "32 小时" in late[0].text.render()
    with pytest.raises(ValidationError, match="第三十九条"):
        service.intake(wage_claim(units.window, detention_place="南通市看守所"))


# --- Art. 2: units ---------------------------------------------------------------------------
def test_a_unit_is_recorded_and_refused_under_article_2(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(units.window, matter_type="other", proceeding="non_litigation")
    company = replace(
        draft.applicant,
        kind="organisation",
        name="南通鑫达建筑劳务有限公司",
        id_number="91320602MA1N8K2L3E",
        facts={},
        materials=["application_form"],
    )
    app_id = present(service.intake(replace(draft, applicant=company)).primary_id)
    refused = record(ctx, app_id)
    assert (refused.status, refused.applicant_kind) == (S.REFUSED, "organisation")
    assert refused.refusal_basis == "《法律援助法》第二条"
    assert [s.action for s in history(ctx, app_id)] == ["receive", "refuse"]
    for text in texts(service, app_id, "refusal"):
        t = flat(text)
        assert "不予法律援助决定书" in t
        assert "统一社会信用代码：91320602MA1N8K2L3E" in t and "公民身份号码" not in t
        assert "申请人南通鑫达建筑劳务有限公司为单位，不是法律援助的对象" in t
        assert "第二条" in t and "第四十九条" in t
    with pytest.raises(ValidationError, match="统一社会信用代码"):
        service.intake(replace(draft, applicant=replace(company, id_number="91320602MA1N8K2L3X")))


# --- the acceptance notice: the forwarding period comes from the settings ----------------------
def test_acceptance_notice_names_the_forwarding_period_from_the_settings(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    ctx.settings.legal_aid_forward_days = 5
    missing = present(
        service.intake(
            wage_claim(
                units.window, materials=["application_form"], competent_agency_id=units.other_agency
            )
        ).primary_id
    )
    for text in texts(service, missing, "acceptance"):
        t = flat(text)
        assert "并将于补齐材料后5日内将申请及材料转交南通市通州区法律援助中心" in t
        assert "日内前" not in t and "三日内" not in t
    complete = present(
        service.intake(wage_claim(units.window, competent_agency_id=units.other_agency)).primary_id
    )
    # five days from Sun 29 Nov end on Fri 4 Dec
    assert "并将于2026年12月4日前将申请及材料转交" in flat(
        texts(service, complete, "acceptance")[0]
    )


# --- Art. 44: aid given in advance must be followed by the formalities -------------------------
def test_advance_aid_is_followed_up_until_decided(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = present(
        service.intake(
            wage_claim(
                units.window,
                materials=["application_form", "identity"],
                limitation_date=date(2026, 12, 2),
            )
        ).primary_id
    )
    service.act(app_id, "advance", LAWYER)
    with ctx.sessions() as session:
        items = q.advance_follow_up(session, date(2026, 12, 1))
    assert [(i.number, i.days_since, i.assignee_name, i.missing) for i in items] == [
        (record(ctx, app_id).number, 2, "李明", 3)
    ]
    service.act(
        app_id,
        "complete",
        life.StepInput(
            materials=("proof_migrant_work", "evidence_employment", "evidence_wage_arrears")
        ),
    )
    service.act(app_id, "grant", life.StepInput())
    with ctx.sessions() as session:
        assert q.advance_follow_up(session, date(2026, 12, 1)) == []


def test_the_whole_lifecycle_from_a_past_date_across_national_day(
    store: Store, settings: Settings, units: Units
) -> None:
    """Received 1 Sep 2026, ended 3 Sep: the closing report is due 8 Oct (国庆 moves it)."""
    clock = FixedClock(datetime(2026, 9, 1, 2, 0, tzinfo=UTC))
    ctx = store.context(settings, clock)
    service = LegalAidService(ctx)
    app_id = present(service.intake(wage_claim(units.window)).primary_id)
    service.act(app_id, "grant", life.StepInput())
    service.act(app_id, "assign", LAWYER)
    clock.advance(days=2)
    service.act(app_id, "conclude", life.StepInput(ended_on=date(2026, 9, 3)))
    assert record(ctx, app_id).closing_due == date(2026, 10, 8)
    clock.advance(days=36)  # 9 Oct: late by a day
    service.act(
        app_id,
        "close",
        life.StepInput(outcome="mediation", note="调解结案", documents=("mediation_copy",)),
    )
    closed = record(ctx, app_id)
    assert (closed.closed_on, dl.on_time(closed.closed_on, closed.closing_due)) == (
        date(2026, 10, 9),
        False,
    )
    assert "逾期提交" in flat(texts(service, app_id, "closing")[0])


def test_a_notified_persons_id_number_is_added_once_known(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    from gridwarden.services.legal_aid_records import CorrectionDraft, LegalAidRecords

    app_id = present(service.notify(notice(units, id_number="")).primary_id)
    number = idnumber.make("320602", date(2010, 5, 6), 13)
    LegalAidRecords(ctx).correct(
        app_id,
        CorrectionDraft(
            ApplicantDraft("小林", number),
            summary="涉嫌盗窃罪",
            handling_body="南通市崇川区人民法院",
            note="看守所提供",
        ),
    )
    corrected = record(ctx, app_id)
    assert (corrected.id_number, corrected.birth_date) == (number, date(2010, 5, 6))
    assert corrected.status == S.NOTIFIED  # still waiting for its worker (Art. 36)


def test_a_group_matter_ends_for_every_worker_at_once_and_each_is_closed_with_their_sum(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    from tests.legal_aid_support import group_of

    ids = list(
        service.intake_group(group_of(units.window, ["甲", "乙", "丙"], "欠薪群体案件")).ids[:3]
    )
    service.act_many(ids, "grant", life.StepInput())
    service.act_many(ids, "assign", LAWYER)
    service.act_many(ids, "conclude", life.StepInput(ended_on=date(2026, 11, 29)))
    assert {(record(ctx, i).status, record(ctx, i).closing_due) for i in ids} == {
        (S.CLOSING, date(2026, 12, 29))
    }
    for app_id, sum_ in zip(ids, ("8,000", "9,500", "7,200"), strict=True):
        service.act(
            app_id,
            "close",
            life.StepInput(
                outcome="judgment", note="裁决", documents=("judgment_copy",), amount_recovered=sum_
            ),
        )
    assert [record(ctx, i).recovered_fen for i in ids] == [800_000, 950_000, 720_000]


def test_art36_the_notifying_court_is_told_whom_the_agency_assigned(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = present(service.notify(notice(units)).primary_id)
    with pytest.raises(TransitionError, match="指派律师通知书"):
        service.notice([app_id], "assignment_reply")  # nobody assigned yet
    service.act(app_id, "assign", LAWYER)
    for text in texts(service, app_id, "assignment_reply"):
        t = flat(text)
        assert "指派律师通知书" in t and "南通市崇川区人民法院：" in t
        assert "你院于2026年11月27日以（2026）苏0602刑初318号通知本机构为小林" in t
        assert "指派江苏崇川律师事务所律师李明担任其辩护人" in t
        assert "根据《中华人民共和国法律援助法》第二十五条、第三十六条" in t
        assert "《法律援助法》第二十五条" not in t and "羁押场所：南通市看守所" in t
        assert "指派期限：2026年11月30日" in t
