"""Mobile and landline numbers as wardens type them (mobile 1[3-9]xxxxxxxxx, optional +86)."""

from __future__ import annotations

import re

import phonenumbers

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg

_SEPARATORS = re.compile(r"[\s\-()（）]")


class PhoneError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def normalise(raw: str) -> str:
    """Return the national form (11-digit mobile, or area code + number for a landline)."""
    text = _SEPARATORS.sub("", raw)
    if not text:
        return ""
    if text.startswith("0086"):
        text = "+86" + text[4:]
    if not re.fullmatch(r"\+?\d{5,15}", text):
        raise PhoneError(msg(QT_TRANSLATE_NOOP("core", "电话号码只能包含数字（可带 +86）")))
    try:
        parsed = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        raise PhoneError(msg(QT_TRANSLATE_NOOP("core", "无法识别的电话号码"))) from None
    national = str(parsed.national_number)
    if parsed.country_code == 86 and national.startswith("1"):
        if not re.fullmatch(r"1[3-9]\d{9}", national):
            raise PhoneError(msg(QT_TRANSLATE_NOOP("core", "手机号应为 11 位，以 13–19 开头")))
        if not phonenumbers.is_valid_number(parsed):
            raise PhoneError(msg(QT_TRANSLATE_NOOP("core", "该手机号段不存在，请核对")))
        return national
    if not phonenumbers.is_valid_number(parsed):
        raise PhoneError(msg(QT_TRANSLATE_NOOP("core", "无法识别的电话号码")))
    if parsed.country_code != 86:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "0" + national
