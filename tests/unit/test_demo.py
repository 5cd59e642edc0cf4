"""The demo district is realistic: valid IDs, plausible grids, events in every state."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel, col

from gridwarden.attachments import AttachmentStore
from gridwarden.clock import FixedClock
from gridwarden.demo.generator import DemoSize, seed
from gridwarden.models import Attachment, EventStep, GridEvent, Household, OutboxOp, Resident
from gridwarden.paths import data_paths
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft, EventService
from gridwarden.settings import Settings
from gridwarden.store import Store, get_meta, open_store
from gridwarden.validation import idnumber
from tests.conftest import copy_template, present, store_key


def test_demo_seed(store: Store, clock: FixedClock) -> None:
    result = seed(store.sessions, clock, Settings(), DemoSize(households=600, events=70))
    with store.sessions() as session:
        numbers = session.execute(
            select(col(Resident.id_number), col(Resident.gender), col(Resident.birth_date))
        ).all()
        per_micro = Counter(session.execute(select(col(Household.micro_grid_id))).scalars())
        statuses = Counter(session.execute(select(col(GridEvent.status))).scalars())
        outbox = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
        events = session.execute(select(GridEvent)).scalars().all()
        steps = session.execute(select(EventStep).order_by(col(EventStep.at))).scalars().all()
    assert result.households == 600 and result.residents == len(numbers) > 1200
    for number, gender, born in numbers:
        parsed = idnumber.parse(number)
        assert (parsed.gender, parsed.birth_date) == (gender, born)
    assert all(30 <= n <= 100 for n in per_micro.values())
    assert set(statuses) == set(life.Status)
    assert outbox == 0  # demo data stands for server-confirmed records
    # every event's history replays through the lifecycle rules to its current status
    by_event: dict[str, list[EventStep]] = {}
    for step in steps:
        by_event.setdefault(step.event_id, []).append(step)
    for event in events:
        history = by_event[event.id]
        assert history[0].to_status == "accepted"
        assert all(a.to_status == b.from_status for a, b in itertools.pairwise(history))
        assert history[-1].to_status == event.status


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
UUID_HEX = re.compile(r"(?<=\d{8}-)[0-9A-F]{6}\b")  # SJ20261129-3F2A1C: 6 hex of the UUID


def rows_without_ids(store: Store) -> dict[str, list[str]]:
    """Every row of every table, its UUIDs and the hex made from them blanked (they are drawn
    anew at each seeding), sorted; the stand-in scans' sha256 and size left out (each PDF
    carries its creation time), and the store's own meta (its device id)."""
    tables: dict[str, list[str]] = {}
    with store.engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "local_meta":
                continue
            columns = [c for c in table.columns if c.name not in ("sha256", "size")]
            found = connection.execute(select(*columns)).all()
            tables[table.name] = sorted(
                UUID_HEX.sub("X", UUID.sub("ID", repr(tuple(row)))) for row in found
            )
    return tables


@pytest.mark.demo(households=120, events=20)
def test_a_seeded_copy_holds_what_seeding_its_own_store_writes(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    """The `demo` marker's copy (tests/conftest.py) against a store seeded here: the same rows,
    the stand-in scans beside it, a device id of its own, and it takes writes."""
    paths = data_paths(tmp_path / "fresh")
    copy_template(paths)
    fresh = open_store(paths, store_key(paths.root))
    try:
        seed(fresh.sessions, clock, Settings(), DemoSize(households=120, events=20))
        copied, seeded = rows_without_ids(store), rows_without_ids(fresh)
        assert sum(map(len, seeded.values())) > 2000
        assert copied == seeded
        with fresh.sessions() as session:
            fresh_meta = get_meta(session, "demo_seeded")
        with store.sessions() as session:
            assert get_meta(session, "device_id") == store.device_id
            assert get_meta(session, "demo_seeded") == fresh_meta == clock.now().isoformat()
            scans = session.execute(select(col(Attachment.sha256))).scalars().all()
        assert store.device_id != fresh.device_id
        files = AttachmentStore(store.paths.attachments, store.key)
        assert scans and all(files.read(sha)[:5] == b"%PDF-" for sha in scans)
        event = EventService(store.context(Settings(user_id="w", user_name="王芳"), clock))
        reported = event.report(EventDraft("other", "井盖缺失")).primary_id
        with store.sessions() as session:
            assert present(session.get(GridEvent, reported)).description == "井盖缺失"
    finally:
        fresh.close()
