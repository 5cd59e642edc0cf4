"""A list page's keys packed in one string read exactly like the list of them, and the register's
packed id list is the same list, in the same order, as search_ids gives (issue 15: memory)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import Area
from gridwarden.queries import households as hq
from gridwarden.queries.packed import PackedKeys, pack
from gridwarden.queries.sorting import Sort
from gridwarden.store import Store


def test_packed_keys_read_like_their_list() -> None:
    keys = [str(uuid.UUID(int=n * 7919)) for n in range(1, 301)]
    packed = pack(keys)
    assert isinstance(packed, PackedKeys)
    assert len(packed) == 300
    assert packed[0] == keys[0] and packed[299] == keys[299] and packed[-1] == keys[-1]
    assert packed[50:100] == keys[50:100] and packed[290:400] == keys[290:]
    assert list(packed) == keys
    assert packed.index(keys[123]) == 123 and keys[7] in packed
    assert "not-a-key" not in packed and str(uuid.uuid4()) not in packed
    with pytest.raises(IndexError):
        packed[300]
    with pytest.raises(ValueError, match="not in the keys"):
        packed.index(str(uuid.UUID(int=5)))


def test_a_key_found_across_two_neighbours_is_not_a_match() -> None:
    packed = pack(["ab", "ca", "bc"])  # "abcabc": "bc" first occurs across ab|ca
    assert packed.index("bc") == 2
    assert packed.index("ca") == 1
    assert "cb" not in packed and "bca"[0:2] in packed  # "bc" is the third key


def test_keys_of_more_than_one_length_stay_a_list() -> None:
    assert pack(["a1", "b22"]) == ["a1", "b22"]
    assert pack([]) == []


@pytest.mark.demo(households=300, events=5)
def test_the_registers_packed_ids_are_search_ids_in_order(store: Store) -> None:
    with store.sessions() as session:
        grid = (
            session.execute(select(col(Area.id)).where(col(Area.level) == "grid")).scalars().first()
        )
        filters = [
            hq.HouseholdFilter(),
            hq.HouseholdFilter(order="name"),
            hq.HouseholdFilter(text="张"),
            hq.HouseholdFilter(text="路", grid_id=grid),
            hq.HouseholdFilter(text="3-1"),  # the scan's path
            hq.HouseholdFilter(sort=Sort("residents", descending=True)),
            hq.HouseholdFilter(sort=Sort("last_visit")),
            hq.HouseholdFilter(text="nothing-matches-this"),
        ]
        for flt in filters:
            ids = hq.search_ids(session, flt)
            packed = hq.search_keys(session, flt)
            assert list(packed) == ids, flt
            assert len(packed) == len(ids)
        assert len(hq.search_keys(session, hq.HouseholdFilter())) == 300
        assert list(hq.search_keys(session, hq.HouseholdFilter(), limit=40)) == hq.search_ids(
            session, hq.HouseholdFilter(), limit=40
        )
