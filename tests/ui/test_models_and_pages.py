"""Every table model passes Qt's model tester; the today page leads to the right records;
every page renders to a PNG a person can look at."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.services.events import EventDraft
from gridwarden.services.register import CarePlanDraft
from gridwarden.services.visits import VisitDraft
from tests.conftest import present
from tests.ui.conftest import idle
from ui import cli
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
# The store's demo district, with one visit a household on average: the visits list still spans
# ten pages of 50, and the model tester walks the whole model again after each page arrives
# (every dataChanged), so five visits a household (2,000 rows, 40 pages) cost 15 CPU seconds
# for the same checks.
DEMO = pytest.mark.demo(households=400, events=60, visits_per_household=1.0)


@pytest.fixture
def demo_window(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> MainWindow:
    for page in window.pages:
        window.show_page(page.name)
        page.refresh()
        idle(qtbot, window.app)
    return window


@DEMO
def test_every_table_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    demo_window: MainWindow,
) -> None:
    w = demo_window
    w.disputes.stats.refresh()
    idle(qtbot, w.app)
    show_legal_aid_group_and_statistics(qtbot, w)
    show_a_performed_agreement(qtbot, w)
    models = [
        w.households.model,
        w.households.panel.resident_model,
        w.households.panel.visit_model,
        w.visits.model,
        w.events.model,
        w.events.step_model,
        w.disputes.model,
        w.disputes.panel.party_model,
        w.disputes.panel.session_model,
        w.disputes.panel.obligation_model,
        w.disputes.panel.supervision_model,
        w.disputes.panel.step_model,
        w.disputes.stats.category_model,
        *w.today.models.values(),
        w.legal_aid.model,
        w.legal_aid.panel.step_model,
        w.legal_aid.group.member_model,
        w.legal_aid.stats.timely_model,
        w.legal_aid.stats.matter_model,
        w.legal_aid.stats.window_model,
        w.filing.model,
        w.filing.step_model,
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)
        idle(qtbot, w.app)
    # lazily loaded rows arrive: the first household row shows an address, not "…"
    assert w.households.model.index(0, 0).data() not in ("…", None)


def show_a_performed_agreement(qtbot: QtBot, w: MainWindow) -> None:
    """Open a demo dispute whose agreement was performed (its obligations and supervision)."""
    from sqlalchemy import select

    from gridwarden.models import DisputeStep

    with w.app.store.sessions() as session:
        performed = session.execute(
            select(col(DisputeStep.dispute_id)).where(col(DisputeStep.action) == "perform").limit(1)
        ).scalar_one()
    w.open_dispute(performed)
    qtbot.waitUntil(lambda: w.disputes.detail is not None and w.disputes.detail.row.id == performed)
    idle(qtbot, w.app)


def show_legal_aid_group_and_statistics(qtbot: QtBot, w: MainWindow) -> None:
    """Open a member of a demo group case (its members table fills) and the statistics."""
    from sqlalchemy import select

    from gridwarden.models import LegalAidApplication, LegalAidCase

    with w.app.store.sessions() as session:
        member = session.execute(
            select(col(LegalAidApplication.id))
            .join(LegalAidCase, col(LegalAidCase.id) == LegalAidApplication.case_id)
            .where(col(LegalAidCase.group_name) != "")
            .limit(1)
        ).scalar_one()
    w.open_legal_aid(member)
    w.legal_aid.stats.refresh()
    idle(qtbot, w.app)
    w.show_page("today")


def test_today_lists_care_targets_due_and_opens_the_household(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], clock: FixedClock
) -> None:
    app = window.app
    detail_residents = app.register
    with app.store.sessions() as session:
        from gridwarden.queries.households import detail

        zhang = present(detail(session, family["zhang"]))
    detail_residents.set_care_plan(CarePlanDraft(zhang.residents[0].id, "elderly_alone", 7))
    app.visits.record(
        VisitDraft(
            family["li"], "dispute_follow_up", "邻里矛盾待观察", clock.today() + timedelta(days=0)
        )
    )
    app.events.report(EventDraft("safety_hazard", "电动车楼道充电", urgent=True))
    clock.advance(days=8)
    window.today.refresh()
    idle(qtbot, window.app)
    today = window.today
    follow, events = (today.models[k] for k in ("followUpsDue", "eventsDue"))
    care = today.trees["careDue"]  # grouped building → unit, 记录走访 / 未遇 on the row
    assert len(care.row_items) == 1
    assert present(care.topLevelItem(0)).text(0) == "工农路12号3幢（1）"
    assert care.row_items[0].text(0) == "张三"
    assert care.row_items[0].text(6) == "逾期 1 天"
    assert follow.index(0, 1).data() == "青年中路8号"
    assert events.index(0, 5).data() == "逾期 8 天"
    assert today.summary.text() == (
        "2026-12-07　关怀对象待走访（1），1 项已逾期；到期回访（1），1 项已逾期；"
        "临期与逾期事件（1），1 项已逾期"
    )
    care.itemDoubleClicked.emit(care.row_items[0], 0)
    qtbot.waitUntil(
        lambda: (
            window.households.detail is not None and window.households.detail.id == family["zhang"]
        )
    )
    assert window.stack.currentWidget() is window.households


@DEMO
def test_screenshot_of_every_page(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Every page in turn on one demo window (its setup seeds the district and opens each page
    once: 4-5 s, paid once rather than once a page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in cli.PAGES:
        demo_window.show_page(name)
        idle(qtbot, demo_window.app)
        path = SCREENSHOTS / f"{name}.png"
        assert demo_window.grab().save(str(path)), name
        image = QImage(str(path))
        assert (image.width(), image.height()) == (demo_window.width(), demo_window.height()), name
        # not a blank window: the page has many distinct colours (text, tables, navigation)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 20, name
