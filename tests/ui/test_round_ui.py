"""The warden's round on the visits page: the due households by building and unit, a round
started, one household ticked 未遇 with one click and one met, the counts shown, the round
finished; the demo campaign's coverage per micro-grid (rendered at 1366×768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.queries import rounds as rq
from tests.conftest import present
from tests.ui.conftest import idle, shown_dialog
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def households(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    if item.childCount() == 0:
        return [item]
    return [leaf for i in range(item.childCount()) for leaf in households(present(item.child(i)))]


def buildings_of(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [present(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]


def leaves_of(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The round's households in the order shown, under their buildings."""
    return [leaf for building in buildings_of(tree) for leaf in households(building)]


@pytest.mark.demo(households=300, events=20)
def test_a_round_ticked_off_by_building_and_unit(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    window.show_page("visits")
    page = window.visits
    page.tabs.setCurrentIndex(1)
    idle(qtbot, window.app)
    view = page.round
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0)
    with window.app.store.sessions() as session:
        due = rq.due_stops(session, clock.today())
    buildings = [item.text(0) for item in buildings_of(view.tree)]
    assert buildings == list(dict.fromkeys(s.place.building for s in due))
    leaves = leaves_of(view.tree)
    assert [leaf.toolTip(0) for leaf in leaves] == [s.address for s in due]
    assert view.summary.text() == f"待走访 {len(due)} 户"
    view.start_button.click()
    qtbot.waitUntil(lambda: view.running is not None)
    idle(qtbot, window.app)
    leaves = leaves_of(view.tree)
    not_home = present(
        present(view.tree.itemWidget(leaves[0], 3)).findChild(QPushButton, "tickNotHome")
    )
    not_home.click()  # 未遇: one click
    qtbot.waitUntil(lambda: view.running is not None and view.running.not_home == 1)
    idle(qtbot, window.app)
    leaves = leaves_of(view.tree)
    present(present(view.tree.itemWidget(leaves[1], 3)).findChild(QPushButton, "tickMet")).click()
    qtbot.waitUntil(lambda: view.running is not None and view.running.visited == 1)
    idle(qtbot, window.app)
    assert view.summary.text() == f"巡查中：计划 {len(due)} 户，已走访 1，未遇 1，用时 0 分钟"
    leaves = leaves_of(view.tree)
    # ticked households stay on the round's list with their outcome
    assert [leaf.text(2) for leaf in leaves[:2]] == ["未遇", "已走访"]
    assert len(leaves) == len(due)
    window.resize(1366, 768)
    idle(qtbot, window.app)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "visits-round.png"))
    round_id = present(view.running).id
    view.start_button.click()  # 结束巡查
    qtbot.waitUntil(lambda: view.running is None)
    with window.app.store.sessions() as session:
        summary = present(rq.round_summary(session, round_id))
    assert summary.finished_at is not None and (summary.visited, summary.not_home) == (1, 1)
    # the demo campaign: coverage per micro-grid of the home grid
    view.source.setCurrentIndex(1)
    idle(qtbot, window.app)
    qtbot.waitUntil(lambda: view.campaign_model.rowCount() > 0)
    with window.app.store.sessions() as session:
        campaign = rq.campaigns(session, clock.today())[0]
        rows = rq.coverage(session, campaign.id)
    assert view.campaign_model.rowCount() == len(rows)
    assert view.campaign_model.index(0, 2).data() == str(rows[0].visited)
    assert view.campaign_model.index(0, 3).data() == str(rows[0].total)
    assert window.grab().save(str(SCREENSHOTS / "visits-campaign.png"))


def test_the_grid_centre_sets_up_a_campaign(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, places: object
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.conftest import type_text
    from ui.dialogs.campaign import CampaignDialog

    window.show_page("visits")
    page = window.visits
    page.tabs.setCurrentIndex(1)
    idle(qtbot, window.app)
    assert not page.round.campaign_button.isVisibleTo(page.round)  # a warden does not
    actor = window.app.services.actor
    window.app.sign_in_as(actor.__class__("centre", "周主任", "supervisor", actor.device_id))
    page.round.refresh()
    idle(qtbot, window.app)
    assert page.round.campaign_button.isVisibleTo(page.round)
    page.round.campaign_button.click()
    qtbot.waitUntil(lambda: isinstance(shown_dialog(page.round, QDialog), CampaignDialog))
    dialog = shown_dialog(page.round, QDialog)
    assert isinstance(dialog, CampaignDialog)
    assert dialog.micros.count() == 2  # the two micro-grids of the test district
    type_text(qtbot, dialog.name, "汛前独居老人走访")
    dialog.submit()  # no micro-grid ticked: refused at its field
    idle(qtbot, window.app)
    assert dialog.fields["micro_grid_ids"].message.text() == "请至少选择一个微网格"
    dialog.micros.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.tags["elderly_alone"].setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("flood_season"))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, window.app)
    with window.app.store.sessions() as session:
        [campaign] = rq.campaigns(session, clock.today())
    assert (campaign.name, campaign.kind, campaign.micro_grids) == (
        "汛前独居老人走访",
        "flood_season",
        1,
    )
    qtbot.waitUntil(lambda: page.round.source.findData(campaign.id) > 0)
