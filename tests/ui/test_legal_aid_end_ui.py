"""The end of a legal-aid case on screen, on the demo district at 1366×768, in Chinese and in
English: a closed case with its result, the close, termination and replacement dialogs, a
notified case, the consultation register and the results tab; each rendered to
out/screenshots/legal_aid_*_<lang>.png for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import LegalAidApplication
from tests.conftest import Places, present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from ui.app_context import AppContext
from ui.dialogs.legal_aid import IntakeDialog
from ui.dialogs.legal_aid_consultation import ConsultationDialog, NotifyDialog
from ui.dialogs.legal_aid_step import StepDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
DEMO = pytest.mark.demo(households=300, events=20)  # the store's demo district


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = present(QApplication.instance())
    before = QLocale()
    installed: list[QTranslator] = install_translators(app, "en") if request.param == "en" else []
    yield str(request.param)
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def demo(qtbot: QtBot, lang: str, app: AppContext, places: Places, clock: FixedClock) -> MainWindow:
    main = MainWindow(app, "legal-aid")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.show_page("legal-aid")
    main.legal_aid.refresh()
    idle(qtbot, app)
    return main


def shot(widget: QWidget, name: str, lang: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"legal_aid_{name}_{lang}.png"
    assert widget.grab().save(str(path))
    return path


def first(window: MainWindow, status: str, organisation: bool = False) -> str:
    kind = "organisation" if organisation else "person"
    with window.app.store.sessions() as session:
        return present(
            session.execute(
                select(col(LegalAidApplication.id))
                .where(
                    col(LegalAidApplication.status) == status,
                    col(LegalAidApplication.applicant_kind) == kind,
                )
                .order_by(LegalAidApplication.number)
                .limit(1)
            ).scalar_one_or_none()
        )


def show(qtbot: QtBot, window: MainWindow, app_id: str) -> None:
    page = window.legal_aid
    page.open_application(app_id)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.row.id == app_id, timeout=20_000
    )
    idle(qtbot, window.app)


def dialog_shot(qtbot: QtBot, window: MainWindow, name: str, lang: str) -> QWidget:
    dialog = present(shown_dialog(window.legal_aid, QDialog))
    qtbot.waitUntil(dialog.isVisible)
    idle(qtbot, window.app)
    assert dialog.height() <= 768 and dialog.width() <= 1366  # fits the laptop screen
    shot(dialog, name, lang)
    return dialog


def quick_consultation(qtbot: QtBot, demo: MainWindow, lang: str) -> None:
    """The consultation register (300 in the demo) and a consultation entered in one go."""
    page = demo.legal_aid
    page.tabs.setCurrentWidget(page.consultations)
    idle(qtbot, demo.app)
    assert page.consultations.model.rowCount() == 300
    shot(demo, "consultations", lang)
    page.new_consultation()
    entry = dialog_shot(qtbot, demo, "consultation_dialog", lang)
    assert isinstance(entry, ConsultationDialog)
    entry.topic.setCurrentIndex(entry.topic.findData("labour"))
    type_text(qtbot, entry.advice, "告知劳动仲裁途径")
    entry.submit()
    idle(qtbot, demo.app)
    qtbot.waitUntil(lambda: not entry.isVisible())
    idle(qtbot, demo.app)
    assert page.consultations.rows[0].advice == "告知劳动仲裁途径"


@DEMO
def test_the_end_of_a_case_on_screen(qtbot: QtBot, demo: MainWindow, lang: str) -> None:
    page = demo.legal_aid
    english = lang == "en"
    # a closed case: its result on the panel, the closing record offered
    show(qtbot, demo, first(demo, "closed"))
    ending = page.panel.ending.text()
    assert ("Closed on" if english else "结案：") in ending
    assert page.panel.notice_buttons["closing"].isEnabled()
    shot(demo, "closed", lang)

    # the matter ended, the report due: the close dialog
    show(qtbot, demo, first(demo, "closing"))
    page.start_action("close")
    close = dialog_shot(qtbot, demo, "close_dialog", lang)
    assert isinstance(close, StepDialog) and close.documents.boxes
    close.reject()

    # a case with a worker: replacement and termination
    show(qtbot, demo, first(demo, "assigned"))
    page.start_action("end")
    end = dialog_shot(qtbot, demo, "end_dialog", lang)
    assert isinstance(end, StepDialog)
    end.reject()
    page.start_action("replace")
    replace = dialog_shot(qtbot, demo, "replace_dialog", lang)
    assert isinstance(replace, QDialog)
    replace.reject()

    # a notified case waiting for its worker (Art. 36)
    show(qtbot, demo, first(demo, "notified"))
    due = page.panel.due_line.text()
    assert ("Art. 36" if english else "第三十六条") in due
    shot(demo, "notified", lang)
    page.new_notification()
    assert isinstance(dialog_shot(qtbot, demo, "notify_dialog", lang), NotifyDialog)
    present(shown_dialog(page, QDialog)).reject()

    # the consultation register and a quick entry
    quick_consultation(qtbot, demo, lang)

    # a unit refused under Art. 2: its credit code shown whole, the refusal offered
    show(qtbot, demo, first(demo, "refused", organisation=True))
    assert "91320602MA1N8K2L3E" in page.panel.applicant.text()
    assert ("Art. 2" if english else "第二条") in page.panel.ending.text()
    assert page.panel.notice_buttons["refusal"].isEnabled()

    # the intake form: a unit (Art. 2), Art. 24 reasons, Art. 39 custody, Arts. 42 (四), 44 (三)
    page.tabs.setCurrentIndex(0)
    page.new_application()
    intake = present(shown_dialog(page, QDialog))
    qtbot.waitUntil(intake.isVisible)
    assert isinstance(intake, IntakeDialog)
    intake.kind.setCurrentIndex(intake.kind.findData("organisation"))
    idle(qtbot, demo.app)
    assert ("Art. 2" if english else "第二条") in intake.kind_hint.text()
    shot(intake, "intake_dialog", lang)
    intake.reject()

    # what aid achieved
    page.tabs.setCurrentWidget(page.results)
    page.results.year.setCurrentIndex(page.results.year.findData(None))
    idle(qtbot, demo.app)
    data = present(page.results.data)
    assert data.results.closed > 30 and data.consultations.total > 1000
    summary = page.results.summary.text()
    assert (
        f"{data.results.closed} cases closed" if english else f"结案 {data.results.closed} 件"
    ) in summary
    shot(demo, "results", lang)


@DEMO
def test_the_results_go_to_excel_as_shown(
    qtbot: QtBot, demo: MainWindow, lang: str, tmp_path: Path, messages: Messages
) -> None:
    from openpyxl import load_workbook

    page = demo.legal_aid
    panel = page.results
    page.tabs.setCurrentWidget(panel)
    panel.year.setCurrentIndex(panel.year.findData(None))
    idle(qtbot, demo.app)
    data = present(panel.data)
    panel.export_to(tmp_path / "results.xlsx")
    assert messages.exported(qtbot) == tmp_path / "results.xlsx"
    book = load_workbook(tmp_path / "results.xlsx")
    english = lang == "en"
    assert book.sheetnames == (
        ["Results", "By outcome", "Closed by matter type", "Closed by window",
         "Consultations by topic"]
        if english
        else ["办理结果", "按结案方式", "结案按事项类型", "结案按窗口工作站", "法律咨询按类别"]
    )  # fmt: skip
    rows = book[book.sheetnames[0]].iter_rows(min_row=2, values_only=True)
    summary = {row[0]: row[1] for row in rows if row[0]}
    assert summary[panel.tr("结案件数")] == data.results.closed
    assert summary[panel.tr("获得金额（元）")] == data.results.recovered_fen / 100
    assert summary[panel.tr("行政争议实质性化解件数")] == data.results.resolved
    assert summary[panel.tr("法律咨询人次")] == data.consultations.total
    outcomes = [r for r in book[book.sheetnames[1]].iter_rows(min_row=2, values_only=True) if r[1]]
    assert sum(r[1] for r in outcomes) == data.results.closed
    topics = [r for r in book[book.sheetnames[4]].iter_rows(min_row=2, values_only=True) if r[1]]
    labour = "Labour, unpaid wages" if english else "劳动争议、欠薪"
    assert topics[0] == (labour, data.consultations.by_topic[0][1])
