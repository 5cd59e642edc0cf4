"""What legal aid achieved, counted (Art. 50), and the consultation register (Arts. 22–23):
the statistics against counts made by hand, the register's masking and its counts by topic."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Unpack

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import ValidationError
from gridwarden.models import (
    LegalAidApplication,
    LegalAidCase,
    LegalAidConsultation,
    OrgUnit,
    OutboxOp,
)
from gridwarden.queries import legal_aid_consultations as cq
from gridwarden.queries import legal_aid_stats as stats
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.services.legal_aid_consultations import ConsultationDraft, LegalAidConsultations
from gridwarden.store import Store
from tests.conftest import present
from tests.legal_aid_support import MatterChanges, Units, units, wage_claim

__all__ = ["units"]

LAWYER = life.StepInput(
    assignee_name="李明", assignee_unit="江苏崇川律师事务所", assignee_kind="lawyer"
)


def close(
    service: LegalAidService,
    window: str,
    outcome: str,
    recovered: str = "",
    claimed: str = "",
    **matter: Unpack[MatterChanges],
) -> str:
    app_id = present(service.intake(wage_claim(window, None, **matter)).primary_id)
    service.act(app_id, "grant", life.StepInput(hardship="verified"))
    service.act(app_id, "assign", LAWYER)
    service.act(
        app_id,
        "close",
        life.StepInput(
            ended_on=date(2026, 11, 29),
            outcome=outcome,
            note="结案报告",
            documents=("judgment_copy",),
            amount_recovered=recovered,
            amount_claimed=claimed,
        ),
    )
    return app_id


def test_results_by_outcome_matter_and_window_against_a_hand_count(
    ctx: ServiceContext, units: Units
) -> None:
    service = LegalAidService(ctx)
    close(service, units.window, "judgment", "26,000", "28,600")
    close(service, units.window, "mediation", "10,000", "12,000")
    close(service, units.workstation, "judgment", "5,000.50", "5,000.50")
    close(service, units.workstation, "withdrawn")
    ended = present(service.intake(wage_claim(units.window, summary="终止的")).primary_id)
    service.act(ended, "grant", life.StepInput())
    service.act(ended, "assign", LAWYER)
    service.act(ended, "end", life.StepInput(ground="own_lawyer", reasons="自行委托律师"))
    open_case = present(service.intake(wage_claim(units.window, summary="仍在办")).primary_id)
    service.act(open_case, "grant", life.StepInput())

    with ctx.sessions() as session:
        found = stats.results(session, date(2026, 1, 1), date(2026, 12, 31))
        window_only = stats.results(session, window_id=units.workstation)
        next_year = stats.results(session, date(2027, 1, 1), date(2027, 12, 31))
    # by hand: 4 closed; recovered 26,000 + 10,000 + 5,000.50; claimed 28,600 + 12,000 + 5,000.50
    # (the withdrawn one kept the 28,600 claimed at intake)
    assert (found.closed, found.ended) == (4, 1)
    assert found.recovered_fen == 4_100_050
    assert found.claimed_fen == 2_860_000 + 1_200_000 + 500_050 + 2_860_000
    assert [(r.label, r.closed, r.recovered_fen) for r in found.by_outcome] == [
        ("judgment", 2, 3_100_050),
        ("mediation", 1, 1_000_000),
        ("withdrawn", 1, 0),
    ]
    assert [(r.label, r.closed) for r in found.by_matter] == [("labour_pay", 4)]
    assert {r.label: (r.closed, r.recovered_fen) for r in found.by_window} == {
        "巾帼法律援助工作站": (2, 500_050),
        "崇川区公共法律服务中心法律援助窗口": (2, 3_600_000),
    }
    assert (found.closing.done, found.closing.on_time) == (4, 4)
    assert (window_only.closed, window_only.recovered_fen) == (2, 500_050)
    assert next_year.closed == 0 and next_year.by_outcome == []


@pytest.mark.demo(households=300, events=20)
def test_demo_results_match_a_count_of_the_rows(store: Store, clock: FixedClock) -> None:
    with store.sessions() as session:
        found = stats.results(session)
        rows = session.execute(
            select(LegalAidApplication, LegalAidCase, col(OrgUnit.name))
            .join(LegalAidCase, col(LegalAidCase.id) == col(LegalAidApplication.case_id))
            .join(OrgUnit, col(OrgUnit.id) == col(LegalAidCase.window_id))
        ).all()
        consultations = cq.counts(session)
        entries = session.execute(select(LegalAidConsultation)).scalars().all()
    closed = [(a, c, w) for a, c, w in rows if a.closed_on is not None]
    assert found.closed == len(closed) > 30
    assert found.recovered_fen == sum(a.recovered_fen or 0 for a, _c, _w in closed) > 0
    assert Counter({r.label: r.closed for r in found.by_matter}) == Counter(
        c.matter_type for _a, c, _w in closed
    )
    assert Counter({r.label: r.closed for r in found.by_window}) == Counter(w for *_x, w in closed)
    admin = [a for a, c, _w in closed if c.proceeding in la.ADMINISTRATIVE]
    assert (found.administrative, found.resolved) == (
        len(admin),
        sum(1 for a in admin if a.resolved_in_substance),
    )
    assert 0 < found.resolved < found.administrative <= 41
    assert 0 < found.closing.on_time < found.closing.done  # a few reports came in late
    assert found.replaced == 1 and found.ended == 1  # the corrected termination does not count
    # the register: a year of consultations, labour the most asked about
    assert consultations.total == len(entries) > 1000
    assert consultations.by_topic[0][0] == "labour"
    assert dict(consultations.by_topic) == dict(Counter(e.topic for e in entries))
    assert consultations.named == sum(1 for e in entries if e.person_name)


def test_a_consultation_is_quick_to_enter_masked_in_lists_and_counted_by_topic(
    ctx: ServiceContext, units: Units
) -> None:
    register = LegalAidConsultations(ctx)
    with pytest.raises(ValidationError) as bad:
        register.record(ConsultationDraft(units.window, "astrology", "", referral="elsewhere"))
    assert set(bad.value.fields) == {"topic", "advice", "referred_to"}
    assert "第二十三条" in bad.value.fields["advice"].render()
    register.record(
        ConsultationDraft(
            units.window,
            "labour",
            "告知可申请劳动仲裁，符合条件可申请法律援助",
            question="包工头拖欠三个月工资",
            matter_type="labour_pay",
            person_name="刘建国",
            person_phone="13962812345",
            referral="application",
        )
    )
    register.record(ConsultationDraft(units.window, "labour", "告知劳动监察投诉途径"))
    register.record(
        ConsultationDraft(
            units.workstation,
            "marriage_family",
            "建议先行调解",
            referral="elsewhere",
            referred_to="区人民调解委员会",
        )
    )
    with ctx.sessions() as session:
        rows = cq.recent(session)
        mine = cq.recent(session, units.window)
        counted = cq.counts(session, date(2026, 11, 29), date(2026, 11, 29))
        other_day = cq.counts(session, date(2026, 11, 30), None)
        ops = session.execute(select(col(OutboxOp.entity), col(OutboxOp.kind))).all()
    named = [r for r in rows if r.person]
    assert [(r.person, r.phone) for r in named] == [("刘**", "139****2345")]
    assert len(mine) == 2 and {r.window for r in mine} == {"崇川区公共法律服务中心法律援助窗口"}
    assert counted.total == 3 and counted.by_topic == [("labour", 2), ("marriage_family", 1)]
    assert dict(counted.by_referral) == {"application": 1, "none": 1, "elsewhere": 1}
    assert counted.named == 1 and other_day.total == 0
    assert ops.count(("legal_aid_consultation", "upsert")) == 3
    # a mistaken entry is voided with its reason, never deleted
    register.void(rows[0].id, "重复登记")
    with ctx.sessions() as session:
        assert cq.counts(session).total == 2
        assert present(session.get(LegalAidConsultation, rows[0].id)).deleted_at is not None
