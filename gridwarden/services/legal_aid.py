"""Legal-aid intake at the window (DOMAIN §4): take an application (one applicant or a group),
assess it by the law, ask once for what is missing, decide in time, assign, forward, notices.

The rules live in rules.legal_aid_* (shared with the server); this service applies them in one
transaction per user action: the records, their history steps, the audit entries and the outbox
ops. A step the rules refuse writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import CLAUSE_SEPARATOR, QT_TRANSLATE_NOOP, Message, listing, msg
from gridwarden.models import (
    Attachment,
    LegalAidApplication,
    LegalAidCase,
    LegalAidStep,
    OrgUnit,
    Resident,
)
from gridwarden.queries.legal_aid_facts import (
    AGENCY_KIND,
    FACT_FIELDS,
    WINDOW_KINDS,
    LegalAidPrefill,
    assess_application,
)
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.legal_aid_steps import (
    StepDay,
    _completed,
    declared_input,
    situation_of,
    step_values,
)
from gridwarden.rules.money import parse_amount
from gridwarden.services.context import Changes, ServiceContext, Step, no_step
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.settings import Settings
from gridwarden.validation import idnumber, phone


@dataclass
class MatterDraft:
    window_id: str
    matter_type: str
    proceeding: str
    summary: str
    competent_agency_id: str | None = None  # None: the window's own agency
    other_basis: str = ""
    opposing_party: str = ""
    opposing_code: str = ""
    handling_body: str = ""
    limitation_date: date | None = None
    limitation_note: str = ""
    urgent_preservation: bool = False
    group_name: str = ""
    source_dispute_id: str | None = None
    criminal_reason: str = ""  # criminal defence (Art. 24): la.CRIMINAL_REASONS
    urgent_basis: str = ""  # Art. 44 (三)
    # Art. 39: a detainee's application handed over by the handling body or custody
    detention_place: str = ""
    custody_applied_at: datetime | None = None
    custody_forwarded_at: datetime | None = None


@dataclass
class NotificationDraft:
    """A notice from a court, procuratorate or police to assign a defender or agent (Arts. 25,
    28): no application and no hardship review; a worker is assigned within 3 days (Art. 36)."""

    window_id: str
    notifier: str  # la.NOTIFIERS
    notifier_name: str  # e.g. 南通市崇川区人民法院
    notice_ref: str  # the notice's reference (文号)
    notified_on: date  # the day the notice was received
    ground: str  # la.NOTIFY_GROUNDS
    name: str
    id_number: str = ""
    summary: str = ""  # the charge or the matter
    detention_place: str = ""


@dataclass
class ApplicantDraft:
    name: str
    id_number: str
    phone: str = ""
    address: str = ""
    agent_name: str = ""
    agent_relation: str = ""
    agent_phone: str = ""
    facts: dict[str, bool] = field(default_factory=dict)  # keys of la.APPLICANT_FACTS
    claim_amount: str = ""  # yuan, as typed
    materials: list[str] = field(default_factory=list)  # what was handed in
    # What the clerk took from the resident register (queries.legal_aid_register): whose
    # record and which fields; the receive step keeps it so the file says where facts came from.
    register_resident_id: str | None = None
    register_fields: tuple[str, ...] = ()
    kind: str = "person"  # la.APPLICANT_KINDS: a unit is recorded and refused (Art. 2)
    presumption_basis: str = ""  # Art. 42 (四): the rule naming the person

    def flag(self, name: str) -> bool:
        return bool(self.facts.get(name, False))


@dataclass
class ApplicationDraft:
    matter: MatterDraft
    applicant: ApplicantDraft


@dataclass
class GroupDraft:
    """One matter, many applicants (e.g. 27 workers owed wages by one employer)."""

    matter: MatterDraft
    applicants: list[ApplicantDraft]


@dataclass(frozen=True)
class DocumentChanges(Changes):
    """A generated notice: where its PDF and DOCX were written."""

    files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RenderedNotice:
    """A notice written to disk and not yet recorded: for whom, which notice, its two files."""

    application_ids: tuple[str, ...]
    kind: str
    pdf: Path
    docx: Path


def prefill_draft(prefill: LegalAidPrefill, window_id: str) -> ApplicationDraft:
    """The intake form's starting values for a prefill (the clerk completes the rest)."""
    matter_type = prefill.suggested_matter_type
    if matter_type not in la.MATTER_TYPES:
        matter_type = "labour_pay"
    return ApplicationDraft(
        MatterDraft(
            window_id=window_id,
            matter_type=matter_type,
            proceeding="labour_arbitration" if matter_type == "labour_pay" else "civil_litigation",
            summary=prefill.matter_summary,
            opposing_party=prefill.opposing_party,
            source_dispute_id=prefill.source_dispute_id,
        ),
        ApplicantDraft(prefill.applicant_name, prefill.id_number, prefill.phone),
    )


# --- validation (pure: the forms call these too) -------------------------------------------------
def _validate_identity(
    draft: ApplicantDraft,
    today: date,
    values: dict[str, Any],
    errors: dict[str, Message],
    warnings: list[Message],
) -> None:
    """A person's ID number (with the birth date and sex it gives), or a unit's credit code."""
    if draft.kind == "organisation":
        # Art. 2: recorded to be refused; the unit's credit code is kept when it gave one
        code = "".join(draft.id_number.split()).upper()
        if code:
            try:
                values["id_number"] = uscc.validate(code)
            except StdnumError:
                errors["id_number"] = msg(
                    QT_TRANSLATE_NOOP("core", "统一社会信用代码有误（18 位，末位为校验码）")
                )
    elif not draft.id_number.strip():
        errors["id_number"] = msg(QT_TRANSLATE_NOOP("core", "请填写申请人的身份证号"))
    else:
        try:
            parsed = idnumber.parse(draft.id_number, today)
        except idnumber.IdNumberError as exc:
            errors["id_number"] = exc.message
        else:
            if parsed.birth_date > today:
                errors["id_number"] = msg(QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效"))
            values.update(
                id_number=parsed.number, gender=parsed.gender, birth_date=parsed.birth_date
            )
            if parsed.warning:
                warnings.append(parsed.warning)


def validate_applicant(
    draft: ApplicantDraft, today: date
) -> tuple[dict[str, Any], dict[str, Message], list[Message]]:
    """The values to store, the errors by field, and warnings (e.g. a retired region code)."""
    errors: dict[str, Message] = {}
    warnings: list[Message] = []
    name = "".join(draft.name.split())
    if not name:
        errors["name"] = msg(QT_TRANSLATE_NOOP("core", "请填写申请人姓名"))
    elif len(name) > 40:
        errors["name"] = msg(QT_TRANSLATE_NOOP("core", "姓名过长"))
    values: dict[str, Any] = {"name": name, "id_number": "", "gender": None, "birth_date": None}
    organisation = draft.kind == "organisation"
    if draft.kind not in la.APPLICANT_KINDS:
        errors["kind"] = msg(QT_TRANSLATE_NOOP("core", "请选择申请人类别"))
    _validate_identity(draft, today, values, errors, warnings)
    for key in ("phone", "agent_phone"):
        try:
            values[key] = phone.normalise(getattr(draft, key))
        except phone.PhoneError as exc:
            errors[key] = exc.message
    agent_name = "".join(draft.agent_name.split())
    if agent_name and not draft.agent_relation:
        errors["agent_relation"] = msg(QT_TRANSLATE_NOOP("core", "请选择代理人与申请人的关系"))
    if draft.agent_relation and not agent_name:
        errors["agent_name"] = msg(QT_TRANSLATE_NOOP("core", "请填写代理人姓名"))
    try:
        values["claim_amount_fen"] = parse_amount(draft.claim_amount)
    except ValueError:
        errors["claim_amount"] = msg(
            QT_TRANSLATE_NOOP("core", "金额应为数字（元），如 12800 或 3500.50")
        )
    unknown = [m for m in draft.materials if m not in la.MATERIALS]
    if unknown:
        errors["materials"] = msg(
            QT_TRANSLATE_NOOP("core", "未知的材料：{items}"), items=listing(unknown)
        )
    basis = " ".join(draft.presumption_basis.split())
    if len(basis) > 200:
        errors["presumption_basis"] = msg(QT_TRANSLATE_NOOP("core", "依据过长（最多 200 字）"))
    values.update(
        applicant_kind=draft.kind,
        presumption_basis="" if organisation else basis,
        address=" ".join(draft.address.split()),
        agent_name=agent_name,
        agent_relation=draft.agent_relation if agent_name else "",
        materials=[m for m in la.MATERIALS if m in set(draft.materials)],
        **{name: draft.flag(name) for name in FACT_FIELDS},
    )
    return values, errors, warnings


def validate_matter(draft: MatterDraft) -> tuple[dict[str, Any], dict[str, Message]]:
    errors: dict[str, Message] = {}
    if draft.matter_type not in la.MATTER_TYPES:
        errors["matter_type"] = msg(QT_TRANSLATE_NOOP("core", "请选择申请事项"))
    if draft.proceeding not in la.PROCEEDINGS:
        errors["proceeding"] = msg(QT_TRANSLATE_NOOP("core", "请选择程序类别"))
    summary = draft.summary.strip()
    if not summary:
        errors["summary"] = msg(QT_TRANSLATE_NOOP("core", "请简述案情及请求"))
    elif len(summary) > 4000:
        errors["summary"] = msg(QT_TRANSLATE_NOOP("core", "案情过长（最多 4000 字）"))
    if not draft.window_id:
        errors["window_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择受理窗口"))
    code = "".join(draft.opposing_code.split()).upper()
    if code:
        try:
            code = uscc.validate(code)
        except StdnumError:
            errors["opposing_code"] = msg(
                QT_TRANSLATE_NOOP("core", "统一社会信用代码有误（18 位，末位为校验码）")
            )
    if draft.proceeding in la.LITIGATION and not draft.handling_body.strip():
        errors["handling_body"] = msg(
            QT_TRANSLATE_NOOP(
                "core", "诉讼事项须填写受理法院：据此确定管辖的法律援助机构（第三十八条）"
            )
        )
    matter = la.MATTER_TYPES.get(draft.matter_type)
    reason = draft.criminal_reason if draft.matter_type == "criminal_defence" else ""
    if draft.matter_type == "criminal_defence" and reason not in la.CRIMINAL_REASONS:
        errors["criminal_reason"] = msg(
            QT_TRANSLATE_NOOP(
                "core", "请选择没有委托辩护人的原因：经济困难或者其他原因（第二十四条）"
            )
        )
    applied, forwarded = draft.custody_applied_at, draft.custody_forwarded_at
    place = draft.detention_place.strip()
    if place and (applied is None or forwarded is None):
        errors["custody_applied_at"] = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "被羁押人员的申请须填写其提交给监管场所的时间和本机构收到的时间（第三十九条）",
            )
        )
    elif applied is not None and forwarded is not None and forwarded < applied:
        errors["custody_forwarded_at"] = msg(
            QT_TRANSLATE_NOOP("core", "收到转交的时间不能早于申请人提交的时间")
        )
    group = draft.group_name.strip()
    values = {
        "matter_type": draft.matter_type,
        "proceeding": draft.proceeding,
        "summary": summary,
        "other_basis": draft.other_basis.strip() if matter and matter.needs_basis else "",
        "opposing_party": " ".join(draft.opposing_party.split()),
        "opposing_code": code,
        "handling_body": draft.handling_body.strip(),
        "limitation_date": draft.limitation_date,
        "limitation_note": draft.limitation_note.strip(),
        "urgent_preservation": draft.urgent_preservation,
        "group_name": group,
        "source_dispute_id": draft.source_dispute_id or None,
        "criminal_reason": reason,
        "urgent_basis": " ".join(draft.urgent_basis.split())[:200],
        "detention_place": place,
        "custody_applied_at": applied if place else None,
        "custody_forwarded_at": forwarded if place else None,
    }
    return values, errors


def not_notified(draft: MatterDraft, errors: dict[str, Message]) -> None:
    """A notified case (Arts. 25, 28) is entered from the notice, never as an application."""
    matter = la.MATTER_TYPES.get(draft.matter_type)
    if matter is not None and matter.notified:
        errors["matter_type"] = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "通知辩护（代理）不经申请：请用「登记通知」录入办案机关的通知（第二十五条、第三十六条）",
            )
        )


def case_number(case_id: str, day: date) -> str:
    """FY + local date + 6 hex of the UUID: readable at the window, unique across devices."""
    return f"FY{day:%Y%m%d}-{case_id.replace('-', '')[:6].upper()}"


def application_number(number: str, index: int, group: bool) -> str:
    return f"{number}-{index:03d}" if group else number


# --- what each step does to an application (pure: the demo seeder replays them too) --------------
def receive(
    application: LegalAidApplication,
    case: LegalAidCase,
    today: date,
    calendar: WorkCalendar,
    settings: Settings,
) -> dict[str, Any]:
    """Set a new application's first status and deadline; return its receive step's detail.
    Missing materials are named once, with the last day to supply them (Art. 43)."""
    assessment = assess_application(application, case, today)
    # a unit is refused on Art. 2 at once, whatever it handed in
    organisation = application.applicant_kind == "organisation"
    status = life.initial_status(assessment.complete or organisation, case.city_wide)
    application.status = status
    detail: dict[str, Any] = {
        "outcome": assessment.outcome,
        "hardship": assessment.hardship,
        "materials": list(application.materials),
    }
    if status is life.Status.AWAITING_MATERIALS:
        application.notice_on = today
        application.withdraw_on = dl.withdraw_on(today, settings.legal_aid_materials_days, calendar)
        application.due_date = application.withdraw_on
        detail.update(missing=list(assessment.missing), withdraw_on=str(application.withdraw_on))
    else:
        completed = _completed(status, today, calendar, settings, bool(case.detention_place))
        for name, value in completed.items():
            setattr(application, name, value)
    return detail


def notified(
    application: LegalAidApplication, case: LegalAidCase, calendar: WorkCalendar
) -> dict[str, Any]:
    """A notified case starts waiting for its worker: three days from the notice (Art. 36)."""
    assert case.notified_on is not None
    due = dl.notified_assign_due(case.notified_on, calendar)
    application.status = life.Status.NOTIFIED
    application.hardship = "notified"
    application.complete_on = case.notified_on
    application.decided_on = case.notified_on
    application.assign_due = due
    application.due_date = due
    return {
        "notifier": case.notifier,
        "notice_ref": case.notice_ref,
        "notified_on": case.notified_on.isoformat(),
        "ground": case.notify_ground,
        "assign_due": due.isoformat(),
    }


def history_step(
    ctx: ServiceContext,
    application: LegalAidApplication,
    action: str,
    from_status: str,
    to_status: str,
    note: str = "",
    detail: dict[str, Any] | None = None,
) -> LegalAidStep:
    """One step of an application's history, by the person at this device, now."""
    return LegalAidStep(
        application_id=application.id,
        action=action,
        from_status=from_status,
        to_status=to_status,
        actor_id=ctx.actor.user_id,
        actor_name=ctx.actor.name,
        at=ctx.clock.now(),
        note=note,
        detail=detail or {},
    )


def load_application(
    work: UnitOfWork, application_id: str, expected_status: str | None = None
) -> tuple[LegalAidApplication, LegalAidCase]:
    """A live application and its case. `expected_status` is what the clerk saw: if the
    application moved meanwhile, the step is refused rather than applied blind."""
    application = work.live(
        LegalAidApplication,
        application_id,
        QT_TRANSLATE_NOOP("core", "该法律援助申请不存在或已作废"),
    )
    if expected_status is not None and application.status != expected_status:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP("core", "申请已变为「{status}」，请刷新后再操作"),
                status=msg(life.STATUS_LABELS.get(application.status, application.status)),
            )
        )
    case = work.session.get(LegalAidCase, application.case_id)
    assert case is not None
    return application, case


# --- the service -----------------------------------------------------------------------------
class LegalAidService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- intake --------------------------------------------------------------------------------
    def intake(self, draft: ApplicationDraft) -> Changes:
        """Take one application: validated, assessed, numbered; a missing-materials notice is
        issued at once when something is missing (Art. 43)."""
        matter, errors = validate_matter(draft.matter)
        not_notified(draft.matter, errors)
        values, applicant_errors, warnings = validate_applicant(
            draft.applicant, self.ctx.clock.today()
        )
        errors.update(applicant_errors)
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            case = self._create_case(work, draft.matter, matter)
            source = self._register_source(work, draft.applicant, values["id_number"])
            application = self._create_application(work, case, values, 1, source=source)
            if application.applicant_kind == "organisation":
                # Art. 2: a unit is not an applicant; the refusal is written at once
                refusal = life.StepInput(
                    reasons=msg(la.ORGANISATION_REASON).render(),
                    legal_basis=msg(la.ORGANISATION_BASIS).render(),
                )
                self._act(work, application.id, life.Action.REFUSE, refusal, None)
            return Changes.of(work.changes.entities, [application.id, case.id], warnings)

    def notify(self, draft: NotificationDraft) -> Changes:
        """A notified case (Arts. 25, 28): the notice is the file; the worker is due within three
        days of receiving it (Art. 36); no hardship review."""
        errors: dict[str, Message] = {}
        today = self.ctx.clock.today()
        if draft.notifier not in la.NOTIFIERS:
            errors["notifier"] = msg(QT_TRANSLATE_NOOP("core", "请选择发出通知的机关"))
        if not draft.notifier_name.strip():
            errors["notifier_name"] = msg(QT_TRANSLATE_NOOP("core", "请填写发出通知的机关名称"))
        if not draft.notice_ref.strip():
            errors["notice_ref"] = msg(QT_TRANSLATE_NOOP("core", "请填写通知书的文号"))
        if draft.notified_on > today:
            errors["notified_on"] = msg(QT_TRANSLATE_NOOP("core", "收到通知的日期不能晚于今天"))
        if draft.ground not in la.NOTIFY_GROUNDS:
            errors["ground"] = msg(
                QT_TRANSLATE_NOOP("core", "请选择通知辩护（代理）的情形（第二十五条、第二十八条）")
            )
        person, person_errors, warnings = validate_applicant(
            ApplicantDraft(draft.name, draft.id_number or "-"), today
        )
        if draft.id_number.strip():
            errors.update(person_errors)
        else:  # the notice may not carry the number yet
            errors.update({k: v for k, v in person_errors.items() if k != "id_number"})
            person.update(id_number="", gender=None, birth_date=None)
            warnings = []
        if errors:
            raise ValidationError(errors)
        matter_type = (
            "compulsory_treatment" if draft.ground == "compulsory_treatment" else "notified_defence"
        )
        matter = {
            "matter_type": matter_type,
            "proceeding": "criminal_litigation",
            "summary": draft.summary.strip() or msg(la.NOTIFY_GROUNDS[draft.ground]).render(),
            "handling_body": draft.notifier_name.strip(),
            "notifier": draft.notifier,
            "notice_ref": draft.notice_ref.strip(),
            "notified_on": draft.notified_on,
            "notify_ground": draft.ground,
            "detention_place": draft.detention_place.strip(),
        }
        with unit_of_work(self.ctx) as work:
            case = self._create_case(
                work, MatterDraft(draft.window_id, matter_type, "criminal_litigation", ""), matter
            )
            person["materials"] = ["notification_letter"]
            application = self._create_application(work, case, person, 1)
            return Changes.of(work.changes.entities, [application.id, case.id], warnings)

    @staticmethod
    def _register_source(
        work: UnitOfWork, draft: ApplicantDraft, id_number: str
    ) -> dict[str, Any] | None:
        """The register record the clerk took facts from, if it is still that person's."""
        if not draft.register_resident_id or not draft.register_fields:
            return None
        resident = work.session.get(Resident, draft.register_resident_id)
        if resident is None or resident.deleted_at is not None or resident.id_number != id_number:
            return None
        fields = [
            f for f in draft.register_fields if f in ("name", "phone", "address", *FACT_FIELDS)
        ]
        return {"resident_id": resident.id, "fields": fields}

    def intake_group(self, draft: GroupDraft) -> Changes:
        """One matter entered once, one application per applicant; every bad row is named."""
        matter, errors = validate_matter(draft.matter)
        not_notified(draft.matter, errors)
        if not draft.matter.group_name.strip():
            errors["group_name"] = msg(QT_TRANSLATE_NOOP("core", "请填写群体案件名称"))
        today = self.ctx.clock.today()
        rows: list[dict[str, Any]] = []
        problems: list[Message] = []
        warnings: list[Message] = []
        seen: dict[str, int] = {}
        for index, applicant in enumerate(draft.applicants, start=1):
            values, row_errors, row_warnings = validate_applicant(applicant, today)
            number = values["id_number"]
            if number and number in seen:
                row_errors["id_number"] = msg(
                    QT_TRANSLATE_NOOP("core", "与第 {n} 行的身份证号重复"), n=seen[number]
                )
            elif number:
                seen[number] = index
            if row_errors:
                problems.append(
                    msg(
                        QT_TRANSLATE_NOOP("core", "第 {n} 行：{errors}"),
                        n=index,
                        errors=listing(row_errors.values(), CLAUSE_SEPARATOR),
                    )
                )
            rows.append(values)
            warnings += row_warnings
        if not draft.applicants:
            errors["applicants"] = msg(QT_TRANSLATE_NOOP("core", "请至少录入一名申请人"))
        elif problems:
            errors["applicants"] = msg(
                QT_TRANSLATE_NOOP("core", "申请人名单有误：{rows}"), rows=listing(problems, "\n")
            )
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            case = self._create_case(work, draft.matter, matter)
            ids = [
                self._create_application(work, case, values, index, group=True).id
                for index, values in enumerate(rows, start=1)
            ]
            return Changes.of(work.changes.entities, [*ids, case.id], warnings)

    def _create_case(
        self, work: UnitOfWork, draft: MatterDraft, values: dict[str, Any]
    ) -> LegalAidCase:
        window = work.session.get(OrgUnit, draft.window_id)
        if window is None or window.kind not in WINDOW_KINDS or window.deleted_at:
            raise ValidationError(
                {"window_id": msg(QT_TRANSLATE_NOOP("core", "所选受理窗口不存在"))}
            )
        own = window.parent_id
        competent = draft.competent_agency_id or own
        if competent is not None:
            agency = work.session.get(OrgUnit, competent)
            if agency is None or agency.kind != AGENCY_KIND:
                raise ValidationError(
                    {
                        "competent_agency_id": msg(
                            QT_TRANSLATE_NOOP("core", "所选法律援助机构不存在")
                        )
                    }
                )
        today = self.ctx.clock.today()
        case = LegalAidCase(
            number="",
            window_id=window.id,
            competent_agency_id=competent,
            # a notice goes to the agency it names; it is never forwarded
            city_wide=competent is not None and competent != own and not values.get("notifier"),
            received_on=today,
            received_by=self.ctx.actor.name,
            **values,
        )
        case.number = case_number(case.id, today)
        return work.create(case, "legal_aid_case.create")

    def _create_application(
        self,
        work: UnitOfWork,
        case: LegalAidCase,
        values: dict[str, Any],
        index: int,
        group: bool = False,
        source: dict[str, Any] | None = None,
    ) -> LegalAidApplication:
        application = LegalAidApplication(
            case_id=case.id,
            number=application_number(case.number, index, group),
            status="",
            **values,
        )
        if case.notifier:
            detail = notified(application, case, self.ctx.calendar)
        else:
            detail = receive(application, case, self.ctx.clock.today(), self.ctx.calendar,
                             self.ctx.settings)  # fmt: skip
        if source:
            detail["register"] = source
        work.create(application, "legal_aid_application.create")
        work.create(
            history_step(self.ctx, application, life.RECEIVE, "", application.status, "", detail),
            "legal_aid_step.add",
        )
        return application

    # --- lifecycle -----------------------------------------------------------------------------
    def act(
        self,
        application_id: str,
        action: str,
        step: life.StepInput,
        expected_status: str | None = None,
        files: Sequence[Path] = (),
    ) -> Changes:
        """Apply one lifecycle action. `expected_status` is what the clerk saw: if the
        application moved meanwhile, the step is refused rather than applied blind. `files`
        (the closing documents, Art. 50) are stored with the application."""
        from gridwarden.attachments import AttachmentStore

        stored = [AttachmentStore(self.ctx.paths.attachments).put(path) for path in files]
        with unit_of_work(self.ctx) as work:
            self._act(work, application_id, action, step, expected_status)
            for item in stored:
                work.create(
                    Attachment(
                        sha256=item.sha256,
                        owner_entity="legal_aid_application",
                        owner_id=application_id,
                        filename=item.filename,
                        mime=item.mime,
                        size=item.size,
                    ),
                    "attachment.add",
                )
            return Changes.of(work.changes.entities, [application_id])

    def act_many(
        self, application_ids: Sequence[str], action: str, step: life.StepInput
    ) -> Changes:
        """The same decision for several applicants of a group case, one per applicant, in one
        transaction: if the rules refuse it for anyone, nothing is written and they are named."""
        if not application_ids:
            raise ValidationError({"applicants": msg(QT_TRANSLATE_NOOP("core", "请选择申请人"))})
        with unit_of_work(self.ctx) as work:
            for application_id in application_ids:
                try:
                    self._act(work, application_id, action, step, None)
                except TransitionError as error:
                    name = self._application(work, application_id).name
                    raise TransitionError(
                        msg(
                            QT_TRANSLATE_NOOP("core", "{name}：{reason}"),
                            name=name,
                            reason=error.message,
                        )
                    ) from error
            return Changes.of(work.changes.entities, list(application_ids))

    def _act(
        self,
        work: UnitOfWork,
        application_id: str,
        action: str,
        step: life.StepInput,
        expected_status: str | None,
    ) -> None:
        application, case = load_application(work, application_id, expected_status)
        today = self.ctx.clock.today()
        calendar = self.ctx.calendar
        situation = situation_of(application, case, step, today)
        agency = None
        if action == life.Action.FORWARD and step.agency_id:
            agency = work.session.get(OrgUnit, step.agency_id)
            if agency is None or agency.kind != AGENCY_KIND:
                raise ValidationError(
                    {"agency_id": msg(QT_TRANSLATE_NOOP("core", "所选法律援助机构不存在"))}
                )
        outcome = life.decide(application.status, action, step, situation)
        values, detail, params = step_values(
            application,
            outcome,
            action,
            step,
            StepDay(today, calendar, self.ctx.settings),
            agency.name if agency else "",
            bool(case.detention_place),
        )
        history = history_step(
            self.ctx,
            application,
            action,
            application.status,
            outcome.to_status,
            step.note.strip(),
            detail,
        )
        # the step's input travels with it: the server decides it again (registry.py)
        declared = declared_input(step, today, self.ctx.settings.legal_aid_forward_days)
        work.transition(application, history, action, values, params, declared)

    # --- confidentiality -----------------------------------------------------------------------
    def reveal(self, application_id: str) -> Changes:
        """The clerk opened the full record (ID number shown): an access entry in the audit log
        (Art. 21 confidentiality; PIPL Arts. 55–56 processing records)."""
        with unit_of_work(self.ctx) as work:
            application = self._application(work, application_id)
            work.audit(
                "legal_aid_application.reveal",
                "legal_aid_application",
                application.id,
                {"fields": ["id_number"]},
            )
        return Changes()

    # --- notices -------------------------------------------------------------------------------
    def notice(self, application_ids: Sequence[str], kind: str) -> DocumentChanges:
        """Write a notice (PDF and DOCX) for one applicant, or one file with a notice per
        applicant of a group; the issue is audited."""
        return self.record_notice(self.render_notice(application_ids, kind))

    def render_notice(
        self, application_ids: Sequence[str], kind: str, step: Step = no_step
    ) -> RenderedNotice:
        """The file work of a notice (reads, renders, writes the PDF and DOCX): run it off the
        writer thread; `record_notice` then records the issue in one short transaction. `step`
        hears (done, total) after each applicant's notice and after the files are written."""
        from gridwarden.documents import Document, build, export
        from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
        from gridwarden.services.legal_aid_notices import notice_context

        if kind not in NOTICE_TEMPLATES or not application_ids:
            raise ValidationError({"kind": msg(QT_TRANSLATE_NOOP("core", "未知的文书"))})
        total = len(application_ids) + 1  # each applicant's notice, then the PDF and DOCX
        contexts: list[dict[str, Any]] = []
        documents = []
        with self.ctx.sessions() as session:
            for app_id in application_ids:
                today = self.ctx.clock.today()
                contexts.append(notice_context(session, self.ctx.settings, app_id, kind, today))
                documents.append(build(NOTICE_TEMPLATES[kind][0], contexts[-1]))
                step(len(documents), total)
        first = contexts[0]
        title = str(NOTICE_TEMPLATES[kind][1])
        if len(documents) == 1:
            doc, base = documents[0], f"{first['number']}-{title}"
        else:
            doc = Document.join(title, documents)
            base = f"{first['case_number']}-{title}（{len(documents)}份）"
        folder = self.ctx.paths.exports / "法律援助" / str(first["case_number"])
        files = export(doc, folder, base)
        step(total, total)
        return RenderedNotice(tuple(application_ids), kind, files.pdf, files.docx)

    def record_notice(self, notice: RenderedNotice) -> DocumentChanges:
        """Record a rendered notice in each application's history, audited."""
        # the history keeps each issue with its file, relative to the exports folder
        where = notice.pdf.relative_to(self.ctx.paths.exports).as_posix()
        kind = notice.kind
        with unit_of_work(self.ctx) as work:
            for app_id in notice.application_ids:
                application = self._application(work, app_id)
                status = application.status
                issued = history_step(self.ctx, application, life.NOTICE, status, status, "",
                                      {"kind": kind, "file": where})  # fmt: skip
                work.create(issued, "legal_aid_step.add")
                work.audit(
                    "legal_aid_application.notice",
                    "legal_aid_application",
                    app_id,
                    {"kind": kind, "file": notice.pdf.name},
                )
            entities = work.changes.entities
        return DocumentChanges(entities, notice.application_ids, files=(notice.pdf, notice.docx))

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _application(work: UnitOfWork, application_id: str) -> LegalAidApplication:
        return load_application(work, application_id)[0]
