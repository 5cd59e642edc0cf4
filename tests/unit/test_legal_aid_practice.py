"""The window's local practice: shown, checked, saved to the settings file, audited, and used by
what happens next (a one-time notice, a city-wide forward, a refusal's objection route)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import ValidationError
from gridwarden.models import AuditEntry, LegalAidApplication
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.services.legal_aid_practice import LegalAidPracticeService, Practice, current
from gridwarden.settings import Settings
from tests.legal_aid_support import Units, units, wage_claim
from tests.unit.test_documents import pdf_text

__all__ = ["units"]

DEFAULTS = Practice(materials_days=15, forward_days=3, justice_bureau="", near_days=2)


def test_the_defaults_are_the_seed_practice(ctx: ServiceContext) -> None:
    assert current(ctx.settings) == DEFAULTS


def test_saved_practice_is_used_by_the_next_notice_forward_and_refusal(
    ctx: ServiceContext, units: Units
) -> None:
    LegalAidPracticeService(ctx).save(
        Practice(
            materials_days=10, forward_days=2, justice_bureau=" 南通市崇川区司法局 ", near_days=3
        )
    )
    saved = Settings.load(ctx.paths.settings_file)
    assert (
        saved.legal_aid_materials_days,
        saved.legal_aid_forward_days,
        saved.legal_aid_justice_bureau,
        saved.legal_aid_near_days,
    ) == (10, 2, "南通市崇川区司法局", 3)
    assert current(ctx.settings).materials_days == 10  # in use at once, without a restart
    service = LegalAidService(ctx)
    awaiting = service.intake(wage_claim(units.window, materials=["application_form"])).primary_id
    forward = service.intake(
        wage_claim(units.window, competent_agency_id=units.other_agency)
    ).primary_id
    refused = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(refused, "refuse", life.StepInput(reasons="已委托律师", legal_basis="第三十一条"))
    with ctx.sessions() as session:
        notice = session.get(LegalAidApplication, awaiting)
        handed = session.get(LegalAidApplication, forward)
        audit = session.execute(
            select(col(AuditEntry.detail)).where(col(AuditEntry.action) == "settings.legal_aid")
        ).scalar_one()
    assert notice is not None and notice.withdraw_on == date(2026, 12, 9)  # Sun 11-29 + 10 days
    assert handed is not None and handed.forward_due == date(2026, 12, 1)  # + 2 days
    assert "向南通市崇川区司法局提出" in pdf_text(service.notice([refused], "refusal").files[0])
    assert audit["before"]["materials_days"] == 15 and audit["after"]["materials_days"] == 10


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"materials_days": 3}, "materials_days", "请填写 5 至 60 之间的天数"),
        ({"forward_days": 0}, "forward_days", "请填写 1 至 15 之间的天数"),
        ({"near_days": 30}, "near_days", "请填写 0 至 14 之间的天数"),
        ({"justice_bureau": "崇川区人民政府"}, "justice_bureau", "第四十九条"),
        ({"justice_bureau": "司法局" * 30}, "justice_bureau", "名称过长（最多 60 字）"),
    ],
)
def test_bad_values_are_named_and_nothing_changes(
    ctx: ServiceContext, changes: dict[str, object], field: str, message: str
) -> None:
    draft = Practice(**{**DEFAULTS.__dict__, **changes})
    with pytest.raises(ValidationError) as error:
        LegalAidPracticeService(ctx).save(draft)
    assert list(error.value.fields) == [field]
    assert message in error.value.fields[field].render()
    assert not ctx.paths.settings_file.exists() and current(ctx.settings) == DEFAULTS
    with ctx.sessions() as session:
        assert session.execute(select(AuditEntry)).first() is None
