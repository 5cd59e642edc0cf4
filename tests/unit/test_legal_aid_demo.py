"""The demo's legal-aid casework matches the seed report and every history replays by the rules."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import LegalAidApplication, LegalAidCase, LegalAidStep, OrgUnit, OutboxOp
from gridwarden.queries import legal_aid as q
from gridwarden.queries import legal_aid_stats
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import present


@pytest.mark.demo(households=300, events=20)
def test_demo_legal_aid(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    with store.sessions() as session:
        cases = session.execute(select(LegalAidCase)).scalars().all()
        apps = session.execute(select(LegalAidApplication)).scalars().all()
        steps = session.execute(select(LegalAidStep)).scalars().all()
        kinds = Counter(session.execute(select(col(OrgUnit.kind))).scalars())
        outbox = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
        stats = legal_aid_stats.statistics(session)
        due = q.due_soon(session, today, 2)
        urgent = q.urgent_before_decision(session, today)
        queue = q.queue_ids(session, q.QueueFilter())
    assert outbox == 0
    assert kinds["legal_aid_agency"] == 7 and kinds["legal_aid_workstation"] == 3
    assert sum(c.city_wide for c in cases) == 104 == stats.city_wide.cases
    assert stats.administrative.cases == 41
    group_sizes = Counter(a.case_id for a in apps if a.number.count("-") == 2)
    assert sorted(group_sizes.values()) == [27, 68]
    assert set(Counter(a.status for a in apps)) == set(life.Status)
    assert {c.matter_type for c in cases} >= {
        t.code for t in la.MATTER_TYPES.values() if not t.needs_basis
    } - {"food_drug_accident"}
    assert 85 < (stats.timeliness[0].percent or 0) < 100  # most decisions on time, not all
    assert any(d.days_left < 0 for d in due) and any(d.days_left >= 0 for d in due)
    assert len(urgent) == 1 and urgent[0].days_left == 3
    # the 27 dispatched workers (all still open) are one row of the queue, not 27
    waiting = sum(a.status in life.OPEN_STATUSES for a in apps)
    assert [k for k in queue if q.case_of_key(k)] != [] and len(queue) == waiting - 27 + 1
    for a in apps:
        if a.applicant_kind == "person":
            idnumber.parse(a.id_number)
        else:  # Art. 2: the unit refused, with its credit code
            assert a.status == life.Status.REFUSED and "第二条" in a.refusal_basis
    by_app: dict[str, list[LegalAidStep]] = {}
    for step in sorted(steps, key=lambda s: s.at):
        by_app.setdefault(step.application_id, []).append(step)
    for a in apps:
        history = by_app[a.id]
        assert history[0].action == "receive" and history[0].from_status == ""
        assert all(x.to_status == y.from_status for x, y in itertools.pairwise(history)), a.number
        assert history[-1].to_status == a.status
        if a.status in life.OPEN_STATUSES:
            assert present(a.due_date) >= history[0].at.date(), a.number  # after receipt
