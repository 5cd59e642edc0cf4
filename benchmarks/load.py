"""Server load test: `python -m benchmarks.load --devices 100 1000 [--servers 2] --out F.json`.

The real server (`python -m gridwarden.server`, several processes on their own ports: stateless,
as behind a load balancer) on a private PostgreSQL cluster; a district of GRIDS grids with
their wardens and households; locust (headless) simulating field devices (benchmarks/
locustfile.py): each logs in once, pulls its scope, then every INTERVAL seconds pushes ~10 visits
and pulls. Time is compressed: INTERVAL=30 s is ten times the 5-minute rhythm of a laptop, so
N simulated devices load the server like 10·N real ones (`load_<n>_equivalent_devices`).

Figures per device count n: syncs/s and applied ops/s (steady state, after every device has
logged in and pulled), and p50/p95/p99 of push and pull; the initial pull's p95."""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT
from gridwarden.protocol.messages import Op
from gridwarden.protocol.registry import EVERYTHING
from gridwarden.server import admin
from gridwarden.server.auth import Caller, new_token, token_hash
from gridwarden.server.db import Device, ServerDB, prepare, upgrade
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.server.push import push

PASSWORD = "load-test-pass-1"
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def seed_district(db: ServerDB, grids: int, households_per_micro: int) -> list[str]:
    """Areas and households through the server's own push path; one warden per grid."""
    stamp = {"updated_at": NOW.isoformat(), "updated_by": "seed@server", "deleted_at": None}
    rows: list[tuple[str, str, dict[str, Any]]] = []

    def area(level: str, name: str, parent: str | None) -> str:
        area_id = str(uuid.uuid4())
        rows.append(
            ("area", area_id, {"level": level, "name": name, "code": "", "parent_id": parent})
        )
        return area_id

    district = area("district", "崇川区", None)
    street = area("street", "和平桥街道", district)
    community = area("community", "桃坞社区", street)
    grid_ids = []
    for g in range(grids):
        grid = area("grid", f"第{g + 1}网格", community)
        grid_ids.append(grid)
        for m in range(2):
            micro = area("micro_grid", f"第{g + 1}-{m + 1}微网格", grid)
            for h in range(households_per_micro):
                rows.append(
                    (
                        "household",
                        str(uuid.uuid4()),
                        {
                            "micro_grid_id": micro,
                            "address": f"桃坞路{g + 1}号{m + 1}幢{h + 1}室",
                            "tags": [],
                            "notes": "",
                            "lon": None,
                            "lat": None,
                        },
                    )
                )
    seeder = Caller("seed", "seed", "supervisor", "seed", frozenset({EVERYTHING}))
    for start in range(0, len(rows), 500):
        ops = [
            Op(
                op_id=str(uuid.uuid4()),
                entity=e,
                id=i,
                kind="upsert",
                base_version=0,
                payload={**p, **stamp},
            )
            for e, i, p in rows[start : start + 500]
        ]
        with db.writer() as session:
            answers = push(session, seeder, ops)
        assert {a.status for a in answers.answers} == {"applied"}, answers.answers[:3]
    users = []
    for g, grid in enumerate(grid_ids):
        user_id = f"warden-{g + 1}"
        admin.create_user(db, user_id, f"网格员{g + 1}", "warden", PASSWORD)
        admin.assign(db, user_id, "grid", grid)
        users.append(user_id)
    return users


def issue_devices(db: ServerDB, users: list[str], devices: int, folder: Path) -> Path:
    """Devices that logged in before the run (`--logged-in`): a token for each, issued as the
    login endpoint does (only its sha256 kept) and handed to locust in a file. Real devices log
    in once and keep their token for months: the steady state of thousands of them has no
    login storm (one scrypt each, on purpose) in it."""
    lines = []
    with db.writer() as session, session.begin():
        for number in range(devices):
            user_id, device_id, token = users[number % len(users)], str(uuid.uuid4()), new_token()
            session.add(
                Device(
                    id=device_id,
                    user_id=user_id,
                    name=f"load-{number}",
                    token_hash=token_hash(token),
                    created_at=NOW,
                )
            )
            lines.append(f"{user_id},{device_id},{token}")
    path = folder / f"tokens-{devices}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stats(prefix: Path) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found[row["Name"]] = {
                "count": float(row["Request Count"]),
                "failures": float(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"]),
                "p95": float(row["95%"]),
                "p99": float(row["99%"]),
            }
    return found


@dataclass(frozen=True)
class Plan:
    """What every device count of one run shares."""

    servers: int = 2
    interval: float = 30.0
    duration: float = 60.0
    grids: int = 20
    households_per_micro: int = 50
    logged_in: bool = False


def run_one(base_url: str, devices: int, plan: Plan, work: Path) -> dict[str, float]:
    from tests.sync import pg

    db_url = pg.fresh_database(base_url)
    upgrade(db_url)  # once, before the servers start (they would race to migrate)
    db = ServerDB.open(db_url)
    prepare(db)
    users = seed_district(db, plan.grids, plan.households_per_micro)
    tokens = issue_devices(db, users, devices, work) if plan.logged_in else None
    running: list[ServerProcess] = []
    try:
        for n in range(plan.servers):
            running.append(
                start_server(
                    db_url,
                    work / f"blobs-{devices}",
                    extra=["--log-level", "warning"] if n else [],
                )
            )
        prefix = work / f"locust-{devices}"
        spawn_rate = min(50.0, max(10.0, devices / 20))
        # every device logs in (one scrypt each) and pulls before the measured steady state
        spawn_s = devices / spawn_rate
        env = {
            **os.environ,
            "GW_LOAD_SERVERS": ",".join(s.url for s in running),
            "GW_LOAD_USERS": ",".join(users),
            "GW_LOAD_PASSWORD": PASSWORD,
            "GW_LOAD_INTERVAL": str(plan.interval),
            "GW_LOAD_TOKENS": str(tokens or ""),
        }
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(ROOT / "benchmarks" / "locustfile.py"),
                "--headless",
                "--users",
                str(devices),
                "--spawn-rate",
                str(spawn_rate),
                "--run-time",
                f"{int(spawn_s + plan.duration)}s",
                "--reset-stats",  # the figures are the steady state after every login
                "--csv",
                str(prefix),
                "--only-summary",
                "--stop-timeout",
                "10",
                "--loglevel",
                "WARNING",
            ],
            env=env,
            check=False,
            cwd=ROOT,
        )
        wall = time.perf_counter() - started
        stats = _stats(prefix)
    finally:
        for n, server in enumerate(running):
            server.stop()
            (work / f"server-{devices}-{n}.log").write_text("\n".join(server.log))
            errors = [line for line in server.log if "Error" in line or "error" in line]
            if errors:
                print(f"server {n}: {len(errors)} error lines, e.g. {errors[-3:]}", file=sys.stderr)
        db.close()
    push_stats, pull_stats = stats.get("push", {}), stats.get("pull", {})
    initial = stats.get("initial pull", {})
    figures = {
        "devices": float(devices),
        "servers": float(plan.servers),
        "interval_s": plan.interval,
        "equivalent_devices": devices * 300 / plan.interval,
        "logged_in_before": float(plan.logged_in),
        "syncs_per_s": push_stats.get("rps", 0.0),
        "applied_ops_per_s": push_stats.get("rps", 0.0) * 10,
        "push_p50_ms": push_stats.get("p50", 0.0),
        "push_p95_ms": push_stats.get("p95", 0.0),
        "push_p99_ms": push_stats.get("p99", 0.0),
        "push_failures": push_stats.get("failures", 0.0),
        "pull_p50_ms": pull_stats.get("p50", 0.0),
        "pull_p95_ms": pull_stats.get("p95", 0.0),
        "pull_p99_ms": pull_stats.get("p99", 0.0),
        "pull_failures": pull_stats.get("failures", 0.0),
        "initial_pull_p95_ms": initial.get("p95", 0.0),
        "wall_s": wall,
    }
    return {f"load_{devices}_{k}": v for k, v in figures.items()}


def run(devices: list[int], plan: Plan, keep: str | None = None) -> dict[str, float]:
    from tests.sync import pg

    figures: dict[str, float] = {}
    with pg.cluster() as base_url, tempfile.TemporaryDirectory(prefix="gw-load-") as folder:
        if keep:
            folder = keep
            Path(keep).mkdir(parents=True, exist_ok=True)
        for n in devices:
            figures.update(run_one(base_url, n, plan, Path(folder)))
            print(json.dumps({k: round(v, 1) for k, v in figures.items() if f"_{n}_" in k}))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load")
    parser.add_argument("--devices", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--servers", type=int, default=2, help="server processes on one database")
    parser.add_argument("--interval", type=float, default=30.0, help="seconds between syncs")
    parser.add_argument("--duration", type=float, default=60.0, help="measured seconds")
    parser.add_argument("--grids", type=int, default=20)
    parser.add_argument("--keep", help="folder for the server logs and locust's CSV files")
    parser.add_argument(
        "--logged-in",
        action="store_true",
        help="devices hold tokens from an earlier login (no login storm in the run)",
    )
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    plan = Plan(
        servers=args.servers,
        interval=args.interval,
        duration=args.duration,
        grids=args.grids,
        logged_in=args.logged_in,
    )
    figures = run(args.devices, plan, keep=args.keep)
    rounded = {k: round(v, 2) for k, v in figures.items()}
    Path(args.out).write_text(json.dumps(rounded, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(rounded, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
