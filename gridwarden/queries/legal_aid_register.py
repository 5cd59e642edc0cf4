"""The resident register, seen from the legal-aid window: who an ID number belongs to and what the
register already knows about them that intake asks again (name, phone, address, and the
special-group facts behind an Art. 42 presumption).

The clerk typed the full number, so showing what the register holds for it reveals nothing the
applicant has not handed over; nothing is filled in until the clerk confirms it (PIPL Art. 6:
the minimum, and only what the clerk chooses to use).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import Household, Resident
from gridwarden.rules import legal_aid as la
from gridwarden.rules.register import MINOR_AGE, age_on


@dataclass(frozen=True)
class RegisterPerson:
    resident_id: str
    id_number: str
    name: str
    phone: str
    address: str  # the household's address
    birth_date: date | None
    disabled: bool
    subsistence: bool  # 低保
    extreme_poverty: bool  # 特困


def resident_by_id_number(session: Session, id_number: str) -> RegisterPerson | None:
    """The live resident registered with this (normalised) number, the latest edit first."""
    if not id_number:
        return None
    row = session.execute(
        select(Resident, Household.address)
        .join(Household, col(Household.id) == col(Resident.household_id))
        .where(
            col(Resident.id_number) == id_number,
            col(Resident.deleted_at).is_(None),
            col(Household.deleted_at).is_(None),
        )
        .order_by(col(Resident.updated_at).desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    resident, address = row
    return RegisterPerson(
        resident_id=resident.id,
        id_number=id_number,
        name=resident.name,
        phone=resident.phone,
        address=address,
        birth_date=resident.birth_date,
        disabled=resident.disabled,
        subsistence=resident.subsistence,
        extreme_poverty=resident.extreme_poverty,
    )


@dataclass(frozen=True)
class Offer:
    """One thing the register can fill in: a text field (name, phone, address) or a fact."""

    field: str  # "name" | "phone" | "address" | a key of rules.legal_aid.APPLICANT_FACTS
    value: str | bool
    label: Message  # what the clerk reads, e.g. 低保对象 → 第四十二条第（二）项
    differs_from: str = ""  # what the form holds now, when it is something else

    @property
    def is_fact(self) -> bool:
        return self.field in la.APPLICANT_FACTS


def _key(name: str, text: str) -> str:
    """What to compare: digits of a phone number ("139-6281-2345" is 13962812345), words of
    anything else without their spacing."""
    if name == "phone":
        return "".join(ch for ch in text if ch.isdigit())[-11:]
    return "".join(text.split())


ART42_1 = QT_TRANSLATE_NOOP("core", "第四十二条第（一）项")
ART42_2 = QT_TRANSLATE_NOOP("core", "第四十二条第（二）项")


def offers(
    person: RegisterPerson, today: date, typed: dict[str, str], ticked: set[str]
) -> list[Offer]:
    """What the register would change in the form: text fields that are empty or differ from
    what is `typed`, and facts not yet `ticked`, each saying why it matters (Art. 42)."""
    found: list[Offer] = []
    labels = {
        "name": QT_TRANSLATE_NOOP("core", "姓名：{value}"),
        "phone": QT_TRANSLATE_NOOP("core", "联系电话：{value}"),
        "address": QT_TRANSLATE_NOOP("core", "住址：{value}"),
    }
    for name, template in labels.items():
        value = getattr(person, name).strip()
        now = typed.get(name, "").strip()
        if value and _key(name, value) != _key(name, now):
            found.append(Offer(name, value, msg(template, value=value), now))
    facts: list[tuple[str, bool, Message]] = [
        (
            "subsistence",
            person.subsistence,
            msg(
                QT_TRANSLATE_NOOP("core", "低保对象：凭低保证明免予核查经济困难状况（{article}）"),
                article=msg(ART42_2),
            ),
        ),
        (
            "extreme_poverty",
            person.extreme_poverty,
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "特困人员：凭特困供养证明免予核查经济困难状况（{article}）"
                ),
                article=msg(ART42_2),
            ),
        ),
        (
            "disabled",
            person.disabled,
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "残疾人：无固定生活来源的，免予核查经济困难状况（{article}）"
                ),
                article=msg(ART42_1),
            ),
        ),
    ]
    age = age_on(person.birth_date, today)
    if age is not None and age < MINOR_AGE:
        facts.append(
            (
                "no_fixed_income",
                True,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "未成年人（{age} 岁）：无固定生活来源的，免予核查经济困难状况（{article}）；应由法定代理人代为申请",
                    ),
                    age=age,
                    article=msg(ART42_1),
                ),
            )
        )
    for fact, known, label in facts:
        if known and fact not in ticked:
            found.append(Offer(fact, True, label))
    return found
