"""A pull's bulk path: documents go straight to the driver's stored values (no datetime built
and formatted back), pages carry documents without their id. Both must store exactly what the
general path (codec.from_wire + the columns' own bind processors) stores."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator
from sqlmodel import col

from gridwarden.db.engine import make_session_factory
from gridwarden.models import Household, Resident
from gridwarden.models.base import LOCAL_FIELDS
from gridwarden.protocol import codec
from gridwarden.protocol.registry import SPECS
from gridwarden.server.pull import _without_id
from gridwarden.store import Store
from gridwarden.sync import local
from tests.conftest import present

INSTANTS = [
    "2026-11-29T02:00:00Z",
    "2026-11-29T02:00:00.5Z",
    "2026-11-29T02:00:00.123456Z",
    "2026-11-29T02:00:00+00:00",
    "2026-11-29T02:00:00.000120+00:00",
    "2026-11-29T10:00:00+08:00",  # another offset: the general path (stored in UTC)
]


def _samples(column: Any) -> list[Any]:
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(kind, DateTime):
        return [*INSTANTS, None]
    if isinstance(kind, Date):
        return ["2026-02-28", "1949-10-01", None]
    if isinstance(kind, Boolean):
        return [True, False, None]
    if isinstance(kind, Float | Numeric):
        return [120.95, 0.0, None]
    if isinstance(kind, Integer):
        return [0, 7, None]
    if isinstance(kind, JSON):
        return [["独居", "腿脚不便"], {"a": 1}, [], None]
    return ["张三丰", "", "0513-8888 7777", None]


def test_stored_values_are_those_of_the_general_path_for_every_synced_column() -> None:
    dialect = sqlite.dialect()
    checked = 0
    for spec in SPECS.values():
        direct = codec.stored_converters(spec.model, dialect)
        parse = codec.parsers(spec.model)
        for column in spec.model.__table__.columns:  # type: ignore[attr-defined]
            if column.name in LOCAL_FIELDS:
                continue
            process = column.type._cached_bind_processor(dialect)
            for wire in _samples(column):
                value = parse[column.name](wire)
                expected = value if process is None or value is None else process(value)
                got = None if wire is None else direct[column.name](wire)
                assert got == expected, (spec.name, column.name, wire)
                checked += 1
    assert checked > 500  # every type, every column


def test_instants_are_stored_as_sqlite_writes_them() -> None:
    convert = codec.stored_converters(Household, sqlite.dialect())["updated_at"]
    assert convert("2026-11-29T02:00:00Z") == "2026-11-29 02:00:00.000000"
    assert convert("2026-11-29T02:00:00.5Z") == "2026-11-29 02:00:00.500000"
    assert convert("2026-11-29T10:00:00+08:00") == "2026-11-29 02:00:00.000000"
    # an instant without its offset is refused as the general path refuses it
    with pytest.raises(ValueError, match="timezone"):
        convert("2026-11-29T02:00:00")


def test_pull_documents_leave_out_the_id_the_change_carries() -> None:
    rid = "3f1c2b1e-0000-4000-8000-000000000001"
    doc = f'{{"id":"{rid}","name":"崇川区","code":"320602"}}'
    assert _without_id(doc, rid) == '{"name":"崇川区","code":"320602"}'
    # a document not led by its own id is sent whole
    other = '{"name":"x","id":"' + rid + '"}'
    assert _without_id(other, rid) == other
    assert _without_id(doc, "another-id") == doc


def _change(entity: str, rid: str, seq: int, data: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "id": rid, "version": 3, "seq": seq, "data": data}


def test_a_pulled_page_without_ids_lands_as_the_records_the_server_sent(store: Store) -> None:
    # as the sync client writes: its own connection defers integrity to the server (a page may
    # hold a child before its parent)
    sessions = make_session_factory(store.make_engine(foreign_keys=False))
    micro = "a0000000-0000-4000-8000-0000000000ff"
    hid, rid = "a0000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-000000000002"
    stamp = {"updated_at": "2026-11-29T02:00:00.250Z", "updated_by": "wang@d1", "deleted_at": None}
    page = [
        _change(
            "household",
            hid,
            11,
            {**stamp, "micro_grid_id": micro, "address": "工农路1号", "notes": ""},
        ),
        _change(
            "resident",
            rid,
            12,
            {
                **stamp,
                "household_id": hid,
                "name": "陶英娜",
                "id_number": "342221198509206220",
                "gender": "F",
                "birth_date": "1985-09-20",
                "phone": "18231764738",
                "relation": "户主",
                "disabled": False,
                "subsistence": True,
                "extreme_poverty": False,
                "notes": "",
            },
        ),
    ]
    with sessions() as session, session.begin():
        applied = local.apply_changes(session, page)
    assert applied.count == 2 and applied.households == {hid}
    with store.sessions() as session:
        resident = present(session.get(Resident, rid))
        household = present(session.get(Household, hid))
        assert (resident.name, resident.household_id, resident.birth_date) == (
            "陶英娜",
            hid,
            date(1985, 9, 20),
        )
        assert resident.subsistence is True and resident.disabled is False
        assert (resident.version, resident.base_version, resident.server_seq) == (3, 3, 12)
        assert resident.updated_at.replace(tzinfo=UTC) == datetime(
            2026, 11, 29, 2, 0, 0, 250000, tzinfo=UTC
        )
        assert household.address == "工农路1号" and household.server_seq == 11
        # the search row followed (a warden finds the resident by name at once)
        found = session.execute(
            text("SELECT text FROM household_search WHERE household_id = :h"), {"h": hid}
        ).scalar_one()
        assert "陶英娜" in found and "tyn" in found
    # the same page again changes nothing (the store holds these versions already)
    with sessions() as session, session.begin():
        again = local.apply_changes(session, page)
    assert again.count == 0
    with store.sessions() as session:
        assert session.execute(select(col(Resident.name))).scalars().all() == ["陶英娜"]
