"""Laptops' audit entries, stored as append-only records.

Each uploaded entry must (1) carry the hash of its own content, computed as the laptop computes
it (protocol.audit_hash), and (2) link to the device's previous stored entry (or to the genesis
hash for its first). An entry the server already holds is a duplicate when its hash is the same
(a retried upload) and a refusal when it differs: the laptop's copy was changed after upload.
The device and the uploading user come from the token, never from the body.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from gridwarden.protocol.messages import AUDIT_GENESIS, AuditAnswer, AuditItem, audit_hash
from gridwarden.server.auth import Caller
from gridwarden.server.db import AuditRecord, utcnow


class AuditRefused(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code, self.detail = code, detail


def store(session: Session, who: Caller, items: list[AuditItem]) -> AuditAnswer:
    """All of a batch or nothing (one transaction)."""
    stored = duplicate = 0
    last = session.execute(
        select(AuditRecord)
        .where(col(AuditRecord.device_id) == who.device_id)
        .order_by(col(AuditRecord.local_id).desc())
        .limit(1)
    ).scalar_one_or_none()
    head_id, head_hash = (last.local_id, last.hash) if last else (0, AUDIT_GENESIS)
    rows: list[dict[str, Any]] = []
    batch_hashes: dict[int, str] = {}  # this batch's entries, written at its end
    received = utcnow()
    for item in sorted(items, key=lambda i: i.local_id):
        if audit_hash(item.prev_hash, item.at, item.fields()) != item.hash:
            raise AuditRefused(
                "audit_hash_mismatch", f"entry {item.local_id} does not match its hash"
            )
        if item.local_id <= head_id:
            held = (
                batch_hashes.get(item.local_id)
                or session.execute(
                    select(col(AuditRecord.hash)).where(
                        col(AuditRecord.device_id) == who.device_id,
                        col(AuditRecord.local_id) == item.local_id,
                    )
                ).scalar_one_or_none()
            )
            if held == item.hash:
                duplicate += 1
                continue
            raise AuditRefused(
                "audit_rewritten",
                f"entry {item.local_id} differs from the copy uploaded before",
            )
        if item.prev_hash != head_hash:
            raise AuditRefused(
                "audit_chain_broken",
                f"entry {item.local_id} does not link to entry {head_id}",
            )
        rows.append(
            {
                "device_id": who.device_id,
                "uploaded_by": who.user_id,
                "local_id": item.local_id,
                "at": datetime.fromisoformat(item.at),
                "actor_id": item.actor_id,
                "actor_name": item.actor_name,
                "written_on": item.device_id,
                "action": item.action,
                "entity": item.entity,
                "record_id": item.record_id,
                "detail": json.dumps(item.detail, ensure_ascii=False, sort_keys=True),
                "prev_hash": item.prev_hash,
                "hash": item.hash,
                "received_at": received,
            }
        )
        head_id, head_hash = item.local_id, item.hash
        batch_hashes[item.local_id] = item.hash
        stored += 1
    if rows:  # one executemany, not an ORM object per entry
        session.execute(insert(AuditRecord), rows)
    return AuditAnswer(stored=stored, duplicate=duplicate, last_local_id=head_id)
