from datetime import date

import pytest

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.settings import Settings

S, A = life.Status, life.Action
INPUT = {
    A.DISPATCH: life.StepInput(department_id="dept"),
    A.REJECT: life.StepInput(reason="不属本部门", legal_basis="职责清单"),
    A.RETURN: life.StepInput(reason="派错部门", legal_basis="职责清单第五条"),
    A.EXTEND: life.StepInput(reason="需多部门会商", new_date=date(2026, 12, 31)),
    A.REFUSE_EXTENSION: life.StepInput(reason="理由不充分"),
    A.URGE: life.StepInput(note="请今日内到场"),
    A.SUPERVISE: life.StepInput(note="列为督办件"),
    A.MERGE: life.StepInput(master_id="master"),
    A.REPLY: life.StepInput(note="已整改"),
    A.CALLBACK: life.StepInput(satisfaction="satisfied"),
}


def test_the_whole_happy_path() -> None:
    status = S.ACCEPTED
    for action in (A.DISPATCH, A.SIGN, A.HANDLE, A.REPLY, A.CLOSE, A.CALLBACK):
        status = life.decide(status, action, INPUT.get(action, life.StepInput())).to_status
    assert status == S.CALLBACK


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("action", list(A))
def test_every_illegal_step_is_refused_and_every_legal_one_allowed(
    status: life.Status, action: life.Action
) -> None:
    step = INPUT.get(action, life.StepInput())
    if action in life.allowed_actions(status):
        assert life.decide(status, action, step).to_status in S
    else:
        with pytest.raises(TransitionError) as caught:
            life.decide(status, action, step)
        assert "不能" in str(caught.value)


def test_reject_needs_reason_and_legal_basis() -> None:
    with pytest.raises(ValidationError) as caught:
        life.decide(S.DISPATCHED, A.REJECT, life.StepInput(reason="不属本部门"))
    assert set(caught.value.fields) == {"legal_basis"}
    with pytest.raises(ValidationError):
        life.decide(S.DISPATCHED, A.REJECT, life.StepInput(legal_basis="x"))


def test_return_and_reject_go_back_to_accepted() -> None:
    assert life.decide(S.SIGNED, A.RETURN, INPUT[A.RETURN]).to_status == S.ACCEPTED
    assert life.decide(S.DISPATCHED, A.REJECT, INPUT[A.REJECT]).to_status == S.ACCEPTED


def test_unsatisfied_callback_reopens_to_the_department() -> None:
    outcome = life.decide(S.CLOSED, A.CALLBACK, life.StepInput(satisfaction="unsatisfied"))
    assert outcome == life.Outcome(S.DISPATCHED, reopened=True)


def test_dispatch_without_department_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        life.decide(S.ACCEPTED, A.DISPATCH, life.StepInput())
    assert "department_id" in caught.value.fields


def test_return_also_needs_a_legal_basis() -> None:
    with pytest.raises(ValidationError) as caught:
        life.decide(S.HANDLING, A.RETURN, life.StepInput(reason="派错部门"))
    assert set(caught.value.fields) == {"legal_basis"}


@pytest.mark.parametrize(
    ("action", "step", "field"),
    [
        (A.EXTEND, life.StepInput(new_date=date(2026, 12, 31)), "reason"),
        (A.EXTEND, life.StepInput(reason="会商"), "new_date"),
        (A.REFUSE_EXTENSION, life.StepInput(), "reason"),
        (A.URGE, life.StepInput(), "note"),
        (A.SUPERVISE, life.StepInput(note="  "), "note"),
        (A.MERGE, life.StepInput(), "master_id"),
    ],
)
def test_each_new_step_names_what_it_misses(
    action: life.Action, step: life.StepInput, field: str
) -> None:
    status = S.ACCEPTED if action is A.MERGE else S.HANDLING
    with pytest.raises(ValidationError) as caught:
        life.decide(status, action, step)
    assert set(caught.value.fields) == {field}


def test_steps_that_keep_the_status() -> None:
    for action in (A.EXTEND, A.APPROVE_EXTENSION, A.REFUSE_EXTENSION, A.URGE, A.SUPERVISE):
        assert life.decide(S.HANDLING, action, INPUT.get(action, life.StepInput())) == (
            life.Outcome(S.HANDLING)
        )
    assert life.decide(S.DISPATCHED, A.MERGE, INPUT[A.MERGE]).to_status == S.MERGED
    assert life.decide(S.MERGED, A.CLOSE_MERGED, life.StepInput()).to_status == S.CLOSED
    assert S.MERGED not in life.OPEN_STATUSES


def facts(role: str = "warden", **kw: date | None) -> life.OrderFacts:
    return life.OrderFacts(today=kw.pop("today", None) or date(2026, 11, 30), role=role, **kw)


def test_extension_is_decided_by_the_grid_centre_only() -> None:
    pending = facts(due_date=date(2026, 12, 4), extension_until=date(2026, 12, 11))
    for role in ("warden", "grid_leader", "clerk"):
        with pytest.raises(TransitionError) as caught:
            life.decide(
                S.HANDLING,
                A.APPROVE_EXTENSION,
                life.StepInput(),
                facts(
                    role,
                    **{"due_date": pending.due_date, "extension_until": pending.extension_until},
                ),
            )
        assert str(caught.value) == "只有网格中心可以批准延期"
    centre = facts("supervisor", due_date=date(2026, 12, 4), extension_until=date(2026, 12, 11))
    assert life.decide(S.HANDLING, A.APPROVE_EXTENSION, life.StepInput(), centre).to_status == (
        S.HANDLING
    )
    no_request = facts("supervisor", due_date=date(2026, 12, 4))
    with pytest.raises(TransitionError) as caught:
        life.decide(S.HANDLING, A.REFUSE_EXTENSION, INPUT[A.REFUSE_EXTENSION], no_request)
    assert str(caught.value) == "该工单没有待审核的延期申请"


def test_extension_must_be_asked_before_the_deadline_and_move_it_later() -> None:
    ask = life.StepInput(reason="需多部门会商", new_date=date(2026, 12, 11))
    on_the_day = facts(today=date(2026, 12, 4), due_date=date(2026, 12, 4))
    assert life.decide(S.HANDLING, A.EXTEND, ask, on_the_day).to_status == S.HANDLING
    with pytest.raises(TransitionError) as caught:
        life.decide(
            S.HANDLING, A.EXTEND, ask, facts(today=date(2026, 12, 7), due_date=date(2026, 12, 4))
        )
    assert str(caught.value) == "办理期限（2026-12-04）已过，延期须在期限届满前申请"
    earlier = life.StepInput(reason="会商", new_date=date(2026, 12, 3))
    with pytest.raises(ValidationError) as bad:
        life.decide(S.HANDLING, A.EXTEND, earlier, on_the_day)
    assert set(bad.value.fields) == {"new_date"}
    pending = facts(due_date=date(2026, 12, 4), extension_until=date(2026, 12, 9))
    with pytest.raises(TransitionError) as twice:
        life.decide(S.HANDLING, A.EXTEND, ask, pending)
    assert str(twice.value) == "已有一份延期申请待网格中心审核"


def test_return_only_inside_the_window() -> None:
    step = INPUT[A.RETURN]
    inside = facts(today=date(2026, 12, 2), return_due=date(2026, 12, 2))
    assert life.decide(S.SIGNED, A.RETURN, step, inside).to_status == S.ACCEPTED
    late = facts(today=date(2026, 12, 3), return_due=date(2026, 12, 2))
    for status, action, inp in (
        (S.SIGNED, A.RETURN, step),
        (S.DISPATCHED, A.REJECT, INPUT[A.REJECT]),
    ):
        with pytest.raises(TransitionError) as caught:
            life.decide(status, action, inp, late)
        assert str(caught.value) == "退单期限已过（应于2026-12-02前提出），请按期办理或申请延期"


@pytest.mark.parametrize("action", [A.URGE, A.SUPERVISE])
def test_urging_and_supervision_by_grid_leader_or_centre(action: life.Action) -> None:
    for role in ("grid_leader", "supervisor"):
        assert life.decide(S.SIGNED, action, INPUT[action], facts(role)).to_status == S.SIGNED
    with pytest.raises(TransitionError) as caught:
        life.decide(S.SIGNED, action, INPUT[action], facts("warden"))
    label = life.ACTION_LABELS[action]
    assert str(caught.value) == f"只有网格中心 / 网格长可以{label}"


def test_merge_needs_an_open_master_other_than_itself() -> None:
    with pytest.raises(ValidationError) as same:
        life.check_master("a", "a", "accepted")
    assert str(same.value.fields["master_id"]) == "不能把工单并入它自己"
    with pytest.raises(ValidationError) as closed:
        life.check_master("a", "b", "closed")
    assert (
        str(closed.value.fields["master_id"])
        == "主工单须尚未办结且未并入其他工单（现为「已办结」）"
    )
    with pytest.raises(ValidationError) as merged:
        life.check_master("a", "b", "merged")
    assert "已并单" in str(merged.value.fields["master_id"])
    with pytest.raises(ValidationError) as missing:
        life.check_master("a", "b", None)
    assert str(missing.value.fields["master_id"]) == "所选主工单不存在"
    life.check_master("a", "b", "handling")  # allowed


TABLE = Settings().event_time_limits
CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("category", "urgency", "dispatched", "sign", "due", "ret"),
    [
        # 春节 2026: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked
        (
            "other",
            "normal",
            date(2026, 2, 13),
            date(2026, 2, 14),
            date(2026, 3, 12),
            date(2026, 2, 24),
        ),
        (
            "group_rental",
            "normal",
            date(2026, 2, 13),
            date(2026, 2, 14),
            date(2026, 2, 27),
            date(2026, 2, 24),
        ),
        (
            "other",
            "priority",
            date(2026, 2, 13),
            date(2026, 2, 13),
            date(2026, 2, 25),
            date(2026, 2, 14),
        ),
        # 国庆 2026: Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked; 中秋 Fri Sep 25 off
        (
            "group_rental",
            "normal",
            date(2026, 9, 30),
            date(2026, 10, 8),
            date(2026, 10, 13),
            date(2026, 10, 9),
        ),
        (
            "other",
            "normal",
            date(2026, 9, 19),
            date(2026, 9, 20),
            date(2026, 10, 15),
            date(2026, 9, 21),
        ),
        # an emergency is due the day it is dispatched, holiday or not
        (
            "safety_hazard",
            "emergency",
            date(2026, 10, 3),
            date(2026, 10, 3),
            date(2026, 10, 3),
            date(2026, 10, 3),
        ),
        # an ordinary week
        (
            "dispute_lead",
            "normal",
            date(2026, 11, 30),
            date(2026, 12, 1),
            date(2026, 12, 7),
            date(2026, 12, 2),
        ),
    ],
)
def test_time_limits_per_category_and_urgency_across_2026_holidays(
    category: str, urgency: str, dispatched: date, sign: date, due: date, ret: date
) -> None:
    found = life.deadlines(category, urgency, dispatched, TABLE, CAL)
    assert (found.sign_due, found.due_date, found.return_due) == (sign, due, ret)


def test_time_limit_table_falls_back_to_other_then_built_in() -> None:
    table = {"other/normal": {"sign": 2, "handle": 10, "return": 3}}
    assert life.time_limits(table, "group_rental", "normal") == life.TimeLimits(2, 10, 3)
    assert life.time_limits({}, "group_rental", "emergency") == life.TimeLimits(0, 0, 0)
    assert life.time_limits(TABLE, "dispute_lead", "priority") == life.TimeLimits(0, 3, 1)
