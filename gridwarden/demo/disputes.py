"""Demo disputes at every stage, replayed through the lifecycle rules.

Scale: the seed report counts 2,348 disputes resolved in the district in about a year; the
district has 11,484 micro-grids, i.e. about 574,000 households at the demo's 50 per micro-grid.
The demo resolves the same share for its own households (≈20 for 5,000), with a floor so that
every outcome and level appears, and keeps about half as many open at every stage.

Everything happens in office hours and is realistic against the demo clock: obligations of old
agreements were performed (or recorded as not performed after follow-ups); only agreements of
the last weeks have obligations still due, a few days overdue at most.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from gridwarden.clock import LOCAL_TZ
from gridwarden.demo.dispute_scenarios import BREACHES, FOLLOW_UPS, SCENARIOS, Scenario
from gridwarden.demo.dispute_story import Story
from gridwarden.demo.generator import _table
from gridwarden.models import (
    AgreementObligation,
    Dispute,
    DisputeParty,
    DisputeStep,
    GridEvent,
    MediationAgreement,
    MediationSession,
    Visit,
)
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.validation.dispute_drafts import dispute_number

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

# (final status, the level it ended at) for closed disputes; every fifth agreement is recent, so
# that the "today" page has obligations to follow up.
CLOSED_PLAN = [
    ("agreed_written", "grid"),
    ("agreed_oral", "grid"),
    ("agreed_written", "station"),
    ("failed", "grid"),
    ("to_court", "court"),
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
    ("to_court", "court"),
]
OPEN_PLAN = [
    ("registered", "grid", "walk_in"),
    ("registered", "station", "court_delegated"),  # waiting to be accepted
    ("mediating", "grid", "hotline_12345"),
    ("mediating", "grid", "grid_event"),  # from a 矛盾纠纷线索 event
    ("agreement_pending", "grid", "walk_in"),
    ("mediating", "station", "court_entrusted"),
    ("mediating", "station", "walk_in"),  # escalated from the grid
    ("registered", "grid", "visit"),  # found on a dispute follow-up visit
    ("mediating", "grid", "walk_in"),
]


class _Seeder:
    def __init__(self, gen: Any, session: Session) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in MODELS}
        self.people = list(gen.people)
        self.rng.shuffle(self.people)
        self.leads = _latest(
            session, GridEvent, GridEvent.category, "dispute_lead", GridEvent.reported_at
        )
        self.follow_ups = _latest(
            session, Visit, Visit.purpose, "dispute_follow_up", Visit.visited_at
        )
        self.grid_of = {p["id"]: p["grid_id"] for p in gen.people}

    def room(self, station_id: str) -> str:
        index = self.gen.station_ids.index(station_id) if station_id in self.gen.station_ids else 0
        return self.gen.streets[index % len(self.gen.streets)][1] + "调解室"

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

    def received_day(self, index: int, final: str, closed: bool) -> date:
        r, today = self.rng, self.gen.today
        if closed and final.startswith("agreed") and index % 5 == 0:
            return today - timedelta(days=r.randint(12, 30))  # a recent agreement
        if closed:
            return today - timedelta(days=r.randint(40, 340))
        if final == "registered":
            return today - timedelta(days=r.randint(0, 2))
        return today - timedelta(days=r.randint(5, 28))

    def dispute(self, index: int, final: str, level: str, source: str, closed: bool) -> None:
        gen = self.gen
        scenario = SCENARIOS[4] if final == "failed_wage" else SCENARIOS[index % len(SCENARIOS)]
        dispute_id = gen.sync_cols()["id"]
        received_day = self.received_day(index, final, closed)
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
        court = source in ("court_delegated", "court_entrusted")
        dispute = self._record(dispute_id, index, scenario, source, received_day, court)
        dispute.update(
            station_id=station_id,
            received_by=mediator,
            grid_id=self.grid_of.get(applicant["resident_id"]),
        )
        story = Story(self, dispute, dispute["received_at"])
        self._link_source(dispute, source)
        self.rows[DisputeParty] += [applicant, respondent]
        parties = [applicant["name"], respondent["name"]]
        story.step("register", life.StepInput())
        if court and final != "registered":
            accepted = story.later(2, 30).astimezone(LOCAL_TZ).date()
            story.step(
                A.ACCEPT_REFERRAL,
                life.StepInput(accepted_on=accepted),
                hours=(0, 0),
                referral_accepted_on=accepted,
            )
        self._outcome(story, final, level, index, scenario, respondent, parties, mediator)
        dispute["status"], dispute["level"] = str(story.status), story.level
        if dispute["status"] in life.OPEN_STATUSES:
            dispute["due_on"] = dl.mediation_deadline(
                source,
                dispute["court_procedure"],
                received_day,
                dispute["level_since"],
                gen.settings.mediation_limit_months,
                gen.calendar,
                dispute["referral_accepted_on"],
            ).due
        self.rows[Dispute].append(dispute)

    def _record(
        self,
        dispute_id: str,
        index: int,
        scenario: Scenario,
        source: str,
        received_day: date,
        court: bool,
    ) -> dict[str, Any]:
        r, gen = self.rng, self.gen
        received_at = datetime.combine(
            received_day, time(r.randint(9, 16), r.randrange(60)), tzinfo=LOCAL_TZ
        )
        reference = ""
        if source == "court_delegated":
            reference = f"（{received_day.year}）苏0602民诉前调{r.randint(100, 2999)}号"
        elif source == "court_entrusted":
            reference = f"（{received_day.year}）苏0602民初{r.randint(100, 9999)}号"
        return {
            **gen.sync_cols(),
            "id": dispute_id,
            "number": dispute_number(dispute_id, f"{received_day:%Y%m%d}"),
            "source": source,
            "grid_event_id": None,
            "visit_id": None,
            "work_order_number": f"2026{r.randrange(10**8):08d}"
            if source == "hotline_12345"
            else "",
            "court_id": gen.court_id if court else None,
            "court_reference": reference,
            "court_procedure": "simple" if source == "court_entrusted" else "",
            "referral_accepted_on": None,
            "category": scenario.category,
            "amount_fen": scenario.amount * 100 if scenario.amount else None,
            "facts": scenario.facts,
            "claims": scenario.claims,
            "risk_level": "high" if index % 7 == 3 else r.choice(["low", "low", "medium"]),
            "received_at": min(received_at, gen.now - timedelta(minutes=30)),
            "status": life.Status.REGISTERED,
            "level": "station" if court else "grid",
            "level_since": received_day,
            "due_on": None,
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

    def _link_source(self, dispute: dict[str, Any], source: str) -> None:
        if source == "grid_event" and self.leads:
            event_id, description = self.leads.pop()
            dispute.update(grid_event_id=event_id, facts=description)
        elif source == "visit" and self.follow_ups:
            visit_id, findings = self.follow_ups.pop()
            dispute.update(visit_id=visit_id, facts=findings or dispute["facts"])
        elif source in ("grid_event", "visit"):
            dispute["source"] = "walk_in"  # a demo without such an event or visit

    def _outcome(
        self,
        story: Story,
        final: str,
        level: str,
        index: int,
        scenario: Scenario,
        respondent: dict[str, Any],
        parties: list[str],
        mediator: str,
    ) -> None:
        d = story.dispute
        if final == "declined":
            reason = "该纠纷已由人民法院立案受理"
            story.step(
                A.DECLINE,
                life.StepInput(non_mediable="already_handled", reason=reason),
                non_mediable="already_handled",
                outcome_note=reason,
            )
            return self._close(story)
        if final == "refused":
            reason = "被申请人明确表示不同意调解，要求通过诉讼解决"
            story.step(
                A.REFUSE,
                life.StepInput(party_name=respondent["name"], reason=reason),
                outcome_note=reason,
            )
            return self._close(story)
        if final == "registered":
            return None
        if level in ("station", "court") and story.level == "grid":
            self._assign(story, mediator)
            story.session("双方各自陈述，分歧较大，申请人要求移交工作站调解。", parties)
            reason = "涉及金额较大、专业性较强，网格调解未能化解"
            story.step(A.ESCALATE, life.StepInput(reason=reason), level_since=story.day())
            d.update(mediator_name="", mediation_mode="")
        if final == "mediating" and index % 4 == 0 and story.level == "grid":
            reason, unit = "双方情绪激动，有肢体冲突苗头", "和平桥派出所"
            story.step(
                A.REPORT_POLICE,
                life.StepInput(police_unit=unit, reason=reason),
                police_unit=unit,
                police_reported_at=story.clock,
            )
        self._assign(story, mediator)
        story.session(
            "调解员听取双方陈述，核实现场情况，释明相关法律规定，双方均同意继续调解。", parties
        )
        if final in ("agreed_written", "agreed_oral", "agreement_pending"):
            story.session("经背对背调解，双方就赔偿金额和履行期限达成一致意见。", parties)
            kind = "oral" if final == "agreed_oral" else "written"
            self._agree(story, scenario, respondent["name"], kind, final != "agreement_pending")
        elif final in ("failed", "failed_wage"):
            story.session("双方对责任认定分歧较大，经多次调解仍无法达成一致。", parties)
            routes = ("arbitration", "administrative", "litigation")
            reason = "双方对金额差距过大，调解不成"
            story.step(
                A.FAIL,
                life.StepInput(routes=routes, reason=reason),
                routes_told=list(routes),
                outcome_note=reason,
            )
            self._close(story)
        elif final == "withdrawn":
            reason = "双方已自行和解，申请人撤回调解申请"
            story.step(A.WITHDRAW, life.StepInput(reason=reason), outcome_note=reason)
            self._close(story)
        elif final == "to_court":
            story.session("工作站组织第二次调解，被申请人仍不认可赔偿方案。", parties)
            reason = "工作站调解未果，终止调解，协助当事人向法院起诉"
            story.step(A.ESCALATE, life.StepInput(reason=reason), outcome_note=reason)
            self._close(story)
        return None

    def _assign(self, story: Story, mediator: str) -> None:
        chosen = self.rng.random() < 0.3
        story.step(
            A.ASSIGN,
            life.StepInput(mediator_name=mediator, mediator_chosen_by_parties=chosen),
            mediator_name=mediator,
            mediator_chosen_by_parties=chosen,
            mediation_mode="private",
        )

    def _close(self, story: Story) -> None:
        story.dispute.update(closed_on=story.day(), ended_level=story.level)

    def _agree(
        self, story: Story, scenario: Scenario, obligor: str, kind: str, in_effect: bool
    ) -> None:
        gen, d = self.gen, story.dispute
        reached = story.later(1, 6).astimezone(LOCAL_TZ).date()
        agreement_id = gen.sync_cols()["id"]
        deadline = reached + timedelta(days=max((u.days for u in scenario.duties), default=15))
        self.rows[MediationAgreement].append(
            {
                **gen.sync_cols(),
                "id": agreement_id,
                "dispute_id": d["id"],
                "kind": kind,
                "revision": 1,
                "correction_reason": "",
                "facts": scenario.facts,
                "matters": "双方对上述事实无异议；经调解员释法说理，被申请人承担主要责任。",
                "content": scenario.agreement,
                "performance": "按协议约定的方式和期限履行，钱款以银行转账方式支付",
                "performance_deadline": deadline,
                "reached_on": reached,
                "recorded_by": d["mediator_name"],
            }
        )
        action = A.DRAFT_AGREEMENT if kind == "written" else A.ORAL_AGREEMENT
        story.step(
            action, life.StepInput(agreement_kind=kind), hours=(0, 0), agreement_id=agreement_id
        )
        effective = reached
        if kind == "written" and in_effect:
            story.later(20, 30)  # signed the next working day
            effective = story.day()
            story.step(
                A.SIGN,
                life.StepInput(signed_on=effective, signatures_complete=True),
                hours=(0, 0),
                agreement_effective_on=effective,
            )
        if kind == "oral" or in_effect:
            due_confirm = dl.confirmation_deadline(effective, gen.calendar).due
            d.update(
                agreement_effective_on=effective,
                closed_on=effective,
                ended_level=story.level,
                confirmation_due_on=due_confirm,
                confirmation_state="",
            )
            if due_confirm < gen.today:
                self._confirmation(story, effective)
            self._obligations(story, scenario, agreement_id, obligor, reached, effective)
        else:
            self._obligations(story, scenario, agreement_id, obligor, reached, None)

    def _confirmation(self, story: Story, effective: date) -> None:
        confirm = self.rng.choice(["waived", "applied", "confirmed"])
        on = None if confirm == "waived" else effective + timedelta(days=self.rng.randint(3, 20))
        story.clock = max(story.clock, story.at_office(on or effective + timedelta(days=25)))
        story.step(
            A.CONFIRMATION,
            life.StepInput(confirmation_state=confirm, confirmation_on=on),
            hours=(0, 0),
            confirmation_state=confirm,
            confirmation_on=on,
        )

    def _obligations(
        self,
        story: Story,
        scenario: Scenario,
        agreement_id: str,
        obligor: str,
        reached: date,
        effective: date | None,
    ) -> None:
        """Performance as it would stand today: long past due → performed (or, now and then,
        not performed after follow-ups); due in the last days → followed up; later → pending."""
        today = self.gen.today
        for position, duty in enumerate(scenario.duties):
            due = reached + timedelta(days=duty.days)
            row: dict[str, Any] = {
                **self.gen.sync_cols(),
                "dispute_id": story.dispute["id"],
                "agreement_id": agreement_id,
                "position": position,
                "obligor": obligor,
                "description": duty.description,
                "amount_fen": duty.amount * 100 if duty.amount else None,
                "due_on": due,
                "performed_on": None,
                "performance_note": "",
                "breached_on": None,
                "breach_note": "",
            }
            self.rows[AgreementObligation].append(row)
            if effective is None or due >= today:
                continue  # not in effect yet, or not yet due
            about = {
                "obligation_id": row["id"],
                "obligor": obligor,
                "description": duty.description,
            }
            if due >= today - timedelta(days=6):  # just overdue: being followed up
                at = story.at_office(today - timedelta(days=self.rng.randint(0, 1)))
                story.record("supervise", self.rng.choice(FOLLOW_UPS), at, **about)
            elif self.rng.random() < 0.85:
                done = due - timedelta(days=self.rng.randint(0, 2))
                row.update(performed_on=max(done, effective), performance_note="已按约履行")
                story.record("perform", "已按约履行", story.at_office(row["performed_on"]), **about)
            else:
                story.record(
                    "supervise", FOLLOW_UPS[1], story.at_office(due + timedelta(2)), **about
                )
                breached = due + timedelta(days=7)
                note = self.rng.choice(BREACHES)
                row.update(breached_on=breached, breach_note=note)
                story.record("breach", note, story.at_office(breached), **about)

    def write(self, session: Session) -> None:
        for model in MODELS:
            rows = self.rows[model]
            if rows:
                session.execute(insert(_table(model)), rows)


def _latest(session: Session, model: Any, kind: Any, code: str, at: Any) -> list[tuple[str, str]]:
    """The latest record of a kind (id, its text): it becomes a demo dispute from the grid; the
    others are left for a person to convert."""
    text = model.description if model is GridEvent else model.findings
    row = session.execute(
        select(col(model.id), col(text)).where(col(kind) == code).order_by(col(at).desc())
    ).first()
    return [(row[0], row[1])] if row else []


def seed(gen: Any, session: Session, size: Any) -> None:
    gen.writer.flush()  # org units, the register, events and visits first: disputes point at them
    resolved = max(
        len(CLOSED_PLAN), round(DISTRICT_RESOLVED_PER_YEAR * size.households / DISTRICT_HOUSEHOLDS)
    )
    seeder = _Seeder(gen, session)
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
