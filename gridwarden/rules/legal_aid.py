"""Legal-aid vocabulary (法律援助法, in force 2022-01-01; DOMAIN §4): matter types with the article
that puts them in scope, proceedings, the materials each matter needs, special-group facts.

Codes are stored; the Chinese labels are shown (marked for translation). Every matter type names
its article and item so that each conclusion of the eligibility assessment can cite it.
"""

from __future__ import annotations

from dataclasses import dataclass

from gridwarden.i18n import QT_TRANSLATE_NOOP

LAW = QT_TRANSLATE_NOOP("core", "《法律援助法》")


@dataclass(frozen=True)
class MatterType:
    code: str
    label: str
    article: str  # e.g. "第三十一条第（五）项"
    group: str  # "art31" | "art32" | "criminal" | "other"
    # Matter-specific materials (与所申请法律援助事项有关的材料), codes of MATERIALS.
    materials: tuple[str, ...]
    # Art. 42 (三): a migrant worker's hardship is presumed only for labour pay or work injury.
    migrant_presumption: bool = False
    # Arts. 25, 28: assigned on the notice of a court, procuratorate or police (Art. 36), never
    # applied for at the window: no application, no hardship review.
    notified: bool = False
    # Art. 31 (九) / Art. 32 (五): "others set by law, regulation or rule" need that rule named.
    needs_basis: bool = False


ART31, ART32, CRIMINAL, OTHER = "art31", "art32", "criminal", "other"
ART33 = "art33"  # 申诉、再审 (Art. 33): hardship required, like Art. 31
NEEDS_HARDSHIP = frozenset({ART31, ART33, CRIMINAL})

GROUP_LABELS: dict[str, str] = {
    ART31: QT_TRANSLATE_NOOP("core", "第三十一条事项（须经济困难）"),
    ART32: QT_TRANSLATE_NOOP("core", "第三十二条事项（不受经济困难条件限制）"),
    ART33: QT_TRANSLATE_NOOP("core", "第三十三条事项（申诉、再审）"),
    CRIMINAL: QT_TRANSLATE_NOOP("core", "刑事案件"),
    OTHER: QT_TRANSLATE_NOOP("core", "其他事项"),
}

_TYPES = (
    # Art. 31: civil and administrative matters; the applicant has economic hardship and no agent.
    MatterType(
        "state_compensation",
        QT_TRANSLATE_NOOP("core", "依法请求国家赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（一）项"),
        ART31,
        ("evidence_state_compensation",),
    ),
    MatterType(
        "social_insurance",
        QT_TRANSLATE_NOOP("core", "请求给予社会保险待遇或者社会救助"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（二）项"),
        ART31,
        ("evidence_social_insurance",),
    ),
    MatterType(
        "pension",
        QT_TRANSLATE_NOOP("core", "请求发给抚恤金"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（三）项"),
        ART31,
        ("evidence_pension", "kinship_proof"),
    ),
    MatterType(
        "support",
        QT_TRANSLATE_NOOP("core", "请求给付赡养费、抚养费、扶养费"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（四）项"),
        ART31,
        ("kinship_proof",),
    ),
    MatterType(
        "labour_relation",
        QT_TRANSLATE_NOOP("core", "请求确认劳动关系"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（五）项"),
        ART31,
        ("evidence_employment",),
    ),
    MatterType(
        "labour_pay",
        QT_TRANSLATE_NOOP("core", "请求支付劳动报酬"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（五）项"),
        ART31,
        ("evidence_employment", "evidence_wage_arrears"),
        migrant_presumption=True,
    ),
    MatterType(
        "incapacity",
        QT_TRANSLATE_NOOP("core", "请求认定公民无民事行为能力或者限制民事行为能力"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（六）项"),
        ART31,
        ("evidence_medical_capacity", "kinship_proof"),
    ),
    MatterType(
        "work_injury",
        QT_TRANSLATE_NOOP("core", "请求工伤事故人身损害赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（七）项"),
        ART31,
        ("evidence_work_injury", "evidence_medical"),
        migrant_presumption=True,
    ),
    MatterType(
        "traffic_accident",
        QT_TRANSLATE_NOOP("core", "请求交通事故人身损害赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（七）项"),
        ART31,
        ("evidence_traffic", "evidence_medical"),
    ),
    MatterType(
        "food_drug_accident",
        QT_TRANSLATE_NOOP("core", "请求食品药品安全事故人身损害赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（七）项"),
        ART31,
        ("evidence_purchase", "evidence_medical"),
    ),
    MatterType(
        "medical_accident",
        QT_TRANSLATE_NOOP("core", "请求医疗事故人身损害赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（七）项"),
        ART31,
        ("evidence_medical_records",),
    ),
    MatterType(
        "environmental",
        QT_TRANSLATE_NOOP("core", "请求环境污染、生态破坏损害赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（八）项"),
        ART31,
        ("evidence_environment",),
    ),
    MatterType(
        "art31_other",
        QT_TRANSLATE_NOOP("core", "法律、法规、规章规定的其他情形（须经济困难）"),
        QT_TRANSLATE_NOOP("core", "第三十一条第（九）项"),
        ART31,
        ("evidence_general",),
        needs_basis=True,
    ),
    # Art. 32: no economic-hardship condition at all.
    MatterType(
        "martyr_relatives",
        QT_TRANSLATE_NOOP("core", "英雄烈士近亲属为维护英雄烈士的人格权益"),
        QT_TRANSLATE_NOOP("core", "第三十二条第（一）项"),
        ART32,
        ("evidence_martyr_kinship", "evidence_general"),
    ),
    MatterType(
        "good_samaritan",
        QT_TRANSLATE_NOOP("core", "因见义勇为行为主张相关民事权益"),
        QT_TRANSLATE_NOOP("core", "第三十二条第（二）项"),
        ART32,
        ("evidence_good_samaritan",),
    ),
    MatterType(
        "acquittal_compensation",
        QT_TRANSLATE_NOOP("core", "再审改判无罪请求国家赔偿"),
        QT_TRANSLATE_NOOP("core", "第三十二条第（三）项"),
        ART32,
        ("evidence_acquittal",),
    ),
    MatterType(
        "abuse_victim",
        QT_TRANSLATE_NOOP("core", "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益"),
        QT_TRANSLATE_NOOP("core", "第三十二条第（四）项"),
        ART32,
        ("evidence_abuse",),
    ),
    MatterType(
        "art32_other",
        QT_TRANSLATE_NOOP("core", "法律、法规、规章规定的其他情形（不受经济困难条件限制）"),
        QT_TRANSLATE_NOOP("core", "第三十二条第（五）项"),
        ART32,
        ("evidence_general",),
        needs_basis=True,
    ),
    # Criminal cases: suspects and defendants (Art. 24); victims, private prosecutors and
    # plaintiffs in incidental civil actions (Art. 29). Cases of Art. 25 (mandatory defence) are
    # assigned on the court's or procuratorate's notice, not applied for at the window.
    MatterType(
        "criminal_defence",
        QT_TRANSLATE_NOOP("core", "刑事犯罪嫌疑人、被告人申请辩护"),
        QT_TRANSLATE_NOOP("core", "第二十四条"),
        CRIMINAL,
        ("evidence_criminal_documents",),
    ),
    MatterType(
        "criminal_victim",
        QT_TRANSLATE_NOOP("core", "刑事被害人、自诉人、附带民事诉讼原告人申请代理"),
        QT_TRANSLATE_NOOP("core", "第二十九条"),
        CRIMINAL,
        ("evidence_criminal_documents",),
    ),
    # Art. 33: a party to an effective judgment or decision who files a petition (申诉) or asks for
    # a retrial, once the court has ordered a retrial or the procuratorate has protested.
    MatterType(
        "retrial",
        QT_TRANSLATE_NOOP("core", "申诉、再审案件（人民法院决定、裁定再审或者人民检察院提出抗诉）"),
        QT_TRANSLATE_NOOP("core", "第三十三条"),
        ART33,
        ("evidence_retrial",),
    ),
    # Arts. 25, 28: the court, procuratorate or police notifies the agency; assign within 3 days
    # of the notice (Art. 36).
    MatterType(
        "notified_defence",
        QT_TRANSLATE_NOOP("core", "通知辩护（犯罪嫌疑人、被告人没有委托辩护人）"),
        QT_TRANSLATE_NOOP("core", "第二十五条"),
        CRIMINAL,
        ("notification_letter",),
        notified=True,
    ),
    MatterType(
        "compulsory_treatment",
        QT_TRANSLATE_NOOP("core", "强制医疗案件的被申请人或者被告人没有委托诉讼代理人"),
        QT_TRANSLATE_NOOP("core", "第二十八条"),
        CRIMINAL,
        ("notification_letter",),
        notified=True,
    ),
    MatterType(
        "other",
        QT_TRANSLATE_NOOP("core", "其他事项（不在法定范围内）"),
        "",
        OTHER,
        ("evidence_general",),
    ),
)

MATTER_TYPES: dict[str, MatterType] = {t.code: t for t in _TYPES}

PROCEEDINGS: dict[str, str] = {
    "civil_litigation": QT_TRANSLATE_NOOP("core", "民事诉讼"),
    "administrative_litigation": QT_TRANSLATE_NOOP("core", "行政诉讼"),
    "criminal_litigation": QT_TRANSLATE_NOOP("core", "刑事诉讼"),
    "labour_arbitration": QT_TRANSLATE_NOOP("core", "劳动人事争议仲裁"),
    "administrative_review": QT_TRANSLATE_NOOP("core", "行政复议"),
    "state_compensation_claim": QT_TRANSLATE_NOOP("core", "国家赔偿申请"),
    "non_litigation": QT_TRANSLATE_NOOP("core", "其他非诉讼事项"),
}
# Art. 38: litigation matters go to the agency where the court or handling body sits; the others
# where the dispute-handling body sits or where the events happened.
LITIGATION = frozenset({"civil_litigation", "administrative_litigation", "criminal_litigation"})
ADMINISTRATIVE = frozenset({"administrative_litigation", "administrative_review"})

# What is provided at the window (办理法律援助案件程序规定 Art. 11 lists the common ones).
MATERIALS: dict[str, str] = {
    "application_form": QT_TRANSLATE_NOOP("core", "法律援助申请表"),
    "identity": QT_TRANSLATE_NOOP("core", "居民身份证或其他有效身份证明"),
    "agent_authority": QT_TRANSLATE_NOOP(
        "core", "代理申请人的身份证明及代理权证明（监护关系证明或授权委托书）"
    ),
    "hardship_statement": QT_TRANSLATE_NOOP("core", "经济困难状况说明表（或个人诚信承诺书）"),
    "proof_no_income": QT_TRANSLATE_NOOP(
        "core", "无固定生活来源证明（村（居）委会或有关部门出具）"
    ),
    "proof_disability": QT_TRANSLATE_NOOP("core", "残疾人证"),
    "proof_assistance": QT_TRANSLATE_NOOP(
        "core", "最低生活保障、特困人员救助供养或其他社会救助证明"
    ),
    "proof_judicial_assistance": QT_TRANSLATE_NOOP("core", "司法救助决定书"),
    "proof_special_care": QT_TRANSLATE_NOOP("core", "优抚对象证明"),
    "proof_migrant_work": QT_TRANSLATE_NOOP(
        "core", "进城务工证明（劳动合同、工牌、考勤或工友证明等）"
    ),
    "evidence_state_compensation": QT_TRANSLATE_NOOP(
        "core", "赔偿义务机关的决定或侵权行为的证明材料"
    ),
    "evidence_social_insurance": QT_TRANSLATE_NOOP("core", "社会保险或社会救助的申请及答复材料"),
    "evidence_pension": QT_TRANSLATE_NOOP("core", "抚恤金申请及答复材料"),
    "kinship_proof": QT_TRANSLATE_NOOP("core", "亲属关系证明（户口簿、出生医学证明、结婚证等）"),
    "evidence_employment": QT_TRANSLATE_NOOP(
        "core", "劳动关系证明（劳动合同、工资支付记录、社保缴费记录等）"
    ),
    "evidence_wage_arrears": QT_TRANSLATE_NOOP(
        "core", "欠薪事实及金额材料（工资条、欠条、考勤记录等）"
    ),
    "evidence_medical_capacity": QT_TRANSLATE_NOOP("core", "医学诊断或司法鉴定材料"),
    "evidence_work_injury": QT_TRANSLATE_NOOP("core", "工伤认定决定书（或工伤认定申请材料）"),
    "evidence_medical": QT_TRANSLATE_NOOP("core", "医疗诊断证明及医疗费用票据"),
    "evidence_traffic": QT_TRANSLATE_NOOP("core", "道路交通事故认定书"),
    "evidence_purchase": QT_TRANSLATE_NOOP("core", "购买凭证及有关部门的调查结论（如有）"),
    "evidence_medical_records": QT_TRANSLATE_NOOP("core", "病历资料及医疗损害鉴定意见（如有）"),
    "evidence_environment": QT_TRANSLATE_NOOP("core", "损害事实及因果关系材料（监测报告等）"),
    "evidence_martyr_kinship": QT_TRANSLATE_NOOP("core", "与英雄烈士的近亲属关系证明"),
    "evidence_good_samaritan": QT_TRANSLATE_NOOP("core", "见义勇为确认文件或相关事实材料"),
    "evidence_acquittal": QT_TRANSLATE_NOOP("core", "再审改判无罪的判决书"),
    "evidence_abuse": QT_TRANSLATE_NOOP(
        "core", "报警回执、告诫书、人身安全保护令或伤情证明等（如有）"
    ),
    "evidence_criminal_documents": QT_TRANSLATE_NOOP("core", "立案、起诉或审判阶段的法律文书"),
    "evidence_general": QT_TRANSLATE_NOOP("core", "与申请事项有关的其他材料"),
    "evidence_retrial": QT_TRANSLATE_NOOP("core", "生效裁判文书及再审决定（裁定）书或者抗诉书"),
    "notification_letter": QT_TRANSLATE_NOOP(
        "core", "人民法院、人民检察院或公安机关的通知辩护（代理）公函"
    ),
    "proof_other_presumption": QT_TRANSLATE_NOOP(
        "core", "属于法律、法规、规章规定免予核查经济困难的人员的证明"
    ),
}

COMMON_MATERIALS = ("application_form", "identity")

# Special-group facts asked at the window. The national law ties hardship presumption to some of
# them (Art. 42); "woman" and "veteran" route to special workstations (巾帼, 退役军人) as local
# practice (the seed), without changing eligibility.
APPLICANT_FACTS: dict[str, str] = {
    "no_fixed_income": QT_TRANSLATE_NOOP("core", "无固定生活来源"),
    "disabled": QT_TRANSLATE_NOOP("core", "残疾人"),
    "subsistence": QT_TRANSLATE_NOOP("core", "低保对象"),
    "extreme_poverty": QT_TRANSLATE_NOOP("core", "特困人员"),
    "other_assistance": QT_TRANSLATE_NOOP("core", "其他社会救助对象"),
    "judicial_assistance": QT_TRANSLATE_NOOP("core", "司法救助对象"),
    "special_care": QT_TRANSLATE_NOOP("core", "优抚对象"),
    "migrant_worker": QT_TRANSLATE_NOOP("core", "进城务工人员"),
    "veteran": QT_TRANSLATE_NOOP("core", "退役军人"),
    "has_lawyer": QT_TRANSLATE_NOOP("core", "已委托律师或其他代理人"),
}

AGENT_RELATIONS: list[str] = [
    QT_TRANSLATE_NOOP("core", "法定代理人（监护人）"),
    QT_TRANSLATE_NOOP("core", "近亲属"),
    QT_TRANSLATE_NOOP("core", "委托代理人"),
]

ASSIGNEE_KINDS: dict[str, str] = {
    "lawyer": QT_TRANSLATE_NOOP("core", "律师"),
    "staff": QT_TRANSLATE_NOOP("core", "法律援助机构工作人员"),
    "grassroots": QT_TRANSLATE_NOOP("core", "基层法律服务工作者"),
    "volunteer": QT_TRANSLATE_NOOP("core", "法律援助志愿者"),
}

# Art. 24: a suspect or defendant without a defender "因经济困难或者其他原因" — for other reasons
# hardship is not a condition at all.
CRIMINAL_REASONS: dict[str, str] = {
    "hardship": QT_TRANSLATE_NOOP("core", "因经济困难没有委托辩护人"),
    "other": QT_TRANSLATE_NOOP("core", "因其他原因没有委托辩护人"),
}

# Arts. 25, 28, 36: who notifies the agency.
NOTIFIERS: dict[str, str] = {
    "court": QT_TRANSLATE_NOOP("core", "人民法院"),
    "procuratorate": QT_TRANSLATE_NOOP("core", "人民检察院"),
    "police": QT_TRANSLATE_NOOP("core", "公安机关"),
}

# Art. 25 (and Art. 28): why the notifying body must see that the person has a defender.
NOTIFY_GROUNDS: dict[str, str] = {
    "minor": QT_TRANSLATE_NOOP("core", "未成年人（第二十五条第一款第（一）项）"),
    "sensory": QT_TRANSLATE_NOOP("core", "视力、听力、言语残疾人（第二十五条第一款第（二）项）"),
    "mental": QT_TRANSLATE_NOOP(
        "core",
        "不能完全辨认自己行为的成年人（第二十五条第一款第（三）项）",
    ),
    "life_sentence": QT_TRANSLATE_NOOP(
        "core", "可能被判处无期徒刑、死刑的人（第二十五条第一款第（四）项）"
    ),
    "death_review": QT_TRANSLATE_NOOP(
        "core", "申请法律援助的死刑复核案件被告人（第二十五条第一款第（五）项）"
    ),
    "absentia": QT_TRANSLATE_NOOP("core", "缺席审判案件的被告人（第二十五条第一款第（六）项）"),
    "other_defendant": QT_TRANSLATE_NOOP(
        "core", "其他适用普通程序审理的刑事案件被告人没有委托辩护人（第二十五条第二款）"
    ),
    "compulsory_treatment": QT_TRANSLATE_NOOP("core", "强制医疗案件（第二十八条）"),
}

# Art. 48: when aid ends.
END_GROUNDS: dict[str, str] = {
    "fraud": QT_TRANSLATE_NOOP("core", "受援人以欺骗或者其他不正当手段获得法律援助"),
    "concealment": QT_TRANSLATE_NOOP("core", "受援人故意隐瞒与案件有关的重要事实或者提供虚假证据"),
    "illegal_use": QT_TRANSLATE_NOOP("core", "受援人利用法律援助从事违法活动"),
    "finances_changed": QT_TRANSLATE_NOOP("core", "受援人的经济状况发生变化，不再符合法律援助条件"),
    "case_ended": QT_TRANSLATE_NOOP("core", "案件终止审理或者已经被撤销"),
    "own_lawyer": QT_TRANSLATE_NOOP("core", "受援人自行委托律师或者其他代理人"),
    "request": QT_TRANSLATE_NOOP("core", "受援人有正当理由要求终止法律援助"),
    "other": QT_TRANSLATE_NOOP("core", "法律法规规定的其他情形"),
}

HARDSHIP_REVIEW: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "尚未审查"),
    "verified": QT_TRANSLATE_NOOP("core", "经核查符合经济困难标准"),
    "pledged": QT_TRANSLATE_NOOP("core", "申请人作出诚信承诺"),
    "not_met": QT_TRANSLATE_NOOP("core", "经审查不符合经济困难标准"),
}

# The item of Art. 48 each ground is, for the written termination decision.
END_GROUND_ITEMS: dict[str, str] = {
    "fraud": QT_TRANSLATE_NOOP("core", "第四十八条第（一）项"),
    "concealment": QT_TRANSLATE_NOOP("core", "第四十八条第（二）项"),
    "illegal_use": QT_TRANSLATE_NOOP("core", "第四十八条第（三）项"),
    "finances_changed": QT_TRANSLATE_NOOP("core", "第四十八条第（四）项"),
    "case_ended": QT_TRANSLATE_NOOP("core", "第四十八条第（五）项"),
    "own_lawyer": QT_TRANSLATE_NOOP("core", "第四十八条第（六）项"),
    "request": QT_TRANSLATE_NOOP("core", "第四十八条第（七）项"),
    "other": QT_TRANSLATE_NOOP("core", "第四十八条第（八）项"),
}

# Art. 50: how the matter ended, recorded when the case is closed (结案).
OUTCOMES: dict[str, str] = {
    "judgment": QT_TRANSLATE_NOOP("core", "判决、裁定或裁决"),
    "mediation": QT_TRANSLATE_NOOP("core", "调解结案"),
    "settlement": QT_TRANSLATE_NOOP("core", "和解"),
    "withdrawn": QT_TRANSLATE_NOOP("core", "撤诉或撤回申请"),
    "other": QT_TRANSLATE_NOOP("core", "其他方式办结"),
}

# Art. 50: what the aid worker hands in with the closing report.
CLOSING_DOCUMENTS: dict[str, str] = {
    "judgment_copy": QT_TRANSLATE_NOOP("core", "判决书、裁定书、仲裁裁决书副本"),
    "mediation_copy": QT_TRANSLATE_NOOP("core", "调解书、和解协议副本"),
    "withdrawal_copy": QT_TRANSLATE_NOOP("core", "准予撤诉裁定书或撤回申请材料"),
    "pleadings": QT_TRANSLATE_NOOP("core", "起诉状、答辩状、代理词或辩护词"),
    "case_notes": QT_TRANSLATE_NOOP("core", "会见、阅卷、调查取证笔录"),
    "other_documents": QT_TRANSLATE_NOOP("core", "其他法律文书"),
}

# Arts. 22–23: the consultation register (咨询登记).
CONSULTATION_TOPICS: dict[str, str] = {
    "labour": QT_TRANSLATE_NOOP("core", "劳动争议、欠薪"),
    "marriage_family": QT_TRANSLATE_NOOP("core", "婚姻家庭、赡养抚养"),
    "injury": QT_TRANSLATE_NOOP("core", "人身损害、交通事故"),
    "contract_debt": QT_TRANSLATE_NOOP("core", "合同、借贷"),
    "property": QT_TRANSLATE_NOOP("core", "房产、邻里、土地"),
    "social_security": QT_TRANSLATE_NOOP("core", "社会保险、社会救助"),
    "criminal": QT_TRANSLATE_NOOP("core", "刑事"),
    "administrative": QT_TRANSLATE_NOOP("core", "行政争议"),
    "legal_aid_conditions": QT_TRANSLATE_NOOP("core", "法律援助条件与申请"),
    "other": QT_TRANSLATE_NOOP("core", "其他"),
}
REFERRALS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("core", "解答完毕"),
    "application": QT_TRANSLATE_NOOP("core", "引导申请法律援助"),
    "elsewhere": QT_TRANSLATE_NOOP("core", "引导至其他机构"),
}

# Art. 2: legal aid is for citizens (and other parties the law names); a unit is not an applicant.
APPLICANT_KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("core", "公民"),
    "organisation": QT_TRANSLATE_NOOP("core", "单位（法人或其他组织）"),
}
ORGANISATION_REASON = QT_TRANSLATE_NOOP(
    "core",
    "法律援助是国家为经济困难公民和符合法定条件的其他当事人无偿提供法律服务的制度；申请人为单位，不属于法律援助的对象",
)
ORGANISATION_BASIS = QT_TRANSLATE_NOOP("core", "《法律援助法》第二条")

WITHDRAW_REASONS: dict[str, str] = {
    "applicant": QT_TRANSLATE_NOOP("core", "申请人主动撤回申请"),
    "not_supplemented": QT_TRANSLATE_NOOP("core", "逾期未补充材料，视为撤回申请"),
}


def matter(code: str) -> MatterType:
    return MATTER_TYPES[code]


def article_text(article: str) -> str:
    """ "第三十一条第（五）项" → "《法律援助法》第三十一条第（五）项" (empty stays empty)."""
    return f"{LAW}{article}" if article else ""


# notice kind → (template in resources/templates, title)
NOTICE_TEMPLATES: dict[str, tuple[str, str]] = {
    "acceptance": ("legal_aid_acceptance", QT_TRANSLATE_NOOP("core", "法律援助申请受理通知书")),
    "materials": ("legal_aid_materials_notice", QT_TRANSLATE_NOOP("core", "补充材料一次性告知书")),
    "refusal": ("legal_aid_refusal", QT_TRANSLATE_NOOP("core", "不予法律援助决定书")),
    "grant": ("legal_aid_grant", QT_TRANSLATE_NOOP("core", "给予法律援助决定书")),
    "handover": ("legal_aid_handover", QT_TRANSLATE_NOOP("core", "通城通办转交函")),
    "termination": ("legal_aid_termination", QT_TRANSLATE_NOOP("core", "终止法律援助决定书")),
    "closing": ("legal_aid_closing", QT_TRANSLATE_NOOP("core", "法律援助案件结案登记表")),
    "assignment_reply": (
        "legal_aid_assignment_reply",
        QT_TRANSLATE_NOOP("core", "指派律师通知书"),
    ),
}
