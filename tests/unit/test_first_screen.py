"""The register's first screenful (issue 15): the first ids of a search are exactly the first ids
of the whole sorted answer, whether the matches are few (their keys sorted) or common (the order
index walked), and come with the rows of their first page."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import HouseholdSearch
from gridwarden.queries import households as hq
from gridwarden.store import Store


@pytest.mark.demo(households=400, events=5)
@pytest.mark.parametrize(
    ("probe", "walk"),
    [(hq.PROBE, hq.WALK), (3, 10_000), (3, 60)],
    ids=["few-matches", "common-matches-walked", "walk-too-short"],
)
def test_the_first_ids_are_the_head_of_the_whole_answer(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, probe: int, walk: int
) -> None:
    # probe 3: every match of more than two households is common and walks the order index;
    # a walk of 60 entries holds 5 matches of a common query but rarely 200 (those sort all)
    monkeypatch.setattr(hq, "PROBE", probe)
    monkeypatch.setattr(hq, "WALK", walk)
    with store.sessions() as session:
        texts = session.execute(select(col(HouseholdSearch.text))).scalars().all()
    rng = random.Random(11)
    queries = ["张", "王芳", "zs", "wj", "1381", "工农路", "3幢 101", "人民 2单元", "xyzq"]
    for row in rng.sample(texts, 25):
        word = rng.choice(row.split())
        start = rng.randrange(max(1, len(word) - 2))
        queries.append(word[start : start + rng.randint(1, 5)])
    longer = 0
    for query in queries:
        for order in ("address", "name"):
            flt = hq.HouseholdFilter(text=query, order=order)
            with store.sessions() as session:
                whole = hq.scan_search_ids(session, flt)
                for limit in (hq.FIRST_SCREEN, 5):
                    assert hq.search_ids(session, flt, limit) == whole[:limit], (query, order)
            longer += len(whole) > 5
    assert longer >= 10  # common matches were cut at the limit


@pytest.mark.demo(households=300, events=5)
def test_the_first_screen_brings_the_rows_of_its_first_page(
    store: Store, clock: FixedClock
) -> None:
    with store.sessions() as session:
        ids, rows = hq.first_screen(session, hq.HouseholdFilter(), hq.FIRST_SCREEN, 50)
        every = hq.search_ids(session, hq.HouseholdFilter())
        expected = hq.rows(session, every[:50])
        addresses = {r[0]: r[1] for r in session.execute(text("SELECT id, address FROM household"))}
    assert ids == every[: hq.FIRST_SCREEN]
    assert rows == expected
    assert set(rows) == set(ids[:50])
    first = rows[ids[0]]
    assert first.address == addresses[ids[0]]
    assert first.residents >= 1 and first.head_name
