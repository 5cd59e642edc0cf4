"""Demo legal-aid casework at every stage, sized after the seed report: 104 applications under
city-wide handling (通城通办), 41 administrative disputes, two group wage cases (68 decoration
workers; 27 dispatched workers of one supermarket), the special workstations (巾帼, veterans',
migrant workers'), and the open queue a clerk faces today: awaiting materials, under review
(one overdue), urgent ones (Art. 44), grants waiting for assignment, an objection, forwards;
and the end of each case: completions with their results (Art. 50, amounts recovered,
administrative disputes resolved in substance), closing reports due, terminations and an
objection against one (Arts. 48, 49), notified defences (Arts. 25, 36), a replaced aid worker
(Art. 55), a unit refused (Art. 2), and a year of the consultation register (Arts. 22–23).

Every application is replayed through the same pure rules the service uses
(services.legal_aid.receive / situation_of / step_values and rules.legal_aid_lifecycle), so its
history leads step by step to its status. Demo rows stand for server-confirmed data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlmodel import Session, SQLModel, col

from gridwarden.clock import LOCAL_TZ
from gridwarden.demo import data
from gridwarden.models import (
    LegalAidApplication,
    LegalAidCase,
    LegalAidConsultation,
    LegalAidStep,
    OrgUnit,
)
from gridwarden.queries.legal_aid_facts import applicant_facts
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.legal_aid_steps import StepDay, situation_of, step_values
from gridwarden.services.legal_aid import (
    application_number,
    case_number,
    notified,
    receive,
)
from gridwarden.validation import idnumber

if TYPE_CHECKING:
    from gridwarden.demo.generator import DemoGenerator

CLERK = ("demo-clerk", "陈晓雯")
CITY_AGENCIES = [
    "南通市通州区法律援助中心",
    "南通市海门区法律援助中心",
    "如皋市法律援助中心",
    "海安市法律援助中心",
    "启东市法律援助中心",
    "如东县法律援助中心",
]
WORKSTATIONS = {
    "women": "区妇联巾帼法律援助工作站",
    "veterans": "区退役军人法律援助工作站",
    "migrants": "区总工会农民工法律援助工作站",
}
LAWYERS = [
    ("李明", "江苏崇川律师事务所"),
    ("周婷", "江苏濠阳律师事务所"),
    ("陈志刚", "江苏通城律师事务所"),
    ("顾晓燕", "江苏崇川律师事务所"),
    ("孙海峰", "江苏法汇律师事务所"),
    ("钱丽华", "江苏濠阳律师事务所"),
]
CLOSING_REPORTS: dict[str, list[str]] = {
    "judgment": ["法院判决支持受援人的主要诉讼请求，判决已生效", "仲裁委裁决支持受援人的请求"],
    "mediation": ["经法院主持调解，双方达成调解协议，对方当庭履行部分款项"],
    "settlement": ["诉讼中双方自行和解，受援人撤回部分请求"],
    "withdrawn": ["对方在开庭前主动履行，受援人撤回起诉"],
    "other": ["经协调，行政机关重新作出决定，争议实质性化解"],
}
CLOSING_DOCS: dict[str, tuple[str, ...]] = {
    "judgment": ("judgment_copy", "pleadings"),
    "mediation": ("mediation_copy", "pleadings"),
    "settlement": ("mediation_copy",),
    "withdrawn": ("withdrawal_copy",),
    "other": ("other_documents", "case_notes"),
}
# topic → (weight, matter type when guided to apply, a typical question, the advice given)
CONSULTATIONS: dict[str, tuple[int, str, str, str]] = {
    "labour": (
        30,
        "labour_pay",
        "包工头拖欠工资三个月，怎么讨要",
        "告知可向劳动监察投诉或申请劳动仲裁，符合条件的可申请法律援助",
    ),
    "marriage_family": (
        22,
        "support",
        "子女不支付赡养费怎么办",
        "告知可先由村（居）委会调解，调解不成可起诉，赡养费纠纷可申请法律援助",
    ),
    "injury": (
        14,
        "traffic_accident",
        "交通事故对方只垫付了部分医药费",
        "告知诉讼时效与证据保全，伤情稳定后可申请伤残鉴定",
    ),
    "contract_debt": (
        12,
        "other",
        "朋友借钱不还，没有借条只有转账记录",
        "告知转账记录可作证据，建议补充聊天记录后起诉",
    ),
    "property": (8, "other", "邻居违章搭建影响采光", "告知可向城管部门反映或申请人民调解"),
    "social_security": (
        6,
        "social_insurance",
        "单位没有给缴社保，退休后怎么办",
        "告知可向社保经办机构投诉，补缴争议可申请劳动仲裁",
    ),
    "criminal": (
        3,
        "criminal_victim",
        "家人被刑事拘留，能否请法律援助律师",
        "告知犯罪嫌疑人因经济困难或其他原因没有委托辩护人的可以申请法律援助",
    ),
    "administrative": (
        2,
        "social_insurance",
        "不服工伤认定结论怎么办",
        "告知可申请行政复议或提起行政诉讼及其期限",
    ),
    "legal_aid_conditions": (
        10,
        "labour_pay",
        "法律援助需要什么条件",
        "告知法律援助事项范围、经济困难标准及所需材料",
    ),
    "other": (3, "", "询问公证办理流程", "告知公证处地址及所需材料"),
}
RECEIVERS = ["陈静", "张敏", "吴海燕", "许晨", "朱丽", "黄磊"]
COURT = "南通市崇川区人民法院"
ARBITRATION = "南通市崇川区劳动人事争议仲裁委员会"
COMPANIES = [
    "南通恒远装饰工程有限公司",
    "南通鑫达建筑劳务有限公司",
    "南通华宇纺织有限公司",
    "南通顺丰物流有限公司",
    "南通金鼎餐饮管理有限公司",
]

# matter → (proceeding, handling body, summaries, opposing parties)
MATTERS: dict[str, tuple[str, str, list[str], list[str]]] = {
    "labour_pay": (
        "labour_arbitration",
        ARBITRATION,
        ["在公司务工，被拖欠 5 个月工资共 31,500 元", "工程完工后包工头失联，工资未结清"],
        COMPANIES,
    ),
    "labour_relation": (
        "labour_arbitration",
        ARBITRATION,
        ["在公司工作两年未签劳动合同，公司否认存在劳动关系"],
        COMPANIES,
    ),
    "work_injury": (
        "civil_litigation",
        COURT,
        ["在工地作业时从脚手架摔下致腰椎骨折，公司拒绝赔偿"],
        COMPANIES,
    ),
    "traffic_accident": (
        "civil_litigation",
        COURT,
        ["骑电动车被小型客车撞伤，肇事方仅垫付部分医疗费"],
        ["肇事司机顾某", "某财产保险公司南通分公司"],
    ),
    "medical_accident": (
        "civil_litigation",
        COURT,
        ["手术后出现严重并发症，认为医院存在医疗过错"],
        ["南通市某医院"],
    ),
    "support": (
        "civil_litigation",
        COURT,
        ["三名子女拒不支付赡养费，本人无固定生活来源", "离婚后对方拒付子女抚养费"],
        ["申请人之子张某", "前夫陆某"],
    ),
    "incapacity": (
        "civil_litigation",
        COURT,
        ["父亲患阿尔茨海默病，申请认定为无民事行为能力人"],
        [""],
    ),
    "environmental": (
        "civil_litigation",
        "南通市中级人民法院",
        ["鱼塘上游企业排污致鱼苗大量死亡"],
        ["南通某化工有限公司"],
    ),
    "abuse_victim": (
        "civil_litigation",
        COURT,
        ["长期遭受丈夫家庭暴力，请求离婚并申请人身安全保护令"],
        ["丈夫周某"],
    ),
    "good_samaritan": (
        "civil_litigation",
        COURT,
        ["在濠河边救起落水儿童后受伤，主张医疗费等民事权益"],
        ["受益人监护人"],
    ),
    "martyr_relatives": (
        "civil_litigation",
        COURT,
        ["网络账号发文歪曲烈士事迹，烈士之子请求停止侵害、赔礼道歉"],
        ["某网络账号运营者"],
    ),
    "criminal_victim": (
        "criminal_litigation",
        COURT,
        ["被他人故意伤害致轻伤，申请刑事附带民事诉讼代理"],
        ["被告人钱某"],
    ),
    "criminal_defence": (
        "criminal_litigation",
        COURT,
        ["涉嫌盗窃罪被提起公诉，家庭经济困难，申请辩护"],
        ["南通市崇川区人民检察院"],
    ),
    "other": (
        "non_litigation",
        "",
        ["与邻居因房屋买卖合同定金发生纠纷"],
        ["邻居刘某"],
    ),
}
ADMINISTRATIVE: list[tuple[str, str, str, str, str]] = [
    # matter, proceeding, handling body, summary, opposing party
    (
        "social_insurance",
        "administrative_litigation",
        COURT,
        "工伤保险待遇申请被社保经办机构拒绝",
        "南通市社会保险基金管理中心",
    ),
    (
        "social_insurance",
        "administrative_review",
        "南通市崇川区人民政府",
        "最低生活保障申请被驳回，申请行政复议",
        "和平桥街道办事处",
    ),
    (
        "state_compensation",
        "administrative_litigation",
        COURT,
        "被违法行政拘留五日，提起行政赔偿诉讼",
        "南通市公安局崇川分局",
    ),
    (
        "pension",
        "administrative_review",
        "南通市崇川区人民政府",
        "因公牺牲人员遗属抚恤金被停发",
        "崇川区退役军人事务局",
    ),
    (
        "social_insurance",
        "administrative_litigation",
        COURT,
        "不服不予认定工伤决定，提起行政诉讼",
        "南通市人力资源和社会保障局",
    ),
]


@dataclass
class Plan:
    """One application to replay: who, what, when received, and the steps after (day offsets)."""

    person: dict[str, Any]
    facts: dict[str, Any]
    matter: dict[str, Any]
    received: date
    path: list[tuple[int, str, life.StepInput]]
    window_id: str
    missing: Sequence[str] = ()  # left out of the materials at intake
    group: str = ""


class _Seeder:
    def __init__(self, gen: DemoGenerator, session: Session) -> None:
        self.gen = gen
        self.session = session
        self.rng = gen.rng
        self.today = gen.today
        self.settings = gen.settings
        self.calendar = gen.calendar
        self.rows: dict[type[SQLModel], list[dict[str, Any]]] = {
            LegalAidCase: [],
            LegalAidApplication: [],
            LegalAidStep: [],
            LegalAidConsultation: [],
        }
        self.agency_names: dict[str, str] = {}

    # --- places -------------------------------------------------------------------------------
    def places(self) -> None:
        gen = self.gen
        own = self.session.execute(
            select(OrgUnit).where(col(OrgUnit.kind) == "legal_aid_agency")
        ).scalar_one()  # the demo generator writes the district's legal-aid agency
        self.agency = own.id
        self.agency_names[own.id] = own.name
        units = []

        def unit(kind: str, name: str, parent: str | None) -> str:
            row = {**gen.sync_cols(), "kind": kind, "name": name, "area_id": None,
                   "parent_id": parent, "phone": "", "address": ""}  # fmt: skip
            units.append(row)
            return str(row["id"])

        self.stations = {
            k: unit("legal_aid_workstation", n, self.agency) for k, n in WORKSTATIONS.items()
        }
        self.others = []
        for name in CITY_AGENCIES:
            agency_id = unit("legal_aid_agency", name, None)
            self.others.append(agency_id)
            self.agency_names[agency_id] = name
        self.session.execute(insert(OrgUnit.__table__), units)  # type: ignore[attr-defined]
        self.windows = list(gen.window_ids)

    # --- people -------------------------------------------------------------------------------
    def local_person(self) -> dict[str, Any]:
        return dict(self.rng.choice(self.gen.people))

    def worker(self) -> dict[str, Any]:
        gender = "M" if self.rng.random() < 0.85 else "F"
        born = self.today - timedelta(days=self.rng.randint(22, 58) * 365 + self.rng.randrange(365))
        seq = self.rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)
        region = self.rng.choice(data.MIGRANT_REGIONS)
        return {
            "name": self.gen._name(gender),
            "id_number": idnumber.make(region, born, seq),
            "gender": gender,
            "birth_date": born,
            "phone": self.gen._phone(),
            "address": self.rng.choice(data.ROADS) + f"{self.rng.randint(1, 300)}号（租住）",
            "disabled": False,
            "subsistence": False,
            "extreme_poverty": False,
        }

    # --- replay -------------------------------------------------------------------------------
    def at(self, day: date) -> datetime:
        local = datetime.combine(
            day, time(self.rng.randint(8, 16), self.rng.randrange(60)), tzinfo=LOCAL_TZ
        )
        return min(local.astimezone(UTC), self.gen.now - timedelta(minutes=5))

    def case(
        self, matter: dict[str, Any], window_id: str, received: date, group: str
    ) -> LegalAidCase:
        competent = matter.pop("competent_agency_id", None) or self.agency
        case = LegalAidCase(
            **self.gen.sync_cols(),
            number="",
            window_id=window_id,
            competent_agency_id=competent,
            city_wide=competent != self.agency,
            received_on=received,
            received_by=CLERK[1],
            group_name=group,
            **matter,
        )
        case.number = case_number(case.id, received)
        self.rows[LegalAidCase].append(case.model_dump())
        return case

    def replay(self, case: LegalAidCase, plan: Plan, index: int) -> LegalAidApplication:
        person = plan.person
        self._last: datetime | None = None
        fields: dict[str, Any] = {
            **self.gen.sync_cols(),
            "case_id": case.id,
            "number": application_number(case.number, index, bool(plan.group)),
            "status": "",
            **{k: person.get(k) for k in ("name", "id_number", "gender", "birth_date")},
            "phone": person.get("phone") or "",
            "address": person.get("address") or "",
            **{k: bool(person.get(k)) for k in ("disabled", "subsistence", "extreme_poverty")},
        }
        fields.update(plan.facts)
        application = LegalAidApplication(**fields)
        if plan.matter.get("matter_type") == "labour_pay" or plan.group:
            application.claim_amount_fen = self.rng.randrange(60, 480) * 10_000
        needed = el.required_materials(
            applicant_facts(application), case.matter_type, [], plan.received,
            case.criminal_reason,
        )  # fmt: skip
        application.materials = [m for m in needed if m not in plan.missing]
        if case.notifier:
            first = notified(application, case, self.calendar)
        else:
            first = receive(application, case, plan.received, self.calendar, self.settings)
        steps = [self.step(application, life.RECEIVE, "", plan.received, first, "")]
        steps[0]["to_status"] = application.status
        for offset, action, step in plan.path:
            day = plan.received + timedelta(days=offset)
            if day > self.today:
                break
            if action == life.Action.COMPLETE:
                step = life.StepInput(materials=tuple(plan.missing), note=step.note)
            if action == life.Action.OBJECT:
                step = life.StepInput(received_on=day, note=step.note)
            needs_day = action == life.Action.CONCLUDE or (
                action == life.Action.CLOSE and application.status == life.Status.ASSIGNED
            )
            if needs_day and step.ended_on is None:
                step = replace(step, ended_on=day)
            situation = situation_of(application, case, step, day)
            outcome = life.decide(application.status, action, step, situation)
            agency = self.agency_names.get(step.agency_id or "", "")
            values, detail, _params = step_values(
                application,
                outcome,
                action,
                step,
                StepDay(day, self.calendar, self.settings),
                agency,
            )
            row = self.step(application, action, application.status, day, detail, step.note)
            row["to_status"] = str(outcome.to_status)
            steps.append(row)
            for name, value in values.items():
                setattr(application, name, value)
        application.status = str(application.status)
        self.rows[LegalAidApplication].append(application.model_dump())
        self.rows[LegalAidStep] += steps
        return application

    def _next_at(self, day: date) -> datetime:
        """A time on `day`, after the application's previous step (a history reads in order)."""
        at = self.at(day)
        if self._last is not None and at <= self._last:
            at = self._last + timedelta(minutes=self.rng.randint(2, 20))
        self._last = at
        return at

    def step(
        self,
        application: LegalAidApplication,
        action: str,
        from_status: str,
        day: date,
        detail: dict[str, Any],
        note: str,
    ) -> dict[str, Any]:
        return {
            **self.gen.sync_cols(),
            "application_id": application.id,
            "action": str(action),
            "from_status": str(from_status),
            "to_status": "",
            "actor_id": CLERK[0],
            "actor_name": CLERK[1],
            "at": self._next_at(day),
            "note": note,
            "detail": detail,
        }

    def add(self, plans: list[Plan]) -> None:
        """Plans of one case (one plan, or every applicant of a group)."""
        first = plans[0]
        case = self.case(dict(first.matter), first.window_id, first.received, first.group)
        for index, plan in enumerate(plans, start=1):
            self.replay(case, plan, index)

    def flush(self) -> None:
        for model, rows in self.rows.items():
            if rows:
                self.session.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]

    # --- paths --------------------------------------------------------------------------------
    def lawyer(self) -> life.StepInput:
        name, firm = self.rng.choice(LAWYERS)
        return life.StepInput(assignee_name=name, assignee_unit=firm, assignee_kind="lawyer")

    def granted(
        self, decide: int, assign: int | None, hardship: str = "verified"
    ) -> list[tuple[int, str, life.StepInput]]:
        path = [(decide, life.Action.GRANT.value, life.StepInput(hardship=hardship))]
        if assign is not None:
            path.append((decide + assign, life.Action.ASSIGN.value, self.lawyer()))
        return path

    def refused(
        self, decide: int, reasons: str, basis: str
    ) -> list[tuple[int, str, life.StepInput]]:
        return [
            (decide, life.Action.REFUSE.value, life.StepInput(reasons=reasons, legal_basis=basis))
        ]

    def decided_history(self) -> list[tuple[int, str, life.StepInput]]:
        """A past application: mostly on time (a few days), now and then a day late."""
        r = self.rng
        decide = r.choice([1, 1, 2, 2, 3, 4, 5, 6, 7]) if r.random() > 0.06 else 9
        assign = r.choice([0, 1, 1, 2, 3]) if r.random() > 0.05 else 5
        return self.granted(decide, assign, r.choice(["verified", "pledged"]))

    def finished(
        self,
        path: list[tuple[int, str, life.StepInput]],
        outcome: str,
        administrative: bool = False,
    ) -> list[tuple[int, str, life.StepInput]]:
        """An assigned case carried to its end (Art. 50): the matter ends some weeks later, the
        closing report comes in within 30 days (now and then late)."""
        r = self.rng
        start = path[-1][0]
        ended = start + r.randint(20, 90)
        late = r.random() < 0.08
        closed = ended + (r.randint(31, 40) if late else r.randint(3, 28))
        claimed = r.randrange(8, 120) * 1000 if outcome in ("judgment", "mediation") else 0
        recovered = int(claimed * r.choice([1.0, 0.9, 0.8, 0.6])) if claimed else 0
        close = life.StepInput(
            note=r.choice(CLOSING_REPORTS[outcome]),
            outcome=outcome,
            documents=CLOSING_DOCS[outcome],
            amount_claimed=str(claimed) if claimed else "",
            amount_recovered=str(recovered) if recovered else "",
            resolved=(r.random() < 0.75) if administrative else None,
        )
        return [
            *path,
            (ended, life.Action.CONCLUDE.value, life.StepInput(note="承办律师报告案件已审结")),
            (closed, life.Action.CLOSE.value, close),
        ]

    def matter(self, code: str, **extra: Any) -> dict[str, Any]:
        proceeding, body, summaries, opposing = MATTERS[code]
        if code == "criminal_defence":
            extra.setdefault("criminal_reason", "hardship")
        return {
            "matter_type": code,
            "proceeding": proceeding,
            "handling_body": body,
            "summary": self.rng.choice(summaries),
            "opposing_party": self.rng.choice(opposing),
            **extra,
        }

    def consultations(self, days: int, per_day: float) -> None:
        """The consultation register (Arts. 22–23): most visitors are answered, some are guided
        to apply or elsewhere; the person is written down only now and then."""
        r = self.rng
        topics = list(CONSULTATIONS)
        weights = [CONSULTATIONS[t][0] for t in topics]
        for back in range(days, 0, -1):
            day = self.today - timedelta(days=back)
            if not self.calendar.is_workday(day):
                continue
            for _ in range(int(per_day + r.random())):
                topic = r.choices(topics, weights)[0]
                _weight, matter, question, advice = CONSULTATIONS[topic]
                referral = r.choices(["none", "application", "elsewhere"], [70, 20, 10])[0]
                named = r.random() < 0.35
                person = self.local_person() if named else {}
                self.rows[LegalAidConsultation].append(
                    {
                        **self.gen.sync_cols(),
                        "window_id": r.choice(self.windows),
                        "at": self.at(day),
                        "topic": topic,
                        "matter_type": matter if referral == "application" else "",
                        "person_name": person.get("name", ""),
                        "person_phone": person.get("phone") or "",
                        "question": question,
                        "advice": advice,
                        "referral": referral,
                        "referred_to": "区劳动人事争议仲裁委员会"
                        if referral == "elsewhere" and topic == "labour"
                        else ("区人民调解委员会" if referral == "elsewhere" else ""),
                        "clerk_name": CLERK[1],
                    }
                )


def _wage_groups(s: _Seeder, street_windows: list[str]) -> None:
    """Two group cases of unpaid wages (a decoration company, a closed supermarket)."""
    today = s.today

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # 1. Group case: 68 decoration workers owed wages by one company (granted and assigned).
    received = ago(38)
    decoration = s.matter(
        "labour_pay",
        summary="68 名装修工人在恒远装饰承接的住宅精装修项目务工，工程完工后工资共计 186 万元未结清",
        opposing_party="南通恒远装饰工程有限公司",
        opposing_code="91320602MA1N8K2L3E",
        limitation_date=ago(38) + timedelta(days=300),
        limitation_note="劳动仲裁时效",
    )
    plans = []
    team = life.StepInput(
        assignee_name="李明", assignee_unit="江苏崇川律师事务所", assignee_kind="lawyer"
    )
    for i in range(68):
        facts = {"migrant_worker": True}
        if i in (13, 41):  # never brought their work proof: counted as withdrawn
            path = [
                (20, life.Action.WITHDRAW.value, life.StepInput(withdraw_reason="not_supplemented"))
            ]
            missing: Sequence[str] = ("proof_migrant_work",)
        elif i == 57:  # brought it late, then granted
            path = [(9, life.Action.COMPLETE.value, life.StepInput(note="补交工友证明")),
                    *s.granted(11, 1)]  # fmt: skip
            missing = ("proof_migrant_work",)
        else:
            path = [
                (2, life.Action.GRANT.value, life.StepInput()),
                (3, life.Action.ASSIGN.value, team),
            ]
            missing = ()
        plans.append(Plan(s.worker(), facts, decoration, received, path, s.stations["migrants"],
                          missing, group="恒远装饰装修工人欠薪群体案件（68人）"))  # fmt: skip
    s.add(plans)

    # 2. Group case: 27 dispatched workers of one supermarket, received this week.
    received = ago(5)
    supermarket = s.matter(
        "labour_pay",
        summary="27 名劳务派遣员工在惠民超市工作，超市闭店后 3 个月工资及经济补偿未支付，"
        "派遣单位与用工单位相互推诿",
        opposing_party="南通惠民超市有限公司、南通启航劳务派遣有限公司",
        limitation_date=ago(5) + timedelta(days=330),
        limitation_note="劳动仲裁时效",
    )
    plans = []
    for i in range(27):
        path = [(4, life.Action.GRANT.value, life.StepInput())] if i < 22 else []
        plans.append(Plan(s.worker(), {"migrant_worker": True}, supermarket, received, path,
                          street_windows[0], group="惠民超市派遣员工欠薪群体案件（27人）"))  # fmt: skip
    s.add(plans)


def _city_wide(s: _Seeder) -> None:
    """Applications accepted here for another district's agency and forwarded (通城通办)."""
    r, today = s.rng, s.today

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # 3. 104 applications under city-wide handling: accepted here, forwarded.
    for i in range(104):
        code = r.choice(
            ["labour_pay", "traffic_accident", "work_injury", "support", "labour_relation"]
        )
        days = 3 + i * 3 if i < 100 else [0, 1, 2, 5][i - 100]
        competent = r.choice(s.others)
        matter = s.matter(code, competent_agency_id=competent)
        place = s.agency_names[competent].replace("法律援助中心", "")
        matter["handling_body"] = (
            f"{place}劳动人事争议仲裁委员会" if matter["proceeding"] == "labour_arbitration"
            else f"{place}人民法院"
        )  # fmt: skip
        forward: list[tuple[int, str, life.StepInput]] = []
        lacking: Sequence[str] = ()
        if i in (100, 101):  # two still waiting for materials
            lacking = la.MATTER_TYPES[code].materials[:1]
        else:  # forwarded after a day or three; the last two not yet (one is late)
            forward = [(r.choice([1, 1, 2, 3]) if i < 100 else 99, life.Action.FORWARD.value,
                     life.StepInput(agency_id=competent, receiver=r.choice(RECEIVERS)))]  # fmt: skip
        s.add(
            [Plan(s.local_person(), {}, matter, ago(days), forward, r.choice(s.windows), lacking)]
        )


def _administrative(s: _Seeder) -> None:
    """Administrative disputes over the year: mostly decided, a few refused or objected to."""
    r, today = s.rng, s.today

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # 4. 41 administrative disputes over the year: mostly decided, a few open.
    for i in range(41):
        code, proceeding, body, summary, opposing = ADMINISTRATIVE[i % len(ADMINISTRATIVE)]
        matter = {"matter_type": code, "proceeding": proceeding, "handling_body": body,
                  "summary": summary, "opposing_party": opposing}  # fmt: skip
        person = s.local_person()
        facts = {"no_fixed_income": r.random() < 0.3}
        days = 12 + i * 8
        if i == 0:
            path, days = [], 3  # under review
        elif i == 1:
            path, days = s.granted(5, None), 6  # granted, to be assigned
        elif i == 2:  # refused, objection lodged two days ago
            days = 12
            path = [*s.refused(4, "申请人月收入高于本市法律援助经济困难标准", "《法律援助法》第三十一条"),
                    (10, life.Action.OBJECT.value, life.StepInput(note="认为家庭人均收入计算有误"))]  # fmt: skip
        elif i % 9 == 5:
            path = s.refused(
                r.randint(2, 6),
                "申请人月收入高于本市法律援助经济困难标准",
                "《法律援助法》第三十一条",
            )
        elif i == 13:  # objection upheld
            path = [*s.refused(3, "申请人已委托律师代理本案", "《法律援助法》第三十一条"),
                    (8, life.Action.OBJECT.value, life.StepInput(note="不服")),
                    (12, life.Action.UPHOLD.value, life.StepInput(note="经审查，维持原决定"))]  # fmt: skip
        else:
            path = s.decided_history()
            if days >= 60:  # most of the year's administrative cases have ended (Art. 50)
                outcome = r.choice(["judgment", "mediation", "withdrawn", "other", "other"])
                path = s.finished(path, outcome, administrative=True)
        s.add([Plan(person, facts, matter, ago(days), path, r.choice(s.windows))])


def _over_the_year(s: _Seeder) -> None:
    """Individual applications over the year, most of them decided and many ended."""
    r, today = s.rng, s.today

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # 5. Individual applications over the year and the queue of today.
    history_codes = ["support", "traffic_accident", "medical_accident", "work_injury", "labour_pay",
                     "labour_relation", "incapacity", "environmental", "criminal_victim",
                     "criminal_defence"]  # fmt: skip
    for i in range(60):
        code = history_codes[i % len(history_codes)]
        person = s.local_person()
        facts = {"no_fixed_income": code in ("support", "incapacity") and r.random() < 0.6}
        path = s.decided_history()
        if 15 + i * 5 >= 50:
            outcome = "judgment" if code.startswith("criminal") else r.choice(
                ["judgment", "judgment", "mediation", "mediation", "settlement", "withdrawn"]
            )  # fmt: skip
            path = s.finished(path, outcome)
        s.add([Plan(person, facts, s.matter(code), ago(15 + i * 5), path, r.choice(s.windows))])


def seed_legal_aid(gen: DemoGenerator, session: Session, _size: Any) -> None:
    gen.writer.flush()  # the org units and the register first
    s = _Seeder(gen, session)
    s.places()
    r, today = s.rng, s.today
    district_window = s.windows[0]
    street_windows = s.windows[1:] or s.windows

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    _wage_groups(s, street_windows)
    _city_wide(s)
    _administrative(s)
    _over_the_year(s)

    women, veterans = s.stations["women"], s.stations["veterans"]

    def woman() -> dict[str, Any]:
        while True:
            person = s.local_person()
            if person["gender"] == "F":
                return person

    # Art. 32 matters: no hardship condition
    s.add([Plan(woman(), {}, s.matter("abuse_victim"), ago(30), s.granted(1, 1), women)])
    s.add([Plan(woman(), {}, s.matter("abuse_victim"), ago(1), [], women)])  # under review
    s.add(
        [
            Plan(
                s.local_person(),
                {},
                s.matter("good_samaritan"),
                ago(45),
                s.granted(2, 1),
                district_window,
            )
        ]
    )
    s.add([Plan(s.local_person(), {"veteran": True}, s.matter("martyr_relatives"), ago(70),
                s.granted(3, 2), veterans)])  # fmt: skip
    s.add([Plan(s.local_person(), {}, {"matter_type": "acquittal_compensation",
                "proceeding": "state_compensation_claim", "handling_body": "南通市中级人民法院",
                "summary": "再审改判无罪后请求国家赔偿", "opposing_party": "南通市中级人民法院"},
                ago(90), s.granted(2, 1), district_window)])  # fmt: skip
    # out of scope: refused in writing
    s.add([Plan(s.local_person(), {}, s.matter("other"), ago(20),
                s.refused(1, "所申请事项不属于《法律援助法》第三十一条、第三十二条规定的法律援助事项范围",
                          "《法律援助法》第三十一条、第三十二条"), district_window)])  # fmt: skip
    # ended (Art. 48): the applicant hired their own lawyer
    s.add([Plan(s.local_person(), {}, s.matter("traffic_accident"), ago(60),
                [*s.granted(2, 1), (30, life.Action.END.value, life.StepInput(
                    ground="own_lawyer", reasons="受援人已自行委托律师代理本案"))],
                district_window)])  # fmt: skip
    # the veteran with a service disability: Art. 42 (二) as 优抚对象
    s.add([Plan(s.local_person(), {"veteran": True, "special_care": True}, s.matter("work_injury"),
                ago(2), [], veterans)])  # fmt: skip
    # under review: due in 6, 4, 1 days; one overdue (received 8 days ago)
    for days in (1, 3, 6):
        s.add([Plan(s.local_person(), {}, s.matter(r.choice(["support", "medical_accident", "labour_relation"])),
                    ago(days), [], r.choice(street_windows))])  # fmt: skip
    s.add(
        [
            Plan(
                s.local_person(),
                {"no_fixed_income": True},
                s.matter("support"),
                ago(8),
                [],
                district_window,
            )
        ]
    )
    # Art. 44: an arbitration limit three days away, aid not yet started; and one already started
    s.add([Plan(s.worker(), {"migrant_worker": True},
                s.matter("labour_pay", limitation_date=today + timedelta(days=3), limitation_note="劳动仲裁时效"),
                ago(1), [], s.stations["migrants"], missing=("evidence_wage_arrears",))])  # fmt: skip
    s.add([Plan(s.local_person(), {},
                s.matter("traffic_accident", limitation_date=today + timedelta(days=2),
                         limitation_note="诉讼时效", urgent_preservation=True),
                ago(2), [(0, life.Action.ADVANCE.value, s.lawyer())], district_window)])  # fmt: skip
    # awaiting materials: one recent, one whose last day has passed (to be closed as withdrawn)
    s.add([Plan(s.local_person(), {}, s.matter("medical_accident"), ago(2), [], district_window,
                missing=("evidence_medical_records", "hardship_statement"))])  # fmt: skip
    s.add([Plan(s.local_person(), {}, s.matter("labour_relation"), ago(18), [], r.choice(street_windows),
                missing=("evidence_employment",))])  # fmt: skip
    # granted, waiting for assignment: one due, one overdue
    s.add(
        [
            Plan(
                s.local_person(),
                {},
                s.matter("work_injury"),
                ago(3),
                s.granted(2, None),
                district_window,
            )
        ]
    )
    s.add(
        [
            Plan(
                s.local_person(),
                {},
                s.matter("incapacity"),
                ago(9),
                s.granted(4, None),
                district_window,
            )
        ]
    )
    # the end of a case (Art. 50): the matter ended, the closing report due (one overdue)
    s.add([Plan(s.local_person(), {}, s.matter("traffic_accident"), ago(80),
                [*s.granted(2, 1), (40, life.Action.CONCLUDE.value, life.StepInput(
                    note="二审判决已送达"))], district_window)])  # fmt: skip
    s.add([Plan(s.local_person(), {}, s.matter("support"), ago(75),
                [*s.granted(2, 1), (70, life.Action.CONCLUDE.value, life.StepInput(
                    note="调解书已送达"))], district_window)])  # fmt: skip
    # Art. 48 termination, objected to (Art. 49) and corrected: aid resumed
    s.add([Plan(s.local_person(), {}, s.matter("work_injury"), ago(50),
                [*s.granted(2, 1),
                 (20, life.Action.END.value, life.StepInput(ground="finances_changed",
                     reasons="经核查受援人已获得工伤保险待遇，经济状况发生变化")),
                 (22, life.Action.OBJECT.value, life.StepInput(note="工伤保险待遇尚未实际到账")),
                 (25, life.Action.CORRECT.value, life.StepInput(
                     note="经审查，受援人经济状况未发生实质变化，责令恢复法律援助"))],
                district_window)])  # fmt: skip
    # Art. 55: the recipient asked for another lawyer
    s.add([Plan(s.local_person(), {}, s.matter("medical_accident"), ago(40),
                [*s.granted(2, 1),
                 (15, life.Action.REPLACE.value, life.StepInput(
                     reasons="承办律师两次未按约会见受援人，受援人请求更换",
                     assignee_name="吴建国", assignee_unit="江苏通城律师事务所",
                     assignee_kind="lawyer"))], district_window)])  # fmt: skip
    # Arts. 25, 36: notified defences — one assigned in time, one waiting (due tomorrow)
    notices: tuple[tuple[Any, ...], ...] = (
        (20, "notified_defence", "court", COURT, "（2026）苏0602刑初320号", "minor",
         "涉嫌盗窃罪，被告人系未成年人", [(1, life.Action.ASSIGN.value, s.lawyer())]),
        (2, "compulsory_treatment", "procuratorate", "南通市崇川区人民检察院",
         "崇检强医〔2026〕3号", "compulsory_treatment", "申请对被申请人强制医疗", []),
    )  # fmt: skip
    for back, code, who, body, ref, ground, summary, path_ in notices:
        notice = {"matter_type": code, "proceeding": "criminal_litigation",
                  "handling_body": body, "summary": summary, "notifier": who,
                  "notice_ref": ref, "notified_on": ago(back), "notify_ground": ground,
                  "detention_place": "南通市看守所"}  # fmt: skip
        s.add([Plan(s.local_person(), {}, notice, ago(back), path_, district_window)])
    # Art. 24: a defence for "other reasons" (no hardship review); Art. 33: a retrial
    s.add([Plan(s.local_person(), {}, s.matter("criminal_defence", criminal_reason="other",
                summary="被告人长期在外务工，家属联系不上，无人为其委托辩护人"),
                ago(10), [(1, life.Action.GRANT.value, life.StepInput()),
                          (2, life.Action.ASSIGN.value, s.lawyer())], district_window)])  # fmt: skip
    s.add([Plan(s.local_person(), {}, {"matter_type": "retrial", "proceeding": "civil_litigation",
                "handling_body": "南通市中级人民法院", "summary": "劳动争议案件经检察院抗诉，法院裁定再审",
                "opposing_party": "南通华宇纺织有限公司"}, ago(4), [], district_window)])  # fmt: skip
    # Art. 2: a company asked for aid; recorded and refused
    company = {"name": "南通鑫达建筑劳务有限公司", "id_number": "91320602MA1N8K2L3E",
               "phone": "", "address": "南通市崇川区工农路 88 号"}  # fmt: skip
    s.add([Plan(company, {"applicant_kind": "organisation"}, s.matter("other",
                summary="公司请求为其与发包方的工程款纠纷提供法律援助"), ago(6),
                s.refused(0, la.ORGANISATION_REASON, la.ORGANISATION_BASIS), district_window)])  # fmt: skip
    s.consultations(365, 6.0)
    # a withdrawal by the applicant
    s.add([Plan(s.local_person(), {}, s.matter("support"), ago(25),
                [(3, life.Action.WITHDRAW.value, life.StepInput(withdraw_reason="applicant",
                                                                note="双方已自行和解"))],
                district_window)])  # fmt: skip
    s.flush()
