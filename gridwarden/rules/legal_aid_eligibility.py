"""Eligibility for legal aid, as a chain of findings that each name the article they rest on.

Pure rules (no store, no Qt), shared by the window and the district server:

- scope: the matter is listed in Art. 31 (civil/administrative, hardship required), Art. 32 (no
  hardship condition) or is criminal (Arts. 24, 29); "others set by law" (Art. 31 (九), Art. 32
  (五)) need that law named; anything else is out of scope.
- agent: Art. 31 (and Arts. 24, 29) cover applicants WITHOUT an agent (没有委托代理人).
- hardship: none needed (Art. 32); presumed when the applicant belongs to an Art. 42 group AND
  has supplied its proof; otherwise reviewed (Art. 31), by data-sharing checks or the
  applicant's integrity pledge (诚信承诺, Art. 41).
- urgency: fewer than 7 days to a limitation period or deadline, urgent preservation, or another
  situation a law, regulation or rule names: aid may start before the decision (Art. 44).
- criminal defence: "因经济困难或者其他原因" (Art. 24): for other reasons hardship is no condition;
  notified cases (Arts. 25, 28, 36) need neither an application nor a hardship review.
- who: legal aid is for citizens (Art. 2); a unit (法人或其他组织) is not an applicant.
- detainees' applications are forwarded by the custody within 24 hours (Art. 39).
- competence: a matter of another agency is accepted here and forwarded (Art. 38, 通城通办).
- materials: what the matter needs; anything missing goes into ONE notice (Art. 43).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, labels, msg
from gridwarden.rules import legal_aid as la
from gridwarden.rules.legal_aid_deadlines import URGENT_DAYS, days_to_limit
from gridwarden.rules.register import MINOR_AGE, age_on

ELDERLY_AGE = 60  # 老年人权益保障法 Art. 2

OK, REVIEW, FAIL, INFO, URGENT = "ok", "review", "fail", "info", "urgent"
ELIGIBLE, NEEDS_REVIEW, INELIGIBLE = "eligible", "needs_review", "ineligible"
OUTCOME_LABELS: dict[str, str] = {
    ELIGIBLE: QT_TRANSLATE_NOOP("core", "符合法律援助条件"),
    NEEDS_REVIEW: QT_TRANSLATE_NOOP("core", "待审查经济困难状况"),
    INELIGIBLE: QT_TRANSLATE_NOOP("core", "不符合法律援助条件"),
}
# Hardship states: exempt (Art. 32), presumed (Art. 42), review (Art. 31, not yet decided),
# verified / pledged (Art. 41), not_met, or none (out of scope).
HARDSHIP_LABELS: dict[str, str] = {
    "exempt": QT_TRANSLATE_NOOP("core", "不受经济困难条件限制"),
    "presumed": QT_TRANSLATE_NOOP("core", "免予核查经济困难状况"),
    "review": QT_TRANSLATE_NOOP("core", "须审查经济困难状况"),
    "verified": QT_TRANSLATE_NOOP("core", "经核查符合经济困难标准"),
    "pledged": QT_TRANSLATE_NOOP("core", "申请人作出诚信承诺"),
    "not_met": QT_TRANSLATE_NOOP("core", "不符合经济困难标准"),
    "notified": QT_TRANSLATE_NOOP("core", "通知辩护（代理），不审查经济困难状况"),
    "none": QT_TRANSLATE_NOOP("core", "—"),
}


@dataclass(frozen=True)
class ApplicantFacts:
    birth_date: date | None = None
    gender: str | None = None
    no_fixed_income: bool = False
    disabled: bool = False
    subsistence: bool = False
    extreme_poverty: bool = False
    other_assistance: bool = False
    judicial_assistance: bool = False
    special_care: bool = False
    migrant_worker: bool = False
    veteran: bool = False
    has_lawyer: bool = False
    has_agent: bool = False  # someone (a guardian, a relative) applies on the applicant's behalf
    organisation: bool = False  # a unit asking for aid (Art. 2: not an applicant)
    presumption_basis: str = ""  # Art. 42 (四): the law, regulation or rule naming the person


@dataclass(frozen=True)
class MatterFacts:
    matter_type: str
    other_basis: str = ""  # the law, regulation or rule that puts an "other" matter in scope
    limitation_date: date | None = None
    limitation_note: str = ""  # which period: 仲裁时效, 上诉期限, …
    urgent_preservation: bool = False
    city_wide: bool = False
    competent_agency: str = ""
    criminal_reason: str = ""  # Art. 24: la.CRIMINAL_REASONS
    urgent_basis: str = ""  # Art. 44 (三): the law, regulation or rule naming the situation
    custody_hours: float | None = None  # Art. 39: hours the custody took to forward it


@dataclass(frozen=True)
class Ground:
    """An Art. 42 reason to presume hardship, and the proof it needs."""

    code: str
    label: str
    article: str
    proofs: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    topic: str  # scope | agent | hardship | urgency | competence | materials | routing
    level: str  # ok | review | fail | info | urgent
    text: Message
    article: str = ""  # "" marks local practice

    @property
    def citation(self) -> str:
        return la.article_text(self.article)


@dataclass(frozen=True)
class Assessment:
    findings: tuple[Finding, ...]
    in_scope: bool
    hardship: str
    outcome: str
    urgent: bool
    required: tuple[str, ...]
    missing: tuple[str, ...]
    grounds: tuple[Ground, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.missing

    def conclusion(self) -> Message:
        return msg(OUTCOME_LABELS[self.outcome])


def grounds(applicant: ApplicantFacts, matter: la.MatterType, today: date) -> list[Ground]:
    """The Art. 42 groups the applicant claims to belong to, each with the proof it needs."""
    found: list[Ground] = []
    age = age_on(applicant.birth_date, today)
    item1 = QT_TRANSLATE_NOOP("core", "第四十二条第（一）项")
    item2 = QT_TRANSLATE_NOOP("core", "第四十二条第（二）项")
    if applicant.no_fixed_income and age is not None and age < MINOR_AGE:
        found.append(
            Ground(
                "minor",
                QT_TRANSLATE_NOOP("core", "无固定生活来源的未成年人"),
                item1,
                ("proof_no_income",),
            )
        )
    if applicant.no_fixed_income and age is not None and age >= ELDERLY_AGE:
        found.append(
            Ground(
                "elderly",
                QT_TRANSLATE_NOOP("core", "无固定生活来源的老年人"),
                item1,
                ("proof_no_income",),
            )
        )
    if applicant.no_fixed_income and applicant.disabled:
        found.append(
            Ground(
                "disabled",
                QT_TRANSLATE_NOOP("core", "无固定生活来源的残疾人"),
                item1,
                ("proof_disability", "proof_no_income"),
            )
        )
    if applicant.subsistence or applicant.extreme_poverty or applicant.other_assistance:
        found.append(
            Ground(
                "assistance",
                QT_TRANSLATE_NOOP("core", "社会救助对象（低保、特困等）"),
                item2,
                ("proof_assistance",),
            )
        )
    if applicant.judicial_assistance:
        found.append(
            Ground(
                "judicial_assistance",
                QT_TRANSLATE_NOOP("core", "司法救助对象"),
                item2,
                ("proof_judicial_assistance",),
            )
        )
    if applicant.special_care:
        found.append(
            Ground(
                "special_care",
                QT_TRANSLATE_NOOP("core", "优抚对象"),
                item2,
                ("proof_special_care",),
            )
        )
    if applicant.presumption_basis.strip():
        found.append(
            Ground(
                "by_law",
                QT_TRANSLATE_NOOP("core", "法律、法规、规章规定的其他人员"),
                QT_TRANSLATE_NOOP("core", "第四十二条第（四）项"),
                ("proof_other_presumption",),
            )
        )
    if applicant.migrant_worker and matter.migrant_presumption:
        found.append(
            Ground(
                "migrant_worker",
                QT_TRANSLATE_NOOP("core", "申请支付劳动报酬或工伤事故人身损害赔偿的进城务工人员"),
                QT_TRANSLATE_NOOP("core", "第四十二条第（三）项"),
                ("proof_migrant_work",),
            )
        )
    return found


def _best_ground(found: list[Ground], provided: set[str]) -> Ground | None:
    """The ground closest to proven (all proofs first), the first listed on a tie."""
    if not found:
        return None
    return min(found, key=lambda g: len([p for p in g.proofs if p not in provided]))


def hardship_exempt(matter: la.MatterType, criminal_reason: str = "") -> bool:
    """No hardship condition: Art. 32 matters, notified cases (Arts. 25, 28), and a defence for
    "other reasons" than hardship (Art. 24)."""
    return (
        matter.group == la.ART32
        or matter.notified
        or (matter.code == "criminal_defence" and criminal_reason == "other")
    )


def required_materials(
    applicant: ApplicantFacts,
    matter_code: str,
    provided: Iterable[str],
    today: date,
    criminal_reason: str = "",
) -> tuple[str, ...]:
    """What this application needs, in checklist order (common, hardship, matter)."""
    matter = la.MATTER_TYPES[matter_code]
    have = set(provided)
    if matter.notified:  # no application: the notice is the file (Arts. 25, 36)
        return matter.materials
    if applicant.organisation:  # refused on Art. 2 whatever it hands in
        return ("application_form",)
    items: list[str] = list(la.COMMON_MATERIALS)
    if applicant.has_agent:
        items.append("agent_authority")
    if not hardship_exempt(matter, criminal_reason):
        best = _best_ground(grounds(applicant, matter, today), have)
        proven = best is not None and all(p in have for p in best.proofs)
        if best is not None and (proven or "hardship_statement" not in have):
            items += best.proofs  # the proof of the presumption (or a hardship statement)
        else:
            items.append("hardship_statement")
    items += matter.materials
    return tuple(dict.fromkeys(items))


def _scope(matter: la.MatterType, basis: str) -> Finding:
    if matter.group == la.OTHER:
        return Finding(
            "scope",
            FAIL,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "不属于法律援助事项范围：既非第三十一条、第三十二条所列事项，也非刑事案件",
                )
            ),
            QT_TRANSLATE_NOOP("core", "第三十一条、第三十二条"),
        )
    if matter.needs_basis and not basis.strip():
        return Finding(
            "scope",
            FAIL,
            msg(
                QT_TRANSLATE_NOOP("core", "「{matter}」须注明规定该事项的法律、法规或规章"),
                matter=msg(matter.label),
            ),
            matter.article,
        )
    if matter.needs_basis:
        return Finding(
            "scope",
            OK,
            msg(
                QT_TRANSLATE_NOOP("core", "属于法律援助事项：{matter}（依据：{basis}）"),
                matter=msg(matter.label),
                basis=basis.strip(),
            ),
            matter.article,
        )
    return Finding(
        "scope",
        OK,
        msg(QT_TRANSLATE_NOOP("core", "属于法律援助事项：{matter}"), matter=msg(matter.label)),
        matter.article,
    )


def _organisation() -> Finding:
    return Finding(
        "scope",
        FAIL,
        msg(la.ORGANISATION_REASON),
        QT_TRANSLATE_NOOP("core", "第二条"),
    )


def _article_of(matter: la.MatterType) -> str:
    """The article whose "没有委托代理人 / 经济困难" conditions apply to the matter."""
    if matter.group in (la.CRIMINAL, la.ART33):
        return matter.article
    return QT_TRANSLATE_NOOP("core", "第三十一条")


def _agent(matter: la.MatterType, applicant: ApplicantFacts) -> Finding:
    if matter.group == la.ART32:
        if applicant.has_lawyer:
            return Finding(
                "agent",
                INFO,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "申请人已委托代理人；第三十二条事项不以没有代理人为条件，请核实是否仍需援助",
                    )
                ),
                QT_TRANSLATE_NOOP("core", "第三十二条"),
            )
        return Finding("agent", OK, msg(QT_TRANSLATE_NOOP("core", "申请人没有委托代理人")), "")
    article = _article_of(matter)
    if applicant.has_lawyer:
        return Finding(
            "agent",
            FAIL,
            msg(QT_TRANSLATE_NOOP("core", "申请人已委托代理人，不符合「没有委托代理人」的条件")),
            article,
        )
    return Finding("agent", OK, msg(QT_TRANSLATE_NOOP("core", "申请人没有委托代理人")), article)


def _hardship(
    matter: la.MatterType,
    found: list[Ground],
    provided: set[str],
    review: str,
    criminal_reason: str = "",
) -> tuple[str, list[Finding]]:
    if matter.notified:
        return "notified", [
            Finding(
                "hardship",
                OK,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "通知辩护（代理）：无需申请，不审查经济困难状况；收到通知之日起三日内指派",
                    )
                ),
                QT_TRANSLATE_NOOP("core", "第二十五条、第二十八条、第三十六条"),
            )
        ]
    if matter.code == "criminal_defence" and criminal_reason == "other":
        return "exempt", [
            Finding(
                "hardship",
                OK,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "因经济困难以外的其他原因没有委托辩护人：不以经济困难为条件"
                    )
                ),
                QT_TRANSLATE_NOOP("core", "第二十四条"),
            )
        ]
    if matter.group == la.ART32:
        return "exempt", [
            Finding(
                "hardship",
                OK,
                msg(QT_TRANSLATE_NOOP("core", "不受经济困难条件的限制")),
                QT_TRANSLATE_NOOP("core", "第三十二条"),
            )
        ]
    proven = [g for g in found if all(p in provided for p in g.proofs)]
    if proven:
        ground = proven[0]
        return "presumed", [
            Finding(
                "hardship",
                OK,
                msg(
                    QT_TRANSLATE_NOOP("core", "免予核查经济困难状况：{ground}，证明材料已提供"),
                    ground=msg(ground.label),
                ),
                ground.article,
            )
        ]
    findings: list[Finding] = []
    for ground in found:
        missing = labels(la.MATERIALS, [p for p in ground.proofs if p not in provided])
        findings.append(
            Finding(
                "hardship",
                REVIEW,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "申请人属于{ground}，但缺少证明材料（{missing}）：补齐后免予核查，否则须审查经济困难状况",
                    ),
                    ground=msg(ground.label),
                    missing=missing,
                ),
                ground.article,
            )
        )
    basis = _article_of(matter)
    if review == "verified":
        findings.append(
            Finding(
                "hardship",
                OK,
                msg(QT_TRANSLATE_NOOP("core", "经核查符合经济困难标准")),
                QT_TRANSLATE_NOOP("core", "第四十一条"),
            )
        )
        return "verified", findings
    if review == "pledged":
        findings.append(
            Finding(
                "hardship",
                OK,
                msg(QT_TRANSLATE_NOOP("core", "申请人已如实说明经济困难状况并作出诚信承诺")),
                QT_TRANSLATE_NOOP("core", "第四十一条"),
            )
        )
        return "pledged", findings
    if review == "not_met":
        findings.append(
            Finding(
                "hardship", FAIL, msg(QT_TRANSLATE_NOOP("core", "经审查不符合经济困难标准")), basis
            )
        )
        return "not_met", findings
    findings.append(
        Finding(
            "hardship", REVIEW, msg(QT_TRANSLATE_NOOP("core", "须审查申请人的经济困难状况")), basis
        )
    )
    findings.append(
        Finding(
            "hardship",
            INFO,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "申请人应如实说明经济困难状况；可通过信息共享查询核查，也可由申请人作出个人诚信承诺",
                )
            ),
            QT_TRANSLATE_NOOP("core", "第四十一条"),
        )
    )
    return "review", findings


def _urgency(matter: MatterFacts, today: date) -> list[Finding]:
    findings = []
    left = days_to_limit(matter.limitation_date, today)
    what: str | Message = matter.limitation_note.strip() or msg(
        QT_TRANSLATE_NOOP("core", "时效或期限")
    )
    if left is not None and left < 0:
        findings.append(
            Finding(
                "urgency",
                URGENT,
                msg(
                    QT_TRANSLATE_NOOP("core", "{what}已于 {day} 届满（已过 {n} 日），请立即核实"),
                    what=what,
                    day=matter.limitation_date,
                    n=-left,
                ),
                QT_TRANSLATE_NOOP("core", "第四十四条第（一）项"),
            )
        )
    elif left is not None and left < URGENT_DAYS:
        findings.append(
            Finding(
                "urgency",
                URGENT,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "距{what}届满不足七日（剩 {n} 日，{day}），可以先行提供法律援助"
                    ),
                    what=what,
                    n=left,
                    day=matter.limitation_date,
                ),
                QT_TRANSLATE_NOOP("core", "第四十四条第（一）项"),
            )
        )
    if matter.urgent_basis.strip():
        findings.append(
            Finding(
                "urgency",
                URGENT,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "属于规定可以先行提供法律援助的其他情形（依据：{basis}）"
                    ),
                    basis=matter.urgent_basis.strip(),
                ),
                QT_TRANSLATE_NOOP("core", "第四十四条第（三）项"),
            )
        )
    if matter.urgent_preservation:
        findings.append(
            Finding(
                "urgency",
                URGENT,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "需要立即申请财产保全、证据保全或者先予执行，可以先行提供法律援助"
                    )
                ),
                QT_TRANSLATE_NOOP("core", "第四十四条第（二）项"),
            )
        )
    return findings


def assess(
    applicant: ApplicantFacts,
    matter_facts: MatterFacts,
    provided: Iterable[str],
    today: date,
    hardship_review: str = "",
) -> Assessment:
    """Every conclusion with its article; see the module docstring for the rules."""
    matter = la.MATTER_TYPES[matter_facts.matter_type]
    have = set(provided)
    findings: list[Finding] = []
    scope = _organisation() if applicant.organisation else _scope(matter, matter_facts.other_basis)
    findings.append(scope)
    in_scope = scope.level == OK
    found = grounds(applicant, matter, today)
    hardship = "none"
    outcome = INELIGIBLE
    reason = matter_facts.criminal_reason
    if in_scope:
        agent = _agent(matter, applicant)
        findings.append(agent)
        hardship, hardship_findings = _hardship(matter, found, have, hardship_review, reason)
        findings += hardship_findings
        if applicant.migrant_worker and not matter.migrant_presumption:
            findings.append(
                Finding(
                    "hardship",
                    INFO,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "进城务工人员仅在请求支付劳动报酬或工伤事故人身损害赔偿时免予核查经济困难状况",
                        )
                    ),
                    QT_TRANSLATE_NOOP("core", "第四十二条第（三）项"),
                )
            )
        if agent.level == FAIL or hardship == "not_met":
            outcome = INELIGIBLE
        elif hardship == "review":
            outcome = NEEDS_REVIEW
        else:
            outcome = ELIGIBLE
    urgency = _urgency(matter_facts, today)
    findings += urgency
    if matter_facts.custody_hours is not None:
        findings.append(_custody(matter_facts.custody_hours))
    if matter_facts.city_wide:
        findings.append(
            Finding(
                "competence",
                INFO,
                msg(
                    QT_TRANSLATE_NOOP("core", "通城通办：本事项由{agency}管辖，本窗口受理后转交"),
                    agency=matter_facts.competent_agency
                    or msg(QT_TRANSLATE_NOOP("core", "其他法律援助机构")),
                ),
                QT_TRANSLATE_NOOP("core", "第三十八条"),
            )
        )
    required = required_materials(applicant, matter.code, have, today, reason)
    missing = tuple(item for item in required if item not in have)
    if missing:
        findings.append(
            Finding(
                "materials",
                REVIEW,
                msg(
                    QT_TRANSLATE_NOOP("core", "申请材料不齐全，缺 {n} 项：须一次性告知申请人补充"),
                    n=len(missing),
                ),
                QT_TRANSLATE_NOOP("core", "第四十三条"),
            )
        )
    elif matter.notified:
        findings.append(
            Finding(
                "materials",
                OK,
                msg(QT_TRANSLATE_NOOP("core", "已收到办案机关的通知，无需申请材料")),
                QT_TRANSLATE_NOOP("core", "第三十六条"),
            )
        )
    else:
        findings.append(
            Finding(
                "materials",
                OK,
                msg(QT_TRANSLATE_NOOP("core", "申请材料齐全")),
                QT_TRANSLATE_NOOP("core", "第四十三条"),
            )
        )
    if applicant.veteran:
        findings.append(
            Finding(
                "routing",
                INFO,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "申请人为退役军人：可由退役军人法律援助工作站协助办理"
                    )
                ),
            )
        )
    if applicant.gender == "F" and matter.code in ("abuse_victim", "support"):
        findings.append(
            Finding(
                "routing",
                INFO,
                msg(QT_TRANSLATE_NOOP("core", "可由巾帼（妇女）法律援助工作站协助办理")),
            )
        )
    return Assessment(
        tuple(findings),
        in_scope,
        hardship,
        outcome,
        bool(urgency),
        required,
        missing,
        tuple(found),
    )


CUSTODY_HOURS = 24  # Art. 39


def _custody(hours: float) -> Finding:
    """Art. 39: the handling body or custody forwards a detainee's application within 24 hours."""
    if hours <= CUSTODY_HOURS:
        return Finding(
            "competence",
            OK,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "被羁押人员的申请由办案机关或监管场所于 {h} 小时内转交，未超过二十四小时",
                ),
                h=f"{hours:g}",
            ),
            QT_TRANSLATE_NOOP("core", "第三十九条"),
        )
    return Finding(
        "competence",
        REVIEW,
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "被羁押人员的申请转交用时 {h} 小时，超过二十四小时：请记录并向办案机关或监管场所反馈",
            ),
            h=f"{hours:g}",
        ),
        QT_TRANSLATE_NOOP("core", "第三十九条"),
    )
