"""Start-up: the cyclic garbage collector is paused from `main` until the first page has loaded
(ui.app.settle_heap), then runs again with the start-up's objects out of its sight."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridwarden.paths import data_paths
from gridwarden.security import keys
from gridwarden.settings import Settings
from gridwarden.store import open_store
from tests.conftest import present
from ui.app import Bootstrap, pause_collector
from ui.tasks import Dispatcher


def test_the_collector_runs_again_once_the_first_page_has_loaded(
    qtbot: QtBot, tmp_path: Path, dispatcher: Dispatcher
) -> None:
    paths = data_paths(tmp_path / "data")
    open_store(paths, keys.create(paths.root, "口令很长的一句话", cost=keys.CHEAP_COST)).close()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    gc.unfreeze()  # what an earlier test froze (search's pinyin dictionary) is not counted
    pause_collector()  # as main() does before the first window
    try:
        boot = Bootstrap(qapp, paths, Settings(), argparse.Namespace(page="today"), dispatcher)
        boot.start()
        sign_in = present(boot.sign_in)
        sign_in.passphrase.setText("口令很长的一句话")
        sign_in.ok.click()
        qtbot.waitUntil(lambda: boot.window is not None, timeout=20_000)
        window = present(boot.window)
        qtbot.addWidget(window)
        qtbot.waitUntil(gc.isenabled, timeout=20_000)
        # the modules, the mappers and the window now sit where full collections do not walk
        assert gc.get_freeze_count() > 100_000
        assert window.current_page_name() == "today"
        assert window.today.summary.text().startswith(window.app.clock.today().isoformat())
    finally:  # as a start leaves it (and search's pinyin dictionary frozen again, as it was)
        gc.enable()
        gc.freeze()
    dispatcher.wait_idle()
    window.app.sync.shutdown()
    window.app.store.close()


def test_seeding_the_demo_runs_with_the_collector_on(
    qtbot: QtBot, tmp_path: Path, dispatcher: Dispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long work before the window (seeding, converting, migrating) allocates millions of
    objects: it runs with the collector on; the first page's load still settles the heap."""
    from gridwarden.demo import generator

    seen: list[bool] = []
    real_seed = generator.seed

    def seed(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_seed(*args, **kwargs)

    monkeypatch.setattr(generator, "seed", seed)
    paths = data_paths(tmp_path / "demo")
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    args = argparse.Namespace(page="today", demo=True, demo_households=20, screenshot=None)
    gc.unfreeze()  # what an earlier test froze is not counted
    pause_collector()
    try:
        boot = Bootstrap(qapp, paths, Settings(), args, dispatcher)
        boot.start()
        sign_in = present(boot.sign_in)
        sign_in.passphrase.setText(sign_in.passphrase.text() or "演示口令很长的一句话")
        if sign_in.create_mode:
            sign_in.again.setText(sign_in.passphrase.text())
        sign_in.ok.click()
        qtbot.waitUntil(lambda: boot.window is not None, timeout=60_000)
        window = present(boot.window)
        qtbot.addWidget(window)
        qtbot.waitUntil(gc.isenabled, timeout=20_000)
        assert seen == [True]
        assert gc.get_freeze_count() > 100_000  # settled after the seeding as after any start
    finally:
        gc.enable()
        gc.freeze()
    dispatcher.wait_idle()
    window.app.sync.shutdown()
    window.app.store.close()
