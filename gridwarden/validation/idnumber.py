"""Resident ID numbers (GB 11643-1999) and their legacy 15-digit form.

18 digits: region code (GB/T 2260) + birth date YYYYMMDD + sequence (odd = male) + check
character (ISO 7064 MOD 11-2). python-stdnum does the arithmetic; we do not use its validate()
because it rejects region codes missing from its table, and retired codes are real (DOMAIN §6):
an unknown region is a warning, never a rejection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric
from stdnum.exceptions import ValidationError as StdnumError

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg


@dataclass(frozen=True)
class ParsedId:
    number: str  # normalised: upper-case X, no spaces
    birth_date: date
    gender: str  # "M" or "F"
    region_code: str
    region_name: str | None  # None: not in the code table (a warning, not an error)
    legacy: bool = False

    @property
    def warning(self) -> Message | None:
        if self.region_name is None:
            return msg(
                QT_TRANSLATE_NOOP("core", "地区码 {code} 不在现行代码表中（可能已撤销），请核对"),
                code=self.region_code,
            )
        return None


class IdNumberError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def _region_name(number18: str) -> str | None:
    try:
        info = ric.get_birth_place(number18)
    except (StdnumError, KeyError):  # KeyError: a prefix known only as a province or city
        return None
    parts = [info.get(k, "") for k in ("province", "prefecture", "county")]
    return "".join(p for p in parts if p) or None


def _birth(year: int, month: int, day: int) -> date:
    try:
        born = date(year, month, day)
    except ValueError:
        raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效"))) from None
    if born > date.today() or born.year < 1880:
        raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效")))
    return born


def parse(raw: str) -> ParsedId:
    """Parse and check an ID number; raise IdNumberError with a user message when it is wrong."""
    number = "".join(raw.split()).upper()
    if len(number) == 15:
        if not number.isdigit():
            raise IdNumberError(msg(QT_TRANSLATE_NOOP("core", "15 位身份证号只能由数字组成")))
        born = _birth(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
        region = number[:6]
        upgraded = region + "19" + number[6:] + "0"
        upgraded = upgraded[:-1] + ric.calc_check_digit(upgraded)
        return ParsedId(
            number, born, "M" if int(number[14]) % 2 else "F", region, _region_name(upgraded), True
        )
    if len(number) != 18:
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号应为 18 位（现为 {n} 位）"), n=len(number))
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号前 17 位须为数字，最后一位为数字或 X"))
        )
    born = _birth(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise IdNumberError(
            msg(QT_TRANSLATE_NOOP("core", "身份证号校验位不正确，请逐位核对")),
        )
    gender = "M" if int(number[16]) % 2 else "F"
    return ParsedId(number, born, gender, number[:6], _region_name(number))


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
