"""Protecting the laptop in the window: the lock keeps unsaved forms, the sign-in screen, the
exports folder, the audit check and the audited ID reveal."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import AuditEntry
from gridwarden.security import keys
from tests.conftest import present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.ui.test_households_ui import open_household
from ui.dialogs.exports import ExportsDialog
from ui.dialogs.register import ResidentDialog
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.notifier import Kind

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def _actions(window: MainWindow) -> list[str]:
    with window.app.store.sessions() as session:
        return list(
            session.execute(select(col(AuditEntry.action)).order_by(col(AuditEntry.id))).scalars()
        )


def test_a_lock_hides_everything_and_an_unsaved_form_survives_it(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["li"])
    page.panel.add_resident()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, ResidentDialog)
    type_text(qtbot, dialog.name, "李小明")
    qtbot.keyClicks(dialog.phone, "13912345678")
    present(window.findChild(QAction, "lockAction")).trigger()  # Ctrl+Shift+L
    screen = window.lock.screen
    assert screen is not None and screen.isVisible()
    assert not dialog.isVisible()
    assert screen.geometry() == window.rect()
    assert not present(window.findChild(QAction, "exportsAction")).isEnabled()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "locked.png"))
    # a wrong passphrase: said so, still locked
    screen.passphrase.setText("not the passphrase")
    screen.ok.click()
    qtbot.waitUntil(lambda: "口令不正确" in screen.error.text(), timeout=30_000)
    assert window.lock.locked and not dialog.isVisible()
    screen.passphrase.setText(keys.TEST_PASSPHRASE)
    screen.ok.click()
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=30_000)
    assert dialog.isVisible()
    assert (dialog.name.text(), dialog.phone.text()) == ("李小明", "13912345678")
    dialog.reject()


def test_idle_minutes_lock_the_window(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    assert window.lock.idle.interval() == 10 * 60_000  # the default: 10 minutes
    window.lock.idle.setInterval(50)
    window.lock.idle.start()
    qtbot.waitUntil(lambda: window.lock.locked, timeout=30_000)
    window.lock.unlock()


def test_waking_from_sleep_locks_the_window(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    window.lock._check_sleep()
    assert not window.lock.locked  # no jump: nothing happens
    window.lock._wall -= 300  # the wall clock ran five minutes ahead of the process: it slept
    window.lock._check_sleep()
    assert window.lock.locked
    window.lock.unlock()


def test_revealing_id_numbers_is_audited(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["zhang"])
    page.panel.reveal.click()
    idle(qtbot, window.app)
    assert _actions(window)[-1] == "household.reveal_ids"


def test_exports_are_listed_and_emptied_with_an_audit_entry(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], messages: Messages
) -> None:
    exports = window.app.store.paths.exports
    (exports / "disputes" / "TJ2026-001").mkdir(parents=True)
    (exports / "disputes" / "TJ2026-001" / "调解协议书.pdf").write_bytes(b"%PDF" * 500)
    (exports / "统计.xlsx").write_bytes(b"PK")
    window.show_exports()
    dialog = window.findChild(ExportsDialog)
    assert isinstance(dialog, ExportsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    names = sorted(present(dialog.table.item(r, 0)).text() for r in range(2))
    assert names == ["disputes/TJ2026-001/调解协议书.pdf", "统计.xlsx"]
    assert "30 天后自动删除" in dialog.summary.text()
    dialog.empty.click()
    question = messages.wait(qtbot, Kind.CONFIRM)
    assert question.yes_text == "全部删除"
    question.answer(yes=True)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert list(exports.iterdir()) == []
    assert _actions(window)[-1] == "exports.empty"
    dialog.close()


def test_the_audit_check_names_a_changed_entry(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], messages: Messages
) -> None:
    from gridwarden.db.engine import connect

    window.verify_audit()
    intact = messages.wait(qtbot, Kind.INFORM)
    assert (intact.title, intact.text.split("：")[0]) == ("核验审计记录", "审计记录完整")
    store = window.app.store
    with connect(store.paths.store, store.key) as conn:
        conn.execute("UPDATE audit_log SET actor_name = '别人' WHERE id = 2")
    window.verify_audit()
    changed = messages.wait(qtbot, Kind.WARN, "被改动过")
    assert changed.title == "核验审计记录"
    assert "第 2 条" in changed.text


def test_the_sign_in_screen_for_a_new_store_and_for_the_demo(qtbot: QtBot) -> None:
    fresh = SignInDialog(create=True, plaintext=True)
    qtbot.addWidget(fresh)
    fresh.show()
    seen: list[str] = []
    fresh.submitted.connect(lambda text, _remember: seen.append(text))
    fresh.passphrase.setText("short")
    fresh.ok.click()
    assert fresh.error.text() == "口令至少 8 个字符。" and seen == []
    fresh.passphrase.setText("long enough")
    fresh.again.setText("long enougH")
    fresh.ok.click()
    assert fresh.error.text() == "两次输入的口令不一致。" and seen == []
    fresh.again.setText("long enough")
    fresh.ok.click()
    assert seen == ["long enough"]
    assert present(fresh.findChild(QLabel, "plaintextNote")).isVisible()
    demo = SignInDialog(create=False, demo=True)
    qtbot.addWidget(demo)
    demo.show()
    assert demo.passphrase.text() == keys.DEMO_PASSPHRASE
    assert "演示数据" in present(demo.findChild(QLabel, "demoBanner")).text()
    assert not demo.remember.isVisible()  # only where the setting allows it
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert demo.grab().save(str(SCREENSHOTS / "sign-in-demo.png"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translators(app, "en")
    try:
        english = SignInDialog(create=True, plaintext=True, allow_remember=True)
        qtbot.addWidget(english)
        english.show()
        assert english.remember.isVisible()
        assert english.windowTitle() == "GridWarden — sign in"
        assert english.grab().save(str(SCREENSHOTS / "sign-in-new-en.png"))
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_forgotten_passphrase_starts_over_with_an_empty_store(
    qtbot: QtBot, tmp_path: Path, dispatcher: object
) -> None:
    import argparse

    from gridwarden.paths import data_paths
    from gridwarden.settings import Settings
    from gridwarden.store import open_store
    from ui.app import Bootstrap
    from ui.tasks import Dispatcher

    assert isinstance(dispatcher, Dispatcher)
    paths = data_paths(tmp_path / "data")
    open_store(paths, keys.create(paths.root, "lost passphrase", cost=keys.CHEAP_COST)).close()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    args = argparse.Namespace(demo=False, page="today", screenshot=None)
    boot = Bootstrap(qapp, paths, Settings(), args, dispatcher)
    boot.start()
    first = boot.sign_in
    assert first is not None and not first.create_mode
    first.passphrase.setText("a guess at it")
    first.ok.click()
    qtbot.waitUntil(lambda: "口令不正确" in first.error.text(), timeout=30_000)
    present(first.findChild(QPushButton, "forgotPassphrase")).click()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert "无法找回" in box.text()
    present(box.findChild(QPushButton, "confirmYes")).click()
    qtbot.waitUntil(lambda: boot.sign_in is not None and boot.sign_in.create_mode, timeout=30_000)
    assert not paths.store.exists() and not keys.exists(paths.root)
    fresh = present(boot.sign_in)
    fresh.passphrase.setText("a new passphrase")
    fresh.again.setText("a new passphrase")
    fresh.ok.click()
    qtbot.waitUntil(lambda: boot.window is not None, timeout=20_000)
    window = present(boot.window)
    assert len(keys.unlock(paths.root, "a new passphrase")) == 32
    record = json.loads(keys.key_path(paths.root).read_text(encoding="utf-8"))
    assert (record["n"], record["r"], record["p"]) == (2**17, 8, 1)  # a real one: product cost
    qtbot.addWidget(window)
    dispatcher.wait_idle()
    window.app.sync.shutdown()
    window.app.store.close()


def test_typing_anywhere_keeps_the_window_unlocked(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    """Activity is watched a few seconds after start (ui.lock.WATCH_AFTER_MS): from then on a
    key pressed in any widget, not only the window, puts the idle lock off; when the typing
    stops, the lock comes."""
    lock = window.lock
    qtbot.waitUntil(lambda: lock._watching, timeout=30_000)
    window.show_page("households")
    field = window.households.search
    assert field.isVisible()
    lock.idle.setInterval(2000)
    lock.idle.start()
    for _ in range(8):  # 3.2 s of typing, a key every 0.4 s: longer than the idle time
        qtbot.wait(400)
        qtbot.keyClick(field, "a")
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=30_000)
    lock.unlock()
