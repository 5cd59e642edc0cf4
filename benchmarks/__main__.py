"""`python -m benchmarks --out FILE.json [--households N] [--only GROUP]`.

`--only encryption` compares a plaintext and a SQLCipher store of the same size."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    encryption_figures,
    map_figures,
    register_figures,
    sync_figures,
    targets,
)
from benchmarks.common import DEFAULT_CACHE, Bench

GROUPS: dict[str, Callable[[Bench], dict[str, float]]] = {
    "register": register_figures.run,
    "sync": sync_figures.run,
    "map": map_figures.run,
    # not in the default run: it builds the store twice (plaintext and SQLCipher)
    "encryption": encryption_figures.run,
    # not in the default run: PostgreSQL, two servers and locust (the `bench` extra)
    "load": lambda _bench: _load([100, 1000]),
}


def _load(devices: list[int]) -> dict[str, float]:
    from benchmarks import load

    return load.run(devices, load.Plan())


DEFAULT = ["register", "sync"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--out", required=True, help="JSON file for the figures")
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--only", choices=sorted(GROUPS), action="append")
    parser.add_argument(
        "--cache",
        default=os.environ.get("GRIDWARDEN_BENCH_CACHE", str(DEFAULT_CACHE)),
        help="where generated stores are kept between runs (outside the repository)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench = Bench(Path(args.cache), args.households)
    bench.cache.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    for name in args.only or DEFAULT:
        started = time.perf_counter()
        figures.update(GROUPS[name](bench))
        print(f"{name}: {time.perf_counter() - started:.0f}s", file=sys.stderr)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    rounded = {k: round(v, 2) for k, v in figures.items()}
    out.write_text(json.dumps(rounded, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(rounded, indent=2, ensure_ascii=False))
    lines, missed = targets.summary(figures)
    print("\ntargets (issue 15):", file=sys.stderr)
    for line in lines:
        print("  " + line, file=sys.stderr)
    print(f"{len(lines) - missed} of {len(lines)} targets met", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
