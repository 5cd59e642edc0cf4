"""Finding 7: a server restored from a backup (or one that lost its last commits) is noticed —
by the epoch file beside its database, or by a client cursor ahead of the server's newest
change — and the laptops reconcile: they give back what the server forgot and delete nothing.
Two laptops, a backup taken mid-life, a restore, and a field-by-field comparison."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.server.db import Record, ServerDB
from gridwarden.server.epoch import FILE_NAME
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.services.register import HouseholdDraft
from tests.sync import pg
from tests.sync.harness import District, Laptop, build_district

ENTITIES = ("household", "resident")


def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        src = source.with_name(source.name + suffix)
        dst = target.with_name(target.name + suffix)
        if dst.exists():
            dst.unlink()
        if src.exists():
            shutil.copy2(src, dst)


def _server_docs(db_url: str) -> dict[str, dict[str, dict]]:
    db = ServerDB.open(db_url)
    try:
        with db.reader() as session:
            found: dict[str, dict[str, dict]] = {e: {} for e in ENTITIES}
            for row in session.execute(
                select(Record).where(col(Record.entity).in_(ENTITIES))
            ).scalars():
                if not row.deleted:
                    found[row.entity][row.id] = json.loads(row.doc)
            return found
    finally:
        db.close()


def _content(snapshot: dict[str, dict[str, dict]]) -> dict[str, dict[str, dict]]:
    """What a person would check: every field but the bookkeeping of who-and-which-version."""
    drop = {"version", "updated_by"}
    return {
        entity: {rid: {k: v for k, v in doc.items() if k not in drop} for rid, doc in rows.items()}
        for entity, rows in snapshot.items()
    }


class Backups:
    """Take and restore a backup of the server's database (the server is stopped meanwhile)."""

    def __init__(self, kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
        self.kind = kind
        self.blobs = tmp_path / "blobs"
        if kind == "sqlite":
            self.file = tmp_path / "server" / "district.sqlite"
            self.file.parent.mkdir()
            self.url = str(self.file)
            self.epoch = self.file.parent / FILE_NAME
        else:
            self.base = request.getfixturevalue("pg_base")
            self.url = pg.fresh_database(self.base)
            self.name = self.url.rsplit("/", 1)[1]
            self.epoch = self.blobs / FILE_NAME

    def _sql(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def take(self, tmp_path: Path) -> None:
        if self.kind == "sqlite":
            _copy_db(self.file, tmp_path / "backup.sqlite")
        else:
            self._sql(f'CREATE DATABASE "{self.name}_bak" TEMPLATE "{self.name}"')

    def restore(self, tmp_path: Path) -> None:
        if self.kind == "sqlite":
            _copy_db(tmp_path / "backup.sqlite", self.file)
        else:
            self._sql(
                f'DROP DATABASE "{self.name}" WITH (FORCE)',
                f'CREATE DATABASE "{self.name}" TEMPLATE "{self.name}_bak"',
            )


Docs = dict[str, dict[str, dict]]


def _assert_nothing_lost(li_before: Docs, li_after: Docs, wang_after: Docs, server: Docs) -> None:
    """Every record li held before the restore is back as it was, and the server holds what
    the laptops hold, field by field (who last wrote it aside)."""
    for entity in ENTITIES:
        for rid, doc in li_before[entity].items():
            assert li_after[entity][rid] == doc, (entity, rid)
        server_content = {
            rid: {k: v for k, v in doc.items() if k != "updated_by"}
            for rid, doc in server[entity].items()
        }
        assert server_content == {
            rid: {k: v for k, v in doc.items() if k in server_content.get(rid, doc)}
            for rid, doc in wang_after[entity].items()
        }


@pytest.mark.parametrize("epoch_file", ["kept", "lost"])
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_restored_server_loses_nothing_the_laptops_hold(
    tmp_path: Path, epoch_file: str, kind: str, request: pytest.FixtureRequest
) -> None:
    backups = Backups(kind, tmp_path, request)
    blobs = backups.blobs
    db_url = backups.url
    server: ServerProcess = start_server(db_url, blobs)
    port = int(server.url.rsplit(":", 1)[1])  # a restored server comes back at its address
    db = ServerDB.open(server.db_url)
    district: District = build_district(db)
    db.close()
    wang = Laptop(tmp_path, "wang", district.user("wang"), "王芳")
    li = Laptop(tmp_path, "li", district.user("li"), "李娜")
    try:
        for device in (wang, li):
            device.login(server.url)
            device.sync()
        a = wang.new_household(district.micro1, "工农路1号", head="甲")
        b = wang.new_household(district.micro1, "工农路2号", head="乙")
        wang.sync()
        li.sync()
        # the nightly backup
        server.stop()
        backups.take(tmp_path)
        epoch_before = backups.epoch.read_text()
        server = start_server(db_url, blobs, port=port)
        # a day's work after the backup, on both laptops
        wang.register.save_household(HouseholdDraft(district.micro1, "工农路1号3幢", id=a))
        c = wang.new_household(district.micro1, "工农路3号", head="丙")
        wang.sync()
        li.sync()
        d = li.new_household(district.micro1b, "工农路4号", head="丁")
        li.sync()
        before = _content(wang.snapshot(ENTITIES))
        li_before = _content(li.snapshot(ENTITIES))
        assert set(before["household"]) == {a, b, c}
        assert set(li_before["household"]) == {a, b, c, d}
        # the disk dies; the server is restored from last night's backup
        server.stop()
        backups.restore(tmp_path)
        if epoch_file == "lost":
            backups.epoch.unlink()
        else:
            assert backups.epoch.read_text() != epoch_before
        server = start_server(db_url, blobs, port=port)
        forgotten = _server_docs(server.db_url)
        assert set(forgotten["household"]) == {a, b}  # the restore really lost C, D and A's edit
        # each laptop syncs (with a verify: what deleted records before)
        wang_report = wang.sync(verify=True)
        li_report = li.sync(verify=True)
        wang.sync(verify=True)
        li.sync(verify=True)
        assert wang_report.reconciled >= 3  # C, its head of household, A's address
        assert li_report.reconciled >= 2  # D and its head
        # nothing lost, field by field: the server and both laptops hold the same records
        after_server = _server_docs(server.db_url)
        wang_after = _content(wang.snapshot(ENTITIES))
        li_after = _content(li.snapshot(ENTITIES))
        assert set(after_server["household"]) == {a, b, c, d}
        assert after_server["household"][a]["address"] == "工农路1号3幢"
        assert wang_after == li_after
        _assert_nothing_lost(li_before, li_after, wang_after, after_server)
        heads = {r["name"] for r in li_after["resident"].values()}
        assert heads == {"甲", "乙", "丙", "丁"}
    finally:
        wang.close()
        li.close()
        server.stop()
