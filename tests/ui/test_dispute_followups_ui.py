"""After intake, on the page: the ledger fits the window, a co-respondent is added and one
removed with a reason, a court referral is accepted before a mediator is assigned, an obligation
is followed up and marked not performed, and exporting the dossier does not hold up a save."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import AuditEntry
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import ObligationDraft, PartyDraft, SessionDraft
from tests.conftest import NOW, present
from tests.dispute_support import (
    COMPANY_USCC,
    LI_ID,
    Units,
    agreement_draft,
    court_draft,
    neighbour_draft,
    sign,
)
from tests.ui.conftest import Messages, idle, type_text
from tests.ui.dispute_ui_support import act, open_page, submit
from ui.dialogs.dispute import ObligationDialog, StepDialog
from ui.dialogs.dispute_intake import PartyDialog
from ui.dialogs.register import ReasonDialog
from ui.main_window import MainWindow
from ui.notifier import Kind
from ui.pages.disputes import DEADLINE_COLUMN


def test_the_ledger_shows_the_deadline_at_1440_px_without_scrolling_sideways(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    long_names = neighbour_draft(units.station, category="labour_wage")
    long_names.parties[1].name = "南通市崇川区恒昌装饰工程有限公司第二项目部"
    window.app.disputes.register(long_names)
    window.resize(1440, 900)
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    table = page.table
    horizontal = Qt.Orientation.Horizontal
    assert page.model.headerData(DEADLINE_COLUMN, horizontal) == "期限"
    assert page.model.index(0, DEADLINE_COLUMN).data() == "剩 30 天"
    right_edge = table.columnViewportPosition(DEADLINE_COLUMN) + table.columnWidth(DEADLINE_COLUMN)
    assert right_edge <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0


def test_a_party_is_added_and_another_removed_with_a_reason(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    window.app.disputes.register(neighbour_draft(units.station))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    dialog = act(qtbot, window, "add_party")
    assert isinstance(dialog, PartyDialog)
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData("organisation"))
    type_text(qtbot, dialog.editor.name, "南通市崇川区安居物业服务有限公司")
    type_text(qtbot, dialog.editor.uscc, COMPANY_USCC)
    type_text(qtbot, present(dialog.reason), "查明公共管道由物业负责维修")
    submit(qtbot, window, dialog, "add_party")
    assert page.panel.party_model.rowCount() == 3
    assert page.panel.party_model.index(2, 1).data() == "南通市崇川区安居物业服务有限公司"
    page.panel.parties_view.selectRow(1)  # 李梅, added by mistake
    dialog = act(qtbot, window, "remove_party")
    assert isinstance(dialog, ReasonDialog)
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.fields["reason"].message.text() == "请写明移除该当事人的原因"
    type_text(qtbot, dialog.reason, "经查李梅已将房屋出售，与本纠纷无关")
    submit(qtbot, window, dialog, "remove_party")
    assert [page.panel.party_model.index(r, 1).data() for r in range(2)] == [
        "张三",
        "南通市崇川区安居物业服务有限公司",
    ]
    assert page.detail is not None and page.detail.row.parties == (
        "张三 — 南通市崇川区安居物业服务有限公司"
    )
    last = page.panel.step_model.rowCount() - 1
    assert page.panel.step_model.index(last, 1).data() == "移除当事人"
    assert "经查李梅已将房屋出售" in page.panel.step_model.index(last, 5).data()


def test_a_court_referral_is_accepted_before_a_mediator_is_assigned(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    window.app.disputes.register(court_draft(units, procedure="ordinary"))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    assert "待接收：应于 2026-12-02 前接收（剩 3 天" in page.panel.info.text()
    assert not page.panel.by_key["assign"].isEnabled()
    dialog = act(qtbot, window, "accept_referral")
    assert isinstance(dialog, StepDialog) and "accepted_on" in dialog.widgets
    submit(qtbot, window, dialog, "accept_referral")
    detail = page.detail
    assert detail is not None and detail.referral_accepted_on == date(2026, 11, 29)
    assert "已于 2026-11-29 接收委派/委托" in page.panel.info.text()
    assert "调解期限：2026-12-14" in page.panel.info.text()  # 15 days from acceptance
    assert page.panel.by_key["assign"].isEnabled()
    assert not page.panel.by_key["accept_referral"].isEnabled()


def test_an_obligation_is_followed_up_and_marked_not_performed(
    qtbot: QtBot, window: MainWindow, units: Units, clock: FixedClock
) -> None:
    disputes = window.app.disputes
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    duty = ObligationDraft("李梅", "修复卫生间防水", date(2026, 12, 3))
    disputes.save_agreement(dispute_id, agreement_draft(obligations=[duty]))
    sign(disputes, dispute_id)
    clock.advance(days=6)  # 12-05: two days overdue
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "agreed")
    panel = page.panel
    panel.tabs.setCurrentIndex(2)
    assert panel.obligation_model.index(0, 4).data() == "逾期 2 天"
    panel.obligations_view.selectRow(0)
    dialog = act(qtbot, window, "supervise")
    assert isinstance(dialog, ReasonDialog)
    type_text(qtbot, dialog.reason, "电话督促，李梅称本周内维修")
    submit(qtbot, window, dialog, "supervise")
    panel.obligations_view.selectRow(0)
    dialog = act(qtbot, window, "breach")
    assert isinstance(dialog, ObligationDialog)
    dialog.submit()  # no note
    idle(qtbot, window.app)
    assert "请写明不履行的情况" in dialog.fields["note"].message.text()
    type_text(qtbot, dialog.note, "两次督促后明确表示不再维修")
    submit(qtbot, window, dialog, "breach")
    assert panel.obligation_model.index(0, 4).data() == "2026-12-05 不履行"
    assert [panel.supervision_model.index(r, 1).data() for r in range(2)] == [
        "督促履行",
        "登记不履行",
    ]
    text = panel.performance_label.text()
    assert "1 项，已履行 0，不履行 1" in text and "第三十二条" in text


def test_exporting_the_dossier_does_not_hold_up_a_save(
    qtbot: QtBot,
    window: MainWindow,
    units: Units,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    import gridwarden.services.dispute_documents as documents

    disputes = window.app.disputes
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    rendering, release = threading.Event(), threading.Event()
    threads: list[str] = []
    real_export = documents.export  # type: ignore[attr-defined]  # patched where it is used

    def slow_export(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        rendering.set()
        assert release.wait(20), "the save never finished while the dossier was rendering"
        return real_export(*args, **kwargs)

    monkeypatch.setattr(documents, "export", slow_export)
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    page.panel.by_key["dossier"].trigger()
    qtbot.waitUntil(rendering.is_set)
    saved: list[object] = []
    session = SessionDraft(dispute_id, NOW - timedelta(hours=1), "调解室", ["张三"], "双方陈述。")
    window.app.ops.write(lambda: disputes.record_session(session), saved.append)
    qtbot.waitUntil(lambda: bool(saved))  # the save went through while the export rendered
    assert messages.of(Kind.INFORM) == []
    release.set()
    pdf = Path(messages.wait(qtbot, Kind.INFORM, "已保存").text.splitlines()[1])
    assert pdf.suffix == ".pdf" and pdf.exists()
    # the status bar counted the export's steps: read, laid out, both files written
    assert messages.counted == ["正在导出卷宗 1/3", "正在导出卷宗 2/3", "正在导出卷宗 3/3"]
    # rendered on the file worker, never the writer (which took the save meanwhile)
    assert len(threads) == 1 and threads[0].startswith("gw-files")
    with window.app.store.sessions() as s:
        audit = s.execute(
            select(col(AuditEntry.action)).where(col(AuditEntry.record_id) == dispute_id)
        ).scalars()
        assert "dispute.export_dossier" in list(audit)


def test_a_saves_warning_stays_on_the_dispute_until_dismissed(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    disputes = window.app.disputes
    disputes.register(neighbour_draft(units.station))
    other = neighbour_draft(units.station)
    other.parties[1] = PartyDraft(role="respondent", name="王五")
    second = disputes.register(other).primary_id or ""
    unrelated = neighbour_draft(units.station, category="traffic")
    unrelated.parties[0] = PartyDraft(role="applicant", name="赵六")
    unrelated.parties[1] = PartyDraft(role="respondent", name="钱七")
    third = disputes.register(unrelated).primary_id or ""
    open_page(qtbot, window)
    page = window.disputes
    page.open_dispute(second)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == second)
    banner = page.panel.banner
    assert not banner.isVisible()
    li = PartyDraft(role="respondent", name="李梅", id_number=LI_ID)
    window.app.ops.write(lambda: disputes.add_party(second, li))
    warned = messages.wait(qtbot, Kind.BANNER)
    assert second in warned.ids and third not in warned.ids and "可能重复受理" in warned.text
    qtbot.waitUntil(banner.isVisible)
    assert "可能重复受理" in banner.text.text()
    idle(qtbot, window.app)  # the ledger's reload after the save is in
    page.open_dispute(third)  # another record: its pane has no warning
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == third)
    assert not banner.isVisible()
    page.open_dispute(second)  # back: the warning is still there, not a passing status line
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == second)
    assert banner.isVisible() and "可能重复受理" in banner.text.text()
    banner.dismiss_button.click()
    assert not banner.isVisible()
    page.open_dispute(third)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == third)
    page.open_dispute(second)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == second)
    idle(qtbot, window.app)
    assert not banner.isVisible()  # dismissed stays dismissed
