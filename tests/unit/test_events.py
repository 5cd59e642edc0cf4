"""Grid events through their lifecycle, with history, photos and refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import Attachment, EventStep, GridEvent, OutboxOp
from gridwarden.queries import events as eq
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft, EventService
from gridwarden.services.register import RegisterService
from gridwarden.services.visits import VisitDraft, VisitService
from gridwarden.store import Store
from tests.conftest import Places, present
from tests.unit.test_register import new_household

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def detail(store: Store, event_id: str) -> eq.EventDetail:
    with store.sessions() as session:
        return present(eq.event_detail(session, event_id))


def test_event_raised_from_a_visit_takes_the_household_address(
    store: Store,
    register: RegisterService,
    visits: VisitService,
    events: EventService,
    places: Places,
) -> None:
    household = new_household(register, places, "工农路12号3幢101室")
    visit = visits.record(VisitDraft(household, "hazard_check", "楼道堆放纸箱")).primary_id
    changes = events.report(EventDraft("safety_hazard", "楼道堆放纸箱，堵塞通道", visit_id=visit))
    found = detail(store, changes.primary_id or "")
    assert found.row.location == "工农路12号3幢101室"
    assert found.household_id == household and found.visit_id == visit
    assert found.row.status == "accepted"
    assert found.row.due_date == date(2026, 11, 30)  # 1 working day after Sunday
    assert found.row.number.startswith("SJ20261129-")
    assert [s.action for s in found.steps] == ["accept"]


def test_full_lifecycle_keeps_every_step(
    store: Store, events: EventService, places: Places
) -> None:
    eid = events.report(EventDraft("other", "路灯损坏", "工农路")).primary_id or ""
    events.act(eid, "dispatch", life.StepInput(department_id=places.department))
    events.act(eid, "reject", life.StepInput(reason="不属本部门", legal_basis="职责清单第三条"))
    events.act(eid, "dispatch", life.StepInput(department_id=places.other_department))
    for action, step in [
        ("sign", life.StepInput()),
        ("handle", life.StepInput(note="派人维修")),
        ("reply", life.StepInput(note="已修复")),
        ("close", life.StepInput()),
        ("callback", life.StepInput(satisfaction="unsatisfied")),
    ]:
        events.act(eid, action, step)
    found = detail(store, eid)
    assert [s.action for s in found.steps] == [
        "accept",
        "dispatch",
        "reject",
        "dispatch",
        "sign",
        "handle",
        "reply",
        "close",
        "callback",
    ]
    assert found.steps[2].reason == "不属本部门" and found.steps[2].department == "区消防救援大队"
    # unsatisfied callback: reopened to the same department with a fresh deadline
    assert found.row.status == "dispatched" and found.row.department == "区城市管理局"
    assert found.reopen_count == 1 and found.satisfaction == "unsatisfied"
    with store.sessions() as session:
        kinds = (
            session.execute(select(col(OutboxOp.kind)).where(col(OutboxOp.entity) == "grid_event"))
            .scalars()
            .all()
        )
    assert kinds.count("transition") == 8


def test_illegal_transition_is_refused_and_nothing_is_written(
    store: Store, events: EventService
) -> None:
    eid = events.report(EventDraft("other", "路灯损坏")).primary_id or ""
    with store.sessions() as session:
        before = session.execute(select(func.count()).select_from(EventStep)).scalar_one()
    with pytest.raises(TransitionError) as caught:
        events.act(eid, "close", life.StepInput())
    assert str(caught.value) == "事件当前为「受理」，不能办结"
    with store.sessions() as session:
        after = session.execute(select(func.count()).select_from(EventStep)).scalar_one()
        event = session.get(GridEvent, eid)
    assert after == before and event is not None and event.status == "accepted"


def test_a_step_on_a_state_the_user_did_not_see_is_refused(
    events: EventService, places: Places
) -> None:
    eid = events.report(EventDraft("other", "路灯损坏")).primary_id or ""
    events.act(eid, "dispatch", life.StepInput(department_id=places.department), "accepted")
    with pytest.raises(TransitionError) as caught:
        events.act(eid, "dispatch", life.StepInput(department_id=places.department), "accepted")
    assert "已变为「已派发」" in str(caught.value)


def test_photos_are_stored_by_content_hash(
    tmp_path: Path, store: Store, events: EventService
) -> None:
    photo = tmp_path / "现场.png"
    photo.write_bytes(PNG)
    copy = tmp_path / "copy.png"
    copy.write_bytes(PNG)
    eid = events.report(EventDraft("safety_hazard", "堆物", photos=[photo])).primary_id or ""
    events.attach(eid, [copy])
    found = detail(store, eid)
    assert [a.filename for a in found.attachments] == ["现场.png", "copy.png"]
    sha = found.attachments[0].sha256
    assert found.attachments[1].sha256 == sha
    stored = store.paths.attachments / sha[:2] / sha
    assert stored.read_bytes()[:4] == b"GWE1"  # encrypted at rest, named by the plaintext hash
    assert events.files.read(sha) == PNG
    with store.sessions() as session:
        assert session.execute(select(func.count()).select_from(Attachment)).scalar_one() == 2


def test_report_needs_category_and_description(events: EventService) -> None:
    with pytest.raises(ValidationError) as caught:
        events.report(EventDraft("nonsense", "  "))
    assert set(caught.value.fields) == {"category", "description"}
