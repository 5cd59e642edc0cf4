"""Demo disputes at every stage, replayed through the lifecycle rules.

Scale: the seed report counts 2,348 disputes resolved in the district in about a year; the
district has 11,484 micro-grids, i.e. about 574,000 households at the demo's 50 per micro-grid.
The demo resolves the same share for its own households (≈20 for 5,000), with a floor so that
every outcome and level appears, and keeps about half as many open at every stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from gridwarden.clock import LOCAL_TZ
from gridwarden.demo.generator import _table
from gridwarden.models import (
    AgreementObligation,
    Dispute,
    DisputeParty,
    DisputeStep,
    MediationAgreement,
    MediationSession,
)
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import _plain, dispute_number

DISTRICT_RESOLVED_PER_YEAR = 2348
DISTRICT_HOUSEHOLDS = 11_484 * 50
MEDIATORS = ["陈建国", "周玉兰", "吴志强", "徐秀英"]
A = life.Action
# Parents before children, so foreign keys hold.
MODELS = (
    Dispute,
    DisputeParty,
    MediationAgreement,
    DisputeStep,
    MediationSession,
    AgreementObligation,
)


@dataclass(frozen=True)
class Scenario:
    category: str
    facts: str
    claims: str
    amount: int | None  # yuan
    agreement: str
    respondent_company: str = ""  # an organisation as respondent


SCENARIOS = [
    Scenario(
        "neighbour",
        "楼上住户卫生间防水层老化渗漏，致楼下住户天花板及墙面霉变，双方多次协商未果。",
        "修复防水并赔偿墙面修复费用",
        3000,
        "被申请人于协议签订后十日内修复卫生间防水，并一次性赔偿申请人墙面修复费用人民币叁仟元。",
    ),
    Scenario(
        "neighbour",
        "一楼住户在公共绿地上私搭棚架堆放杂物，影响邻居通行和采光，引发口角。",
        "拆除棚架、恢复绿地",
        None,
        "被申请人于十五日内自行拆除棚架并清理杂物，双方今后互谅互让、和睦相处。",
    ),
    Scenario(
        "marriage_family",
        "兄妹三人因老人赡养费分担和轮流照料问题产生矛盾，老人要求子女按月给付赡养费。",
        "每月给付赡养费并轮流照料",
        1500,
        "三名子女每人每月5日前向母亲给付赡养费人民币伍佰元，每人每月轮流照料十日。",
    ),
    Scenario(
        "property_tenancy",
        "租户提前退租，房东以房屋损坏为由扣留押金，双方对损坏程度和维修费用有争议。",
        "退还押金人民币肆仟元",
        4000,
        "出租人于三日内退还承租人押金人民币叁仟贰佰元，其余捌佰元抵作维修费用。",
    ),
    Scenario(
        "labour_wage",
        "申请人等在被申请人承接的装修工程务工，工程完工后被拖欠工资三个月，多次讨要未果。",
        "支付拖欠工资",
        28600,
        "被申请人于2026年12月20日前分两期付清拖欠工资人民币贰万捌仟陆佰元。",
        respondent_company="南通市崇川区恒昌装饰工程有限公司",
    ),
    Scenario(
        "consumer",
        "申请人在小区门口的装修公司定制橱柜，安装后柜门变形开裂，商家拒绝更换。",
        "更换柜门或退还部分货款",
        6800,
        "商家于二十日内免费更换全部变形柜门，并赔偿申请人人民币伍佰元。",
        respondent_company="南通市崇川区美居家具经营部",
    ),
    Scenario(
        "traffic",
        "小区内电动自行车与行人发生碰撞，行人手臂擦伤就医，双方对医疗费用分担有争议。",
        "赔偿医疗费、误工费",
        2300,
        "电动自行车驾驶人一次性赔偿医疗费、误工费共计人民币贰仟元，双方再无其他争议。",
    ),
    Scenario(
        "land",
        "两户村民因宅基地之间的排水沟边界发生争执，一方砌墙后另一方认为占用了其土地。",
        "确认边界并拆除越界部分",
        None,
        "双方以村委会存档的宅基地图为准，越界部分围墙由砌墙方于三十日内拆除。",
    ),
    Scenario(
        "property_tenancy",
        "业主以物业服务质量差为由拒交物业费两年，物业公司上门催缴时发生争执。",
        "缴纳物业费",
        5760,
        "业主于协议签订后一个月内缴清物业费人民币伍仟元，物业公司于十五日内整改楼道照明。",
        respondent_company="南通市崇川区安居物业服务有限公司",
    ),
    Scenario(
        "other",
        "广场舞音响音量过大影响临街住户休息，住户多次投诉，双方发生口角。",
        "限定时段和音量",
        None,
        "广场舞队每日活动时间限定在18:30至20:30，音量控制在60分贝以下。",
    ),
]

# (final status, the level it ended at or stands at, share) for closed and open disputes.
CLOSED_PLAN = [
    ("agreed_written", "grid"),
    ("agreed_oral", "grid"),
    ("agreed_written", "station"),
    ("failed", "grid"),
    ("transferred", "court"),
    ("withdrawn", "grid"),
    ("agreed_written", "grid"),
    ("refused", "grid"),
    ("agreed_oral", "grid"),
    ("agreed_written", "station"),
    ("declined", "grid"),
    ("failed_wage", "station"),
    ("agreed_written", "grid"),
    ("agreed_oral", "station"),
    ("agreed_written", "grid"),
    ("transferred", "court"),
]
OPEN_PLAN = [
    ("registered", "grid", "walk_in"),
    ("registered", "station", "court_delegated"),
    ("mediating", "grid", "hotline_12345"),
    ("mediating", "grid", "walk_in"),
    ("agreement_pending", "grid", "walk_in"),
    ("mediating", "station", "court_entrusted"),
    ("mediating", "station", "walk_in"),  # escalated from the grid
    ("registered", "grid", "hotline_12345"),
    ("mediating", "grid", "walk_in"),
]


class _Seeder:
    def __init__(self, gen: Any) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in MODELS}
        self.people = list(gen.people)
        self.rng.shuffle(self.people)

    def at(self, day: date, hour: int | None = None) -> datetime:
        local = datetime.combine(
            day, time(hour or self.rng.randint(9, 16), self.rng.randrange(60)), tzinfo=LOCAL_TZ
        )
        return min(local, self.gen.now.astimezone(LOCAL_TZ) - timedelta(minutes=30))

    def person(self, role: str, position: int, dispute_id: str) -> dict[str, Any]:
        p = self.people.pop()
        return {
            **self.gen.sync_cols(),
            "dispute_id": dispute_id,
            "position": position,
            "role": role,
            "kind": "person",
            "name": p["name"],
            "id_number": p["id_number"],
            "gender": p["gender"],
            "birth_date": p["birth_date"],
            "uscc": None,
            "legal_representative": "",
            "phone": p["phone"],
            "address": p["address"],
            "resident_id": p["id"],
            "agent_name": "",
            "agent_kind": "",
            "agent_phone": "",
        }

    def company(self, name: str, position: int, dispute_id: str) -> dict[str, Any]:
        from stdnum.cn import uscc

        body = f"91320602MA{self.rng.randrange(10**6):06d}"
        body += str(self.rng.randrange(10))
        return {
            **self.person("respondent", position, dispute_id),
            "kind": "organisation",
            "name": name,
            "id_number": None,
            "gender": None,
            "birth_date": None,
            "resident_id": None,
            "uscc": body + uscc.calc_check_digit(body),
            "legal_representative": self.gen._name("M"),
            "address": "崇川区工农路" + str(self.rng.randint(10, 300)) + "号",
            "phone": "0513-8" + f"{self.rng.randrange(10**6):06d}",
        }

    def dispute(self, index: int, final: str, level: str, source: str, closed: bool) -> None:
        r, gen = self.rng, self.gen
        scenario = SCENARIOS[index % len(SCENARIOS)]
        if final == "failed_wage":
            scenario = SCENARIOS[4]
        dispute_id = gen.sync_cols()["id"]
        if closed:
            received_day = gen.today - timedelta(days=r.randint(40, 340))
        elif final == "registered":
            received_day = gen.today - timedelta(days=r.randint(0, 2))
        else:
            received_day = gen.today - timedelta(days=r.randint(5, 33))
        received_at = self.at(received_day)
        applicant = self.person("applicant", 0, dispute_id)
        respondent = (
            self.company(scenario.respondent_company, 1, dispute_id)
            if scenario.respondent_company
            else self.person("respondent", 1, dispute_id)
        )
        if scenario.category == "labour_wage":
            applicant["agent_name"], applicant["agent_kind"] = gen._name("M"), "entrusted"
        station_id = gen.station_ids[index % len(gen.station_ids)]
        mediator = MEDIATORS[index % len(MEDIATORS)]
        state: dict[str, Any] = {
            "status": life.Status.REGISTERED,
            "level": "station" if source in ("court_delegated", "court_entrusted") else "grid",
            "level_since": received_day,
        }
        dispute: dict[str, Any] = {
            **gen.sync_cols(),
            "id": dispute_id,
            "number": dispute_number(dispute_id, f"{received_day:%Y%m%d}"),
            "station_id": station_id,
            "grid_id": applicant.get("grid_id") or self._grid_of(applicant),
            "source": source,
            "grid_event_id": None,
            "visit_id": None,
            "work_order_number": f"2026{r.randrange(10**8):08d}"
            if source == "hotline_12345"
            else "",
            "court_id": gen.court_id if source.startswith("court") else None,
            "court_reference": (
                f"（{received_day.year}）苏0602民诉前调{r.randint(100, 2999)}号"
                if source == "court_delegated"
                else f"（{received_day.year}）苏0602民初{r.randint(100, 9999)}号"
                if source == "court_entrusted"
                else ""
            ),
            "court_procedure": "simple" if source == "court_entrusted" else "",
            "category": scenario.category,
            "amount_fen": scenario.amount * 100 if scenario.amount else None,
            "facts": scenario.facts,
            "claims": scenario.claims,
            "risk_level": "high" if index % 7 == 3 else r.choice(["low", "low", "medium"]),
            "received_at": received_at,
            "received_by": mediator,
            "mediator_id": "",
            "mediator_name": "",
            "mediator_chosen_by_parties": False,
            "mediation_mode": "",
            "refused_mediators": "",
            "possible_duplicate_of": None,
            "police_reported_at": None,
            "police_unit": "",
            "non_mediable": "",
            "outcome_note": "",
            "routes_told": [],
            "ended_level": None,
            "closed_on": None,
            "agreement_effective_on": None,
            "confirmation_state": "",
            "confirmation_on": None,
            "confirmation_due_on": None,
        }
        self.rows[DisputeParty] += [applicant, respondent]
        clock = [received_at]

        def step(action: str, inp: life.StepInput, **values: Any) -> None:
            at = clock[0] = clock[0] + timedelta(hours=r.uniform(20, 70))
            at = min(at, gen.now - timedelta(minutes=10))
            if action == "register":
                to_status, to_level, at = state["status"], state["level"], received_at
            else:
                outcome = life.decide(state["status"], state["level"], action, inp)
                to_status, to_level = outcome.to_status, outcome.to_level
            self.rows[DisputeStep].append(
                {
                    **gen.sync_cols(),
                    "dispute_id": dispute_id,
                    "action": action,
                    "from_status": "" if action == "register" else str(state["status"]),
                    "to_status": str(to_status),
                    "from_level": state["level"],
                    "to_level": to_level,
                    "actor_id": "demo-mediator",
                    "actor_name": dispute["mediator_name"] or mediator,
                    "at": at,
                    "reason": inp.reason,
                    "note": inp.note,
                    "detail": {k: _plain(v) for k, v in values.items()},
                }
            )
            state.update(status=to_status, level=to_level)
            dispute.update(values)

        def session(text: str) -> None:
            held = clock[0] = min(clock[0] + timedelta(hours=r.uniform(20, 90)), gen.now)
            self.rows[MediationSession].append(
                {
                    **gen.sync_cols(),
                    "dispute_id": dispute_id,
                    "held_at": held - timedelta(minutes=20),
                    "place": gen.streets[index % len(gen.streets)][1] + "调解室",
                    "attendees": [applicant["name"], respondent["name"], dispute["mediator_name"]],
                    "mediator_name": dispute["mediator_name"],
                    "record": text,
                    "revision": 1,
                    "revises_id": None,
                    "correction_reason": "",
                    "recorded_by": dispute["mediator_name"],
                }
            )

        def assign() -> None:
            chosen = r.random() < 0.3
            step(
                A.ASSIGN,
                life.StepInput(mediator_name=mediator, mediator_chosen_by_parties=chosen),
                mediator_name=mediator,
                mediator_chosen_by_parties=chosen,
                mediation_mode="private",
            )

        def today_of() -> date:
            return clock[0].astimezone(LOCAL_TZ).date()

        def agree(kind: str, sign: bool) -> None:
            reached = today_of()
            agreement_id = gen.sync_cols()["id"]
            self.rows[MediationAgreement].append(
                {
                    **gen.sync_cols(),
                    "id": agreement_id,
                    "dispute_id": dispute_id,
                    "kind": kind,
                    "revision": 1,
                    "correction_reason": "",
                    "facts": scenario.facts,
                    "matters": "双方对上述事实无异议；经调解员释法说理，被申请人承担主要责任。",
                    "content": scenario.agreement,
                    "performance": "按协议约定的方式和期限履行，钱款以银行转账方式支付",
                    "performance_deadline": reached + timedelta(days=20),
                    "reached_on": reached,
                    "recorded_by": mediator,
                }
            )
            due = reached + timedelta(days=r.choice([3, 10, 20, 45]))
            performed = due <= gen.today - timedelta(days=2) and r.random() < 0.8
            self.rows[AgreementObligation].append(
                {
                    **gen.sync_cols(),
                    "dispute_id": dispute_id,
                    "agreement_id": agreement_id,
                    "position": 0,
                    "obligor": respondent["name"],
                    "description": scenario.agreement[:60],
                    "amount_fen": scenario.amount * 100 if scenario.amount else None,
                    "due_on": due,
                    "performed_on": due - timedelta(days=1) if performed else None,
                    "performance_note": "已按约履行" if performed else "",
                }
            )
            action = A.DRAFT_AGREEMENT if kind == "written" else A.ORAL_AGREEMENT
            step(action, life.StepInput(agreement_kind=kind), agreement_id=agreement_id)
            if kind == "oral" or sign:
                effective = reached if kind == "oral" else today_of() + timedelta(days=1)
                if kind == "written":
                    step(
                        A.SIGN,
                        life.StepInput(signed_on=effective, signatures_complete=True),
                        agreement_effective_on=effective,
                    )
                due_confirm = dl.confirmation_deadline(effective, gen.calendar).due
                dispute.update(
                    agreement_effective_on=effective,
                    closed_on=effective,
                    ended_level=state["level"],
                    confirmation_due_on=due_confirm,
                    confirmation_state="",
                )
                if due_confirm < gen.today:
                    confirm = r.choice(["waived", "applied", "confirmed"])
                    on = (
                        None
                        if confirm == "waived"
                        else effective + timedelta(days=r.randint(3, 20))
                    )
                    step(
                        A.CONFIRMATION,
                        life.StepInput(confirmation_state=confirm, confirmation_on=on),
                        confirmation_state=confirm,
                        confirmation_on=on,
                    )

        def close(**values: Any) -> None:
            dispute.update(closed_on=today_of(), ended_level=state["level"], **values)

        step("register", life.StepInput())
        if final == "declined":
            reason = "该纠纷已由人民法院立案受理"
            step(
                A.DECLINE,
                life.StepInput(non_mediable="already_handled", reason=reason),
                non_mediable="already_handled",
                outcome_note=reason,
            )
            close()
        elif final == "refused":
            reason = "被申请人明确表示不同意调解，要求通过诉讼解决"
            step(
                A.REFUSE,
                life.StepInput(party_name=respondent["name"], reason=reason),
                outcome_note=reason,
            )
            close()
        elif final != "registered":
            if level in ("station", "court") and state["level"] == "grid":
                assign()
                session("双方各自陈述，分歧较大，申请人要求移交工作站调解。")
                reason = "涉及金额较大、专业性较强，网格调解未能化解"
                step(A.ESCALATE, life.StepInput(reason=reason), level_since=today_of())
                dispute.update(mediator_name="", mediation_mode="")
            if final == "mediating" and index % 4 == 0 and state["level"] == "grid":
                reason = "双方情绪激动，有肢体冲突苗头"
                unit = "和平桥派出所"
                step(
                    A.REPORT_POLICE,
                    life.StepInput(police_unit=unit, reason=reason),
                    police_unit=unit,
                    police_reported_at=clock[0],
                )
            assign()
            session("调解员听取双方陈述，核实现场情况，释明相关法律规定，双方均同意继续调解。")
            if final in ("agreed_written", "agreed_oral", "agreement_pending"):
                session("经背对背调解，双方就赔偿金额和履行期限达成一致意见。")
                agree("oral" if final == "agreed_oral" else "written", final != "agreement_pending")
            elif final in ("failed", "failed_wage"):
                session("双方对责任认定分歧较大，经多次调解仍无法达成一致。")
                routes = ("arbitration", "administrative", "litigation")
                reason = "双方对金额差距过大，调解不成"
                step(
                    A.FAIL,
                    life.StepInput(routes=routes, reason=reason),
                    routes_told=list(routes),
                    outcome_note=reason,
                )
                close()
            elif final == "withdrawn":
                reason = "双方已自行和解，申请人撤回调解申请"
                step(A.WITHDRAW, life.StepInput(reason=reason), outcome_note=reason)
                close()
            elif final == "transferred":
                session("工作站组织第二次调解，被申请人仍不认可赔偿方案。")
                reason = "工作站调解未果，当事人同意诉前移交法院"
                step(A.ESCALATE, life.StepInput(reason=reason), outcome_note=reason)
                close()
        dispute["status"] = str(state["status"])
        dispute["level"] = state["level"]
        dispute["level_since"] = dispute.get("level_since", received_day)
        if dispute["status"] in life.OPEN_STATUSES:
            dispute["due_on"] = dl.mediation_deadline(
                source,
                dispute["court_procedure"],
                received_day,
                dispute["level_since"],
                gen.settings.mediation_limit_days,
                gen.calendar,
            ).due
        else:
            dispute["due_on"] = None
        self.rows[Dispute].append(dispute)

    def _grid_of(self, party: dict[str, Any]) -> str | None:
        for person in self.gen.people:
            if person["id"] == party.get("resident_id"):
                return str(person["grid_id"])
        return None

    def write(self, session: Session) -> None:
        for model in MODELS:
            rows = self.rows[model]
            if rows:
                session.execute(insert(_table(model)), rows)


def seed(gen: Any, session: Session, size: Any) -> None:
    gen.writer.flush()  # org units and the register first: disputes point at them
    resolved = max(
        len(CLOSED_PLAN), round(DISTRICT_RESOLVED_PER_YEAR * size.households / DISTRICT_HOUSEHOLDS)
    )
    seeder = _Seeder(gen)
    if len(seeder.people) < 3 * (resolved + len(OPEN_PLAN)) or not gen.station_ids:
        return
    for index in range(resolved):
        final, level = CLOSED_PLAN[index % len(CLOSED_PLAN)]
        source = ["walk_in", "hotline_12345", "walk_in", "court_delegated"][index % 4]
        if source == "court_delegated" and level == "grid":
            source = "walk_in"  # court referrals go to a station
        seeder.dispute(index, final, level, source, closed=True)
    for offset, (final, level, source) in enumerate(OPEN_PLAN):
        seeder.dispute(resolved + offset, final, level, source, closed=False)
    seeder.write(session)
