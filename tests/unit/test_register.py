"""The register service: what a warden types, what is stored, what is refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from gridwarden.errors import ValidationError
from gridwarden.models import AuditEntry, CarePlan, OutboxOp, Resident
from gridwarden.queries import households as hq
from gridwarden.services.register import (
    CarePlanDraft,
    HouseholdDraft,
    RegisterService,
    ResidentDraft,
)
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import NOW, Places, present

ZHANG_SAN_ID = idnumber.make("320602", date(1958, 6, 12), 11)


def new_household(
    register: RegisterService,
    places: Places,
    address: str = "工农路12号3幢101室",
    tags: list[str] | None = None,
) -> str:
    changes = register.save_household(HouseholdDraft(places.micro, address, tags or []))
    return present(changes.primary_id)


def add_resident(
    register: RegisterService,
    household: str,
    name: str,
    id_number: str = "",
    phone: str = "",
    relation: str = "户主",
) -> str:
    changes = register.save_resident(ResidentDraft(household, name, id_number, phone, relation))
    return present(changes.primary_id)


def count(store: Store, model: type) -> int:
    with store.sessions() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def search(
    store: Store,
    text: str,
    *,
    grid_id: str | None = None,
    micro_grid_id: str | None = None,
    tag: str | None = None,
) -> list[str]:
    flt = hq.HouseholdFilter(text=text, grid_id=grid_id, micro_grid_id=micro_grid_id, tag=tag)
    with store.sessions() as session:
        return hq.search_ids(session, flt)


def test_resident_derives_birth_date_and_sex_from_the_id_number(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "张三", ZHANG_SAN_ID, "138 1234 5678")
    with store.sessions() as session:
        resident = present(session.get(Resident, rid))
        assert (resident.birth_date, resident.gender, resident.phone) == (
            date(1958, 6, 12),
            "M",
            "13812345678",
        )


def test_every_write_has_its_audit_entry_and_outbox_row(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    add_resident(register, household, "张三", ZHANG_SAN_ID)
    with store.sessions() as session:
        ops = session.execute(select(OutboxOp).order_by(col(OutboxOp.seq))).scalars().all()
        audits = session.execute(select(AuditEntry).order_by(col(AuditEntry.id))).scalars().all()
    assert [(op.entity, op.kind) for op in ops] == [("household", "upsert"), ("resident", "upsert")]
    assert ops[1].payload["name"] == "张三" and ops[1].payload["id_number"] == ZHANG_SAN_ID
    assert [a.action for a in audits] == ["household.create", "resident.create"]
    assert audits[1].actor_name == "王芳"
    assert "id_number" in audits[1].detail["fields"]
    assert "id_number" not in audits[1].detail["values"]  # the audit trail never holds the number


def test_edit_pushes_only_the_changed_fields(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "张三", ZHANG_SAN_ID)
    register.save_resident(
        ResidentDraft(household, "张三", ZHANG_SAN_ID, "13912345678", "户主", id=rid)
    )
    with store.sessions() as session:
        last = (
            session.execute(select(OutboxOp).order_by(col(OutboxOp.seq).desc())).scalars().first()
        )
    assert last is not None and set(last.payload) == {"phone", "updated_at", "updated_by"}


def test_all_bad_fields_are_reported_at_once_and_nothing_is_saved(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    before = count(store, Resident), count(store, OutboxOp)
    with pytest.raises(ValidationError) as caught:
        register.save_resident(ResidentDraft(household, "  ", "320602198503041232", "123", "谁"))
    assert set(caught.value.fields) == {"name", "id_number", "phone", "relation"}
    assert "校验位" in caught.value.fields["id_number"].render()
    assert (count(store, Resident), count(store, OutboxOp)) == before


def test_same_id_number_twice_is_refused_naming_where_it_is(
    register: RegisterService, places: Places
) -> None:
    first = new_household(register, places, "工农路12号3幢101室")
    add_resident(register, first, "张三", ZHANG_SAN_ID)
    second = new_household(register, places, "青年中路8号")
    with pytest.raises(ValidationError) as caught:
        add_resident(register, second, "张叁", ZHANG_SAN_ID)
    assert "工农路12号3幢101室" in caught.value.fields["id_number"].render()


def test_unknown_region_code_saves_with_a_warning(
    register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    changes = register.save_resident(
        ResidentDraft(household, "李四", idnumber.make("329999", date(1970, 5, 5), 21))
    )
    assert [w.render() for w in changes.warnings] == [
        "地区码 329999 不在现行代码表中（可能已撤销），请核对"
    ]


@pytest.mark.parametrize("typed", ["zs", "张三", "zhangsan", "5678", "041231", "工农路", "ZS"])
def test_search_finds_by_name_pinyin_phone_id_tail_and_address(
    store: Store, register: RegisterService, places: Places, typed: str
) -> None:
    target = new_household(register, places)
    add_resident(register, target, "张三", "320602198503041231", "13812345678")
    other = new_household(register, places, "青年中路8号")
    add_resident(register, other, "李四", "", "13900001111")
    assert search(store, typed) == [target]


def test_search_tokens_must_all_match_and_filters_apply(
    store: Store, register: RegisterService, places: Places
) -> None:
    a = new_household(register, places, "工农路12号", ["group_rental"])
    add_resident(register, a, "张三")
    b = new_household(register, places, "工农路2号")
    add_resident(register, b, "张伟")
    assert search(store, "工农路") == [b, a]  # house numbers in numeric order
    assert search(store, "工农路 zs") == [a]
    assert search(store, "", tag="group_rental") == [a]
    assert search(store, "", micro_grid_id=places.other_micro) == []
    assert sorted(search(store, "", grid_id=places.grid)) == sorted([a, b])


def test_search_treats_percent_and_underscore_literally(
    store: Store, register: RegisterService, places: Places
) -> None:
    add_resident(register, new_household(register, places), "张三")
    assert search(store, "%") == []
    assert search(store, "_") == []


def test_removing_a_resident_tombstones_and_ends_their_care_plan(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "王奶奶")
    register.set_care_plan(CarePlanDraft(rid, "elderly_alone", 7))
    register.remove_resident(rid, "去世")
    with store.sessions() as session:
        resident = session.get(Resident, rid)
        plan = session.execute(select(CarePlan)).scalars().one()
    assert resident is not None and resident.deleted_at is not None and plan.active is False
    assert search(store, "王奶奶") == []


def test_household_detail_lists_residents_head_first(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places, tags=["elderly_alone"])
    add_resident(register, household, "李梅", relation="配偶")
    add_resident(register, household, "张三", ZHANG_SAN_ID, relation="户主")
    with store.sessions() as session:
        detail = hq.detail(session, household)
    assert detail is not None and [r.name for r in detail.residents] == ["张三", "李梅"]
    assert detail.tags == ["elderly_alone"]
    assert detail.micro_grid == "第1-1微网格"


def test_household_needs_address_and_micro_grid(register: RegisterService) -> None:
    with pytest.raises(ValidationError) as caught:
        register.save_household(HouseholdDraft("", "   "))
    assert set(caught.value.fields) == {"address", "micro_grid_id"}


def test_a_household_has_one_head(register: RegisterService, places: Places) -> None:
    household = new_household(register, places)
    add_resident(register, household, "张三", relation="户主")
    with pytest.raises(ValidationError) as caught:
        add_resident(register, household, "张小三", relation="户主")
    assert caught.value.fields["relation"].render() == "该户已有户主（张三），一户只能有一位户主"


def test_removing_a_household_tombstones_it_and_everyone_in_it(
    store: Store, register: RegisterService, places: Places
) -> None:
    household = new_household(register, places)
    rid = add_resident(register, household, "王奶奶")
    register.set_care_plan(CarePlanDraft(rid, "elderly_alone", 7))
    with pytest.raises(ValidationError):
        register.remove_household(household, "  ")
    register.remove_household(household, "整户迁往外地")
    with store.sessions() as session:
        from gridwarden.models import Household

        found = session.get(Household, household)
        resident = session.get(Resident, rid)
        plan = session.execute(select(CarePlan)).scalars().one()
        ops = session.execute(
            select(col(OutboxOp.entity), col(OutboxOp.kind)).where(col(OutboxOp.kind) == "delete")
        ).all()
    assert present(found).deleted_at == NOW
    assert present(resident).deleted_at == NOW and not plan.active
    assert sorted(ops) == [("household", "delete"), ("resident", "delete")]
    assert search(store, "王奶奶") == [] and search(store, "") == []
