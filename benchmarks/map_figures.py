"""The grid map (一张图) at street scale (100k households): its data query on a reader, and the
page opening until the map is drawn (query + scene of ~2,000 micro-grids, ~9,000 buildings, the
care targets and events), in-process; plus the page's statistics query and the round list."""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import BENCH_NOW, Bench, median
from gridwarden.clock import FixedClock
from gridwarden.queries import event_stats
from gridwarden.queries import map as mq
from gridwarden.queries import rounds as rq
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.settings import Settings


def query_figures(bench: Bench) -> dict[str, float]:
    store = bench.open(bench.big_store())
    today = FixedClock(BENCH_NOW).today()
    calendar = WorkCalendar()
    map_ms, stats_ms, round_ms = [], [], []
    with store.sessions() as session:
        campaign = rq.campaigns(session, today)[0].id
        for _ in range(3):
            started = time.perf_counter()
            data = mq.map_data(session, today, campaign)
            map_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            event_stats.statistics(session, None, today, today, calendar)
            stats_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            rq.grouped(rq.due_stops(session, today))
            round_ms.append((time.perf_counter() - started) * 1000)
    store.close()
    return {
        "map_query_ms_100k": median(map_ms),
        "map_boundaries_100k": float(len(data.boundaries)),
        "map_buildings_100k": float(len(data.buildings)),
        "map_points_100k": float(len(data.care) + len(data.events)),
        "event_statistics_all_ms_100k": median(stats_ms),
        "round_due_list_ms_100k": median(round_ms),
    }


def page_figures(bench: Bench) -> dict[str, float]:
    """From switching to the map page until its scene is drawn."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from ui.bootstrap import build_app_context
    from ui.main_window import MainWindow
    from ui.tasks import Dispatcher

    qapp: Any = QApplication.instance() or QApplication([])
    store = bench.open(bench.big_store())
    dispatcher = Dispatcher()
    app = build_app_context(store, Settings(), FixedClock(BENCH_NOW), dispatcher)
    runs, items = [], 0
    for _ in range(3):
        window = MainWindow(app, "today")
        window.resize(1366, 768)
        window.show()
        dispatcher.wait_idle()
        timer = QElapsedTimer()
        timer.start()
        window.show_page("map")
        page: Any = window.page("map")
        while page.loads == 0:
            QCoreApplication.processEvents()
        qapp.processEvents()  # the first paint of the drawn scene
        runs.append(float(timer.elapsed()))
        items = len(page.scene.items())
        dispatcher.wait_idle()
        window.close()
        window.deleteLater()
        qapp.processEvents()
    dispatcher.shutdown()
    store.close()
    return {"map_page_open_ms_100k": median(runs), "map_scene_items_100k": float(items)}


def run(bench: Bench) -> dict[str, float]:
    figures: dict[str, float] = {}
    for group in (query_figures, page_figures):
        figures.update(group(bench))
    return figures
