"""The laptop's hash-chained audit entries reach the server as append-only records; the server
refuses an entry that does not match its hash, does not link to the device's previous entry,
or differs from the copy it already holds (等保 2.0: audit records protected from tampering)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.db.engine import connect
from gridwarden.models import AuditEntry
from gridwarden.protocol.messages import AuditUpload, audit_hash
from gridwarden.server.db import AuditRecord, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.store import set_meta
from gridwarden.sync.client import _audit_batch
from gridwarden.sync.errors import SyncFailure
from gridwarden.sync.transport import Transport
from tests.sync.harness import District, Laptop


def _server_rows(server_db: ServerDB, device: str) -> list[AuditRecord]:
    with server_db.reader() as session:
        return list(
            session.execute(
                select(AuditRecord)
                .where(col(AuditRecord.device_id) == device)
                .order_by(col(AuditRecord.local_id))
            ).scalars()
        )


def _local(wang: Laptop) -> list[AuditEntry]:
    with wang.store.sessions() as session:
        return list(session.execute(select(AuditEntry).order_by(col(AuditEntry.id))).scalars())


def test_audit_entries_go_up_once_and_stay_as_written(
    laptop: Callable[[str], Laptop], district: District, server_db: ServerDB
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "工农路5号")
    wang.register.reveal_ids(household)
    report = wang.sync()
    local = _local(wang)
    assert [e.action for e in local][-3:] == [
        "household.create",
        "resident.create",
        "household.reveal_ids",
    ]
    assert report.audit_uploaded == len(local)
    rows = _server_rows(server_db, wang.store.device_id)
    assert [(r.local_id, r.hash, r.prev_hash) for r in rows] == [
        (e.id, e.hash, e.prev_hash) for e in local
    ]
    assert {r.uploaded_by for r in rows} == {wang.settings.user_id}  # from the token
    assert rows[-1].action == "household.reveal_ids" and rows[-1].record_id == household
    assert wang.sync().audit_uploaded == 0  # nothing twice


def _post(wang: Laptop, server: ServerProcess, body: AuditUpload) -> None:
    token = wang.tokens.load(wang.client.account(server.url, wang.store.device_id))
    assert token
    transport = Transport(server.url, token)
    try:
        transport.post_json("/audit", body.model_dump(mode="json"))
    finally:
        transport.close()


def test_the_server_refuses_a_changed_a_forged_and_an_unlinked_entry(
    laptop: Callable[[str], Laptop],
    district: District,
    server_db: ServerDB,
    server: ServerProcess,
) -> None:
    wang = laptop("wang")
    wang.new_household(district.micro1, "工农路6号")
    wang.sync()
    uploaded = _server_rows(server_db, wang.store.device_id)
    # 1. someone rewrites an uploaded entry on the laptop, rehashes it and sends it again
    first = _local(wang)[0]
    with connect(wang.store.paths.store, wang.store.key) as conn:
        conn.execute("UPDATE audit_log SET actor_name = '别人' WHERE id = ?", (first.id,))
    with wang.store.sessions() as session:
        assert _audit_batch(session) == []  # already uploaded: the laptop sends nothing again
    with wang.store.sessions() as session, session.begin():
        set_meta(session, "audit_uploaded_id", "0")  # an attacker resets the cursor
    with wang.store.sessions() as session:
        batch = _audit_batch(session)
    changed = batch[0].model_copy(update={"actor_name": "别人"})
    changed = changed.model_copy(
        update={"hash": audit_hash(changed.prev_hash, changed.at, changed.fields())}
    )
    with pytest.raises(SyncFailure) as rewritten:
        _post(wang, server, AuditUpload(entries=[changed]))
    assert "differs from the copy uploaded before" in str(rewritten.value)
    # 2. an entry whose hash does not cover its content
    forged = batch[-1].model_copy(update={"local_id": 10_000, "action": "household.delete"})
    with pytest.raises(SyncFailure) as mismatch:
        _post(wang, server, AuditUpload(entries=[forged]))
    assert "does not match its hash" in str(mismatch.value)
    # 3. a well-formed entry that skips the device's last entry
    skipping = forged.model_copy(update={"prev_hash": "1" * 64})
    skipping = skipping.model_copy(
        update={"hash": audit_hash(skipping.prev_hash, skipping.at, skipping.fields())}
    )
    with pytest.raises(SyncFailure) as unlinked:
        _post(wang, server, AuditUpload(entries=[skipping]))
    assert f"does not link to entry {uploaded[-1].local_id}" in str(unlinked.value)
    # nothing of it was stored
    assert [(r.local_id, r.hash) for r in _server_rows(server_db, wang.store.device_id)] == [
        (r.local_id, r.hash) for r in uploaded
    ]
