"""Online filings (网上立案, DOMAIN §5): a package started from a failed mediation or a signed
agreement, edited until complete, signed, submitted by the party on the court's platform, and
tracked to the case number. Files on the dispute (content-addressed, synced like event photos)
and the parties' CPL Art. 124 details are kept here too.

Each method is one user action in one transaction (records, history step, audit, outbox).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.attachments import AttachmentStore, StoredFile
from gridwarden.case_files import check_suffixes, images_to_pdf, is_image, page_count
from gridwarden.errors import NotFoundError, TransitionError, ValidationError
from gridwarden.i18n import CLAUSE_SEPARATOR, QT_TRANSLATE_NOOP, Listing, Message, msg
from gridwarden.models import (
    Attachment,
    Dispute,
    DisputeParty,
    DisputeStep,
    Filing,
    FilingStep,
    LegalAidCase,
    OrgUnit,
)
from gridwarden.queries import filings as fq
from gridwarden.rules import dispute_lifecycle as dlife
from gridwarden.rules import filing as fr
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.disputes import COURT_SOURCES, yuan
from gridwarden.rules.money import parse_amount
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work

ENTITIES = frozenset({"filing", "filing_step"})


@dataclass(frozen=True)
class FilingStart:
    dispute_id: str
    kind: str  # rules.filing.KINDS
    court_id: str | None = None
    jurisdiction: str = ""
    cause: str = ""  # "" = suggested from the dispute's category
    bars: tuple[str, ...] = ()  # confirmation: matters declared that a court will not confirm


@dataclass(frozen=True)
class FilingEdit:
    court_id: str | None
    jurisdiction: str
    cause: str
    claims: list[tuple[str, str]]  # (text, amount in yuan as typed)
    facts: str
    elements: dict[str, str] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # name, source, proves, file_ids
    witnesses: list[dict[str, str]] = field(default_factory=list)  # name, domicile
    undisputed_facts: str = ""
    fee_relief: str = ""
    filer_ids: list[str] | None = None


@dataclass(frozen=True)
class PartyCourtDetails:
    """CPL Art. 124 details and the service address (送达地址确认书) of one party."""

    ethnicity: str = ""
    occupation: str = ""
    employer: str = ""
    representative_title: str = ""
    representative_phone: str = ""
    service_address: str = ""
    e_service_consent: bool = False
    online_consent: bool = False
    consent_on: date | None = None


@dataclass(frozen=True)
class FilingStepInput:
    on: date | None = None
    reason: str = ""
    platform_number: str = ""
    case_number: str = ""
    days: int = 0  # the correction period the court's notice sets
    fee_notice_on: date | None = None
    signed: bool = False


def filing_number(filing_id: str, day_text: str) -> str:
    """LA + local date + 6 hex of the UUID: unique across devices without a server."""
    return f"LA{day_text}-{filing_id.replace('-', '')[:6].upper()}"


def _missing(name: str, text: str) -> ValidationError:
    return ValidationError({name: msg(text)})


def incomplete(missing: list[Message]) -> ValidationError:
    """All missing items in one message, as the court's one-time notice does."""
    return ValidationError(
        {
            "package": msg(
                QT_TRANSLATE_NOOP("core", "材料不齐全，尚缺 {n} 项：{items}"),
                n=len(missing),
                items=Listing(tuple(missing), CLAUSE_SEPARATOR),
            )
        }
    )


class FilingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.files = AttachmentStore(ctx.paths.attachments)

    # --- reading inside a unit of work -------------------------------------------------------
    def _filing(self, work: UnitOfWork, filing_id: str) -> Filing:
        filing = work.live(Filing, filing_id, QT_TRANSLATE_NOOP("core", "该立案记录不存在"))
        return filing

    def _dispute(self, work: UnitOfWork, dispute_id: str) -> Dispute:
        dispute = work.live(Dispute, dispute_id, QT_TRANSLATE_NOOP("core", "该纠纷不存在"))
        return dispute

    def _court(self, work: UnitOfWork, court_id: str | None) -> None:
        if court_id is None:
            return
        court = work.session.get(OrgUnit, court_id)
        if court is None or court.kind != "court" or court.deleted_at is not None:
            raise _missing("court_id", QT_TRANSLATE_NOOP("core", "所选法院不存在"))

    def _history(
        self, filing: Filing, action: str, to_status: str, reason: str, detail: dict[str, Any]
    ) -> FilingStep:
        return FilingStep(
            filing_id=filing.id,
            action=action,
            from_status=filing.status,
            to_status=to_status,
            actor_id=self.ctx.actor.user_id,
            actor_name=self.ctx.actor.name,
            at=self.ctx.clock.now(),
            reason=reason.strip(),
            detail=detail,
        )

    def _record(
        self, work: UnitOfWork, filing: Filing, action: str, reason: str, detail: dict[str, Any]
    ) -> None:
        work.create(self._history(filing, action, filing.status, reason, detail), "filing_step.add")

    def _check(self, work: UnitOfWork, filing: Filing) -> list[Message]:
        detail = fq.filing_detail(work.session, filing.id, self.ctx.clock.today())
        assert detail is not None
        return detail.missing

    # --- start -------------------------------------------------------------------------------
    def create(self, start: FilingStart) -> Changes:
        """A filing prefilled from the dispute: parties, claims with amounts, facts, evidence."""
        if start.kind not in fr.KINDS:
            raise _missing("kind", QT_TRANSLATE_NOOP("core", "请选择立案类型"))
        with unit_of_work(self.ctx) as work:
            filing_id = self.create_in(work, start)
            return Changes.of(ENTITIES, [filing_id])

    def create_in(
        self, work: UnitOfWork, start: FilingStart, legal_aid_case_id: str | None = None
    ) -> str:
        """The filing inside another action's transaction (escalation to the court)."""
        today = self.ctx.clock.today()
        dispute = self._dispute(work, start.dispute_id)
        self._court(work, start.court_id)
        self._may_start(work, dispute, start)
        parties = list(
            work.session.execute(
                select(DisputeParty)
                .where(
                    col(DisputeParty.dispute_id) == dispute.id,
                    col(DisputeParty.deleted_at).is_(None),
                )
                .order_by(col(DisputeParty.position))
            ).scalars()
        )
        filers = (
            [p.id for p in parties]
            if start.kind == "confirmation"
            else [p.id for p in parties if p.role == "applicant"]
        )
        cause = start.cause or fr.CAUSE_OF_CATEGORY.get(dispute.category, "general")
        if cause not in fr.CAUSES:
            raise _missing("cause", QT_TRANSLATE_NOOP("core", "请选择起诉状样式"))
        claims: list[dict[str, object]] = [
            {"text": line.strip(), "amount_fen": None}
            for line in dispute.claims.splitlines()
            if line.strip()
        ]
        if len(claims) == 1 and dispute.amount_fen is not None:
            claims[0]["amount_fen"] = dispute.amount_fen
        evidence: list[dict[str, object]] = [
            {
                "name": Path(f.filename).stem,
                "source": "",
                "proves": "",
                "file_ids": [f.id],
            }
            for f in fq.case_files(work.session, "dispute", dispute.id)
            if f.category == "evidence"
        ]
        fail = (
            work.session.execute(
                select(DisputeStep)
                .where(
                    col(DisputeStep.dispute_id) == dispute.id,
                    col(DisputeStep.to_status)
                    == dlife.Status.FAILED,  # failed, or ended at the court
                    col(DisputeStep.from_status) != dlife.Status.FAILED,
                )
                .order_by(col(DisputeStep.at).desc())
            )
            .scalars()
            .first()
        )
        undisputed = str((fail.detail or {}).get("undisputed_facts") or "") if fail else ""
        filing = Filing(
            number="",
            station_id=dispute.station_id,
            kind=start.kind,
            dispute_id=dispute.id,
            legal_aid_case_id=legal_aid_case_id,
            fee_relief="waive" if legal_aid_case_id else "",
            court_id=start.court_id or dispute.court_id,
            jurisdiction=start.jurisdiction,
            cause=cause if start.kind != "confirmation" else "general",
            status=fr.Status.DRAFT,
            filer_ids=filers,
            claims=claims,
            facts=dispute.facts,
            elements=_prefill_elements(cause, dispute.amount_fen),
            evidence=evidence,
            undisputed_facts=undisputed,
            bars=list(start.bars),
            agreement_effective_on=dispute.agreement_effective_on,
            confirmation_due_on=(
                fr.confirmation_window_end(dispute.agreement_effective_on, self.ctx.calendar)
                if start.kind == "confirmation" and dispute.agreement_effective_on
                else None
            ),
        )
        filing.number = filing_number(filing.id, f"{today:%Y%m%d}")
        work.create(filing, "filing.create")
        self._record(work, filing, "create", "", {"dispute": dispute.number})
        return filing.id

    def create_from_legal_aid(self, case_id: str, court_id: str | None = None) -> Changes:
        """The aid worker files for the recipient: a complaint from a legal-aid case that came
        from a failed mediation (its parties and record are the dispute's), with fee relief
        asked for (诉讼费用交纳办法 第四十五条; the legal-aid rules themselves are not changed)."""
        with unit_of_work(self.ctx) as work:
            case = work.live(
                LegalAidCase, case_id, QT_TRANSLATE_NOOP("core", "该法律援助案件不存在")
            )
            if not case.source_dispute_id:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "该援助案件不是由调解不成的纠纷转来的，起诉材料请由承办律师另行准备",
                        )
                    )
                )
            filing_id = self.create_in(
                work,
                FilingStart(case.source_dispute_id, "complaint", court_id),
                legal_aid_case_id=case.id,
            )
            return Changes.of(ENTITIES, [filing_id])

    def _may_start(self, work: UnitOfWork, dispute: Dispute, start: FilingStart) -> None:
        status = dispute.status
        if start.kind in ("complaint", "fee_relief") and status != dlife.Status.FAILED:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "纠纷当前为「{status}」：只有调解不成（已终止调解，第二十六条）的纠纷才能准备起诉材料",
                    ),
                    status=msg(dlife.STATUS_LABELS.get(status, status)),
                )
            )
        if start.kind == "referral_return" and (
            dispute.source not in COURT_SOURCES
            or status not in (dlife.Status.FAILED, dlife.Status.AGREED)
        ):
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "只有法院委派或委托、且调解已结束的纠纷才需要向法院报告结果"
                    )
                )
            )
        if start.kind == "confirmation":
            agreement = fq.agreement_kind(work.session, dispute.id)
            reasons = fr.confirmation_refusals(
                dispute.source, agreement if status == dlife.Status.AGREED else None, start.bars
            )
            effective = dispute.agreement_effective_on
            if effective is not None:
                end = fr.confirmation_window_end(effective, self.ctx.calendar)
                if self.ctx.clock.today() > end:
                    reasons.append(
                        msg(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "申请期限已于 {date} 届满（协议生效后三十日，人民调解法第三十三条）",
                            ),
                            date=end.isoformat(),
                        )
                    )
            if reasons:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP("core", "不能申请司法确认：{reasons}"),
                        reasons=Listing(tuple(reasons), CLAUSE_SEPARATOR),
                    )
                )
        existing = work.session.execute(
            select(col(Filing.number)).where(
                col(Filing.dispute_id) == dispute.id,
                col(Filing.kind) == start.kind,
                col(Filing.status).in_(fr.OPEN_STATUSES),
                col(Filing.deleted_at).is_(None),
            )
        ).first()
        if existing is not None:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "该纠纷已有办理中的同类立案材料包 {number}"),
                    number=existing[0],
                )
            )

    # --- the package's content ---------------------------------------------------------------
    def edit(self, filing_id: str, edit: FilingEdit) -> Changes:
        values = self._validate_edit(edit)
        with unit_of_work(self.ctx) as work:
            filing = self._filing(work, filing_id)
            if filing.status not in fr.EDITABLE:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "材料包已「{status}」，内容已冻结；如需修改请先「退回修改」，"
                            "或在法院通知补正后修改",
                        ),
                        status=msg(fr.STATUS_LABELS[filing.status]),
                    )
                )
            self._court(work, values["court_id"])
            if work.update(filing, values, "filing.edit"):
                self._record(work, filing, "edit", "", {"fields": sorted(values)})
            return Changes.of(ENTITIES, [filing.id])

    def _validate_edit(self, edit: FilingEdit) -> dict[str, Any]:
        errors: dict[str, Message] = {}
        claims: list[dict[str, object]] = []
        for index, (text, amount) in enumerate(edit.claims):
            if not text.strip():
                continue
            try:
                fen = parse_amount(amount)
            except ValueError:
                errors[f"claims.{index}"] = msg(
                    QT_TRANSLATE_NOOP("core", "金额格式不正确：{value}"), value=amount
                )
                continue
            claims.append({"text": " ".join(text.split()), "amount_fen": fen})
        if edit.cause not in fr.CAUSES:
            errors["cause"] = msg(QT_TRANSLATE_NOOP("core", "请选择起诉状样式"))
        if edit.fee_relief not in fr.FEE_RELIEF:
            errors["fee_relief"] = msg(QT_TRANSLATE_NOOP("core", "请选择诉讼费缓减免"))
        if errors:
            raise ValidationError(errors)
        values: dict[str, Any] = {
            "court_id": edit.court_id or None,
            "jurisdiction": edit.jurisdiction,
            "cause": edit.cause,
            "claims": claims,
            "facts": edit.facts.strip(),
            "elements": {k: v.strip() for k, v in edit.elements.items() if v.strip()},
            "evidence": [
                {
                    "name": str(e.get("name") or "").strip(),
                    "source": str(e.get("source") or "").strip(),
                    "proves": str(e.get("proves") or "").strip(),
                    "file_ids": [str(i) for i in e.get("file_ids") or []],
                }
                for e in edit.evidence
                if str(e.get("name") or "").strip() or e.get("file_ids")
            ],
            "witnesses": [
                {"name": w["name"].strip(), "domicile": w.get("domicile", "").strip()}
                for w in edit.witnesses
                if w.get("name", "").strip()
            ],
            "undisputed_facts": edit.undisputed_facts.strip(),
            "fee_relief": edit.fee_relief,
        }
        if edit.filer_ids is not None:
            values["filer_ids"] = list(edit.filer_ids)
        return values

    def set_party_details(self, party_id: str, details: PartyCourtDetails) -> Changes:
        """A party's CPL Art. 124 details and service address, for the complaint."""
        values = {
            "ethnicity": details.ethnicity.strip(),
            "occupation": details.occupation.strip(),
            "employer": details.employer.strip(),
            "representative_title": details.representative_title.strip(),
            "representative_phone": details.representative_phone.strip(),
            "service_address": " ".join(details.service_address.split()),
            "e_service_consent": details.e_service_consent,
            "online_consent": details.online_consent,
            "consent_on": details.consent_on,
        }
        if (details.e_service_consent or details.online_consent) and details.consent_on is None:
            raise _missing("consent_on", QT_TRANSLATE_NOOP("core", "请填写当事人表示同意的日期"))
        with unit_of_work(self.ctx) as work:
            party = work.live(DisputeParty, party_id, QT_TRANSLATE_NOOP("core", "该当事人不存在"))
            work.update(party, values, "dispute_party.court_details")
            return Changes.of({"dispute_party", "filing"}, [party.dispute_id, party.id])

    # --- files on a case ---------------------------------------------------------------------
    def attach(
        self,
        dispute_id: str,
        paths: Sequence[Path],
        category: str,
        party_id: str | None = None,
        combine: bool = False,
    ) -> Changes:
        """Files on the dispute, stored content-addressed; with `combine`, the images become
        one PDF (the pages of one paper) named after the first."""
        if category not in fr.FILE_CATEGORIES:
            raise _missing("category", QT_TRANSLATE_NOOP("core", "请选择材料类别"))
        if not paths:
            raise _missing("files", QT_TRANSLATE_NOOP("core", "请选择文件"))
        check_suffixes(paths)
        stored: list[tuple[StoredFile, int]] = []
        images = [p for p in paths if is_image(p)]
        if combine and len(images) > 1:
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / f"{paths[0].stem}.pdf"
                pages = images_to_pdf(images, target)
                stored.append((self.files.put(target), pages))
            rest = [p for p in paths if not is_image(p)]
        else:
            rest = list(paths)
        for path in rest:
            stored.append((self.files.put(path), page_count(path)))
        with unit_of_work(self.ctx) as work:
            dispute = self._dispute(work, dispute_id)
            if party_id is not None:
                party = work.session.get(DisputeParty, party_id)
                if party is None or party.dispute_id != dispute.id:
                    raise _missing("party_id", QT_TRANSLATE_NOOP("core", "该当事人不属于此纠纷"))
            position = (
                work.session.execute(
                    select(func.max(Attachment.position)).where(
                        col(Attachment.owner_entity) == "dispute",
                        col(Attachment.owner_id) == dispute.id,
                    )
                ).scalar()
                or 0
            )
            for item, pages in stored:
                position += 1
                work.create(
                    Attachment(
                        sha256=item.sha256,
                        owner_entity="dispute",
                        owner_id=dispute.id,
                        filename=item.filename,
                        mime=item.mime,
                        size=item.size,
                        category=category,
                        party_id=party_id,
                        pages=pages,
                        position=position,
                    ),
                    "attachment.add",
                )
            return Changes.of({"attachment", "filing", "dispute"}, [dispute.id])

    # --- tracking ----------------------------------------------------------------------------
    def step(self, filing_id: str, action: str, inp: FilingStepInput) -> Changes:
        today = self.ctx.clock.today()
        cal = self.ctx.calendar
        with unit_of_work(self.ctx) as work:
            filing = self._filing(work, filing_id)
            act, _current = fr.ensure_allowed(filing.status, action, filing.kind)
            on = inp.on or today
            if on > today:
                raise _missing("on", QT_TRANSLATE_NOOP("core", "日期不能晚于今天"))
            values: dict[str, Any] = {"status": str(fr._TO[act])}
            detail: dict[str, Any] = {"on": on.isoformat()}
            self._step_before_court(work, filing, act, inp, on, values, detail)
            _court_answer(filing, act, inp, on, today, cal, values)
            history = self._history(filing, act, values["status"], inp.reason, detail)
            params = {k: _plain(v) for k, v in values.items()}
            work.transition(filing, history, act, values, {**params, "reason": inp.reason})
            self._confirmation_on_dispute(work, filing, act, on)
            return Changes.of(ENTITIES | {"dispute"}, [filing.id])

    def _step_before_court(
        self,
        work: UnitOfWork,
        filing: Filing,
        act: fr.Action,
        inp: FilingStepInput,
        on: date,
        values: dict[str, Any],
        detail: dict[str, Any],
    ) -> None:
        """The steps on the way to the court: the package checked, signed, submitted and
        corrected (民事诉讼法 第一百二十二条、第一百二十四条; 在线立案 补正), with their reasons."""
        cal = self.ctx.calendar
        if act is fr.Action.PREPARE:
            missing = self._check(work, filing)
            if missing:
                raise incomplete(missing)
        elif act in (fr.Action.REVISE, fr.Action.WITHDRAW, fr.Action.REFUSE, fr.Action.REJECT):
            if not inp.reason.strip():
                raise _missing("reason", QT_TRANSLATE_NOOP("core", "请写明原因"))
        elif act is fr.Action.SIGN:
            if not inp.signed:
                raise _missing(
                    "signed",
                    QT_TRANSLATE_NOOP(
                        "core", "请确认起诉状（申请书）和送达地址确认书已由当事人本人签名"
                    ),
                )
            if filing.package_version == 0:
                raise _missing(
                    "signed", QT_TRANSLATE_NOOP("core", "请先导出材料包并打印，供当事人签字")
                )
        elif act is fr.Action.SUBMIT:
            number = inp.platform_number.strip()
            if not number:
                raise _missing(
                    "platform_number", QT_TRANSLATE_NOOP("core", "请填写平台生成的申请编号")
                )
            values.update(
                platform_number=number,
                submitted_on=on,
                decision_due_on=fr.decision_due(on, filing.kind, cal),
            )
        elif act is fr.Action.REQUEST_CORRECTION:
            if not inp.reason.strip():
                raise _missing("reason", QT_TRANSLATE_NOOP("core", "请照录补正通知要求补正的内容"))
            values.update(
                correction_notice_on=on,
                correction_due_on=fr.correction_due(on, inp.days, cal),
                decision_due_on=None,
            )
            detail.update(days=inp.days, version=filing.package_version)
        elif act is fr.Action.RESUBMIT:
            if filing.package_version <= self._version_at_correction(work, filing):
                raise _missing(
                    "on",
                    QT_TRANSLATE_NOOP(
                        "core", "补正后须先导出新版本的材料包，再重新提交（原版本已冻结）"
                    ),
                )
            missing = self._check(work, filing)
            if missing:
                raise incomplete(missing)
            values.update(
                decision_due_on=fr.decision_due(on, filing.kind, cal),
                correction_due_on=None,
            )

    def _version_at_correction(self, work: UnitOfWork, filing: Filing) -> int:
        step = (
            work.session.execute(
                select(FilingStep)
                .where(
                    col(FilingStep.filing_id) == filing.id,
                    col(FilingStep.action) == fr.Action.REQUEST_CORRECTION,
                )
                .order_by(col(FilingStep.at).desc())
            )
            .scalars()
            .first()
        )
        version = (step.detail or {}).get("version") if step else 0
        return int(version) if isinstance(version, int) else 0

    def _confirmation_on_dispute(
        self, work: UnitOfWork, filing: Filing, act: fr.Action, on: date
    ) -> None:
        """A confirmation filing keeps the dispute's Art. 33 state current."""
        if filing.kind != "confirmation" or filing.dispute_id is None:
            return
        state = {
            fr.Action.SUBMIT: "applied",
            fr.Action.CONFIRM: "confirmed",
            fr.Action.REJECT: "refused",
        }.get(act)
        if state is None:
            return
        dispute = self._dispute(work, filing.dispute_id)
        work.update(
            dispute, {"confirmation_state": state, "confirmation_on": on}, "dispute.confirmation"
        )

    def fee_notice(self, filing_id: str, on: date) -> Changes:
        """The court's notice to pay the fee: due within 7 days (诉讼费用交纳办法 第二十二条)."""
        with unit_of_work(self.ctx) as work:
            filing = self._filing(work, filing_id)
            if filing.status != fr.Status.DOCKETED:
                raise TransitionError(
                    msg(QT_TRANSLATE_NOOP("core", "立案后才会收到交纳诉讼费通知"))
                )
            due = fr.fee_due(on, self.ctx.calendar)
            work.update(filing, {"fee_notice_on": on, "fee_due_on": due}, "filing.fee_notice")
            self._record(
                work, filing, "fee_notice", "", {"on": on.isoformat(), "due": due.isoformat()}
            )
            return Changes.of(ENTITIES, [filing.id])

    def missing(self, filing_id: str) -> list[Message]:
        """The completeness check (a read)."""
        with self.ctx.sessions() as session:
            detail = fq.filing_detail(session, filing_id, self.ctx.clock.today())
        if detail is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该立案记录不存在")))
        return detail.missing


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _prefill_elements(cause: str, amount_fen: int | None) -> dict[str, str]:
    """The amount in dispute, written where the model complaint asks for it."""
    if amount_fen is None:
        return {}
    key = {
        "wages": "unpaid",
        "private_loan": "principal",
        "property_services": "arrears",
        "traffic": "losses",
    }.get(cause)
    return {key: f"{yuan(amount_fen)}元"} if key else {}


def _court_answer(
    filing: Filing,
    act: fr.Action,
    inp: FilingStepInput,
    on: date,
    today: date,
    cal: WorkCalendar,
    values: dict[str, Any],
) -> None:
    """What the court's answer sets: the case docketed or confirmed, diverted to pre-filing
    mediation, accepted, refused (with its appeal period) or rejected; a withdrawal closes it."""
    if act in (fr.Action.DOCKET, fr.Action.CONFIRM):
        parsed = fr.parse_case_number(inp.case_number, filing.kind, today)
        values.update(case_number=parsed.text, docketed_on=on, closed_on=on)
        values["decision_due_on"] = None
        if act is fr.Action.DOCKET and inp.fee_notice_on is not None:
            values.update(
                fee_notice_on=inp.fee_notice_on,
                fee_due_on=fr.fee_due(inp.fee_notice_on, cal),
            )
    elif act is fr.Action.DIVERT:
        if inp.case_number.strip():
            parsed = fr.parse_case_number(inp.case_number, "pre_mediation", today)
            values["case_number"] = parsed.text
        values.update(closed_on=on, decision_due_on=None)
    elif act is fr.Action.ACCEPT:
        values["decision_due_on"] = fr.confirmation_decision_due(on, cal)
    if act is fr.Action.REFUSE:
        values.update(
            refused_on=on,
            appeal_due_on=fr.appeal_due(on, cal),
            closed_on=on,
            decision_due_on=None,
        )
    if act in (fr.Action.REJECT, fr.Action.WITHDRAW):
        values.update(closed_on=on, decision_due_on=None)
