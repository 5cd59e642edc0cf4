"""What a legal-aid step does to an application, shared by the window's service (which writes
it) and the district server (which decides it again from the step's declared input and refuses a
step whose result differs): the facts the eligibility rules take (DOMAIN §4), the situation the
lifecycle decides in (gridwarden/rules/legal_aid_lifecycle.py) and the fields and deadlines each
action sets (法律援助法 第四十三条: seven days to decide, three to assign; 第三十八条 forwarding;
第四十九条 objections, five days; 第五十条 closing, thirty days; 第四十八条 termination;
第五十五条 replacement)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gridwarden.models import LegalAidApplication, LegalAidCase
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.money import parse_amount
from gridwarden.settings import Settings

FACT_FIELDS = tuple(la.APPLICANT_FACTS)


def applicant_facts(record: LegalAidApplication) -> el.ApplicantFacts:
    return el.ApplicantFacts(
        birth_date=record.birth_date,
        gender=record.gender,
        has_agent=bool(record.agent_name),
        organisation=record.applicant_kind == "organisation",
        presumption_basis=record.presumption_basis,
        **{name: bool(getattr(record, name)) for name in FACT_FIELDS},
    )


def matter_facts(case: LegalAidCase, agency_name: str = "") -> el.MatterFacts:
    return el.MatterFacts(
        matter_type=case.matter_type,
        other_basis=case.other_basis,
        limitation_date=case.limitation_date,
        limitation_note=case.limitation_note,
        urgent_preservation=case.urgent_preservation,
        city_wide=case.city_wide,
        competent_agency=agency_name,
        criminal_reason=case.criminal_reason,
        urgent_basis=case.urgent_basis,
        custody_hours=custody_hours(case),
    )


def custody_hours(case: LegalAidCase) -> float | None:
    """Art. 39: how long the custody took to forward a detainee's application (hours)."""
    if case.custody_applied_at is None or case.custody_forwarded_at is None:
        return None
    seconds = (case.custody_forwarded_at - case.custody_applied_at).total_seconds()
    return round(seconds / 3600, 1)


def assess_application(
    application: LegalAidApplication,
    case: LegalAidCase,
    today: date,
    agency_name: str = "",
    extra_materials: Sequence[str] = (),
) -> el.Assessment:
    return el.assess(
        applicant_facts(application),
        matter_facts(case, agency_name),
        [*application.materials, *extra_materials],
        today,
        application.hardship,
    )


def situation_of(
    application: LegalAidApplication, case: LegalAidCase, step: life.StepInput, today: date
) -> life.Situation:
    """What the lifecycle rules need to know about an application for a step."""
    supplied = [m for m in step.materials if m in la.MATERIALS]
    return life.Situation(
        today=today,
        city_wide=case.city_wide,
        assessment=assess_application(application, case, today, extra_materials=supplied),
        withdraw_on=application.withdraw_on,
        objections=application.objection_count,
        objection_of=application.objection_of or life.REFUSAL,
        proceeding=case.proceeding,
        assigned_on=application.assigned_on,
        assignee_name=application.assignee_name,
    )


def _completed(
    status: str, today: date, calendar: WorkCalendar, settings: Settings, detainee: bool = False
) -> dict[str, Any]:
    """Materials complete today: the decision clock (or the forwarding one) starts. A
    detainee's application is forwarded within 24 hours (Art. 39)."""
    if status == life.Status.TO_FORWARD:
        due = (
            dl.detainee_forward_due(today)
            if detainee
            else dl.forward_due(today, settings.legal_aid_forward_days, calendar)
        )
        return {"complete_on": today, "forward_due": due, "due_date": due}
    due = dl.decision_due(today, calendar)
    return {"complete_on": today, "decision_due": due, "due_date": due}


@dataclass(frozen=True)
class StepDay:
    """The day a step is taken and what its deadlines are counted by."""

    today: date
    calendar: WorkCalendar
    settings: Settings


@dataclass
class _Work:
    """One step being worked out: its inputs, and the values and history detail it sets."""

    application: LegalAidApplication
    outcome: life.Outcome
    act: life.Action
    step: life.StepInput
    day: StepDay
    agency_name: str
    detainee: bool
    supplied: list[str]
    values: dict[str, Any] = field(default_factory=dict)
    detail: dict[str, Any] = field(default_factory=dict)


def _complete(w: _Work) -> None:
    materials = {*w.application.materials, *w.supplied}
    w.values["materials"] = [m for m in la.MATERIALS if m in materials]
    d = w.day
    w.values.update(_completed(w.outcome.to_status, d.today, d.calendar, d.settings, w.detainee))
    w.detail["supplied"] = w.supplied


def _forward(w: _Work) -> None:  # Art. 38
    receiver = w.step.receiver.strip()
    w.values.update(
        forwarded_on=w.day.today,
        forwarded_to_id=w.step.agency_id,
        forward_receiver=receiver,
        due_date=None,
    )
    w.detail.update(agency=w.agency_name, receiver=receiver)


def _advance(w: _Work) -> None:
    w.values.update(advance_on=w.day.today, **_assignee(w.step))


def _grant(w: _Work) -> None:  # Art. 43: assign within three days
    due = dl.assign_due(w.day.today, w.day.calendar)
    hardship = w.outcome.hardship or ""
    w.values.update(decided_on=w.day.today, hardship=hardship, assign_due=due, due_date=due)
    w.detail["hardship"] = w.outcome.hardship


def _refuse(w: _Work) -> None:
    w.values.update(
        decided_on=w.day.today,
        refusal_reasons=w.step.reasons.strip(),
        refusal_basis=w.step.legal_basis.strip(),
        due_date=None,
    )
    if w.step.hardship == "not_met":
        w.values["hardship"] = "not_met"


def _assign(w: _Work) -> None:
    w.values.update(assigned_on=w.day.today, due_date=None, **_assignee(w.step))


def _checked(day: date | None) -> date:
    """A date the lifecycle's input check has already required (legal_aid_lifecycle.decide
    refuses the step with its Chinese reason when it is missing): here it is there."""
    if day is None:
        raise TypeError("a step reached its values without the date its check requires")
    return day


def _object(w: _Work) -> None:  # Art. 49: decided within five days
    received = _checked(w.step.received_on)
    due = dl.objection_due(received, w.day.calendar)
    application = w.application
    against = life.TERMINATION if application.status == life.Status.ENDED else life.REFUSAL
    w.values.update(
        objection_on=received,
        objection_due=due,
        due_date=due,
        objection_count=application.objection_count + 1,
        objection_of=against,
        objection_result="",
        objection_opinion="",
    )
    w.detail["against"] = against


def _decide_objection(w: _Work) -> None:
    today = w.day.today
    w.values.update(
        objection_decided_on=today,
        objection_result=w.act.value,
        objection_opinion=w.step.note.strip(),
        due_date=None,
    )
    if w.outcome.to_status == life.Status.GRANTED:  # a refusal corrected: assign in 3 days
        due = dl.assign_due(today, w.day.calendar)
        w.values.update(decided_on=today, assign_due=due, due_date=due)
    elif w.outcome.to_status == life.Status.ASSIGNED:  # a termination corrected: aid resumes
        w.values.update(end_ground="", end_reasons="", ended_on=None, closed_reason="")
    w.detail["against"] = w.application.objection_of or life.REFUSAL


def _replace(w: _Work) -> None:  # Art. 55
    application = w.application
    w.detail["previous"] = {
        "assignee_name": application.assignee_name,
        "assignee_unit": application.assignee_unit,
        "assignee_kind": application.assignee_kind,
    }
    w.values.update(replaced_count=application.replaced_count + 1, **_assignee(w.step))


def _conclude(w: _Work) -> None:  # Art. 50: closing papers within thirty days
    due = dl.closing_due(_checked(w.step.ended_on), w.day.calendar)
    w.values.update(matter_ended_on=w.step.ended_on, closing_due=due, due_date=due)


def _close(w: _Work) -> None:
    step, application = w.step, w.application
    ended = step.ended_on or application.matter_ended_on
    claimed = parse_amount(step.amount_claimed)
    w.values.update(
        matter_ended_on=ended,
        closing_due=application.closing_due
        or (dl.closing_due(ended, w.day.calendar) if ended else None),
        closed_on=w.day.today,
        outcome=step.outcome,
        recovered_fen=parse_amount(step.amount_recovered),
        resolved_in_substance=step.resolved,
        closing_report=step.note.strip(),
        closing_documents=[d for d in la.CLOSING_DOCUMENTS if d in set(step.documents)],
        closed_reason=la.OUTCOMES[step.outcome],
        due_date=None,
    )
    if claimed is not None:
        w.values["claim_amount_fen"] = claimed


def _withdraw(w: _Work) -> None:
    w.values.update(closed_reason=la.WITHDRAW_REASONS[w.step.withdraw_reason], due_date=None)


def _end(w: _Work) -> None:  # Art. 48
    w.values.update(
        closed_reason=la.END_GROUNDS[w.step.ground],
        end_ground=w.step.ground,
        end_reasons=w.step.reasons.strip(),
        ended_on=w.day.today,
        objection_count=0,  # the termination is a new decision: it may be objected to
        due_date=None,
    )


# What each action sets beside the status (an action not named here sets only the status).
_ACTIONS: dict[life.Action, Callable[[_Work], None]] = {
    life.Action.COMPLETE: _complete,
    life.Action.FORWARD: _forward,
    life.Action.ADVANCE: _advance,
    life.Action.GRANT: _grant,
    life.Action.REFUSE: _refuse,
    life.Action.ASSIGN: _assign,
    life.Action.OBJECT: _object,
    life.Action.UPHOLD: _decide_objection,
    life.Action.CORRECT: _decide_objection,
    life.Action.REPLACE: _replace,
    life.Action.CONCLUDE: _conclude,
    life.Action.CLOSE: _close,
    life.Action.WITHDRAW: _withdraw,
    life.Action.END: _end,
}


def step_values(
    application: LegalAidApplication,
    outcome: life.Outcome,
    action: str,
    step: life.StepInput,
    day: StepDay,
    agency_name: str = "",
    detainee: bool = False,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """For an action the rules allowed: the new field values, the history step's detail and
    the parameters pushed with the transition."""
    supplied = [m for m in step.materials if m in la.MATERIALS]
    act = life.Action(action)
    work = _Work(application, outcome, act, step, day, agency_name, detainee, supplied)
    work.values["status"] = outcome.to_status
    handler = _ACTIONS.get(act)
    if handler is not None:
        handler(work)
    values, detail = work.values, work.detail
    params = {
        "from_status": application.status,
        "note": step.note.strip(),
        "materials": supplied,
        "reasons": step.reasons.strip(),
        "legal_basis": step.legal_basis.strip(),
        "hardship": step.hardship,
        "assignee_name": step.assignee_name.strip(),
        "assignee_unit": step.assignee_unit.strip(),
        "assignee_kind": step.assignee_kind,
        "agency_id": step.agency_id,
        "receiver": step.receiver.strip(),
        "received_on": step.received_on.isoformat() if step.received_on else None,
        "withdraw_reason": step.withdraw_reason,
        "ground": step.ground,
        "ended_on": step.ended_on.isoformat() if step.ended_on else None,
        "outcome": step.outcome,
        "documents": list(step.documents),
        "amount_claimed": step.amount_claimed,
        "amount_recovered": step.amount_recovered,
        "resolved": step.resolved,
    }
    detail.update(
        {k: v for k, v in params.items() if (v or v is False) and k not in ("from_status", "note")}
    )
    return values, detail, params


def _assignee(step: life.StepInput) -> dict[str, str]:
    return {
        "assignee_name": step.assignee_name.strip(),
        "assignee_unit": step.assignee_unit.strip(),
        "assignee_kind": step.assignee_kind,
    }


def declared_input(step: life.StepInput, today: date, forward_days: int) -> dict[str, Any]:
    """The person's input to a step as it travels in the outbox: what the server decides the
    step from again (with the day it was taken and the window's forwarding period)."""
    declared: dict[str, Any] = {}
    for name in life.StepInput.__dataclass_fields__:
        value = getattr(step, name)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        declared[name] = value
    return {**declared, "on": today.isoformat(), "forward_days": forward_days}


# A window's forwarding period is local practice (settings); the server takes it within these
# bounds only (通城通办, 第三十八条: the law sets no number, a month is no "promptly").
FORWARD_DAYS = range(1, 16)
_DATES = ("received_on", "ended_on")
_LISTS = ("materials", "documents")


def step_from_input(declared: dict[str, Any]) -> tuple[life.StepInput, date, int]:
    """The declared input read back: the step, the day it was taken, the forwarding period.
    Raises ValueError/TypeError for a value of the wrong form."""
    values: dict[str, Any] = {}
    for name in life.StepInput.__dataclass_fields__:
        if name not in declared or declared[name] is None:
            continue
        value = declared[name]
        if name in _DATES:
            value = date.fromisoformat(str(value))
        elif name in _LISTS:
            if not isinstance(value, list):
                raise TypeError(f"{name} must be a list")
            value = tuple(str(v) for v in value)
        elif name == "resolved":
            value = bool(value)
        elif name != "agency_id":
            value = str(value)
        values[name] = value
    forward_days = int(declared.get("forward_days", Settings.legal_aid_forward_days))
    if forward_days not in FORWARD_DAYS:
        raise ValueError(f"forward_days {forward_days}")
    return life.StepInput(**values), date.fromisoformat(str(declared["on"])), forward_days
