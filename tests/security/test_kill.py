"""The server process is killed (SIGKILL, not a proxy's fault) in the middle of a large push,
again and again; after each restart the laptop carries on, and in the end the server holds
every record exactly as the laptop does (synchronous=FULL: nothing acknowledged is lost, and
the epoch file never mistakes a kill for a restore)."""

from __future__ import annotations

import json
import random
import threading
import time
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from gridwarden.server.db import Record, ServerDB
from gridwarden.server.epoch import FILE_NAME
from gridwarden.server.launch import start_server
from gridwarden.sync.errors import SyncFailure
from tests.sync.harness import Laptop, build_district

ENTITIES = ("household", "resident")


def test_killing_the_server_during_a_large_push_loses_and_doubles_nothing(
    tmp_path: Path, fresh_db: str
) -> None:
    """On SQLite (synchronous=FULL) and on PostgreSQL (its own WAL): the same kills, the same
    content at the end."""
    db_file = fresh_db  # a SQLite file of this module, or a fresh PostgreSQL database
    # the epoch file lives beside a SQLite file, in the blob directory for PostgreSQL
    epoch_path = (
        Path(fresh_db).with_name(FILE_NAME)
        if not fresh_db.startswith("postgresql")
        else tmp_path / "blobs" / FILE_NAME
    )
    server = start_server(db_file, tmp_path / "blobs")
    port = int(server.url.rsplit(":", 1)[1])
    db = ServerDB.open(server.db_url)
    district = build_district(db)
    db.close()
    epoch = json.loads(epoch_path.read_text())["epoch"]
    wang = Laptop(tmp_path, "wang", district.user("wang"), "王芳")
    rng = random.Random(9)
    kills = 0
    try:
        wang.login(server.url)
        wang.sync()
        wang.new_households(district.micro1, {f"断电路{i}号": f"住户{i}" for i in range(1000)})
        assert wang.pending() == 2000
        failures: list[SyncFailure] = []
        while wang.pending() and kills < 5:

            def run() -> None:
                try:
                    wang.sync()
                except SyncFailure as failure:
                    failures.append(failure)

            syncing = threading.Thread(target=run)
            syncing.start()
            # a kill within the first batches: the push of 2,000 ops (four batches) takes well
            # under a second on a quiet machine, and waits of up to 0.4 s let it finish after
            # two kills (the test wants at least three)
            time.sleep(rng.uniform(0.02, 0.15))
            server.process.kill()  # SIGKILL: no shutdown, no checkpoint
            server.process.wait(10)
            kills += 1
            syncing.join(60)
            server = start_server(db_file, tmp_path / "blobs", port=port)
        assert kills >= 3, kills
        report = wang.sync(verify=True)
        assert wang.pending() == 0 and report.verified is not False
        # the same history all along: a kill is not a restore
        assert json.loads(epoch_path.read_text())["epoch"] == epoch
        laptop = wang.snapshot(ENTITIES)
        db = ServerDB.open(server.db_url)
        try:
            with db.reader() as session:
                rows = list(
                    session.execute(
                        select(Record).where(col(Record.entity).in_(ENTITIES))
                    ).scalars()
                )
        finally:
            db.close()
        held = {(r.entity, r.id): {**json.loads(r.doc), "version": r.version} for r in rows}
        mine = {(e, rid): doc for e, docs in laptop.items() for rid, doc in docs.items()}
        assert len(mine) == 2000 and held == mine
        assert all(doc["version"] == 1 for doc in held.values())  # each applied exactly once
    finally:
        wang.close()
        server.stop()
