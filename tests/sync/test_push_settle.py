"""Settling a push's answers: a record the server kept as sent only takes the server's stamps;
a record the server changed (merged with another device's edit) is brought in whole, search
row included."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import HouseholdSearch, SyncShadow
from gridwarden.queries.households import HouseholdFilter, search_ids
from gridwarden.search import refresh_households
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft
from gridwarden.sync import local
from gridwarden.sync.errors import SyncFailure
from tests.conftest import present
from tests.sync.faults import FaultProxy
from tests.sync.harness import District, Laptop

PUSH = "/api/v1/sync/push"


def _stored(device: Laptop, household: str) -> dict[str, Any]:
    """The household's row as stored (the driver's values) and its search row."""
    with device.store.sessions() as session:
        connection = session.connection()
        row = connection.exec_driver_sql(
            'SELECT * FROM "household" WHERE "id" = ?', (household,)
        ).mappings()
        search = session.execute(
            select(HouseholdSearch.__table__).where(  # type: ignore[attr-defined]
                col(HouseholdSearch.household_id) == household
            )
        ).mappings()
        return {"row": dict(row.one()), "search": dict(search.one())}


def _server_row(db: ServerDB, household: str) -> Record:
    with db.reader() as session:
        return present(session.get(Record, ("household", household)))


def test_an_edit_the_server_kept_as_sent_takes_only_its_stamps(
    laptop: Callable[[str], Laptop],
    district: District,
    server_db: ServerDB,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "解放路31号")
    wang.sync()
    wang.register.save_household(
        HouseholdDraft(district.micro1, "解放路31号", [], "复核：人户一致", household)
    )
    with wang.store.sessions() as session:
        # the edit waits with the server's notes as its base (the three-way merge's)
        shadow = present(session.get(SyncShadow, ("household", household)))
        assert (shadow.version, shadow.values.get("notes")) == (1, "")
    before = _stored(wang, household)
    rebuilt: list[str] = []

    def recording(session: Any, ids: list[str]) -> None:
        rebuilt.extend(ids)
        refresh_households(session, ids)

    monkeypatch.setattr(local, "refresh_households", recording)

    report = wang.sync()

    assert (report.pushed, report.conflicts, report.rejected) == (1, 0, 0)
    assert household in report.ids and "household" in report.entities
    after = _stored(wang, household)
    server = _server_row(server_db, household)
    assert server.version == 2
    stamps = {"version": 2, "base_version": 2, "server_seq": server.seq}
    assert {k: after["row"][k] for k in stamps} == stamps
    assert after["row"]["updated_by"].startswith(f"{wang.settings.user_id}@")
    unchanged = {k: v for k, v in after["row"].items() if k not in local.SYNC_STAMPS}
    assert unchanged == {k: v for k, v in before["row"].items() if k not in local.SYNC_STAMPS}
    assert after["row"]["notes"] == "复核：人户一致"
    assert after["search"] == before["search"]
    assert rebuilt == []  # its search row was not built again: nothing it shows changed
    assert wang.pending() == 0
    with wang.store.sessions() as session:
        assert session.get(SyncShadow, ("household", household)) is None
        assert search_ids(session, HouseholdFilter(text="解放路31")) == [household]
    # the next sync has nothing to push and nothing new to pull: the versions agree
    again = wang.sync()
    assert (again.pushed, again.pulled) == (0, 0)


def test_an_answer_the_server_merged_is_brought_in_whole(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "青年中路8号")
    wang.sync()
    li.sync()
    # li moves the household's address; wang, not knowing, edits its notes
    li.register.save_household(HouseholdDraft(district.micro1, "青年中路18号", [], "", household))
    li.sync()
    wang.register.save_household(
        HouseholdDraft(district.micro1, "青年中路8号", [], "独居，需关注", household)
    )

    report = wang.sync()

    assert (report.pushed, report.conflicts) == (1, 0)
    record = wang.get("household", household)
    assert (record.address, record.notes, record.version) == ("青年中路18号", "独居，需关注", 3)
    # the search row follows the merged address, not the one wang typed
    with wang.store.sessions() as session:
        assert search_ids(session, HouseholdFilter(text="青年中路18号")) == [household]
        assert search_ids(session, HouseholdFilter(text="青年中路8号")) == []


def test_a_later_batch_failing_keeps_the_settled_ones_and_a_retry_sends_the_rest_once(
    laptop: Callable[[str], Laptop], district: District, server: ServerProcess, server_db: ServerDB
) -> None:
    """1,100 ops go in three batches, each sent while the one before is settled. The second
    batch's answer is lost after the server committed it: the first batch stays settled, the
    rest stay waiting (attempts counted on the lost batch), and the next sync settles them
    from the server's stored answers and sends the third: each record once, at version 1."""
    proxy = FaultProxy(server.url)
    try:
        wang = laptop("wang")
        wang.login(proxy.url)
        ids = wang.new_households(district.micro1, {f"分批路{i}号": f"住户{i}" for i in range(550)})
        assert wang.pending() == 1100
        proxy.plan(PUSH, "lose", skip=1)
        with pytest.raises(SyncFailure):
            wang.sync()
        assert wang.pending() == 600  # the first 500 settled, the rest wait
        status = wang.client.status()
        assert [n for _e, _err, n in status.failing_ops][:1] == [1]
        report = wang.sync()
        assert wang.pending() == 0 and wang.conflicts() == []
        assert report.pushed == 600  # 500 repeated answers (applied first time) and 100 new
    finally:
        proxy.close()
    with server_db.reader() as session:
        rows = session.execute(
            select(col(Record.id), col(Record.version)).where(
                col(Record.entity) == "household", col(Record.id).in_(ids)
            )
        ).all()
    assert sorted(v for _id, v in rows) == [1] * 550
    for household in (ids[0], ids[-1]):
        assert wang.get("household", household).version == 1
