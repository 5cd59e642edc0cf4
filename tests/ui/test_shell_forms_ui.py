"""Forms never lose work (issue 12): a changed form asks before it closes, keeps a draft as you
type in the encrypted store, and offers it again after a cancel or a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from gridwarden.clock import FixedClock
from gridwarden.models.draft import FormDraft
from gridwarden.settings import Settings
from gridwarden.store import open_store
from tests.conftest import present, store_key
from tests.ui.conftest import idle, shown_dialog, type_text
from tests.ui.test_households_ui import open_household
from ui.bootstrap import build_app_context
from ui.dialogs.visit import VisitDialog
from ui.main_window import MainWindow
from ui.tasks import Dispatcher
from ui.widgets.drafts import SAVE_DELAY_MS


def visit_dialog(qtbot: QtBot, window: MainWindow, household: str) -> VisitDialog:
    page = open_household(qtbot, window, household)
    page.panel.record_visit()
    dialog = shown_dialog(page, VisitDialog)
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(dialog.isVisible)
    idle(qtbot, window.app)
    return dialog


def drafts_in(window: MainWindow) -> list[FormDraft]:
    with window.app.store.sessions() as session:
        return list(session.exec(select(FormDraft)).all())


def test_escape_on_a_changed_form_asks_and_keeps_editing_by_default(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    dialog = visit_dialog(qtbot, window, family["zhang"])
    # an untouched form closes without a question
    dialog.reject()
    assert not dialog.isVisible() and dialog.guard.discard_box is None

    dialog = visit_dialog(qtbot, window, family["zhang"])
    type_text(qtbot, dialog.findings, "老人腿脚不便，需要帮助买菜")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = present(dialog.guard.discard_box)
    assert box.windowTitle() == "放弃未保存的内容？"
    assert box.defaultButton() is dialog.guard.keep_button
    assert dialog.guard.keep_button.text() == "继续编辑"
    dialog.guard.keep_button.click()
    assert dialog.isVisible()
    assert dialog.findings.toPlainText() == "老人腿脚不便，需要帮助买菜"

    # 取消 asks the same; 放弃 closes, and the draft stays for next time
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    present(dialog.guard.discard_box)
    dialog.guard.discard_button.click()
    assert not dialog.isVisible()
    idle(qtbot, window.app)
    drafts = drafts_in(window)
    assert [(d.kind, d.key, d.values["findings"]) for d in drafts] == [
        ("visit", family["zhang"], "老人腿脚不便，需要帮助买菜")
    ]
    assert drafts[0].user_id == window.app.settings.user_id

    # offered again when the same household's visit form opens; restored; a save removes it
    again = visit_dialog(qtbot, window, family["zhang"])
    qtbot.waitUntil(lambda: again.guard.restore_box is not None)
    restore = present(again.guard.restore_box)
    assert restore.windowTitle() == "恢复草稿？"
    again.guard.restore_button.click()
    assert again.findings.toPlainText() == "老人腿脚不便，需要帮助买菜"
    again.submit()
    qtbot.waitUntil(lambda: not again.isVisible())
    idle(qtbot, window.app)
    assert drafts_in(window) == []


def test_another_households_visit_form_is_not_offered_the_draft(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    dialog = visit_dialog(qtbot, window, family["zhang"])
    type_text(qtbot, dialog.findings, "zhang only")
    qtbot.wait(SAVE_DELAY_MS + 200)
    idle(qtbot, window.app)
    dialog.done(0)  # closed without asking (as a lock or crash would leave it)
    other = visit_dialog(qtbot, window, family["li"])
    qtbot.wait(200)
    assert other.guard.restore_box is None
    assert other.findings.toPlainText() == ""


def test_a_draft_survives_a_killed_process_and_is_offered_after_reopening_the_store(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], settings: Settings, clock: FixedClock
) -> None:
    # typed in the window, saved as a draft a moment later
    dialog = visit_dialog(qtbot, window, family["zhang"])
    type_text(qtbot, dialog.findings, "停水三天，已联系物业")
    qtbot.wait(SAVE_DELAY_MS + 200)
    idle(qtbot, window.app)
    assert [d.values["findings"] for d in drafts_in(window)] == ["停水三天，已联系物业"]

    # another process edits the draft further and is killed (SIGKILL) before anything else
    root = window.app.store.paths.root
    script = textwrap.dedent(
        f"""
        import os, signal
        from gridwarden.bootstrap import build_services
        from gridwarden.clock import SystemClock
        from gridwarden.paths import data_paths
        from gridwarden.security import keys
        from gridwarden.services.context import Actor, ServiceContext
        from gridwarden.services.drafts import DraftService
        from gridwarden.settings import Settings
        from gridwarden.store import open_store
        paths = data_paths({str(root)!r})
        store = open_store(paths, keys.unlock(paths.root, keys.TEST_PASSPHRASE))
        ctx = ServiceContext(store.sessions, SystemClock(), Actor({settings.user_id!r}, "x",
            "warden", "dev"), Settings(), paths)
        DraftService(ctx).save("visit", {family["zhang"]!r}, {{"findings": "停水三天，已联系物业，明天再来"}})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=120)
    assert done.returncode == -9
    dialog.done(0)
    idle(qtbot, window.app)

    # the store reopened (as after a restart): the form offers the draft the killed run left
    reopened = open_store(window.app.store.paths, store_key(root))
    worker = Dispatcher()
    context = build_app_context(reopened, settings, clock, worker)
    try:
        second = MainWindow(context, "today")
        qtbot.addWidget(second)
        second.show()
        idle(qtbot, context)
        again = visit_dialog(qtbot, second, family["zhang"])
        qtbot.waitUntil(lambda: again.guard.restore_box is not None)
        again.guard.restore_button.click()
        assert again.findings.toPlainText() == "停水三天，已联系物业，明天再来"
        # declining a draft removes it
        again.done(0)
        third = visit_dialog(qtbot, second, family["zhang"])
        qtbot.waitUntil(lambda: third.guard.restore_box is not None)
        box = present(third.guard.restore_box)
        assert isinstance(box, QMessageBox)
        third.guard.drop_button.click()
        idle(qtbot, context)
        assert drafts_in(second) == []
        assert third.findings.toPlainText() == ""
        third.done(0)
        second.close()
    finally:
        context.sync.shutdown()
        worker.wait_idle(10_000)
        worker.shutdown()
        reopened.close()
