from datetime import date

import pytest

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar

S, A = life.Status, life.Action
INPUT = {
    A.DISPATCH: life.StepInput(department_id="dept"),
    A.REJECT: life.StepInput(reason="不属本部门", legal_basis="职责清单"),
    A.RETURN: life.StepInput(reason="派错部门"),
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
def test_every_illegal_step_is_refused_and_every_legal_one_allowed(status: S, action: A) -> None:
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


def test_due_dates_per_category() -> None:
    limits = {"safety_hazard": 1, "other": 15, "group_rental": 5}
    cal = WorkCalendar()
    monday = date(2026, 11, 30)
    assert life.due_date("safety_hazard", True, monday, limits, cal) == monday  # emergency
    assert life.due_date("safety_hazard", False, monday, limits, cal) == date(2026, 12, 1)
    assert life.due_date("group_rental", False, monday, limits, cal) == date(2026, 12, 7)
    assert life.due_date("unknown", False, monday, limits, cal) == date(2026, 12, 21)
