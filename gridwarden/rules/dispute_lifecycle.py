"""The dispute (矛盾纠纷) lifecycle, shared by the client and the district server.

    registered 已受理 ──assign──▶ mediating 调解中 ──draft_agreement──▶ agreement_pending 协议待签
                                     │                                     │ sign (Art. 29)
                                     ├──oral_agreement (Arts. 28, 30)──────┴──▶ agreed 已达成协议
                                     ├──fail (Art. 26: routes told)──▶ failed 调解不成
    any open state ──withdraw──▶ withdrawn;  ──refuse (Art. 17)──▶ refused;
    registered ──decline (2002 规定 第二十二条)──▶ declined;
    registered / mediating / failed ──escalate──▶ grid → station (registered again) → court.

Escalation "to the court" is not a transfer: a court acts only on a party's complaint (民事诉讼法
第一百二十二条至第一百二十六条). Mediation ends (人民调解法 第二十六条: failed 调解不成, the
litigation route told) at the court level, and a filing (网上立案, services.filings) carries the
hand-off. "transferred" is kept only to read records made before this rule.

A court referral (委派 / 委托) is first accepted (accept_referral, within 3 working days of
receipt: 在线调解规则 2022) and only then given a mediator; acceptance keeps the status.
Report to the police (Art. 25) and judicial confirmation (Art. 33) are recorded steps that keep
the status. Every terminal state records the level (grid / station / court) where the dispute
ended, which the statistics report (DOMAIN §3: record at which level each dispute ended).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.rules.disputes import (
    CONFIRMATION_STATES,
    COURT_SOURCES,
    LEVEL_ORDER,
    LEVELS,
    MEDIATION_MODES,
    NON_MEDIABLE,
    ROUTES,
)
from gridwarden.rules.lifecycle import Lifecycle, missing


class Status(StrEnum):
    REGISTERED = "registered"
    MEDIATING = "mediating"
    AGREEMENT_PENDING = "agreement_pending"
    AGREED = "agreed"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    DECLINED = "declined"
    TRANSFERRED = "transferred"


class Action(StrEnum):
    ACCEPT_REFERRAL = "accept_referral"
    ASSIGN = "assign"
    DRAFT_AGREEMENT = "draft_agreement"
    REVISE_AGREEMENT = "revise_agreement"
    SIGN = "sign"
    ORAL_AGREEMENT = "oral_agreement"
    FAIL = "fail"
    WITHDRAW = "withdraw"
    REFUSE = "refuse"
    DECLINE = "decline"
    REPORT_POLICE = "report_police"
    ESCALATE = "escalate"
    CONFIRMATION = "confirmation"
    EXTEND = "extend"
    DECLINE_REFERRAL = "decline_referral"


STATUS_LABELS: dict[str, str] = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("core", "已受理"),
    Status.MEDIATING: QT_TRANSLATE_NOOP("core", "调解中"),
    Status.AGREEMENT_PENDING: QT_TRANSLATE_NOOP("core", "协议待签"),
    Status.AGREED: QT_TRANSLATE_NOOP("core", "已达成协议"),
    Status.FAILED: QT_TRANSLATE_NOOP("core", "调解不成"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("core", "已撤回"),
    Status.REFUSED: QT_TRANSLATE_NOOP("core", "拒绝调解终止"),
    Status.DECLINED: QT_TRANSLATE_NOOP("core", "不予受理"),
    Status.TRANSFERRED: QT_TRANSLATE_NOOP("core", "已移交法院（旧记录）"),
}

ACTION_LABELS: dict[str, str] = {
    "register": QT_TRANSLATE_NOOP("core", "受理登记"),  # the first step of every dispute's history
    Action.ACCEPT_REFERRAL: QT_TRANSLATE_NOOP("core", "接收委派/委托"),
    Action.ASSIGN: QT_TRANSLATE_NOOP("core", "指定调解员"),
    Action.DRAFT_AGREEMENT: QT_TRANSLATE_NOOP("core", "制作协议书"),
    Action.REVISE_AGREEMENT: QT_TRANSLATE_NOOP("core", "更正协议"),
    Action.SIGN: QT_TRANSLATE_NOOP("core", "协议签署生效"),
    Action.ORAL_AGREEMENT: QT_TRANSLATE_NOOP("core", "口头协议"),
    Action.FAIL: QT_TRANSLATE_NOOP("core", "调解不成"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("core", "撤回"),
    Action.REFUSE: QT_TRANSLATE_NOOP("core", "当事人拒绝调解"),
    Action.DECLINE: QT_TRANSLATE_NOOP("core", "不予受理"),
    Action.REPORT_POLICE: QT_TRANSLATE_NOOP("core", "报告公安机关"),
    Action.ESCALATE: QT_TRANSLATE_NOOP("core", "上移化解层级"),
    Action.CONFIRMATION: QT_TRANSLATE_NOOP("core", "司法确认"),
    Action.EXTEND: QT_TRANSLATE_NOOP("core", "经当事人同意延长调解期限"),
    Action.DECLINE_REFERRAL: QT_TRANSLATE_NOOP("core", "不接受委派/委托"),
    # Recorded steps outside the status machine (they keep the status):
    "add_party": QT_TRANSLATE_NOOP("core", "追加当事人"),
    "remove_party": QT_TRANSLATE_NOOP("core", "移除当事人"),
    "perform": QT_TRANSLATE_NOOP("core", "登记履行"),
    "breach": QT_TRANSLATE_NOOP("core", "登记不履行"),
    "supervise": QT_TRANSLATE_NOOP("core", "督促履行"),
}

OPEN_STATUSES = frozenset({Status.REGISTERED, Status.MEDIATING, Status.AGREEMENT_PENDING})
CLOSED_STATUSES = frozenset(s for s in Status if s not in OPEN_STATUSES)
SUCCESS_STATUSES = frozenset({Status.AGREED})
# Mediation sessions are held while the dispute is being mediated.
SESSION_STATUSES = frozenset({Status.MEDIATING, Status.AGREEMENT_PENDING})

_FROM: dict[Action, tuple[Status, ...]] = {
    Action.ACCEPT_REFERRAL: (Status.REGISTERED,),
    Action.ASSIGN: (Status.REGISTERED, Status.MEDIATING),
    Action.DRAFT_AGREEMENT: (Status.MEDIATING,),
    Action.REVISE_AGREEMENT: (Status.AGREEMENT_PENDING, Status.AGREED),
    Action.SIGN: (Status.AGREEMENT_PENDING,),
    Action.ORAL_AGREEMENT: (Status.MEDIATING,),
    Action.FAIL: (Status.MEDIATING, Status.AGREEMENT_PENDING),
    Action.WITHDRAW: (Status.REGISTERED, Status.MEDIATING, Status.AGREEMENT_PENDING),
    Action.REFUSE: (Status.REGISTERED, Status.MEDIATING, Status.AGREEMENT_PENDING),
    Action.DECLINE: (Status.REGISTERED,),
    Action.REPORT_POLICE: (Status.REGISTERED, Status.MEDIATING, Status.AGREEMENT_PENDING),
    Action.ESCALATE: (Status.REGISTERED, Status.MEDIATING, Status.FAILED),
    Action.CONFIRMATION: (Status.AGREED,),
    # 在线调解规则 第二十四条: "双方当事人同意延长调解期限的，不受此限"
    Action.EXTEND: (Status.REGISTERED, Status.MEDIATING, Status.AGREEMENT_PENDING),
    # 在线调解规则 第十二条: a referral is accepted within 3 working days or declined with reasons
    Action.DECLINE_REFERRAL: (Status.REGISTERED,),
}
_TO: dict[Action, Status] = {
    Action.ASSIGN: Status.MEDIATING,
    Action.DRAFT_AGREEMENT: Status.AGREEMENT_PENDING,
    Action.SIGN: Status.AGREED,
    Action.ORAL_AGREEMENT: Status.AGREED,
    Action.FAIL: Status.FAILED,
    Action.WITHDRAW: Status.WITHDRAWN,
    Action.REFUSE: Status.REFUSED,
    Action.DECLINE: Status.DECLINED,
    Action.DECLINE_REFERRAL: Status.DECLINED,
}


@dataclass(frozen=True)
class StepInput:
    """What a person supplies with an action; which parts are required depends on the action."""

    reason: str = ""
    note: str = ""
    mediator_name: str = ""
    mediator_chosen_by_parties: bool = False  # Art. 23
    mode: str = "private"  # Art. 23: public or private
    refused_mediators: str = ""  # Art. 23: a party may refuse a mediator
    party_name: str = ""  # who refuses mediation (Art. 17)
    routes: tuple[str, ...] = ()  # Art. 26
    police_unit: str = ""  # Art. 25
    non_mediable: str = ""  # 2002 规定 第二十二条
    signed_on: date | None = None  # Art. 29: the day every party and the mediator signed
    signatures_complete: bool = False
    agreement_kind: str = "written"  # the kind of the agreement being revised
    confirmation_state: str = ""  # Art. 33
    confirmation_on: date | None = None
    station_id: str | None = None  # escalation to a (different) station
    accepted_on: date | None = None  # the day a court referral was accepted
    extended_to: date | None = None  # the new end of the mediation period the parties agreed
    # The failure record (在线调解规则 第二十一条、第二十二条): the course of mediation, conduct that
    # raised another party's litigation costs, what the court should know, and the undisputed
    # facts the parties confirmed in writing.
    course: str = ""
    cost_conduct: str = ""
    court_notes: str = ""
    undisputed_facts: str = ""


@dataclass(frozen=True)
class Outcome:
    to_status: Status
    to_level: str
    ended: bool  # the dispute reached a final state at `to_level`


# Where a court referral stands (特邀调解规定 2016; 在线调解规则 2022).
REFERRAL_NONE, REFERRAL_PENDING, REFERRAL_ACCEPTED = "", "pending", "accepted"


def referral_state(source: str, accepted_on: date | None) -> str:
    """ "" for a dispute the court did not refer; else whether the referral was accepted."""
    if source not in COURT_SOURCES:
        return REFERRAL_NONE
    return REFERRAL_ACCEPTED if accepted_on is not None else REFERRAL_PENDING


def _refusal(act: Action, current: Status, level: str, referral: str) -> Message | None:
    """Why `act` may not start here although the status allows it (None: it may)."""
    if act is Action.ESCALATE and level == "court":
        return msg(QT_TRANSLATE_NOOP("core", "纠纷已在法院层级，不能再上移"))
    if act is Action.ACCEPT_REFERRAL and referral != REFERRAL_PENDING:
        if referral == REFERRAL_ACCEPTED:
            return msg(QT_TRANSLATE_NOOP("core", "该委派/委托已接收"))
        return msg(QT_TRANSLATE_NOOP("core", "只有法院委派或委托的纠纷需要接收"))
    if act is Action.DECLINE_REFERRAL and referral != REFERRAL_PENDING:
        return msg(QT_TRANSLATE_NOOP("core", "只有尚未接收的法院委派/委托才能不予接收"))
    if act is Action.ASSIGN and referral == REFERRAL_PENDING and current is Status.REGISTERED:
        return msg(
            QT_TRANSLATE_NOOP("core", "请先接收法院的委派/委托（收到后3个工作日内），再指定调解员")
        )
    return None


MACHINE = Lifecycle(
    Action,
    Status,
    _FROM,
    STATUS_LABELS,
    ACTION_LABELS,
    QT_TRANSLATE_NOOP("core", "纠纷当前为「{status}」，不能{action}"),
    status_refusals={
        Status.REFUSED: QT_TRANSLATE_NOOP(
            "core", "当事人已明确拒绝调解，调解已终止，不能{action}（人民调解法第十七条）"
        )
    },
)
status_label = MACHINE.status_label


def allowed_actions(status: str, level: str = "grid", referral: str = "") -> list[Action]:
    return [
        action
        for action, sources in _FROM.items()
        if status in sources and _refusal(action, Status(status), level, referral) is None
    ]


def ensure_allowed(
    status: str, action: str, level: str = "grid", referral: str = ""
) -> tuple[Action, Status]:
    """Refuse an action the lifecycle (or the level, or a court referral) does not allow
    from `status` (TransitionError)."""
    act, current = MACHINE.ensure_allowed(status, action)
    refusal = _refusal(act, current, level, referral)
    if refusal is not None:
        raise TransitionError(refusal)
    return act, current


def ensure_session_allowed(status: str) -> None:
    """Sessions (Art. 27) are held while mediating; a refusal (Art. 17) ends them."""
    if status in SESSION_STATUSES:
        return
    if status == Status.REFUSED:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "当事人已明确拒绝调解，不得再行调解（人民调解法第十七条）"
                )
            )
        )
    raise TransitionError(
        msg(
            QT_TRANSLATE_NOOP("core", "纠纷当前为「{status}」，不能记录调解（须先指定调解员）"),
            status=msg(STATUS_LABELS.get(status, status)),
        )
    )


def next_level(level: str) -> str:
    index = LEVEL_ORDER.index(level)
    if index + 1 >= len(LEVEL_ORDER):
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "纠纷已在法院层级，不能再上移")))
    return LEVEL_ORDER[index + 1]


def names_in(text: str) -> set[str]:
    """The names in a list typed as 张三、李四 (or with commas, semicolons or spaces)."""
    return {name for name in re.split(r"[、，,；;\s]+", text) if name}


def decide(status: str, level: str, action: str, step: StepInput, referral: str = "") -> Outcome:
    """Validate `action` from `status` at `level` with its input; return where it goes.

    Raises TransitionError for a step the lifecycle does not allow, ValidationError for missing
    or wrong input (named by field, so a form can mark it).
    """
    if level not in LEVELS:
        raise TransitionError(
            msg(QT_TRANSLATE_NOOP("core", "未知的化解层级：{level}"), level=level)
        )
    act, current = ensure_allowed(status, action, level, referral)
    check = _INPUT_CHECKS.get(act)
    if check is not None:
        check(act, step)

    if act is Action.ESCALATE:
        target = next_level(level)
        if target == "court":
            # mediation ends (Art. 26); the complaint is prepared as a filing, not "transferred"
            return Outcome(Status.FAILED, target, ended=True)
        return Outcome(Status.REGISTERED, target, ended=False)
    if act in (Action.REPORT_POLICE, Action.CONFIRMATION, Action.ACCEPT_REFERRAL, Action.EXTEND):
        return Outcome(current, level, ended=current in CLOSED_STATUSES)
    if act is Action.REVISE_AGREEMENT:
        # A signed written agreement that is corrected must be signed again (Art. 29); an oral
        # one took effect when reached (Art. 30) and stays in effect.
        to = Status.AGREEMENT_PENDING if step.agreement_kind == "written" else current
        return Outcome(to, level, ended=to in CLOSED_STATUSES)
    to = _TO[act]
    return Outcome(to, level, ended=to in CLOSED_STATUSES)


def _check_accept_referral(_act: Action, step: StepInput) -> None:
    if step.accepted_on is None:
        raise missing("accepted_on", QT_TRANSLATE_NOOP("core", "请填写接收日期"))


def _check_assign(_act: Action, step: StepInput) -> None:
    if not step.mediator_name.strip():
        raise missing("mediator_name", QT_TRANSLATE_NOOP("core", "请填写调解员"))
    if step.mediator_name.strip() in names_in(step.refused_mediators):
        raise missing(
            "mediator_name",
            QT_TRANSLATE_NOOP("core", "当事人已要求该调解员回避，请另选调解员（第二十三条）"),
        )
    if step.mode not in MEDIATION_MODES:
        raise missing("mode", QT_TRANSLATE_NOOP("core", "请选择公开或不公开调解（第二十三条）"))


def _check_fail(_act: Action, step: StepInput) -> None:
    if not step.routes or any(r not in ROUTES for r in step.routes):
        raise missing(
            "routes",
            QT_TRANSLATE_NOOP(
                "core", "须告知当事人可依法通过仲裁、行政、司法等途径维权（第二十六条）"
            ),
        )
    if not step.reason.strip():
        raise missing("reason", QT_TRANSLATE_NOOP("core", "请写明调解不成的原因"))


def _check_refuse(_act: Action, step: StepInput) -> None:
    if not step.party_name.strip():
        raise missing("party_name", QT_TRANSLATE_NOOP("core", "请写明拒绝调解的当事人"))
    if not step.reason.strip():
        raise missing(
            "reason", QT_TRANSLATE_NOOP("core", "请记录当事人拒绝调解的明确表示（第十七条）")
        )


def _check_decline(_act: Action, step: StepInput) -> None:
    if step.non_mediable not in NON_MEDIABLE:
        raise missing("non_mediable", QT_TRANSLATE_NOOP("core", "请选择不宜调解的情形"))


def _check_report_police(_act: Action, step: StepInput) -> None:
    if not step.police_unit.strip():
        raise missing(
            "police_unit", QT_TRANSLATE_NOOP("core", "请填写报告的公安机关（第二十五条）")
        )
    if not step.reason.strip():
        raise missing("reason", QT_TRANSLATE_NOOP("core", "请写明可能激化的情形和已采取的措施"))


# The reason a withdrawal, an escalation or a corrected agreement must give.
_REASON_ASKED: dict[Action, str] = {
    Action.WITHDRAW: QT_TRANSLATE_NOOP("core", "请写明撤回的原因"),
    Action.ESCALATE: QT_TRANSLATE_NOOP("core", "请写明上移化解层级的理由"),
    Action.REVISE_AGREEMENT: QT_TRANSLATE_NOOP("core", "请写明更正的原因"),
    Action.DECLINE_REFERRAL: QT_TRANSLATE_NOOP(
        "core", "不接受委派/委托须写明理由，由法院另行指派（在线调解规则第十二条）"
    ),
}


def _check_reason(act: Action, step: StepInput) -> None:
    if not step.reason.strip():
        raise missing("reason", _REASON_ASKED[act])


def _check_sign(_act: Action, step: StepInput) -> None:
    if step.signed_on is None:
        raise missing("signed_on", QT_TRANSLATE_NOOP("core", "请填写签署日期"))
    if not step.signatures_complete:
        raise missing(
            "signatures_complete",
            QT_TRANSLATE_NOOP(
                "core",
                "协议书须经各方当事人签名、盖章或按指印，调解员签名并加盖调解委员会印章后"
                "生效（第二十九条）",
            ),
        )


def _check_extend(_act: Action, step: StepInput) -> None:
    if step.extended_to is None:
        raise missing("extended_to", QT_TRANSLATE_NOOP("core", "请填写延长后的调解期限"))
    if not step.reason.strip():
        raise missing(
            "reason",
            QT_TRANSLATE_NOOP(
                "core", "请记录各方当事人同意延长调解期限的情况（在线调解规则第二十四条）"
            ),
        )


def _check_confirmation(_act: Action, step: StepInput) -> None:
    if step.confirmation_state not in CONFIRMATION_STATES or not step.confirmation_state:
        raise missing("confirmation_state", QT_TRANSLATE_NOOP("core", "请选择司法确认情况"))
    if step.confirmation_state != "waived" and step.confirmation_on is None:
        raise missing("confirmation_on", QT_TRANSLATE_NOOP("core", "请填写日期"))


# The input each action must carry (ValidationError named by field); others need none.
_INPUT_CHECKS: dict[Action, Callable[[Action, StepInput], None]] = {
    Action.ACCEPT_REFERRAL: _check_accept_referral,
    Action.ASSIGN: _check_assign,
    Action.FAIL: _check_fail,
    Action.REFUSE: _check_refuse,
    Action.DECLINE: _check_decline,
    Action.REPORT_POLICE: _check_report_police,
    Action.WITHDRAW: _check_reason,
    Action.ESCALATE: _check_reason,
    Action.REVISE_AGREEMENT: _check_reason,
    Action.DECLINE_REFERRAL: _check_reason,
    Action.SIGN: _check_sign,
    Action.EXTEND: _check_extend,
    Action.CONFIRMATION: _check_confirmation,
}
