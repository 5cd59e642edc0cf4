"""Fixed vocabularies of the register and visits: codes in the store, Chinese labels shown."""

from __future__ import annotations

from gridwarden.i18n import QT_TRANSLATE_NOOP as N

HOUSEHOLD_TAGS: dict[str, str] = {
    "group_rental": N("core", "群租房"),
    "small_chemical": N("core", "小化工"),
    "elderly_alone": N("core", "独居老人"),
    "empty_nest": N("core", "空巢家庭"),
    "left_behind_child": N("core", "留守儿童"),
    "rental": N("core", "出租房"),
    "shop": N("core", "沿街商铺"),
    "veteran": N("core", "退役军人"),
}

HEAD = N("core", "户主")
RELATIONS: list[str] = [
    N("core", "户主"),
    N("core", "配偶"),
    N("core", "子女"),
    N("core", "父母"),
    N("core", "孙子女"),
    N("core", "兄弟姐妹"),
    N("core", "租户"),
    N("core", "其他"),
]

VISIT_PURPOSES: dict[str, str] = {
    "routine": N("core", "例行走访"),
    "care": N("core", "关怀走访"),
    "hazard_check": N("core", "隐患排查"),
    "epidemic": N("core", "疫情排查"),
    "dispute_follow_up": N("core", "纠纷回访"),
}

CARE_REASONS: dict[str, str] = {
    "elderly_alone": N("core", "独居老人"),
    "empty_nest": N("core", "空巢老人"),
    "disabled": N("core", "残疾人"),
    "left_behind_child": N("core", "留守儿童"),
    "extreme_poverty": N("core", "特困人员"),
    "subsistence": N("core", "低保家庭"),
    "other": N("core", "其他"),
}

GENDERS: dict[str, str] = {"M": N("core", "男"), "F": N("core", "女")}

MINOR_AGE = 18

ROLES: dict[str, str] = {
    "warden": N("core", "网格员"),
    "mediator": N("core", "调解员"),
    "clerk": N("core", "法律援助窗口"),
    "supervisor": N("core", "网格中心"),
}
