"""The committee supervises performance (Art. 31): follow-ups recorded, an obligation marked not
performed (不履行) with what happened and what the party can do next, late performance after a
breach, and the figures the supervisor sees."""

from __future__ import annotations

from datetime import date

import pytest

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.queries import dispute_deadlines, dispute_stats
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf
from gridwarden.services.disputes import DisputeService, ObligationDraft
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import present
from tests.dispute_support import Units, agreement_draft, detail, mediate, neighbour_draft, sign

TWO_DUTIES = [
    ObligationDraft("李梅", "修复卫生间防水", date(2026, 12, 3)),
    ObligationDraft("李梅", "赔偿墙面修复费", date(2026, 12, 10), "3000"),
]


def signed(disputes: DisputeService, units: Units) -> str:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft(obligations=TWO_DUTIES))
    sign(disputes, dispute_id)
    return dispute_id


def test_follow_up_breach_and_late_performance(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    dispute_id = signed(disputes, units)
    repair = present(detail(store, dispute_id).agreement).obligations[0]
    clock.advance(days=6)  # 12-05: the repair (due 12-03) is overdue
    assert repair.state(clock.today()) == "overdue"
    with pytest.raises(ValidationError) as empty:
        disputes.record_supervision(repair.id, "")
    assert set(empty.value.fields) == {"note"}
    disputes.record_supervision(repair.id, "电话督促，李梅称本周内请人维修")
    with pytest.raises(ValidationError) as no_note:
        disputes.record_breach(repair.id, clock.today(), " ")
    assert set(no_note.value.fields) == {"note"}
    changes = disputes.record_breach(repair.id, clock.today(), "两次督促后明确表示不再维修")
    assert "第三十二条" in str(changes.warnings[0])  # not confirmed: the court (Art. 32)
    d = detail(store, dispute_id)
    repair = present(d.agreement).obligations[0]
    assert (repair.state(clock.today()), repair.breach_note) == (
        "breached",
        "两次督促后明确表示不再维修",
    )
    assert [(s.action, s.reason) for s in d.supervision] == [
        ("supervise", "电话督促，李梅称本周内请人维修"),
        ("breach", "两次督促后明确表示不再维修"),
    ]
    with pytest.raises(TransitionError, match="已登记不履行"):
        disputes.record_breach(repair.id, clock.today(), "再次登记")
    with store.sessions() as session:  # a breached obligation no longer counts down
        assert [
            x.what for x in dispute_deadlines.deadlines(session, clock.today(), Settings())
        ] == ["李梅：赔偿墙面修复费"]
    assert d.performance(clock.today()) == perf.Summary(2, 0, 1, 0, 1)
    disputes.record_performance(repair.id, date(2026, 12, 5), "经法院起诉前再次调解后已维修")
    repair = present(detail(store, dispute_id).agreement).obligations[0]
    assert repair.state(clock.today()) == "performed" and repair.breached_on == date(2026, 12, 5)
    with pytest.raises(TransitionError, match="已登记履行"):
        disputes.record_breach(repair.id, clock.today(), "误登")
    with store.sessions() as session:
        stats = dispute_stats.statistics(session, today=clock.today())
    assert stats.performance == perf.Summary(2, 1, 0, 0, 1)


def test_a_confirmed_agreement_points_to_enforcement(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    dispute_id = signed(disputes, units)
    disputes.act(
        dispute_id,
        "confirmation",
        life.StepInput(confirmation_state="confirmed", confirmation_on=clock.today()),
    )
    repair = present(detail(store, dispute_id).agreement).obligations[0]
    changes = disputes.record_breach(repair.id, clock.today(), "拒绝维修")
    assert "申请强制执行" in str(changes.warnings[0])


def test_only_the_agreement_in_effect_is_supervised(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    first = present(detail(store, dispute_id).agreement).obligations[0]
    with pytest.raises(TransitionError, match="协议尚未生效"):
        disputes.record_performance(first.id, date(2026, 11, 29))
    disputes.save_agreement(dispute_id, agreement_draft(reason="金额调整"))
    sign(disputes, dispute_id)
    with pytest.raises(TransitionError, match="旧版协议"):
        disputes.record_performance(first.id, date(2026, 11, 29))
