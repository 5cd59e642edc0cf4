"""A first pull sets the synced tables' plain indexes aside while it stores the records and
builds them again after (gridwarden.db.bulk_indexes, issue 15): whatever stops it — a failed
page, a kill — the store ends with every index it had, and the records the pull stored."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import gridwarden
from gridwarden import search_fts
from gridwarden.db import bulk_indexes
from gridwarden.models import SYNCED_MODELS
from gridwarden.queries import households as hq
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft, ResidentDraft
from gridwarden.store import open_store
from gridwarden.sync import client as sync_client
from gridwarden.sync import errors, local
from tests.conftest import store_key
from tests.sync.faults import FaultProxy
from tests.sync.harness import District, Laptop

SET_ASIDE = {"ix_resident_household_id", "ix_resident_id_number", "ix_household_micro_grid_id"}


def _indexes(laptop: Laptop) -> set[str]:
    with laptop.store.sessions() as session:
        return set(
            session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            ).scalars()
        )


def _district_of(laptop: Laptop, district: District, households: int) -> list[str]:
    ids = laptop.new_households(
        district.micro1, {f"首同步路{i}号": f"住户{i}" for i in range(households)}
    )
    laptop.sync()
    return ids


def _new_laptop_beside(
    laptop: Callable[[str], Laptop], district: District
) -> tuple[Laptop, list[str], set[str]]:
    """Li's new laptop, before its first pull of the 30 households Wang has synced: the laptop,
    those households, and the indexes its store has."""
    wang, li = laptop("wang"), laptop("li")
    ids = _district_of(wang, district, 30)
    return li, ids, _indexes(li)


def _pages_seen(monkeypatch: pytest.MonkeyPatch, fail_at: int | None = None) -> list[set[str]]:
    """The store's indexes as each pulled page is stored (a page numbered fail_at fails)."""
    seen: list[set[str]] = []
    store_page = sync_client._store_page

    def storing(session: Any, changes: list[Any], cursor: int) -> Any:
        seen.append(
            set(
                session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                ).scalars()
            )
        )
        if fail_at is not None and len(seen) == fail_at:
            raise errors.network_down("127.0.0.1")
        return store_page(session, changes, cursor)

    monkeypatch.setattr(sync_client, "_store_page", storing)
    return seen


def test_a_first_pull_stores_without_the_indexes_and_ends_with_all_of_them(
    laptop: Callable[[str], Laptop], district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    li, ids, before = _new_laptop_beside(laptop, district)
    assert before >= SET_ASIDE
    monkeypatch.setattr(sync_client, "BULK_PULL", 20)  # this district's 60-odd records
    li.client.pull_limit = 10
    seen = _pages_seen(monkeypatch)

    report = li.sync()

    assert report.pulled >= 60 and len(seen) >= 2
    assert all(not (SET_ASIDE & indexes) for indexes in seen)  # every page went in without
    assert _indexes(li) == before
    assert set(ids) <= li.ids("household")
    with li.store.sessions() as session:
        assert not bulk_indexes.waiting(session)
        plan = " ".join(
            str(row[-1])
            for row in session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM resident WHERE household_id = :h"),
                {"h": ids[0]},
            )
        )
    assert "ix_resident_household_id" in plan  # the rebuilt index answers again


def test_a_small_or_later_pull_keeps_its_indexes(
    laptop: Callable[[str], Laptop], district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    wang, li = laptop("wang"), laptop("li")
    _district_of(wang, district, 5)
    seen = _pages_seen(monkeypatch)
    li.sync()  # a first pull under BULK_PULL records
    wang.new_households(district.micro1, {f"后续路{i}号": "住户" for i in range(30)})
    wang.sync()
    monkeypatch.setattr(sync_client, "BULK_PULL", 20)
    li.sync()  # 60 records, but not into an empty store
    assert seen and all(indexes >= SET_ASIDE for indexes in seen)


def test_a_pull_that_fails_midway_keeps_what_it_stored_and_builds_the_indexes_again(
    laptop: Callable[[str], Laptop], district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    li, ids, before = _new_laptop_beside(laptop, district)
    monkeypatch.setattr(sync_client, "BULK_PULL", 20)
    monkeypatch.setattr(sync_client, "STORE_BATCH", 1)  # a transaction a page
    li.client.pull_limit = 10
    _pages_seen(monkeypatch, fail_at=3)

    with pytest.raises(errors.SyncFailure, match="无法连接同步服务器"):
        li.sync()

    assert li.client.status().last_error
    assert _indexes(li) == before
    stored = li.client.status().cursor
    assert stored > 0  # the two pages before the failure stay
    monkeypatch.undo()
    li.sync()
    assert set(ids) <= li.ids("household")
    assert _indexes(li) == before


def test_indexes_a_killed_pull_left_aside_are_built_when_the_store_opens(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    li = laptop("li")
    before = _indexes(li)
    with li.store.sessions() as session, session.begin():
        assert bulk_indexes.set_aside(session, ["resident", "household"]) == 3
        # a statement a later migration made impossible (its column dropped): skipped
        waiting = bulk_indexes._waiting(session)
        bulk_indexes._note(session, [*waiting, "CREATE INDEX ix_gone ON resident (no_such)"])
    assert not (SET_ASIDE & _indexes(li))
    li.close()  # the process dies here: nothing else runs

    store = open_store(li.paths, store_key(li.paths.root))
    try:
        with store.sessions() as session:
            found = set(
                session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                ).scalars()
            )
            assert found == before
            assert not bulk_indexes.waiting(session)
    finally:
        store.close()


def test_a_first_index_is_written_in_display_order_and_answers_as_the_scan(
    laptop: Callable[[str], Laptop], district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first pull's households are indexed in the register's order, their rowids given
    (no unordered tail), and every index is there after."""
    wang, li = laptop("wang"), laptop("li")
    addresses = {
        f"{road}{n}号": f"{surname}{n}"
        for n in (2, 12, 1, 30)
        for road, surname in (("工农路", "王"), ("人民路", "张"), ("八一路", "李"))
    }
    ids = wang.new_households(district.micro1, addresses)
    wang.sync()
    before = _indexes(li)
    monkeypatch.setattr(sync_client, "BULK_PULL", 10)
    stages: list[tuple[str, int, int]] = []

    li.client.run_once(progress=lambda stage, done, total: stages.append((stage, done, total)))

    assert _indexes(li) == before
    assert ("index", 0, len(ids)) in stages
    with li.store.sessions() as session:
        keyed = session.execute(
            text(f"SELECT rowid, address_key, household_id FROM {search_fts.KEYS} ORDER BY rowid")
        ).all()
        assert [row[1:] for row in keyed] == sorted(row[1:] for row in keyed)
        assert all(rowid < search_fts.TAIL for rowid, *_ in keyed)
        assert {row[2] for row in keyed} == set(ids)
        assert not session.execute(text("SELECT count(*) FROM sync_reindex")).scalar()
        for query in ("王", "zs", "工农路1", "12号", "李30"):
            flt = hq.HouseholdFilter(text=query)
            assert hq.search_ids(session, flt) == hq.scan_search_ids(session, flt), query
        assert len(hq.search_ids(session, hq.HouseholdFilter(text="工农路"))) == 4


def test_no_query_names_an_index_a_first_pull_sets_aside(laptop: Callable[[str], Laptop]) -> None:
    """A query naming its index (INDEXED BY) fails while that index is set aside: the
    register is open while a first pull runs, so none may name one of those."""
    li = laptop("li")
    synced = {local.table_of(entity).name for entity in SYNCED_MODELS}
    with li.store.sessions() as session:
        indexes = session.execute(
            text(
                "SELECT name, tbl_name, sql FROM sqlite_master"
                " WHERE type = 'index' AND sql IS NOT NULL"
            )
        ).all()
    aside = {
        name
        for name, table, sql in indexes
        if table in synced and sql.upper().startswith("CREATE INDEX")
    }
    named: set[str] = set()
    for path in (Path(gridwarden.__file__).parent).rglob("*.py"):
        named |= set(re.findall(r"INDEXED BY\s+(\w+)", path.read_text(encoding="utf-8")))
    assert "ix_resident_household_id" in aside and "ix_household_search_head" in named
    assert not (aside & named)


def test_edits_saved_while_the_first_index_is_written_go_to_its_tail(
    laptop: Callable[[str], Laptop], district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register stays open during a first sync: a household edited or added between two
    batches of the first index takes a tail rowid (never one a later batch was given, never
    out of display order), and search answers as the scan does throughout."""
    wang, li = laptop("wang"), laptop("li")
    ids = wang.new_households(district.micro1, {f"顺序路{n}号": f"赵{n}" for n in range(1, 13)})
    wang.sync()
    monkeypatch.setattr(sync_client, "BULK_PULL", 10)
    monkeypatch.setattr(local, "REINDEX_BATCH", 4)
    checks = 0
    check_cancel = li.client._check_cancel
    added: list[str] = []

    def between_batches() -> None:
        nonlocal checks
        with li.store.sessions() as session:
            running = search_fts.first_index_running(session)
        checks += running
        if running and checks == 2:  # after the first batch of the first index
            li.register.save_household(
                HouseholdDraft(district.micro1, "顺序路1号", [], "改过的备注", ids[0])
            )
            li.register.save_resident(ResidentDraft(ids[0], "钱新", "", "13900001111", "子女"))
            added.append(li.new_household(district.micro1, "顺序路6号附1", "孙插"))
        check_cancel()

    monkeypatch.setattr(li.client, "_check_cancel", between_batches)

    li.sync()

    assert added and checks >= 3
    with li.store.sessions() as session:
        assert not search_fts.first_index_running(session)
        keyed = session.execute(
            text(f"SELECT rowid, address_key, household_id FROM {search_fts.KEYS} ORDER BY rowid")
        ).all()
        ordered = [row[1:] for row in keyed if row[0] < search_fts.TAIL]
        tail = {row[2] for row in keyed if row[0] >= search_fts.TAIL}
        assert hq.search_ids(session, hq.HouseholdFilter(text="钱新")) == [ids[0]]
        assert hq.search_ids(session, hq.HouseholdFilter(text="孙插")) == added
        for query in ("钱新", "孙插", "顺序路6号", "赵1", "qx", "13900001111"):
            flt = hq.HouseholdFilter(text=query)
            assert hq.search_ids(session, flt) == hq.scan_search_ids(session, flt), query
        assert len(keyed) == len({row[2] for row in keyed}) == 13
        assert ordered == sorted(ordered)
        assert added[0] in tail and ids[0] in tail


@pytest.mark.parametrize("fault", ["truncate", "mangle"])
def test_a_page_cut_off_or_replaced_by_a_portal_mid_pull_leaves_every_index(
    laptop: Callable[[str], Laptop],
    district: District,
    server: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
) -> None:
    """What crosses the wire is not trusted: the second page of a first pull arrives cut off
    half-way, or as a captive portal's HTML. The pull stops with a clear failure, keeps the
    page it stored, and the store has every index; the next sync brings the rest."""
    li, ids, before = _new_laptop_beside(laptop, district)
    proxy = FaultProxy(server.url)
    try:
        li.login(proxy.url)
        monkeypatch.setattr(sync_client, "BULK_PULL", 20)
        monkeypatch.setattr(sync_client, "STORE_BATCH", 1)
        li.client.pull_limit = 10
        seen = _pages_seen(monkeypatch)
        proxy.plan("/api/v1/sync/pull", fault, skip=1)
        with pytest.raises(errors.SyncFailure):
            li.sync()
        assert seen and not (SET_ASIDE & seen[0])  # the first page went in without them
        assert _indexes(li) == before
        assert li.client.status().cursor > 0
        li.sync()
        assert set(ids) <= li.ids("household")
        assert _indexes(li) == before
    finally:
        proxy.close()
