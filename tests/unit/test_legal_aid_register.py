"""The resident register seen from the legal-aid window: who an ID number belongs to, what the
register can fill in (each fact with its Art. 42 reason), and the file saying where it came from."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import LegalAidStep
from gridwarden.queries import legal_aid_register as reg
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.services.register import HouseholdDraft, RegisterService, ResidentDraft
from gridwarden.validation import idnumber
from tests.conftest import Places, present
from tests.legal_aid_support import Units, units, wage_claim

__all__ = ["units"]
TODAY = date(2026, 11, 29)
MOTHER = idnumber.make("320602", date(1985, 3, 8), 22)
CHILD = idnumber.make("320602", date(2012, 5, 1), 13)  # 14 on the clock's day


@pytest.fixture
def household(ctx: ServiceContext, places: Places) -> dict[str, str]:
    register = RegisterService(ctx)
    home = register.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室")).primary_id
    mother = register.save_resident(
        ResidentDraft(
            home or "", "王梅", MOTHER, "13812345678", "户主", subsistence=True, disabled=True
        )
    ).primary_id
    child = register.save_resident(
        ResidentDraft(home or "", "李小明", CHILD, "", "子女", subsistence=True)
    ).primary_id
    return {"home": home or "", "mother": mother or "", "child": child or ""}


def find(ctx: ServiceContext, number: str) -> reg.RegisterPerson | None:
    with ctx.sessions() as session:
        return reg.resident_by_id_number(session, number)


def test_an_id_number_finds_the_resident_and_their_household_address(
    ctx: ServiceContext, household: dict[str, str]
) -> None:
    mother = present(find(ctx, MOTHER))
    assert (mother.resident_id, mother.name, mother.phone, mother.address) == (
        household["mother"],
        "王梅",
        "13812345678",
        "工农路12号3幢101室",
    )
    assert (mother.disabled, mother.subsistence, mother.extreme_poverty) == (True, True, False)
    assert find(ctx, idnumber.make("320602", date(1990, 1, 1), 17)) is None
    RegisterService(ctx).remove_resident(household["mother"], "迁出")
    assert find(ctx, MOTHER) is None  # a removed resident is not offered


def labels(offers: list[reg.Offer]) -> list[str]:
    return [o.label.render() for o in offers]


def test_the_register_offers_what_the_form_lacks_with_the_article_it_serves(
    ctx: ServiceContext, household: dict[str, str]
) -> None:
    mother, child = present(find(ctx, MOTHER)), present(find(ctx, CHILD))
    assert labels(reg.offers(mother, TODAY, {}, set())) == [
        "姓名：王梅",
        "联系电话：13812345678",
        "住址：工农路12号3幢101室",
        "低保对象：凭低保证明免予核查经济困难状况（第四十二条第（二）项）",
        "残疾人：无固定生活来源的，免予核查经济困难状况（第四十二条第（一）项）",
    ]
    # a minor by the birth date: no fixed income is presumed to be asked, with a guardian applying
    offered = reg.offers(child, TODAY, {"name": "李晓明"}, {"subsistence"})
    assert [(o.field, o.value, o.differs_from) for o in offered] == [
        ("name", "李小明", "李晓明"),
        ("address", "工农路12号3幢101室", ""),
        ("no_fixed_income", True, ""),
    ]
    assert offered[2].label.render() == (
        "未成年人（14 岁）：无固定生活来源的，免予核查经济困难状况（第四十二条第（一）项）；"
        "应由法定代理人代为申请"
    )
    # what the form already says is not offered again (a phone typed with dashes is the same)
    same = {"name": "王梅", "phone": "138-1234-5678", "address": "工农路12号3幢 101室"}
    assert reg.offers(mother, TODAY, same, {"subsistence", "disabled"}) == []


def test_the_application_records_what_came_from_the_register(
    ctx: ServiceContext, units: Units, household: dict[str, str]
) -> None:
    service = LegalAidService(ctx)
    draft = wage_claim(units.window)
    draft.applicant.id_number = MOTHER
    draft.applicant.register_resident_id = household["mother"]
    draft.applicant.register_fields = ("name", "address", "subsistence")
    taken = service.intake(draft).primary_id
    other = wage_claim(units.window)  # the register record is someone else's: not recorded
    other.applicant.register_resident_id = household["mother"]
    other.applicant.register_fields = ("name",)
    not_taken = service.intake(other).primary_id
    with ctx.sessions() as session:
        details: dict[Any, Any] = dict(
            session.execute(
                select(col(LegalAidStep.application_id), col(LegalAidStep.detail)).where(
                    col(LegalAidStep.application_id).in_([taken, not_taken])
                )
            ).all()
        )
    assert details[taken]["register"] == {
        "resident_id": household["mother"],
        "fields": ["name", "address", "subsistence"],
    }
    assert "register" not in details[not_taken]
