"""After intake: the clerk opens a notice just written or one issued before, corrects what the
law's trail still allows, voids a mistaken application with its reason, and finds a group case
once on the today page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid_lifecycle as life
from tests.legal_aid_support import Units, group_of, units, wage_claim
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.ui.test_legal_aid_ui import history, open_page, save
from ui.dialogs.legal_aid_records import CorrectionDialog, VoidDialog
from ui.main_window import MainWindow
from ui.notifier import Kind
from ui.pages.legal_aid import LegalAidPage

__all__ = ["units"]


class Opened(QObject):
    """Stands in for the system's PDF viewer and file manager: records what was opened."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    # PySide6's stub types the slot's name as bytes; at run time only a str is accepted
    QDesktopServices.setUrlHandler("file", handler, "open")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def shown(qtbot: QtBot, window: MainWindow, app_id: str) -> LegalAidPage:
    page = open_page(qtbot, window)
    page.open_application(app_id)
    qtbot.waitUntil(lambda: page.application is not None and page.application.row.id == app_id)
    return page


def grant(qtbot: QtBot, window: MainWindow, app_id: str) -> None:
    """Decided at another desk of this device: the page hears of it as of any write."""
    service = window.legal_aid.service
    window.app.ops.write(lambda: service.act(app_id, "grant", life.StepInput()))
    idle(qtbot, window.app)


def test_a_notice_is_offered_to_open_and_those_issued_stay_listed(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    units: Units,
    opened: Opened,
    messages: Messages,
) -> None:
    service = window.legal_aid.service
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    page = shown(qtbot, window, app_id)
    issued = page.panel.issued
    assert not issued.isVisible()  # nothing issued yet
    page.panel.notice_buttons["acceptance"].click()
    offer = messages.wait(qtbot, Kind.OFFER)
    pdf = Path(offer.text.splitlines()[1])
    assert [a.name for a in offer.actions] == ["openPdf", "openFolder"]
    offer.choose("打开 PDF")
    assert opened.paths == [pdf]
    qtbot.waitUntil(lambda: issued.model.rowCount() == 1)
    assert issued.model.index(0, 0).data() == "2026-11-29 10:00"
    assert issued.model.index(0, 1).data() == "法律援助申请受理通知书"
    assert issued.model.index(0, 3).data() == pdf.name
    grant(qtbot, window, app_id)
    page.panel.notice_buttons["grant"].click()
    qtbot.waitUntil(lambda: issued.model.rowCount() == 2)
    assert [issued.model.index(r, 1).data() for r in range(2)] == [
        "给予法律援助决定书",
        "法律援助申请受理通知书",
    ]
    qtmodeltester.check(issued.model, force_py=True)
    issued.table.selectRow(1)
    issued.folder_button.click()
    assert opened.paths[-1] == pdf.parent
    assert history(page)[-1] == ("出具文书", "已决定援助")


def test_corrections_follow_the_trail(qtbot: QtBot, window: MainWindow, units: Units) -> None:
    app_id = window.legal_aid.service.intake(wage_claim(units.window)).primary_id or ""
    page = shown(qtbot, window, app_id)
    page.panel.correct_button.click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, CorrectionDialog) and dialog.name.isEnabled()
    assert dialog.id_number.text() == "" and "********" in dialog.id_number.placeholderText()
    dialog.address.clear()
    type_text(qtbot, dialog.address, "崇川区工农路99号")
    type_text(qtbot, dialog.note, "申请人搬家")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: "崇川区工农路99号" in page.panel.applicant.text())
    assert history(page)[-1] == ("更正", "审查中")
    assert page.panel.step_model.index(1, 4).data() == "申请人搬家；更正：住址"
    grant(qtbot, window, app_id)
    page.panel.correct_button.click()
    after = shown_dialog(page, QDialog)
    assert isinstance(after, CorrectionDialog)
    assert not after.name.isEnabled() and not after.summary.isEnabled() and after.phone.isEnabled()
    after.reject()
    assert not page.panel.void_button.isEnabled()  # decided: never voided


def test_a_mistaken_application_is_voided_and_found_among_the_voided(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    app_id = window.legal_aid.service.intake(wage_claim(units.window)).primary_id or ""
    page = shown(qtbot, window, app_id)
    page.panel.void_button.click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, VoidDialog)
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.fields["reason"].message.text() == "请写明作废的原因"
    type_text(qtbot, dialog.reason, "重复录入")
    save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: page.application is not None and page.application.row.voided)
    assert page.panel.heading.text().endswith("已作废")
    assert page.panel.due_line.text() == "已于 2026-11-29 10:00 作废：重复录入"
    assert not any(b.isEnabled() for b in page.panel.step_actions.values())
    assert page.model.rowCount() == 0  # gone from the queue of open applications
    page.status.setCurrentIndex(page.status.findData(q.VOIDED))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "已作废")


def test_today_lists_a_group_once_and_opens_it(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    draft = group_of(units.window, ["甲某", "乙某", "丙某"], "惠民超市欠薪群体案件")
    window.legal_aid.service.intake_group(draft)
    cast(FixedClock, window.app.clock).advance(days=7)  # 12-06: the decisions are due tomorrow
    window.today.refresh()
    idle(qtbot, window.app)
    due = window.today.models["legalAidDue"]
    assert due.rowCount() == 1 and due.index(0, 1).data() == "惠民超市欠薪群体案件（3 人）"
    window.today.tables["legalAidDue"].doubleClicked.emit(due.index(0, 0))
    page = window.legal_aid
    qtbot.waitUntil(lambda: isinstance(page.detail, q.GroupDetail))
    assert page.right.currentWidget() is page.group
    assert page.group.member_model.rowCount() == 3
