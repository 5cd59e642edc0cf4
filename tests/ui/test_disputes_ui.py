"""A mediator takes disputes through the page: intake with a bad code, sessions to an agreement,
escalation to court, the Art. 17 refusal; the statistics page and its Excel export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.models import AuditEntry, Dispute
from gridwarden.rules import dispute_lifecycle as life
from tests.conftest import present
from tests.dispute_support import (
    BAD_USCC,
    COMPANY_USCC,
    LI_ID,
    ZHANG_ID,
    Units,
    court_draft,
    neighbour_draft,
)
from tests.legal_aid_support import add_legal_aid_units
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.ui.dispute_ui_support import act, open_page, submit
from ui.dialogs.dispute import AgreementDialog, SessionDialog, StepDialog
from ui.dialogs.dispute_intake import IntakeDialog
from ui.dialogs.legal_aid import IntakeDialog as LegalAidIntakeDialog
from ui.main_window import MainWindow
from ui.notifier import Kind


def test_intake_with_a_bad_uscc_marks_the_field_and_keeps_everything(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    open_page(qtbot, window)
    page = window.disputes
    page.new_dispute()
    dialog = shown_dialog(page, IntakeDialog)
    dialog.category.setCurrentIndex(dialog.category.findData("labour_wage"))
    type_text(qtbot, dialog.facts, "装修工程完工后拖欠工资三个月")
    type_text(qtbot, dialog.amount, "28600")
    applicant, respondent = dialog.party_editors
    type_text(qtbot, applicant.name, "张三")
    type_text(qtbot, applicant.id_number, ZHANG_ID)
    respondent.kind.setCurrentIndex(respondent.kind.findData("organisation"))
    type_text(qtbot, respondent.name, "恒昌装饰公司")
    type_text(qtbot, respondent.uscc, BAD_USCC)
    dialog.submit()
    idle(qtbot, window.app)
    row = dialog.fields["parties.1.uscc"]
    assert row.message.text() == "统一社会信用代码校验位不正确，请逐位核对"
    assert row.message.isVisibleTo(dialog) and dialog.tabs.currentIndex() == 1
    assert dialog.isVisible()
    assert (dialog.facts.toPlainText(), dialog.amount.text()) == (
        "装修工程完工后拖欠工资三个月",
        "28600",
    )
    assert (applicant.name.text(), respondent.name.text(), respondent.uscc.text()) == (
        "张三",
        "恒昌装饰公司",
        BAD_USCC,
    )
    with window.app.store.sessions() as session:
        assert session.execute(select(func.count()).select_from(Dispute)).scalar_one() == 0
    respondent.uscc.clear()
    type_text(qtbot, respondent.uscc, COMPANY_USCC)
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: page.count.text() == "共 1 件")
    idle(qtbot, window.app)
    assert page.detail is not None and page.detail.row.parties == "张三 — 恒昌装饰公司"
    assert page.detail.parties[1].uscc == COMPANY_USCC
    assert page.model.index(0, 2).data() == "劳动争议（欠薪）"


def test_a_dispute_through_sessions_to_a_signed_agreement(
    qtbot: QtBot, window: MainWindow, units: Units, tmp_path: object, messages: Messages
) -> None:
    window.app.disputes.register(neighbour_draft(units.station))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    assert [k for k, b in page.panel.by_key.items() if b.isEnabled()] == [
        "assign",
        "escalate",
        "withdraw",
        "refuse",
        "report_police",
        "decline",
        "extend",  # the parties may agree to a longer period (在线调解规则 第二十四条)
        "dossier",
        "add_party",
        "party",
        "remove_party",
    ]
    dialog = act(qtbot, window, "assign")
    assert isinstance(dialog, StepDialog)
    submit(qtbot, window, dialog, "assign")
    for text in ("双方陈述漏水经过", "背对背调解后同意赔偿"):
        dialog = act(qtbot, window, "session")
        assert isinstance(dialog, SessionDialog)
        assert dialog.attendees.text() == "张三、李梅、王芳"
        dialog.record.clear()
        type_text(qtbot, dialog.record, text)
        submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: page.panel.session_model.rowCount() == 2)
    dialog = act(qtbot, window, "written")
    assert isinstance(dialog, AgreementDialog)
    type_text(qtbot, dialog.matters, "李梅负全部责任")
    type_text(qtbot, dialog.content, "李梅赔偿张三叁仟元")
    type_text(qtbot, dialog.performance, "银行转账")
    present(dialog.table.item(0, 1)).setText("赔偿修复费")
    present(dialog.table.item(0, 2)).setText("3000")
    submit(qtbot, window, dialog, "draft_agreement")
    assert page.detail is not None and page.detail.row.status == "agreement_pending"
    dialog = act(qtbot, window, "sign")
    assert isinstance(dialog, StepDialog)
    dialog.submit()  # the Art. 29 confirmation is not ticked
    idle(qtbot, window.app)
    assert "第二十九条" in dialog.fields["signatures_complete"].message.text()
    dialog.widgets["signatures_complete"].setChecked(True)
    submit(qtbot, window, dialog, "sign")
    detail = page.detail
    assert detail is not None and (detail.row.status, detail.row.ended_level) == ("agreed", "grid")
    assert page.model.index(0, 4).data() == "已达成协议"
    assert page.panel.obligation_model.index(0, 2).data() == "3,000"
    assert "协议生效：2026-11-29" in page.panel.info.text()
    page.panel.by_key["export_agreement"].trigger()
    saved = messages.wait(qtbot, Kind.INFORM, "已保存")
    pdf = Path(saved.text.splitlines()[1])
    assert pdf.suffix == ".pdf" and pdf.exists() and pdf.parent.name == detail.row.number


def test_escalation_to_court_keeps_the_level_where_it_ended(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    dispute_id = window.app.disputes.register(neighbour_draft(units.station)).primary_id or ""
    window.app.disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    for reason, level in (("网格调解未果，金额较大", "station"), ("工作站调解未果", "court")):
        dialog = act(qtbot, window, "escalate")
        assert isinstance(dialog, StepDialog)
        dialog.submit()  # no reason yet
        idle(qtbot, window.app)
        assert dialog.fields["reason"].message.text() == "请写明上移化解层级的理由"
        type_text(qtbot, dialog.widgets["reason"], reason)
        submit(qtbot, window, dialog, "escalate")
        assert page.detail is not None and page.detail.row.level == level
    detail = present(page.detail)
    assert (detail.row.status, detail.row.ended_level) == ("failed", "court")
    # not a transfer: mediation ended (Art. 26) and a complaint filing carries the hand-off
    assert "建立起诉材料包" in messages.wait(qtbot, Kind.INFORM).text
    history = [
        (page.panel.step_model.index(r, 1).data(), page.panel.step_model.index(r, 3).data())
        for r in range(page.panel.step_model.rowCount())
    ]
    assert history == [
        ("受理登记", "网格"),
        ("指定调解员", "网格"),
        ("上移化解层级", "工作站"),
        ("上移化解层级", "法院"),
    ]
    assert "结案：2026-11-29，化解于法院" in page.panel.info.text()
    assert not page.panel.by_key["escalate"].isEnabled()


def test_a_refusal_ends_mediation_art_17(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    dispute_id = window.app.disputes.register(neighbour_draft(units.station)).primary_id or ""
    window.app.disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None)
    dialog = act(qtbot, window, "refuse")
    assert isinstance(dialog, StepDialog)
    dialog.widgets["party_name"].setCurrentIndex(1)
    type_text(qtbot, dialog.widgets["reason"], "李梅明确表示不同意调解")
    submit(qtbot, window, dialog, "refuse")
    detail = page.detail
    assert detail is not None and detail.row.status == "refused"
    assert [k for k, b in page.panel.by_key.items() if b.isEnabled()] == ["dossier"]
    page.start_action("session")
    assert messages.texts == ["当事人已明确拒绝调解，不得再行调解（人民调解法第十七条）"]
    assert detail.sessions == []


def test_statistics_page_and_excel_export(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    disputes = window.app.disputes
    agreed = disputes.register(neighbour_draft(units.station)).primary_id or ""
    disputes.act(agreed, "assign", life.StepInput(mediator_name="王芳"))
    disputes.act(agreed, "withdraw", life.StepInput(reason="已自行和解"))
    disputes.register(neighbour_draft(units.station, category="traffic"))
    open_page(qtbot, window)
    page = window.disputes
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.stats.data is not None)
    assert page.stats.summary.text().startswith("受理 2 件，办结 1 件，未结 1 件；调解成功率 0.0%")
    assert page.stats.level_chart.bars == [("网格", 1), ("工作站", 0), ("法院", 0)]
    page.stats.export()
    exported = messages.exported(qtbot)
    book = openpyxl.load_workbook(str(exported))
    assert book.sheetnames == ["化解层级", "纠纷类别", "汇总"]
    # counted in the status bar: the figures read, each of the three sheets, the save
    assert messages.counted == [
        "正在汇总统计数据 0/1",
        *(f"导出统计 {n}/4" for n in range(1, 5)),
    ]
    assert [c.value for c in book["化解层级"][2]] == ["网格", 1, 0]
    assert book["化解层级"]._charts
    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=2)}
    assert summary["协议履行事项"] == 0 and summary["履行率"] == "—"
    with window.app.store.sessions() as session:  # the workbook is written, and who did it
        audit = session.execute(
            select(col(AuditEntry.detail)).where(
                col(AuditEntry.action) == "dispute.export_statistics"
            )
        ).scalar_one()
    assert audit["file"] == exported.name


def test_legal_aid_hand_off_for_a_failed_wage_dispute(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    draft = neighbour_draft(units.station, category="labour_wage")
    draft.parties[1].id_number = LI_ID
    dispute_id = window.app.disputes.register(draft).primary_id or ""
    window.app.disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))
    window.app.disputes.act(
        dispute_id, "fail", life.StepInput(reason="拒付", routes=("litigation",))
    )
    add_legal_aid_units(window.app.store)  # the window the application will be taken at
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.detail is not None and page.panel.by_key["legal_aid"].isEnabled())
    page.panel.by_key["legal_aid"].trigger()
    # the legal-aid page opens with its intake form filled from the dispute
    qtbot.waitUntil(lambda: bool(window.legal_aid.findChildren(LegalAidIntakeDialog)))
    intake = shown_dialog(window.legal_aid, LegalAidIntakeDialog)
    assert window.stack.currentWidget() is window.legal_aid
    assert intake.name.text() == "张三" and intake.source_dispute_id == dispute_id
    intake.reject()


def test_today_lists_dispute_deadlines_and_opens_the_dispute(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    dispute_id = window.app.disputes.register(court_draft(units)).primary_id or ""
    window.today.refresh()
    idle(qtbot, window.app)
    model = window.today.models["disputesDue"]
    assert model.rowCount() == 1
    assert (model.index(0, 0).data(), model.index(0, 2).data()) == (
        date(2026, 12, 2).isoformat(),
        "受理法院委派/委托（3个工作日）",
    )
    window.today.tables["disputesDue"].doubleClicked.emit(model.index(0, 0))
    qtbot.waitUntil(
        lambda: window.disputes.detail is not None and window.disputes.detail.row.id == dispute_id
    )
    assert window.stack.currentWidget() is window.disputes


def test_assigning_offers_the_stations_mediators_and_keeps_a_refusal_standing(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    earlier = window.app.disputes.register(neighbour_draft(units.station)).primary_id or ""
    window.app.disputes.act(earlier, "assign", life.StepInput(mediator_name="陈建国"))
    window.app.disputes.register(neighbour_draft(units.station))
    open_page(qtbot, window)
    page = window.disputes
    qtbot.waitUntil(lambda: page.count.text() == "共 2 件")
    page.table.selectRow([page.model.index(r, 4).data() for r in range(2)].index("已受理"))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "registered")
    dialog = act(qtbot, window, "assign")
    assert isinstance(dialog, StepDialog)
    mediator = dialog.widgets["mediator_name"]
    assert mediator.completer().model().stringList() == ["陈建国"]
    assert mediator.toolTip() == "本工作站的调解员：陈建国"
    mediator.clear()
    type_text(qtbot, mediator, "陈建国")
    type_text(qtbot, dialog.widgets["refused_mediators"], "陈建国、刘洋")
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.isVisible()
    assert dialog.fields["mediator_name"].message.text() == (
        "当事人已要求该调解员回避，请另选调解员（第二十三条）"
    )
    assert dialog.widgets["refused_mediators"].text() == "陈建国、刘洋"  # nothing typed is lost
    mediator.clear()
    type_text(qtbot, mediator, "周玉兰")
    submit(qtbot, window, dialog, "assign")
    detail = present(page.detail)
    assert (detail.row.mediator_name, detail.refused_mediators) == ("周玉兰", "陈建国、刘洋")
    assert detail.mediators == ["周玉兰", "陈建国"]  # one dispute each: then by name


def test_a_saved_dispute_list_brings_back_a_mediator_not_yet_loaded(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A saved list names a mediator the store has no dispute for yet (the names load in the
    background): the name is added to the filter and chosen, not dropped for 全部调解员."""
    open_page(qtbot, window)
    page = window.disputes
    level = page.level.itemData(1)
    page.apply_filter_values(
        {"status": None, "level": level, "mediator": "陈调解", "text": "工资", "sort": None}
    )
    idle(qtbot, window.app)
    assert (page.mediator.currentText(), page.level.currentData(), page.text.text()) == (
        "陈调解",
        level,
        "工资",
    )
    kept = page.filter_values()
    assert (kept["mediator"], kept["level"], kept["text"]) == ("陈调解", level, "工资")
    page._mediators_loaded(["李调解", "陈调解"])  # the names arrive: the choice stays
    assert page.mediator.currentText() == "陈调解"
    assert page.mediator.findData("李调解") > 0
