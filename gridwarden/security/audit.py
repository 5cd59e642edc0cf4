"""A tamper-evident local audit trail: each entry's hash covers its content and the hash of the
entry before it (等保 2.0: audit records protected from tampering; PIPL Arts. 55–56).

Entries are chained as they are flushed, whichever code adds them (services, sync, the demo),
so the chain cannot be forgotten. `verify` walks the chain in order and names the first entry
whose content no longer matches its hash, or whose link to the entry before it is broken (an
entry changed, inserted or deleted). Removing entries from the end cannot be seen locally: the
server's copy of the chain (uploaded entries) is the check for that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, select
from sqlmodel import Session, col

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message
from gridwarden.models import AuditEntry
from gridwarden.protocol.messages import AUDIT_GENESIS, audit_hash

GENESIS = AUDIT_GENESIS


def at_text(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(prev: str, at: datetime, fields: dict[str, Any]) -> str:
    """sha256 over the previous hash and the entry's canonical JSON (shared with the server,
    which checks uploaded entries the same way)."""
    return audit_hash(prev, at_text(at), fields)


def content(entry: AuditEntry) -> dict[str, Any]:
    # the detail as it will read back from its JSON column (tuples become lists, dates text)
    detail = json.loads(json.dumps(entry.detail, default=str))
    return {
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "device_id": entry.device_id,
        "action": entry.action,
        "entity": entry.entity,
        "record_id": entry.record_id,
        "detail": detail,
    }


def _last_hash(session: Session) -> str:
    with session.no_autoflush:
        found = session.execute(
            select(col(AuditEntry.hash)).order_by(col(AuditEntry.id).desc()).limit(1)
        ).scalar()
    return found or GENESIS


def _chain(session: Session, _context: Any, _instances: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, AuditEntry)]
    if not new:
        return
    prev = _last_hash(session)
    for entry in new:
        entry.prev_hash = prev
        entry.hash = prev = entry_hash(prev, entry.at, content(entry))


def attach(factory: Any) -> None:
    """Chain the audit entries of every session `factory` makes. Called once per new factory;
    no `event.contains` guard: SQLAlchemy's registry is keyed by object id, and a new factory
    can reuse the id of a collected one, which made the guard skip the listener."""
    event.listen(factory, "before_flush", _chain)


@dataclass(frozen=True)
class Verdict:
    count: int
    broken_id: int | None = None
    problem: Message | None = None

    @property
    def intact(self) -> bool:
        return self.broken_id is None


CHANGED = QT_TRANSLATE_NOOP(
    "core", "审计记录第 {id} 条（{at}，{action}）的内容与其哈希不符：该条已被改动。"
)
UNLINKED = QT_TRANSLATE_NOOP(
    "core",
    "审计记录第 {id} 条（{at}，{action}）与前一条接不上：之前的记录被删除、插入或改动过。",
)


def verify(session: Session, batch: int = 5000) -> Verdict:
    """Walk the chain in order; the first broken link, or how many entries are intact."""
    prev, count, last_id = GENESIS, 0, 0
    while True:
        rows = list(
            session.execute(
                select(AuditEntry)
                .where(col(AuditEntry.id) > last_id)
                .order_by(col(AuditEntry.id))
                .limit(batch)
            ).scalars()
        )
        if not rows:
            return Verdict(count)
        for entry in rows:
            assert entry.id is not None
            where = {"id": entry.id, "at": at_text(entry.at)[:19], "action": entry.action}
            if entry.prev_hash != prev:
                return Verdict(count, entry.id, Message(UNLINKED, where))
            if entry_hash(prev, entry.at, content(entry)) != entry.hash:
                return Verdict(count, entry.id, Message(CHANGED, where))
            prev, count, last_id = entry.hash, count + 1, entry.id
        session.expunge_all()
