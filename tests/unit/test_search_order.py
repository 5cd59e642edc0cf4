"""The search index's rowids follow the register's display order (issue 15, migration se001), so
the first screenful of a common match is its first matches. Households indexed afterwards take
a rowid between their neighbours; where there is no room they go to an unordered tail that a
search merges in. Either way a search answers exactly as the LIKE scan does."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlmodel import Session

from gridwarden import search_fts
from gridwarden.db import migrate
from gridwarden.db.engine import make_engine
from gridwarden.paths import DataPaths
from gridwarden.queries import households as hq
from gridwarden.search import address_key
from gridwarden.services.register import HouseholdDraft, RegisterService
from gridwarden.store import Store, open_store
from tests.conftest import Places, present
from tests.unit.test_register import add_resident, new_household

LIMITS = (hq.FIRST_SCREEN, 12, 5, 1)


def index_rows(session: Session) -> list[tuple[int, str, str]]:
    """(rowid, address_key, household_id) of every index row, in rowid order."""
    return [
        (r[0], r[1], r[2])
        for r in session.execute(
            text(f"SELECT rowid, address_key, household_id FROM {search_fts.KEYS} ORDER BY rowid")
        )
    ]


def assert_ordered(session: Session) -> tuple[int, int]:
    """The ordered rows' rowids follow (address_key, household_id); (ordered, in the tail)."""
    rows = index_rows(session)
    ordered = [r for r in rows if r[0] < search_fts.TAIL]
    assert [r[1:] for r in ordered] == sorted(r[1:] for r in ordered)
    return len(ordered), len(rows) - len(ordered)


def assert_answers_as_the_scan(store: Store, queries: list[str]) -> int:
    """Every query's first ids at each limit are the head of the scan's sorted answer; how
    many queries were cut by the first screenful's limit."""
    cut = 0
    for query in queries:
        with store.sessions() as session:
            whole = hq.scan_search_ids(session, hq.HouseholdFilter(text=query))
            assert whole, query  # the test's queries all match something
            for limit in LIMITS:
                first = hq.search_ids(session, hq.HouseholdFilter(text=query), limit)
                assert first == whole[:limit], (query, limit)
            assert hq.search_ids(session, hq.HouseholdFilter(text=query)) == whole, query
        cut += len(whole) > 5
    return cut


def test_a_gap_is_shared_evenly_and_a_full_one_refused() -> None:
    # three rows between rowids 100 and 200: evenly spread
    assert [search_fts._in_gap(100, 200, i, 3) for i in (1, 2, 3)] == [125, 150, 175]
    # after the last ordered row: STEP apart; before the first: STEP apart below it
    step = search_fts.STEP
    assert [search_fts._in_gap(10, None, i, 2) for i in (1, 2)] == [10 + step, 10 + 2 * step]
    assert [search_fts._in_gap(None, 10 * step, i, 2) for i in (1, 2)] == [8 * step, 9 * step]
    # the first rows of an empty index: STEP apart around the middle of the ordered range
    middle = search_fts.TAIL // 2
    assert [search_fts._in_gap(None, None, i, 3) for i in (1, 2, 3)] == [
        middle - step,
        middle,
        middle + step,
    ]
    # no room: two rows between 7 and 9, or one between neighbours
    assert search_fts._in_gap(7, 9, 1, 2) is None
    assert search_fts._in_gap(7, 8, 1, 1) is None
    assert search_fts._in_gap(7, 9, 1, 1) == 8


@pytest.mark.demo(households=400, events=5)
def test_households_added_after_the_index_was_built_appear_in_their_place(
    store: Store, register: RegisterService, places: Places
) -> None:
    with store.sessions() as session:
        before = assert_ordered(session)
        keys = [r[1] for r in index_rows(session)]
        street = session.execute(
            text(
                "SELECT address FROM household WHERE address LIKE '工农路%'"
                " ORDER BY address LIMIT 1 OFFSET 3"
            )
        ).scalar_one()
    assert before == (400, 0)  # the generator's rows: all in order
    first_key, last_key = min(keys), max(keys)
    added = {
        "0号院1室": "张甲",  # before every address (digits sort before 工农路…)
        street + "之一": "张乙",  # in the middle of a street, next to a demo household
        street + "之二": "张丙",
        "龥路1号": "张丁",  # after every address
    }
    ids = {}
    for address, name in added.items():
        ids[address] = new_household(register, places, address)
        add_resident(register, ids[address], name, phone="19900004444")
    assert address_key("0号院1室") < first_key and address_key("龥路1号") > last_key
    # a household moved to another address is indexed at its new place
    moved = ids[street + "之二"]
    register.save_household(HouseholdDraft(places.micro, "0号院2室", id=moved))
    with store.sessions() as session:
        assert assert_ordered(session) == (404, 0)  # every one found room in the order
        by_rowid = [r[2] for r in index_rows(session)]
    assert by_rowid[:2] == [ids["0号院1室"], moved]
    assert by_rowid[-1] == ids["龥路1号"]
    cut = assert_answers_as_the_scan(
        store, ["张", "张甲", "zj", "1111", "990000444", "工农路", street[:5], "院", "0号", "龥路"]
    )
    assert cut >= 3
    with store.sessions() as session:
        first = hq.search_ids(session, hq.HouseholdFilter(text="990000444"), 3)
    assert first == [ids["0号院1室"], moved, ids[street + "之一"]]


def test_where_the_order_has_no_room_households_go_to_the_tail_and_are_merged_in(
    store: Store,
    register: RegisterService,
    places: Places,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a tiny ordered range: 64 rowids, 4 apart at the end: a dozen households fill it
    monkeypatch.setattr(search_fts, "TAIL", 64)
    monkeypatch.setattr(search_fts, "STEP", 4)
    households = []
    for number in range(1, 25):  # added one after another, each after the last in order
        household = new_household(register, places, f"工农路{number}号")
        add_resident(register, household, f"张{number}", phone=f"1380000{number:04d}")
        households.append(household)
    # and some between them, and before them
    for number in (1, 3, 3, 3, 20):
        household = new_household(register, places, f"工农路{number}号之{len(households)}")
        add_resident(register, household, f"王{number}", phone=f"1390000{number:04d}")
        households.append(household)
    household = new_household(register, places, "东路1号")
    add_resident(register, household, "张东", phone="13700000001")
    with store.sessions() as session:
        ordered, tail = assert_ordered(session)
        tail_rows = [r for r in index_rows(session) if r[0] >= 64]
    assert ordered + tail == 30
    assert tail >= 10  # most of the later additions found no room
    # the tail's rowids go up from TAIL by one; the tail holds rows from across the order
    assert [r[0] for r in tail_rows] == list(range(64, 64 + tail))
    queries = ["工农路", "张", "zhang", "1380000", "0000", "王", "3号", "号"]
    assert assert_answers_as_the_scan(store, queries) >= 5
    with store.sessions() as session:  # the head of the list is the merged order
        first = hq.search_ids(session, hq.HouseholdFilter(text="号"), 4)
        assert first == [household, households[0], households[24], households[1]]
    # a rebuild puts every row back in order: the tail is empty, the answers the same
    with store.sessions() as session, session.begin():
        assert search_fts.rebuild(session.connection()) == 30
    with store.sessions() as session:
        assert assert_ordered(session) == (30, 0)
        session.execute(
            text(f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}) VALUES ('integrity-check')")
        )
    assert_answers_as_the_scan(store, queries)
    # a household removed after the rebuild leaves the head of the list
    register.remove_household(households[0], "迁出")
    with store.sessions() as session:
        assert hq.search_ids(session, hq.HouseholdFilter(text="号"), 3) == [
            household,
            households[24],
            households[1],
        ]


def test_se001_down_restores_hashed_rowids_and_up_the_order(
    tmp_path: Path, store: Store, register: RegisterService, places: Places
) -> None:
    for address, name in (("工农路2号", "张三"), ("工农路12号", "李四"), ("人民路1号", "张三丰")):
        add_resident(register, new_household(register, places, address), name)
    with store.sessions() as session:
        expected = {q: hq.search_ids(session, hq.HouseholdFilter(text=q)) for q in ("张", "工农")}
    assert [len(found) for found in expected.values()] == [2, 2]
    paths = store.paths
    store.close()
    key = present(store.key)
    engine = make_engine(paths.store, key, foreign_keys=False)
    _downgrade(engine, paths.store, "td002")
    with engine.connect() as connection:
        keys = connection.execute(text(f"SELECT household_id, rowid FROM {search_fts.KEYS}")).all()
        matched = connection.execute(
            text(f"SELECT rowid FROM {search_fts.TABLE} WHERE {search_fts.TABLE} MATCH :q"),
            {"q": search_fts.match_expression(["张"])},
        ).scalars()
        hashed = {
            household: int.from_bytes(
                hashlib.blake2b(household.encode(), digest_size=8).digest(), "big"
            )
            >> 1
            for household, _rowid in keys
        }
        assert dict(keys) == hashed
        assert sorted(matched) == sorted(hashed[h] for h in expected["张"])
        _integrity_check(connection)
    engine.dispose()
    with _upgraded(paths, key, "td002") as reopened, reopened.sessions() as session:
        assert assert_ordered(session) == (3, 0)
        for query, found in expected.items():
            assert hq.search_ids(session, hq.HouseholdFilter(text=query)) == found


def test_a_phrase_does_not_chain_across_two_runs_of_the_text(
    store: Store, register: RegisterService, places: Places
) -> None:
    # "人民路8号张家 张家豪 …": the address's last trigram 号张家 and the name's first 张家豪
    # overlap by two characters; the phrase of 号张家豪 must not match across the space
    household = new_household(register, places, "人民路8号张家")
    add_resident(register, household, "张家豪", phone="13800000632")
    assert (
        search_fts.trigrams("人民路8号张家 张家豪")
        == f"人民路 民路8 路8号 8号张 号张家 {search_fts.SEPARATOR} 张家豪"
    )
    with store.sessions() as session:
        for query, expected in (("号张家豪", []), ("号张家", [household]), ("张家豪", [household])):
            flt = hq.HouseholdFilter(text=query)
            assert hq.search_ids(session, flt) == hq.scan_search_ids(session, flt) == expected
    register.remove_household(household, "迁出")
    with store.sessions() as session:  # its grams, separator included, were all forgotten
        session.execute(
            text(f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}) VALUES ('integrity-check')")
        )
        assert hq.search_ids(session, hq.HouseholdFilter(text="张家豪")) == []


@contextmanager
def _upgraded(paths: DataPaths, key: bytes, revision: str) -> Iterator[Store]:
    """The store migrated from `revision` to head at a start, then opened."""
    result = migrate.upgrade(paths.store, paths.backups, key)
    assert (result.from_revision, result.to_revision) == (revision, migrate.head_revision())
    reopened = open_store(paths, key)
    try:
        yield reopened
    finally:
        reopened.close()


def _downgrade(engine: Any, store_file: Path, revision: str) -> None:
    with engine.begin() as connection:
        config = migrate._alembic_config(store_file)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _integrity_check(connection: Any) -> None:
    connection.execute(
        text(f"INSERT INTO {search_fts.TABLE} ({search_fts.TABLE}) VALUES ('integrity-check')")
    )


def _grams_match(connection: Any, gram: str) -> int:
    return int(
        connection.execute(
            text(f"SELECT count(*) FROM {search_fts.TABLE} WHERE {search_fts.TABLE} MATCH :q"),
            {"q": f'grams : "{gram}"'},
        ).scalar()
    )


def test_sd001_down_gives_digit_runs_their_bigrams_back_and_up_takes_them_away(
    store: Store, register: RegisterService, places: Places
) -> None:
    phone = new_household(register, places, "工农路2号")
    add_resident(register, phone, "张三", phone="13899990000")
    paths, key = store.paths, present(store.key)
    store.close()
    engine = make_engine(paths.store, key, foreign_keys=False)
    with engine.connect() as connection:
        assert _grams_match(connection, "99") == 0  # only in the phone: a digit run
    _downgrade(engine, paths.store, "se001")
    with engine.connect() as connection:
        assert _grams_match(connection, "99") == 1  # se001's format, which its code deletes by
        _integrity_check(connection)
    engine.dispose()
    with _upgraded(paths, key, "se001") as reopened, reopened.sessions() as session:
        assert _grams_match(session.connection(), "99") == 0
        for query in ("99", "9999", "张三", "工农路2号"):
            flt = hq.HouseholdFilter(text=query)
            assert hq.search_ids(session, flt) == hq.scan_search_ids(session, flt) == [phone]
