"""The legal-aid detail pane keeps a save's warnings in its banner until dismissed, and a batch
of notices or a filing package says how far it has come through its operation's progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import LegalAidApplication
from gridwarden.validation import idnumber
from tests.conftest import Places, present
from tests.legal_aid_support import Units, group_of, units, wage_claim
from tests.ui.conftest import Messages, idle
from tests.ui.test_legal_aid_ui import open_page
from ui.app import load_stylesheet
from ui.app_context import AppContext
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.notifier import Kind, Progress
from ui.pages.legal_aid import LegalAidPage
from ui.widgets.busy import BusyIndicator

__all__ = ["units"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
RETIRED_ID = idnumber.make("329999", date(1985, 3, 3), 21)  # a region code no longer listed
WARNING = "地区码 329999 不在现行代码表中（可能已撤销），请核对"


def _intake_with_a_warning(qtbot: QtBot, window: MainWindow, units: Units) -> LegalAidPage:
    page = open_page(qtbot, window)
    app = window.app
    draft = wage_claim(units.window)
    draft = replace(draft, applicant=replace(draft.applicant, id_number=RETIRED_ID))
    with qtbot.waitSignal(app.ops.finished, timeout=30_000):
        app.ops.write(lambda: app.legal_aid.intake(draft), owner=page)
    idle(qtbot, app)
    qtbot.waitUntil(lambda: page.application is not None, timeout=30_000)
    return page


def test_a_warning_stays_on_the_legal_aid_pane_until_dismissed(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    page = _intake_with_a_warning(qtbot, window, units)
    banner = messages.wait(qtbot, Kind.BANNER)
    assert page.application is not None and page.application.row.id in banner.ids
    panel = page.panel
    assert panel.banner.isVisible()
    assert panel.banner.text.text() == WARNING
    assert banner.on_banner  # the pane showed it: no status line as well
    assert messages.of(Kind.STATUS) == []
    # a reload of the same record keeps it; the person dismisses it
    page.refresh()
    idle(qtbot, window.app)
    assert panel.banner.isVisible() and panel.banner.text.text() == WARNING
    panel.banner.dismiss_button.click()
    assert not panel.banner.isVisible()


@pytest.mark.parametrize(
    ("language", "warning", "dismiss"),
    [
        ("zh_CN", WARNING, "知道了"),
        (
            "en",
            "Region code 329999 is not in the current code list (it may have been retired); "
            "please check",
            "OK",
        ),
    ],
)
def test_the_banner_renders_at_1366x768_in_chinese_and_english(
    qtbot: QtBot,
    app: AppContext,
    places: Places,
    units: Units,
    language: str,
    warning: str,
    dismiss: str,
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = QLocale()
    installed = install_translators(qapp, language)
    load_stylesheet(qapp)  # the banner's colours, as the app shows it
    try:
        window = MainWindow(app, "today")
        qtbot.addWidget(window)
        window.show_on_screen(QSize(1366, 768))
        idle(qtbot, app)
        page = _intake_with_a_warning(qtbot, window, units)
        panel = page.panel
        assert panel.banner.isVisible()
        assert (panel.banner.text.text(), panel.banner.dismiss_button.text()) == (
            warning,
            dismiss,
        )
        # the banner sits under the heading, the next step still above the fold
        assert panel.banner.geometry().bottom() < panel.bar.geometry().top()
        assert panel.bar.mapTo(window, panel.bar.rect().bottomLeft()).y() < 768
        assert window.grab().save(str(SCREENSHOTS / f"legal-aid-banner-{language}.png"))
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
        qapp.setStyleSheet("")


def test_a_batch_of_notices_reports_each_applicant_to_the_busy_indicator(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    app = window.app
    page = open_page(qtbot, window)
    group = group_of(units.window, ["赵大勇", "孙三", "李五"], "惠民超市欠薪群体案件")
    with qtbot.waitSignal(app.ops.finished, timeout=30_000):
        app.ops.write(lambda: app.legal_aid.intake_group(group), owner=page)
    idle(qtbot, app)
    with app.store.sessions() as session:
        ids = list(session.execute(select(col(LegalAidApplication.id))).scalars())
    assert len(ids) == 3
    busy: list[Progress | None] = []
    app.notifier.busy.connect(busy.append)
    indicator = present(window.findChild(BusyIndicator, "busyIndicator"))
    said: list[str] = []  # what the status bar's indicator read at each step
    app.notifier.busy.connect(lambda p: said.append(indicator.text.text()) if p else None)
    page.issue_notice("acceptance", ids)
    offer = messages.wait(qtbot, Kind.OFFER, timeout=60_000)
    assert offer.text.startswith("已生成：")
    title = "法律援助申请受理通知书"
    counts = [(p.text, p.done, p.total) for p in busy if p is not None]
    assert counts == [(title, 0, 0), (title, 1, 4), (title, 2, 4), (title, 3, 4), (title, 4, 4)]
    assert busy[-1] is None  # the indicator is hidden again
    assert said == [title, f"{title} 1/4", f"{title} 2/4", f"{title} 3/4", f"{title} 4/4"]
    assert not indicator.isVisible()
