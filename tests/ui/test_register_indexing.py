"""While a first sync writes its search index the register says how many households are not
listed yet (issue 15: ~15 s at 100,000 households, ~45 s at a million), grows with each batch
the sync reports, and the notice goes when they are all in."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gridwarden import search_fts
from gridwarden.clock import FixedClock
from gridwarden.queries import households as hq
from gridwarden.services.context import Changes
from gridwarden.sync import local
from tests.ui.conftest import idle
from tests.ui.test_lists_ui import DEMO, at_1366
from ui.main_window import MainWindow

CHOSEN = "(SELECT value FROM json_each(:ids))"


def _as_if_just_pulled(window: MainWindow, count: int) -> list[str]:
    """The state a first sync leaves between its pull and its index: these households are in
    the register, their search rows not written yet, noted for the index stage."""
    with window.app.store.sessions() as session, session.begin():
        ids = hq.search_ids(session, hq.HouseholdFilter())[:count]
        chosen = {"ids": json.dumps(ids)}
        old = session.execute(
            text(f"SELECT * FROM household_search WHERE household_id IN {CHOSEN}"), chosen
        ).mappings()
        search_fts.remove(session, [dict(row) for row in old], ids)
        session.execute(
            text(f"DELETE FROM household_search WHERE household_id IN {CHOSEN}"), chosen
        )
        session.execute(
            text("INSERT INTO sync_reindex (household_id) SELECT value FROM json_each(:ids)"),
            chosen,
        )
    return ids


@DEMO
def test_the_register_says_what_the_index_stage_has_not_listed_yet(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    at_1366(qtbot, window, clock)  # 300 households (DEMO)
    waiting = _as_if_just_pulled(window, 40)
    page = window.households
    window.show_page("households")
    idle(qtbot, window.app)
    assert page.count.text() == "共 260 户"
    assert page.indexing.isVisible()
    assert page.indexing.text() == (
        "正在为同步来的住户建立检索索引：还有 40 户暂未列出、也搜不到，建好后自动出现。"
    )

    # the sync's index stage reports each batch: the list grows with it
    with window.app.store.sessions() as session, session.begin():
        assert local.reindex(session, 25) == 25
    window.app.sync.progress.emit("index", 25, 40)
    idle(qtbot, window.app)
    assert page.count.text() == "共 285 户"
    assert "还有 15 户暂未列出" in page.indexing.text()
    window.app.sync.progress.emit("pull", 5, 40)  # another stage: nothing to do here
    idle(qtbot, window.app)
    assert "还有 15 户暂未列出" in page.indexing.text()

    with window.app.store.sessions() as session, session.begin():
        assert local.reindex(session) == 15
    window.app.bus.changed.emit(Changes.of({"household"}, waiting))
    idle(qtbot, window.app)
    assert page.count.text() == "共 300 户"
    assert not page.indexing.isVisible()
