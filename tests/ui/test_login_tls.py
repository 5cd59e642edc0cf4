"""The login dialog over TLS: https:// by default, http:// to another computer refused in
words, a district's own CA chosen in the dialog and kept in the settings, an untrusted
certificate explained next to the fields that fix it (zh_CN and English screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridwarden.server.db import ServerDB
from gridwarden.server.launch import ServerProcess, start_server
from gridwarden.settings import Settings
from tests.conftest import present
from tests.security.tls import Authority
from tests.sync.harness import PASSWORD, build_district
from tests.ui.conftest import idle
from tests.ui.test_sync_ui import settle
from ui.dialogs.login import LoginDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("memory_keyring")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Path]]:
    root = tmp_path_factory.mktemp("tls-ui")
    ca = Authority(root / "ca")
    cert, key = ca.server_cert(["localhost", "127.0.0.1"])
    running = start_server(
        str(root / "district.sqlite"),
        root / "blobs",
        extra=["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        host="localhost",
    )
    yield running, ca.bundle
    running.stop()


def _fit(qtbot: QtBot, dialog: LoginDialog) -> None:
    """560 px wide and as tall as the wrapped messages need (what a user sees)."""
    layout = present(dialog.layout())
    layout.activate()
    dialog.resize(560, layout.totalHeightForWidth(560))
    qtbot.wait(50)
    assert dialog.height() >= layout.totalHeightForWidth(560)


def _fill(qtbot: QtBot, dialog: LoginDialog, url: str, user: str, ca: str) -> None:
    for field in (dialog.server, dialog.user, dialog.password, dialog.ca):
        field.clear()
    qtbot.keyClicks(dialog.server, url)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, PASSWORD)
    if ca:
        qtbot.keyClicks(dialog.ca, ca)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=20_000)


def test_login_dialog_defaults_to_https_and_logs_in_with_the_districts_ca(
    qtbot: QtBot, window: MainWindow, tls_server: tuple[ServerProcess, Path]
) -> None:
    server, bundle = tls_server
    db = ServerDB.open(server.db_url)
    district = build_district(db)
    db.close()
    window.show_page("sync")
    dialog = window.sync.login()
    assert dialog.server.text() == "https://"
    # clear text to another computer: refused before anything is sent
    _fill(qtbot, dialog, "http://10.0.0.5:8470", district.user("wang"), "")
    assert "未加密" in dialog.fields["server"].message.text()
    # the right address without the district's CA: explained, not bypassed
    _fill(qtbot, dialog, server.url, district.user("wang"), "")
    assert "无法安全连接同步服务器" in dialog.fields["server"].message.text()
    assert "自建证书机构" in dialog.fields["ca"].message.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _fit(qtbot, dialog)
    assert dialog.grab().save(str(SCREENSHOTS / "login-tls-untrusted.png"))
    # with it: logged in, and the CA is kept for the next sync and the next start
    _fill(qtbot, dialog, server.url, district.user("wang"), str(bundle))
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    settle(qtbot, window)
    saved = Settings.load(window.app.store.paths.settings_file)
    assert (saved.server_url, saved.server_ca_bundle) == (server.url, str(bundle))
    assert window.sync.account.text().startswith("王芳")


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    app = present(QApplication.instance())
    before = QLocale()
    installed = install_translators(app, "en")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_tls_refusal_reads_in_english(
    qtbot: QtBot,
    english: list[QTranslator],
    window: MainWindow,
    tls_server: tuple[ServerProcess, Path],
) -> None:
    server, _bundle = tls_server
    dialog = LoginDialog(window.app, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, server.url, "wang", "")
    idle(qtbot, window.app)
    text = dialog.fields["server"].message.text()
    assert text.startswith("Cannot connect securely to the sync server"), text
    _fit(qtbot, dialog)
    assert dialog.grab().save(str(SCREENSHOTS / "login-tls-untrusted-en.png"))
