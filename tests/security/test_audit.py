"""Finding 8 (audit): the server keeps an append-only, hash-chained trail of logins (success and
failure), pulls, downloads, pushes and admin actions; `audit verify` finds a changed or removed
entry; `audit export` writes it out as JSON lines."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlmodel import col

from gridwarden.server import admin
from gridwarden.server.db import AuditEntry, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.events import EventDraft
from tests.security import wire
from tests.sync.admin_cli import Ran, run_admin
from tests.sync.harness import District, Laptop

pytestmark = pytest.mark.private_server(
    "tampers with the audit chain and runs `audit verify` over the whole database"
)


def _admin(db_url: str, *args: str) -> Ran:
    return run_admin(db_url, *args)


def _entries(db: ServerDB, actor: str) -> list[AuditEntry]:
    with db.reader() as session:
        return list(
            session.execute(
                select(AuditEntry)
                .where(col(AuditEntry.actor) == actor)
                .order_by(col(AuditEntry.seq))
            ).scalars()
        )


def test_logins_pulls_downloads_pushes_and_admin_actions_are_in_the_trail(
    laptop: Callable[[str], Laptop],
    server: ServerProcess,
    server_db: ServerDB,
    district: District,
    tmp_path: Path,
) -> None:
    wire.login(server.url, district.user("li"), "wrong-password-1", "li-pc")
    wang, li = laptop("wang"), laptop("li")
    photo = tmp_path / "楼道.jpg"
    photo.write_bytes(b"photo " * 10_000)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    wang.events.report(EventDraft("safety_hazard", "楼道堆放杂物", photos=[photo]))
    wang.sync()
    li.sync()
    admin.revoke_device(server_db, li.store.device_id, "设备遗失")
    wang_actions = [e.action for e in _entries(server_db, district.user("wang"))]
    assert wang_actions[0] == "login" and "push" in wang_actions and "pull" in wang_actions
    li_entries = _entries(server_db, district.user("li"))
    failed = [e for e in li_entries if e.action == "login.failed"]
    assert failed and json.loads(failed[0].detail) == {"why": "wrong password"}
    assert failed[0].address == "127.0.0.1" and failed[0].device == "li-pc"
    downloads = [e for e in li_entries if e.action == "file.download"]
    assert [(e.target, e.device) for e in downloads] == [(sha, li.store.device_id)]
    push = next(e for e in _entries(server_db, district.user("wang")) if e.action == "push")
    assert json.loads(push.detail)["applied"] >= 1
    revoked = [e for e in _entries(server_db, "admin") if e.action == "admin.revoke_device"]
    assert revoked[-1].target == li.store.device_id
    assert json.loads(revoked[-1].detail) == {"reason": "设备遗失"}


def test_audit_verify_finds_a_changed_or_removed_entry_and_export_writes_it_all(
    laptop: Callable[[str], Laptop], server: ServerProcess, server_db: ServerDB, tmp_path: Path
) -> None:
    laptop("wang").sync()
    intact = _admin(server.db_url, "audit", "verify")
    assert intact.returncode == 0 and "audit trail intact" in intact.stdout
    with server_db.reader() as session:
        rows = list(session.execute(select(AuditEntry).order_by(col(AuditEntry.seq))).scalars())
    victim, last = rows[len(rows) // 2], rows[-1]
    # someone with database access hides a failed login: the entry's content changes
    with server_db.writer() as session, session.begin():
        session.execute(
            update(AuditEntry).where(AuditEntry.seq == victim.seq).values(detail='{"x":1}')
        )
    broken = _admin(server.db_url, "audit", "verify")
    assert broken.returncode == 3
    assert f"entry {victim.seq} was changed" in broken.stderr
    with server_db.writer() as session, session.begin():
        session.execute(
            update(AuditEntry).where(AuditEntry.seq == victim.seq).values(detail=victim.detail)
        )
    # … or removes it, or the newest one
    for gone, says in ((victim, f"entry {victim.seq} is missing"), (last, "the chain ends")):
        with server_db.writer() as session, session.begin():
            session.execute(delete(AuditEntry).where(AuditEntry.seq == gone.seq))
        broken = _admin(server.db_url, "audit", "verify")
        assert broken.returncode == 3 and says in broken.stderr, broken.stderr
        with server_db.writer() as session, session.begin():
            session.add(AuditEntry.model_validate(gone.model_dump()))
    assert _admin(server.db_url, "audit", "verify").returncode == 0
    out = tmp_path / "audit.jsonl"
    exported = _admin(server.db_url, "audit", "export", "--out", str(out))
    assert exported.returncode == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["seq"] for e in lines] == list(range(1, len(lines) + 1))
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(lines))
    assert {"login", "pull"} <= {e["action"] for e in lines}
