"""What encryption costs (issue 10): the same store built plaintext and SQLCipher, side by side —
file size, opening, search (SQL path), visit save — and the passphrase's key derivation.

`python -m benchmarks --only encryption --households 20000 --out out/encryption.json`
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import Bench, median, p95
from benchmarks.register_figures import query_mix, visit_save_figures
from gridwarden.models import Household
from gridwarden.queries import households as hq
from gridwarden.security import keys


def _store_mb(bench: Bench) -> float:
    """The store's size after a checkpoint (the WAL folded in)."""
    store = bench.open(bench.big_store())
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    root = bench.big_store().root
    return sum(p.stat().st_size for p in root.glob("gridwarden.sqlite*")) / 1_000_000


def _open_ms(bench: Bench) -> float:
    """Open the store (key, engine, migration check) and read the first page's count."""
    paths = bench.big_store()
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        store = bench.open(paths)
        with store.sessions() as session:
            session.execute(select(func.count()).select_from(Household)).scalar_one()
        runs.append((time.perf_counter() - started) * 1000)
        store.close()
    return median(runs)


def _search(bench: Bench, queries: list[str]) -> tuple[float, float]:
    store = bench.open(bench.big_store())
    times = []
    for text in queries:
        flt = hq.HouseholdFilter(text=text)
        started = time.perf_counter()
        with store.sessions() as session:
            hq.rows(session, hq.search_ids(session, flt)[:100])
        times.append((time.perf_counter() - started) * 1000)
    store.close()
    return p95(times), median(times)


def _today_ms(bench: Bench) -> float:
    """The warden's Today lists (care due, follow-ups, events near their deadline)."""
    from datetime import date

    from gridwarden.queries import today as tq

    store = bench.open(bench.big_store())
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        with store.sessions() as session:
            tq.care_due(session, date(2026, 11, 29))
            tq.follow_ups_due(session, date(2026, 11, 29))
            tq.events_near_deadline(session, date(2026, 11, 29), 1)
        runs.append((time.perf_counter() - started) * 1000)
    store.close()
    return median(runs)


def _plain_twin(bench: Bench) -> None:
    """The plaintext store made by decrypting the cached SQLCipher one (a copy, not a second
    build of a 100k store), when only that one exists."""
    encrypted = replace(bench, encrypted=True)
    enc_root = encrypted.store_dir()
    target = replace(bench, encrypted=False).store_dir()
    if (target / "ready").exists() or not (enc_root / "ready").exists():
        return
    import shutil

    import sqlcipher3

    from gridwarden.db.engine import cipher_settings, raw_key

    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    key = encrypted.key(encrypted.big_store())  # cached: not built again
    assert key is not None
    conn = sqlcipher3.connect(str(enc_root / "gridwarden.sqlite"))
    conn.execute(f'PRAGMA key = "{raw_key(key)}"')
    cipher_settings(conn)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target / "gridwarden.sqlite"),))
    conn.execute("SELECT sqlcipher_export('plain')")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA plain.user_version = {int(version)}")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    (target / "ready").write_text("decrypted copy\n")


def _unlock_ms() -> float:
    """The real scrypt cost (n=2^17, r=8): paid once per sign-in and per unlock."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        keys.create(root, "benchmark passphrase")
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            keys.unlock(root, "benchmark passphrase")
            runs.append((time.perf_counter() - started) * 1000)
    return median(runs)


def run(bench: Bench) -> dict[str, float]:
    figures: dict[str, float] = {}
    plain = replace(bench, encrypted=False)
    _plain_twin(bench)
    queries = query_mix(plain)
    for label, variant in (("plain", plain), ("sqlcipher", replace(bench, encrypted=True))):
        figures[f"store_mb_{label}"] = _store_mb(variant)
        figures[f"store_open_ms_{label}"] = _open_ms(variant)
        figures[f"today_queries_ms_{label}"] = _today_ms(variant)
        figures[f"search_sql_p95_ms_{label}"], figures[f"search_sql_median_ms_{label}"] = _search(
            variant, queries
        )
        saves = visit_save_figures(variant)
        figures[f"visit_save_p95_ms_{label}"] = saves["visit_save_p95_ms"]
        figures[f"visit_save_median_ms_{label}"] = saves["visit_save_median_ms"]
    figures["unlock_scrypt_ms"] = _unlock_ms()
    return figures
