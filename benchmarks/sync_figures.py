"""Sync figures (issues 5 and 15): the first pull of a 100,000-household scope (and how much of
it is the search index), pushing 1,000 edits, a sync with nothing to do, and bytes on the wire
per record; beside them the floor of bare inserts (stdlib SQLite and SQLCipher) in the same
run. The real server process (SQLite) on loopback; a fresh client store; the supervisor's scope
(the whole street). Measured twice: over plain HTTP on loopback and over TLS (a throwaway CA;
figures with the suffix _tls)."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import select
from sqlmodel import col

from benchmarks.common import BENCH_NOW, ROOT, Bench, median
from gridwarden.clock import FixedClock
from gridwarden.db.engine import cipher_settings, raw_key
from gridwarden.models import Household
from gridwarden.paths import data_paths
from gridwarden.server import admin
from gridwarden.server.db import ServerDB, prepare, upgrade
from gridwarden.server.launch import start_server
from gridwarden.server.seed import import_store
from gridwarden.services.register import HouseholdDraft, RegisterService
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.sync.client import SyncClient
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.memory_keyring import MemoryKeyring

# The register and the casework, not the half-million visit log: about 400,000 records.
SCOPE = {
    "area",
    "department",
    "org_unit",
    "household",
    "resident",
    "care_plan",
    "grid_event",
    "event_step",
}
PASSWORD = "benchmark-pass"


def _server_db(bench: Bench) -> Path:
    """The big store's records loaded into a server database, built once and cached."""
    store = bench.big_store()
    digest = hashlib.sha256()
    for source in ("migrations/server/versions", "gridwarden/server", "gridwarden/protocol"):
        for path in sorted((ROOT / source).glob("*.py")):
            digest.update(path.read_bytes())
    folder = bench.cache / f"server-{store.root.name}-{digest.hexdigest()[:10]}"
    db_file = folder / "district.sqlite"
    if (folder / "ready").exists():
        return db_file
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print("loading the benchmark store into a server database …", file=sys.stderr)
    upgrade(str(db_file))
    db = ServerDB.open(str(db_file))
    prepare(db)
    count = import_store(db, store.store, entities=SCOPE, key=bench.key(store))
    admin.create_user(db, "bench-boss", "周主任", "supervisor", PASSWORD)
    db.close()
    (folder / "ready").write_text(f"{count}\n")
    return db_file


# The floor: resident-shaped rows (the bulk of a pull) written by bare executemany, 5,000 a
# transaction like a pull page, into a table with the same primary key and household index.
FLOOR_TABLE = (
    "CREATE TABLE r (id VARCHAR(36) PRIMARY KEY, version INTEGER, server_seq INTEGER,"
    " base_version INTEGER, updated_at DATETIME, updated_by VARCHAR(120), deleted_at DATETIME,"
    " household_id VARCHAR(36), name VARCHAR(40), id_number VARCHAR(18), gender VARCHAR(1),"
    " birth_date DATE, phone VARCHAR(20), relation VARCHAR(16), disabled BOOLEAN,"
    " subsistence BOOLEAN, extreme_poverty BOOLEAN, notes VARCHAR(2000))",
    "CREATE INDEX ix_r_household ON r (household_id)",
)


def insert_floor(path: Path, key: bytes | None, rows: int = 400_000) -> float:
    """Rows per second of bare inserts on this machine, now: stdlib sqlite3 (key None) or
    SQLCipher keyed like the store (raw key, the store's cipher settings, WAL, NORMAL)."""
    rng = random.Random(7)
    households = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(rows // 4)]
    data = [
        (
            str(uuid.UUID(int=rng.getrandbits(128))),
            1,
            i + 1,
            1,
            "2026-11-01 08:00:00.000000",
            "u-1@d-1",
            None,
            households[i // 4],
            "张三丰",
            f"{rng.randrange(10**17, 10**18)}",
            "M",
            "1970-01-01",
            f"13{rng.randrange(10**8, 10**9)}",
            "户主",
            0,
            0,
            0,
            "",
        )
        for i in range(rows)
    ]
    path.unlink(missing_ok=True)
    conn: Any
    if key is None:
        conn = sqlite3.connect(path, isolation_level=None)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f'PRAGMA key = "{raw_key(key)}"')
        cipher_settings(conn)
    with closing(conn):
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-65536")  # as the sync client's connection
        conn.execute("PRAGMA wal_autocheckpoint=16384")
        for statement in FLOOR_TABLE:
            conn.execute(statement)
        sql = f"INSERT INTO r VALUES ({', '.join('?' * len(data[0]))})"
        started = time.perf_counter()
        for start in range(0, rows, 5000):
            conn.execute("BEGIN")
            conn.executemany(sql, data[start : start + 5000])
            conn.execute("COMMIT")
        return rows / (time.perf_counter() - started)


def floors(work: Path) -> dict[str, float]:
    work.mkdir(parents=True, exist_ok=True)
    plain = insert_floor(work / "floor-plain.sqlite", None)
    cipher = insert_floor(work / "floor-cipher.sqlite", bytes(range(32)))
    return {
        "sync_floor_sqlite_rows_per_s": plain,
        "sync_floor_sqlcipher_rows_per_s": cipher,
    }


@contextmanager
def _timed(module: Any, name: str) -> Iterator[list[float]]:
    """Seconds spent in module.name while the block runs (a benchmark's split, nothing more)."""
    spent = [0.0]
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    setattr(module, name, timed)
    try:
        yield spent
    finally:
        setattr(module, name, original)


def edit_1000(store: Store) -> None:
    """The 1,000 household edits a push is timed with (the same households and notes in every
    run: also benchmarks.push_focus)."""
    settings = Settings(user_id="bench-boss", user_name="周主任", user_role="supervisor")
    service = RegisterService(store.context(settings, FixedClock(BENCH_NOW)))
    with store.sessions() as session:
        rows = session.execute(
            select(col(Household.id), col(Household.micro_grid_id), col(Household.address))
            .order_by(col(Household.id))
            .limit(5000)
        ).all()
    rng = random.Random(5)
    for household_id, micro, address in rng.sample(rows, 1000):
        service.save_household(HouseholdDraft(micro, address, [], "复核：人户一致", household_id))


def run(bench: Bench) -> dict[str, float]:
    figures = floors(bench.cache / "sync-floor")
    figures.update(_run(bench, tls=False))
    pull = figures["sync_initial_pull_records_per_s"]
    figures["sync_initial_pull_over_sqlcipher_floor"] = (
        pull / figures["sync_floor_sqlcipher_rows_per_s"]
    )
    figures.update({f"{k}_tls": v for k, v in _run(bench, tls=True).items()})
    return {k + bench.suffix: v for k, v in figures.items()}


def _run(bench: Bench, tls: bool) -> dict[str, float]:
    from tests.security.tls import Authority

    db_file = _server_db(bench)
    work = bench.cache / "sync-run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    server_file = work / "district.sqlite"
    shutil.copy(db_file, server_file)  # the pushes below must not change the cached copy
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    ca_bundle, extra, host = "", [], "127.0.0.1"
    if tls:
        ca = Authority(work / "ca")
        cert, key = ca.server_cert(["localhost", "127.0.0.1"])
        ca_bundle, host = str(ca.bundle), "localhost"
        extra = ["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]
    server = start_server(str(server_file), work / "blobs", extra=extra, host=host)
    try:
        store = bench.open(data_paths(work / "laptop"))
        clock = FixedClock(BENCH_NOW)
        client = SyncClient(store, TokenStore(), clock=clock, ca_bundle=ca_bundle)
        client.login(server.url, "bench-boss", PASSWORD)

        started = time.perf_counter()
        with _timed(SyncClient, "_reindex") as search_s:
            first = client.run_once(verify=False)
        pull_s = time.perf_counter() - started
        figures = {
            "sync_initial_pull_records": float(first.pulled),
            "sync_initial_pull_records_per_s": first.pulled / pull_s,
            "sync_bytes_per_record": first.bytes_received / max(first.pulled, 1),
            # of the pull's time, the part spent building the households' search rows (the
            # persisted FTS5 index): the rest is fetching and storing the records
            "sync_initial_pull_search_index_s": search_s[0],
            "sync_initial_pull_without_search_records_per_s": first.pulled
            / max(pull_s - search_s[0], 1e-3),
        }

        noop = []
        for _ in range(7):
            started = time.perf_counter()
            client.run_once(verify=False)
            noop.append((time.perf_counter() - started) * 1000)
        figures["sync_noop_ms"] = median(noop)

        edit_1000(store)
        started = time.perf_counter()
        pushed = client.run_once(verify=False)
        figures["sync_push_1000_ms"] = (time.perf_counter() - started) * 1000
        assert pushed.pushed == 1000, pushed
        client.close()
        store.close()
    finally:
        server.stop()
        keyring.set_keyring(previous)
    return figures
