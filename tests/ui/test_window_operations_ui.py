"""The main window, the lock and start-up on the one operation path (app.ops) and the notifier:
a save's warning that no detail pane shows reaches the status bar through the notifier, the
language choice and a wrong passphrase on the lock screen are said through it."""

from __future__ import annotations

import json
from datetime import date

from pytestqt.qtbot import QtBot

from gridwarden.services.register import ResidentDraft
from gridwarden.validation import idnumber
from tests.ui.conftest import Messages, idle
from ui.main_window import MainWindow
from ui.notifier import Kind


def test_a_household_save_warning_goes_to_the_status_bar_through_the_notifier(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], messages: Messages
) -> None:
    app = window.app
    window.show_page("households")
    draft = ResidentDraft(
        family["li"], "李小四", idnumber.make("329999", date(1990, 5, 5), 21), relation="子女"
    )
    with qtbot.waitSignal(app.ops.finished, timeout=30_000):
        app.ops.write(lambda: app.register.save_resident(draft), owner=window)
    warning = "地区码 329999 不在现行代码表中（可能已撤销），请核对"
    banner = messages.wait(qtbot, Kind.BANNER)
    assert (banner.text, banner.on_banner) == (warning, False)  # no detail pane shows 李四's
    status = messages.wait(qtbot, Kind.STATUS)
    assert status.text == warning
    assert window.statusBar().currentMessage() == warning


def test_the_language_choice_is_saved_off_the_ui_thread_and_said(
    qtbot: QtBot, window: MainWindow, messages: Messages
) -> None:
    window.choose_language("en")
    said = messages.wait(qtbot, Kind.INFORM)
    assert (said.title, said.text) == ("语言", "界面语言已设为 English，下次启动程序时生效。")
    idle(qtbot, window.app)
    saved = json.loads(window.app.store.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "en"


def test_a_wrong_passphrase_on_the_lock_screen_is_refused_through_the_operation(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.lock.lock()
    screen = window.lock.screen
    assert screen is not None
    screen.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.app.ops.finished, timeout=30_000):
        screen.ok.click()
    assert "口令不正确" in screen.error.text()
    assert window.lock.locked
