"""Intake from the grid on the pages: a 矛盾纠纷线索 event and a dispute follow-up visit open the
dispute intake prefilled and linked; the visit picker searches."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gridwarden.models import Resident
from gridwarden.services.events import EventDraft
from gridwarden.services.register import HouseholdDraft, ResidentDraft
from gridwarden.services.visits import VisitDraft
from tests.conftest import Places, present
from tests.dispute_support import ZHANG_ID, Units
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from ui.dialogs.dispute_intake import IntakeDialog
from ui.main_window import MainWindow
from ui.notifier import Kind


@pytest.fixture
def zhang(window: MainWindow, places: Places) -> tuple[str, str]:
    """张三 at home, with a dispute follow-up visit that found a quarrel over a leak."""
    app = window.app
    home = app.register.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室"))
    household_id = home.primary_id or ""
    resident = app.register.save_resident(
        ResidentDraft(household_id, "张三", ZHANG_ID, "13812345678", "户主")
    )
    visit = app.visits.record(
        VisitDraft(
            household_id,
            "dispute_follow_up",
            "张三反映楼上漏水未修，双方争吵",
            resident_id=resident.primary_id,
        )
    )
    return household_id, visit.primary_id or ""


def intake_of(qtbot: QtBot, window: MainWindow) -> IntakeDialog:
    page = window.disputes
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(IntakeDialog)))
    dialog = shown_dialog(page, IntakeDialog)
    assert window.stack.currentWidget() is page
    return dialog


def complete_and_save(qtbot: QtBot, window: MainWindow, dialog: IntakeDialog) -> None:
    type_text(qtbot, dialog.party_editors[1].name, "李梅")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, window.app)


def test_a_dispute_lead_event_becomes_a_dispute(
    qtbot: QtBot, window: MainWindow, units: Units, zhang: tuple[str, str], messages: Messages
) -> None:
    _home, visit_id = zhang
    event_id = window.app.events.report(
        EventDraft("dispute_lead", "楼上漏水引发邻里争吵", "工农路12号3幢", visit_id=visit_id)
    ).primary_id
    other = window.app.events.report(EventDraft("safety_hazard", "楼道堆放杂物")).primary_id
    window.open_event(other or "")
    qtbot.waitUntil(lambda: window.events.detail is not None)
    assert not window.events.dispute_button.isEnabled()  # only a dispute lead converts
    window.open_event(event_id or "")
    qtbot.waitUntil(
        lambda: window.events.detail is not None and window.events.detail.row.id == event_id
    )
    assert window.events.dispute_button.isEnabled()
    number = present(window.events.detail).row.number
    window.events.dispute_button.click()
    dialog = intake_of(qtbot, window)
    assert dialog.source.currentData() == "grid_event"
    assert dialog.grid_event_number.text() == number
    assert dialog.fields["grid_event_number"].container.isVisibleTo(dialog)
    assert dialog.facts.toPlainText() == "楼上漏水引发邻里争吵\n地点：工农路12号3幢"
    applicant = dialog.party_editors[0]
    assert (applicant.name.text(), applicant.id_number.text()) == ("张三", ZHANG_ID)
    assert number in dialog.windowTitle()
    complete_and_save(qtbot, window, dialog)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.grid_event_number == number)
    assert "网格事件：" + number in page.panel.info.text()
    dispute_number = present(page.detail).row.number
    window.open_event(event_id or "")  # converting again opens the dispute taken in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.events)
    qtbot.waitUntil(lambda: window.events.detail is not None)
    window.events.dispute_button.click()
    shown = messages.wait(qtbot, Kind.INFORM)
    assert shown.text == f"该网格事件已转为纠纷 {dispute_number}，已为你打开。"
    assert page.detail is not None and page.detail.row.number == dispute_number


def test_a_follow_up_visit_becomes_a_dispute_and_the_picker_searches(
    qtbot: QtBot, window: MainWindow, units: Units, zhang: tuple[str, str]
) -> None:
    household_id, visit_id = zhang
    window.open_household(household_id)
    households = window.households
    qtbot.waitUntil(lambda: households.detail is not None and households.detail.visits != [])
    assert not households.panel.dispute_button.isEnabled()  # nothing selected yet
    households.panel.visits.selectRow(0)
    assert households.panel.dispute_button.isEnabled()
    households.panel.dispute_button.click()
    dialog = intake_of(qtbot, window)
    assert dialog.source.currentData() == "visit"
    assert dialog.visit.visit_id() == visit_id
    assert dialog.visit.results.currentText().startswith("2026-11-29 工农路12号3幢101室 张三")
    assert dialog.facts.toPlainText() == "张三反映楼上漏水未修，双方争吵"
    picker = dialog.visit
    with qtbot.assertNotEmitted(picker.found, wait=300):
        pass  # a prefilled visit starts no search
    with qtbot.waitSignal(picker.found) as found:
        type_text(qtbot, picker.search, "和平路")  # nothing there
    assert found.args == [0]
    assert (picker.visit_id(), picker.results.currentText()) == (None, "没有找到符合的走访记录")
    picker.search.clear()
    with qtbot.waitSignal(picker.found) as found:
        type_text(qtbot, picker.search, "漏水")
    assert found.args == [1]
    assert picker.visit_id() == visit_id
    complete_and_save(qtbot, window, dialog)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.visit_summary != "")
    assert "走访：2026-11-29 工农路12号3幢101室" in page.panel.info.text()
    applicant = present(page.detail).parties[0]
    with window.app.store.sessions() as session:  # linked to the resident who was visited
        linked = present(session.get(Resident, present(applicant.resident_id)))
    assert (linked.name, linked.household_id) == ("张三", household_id)
