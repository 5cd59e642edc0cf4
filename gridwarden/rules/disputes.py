"""Vocabularies and small pure rules of dispute mediation (矛盾纠纷调解), DOMAIN §3.

Codes live in the store; Chinese labels are shown. Shared with the district server.
"""

from __future__ import annotations

from collections.abc import Iterable

from stdnum.cn import uscc as _uscc
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as _StdnumError

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg

CATEGORIES: dict[str, str] = {
    "neighbour": QT_TRANSLATE_NOOP("core", "邻里纠纷"),
    "marriage_family": QT_TRANSLATE_NOOP("core", "婚姻家庭纠纷"),
    "property_tenancy": QT_TRANSLATE_NOOP("core", "物业租赁纠纷"),
    "labour_wage": QT_TRANSLATE_NOOP("core", "劳动争议（欠薪）"),
    "consumer": QT_TRANSLATE_NOOP("core", "消费纠纷"),
    "traffic": QT_TRANSLATE_NOOP("core", "交通事故纠纷"),
    "land": QT_TRANSLATE_NOOP("core", "土地纠纷"),
    "other": QT_TRANSLATE_NOOP("core", "其他纠纷"),
}

# Where a dispute came from. Court referrals (Art. 18; 特邀调解规定 2016): 委派 before the court
# files the case, 委托 after filing.
SOURCES: dict[str, str] = {
    "walk_in": QT_TRANSLATE_NOOP("core", "来访受理"),
    "grid_event": QT_TRANSLATE_NOOP("core", "网格事件转入"),
    "visit": QT_TRANSLATE_NOOP("core", "走访发现"),
    "hotline_12345": QT_TRANSLATE_NOOP("core", "12345工单"),
    # police referrals (人民调解法 第十八条; 警调对接)
    "police": QT_TRANSLATE_NOOP("core", "公安机关移送（警调对接）"),
    "court_delegated": QT_TRANSLATE_NOOP("core", "法院委派（诉前）"),
    "court_entrusted": QT_TRANSLATE_NOOP("core", "法院委托（诉中）"),
}
COURT_SOURCES = frozenset({"court_delegated", "court_entrusted"})

# The procedure of a case entrusted after filing: it sets the limit (15 or 7 days).
COURT_PROCEDURES: dict[str, str] = {
    "ordinary": QT_TRANSLATE_NOOP("core", "普通程序"),
    "simple": QT_TRANSLATE_NOOP("core", "简易程序"),
}

RISK_LEVELS: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("core", "低"),
    "medium": QT_TRANSLATE_NOOP("core", "中"),
    "high": QT_TRANSLATE_NOOP("core", "高"),
}

# The layered filter (DOMAIN §3): small matters stay in the grid, big ones in the station, only
# hard ones reach the court.
LEVELS: dict[str, str] = {
    "grid": QT_TRANSLATE_NOOP("core", "网格"),
    "station": QT_TRANSLATE_NOOP("core", "工作站"),
    "court": QT_TRANSLATE_NOOP("core", "法院"),
}
LEVEL_ORDER = list(LEVELS)

PARTY_ROLES: dict[str, str] = {
    "applicant": QT_TRANSLATE_NOOP("core", "申请人"),
    "respondent": QT_TRANSLATE_NOOP("core", "被申请人"),
}
PARTY_KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("core", "自然人"),
    "organisation": QT_TRANSLATE_NOOP("core", "单位"),
}
AGENT_KINDS: dict[str, str] = {
    "entrusted": QT_TRANSLATE_NOOP("core", "委托代理人"),
    "statutory": QT_TRANSLATE_NOOP("core", "法定代理人"),
}

# Art. 23: the parties may ask for the mediation to be public or not.
MEDIATION_MODES: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("core", "不公开调解"),
    "public": QT_TRANSLATE_NOOP("core", "公开调解"),
}

# Art. 26: when mediation fails the parties are told of these routes.
ROUTES: dict[str, str] = {
    "arbitration": QT_TRANSLATE_NOOP("core", "仲裁"),
    "administrative": QT_TRANSLATE_NOOP("core", "行政途径"),
    "litigation": QT_TRANSLATE_NOOP("core", "诉讼"),
}

# 司法部《人民调解工作若干规定》(2002) 第二十二条: matters a committee may not take.
NON_MEDIABLE: dict[str, str] = {
    "special_authority": QT_TRANSLATE_NOOP("core", "法律、法规规定只能由专门机关管辖处理"),
    "prohibited": QT_TRANSLATE_NOOP("core", "法律、法规禁止采用民间调解方式解决"),
    "already_handled": QT_TRANSLATE_NOOP("core", "人民法院、公安机关或其他行政机关已经受理或解决"),
}

# Art. 33: judicial confirmation, after the agreement takes effect.
CONFIRMATION_STATES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "未定"),
    "applied": QT_TRANSLATE_NOOP("core", "已申请"),
    "confirmed": QT_TRANSLATE_NOOP("core", "已确认"),
    "refused": QT_TRANSLATE_NOOP("core", "法院不予确认"),
    "waived": QT_TRANSLATE_NOOP("core", "当事人不申请"),
}

AGREEMENT_KINDS: dict[str, str] = {
    "written": QT_TRANSLATE_NOOP("core", "书面协议"),
    "oral": QT_TRANSLATE_NOOP("core", "口头协议"),
}


class UsccError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def normalise_uscc(raw: str) -> str:
    """A unified social credit code (GB 32100-2015) checked by python-stdnum; raise UsccError."""
    number = _uscc.compact(raw)
    if len(number) != 18:
        raise UsccError(
            msg(
                QT_TRANSLATE_NOOP("core", "统一社会信用代码应为 18 位（现为 {n} 位）"),
                n=len(number),
            )
        )
    try:
        return str(_uscc.validate(number))
    except InvalidChecksum:
        raise UsccError(
            msg(QT_TRANSLATE_NOOP("core", "统一社会信用代码校验位不正确，请逐位核对"))
        ) from None
    except _StdnumError:
        raise UsccError(
            msg(QT_TRANSLATE_NOOP("core", "统一社会信用代码格式不正确（不含字母 I、O、Z、S、V）"))
        ) from None


def yuan(fen: int | None) -> str:
    """3000050 → \"30,000.50\"; None → \"\"."""
    if fen is None:
        return ""
    whole, cents = divmod(fen, 100)
    return f"{whole:,}" + (f".{cents:02d}" if cents else "")


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿"]


def yuan_upper(fen: int) -> str:
    """Amount in capital Chinese numerals, as written in agreements: 300000 → 人民币叁仟元整."""
    whole, cents = divmod(fen, 100)
    jiao, fen_part = divmod(cents, 10)
    text = ""
    if whole:
        groups: list[int] = []
        while whole:
            whole, group = divmod(whole, 10000)
            groups.append(group)
        parts: list[str] = []
        zero_pending = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if group == 0:
                zero_pending = bool(parts)
                continue
            if parts and (zero_pending or group < 1000):
                parts.append("零")
            parts.append(_group_upper(group) + _BIG[index])
            zero_pending = False
        text = "".join(parts) + "元"
    if not jiao and not fen_part:
        return f"人民币{text or '零元'}整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen_part:
        text += _DIGITS[fen_part] + "分"
    return "人民币" + text


def _group_upper(group: int) -> str:
    out = ""
    zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + _SMALL[position]
    return out


def count_text(n: int) -> str:
    """Small counts as written in documents: 3 → 三, 12 → 十二 (copies of an agreement)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    if n < 100:
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


def party_key(name: str, id_number: str | None, uscc: str | None) -> str:
    """Who a party is, for spotting duplicates: the ID number or USCC, else the name."""
    if id_number:
        return "id:" + id_number.upper()
    if uscc:
        return "uscc:" + uscc.upper()
    return "name:" + "".join(name.split())


def same_parties(new: Iterable[str], existing: Iterable[str]) -> bool:
    """An open dispute is between the same parties when the parties of one (at least two)
    all appear in the other — the same dispute, perhaps with a party more — or, for a
    one-party intake, that party appears in it."""
    mine, theirs = set(new), set(existing)
    if not mine or not theirs:
        return False
    if len(mine) < 2:
        return bool(mine & theirs)
    return mine <= theirs or (len(theirs) >= 2 and theirs <= mine)


def confirmation_caveat(category: str) -> Message | None:
    """法释〔2011〕5号 第四条: identity, adoption and marriage relationships are not confirmed."""
    if category == "marriage_family":
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "涉及身份关系、收养关系、婚姻关系确认的内容，人民法院不予司法确认"
                "（法释〔2011〕5号 第四条）",
            )
        )
    return None
