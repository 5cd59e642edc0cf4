"""The legal-aid window's local practice (DOMAIN §4): the values the law leaves to the district.

The Legal Aid Law fixes 7 days to decide, 3 to assign and 5 for an objection (Arts. 43, 49);
these it does not: how long an applicant has to supply what a one-time notice names (Art. 43
says only that an application not completed counts as withdrawn), how soon a city-wide (通城
通办) application is forwarded to the competent agency (Art. 38), which justice bureau refusals
name for objections (Art. 49: the bureau that set up the agency), and how far ahead "today"
lists deadlines. They live in Settings; this service shows, checks and saves them.

A change applies to what happens after it (a notice issued, an application accepted): the
deadlines already given to applicants stay as they were told.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import unit_of_work
from gridwarden.settings import Settings

# field → (least, most) in days
LIMITS: dict[str, tuple[int, int]] = {
    "materials_days": (5, 60),
    "forward_days": (1, 15),
    "near_days": (0, 14),
}
BUREAU_MAX = 60
SETTINGS_ENTITY = "settings"  # what pages watch to re-read the settings


@dataclass(frozen=True)
class Practice:
    materials_days: int  # to supply what a one-time notice names
    forward_days: int  # 通城通办: to forward to the competent agency
    justice_bureau: str  # where objections go, named in refusals ("" → the generic wording)
    near_days: int  # "today" lists legal-aid deadlines within this many days


def current(settings: Settings) -> Practice:
    return Practice(
        materials_days=settings.legal_aid_materials_days,
        forward_days=settings.legal_aid_forward_days,
        justice_bureau=settings.legal_aid_justice_bureau,
        near_days=settings.legal_aid_near_days,
    )


def validate(practice: Practice) -> tuple[Practice, dict[str, Message]]:
    """The cleaned values and the errors by field."""
    errors: dict[str, Message] = {}
    for name, (least, most) in LIMITS.items():
        value = getattr(practice, name)
        if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
            errors[name] = msg(
                QT_TRANSLATE_NOOP("core", "请填写 {least} 至 {most} 之间的天数"),
                least=least,
                most=most,
            )
    bureau = " ".join(practice.justice_bureau.split())
    if len(bureau) > BUREAU_MAX:
        errors["justice_bureau"] = msg(
            QT_TRANSLATE_NOOP("core", "名称过长（最多 {n} 字）"), n=BUREAU_MAX
        )
    elif bureau and "司法" not in bureau:
        errors["justice_bureau"] = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "异议由设立法律援助机构的司法行政部门审查（第四十九条），请填写其名称，如：南通市崇川区司法局",
            )
        )
    return replace(practice, justice_bureau=bureau), errors


class LegalAidPracticeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def save(self, practice: Practice) -> Changes:
        """Check, write the settings file (atomically), then use the new values; the change is
        audited with the values before and after (they set deadlines applicants are told)."""
        clean, errors = validate(practice)
        if errors:
            raise ValidationError(errors)
        settings = self.ctx.settings
        before = current(settings)
        if clean == before:
            return Changes()
        values: dict[str, Any] = {
            "legal_aid_materials_days": clean.materials_days,
            "legal_aid_forward_days": clean.forward_days,
            "legal_aid_justice_bureau": clean.justice_bureau,
            "legal_aid_near_days": clean.near_days,
        }
        with unit_of_work(self.ctx) as work:
            work.audit(
                "settings.legal_aid",
                SETTINGS_ENTITY,
                "legal_aid",
                {"before": asdict(before), "after": asdict(clean)},
            )
            # inside the transaction: a file that cannot be written leaves no audit entry
            replace(settings, **values).save(self.ctx.paths.settings_file)
        for name, value in values.items():
            setattr(settings, name, value)
        return Changes.of([SETTINGS_ENTITY], [])
