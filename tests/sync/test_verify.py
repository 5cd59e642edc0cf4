"""verify compares counts and hashes per record type and re-pulls only the types that differ;
a server whose database was replaced (a new epoch) makes the laptop pull afresh."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from gridwarden.db.engine import connect
from gridwarden.sync import local
from tests.sync.harness import District, Laptop


def test_a_damaged_store_is_found_and_repaired_by_a_targeted_re_pull(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    kept = wang.new_household(district.micro1, "工农路71号")
    lost = wang.new_household(district.micro1, "工农路72号")
    wang.sync()
    li.sync()
    assert li.sync(verify=True).verified is True  # nothing to repair
    # the laptop's copy goes wrong behind sync's back: a row lost, another one stale, and one
    # the server never had (a record left from another account)
    with connect(li.paths.store, li.store.key) as conn:
        conn.execute("DELETE FROM household_search WHERE household_id = ?", (lost,))
        conn.execute("DELETE FROM household WHERE id = ?", (lost,))
        conn.execute("UPDATE household SET version = 9, address = '错' WHERE id = ?", (kept,))
        conn.execute(
            "INSERT INTO household (id, version, base_version, updated_at, updated_by,"
            " micro_grid_id, address, tags, notes) VALUES ('stray', 1, 1, '2026-01-01 00:00:00',"
            " 's', ?, '别人的户', '[]', '')",
            (district.micro1,),
        )
    report = li.sync(verify=True)
    assert report.verified is False and report.repaired == 3
    assert li.get("household", lost).address == "工农路72号"
    assert li.get("household", kept).address == "工农路71号"
    assert li.get("household", "stray") is None
    assert li.snapshot(("household", "resident")) == wang.snapshot(("household", "resident"))
    assert li.sync(verify=True).verified is True


def test_a_replaced_server_database_makes_the_laptop_pull_afresh(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang = laptop("wang")
    household = wang.new_household(district.micro1, "工农路81号")
    wang.sync()

    # the laptop last synced with another database (say, before the server was restored from
    # a backup): its epoch differs from the server's, and its cursor means nothing here
    def other_server(session: Session) -> None:
        state = local.state(session)
        state.epoch, state.cursor = "an-older-epoch", 10**9  # a cursor in another sequence

    wang.client._tx(other_server)
    report = wang.sync(verify=True)
    # the cursor was thrown away: the laptop paged through the new sequence from its start
    assert 0 < wang.client.status().cursor < 10**9
    assert report.verified is True
    assert wang.get("household", household).version == 1
