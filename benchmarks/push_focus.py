"""`python -m benchmarks.push_focus --runs 5 [--tls] [--profile-client F] [--profile-server F]`:
the push of 1,000 edits (the sync group's `sync_push_1000_ms`) measured again and again without
pulling 409,000 records each time.

The first run pulls the benchmark server database into a laptop store once and keeps both in
`<cache>/push-base`; every run then copies them, starts the real server on the copy, makes the
sync group's 1,000 household edits and times one `run_once(verify=False)`, beside the CPU time
of the server process and of this process (the machine is shared: CPU seconds swing less than
wall time). `--profile-client` writes a cProfile of the timed push; `--profile-server` records
the server process with py-spy (in .venv/bin) meanwhile.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import select
from sqlmodel import col

from benchmarks.common import BENCH_NOW, DEFAULT_CACHE, Bench, median
from benchmarks.sync_figures import PASSWORD, _server_db, edit_1000
from gridwarden.clock import FixedClock
from gridwarden.paths import data_paths
from gridwarden.server.db import upgrade
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.sync import local
from gridwarden.sync.client import SyncClient
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.memory_keyring import MemoryKeyring


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_source(bench: Bench) -> Path:
    """A server database of the benchmark store: any cached one (the server's schema is
    migrated on the copy), else the sync group's, built."""
    found = sorted(
        (
            p
            for p in bench.cache.glob(f"server-{bench.store_dir().name}-*")
            if (p / "ready").exists()
        ),
        key=lambda p: p.stat().st_mtime,
    )
    return found[-1] / "district.sqlite" if found else _server_db(bench)


def _start(folder: Path, tls: bool) -> ServerProcess:
    extra: list[str] = []
    host = "127.0.0.1"
    if tls:
        from tests.security.tls import Authority

        ca = Authority(folder / "ca")
        cert, key = ca.server_cert(["localhost", "127.0.0.1"])
        extra = ["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]
        host = "localhost"
        (folder / "ca-bundle").write_text(str(ca.bundle))
    return start_server(str(folder / "district.sqlite"), folder / "blobs", extra=extra, host=host)


def _client(laptop: Path, bench: Bench, server: ServerProcess, folder: Path) -> SyncClient:
    store = bench.open(data_paths(laptop))
    bundle = folder / "ca-bundle"
    client = SyncClient(
        store,
        TokenStore(),
        clock=FixedClock(BENCH_NOW),
        pull_limit=5000,
        ca_bundle=bundle.read_text() if bundle.exists() else "",
    )

    def same_server(session: Any) -> None:  # the port changes each run: not another server
        state = local.state(session)
        if state.server_url:
            state.server_url = server.url

    client._tx(same_server)
    client.login(server.url, "bench-boss", PASSWORD)
    return client


def base(bench: Bench) -> Path:
    """The server database and a laptop store that has pulled it, made once."""
    folder = bench.cache / "push-base"
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "server").mkdir(parents=True)
    source = _server_source(bench)
    shutil.copy(source, folder / "server" / "district.sqlite")
    upgrade(str(folder / "server" / "district.sqlite"))
    server = _start(folder / "server", tls=False)
    try:
        client = _client(folder / "laptop", bench, server, folder / "server")
        started = time.perf_counter()
        first = client.run_once(verify=False)
        print(f"pulled {first.pulled} in {time.perf_counter() - started:.0f}s", file=sys.stderr)
        client.store.close()
        client.close()
    finally:
        server.stop()
    (folder / "ready").write_text("ok\n")
    return folder


def in_process(work: Path, client: SyncClient, batch: int, profile: str) -> dict[str, float]:
    """The server's push handler called in this process on the run's server database (the
    server process stopped), with the outbox's ops in batches as the client sends them."""
    from gridwarden.protocol.messages import Op
    from gridwarden.server import push as server_push
    from gridwarden.server.auth import caller_of
    from gridwarden.server.db import Device, ServerDB, User

    ops = client._read(lambda s: local.outbox_batch(s, 100_000))
    ops = [Op.model_validate(local.op_body(op)) for op in ops]
    db = ServerDB.open(str(work / "server" / "district.sqlite"))
    with db.reader() as session:
        device = session.execute(select(Device).where(col(Device.id) == client.store.device_id))
        found = device.scalar_one_or_none()
        if found is None:  # another account's own device id (client._login)
            found = session.execute(select(Device)).scalars().all()[-1]
        caller = caller_of(session, found, session.get(User, found.user_id))  # type: ignore[arg-type]
    import gc

    gc.collect()
    gc.freeze()  # as the server does after its start (gridwarden.server.__main__)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    cpu = time.process_time()
    if profiler:
        profiler.enable()
    for start in range(0, len(ops), batch):
        with db.writer() as session:
            server_push.push(session, caller, ops[start : start + batch], audit_address="127.0.0.1")
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    wall = (time.perf_counter() - started) * 1000
    db.close()
    return {"server_inproc_ms": wall, "server_inproc_cpu_ms": (time.process_time() - cpu) * 1000}


def _spy(pid: int, out: str) -> subprocess.Popen[bytes]:
    """py-spy recording the server process (only what holds the GIL: waits are not work)."""
    py_spy = str(Path(sys.executable).parent / "py-spy")
    argv = [py_spy, "record", "--pid", str(pid), "--gil", "--rate", "500", "--format", "raw"]
    spy = subprocess.Popen([*argv, "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    return spy


class _GcClock:
    """Seconds this process spent in the cyclic garbage collector while it was on."""

    def __init__(self) -> None:
        self.spent = 0.0
        self.started = 0.0
        self.on = False

    def __call__(self, phase: str, _info: dict[str, Any]) -> None:
        if not self.on:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.spent += time.perf_counter() - self.started


def one_run(
    bench: Bench,
    tls: bool,
    profile_client: str,
    profile_server: str,
    inproc: str | None = None,
    fresh: bool = False,
) -> dict[str, float]:
    source = base(bench)
    work = bench.cache / "push-run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source / "server", work / "server")
    if not fresh:
        shutil.copytree(source / "laptop", work / "laptop")
    upgrade(str(work / "server" / "district.sqlite"))
    server = _start(work / "server", tls)
    gc_clock = _GcClock()
    import gc

    gc.callbacks.append(gc_clock)
    try:
        client = _client(work / "laptop", bench, server, work / "server")
        store = client.store
        if fresh:  # as the sync group does: the push in the process that made the first pull
            client.run_once(verify=False)
        noop = []
        for _ in range(5):
            started = time.perf_counter()
            client.run_once(verify=False)
            noop.append((time.perf_counter() - started) * 1000)
        edit_1000(store)
        if inproc is not None:
            server.stop()
            figures = in_process(work, client, 500, inproc)
            client.close()
            store.close()
            return figures
        pid = server.process.pid
        spy = _spy(pid, profile_server) if profile_server else None
        server_cpu = _cpu_s(pid)
        client_cpu = time.process_time()
        profiler = cProfile.Profile() if profile_client else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        gc_clock.on = True
        pushed = client.run_once(verify=False)
        gc_clock.on = False
        if profiler:
            profiler.disable()
        wall = (time.perf_counter() - started) * 1000
        client_cpu = (time.process_time() - client_cpu) * 1000
        server_cpu = (_cpu_s(pid) - server_cpu) * 1000
        if spy:
            spy.send_signal(2)
            spy.wait(30)
        if profiler:
            profiler.dump_stats(profile_client)
        assert pushed.pushed == 1000, pushed

        client.close()
        store.close()
    finally:
        server.stop()
        gc.callbacks.remove(gc_clock)
    return {
        "client_gc_ms": gc_clock.spent * 1000,
        "push_1000_ms": wall,
        "client_cpu_ms": client_cpu,
        "server_cpu_ms": server_cpu,
        "noop_ms": median(noop),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.push_focus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tls", action="store_true")
    parser.add_argument("--profile-client", default="", help="cProfile output of the push")
    parser.add_argument("--profile-server", default="", help="py-spy raw output (server)")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="pull into a new laptop store in this process first (as the sync group does)",
    )
    parser.add_argument(
        "--inproc",
        nargs="?",
        const="",
        default=None,
        help="time the server's push handler in this process instead (cProfile to the file)",
    )
    parser.add_argument(
        "--cache", default=os.environ.get("GRIDWARDEN_BENCH_CACHE", str(DEFAULT_CACHE))
    )
    args = parser.parse_args(argv)
    bench = Bench(Path(args.cache), 100_000)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        results = []
        for _ in range(args.runs):
            figures = one_run(
                bench, args.tls, args.profile_client, args.profile_server, args.inproc, args.fresh
            )
            print(json.dumps({k: round(v, 1) for k, v in figures.items()}), flush=True)
            results.append(figures)
    finally:
        keyring.set_keyring(previous)
    summary = {k: round(median([r[k] for r in results]), 1) for k in results[0]}
    print("median", json.dumps(summary), os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
