"""The server's own audit trail: who logged in (or failed to), pulled, downloaded a file, pushed,
and what an administrator changed (等保 2.0 安全审计; Cybersecurity Law Art. 21: kept at least
six months — nothing in the server deletes or rewrites an entry).

The entries form one hash chain. Each entry's hash covers its own fields and the hash of the
entry before it; the chain's head (last seq and hash) is also kept in server_info. `verify`
walks the chain and names the first entry that was changed, removed or reordered, and notices a
chain cut short at its end. Appending locks the head row, so entries from concurrent requests
get consecutive numbers on PostgreSQL as on SQLite.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.server.db import AuditEntry, ServerDB, ServerInfo, dumps, utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
RETENTION_DAYS = 183  # at least six months (Cybersecurity Law Art. 21)


def _instant(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(entry: AuditEntry) -> str:
    content = [
        entry.seq,
        _instant(entry.at),
        entry.actor,
        entry.device,
        entry.address,
        entry.action,
        entry.target,
        entry.detail,
        entry.prev_hash,
    ]
    return hashlib.sha256(dumps(content).encode()).hexdigest()


def _head(session: Session) -> tuple[ServerInfo, int, str]:
    row = session.execute(
        select(ServerInfo).where(col(ServerInfo.key) == HEAD_KEY).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        row = ServerInfo(key=HEAD_KEY, value=f"0:{GENESIS}")
        session.add(row)
    seq, digest = row.value.split(":", 1)
    return row, int(seq), digest


def append(
    session: Session,
    action: str,
    *,
    actor: str = "",
    device: str = "",
    address: str = "",
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry inside the caller's (write) transaction."""
    head, seq, prev = _head(session)
    entry = AuditEntry(
        seq=seq + 1,
        at=utcnow(),
        actor=actor[:80],
        device=device[:36],
        address=address[:64],
        action=action[:40],
        target=target[:200],
        detail=dumps(detail or {}),
        prev_hash=prev,
        hash="",
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    head.value = f"{entry.seq}:{entry.hash}"
    return entry


def write(db: ServerDB, action: str, **fields: Any) -> None:
    """One entry in a short write transaction of its own."""
    with db.writer() as session, session.begin():
        append(session, action, **fields)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    problem: str = ""
    seq: int | None = None  # the first entry that does not fit


def entries(session: Session, batch: int = 2000) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = list(
            session.execute(
                select(AuditEntry)
                .where(col(AuditEntry.seq) > last)
                .order_by(col(AuditEntry.seq))
                .limit(batch)
            ).scalars()
        )
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify(db: ServerDB) -> Verdict:
    with db.reader() as session:
        prev, expected, count = GENESIS, 1, 0
        for entry in entries(session):
            if entry.seq != expected:
                return Verdict(False, count, f"entry {expected} is missing", expected)
            if entry.prev_hash != prev:
                return Verdict(
                    False, count, f"entry {entry.seq} does not follow the one before it", entry.seq
                )
            if entry_hash(entry) != entry.hash:
                return Verdict(False, count, f"entry {entry.seq} was changed", entry.seq)
            prev, expected, count = entry.hash, expected + 1, count + 1
        head = session.get(ServerInfo, HEAD_KEY)
        if head is not None:
            seq, digest = head.value.split(":", 1)
            if int(seq) != count or digest != prev:
                return Verdict(
                    False, count, f"the chain ends at {count} but its head says {seq}", count + 1
                )
    return Verdict(True, count)


def export_lines(db: ServerDB) -> Iterator[str]:
    """Every entry as one JSON line (with its hashes, so a copy can be verified elsewhere)."""
    with db.reader() as session:
        for entry in entries(session):
            yield json.dumps(
                {
                    "seq": entry.seq,
                    "at": _instant(entry.at),
                    "actor": entry.actor,
                    "device": entry.device,
                    "address": entry.address,
                    "action": entry.action,
                    "target": entry.target,
                    "detail": json.loads(entry.detail),
                    "prev_hash": entry.prev_hash,
                    "hash": entry.hash,
                },
                ensure_ascii=False,
            )
