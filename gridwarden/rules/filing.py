"""Online filings (网上立案, DOMAIN §5): kinds, the tracking lifecycle, case numbers, the
deadlines on the court's side, and the matters a court will not confirm. Shared with the server.

    draft 草稿 ──prepare (package complete)──▶ awaiting_signature 待签字 ──sign──▶ ready 可提交
      ▲──────────── revise (before submission) ──────────┘                        │ submit
    submitted 已提交 (platform number, date; CPL Art. 126: decided within 7 days) ◀─┘
      ├─request_correction──▶ correction 退回补正 (period set by the court's notice)
      │                          └─resubmit (a new package version)──▶ resubmitted 重新提交
      │                                                                (the 7 days restart,
      │                                                                 在线诉讼规则 第九条)
      ├─docket──▶ docketed 已立案 (case number such as （2026）苏0602民初1234号)
      ├─refuse──▶ refused 不予立案 (10 days to appeal)
      ├─divert──▶ pre_mediation 转诉前调解
      └─ (confirmation) accept──▶ accepted 已受理 ──confirm──▶ confirmed 确认有效
                                                  └─reject──▶ rejected 驳回
    any open state ──withdraw──▶ withdrawn 撤回
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.rules.calendar import WorkCalendar

KINDS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("core", "民事起诉（调解不成）"),
    "confirmation": QT_TRANSLATE_NOOP("core", "司法确认申请"),
    "referral_return": QT_TRANSLATE_NOOP("core", "委派/委托调解结果报告"),
    "fee_relief": QT_TRANSLATE_NOOP("core", "诉讼费缓减免申请"),
}

# Table-style model complaints (要素式起诉状) for common causes; "general" is the four-part
# complaint (当事人、诉讼请求、事实与理由、证据).
CAUSES: dict[str, str] = {
    "wages": QT_TRANSLATE_NOOP("core", "追索劳动报酬（要素式）"),
    "private_loan": QT_TRANSLATE_NOOP("core", "民间借贷（要素式）"),
    "property_services": QT_TRANSLATE_NOOP("core", "物业服务合同（要素式）"),
    "traffic": QT_TRANSLATE_NOOP("core", "机动车交通事故责任（要素式）"),
    "family": QT_TRANSLATE_NOOP("core", "离婚及抚养、赡养（要素式）"),
    "general": QT_TRANSLATE_NOOP("core", "通用起诉状（四段式）"),
}
# The dispute category a cause is suggested from.
CAUSE_OF_CATEGORY = {
    "labour_wage": "wages",
    "property_tenancy": "property_services",
    "traffic": "traffic",
    "marriage_family": "family",
}
# The elements of each table-style complaint: (key, label, required).
ELEMENTS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "wages": (
        ("work_period", QT_TRANSLATE_NOOP("core", "工作起止时间"), True),
        ("work_content", QT_TRANSLATE_NOOP("core", "工作内容及地点"), True),
        ("agreed_pay", QT_TRANSLATE_NOOP("core", "约定的报酬标准"), True),
        ("unpaid", QT_TRANSLATE_NOOP("core", "拖欠报酬的金额及期间"), True),
        ("iou", QT_TRANSLATE_NOOP("core", "是否出具欠条或结算单"), False),
    ),
    "private_loan": (
        ("lent_on", QT_TRANSLATE_NOOP("core", "出借时间"), True),
        ("principal", QT_TRANSLATE_NOOP("core", "借款本金及交付方式"), True),
        ("interest", QT_TRANSLATE_NOOP("core", "约定的利息"), False),
        ("due", QT_TRANSLATE_NOOP("core", "约定的还款期限"), True),
        ("repaid", QT_TRANSLATE_NOOP("core", "已归还的本息"), True),
        ("guarantee", QT_TRANSLATE_NOOP("core", "担保情况"), False),
    ),
    "property_services": (
        ("contract", QT_TRANSLATE_NOOP("core", "物业服务合同及签订时间"), True),
        ("property", QT_TRANSLATE_NOOP("core", "房屋坐落及面积"), True),
        ("fee_standard", QT_TRANSLATE_NOOP("core", "物业费标准"), True),
        ("arrears", QT_TRANSLATE_NOOP("core", "欠费期间及金额"), True),
        ("service_issues", QT_TRANSLATE_NOOP("core", "对服务质量的异议"), False),
    ),
    "traffic": (
        ("accident", QT_TRANSLATE_NOOP("core", "事故发生时间、地点、经过"), True),
        ("liability", QT_TRANSLATE_NOOP("core", "事故责任认定"), True),
        ("vehicle_insurance", QT_TRANSLATE_NOOP("core", "肇事车辆及投保情况"), True),
        ("losses", QT_TRANSLATE_NOOP("core", "各项损失及计算方式"), True),
        ("paid", QT_TRANSLATE_NOOP("core", "已赔付金额"), False),
    ),
    "family": (
        ("married_on", QT_TRANSLATE_NOOP("core", "结婚登记时间"), True),
        ("children", QT_TRANSLATE_NOOP("core", "子女情况及抚养意见"), True),
        ("support", QT_TRANSLATE_NOOP("core", "抚养费、赡养费请求"), True),
        ("property", QT_TRANSLATE_NOOP("core", "夫妻共同财产及分割意见"), False),
        ("debts", QT_TRANSLATE_NOOP("core", "夫妻共同债务"), False),
    ),
    "general": (),
}

# Where a complaint may be filed (民事诉讼法 第二十二条、第二十四条、第二十九条、第三十四条) and
# where a confirmation is applied for (第二百零五条).
JURISDICTION_BASES: dict[str, str] = {
    "defendant_domicile": QT_TRANSLATE_NOOP("core", "被告住所地（民事诉讼法第二十二条）"),
    "contract_place": QT_TRANSLATE_NOOP("core", "合同履行地（第二十四条）"),
    "tort_place": QT_TRANSLATE_NOOP("core", "侵权行为地（第二十九条）"),
    "real_estate": QT_TRANSLATE_NOOP("core", "不动产所在地（第三十四条，专属管辖）"),
}
CONFIRMATION_BASES: dict[str, str] = {
    "inviting_court": QT_TRANSLATE_NOOP("core", "委派调解的人民法院（第二百零五条）"),
    "party_domicile": QT_TRANSLATE_NOOP("core", "当事人住所地基层人民法院（第二百零五条）"),
    "subject_location": QT_TRANSLATE_NOOP("core", "标的物所在地基层人民法院（第二百零五条）"),
    "mediator_location": QT_TRANSLATE_NOOP("core", "调解组织所在地基层人民法院（第二百零五条）"),
}

# 法释〔2011〕5号 第四条、第七条; 民诉法解释 第三百五十五条: what a court will not confirm.
CONFIRMATION_BARS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("core", "涉及婚姻、收养、身份关系的确认"),
    "ownership": QT_TRANSLATE_NOOP("core", "涉及物权、知识产权的确权"),
    "special": QT_TRANSLATE_NOOP("core", "属于适用其他特别程序的事项"),
    "unlawful": QT_TRANSLATE_NOOP("core", "内容违法或损害国家、社会公共利益、他人合法权益"),
    "unclear": QT_TRANSLATE_NOOP("core", "内容不明确，无法确认"),
}

FEE_RELIEF: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "不申请"),
    "defer": QT_TRANSLATE_NOOP("core", "缓交"),
    "reduce": QT_TRANSLATE_NOOP("core", "减交"),
    "waive": QT_TRANSLATE_NOOP("core", "免交"),
}

# Files on a case (登记立案规定 第六条; 在线诉讼规则 第十一条: PDF and images).
FILE_CATEGORIES: dict[str, str] = {
    "id_proof": QT_TRANSLATE_NOOP("core", "身份证明"),
    "licence": QT_TRANSLATE_NOOP("core", "营业执照及法定代表人身份证明"),
    "power_of_attorney": QT_TRANSLATE_NOOP("core", "授权委托书及代理人身份证明"),
    "evidence": QT_TRANSLATE_NOOP("core", "证据"),
    "agreement": QT_TRANSLATE_NOOP("core", "已签署的调解协议书"),
    "service_address": QT_TRANSLATE_NOOP("core", "已签署的送达地址确认书"),
    "other": QT_TRANSLATE_NOOP("core", "其他材料"),
}

CONFIRMATION_DAYS = 30  # 人民调解法 第三十三条; 民事诉讼法 第二百零五条
REGISTRATION_DAYS = 7  # 民事诉讼法 第一百二十六条
FEE_DAYS = 7  # 诉讼费用交纳办法 第二十二条
APPEAL_DAYS = 10  # 不予受理裁定的上诉期 (民事诉讼法 第一百七十一条)
CONFIRMATION_DECISION_DAYS = 15  # 法释〔2011〕5号 第六条
WARN_DAYS = (10, 3)  # the confirmation window is flagged 10 and 3 days before it closes


class Status(StrEnum):
    DRAFT = "draft"
    AWAITING_SIGNATURE = "awaiting_signature"
    READY = "ready"
    SUBMITTED = "submitted"
    CORRECTION = "correction"
    RESUBMITTED = "resubmitted"
    DOCKETED = "docketed"
    REFUSED = "refused"
    PRE_MEDIATION = "pre_mediation"
    WITHDRAWN = "withdrawn"
    ACCEPTED = "accepted"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Action(StrEnum):
    PREPARE = "prepare"
    REVISE = "revise"
    SIGN = "sign"
    SUBMIT = "submit"
    REQUEST_CORRECTION = "request_correction"
    RESUBMIT = "resubmit"
    DOCKET = "docket"
    REFUSE = "refuse"
    DIVERT = "divert"
    ACCEPT = "accept"
    CONFIRM = "confirm"
    REJECT = "reject"
    WITHDRAW = "withdraw"


STATUS_LABELS: dict[str, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("core", "草稿"),
    Status.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("core", "待签字"),
    Status.READY: QT_TRANSLATE_NOOP("core", "可提交"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("core", "已提交"),
    Status.CORRECTION: QT_TRANSLATE_NOOP("core", "退回补正"),
    Status.RESUBMITTED: QT_TRANSLATE_NOOP("core", "重新提交"),
    Status.DOCKETED: QT_TRANSLATE_NOOP("core", "已立案"),
    Status.REFUSED: QT_TRANSLATE_NOOP("core", "不予立案"),
    Status.PRE_MEDIATION: QT_TRANSLATE_NOOP("core", "转诉前调解"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("core", "撤回"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("core", "已受理"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("core", "确认有效"),
    Status.REJECTED: QT_TRANSLATE_NOOP("core", "驳回申请"),
}
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("core", "建立立案材料包"),
    "edit": QT_TRANSLATE_NOOP("core", "编辑起诉内容"),
    "export": QT_TRANSLATE_NOOP("core", "导出材料包"),
    "fee_notice": QT_TRANSLATE_NOOP("core", "收到交费通知"),
    Action.PREPARE: QT_TRANSLATE_NOOP("core", "材料齐全，待签字"),
    Action.REVISE: QT_TRANSLATE_NOOP("core", "退回修改"),
    Action.SIGN: QT_TRANSLATE_NOOP("core", "已签字"),
    Action.SUBMIT: QT_TRANSLATE_NOOP("core", "已在平台提交"),
    Action.REQUEST_CORRECTION: QT_TRANSLATE_NOOP("core", "法院通知补正"),
    Action.RESUBMIT: QT_TRANSLATE_NOOP("core", "补正后重新提交"),
    Action.DOCKET: QT_TRANSLATE_NOOP("core", "登记立案"),
    Action.REFUSE: QT_TRANSLATE_NOOP("core", "不予立案"),
    Action.DIVERT: QT_TRANSLATE_NOOP("core", "转诉前调解"),
    Action.ACCEPT: QT_TRANSLATE_NOOP("core", "法院受理"),
    Action.CONFIRM: QT_TRANSLATE_NOOP("core", "裁定确认有效"),
    Action.REJECT: QT_TRANSLATE_NOOP("core", "裁定驳回申请"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("core", "撤回"),
}

_AWAITING_COURT = (Status.SUBMITTED, Status.RESUBMITTED)
_FROM: dict[Action, tuple[Status, ...]] = {
    Action.PREPARE: (Status.DRAFT,),
    Action.REVISE: (Status.AWAITING_SIGNATURE, Status.READY),
    Action.SIGN: (Status.AWAITING_SIGNATURE,),
    Action.SUBMIT: (Status.READY,),
    Action.REQUEST_CORRECTION: _AWAITING_COURT,
    Action.RESUBMIT: (Status.CORRECTION,),
    Action.DOCKET: _AWAITING_COURT,
    Action.REFUSE: _AWAITING_COURT,
    Action.DIVERT: _AWAITING_COURT,
    Action.ACCEPT: _AWAITING_COURT,
    Action.CONFIRM: (Status.ACCEPTED,),
    Action.REJECT: (Status.ACCEPTED,),
    Action.WITHDRAW: (
        Status.DRAFT,
        Status.AWAITING_SIGNATURE,
        Status.READY,
        Status.SUBMITTED,
        Status.CORRECTION,
        Status.RESUBMITTED,
        Status.ACCEPTED,
    ),
}
_TO: dict[Action, Status] = {
    Action.PREPARE: Status.AWAITING_SIGNATURE,
    Action.REVISE: Status.DRAFT,
    Action.SIGN: Status.READY,
    Action.SUBMIT: Status.SUBMITTED,
    Action.REQUEST_CORRECTION: Status.CORRECTION,
    Action.RESUBMIT: Status.RESUBMITTED,
    Action.DOCKET: Status.DOCKETED,
    Action.REFUSE: Status.REFUSED,
    Action.DIVERT: Status.PRE_MEDIATION,
    Action.ACCEPT: Status.ACCEPTED,
    Action.CONFIRM: Status.CONFIRMED,
    Action.REJECT: Status.REJECTED,
    Action.WITHDRAW: Status.WITHDRAWN,
}
# A confirmation is accepted and ruled on; the other kinds are registered (or not).
_CONFIRMATION_ONLY = frozenset({Action.ACCEPT, Action.CONFIRM, Action.REJECT})
_REGISTRATION_ONLY = frozenset({Action.DOCKET, Action.REFUSE, Action.DIVERT})
TERMINAL = frozenset(
    {
        Status.DOCKETED,
        Status.REFUSED,
        Status.PRE_MEDIATION,
        Status.WITHDRAWN,
        Status.CONFIRMED,
        Status.REJECTED,
    }
)
OPEN_STATUSES = frozenset(s for s in Status if s not in TERMINAL)
# The package may be edited only before it is frozen for signature, or to correct it.
EDITABLE = frozenset({Status.DRAFT, Status.CORRECTION})


def allowed_actions(status: str, kind: str) -> list[Action]:
    return [a for a in Action if status in _FROM[a] and _kind_refusal(a, kind) is None]


def _kind_refusal(act: Action, kind: str) -> Message | None:
    if kind == "confirmation" and act in _REGISTRATION_ONLY:
        return msg(
            QT_TRANSLATE_NOOP(
                "core", "司法确认申请由法院受理后裁定确认有效或驳回，不适用「{action}」"
            ),
            action=msg(ACTION_LABELS[act]),
        )
    if kind != "confirmation" and act in _CONFIRMATION_ONLY:
        return msg(
            QT_TRANSLATE_NOOP("core", "只有司法确认申请才能「{action}」"),
            action=msg(ACTION_LABELS[act]),
        )
    return None


def leads_to(action: str) -> Status:
    """The status a step leads to (every filing step has exactly one)."""
    return _TO[Action(action)]


def ensure_allowed(status: str, action: str, kind: str = "complaint") -> tuple[Action, Status]:
    """Refuse a step the lifecycle does not allow, with the reason (TransitionError)."""
    try:
        act = Action(action)
        current = Status(status)
    except ValueError:
        raise TransitionError(
            msg(QT_TRANSLATE_NOOP("core", "未知的操作：{action}"), action=action)
        ) from None
    if current not in _FROM[act]:
        if current in TERMINAL:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "立案已「{status}」，办理已结束，不能{action}"),
                    status=msg(STATUS_LABELS[current]),
                    action=msg(ACTION_LABELS[act]),
                )
            )
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP("core", "立案当前为「{status}」，不能{action}"),
                status=msg(STATUS_LABELS[current]),
                action=msg(ACTION_LABELS[act]),
            )
        )
    refusal = _kind_refusal(act, kind)
    if refusal is not None:
        raise TransitionError(refusal)
    return act, current


# --- case numbers ----------------------------------------------------------------------------

# 人民法院案件类型及其代字标准 (法〔2015〕137号, 2018 revision): （年度）+ 省简称 + 法院代码 +
# 类型代字 + 序号 + 号, e.g. （2026）苏0602民初1234号.
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵最"
_CASE_NUMBER = re.compile(
    r"^（(?P<year>\d{4})）(?P<province>[" + _PROVINCES + r"])(?P<court>\d{0,4})"
    r"(?P<type>[\u4e00-\u9fff]{1,6}?)(?P<seq>[1-9]\d{0,5})号$"
)
# The type codes a filing may end with, by kind.
CASE_TYPES: dict[str, tuple[str, ...]] = {
    "complaint": ("民初",),
    "referral_return": ("民初", "民诉前调"),
    "fee_relief": ("民初",),
    "confirmation": ("民特",),
    "pre_mediation": ("民诉前调",),
}


@dataclass(frozen=True)
class CaseNumber:
    text: str
    year: int
    province: str
    court: str
    type: str
    sequence: int


def parse_case_number(raw: str, kind: str, today: date) -> CaseNumber:
    """A court's case number (案号), normalised to full-width brackets, or ValidationError."""
    text = "".join(raw.split()).replace("(", "（").replace(")", "）").replace("〔", "（")
    text = text.replace("〕", "）").replace("[", "（").replace("]", "）")
    found = _CASE_NUMBER.match(text)
    example = "（2026）苏0602民初1234号"
    if found is None:
        raise ValidationError(
            {
                "case_number": msg(
                    QT_TRANSLATE_NOOP("core", "案号格式不正确，应如 {example}"), example=example
                )
            }
        )
    year = int(found["year"])
    if not 2000 <= year <= today.year + 1:
        raise ValidationError(
            {"case_number": msg(QT_TRANSLATE_NOOP("core", "案号年度 {year} 不对"), year=year)}
        )
    expected = CASE_TYPES.get(kind, ())
    if expected and found["type"] not in expected:
        raise ValidationError(
            {
                "case_number": msg(
                    QT_TRANSLATE_NOOP(
                        "core", "案号类型代字为「{found}」，此类立案应为「{expected}」"
                    ),
                    found=found["type"],
                    expected="/".join(expected),
                )
            }
        )
    return CaseNumber(
        text, year, found["province"], found["court"], found["type"], int(found["seq"])
    )


# --- judicial confirmation -------------------------------------------------------------------


def confirmation_refusals(
    source: str, agreement_kind: str | None, bars: tuple[str, ...] | list[str]
) -> list[Message]:
    """Why a court would not confirm this agreement — told up front, before any package."""
    reasons: list[Message] = []
    if source == "court_entrusted":
        reasons.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "诉中委托调解达成的协议交由法院出具调解书或准许撤诉，不适用司法确认"
                    "（特邀调解规定第二十条）",
                )
            )
        )
    if agreement_kind is None:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "尚无生效的调解协议")))
    elif agreement_kind != "written":
        reasons.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "口头协议须先制作书面调解协议书，才能申请司法确认（第三十三条）"
                )
            )
        )
    for bar in bars:
        if bar in CONFIRMATION_BARS:
            reasons.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "{bar}：人民法院不予确认（民诉法解释第三百五十五条）"
                    ),
                    bar=msg(CONFIRMATION_BARS[bar]),
                )
            )
    return reasons


def confirmation_window_end(effective_on: date, calendar: WorkCalendar) -> date:
    """The last day to apply jointly: 30 days after the agreement took effect (Art. 33)."""
    return calendar.period_end(effective_on, CONFIRMATION_DAYS)


def window_warning(due: date, today: date) -> int | None:
    """10 or 3 when the window closes within that many days (the sharper one), else None."""
    left = (due - today).days
    for days in sorted(WARN_DAYS):
        if 0 <= left <= days:
            return days
    return None


# --- the court's deadlines -------------------------------------------------------------------


def decision_due(submitted_on: date, kind: str, calendar: WorkCalendar) -> date:
    """When the court must decide: registration within 7 days (CPL Art. 126), restarting on a
    correction (在线诉讼规则 第九条); a confirmation is accepted within 3 days."""
    days = 3 if kind == "confirmation" else REGISTRATION_DAYS
    return calendar.period_end(submitted_on, days)


def correction_due(notice_on: date, days: int, calendar: WorkCalendar) -> date:
    """The period the court's correction notice sets (no national default)."""
    if days <= 0:
        raise ValidationError(
            {"days": msg(QT_TRANSLATE_NOOP("core", "请填写补正通知载明的补正期限（天）"))}
        )
    return calendar.period_end(notice_on, days)


def fee_due(notice_on: date, calendar: WorkCalendar) -> date:
    return calendar.period_end(notice_on, FEE_DAYS)


def appeal_due(refused_on: date, calendar: WorkCalendar) -> date:
    return calendar.period_end(refused_on, APPEAL_DAYS)


def confirmation_decision_due(accepted_on: date, calendar: WorkCalendar) -> date:
    return calendar.period_end(accepted_on, CONFIRMATION_DECISION_DAYS)


def label(vocabulary: dict[str, str], code: str | None) -> str:
    return vocabulary.get(code or "", code or "")
