"""Grid events (网格事件/工单): report, move through the lifecycle, attach photos.

The lifecycle rules live in rules.event_lifecycle (shared with the server); this service applies
them in one transaction: the event's new state, its history step, the audit entry and the
outbox op. An illegal step is refused with the reason and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gridwarden.attachments import AttachmentStore, StoredFile
from gridwarden.errors import NotFoundError, TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import (
    Area,
    AreaLevel,
    Attachment,
    Department,
    EventStep,
    GridEvent,
    Household,
    Visit,
)
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work


@dataclass
class EventDraft:
    category: str
    description: str
    location: str = ""
    urgent: bool = False
    household_id: str | None = None
    visit_id: str | None = None
    photos: list[Path] = field(default_factory=list)


def event_number(event_id: str, day_text: str) -> str:
    """SJ + local date + 6 hex of the UUID: readable on the phone, unique across devices."""
    return f"SJ{day_text}-{event_id.replace('-', '')[:6].upper()}"


class EventService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.files = AttachmentStore(ctx.paths.attachments, ctx.key, ctx.settings.file_cipher)

    def report(self, draft: EventDraft) -> Changes:
        errors: dict[str, Message] = {}
        if draft.category not in life.CATEGORIES:
            errors["category"] = msg(QT_TRANSLATE_NOOP("core", "请选择事件类别"))
        description = draft.description.strip()
        if not description:
            errors["description"] = msg(QT_TRANSLATE_NOOP("core", "请描述事件情况"))
        elif len(description) > 4000:
            errors["description"] = msg(QT_TRANSLATE_NOOP("core", "事件描述过长（最多 4000 字）"))
        if errors:
            raise ValidationError(errors)
        stored = [self.files.put(path) for path in draft.photos]  # outside the transaction
        today = self.ctx.clock.today()
        with unit_of_work(self.ctx) as work:
            location = draft.location.strip()
            grid_id = None
            if draft.visit_id:
                visit = work.session.get(Visit, draft.visit_id)
                if visit is None:
                    raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "关联的走访记录不存在")))
                draft.household_id = draft.household_id or visit.household_id
            if draft.household_id:
                household = work.session.get(Household, draft.household_id)
                if household is None:
                    raise NotFoundError(
                        msg(QT_TRANSLATE_NOOP("core", "该户已不存在（可能已被注销）"))
                    )
                location = location or household.address
                grid_id = grid_of(work.session.get(Area, household.micro_grid_id))
            event = GridEvent(
                number="",
                category=draft.category,
                description=description,
                location=location,
                household_id=draft.household_id,
                visit_id=draft.visit_id,
                grid_id=grid_id or self.ctx.settings.home_grid_id,
                reporter_id=self.ctx.actor.user_id,
                reporter_name=self.ctx.actor.name,
                reported_at=self.ctx.clock.now(),
                urgent=draft.urgent,
                status=life.Status.ACCEPTED,
                due_date=life.due_date(
                    draft.category,
                    draft.urgent,
                    today,
                    self.ctx.settings.event_limit_working_days,
                    self.ctx.calendar,
                ),
            )
            event.number = event_number(event.id, f"{today:%Y%m%d}")
            work.create(event, "grid_event.report")
            work.create(
                self._step(event, "accept", "", life.Status.ACCEPTED, life.StepInput()),
                "event_step.add",
            )
            self._attach(work, event, stored)
            return Changes.of(work.changes.entities, [event.id])

    def act(
        self, event_id: str, action: str, step: life.StepInput, expected_status: str | None = None
    ) -> Changes:
        """Apply one lifecycle action. `expected_status` is what the user saw: if the event
        moved meanwhile, the step is refused rather than applied to a state nobody looked at."""
        with unit_of_work(self.ctx) as work:
            event = self._event(work, event_id)
            if expected_status is not None and event.status != expected_status:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP("core", "事件已变为「{status}」，请刷新后再操作"),
                        status=msg(life.STATUS_LABELS.get(event.status, event.status)),
                    )
                )
            outcome = life.decide(event.status, action, step)
            if step.department_id and work.session.get(Department, step.department_id) is None:
                raise ValidationError(
                    {"department_id": msg(QT_TRANSLATE_NOOP("core", "所选部门不存在"))}
                )
            values: dict[str, object] = {"status": outcome.to_status}
            if action == life.Action.DISPATCH:
                values["department_id"] = step.department_id
            elif action in (life.Action.REJECT, life.Action.RETURN):
                values["department_id"] = None
            elif action == life.Action.CALLBACK:
                values["satisfaction"] = step.satisfaction
            if outcome.reopened:
                values["reopen_count"] = event.reopen_count + 1
                values["due_date"] = life.due_date(
                    event.category,
                    event.urgent,
                    self.ctx.clock.today(),
                    self.ctx.settings.event_limit_working_days,
                    self.ctx.calendar,
                )
            from_status = event.status
            history = self._step(
                event,
                action,
                from_status,
                outcome.to_status,
                step,
                department_id=step.department_id or event.department_id,
            )
            work.transition(
                event,
                history,
                action,
                values,
                {
                    "department_id": step.department_id,
                    "reason": step.reason,
                    "legal_basis": step.legal_basis,
                    "note": step.note,
                    "satisfaction": step.satisfaction,
                    "from_status": from_status,
                },
            )
            return Changes.of({"grid_event", "event_step"}, [event.id])

    def attach(self, event_id: str, photos: Sequence[Path]) -> Changes:
        stored = [self.files.put(path) for path in photos]
        with unit_of_work(self.ctx) as work:
            event = self._event(work, event_id)
            self._attach(work, event, stored)
            return Changes.of(work.changes.entities | {"grid_event"}, [event.id])

    def open_attachment(self, sha256: str, filename: str) -> Path:
        """A plaintext copy of an attachment for the OS viewer, in the private viewing folder;
        the opening is audited (PIPL Arts. 55–56). A hash that is not 64 hex characters, or a
        file that fails its check, is refused and nothing is opened."""
        from gridwarden.attachments import BadAttachment

        if not self.files.has(sha256):
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "附件不在本机（尚未下载或无效）")))
        with unit_of_work(self.ctx) as work:
            work.audit("attachment.open", "attachment", "", {"sha256": sha256})
        try:
            return self.files.reveal(sha256, self.ctx.paths.viewing, filename)
        except BadAttachment:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("core", "附件已损坏或被改动，已拒绝打开"))
            ) from None

    def _attach(self, work: UnitOfWork, event: GridEvent, stored: Sequence[StoredFile]) -> None:
        for item in stored:
            work.create(
                Attachment(
                    sha256=item.sha256,
                    owner_entity="grid_event",
                    owner_id=event.id,
                    filename=item.filename,
                    mime=item.mime,
                    size=item.size,
                ),
                "attachment.add",
            )

    def _event(self, work: UnitOfWork, event_id: str) -> GridEvent:
        event = work.session.get(GridEvent, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该事件不存在")))
        return event

    def _step(
        self,
        event: GridEvent,
        action: str,
        from_status: str,
        to_status: str,
        step: life.StepInput,
        department_id: str | None = None,
    ) -> EventStep:
        return EventStep(
            event_id=event.id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            actor_id=self.ctx.actor.user_id,
            actor_name=self.ctx.actor.name,
            at=self.ctx.clock.now(),
            department_id=department_id,
            reason=step.reason.strip(),
            legal_basis=step.legal_basis.strip(),
            note=step.note.strip(),
            satisfaction=step.satisfaction,
            updated_at=self.ctx.clock.now(),
            updated_by=self.ctx.actor.stamp,
        )


def grid_of(area: Area | None) -> str | None:
    """The grid above a micro-grid (or the area itself if it is a grid)."""
    if area is None:
        return None
    return area.parent_id if area.level == AreaLevel.MICRO_GRID else area.id
