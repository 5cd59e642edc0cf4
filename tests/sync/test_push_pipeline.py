"""The push's request chain and the pull after it (issue 15, eighth session): push batches and
audit uploads go one after another on the sender thread, each as soon as the one before is
answered, a failure sends nothing of what is queued behind it; the pull after a push skips the
changes the push's answers carried, never another device's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.models import AuditEntry
from gridwarden.server.db import AuditRecord, ServerDB, head
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft
from gridwarden.sync import client as sync_client
from gridwarden.sync.errors import SyncFailure
from tests.sync.faults import FaultProxy
from tests.sync.harness import District, Laptop

PUSH = "/api/v1/sync/push"
AUDIT = "/api/v1/audit"


def _pulled(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The changes pull pages bring into the store from now on."""
    seen: list[dict[str, Any]] = []
    store_page = sync_client._store_page

    def recording(session: Any, changes: list[Any], cursor: int) -> Any:
        seen.extend(changes)
        return store_page(session, changes, cursor)

    monkeypatch.setattr(sync_client, "_store_page", recording)
    return seen


def _server_head(db: ServerDB) -> int:
    with db.reader() as session:
        return head(session)


def _audit_counts(wang: Laptop, db: ServerDB) -> tuple[int, int]:
    """Audit entries on the laptop, and those the server holds from it."""
    with wang.store.sessions() as session:
        local = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    with db.reader() as session:
        uploaded = session.execute(
            select(func.count())
            .select_from(AuditRecord)
            .where(col(AuditRecord.device_id) == wang.store.device_id)
        ).scalar_one()
    return int(local), int(uploaded)


def test_the_pull_after_a_push_does_not_bring_the_pushed_records_back(
    laptop: Callable[[str], Laptop],
    district: District,
    server_db: ServerDB,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wang, li = laptop("wang"), laptop("li")
    ids = wang.new_households(district.micro1, {f"回送路{i}号": f"住户{i}" for i in range(3)})
    pulled = _pulled(monkeypatch)

    report = wang.sync()

    assert (report.pushed, report.conflicts, report.rejected) == (6, 0, 0)
    assert pulled == []  # the answers carried all six: the pull had nothing to bring back
    assert wang.client.status().cursor == _server_head(server_db)
    for household in ids:
        record = wang.get("household", household)
        assert (record.version, record.address) == (1, record.address)
        assert record.server_seq > 0
    # what another device changes afterwards still arrives
    li.sync()
    li.register.save_household(HouseholdDraft(district.micro1, "回送路0号", [], "李娜复核", ids[0]))
    li.sync()
    pulled.clear()  # (li's client stores its pulls through the same function)
    wang.sync()
    assert [(c["id"], c["version"]) for c in pulled] == [(ids[0], 2)]
    assert (wang.get("household", ids[0]).notes, wang.get("household", ids[0]).version) == (
        "李娜复核",
        2,
    )


def test_another_devices_change_before_the_push_is_still_pulled(
    laptop: Callable[[str], Laptop],
    district: District,
    server_db: ServerDB,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Li's change got a sequence number between Wang's cursor and Wang's own changes: the
    cursor does not move past it, and the pull brings it (and Wang's own records, skipped
    as already held)."""
    wang, li = laptop("wang"), laptop("li")
    shared = wang.new_household(district.micro1, "共用路1号")
    wang.sync()
    li.sync()
    li.register.save_household(HouseholdDraft(district.micro1, "共用路1号", [], "李娜复核", shared))
    li.sync()
    own = wang.new_household(district.micro1, "自家路2号")
    pulled = _pulled(monkeypatch)

    report = wang.sync()

    assert report.pushed == 2
    assert shared in [c["id"] for c in pulled]
    record = wang.get("household", shared)
    assert (record.notes, record.version) == ("李娜复核", 2)
    assert wang.get("household", own).version == 1
    assert wang.client.status().cursor == _server_head(server_db)


def test_a_failed_audit_upload_sends_nothing_queued_behind_it_and_a_retry_sends_all_once(
    laptop: Callable[[str], Laptop], district: District, server: ServerProcess, server_db: ServerDB
) -> None:
    """600 ops and more than 600 audit entries: two push batches, then two audit batches
    queued behind them. The first audit upload fails: the second is not sent, the pushed
    records stay settled, and the next sync uploads every entry once, in order."""
    proxy = FaultProxy(server.url)
    try:
        wang = laptop("wang")
        wang.login(proxy.url)
        wang.new_households(district.micro1, {f"审计路{i}号": f"住户{i}" for i in range(300)})
        local, uploaded_before = _audit_counts(wang, server_db)
        assert local - uploaded_before == 600  # two batches (500 and 100) wait
        proxy.plan(AUDIT, "fail_before")
        with pytest.raises(SyncFailure):
            wang.sync()
        assert wang.pending() == 0  # both push batches were answered and settled
        forwarded = [f.path for f in proxy.seen if f.path in (PUSH, AUDIT)]
        assert forwarded == [PUSH, PUSH]  # the audit batch behind the failed one never went
        assert _audit_counts(wang, server_db) == (local, uploaded_before)
        report = wang.sync()
        assert report.audit_uploaded == local - uploaded_before
        assert [f.path for f in proxy.seen if f.path == AUDIT] == [AUDIT, AUDIT]
    finally:
        proxy.close()
    assert _audit_counts(wang, server_db) == (local, local)
    with server_db.reader() as session:
        ids = session.execute(
            select(col(AuditRecord.local_id))
            .where(col(AuditRecord.device_id) == wang.store.device_id)
            .order_by(col(AuditRecord.id))
        ).scalars()
        assert list(ids) == list(range(1, local + 1))
