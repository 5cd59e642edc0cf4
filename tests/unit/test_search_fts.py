"""The persisted FTS5 index answers exactly as the LIKE scan does, follows every change, and
answers one- and two-character queries (张三, zs, 王) from the index."""

from __future__ import annotations

import random
import re

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from gridwarden import search_fts
from gridwarden.clock import FixedClock
from gridwarden.models import Area, HouseholdSearch
from gridwarden.queries import households as hq
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.store import Store
from tests.conftest import Places
from tests.unit.test_register import add_resident, new_household


def both(store: Store, flt: hq.HouseholdFilter) -> tuple[list[str], list[str]]:
    with store.sessions() as session:
        return hq.search_ids(session, flt), hq.scan_search_ids(session, flt)


def test_grams_and_queries_cover_short_tokens() -> None:
    # digit runs have trigrams only (migration sd001); a run with letters keeps its bigrams
    assert search_fts.grams("张三丰 zs 13812") == "张三 三丰 丰 zs s"
    assert search_fts.grams("3-101 3幢") == "3幢 幢"
    assert search_fts.trigrams("3-101 3幢") == "101"
    assert search_fts.gram_columns("张三丰 zs 13812", digit_bigrams=True)[0] == (
        "张三 三丰 丰 zs s 13 38 81 12 2"
    )
    assert search_fts.match_expression(["13"]) is None  # the scan answers one or two digits
    assert search_fts.match_expression(["7"]) is None
    assert search_fts.match_expression(["138"]) == 'trigrams : "138"'
    assert search_fts.match_expression(["3幢"]) == 'grams : "3幢"'
    assert search_fts.trigrams("张三丰 zs 13812") == "张三丰 138 381 812"
    assert search_fts.match_expression(["张三"]) == 'grams : "张三"'
    assert search_fts.match_expression(["张三丰", "王"]) == 'trigrams : "张三丰" AND grams : "王"*'
    assert search_fts.match_expression(["3-101"]) is None  # the scan answers it


@pytest.mark.demo(households=600, events=10)
def test_the_index_answers_as_the_scan_does_on_a_demo_street(
    store: Store, clock: FixedClock
) -> None:
    with store.sessions() as session:
        texts = session.execute(select(col(HouseholdSearch.text))).scalars().all()
        grid = (
            session.execute(select(col(Area.id)).where(col(Area.level) == "grid")).scalars().first()
        )
        indexed = session.execute(text(f"SELECT count(*) FROM {search_fts.KEYS}")).scalar()
    assert indexed == len(texts) == 600  # the generator indexes every household it writes
    rng = random.Random(5)
    queries = ["张", "王芳", "zs", "wj", "1381", "0548", "工农路", "3幢 101", "人民 2单元", "xyzq"]
    for row in rng.sample(texts, 40):  # pieces of real rows: names, phones, ID tails
        word = rng.choice(row.split())
        start = rng.randrange(max(1, len(word) - 2))
        queries.append(word[start : start + rng.randint(1, 6)])
    found_any = 0
    for query in queries:
        for order in ("address", "name"):
            fast, scan = both(store, hq.HouseholdFilter(text=query, order=order))
            assert fast == scan, (query, order)
            found_any += bool(fast)
        fast, scan = both(store, hq.HouseholdFilter(text=query, grid_id=grid))
        assert fast == scan, (query, "grid")
    assert found_any >= 80  # the pieces of real rows are found


def test_the_index_follows_edits_and_removals(
    store: Store, register: RegisterService, places: Places
) -> None:
    first = new_household(register, places, "工农路12号")
    zhang = add_resident(register, first, "张三", phone="13812345678")
    assert both(store, hq.HouseholdFilter(text="zs")) == ([first], [first])
    assert both(store, hq.HouseholdFilter(text="张三"))[0] == [first]
    assert both(store, hq.HouseholdFilter(text="三"))[0] == [first]
    assert both(store, hq.HouseholdFilter(text="5678"))[0] == [first]
    # a resident renamed, a new household, a household moved out
    register.save_resident(ResidentDraft(first, "李四", "", "13812345678", "户主", id=zhang))
    second = register.save_household(HouseholdDraft(places.micro, "工农路2号")).primary_id or ""
    register.save_resident(ResidentDraft(second, "张山"))
    fast, scan = both(store, hq.HouseholdFilter(text="zs"))
    assert fast == scan == [second]
    assert both(store, hq.HouseholdFilter(text="ls"))[0] == [first]
    assert both(store, hq.HouseholdFilter(text="张三"))[0] == []
    register.remove_household(second, "迁出")
    assert both(store, hq.HouseholdFilter(text="zs"))[0] == []
    assert both(store, hq.HouseholdFilter(text="工农路"))[0] == [first]
    with store.sessions() as session:  # one index row per household, none for the removed one
        keys = session.execute(text(f"SELECT household_id, rowid FROM {search_fts.KEYS}")).all()
        assert [household for household, _rowid in keys] == [first]
        rowid_of = dict(keys)
        # the removed and renamed rows left nothing behind in the contentless index itself
        for query, expected in (('grams : "zs"', []), ('grams : "ls"', [first])):
            rowids = session.execute(
                text(f"SELECT rowid FROM {search_fts.TABLE} WHERE {search_fts.TABLE} MATCH :q"),
                {"q": query},
            ).scalars()
            assert sorted(rowids) == sorted(rowid_of[h] for h in expected), query
        session.execute(
            text(f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}) VALUES ('integrity-check')")
        )


@pytest.mark.demo(households=300, events=5)
def test_one_and_two_digit_queries_list_the_register_in_order_as_a_plain_filter(
    store: Store,
) -> None:
    """They go to the scan (digit runs have no bigrams in the index): the first screenful and
    the whole list are the register's rows holding the digits, in display order."""
    with store.sessions() as session:
        rows = session.execute(
            select(
                col(HouseholdSearch.household_id),
                col(HouseholdSearch.address_key),
                col(HouseholdSearch.text),
            )
        ).all()
        in_order = sorted(rows, key=lambda r: (r.address_key, r.household_id))
        for query in ("13", "7", "05", "9 3幢"):
            words = query.split()
            expected = [r.household_id for r in in_order if all(w in r.text for w in words)]
            assert expected, query
            flt = hq.HouseholdFilter(text=query)
            assert hq.search_ids(session, flt, hq.FIRST_SCREEN) == expected[: hq.FIRST_SCREEN]
            assert hq.search_ids(session, flt) == expected
            first, _rows = hq.first_screen(session, flt, hq.FIRST_SCREEN, hq.FIRST_ROWS)
            assert first == expected[: hq.FIRST_SCREEN]
        indexed = session.execute(
            text(f"SELECT count(*) FROM {search_fts.TABLE} WHERE {search_fts.TABLE} MATCH :q"),
            {"q": 'grams : "13"'},
        ).scalar()
    # the bigram 13 is indexed where it stands in a run with letters (an address: 13幢), not
    # where it stands in a phone or an ID number
    mixed = [
        r
        for r in rows
        if any("13" in run and not run.isdigit() for run in re.findall(r"[^\W_]+", r.text))
    ]
    assert indexed == len(mixed) < len([r for r in rows if "13" in r.text])
