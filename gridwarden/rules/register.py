"""Fixed vocabularies of the register and visits: codes in the store, Chinese labels shown."""

from __future__ import annotations

from datetime import date

from gridwarden.i18n import QT_TRANSLATE_NOOP

HOUSEHOLD_TAGS: dict[str, str] = {
    "group_rental": QT_TRANSLATE_NOOP("core", "群租房"),
    "small_chemical": QT_TRANSLATE_NOOP("core", "小化工"),
    "elderly_alone": QT_TRANSLATE_NOOP("core", "独居老人"),
    "empty_nest": QT_TRANSLATE_NOOP("core", "空巢家庭"),
    "left_behind_child": QT_TRANSLATE_NOOP("core", "留守儿童"),
    "rental": QT_TRANSLATE_NOOP("core", "出租房"),
    "shop": QT_TRANSLATE_NOOP("core", "沿街商铺"),
    "veteran": QT_TRANSLATE_NOOP("core", "退役军人"),
}

HEAD = QT_TRANSLATE_NOOP("core", "户主")
RELATIONS: list[str] = [
    QT_TRANSLATE_NOOP("core", "户主"),
    QT_TRANSLATE_NOOP("core", "配偶"),
    QT_TRANSLATE_NOOP("core", "子女"),
    QT_TRANSLATE_NOOP("core", "父母"),
    QT_TRANSLATE_NOOP("core", "孙子女"),
    QT_TRANSLATE_NOOP("core", "兄弟姐妹"),
    QT_TRANSLATE_NOOP("core", "租户"),
    QT_TRANSLATE_NOOP("core", "其他"),
]

VISIT_PURPOSES: dict[str, str] = {
    "routine": QT_TRANSLATE_NOOP("core", "例行走访"),
    "care": QT_TRANSLATE_NOOP("core", "关怀走访"),
    "hazard_check": QT_TRANSLATE_NOOP("core", "隐患排查"),
    "epidemic": QT_TRANSLATE_NOOP("core", "疫情排查"),
    "dispute_follow_up": QT_TRANSLATE_NOOP("core", "纠纷回访"),
    "campaign": QT_TRANSLATE_NOOP("core", "专项走访"),
}

CARE_REASONS: dict[str, str] = {
    "elderly_alone": QT_TRANSLATE_NOOP("core", "独居老人"),
    "empty_nest": QT_TRANSLATE_NOOP("core", "空巢老人"),
    "disabled": QT_TRANSLATE_NOOP("core", "残疾人"),
    "left_behind_child": QT_TRANSLATE_NOOP("core", "留守儿童"),
    "extreme_poverty": QT_TRANSLATE_NOOP("core", "特困人员"),
    "subsistence": QT_TRANSLATE_NOOP("core", "低保家庭"),
    "other": QT_TRANSLATE_NOOP("core", "其他"),
}

GENDERS: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("core", "男"),
    "F": QT_TRANSLATE_NOOP("core", "女"),
}

MINOR_AGE = 18

ROLES: dict[str, str] = {
    "warden": QT_TRANSLATE_NOOP("core", "网格员"),
    "grid_leader": QT_TRANSLATE_NOOP("core", "网格长"),
    "mediator": QT_TRANSLATE_NOOP("core", "调解员"),
    "clerk": QT_TRANSLATE_NOOP("core", "法律援助窗口"),
    "supervisor": QT_TRANSLATE_NOOP("core", "网格中心"),
}


def age_on(birth: date | None, day: date) -> int | None:
    """Full years on `day` (the one age helper: register, legal aid, court filings)."""
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# Common phrases of a visit record (the visit form's picklist inserts one into the findings).
VISIT_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "家中情况正常，身体状况良好。"),
    QT_TRANSLATE_NOOP("core", "老人独自在家，精神较好，提醒注意用电安全。"),
    QT_TRANSLATE_NOOP("core", "检查燃气使用情况，无异常。"),
    QT_TRANSLATE_NOOP("core", "宣传反诈知识，发放宣传资料。"),
    QT_TRANSLATE_NOOP("core", "反映的问题已记录，将转相关部门处理。"),
    QT_TRANSLATE_NOOP("core", "敲门无人应答，已留联系卡。"),
)
