"""Work orders on the events page: a 12345 order reported with its number, an extension asked by
the warden and approved by the grid centre, urging refused to a warden, the statistics tab with
its figures, charts and Excel workbook (rendered at 1366×768 for a person to look at)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.rules import event_lifecycle as life
from tests.conftest import Places, present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.ui.test_events_ui import open_events
from ui.dialogs.event import EventDialog, StepDialog
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_a_12345_order_with_extension_decided_by_the_centre(
    qtbot: QtBot, window: MainWindow, places: Places, messages: Messages
) -> None:
    open_events(qtbot, window)
    page = window.events
    page.report_event()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, EventDialog)
    assert not dialog.hotline_number.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("hotline"))
    assert dialog.hotline_number.isEnabled()
    type_text(qtbot, dialog.description, "夜间施工噪声扰民")
    dialog.submit()  # no order number yet: refused at its field
    idle(qtbot, window.app)
    assert dialog.fields["hotline_number"].message.text() == "12345 热线工单须填写热线工单编号"
    type_text(qtbot, dialog.hotline_number, "20261129000321")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("priority"))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.detail is not None)
    idle(qtbot, window.app)
    detail = present(page.detail)
    assert (detail.row.channel, detail.row.hotline_number, detail.row.urgency) == (
        "hotline",
        "20261129000321",
        "priority",
    )
    assert "来源：12345热线（工单号 20261129000321）；紧急程度：加急" in page.info.text()
    eid = detail.row.id
    window.app.events.act(eid, "dispatch", life.StepInput(department_id=places.department))
    window.app.events.act(eid, "sign", life.StepInput())
    page.load_detail(eid)
    idle(qtbot, window.app)
    qtbot.waitUntil(lambda: present(page.detail).row.status == "signed")
    # a warden may not urge: the button is off and the step is explained when asked for
    assert not page.step_actions["urge"].isEnabled()
    page.start_action("urge")
    assert messages.texts == ["只有网格中心 / 网格长可以催办"]
    page.step_actions["extend"].trigger()
    ask = shown_dialog(page, QDialog)
    assert isinstance(ask, StepDialog) and ask.new_date is not None
    type_text(qtbot, present(ask.reason), "需与住建部门会商")
    ask.submit()
    qtbot.waitUntil(lambda: not ask.isVisible())
    qtbot.waitUntil(lambda: present(page.detail).row.extension_until is not None)
    assert "延期申请待网格中心审核" in page.info.text()
    qtbot.waitUntil(lambda: str(page.model.index(0, 2).data()).startswith("【延】"))
    window.app.settings.user_role = "supervisor"  # the grid centre's account
    window.app.sign_in_as(
        window.app.services.actor.__class__(
            "centre", "李强", "supervisor", window.app.services.actor.device_id
        )
    )
    page.load_detail(eid)
    idle(qtbot, window.app)
    assert page.step_actions["approve_ext"].isEnabled()
    page.step_actions["approve_ext"].trigger()
    approve = shown_dialog(page, QDialog)
    assert isinstance(approve, StepDialog)
    approve.submit()
    qtbot.waitUntil(lambda: not approve.isVisible())
    qtbot.waitUntil(lambda: present(page.detail).steps[-1].action == "approve_ext")
    assert present(page.detail).row.extension_until is None
    assert [page.step_model.index(r, 1).data() for r in range(page.step_model.rowCount())][-2:] == [
        "申请延期",
        "批准延期",
    ]


@pytest.mark.demo(households=400, events=120)
def test_statistics_tab_figures_chart_and_workbook(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, messages: Messages
) -> None:
    open_events(qtbot, window)
    page = window.events
    page.tabs.setCurrentIndex(1)
    idle(qtbot, window.app)
    stats = page.stats
    data = present(stats.data)
    assert data.start == date(2026, 6, 1) and data.end == date(2026, 11, 29)
    assert stats.figures["sign"].text() == f"{data.sign_on_time.value * 100:.2f}%"  # type: ignore[operator]
    assert stats.figures["volume"].text().startswith(f"{data.total} 件")
    assert [label for label, _v in stats.channel_chart.bars] == [
        {
            "patrol": "网格巡查",
            "hotline": "12345热线",
            "resident": "群众上报",
            "platform": "平台预警",
            "transfer": "部门转办",
        }[k]
        for k in data.by_channel
    ]
    assert stats.department_model.rowCount() == len(data.departments)
    window.resize(1366, 768)
    idle(qtbot, window.app)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "events-statistics.png"))
    stats.export()
    exported = str(messages.exported(qtbot))
    book = load_workbook(exported)
    assert book.sheetnames[:3] == ["总体指标", "按渠道", "按类别"]
    sheets = len(book.sheetnames)  # the status bar counted each sheet and the save
    assert messages.counted == [
        "正在汇总统计数据 0/1",
        *(f"导出统计 {n}/{sheets + 1}" for n in range(1, sheets + 2)),
    ]
    rows = list(book["总体指标"].iter_rows(min_row=2, max_row=5, values_only=True))
    assert rows[0][:3] == ("按时签收率", data.sign_on_time.hits, data.sign_on_time.total)
    assert rows[3][:3] == ("联动率", data.linkage.hits, data.linkage.total)


def test_time_limits_are_seen_by_all_and_set_by_the_centre(
    qtbot: QtBot, window: MainWindow, places: Places
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.time_limits import TimeLimitsDialog

    open_events(qtbot, window)
    page = window.events
    page.limits_button.click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, TimeLimitsDialog)
    assert (
        dialog.grid.rowCount() == 15
        and dialog.grid.verticalHeaderItem(2).text() == "安全隐患 · 一般"
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()
    window.app.settings.user_role = "supervisor"
    actor = window.app.services.actor
    window.app.sign_in_as(actor.__class__("centre", "周主任", "supervisor", actor.device_id))
    page.limits_button.click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, TimeLimitsDialog)
    dialog.spins[("other/normal", "sign")].setValue(20)
    dialog.spins[("other/normal", "handle")].setValue(10)
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.fields["table"].message.text() == "其他 · 一般：签收时限不能长于办理时限"
    dialog.spins[("other/normal", "sign")].setValue(2)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.app.settings.event_time_limits["other/normal"] == {
        "sign": 2,
        "handle": 10,
        "return": 2,
    }
