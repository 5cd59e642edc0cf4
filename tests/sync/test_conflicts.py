"""Same field on two laptops → a conflict that keeps both values; edit against delete → a
conflict; append-only records never conflict; a status change is re-decided by the server."""

from __future__ import annotations

from collections.abc import Callable

from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft
from gridwarden.services.register import HouseholdDraft, ResidentDraft
from gridwarden.services.visits import VisitDraft
from gridwarden.sync.review import ReviewService
from tests.conftest import NOW
from tests.sync.harness import District, Laptop


def _notes(device: Laptop, household: str, notes: str, district: District) -> None:
    device.register.save_household(
        HouseholdDraft(district.micro1, "工农路5号", [], notes, household)
    )


def test_same_field_edited_on_both_laptops_keeps_both_values_for_a_person(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "工农路5号")
    wang.sync()
    li.sync()
    _notes(wang, household, "王芳：户主住院", district)
    _notes(li, household, "李娜：户主已出院", district)
    wang.sync()
    report = li.sync()
    assert report.conflicts == 1

    [conflict] = li.conflicts()
    assert conflict.kind == "field" and conflict.record_id == household
    notes = conflict.fields["notes"]
    assert notes["local"] == "李娜：户主已出院"
    assert notes["server"] == "王芳：户主住院"
    assert notes["base"] == ""
    assert notes["server_by"].startswith(district.user("wang"))
    assert conflict.local_by.startswith(district.user("li"))
    # the server names both people, for the page that asks which value to keep
    assert conflict.names == {district.user("wang"): "王芳", district.user("li"): "李娜"}
    # until a person decides, every store shows the server's value
    assert li.get("household", household).notes == "王芳：户主住院"

    # 李娜 keeps her own value: the choice syncs to the server and to 王芳
    review = ReviewService(li.ctx)
    review.resolve(conflict.id or 0, {"notes": "local"})
    assert li.conflicts() == []
    li.sync()
    wang.sync()
    assert wang.get("household", household).notes == "李娜：户主已出院"
    assert wang.conflicts() == []


def test_edit_against_delete_is_a_conflict_both_ways(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "工农路7号")
    resident = wang.register.save_resident(ResidentDraft(household, "王梅", "", "", "配偶")).ids[0]
    wang.sync()
    li.sync()
    # 王芳 moves 王梅 out; 李娜, offline, corrects her phone number
    wang.register.remove_resident(resident, "迁出")
    li.register.save_resident(
        ResidentDraft(household, "王梅", "", "13900001111", "配偶", id=resident)
    )
    wang.sync()
    li.sync()
    [edit_vs_delete] = li.conflicts()
    assert edit_vs_delete.kind == "deleted"
    assert edit_vs_delete.names[district.user("wang")] == "王芳"  # who deleted it
    assert edit_vs_delete.fields["phone"]["local"] == "13900001111"
    assert li.get("resident", resident).deleted_at == NOW  # the server's state shows

    # the other way round: 李娜 edits a household's notes, 王芳 (offline) deletes a visit... and a
    # resident 李娜 edited is deleted by 王芳 without having seen the edit
    other = li.register.save_resident(ResidentDraft(household, "张小明", "", "", "子女")).ids[0]
    li.sync()
    wang.sync()
    li.register.save_resident(ResidentDraft(household, "张晓明", "", "", "子女", id=other))
    li.sync()
    wang.register.remove_resident(other, "重复登记")
    wang.sync()
    [delete_vs_edit] = wang.conflicts()
    assert delete_vs_edit.kind == "edited"
    assert delete_vs_edit.fields["name"]["server"] == "张晓明"
    assert wang.get("resident", other).deleted_at is None  # not silently deleted
    # 王芳 looks at the edit and deletes anyway: that syncs
    ReviewService(wang.ctx).resolve(delete_vs_edit.id or 0, {"*": "local"})
    wang.sync()
    li.sync()
    assert li.get("resident", other).deleted_at == NOW


def test_append_only_visits_never_conflict(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "工农路9号")
    wang.sync()
    li.sync()
    first = wang.visits.record(VisitDraft(household, "routine", "王芳走访")).ids[0]
    li.visits.record(VisitDraft(household, "care", "李娜走访"))
    wang.sync()
    li.sync()
    wang.sync()
    li.visits.void(first, "录错了户")
    wang.sync()
    li.sync()
    wang.sync()
    for device in (wang, li):
        assert device.conflicts() == []
        visits = device.snapshot(("visit",))["visit"]
        mine = {
            v["findings"]: v["deleted_at"] is not None
            for v in visits.values()
            if v["household_id"] == household
        }
        assert mine == {"王芳走访": True, "李娜走访": False}


def test_a_status_change_the_server_refuses_is_shown_and_undone(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "工农路11号")
    event_id = wang.events.report(
        EventDraft("safety_hazard", "楼道堆放杂物", household_id=household)
    ).ids[0]
    wang.sync()
    li.sync()
    dispatch = life.StepInput(department_id=district.department)
    wang.events.act(event_id, "dispatch", dispatch)
    li.events.act(event_id, "dispatch", dispatch)  # the same order, dispatched twice offline
    wang.sync()
    li.sync()
    [refused] = li.conflicts()
    assert refused.kind == "rejected"
    assert "不能派发" in refused.reason
    event = li.get("grid_event", event_id)
    assert event.status == "dispatched"
    steps = li.snapshot(("event_step",))["event_step"]
    actions = sorted(s["action"] for s in steps.values() if s["event_id"] == event_id)
    assert actions == ["accept", "dispatch"]  # one dispatch step, not two
    wang.sync()
    assert li.snapshot(("grid_event", "event_step")) == wang.snapshot(("grid_event", "event_step"))
    ReviewService(li.ctx).resolve(refused.id or 0, {})
    assert li.conflicts() == []
