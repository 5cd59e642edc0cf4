"""A court referral (委派 / 委托) is accepted in a step of its own within 3 working days, before a
mediator is assigned; the court's period then runs from acceptance."""

from __future__ import annotations

from datetime import date

import pytest

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.queries import dispute_deadlines
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import DisputeService
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.dispute_support import Units, court_draft, detail, neighbour_draft


def referral(disputes: DisputeService, units: Units) -> str:
    return disputes.register(court_draft(units)).primary_id or ""


def due_kinds(store: Store, today: date) -> list[tuple[str, date]]:
    with store.sessions() as session:
        return [(x.kind, x.due) for x in dispute_deadlines.deadlines(session, today, Settings())]


def test_the_rules_put_acceptance_before_assignment() -> None:
    pending = life.allowed_actions("registered", "station", life.REFERRAL_PENDING)
    assert life.Action.ACCEPT_REFERRAL in pending and life.Action.ASSIGN not in pending
    accepted = life.allowed_actions("registered", "station", life.REFERRAL_ACCEPTED)
    assert life.Action.ASSIGN in accepted and life.Action.ACCEPT_REFERRAL not in accepted
    assert life.Action.ACCEPT_REFERRAL not in life.allowed_actions("registered", "grid")
    with pytest.raises(ValidationError) as error:
        life.decide("registered", "station", "accept_referral", life.StepInput(), "pending")
    assert set(error.value.fields) == {"accepted_on"}


def test_a_referral_is_accepted_then_assigned_and_its_period_runs_from_acceptance(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    dispute_id = referral(disputes, units)  # received Sunday 2026-11-29
    assert due_kinds(store, clock.today()) == [("court_accept", date(2026, 12, 2))]
    with pytest.raises(TransitionError, match="请先接收法院的委派/委托"):
        disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    clock.advance(days=2)  # Tuesday 12-01
    with pytest.raises(ValidationError) as early:
        disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=date(2026, 11, 28)))
    assert "不能早于" in str(early.value.fields["accepted_on"])
    changes = disputes.act(
        dispute_id, "accept_referral", life.StepInput(accepted_on=date(2026, 12, 1))
    )
    assert changes.warnings == ()
    d = detail(store, dispute_id)
    assert (d.row.status, d.referral_accepted_on, d.referral) == (
        "registered",
        date(2026, 12, 1),
        "accepted",
    )
    assert d.row.due_on == date(2026, 12, 31)  # 30 days from acceptance, not from receipt
    assert [s.action for s in d.steps] == ["register", "accept_referral"]
    assert due_kinds(store, clock.today()) == []  # the 3-day reminder is gone
    with pytest.raises(TransitionError, match="已接收"):
        disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=clock.today()))
    disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    assert detail(store, dispute_id).row.status == "mediating"


def test_a_late_acceptance_is_recorded_with_a_warning(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    dispute_id = referral(disputes, units)
    clock.advance(days=5)  # Friday 12-04: the limit was Wednesday 12-02
    assert due_kinds(store, clock.today())[0] == ("court_accept", date(2026, 12, 2))
    changes = disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=clock.today()))
    assert [str(w) for w in changes.warnings] == [
        "已超过接收期限（2026-12-02，收到后3个工作日），请向法院说明"
    ]


def test_only_a_court_referral_is_accepted(disputes: DisputeService, units: Units) -> None:
    walk_in = disputes.register(neighbour_draft(units.station)).primary_id or ""
    with pytest.raises(TransitionError, match="只有法院委派或委托"):
        disputes.act(walk_in, "accept_referral", life.StepInput(accepted_on=date(2026, 11, 29)))
