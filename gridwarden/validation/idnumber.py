"""Resident ID numbers (GB 11643-1999) and their legacy 15-digit form.

18 digits: region code (GB/T 2260) + birth date YYYYMMDD + sequence (odd = male) + check
character (ISO 7064 MOD 11-2). python-stdnum does the arithmetic; we do not use its validate()
because it rejects region codes missing from its table, and retired codes are real (DOMAIN §6):
an unknown region is a warning, never a rejection.

Region codes (GB/T 2260) come and go: stdnum's table gives each county the years it was in use.
A code that is in use today is fine even when it is newer than the holder's birth — numbers are
re-issued after re-districting (Nantong's 320613 崇川区 dates from 2020) — so only a code absent
from the current table deserves a warning. A birth date giving an age over 120 asks for a check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric

from gridwarden.clock import SystemClock
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.rules.register import age_on

OLDEST_AGE = 120  # older than this: please check the birth date


@dataclass(frozen=True)
class ParsedId:
    number: str  # normalised: upper-case X, no spaces
    birth_date: date
    gender: str  # "M" or "F"
    region_code: str
    region_name: str | None  # None: not in the code table at all
    legacy: bool = False
    region_current: bool = True  # the code is in the current table (whatever its age)
    checked_on: date | None = None  # the day the age is judged on (None: today)

    @property
    def age(self) -> int:
        day = self.checked_on or SystemClock().today()
        born = self.birth_date
        return age_on(born, day) or 0

    @property
    def warnings(self) -> list[Message]:
        found: list[Message] = []
        if self.region_name is None:
            found.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "地区码 {code} 不在现行代码表中（可能已撤销），请核对"
                    ),
                    code=self.region_code,
                )
            )
        elif not self.region_current:
            found.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "地区码 {code}（{name}）不在现行代码表中（已撤销或调整），号码可能仍有效，请核对",
                    ),
                    code=self.region_code,
                    name=self.region_name,
                )
            )
        if self.age > OLDEST_AGE:
            found.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "按出生日期计算已满 {age} 岁，请核对出生日期是否录错"
                    ),
                    age=self.age,
                )
            )
        return found

    @property
    def warning(self) -> Message | None:
        """The warnings as one message (None: nothing to check)."""
        found = self.warnings
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        return msg(QT_TRANSLATE_NOOP("core", "{first}；{second}"), first=found[0], second=found[1])


class IdNumberError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def _region(code: str, born: int) -> tuple[str | None, bool]:
    """The region's name and whether the code is in the current table.

    stdnum's table lists a county as "[1983-1990]城区,[1991-2019]崇川区" (years in use); an
    entry without an end year is current. The name shown is the current one, else the one in
    use when the holder was born, else the last one."""
    from stdnum import numdb

    info: dict[str, str] = {}
    for _part, props in numdb.get("cn/loc").info(code):
        info.update(props)
    county = info.get("county", "")
    if not county:
        return None, False
    current: str | None = None
    at_birth: str | None = None
    last = ""
    for entry in county.split(","):
        if not entry.startswith("["):
            current = current or entry
            last = entry
            continue
        years, name = entry[1:].split("]", 1)
        start, end = years.split("-")
        last = name
        if not end:
            current = current or name
        if (not start or born >= int(start)) and (not end or born <= int(end)):
            at_birth = at_birth or name
    county_name = current or at_birth or last
    parts = [info.get("province", ""), info.get("prefecture", ""), county_name]
    return "".join(p for p in parts if p) or None, current is not None


def _birth(year: int, month: int, day: int, today: date) -> date:
    try:
        born = date(year, month, day)
    except ValueError:
        raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效"))) from None
    if born > today or born.year < 1880:
        raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效")))
    return born


def parse(raw: str, today: date | None = None) -> ParsedId:
    """Parse and check an ID number; raise IdNumberError with a user message when it is wrong.
    Warnings (a code not in the current table, an age over 120) are on the result."""
    number = "".join(raw.split()).upper()
    today = today or SystemClock().today()  # the caller's injected clock, else the system's
    if len(number) == 15:
        if not number.isdigit():
            raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "15 位身份证号只能由数字组成")))
        born = _birth(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]), today)
        region = number[:6]
        name, current = _region(region, born.year)
        return ParsedId(
            number,
            born,
            "M" if int(number[14]) % 2 else "F",
            region,
            name,
            True,
            current,
            today,
        )
    if len(number) != 18:
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号应为 18 位（现为 {n} 位）"), n=len(number))
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号前 17 位须为数字，最后一位为数字或 X"))
        )
    born = _birth(int(number[6:10]), int(number[10:12]), int(number[12:14]), today)
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号校验位不正确，请逐位核对")),
        )
    gender = "M" if int(number[16]) % 2 else "F"
    name, current = _region(number[:6], born.year)
    return ParsedId(number, born, gender, number[:6], name, False, current, today)


def make(region: str, born: date, sequence: int) -> str:
    """Build a valid 18-digit number (for the demo generator and tests)."""
    body = f"{region}{born:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")


def mask(number: str | None) -> str:
    """First 6 and last 4 shown, the rest hidden (lists must not expose whole numbers)."""
    if not number:
        return ""
    if len(number) <= 10:
        return number[:2] + "*" * max(0, len(number) - 2)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
