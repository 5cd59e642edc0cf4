"""Dispute rules: the lifecycle (Arts. 17, 23, 25, 26, 29, 33), every deadline, money, codes."""

from __future__ import annotations

from datetime import date

import pytest

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.money import parse_amount
from tests.dispute_support import BAD_USCC, COMPANY_USCC

CAL = WorkCalendar()
S, A = life.Status, life.Action


def test_the_happy_path_ends_at_the_level_where_it_was_mediated() -> None:
    assign = life.decide(S.REGISTERED, "grid", A.ASSIGN, life.StepInput(mediator_name="陈"))
    assert (assign.to_status, assign.ended) == (S.MEDIATING, False)
    drafted = life.decide(S.MEDIATING, "grid", A.DRAFT_AGREEMENT, life.StepInput())
    assert drafted.to_status == S.AGREEMENT_PENDING
    signed = life.decide(
        S.AGREEMENT_PENDING,
        "grid",
        A.SIGN,
        life.StepInput(signed_on=date(2026, 11, 29), signatures_complete=True),
    )
    assert (signed.to_status, signed.to_level, signed.ended) == (S.AGREED, "grid", True)
    oral = life.decide(S.MEDIATING, "station", A.ORAL_AGREEMENT, life.StepInput())
    assert (oral.to_status, oral.to_level, oral.ended) == (S.AGREED, "station", True)


def test_art_29_signing_needs_every_signature_and_the_seal() -> None:
    with pytest.raises(ValidationError) as error:
        life.decide(
            S.AGREEMENT_PENDING, "grid", A.SIGN, life.StepInput(signed_on=date(2026, 11, 29))
        )
    assert "第二十九条" in str(error.value.fields["signatures_complete"])


def test_art_17_a_refusal_ends_mediation_and_nothing_follows() -> None:
    with pytest.raises(ValidationError) as error:
        life.decide(S.MEDIATING, "grid", A.REFUSE, life.StepInput(reason="不同意"))
    assert set(error.value.fields) == {"party_name"}
    out = life.decide(
        S.MEDIATING, "grid", A.REFUSE, life.StepInput(party_name="李梅", reason="明确拒绝")
    )
    assert (out.to_status, out.ended) == (S.REFUSED, True)
    assert life.allowed_actions(S.REFUSED, "grid") == []
    with pytest.raises(TransitionError) as refused:
        life.ensure_session_allowed(S.REFUSED)
    assert str(refused.value) == "当事人已明确拒绝调解，不得再行调解（人民调解法第十七条）"
    with pytest.raises(TransitionError, match="第十七条"):
        life.ensure_allowed(S.REFUSED, A.ASSIGN)


def test_art_23_a_mediator_the_parties_refused_cannot_be_assigned() -> None:
    refused = life.StepInput(mediator_name="陈建国", refused_mediators="刘洋、陈建国")
    with pytest.raises(ValidationError) as error:
        life.decide(S.REGISTERED, "station", A.ASSIGN, refused)
    assert str(error.value.fields["mediator_name"]) == (
        "当事人已要求该调解员回避，请另选调解员（第二十三条）"
    )
    other = life.StepInput(mediator_name="周玉兰", refused_mediators="刘洋, 陈建国")
    assert life.decide(S.REGISTERED, "station", A.ASSIGN, other).to_status == S.MEDIATING
    assert life.names_in("刘洋、陈建国，王芳; 李娜  赵强") == {
        "刘洋",
        "陈建国",
        "王芳",
        "李娜",
        "赵强",
    }


def test_art_26_a_failure_records_the_routes_told() -> None:
    with pytest.raises(ValidationError) as error:
        life.decide(S.MEDIATING, "grid", A.FAIL, life.StepInput(reason="差距大"))
    assert "第二十六条" in str(error.value.fields["routes"])
    out = life.decide(
        S.MEDIATING, "grid", A.FAIL, life.StepInput(reason="差距大", routes=("litigation",))
    )
    assert (out.to_status, out.ended) == (S.FAILED, True)


def test_art_25_report_to_police_keeps_the_status_and_needs_the_unit() -> None:
    with pytest.raises(ValidationError):
        life.decide(S.MEDIATING, "grid", A.REPORT_POLICE, life.StepInput(reason="有冲突苗头"))
    out = life.decide(
        S.MEDIATING,
        "grid",
        A.REPORT_POLICE,
        life.StepInput(police_unit="和平桥派出所", reason="有冲突苗头"),
    )
    assert (out.to_status, out.ended) == (S.MEDIATING, False)


def test_non_mediable_matters_are_declined_with_the_reason() -> None:
    with pytest.raises(ValidationError):
        life.decide(S.REGISTERED, "grid", A.DECLINE, life.StepInput(non_mediable="whatever"))
    out = life.decide(
        S.REGISTERED, "grid", A.DECLINE, life.StepInput(non_mediable="already_handled")
    )
    assert (out.to_status, out.ended) == (S.DECLINED, True)


def test_escalation_grid_station_court_needs_a_reason_each_step() -> None:
    with pytest.raises(ValidationError):
        life.decide(S.MEDIATING, "grid", A.ESCALATE, life.StepInput())
    up = life.decide(S.MEDIATING, "grid", A.ESCALATE, life.StepInput(reason="金额大"))
    assert (up.to_status, up.to_level, up.ended) == (S.REGISTERED, "station", False)
    # to the court: mediation ends (Art. 26), not a transfer; a filing carries the hand-off
    court = life.decide(S.FAILED, "station", A.ESCALATE, life.StepInput(reason="调解不成"))
    assert (court.to_status, court.to_level, court.ended) == (S.FAILED, "court", True)
    with pytest.raises(TransitionError, match="法院层级"):
        life.ensure_allowed(S.REGISTERED, A.ESCALATE, "court")
    assert A.ESCALATE not in life.allowed_actions(S.REGISTERED, "court")


def test_a_signed_written_agreement_corrected_must_be_signed_again() -> None:
    step = life.StepInput(reason="金额笔误", agreement_kind="written")
    assert life.decide(S.AGREED, "grid", A.REVISE_AGREEMENT, step).to_status == S.AGREEMENT_PENDING
    oral = life.StepInput(reason="补记", agreement_kind="oral")
    assert life.decide(S.AGREED, "grid", A.REVISE_AGREEMENT, oral).to_status == S.AGREED


# --- deadlines --------------------------------------------------------------------------------
def test_legal_deadline_counts_calendar_days_and_moves_off_a_day_off() -> None:
    # 2026-11-29 (Sunday) + 30 = 2026-12-29 (Tuesday)
    assert dl.legal_deadline(date(2026, 11, 29), 30, CAL) == date(2026, 12, 29)
    # + 27 = 2026-12-26, a Saturday: the period ends on Monday 2026-12-28
    assert dl.legal_deadline(date(2026, 11, 29), 27, CAL) == date(2026, 12, 28)
    holiday = WorkCalendar([date(2026, 12, 29)])
    assert dl.legal_deadline(date(2026, 11, 29), 30, holiday) == date(2026, 12, 30)


def test_art_33_judicial_confirmation_within_30_days_of_effect() -> None:
    deadline = dl.confirmation_deadline(date(2026, 11, 29), CAL)
    assert (deadline.kind, deadline.due) == ("confirmation", date(2026, 12, 29))


def test_practice_limit_one_month_from_the_current_level_and_configurable() -> None:
    walk_in = dl.mediation_deadline("walk_in", "", date(2026, 11, 1), date(2026, 11, 10), 1, CAL)
    assert (walk_in.kind, walk_in.due) == ("mediation_limit", date(2026, 12, 10))
    # "one month" is the corresponding day (民法典 第二百零二条), not 30 days: from 31 January
    # it ends on 28 February (a Sunday: Monday 1 March), from 31 October on 30 November
    jan = dl.mediation_deadline("walk_in", "", date(2027, 1, 31), date(2027, 1, 31), 1, CAL)
    assert jan.due == date(2027, 3, 1)
    october = dl.mediation_deadline("walk_in", "", date(2026, 10, 31), date(2026, 10, 31), 1, CAL)
    assert october.due == date(2026, 11, 30)
    district_rule = dl.mediation_deadline(
        "walk_in", "", date(2026, 11, 1), date(2026, 11, 1), 2, WorkCalendar([date(2027, 1, 1)])
    )
    assert district_rule.due == date(2027, 1, 4)  # 1 January (元旦) is a day off


def test_court_referral_limits_30_before_filing_15_or_7_after() -> None:
    start = date(2026, 11, 2)  # a Monday
    delegated = dl.mediation_deadline("court_delegated", "", start, start, 30, CAL)
    assert (delegated.kind, delegated.due) == ("court_delegated", date(2026, 12, 2))
    ordinary = dl.mediation_deadline("court_entrusted", "ordinary", start, start, 30, CAL)
    assert (ordinary.kind, ordinary.due) == ("court_entrusted", date(2026, 11, 17))
    simple = dl.mediation_deadline("court_entrusted", "simple", start, start, 30, CAL)
    assert simple.due == date(2026, 11, 9)


def test_a_court_referral_is_accepted_within_3_working_days() -> None:
    # received Friday 2026-11-27: Mon, Tue, Wed → 2026-12-02
    accept = dl.court_accept_deadline(date(2026, 11, 27), CAL)
    assert (accept.kind, accept.due) == ("court_accept", date(2026, 12, 2))


# --- money, codes, duplicates -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (300000, "人民币叁仟元整"),
        (2860000, "人民币贰万捌仟陆佰元整"),
        (10010000, "人民币壹拾万零壹佰元整"),
        (100000005, "人民币壹佰万元零伍分"),
        (1050, "人民币壹拾元伍角"),
        (0, "人民币零元整"),
    ],
)
def test_amounts_in_capital_numerals(fen: int, text: str) -> None:
    assert rules.yuan_upper(fen) == text


def test_amounts_as_typed() -> None:
    assert parse_amount("3,000.50") == 300050
    assert parse_amount("￥28600元") == 2860000
    assert parse_amount(" ") is None
    for bad in ("abc", "-5", "1.234"):
        with pytest.raises(ValueError, match=bad.replace(".", r"\.")):
            parse_amount(bad)
    assert rules.yuan(2860000) == "28,600" and rules.yuan(None) == ""


def test_uscc_checked_by_python_stdnum() -> None:
    assert rules.normalise_uscc(COMPANY_USCC.lower()) == COMPANY_USCC
    with pytest.raises(rules.UsccError, match="校验位"):
        rules.normalise_uscc(BAD_USCC)
    with pytest.raises(rules.UsccError, match="18 位"):
        rules.normalise_uscc("9132060")
    with pytest.raises(rules.UsccError, match="格式"):
        rules.normalise_uscc("91320602MA1XY0PZ36")


def test_same_parties_spots_a_duplicate() -> None:
    a, b, c = "id:1", "uscc:2", "name:王五"
    assert rules.same_parties({a, b}, {b, a})
    assert rules.same_parties({a, b}, {a, b, c})
    assert rules.same_parties({a, b, c}, {a, b})  # the same dispute with a party more
    assert not rules.same_parties({a, c}, {a, b})
    assert not rules.same_parties({a, b}, {a})  # one shared party is not the same dispute
    assert rules.party_key("张 三", None, None) == "name:张三"


def test_copies_and_the_marriage_caveat() -> None:
    assert [rules.count_text(n) for n in (3, 10, 12, 25)] == ["三", "十", "十二", "二十五"]
    caveat = rules.confirmation_caveat("marriage_family")
    assert caveat is not None and "法释〔2011〕5号" in caveat.render()
    assert rules.confirmation_caveat("neighbour") is None
