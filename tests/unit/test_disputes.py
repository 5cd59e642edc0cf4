"""Disputes through the service: intake, screening, sessions, agreements, performance, audit
and outbox, deadlines on "today", statistics, the legal-aid hand-off, the demo."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.clock import FixedClock, to_local
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import (
    AgreementObligation,
    AuditEntry,
    Dispute,
    DisputeParty,
    DisputeStep,
    Filing,
    MediationSession,
    OutboxOp,
)
from gridwarden.queries import dispute_deadlines, dispute_stats
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import (
    DisputeService,
    PartyDraft,
    SessionDraft,
)
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.conftest import NOW, Places, present
from tests.dispute_support import (
    BAD_USCC,
    COMPANY_USCC,
    ZHANG_ID,
    Units,
    agreement_draft,
    court_draft,
    detail,
    mediate,
    neighbour_draft,
    sign,
)


def test_intake_validates_every_field_at_once_and_writes_nothing(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    draft = neighbour_draft(units.station, amount="三千", facts=" ")
    draft.parties[0].id_number = "320602195806120110"  # wrong check digit
    draft.parties.append(
        PartyDraft(role="respondent", kind="organisation", name="某物业公司", uscc=BAD_USCC)
    )
    with pytest.raises(ValidationError) as error:
        disputes.register(draft)
    assert set(error.value.fields) == {
        "amount",
        "facts",
        "parties.0.id_number",
        "parties.2.uscc",
    }
    assert str(error.value.fields["parties.2.uscc"]) == "统一社会信用代码校验位不正确，请逐位核对"
    with store.sessions() as session:
        assert session.execute(select(func.count()).select_from(Dispute)).scalar_one() == 0


def test_intake_needs_the_source_details(disputes: DisputeService, units: Units) -> None:
    for source, fields in (
        ("hotline_12345", {"work_order_number"}),
        ("grid_event", {"grid_event_number"}),
        ("visit", {"visit_id"}),
        ("court_delegated", {"court_id", "court_reference"}),
        ("court_entrusted", {"court_id", "court_reference", "court_procedure"}),
    ):
        with pytest.raises(ValidationError) as error:
            disputes.register(neighbour_draft(units.station, source=source))
        assert set(error.value.fields) == fields, source
    one_side = neighbour_draft(units.station)
    one_side.parties = one_side.parties[:1]
    with pytest.raises(ValidationError) as error:
        disputes.register(one_side)
    assert set(error.value.fields) == {"parties"}


def test_intake_links_the_register_the_organisation_and_writes_audit_and_outbox(
    store: Store,
    disputes: DisputeService,
    units: Units,
    places: Places,
    register: RegisterService,
) -> None:
    home = register.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室")).primary_id
    register.save_resident(ResidentDraft(home or "", "张三", ZHANG_ID, "13812345678", "户主"))
    draft = neighbour_draft(
        units.station, source="hotline_12345", work_order_number="2026 1129 0001"
    )
    draft.parties[0].address = ""
    draft.parties.append(
        PartyDraft(
            role="respondent",
            kind="organisation",
            name="南通市崇川区安居物业服务有限公司",
            uscc=COMPANY_USCC.lower(),
            legal_representative="赵强",
            agent_name="钱律师",
            agent_kind="entrusted",
        )
    )
    changes = disputes.register(draft)
    d = detail(store, changes.primary_id or "")
    assert d.row.number.startswith("TJ20261129-")
    assert (d.row.status, d.row.level, d.work_order_number) == (
        "registered",
        "grid",
        "202611290001",
    )
    zhang, _li, company = d.parties
    assert zhang.resident_id is not None and zhang.address == "工农路12号3幢101室"
    assert (zhang.gender, zhang.birth_date) == ("M", date(1958, 6, 12))
    assert company.uscc == COMPANY_USCC and company.agent_name == "钱律师"
    assert d.row.due_on == date(2026, 12, 29)  # one month (30 days) from intake
    assert [s.action for s in d.steps] == ["register"]
    with store.sessions() as session:
        outbox = session.execute(select(col(OutboxOp.entity), col(OutboxOp.kind))).all()
        audit = session.execute(select(col(AuditEntry.action), col(AuditEntry.detail))).all()
    assert ("dispute", "upsert") in outbox and ("dispute_step", "upsert") in outbox
    assert sum(1 for e, _k in outbox if e == "dispute_party") == 3
    party_audit = [detail for action, detail in audit if action == "dispute_party.add"]
    assert all("id_number" not in d["values"] for d in party_audit)  # secrets stay out


def test_a_name_that_does_not_match_the_register_is_not_linked(
    store: Store, disputes: DisputeService, units: Units, places: Places, register: RegisterService
) -> None:
    home = register.save_household(HouseholdDraft(places.micro, "工农路12号")).primary_id
    register.save_resident(ResidentDraft(home or "", "张山", ZHANG_ID, "", "户主"))
    changes = disputes.register(neighbour_draft(units.station))
    assert [str(w) for w in changes.warnings] == [
        f"身份证号 {ZHANG_ID[:6]}********{ZHANG_ID[-4:]} 在户籍登记中为「张山」，与填写的姓名不一致，未关联"
    ]
    assert detail(store, changes.primary_id or "").parties[0].resident_id is None


def test_an_open_dispute_between_the_same_parties_is_flagged(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    first = disputes.register(neighbour_draft(units.station)).primary_id
    second = disputes.register(neighbour_draft(units.station))
    d = detail(store, second.primary_id or "")
    assert (
        d.row.possible_duplicate and d.duplicate_of_number == detail(store, first or "").row.number
    )
    assert "可能重复受理" in str(second.warnings[0])
    other = neighbour_draft(units.station)
    other.parties[1].name, other.parties[1].id_number = "王五", ""
    assert disputes.register(other).warnings == ()


def test_refusal_ends_mediation_art_17(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.act(
        dispute_id, "refuse", life.StepInput(party_name="李梅", reason="明确表示不接受调解")
    )
    d = detail(store, dispute_id)
    assert (d.row.status, d.row.ended_level, d.row.closed_on) == (
        "refused",
        "grid",
        date(2026, 11, 29),
    )
    with pytest.raises(TransitionError, match="第十七条"):
        disputes.record_session(SessionDraft(dispute_id, NOW, "调解室", ["张三"], "再次调解"))
    with pytest.raises(TransitionError, match="第十七条"):
        disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳"))


def test_sessions_are_append_only_corrections_are_revisions(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    first = detail(store, dispute_id).sessions[0]
    draft = SessionDraft(
        dispute_id, first.held_at, "和平桥调解室", ["张三", "李梅"], "双方陈述，李梅承认漏水。"
    )
    disputes.correct_session(first.id, draft, "补记李梅的陈述")
    with pytest.raises(ValidationError):
        disputes.correct_session(first.id, draft, " ")
    with pytest.raises(TransitionError, match="第 2 版"):
        disputes.correct_session(first.id, draft, "再改")
    sessions = detail(store, dispute_id).sessions
    assert [(s.revision, s.superseded, s.record) for s in sessions] == [
        (1, True, "双方陈述。"),
        (2, False, "双方陈述，李梅承认漏水。"),
    ]
    assert sessions[1].root_id == first.id and sessions[1].correction_reason == "补记李梅的陈述"
    with store.sessions() as session:
        assert session.execute(select(func.count()).select_from(MediationSession)).scalar_one() == 2


def test_a_dispute_through_sessions_to_a_signed_agreement_and_performance(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    with pytest.raises(ValidationError) as error:
        disputes.save_agreement(dispute_id, agreement_draft(matters="", performance_deadline=None))
    assert set(error.value.fields) == {"matters", "performance_deadline"}
    disputes.save_agreement(dispute_id, agreement_draft(), expected_status="mediating")
    assert detail(store, dispute_id).row.status == "agreement_pending"
    disputes.save_agreement(
        dispute_id, agreement_draft(content="改：赔偿叁仟伍佰元", reason="金额调整")
    )
    d = detail(store, dispute_id)
    assert [(a.revision, a.correction_reason) for a in d.agreements] == [(1, ""), (2, "金额调整")]
    assert d.agreement is not None and d.agreement.content == "改：赔偿叁仟伍佰元"
    with pytest.raises(ValidationError) as signed:
        disputes.act(
            dispute_id,
            "sign",
            life.StepInput(signed_on=date(2026, 11, 30), signatures_complete=True),
        )
    assert "晚于今天" in str(signed.value)
    sign(disputes, dispute_id)
    d = detail(store, dispute_id)
    assert (d.row.status, d.row.ended_level, d.agreement_effective_on) == (
        "agreed",
        "grid",
        date(2026, 11, 29),
    )
    assert d.confirmation_due_on == date(2026, 12, 29)
    obligation = d.agreement.obligations[0] if d.agreement else None
    assert obligation is not None and obligation.amount_fen == 300000
    clock.advance(days=5)  # 2026-12-04: the obligation (due 12-03) is overdue
    with store.sessions() as session:
        due = dispute_deadlines.deadlines(session, clock.today(), Settings())
    assert [(x.kind, x.days_left) for x in due] == [("obligation", -1)]
    disputes.record_performance(obligation.id, date(2026, 12, 4), "已转账")
    with pytest.raises(TransitionError):
        disputes.record_performance(obligation.id, date(2026, 12, 4))
    clock.advance(days=20)  # 2026-12-24: the Art. 33 window closes on 12-29
    with store.sessions() as session:
        due = dispute_deadlines.deadlines(session, clock.today(), Settings())
    assert [(x.kind, x.due) for x in due] == [("confirmation", date(2026, 12, 29))]
    disputes.act(
        dispute_id,
        "confirmation",
        life.StepInput(confirmation_state="applied", confirmation_on=clock.today()),
    )
    with store.sessions() as session:
        assert dispute_deadlines.deadlines(session, clock.today(), Settings()) == []


def test_a_written_agreement_needs_every_party_identified_art_29(
    disputes: DisputeService, units: Units
) -> None:
    draft = neighbour_draft(units.station)
    draft.parties[1].id_number = ""
    dispute_id = disputes.register(draft).primary_id or ""
    mediate(disputes, dispute_id)
    with pytest.raises(ValidationError) as error:
        disputes.save_agreement(dispute_id, agreement_draft())
    assert "李梅" in str(error.value.fields["parties"])
    disputes.save_agreement(dispute_id, agreement_draft(kind="oral"))  # oral: Art. 28, 30


def test_an_oral_agreement_takes_effect_the_day_it_is_reached_art_30(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft(kind="oral", reached_on=date(2026, 11, 28)))
    d = detail(store, dispute_id)
    assert (d.row.status, d.agreement_effective_on) == ("agreed", date(2026, 11, 28))
    assert d.confirmation_due_on == date(2026, 12, 28)


def test_escalation_to_court_keeps_where_it_ended_and_every_reason(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    dispute_id = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, dispute_id)
    disputes.act(
        dispute_id,
        "escalate",
        life.StepInput(reason="网格调解未果", station_id=units.other_station),
    )
    d = detail(store, dispute_id)
    assert (d.row.status, d.row.level, d.row.mediator_name, d.station_id) == (
        "registered",
        "station",
        "",
        units.other_station,
    )
    disputes.act(dispute_id, "assign", life.StepInput(mediator_name="周玉兰"))
    disputes.act(
        dispute_id, "fail", life.StepInput(reason="差距过大", routes=("litigation", "arbitration"))
    )
    assert detail(store, dispute_id).row.ended_level == "station"
    disputes.act(dispute_id, "escalate", life.StepInput(reason="当事人同意诉前移交法院"))
    d = detail(store, dispute_id)
    # mediation ended (Art. 26) at the court level; a complaint filing carries the hand-off
    assert (d.row.status, d.row.level, d.row.ended_level) == ("failed", "court", "court")
    assert d.routes_told == ["arbitration", "litigation"]
    with store.sessions() as session:
        filing = session.execute(select(Filing)).scalars().one()
        assert (filing.dispute_id, filing.kind, filing.status) == (dispute_id, "complaint", "draft")
    assert [(s.action, s.to_level, s.reason) for s in d.steps if s.action == "escalate"] == [
        ("escalate", "station", "网格调解未果"),
        ("escalate", "court", "当事人同意诉前移交法院"),
    ]
    with store.sessions() as session:
        ops = (
            session.execute(select(col(OutboxOp.payload)).where(col(OutboxOp.kind) == "transition"))
            .scalars()
            .all()
        )
    assert [op["action"] for op in ops] == ["assign", "escalate", "assign", "fail", "escalate"]
    assert ops[-1]["result"]["status"] == "failed"


def test_court_referrals_police_and_decline(
    store: Store, disputes: DisputeService, units: Units, clock: FixedClock
) -> None:
    referred = disputes.register(court_draft(units, procedure="simple")).primary_id or ""
    d = detail(store, referred)
    assert d.row.due_on == date(2026, 12, 7)  # 7 days (simple procedure); 12-06 is a Sunday
    with store.sessions() as session:
        week = dispute_deadlines.deadlines(
            session, clock.today(), Settings()
        )  # reminds 7 days ahead
        longer = dispute_deadlines.deadlines(
            session, clock.today(), Settings(dispute_remind_days=8)
        )
    assert [(x.kind, x.due) for x in week] == [("court_accept", date(2026, 12, 2))]
    assert [(x.kind, x.due) for x in longer] == [
        ("court_accept", date(2026, 12, 2)),
        ("court_entrusted", date(2026, 12, 7)),
    ]
    disputes.act(
        referred, "report_police", life.StepInput(police_unit="和平桥派出所", reason="扬言报复")
    )
    d = detail(store, referred)
    assert (
        d.police_unit == "和平桥派出所"
        and d.police_reported_at == NOW
        and d.row.status == "registered"
    )
    disputes.act(
        referred, "decline", life.StepInput(non_mediable="already_handled", reason="法院已立案")
    )
    d = detail(store, referred)
    assert (d.row.status, d.non_mediable, d.outcome_note) == (
        "declined",
        "already_handled",
        "法院已立案",
    )


def test_statistics_and_the_legal_aid_prefill(
    store: Store, disputes: DisputeService, units: Units
) -> None:
    wage = neighbour_draft(units.station, category="labour_wage", amount="28600")
    wage.parties[1] = PartyDraft(
        role="respondent", kind="organisation", name="恒昌装饰公司", uscc=COMPANY_USCC
    )
    wage_id = disputes.register(wage).primary_id or ""
    mediate(disputes, wage_id)
    disputes.act(wage_id, "fail", life.StepInput(reason="公司拒不支付", routes=("arbitration",)))
    agreed = disputes.register(neighbour_draft(units.station)).primary_id or ""
    mediate(disputes, agreed)
    disputes.save_agreement(agreed, agreement_draft(kind="oral"))
    disputes.register(neighbour_draft(units.station, category="traffic"))
    with store.sessions() as session:
        stats = dispute_stats.statistics(session)
        prefill = dq.legal_aid_prefill(session, wage_id)
    assert (stats.total, stats.closed, stats.open, stats.agreed) == (3, 2, 1, 1)
    assert stats.success_rate == 0.5 and stats.median_days_to_close == 0
    assert stats.by_level == {"grid": 2}
    assert {f.category: (f.closed, f.agreed, f.open) for f in stats.by_category} == {
        "labour_wage": (1, 0, 0),
        "neighbour": (1, 1, 0),
        "traffic": (0, 0, 1),
    }
    prefill = present(prefill)
    assert (prefill.applicant_name, prefill.id_number, prefill.opposing_party) == (
        "张三",
        ZHANG_ID,
        "恒昌装饰公司",
    )
    assert prefill.opposing_party_uscc == COMPANY_USCC and prefill.amount_fen == 2860000
    assert (
        "公司拒不支付" in prefill.matter_summary and prefill.suggested_matter_type == "labour_pay"
    )
    assert prefill.source_dispute_id == wage_id
    assert dq.legal_aid_eligible("labour_wage", "failed")
    assert not dq.legal_aid_eligible("neighbour", "failed")


@pytest.mark.demo(households=600, events=20)
def test_demo_disputes_replay_through_the_rules_and_stand_realistically_today(
    store: Store, clock: FixedClock
) -> None:
    with store.sessions() as session:
        due = dispute_deadlines.deadlines(session, clock.today(), Settings())
        obligations = session.execute(select(AgreementObligation)).scalars().all()
        held = session.execute(select(col(MediationSession.held_at))).scalars().all()
        rows = session.execute(select(Dispute)).scalars().all()
        steps = session.execute(select(DisputeStep).order_by(col(DisputeStep.at))).scalars().all()
        parties = session.execute(select(func.count()).select_from(DisputeParty)).scalar_one()
        outbox = session.execute(select(func.count()).select_from(OutboxOp)).scalar_one()
        stats = dispute_stats.statistics(session)
    assert len(rows) >= 25 and parties == 2 * len(rows) and outbox == 0
    # every status but the legacy "transferred" (escalation to court now ends mediation, Art. 26)
    assert {d.status for d in rows} == set(life.Status) - {life.Status.TRANSFERRED}
    assert {d.ended_level for d in rows if d.status == "failed"} >= {"grid", "station", "court"}
    assert set(stats.by_level) == {"grid", "station", "court"}
    by_dispute: dict[str, list[DisputeStep]] = {}
    for step in steps:
        by_dispute.setdefault(step.dispute_id, []).append(step)
    for dispute in rows:
        history = by_dispute[dispute.id]
        assert history[0].action == "register"
        assert all(a.to_status == b.from_status for a, b in itertools.pairwise(history))
        assert (history[-1].to_status, history[-1].to_level) == (dispute.status, dispute.level)
        if dispute.status in life.CLOSED_STATUSES:
            assert dispute.ended_level == dispute.level and dispute.closed_on is not None
        actions = [s.action for s in history]
        if dispute.source in ("court_delegated", "court_entrusted"):  # accepted before assigned
            accepted = dispute.referral_accepted_on is not None
            assert accepted == ("accept_referral" in actions) == (dispute.status != "registered")
            if accepted:
                assert actions.index("accept_referral") < actions.index("assign")
    # "today" shows obligations of recent agreements only, a few days overdue at most
    assert all(d.days_left >= -6 for d in due if d.kind == "obligation")
    assert all(d.days_left >= -31 for d in due)
    settled = [o for o in obligations if o.due_on < clock.today() - timedelta(days=6)]
    assert settled and all(o.performed_on or o.breached_on for o in settled)
    breached = [o for o in obligations if o.breached_on]
    assert breached and all(o.breach_note for o in breached)
    breach_steps = {s.detail["obligation_id"] for s in steps if s.action == "breach"}
    assert breach_steps == {o.id for o in breached}
    assert all(9 <= to_local(at).hour < 18 for at in held)  # sessions in office hours
    kinds = {d.source for d in rows}
    assert {"grid_event", "visit"} <= kinds
