"""The "needs review" queue: conflicts a person resolves, field by field.

A choice is an ordinary service write (one transaction with its audit entry and outbox op), so
it syncs like any edit: keeping the local value pushes it with the current server version as
base; keeping the server's value pushes nothing. Resolving never loses the other value: the
conflict row keeps both, with the choice, after it leaves the queue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.errors import NotFoundError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import SYNCED_MODELS, SyncConflict, SyncState
from gridwarden.protocol import codec
from gridwarden.protocol.registry import SPECS
from gridwarden.protocol.stamps import user_of_stamp
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import unit_of_work

LOCAL, SERVER = "local", "server"
WHOLE = "*"  # the choice for a whole record (restore / delete anyway)

KIND_LABELS = {
    "field": QT_TRANSLATE_NOOP("core", "同一字段两处修改"),
    "deleted": QT_TRANSLATE_NOOP("core", "本机修改，服务器已删除"),
    "edited": QT_TRANSLATE_NOOP("core", "本机删除，服务器已修改"),
    "rejected": QT_TRANSLATE_NOOP("core", "服务器拒绝"),
}

FIELD_LABELS = {
    "address": QT_TRANSLATE_NOOP("core", "地址"),
    "notes": QT_TRANSLATE_NOOP("core", "备注"),
    "tags": QT_TRANSLATE_NOOP("core", "标签"),
    "micro_grid_id": QT_TRANSLATE_NOOP("core", "所属微网格"),
    "name": QT_TRANSLATE_NOOP("core", "姓名"),
    "id_number": QT_TRANSLATE_NOOP("core", "身份证号"),
    "phone": QT_TRANSLATE_NOOP("core", "电话"),
    "relation": QT_TRANSLATE_NOOP("core", "与户主关系"),
    "disabled": QT_TRANSLATE_NOOP("core", "残疾"),
    "subsistence": QT_TRANSLATE_NOOP("core", "低保"),
    "extreme_poverty": QT_TRANSLATE_NOOP("core", "特困"),
    "household_id": QT_TRANSLATE_NOOP("core", "所属住户"),
    "reason": QT_TRANSLATE_NOOP("core", "原因"),
    "frequency_days": QT_TRANSLATE_NOOP("core", "走访频次（天）"),
    "active": QT_TRANSLATE_NOOP("core", "有效"),
    "description": QT_TRANSLATE_NOOP("core", "事件描述"),
    "location": QT_TRANSLATE_NOOP("core", "地点"),
    "category": QT_TRANSLATE_NOOP("core", "类别"),
    "urgent": QT_TRANSLATE_NOOP("core", "紧急"),
    "status": QT_TRANSLATE_NOOP("core", "状态"),
    "deleted_at": QT_TRANSLATE_NOOP("core", "删除时间"),
}


@dataclass(frozen=True)
class FieldClash:
    name: str
    label: str
    base: Any
    local: Any
    server: Any
    server_by: str
    server_at: str | None


@dataclass(frozen=True)
class ConflictRow:
    id: int
    entity: str
    entity_label: str
    record_id: str
    title: str
    kind: str
    fields: tuple[FieldClash, ...]
    reason: str
    local_by: str
    local_at: datetime | None
    server_by: str
    server_at: datetime | None
    created_at: datetime
    names: dict[str, str] = field(default_factory=dict)  # user id → display name

    def person(self, stamp: str) -> tuple[str, str]:
        """An updated_by stamp ("user@device") → (display name or "", user id)."""
        user = user_of_stamp(stamp)
        return self.names.get(user, ""), user


def _title(entity: str, record_id: str, session: Session, payload: dict[str, Any]) -> str:
    spec = SPECS.get(entity)
    if spec is None or not spec.title_field:
        return record_id[:8]
    record = session.get(SYNCED_MODELS[entity], record_id)
    value = getattr(record, spec.title_field, None) if record is not None else None
    value = value or payload.get(spec.title_field)
    return str(value) if value else record_id[:8]


def open_conflicts(session: Session) -> list[ConflictRow]:
    rows = session.execute(
        select(SyncConflict)
        .where(col(SyncConflict.resolved_at).is_(None))
        .order_by(col(SyncConflict.id))
    ).scalars()
    state = session.get(SyncState, 1)
    me = {state.user_id: state.user_name} if state and state.user_id else {}
    found = []
    for row in rows:
        spec = SPECS.get(row.entity)
        fields = tuple(
            FieldClash(
                name,
                FIELD_LABELS.get(name, name),
                value.get("base"),
                value.get("local"),
                value.get("server"),
                str(value.get("server_by") or ""),
                value.get("server_at"),
            )
            for name, value in sorted(row.fields.items())
        )
        found.append(
            ConflictRow(
                id=row.id or 0,
                entity=row.entity,
                entity_label=spec.label if spec and spec.label else row.entity,
                record_id=row.record_id,
                title=_title(row.entity, row.record_id, session, row.payload),
                kind=row.kind,
                fields=fields,
                reason=row.reason,
                local_by=row.local_by,
                local_at=row.local_at,
                server_by=row.server_by,
                server_at=row.server_at,
                created_at=row.created_at,
                names={**me, **(row.names or {})},
            )
        )
    return found


class ReviewService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def resolve(self, conflict_id: int, choices: dict[str, str]) -> Changes:
        """choices: field → "local" | "server" (a missing field keeps the server's value); for
        a whole-record conflict {"*": "local"} restores (deleted) or deletes anyway (edited)."""
        if any(c not in (LOCAL, SERVER) for c in choices.values()):
            raise ValidationError(
                {"choices": msg(QT_TRANSLATE_NOOP("core", "请为每个字段选择保留哪一方"))}
            )
        with unit_of_work(self.ctx) as work:
            conflict = work.session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该冲突已处理")))
            model = SYNCED_MODELS.get(conflict.entity)
            record = work.session.get(model, conflict.record_id) if model else None
            keep_local = choices.get(WHOLE) == LOCAL
            if conflict.kind == "field" and record is not None and model is not None:
                chosen = {
                    name: value["local"]
                    for name, value in conflict.fields.items()
                    if choices.get(name) == LOCAL
                }
                if chosen:
                    work.update(record, codec.from_wire(model, chosen), "sync.resolve")
            elif conflict.kind == "deleted" and keep_local and record is not None and model:
                restored = {name: value["local"] for name, value in conflict.fields.items()}
                values = codec.from_wire(model, restored)
                work.update(record, {**values, "deleted_at": None}, "sync.restore")
            elif (
                conflict.kind == "edited"
                and keep_local
                and record is not None
                and record.deleted_at is None
            ):
                work.delete(record, "sync.delete_anyway", str(conflict.payload.get("reason", "")))
            conflict.resolved_at = self.ctx.clock.now()
            conflict.resolution = {"by": self.ctx.actor.stamp, "choices": choices}
            work.session.add(conflict)
            work.audit(
                "sync.conflict_resolved",
                conflict.entity,
                conflict.record_id,
                {"conflict": conflict_id, "kind": conflict.kind, "choices": choices},
            )
            return Changes.of(
                work.changes.entities | {conflict.entity, "sync_conflict"}, [conflict.record_id]
            )
