"""Legal-aid rules by the law: every Art. 31, 32 and 42 category, every deadline, every step.

The fixed day is Sunday 2026-11-29 (the suite's clock).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypedDict, Unpack

import pytest

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar

TODAY = date(2026, 11, 29)  # a Sunday
PLAIN = el.ApplicantFacts(birth_date=date(1980, 5, 1), gender="M")
CAL = WorkCalendar()

ART31 = {
    "state_compensation": "第三十一条第（一）项",
    "social_insurance": "第三十一条第（二）项",
    "pension": "第三十一条第（三）项",
    "support": "第三十一条第（四）项",
    "labour_relation": "第三十一条第（五）项",
    "labour_pay": "第三十一条第（五）项",
    "incapacity": "第三十一条第（六）项",
    "work_injury": "第三十一条第（七）项",
    "traffic_accident": "第三十一条第（七）项",
    "food_drug_accident": "第三十一条第（七）项",
    "medical_accident": "第三十一条第（七）项",
    "environmental": "第三十一条第（八）项",
    "art31_other": "第三十一条第（九）项",
}
ART32 = {
    "martyr_relatives": "第三十二条第（一）项",
    "good_samaritan": "第三十二条第（二）项",
    "acquittal_compensation": "第三十二条第（三）项",
    "abuse_victim": "第三十二条第（四）项",
    "art32_other": "第三十二条第（五）项",
}


class MatterFactChanges(TypedDict, total=False):
    """The facts of a matter a test sets beside its type."""

    other_basis: str
    limitation_date: date | None
    limitation_note: str
    urgent_preservation: bool
    city_wide: bool
    competent_agency: str
    criminal_reason: str
    urgent_basis: str
    custody_hours: float | None


def assess(
    matter: str,
    applicant: el.ApplicantFacts = PLAIN,
    provided: list[str] | None = None,
    review: str = "",
    **matter_facts: Unpack[MatterFactChanges],
) -> el.Assessment:
    facts = el.MatterFacts(matter, **matter_facts)
    return el.assess(
        applicant, facts, list(la.MATERIALS) if provided is None else provided, TODAY, review
    )


def finding(assessment: el.Assessment, topic: str) -> list[tuple[str, str, str]]:
    return [(f.level, f.text.render(), f.article) for f in assessment.findings if f.topic == topic]


def test_the_vocabulary_covers_every_item_of_articles_31_and_32() -> None:
    by_group = {
        g: {t.code for t in la.MATTER_TYPES.values() if t.group == g} for g in la.GROUP_LABELS
    }
    assert by_group[la.ART31] == set(ART31)
    assert by_group[la.ART32] == set(ART32)
    assert by_group[la.CRIMINAL] == {
        "criminal_defence",
        "criminal_victim",
        "notified_defence",  # Art. 25, on notice only
        "compulsory_treatment",  # Art. 28, on notice only
    }
    assert by_group[la.ART33] == {"retrial"}  # Art. 33
    assert by_group[la.OTHER] == {"other"}
    items31 = {la.MATTER_TYPES[c].article for c in ART31}
    assert items31 == {f"第三十一条第（{n}）项" for n in "一二三四五六七八九"}
    items32 = {la.MATTER_TYPES[c].article for c in ART32}
    assert items32 == {f"第三十二条第（{n}）项" for n in "一二三四五"}
    for matter in la.MATTER_TYPES.values():
        assert set(matter.materials) <= set(la.MATERIALS), matter.code


# --- Art. 31: in scope, hardship to be reviewed, no agent ------------------------------------
@pytest.mark.parametrize(("code", "article"), sorted(ART31.items()))
def test_article_31_matters_need_a_hardship_review(code: str, article: str) -> None:
    basis = {"other_basis": "《江苏省法律援助条例》第十条"} if code == "art31_other" else {}
    result = assess(code, **basis)  # type: ignore[arg-type]
    scope = finding(result, "scope")
    assert scope[0][0] == "ok" and scope[0][2] == article
    assert la.MATTER_TYPES[code].label in scope[0][1]
    assert result.in_scope and result.hardship == "review"
    assert result.outcome == el.NEEDS_REVIEW
    hardship = finding(result, "hardship")
    assert ("review", "须审查申请人的经济困难状况", "第三十一条") in hardship
    assert any(level == "info" and art == "第四十一条" and "诚信承诺" in text
               for level, text, art in hardship)  # fmt: skip
    assert "hardship_statement" in result.required
    # Art. 41: checked by data sharing, or the applicant's integrity pledge
    assert assess(code, review="verified", **basis).outcome == el.ELIGIBLE  # type: ignore[arg-type]
    pledged = assess(code, review="pledged", **basis)  # type: ignore[arg-type]
    assert pledged.outcome == el.ELIGIBLE and pledged.hardship == "pledged"
    assert ("ok", "申请人已如实说明经济困难状况并作出诚信承诺", "第四十一条") in finding(
        pledged, "hardship"
    )
    assert assess(code, review="not_met", **basis).outcome == el.INELIGIBLE  # type: ignore[arg-type]


@pytest.mark.parametrize("code", sorted(ART31))
def test_article_31_excludes_an_applicant_who_already_has_an_agent(code: str) -> None:
    basis = {"other_basis": "某规章"} if code == "art31_other" else {}
    lawyer = el.ApplicantFacts(birth_date=date(1980, 1, 1), has_lawyer=True)
    result = assess(code, lawyer, review="verified", **basis)  # type: ignore[arg-type]
    assert result.outcome == el.INELIGIBLE
    assert finding(result, "agent") == [
        ("fail", "申请人已委托代理人，不符合「没有委托代理人」的条件", "第三十一条")
    ]


# --- Art. 32: no hardship condition --------------------------------------------------------
@pytest.mark.parametrize(("code", "article"), sorted(ART32.items()))
def test_article_32_matters_have_no_hardship_condition(code: str, article: str) -> None:
    basis: MatterFactChanges = {"other_basis": "某法规"} if code == "art32_other" else {}
    rich = el.ApplicantFacts(birth_date=date(1970, 1, 1))
    result = assess(
        code,
        rich,
        provided=["application_form", "identity", *la.MATTER_TYPES[code].materials],
        **basis,
    )
    assert finding(result, "scope")[0][2] == article
    assert result.hardship == "exempt" and result.outcome == el.ELIGIBLE
    assert finding(result, "hardship") == [("ok", "不受经济困难条件的限制", "第三十二条")]
    assert "hardship_statement" not in result.required and not result.missing
    with_lawyer = assess(code, el.ApplicantFacts(has_lawyer=True), **basis)
    assert with_lawyer.outcome == el.ELIGIBLE  # Art. 32 does not ask for "no agent"
    assert finding(with_lawyer, "agent")[0][0] == "info"


@pytest.mark.parametrize("code", ["art31_other", "art32_other"])
def test_others_set_by_law_need_that_law_named(code: str) -> None:
    result = assess(code)
    assert not result.in_scope and result.outcome == el.INELIGIBLE
    level, text, article = finding(result, "scope")[0]
    assert level == "fail" and "须注明规定该事项的法律、法规或规章" in text
    assert article == ART31.get(code, ART32.get(code))
    named = assess(code, other_basis="《江苏省法律援助条例》")
    assert named.in_scope and "依据：《江苏省法律援助条例》" in finding(named, "scope")[0][1]


def test_a_matter_outside_the_lists_is_out_of_scope() -> None:
    result = assess("other", review="verified")
    assert not result.in_scope and result.outcome == el.INELIGIBLE and result.hardship == "none"
    assert finding(result, "scope") == [
        (
            "fail",
            "不属于法律援助事项范围：既非第三十一条、第三十二条所列事项，也非刑事案件",
            "第三十一条、第三十二条",
        )
    ]


@pytest.mark.parametrize(
    ("code", "article"), [("criminal_defence", "第二十四条"), ("criminal_victim", "第二十九条")]
)
def test_criminal_applications_cite_their_articles(code: str, article: str) -> None:
    result = assess(code)
    assert finding(result, "scope")[0][2] == article
    assert ("review", "须审查申请人的经济困难状况", article) in finding(result, "hardship")
    lawyer = assess(code, el.ApplicantFacts(has_lawyer=True), review="verified")
    assert finding(lawyer, "agent")[0][0] == "fail" and lawyer.outcome == el.INELIGIBLE


# --- Art. 42: hardship presumed with supporting documents ------------------------------------
GROUNDS = [
    # (facts, matter, ground code, article item, proofs)
    (
        el.ApplicantFacts(birth_date=date(2010, 1, 1), no_fixed_income=True, has_agent=True),
        "support",
        "minor",
        "第四十二条第（一）项",
        ("proof_no_income",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1950, 1, 1), no_fixed_income=True),
        "support",
        "elderly",
        "第四十二条第（一）项",
        ("proof_no_income",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1985, 1, 1), disabled=True, no_fixed_income=True),
        "traffic_accident",
        "disabled",
        "第四十二条第（一）项",
        ("proof_disability", "proof_no_income"),
    ),
    (
        el.ApplicantFacts(birth_date=date(1975, 1, 1), subsistence=True),
        "medical_accident",
        "assistance",
        "第四十二条第（二）项",
        ("proof_assistance",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1975, 1, 1), extreme_poverty=True),
        "pension",
        "assistance",
        "第四十二条第（二）项",
        ("proof_assistance",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1975, 1, 1), other_assistance=True),
        "social_insurance",
        "assistance",
        "第四十二条第（二）项",
        ("proof_assistance",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1975, 1, 1), judicial_assistance=True),
        "state_compensation",
        "judicial_assistance",
        "第四十二条第（二）项",
        ("proof_judicial_assistance",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1960, 1, 1), special_care=True, veteran=True),
        "environmental",
        "special_care",
        "第四十二条第（二）项",
        ("proof_special_care",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1990, 1, 1), migrant_worker=True),
        "labour_pay",
        "migrant_worker",
        "第四十二条第（三）项",
        ("proof_migrant_work",),
    ),
    (
        el.ApplicantFacts(birth_date=date(1990, 1, 1), migrant_worker=True),
        "work_injury",
        "migrant_worker",
        "第四十二条第（三）项",
        ("proof_migrant_work",),
    ),
]


@pytest.mark.parametrize(("facts", "matter", "code", "article", "proofs"), GROUNDS)
def test_article_42_presumes_hardship_with_its_proof(
    facts: el.ApplicantFacts, matter: str, code: str, article: str, proofs: tuple[str, ...]
) -> None:
    assert [g.code for g in el.grounds(facts, la.MATTER_TYPES[matter], TODAY)] == [code]
    base = ["application_form", "identity", "agent_authority", *la.MATTER_TYPES[matter].materials]
    proven = assess(matter, facts, provided=[*base, *proofs])
    assert proven.hardship == "presumed" and proven.outcome == el.ELIGIBLE
    assert not proven.missing and "hardship_statement" not in proven.required
    [(level, text, cited)] = finding(proven, "hardship")
    assert (level, cited) == ("ok", article) and "免予核查经济困难状况" in text
    # without the proof: reviewed instead, and the missing proof is named
    unproven = assess(matter, facts, provided=base)
    assert unproven.hardship == "review" and unproven.outcome == el.NEEDS_REVIEW
    assert set(proofs) <= set(unproven.missing)
    level, text, cited = finding(unproven, "hardship")[0]
    assert (level, cited) == ("review", article)
    assert all(la.MATERIALS[p] in text for p in proofs)
    # a hardship statement instead of the proof: the application is complete, to be reviewed
    stated = assess(matter, facts, provided=[*base, "hardship_statement"])
    assert not stated.missing and stated.hardship == "review"


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (el.ApplicantFacts(birth_date=date(2008, 11, 30), no_fixed_income=True), ["minor"]),
        (el.ApplicantFacts(birth_date=date(2008, 11, 29), no_fixed_income=True), []),  # 18 today
        (el.ApplicantFacts(birth_date=date(2010, 1, 1)), []),  # a minor WITH fixed income
        (el.ApplicantFacts(birth_date=date(1966, 11, 29), no_fixed_income=True), ["elderly"]),
        (el.ApplicantFacts(birth_date=date(1966, 11, 30), no_fixed_income=True), []),  # 59
        (el.ApplicantFacts(birth_date=date(1950, 1, 1)), []),  # elderly with a pension
        (el.ApplicantFacts(disabled=True), []),  # disabled with income
        (el.ApplicantFacts(veteran=True), []),  # being a veteran alone presumes nothing
        (el.ApplicantFacts(gender="F"), []),  # nor being a woman
    ],
)
def test_article_42_group_one_needs_no_fixed_income_and_the_age(
    facts: el.ApplicantFacts, expected: list[str]
) -> None:
    assert [g.code for g in el.grounds(facts, la.MATTER_TYPES["support"], TODAY)] == expected


@pytest.mark.parametrize("matter", ["labour_relation", "traffic_accident", "support"])
def test_migrant_workers_are_presumed_only_for_pay_or_work_injury(matter: str) -> None:
    facts = el.ApplicantFacts(birth_date=date(1990, 1, 1), migrant_worker=True)
    assert el.grounds(facts, la.MATTER_TYPES[matter], TODAY) == []
    result = assess(matter, facts)
    assert result.hardship == "review"
    assert (
        "info",
        "进城务工人员仅在请求支付劳动报酬或工伤事故人身损害赔偿时免予核查经济困难状况",
        "第四十二条第（三）项",
    ) in finding(result, "hardship")


# --- Art. 44, Art. 38, materials, routing -------------------------------------------------------
@pytest.mark.parametrize(
    ("days_left", "urgent", "text"),
    [
        (7, False, None),
        (6, True, "距仲裁时效届满不足七日（剩 6 日，2026-12-05），可以先行提供法律援助"),
        (0, True, "距仲裁时效届满不足七日（剩 0 日，2026-11-29），可以先行提供法律援助"),
        (-2, True, "仲裁时效已于 2026-11-27 届满（已过 2 日），请立即核实"),
    ],
)
def test_article_44_flags_fewer_than_seven_days_to_the_limit(
    days_left: int, urgent: bool, text: str | None
) -> None:
    limit = TODAY + timedelta(days=days_left)
    result = assess("labour_pay", limitation_date=limit, limitation_note="仲裁时效")
    assert result.urgent is urgent
    assert dl.urgent(limit, TODAY) is urgent
    expected = [("urgent", text, "第四十四条第（一）项")] if text else []
    assert finding(result, "urgency") == expected


def test_article_44_urgent_preservation() -> None:
    result = assess("labour_pay", urgent_preservation=True)
    assert result.urgent and dl.urgent(None, TODAY, preservation=True)
    assert finding(result, "urgency") == [
        (
            "urgent",
            "需要立即申请财产保全、证据保全或者先予执行，可以先行提供法律援助",
            "第四十四条第（二）项",
        )
    ]
    assert not assess("labour_pay").urgent and not dl.urgent(None, TODAY)


def test_article_38_city_wide_handling_is_stated() -> None:
    result = assess("labour_pay", city_wide=True, competent_agency="南通市通州区法律援助中心")
    assert finding(result, "competence") == [
        ("info", "通城通办：本事项由南通市通州区法律援助中心管辖，本窗口受理后转交", "第三十八条")
    ]
    assert finding(assess("labour_pay"), "competence") == []


def test_materials_checklist_by_matter_type_and_applicant() -> None:
    worker = el.ApplicantFacts(birth_date=date(1990, 1, 1), migrant_worker=True)
    assert el.required_materials(worker, "labour_pay", [], TODAY) == (
        "application_form",
        "identity",
        "proof_migrant_work",
        "evidence_employment",
        "evidence_wage_arrears",
    )
    child = el.ApplicantFacts(birth_date=date(2012, 3, 1), has_agent=True)
    assert el.required_materials(child, "support", [], TODAY) == (
        "application_form",
        "identity",
        "agent_authority",
        "hardship_statement",
        "kinship_proof",
    )
    assert el.required_materials(PLAIN, "abuse_victim", [], TODAY) == (
        "application_form",
        "identity",
        "evidence_abuse",
    )
    result = assess("traffic_accident", provided=["application_form"])
    assert result.missing == (
        "identity",
        "hardship_statement",
        "evidence_traffic",
        "evidence_medical",
    )
    assert finding(result, "materials") == [
        ("review", "申请材料不齐全，缺 4 项：须一次性告知申请人补充", "第四十三条")
    ]


def test_special_workstations_are_suggested_without_changing_eligibility() -> None:
    veteran = assess("labour_pay", el.ApplicantFacts(veteran=True), review="verified")
    assert veteran.outcome == el.ELIGIBLE
    assert [t for _l, t, _a in finding(veteran, "routing")] == [
        "申请人为退役军人：可由退役军人法律援助工作站协助办理"
    ]
    woman = assess("abuse_victim", el.ApplicantFacts(gender="F"))
    assert [t for _l, t, a in finding(woman, "routing")] == [
        "可由巾帼（妇女）法律援助工作站协助办理"
    ]
    assert all(f.article or f.topic == "routing" or f.topic == "agent" for f in woman.findings)


# --- deadlines (calendar days as the law counts them) ----------------------------------------
@pytest.mark.parametrize(
    ("function", "start", "expected"),
    [
        # Art. 43: 7 days from the complete application. Mon 11-30 → Mon 12-07.
        (dl.decision_due, date(2026, 11, 30), date(2026, 12, 7)),
        # received on a Sunday: day 7 is a Sunday → the next working day
        (dl.decision_due, date(2026, 11, 29), date(2026, 12, 7)),
        # Art. 43: assign within 3 days of the grant. Mon → Thu.
        (dl.assign_due, date(2026, 11, 30), date(2026, 12, 3)),
        # granted Wed 12-02: day 3 is Saturday → Monday
        (dl.assign_due, date(2026, 12, 2), date(2026, 12, 7)),
        # Art. 49: objection within 5 days. Tue 12-01 → Sun 12-06 → Mon 12-07.
        (dl.objection_due, date(2026, 12, 1), date(2026, 12, 7)),
        (dl.objection_due, date(2026, 12, 3), date(2026, 12, 8)),
    ],
)
def test_legal_deadlines(
    function: Callable[[date, WorkCalendar], date], start: date, expected: date
) -> None:
    assert function(start, CAL) == expected


def test_the_start_day_is_not_counted_and_holidays_extend_the_last_day() -> None:
    assert dl.period_end(date(2026, 11, 30), 1, CAL) == date(2026, 12, 1)
    new_year = WorkCalendar.from_iso(["2027-01-01"], [])
    # decided Fri 12-25: day 7 is New Year's Day (a holiday), then a weekend → Mon 01-04
    assert dl.decision_due(date(2026, 12, 25), new_year) == date(2027, 1, 4)
    # a make-up working Saturday (调休) is a working day: the period ends on it
    makeup = WorkCalendar.from_iso(["2027-01-01"], ["2027-01-02"])
    assert dl.decision_due(date(2026, 12, 25), makeup) == date(2027, 1, 2)


def test_local_practice_periods_use_the_same_counting() -> None:
    # one-time notice on Sunday 11-29, 15 days → Mon 12-14 (the last day to supply)
    assert dl.withdraw_on(TODAY, 15, CAL) == date(2026, 12, 14)
    # 通城通办: forwarded within 3 days of Mon 11-30 → Thu 12-03
    assert dl.forward_due(date(2026, 11, 30), 3, CAL) == date(2026, 12, 3)


def test_on_time() -> None:
    assert dl.on_time(date(2026, 12, 7), date(2026, 12, 7)) is True
    assert dl.on_time(date(2026, 12, 8), date(2026, 12, 7)) is False
    assert dl.on_time(None, date(2026, 12, 7)) is None


# --- lifecycle ---------------------------------------------------------------------------------
S = life.Status


def situation(**kw: object) -> life.Situation:
    base: dict[str, object] = {"today": TODAY, "assessment": assess("labour_pay")}
    base.update(kw)
    return life.Situation(**base)  # type: ignore[arg-type]


def test_initial_status() -> None:
    assert life.initial_status(False, False) is S.AWAITING_MATERIALS
    assert life.initial_status(False, True) is S.AWAITING_MATERIALS
    assert life.initial_status(True, False) is S.UNDER_REVIEW
    assert life.initial_status(True, True) is S.TO_FORWARD


def test_which_actions_each_status_allows() -> None:
    allowed = {s: [a.value for a in life.allowed_actions(s)] for s in S}
    assert allowed == {
        S.AWAITING_MATERIALS: ["complete", "advance", "withdraw"],
        S.UNDER_REVIEW: ["advance", "grant", "refuse", "withdraw"],
        S.TO_FORWARD: ["forward", "withdraw"],
        S.FORWARDED: [],
        S.GRANTED: ["assign", "end"],
        S.ASSIGNED: ["end", "replace", "conclude", "close"],  # Arts. 48, 55, 50
        S.REFUSED: ["object"],
        S.OBJECTION: ["uphold", "correct"],
        S.WITHDRAWN: [],
        S.ENDED: ["object"],  # Art. 49 covers termination too
        S.NOTIFIED: ["assign"],  # Art. 36
        S.CLOSING: ["replace", "close"],  # Art. 50
        S.CLOSED: [],
    }
    with pytest.raises(TransitionError, match="申请当前为「审查中」，不能指派"):
        life.ensure_allowed("under_review", "assign")


def test_one_notice_only_complete_needs_everything_it_named() -> None:
    partial = assess("labour_pay", provided=["application_form", "identity"])
    with pytest.raises(ValidationError) as refused:
        life.decide(
            "awaiting_materials", "complete", life.StepInput(), situation(assessment=partial)
        )
    assert "材料仍不齐全" in str(refused.value) and "经济困难状况说明表" in str(refused.value)
    complete = assess("labour_pay")
    assert (
        life.decide(
            "awaiting_materials", "complete", life.StepInput(), situation(assessment=complete)
        ).to_status
        is S.UNDER_REVIEW
    )
    assert (
        life.decide(
            "awaiting_materials",
            "complete",
            life.StepInput(),
            situation(assessment=complete, city_wide=True),
        ).to_status
        is S.TO_FORWARD
    )
    # no step asks for materials again once the application is under review
    assert all("material" not in a for a in life.allowed_actions("under_review"))


def test_grant_follows_the_assessment() -> None:
    review = situation(assessment=assess("labour_pay"))
    with pytest.raises(ValidationError) as missing:
        life.decide("under_review", "grant", life.StepInput(), review)
    assert "hardship" in missing.value.fields
    outcome = life.decide("under_review", "grant", life.StepInput(hardship="pledged"), review)
    assert outcome == life.Outcome(S.GRANTED, hardship="pledged")
    exempt = situation(assessment=assess("abuse_victim"))
    assert life.decide("under_review", "grant", life.StepInput(), exempt).hardship == "exempt"
    with pytest.raises(TransitionError, match="不属于法律援助事项范围"):
        life.decide(
            "under_review", "grant", life.StepInput(), situation(assessment=assess("other"))
        )
    lawyer = situation(assessment=assess("labour_pay", el.ApplicantFacts(has_lawyer=True)))
    with pytest.raises(TransitionError, match="不符合「没有委托代理人」的条件"):
        life.decide("under_review", "grant", life.StepInput(hardship="verified"), lawyer)


def test_refusal_needs_written_reasons_and_basis() -> None:
    with pytest.raises(ValidationError, match="不予法律援助须书面说明理由"):
        life.decide("under_review", "refuse", life.StepInput(), situation())
    with pytest.raises(ValidationError, match="条款"):
        life.decide("under_review", "refuse", life.StepInput(reasons="有固定收入"), situation())
    done = life.decide(
        "under_review",
        "refuse",
        life.StepInput(reasons="月收入高于标准", legal_basis="第三十一条"),
        situation(),
    )
    assert done.to_status is S.REFUSED


def test_assignment_names_the_worker_and_a_lawyers_firm() -> None:
    with pytest.raises(ValidationError, match="承办的法律援助人员"):
        life.decide("granted", "assign", life.StepInput(), situation())
    with pytest.raises(ValidationError, match="律师事务所"):
        life.decide(
            "granted",
            "assign",
            life.StepInput(assignee_name="李律师", assignee_kind="lawyer"),
            situation(),
        )
    ok = life.StepInput(
        assignee_name="李明", assignee_kind="lawyer", assignee_unit="江苏崇川律师事务所"
    )
    assert life.decide("granted", "assign", ok, situation()).to_status is S.ASSIGNED


def test_one_objection_then_review_or_suit() -> None:
    step = life.StepInput(received_on=TODAY, note="认为本人收入低于标准")
    assert life.decide("refused", "object", step, situation()).to_status is S.OBJECTION
    with pytest.raises(TransitionError, match="行政复议"):
        life.decide("refused", "object", step, situation(objections=1))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        life.decide(
            "refused",
            "object",
            life.StepInput(received_on=TODAY + timedelta(days=1), note="x"),
            situation(),
        )
    assert (
        life.decide("objection", "uphold", life.StepInput(note="维持"), situation()).to_status
        is S.REFUSED
    )
    assert (
        life.decide("objection", "correct", life.StepInput(note="改正"), situation()).to_status
        is S.GRANTED
    )


def test_withdrawal_after_the_notice_deadline_only() -> None:
    not_done = life.StepInput(withdraw_reason="not_supplemented")
    with pytest.raises(TransitionError, match="期满前不能视为撤回"):
        life.decide("awaiting_materials", "withdraw", not_done, situation(withdraw_on=TODAY))
    after = situation(withdraw_on=TODAY - timedelta(days=1))
    assert life.decide("awaiting_materials", "withdraw", not_done, after).to_status is S.WITHDRAWN
    with pytest.raises(TransitionError, match="没有发出补充材料通知"):
        life.decide("under_review", "withdraw", not_done, after)
    own = life.StepInput(withdraw_reason="applicant")
    assert life.decide("under_review", "withdraw", own, situation()).to_status is S.WITHDRAWN


def test_advance_aid_only_when_urgent_and_the_status_stays() -> None:
    worker = life.StepInput(assignee_name="王律师", assignee_kind="lawyer", assignee_unit="某所")
    with pytest.raises(TransitionError, match="第四十四条"):
        life.decide("under_review", "advance", worker, situation())
    urgent = situation(assessment=assess("labour_pay", limitation_date=TODAY + timedelta(days=3)))
    assert life.decide("under_review", "advance", worker, urgent).to_status is S.UNDER_REVIEW


def test_forward_and_end() -> None:
    with pytest.raises(ValidationError, match="第三十八条"):
        life.decide("to_forward", "forward", life.StepInput(receiver="张"), situation())
    with pytest.raises(ValidationError, match="接收人"):
        life.decide("to_forward", "forward", life.StepInput(agency_id="a"), situation())
    assert (
        life.decide(
            "to_forward", "forward", life.StepInput(agency_id="a", receiver="张敏"), situation()
        ).to_status
        is S.FORWARDED
    )
    with pytest.raises(ValidationError, match="第四十八条"):
        life.decide("assigned", "end", life.StepInput(), situation())
    assert (
        life.decide(
            "assigned",
            "end",
            life.StepInput(ground="own_lawyer", reasons="受援人已自行委托律师"),
            situation(),
        ).to_status
        is S.ENDED
    )
