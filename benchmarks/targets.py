"""The targets of issue 15 (and the figures they read), checked by the runner's summary.

Timings are taken on a shared 2-core machine: each target is checked against the figure itself,
and where a floor was measured in the same run (a bare window, a bare FTS5 match) the ratio to
it is printed beside, so a noisy run can be told from a regression. Unit tests assert no
timings; this summary is where the targets live."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    figure: str
    limit: float
    at_least: bool = False  # a rate: the figure must reach the limit
    floor: str = ""  # the same run's floor figure, printed as a ratio

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit


TARGETS = [
    Target("startup_to_first_window_ms_100k", 500, floor="startup_floor_bare_window_ms"),
    Target("startup_to_window_ms_100k", 500, floor="startup_floor_bare_window_ms"),
    Target("startup_today_loaded_ms_100k", 800, floor="startup_floor_bare_window_ms"),
    Target("today_queries_ms_100k", 800),
    Target("search_p95_ms", 10, floor="search_floor_fts5_p95_ms"),
    Target("household_list_open_ms", 80),
    Target("rss_mb_100k", 180),
    Target(
        "sync_initial_pull_records_per_s",
        50_000,
        at_least=True,
        floor="sync_floor_sqlcipher_rows_per_s",
    ),
    Target("sync_push_1000_ms", 500),
    Target("sync_noop_ms", 20),
    Target("sync_bytes_per_record", 64),
    # the 1,000,000-resident store (250,000 households)
    Target("startup_to_first_window_ms_1m", 800, floor="startup_floor_bare_window_ms"),
    Target("startup_to_window_ms_1m", 800, floor="startup_floor_bare_window_ms"),
    Target("search_p95_ms_1m", 20, floor="search_floor_fts5_p95_ms_1m"),
    Target("household_list_open_ms_1m", 150),
    Target("rss_mb_1m", 300),
    Target(
        "sync_initial_pull_records_per_s_1m",
        50_000,
        at_least=True,
        floor="sync_floor_sqlcipher_rows_per_s_1m",
    ),
    # the server under load (benchmarks.load): 1,000 devices syncing every 5 minutes are 100
    # simulated devices syncing every 30 s (time compressed tenfold)
    Target("load_100_push_p95_ms", 500),
]


def summary(figures: dict[str, float]) -> tuple[list[str], int]:
    """Lines for the figures present (a run of some groups checks their targets only) and how
    many targets were missed."""
    lines, missed = [], 0
    for target in TARGETS:
        if target.figure not in figures:
            continue
        value = figures[target.figure]
        ok = target.met(value)
        missed += not ok
        sign = "≥" if target.at_least else "≤"
        ratio = ""
        if target.floor in figures and figures[target.floor] > 0:
            ratio = (
                f"  ({value / figures[target.floor]:.1f}× the floor {figures[target.floor]:.1f})"
            )
        verdict = "ok  " if ok else "MISS"
        lines.append(
            f"{verdict} {target.figure} = {value:,.1f} (target {sign} {target.limit:,}){ratio}"
        )
    return lines, missed
