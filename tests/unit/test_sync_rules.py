"""The sync engine's pure parts: every synced type is declared, the three-way merge decides as
documented, back-off grows with jitter, documents round-trip, the server schema is its models."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import SYNCED_MODELS, Household
from gridwarden.protocol import codec
from gridwarden.protocol.codec import json_value
from gridwarden.protocol.merge import CREATED, FieldMeta, merge_delete, merge_upsert, rebase
from gridwarden.protocol.registry import SPECS, GridOfArea, Parent, decide_event
from gridwarden.server.db import METADATA, upgrade
from gridwarden.sync.backoff import MAX_RETRY_S, next_delay
from tests.conftest import present

ME, OTHER = "device-a", "device-b"


def test_every_synced_model_has_a_sync_declaration() -> None:
    assert set(SPECS) == set(SYNCED_MODELS)
    for spec in SPECS.values():
        assert spec.label, spec.name  # the needs-review page names the record type
    assert SPECS["visit"].append_only and SPECS["event_step"].append_only
    assert present(SPECS["grid_event"].transition).step_entity == "event_step"


def _meta(**fields: tuple[int, str]) -> dict[str, FieldMeta]:
    meta = {CREATED: FieldMeta(1, OTHER, "creator", None)}
    meta.update(
        {k: FieldMeta(v, d, f"{d}-user", "2026-11-29T02:00:00Z") for k, (v, d) in fields.items()}
    )
    return meta


def test_different_fields_merge_and_the_same_field_clashes() -> None:
    current = {"notes": "他人备注", "address": "工农路1号", "deleted_at": None}
    meta = _meta(notes=(2, OTHER))
    clean = merge_upsert(current, meta, 1, {"address": "工农路2号", "updated_by": "me"}, ME)
    assert clean.applied == {"address": "工农路2号", "updated_by": "me"} and not clean.clashes
    clash = merge_upsert(current, meta, 1, {"notes": "我的备注"}, ME)
    assert clash.conflict == "field" and clash.applied == {}
    assert (clash.clashes[0].local, clash.clashes[0].server) == ("我的备注", "他人备注")
    # the same value on both sides is no conflict; nor is a field I changed myself after the base
    assert merge_upsert(current, meta, 1, {"notes": "他人备注"}, ME).conflict is None
    mine = merge_upsert(current, _meta(notes=(2, ME)), 1, {"notes": "再改"}, ME)
    assert mine.applied == {"notes": "再改"} and mine.conflict is None


def test_edit_against_delete_both_ways() -> None:
    deleted = {"notes": "", "deleted_at": "2026-11-29T02:00:00Z"}
    edit = merge_upsert(deleted, _meta(deleted_at=(3, OTHER)), 2, {"notes": "补充"}, ME)
    assert edit.conflict == "deleted" and edit.applied == {}
    # a person who saw the deletion (base at or after it) may restore
    restore = merge_upsert(deleted, _meta(deleted_at=(3, OTHER)), 3, {"deleted_at": None}, ME)
    assert restore.applied == {"deleted_at": None}
    stamp = {"deleted_at": "2026-11-30T00:00:00Z", "updated_at": "x", "updated_by": "me"}
    edited = merge_delete({"notes": "新"}, _meta(notes=(4, OTHER)), 3, stamp, ME, False)
    assert edited.conflict == "edited" and edited.clashes[0].server == "新"
    assert (
        merge_delete({"notes": "新"}, _meta(notes=(4, OTHER)), 3, stamp, ME, True).applied == stamp
    )


def test_rebase_keeps_fields_still_on_their_way() -> None:
    server = {"notes": "服务器", "address": "新地址"}
    local = {"notes": "本机未上传", "address": "旧地址"}
    assert rebase(server, local, {"notes"}) == {"notes": "本机未上传", "address": "新地址"}


def test_backoff_grows_with_jitter_and_has_a_ceiling() -> None:
    rng = random.Random(1)
    assert next_delay(0, 300, rng) == 300
    first, third = next_delay(1, 300, rng), next_delay(3, 300, rng)
    assert 7.5 <= first <= 15 and 30 <= third <= 60
    assert next_delay(50, 300, rng) <= MAX_RETRY_S


def test_a_document_round_trips_and_normalises_like_the_importer() -> None:
    household = Household(micro_grid_id="m1", address="工农路1号", tags=["rental"])
    doc = codec.to_wire(household)
    assert codec.normalise(Household, doc) == doc
    values = codec.from_wire(Household, doc)
    assert values["updated_at"] == household.updated_at and values["tags"] == ["rental"]
    assert {k: json_value(v) for k, v in values.items()} == doc


def test_scope_rules_place_records_by_their_parents() -> None:
    areas = {
        ("area", "m1"): ({"id": "m1", "level": "micro_grid", "parent_id": "g1"}, "public"),
        ("area", "g1"): ({"id": "g1", "level": "grid", "parent_id": "c1"}, "public"),
    }
    homes: dict[tuple[str, str], tuple[dict[str, Any], str]] = {
        ("household", "h1"): ({}, "micro_grid:m1")
    }

    def lookup(entity: str, record_id: str) -> tuple[dict[str, Any], str] | None:
        return {**areas, **homes}.get((entity, record_id))

    # a household in a micro-grid takes the micro-grid's key (its warden, and the grid's
    # wardens who hold every micro-grid key of their grid); one placed on a grid the grid's
    assert GridOfArea("micro_grid_id")({"micro_grid_id": "m1"}, lookup) == "micro_grid:m1"
    assert GridOfArea("micro_grid_id")({"micro_grid_id": "g1"}, lookup) == "grid:g1"
    assert Parent("household", "household_id")({"household_id": "h1"}, lookup) == "micro_grid:m1"
    assert Parent("household", "household_id")({"household_id": "elsewhere"}, lookup) is None


def test_the_server_re_decides_an_event_step_with_the_shared_rules() -> None:
    values, step = decide_event(
        {"status": "accepted", "reopen_count": 0},
        {
            "action": "dispatch",
            "params": {"department_id": "d1"},
            "result": {"department_id": "d1"},
        },
    )
    assert values["status"] == "dispatched" and step == {
        "from_status": "accepted",
        "to_status": "dispatched",
    }
    with pytest.raises(TransitionError):
        decide_event({"status": "closed"}, {"action": "dispatch", "params": {"department_id": "d"}})
    with pytest.raises(ValidationError):
        decide_event({"status": "accepted"}, {"action": "dispatch", "params": {}})


def test_the_server_schema_after_migrations_equals_its_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), METADATA
        )
    engine.dispose()
    assert diff == []
