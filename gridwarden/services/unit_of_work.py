"""One user action = one transaction that also writes the audit entry and the outbox row.

    with unit_of_work(ctx) as work:
        household = work.create(Household(...), "household.create")
        work.update(resident, {"phone": "138…"}, "resident.edit")
    return work.changes

Leaving the block commits; an exception rolls everything back (records, audit and outbox
together), so a crash mid-write never leaves half an action in the store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from gridwarden.errors import NotFoundError, StorageError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import AuditEntry, OutboxOp, Synced, new_id
from gridwarden.models.base import LOCAL_FIELDS, entity_of
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.sync.shadow import remember_base

log = logging.getLogger("gridwarden.store")

T = TypeVar("T", bound=Synced)
L = TypeVar("L", bound=Synced)

# Values too sensitive for the audit trail: it records that they changed, not what to.
SECRET_FIELDS = frozenset({"id_number", "phone"})


def record_payload(record: Synced, names: set[str] | None = None) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude=set(LOCAL_FIELDS))
    return data if names is None else {k: v for k, v in data.items() if k in names}


def _audit_detail(record: Synced, names: set[str]) -> dict[str, Any]:
    values = record_payload(record, names - SECRET_FIELDS - {"updated_at", "updated_by"})
    return {"fields": sorted(names - {"updated_at", "updated_by"}), "values": values}


class UnitOfWork:
    def __init__(self, ctx: ServiceContext, session: Session) -> None:
        self.ctx = ctx
        self.session = session
        self._entities: set[str] = set()
        self._ids: list[str] = []

    @property
    def changes(self) -> Changes:
        return Changes.of(self._entities, self._ids)

    def live(self, model: type[L], record_id: str | None, missing: str) -> L:
        """The record, or a NotFoundError saying `missing` when it is absent or deleted."""
        record = self.session.get(model, record_id) if record_id else None
        if record is None or record.deleted_at is not None:
            raise NotFoundError(msg(missing))
        return record

    def _stamp(self, record: Synced) -> None:
        record.updated_at = self.ctx.clock.now()
        record.updated_by = self.ctx.actor.stamp

    def _note(self, entity: str, record_id: str) -> None:
        self._entities.add(entity)
        self._ids.append(record_id)

    def audit(self, action: str, entity: str, record_id: str, detail: dict[str, Any]) -> None:
        actor = self.ctx.actor
        self.session.add(
            AuditEntry(
                at=self.ctx.clock.now(),
                actor_id=actor.user_id,
                actor_name=actor.name,
                device_id=actor.device_id,
                action=action,
                entity=entity,
                record_id=record_id,
                detail=detail,
            )
        )

    def _outbox(self, entity: str, record: Synced, kind: str, payload: dict[str, Any]) -> None:
        self.session.add(
            OutboxOp(
                op_id=new_id(),
                entity=entity,
                record_id=record.id,
                kind=kind,
                base_version=record.base_version,
                payload=payload,
                created_at=self.ctx.clock.now(),
            )
        )

    def create(self, record: T, action: str) -> T:
        self._stamp(record)
        entity = entity_of(record)
        self.session.add(record)
        self.session.flush()
        payload = record_payload(record)
        self._outbox(entity, record, "upsert", payload)
        self.audit(action, entity, record.id, _audit_detail(record, set(payload)))
        self._note(entity, record.id)
        return record

    def update(self, record: T, values: dict[str, Any], action: str) -> set[str]:
        """Apply `values`; only fields that really change are stamped, pushed and audited."""
        changed = {name for name, value in values.items() if getattr(record, name) != value}
        if not changed:
            return changed
        entity = entity_of(record)
        remember_base(self.session, entity, record, {n: getattr(record, n) for n in changed})
        for name in changed:
            setattr(record, name, values[name])
        self._stamp(record)
        self.session.add(record)
        self.session.flush()
        names = changed | {"updated_at", "updated_by"}
        self._outbox(entity, record, "upsert", record_payload(record, names))
        self.audit(action, entity, record.id, _audit_detail(record, names))
        self._note(entity, record.id)
        return changed

    def delete(self, record: Synced, action: str, reason: str) -> None:
        """Tombstone: synced rows are never hard-deleted."""
        record.deleted_at = self.ctx.clock.now()
        self._stamp(record)
        entity = entity_of(record)
        self.session.add(record)
        self._outbox(
            entity,
            record,
            "delete",
            {
                **record_payload(record, {"deleted_at", "updated_at", "updated_by"}),
                "reason": reason,
            },
        )
        self.audit(action, entity, record.id, {"reason": reason})
        self._note(entity, record.id)

    def transition(
        self,
        record: Synced,
        step: Synced,
        action: str,
        values: dict[str, Any],
        params: dict[str, Any],
        declared: dict[str, Any] | None = None,
    ) -> None:
        """A status change plus its append-only history step, pushed as one validated event
        (action and input), never as a field overwrite (ARCHITECTURE §3). `declared` is the
        person's input to the lifecycle rules, which the server decides the step from again."""
        entity = entity_of(record)
        for name, value in values.items():
            setattr(record, name, value)
        self._stamp(record)
        self._stamp(step)
        self.session.add(record)
        self.session.add(step)
        self.session.flush()
        result = record_payload(record, set(values) | {"updated_at", "updated_by"})
        self._outbox(
            entity,
            record,
            "transition",
            {
                "action": action,
                "params": params,
                "result": result,
                "step": record_payload(step),
                **({"input": declared} if declared is not None else {}),
            },
        )
        self.audit(
            f"{entity}.{action}",
            entity,
            record.id,
            {"params": params, "values": record_payload(record, set(values))},
        )
        self._note(entity, record.id)

    def touched(self, entity: str, record_id: str) -> None:
        """Note a derived change (e.g. the search index) for the view refresh."""
        self._note(entity, record_id)


def _storage_error(exc: OperationalError) -> StorageError | None:
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "磁盘空间不足，未能保存。请清理磁盘后重试，已填写的内容仍保留。"
                )
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            msg(QT_TRANSLATE_NOOP("core", "数据文件为只读，未能保存。请检查数据目录的权限。"))
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            msg(QT_TRANSLATE_NOOP("core", "数据文件正被其他程序占用，未能保存，请稍后重试。"))
        )
    return None


@contextmanager
def unit_of_work(ctx: ServiceContext) -> Iterator[UnitOfWork]:
    try:
        with ctx.sessions() as session, session.begin():
            yield UnitOfWork(ctx, session)
    except OperationalError as exc:
        storage = _storage_error(exc)
        if storage is None:
            raise
        log.error("store refused a write: %s", exc)
        raise storage from exc
