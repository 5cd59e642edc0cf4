"""The main window, the lock and start-up on the one operation path (app.ops) and the notifier:
a save's warning that no detail pane shows reaches the status bar through the notifier, the
language choice and a wrong passphrase on the lock screen are said through it."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridwarden.services.register import ResidentDraft
from gridwarden.validation import idnumber
from tests.conftest import present
from tests.dispute_support import Units
from tests.filing_support import failed_dispute, start_complaint
from tests.ui.conftest import Messages, idle, shown_dialog
from ui.dialogs.filing_package import PackageDialog
from ui.dialogs.visit import VisitDialog
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
    screen = present(window.lock.screen)
    screen.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.app.ops.finished, timeout=30_000):
        screen.ok.click()
    assert "口令不正确" in screen.error.text()
    assert window.lock.locked


def test_ctrl_n_on_visits_opens_the_visit_form_for_the_selected_household_or_the_search(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], messages: Messages
) -> None:
    window.show_page("visits")
    idle(qtbot, window.app)
    assert window.shortcuts.new.isEnabled()
    # no household chosen yet: the household search, and a line that says what to do
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "households"
    hint = messages.wait(qtbot, Kind.STATUS)
    assert hint.text == "先找到并选中要走访的户，再按 Ctrl+N。"
    assert window.statusBar().currentMessage() == hint.text
    # 张三's household chosen on 实有人口: Ctrl+N on 走访记录 opens its visit form
    households = window.households
    window.open_household(family["zhang"])
    qtbot.waitUntil(
        lambda: households.detail is not None and households.detail.id == family["zhang"],
        timeout=30_000,
    )
    window.show_page("visits")
    idle(qtbot, window.app)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(households.panel, VisitDialog)
    assert isinstance(dialog, VisitDialog)
    assert (dialog.windowTitle(), dialog.household.id) == ("记录走访", family["zhang"])
    assert [box.text() for box in dialog.members.values()] == ["张三", "王梅"]
    dialog.done(0)


def test_ctrl_n_on_filing_opens_the_package_dialog_of_the_selected_filing(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    app = window.app
    window.show_page("filing")
    idle(qtbot, app)
    page = window.filing
    assert window.shortcuts.new.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    hint = messages.wait(qtbot, Kind.STATUS)
    assert hint.text == "先在列表中选中一件立案，再按 Ctrl+N 导出材料包。"
    assert page.findChildren(PackageDialog) == []
    dispute_id = failed_dispute(app.disputes, units)
    filing_id = start_complaint(app.filings, dispute_id, units)
    window.open_filing(filing_id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == filing_id)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(page, PackageDialog)
    assert isinstance(dialog, PackageDialog)
    assert dialog.detail.row.id == filing_id
    dialog.close()
