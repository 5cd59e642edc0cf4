"""The in-memory index answers exactly as the SQL search does, and follows every change."""

from __future__ import annotations

import random

from gridwarden.clock import FixedClock
from gridwarden.demo.generator import DemoSize, seed
from gridwarden.queries import households as hq
from gridwarden.search_index import SearchIndex
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import Places
from tests.unit.test_register import add_resident, new_household


def both(store: Store, index: SearchIndex, flt: hq.HouseholdFilter) -> tuple[list[str], list[str]]:
    with store.sessions() as session:
        return index.search_ids(session, flt), hq.search_ids(session, flt)


def test_the_index_answers_as_sql_does_on_a_demo_street(store: Store, clock: FixedClock) -> None:
    seed(store.sessions, clock, Settings(), DemoSize(households=600, events=10))
    with store.sessions() as session:
        from sqlalchemy import select

        from gridwarden.models import Area, HouseholdSearch

        texts = session.execute(select(HouseholdSearch.text)).scalars().all()
        grid = session.execute(select(Area.id).where(Area.level == "grid")).scalars().first()
    rng = random.Random(5)
    queries = ["张", "王芳", "zs", "wj", "1381", "0548", "工农路", "3幢 101", "人民 2单元", "xyzq"]
    for text in rng.sample(texts, 40):  # pieces of real rows: names, phones, ID tails
        word = rng.choice(text.split())
        start = rng.randrange(max(1, len(word) - 2))
        queries.append(word[start : start + rng.randint(2, 6)])
    index = SearchIndex()
    for query in queries:
        for order in ("address", "name"):
            flt = hq.HouseholdFilter(text=query, order=order)
            fast, sql = both(store, index, flt)
            assert fast == sql, (query, order)
        fast, sql = both(store, index, hq.HouseholdFilter(text=query, grid_id=grid))
        assert fast == sql, (query, "grid")


def test_the_index_follows_edits_and_removals(
    store: Store, register: RegisterService, places: Places
) -> None:
    index = SearchIndex()
    first = new_household(register, places, "工农路12号")
    zhang = add_resident(register, first, "张三", phone="13812345678")
    with store.sessions() as session:
        index.warm(session)
    flt = hq.HouseholdFilter(text="zs")
    assert both(store, index, flt)[0] == [first]
    # a resident renamed, a new household, a household moved out
    changes = register.save_resident(
        ResidentDraft(first, "李四", "", "13812345678", "户主", id=zhang)
    )
    index.note_changed(changes.ids)
    second = register.save_household(HouseholdDraft(places.micro, "工农路2号")).primary_id or ""
    index.note_changed([second])
    index.note_changed(register.save_resident(ResidentDraft(second, "张山")).ids)
    fast, sql = both(store, index, flt)
    assert fast == sql == [second]
    assert both(store, index, hq.HouseholdFilter(text="ls"))[0] == [first]
    index.note_changed(register.remove_household(second, "迁出").ids)
    assert both(store, index, flt)[0] == []
    assert both(store, index, hq.HouseholdFilter(text="工农路"))[0] == [first]
