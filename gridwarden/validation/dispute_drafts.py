"""What a mediator types for a dispute (intake, parties, sessions, agreements), unparsed, and the
checks that turn it into values: every bad field is named at once so a form can mark it.
ID numbers by validation.idnumber, unified social credit codes by python-stdnum."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.rules import disputes as rules
from gridwarden.rules.money import parse_amount
from gridwarden.validation import idnumber, phone


@dataclass
class PartyDraft:
    """One party as typed in the form (unparsed)."""

    role: str = "applicant"
    kind: str = "person"
    name: str = ""
    id_number: str = ""
    uscc: str = ""
    legal_representative: str = ""
    phone: str = ""
    address: str = ""
    agent_name: str = ""
    agent_kind: str = ""
    agent_phone: str = ""
    id: str | None = None


@dataclass
class DisputeDraft:
    source: str
    category: str
    facts: str
    parties: list[PartyDraft]
    claims: str = ""
    amount: str = ""  # yuan as typed
    risk_level: str = "low"
    level: str = "grid"
    station_id: str | None = None
    grid_event_number: str = ""
    visit_id: str | None = None
    work_order_number: str = ""
    court_id: str | None = None
    court_reference: str = ""
    court_procedure: str = ""


@dataclass
class SessionDraft:
    dispute_id: str
    held_at: datetime
    place: str
    attendees: list[str]
    record: str
    mediator_name: str = ""


@dataclass
class ObligationDraft:
    obligor: str
    description: str
    due_on: date | None
    amount: str = ""


@dataclass
class AgreementDraft:
    kind: str  # written | oral
    facts: str
    matters: str
    content: str
    performance: str
    performance_deadline: date | None = None
    reached_on: date | None = None  # None: today
    obligations: list[ObligationDraft] = field(default_factory=list)
    reason: str = ""  # required for a revision


def dispute_number(dispute_id: str, day_text: str) -> str:
    """TJ + local date + 6 hex of the UUID: unique across devices without a server round trip."""
    return f"TJ{day_text}-{dispute_id.replace('-', '')[:6].upper()}"


def _text(value: str) -> str:
    return value.strip()


def validate_party(
    draft: PartyDraft, prefix: str, today: date | None = None
) -> tuple[dict[str, Any], dict[str, Message]]:
    """Check one party; return (values, errors keyed "<prefix>.<field>")."""
    errors: dict[str, Message] = {}
    values: dict[str, Any] = {
        "role": draft.role,
        "kind": draft.kind,
        "name": " ".join(draft.name.split()),
        "id_number": None,
        "gender": None,
        "birth_date": None,
        "uscc": None,
        "legal_representative": _text(draft.legal_representative),
        "address": " ".join(draft.address.split()),
        "agent_name": " ".join(draft.agent_name.split()),
        "agent_kind": draft.agent_kind if draft.agent_name.strip() else "",
    }
    if draft.role not in rules.PARTY_ROLES:
        errors[f"{prefix}.role"] = msg(QT_TRANSLATE_NOOP("core", "请选择当事人身份"))
    if draft.kind not in rules.PARTY_KINDS:
        errors[f"{prefix}.kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择自然人或单位"))
    if not values["name"]:
        errors[f"{prefix}.name"] = msg(QT_TRANSLATE_NOOP("core", "请填写当事人姓名或名称"))
    elif len(values["name"]) > 80:
        errors[f"{prefix}.name"] = msg(QT_TRANSLATE_NOOP("core", "姓名或名称过长"))
    if draft.kind == "person" and draft.id_number.strip():
        try:
            parsed = idnumber.parse(draft.id_number, today)
        except idnumber.IdNumberError as exc:
            errors[f"{prefix}.id_number"] = exc.message
        else:
            values.update(
                id_number=parsed.number, gender=parsed.gender, birth_date=parsed.birth_date
            )
    if draft.kind == "organisation":
        values["name"] = values["name"].replace(" ", "")
        if draft.uscc.strip():
            try:
                values["uscc"] = rules.normalise_uscc(draft.uscc)
            except rules.UsccError as exc:
                errors[f"{prefix}.uscc"] = exc.message
    else:
        values["legal_representative"] = ""
    for name in ("phone", "agent_phone"):
        try:
            values[name] = phone.normalise(getattr(draft, name))
        except phone.PhoneError as exc:
            errors[f"{prefix}.{name}"] = exc.message
    if values["agent_name"] and draft.agent_kind not in rules.AGENT_KINDS:
        errors[f"{prefix}.agent_kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择代理人类别"))
    return values, errors


def _source_values(draft: DisputeDraft, errors: dict[str, Message]) -> dict[str, Any]:
    """Where the dispute came from: a grid event, a visit, a 12345 work order, or a court's
    delegation or entrustment (with its case number and procedure)."""
    source_values: dict[str, Any] = {
        "work_order_number": "",
        "court_id": None,
        "court_reference": "",
        "court_procedure": "",
    }
    if draft.source == "grid_event" and not draft.grid_event_number.strip():
        errors["grid_event_number"] = msg(QT_TRANSLATE_NOOP("core", "请填写网格事件编号"))
    if draft.source == "visit" and not draft.visit_id:
        errors["visit_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择发现纠纷的走访记录"))
    if draft.source == "hotline_12345":
        number = "".join(draft.work_order_number.split())
        if not number:
            errors["work_order_number"] = msg(QT_TRANSLATE_NOOP("core", "请填写 12345 工单编号"))
        elif len(number) > 40:
            errors["work_order_number"] = msg(QT_TRANSLATE_NOOP("core", "工单编号过长"))
        source_values["work_order_number"] = number
    if draft.source in rules.COURT_SOURCES:
        if not draft.court_id:
            errors["court_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择委派或委托的法院"))
        reference = draft.court_reference.strip()
        if not reference:
            errors["court_reference"] = msg(QT_TRANSLATE_NOOP("core", "请填写法院的案号或委派编号"))
        procedure = draft.court_procedure if draft.source == "court_entrusted" else ""
        if draft.source == "court_entrusted" and procedure not in rules.COURT_PROCEDURES:
            errors["court_procedure"] = msg(
                QT_TRANSLATE_NOOP("core", "请选择普通程序或简易程序（期限 15 日或 7 日）")
            )
        source_values.update(
            court_id=draft.court_id, court_reference=reference, court_procedure=procedure
        )
    return source_values


def validate_dispute(
    draft: DisputeDraft, today: date | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Check the whole intake form; every bad field is named at once."""
    errors: dict[str, Message] = {}
    if draft.source not in rules.SOURCES:
        errors["source"] = msg(QT_TRANSLATE_NOOP("core", "请选择纠纷来源"))
    if draft.category not in rules.CATEGORIES:
        errors["category"] = msg(QT_TRANSLATE_NOOP("core", "请选择纠纷类别"))
    if draft.risk_level not in rules.RISK_LEVELS:
        errors["risk_level"] = msg(QT_TRANSLATE_NOOP("core", "请选择风险等级"))
    if draft.level not in ("grid", "station"):
        errors["level"] = msg(QT_TRANSLATE_NOOP("core", "受理层级应为网格或工作站"))
    facts = draft.facts.strip()
    if not facts:
        errors["facts"] = msg(QT_TRANSLATE_NOOP("core", "请写明纠纷的主要事实"))
    elif len(facts) > 4000:
        errors["facts"] = msg(QT_TRANSLATE_NOOP("core", "纠纷事实过长（最多 4000 字）"))
    if len(draft.claims) > 2000:
        errors["claims"] = msg(QT_TRANSLATE_NOOP("core", "申请事项过长（最多 2000 字）"))
    amount: int | None = None
    try:
        amount = parse_amount(draft.amount)
    except ValueError:
        errors["amount"] = msg(
            QT_TRANSLATE_NOOP("core", "金额应为不小于 0 的数字，最多两位小数（单位：元）")
        )
    source_values = _source_values(draft, errors)
    parties: list[dict[str, Any]] = []
    for index, party in enumerate(draft.parties):
        values, party_errors = validate_party(party, f"parties.{index}", today)
        errors.update(party_errors)
        parties.append(values)
    roles = {p.role for p in draft.parties}
    if not {"applicant", "respondent"} <= roles:
        errors["parties"] = msg(QT_TRANSLATE_NOOP("core", "至少需要申请人和被申请人各一方"))
    if errors:
        raise ValidationError(errors)
    return {
        "source": draft.source,
        "category": draft.category,
        "risk_level": draft.risk_level,
        "level": draft.level,
        "facts": facts,
        "claims": draft.claims.strip(),
        "amount_fen": amount,
        **source_values,
    }, parties
