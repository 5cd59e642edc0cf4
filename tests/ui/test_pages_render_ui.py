"""Every page at 1366×768 (issue 12): on the demo district as a supervisor (who sees every
page), in Chinese, in English and at 特大 text, rendered to out/screenshots/page_<name>_<lang>
[_xlarge].png for a person to look at; the status bar and the navigation stay in view."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.settings import Settings
from tests.conftest import Places
from tests.ui.conftest import idle
from tests.ui.test_dialogs_fit_ui import SCREENSHOTS, look  # noqa: F401 (a fixture)
from ui.app_context import AppContext
from ui.main_window import MainWindow
from ui.pages import registry


@pytest.mark.demo(households=300, events=20)
def test_every_page_renders_at_1366x768_with_the_status_bar_in_view(
    qtbot: QtBot,
    look: tuple[str, str],  # noqa: F811
    app: AppContext,
    settings: Settings,
    places: Places,
    clock: FixedClock,
) -> None:
    lang, size = look
    settings.user_role = "supervisor"
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    idle(qtbot, app)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    suffix = f"_{size}" if size != "standard" else ""
    for name in registry.PAGE_NAMES:
        window.show_page(name)
        idle(qtbot, app)
        qtbot.wait(50)
        idle(qtbot, app)
        assert window.current_page_name() == name
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < window.height()
        assert window.sync_label.isVisible() and window.sync_label.text().startswith(
            "未登录" if lang == "zh_CN" else "Not signed in"
        )
        assert window.width() == 1366, (name, window.minimumSizeHint().width())
        assert window.grab().save(str(SCREENSHOTS / f"page_{name}_{lang}{suffix}.png"))
    window.close()
