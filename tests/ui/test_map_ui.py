"""The grid map page: drawn from the demo's vector data with events coloured by status and
overdue, layers switched, a campaign's coverage shading, a click that opens the event, a
GeoJSON import by the grid centre; rendered at 1366×768 in Chinese and English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsEllipseItem, QGraphicsPolygonItem
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.queries import map as mq
from tests.conftest import present
from tests.ui.conftest import Messages, idle
from ui.app_context import AppContext
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.notifier import Kind
from ui.pages.map import TONES, MapPage, shade

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def open_map(qtbot: QtBot, window: MainWindow) -> MapPage:
    window.resize(1366, 768)
    window.show_page("map")
    page = window.page("map")
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: page.loads > 0)
    idle(qtbot, window.app)
    return page


def colours_in(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


@pytest.mark.demo(households=800, events=160)
def test_the_map_draws_events_by_status_and_opens_them(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    page = open_map(qtbot, window)
    data = present(page.data)
    dots = [i for i in page.scene.items() if isinstance(i, QGraphicsEllipseItem)]
    assert len(dots) == len(data.events)
    by_colour = {
        tone: sum(1 for d in dots if d.brush().color() == colour) for tone, colour in TONES.items()
    }
    assert by_colour == {tone: sum(1 for p in data.events if p.tone == tone) for tone in TONES}
    assert by_colour[mq.OVERDUE] > 0 and by_colour[mq.EMERGENCY] > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "map-zh.png"
    assert window.grab().save(str(path))
    seen = colours_in(QImage(str(path)))
    assert {TONES[mq.OVERDUE].name(), TONES[mq.OPEN].name(), TONES[mq.EMERGENCY].name()} <= seen
    # switching a layer off hides its points
    page.toggles["closed"].setChecked(False)
    closed = [d for d in dots if d.brush().color() == TONES[mq.CLOSED]]
    assert closed and not any(d.isVisible() for d in closed)
    page.toggles["closed"].setChecked(True)
    # a campaign shades its micro-grids by coverage
    page.campaign.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.loads > 1)
    idle(qtbot, window.app)
    shaded = present(page.data).boundaries
    rates = {b.area_id: b.coverage for b in shaded if b.coverage is not None}
    assert rates
    polygons = [
        i
        for i in page.scene.items()
        if isinstance(i, QGraphicsPolygonItem) and i.data(0) == "micro"
    ]
    for item in polygons:
        assert item.brush().color() == shade(rates.get(item.data(1)))
    assert window.grab().save(str(SCREENSHOTS / "map-campaign-zh.png"))
    # a click on an event opens it on the events page
    overdue = next(p for p in present(page.data).events if p.tone == mq.OVERDUE)
    dot = next(d for d in page.scene.items() if d.data(1) == overdue.id)
    page.clicked(dot)
    qtbot.waitUntil(
        lambda: window.events.detail is not None and window.events.detail.row.id == overdue.id
    )
    assert window.stack.currentWidget() is window.events


def test_the_grid_centre_imports_geojson_on_the_map(
    qtbot: QtBot, window: MainWindow, places: object, tmp_path: Path, messages: Messages
) -> None:
    page = open_map(qtbot, window)
    assert "还没有地图数据" in page.counts.text()
    assert not page.import_button.isEnabled()  # a warden may not
    window.app.settings.user_role = "supervisor"
    actor = window.app.services.actor
    window.app.sign_in_as(actor.__class__("centre", "周主任", "supervisor", actor.device_id))
    page.refresh()
    idle(qtbot, window.app)
    assert page.import_button.isEnabled()
    ring = [[120.86, 32.0], [120.87, 32.0], [120.87, 32.01], [120.86, 32.01], [120.86, 32.0]]
    path = tmp_path / "grid.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Polygon", "coordinates": [ring]},
                        "properties": {"kind": "micro_grid", "name": "第1-1微网格"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    page.import_geojson(path)
    qtbot.waitUntil(lambda: page.data is not None and len(page.data.boundaries) == 1)
    imported = messages.wait(qtbot, Kind.INFORM)
    assert imported.title == "已导入" and "已导入 1 个微网格边界" in imported.text


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    app = present(QApplication.instance())
    installed = install_translators(app, "en")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


@pytest.mark.demo(households=800, events=160)
def test_the_map_in_english(
    qtbot: QtBot, english: list[QTranslator], app: AppContext, places: object, clock: FixedClock
) -> None:
    window = MainWindow(app, "today")
    qtbot.addWidget(window)
    window.show()
    page = open_map(qtbot, window)
    assert page.toggles["overdue"].text() == "Events: overdue"
    assert page.counts.text().endswith("closed in 30 days")
    assert window.grab().save(str(SCREENSHOTS / "map-en.png"))


@pytest.mark.demo(households=200, events=10)
def test_an_event_is_placed_by_a_click_on_the_map(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    from PySide6.QtCore import Qt

    from gridwarden.models import GridEvent
    from gridwarden.services.events import EventDraft

    eid = present(window.app.events.report(EventDraft("other", "路面塌陷，位置待定")).primary_id)
    window.resize(1366, 768)
    window.show_page("events")
    window.events.open_event(eid)
    qtbot.waitUntil(lambda: window.events.detail is not None and window.events.detail.row.id == eid)
    assert window.events.locate_button.isEnabled()
    window.events.locate_button.click()
    page = window.page("map")
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: page.loads > 0)
    idle(qtbot, window.app)
    assert page.picking == ("event", eid, present(window.events.detail).row.number)
    # click in the middle of the first micro-grid
    first = present(page.data).boundaries[0]
    lon = sum(x for x, _y in first.rings[0][:4]) / 4
    lat = sum(y for _x, y in first.rings[0][:4]) / 4
    target = page.view.mapFromScene(present(page.projection)(lon, lat))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    idle(qtbot, window.app)
    with window.app.store.sessions() as session:
        placed = present(session.get(GridEvent, eid))
    assert placed.lon is not None and placed.lat is not None
    assert abs(placed.lon - lon) < 0.0001 and abs(placed.lat - lat) < 0.0001
    assert page.picking is None
    qtbot.waitUntil(lambda: any(p.id == eid for p in present(page.data).events))
