"""What the dispute page tests share: open the page, press an action, submit a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import idle, shown_dialog
from ui.main_window import MainWindow
from ui.widgets.forms import SubmitDialog


def open_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("disputes")
    window.disputes.refresh()
    idle(qtbot, window.app)


def act(qtbot: QtBot, window: MainWindow, key: str) -> QDialog:
    page = window.disputes
    action = page.panel.by_key[key]
    assert action.isEnabled(), (key, action.toolTip())
    action.trigger()
    return shown_dialog(page, QDialog)


def submit(qtbot: QtBot, window: MainWindow, dialog: QDialog, action: str | None = None) -> None:
    page = window.disputes
    assert isinstance(dialog, SubmitDialog), dialog
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    if action:
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.steps[-1].action == action)
    idle(qtbot, window.app)
