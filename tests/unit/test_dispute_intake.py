"""Intake from the grid: a 矛盾纠纷线索 event or a dispute follow-up visit hands its facts, its
link and its resident to the intake form; one event becomes one dispute; the visit picker
searches."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gridwarden.errors import ValidationError
from gridwarden.queries import dispute_intake as qi
from gridwarden.services.disputes import DisputeDraft, DisputeService, PartyDraft
from gridwarden.services.events import EventDraft, EventService
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.services.visits import VisitDraft, VisitService
from gridwarden.store import Store
from tests.conftest import NOW, Places, present
from tests.dispute_support import LI_ID, ZHANG_ID, Units, detail, neighbour_draft


@pytest.fixture
def zhang(register: RegisterService, places: Places) -> tuple[str, str]:
    """张三's household and his resident record."""
    home = register.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室"))
    household_id = home.primary_id or ""
    resident = register.save_resident(
        ResidentDraft(household_id, "张三", ZHANG_ID, "13812345678", "户主")
    )
    return household_id, resident.primary_id or ""


def draft_from(prefill: qi.DisputePrefill, units: Units) -> DisputeDraft:
    """The intake as the form submits it after the mediator adds the respondent."""
    applicant = present(prefill.applicant)
    return neighbour_draft(
        units.station,
        source=prefill.source,
        facts=prefill.facts,
        grid_event_number=prefill.grid_event_number,
        visit_id=prefill.visit.id if prefill.visit else None,
        parties=[applicant, PartyDraft(role="respondent", name="李梅", id_number=LI_ID)],
    )


def test_a_dispute_lead_event_becomes_one_dispute(
    store: Store,
    disputes: DisputeService,
    events: EventService,
    visits: VisitService,
    units: Units,
    zhang: tuple[str, str],
) -> None:
    household_id, resident = zhang
    visit = visits.record(
        VisitDraft(household_id, "dispute_follow_up", "与楼上因漏水争吵", resident_id=resident)
    ).primary_id
    event_id = events.report(
        EventDraft("dispute_lead", "楼上漏水引发邻里争吵", "工农路12号3幢", True, visit_id=visit)
    ).primary_id
    with store.sessions() as session:
        prefill = qi.prefill_from_event(session, event_id or "")
    assert prefill is not None and prefill.source == "grid_event"
    assert prefill.facts == "楼上漏水引发邻里争吵\n地点：工农路12号3幢"
    assert prefill.risk_level == "medium"  # reported as urgent
    assert prefill.applicant == PartyDraft(
        role="applicant",
        name="张三",
        id_number=ZHANG_ID,
        phone="13812345678",
        address="工农路12号3幢101室",
    )
    dispute_id = disputes.register(draft_from(prefill, units)).primary_id or ""
    d = detail(store, dispute_id)
    assert (d.source, d.grid_event_number) == ("grid_event", prefill.grid_event_number)
    assert d.parties[0].resident_id == resident
    with pytest.raises(ValidationError) as again:
        disputes.register(draft_from(prefill, units))
    assert str(again.value.fields["grid_event_number"]) == (
        f"该网格事件已转为纠纷 {d.row.number}（未结）"
    )
    with store.sessions() as session:
        later = qi.prefill_from_event(session, event_id or "")
    assert later is not None and (later.existing_id, later.existing_number) == (
        dispute_id,
        d.row.number,
    )


def test_a_follow_up_visit_prefills_and_the_picker_searches(
    store: Store,
    disputes: DisputeService,
    visits: VisitService,
    units: Units,
    zhang: tuple[str, str],
) -> None:
    household_id, resident = zhang
    routine = visits.record(
        VisitDraft(household_id, "routine", "家中情况正常", visited_at=NOW - timedelta(days=1))
    ).primary_id
    follow_up = visits.record(
        VisitDraft(household_id, "dispute_follow_up", "张三反映楼上漏水未修", resident_id=resident)
    ).primary_id
    with store.sessions() as session:
        by_name = [v.id for v in qi.find_visits(session, "张三")]
        by_address = [v.id for v in qi.find_visits(session, "工农路 101")]
        follow_ups = [v.id for v in qi.find_visits(session, "")]
        nothing = qi.find_visits(session, "和平路")
        prefill = qi.prefill_from_visit(session, follow_up or "")
    assert by_name == [follow_up]
    assert by_address == [follow_up, routine]  # dispute follow-ups first
    assert follow_ups == [follow_up] and nothing == []
    prefill = present(prefill)
    visit = present(prefill.visit)
    assert (prefill.source, prefill.facts, visit.id) == (
        "visit",
        "张三反映楼上漏水未修",
        follow_up,
    )
    assert visit.label.startswith("2026-11-29 工农路12号3幢101室 张三 张三反映楼上漏水")
    dispute_id = disputes.register(draft_from(prefill, units)).primary_id or ""
    assert detail(store, dispute_id).visit_summary == "2026-11-29 工农路12号3幢101室"
    second = disputes.register(draft_from(prefill, units))
    assert any("该走访已转为纠纷" in str(w) for w in second.warnings)
