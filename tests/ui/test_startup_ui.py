"""Start-up: the cyclic garbage collector is paused from `main` until the first page has loaded
(ui.app.settle_heap), then runs again with the start-up's objects out of its sight."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridwarden.paths import data_paths
from gridwarden.security import keys
from gridwarden.settings import Settings
from gridwarden.store import open_store
from tests.conftest import present
from ui.app import Bootstrap
from ui.tasks import Dispatcher


def test_the_collector_runs_again_once_the_first_page_has_loaded(
    qtbot: QtBot, tmp_path: Path, dispatcher: Dispatcher
) -> None:
    paths = data_paths(tmp_path / "data")
    open_store(paths, keys.create(paths.root, "口令很长的一句话", cost=keys.CHEAP_COST)).close()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    gc.unfreeze()  # what an earlier test froze (search's pinyin dictionary) is not counted
    gc.disable()  # as main() does before the first window
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
