"""The grid event (work order, 工单) lifecycle, shared by the client and the district server.

受理 accepted → 派发 dispatched → 签收 signed → 处置 handling → 回复 replied → 办结 closed →
回访 callback (国办发〔2020〕53号: accept, dispatch, handle, reply, supervise, close, call back,
evaluate; GB/T 30428 grid case handling). A department may 驳单 (reject, before signing) or 退单
(return, after signing), each with a reason and a legal or remit basis and only inside the return
window: the order goes back to 受理 for re-dispatch. An unsatisfied callback reopens the order to
the same department.

Beside the status moves, steps that keep the status are recorded on the order (全程留痕): an
extension request (延期申请, with reason and new date, only before the handling deadline) that the
grid centre approves or refuses; urging (催办) and supervision (督办) by a grid leader or the
centre; merging a repeat complaint under a master order (并单): the duplicate waits as 已并单 and
closes when its master closes.

Time limits (sign-for, handling, return window) are local practice (12345 rules such as
Xuzhou's: emergency the same day, requests 5 and complaints 15 working days, returns within 2),
not national law: a table per category and urgency in Settings, counted in working days of the
shared calendar (rules.calendar).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, listing, msg
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.lifecycle import Lifecycle, missing


class Status(StrEnum):
    ACCEPTED = "accepted"
    DISPATCHED = "dispatched"
    SIGNED = "signed"
    HANDLING = "handling"
    REPLIED = "replied"
    CLOSED = "closed"
    CALLBACK = "callback"
    MERGED = "merged"  # a repeat complaint waiting on its master order


class Action(StrEnum):
    DISPATCH = "dispatch"
    SIGN = "sign"
    REJECT = "reject"
    RETURN = "return"
    HANDLE = "handle"
    REPLY = "reply"
    CLOSE = "close"
    CALLBACK = "callback"
    EXTEND = "extend"  # 延期申请
    APPROVE_EXTENSION = "approve_ext"  # 批准延期
    REFUSE_EXTENSION = "refuse_ext"  # 不予延期
    URGE = "urge"  # 催办
    SUPERVISE = "supervise"  # 督办
    MERGE = "merge"  # 并单: this order is a repeat of a master order
    CLOSE_MERGED = "close_merged"  # 随主单办结


STATUS_LABELS: dict[str, str] = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("core", "受理"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("core", "已派发"),
    Status.SIGNED: QT_TRANSLATE_NOOP("core", "已签收"),
    Status.HANDLING: QT_TRANSLATE_NOOP("core", "处置中"),
    Status.REPLIED: QT_TRANSLATE_NOOP("core", "已回复"),
    Status.CLOSED: QT_TRANSLATE_NOOP("core", "已办结"),
    Status.CALLBACK: QT_TRANSLATE_NOOP("core", "已回访"),
    Status.MERGED: QT_TRANSLATE_NOOP("core", "已并单"),
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
    Action.EXTEND: QT_TRANSLATE_NOOP("core", "申请延期"),
    Action.APPROVE_EXTENSION: QT_TRANSLATE_NOOP("core", "批准延期"),
    Action.REFUSE_EXTENSION: QT_TRANSLATE_NOOP("core", "不予延期"),
    Action.URGE: QT_TRANSLATE_NOOP("core", "催办"),
    Action.SUPERVISE: QT_TRANSLATE_NOOP("core", "督办"),
    Action.MERGE: QT_TRANSLATE_NOOP("core", "并单"),
    Action.CLOSE_MERGED: QT_TRANSLATE_NOOP("core", "随主单办结"),
}

CATEGORIES: dict[str, str] = {
    "safety_hazard": QT_TRANSLATE_NOOP("core", "安全隐患"),
    "group_rental": QT_TRANSLATE_NOOP("core", "群租房"),
    "small_chemical": QT_TRANSLATE_NOOP("core", "小化工"),
    "dispute_lead": QT_TRANSLATE_NOOP("core", "矛盾纠纷线索"),
    "other": QT_TRANSLATE_NOOP("core", "其他"),
}

# Where an order came from (DOMAIN §2). A 12345 order carries the hotline's own order number.
CHANNELS: dict[str, str] = {
    "patrol": QT_TRANSLATE_NOOP("core", "网格巡查"),
    "resident": QT_TRANSLATE_NOOP("core", "群众上报"),
    "hotline": QT_TRANSLATE_NOOP("core", "12345热线"),
    "platform": QT_TRANSLATE_NOOP("core", "平台预警"),
    "transfer": QT_TRANSLATE_NOOP("core", "部门转办"),
}
HOTLINE = "hotline"

# 紧急 orders are flagged everywhere and listed first.
URGENCIES: dict[str, str] = {
    "emergency": QT_TRANSLATE_NOOP("core", "紧急"),
    "priority": QT_TRANSLATE_NOOP("core", "加急"),
    "normal": QT_TRANSLATE_NOOP("core", "一般"),
}
EMERGENCY = "emergency"

SATISFACTION: dict[str, str] = {
    "satisfied": QT_TRANSLATE_NOOP("core", "满意"),
    "basically_satisfied": QT_TRANSLATE_NOOP("core", "基本满意"),
    "unsatisfied": QT_TRANSLATE_NOOP("core", "不满意"),
}

_WORKING = (Status.DISPATCHED, Status.SIGNED, Status.HANDLING)

# action → the states it may start from, and where it goes (None: the status stays; the
# callback decides at run time).
_FROM: dict[Action, tuple[Status, ...]] = {
    Action.DISPATCH: (Status.ACCEPTED,),
    Action.SIGN: (Status.DISPATCHED,),
    Action.REJECT: (Status.DISPATCHED,),
    Action.RETURN: (Status.SIGNED, Status.HANDLING),
    Action.HANDLE: (Status.SIGNED,),
    Action.REPLY: (Status.HANDLING,),
    Action.CLOSE: (Status.REPLIED,),
    Action.CALLBACK: (Status.CLOSED,),
    Action.EXTEND: (Status.SIGNED, Status.HANDLING),
    Action.APPROVE_EXTENSION: (Status.SIGNED, Status.HANDLING),
    Action.REFUSE_EXTENSION: (Status.SIGNED, Status.HANDLING),
    Action.URGE: _WORKING,
    Action.SUPERVISE: _WORKING,
    Action.MERGE: (Status.ACCEPTED, *_WORKING),
    Action.CLOSE_MERGED: (Status.MERGED,),
}
_TO: dict[Action, Status | None] = {
    Action.DISPATCH: Status.DISPATCHED,
    Action.SIGN: Status.SIGNED,
    Action.REJECT: Status.ACCEPTED,
    Action.RETURN: Status.ACCEPTED,
    Action.HANDLE: Status.HANDLING,
    Action.REPLY: Status.REPLIED,
    Action.CLOSE: Status.CLOSED,
    Action.EXTEND: None,
    Action.APPROVE_EXTENSION: None,
    Action.REFUSE_EXTENSION: None,
    Action.URGE: None,
    Action.SUPERVISE: None,
    Action.MERGE: Status.MERGED,
    Action.CLOSE_MERGED: Status.CLOSED,
}
# Open: still owed work (an order merged under a master waits on the master, not on itself).
OPEN_STATUSES = frozenset(
    s for s in Status if s not in (Status.CLOSED, Status.CALLBACK, Status.MERGED)
)

# Who may take a step (roles of the district server's accounts). The grid centre (指挥中心,
# role supervisor) decides extensions; grid leaders (网格长) and the centre urge and supervise.
# Steps not listed are open to anyone working in the order's grid.
SUPERVISOR, GRID_LEADER = "supervisor", "grid_leader"
ACTION_ROLES: dict[str, frozenset[str]] = {
    Action.APPROVE_EXTENSION: frozenset({SUPERVISOR}),
    Action.REFUSE_EXTENSION: frozenset({SUPERVISOR}),
    Action.URGE: frozenset({GRID_LEADER, SUPERVISOR}),
    Action.SUPERVISE: frozenset({GRID_LEADER, SUPERVISOR}),
}
ROLE_LABELS: dict[str, str] = {
    SUPERVISOR: QT_TRANSLATE_NOOP("core", "网格中心"),
    GRID_LEADER: QT_TRANSLATE_NOOP("core", "网格长"),
}


@dataclass(frozen=True)
class StepInput:
    """What a person supplies with an action; which parts are required depends on the action."""

    department_id: str | None = None
    reason: str = ""
    legal_basis: str = ""
    note: str = ""
    satisfaction: str | None = None
    new_date: date | None = None  # an extension's requested deadline
    master_id: str | None = None  # the master order a repeat complaint is merged under


@dataclass(frozen=True)
class OrderFacts:
    """What the time and role checks look at: the day the step is taken (the device's day,
    so a step taken offline is judged by when it was taken), who takes it, and the order's
    deadlines as they stand. Without facts only the status and input are checked (the demo
    generator replaying history)."""

    today: date
    role: str | None  # None: checked elsewhere (the server checks the caller's account)
    due_date: date | None = None
    return_due: date | None = None
    extension_until: date | None = None


@dataclass(frozen=True)
class Outcome:
    to_status: Status
    reopened: bool = False


MACHINE = Lifecycle(
    Action,
    Status,
    _FROM,
    STATUS_LABELS,
    ACTION_LABELS,
    QT_TRANSLATE_NOOP("core", "事件当前为「{status}」，不能{action}"),
)
allowed_actions = MACHINE.allowed
ensure_allowed = MACHINE.ensure_allowed  # refuse an action not allowed from a status
status_label = MACHINE.status_label


def ensure_role(action: str, role: str) -> None:
    """Refuse a step the user's role may not take (TransitionError naming who may)."""
    roles = ACTION_ROLES.get(action)
    if roles is not None and role not in roles:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP("core", "只有{who}可以{action}"),
                who=listing((msg(ROLE_LABELS[r]) for r in sorted(roles, reverse=True)), " / "),
                action=msg(ACTION_LABELS[action]),
            )
        )


def _check_facts(act: Action, step: StepInput, facts: OrderFacts) -> None:
    if facts.role is not None:
        ensure_role(act, facts.role)
    late_return = facts.return_due is not None and facts.today > facts.return_due
    if act in (Action.REJECT, Action.RETURN) and late_return and facts.return_due:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP("core", "退单期限已过（应于{due}前提出），请按期办理或申请延期"),
                due=facts.return_due.isoformat(),
            )
        )
    if act is Action.EXTEND:
        if facts.extension_until is not None:
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "已有一份延期申请待网格中心审核")))
        if facts.due_date is not None and facts.today > facts.due_date:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "办理期限（{due}）已过，延期须在期限届满前申请"),
                    due=facts.due_date.isoformat(),
                )
            )
        if step.new_date and facts.due_date and step.new_date <= facts.due_date:
            raise missing("new_date", QT_TRANSLATE_NOOP("core", "延期后的期限须晚于现在的办理期限"))
    deciding = act in (Action.APPROVE_EXTENSION, Action.REFUSE_EXTENSION)
    if deciding and facts.extension_until is None:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该工单没有待审核的延期申请")))


def decide(status: str, action: str, step: StepInput, facts: OrderFacts | None = None) -> Outcome:
    """Validate `action` from `status` with its input; return where the event goes.

    Raises TransitionError for a step the lifecycle, the role or the time limits do not allow,
    ValidationError for a missing reason, basis, department, date or satisfaction.
    """
    act, current = ensure_allowed(status, action)
    if act is Action.DISPATCH and not step.department_id:
        raise missing("department_id", QT_TRANSLATE_NOOP("core", "派发须选择联动部门"))
    if act in (Action.REJECT, Action.RETURN) and not step.reason.strip():
        raise missing("reason", QT_TRANSLATE_NOOP("core", "驳单或退单须写明理由"))
    if act in (Action.REJECT, Action.RETURN) and not step.legal_basis.strip():
        raise missing("legal_basis", QT_TRANSLATE_NOOP("core", "驳单或退单须写明法律或职责依据"))
    if act is Action.REPLY and not step.note.strip():
        raise missing("note", QT_TRANSLATE_NOOP("core", "回复须写明处置结果"))
    if act in (Action.EXTEND, Action.REFUSE_EXTENSION) and not step.reason.strip():
        raise missing("reason", QT_TRANSLATE_NOOP("core", "须写明延期或不予延期的理由"))
    if act is Action.EXTEND and step.new_date is None:
        raise missing("new_date", QT_TRANSLATE_NOOP("core", "请填写申请延期至的日期"))
    if act in (Action.URGE, Action.SUPERVISE) and not step.note.strip():
        raise missing("note", QT_TRANSLATE_NOOP("core", "催办或督办须写明要求"))
    if act is Action.MERGE and not step.master_id:
        raise missing("master_id", QT_TRANSLATE_NOOP("core", "并单须选择主工单"))
    if facts is not None:
        _check_facts(act, step, facts)
    if act is Action.CALLBACK:
        if step.satisfaction not in SATISFACTION:
            raise missing("satisfaction", QT_TRANSLATE_NOOP("core", "回访须选择满意度"))
        if step.satisfaction == "unsatisfied":
            return Outcome(Status.DISPATCHED, reopened=True)
        return Outcome(Status.CALLBACK)
    return Outcome(_TO[act] or current)


def check_master(duplicate_id: str, master_id: str, master_status: str | None) -> None:
    """A repeat complaint goes under an open order that is not itself merged."""
    if master_id == duplicate_id:
        raise missing("master_id", QT_TRANSLATE_NOOP("core", "不能把工单并入它自己"))
    if master_status is None:
        raise missing("master_id", QT_TRANSLATE_NOOP("core", "所选主工单不存在"))
    if master_status not in OPEN_STATUSES:
        raise ValidationError(
            {
                "master_id": msg(
                    QT_TRANSLATE_NOOP(
                        "core", "主工单须尚未办结且未并入其他工单（现为「{status}」）"
                    ),
                    status=msg(STATUS_LABELS.get(master_status, master_status)),
                )
            }
        )


# --- time limits ------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimeLimits:
    """Working days from dispatch: to sign for, to handle (close), and to return the order."""

    sign: int
    handle: int
    ret: int


@dataclass(frozen=True)
class Deadlines:
    sign_due: date
    due_date: date
    return_due: date


# When the settings table has no row for the category or for "other" (working days).
FALLBACK_LIMITS = {
    EMERGENCY: TimeLimits(0, 0, 0),
    "priority": TimeLimits(0, 3, 1),
    "normal": TimeLimits(1, 15, 2),
}


def time_limits(table: Mapping[str, Mapping[str, int]], category: str, urgency: str) -> TimeLimits:
    """The settings row "category/urgency", else "other/urgency", else FALLBACK_LIMITS."""
    for key in (f"{category}/{urgency}", f"other/{urgency}"):
        row = table.get(key)
        if row:
            return TimeLimits(
                max(0, int(row.get("sign", 1))),
                max(0, int(row.get("handle", 15))),
                max(0, int(row.get("return", 2))),
            )
    return FALLBACK_LIMITS.get(urgency, FALLBACK_LIMITS["normal"])


MAX_LIMIT_DAYS = 60


def check_time_limits(
    table: Mapping[str, Mapping[str, int]],
) -> tuple[dict[str, dict[str, int]], dict[str, Message]]:
    """A time-limit table as the settings keep it, and the errors by row ("category/urgency"):
    known categories and urgencies, whole working days from 0 to 60, signing no later than
    handling."""
    clean: dict[str, dict[str, int]] = {}
    errors: dict[str, Message] = {}
    for key, row in table.items():
        category, _, urgency = key.partition("/")
        if category not in CATEGORIES or urgency not in URGENCIES:
            errors[key] = msg(QT_TRANSLATE_NOOP("core", "未知的类别或紧急程度：{key}"), key=key)
            continue
        values = {name: row.get(name) for name in ("sign", "handle", "return")}
        if any(
            isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= MAX_LIMIT_DAYS
            for v in values.values()
        ):
            errors[key] = msg(
                QT_TRANSLATE_NOOP("core", "时限须为 0 至 {most} 个工作日"), most=MAX_LIMIT_DAYS
            )
            continue
        if values["sign"] > values["handle"]:  # type: ignore[operator]
            errors[key] = msg(QT_TRANSLATE_NOOP("core", "签收时限不能长于办理时限"))
            continue
        clean[key] = {name: int(v) for name, v in values.items()}  # type: ignore[arg-type]
    return clean, errors


def deadlines(
    category: str,
    urgency: str,
    start: date,
    table: Mapping[str, Mapping[str, int]],
    calendar: WorkCalendar,
) -> Deadlines:
    """The deadlines of an order dispatched (or reported, or reopened) on `start`."""
    limits = time_limits(table, category, urgency)
    return Deadlines(
        calendar.add_working_days(start, limits.sign),
        calendar.add_working_days(start, limits.handle),
        calendar.add_working_days(start, limits.ret),
    )


def due_date(
    category: str,
    urgency: str,
    start: date,
    table: Mapping[str, Mapping[str, int]],
    calendar: WorkCalendar,
) -> date:
    """The handling deadline of an order reported (or dispatched) on `start`."""
    return deadlines(category, urgency, start, table, calendar).due_date
