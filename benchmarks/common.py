"""Shared pieces: the cached benchmark-scale store, percentiles, timing the real program."""

from __future__ import annotations

import compileall
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gridwarden.clock import FixedClock
from gridwarden.demo.generator import DemoSize, seed
from gridwarden.paths import DataPaths, data_paths
from gridwarden.security import keys
from gridwarden.settings import Settings
from gridwarden.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
BENCH_NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
# Generated stores take minutes (100k) to most of an hour (1M): kept outside the repository and
# shared by every checkout of it.
DEFAULT_CACHE = Path.home() / ".cache" / "gridwarden-bench"


@dataclass
class Bench:
    cache: Path
    households: int
    visits_per_household: float = 5.0
    # The app's store is SQLCipher; False builds the plaintext baseline the encryption figures
    # compare with (only in-process figures: the app itself converts a plaintext store).
    encrypted: bool = True

    @property
    def label(self) -> str:
        """The size in figure names: 100k, 1m (250,000 households ≈ a million residents)."""
        if self.households >= 250_000 and self.households % 250_000 == 0:
            return f"{self.households // 250_000}m"
        return f"{self.households // 1000}k"

    @property
    def suffix(self) -> str:
        """Figure-name suffix: none at the default 100k (the issue's names), "_1m" beyond."""
        return "" if self.households == 100_000 else f"_{self.label}"

    def key(self, paths: DataPaths) -> bytes | None:
        """The store's data key (the test passphrase, cheap scrypt: key derivation is timed
        separately as `unlock_ms`)."""
        if not self.encrypted:
            return None
        return keys.unlock_or_create(paths.root, keys.TEST_PASSPHRASE, cost=keys.CHEAP_COST)

    def open(self, paths: DataPaths) -> Store:
        return open_store(paths, self.key(paths))

    def store_dir(self) -> Path:
        """Where the benchmark-scale store is cached (built or not). Keyed on the generator
        only: a cached store is migrated forward on open like a user's store, so a new index or
        column does not regenerate a million residents."""
        digest = hashlib.sha256()
        for path in sorted((ROOT / "gridwarden/demo").glob("*.py")):
            digest.update(path.read_bytes())
        mode = "" if self.encrypted else "plain-"
        return self.cache / f"store-{mode}{self.households}-{digest.hexdigest()[:12]}"

    def big_store(self) -> DataPaths:
        """A store at benchmark scale, generated once and reused while the schema and the
        generator are unchanged (their sources are hashed into the folder name)."""
        target = self.store_dir()
        if (target / "ready").exists():
            return data_paths(target)
        shutil.rmtree(target, ignore_errors=True)
        paths = data_paths(target)
        store = self.open(paths)
        started = time.perf_counter()
        print(f"building a {self.households:,}-household store in {target} …", file=sys.stderr)
        seed(
            store.sessions,
            FixedClock(BENCH_NOW),
            Settings(),
            DemoSize(self.households, self.visits_per_household, self.households // 50),
        )
        store.close()
        (target / "ready").write_text(f"{time.perf_counter() - started:.0f}s\n")
        return paths

    def scratch_copy(self, paths: DataPaths, name: str) -> DataPaths:
        """A throw-away copy for benchmarks that write."""
        target = self.cache / name
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        from contextlib import closing

        from gridwarden.db.engine import connect

        key = self.key(paths)
        if key is not None:
            shutil.copy2(keys.key_path(paths.root), keys.key_path(target))
        with (
            closing(connect(paths.store, key)) as source,
            closing(connect(target / paths.store.name, key)) as copy,
        ):
            source.backup(copy)
        return data_paths(target)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass(frozen=True)
class Startup:
    window_ms: float  # from spawning the process until its window has painted
    loaded_ms: float  # … until the first page's data has arrived
    rss_mb: float  # resident memory at that moment


def compile_app() -> None:
    """Byte-compile the app's modules, as an installed app has them (pip compiles what it
    installs; the PyInstaller build bundles bytecode). In a working tree run with
    PYTHONDONTWRITEBYTECODE=1 (this machine's shell sets it), every module changed since its
    last .pyc would otherwise be compiled again at each start: ~65 ms of a start-up measured
    with eleven such modules."""
    root = Path(__file__).resolve().parent.parent
    for package in ("gridwarden", "ui"):
        compileall.compile_dir(root / package, quiet=1)


def _env(passphrase: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GRIDWARDEN_STARTUP_MARK": "1",
        "GRIDWARDEN_NO_CRASH_DIALOG": "1",
    }
    env.pop("GRIDWARDEN_PASSPHRASE", None)
    if passphrase:
        env["GRIDWARDEN_PASSPHRASE"] = keys.TEST_PASSPHRASE  # the sign-in screen, answered
    return env


def first_window_ms(data_dir: Path, timeout: float = 120.0) -> tuple[float, float]:
    """From spawning the program until its first window (the sign-in screen) has painted and
    takes the passphrase; and its resident memory then."""
    return _until(
        [sys.executable, "-m", "gridwarden", "--data-dir", str(data_dir)],
        "GRIDWARDEN_SIGN_IN_SHOWN",
        _env(passphrase=False),
        timeout,
    )


def floor_window_ms(timeout: float = 60.0) -> tuple[float, float]:
    """The floor: a bare PySide6 main window of the same size, painted (same machine, same run)."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1440, 900); w.show()\n"
        "app.processEvents(); print('GRIDWARDEN_FLOOR_SHOWN', flush=True); sys.stdin.read()\n"
    )
    return _until([sys.executable, "-c", script], "GRIDWARDEN_FLOOR_SHOWN", _env(False), timeout)


def _until(argv: list[str], mark: str, env: dict[str, str], timeout: float) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        while time.perf_counter() < started + timeout:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{argv[1]} exited before {mark}")
            if line.startswith(mark):
                return (time.perf_counter() - started) * 1000, _rss_mb(proc.pid)
        raise TimeoutError(f"no {mark} within the timeout")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def start_app(data_dir: Path, page: str, timeout: float = 120.0) -> Startup:
    """Start the real program (the passphrase given by the environment, as automation does),
    wait for its main window and its first page; then stop it."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gridwarden", "--data-dir", str(data_dir), "--page", page],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(passphrase=True),
    )
    marks: dict[str, float] = {}
    try:
        assert proc.stdout is not None
        while time.perf_counter() < started + timeout:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError("the app exited before showing its window")
            if line.startswith("GRIDWARDEN_"):
                marks[line.split()[0]] = (time.perf_counter() - started) * 1000
            if "GRIDWARDEN_PAGE_LOADED" in marks:
                return Startup(
                    marks["GRIDWARDEN_WINDOW_SHOWN"],
                    marks["GRIDWARDEN_PAGE_LOADED"],
                    _rss_mb(proc.pid),
                )
        raise TimeoutError("no window within the timeout")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
