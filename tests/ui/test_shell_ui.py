"""The shell (issue 12): a home per role, the page registry the CLI shares, shortcuts from
every page, text size, the window as the user left it, the status bar in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from gridwarden.settings import Settings
from gridwarden.sync.client import SyncStatus
from tests.conftest import present
from tests.ui.conftest import idle, shown_dialog
from ui import cli, fonts, text_size
from ui.app_context import AppContext
from ui.dialogs.event import EventDialog
from ui.dialogs.shortcuts_help import ShortcutsDialog
from ui.main_window import MainWindow
from ui.nav_badges import COUNTS
from ui.pages import registry


def open_window(qtbot: QtBot, app: AppContext, start: str | None = None) -> MainWindow:
    main = MainWindow(app, start)
    qtbot.addWidget(main)
    main.show()
    idle(qtbot, app)
    return main


def visible_titles(window: MainWindow) -> list[str]:
    nav = window.nav
    return [nav.item(r).text() for r in range(nav.count()) if not nav.isRowHidden(r)]


@pytest.mark.parametrize(
    ("role", "titles"),
    [
        (
            "warden",
            [
                "今日",
                "实有人口",
                "走访记录",
                "网格事件",
                "矛盾调解",
                "网格地图",
                "同步",
                "待处理冲突",
            ],
        ),
        ("mediator", ["矛盾调解", "网上立案", "今日", "同步", "待处理冲突"]),
        ("clerk", ["法律援助", "今日", "同步", "待处理冲突"]),
        (
            "supervisor",
            [
                *["今日", "实有人口", "走访记录", "网格事件", "网格地图", "矛盾调解", "法律援助"],
                *["网上立案", "同步", "待处理冲突"],
            ],
        ),
    ],
)
def test_each_role_has_its_home_its_pages_and_its_order(
    qtbot: QtBot, app: AppContext, settings: Settings, role: str, titles: list[str]
) -> None:
    settings.user_role = role
    window = open_window(qtbot, app)
    assert visible_titles(window) == titles
    # the first page the role sees is where it starts
    assert window.current_page_name() == registry.home_page(role)
    assert window.nav.currentItem().text() == titles[0]
    # Ctrl+1 … follow the role's order
    assert window.nav.item(1).toolTip().endswith("Ctrl+2")


def test_a_link_to_a_page_the_role_does_not_list_opens_it_and_the_view_menu_shows_all(
    qtbot: QtBot, app: AppContext, settings: Settings
) -> None:
    settings.user_role = "clerk"
    window = open_window(qtbot, app)
    assert "网上立案" not in visible_titles(window)
    window.show_page("filing")  # a granted case's 准备起诉材料 opens the filing page
    assert window.current_page_name() == "filing"
    assert "网上立案" in visible_titles(window)
    action = present(window.findChild(type(window.menuBar().actions()[0]), "allPagesAction"))
    action.trigger()
    assert len(visible_titles(window)) == len(registry.PAGES)
    assert window.app.settings.user_ui()["all_pages"] == "1"


def test_the_cli_and_the_window_share_the_page_names_and_size_is_parsed() -> None:
    assert list(registry.PAGE_NAMES) == cli.PAGES
    args = cli.parse(["--page", "households", "--size", "1366x768", "--screenshot", "x.png"])
    assert (args.page, args.size) == ("households", (1366, 768))
    assert cli.parse([]).page is None  # the role's home
    with pytest.raises(SystemExit):
        cli.parse(["--size", "huge"])


def test_ctrl_e_and_ctrl_n_work_from_other_pages_and_f1_lists_the_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.current_page_name() == "today"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "events"
    dialog = shown_dialog(window.events, EventDialog)
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    dialog.done(0)

    # Ctrl+K from today: no household chosen yet, so the household search takes the focus
    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "households"
    assert "Ctrl+K" in window.statusBar().currentMessage()

    # Ctrl+N on the events page (which binds only Ctrl+E itself) opens a new event
    window.show_page("events")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_event = shown_dialog(window.events, EventDialog)
    assert isinstance(new_event, EventDialog) and new_event is not dialog
    new_event.done(0)

    # the legal-aid page keeps its own Ctrl+K (a consultation): the window's steps aside
    window.show_page("legal-aid")
    idle(qtbot, window.app)
    assert not window.shortcuts.visit.isEnabled()
    assert window.shortcuts.new.isEnabled() and window.shortcuts.report.isEnabled()

    window.activateWindow()  # back from the modal forms (offscreen does not do it by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_dialog = shown_dialog(window, ShortcutsDialog)
    assert isinstance(help_dialog, ShortcutsDialog)
    keys = help_dialog.keys()
    assert {"Ctrl+K", "Ctrl+E", "Ctrl+N", "F1", "Enter"} <= set(keys)
    # the legal-aid page's own keys are listed too
    assert "Ctrl+L" in keys
    help_dialog.done(0)


def test_text_size_grows_live_with_ctrl_plus_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    qapp = present(QApplication.instance())
    assert isinstance(qapp, QApplication)
    before = qapp.font().pointSizeF()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.state.get("text_size") == "large"
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.2)
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.state.get("text_size") == "xlarge"  # the largest stays the largest
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.45)
        # the navigation widens with its text; tables get taller rows
        titles = [window.nav.item(r).text() for r in range(window.nav.count())]
        widest = max(window.nav.fontMetrics().horizontalAdvance(t) for t in titles)
        assert window.nav.width() > widest
        assert text_size.row_height(qapp) == round(28 * 1.45)
        idle(qtbot, window.app)
        saved = Settings.load(window.app.store.paths.settings_file)
        assert saved.ui_state[saved.user_id]["text_size"] == "xlarge"
    finally:
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.state.get("text_size") == "standard"
    assert qapp.font().pointSizeF() == pytest.approx(before)


def test_geometry_and_splitters_come_back_as_the_user_left_them(
    qtbot: QtBot, app: AppContext, settings: Settings
) -> None:
    first = open_window(qtbot, app, "disputes")
    first.resize(780, 560)  # inside the offscreen screen (800×600), if no narrower than allowed
    size = (first.width(), first.height())
    splitter = first.disputes.findChildren(QSplitter)[0]
    splitter.setSizes([500, 600])
    kept = splitter.sizes()
    first.close()
    idle(qtbot, app)
    assert settings.user_ui()["geometry"]
    second = open_window(qtbot, app, "disputes")
    assert second.restored
    assert (second.width(), second.height()) == size
    assert second.disputes.findChildren(QSplitter)[0].sizes() == kept
    second.close()


def test_the_status_bar_says_online_offline_or_not_signed_in_once(window: MainWindow) -> None:
    status = window.status

    def state(**changes: object) -> SyncStatus:
        values: dict[str, object] = dict(
            server_url="https://grid.example",
            user_id="u1",
            user_name="王芳",
            role="warden",
            last_success_at=None,
            last_attempt_at=None,
            last_error="",
            last_error_kind="",
            failures=0,
            revoked=False,
            cursor=0,
            pending=3,
            conflicts=0,
            failing_ops=[],
            logged_in=True,
        )
        values.update(changes)
        return SyncStatus(**values)  # type: ignore[arg-type]

    assert status.state_text(state(logged_in=False)) == "未登录 · 待上传 3 条"
    assert (
        status.state_text(state(last_error="refused", last_error_kind="network"))
        == "离线（无法连接服务器）· 上次同步 从未 · 待上传 3 条"
    )
    synced = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    text = status.state_text(state(last_success_at=synced))
    assert text.startswith("在线 · 上次同步 2026-11-30") and text.endswith("待上传 3 条")
    assert text.count("待上传") == 1
    # no developer information in the bar
    labels = [w.text() for w in window.statusBar().findChildren(type(status.sync_label))]
    assert not any("MB" in t or "本地数据" in t for t in labels)


def test_the_conflicts_page_does_not_claim_agreement_before_any_sync(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("review")
    idle(qtbot, window.app)
    text = window.review.count.text()
    assert "本机与服务器一致" not in text
    assert text == "没有冲突。本机还没有与服务器同步过，登录并同步后才会知道有无冲突。"


def test_nav_badges_count_what_today_lists_per_page(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    window.badges.refresh()
    idle(qtbot, window.app)
    counts = window.badges.counts
    row = window.page_names().index("households")
    due, late = window.nav.item(row).data(COUNTS)
    assert (due, late) == counts.get("households", (0, 0))
    # the test family has no care plans: nothing due on 实有人口
    assert due == 0


def test_without_a_chinese_font_the_user_is_told_which_package_to_install(
    qtbot: QtBot, window: MainWindow
) -> None:
    qapp = present(QApplication.instance())
    assert isinstance(qapp, QApplication)
    before = qapp.font()
    try:
        assert fonts.pick_font(qapp, available=["DejaVu Sans"]) is None
        assert qapp.font() == before  # nothing chosen: no boxes-only font forced on
        box = fonts.warn_missing_font(window)
        text = box.text()
        # English first (the Chinese lines would be boxes), the package named for each system
        assert text.startswith("No Chinese font is installed")
        assert "sudo apt install fonts-noto-cjk" in text
        assert "google-noto-sans-cjk-fonts" in text
        box.done(0)
        assert fonts.pick_font(qapp, available=["DejaVu Sans", "Noto Sans CJK SC"]) == (
            "Noto Sans CJK SC"
        )
        assert qapp.font().family() == "Noto Sans CJK SC"
    finally:
        qapp.setFont(before)
