"""Today with thousands of care targets (issue 15): the grouped care section is built in one
go and makes a row's 记录走访 / 未遇 buttons when the row is painted, not 3,000 widgets at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QTreeWidget
from pytestqt.qtbot import QtBot

from gridwarden.queries.today import CareDue
from tests.conftest import Places, present
from tests.ui.conftest import idle
from ui.app_context import AppContext
from ui.pages.today import GroupedRows
from ui.pages.today_sections import warden_sections

ROWS = 400


def care_rows(today: date) -> list[CareDue]:
    """400 care targets in 40 buildings of two units each."""
    rows = []
    for n in range(ROWS):
        building, unit, room = n // 10 + 1, n % 2 + 1, 101 + n % 10
        rows.append(
            CareDue(
                f"r{n}",
                f"h{n}",
                f"居民{n}",
                f"青年中路8号青年花苑{building}幢{unit}单元{room}室",
                "elderly_alone",
                7,
                None,
                today - timedelta(days=n % 9),
                n % 9,
            )
        )
    return rows


def made(tree: GroupedRows) -> list[int]:
    """Rows whose buttons exist (asked of Qt directly: GroupedRows.itemWidget would make them)."""
    column = len(tree.section.columns)
    return [
        n
        for n, item in enumerate(tree.row_items)
        if QTreeWidget.itemWidget(tree, item, column) is not None
    ]


def test_care_rows_get_their_buttons_when_painted(qtbot: QtBot, app: AppContext) -> None:
    section = warden_sections(app, lambda _h: None, lambda _e: None)[0]
    assert section.key == "careDue"
    tree = GroupedRows(section)
    page = QScrollArea()  # the Today page's one scroll: the tree is as tall as its rows
    page.setWidget(tree)
    page.resize(1200, 500)
    qtbot.addWidget(page)
    page.show()
    tree.set_rows(care_rows(app.clock.today()))
    qtbot.waitUntil(lambda: len(made(tree)) > 0)
    QApplication.processEvents()

    assert len(tree.row_items) == ROWS
    assert tree.topLevelItemCount() == 40  # one group per building, walking order
    assert present(tree.topLevelItem(0)).text(0) == "青年中路8号青年花苑1幢（10）"
    assert present(tree.topLevelItem(1)).text(0) == "青年中路8号青年花苑2幢（10）"
    # as tall as every row laid out one by one, buttons or not
    total, item = 0, tree.topLevelItem(0)
    while item is not None:
        total += max(tree.indexRowSizeHint(tree.indexFromItem(item)), 18)
        item = tree.itemBelow(item)
    assert tree.height() == tree.header().sizeHint().height() + total + 2 * tree.frameWidth() + 4
    # only the rows on screen have their buttons: the first ones, not the last
    first_shown = made(tree)
    assert first_shown[0] == 0 and len(first_shown) < 40
    assert ROWS - 1 not in first_shown

    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: ROWS - 1 in made(tree))
    assert len(made(tree)) < 80  # the bottom screenful and the top one

    # a row far from both screens: its buttons are made when asked for, and they act on it
    acted: list[str] = []
    tree.section.actions[1] = ("未遇", "careNotHome", lambda row: acted.append(row.resident_id))
    middle = tree.row_items[ROWS // 2]
    assert ROWS // 2 not in made(tree)
    box = tree.itemWidget(middle, len(section.columns))
    away = present(box.findChild(QPushButton, "careNotHome"))
    assert away.text() == "未遇"
    qtbot.mouseClick(away, Qt.MouseButton.LeftButton)
    assert acted == [middle.data(0, Qt.ItemDataRole.UserRole).resident_id]


def test_today_lists_the_first_rows_and_shows_all_on_request(qtbot: QtBot, app: AppContext) -> None:
    """At district scale a section lists its first FIRST_ROWS rows (walking order) with its exact
    count in the title, the summary, the group rows and the badges; 显示全部 lists the rest."""
    from gridwarden.queries.today import FollowUpDue
    from gridwarden.queries.today_tiles import WORKFLOWS, Tile
    from ui.pages.today import FIRST_ROWS, Loaded, TodayPage, walking_order

    today = app.clock.today()
    sections = warden_sections(app, lambda _h: None, lambda _e: None)
    page = TodayPage(app, sections)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    seen: list[dict[str, object]] = []
    page.sections_loaded.connect(seen.append)
    care = care_rows(today)
    follow_ups = [
        FollowUpDue(
            f"v{n}",
            f"h{n}",
            f"青年中路8号青年花苑{n // 10 + 1}幢1单元{101 + n % 10}室",
            today - timedelta(days=n % 5),
            "routine",
            "情况正常",
            datetime(2026, 11, 1, 2, 0, tzinfo=UTC),
        )
        for n in range(150)
    ]
    rows: dict[str, Sequence[Any]] = {"careDue": care, "followUpsDue": follow_ups, "eventsDue": []}
    tiles = {w: Tile(w, 0, 0, 0, today) for w in WORKFLOWS}
    placed = {"careDue": walking_order(care, lambda c: c.address)}
    page._loaded(Loaded(rows, tiles, today, [], placed))

    tree = page.trees["careDue"]
    assert len(tree.rows) == ROWS  # every row, in walking order
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in tree.row_items] == tree.rows[:FIRST_ROWS]
    assert tree.topLevelItemCount() == FIRST_ROWS // 10  # the first ten buildings
    assert present(tree.topLevelItem(0)).text(0) == "青年中路8号青年花苑1幢（10）"
    assert page.titles["careDue"].text() == f"关怀对象待走访（{ROWS}）"
    more = page.more["careDue"]
    assert more.isVisible()
    assert more.text() == f"已列出前 {FIRST_ROWS} 条，显示全部 {ROWS} 条"
    follow = page.tables["followUpsDue"]
    assert follow.model().rowCount() == FIRST_ROWS
    assert page.titles["followUpsDue"].text() == "到期回访（150）"
    assert page.more["followUpsDue"].text() == f"已列出前 {FIRST_ROWS} 条，显示全部 150 条"
    assert not page.more["eventsDue"].isVisible()
    late = sum(1 for c in care if c.due < today)
    assert f"关怀对象待走访（{ROWS}），{late} 项已逾期" in page.summary.text()
    assert seen == [rows]  # the badges count every row, not the listed ones

    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(tree.row_items) == ROWS and tree.topLevelItemCount() == 40
    assert not more.isVisible()
    qtbot.mouseClick(page.more["followUpsDue"], Qt.MouseButton.LeftButton)
    assert follow.model().rowCount() == 150
    page._loaded(Loaded(rows, tiles, today, [], placed))  # a reload keeps them in full
    assert len(tree.row_items) == ROWS and follow.model().rowCount() == 150


def test_show_all_reads_the_follow_ups_not_listed_yet(
    qtbot: QtBot, app: AppContext, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The follow-ups section reads only its first rows and the counts; 显示全部 reads the rest
    (and the section stays in full at the next load)."""
    from gridwarden.services.register import HouseholdDraft
    from gridwarden.services.visits import VisitDraft
    from ui.pages import today as today_page
    from ui.pages import today_sections
    from ui.pages.today import TodayPage

    monkeypatch.setattr(today_page, "FIRST_ROWS", 3)
    monkeypatch.setattr(today_sections, "FIRST_ROWS", 3)
    start = app.clock.today()
    for n in range(5):
        home = present(
            app.register.save_household(
                HouseholdDraft(places.micro, f"工农路{n}号1幢101室")
            ).primary_id
        )
        app.visits.record(VisitDraft(home, "routine", f"第{n}户", start + timedelta(1 + n % 2)))
    app.clock.advance(days=3)  # type: ignore[attr-defined]
    page = TodayPage(app, warden_sections(app, lambda _h: None, lambda _e: None))
    qtbot.addWidget(page)
    page.show()
    counted: list[dict[str, Any]] = []
    page.sections_loaded.connect(counted.append)
    page.refresh()
    idle(qtbot, app)
    follow = page.tables["followUpsDue"]
    assert follow.model().rowCount() == 3
    assert page.titles["followUpsDue"].text() == "到期回访（5）"
    assert page.more["followUpsDue"].text() == "已列出前 3 条，显示全部 5 条"
    assert "到期回访（5），5 项已逾期" in page.summary.text()
    listed = counted[-1]["followUpsDue"]
    assert (len(listed), listed.total, listed.late) == (3, 5, 5)  # what the badges count

    qtbot.mouseClick(page.more["followUpsDue"], Qt.MouseButton.LeftButton)
    idle(qtbot, app)
    texts = [follow.model().index(r, 3).data() for r in range(follow.model().rowCount())]
    assert texts == ["第0户", "第2户", "第4户", "第1户", "第3户"]  # by follow-up day
    assert not page.more["followUpsDue"].isVisible()
    page.refresh()
    idle(qtbot, app)
    assert follow.model().rowCount() == 5


def test_the_care_walk_lists_its_first_rows_counts_every_building_and_shows_all(
    qtbot: QtBot, app: AppContext, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The care section reads only the first rows of the walk (in walking order) with the
    counts of every building and unit from the store (migration wk001); 显示全部 reads every
    row and the section stays in full at the next load."""
    from gridwarden.services.register import CarePlanDraft, HouseholdDraft, ResidentDraft
    from ui.pages import today as today_page
    from ui.pages import today_sections
    from ui.pages.today import TodayPage

    monkeypatch.setattr(today_page, "FIRST_ROWS", 3)
    monkeypatch.setattr(today_sections, "FIRST_ROWS", 3)
    # 10幢 after 9幢 on the walk (numbers as numbers), two units in 9幢
    for n, address in enumerate(
        (
            "青年中路8号10幢1单元101室",
            "青年中路8号9幢2单元101室",
            "青年中路8号9幢1单元302室",
            "青年中路8号9幢1单元101室",
            "青年中路8号10幢1单元201室",
        )
    ):
        home = present(
            app.register.save_household(HouseholdDraft(places.micro, address)).primary_id
        )
        person = present(app.register.save_resident(ResidentDraft(home, f"对象{n}")).primary_id)
        app.register.set_care_plan(CarePlanDraft(person, "elderly_alone", 7))
    app.clock.advance(days=8)  # type: ignore[attr-defined]
    page = TodayPage(app, warden_sections(app, lambda _h: None, lambda _e: None))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(qtbot, app)
    tree = page.trees["careDue"]
    names = [i.data(0, Qt.ItemDataRole.UserRole).name for i in tree.row_items]
    assert names == ["对象3", "对象2", "对象1"]  # 9幢 1单元 101, 302, then 2单元
    top = present(tree.topLevelItem(0))
    assert top.text(0) == "青年中路8号9幢（3）"
    assert [present(top.child(n)).text(0) for n in range(top.childCount())] == [
        "1单元（2）",
        "2单元（1）",
    ]
    assert tree.topLevelItemCount() == 1  # 10幢's rows are not listed yet
    assert page.titles["careDue"].text() == "关怀对象待走访（5）"
    more = page.more["careDue"]
    assert more.text() == "已列出前 3 条，显示全部 5 条"

    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    idle(qtbot, app)
    names = [i.data(0, Qt.ItemDataRole.UserRole).name for i in tree.row_items]
    assert names == ["对象3", "对象2", "对象1", "对象0", "对象4"]
    assert present(tree.topLevelItem(1)).text(0) == "青年中路8号10幢（2）"
    assert not more.isVisible()
    page.refresh()
    idle(qtbot, app)
    assert len(tree.row_items) == 5
