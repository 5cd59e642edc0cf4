"""A kill -9 mid-write leaves a consistent store: each action is all there or not at all.

A writer process records households and residents through the real services, printing the
number of each action once its transaction has committed. The test kills it at many points,
then checks the file: SQLite's integrity check passes, every action the writer saw committed is
present field by field with its search row, outbox op and audit entry, and nothing half-written
exists. After each kill the next writer reopens the same store and carries on from there.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from gridwarden.db.engine import connect
from gridwarden.paths import data_paths
from gridwarden.store import open_store
from tests.conftest import present, store_key

WRITER = r"""
import sys
from gridwarden.paths import data_paths
from gridwarden.settings import Settings
from gridwarden.store import open_store
from gridwarden.security import keys
from gridwarden.services.register import RegisterService, HouseholdDraft, ResidentDraft
paths = data_paths(sys.argv[1])
store = open_store(paths, keys.unlock(paths.root, keys.TEST_PASSPHRASE))
service = RegisterService(store.context(Settings()))
i = int(sys.argv[2])
print("ready", flush=True)
while True:
    household = service.save_household(HouseholdDraft("m1", f"工农路{i}号")).primary_id
    print(f"household {i} {household}", flush=True)
    service.save_resident(ResidentDraft(household, f"居民{i}", phone=f"139{i:08d}"))
    print(f"resident {i}", flush=True)
    i += 1
"""

# Kill points after "ready", in seconds: early (mid-start), and spread over steady writing.
KILL_AFTER = (0.0, 0.05, 0.13, 0.21, 0.34, 0.55, 0.8, 1.1)


def seed_area(store_dir: Path) -> bytes:
    paths = data_paths(store_dir)
    key = store_key(paths.root)
    store = open_store(paths, key)
    with store.sessions() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO area (id, version, base_version, updated_at, updated_by, level,"
                " name, code) VALUES ('m1', 1, 1, '2026-01-01 00:00:00', 's', 'micro_grid',"
                " '微网格', '')"
            )
        )
    store.close()
    return key


def run_and_kill(store_dir: Path, start: int, delay: float) -> tuple[dict[int, str], set[int]]:
    """Start a writer at action number `start`, kill -9 it `delay` s after it is ready; return
    the households (number → id) and residents (numbers) it reported committed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_dir), str(start)],
        stdout=subprocess.PIPE,
        text=True,
    )
    stdout = present(proc.stdout)
    assert stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    households: dict[int, str] = {}
    residents: set[int] = set()
    for line in stdout.read().splitlines():
        kind, number, *rest = line.split()
        if kind == "household":
            households[int(number)] = rest[0]
        else:
            residents.add(int(number))
    return households, residents


def test_kill_minus_nine_at_many_points_loses_nothing_committed(tmp_path: Path) -> None:
    key = seed_area(tmp_path)
    committed: dict[int, str] = {}
    with_resident: set[int] = set()
    for delay in KILL_AFTER:
        households, residents = run_and_kill(tmp_path, len(committed) + 100, delay)
        committed.update(households)
        with_resident |= residents
        check_store(data_paths(tmp_path).store, key, committed, with_resident)
        # The next writer starts after the last household the store holds (one may have
        # committed after its "committed" line was lost with the kill).
        with connect(data_paths(tmp_path).store, key) as conn:
            held = conn.execute("SELECT count(*) FROM household").fetchone()[0]
        committed.update(extra_households(data_paths(tmp_path).store, key, committed))
        assert len(committed) == held
    assert len(committed) >= len(KILL_AFTER)  # the writers did real work between the kills


def extra_households(store: Path, key: bytes, known: dict[int, str]) -> dict[int, str]:
    """Households committed whose report the kill cut off: at most one per kill."""
    with connect(store, key) as conn:
        rows = conn.execute("SELECT id, address FROM household").fetchall()
    ids = set(known.values())
    extra = {int(address[3:-1]): hid for hid, address in rows if hid not in ids}
    assert len(extra) <= 1
    return extra


def check_store(
    store: Path, key: bytes, committed: dict[int, str], with_resident: set[int]
) -> None:
    with connect(store, key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        households = dict(conn.execute("SELECT id, address FROM household"))
        for number, hid in committed.items():
            assert households[hid] == f"工农路{number}号"
        residents = {
            name: (household_id, phone)
            for name, household_id, phone in conn.execute(
                "SELECT name, household_id, phone FROM resident"
            )
        }
        for number in with_resident:
            assert residents[f"居民{number}"] == (committed[number], f"139{number:08d}")
        # Nothing half-written: every resident belongs to a household that exists, and every
        # record has its search row, its outbox op and its audit entry (one transaction each).
        assert {hid for hid, _phone in residents.values()} <= set(households)
        search = dict(conn.execute("SELECT household_id, text FROM household_search"))
        assert set(search) == set(households)
        for hid, address in households.items():
            assert address.lower() in search[hid]
        for name, (hid, phone) in residents.items():
            assert name in search[hid] and phone in search[hid]
        ops = set(conn.execute("SELECT entity, record_id FROM outbox"))
        audits = set(conn.execute("SELECT entity, record_id FROM audit_log"))
        resident_ids = {row[0] for row in conn.execute("SELECT id FROM resident")}
        expected = {("household", hid) for hid in households} | {
            ("resident", rid) for rid in resident_ids
        }
        assert ops == expected
        assert audits == expected
