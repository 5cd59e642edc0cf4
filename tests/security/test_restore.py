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

from gridwarden.server.db import Record, ServerDB
from gridwarden.server.epoch import FILE_NAME
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.services.register import HouseholdDraft
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
                select(Record).where(Record.entity.in_(ENTITIES))  # type: ignore[attr-defined]
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


@pytest.mark.parametrize("epoch_file", ["kept", "lost"])
def test_a_restored_server_loses_nothing_the_laptops_hold(tmp_path: Path, epoch_file: str) -> None:
    db_file = tmp_path / "server" / "district.sqlite"
    db_file.parent.mkdir()
    blobs = tmp_path / "blobs"
    server: ServerProcess = start_server(str(db_file), blobs)
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
        _copy_db(db_file, tmp_path / "backup.sqlite")
        epoch_before = (db_file.parent / FILE_NAME).read_text()
        server = start_server(str(db_file), blobs, port=port)
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
        _copy_db(tmp_path / "backup.sqlite", db_file)
        if epoch_file == "lost":
            (db_file.parent / FILE_NAME).unlink()
        else:
            assert (db_file.parent / FILE_NAME).read_text() != epoch_before
        server = start_server(str(db_file), blobs, port=port)
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
        for entity in ENTITIES:
            for rid, doc in li_before[entity].items():
                assert li_after[entity][rid] == doc, (entity, rid)
            server_content = {
                rid: {k: v for k, v in doc.items() if k != "updated_by"}
                for rid, doc in after_server[entity].items()
            }
            assert server_content == {
                rid: {k: v for k, v in doc.items() if k in server_content.get(rid, doc)}
                for rid, doc in wang_after[entity].items()
            }
        heads = {r["name"] for r in li_after["resident"].values()}
        assert heads == {"甲", "乙", "丙", "丁"}
    finally:
        wang.close()
        li.close()
        server.stop()
