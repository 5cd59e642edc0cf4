"""A clerk at the legal-aid window: intake to grant and assignment, a refusal with reasons,
missing materials in one notice, a group from an Excel sheet with a bad row, a prefilled
application from a failed mediation, the today lists, statistics to Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import docx
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import AuditEntry
from gridwarden.queries.legal_aid import ApplicationDetail, GroupDetail
from gridwarden.validation import idnumber
from tests.conftest import present
from tests.legal_aid_support import PREFILL, WORKER_ID, Units, units, wage_claim
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.unit.test_documents import docx_text, pdf_text
from ui.dialogs.legal_aid import IntakeDialog
from ui.dialogs.legal_aid_group import GroupIntakeDialog
from ui.dialogs.legal_aid_step import StepDialog
from ui.main_window import MainWindow
from ui.notifier import Kind
from ui.pages.legal_aid import LegalAidPage
from ui.widgets.forms import SubmitDialog

__all__ = ["units"]
MASKED = WORKER_ID[:6] + "********" + WORKER_ID[-4:]
WORKER_MATERIALS = (
    "application_form",
    "identity",
    "proof_migrant_work",
    "evidence_employment",
    "evidence_wage_arrears",
)


def notice_files(qtbot: QtBot, messages: Messages) -> list[Path]:
    """The PDF and DOCX a notice was written to, as the offer to open them names them."""
    offer = messages.wait(qtbot, Kind.OFFER, timeout=30_000)  # PDF and DOCX on a busy machine
    assert offer.text.startswith("已生成：")
    return [Path(line) for line in offer.text.splitlines()[1:]]


def open_page(qtbot: QtBot, window: MainWindow) -> LegalAidPage:
    window.show_page("legal-aid")
    idle(qtbot, window.app)
    return window.legal_aid


def intake_dialog(qtbot: QtBot, window: MainWindow, page: LegalAidPage) -> IntakeDialog:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window.app)
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, IntakeDialog)
    return dialog


def fill_worker(qtbot: QtBot, dialog: IntakeDialog, materials: tuple[str, ...]) -> None:
    type_text(qtbot, dialog.name, "刘建国")
    type_text(qtbot, dialog.id_number, WORKER_ID)
    type_text(qtbot, dialog.phone, "13962812345")
    dialog.facts["migrant_worker"].setChecked(True)
    type_text(qtbot, dialog.claim, "28600")
    fields = dialog.matter
    fields.proceeding.setCurrentIndex(fields.proceeding.findData("labour_arbitration"))
    type_text(qtbot, fields.body, "南通市崇川区劳动人事争议仲裁委员会")
    type_text(qtbot, fields.opposing, "南通恒远装饰工程有限公司")
    type_text(qtbot, fields.summary, "木工工资五个月未结清")
    for code in materials:
        dialog.checklist.boxes[code].setChecked(True)


def save(qtbot: QtBot, window: MainWindow, dialog: QDialog) -> None:
    assert isinstance(dialog, SubmitDialog), dialog
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, window.app)
    idle(qtbot, window.app)


def step(qtbot: QtBot, window: MainWindow, action: str) -> StepDialog:
    page = window.legal_aid
    step_action = page.panel.step_actions[action]
    assert step_action.isEnabled(), (action, step_action.toolTip())
    step_action.trigger()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, StepDialog)
    return dialog


def history(page: LegalAidPage) -> list[tuple[str, str]]:
    m = page.panel.step_model
    return [(m.index(r, 1).data(), m.index(r, 2).data()) for r in range(m.rowCount())]


def close_with_the_award(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    """Art. 50: the closing report, the award handed in, the amount recovered; the case closes
    and its closing record is offered."""
    page = window.legal_aid
    close = step(qtbot, window, "close")
    assert close.claimed.text() == "28600.00"  # the amount claimed at intake
    close.submit()
    idle(qtbot, window.app)
    assert close.isVisible() and close.fields["outcome"].message.text() == "请选择案件的办理结果"
    close.outcome.setCurrentIndex(close.outcome.findData("judgment"))
    close.documents.boxes["judgment_copy"].setChecked(True)
    type_text(qtbot, close.recovered, "26,000")
    type_text(qtbot, close.note, "仲裁委裁决支持全部请求，用人单位已支付26,000元。")
    award = tmp_path / "仲裁裁决书.pdf"
    award.write_bytes(b"%PDF-1.4 award")
    close.add_files([award])
    assert close.files_label.text() == "仲裁裁决书.pdf"
    save(qtbot, window, close)
    assert page.detail is not None and page.detail.row.status == "closed"
    ending = page.panel.ending.text()
    assert "2026-11-29 结案：判决、裁定或裁决" in ending
    assert "请求 28,600.00 元；实际获得 26,000.00 元" in ending
    assert "附件：仲裁裁决书.pdf" in ending
    assert history(page)[-2:] == [("承办事项结束", "待结案"), ("结案归档", "已结案")]
    last = page.panel.step_model.rowCount() - 1
    assert "获得 26,000 元" in page.panel.step_model.index(last, 4).data()
    assert not any(b.isEnabled() for b in page.panel.step_actions.values())
    page.panel.notice_buttons["closing"].click()
    text = "".join(docx_text(notice_files(qtbot, messages)[1]).split())
    assert "法律援助案件结案登记表" in text and "实际获得（挽回）金额：26,000.00元" in text


def test_an_application_through_eligibility_to_a_grant_and_assignment(
    qtbot: QtBot, window: MainWindow, units: Units, tmp_path: Path, messages: Messages
) -> None:
    page = open_page(qtbot, window)
    dialog = intake_dialog(qtbot, window, page)
    fill_worker(qtbot, dialog, WORKER_MATERIALS)
    assert dialog.id_hint.text() == "男，1988-04-02 生，38 岁"
    preview = dialog.preview.text()
    assert "符合法律援助条件" in preview
    assert "免予核查经济困难状况" in preview and "第四十二条第（三）项" in preview
    assert "属于法律援助事项：请求支付劳动报酬" in preview and "第三十一条第（五）项" in preview
    save(qtbot, window, dialog)

    assert page.detail is not None and page.detail.row.status == "under_review"
    assert page.model.index(0, 2).data() == "刘建国" and page.model.index(0, 6).data() == MASKED
    assert page.model.index(0, 0).data() == "2026-12-07"
    assert page.panel.due_line.text() == "作出决定期限（七日，第四十三条）：2026-12-07（剩 8 天）"
    assert MASKED in page.panel.applicant.text() and WORKER_ID not in page.panel.applicant.text()
    # opening the full number is the clerk's explicit act, and it is audited (Art. 21)
    page.panel.reveal_button.click()
    idle(qtbot, window.app)
    assert WORKER_ID in page.panel.applicant.text()
    with window.app.store.sessions() as session:
        reveals = session.execute(
            select(AuditEntry).where(col(AuditEntry.action) == "legal_aid_application.reveal")
        ).all()
    assert len(reveals) == 1

    grant = step(qtbot, window, "grant")
    assert grant.hardship is None  # presumed by Art. 42: nothing to review
    save(qtbot, window, grant)
    assert page.detail.row.status == "granted"
    assert page.panel.due_line.text() == "指派期限（三日，第四十三条）：2026-12-02（剩 3 天）"

    assign = step(qtbot, window, "assign")
    type_text(qtbot, assign.assignee, "李明")
    assign.submit()
    idle(qtbot, window.app)
    assert assign.isVisible()  # a lawyer needs their firm
    assert assign.fields["assignee_unit"].message.text() == "指派律师须填写所在律师事务所"
    type_text(qtbot, assign.unit, "江苏崇川律师事务所")
    save(qtbot, window, assign)
    assert page.detail.row.status == "assigned"
    assert history(page) == [("收件", "审查中"), ("决定援助", "已决定援助"), ("指派", "已指派")]
    assert "江苏崇川律师事务所李明" in page.panel.step_model.index(2, 4).data()
    enabled = {code for code, b in page.panel.step_actions.items() if b.isEnabled()}
    assert enabled == {"end", "replace", "conclude", "close"}  # Arts. 48, 55, 50

    page.panel.notice_buttons["grant"].click()
    files = notice_files(qtbot, messages)
    assert [f.suffix for f in files] == [".pdf", ".docx"]
    text = pdf_text(files[0])
    assert "给予法律援助决定书" in text and "本机构指派江苏崇川律师事务所律师李明" in text

    # Art. 50: the matter ends (the award served today); the closing report is due in 30 days
    conclude = step(qtbot, window, "conclude")
    assert present(conclude.ended_on).date().toPython() == date(2026, 11, 29)
    type_text(qtbot, conclude.note, "仲裁裁决书已送达")
    save(qtbot, window, conclude)
    assert page.detail is not None and page.detail.row.status == "closing"
    assert page.panel.due_line.text() == (
        "结案期限（事项结束之日起三十日，第五十条）：2026-12-29（剩 30 天）"
    )
    assert "结案材料提交期限 2026-12-29（第五十条）" in page.panel.ending.text()

    close_with_the_award(qtbot, window, tmp_path, messages)


def test_a_refusal_with_written_reasons(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    draft = wage_claim(units.window, materials=["application_form", "identity", "hardship_statement",
                                                  "evidence_general"])  # fmt: skip
    draft.matter.matter_type = "other"
    draft.matter.summary = "与邻居因房屋买卖定金发生纠纷"
    window.legal_aid.service.intake(draft)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert "不符合法律援助条件" in page.panel.assessment.text()
    page.start_action("grant")
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, StepDialog)
    dialog.submit()
    refused = messages.wait(qtbot, Kind.WARN)
    assert refused.text == "该事项不属于法律援助事项范围，不能决定给予法律援助"
    dialog.reject()

    refuse = step(qtbot, window, "refuse")
    # the reasons and the articles come prefilled from the assessment; the clerk may edit them
    assert "不属于法律援助事项范围" in refuse.reasons.toPlainText()
    assert refuse.basis.text() == "《法律援助法》第三十一条、第三十二条"
    refuse.reasons.clear()
    refuse.submit()
    idle(qtbot, window.app)
    assert refuse.fields["reasons"].message.text() == "不予法律援助须书面说明理由（第四十三条）"
    type_text(qtbot, refuse.reasons, "所申请事项为房屋买卖定金纠纷，不属于法律援助事项范围。")
    save(qtbot, window, refuse)
    assert page.detail is not None and page.detail.row.status == "refused"
    assert page.panel.step_actions["object"].isEnabled()
    assert (
        page.panel.notice_buttons["refusal"].isEnabled()
        and not page.panel.notice_buttons["grant"].isEnabled()
    )
    page.panel.notice_buttons["refusal"].click()
    text = docx_text(notice_files(qtbot, messages)[1])
    assert "所申请事项为房屋买卖定金纠纷，不属于法律援助事项范围。" in text
    assert "五日内进行审查" in text and "行政复议或者提起行政诉讼" in text


def test_missing_materials_produce_one_notice(
    qtbot: QtBot, window: MainWindow, units: Units, messages: Messages
) -> None:
    page = open_page(qtbot, window)
    dialog = intake_dialog(qtbot, window, page)
    fill_worker(qtbot, dialog, ("application_form", "identity"))
    assert "申请材料不齐全，缺 3 项：须一次性告知申请人补充" in dialog.preview.text()
    save(qtbot, window, dialog)
    detail = page.detail
    assert detail is not None and detail.row.status == "awaiting_materials"
    assert (
        page.panel.due_line.text()
        == "补充材料截止（逾期视为撤回，第四十三条）：2026-12-14（剩 15 天）"
    )
    assert page.panel.materials.text().count("✘") == 3
    assert page.panel.notice_buttons["materials"].isEnabled()
    assert not page.panel.step_actions["grant"].isEnabled()
    page.panel.notice_buttons["materials"].click()
    files = notice_files(qtbot, messages)
    document = docx.Document(str(files[1]))
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [
        ["序号", "需要补充的材料"],
        ["1", "进城务工证明（劳动合同、工牌、考勤或工友证明等）"],
        ["2", "劳动关系证明（劳动合同、工资支付记录、社保缴费记录等）"],
        ["3", "欠薪事实及金额材料（工资条、欠条、考勤记录等）"],
    ]
    assert "请你于2026年12月14日前（含当日）" in docx_text(files[1])
    # the applicant brings everything: the decision clock starts
    complete = step(qtbot, window, "complete")
    assert list(complete.checklist.boxes) == list(WORKER_MATERIALS[2:])
    for box in complete.checklist.boxes.values():
        box.setChecked(True)
    save(qtbot, window, complete)
    assert page.detail is not None and page.detail.row.status == "under_review"
    assert history(page) == [("收件", "待补材料"), ("出具文书", "待补材料"), ("材料补齐", "审查中")]


def write_sheet(path: Path) -> list[str]:
    numbers = [idnumber.make("511623", date(1980 + i, 3, 1), 11 + 2 * i) for i in range(3)]
    book = Workbook()
    sheet = present(book.active)
    sheet.append(["姓名", "身份证号", "联系电话", "欠薪金额（元）", "进城务工"])
    sheet.append(["赵大勇", numbers[0], 13962812345, 15800, "是"])
    sheet.append(
        [
            "钱二",
            numbers[1][:-1] + ("0" if numbers[1][-1] != "0" else "1"),
            "13962800001",
            9000,
            "是",
        ]
    )
    sheet.append(["孙三", numbers[2], "13962800002", 12000, "是"])
    book.save(path)
    return numbers


def test_a_group_case_from_an_excel_sheet_with_a_bad_row(
    qtbot: QtBot, window: MainWindow, units: Units, tmp_path: Path
) -> None:
    numbers = write_sheet(tmp_path / "名单.xlsx")
    page = open_page(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window.app)
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, GroupIntakeDialog)
    type_text(qtbot, dialog.group_name, "惠民超市派遣员工欠薪群体案件")
    fields = dialog.matter
    fields.proceeding.setCurrentIndex(fields.proceeding.findData("labour_arbitration"))
    type_text(qtbot, fields.summary, "超市闭店后三个月工资未付")
    type_text(qtbot, fields.opposing, "南通惠民超市有限公司")
    for code in WORKER_MATERIALS:
        dialog.checklist.boxes[code].setChecked(True)
    dialog.load_sheet(tmp_path / "名单.xlsx")
    table = dialog.table
    assert table.rowCount() == 3
    cells = [[present(table.item(r, c)).text() for c in (0, 6)] for r in range(3)]
    assert [name for name, _ in cells] == ["赵大勇", "钱二", "孙三"]
    assert [problem for _, problem in cells] == ["", "身份证号校验位不正确，请逐位核对", ""]
    assert dialog.summary_label.text() == "共 3 人，1 行有误"
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.isVisible()
    assert (
        dialog.fields["applicants"]
        .message.text()
        .startswith("申请人名单有误：第 2 行：身份证号校验位")
    )
    table.selectRow(1)
    dialog.remove_selected()
    assert dialog.summary_label.text() == "共 2 人"
    save(qtbot, window, dialog)

    # the queue holds the group case as one row; it opens to its members
    qtbot.waitUntil(lambda: isinstance(page.detail, GroupDetail))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "惠民超市派遣员工欠薪群体案件"
    assert page.model.index(0, 5).data() == "群体2人"
    group = page.group
    assert page.right.currentWidget() is group
    assert group.heading.text() == "群体案件：惠民超市派遣员工欠薪群体案件"
    assert "申请人 2 人：审查中 2" in group.summary.text()
    assert group.member_model.index(1, 2).data() == numbers[2][:6] + "********" + numbers[2][-4:]
    assert group.member_model.index(0, 5).data() == "15,800.00"
    # one decision per applicant, taken for both at once
    group.members.selectAll()
    group.batch_buttons["grant"].click()
    batch = shown_dialog(page, QDialog)
    assert isinstance(batch, StepDialog) and batch.windowTitle() == "决定援助：2 名申请人"
    save(qtbot, window, batch)
    qtbot.waitUntil(lambda: group.member_model.index(0, 3).data() == "已决定援助")
    assert [group.member_model.index(r, 3).data() for r in range(2)] == ["已决定援助"] * 2
    group.members.doubleClicked.emit(group.member_model.index(1, 1))
    qtbot.waitUntil(lambda: page.application is not None and page.application.row.name == "孙三")
    assert history(page) == [("收件", "审查中"), ("决定援助", "已决定援助")]
    assert page.panel.group_line.text() == (
        "群体案件：惠民超市派遣员工欠薪群体案件（2 人，一人一决定）"
    )
    page.panel.group_button.click()  # back to the whole group
    qtbot.waitUntil(lambda: page.right.currentWidget() is group)


def test_a_failed_mediation_starts_a_prefilled_application(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    page = open_page(qtbot, window)
    page.start_prefilled(PREFILL)
    idle(qtbot, window.app)
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, IntakeDialog)
    assert (dialog.name.text(), dialog.id_number.text(), dialog.phone.text()) == (
        "刘建国",
        WORKER_ID,
        "13962812345",
    )
    assert dialog.matter.matter_code() == "labour_pay"
    assert dialog.matter.proceeding.currentData() == "labour_arbitration"
    assert dialog.matter.summary.toPlainText() == "调解不成：拖欠工资28600元"
    assert dialog.matter.opposing.text() == "南通恒远装饰工程有限公司"
    for code in ("application_form", "identity", "hardship_statement", "evidence_employment",
                 "evidence_wage_arrears"):  # fmt: skip
        dialog.checklist.boxes[code].setChecked(True)
    save(qtbot, window, dialog)
    assert isinstance(page.detail, ApplicationDetail)
    assert page.detail.source_dispute_id == "dispute-42"
    assert "来源：调解不成的纠纷（dispute-42）" in page.panel.matter.text()
    grant = step(qtbot, window, "grant")
    # not a migrant worker here: hardship is to be reviewed, and the form asks about it
    assert present(grant.hardship).isVisibleTo(grant)
    grant.submit()
    idle(qtbot, window.app)
    assert "第四十一条" in grant.fields["hardship"].message.text()
    hardship = present(grant.hardship)
    hardship.setCurrentIndex(hardship.findData("pledged"))
    save(qtbot, window, grant)
    assert page.detail is not None and page.detail.row.status == "granted"


def test_today_lists_deadlines_and_urgent_aid_and_opens_the_application(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    service = window.legal_aid.service
    soon = service.intake(wage_claim(units.window, materials=[], limitation_date=date(2026, 12, 2),
                                     limitation_note="劳动仲裁时效")).primary_id  # fmt: skip
    late = service.intake(
        wage_claim(units.window, competent_agency_id=units.other_agency)
    ).primary_id
    cast(FixedClock, window.app.clock).advance(days=4)  # 12-03: the forward (due 12-02) is late
    window.today.refresh()
    idle(qtbot, window.app)
    due, urgent = window.today.models["legalAidDue"], window.today.models["legalAidUrgent"]
    assert due.rowCount() == 1 and due.row_at(0).application_id == late
    assert due.index(0, 5).data() == "逾期 1 天"
    assert urgent.rowCount() == 1 and urgent.row_at(0).application_id == soon
    assert (
        urgent.index(0, 3).data() == "劳动仲裁时效 2026-12-02"
        and urgent.index(0, 4).data() == "逾期 1 天"
    )
    assert "法律援助：临期与逾期（1），1 项已逾期" in window.today.summary.text()
    window.today.tables["legalAidUrgent"].doubleClicked.emit(urgent.index(0, 0))
    qtbot.waitUntil(
        lambda: window.legal_aid.detail is not None and window.legal_aid.detail.row.id == soon
    )
    assert window.stack.currentWidget() is window.legal_aid
    assert "劳动仲裁时效已于 2026-12-02 届满" in window.legal_aid.panel.assessment.text()


def test_statistics_with_chart_and_excel_export(
    qtbot: QtBot, window: MainWindow, units: Units, tmp_path: Path, messages: Messages
) -> None:
    service = window.legal_aid.service
    first = service.intake(wage_claim(units.window)).primary_id or ""
    service.intake(wage_claim(units.workstation))
    from gridwarden.rules.legal_aid_lifecycle import StepInput

    service.act(first, "grant", StepInput())
    page = open_page(qtbot, window)
    page.tabs.setCurrentWidget(page.stats)
    idle(qtbot, window.app)
    stats = page.stats
    assert stats.by_matter_chart.bars == [("请求支付劳动报酬", 2)]
    assert sorted(stats.by_window_chart.bars) == [
        ("崇川区公共法律服务中心法律援助窗口", 1),
        ("巾帼法律援助工作站", 1),
    ]
    assert stats.timely_model.index(0, 3).data() == "100.0%"
    assert "受理 2 件 2 人" in stats.summary.text()
    stats.export_to(tmp_path / "统计.xlsx")
    assert messages.exported(qtbot) == tmp_path / "统计.xlsx"
    sheets = len(load_workbook(tmp_path / "统计.xlsx").sheetnames)
    assert sheets >= 3 and messages.counted == [  # each sheet and the save, counted
        "正在汇总统计数据 0/1",
        *(f"导出统计 {n}/{sheets + 1}" for n in range(1, sheets + 2)),
    ]
    with window.app.store.sessions() as session:
        from gridwarden.models import AuditEntry

        last = (
            session.execute(select(AuditEntry).order_by(col(AuditEntry.id).desc()))
            .scalars()
            .first()
        )
    assert last is not None and last.action == "legal_aid.export_statistics"
    assert last.detail == {"file": "统计.xlsx"}
    book = load_workbook(tmp_path / "统计.xlsx")
    assert book.sheetnames == ["按事项类型", "按窗口工作站", "按程序", "按状态", "办理时效"]
    rows = [[c.value for c in r] for r in book["按事项类型"].iter_rows(max_row=2)]
    assert rows == [
        ["事项", "件数", "人数", "条款"],
        ["请求支付劳动报酬", 2, 2, "第三十一条第（五）项"],
    ]
    assert len(book["按事项类型"]._charts) == 1
    assert book["办理时效"]["D2"].value == "100.0%"
