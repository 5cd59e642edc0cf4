"""A warden moves a work order through its lifecycle; an illegal step is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft
from tests.conftest import Places, present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from ui.dialogs.event import EventDialog, StepDialog
from ui.main_window import MainWindow
from ui.notifier import Kind


def open_events(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("events")
    idle(qtbot, window.app)


def report(qtbot: QtBot, window: MainWindow, text: str) -> str:
    page = window.events
    page.report_event()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, EventDialog)
    dialog.category.setCurrentIndex(dialog.category.findData("other"))
    type_text(qtbot, dialog.description, text)
    type_text(qtbot, dialog.location, "工农路路口")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.count.text() == "共 1 件")
    idle(qtbot, window.app)
    return present(page.detail).row.id


def step(qtbot: QtBot, window: MainWindow, action: str, **fill: str) -> None:
    page = window.events
    button = page.step_actions[action]
    assert button.isEnabled(), f"{action} should be allowed in {present(page.detail).row.status}"
    button.trigger()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, StepDialog)
    if "department" in fill and dialog.department is not None:
        dialog.department.setCurrentIndex(dialog.department.findText(fill["department"]))
    if "note" in fill and dialog.note is not None:
        type_text(qtbot, dialog.note, fill["note"])
    if "satisfaction" in fill and dialog.satisfaction is not None:
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(fill["satisfaction"]))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.steps[-1].action == action)
    idle(qtbot, window.app)


def test_an_event_through_its_whole_lifecycle(
    qtbot: QtBot, window: MainWindow, places: Places
) -> None:
    open_events(qtbot, window)
    report(qtbot, window, "路灯损坏多日未修")
    page = window.events
    assert page.model.index(0, 3).data() == "受理"  # 编号, 紧急, 描述, 状态
    enabled = [code for code, b in page.step_actions.items() if b.isEnabled()]
    assert enabled == ["dispatch", "merge"]
    step(qtbot, window, "dispatch", department="区城市管理局")
    step(qtbot, window, "sign")
    step(qtbot, window, "handle", note="已派人维修")
    step(qtbot, window, "reply", note="路灯已修复")
    step(qtbot, window, "close")
    step(qtbot, window, "callback", satisfaction="satisfied")
    detail = present(page.detail)
    assert detail.row.status == "callback" and detail.satisfaction == "satisfied"
    assert detail.row.department == "区城市管理局"
    history = [
        (page.step_model.index(r, 1).data(), page.step_model.index(r, 2).data())
        for r in range(page.step_model.rowCount())
    ]
    assert history == [
        ("受理", "受理"),
        ("派发", "已派发"),
        ("签收", "已签收"),
        ("处置", "处置中"),
        ("回复", "已回复"),
        ("办结", "已办结"),
        ("回访", "已回访"),
    ]
    assert "路灯已修复" in page.step_model.index(4, 5).data()
    assert not any(b.isEnabled() for b in page.step_actions.values())


def test_illegal_step_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, places: Places, messages: Messages
) -> None:
    open_events(qtbot, window)
    report(qtbot, window, "楼道堆物")
    page = window.events
    page.start_action("close")  # 办结 on a just-accepted order
    assert messages.texts == ["事件当前为「受理」，不能办结"]
    assert page.detail is not None and page.detail.row.status == "accepted"
    assert len(page.detail.steps) == 1


def test_a_step_on_a_state_that_moved_meanwhile_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow, places: Places, messages: Messages
) -> None:
    open_events(qtbot, window)
    event_id = report(qtbot, window, "井盖缺失")
    page = window.events
    page.step_actions["dispatch"].trigger()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, StepDialog)
    # meanwhile the order is dispatched from elsewhere (another window, a sync)
    window.app.events.act(event_id, "dispatch", life.StepInput(department_id=places.department))
    dialog.submit()
    assert messages.wait(qtbot, Kind.WARN).text == "事件已变为「已派发」，请刷新后再操作"
    assert dialog.isVisible()
    dialog.reject()


def test_reject_needs_a_legal_basis_marked_at_its_field(
    qtbot: QtBot, window: MainWindow, places: Places
) -> None:
    event_id = window.app.events.report(EventDraft("group_rental", "一套房住十余人")).primary_id
    window.app.events.act(
        event_id or "", "dispatch", life.StepInput(department_id=places.department)
    )
    open_events(qtbot, window)
    page = window.events
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "dispatched")
    page.step_actions["reject"].trigger()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, StepDialog)
    type_text(qtbot, present(dialog.reason), "不属本部门职责")
    dialog.submit()
    idle(qtbot, window.app)
    row = dialog.fields["legal_basis"]
    assert row.message.text() == "驳单或退单须写明法律或职责依据"
    assert dialog.isVisible() and present(dialog.reason).text() == "不属本部门职责"
    dialog.reject()
