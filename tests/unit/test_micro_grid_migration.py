"""gap001 re-places a server's existing records of micro-grids: households, residents, visits,
work orders and their steps, care plans and files move to "micro_grid:<m>"; a record of a grid
area and other records keep their key; downgrade puts them back."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from gridwarden.paths import migrations_dir


def _config(url: str, connection: sa.engine.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / "server"))
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["connection"] = connection
    return config


def test_gap001_moves_micro_grid_records_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = sa.create_engine(url)
    docs = {
        ("area", "g1"): ({"level": "grid", "parent_id": "c"}, "public"),
        ("area", "m1"): ({"level": "micro_grid", "parent_id": "g1"}, "public"),
        ("household", "h1"): ({"micro_grid_id": "m1"}, "grid:g1"),
        ("household", "h0"): ({"micro_grid_id": "g1"}, "grid:g1"),
        ("resident", "r1"): ({"household_id": "h1"}, "grid:g1"),
        ("care_plan", "c1"): ({"resident_id": "r1"}, "grid:g1"),
        ("visit", "v1"): ({"household_id": "h1"}, "grid:g1"),
        ("grid_event", "e1"): ({"household_id": "h1", "grid_id": "g1"}, "grid:g1"),
        ("grid_event", "e0"): ({"household_id": None, "grid_id": "g1"}, "grid:g1"),
        ("event_step", "s1"): ({"event_id": "e1"}, "grid:g1"),
        ("event_step", "s0"): ({"event_id": "e0"}, "grid:g1"),
        ("attachment", "a1"): ({"owner_entity": "visit", "owner_id": "v1"}, "grid:g1"),
        ("dispute", "d1"): ({"station_id": "st"}, "station:st"),
    }
    with engine.begin() as connection:
        command.upgrade(_config(url, connection), "sec001")
        for seq, ((entity, rid), (doc, scope)) in enumerate(docs.items(), start=1):
            connection.execute(
                sa.text(
                    "INSERT INTO record (entity, id, version, seq, scope, deleted, doc, meta) "
                    "VALUES (:e, :i, 1, :s, :scope, 0, :doc, '{}')"
                ),
                {"e": entity, "i": rid, "s": seq, "scope": scope, "doc": json.dumps(doc)},
            )
        command.upgrade(_config(url, connection), "gap001")
        after = dict(
            ((e, i), s)
            for e, i, s in connection.execute(sa.text("SELECT entity, id, scope FROM record"))
        )
    moved = {k for k, s in after.items() if s == "micro_grid:m1"}
    assert moved == {
        ("household", "h1"),
        ("resident", "r1"),
        ("care_plan", "c1"),
        ("visit", "v1"),
        ("grid_event", "e1"),
        ("event_step", "s1"),
        ("attachment", "a1"),
    }
    assert after[("household", "h0")] == after[("grid_event", "e0")] == "grid:g1"
    assert after[("event_step", "s0")] == "grid:g1" and after[("dispute", "d1")] == "station:st"
    with engine.begin() as connection:
        command.downgrade(_config(url, connection), "sec001")
        back = dict(
            ((e, i), s)
            for e, i, s in connection.execute(sa.text("SELECT entity, id, scope FROM record"))
        )
    assert back == {k: s for k, (_, s) in docs.items()}
    engine.dispose()
