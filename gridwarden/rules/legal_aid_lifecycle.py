"""The legal-aid application lifecycle, shared by the window and the district server.

    intake ─┬─ materials missing → 待补材料 ── complete ──┐            (ONE notice, Art. 43)
            └─ complete ─────────────────────────────────┴→ 审查中 or 待转交 (Art. 38)
    待转交 ── forward → 已转交 (hand-over recorded; the competent agency decides)
    审查中 ── grant → 已决定援助 ── assign → 已指派 ── conclude → 待结案 ── close → 已结案
           │                                       │   (the matter ended;        (Art. 50: report,
           │                                       │    30 days to close)         documents, result)
           │                                       ├── close → 已结案 (report handed in at once)
           │                                       ├── replace: another aid worker (Art. 55)
           │                                       └── end → 已终止 (a written decision, Art. 48)
           └─ refuse (written reasons) → 不予援助
    不予援助 / 已终止 ── object → 异议审查中 (Art. 49: refusal AND termination)
                        异议审查中 ── uphold → back to 不予援助 / 已终止 (final)
                                   └─ correct → 已决定援助 (a refusal) / 已指派 (a termination)
    通知 (Arts. 25, 28) → 待指派（通知） ── assign (3 days of the notice, Art. 36) → 已指派
    待补材料 / 审查中 / 待转交 ── withdraw → 已撤回 (by the applicant, or not completed in time)
    待补材料 / 审查中 ── advance: aid before the decision, status unchanged (Art. 44)

Each application (one applicant) has its own decision: a group case is many applications.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gridwarden.errors import TransitionError
from gridwarden.i18n import CLAUSE_SEPARATOR, QT_TRANSLATE_NOOP, labels, listing, msg
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules.lifecycle import Lifecycle, missing


class Status(StrEnum):
    AWAITING_MATERIALS = "awaiting_materials"
    UNDER_REVIEW = "under_review"
    TO_FORWARD = "to_forward"
    FORWARDED = "forwarded"
    GRANTED = "granted"
    ASSIGNED = "assigned"
    REFUSED = "refused"
    OBJECTION = "objection"
    WITHDRAWN = "withdrawn"
    ENDED = "ended"
    NOTIFIED = "notified"  # Arts. 25, 28: a notice to assign, no application
    CLOSING = "closing"  # Art. 50: the matter ended, the closing report is due
    CLOSED = "closed"  # Art. 50: closed and filed (结案归档)


class Action(StrEnum):
    COMPLETE = "complete"
    FORWARD = "forward"
    ADVANCE = "advance"
    GRANT = "grant"
    REFUSE = "refuse"
    ASSIGN = "assign"
    OBJECT = "object"
    UPHOLD = "uphold"
    CORRECT = "correct"
    WITHDRAW = "withdraw"
    END = "end"
    REPLACE = "replace"  # Art. 55: another aid worker, status unchanged
    CONCLUDE = "conclude"  # Art. 50: the matter ended; the closing clock starts
    CLOSE = "close"  # Art. 50: closing report and documents in, the case closed


RECEIVE = "receive"  # the first step of every application's history
# Steps of the history that change no status: a notice issued, a correction, a void.
NOTICE, AMEND, VOID = "notice", "amend", "void"

STATUS_LABELS: dict[str, str] = {
    Status.AWAITING_MATERIALS: QT_TRANSLATE_NOOP("core", "待补材料"),
    Status.UNDER_REVIEW: QT_TRANSLATE_NOOP("core", "审查中"),
    Status.TO_FORWARD: QT_TRANSLATE_NOOP("core", "待转交"),
    Status.FORWARDED: QT_TRANSLATE_NOOP("core", "已转交"),
    Status.GRANTED: QT_TRANSLATE_NOOP("core", "已决定援助"),
    Status.ASSIGNED: QT_TRANSLATE_NOOP("core", "已指派"),
    Status.REFUSED: QT_TRANSLATE_NOOP("core", "不予援助"),
    Status.OBJECTION: QT_TRANSLATE_NOOP("core", "异议审查中"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("core", "已撤回"),
    Status.ENDED: QT_TRANSLATE_NOOP("core", "已终止"),
    Status.NOTIFIED: QT_TRANSLATE_NOOP("core", "待指派（通知辩护）"),
    Status.CLOSING: QT_TRANSLATE_NOOP("core", "待结案"),
    Status.CLOSED: QT_TRANSLATE_NOOP("core", "已结案"),
}

ACTION_LABELS: dict[str, str] = {
    RECEIVE: QT_TRANSLATE_NOOP("core", "收件"),
    Action.COMPLETE: QT_TRANSLATE_NOOP("core", "材料补齐"),
    Action.FORWARD: QT_TRANSLATE_NOOP("core", "转交"),
    Action.ADVANCE: QT_TRANSLATE_NOOP("core", "先行援助"),
    Action.GRANT: QT_TRANSLATE_NOOP("core", "决定援助"),
    # the same words as the status, translated apart: "Refuse aid" / "Aid refused"
    Action.REFUSE: QT_TRANSLATE_NOOP("core", "不予援助", "action"),
    Action.ASSIGN: QT_TRANSLATE_NOOP("core", "指派"),
    Action.OBJECT: QT_TRANSLATE_NOOP("core", "登记异议"),
    Action.UPHOLD: QT_TRANSLATE_NOOP("core", "维持原决定"),
    Action.CORRECT: QT_TRANSLATE_NOOP("core", "责令改正"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("core", "撤回"),
    Action.END: QT_TRANSLATE_NOOP("core", "终止援助"),
    Action.REPLACE: QT_TRANSLATE_NOOP("core", "更换援助人员"),
    Action.CONCLUDE: QT_TRANSLATE_NOOP("core", "承办事项结束"),
    Action.CLOSE: QT_TRANSLATE_NOOP("core", "结案归档"),
    NOTICE: QT_TRANSLATE_NOOP("core", "出具文书"),
    AMEND: QT_TRANSLATE_NOOP("core", "更正"),
    VOID: QT_TRANSLATE_NOOP("core", "作废"),
}

# Which deadline the due date of each open status is, and the article it rests on.
DUE_LABELS: dict[str, str] = {
    Status.AWAITING_MATERIALS: QT_TRANSLATE_NOOP(
        "core", "补充材料截止（逾期视为撤回，第四十三条）"
    ),
    Status.UNDER_REVIEW: QT_TRANSLATE_NOOP("core", "作出决定期限（七日，第四十三条）"),
    Status.TO_FORWARD: QT_TRANSLATE_NOOP("core", "转交期限（通城通办，第三十八条）"),
    Status.GRANTED: QT_TRANSLATE_NOOP("core", "指派期限（三日，第四十三条）"),
    Status.OBJECTION: QT_TRANSLATE_NOOP("core", "异议审查期限（五日，第四十九条）"),
    Status.NOTIFIED: QT_TRANSLATE_NOOP("core", "指派期限（收到通知之日起三日，第三十六条）"),
    Status.CLOSING: QT_TRANSLATE_NOOP("core", "结案期限（事项结束之日起三十日，第五十条）"),
}

OPEN_STATUSES = frozenset(DUE_LABELS)
UNDECIDED = frozenset({Status.AWAITING_MATERIALS, Status.UNDER_REVIEW})
DECIDED = frozenset(
    {
        Status.GRANTED,
        Status.ASSIGNED,
        Status.REFUSED,
        Status.OBJECTION,
        Status.ENDED,
        Status.NOTIFIED,
        Status.CLOSING,
        Status.CLOSED,
    }
)
# What an objection is against (Art. 49): the decision it may overturn.
REFUSAL, TERMINATION = "refusal", "termination"

_FROM: dict[Action, tuple[Status, ...]] = {
    Action.COMPLETE: (Status.AWAITING_MATERIALS,),
    Action.FORWARD: (Status.TO_FORWARD,),
    Action.ADVANCE: (Status.AWAITING_MATERIALS, Status.UNDER_REVIEW),
    Action.GRANT: (Status.UNDER_REVIEW,),
    Action.REFUSE: (Status.UNDER_REVIEW,),
    Action.ASSIGN: (Status.GRANTED, Status.NOTIFIED),
    Action.OBJECT: (Status.REFUSED, Status.ENDED),
    Action.UPHOLD: (Status.OBJECTION,),
    Action.CORRECT: (Status.OBJECTION,),
    Action.WITHDRAW: (Status.AWAITING_MATERIALS, Status.UNDER_REVIEW, Status.TO_FORWARD),
    Action.END: (Status.GRANTED, Status.ASSIGNED),
    Action.REPLACE: (Status.ASSIGNED, Status.CLOSING),
    Action.CONCLUDE: (Status.ASSIGNED,),
    Action.CLOSE: (Status.ASSIGNED, Status.CLOSING),
}
_TO: dict[Action, Status] = {
    Action.FORWARD: Status.FORWARDED,
    Action.GRANT: Status.GRANTED,
    Action.REFUSE: Status.REFUSED,
    Action.ASSIGN: Status.ASSIGNED,
    Action.OBJECT: Status.OBJECTION,
    Action.UPHOLD: Status.REFUSED,
    Action.CORRECT: Status.GRANTED,
    Action.WITHDRAW: Status.WITHDRAWN,
    Action.END: Status.ENDED,
    Action.REPLACE: Status.ASSIGNED,  # replaced: the status stays (see decide)
    Action.CONCLUDE: Status.CLOSING,
    Action.CLOSE: Status.CLOSED,
}


@dataclass(frozen=True)
class StepInput:
    """What a person supplies with an action; which parts are required depends on the action."""

    note: str = ""
    materials: tuple[str, ...] = ()  # complete: the items supplied now
    reasons: str = ""  # refuse: the written reasons
    legal_basis: str = ""  # refuse: the article(s)
    hardship: str = ""  # grant: verified | pledged (Art. 41); refuse: not_met
    assignee_name: str = ""  # assign / advance: the legal-aid worker
    assignee_unit: str = ""  # the law firm or unit
    assignee_kind: str = ""  # la.ASSIGNEE_KINDS
    agency_id: str | None = None  # forward: the competent agency
    receiver: str = ""  # forward: who took the hand-over there
    received_on: date | None = None  # object: the day the justice bureau received it
    withdraw_reason: str = ""  # la.WITHDRAW_REASONS
    ground: str = ""  # end: la.END_GROUNDS
    ended_on: date | None = None  # conclude / close: the day the matter ended (Art. 50)
    outcome: str = ""  # close: la.OUTCOMES
    documents: tuple[str, ...] = ()  # close: la.CLOSING_DOCUMENTS handed in
    amount_claimed: str = ""  # close: yuan, as typed
    amount_recovered: str = ""  # close: yuan, as typed
    resolved: bool | None = None  # close, administrative matters: resolved in substance


@dataclass(frozen=True)
class Situation:
    """Facts about the application the rules need beyond its status."""

    today: date
    city_wide: bool = False
    assessment: el.Assessment | None = None
    withdraw_on: date | None = None  # after a one-time notice
    objections: int = 0
    objection_of: str = REFUSAL  # what an objection under review is against
    proceeding: str = ""
    assigned_on: date | None = None
    assignee_name: str = ""


@dataclass(frozen=True)
class Outcome:
    to_status: Status
    hardship: str | None = None  # the hardship conclusion a grant records


def initial_status(complete: bool, city_wide: bool) -> Status:
    """Where a new application starts: missing materials first, then forward or review."""
    if not complete:
        return Status.AWAITING_MATERIALS
    return Status.TO_FORWARD if city_wide else Status.UNDER_REVIEW


MACHINE = Lifecycle(
    Action,
    Status,
    _FROM,
    STATUS_LABELS,
    ACTION_LABELS,
    QT_TRANSLATE_NOOP("core", "申请当前为「{status}」，不能{action}"),
)
allowed_actions = MACHINE.allowed
ensure_allowed = MACHINE.ensure_allowed  # refuse an action not allowed from a status
status_label = MACHINE.status_label


def decide(status: str, action: str, step: StepInput, situation: Situation) -> Outcome:
    """Validate `action` from `status` with its input; return where the application goes.

    Raises TransitionError for a step the lifecycle (or the law) does not allow, ValidationError
    for missing input.
    """
    act, current = ensure_allowed(status, action)
    decide_action = _DECIDE.get(act)
    if decide_action is None:
        return Outcome(_TO[act])
    return decide_action(act, current, step, situation)


def _replace(current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 55: the recipient asks for another aid worker, with a reason; the new one is named."""
    if not step.reasons.strip():
        raise missing(
            "reasons",
            QT_TRANSLATE_NOOP("core", "请记录受援人请求更换法律援助人员的理由（第五十五条）"),
        )
    if not step.assignee_name.strip():
        raise missing("assignee_name", QT_TRANSLATE_NOOP("core", "请填写新的法律援助人员"))
    if step.assignee_kind not in la.ASSIGNEE_KINDS:
        raise missing("assignee_kind", QT_TRANSLATE_NOOP("core", "请选择法律援助人员的类别"))
    if step.assignee_kind == "lawyer" and not step.assignee_unit.strip():
        raise missing("assignee_unit", QT_TRANSLATE_NOOP("core", "指派律师须填写所在律师事务所"))
    if step.assignee_name.strip() == situation.assignee_name.strip():
        raise missing(
            "assignee_name", QT_TRANSLATE_NOOP("core", "新的法律援助人员与原承办人员相同")
        )
    return Outcome(current)


def _conclude(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 50: the matter ended on a day (not in the future, not before the assignment); the
    close needs the closing report, the documents handed in and the result."""
    needs_day = act is Action.CONCLUDE or current is Status.ASSIGNED
    if needs_day:
        if step.ended_on is None:
            raise missing("ended_on", QT_TRANSLATE_NOOP("core", "请填写承办事项结束的日期"))
        if step.ended_on > situation.today:
            raise missing("ended_on", QT_TRANSLATE_NOOP("core", "承办事项结束的日期不能晚于今天"))
        if situation.assigned_on is not None and step.ended_on < situation.assigned_on:
            raise missing(
                "ended_on",
                QT_TRANSLATE_NOOP("core", "承办事项结束的日期不能早于指派日期 {day}"),
                day=situation.assigned_on.isoformat(),
            )
    if act is Action.CONCLUDE:
        return Outcome(Status.CLOSING)
    if step.outcome not in la.OUTCOMES:
        raise missing("outcome", QT_TRANSLATE_NOOP("core", "请选择案件的办理结果"))
    if not step.note.strip():
        raise missing("note", QT_TRANSLATE_NOOP("core", "请填写结案报告的主要内容（第五十条）"))
    if not any(d in la.CLOSING_DOCUMENTS for d in step.documents):
        raise missing(
            "documents",
            QT_TRANSLATE_NOOP("core", "结案须提交有关法律文书（第五十条）：请勾选已提交的文书"),
        )
    for name in ("amount_claimed", "amount_recovered"):
        if not _yuan(getattr(step, name)):
            raise missing(
                name, QT_TRANSLATE_NOOP("core", "金额应为数字（元），如 12800 或 3500.50")
            )
    if situation.proceeding in la.ADMINISTRATIVE and step.resolved is None:
        raise missing(
            "resolved",
            QT_TRANSLATE_NOOP("core", "行政案件结案须注明行政争议是否实质性化解"),
        )
    return Outcome(Status.CLOSED)


def _yuan(text: str) -> bool:
    """An amount as typed is empty or readable ("12,800", "3500.5", "￥900")."""
    clean = re.sub(r"[\s,，￥¥元]", "", text)
    return not clean or re.fullmatch(r"\d+(\.\d{1,2})?", clean) is not None


def _grant(step: StepInput, assessment: el.Assessment | None) -> Outcome:
    if assessment is None:
        return Outcome(Status.GRANTED)
    if not assessment.in_scope:
        raise TransitionError(
            msg(QT_TRANSLATE_NOOP("core", "该事项不属于法律援助事项范围，不能决定给予法律援助"))
        )
    if assessment.missing:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "申请材料不齐全，不能作出决定")))
    if assessment.outcome == el.INELIGIBLE:
        reasons = listing(
            (f.text for f in assessment.findings if f.level == el.FAIL), CLAUSE_SEPARATOR
        )
        raise TransitionError(
            msg(QT_TRANSLATE_NOOP("core", "不符合法律援助条件：{reasons}"), reasons=reasons)
        )
    if assessment.hardship == "review":
        if step.hardship not in ("verified", "pledged"):
            raise missing(
                "hardship",
                QT_TRANSLATE_NOOP(
                    "core", "须先审查经济困难状况：经核查符合，或由申请人作出诚信承诺（第四十一条）"
                ),
            )
        return Outcome(Status.GRANTED, hardship=step.hardship)
    return Outcome(Status.GRANTED, hardship=assessment.hardship)


def _complete(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Materials complete: decided by the scope and hardship rules (Arts. 41–42)."""
    if situation.assessment is not None and situation.assessment.missing:
        raise missing(
            "materials",
            QT_TRANSLATE_NOOP("core", "材料仍不齐全：{items}"),
            items=labels(la.MATERIALS, situation.assessment.missing),
        )
    return Outcome(initial_status(True, situation.city_wide))


def _forward(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 38: handed to the competent agency, with a receiver on record."""
    if not step.agency_id:
        raise missing(
            "agency_id",
            QT_TRANSLATE_NOOP("core", "转交须选择有管辖权的法律援助机构（第三十八条）"),
        )
    if not step.receiver.strip():
        raise missing("receiver", QT_TRANSLATE_NOOP("core", "请填写接收人，交接须留痕"))
    return Outcome(Status.FORWARDED)


def _advance(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 44: aid given before the decision where time presses."""
    if situation.assessment is None or not situation.assessment.urgent:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "只有距时效或期限届满不足七日、或需要立即申请保全时，才能先行提供法律援助（第四十四条）",
                )
            )
        )
    if not step.assignee_name.strip():
        raise missing(
            "assignee_name", QT_TRANSLATE_NOOP("core", "请填写先行提供援助的法律援助人员")
        )
    return Outcome(current)


def _refuse(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 43: a refusal in writing, with reasons and the rule relied on."""
    if not step.reasons.strip():
        raise missing(
            "reasons", QT_TRANSLATE_NOOP("core", "不予法律援助须书面说明理由（第四十三条）")
        )
    if not step.legal_basis.strip():
        raise missing("legal_basis", QT_TRANSLATE_NOOP("core", "请写明不予援助所依据的条款"))
    return Outcome(Status.REFUSED)


def _assign(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 43: the aid worker named (a lawyer with the firm)."""
    if not step.assignee_name.strip():
        raise missing("assignee_name", QT_TRANSLATE_NOOP("core", "请填写承办的法律援助人员"))
    if step.assignee_kind not in la.ASSIGNEE_KINDS:
        raise missing("assignee_kind", QT_TRANSLATE_NOOP("core", "请选择法律援助人员的类别"))
    if step.assignee_kind == "lawyer" and not step.assignee_unit.strip():
        raise missing("assignee_unit", QT_TRANSLATE_NOOP("core", "指派律师须填写所在律师事务所"))
    return Outcome(Status.ASSIGNED)


def _object(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 49: one objection to a decision, recorded with its day and content."""
    if situation.objections > 0:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "已就该决定提出过异议；对维持决定不服的，可依法申请行政复议或者提起行政诉讼（第四十九条）",
                )
            )
        )
    if step.received_on is None:
        raise missing("received_on", QT_TRANSLATE_NOOP("core", "请填写司法行政部门收到异议的日期"))
    if step.received_on > situation.today:
        raise missing("received_on", QT_TRANSLATE_NOOP("core", "收到异议的日期不能晚于今天"))
    if not step.note.strip():
        raise missing("note", QT_TRANSLATE_NOOP("core", "请记录异议的内容"))
    return Outcome(Status.OBJECTION)


def _decide_objection(
    act: Action, current: Status, step: StepInput, situation: Situation
) -> Outcome:
    """Art. 49: the justice bureau upholds or corrects the decision."""
    if not step.note.strip():
        raise missing("note", QT_TRANSLATE_NOOP("core", "请记录司法行政部门的审查意见"))
    against_end = situation.objection_of == TERMINATION
    if act is Action.UPHOLD:
        return Outcome(Status.ENDED if against_end else Status.REFUSED)
    return Outcome(Status.ASSIGNED if against_end else Status.GRANTED)


def _withdraw(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """A withdrawal: why; "not supplemented" only after the notice's deadline (Art. 43)."""
    if step.withdraw_reason not in la.WITHDRAW_REASONS:
        raise missing("withdraw_reason", QT_TRANSLATE_NOOP("core", "请选择撤回的原因"))
    if step.withdraw_reason == "not_supplemented":
        deadline = situation.withdraw_on
        if current is not Status.AWAITING_MATERIALS or deadline is None:
            raise TransitionError(
                msg(QT_TRANSLATE_NOOP("core", "没有发出补充材料通知，不能视为撤回"))
            )
        if situation.today <= deadline:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "补充材料的期限到 {day} 为止，期满前不能视为撤回"),
                    day=deadline.isoformat(),
                )
            )
    return Outcome(_TO[act])


def _end(act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    """Art. 48: a termination on a listed ground, decided in writing."""
    if step.ground not in la.END_GROUNDS:
        raise missing("ground", QT_TRANSLATE_NOOP("core", "请选择终止法律援助的情形（第四十八条）"))
    if not step.reasons.strip():
        raise missing(
            "reasons",
            QT_TRANSLATE_NOOP("core", "终止法律援助须作出书面决定，写明事实和理由（第四十八条）"),
        )
    return Outcome(_TO[act])


def _grant_step(_act: Action, _current: Status, step: StepInput, situation: Situation) -> Outcome:
    return _grant(step, situation.assessment)


def _replace_step(_act: Action, current: Status, step: StepInput, situation: Situation) -> Outcome:
    return _replace(current, step, situation)


# How each action is decided from its input and the application's situation; an action not
# named here only moves the status (_TO).
_DECIDE: dict[Action, Callable[[Action, Status, StepInput, Situation], Outcome]] = {
    Action.COMPLETE: _complete,
    Action.FORWARD: _forward,
    Action.ADVANCE: _advance,
    Action.GRANT: _grant_step,
    Action.REFUSE: _refuse,
    Action.ASSIGN: _assign,
    Action.OBJECT: _object,
    Action.UPHOLD: _decide_objection,
    Action.CORRECT: _decide_objection,
    Action.REPLACE: _replace_step,
    Action.CONCLUDE: _conclude,
    Action.CLOSE: _conclude,
    Action.WITHDRAW: _withdraw,
    Action.END: _end,
}
