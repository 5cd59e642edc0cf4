"""The register opens with its first screenful (issue 15): the first ids and the rows of their
first page come in one read, the whole id list and the count after them; a header sort saved
with the window is the first load's sort, not a second search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridwarden.clock import FixedClock
from gridwarden.queries import households as hq
from gridwarden.queries.sorting import Sort
from tests.ui.conftest import idle
from tests.ui.test_lists_ui import DEMO, at_1366
from ui.main_window import MainWindow
from ui.pages.households import FIRST_SCREEN, HouseholdsPage
from ui.table_models import LOADING


def spy(page: HouseholdsPage) -> list[tuple[Any, ...]]:
    """What the list shows each time a search answers: (partial, ids, first address, count)."""
    seen: list[tuple[Any, ...]] = []
    answer = page._search_done

    def done(
        generation: int,
        ids: Sequence[str],
        partial: bool = False,
        rows: dict[str, hq.HouseholdRow] | None = None,
    ) -> None:
        answer(generation, ids, partial, rows)
        if generation == page._search_generation:
            first = page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
            seen.append((partial, len(ids), first, page.count.text()))

    page._search_done = done  # type: ignore[method-assign]
    return seen


@DEMO
def test_the_register_shows_its_first_rows_with_its_first_ids(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    at_1366(qtbot, window, clock)  # 300 households (DEMO)
    page = window.households
    seen = spy(page)
    window.show_page("households")
    idle(qtbot, window.app)
    with window.app.store.sessions() as session:
        every = hq.search_ids(session, hq.HouseholdFilter())
        first_address = hq.rows(session, every[:1])[every[0]].address
    assert len(every) == 300
    # the first answer: 200 ids, the first row already there (no "…" while a page loads)
    partial, count, address, label = seen[0]
    assert (partial, count, label) == (True, FIRST_SCREEN, "正在载入…")
    assert address == first_address != LOADING
    # then every id and the count; the rows shown stay put
    assert seen[-1] == (False, 300, first_address, "共 300 户")
    assert page.model.keys == every

    # a search with fewer matches than a screenful is one read: the count comes with it
    seen.clear()
    page.search.setText(first_address)
    page.run_search()
    idle(qtbot, window.app)
    assert len(seen) == 1
    partial, count, address, label = seen[0]
    assert not partial and count >= 1 and address == first_address
    assert label == f"共 {count} 户"


@DEMO
def test_a_restored_header_sort_is_the_first_load_sort(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    at_1366(qtbot, window, clock)
    window.show_page("households")
    idle(qtbot, window.app)
    window.households.sorting.sort_by("head", descending=True)
    idle(qtbot, window.app)
    window.state.save_page("households", window.households)

    again = MainWindow(window.app, "today")
    qtbot.addWidget(again)
    again.show()
    idle(qtbot, again.app)
    page = again.households  # built now: its header state is restored before it is shown
    assert page.sorting.sort == Sort("head", True)
    seen = spy(page)
    again.show_page("households")
    idle(qtbot, again.app)
    # one search (its first screenful, then every id), sorted by head of household, descending
    assert page._search_generation == 1
    assert [s[0] for s in seen] == [True, False]
    with again.app.store.sessions() as session:
        expected = hq.search_ids(session, hq.HouseholdFilter(sort=Sort("head", True)))
    assert page.model.keys == expected
