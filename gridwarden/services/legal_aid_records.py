"""Keeping legal-aid records right after intake: correct an application (what the law's trail
still allows, rules.legal_aid_corrections) or void one taken by mistake (a tombstone with its
reason, never a deletion). One transaction each: the changed fields (pushed and audited as
changed fields only), a history step naming what changed, and the outbox ops.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import LegalAidApplication, LegalAidCase, LegalAidStep
from gridwarden.queries.legal_aid_facts import assess_application
from gridwarden.rules import legal_aid_corrections as fix
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    MatterDraft,
    history_step,
    load_application,
    validate_applicant,
    validate_matter,
)
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work

REASON_MAX = 400


@dataclass
class CorrectionDraft:
    """The corrected record as the form holds it (materials change by the complete step, the
    matter type and the route never: see rules.legal_aid_corrections)."""

    applicant: ApplicantDraft
    summary: str
    opposing_party: str = ""
    opposing_code: str = ""
    handling_body: str = ""
    limitation_date: date | None = None
    limitation_note: str = ""
    note: str = ""  # why (录入错误, 申请人更换手机号…)


class LegalAidRecords:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def correct(
        self, application_id: str, draft: CorrectionDraft, expected_status: str | None = None
    ) -> Changes:
        today = self.ctx.clock.today()
        with unit_of_work(self.ctx) as work:
            application, case = load_application(work, application_id, expected_status)
            person, errors, warnings = validate_applicant(
                replace(draft.applicant, materials=list(application.materials)), today
            )
            matter, matter_errors = validate_matter(self._matter(case, draft))
            errors.update(matter_errors)
            if errors:
                raise ValidationError(errors)
            members = self._members(work, case)
            self._no_twin(members, application, person["id_number"])
            people = self._changed(
                application, person, (*fix.CONTACT_FIELDS, *fix.APPLICANT_FIELDS)
            )
            facts = self._changed(case, matter, fix.CASE_FIELDS)
            if not people and not facts:
                raise ValidationError(
                    {"changes": msg(QT_TRANSLATE_NOOP("core", "没有需要更正的内容"))}
                )
            # every applicant the correction touches, with what changes for them
            touched = {m.id: set(facts) for m in members} if facts else {}
            touched.setdefault(application.id, set()).update(people)
            for member in members:
                if member.id in touched:
                    self._check(work, member, case, touched[member.id], people, facts, today,
                                mine=member.id == application.id)  # fmt: skip
            note = " ".join(draft.note.split())[:REASON_MAX]
            work.update(application, people, "legal_aid_application.correct")
            work.update(case, facts, "legal_aid_case.correct")
            for member in members:
                if member.id in touched:
                    detail: dict[str, Any] = {"fields": sorted(touched[member.id])}
                    if member.id != application.id:
                        detail["via"] = application.number  # a case fact corrected there
                    step = history_step(self.ctx, member, life.AMEND, member.status,
                                        member.status, note, detail)  # fmt: skip
                    work.create(step, "legal_aid_step.add")
            return Changes.of(work.changes.entities, [application.id, *touched, case.id], warnings)

    def void(self, application_id: str, reason: str, expected_status: str | None = None) -> Changes:
        """An application taken by mistake, before any decision or hand-over: tombstoned with
        its reason (the case too when no applicant of it is left)."""
        reason = " ".join(reason.split())
        if len(reason) < 2:
            raise ValidationError({"reason": msg(QT_TRANSLATE_NOOP("core", "请写明作废的原因"))})
        if len(reason) > REASON_MAX:
            raise ValidationError(
                {"reason": msg(QT_TRANSLATE_NOOP("core", "原因过长（最多 {n} 字）"), n=REASON_MAX)}
            )
        with unit_of_work(self.ctx) as work:
            application, case = load_application(work, application_id, expected_status)
            fix.ensure_voidable(application.status)
            status = application.status
            step = history_step(self.ctx, application, life.VOID, status, status, reason,
                                {"reason": reason})  # fmt: skip
            work.create(step, "legal_aid_step.add")
            work.delete(application, "legal_aid_application.void", reason)
            if not self._members(work, case):
                work.delete(case, "legal_aid_case.void", reason)
            return Changes.of(work.changes.entities, [application.id, case.id])

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _members(work: UnitOfWork, case: LegalAidCase) -> list[LegalAidApplication]:
        return list(
            work.session.execute(
                select(LegalAidApplication)
                .where(
                    col(LegalAidApplication.case_id) == case.id,
                    col(LegalAidApplication.deleted_at).is_(None),
                )
                .order_by(col(LegalAidApplication.number))
            ).scalars()
        )

    @staticmethod
    def _matter(case: LegalAidCase, draft: CorrectionDraft) -> MatterDraft:
        """The case as it is, with the correctable facts as corrected (validated together)."""
        return MatterDraft(
            window_id=case.window_id,
            matter_type=case.matter_type,
            proceeding=case.proceeding,
            summary=draft.summary,
            other_basis=case.other_basis,
            opposing_party=draft.opposing_party,
            opposing_code=draft.opposing_code,
            handling_body=draft.handling_body,
            limitation_date=draft.limitation_date,
            limitation_note=draft.limitation_note,
            urgent_preservation=case.urgent_preservation,
            group_name=case.group_name,
            source_dispute_id=case.source_dispute_id,
        )

    @staticmethod
    def _changed(record: Any, values: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
        return {n: values[n] for n in names if n in values and getattr(record, n) != values[n]}

    @staticmethod
    def _no_twin(
        members: list[LegalAidApplication], application: LegalAidApplication, number: str
    ) -> None:
        twin = next((m for m in members if m.id != application.id and m.id_number == number), None)
        if twin is not None:
            raise ValidationError(
                {
                    "id_number": msg(
                        QT_TRANSLATE_NOOP("core", "与本案申请人{name}的身份证号相同"),
                        name=twin.name,
                    )
                }
            )

    def _check(
        self,
        work: UnitOfWork,
        member: LegalAidApplication,
        case: LegalAidCase,
        changed: set[str],
        people: dict[str, Any],
        facts: dict[str, Any],
        today: date,
        mine: bool,
    ) -> None:
        """What the trail allows for this applicant, judged on the corrected record."""
        after_member = member.model_copy(update=people if mine else {})
        after_case = case.model_copy(update=facts)
        after = assess_application(after_member, after_case, today)
        try:
            fix.ensure_correctable(member.status, changed, after, self._notified(work, member))
        except TransitionError as error:
            if mine:
                raise
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP("core", "群体案件的申请人{name}：{reason}"),
                    name=member.name,
                    reason=error.message,
                )
            ) from error

    @staticmethod
    def _notified(work: UnitOfWork, member: LegalAidApplication) -> list[str]:
        """What the one-time notice named (the receive step keeps it)."""
        if member.notice_on is None:
            return []
        received = work.session.execute(
            select(LegalAidStep).where(
                col(LegalAidStep.application_id) == member.id,
                col(LegalAidStep.action) == life.RECEIVE,
            )
        ).scalar_one_or_none()
        return list(received.detail.get("missing", [])) if received else []
