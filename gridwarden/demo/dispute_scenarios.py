"""The demo's dispute stories: facts, claims, what the parties agreed and the obligations the
agreement sets (who owes what, by how many days after the agreement)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Duty:
    """One obligation of the agreement, owed by the respondent."""

    description: str
    days: int  # due this many days after the agreement
    amount: int | None = None  # yuan


@dataclass(frozen=True)
class Scenario:
    category: str
    facts: str
    claims: str
    amount: int | None  # yuan
    agreement: str
    duties: list[Duty] = field(default_factory=list)
    respondent_company: str = ""  # an organisation as respondent


SCENARIOS = [
    Scenario(
        "neighbour",
        "楼上住户卫生间防水层老化渗漏，致楼下住户天花板及墙面霉变，双方多次协商未果。",
        "修复防水并赔偿墙面修复费用",
        3000,
        "被申请人于协议签订后十日内修复卫生间防水，并一次性赔偿申请人墙面修复费用人民币叁仟元。",
        [Duty("修复卫生间防水层", 10), Duty("赔偿墙面修复费用", 10, 3000)],
    ),
    Scenario(
        "neighbour",
        "一楼住户在公共绿地上私搭棚架堆放杂物，影响邻居通行和采光，引发口角。",
        "拆除棚架、恢复绿地",
        None,
        "被申请人于十五日内自行拆除棚架并清理杂物，双方今后互谅互让、和睦相处。",
        [Duty("拆除棚架并清理杂物", 15)],
    ),
    Scenario(
        "marriage_family",
        "兄妹三人因老人赡养费分担和轮流照料问题产生矛盾，老人要求子女按月给付赡养费。",
        "每月给付赡养费并轮流照料",
        1500,
        "三名子女每人每月5日前向母亲给付赡养费人民币伍佰元，每人每月轮流照料十日。",
        [Duty("给付首月赡养费", 7, 500)],
    ),
    Scenario(
        "property_tenancy",
        "租户提前退租，房东以房屋损坏为由扣留押金，双方对损坏程度和维修费用有争议。",
        "退还押金人民币肆仟元",
        4000,
        "出租人于三日内退还承租人押金人民币叁仟贰佰元，其余捌佰元抵作维修费用。",
        [Duty("退还押金", 3, 3200)],
    ),
    Scenario(
        "labour_wage",
        "申请人等在被申请人承接的装修工程务工，工程完工后被拖欠工资三个月，多次讨要未果。",
        "支付拖欠工资",
        28600,
        "被申请人分两期付清拖欠工资人民币贰万捌仟陆佰元：协议签订后十日内付壹万伍仟元，"
        "三十日内付清余款。",
        [Duty("支付第一期工资", 10, 15000), Duty("付清余款", 30, 13600)],
        respondent_company="南通市崇川区恒昌装饰工程有限公司",
    ),
    Scenario(
        "consumer",
        "申请人在小区门口的装修公司定制橱柜，安装后柜门变形开裂，商家拒绝更换。",
        "更换柜门或退还部分货款",
        6800,
        "商家于二十日内免费更换全部变形柜门，并赔偿申请人人民币伍佰元。",
        [Duty("免费更换变形柜门", 20), Duty("赔偿申请人", 20, 500)],
        respondent_company="南通市崇川区美居家具经营部",
    ),
    Scenario(
        "traffic",
        "小区内电动自行车与行人发生碰撞，行人手臂擦伤就医，双方对医疗费用分担有争议。",
        "赔偿医疗费、误工费",
        2300,
        "电动自行车驾驶人一次性赔偿医疗费、误工费共计人民币贰仟元，双方再无其他争议。",
        [Duty("赔偿医疗费、误工费", 5, 2000)],
    ),
    Scenario(
        "land",
        "两户村民因宅基地之间的排水沟边界发生争执，一方砌墙后另一方认为占用了其土地。",
        "确认边界并拆除越界部分",
        None,
        "双方以村委会存档的宅基地图为准，越界部分围墙由砌墙方于三十日内拆除。",
        [Duty("拆除越界部分围墙", 30)],
    ),
    Scenario(
        "property_tenancy",
        "业主以物业服务质量差为由拒交物业费两年，物业公司上门催缴时发生争执。",
        "缴纳物业费",
        5760,
        "业主于协议签订后一个月内缴清物业费人民币伍仟元，物业公司于十五日内整改楼道照明。",
        [Duty("整改楼道照明", 15)],
        respondent_company="南通市崇川区安居物业服务有限公司",
    ),
    Scenario(
        "other",
        "广场舞音响音量过大影响临街住户休息，住户多次投诉，双方发生口角。",
        "限定时段和音量",
        None,
        "广场舞队每日活动时间限定在18:30至20:30，音量控制在60分贝以下。",
        [Duty("更换限音音响设备", 10)],
    ),
]

# What a mediator records when following up an obligation (督促履行, Art. 31).
FOLLOW_UPS = [
    "电话联系义务人，提醒按协议期限履行，义务人表示会按期办理。",
    "上门督促履行，义务人称资金周转困难，请求宽限数日。",
    "再次电话督促，义务人未接听，已发短信提醒。",
]
BREACHES = [
    "履行期限届满后义务人仍未履行，经两次督促明确表示不再履行。",
    "义务人逾期未付款，电话无法接通，已告知申请人可向人民法院起诉（第三十二条）。",
]
