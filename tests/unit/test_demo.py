"""The demo district is realistic: valid IDs, plausible grids, events in every state."""

from __future__ import annotations

import itertools
from collections import Counter

from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.demo.generator import DemoSize, seed
from gridwarden.models import EventStep, GridEvent, Household, OutboxOp, Resident
from gridwarden.rules import event_lifecycle as life
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.validation import idnumber


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
