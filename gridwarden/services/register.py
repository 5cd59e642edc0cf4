"""The household and resident register: create, edit, move out, care plans.

Drafts carry what the user typed, unparsed; validation here returns every bad field at once so
the form can mark them all, and never loses the typed text (the form keeps the draft).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, listing, msg
from gridwarden.models import Area, AreaLevel, CarePlan, Household, Resident
from gridwarden.rules.register import CARE_REASONS, HEAD, HOUSEHOLD_TAGS, RELATIONS
from gridwarden.search import refresh_households
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import UnitOfWork, unit_of_work
from gridwarden.validation import idnumber, phone


@dataclass
class HouseholdDraft:
    micro_grid_id: str
    address: str
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    id: str | None = None


@dataclass
class ResidentDraft:
    household_id: str
    name: str
    id_number: str = ""
    phone: str = ""
    relation: str = HEAD
    disabled: bool = False
    subsistence: bool = False
    extreme_poverty: bool = False
    notes: str = ""
    id: str | None = None


@dataclass
class CarePlanDraft:
    resident_id: str
    reason: str
    frequency_days: int
    active: bool = True


def validate_household(draft: HouseholdDraft) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    address = " ".join(draft.address.split())
    if not address:
        errors["address"] = msg(QT_TRANSLATE_NOOP("core", "请填写地址"))
    elif len(address) > 200:
        errors["address"] = msg(QT_TRANSLATE_NOOP("core", "地址过长（最多 200 字）"))
    if not draft.micro_grid_id:
        errors["micro_grid_id"] = msg(QT_TRANSLATE_NOOP("core", "请选择所属微网格"))
    unknown = [t for t in draft.tags if t not in HOUSEHOLD_TAGS]
    if unknown:
        errors["tags"] = msg(QT_TRANSLATE_NOOP("core", "未知的标签：{tags}"), tags=listing(unknown))
    if errors:
        raise ValidationError(errors)
    return {
        "micro_grid_id": draft.micro_grid_id,
        "address": address,
        "tags": sorted(set(draft.tags), key=list(HOUSEHOLD_TAGS).index),
        "notes": draft.notes.strip(),
    }


def validate_resident(
    draft: ResidentDraft, today: date | None = None
) -> tuple[dict[str, Any], list[Message]]:
    """Check a resident draft; return the values to store and any warnings."""
    errors: dict[str, Message] = {}
    warnings: list[Message] = []
    values: dict[str, Any] = {"household_id": draft.household_id}
    name = "".join(draft.name.split())
    if not name:
        errors["name"] = msg(QT_TRANSLATE_NOOP("core", "请填写姓名"))
    elif len(name) > 40:
        errors["name"] = msg(QT_TRANSLATE_NOOP("core", "姓名过长"))
    values["name"] = name
    values["id_number"], values["birth_date"], values["gender"] = None, None, None
    if draft.id_number.strip():
        try:
            parsed = idnumber.parse(draft.id_number, today)
        except idnumber.IdNumberError as exc:
            errors["id_number"] = exc.message
        else:
            values.update(
                id_number=parsed.number, birth_date=parsed.birth_date, gender=parsed.gender
            )
            if parsed.warning:
                warnings.append(parsed.warning)
    try:
        values["phone"] = phone.normalise(draft.phone)
    except phone.PhoneError as exc:
        errors["phone"] = exc.message
    if draft.relation not in RELATIONS:
        errors["relation"] = msg(QT_TRANSLATE_NOOP("core", "请选择与户主关系"))
    values["relation"] = draft.relation
    values.update(
        disabled=draft.disabled,
        subsistence=draft.subsistence,
        extreme_poverty=draft.extreme_poverty,
        notes=draft.notes.strip(),
    )
    if errors:
        raise ValidationError(errors, {"id_number": warnings[0]} if warnings else None)
    return values, warnings


def _reason(text: str) -> str:
    if not text.strip():
        raise ValidationError({"reason": msg(QT_TRANSLATE_NOOP("core", "请填写迁出或注销原因"))})
    return text.strip()


class RegisterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def save_household(self, draft: HouseholdDraft) -> Changes:
        values = validate_household(draft)
        with unit_of_work(self.ctx) as work:
            area = work.session.get(Area, draft.micro_grid_id)
            if area is None or area.level != AreaLevel.MICRO_GRID or area.deleted_at:
                raise ValidationError(
                    {"micro_grid_id": msg(QT_TRANSLATE_NOOP("core", "所选微网格不存在"))}
                )
            if draft.id is None:
                household = work.create(Household(**values), "household.create")
            else:
                household = self._household(work, draft.id)
                work.update(household, values, "household.edit")
            refresh_households(work.session, [household.id])
            return work.changes

    def reveal_ids(self, household_id: str) -> Changes:
        """The warden showed the household's full ID numbers: an access entry in the audit log
        (PIPL Art. 28 sensitive data; Arts. 55–56 processing records)."""
        with unit_of_work(self.ctx) as work:
            household = self._household(work, household_id)
            work.audit("household.reveal_ids", "household", household.id, {"fields": ["id_number"]})
        return Changes()

    def save_resident(self, draft: ResidentDraft) -> Changes:
        values, warnings = validate_resident(draft, self.ctx.clock.today())
        with unit_of_work(self.ctx) as work:
            self._household(work, draft.household_id)
            if values["id_number"]:
                self._refuse_duplicate_id(work, str(values["id_number"]), draft.id)
            if values["relation"] == HEAD:
                self._refuse_second_head(work, draft.household_id, draft.id)
            moved_from: str | None = None
            if draft.id is None:
                resident = work.create(Resident(**values), "resident.create")
            else:
                resident = self._resident(work, draft.id)
                moved_from = resident.household_id
                work.update(resident, values, "resident.edit")
            refresh_households(work.session, [resident.household_id, moved_from or ""])
            return Changes.of(
                work.changes.entities | {"household"},
                [*work.changes.ids, resident.household_id],
                warnings,
            )

    def remove_resident(self, resident_id: str, reason: str) -> Changes:
        """Move out or decease: a tombstone with the reason, never a hard delete."""
        reason = _reason(reason)
        with unit_of_work(self.ctx) as work:
            resident = self._resident(work, resident_id)
            self._tombstone_resident(work, resident, reason)
            refresh_households(work.session, [resident.household_id])
            return Changes.of(
                work.changes.entities | {"household"}, [*work.changes.ids, resident.household_id]
            )

    def remove_household(self, household_id: str, reason: str) -> Changes:
        """The whole household leaves the register (moved away, house demolished): the
        household and everyone still in it are tombstoned with the reason."""
        reason = _reason(reason)
        with unit_of_work(self.ctx) as work:
            household = self._household(work, household_id)
            for resident in work.session.execute(
                select(Resident).where(
                    col(Resident.household_id) == household_id, col(Resident.deleted_at).is_(None)
                )
            ).scalars():
                self._tombstone_resident(work, resident, reason)
            work.delete(household, "household.remove", reason)
            refresh_households(work.session, [household_id])
            return work.changes

    def _tombstone_resident(self, work: UnitOfWork, resident: Resident, reason: str) -> None:
        work.delete(resident, "resident.remove", reason)
        for plan in work.session.execute(
            select(CarePlan).where(
                col(CarePlan.resident_id) == resident.id, col(CarePlan.active).is_(True)
            )
        ).scalars():
            work.update(plan, {"active": False}, "care_plan.end")

    def set_care_plan(self, draft: CarePlanDraft) -> Changes:
        errors: dict[str, Message] = {}
        if draft.reason not in CARE_REASONS:
            errors["reason"] = msg(QT_TRANSLATE_NOOP("core", "请选择关怀原因"))
        if not 1 <= draft.frequency_days <= 365:
            errors["frequency_days"] = msg(QT_TRANSLATE_NOOP("core", "走访频次应在 1–365 天之间"))
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self.ctx) as work:
            resident = self._resident(work, draft.resident_id)
            plan = (
                work.session.execute(
                    select(CarePlan).where(
                        col(CarePlan.resident_id) == resident.id, col(CarePlan.deleted_at).is_(None)
                    )
                )
                .scalars()
                .first()
            )
            values: dict[str, Any] = {
                "reason": draft.reason,
                "frequency_days": draft.frequency_days,
                "active": draft.active,
            }
            if plan is None:
                work.create(
                    CarePlan(resident_id=resident.id, started_on=self.ctx.clock.today(), **values),
                    "care_plan.create",
                )
            else:
                if draft.active and not plan.active:
                    values["started_on"] = self.ctx.clock.today()
                work.update(plan, values, "care_plan.edit")
            return Changes.of(
                work.changes.entities | {"resident"}, [*work.changes.ids, resident.id]
            )

    def _household(self, work: UnitOfWork, household_id: str) -> Household:
        household = work.live(
            Household, household_id, QT_TRANSLATE_NOOP("core", "该户已不存在（可能已被注销）")
        )
        return household

    def _resident(self, work: UnitOfWork, resident_id: str) -> Resident:
        resident = work.live(
            Resident, resident_id, QT_TRANSLATE_NOOP("core", "该居民已不存在（可能已迁出）")
        )
        return resident

    def _refuse_second_head(self, work: UnitOfWork, household_id: str, own_id: str | None) -> None:
        head = work.session.execute(
            select(col(Resident.id), col(Resident.name)).where(
                col(Resident.household_id) == household_id,
                col(Resident.relation) == HEAD,
                col(Resident.deleted_at).is_(None),
            )
        ).first()
        if head is not None and head[0] != own_id:
            raise ValidationError(
                {
                    "relation": msg(
                        QT_TRANSLATE_NOOP("core", "该户已有户主（{name}），一户只能有一位户主"),
                        name=head[1],
                    )
                }
            )

    def _refuse_duplicate_id(self, work: UnitOfWork, number: str, own_id: str | None) -> None:
        row = work.session.execute(
            select(col(Resident.id), col(Resident.name), col(Household.address))
            .join(Household, col(Household.id) == Resident.household_id)
            .where(col(Resident.id_number) == number, col(Resident.deleted_at).is_(None))
        ).first()
        if row is not None and row[0] != own_id:
            raise ValidationError(
                {
                    "id_number": msg(
                        QT_TRANSLATE_NOOP("core", "该身份证号已登记：{name}（{address}）"),
                        name=row[1],
                        address=row[2],
                    )
                }
            )
