"""The grid event (work order) lifecycle, shared by the client and the district server.

受理 accepted → 派发 dispatched → 签收 signed → 处置 handling → 回复 replied → 办结 closed →
回访 callback. A department may 驳单 (reject, before signing: not its remit, with reason and legal
basis) or 退单 (return, after signing, with reason): the order goes back to 受理 for re-dispatch.
An unsatisfied callback reopens the order to the same department. Local practice (12345), not
national law; deadlines per category live in Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.rules import lifecycle as steps
from gridwarden.rules.calendar import WorkCalendar


class Status(StrEnum):
    ACCEPTED = "accepted"
    DISPATCHED = "dispatched"
    SIGNED = "signed"
    HANDLING = "handling"
    REPLIED = "replied"
    CLOSED = "closed"
    CALLBACK = "callback"


class Action(StrEnum):
    DISPATCH = "dispatch"
    SIGN = "sign"
    REJECT = "reject"
    RETURN = "return"
    HANDLE = "handle"
    REPLY = "reply"
    CLOSE = "close"
    CALLBACK = "callback"


STATUS_LABELS: dict[str, str] = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("core", "受理"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("core", "已派发"),
    Status.SIGNED: QT_TRANSLATE_NOOP("core", "已签收"),
    Status.HANDLING: QT_TRANSLATE_NOOP("core", "处置中"),
    Status.REPLIED: QT_TRANSLATE_NOOP("core", "已回复"),
    Status.CLOSED: QT_TRANSLATE_NOOP("core", "已办结"),
    Status.CALLBACK: QT_TRANSLATE_NOOP("core", "已回访"),
}

ACTION_LABELS: dict[str, str] = {
    "accept": QT_TRANSLATE_NOOP("core", "受理"),  # the first step of every event's history
    Action.DISPATCH: QT_TRANSLATE_NOOP("core", "派发"),
    Action.SIGN: QT_TRANSLATE_NOOP("core", "签收"),
    Action.REJECT: QT_TRANSLATE_NOOP("core", "驳单"),
    Action.RETURN: QT_TRANSLATE_NOOP("core", "退单"),
    Action.HANDLE: QT_TRANSLATE_NOOP("core", "处置"),
    Action.REPLY: QT_TRANSLATE_NOOP("core", "回复"),
    Action.CLOSE: QT_TRANSLATE_NOOP("core", "办结"),
    Action.CALLBACK: QT_TRANSLATE_NOOP("core", "回访"),
}

CATEGORIES: dict[str, str] = {
    "safety_hazard": QT_TRANSLATE_NOOP("core", "安全隐患"),
    "group_rental": QT_TRANSLATE_NOOP("core", "群租房"),
    "small_chemical": QT_TRANSLATE_NOOP("core", "小化工"),
    "dispute_lead": QT_TRANSLATE_NOOP("core", "矛盾纠纷线索"),
    "other": QT_TRANSLATE_NOOP("core", "其他"),
}

SATISFACTION: dict[str, str] = {
    "satisfied": QT_TRANSLATE_NOOP("core", "满意"),
    "basically_satisfied": QT_TRANSLATE_NOOP("core", "基本满意"),
    "unsatisfied": QT_TRANSLATE_NOOP("core", "不满意"),
}

# action → the states it may start from, and where it goes (callback decides at run time).
_FROM: dict[Action, tuple[Status, ...]] = {
    Action.DISPATCH: (Status.ACCEPTED,),
    Action.SIGN: (Status.DISPATCHED,),
    Action.REJECT: (Status.DISPATCHED,),
    Action.RETURN: (Status.SIGNED, Status.HANDLING),
    Action.HANDLE: (Status.SIGNED,),
    Action.REPLY: (Status.HANDLING,),
    Action.CLOSE: (Status.REPLIED,),
    Action.CALLBACK: (Status.CLOSED,),
}
_TO: dict[Action, Status] = {
    Action.DISPATCH: Status.DISPATCHED,
    Action.SIGN: Status.SIGNED,
    Action.REJECT: Status.ACCEPTED,
    Action.RETURN: Status.ACCEPTED,
    Action.HANDLE: Status.HANDLING,
    Action.REPLY: Status.REPLIED,
    Action.CLOSE: Status.CLOSED,
}
OPEN_STATUSES = frozenset(s for s in Status if s not in (Status.CLOSED, Status.CALLBACK))


@dataclass(frozen=True)
class StepInput:
    """What a person supplies with an action; which parts are required depends on the action."""

    department_id: str | None = None
    reason: str = ""
    legal_basis: str = ""
    note: str = ""
    satisfaction: str | None = None


@dataclass(frozen=True)
class Outcome:
    to_status: Status
    reopened: bool = False


def allowed_actions(status: str) -> list[Action]:
    return steps.allowed(status, _FROM)


def _missing(field: str, text: str) -> ValidationError:
    return ValidationError({field: msg(text)})


def ensure_allowed(status: str, action: str) -> tuple[Action, Status]:
    """Refuse an action the lifecycle does not allow from `status` (TransitionError)."""
    return steps.ensure_allowed(
        status,
        action,
        Action,
        Status,
        _FROM,
        STATUS_LABELS,
        ACTION_LABELS,
        QT_TRANSLATE_NOOP("core", "事件当前为「{status}」，不能{action}"),
    )


def decide(status: str, action: str, step: StepInput) -> Outcome:
    """Validate `action` from `status` with its input; return where the event goes.

    Raises TransitionError for a step the lifecycle does not allow, ValidationError for a
    missing reason, department or satisfaction.
    """
    act, _current = ensure_allowed(status, action)
    if act is Action.DISPATCH and not step.department_id:
        raise _missing("department_id", QT_TRANSLATE_NOOP("core", "派发须选择联动部门"))
    if act in (Action.REJECT, Action.RETURN) and not step.reason.strip():
        raise _missing("reason", QT_TRANSLATE_NOOP("core", "驳单或退单须写明理由"))
    if act is Action.REJECT and not step.legal_basis.strip():
        raise _missing("legal_basis", QT_TRANSLATE_NOOP("core", "驳单须写明法律或职责依据"))
    if act is Action.REPLY and not step.note.strip():
        raise _missing("note", QT_TRANSLATE_NOOP("core", "回复须写明处置结果"))
    if act is Action.CALLBACK:
        if step.satisfaction not in SATISFACTION:
            raise _missing("satisfaction", QT_TRANSLATE_NOOP("core", "回访须选择满意度"))
        if step.satisfaction == "unsatisfied":
            return Outcome(Status.DISPATCHED, reopened=True)
        return Outcome(Status.CALLBACK)
    return Outcome(_TO[act])


def due_date(
    category: str,
    urgent: bool,
    start: date,
    limits: dict[str, int],
    calendar: WorkCalendar,
) -> date:
    """Deadline for an event accepted (or reopened) on `start`: urgent ones the same day."""
    if urgent:
        return start
    days = limits.get(category, limits.get("other", 15))
    return calendar.add_working_days(start, days)


def status_label(status: str) -> Message:
    return msg(STATUS_LABELS.get(status, status))
