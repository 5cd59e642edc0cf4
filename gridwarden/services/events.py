"""Grid events (网格事件/工单): report, move through the lifecycle, attach photos.

The lifecycle rules live in rules.event_lifecycle (shared with the server); this service applies
them in one transaction: the event's new state, its history step, the audit entry and the
outbox op. An illegal step is refused with the reason and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

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
    urgent: bool = False  # 紧急: the same as urgency "emergency"
    household_id: str | None = None
    visit_id: str | None = None
    photos: list[Path] = field(default_factory=list)
    channel: str = "patrol"
    hotline_number: str = ""  # the 12345 order number, required for the hotline channel
    urgency: str = "normal"

    @property
    def level(self) -> str:
        return life.EMERGENCY if self.urgent else self.urgency


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
        if draft.channel not in life.CHANNELS:
            errors["channel"] = msg(QT_TRANSLATE_NOOP("core", "请选择工单来源渠道"))
        hotline_number = draft.hotline_number.strip()
        if draft.channel == life.HOTLINE and not hotline_number:
            errors["hotline_number"] = msg(
                QT_TRANSLATE_NOOP("core", "12345 热线工单须填写热线工单编号")
            )
        elif len(hotline_number) > 32:
            errors["hotline_number"] = msg(QT_TRANSLATE_NOOP("core", "热线工单编号过长"))
        if draft.level not in life.URGENCIES:
            errors["urgency"] = msg(QT_TRANSLATE_NOOP("core", "请选择紧急程度"))
        if errors:
            raise ValidationError(errors)
        stored = [self.files.put(path) for path in draft.photos]  # outside the transaction
        today = self.ctx.clock.today()
        with unit_of_work(self.ctx) as work:
            location = draft.location.strip()
            grid_id = None
            point: tuple[float | None, float | None] = (None, None)
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
                point = (household.lon, household.lat)
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
                lon=point[0],
                lat=point[1],
                urgent=draft.level == life.EMERGENCY,
                urgency=draft.level,
                channel=draft.channel,
                hotline_number=hotline_number if draft.channel == life.HOTLINE else "",
                status=life.Status.ACCEPTED,
                # provisional until dispatch, which starts the department's clock
                due_date=life.due_date(
                    draft.category,
                    draft.level,
                    today,
                    self.ctx.settings.event_time_limits,
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
        moved meanwhile, the step is refused rather than applied to a state nobody looked at.
        Closing a master order closes the repeat complaints merged under it in the same
        transaction."""
        with unit_of_work(self.ctx) as work:
            event = self._event(work, event_id)
            if expected_status is not None and event.status != expected_status:
                raise TransitionError(
                    msg(
                        QT_TRANSLATE_NOOP("core", "事件已变为「{status}」，请刷新后再操作"),
                        status=msg(life.STATUS_LABELS.get(event.status, event.status)),
                    )
                )
            outcome = life.decide(event.status, action, step, self._facts(event))
            if step.department_id and work.session.get(Department, step.department_id) is None:
                raise ValidationError(
                    {"department_id": msg(QT_TRANSLATE_NOOP("core", "所选部门不存在"))}
                )
            if action == life.Action.MERGE:
                self._check_merge(work, event, step.master_id or "")
            values = self._values(event, life.Action(action), step, outcome)
            touched = [event.id]
            self._apply(work, event, action, step, outcome, values)
            if action == life.Action.CLOSE:
                touched += self._close_duplicates(work, event)
            return Changes.of({"grid_event", "event_step"}, touched)

    def _facts(self, event: GridEvent) -> life.OrderFacts:
        return life.OrderFacts(
            today=self.ctx.clock.today(),
            role=self.ctx.actor.role,
            due_date=event.due_date,
            return_due=event.return_due,
            extension_until=event.extension_until,
        )

    def _check_merge(self, work: UnitOfWork, event: GridEvent, master_id: str) -> None:
        master = work.session.get(GridEvent, master_id) if master_id else None
        alive = master is not None and master.deleted_at is None
        life.check_master(event.id, master_id, master.status if master and alive else None)
        has_duplicates = work.session.execute(
            select(col(GridEvent.id)).where(col(GridEvent.master_id) == event.id).limit(1)
        ).first()
        if has_duplicates:
            raise ValidationError(
                {
                    "master_id": msg(
                        QT_TRANSLATE_NOOP("core", "本工单已是其他工单的主工单，不能再并入别的工单")
                    )
                }
            )

    def _deadlines(self, event: GridEvent) -> dict[str, object]:
        today = self.ctx.clock.today()
        due = life.deadlines(
            event.category,
            event.urgency,
            today,
            self.ctx.settings.event_time_limits,
            self.ctx.calendar,
        )
        return {
            "dispatched_at": self.ctx.clock.now(),
            "sign_due": due.sign_due,
            "due_date": due.due_date,
            "return_due": due.return_due,
            "signed_at": None,
            "closed_at": None,
            "extension_until": None,
        }

    def _values(
        self, event: GridEvent, action: life.Action, step: life.StepInput, outcome: life.Outcome
    ) -> dict[str, object]:
        A = life.Action
        values: dict[str, object] = {"status": outcome.to_status}
        now = self.ctx.clock.now()
        if action is A.DISPATCH:
            values.update(self._deadlines(event), department_id=step.department_id)
        elif action is A.SIGN:
            values["signed_at"] = now
        elif action in (A.REJECT, A.RETURN):
            values.update(
                department_id=None,
                sign_due=None,
                signed_at=None,
                return_due=None,
                extension_until=None,
            )
        elif action in (A.CLOSE, A.CLOSE_MERGED):
            values["closed_at"] = now
        elif action is A.CALLBACK:
            values["satisfaction"] = step.satisfaction
            if outcome.reopened:
                values.update(self._deadlines(event), reopen_count=event.reopen_count + 1)
        elif action is A.EXTEND:
            values["extension_until"] = step.new_date
        elif action is A.APPROVE_EXTENSION:
            values.update(due_date=event.extension_until, extension_until=None)
        elif action is A.REFUSE_EXTENSION:
            values["extension_until"] = None
        elif action is A.URGE:
            values["urge_count"] = event.urge_count + 1
        elif action is A.SUPERVISE:
            values.update(supervised=True, urge_count=event.urge_count + 1)
        elif action is A.MERGE:
            values["master_id"] = step.master_id
        return values

    def _apply(
        self,
        work: UnitOfWork,
        event: GridEvent,
        action: str,
        step: life.StepInput,
        outcome: life.Outcome,
        values: dict[str, object],
    ) -> None:
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
                "new_date": step.new_date.isoformat() if step.new_date else None,
                "master_id": step.master_id,
                "from_status": from_status,
            },
        )

    def _close_duplicates(self, work: UnitOfWork, master: GridEvent) -> list[str]:
        """The repeat complaints merged under `master` close with it (随主单办结)."""
        duplicates = work.session.execute(
            select(GridEvent).where(
                col(GridEvent.master_id) == master.id,
                col(GridEvent.status) == life.Status.MERGED,
                col(GridEvent.deleted_at).is_(None),
            )
        ).scalars()
        closed = []
        for duplicate in list(duplicates):
            step = life.StepInput(master_id=master.id)
            outcome = life.decide(duplicate.status, life.Action.CLOSE_MERGED, step)
            values = self._values(duplicate, life.Action.CLOSE_MERGED, step, outcome)
            self._apply(work, duplicate, life.Action.CLOSE_MERGED, step, outcome, values)
            closed.append(duplicate.id)
        return closed

    def save_time_limits(self, table: dict[str, dict[str, int]]) -> Changes:
        """The grid centre sets the work-order time limits (local practice): checked, audited
        with before and after, written to the settings file; they apply to orders dispatched
        from now on, never to deadlines already set."""
        if self.ctx.actor.role != life.SUPERVISOR:
            raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "只有网格中心可以修改工单时限")))
        clean, errors = life.check_time_limits(table)
        if errors:
            raise ValidationError(errors)
        settings = self.ctx.settings
        before = settings.event_time_limits
        if clean == before:
            return Changes()
        with unit_of_work(self.ctx) as work:
            work.audit(
                "settings.event_time_limits",
                "settings",
                "event_time_limits",
                {"before": before, "after": clean},
            )
            # inside the transaction: a file that cannot be written leaves no audit entry
            replace(settings, event_time_limits=clean).save(self.ctx.paths.settings_file)
        settings.event_time_limits = clean
        return Changes.of(["settings"], [])

    def record_statistics(self, path: Path, start: date | None, end: date) -> Changes:
        """The audit entry of a statistics workbook (figures, no names: still kept)."""
        with unit_of_work(self.ctx) as work:
            detail = {
                "file": path.name,
                "start": start.isoformat() if start else None,
                "end": end.isoformat(),
            }
            work.audit("grid_event.export_statistics", "grid_event", "", detail)
        return Changes()

    def attach(self, event_id: str, photos: Sequence[Path]) -> Changes:
        return self.attach_stored(event_id, self.store_photos(photos))

    def store_photos(self, photos: Sequence[Path]) -> list[StoredFile]:
        """The file work of attaching (hash, encrypt, copy into the attachment store): run it
        off the writer thread; `attach_stored` then records the rows in one transaction."""
        return [self.files.put(path) for path in photos]

    def attach_stored(self, event_id: str, stored: Sequence[StoredFile]) -> Changes:
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
        event = work.live(GridEvent, event_id, QT_TRANSLATE_NOOP("core", "该事件不存在"))
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
            new_date=step.new_date,
            master_id=step.master_id,
            updated_at=self.ctx.clock.now(),
            updated_by=self.ctx.actor.stamp,
        )


def grid_of(area: Area | None) -> str | None:
    """The grid above a micro-grid (or the area itself if it is a grid)."""
    if area is None:
        return None
    return area.parent_id if area.level == AreaLevel.MICRO_GRID else area.id
