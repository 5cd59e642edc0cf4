"""The main window's frame (issue 15): shown as soon as the passphrase has unwrapped the key,
while the data stack is imported and the store opens; the app is attached to the same window
when the store is open, and what the user chose meanwhile is what they get."""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridwarden.paths import data_paths
from gridwarden.security import keys
from gridwarden.settings import Settings
from gridwarden.store import open_store
from tests.conftest import present
from tests.ui.conftest import idle
from ui.app import Bootstrap
from ui.app_context import AppContext
from ui.main_window import MainWindow
from ui.tasks import Dispatcher


def test_the_frame_module_imports_no_data_stack() -> None:
    """The frame is shown before SQLAlchemy, SQLModel and the models are imported: the main
    window's module (and what it imports at the top) must not pull them in."""
    code = (
        "import sys, ui.app, ui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlalchemy', 'sqlmodel', 'pydantic') or m.startswith('gridwarden.models'))\n"
        "print(heavy)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert found.stdout.strip() == "[]"


def test_the_frame_waits_for_the_store_then_shows_the_page_chosen_meanwhile(
    qtbot: QtBot, app: AppContext
) -> None:
    frame = MainWindow(None, "today", settings=app.settings)
    qtbot.addWidget(frame)
    frame.show()
    titles = [frame.nav.item(r).text() for r in range(frame.nav.count())]
    assert titles[:2] == ["今日", "实有人口"]
    assert frame.statusBar().currentMessage() == "正在打开本地数据…"
    menus = {a.objectName(): a.isEnabled() for a in frame.findChildren(QAction) if a.objectName()}
    assert menus["lockAction"] is False and menus["exportsAction"] is False
    assert not frame.attached and frame.page_names()[0] == "today"
    frame.nav.setCurrentRow(frame.page_names().index("households"))  # a click while it opens
    assert "households" not in frame._built  # nothing is built without the store
    frame.close()  # closing the frame saves nothing (no store to save to) and does not fail

    window = MainWindow(None, "today", settings=app.settings)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_names().index("households"))
    window.attach(app)
    idle(qtbot, app)
    assert window.attached and window.current_page_name() == "households"
    assert window.stack.currentWidget() is window.households
    assert "today" not in window._built  # the page the user left was never built
    assert window.statusBar().currentMessage() == ""
    assert window.findChild(QAction, "lockAction").isEnabled()  # type: ignore[union-attr]
    assert window.user_label.text()  # the status bar says who is working


def test_a_frame_needs_the_settings_or_the_app() -> None:
    with pytest.raises(AssertionError):
        MainWindow(None, "today")
    MainWindow(None, "today", settings=Settings()).deleteLater()


def test_the_frame_shows_while_the_store_opens_and_a_wrong_passphrase_shows_none(
    qtbot: QtBot, tmp_path: Path, dispatcher: Dispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real start-up (ui.app.Bootstrap): the sign-in screen, a wrong passphrase
    (refused, no frame), the right one (the frame at once, the sign-in gone, the store still
    opening), then the same window attached with Today read."""
    import gridwarden.store as store_module

    paths = data_paths(tmp_path / "data")
    open_store(paths, keys.create(paths.root, "口令很长的一句话", cost=keys.CHEAP_COST)).close()
    opening = threading.Event()
    real_open = store_module.open_store

    def slow_open(*args: Any, **kwargs: Any) -> Any:
        opening.wait(20)  # the store opens when the test says so
        return real_open(*args, **kwargs)

    monkeypatch.setattr(store_module, "open_store", slow_open)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    boot = Bootstrap(qapp, paths, Settings(), argparse.Namespace(page="today"), dispatcher)
    boot.start()
    sign_in = present(boot.sign_in)
    sign_in.passphrase.setText("不是这一句")
    sign_in.ok.click()
    qtbot.waitUntil(lambda: sign_in.ok.isEnabled(), timeout=20_000)  # refused
    no_frame = boot.window is None  # (not narrowed: the window comes with the next try)
    assert no_frame and sign_in.isVisible()

    sign_in.passphrase.setText("口令很长的一句话")
    sign_in.ok.click()
    qtbot.waitUntil(lambda: boot.window is not None, timeout=20_000)
    frame = present(boot.window)
    qtbot.addWidget(frame)
    assert frame.isVisible() and not frame.attached and not sign_in.isVisible()
    assert frame.statusBar().currentMessage() == "正在打开本地数据…"
    opening.set()
    qtbot.waitUntil(lambda: frame.attached, timeout=20_000)
    assert boot.window is frame  # the same window, attached
    qtbot.waitUntil(lambda: bool(frame.today.summary.text()), timeout=20_000)
    assert frame.today.summary.text().startswith(frame.app.clock.today().isoformat())
    dispatcher.wait_idle()
    frame.app.sync.shutdown()
    frame.app.store.close()


def test_a_start_page_this_role_does_not_list_is_shown_in_the_navigation(
    qtbot: QtBot, app: AppContext
) -> None:
    """`--page legal-aid` for a grid warden: the page opens, and its row shows in the navigation
    (the others this role does not list stay hidden), as a link to such a page does."""
    assert app.settings.user_role == "warden"
    window = MainWindow(app, "legal-aid")
    qtbot.addWidget(window)
    idle(qtbot, app)
    shown = [
        window.nav.item(r).data(0x0100)
        for r in range(window.nav.count())
        if not window.nav.isRowHidden(r)
    ]
    assert window.current_page_name() == "legal-aid" and "legal-aid" in shown
    assert "filing" not in shown
