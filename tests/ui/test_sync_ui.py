"""The sync page, the login dialog, the status bar and the needs-review page, driven as a user
would, against the real server process (SQLite back-end) and a second laptop."""

from __future__ import annotations

import socket
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.models import OutboxOp
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.context import Changes
from gridwarden.services.register import HouseholdDraft
from gridwarden.sync import local
from tests.conftest import present
from tests.sync.harness import PASSWORD, District, Laptop, build_district
from tests.sync.servers import Shared, check_alive
from tests.ui.conftest import Messages, idle, type_text
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.notifier import Kind

pytestmark = pytest.mark.usefixtures("memory_keyring")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture(scope="module")
def server(shared_sqlite: Shared) -> ServerProcess:
    """The worker's shared SQLite server (tests/sync/conftest.py says when a module shares)."""
    return shared_sqlite.server


@pytest.fixture(scope="module")
def server_db(shared_sqlite: Shared) -> ServerDB:
    return shared_sqlite.db


@pytest.fixture
def district(server: ServerProcess, server_db: ServerDB) -> District:
    check_alive(server, "the worker's shared sqlite server")
    return build_district(server_db)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the sync worker and every read/write it caused."""
    qtbot.waitUntil(lambda: not window.app.sync.running, timeout=20_000)
    idle(qtbot, window.app)


def log_in(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, user: str, password: str
) -> LoginDialog:
    window.show_page("sync")
    dialog = window.sync.login()
    dialog.server.clear()
    dialog.user.clear()
    type_text(qtbot, dialog.server, server.url)
    type_text(qtbot, dialog.user, user)
    type_text(qtbot, dialog.password, password)
    dialog.login_button.click()
    assert not dialog.login_button.isEnabled()  # one login at a time
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=20_000)
    return dialog


def test_login_then_sync_now_shows_the_state_everywhere(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, district: District, server_db: ServerDB
) -> None:
    assert window.sync_label.text() == "未登录 · 待上传 0 条"
    dialog = log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    settle(qtbot, window)
    page = window.sync
    assert page.account.text() == f"王芳（{district.user('wang')}，网格员）"
    assert page.server.text() == server.url
    assert page.pending.text() == "0 条修改"
    assert window.user_label.text() == "王芳（网格员）"
    assert (
        window.sync_label.text().startswith("在线 · 上次同步 2026-")
        and "待上传 0 条" in window.sync_label.text()
    )
    assert page.last_good.text() != "从未"
    assert page.sync_button.isEnabled()

    # a household recorded here waits, then goes up with "sync now"
    household = window.app.register.save_household(
        HouseholdDraft(district.micro1, "工农路88号")
    ).primary_id
    window.app.changed.emit(_changes(household))
    idle(qtbot, window.app)
    qtbot.waitUntil(lambda: "待上传 1 条" in window.sync_label.text(), timeout=30_000)
    # a local edit brings the next sync forward (half a minute, not the 5-minute round)
    assert window.app.sync.timer.isActive() and window.app.sync.timer.interval() == 30_000
    page.sync_button.click()
    settle(qtbot, window)
    assert "待上传 0 条" in window.sync_label.text()
    with server_db.reader() as session:
        doc = session.execute(
            select(col(Record.doc)).where(col(Record.id) == household)
        ).scalar_one()
    assert "工农路88号" in doc
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "sync-logged-in.png"))


def _changes(household: str | None) -> Changes:
    return Changes.of({"household"}, [household or ""])


def test_a_wrong_password_is_marked_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, district: District
) -> None:
    dialog = log_in(qtbot, window, server, district.user("wang"), "wrong-password")
    assert dialog.isVisible()
    message = dialog.fields["password"].message
    assert message.isVisible() and message.text() == "用户名或密码不正确。"
    assert dialog.user.text() == district.user("wang") and dialog.server.text() == server.url
    dialog.reject()


def test_without_a_keyring_the_app_says_the_login_lasts_this_run_only(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, district: District, messages: Messages
) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    settle(qtbot, window)
    assert any("只保存在本次运行中" in text for text in messages.texts)
    assert window.sync.pending.text() == "0 条修改"  # and it synced all the same


def test_another_account_is_asked_before_it_uploads_the_last_ones_edits(
    qtbot: QtBot,
    window: MainWindow,
    server: ServerProcess,
    district: District,
    server_db: ServerDB,
    messages: Messages,
) -> None:
    log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    settle(qtbot, window)
    household = window.app.register.save_household(
        HouseholdDraft(district.micro1, "工农路77号")
    ).primary_id
    window.app.notifier.interactive = True  # the question's box, for its screenshot
    dialog = log_in(qtbot, window, server, district.user("li"), PASSWORD)
    question = messages.wait(qtbot, Kind.CONFIRM)
    assert "本机还有 1 条由王芳录入、尚未上传的修改" in question.text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert present(question.box).grab().save(str(SCREENSHOTS / "login-another-account.png"))
    question.answer(yes=False)
    assert dialog.isVisible() and dialog.user.text() == district.user("li")
    assert window.user_label.text() == "王芳（网格员）"  # nothing changed

    dialog.login_button.click()
    messages.wait(qtbot, Kind.CONFIRM, timeout=20_000).answer(yes=True)
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, timeout=20_000)
    settle(qtbot, window)
    assert window.user_label.text() == "李娜（网格员）"
    assert "待上传 0 条" in window.sync_label.text()
    with server_db.reader() as session:
        doc = session.execute(
            select(col(Record.doc)).where(col(Record.id) == household)
        ).scalar_one()
    assert "工农路77号" in doc


def test_a_conflict_shows_both_values_and_the_choice_syncs(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, district: District, tmp_path: Path
) -> None:
    log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    settle(qtbot, window)
    app = window.app
    household = app.register.save_household(
        HouseholdDraft(district.micro1, "工农路99号")
    ).primary_id
    assert household
    window.sync.sync_button.click()
    settle(qtbot, window)
    other = Laptop(tmp_path, "li", district.user("li"), "李娜")
    try:
        other.login(server.url)
        other.sync()
        other.register.save_household(
            HouseholdDraft(district.micro1, "工农路99号", [], "李娜：独居", household)
        )
        other.sync()
        app.register.save_household(
            HouseholdDraft(district.micro1, "工农路99号", [], "王芳：有子女同住", household)
        )
        window.sync.sync_button.click()
        settle(qtbot, window)
        assert "1 条冲突待处理" in window.sync_label.text()

        window.show_page("review")
        idle(qtbot, app)
        review = window.review
        assert review.model.rowCount() == 1
        assert review.model.index(0, 0).data() == "住户"
        assert review.model.index(0, 1).data() == "工农路99号"
        assert review.model.index(0, 2).data() == "同一字段两处修改"
        mine = present(review.findChild(QRadioButton, "local:notes"))
        theirs = present(review.findChild(QRadioButton, "server:notes"))
        assert mine.text() == "王芳：有子女同住\n王芳 · 2026-11-29 10:00"
        assert theirs.text() == "李娜：独居\n李娜 · 2026-11-29 10:00"  # the server named li
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "review-conflict.png"))

        review.save.click()  # nothing picked yet: it says so, nothing is written
        assert review.message.text() == "请为每一项选择保留哪一方"
        mine.click()
        review.refresh()  # a background refresh (a sync finishing) keeps what was ticked
        idle(qtbot, app)
        assert mine.isChecked()
        review.save.click()
        idle(qtbot, app)
        settle(qtbot, window)
        assert review.model.rowCount() == 0
        assert "冲突" not in window.sync_label.text()
        other.sync()
        assert other.get("household", household).notes == "王芳：有子女同住"
    finally:
        other.close()


def test_closing_does_not_wait_for_a_server_that_went_silent(
    qtbot: QtBot, window: MainWindow, server: ServerProcess, district: District
) -> None:
    log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    settle(qtbot, window)
    window.app.register.save_household(HouseholdDraft(district.micro1, "工农路66号"))
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    silent.settimeout(20)
    url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    client = window.app.sync.client

    def point_at_silent_server(session: Session) -> None:
        local.state(session).server_url = url

    client._tx(point_at_silent_server)
    client.tokens.save(client.account(url, window.app.store.device_id), "token")
    try:
        window.app.sync.sync_now()
        accepted, _ = silent.accept()  # the sync is now waiting on the network
        assert window.app.sync.shutdown(grace_s=0.2) is False  # the app may close anyway
        assert window.app.sync._thread._thread.is_alive()
        with window.app.store.sessions() as session:
            pending = session.execute(select(col(OutboxOp.payload))).scalars().all()
        assert [p.get("address") for p in pending] == ["工农路66号"]  # and stays to be pushed
        accepted.close()
    finally:
        silent.close()
    qtbot.waitUntil(lambda: not window.app.sync._thread._thread.is_alive(), timeout=20_000)


def test_a_revoked_device_is_wiped_after_a_last_push_attempt(
    qtbot: QtBot,
    window: MainWindow,
    server: ServerProcess,
    district: District,
    server_db: ServerDB,
    messages: Messages,
) -> None:
    from gridwarden.server import admin

    log_in(qtbot, window, server, district.user("wang"), PASSWORD)
    settle(qtbot, window)
    store = window.app.store
    window.app.sync.timer.stop()  # the edit stays pending until the revoked sync below
    window.app.register.save_household(HouseholdDraft(district.micro1, "停用前录入的户"))
    (store.paths.exports / "调解协议书.pdf").write_bytes(b"%PDF")
    (store.paths.backups / "old.sqlite").write_bytes(b"x")
    admin.revoke_device(server_db, store.device_id, "设备遗失")
    window.app.sync.sync_now(asked=False)
    qtbot.waitUntil(lambda: window.wiping, timeout=20_000)
    told = messages.wait(qtbot, Kind.WARN, "已全部清除", timeout=20_000)
    assert told.title == "本设备已停用"
    assert "设备遗失" in told.text
    root = store.paths.root
    assert not store.paths.store.exists() and not (root / "store.key").exists()
    for folder in ("backups", "attachments", "exports"):
        assert not (root / folder).exists()
    with server_db.reader() as session:  # the server refused the last push of a revoked device
        found = session.execute(
            select(col(Record.id)).where(col(Record.doc).contains("停用前录入的户"))
        ).all()
    assert found == []
    # what stays: the log (no personal data) and the settings (the server's address)
    assert sorted(p.name for p in root.iterdir()) == ["logs", "settings.json"]
    assert not window.isVisible()  # the window closes once the person has read why


def test_a_first_pulls_search_index_stage_reads_in_both_languages(
    qtbot: QtBot, window: MainWindow
) -> None:
    """After a street's first pull its 100,000 households' search rows are built: the sync page
    says so, with how far it got, in Chinese and in English (1366×768 screenshots)."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    def index_stage(shown: MainWindow, lang: str) -> str:
        shown.resize(1366, 768)
        shown.show_page("sync")
        shown.sync._running(True)
        shown.sync._progress("index", 45_000, 100_000)
        assert (shown.sync.bar.value(), shown.sync.bar.maximum()) == (45_000, 100_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert shown.grab().save(str(SCREENSHOTS / f"sync-index-{lang}.png"))
        said = shown.sync.stage.text()
        shown.sync._running(False)
        return said

    assert index_stage(window, "zh_CN") == "正在建立搜索索引（45000/100000）"
    app = present(QApplication.instance())
    installed = install_translators(app, "en")
    try:
        english = MainWindow(window.app, "sync")
        qtbot.addWidget(english)
        english.show()
        idle(qtbot, window.app)
        assert index_stage(english, "en") == "Building the search index (45000/100000)"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
