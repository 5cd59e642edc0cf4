"""Lists people can work with (issue 12): header sort in SQL, filters, saved lists, ledger export
read back, Enter and double-click open the record, renders at 1366×768 in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock, to_local
from gridwarden.models import Visit
from gridwarden.queries.sorting import Sort
from gridwarden.services.visits import VisitDraft
from tests.conftest import Places, present
from tests.ui.conftest import idle, shown_dialog
from tests.ui.test_households_ui import open_household
from tests.unit.test_documents import pdf_text
from ui.app_context import AppContext
from ui.dialogs.visit import VisitDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


DEMO = pytest.mark.demo(households=300, events=60)  # the store's demo district


def at_1366(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> MainWindow:
    window.resize(1366, 768)
    return window


@pytest.fixture
def demo(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> MainWindow:
    return at_1366(qtbot, window, clock)


def show(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.show_page(name)
    window.page(name).refresh()
    idle(qtbot, window.app)


def texts(window: MainWindow, model: QAbstractItemModel, column: int) -> list[str]:
    """The shown text of one column, every row loaded first (a keyed model loads lazily)."""
    for row in range(model.rowCount()):
        model.data(model.index(row, column))
    idle_app(window)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def idle_app(window: MainWindow) -> None:
    window.app.dispatcher.wait_idle(30_000)


def click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def render(window: MainWindow, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    QApplication.processEvents()  # pending layout requests, as the event loop would
    assert window.grab().save(str(path))
    return path


@DEMO
def test_visits_sort_by_header_filter_save_and_export(
    qtbot: QtBot, demo: MainWindow, clock: FixedClock
) -> None:
    show(qtbot, demo, "visits")
    page = demo.visits
    all_visits = page.model.total
    assert all_visits > 50
    newest_first = texts(demo, page.model, 0)
    assert newest_first == sorted(newest_first, reverse=True)
    # the time header sorts the whole list in SQL: oldest first, then newest first again
    click_header(qtbot, page.table, 0)
    idle(qtbot, demo.app)
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
    assert page.sorting.sort == Sort("visited_at", False)
    shown = texts(demo, page.model, 0)
    assert shown == sorted(shown) and shown[0] < shown[-1]
    assert page.model.total == all_visits
    click_header(qtbot, page.table, 0)
    idle(qtbot, demo.app)
    descending = texts(demo, page.model, 0)
    assert descending == sorted(descending, reverse=True) and descending[0] > shown[-1]
    # a visitor and a date range
    visitor = texts(demo, page.model, 4)[0]
    page.visitor.setCurrentIndex(page.visitor.findData(visitor))
    idle(qtbot, demo.app)
    assert set(texts(demo, page.model, 4)) == {visitor}
    by_visitor = page.model.total
    today = clock.today()
    page.dates.set_range(today - timedelta(days=30), today)
    idle(qtbot, demo.app)
    times = texts(demo, page.model, 0)
    assert 0 < len(times) <= by_visitor
    assert all(str(today - timedelta(days=30)) <= t[:10] <= str(today) for t in times)
    # saved as a named list, the filter comes back after clearing
    page.saved.save_as("近30天")
    filtered = page.model.keys
    page.visitor.setCurrentIndex(0)
    page.dates.set_range(None, None)
    idle(qtbot, demo.app)
    assert page.model.total == all_visits
    page.saved.pick("近30天")
    idle(qtbot, demo.app)
    assert page.model.keys == filtered
    assert (
        demo.app.settings.saved_lists[demo.app.settings.user_id]["visits"]["近30天"]["visitor"]
        == visitor
    )
    check_visit_ledgers(qtbot, demo, visitor, filtered)


def check_visit_ledgers(qtbot: QtBot, demo: MainWindow, visitor: str, filtered: list[str]) -> None:
    """The visit list's ledger: Excel read back with openpyxl, the rows as the list shows them,
    and the PDF of the same list."""
    from openpyxl import load_workbook

    page = demo.visits
    with qtbot.waitSignal(page.ledger.finished, timeout=60_000) as done:
        page.ledger.export("xlsx")
    path = done.args[0]
    sheet = load_workbook(path).active
    values = [[v or "" for v in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "走访台账"
    assert visitor in values[1][0] and "时间（降序）" in values[1][0]
    assert f"共 {len(filtered)} 条" in values[1][0]
    assert demo.app.settings.user_name in values[2][0]
    start = values.index(["时间", "地址", "对象", "事由", "走访人", "回访日期", "情况"])
    body = values[start + 1 :]
    assert len(body) == len(filtered)
    shown_times = texts(demo, page.model, 0)  # the rows shown so far (the list pages lazily)
    assert [r[0] for r in body][: len(shown_times)] == shown_times
    assert {r[4] for r in body} == {visitor}
    # the PDF of the same list: its text read back with pypdf
    with qtbot.waitSignal(page.ledger.finished, timeout=60_000) as done:
        page.ledger.export("pdf")
    text = pdf_text(done.args[0])
    assert "走访台账" in text and f"走访人{visitor}" in text
    assert text.count(visitor) >= len(filtered)  # every row names the visitor
    last = "".join(shown_times[-1].split())
    assert last in text


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    app = present(QApplication.instance())
    before = QLocale()
    installed = install_translators(app, "en")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


LIST_PAGES = ("today", "households", "visits", "events", "disputes", "legal-aid", "filing")


def render_lists(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    for name in LIST_PAGES:
        show(qtbot, window, name)
        path = render(window, f"lists-{name}-{lang}")
        assert (name, window.width(), window.height()) == (name, 1366, 768)
        assert path.stat().st_size > 10_000


@DEMO
def test_list_pages_render_at_1366_in_chinese(qtbot: QtBot, demo: MainWindow) -> None:
    render_lists(qtbot, demo, "zh_CN")
    # at 1366 the household list shows 人数, 关怀, 标签 and 最近走访 beside the detail panel
    table = demo.households.table
    for column in (2, 3, 4, 5):
        x = table.columnViewportPosition(column)
        assert x >= 0 and x + table.columnWidth(column) <= table.viewport().width()


@DEMO
def test_list_pages_render_at_1366_in_english(
    qtbot: QtBot, english: list[QTranslator], app: AppContext, places: Places, clock: FixedClock
) -> None:
    window = MainWindow(app, "today")
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, app)
    at_1366(qtbot, window, clock)
    render_lists(qtbot, window, "en")


def test_enter_and_double_click_open_the_household_and_never_record_a_visit(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["zhang"])
    li = page.model.row_of(family["li"])
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(li, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.id == family["li"], timeout=30_000
    )
    assert page.panel.residents.hasFocus()
    assert not [d for d in page.findChildren(QDialog) if d.isVisible()]  # no visit form
    zhang = page.model.row_of(family["zhang"])
    rect = page.table.visualRect(page.model.index(zhang, 0))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.id == family["zhang"], timeout=30_000
    )
    assert not [d for d in page.findChildren(QDialog) if d.isVisible()]  # no visit form
    with window.app.store.sessions() as session:
        assert session.execute(select(func.count()).select_from(Visit)).scalar_one() == 0


def test_enter_on_a_visit_opens_its_household(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    window.app.dispatcher.run_write(
        lambda: window.app.visits.record(VisitDraft(family["li"], findings="一切正常"))
    ).result()
    show(qtbot, window, "visits")
    page = window.visits
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=30_000)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    idle(qtbot, window.app)
    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    qtbot.waitUntil(
        lambda: (
            window.households.detail is not None and window.households.detail.id == family["li"]
        ),
        timeout=30_000,
    )
    assert window.stack.currentWidget() is window.households


def test_visit_form_back_dated_not_home_for_two_members_with_a_phrase(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], clock: FixedClock
) -> None:
    page = open_household(qtbot, window, family["zhang"])
    page.panel.record_visit()
    dialog = shown_dialog(page, VisitDialog)
    now = to_local(clock.now())
    shown = dialog.visited_at.dateTime()
    assert (shown.date().toPython(), shown.time().hour()) == (now.date(), now.hour)
    # the future is refused at the field, in plain Chinese; nothing typed is lost
    dialog.visited_at.setDateTime(shown.addSecs(2 * 3600))
    dialog.findings.setPlainText("第一句")
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.isVisible()
    assert dialog.fields["visited_at"].message.text() == "走访时间不能晚于现在"
    assert dialog.findings.toPlainText() == "第一句"
    # two days back, nobody at the door, both members ticked, a common phrase inserted
    dialog.visited_at.setDateTime(shown.addDays(-2))
    dialog.not_home.setChecked(True)
    for box in dialog.members.values():
        box.setChecked(True)
    dialog.findings.clear()
    dialog.phrases.activated.emit(6)
    assert dialog.findings.toPlainText() == "敲门无人应答，已留联系卡。"
    assert dialog.phrases.currentIndex() == 0
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    idle(qtbot, window.app)
    with window.app.store.sessions() as session:
        visits = session.execute(select(Visit).order_by(Visit.resident_id)).scalars().all()
    assert len(visits) == 2
    assert {v.resident_id for v in visits} == set(dialog.members)
    assert {v.outcome for v in visits} == {"not_home"}
    assert {to_local(v.visited_at).date() for v in visits} == {now.date() - timedelta(days=2)}
    assert {v.findings for v in visits} == {"敲门无人应答，已留联系卡。"}


@DEMO
def test_today_tiles_open_the_filtered_lists(qtbot: QtBot, demo: MainWindow) -> None:
    show(qtbot, demo, "today")
    today = demo.today
    events = today.tiles.tiles["events"]
    assert events.total > 0
    button = today.tiles.buttons[("events", "overdue")]
    assert button.text() == f"逾期 {events.overdue}"
    assert today.tiles.buttons[("care", "overdue")].text().startswith("逾期 ")
    # one page scroll: every section is as tall as its rows, with no scrollbar of its own
    follow = today.tables["followUpsDue"]
    assert follow.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    rows = follow.model().rowCount()
    assert follow.height() >= rows * follow.verticalHeader().defaultSectionSize()
    care = today.trees["careDue"]
    assert care.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert len(care.row_items) == len(today.data["careDue"]) > 0
    kind = "overdue" if events.overdue else "soon"
    qtbot.mouseClick(today.tiles.buttons[("events", kind)], Qt.MouseButton.LeftButton)
    idle(qtbot, demo.app)
    page = demo.events
    assert demo.stack.currentWidget() is page
    expected = events.overdue if kind == "overdue" else events.soon
    qtbot.waitUntil(lambda: page.model.total == expected, timeout=30_000)
    assert page.due_chip.isVisible() and page.due_chip.text().startswith("期限")
    qtbot.mouseClick(page.due_chip, Qt.MouseButton.LeftButton)
    idle(qtbot, demo.app)
    assert not page.due_chip.isVisible() and page.model.total > expected
    # the disputes tile the same way
    show(qtbot, demo, "today")
    disputes = today.tiles.tiles["disputes"]
    kind = next(k for k, n in (("overdue", disputes.overdue), ("soon", disputes.soon)) if n)
    qtbot.mouseClick(today.tiles.buttons[("disputes", kind)], Qt.MouseButton.LeftButton)
    idle(qtbot, demo.app)
    expected = disputes.overdue if kind == "overdue" else disputes.soon
    qtbot.waitUntil(lambda: demo.disputes.model.total == expected, timeout=30_000)


@DEMO
def test_a_chart_of_eighteen_rows_keeps_its_rows_readable_and_scrolls(
    qtbot: QtBot, demo: MainWindow
) -> None:
    demo.resize(1366, 700)
    show(qtbot, demo, "legal-aid")
    page = demo.legal_aid
    page.tabs.setCurrentWidget(page.stats)
    idle(qtbot, demo.app)
    chart = page.stats.by_matter_chart
    bars = [(f"事项类型{n}", float(n)) for n in range(1, 19)]
    chart.set_data(bars)
    QApplication.processEvents()
    row = chart.canvas.row_height()
    assert row >= chart.fontMetrics().height() + 8
    assert chart.canvas.height() >= 18 * row  # every label has a line of its own
    assert chart.height() < chart.canvas.height()  # the chart scrolls inside the page
    assert chart.verticalScrollBar().maximum() > 0
    render(demo, "lists-legal-aid-statistics-1366x700")


@DEMO
def test_care_visits_grouped_by_building_with_record_and_not_home(
    qtbot: QtBot, demo: MainWindow
) -> None:
    show(qtbot, demo, "today")
    care = demo.today.trees["careDue"]
    rows = demo.today.data["careDue"]
    assert len(care.row_items) == len(rows) > 1
    # walking order: building by building, each with its households under it
    buildings = [present(care.topLevelItem(i)).text(0) for i in range(care.topLevelItemCount())]
    assert all("幢（" in b for b in buildings)
    assert sum(int(b.rsplit("（", 1)[1].rstrip("）")) for b in buildings) == len(rows)
    first = care.row_items[0].data(0, Qt.ItemDataRole.UserRole)
    # 未遇: one click records that nobody was home; the visit is still owed, the row stays
    box = care.itemWidget(care.row_items[0], len(care.section.columns))
    away = box.findChild(QPushButton, "careNotHome")
    qtbot.mouseClick(away, Qt.MouseButton.LeftButton)
    idle(qtbot, demo.app)
    with demo.app.store.sessions() as session:
        visit = (
            session.execute(
                select(Visit)
                .where(Visit.resident_id == first.resident_id)
                .order_by(col(Visit.visited_at).desc())
            )
            .scalars()
            .first()
        )
    assert visit is not None and (visit.outcome, visit.purpose) == ("not_home", "care")
    show(qtbot, demo, "today")
    still = [r.resident_id for r in demo.today.data["careDue"]]
    assert first.resident_id in still
    # 记录走访 opens the visit form for that person, purpose 关怀走访
    care = demo.today.trees["careDue"]
    index = still.index(first.resident_id)
    item = next(
        i
        for i in care.row_items
        if i.data(0, Qt.ItemDataRole.UserRole).resident_id == first.resident_id
    )
    box = care.itemWidget(item, len(care.section.columns))
    qtbot.mouseClick(box.findChild(QPushButton, "careRecord"), Qt.MouseButton.LeftButton)
    idle(qtbot, demo.app)
    shown = [w for w in QApplication.allWidgets() if isinstance(w, VisitDialog) and w.isVisible()]
    assert len(shown) == 1  # the one visit form that button opened
    dialog = shown[0]
    assert dialog.purpose.currentData() == "care"
    assert [rid for rid, b in dialog.members.items() if b.isChecked()] == [first.resident_id]
    assert index >= 0
    render(demo, "lists-today-care-grouped-zh_CN")
    dialog.reject()


@DEMO
def test_event_and_legal_aid_ledgers_carry_their_filter_and_sort(
    qtbot: QtBot, demo: MainWindow
) -> None:
    from openpyxl import load_workbook

    show(qtbot, demo, "events")
    page = demo.events
    page.status.setCurrentIndex(page.status.findData(None))  # every status
    idle(qtbot, demo.app)
    qtbot.waitUntil(lambda: page.department.count() > 1, timeout=30_000)
    page.department.setCurrentIndex(1)
    idle(qtbot, demo.app)
    department = page.department.currentText()
    click_header(qtbot, page.table, 4)  # 期限, oldest first
    idle(qtbot, demo.app)
    assert page.sorting.sort == Sort("due_date", False)
    total = page.model.total
    assert total > 0
    page.saved.save_as("区城管")
    with qtbot.waitSignal(page.ledger.finished, timeout=60_000) as done:
        page.ledger.export("xlsx")
    values = [
        [v or "" for v in row]
        for row in load_workbook(done.args[0]).active.iter_rows(values_only=True)
    ]
    assert values[0][0] == "事件台账"
    assert department in values[1][0] and "期限（升序）" in values[1][0]
    headers = [c.header for c in page.model.columns]
    start = values.index(headers)
    body = values[start + 1 :]
    assert len(body) == total
    assert {r[headers.index("部门")] for r in body} == {department}
    due = [r[headers.index("期限")] for r in body]
    assert due == sorted(due)
    # the saved list brings department and sort back after they were changed
    page.department.setCurrentIndex(0)
    page.sorting.sort_by(None)
    idle(qtbot, demo.app)
    page.saved.pick("区城管")
    idle(qtbot, demo.app)
    assert (page.department.currentText(), page.sorting.sort) == (department, Sort("due_date"))
    assert page.model.total == total

    show(qtbot, demo, "legal-aid")
    aid = demo.legal_aid
    with qtbot.waitSignal(aid.ledger.finished, timeout=60_000) as done:
        aid.ledger.export("pdf")
    text = pdf_text(done.args[0])
    assert text.startswith("法律援助台账")
    first = aid.model.row_data(0)
    assert first is not None and first.number in text
