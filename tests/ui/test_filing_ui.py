"""The filing page: from a failed mediation to a docketed case number through the UI, and the
page and package dialog rendered at 1366×768 in both languages (out/screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.queries import filings as fq
from tests.conftest import Places, present
from tests.dispute_support import Units, mediate, neighbour_draft
from tests.filing_support import pdf, png
from tests.ui.conftest import Messages, idle, shown_dialog
from tests.ui.dispute_ui_support import act, open_page, submit
from ui.app_context import AppContext
from ui.dialogs.dispute import StepDialog
from ui.dialogs.filing import (
    AttachDialog,
    FilingEditDialog,
    FilingStepDialog,
    PartyDetailsDialog,
    StartFilingDialog,
)
from ui.dialogs.filing_package import AssistDialog, PackageDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.widgets.forms import SubmitDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
DEMO = pytest.mark.demo(households=400, events=60)  # the store's demo district


def save(qtbot: QtBot, window: MainWindow, dialog: QDialog) -> None:
    assert isinstance(dialog, SubmitDialog), dialog
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, window.app)


def current(window: MainWindow) -> fq.FilingDetail:
    return present(window.filing.detail)


def complete_parties_and_files(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Art. 124 details and consent for each party; two ID-card photos per party combined into
    one PDF, and the evidence."""
    for row in range(len(current(window).parties)):
        window.filing.parties.setCurrentRow(row)
        window.filing.edit_party()
        dialog = shown_dialog(window.filing, QDialog)
        assert isinstance(dialog, PartyDetailsDialog)
        dialog.ethnicity.setText("汉族")
        dialog.occupation.setText("装修工")
        dialog.employer.setText("无固定单位")
        dialog.e_service.setChecked(True)
        dialog.online.setChecked(True)
        save(qtbot, window, dialog)
    # files: two ID-card photos per party become one PDF; evidence
    for party in current(window).parties:
        window.filing.attach_paths(
            [png(tmp_path / f"{party.name}正面.png"), png(tmp_path / f"{party.name}反面.png")]
        )
        dialog = shown_dialog(window.filing, QDialog)
        assert isinstance(dialog, AttachDialog) and dialog.combine.isChecked()
        dialog.category.setCurrentIndex(dialog.category.findData("id_proof"))
        dialog.party.setCurrentIndex(dialog.party.findData(party.id))
        save(qtbot, window, dialog)
    window.filing.attach_paths([pdf(tmp_path / "欠条.pdf", 1)])
    save(qtbot, window, shown_dialog(window.filing, QDialog))
    qtbot.waitUntil(lambda: len(current(window).files) == 3)
    assert [f.pages for f in current(window).files] == [2, 2, 1]


def export_first_package(qtbot: QtBot, window: MainWindow) -> None:
    """The package exported (its papers counted in the status bar, then the ZIP): version 1."""
    window.filing.tool_buttons["package"].click()
    package = shown_dialog(window.filing, QDialog)
    assert isinstance(package, PackageDialog) and package.export_button.isEnabled()
    steps: list[tuple[int, int]] = []  # the busy indicator's count: each paper, then the ZIP
    window.app.notifier.busy.connect(lambda p: steps.append((p.done, p.total)) if p else None)
    package.export_button.click()
    qtbot.waitUntil(lambda: package.package is not None, timeout=60_000)
    assert package.package is not None and package.package.version == 1
    total = len(package.package.files) + 1
    assert steps == [(0, 0), *((n, total) for n in range(1, total + 1))]
    assert package.package.zip_path.is_file()
    package.close()
    idle(qtbot, window.app)
    qtbot.waitUntil(lambda: current(window).package_version == 1)


def test_from_a_failed_dispute_to_a_docketed_case_number(
    qtbot: QtBot, window: MainWindow, units: Units, tmp_path: Path, messages: Messages
) -> None:
    draft = neighbour_draft(
        units.station, category="labour_wage", claims="判令被告支付拖欠的劳务报酬人民币叁仟元"
    )
    dispute_id = present(window.app.disputes.register(draft).primary_id)
    mediate(window.app.disputes, dispute_id)
    open_page(qtbot, window)
    window.disputes.open_dispute(dispute_id)
    qtbot.waitUntil(lambda: window.disputes.detail is not None)
    idle(qtbot, window.app)
    # mediation fails, with the record the court receives (在线调解规则 第二十一条、第二十二条)
    fail = act(qtbot, window, "fail")
    assert isinstance(fail, StepDialog)
    for name, text in (
        ("reason", "被申请人不同意支付"),
        ("course", "2026年11月28日调解一次，双方各自陈述。"),
        ("cost_conduct", "无"),
        ("court_notes", "被申请人曾表示愿意分期支付。"),
        ("undisputed_facts", "张三于2026年6月至9月为李梅装修房屋；李梅尚未支付报酬。"),
    ):
        fail.widgets[name].setPlainText(text)
    submit(qtbot, window, fail, "fail")
    start = act(qtbot, window, "filing")
    assert isinstance(start, StartFilingDialog)
    assert start.kind.currentData() == "complaint" and start.cause.currentData() == "wages"
    start.court.setCurrentIndex(start.court.findData(units.court))
    save(qtbot, window, start)
    # the filing page opens on the new filing, with what it still lacks
    qtbot.waitUntil(lambda: window.filing.detail is not None)
    assert window.stack.currentWidget() is window.filing
    d = current(window)
    assert (d.dispute_id, d.status, d.court) == (dispute_id, "draft", "南通市崇川区人民法院")
    assert d.undisputed_facts == "张三于2026年6月至9月为李梅装修房屋；李梅尚未支付报酬。"
    assert (d.failure["course"], d.failure["court_notes"]) == (
        "2026年11月28日调解一次，双方各自陈述。",
        "被申请人曾表示愿意分期支付。",
    )
    lacks = [window.filing.missing.item(i).text() for i in range(window.filing.missing.count())]
    assert "张三：缺少民族（民事诉讼法第一百二十四条）" in lacks
    complete_parties_and_files(qtbot, window, tmp_path)
    # the complaint's content: the model complaint's elements, the evidence list
    window.filing.tool_buttons["edit"].click()
    edit = shown_dialog(window.filing, QDialog)
    assert isinstance(edit, FilingEditDialog)
    for key, text in (
        ("work_period", "2026年6月至9月"),
        ("work_content", "装修房屋"),
        ("agreed_pay", "8000元"),
    ):
        edit.elements[key].setText(text)
    assert edit.evidence.rowCount() == 1  # the evidence file, named after it
    edit.set_evidence(0, "欠条", "原告提供", "被告欠付报酬")
    save(qtbot, window, edit)
    qtbot.waitUntil(lambda: current(window).missing == [])
    # freeze, export, sign, submit, docket
    window.filing.step_actions["prepare"].trigger()
    save(qtbot, window, shown_dialog(window.filing, QDialog))
    qtbot.waitUntil(lambda: current(window).status == "awaiting_signature")
    export_first_package(qtbot, window)
    window.filing.tool_buttons["assist"].click()
    assist = shown_dialog(window.filing, QDialog)
    assert isinstance(assist, AssistDialog)
    assist.copy_buttons[0].click()
    assert QApplication.clipboard().text() == "张三"
    assist.close()
    for action, fill in (
        ("sign", lambda dlg: dlg.widgets["signed"].setChecked(True)),
        ("submit", lambda dlg: dlg.widgets["platform_number"].setText("SQ2026112900031")),
        ("docket", lambda dlg: dlg.widgets["case_number"].setText("（2026）苏0602民初1234号")),
    ):
        window.filing.step_actions[action].trigger()
        dialog = shown_dialog(window.filing, QDialog)
        assert isinstance(dialog, FilingStepDialog)
        fill(dialog)
        save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: current(window).status == "docketed")
    d = current(window)
    assert (d.case_number, d.platform_number) == ("（2026）苏0602民初1234号", "SQ2026112900031")
    assert "案号：（2026）苏0602民初1234号" in window.filing.info.text()
    assert [s.action for s in d.steps] == [
        "create",
        "edit",
        "prepare",
        "export",
        "sign",
        "submit",
        "docket",
    ]
    # statistics: by kind, status, court; days to the case number; Excel
    qtbot.waitUntil(lambda: "已立案（确认）1 件" in window.filing.summary.text())
    window.filing.export_statistics()
    book = openpyxl.load_workbook(messages.exported(qtbot))
    assert [tuple(r) for r in book["按状态"].iter_rows(min_row=2, max_col=2, values_only=True)] == [
        ("已立案", 1)
    ]
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=2, max_col=2, values_only=True)}
    assert summary["已立案（确认）件数"] == 1 and summary["平均取得案号天数"] == 0


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    app = present(QApplication.instance())
    before = QLocale()
    installed = install_translators(app, "en")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def shoot(qtbot: QtBot, app: AppContext, clock: FixedClock, language: str) -> list[Path]:
    window = MainWindow(app, "filing")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    idle(qtbot, app)
    page = window.filing
    qtbot.waitUntil(lambda: page.detail is not None)
    # a complaint waiting for signatures: its package can be exported
    page.status.setCurrentIndex(page.status.findData("awaiting_signature"))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.status == "awaiting_signature")
    idle(qtbot, app)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = [SCREENSHOTS / f"filing-page-{language}.png"]
    assert window.grab().save(str(shots[0]))
    page.tool_buttons["package"].click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, PackageDialog)
    qtbot.waitExposed(dialog)
    shots.append(SCREENSHOTS / f"filing-package-{language}.png")
    assert dialog.grab().save(str(shots[1]))
    dialog.close()
    page.tool_buttons["assist"].click()
    assist = shown_dialog(page, QDialog)
    assert isinstance(assist, AssistDialog)
    qtbot.waitExposed(assist)
    shots.append(SCREENSHOTS / f"filing-assist-{language}.png")
    assert assist.grab().save(str(shots[2]))
    assist.close()
    for shot in shots:
        image = QImage(str(shot))
        assert image.width() <= 1366 and image.height() <= 768
    return shots


@DEMO
def test_screenshots_of_the_filing_page_in_chinese(
    qtbot: QtBot, app: AppContext, clock: FixedClock, places: Places
) -> None:
    shots = shoot(qtbot, app, clock, "zh_CN")
    assert all(s.is_file() for s in shots)


@DEMO
def test_screenshots_of_the_filing_page_in_english(
    qtbot: QtBot, english: list[QTranslator], app: AppContext, clock: FixedClock, places: Places
) -> None:
    shots = shoot(qtbot, app, clock, "en")
    assert all(s.is_file() for s in shots)


@DEMO
def test_today_lists_filing_deadlines_and_opens_the_filing(
    qtbot: QtBot, app: AppContext, clock: FixedClock, places: Places
) -> None:
    window = MainWindow(app, "today")
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, app)
    model = window.today.models["filingsDue"]
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    kinds = {row[2] for row in rows}
    # the demo's submitted complaint waits for the court's decision; the one sent back for
    # correction has its period; the docketed ones owe the fee
    assert "法院决定是否立案（7日，补正后重新计算）" in kinds
    assert "补正期限（法院通知载明）" in kinds
    window.today.tables["filingsDue"].doubleClicked.emit(model.index(0, 0))
    qtbot.waitUntil(lambda: window.filing.detail is not None)
    assert window.stack.currentWidget() is window.filing
    assert window.filing.detail is not None and window.filing.detail.row.number == rows[0][3]
