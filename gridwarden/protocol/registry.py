"""What sync needs to know about each record type: THE extension point for new entities.

The sync engine (client and server) is generic over gridwarden.models.SYNCED_MODELS. Each entity
there has one EntitySpec here, saying:

- scope: whose devices receive it. A rule computes a scope key from the record (and its parent
  records) on the server, e.g. "grid:<grid id>", "station:<org unit id>", "window:<org unit id>"
  or "public". A user's token carries the keys they were assigned (admin `assign`); a pull only
  ever returns records whose key is among them, whatever the request asks.
- writers: roles that may create or change it (None: anyone whose scope covers the record).
- append_only: created once, never edited (visits, history steps): never in conflict; voiding
  (a tombstone) always applies.
- transition: for records whose status moves by validated actions (kind "transition" ops): a
  function that re-decides the action with the shared rules from the record's server state, and
  the entity of the history step the op carries; `hands_over` names the actions that may move
  the record to a unit the caller does not work in (escalation to another station).
  When a record moves to another scope, the records whose scope follows it (dependants()) move
  with it on the server.
- blob_field / household_field: a column naming a content-addressed file to upload/download, or
  the household whose search row must be rebuilt when the record arrives by pull.
- label / title_field: the Chinese name of the type and the column that names a record, shown
  on the "needs review" page.

A new record type joins sync with two lines: register the model in SYNCED_MODELS and add

    register(EntitySpec("dispute", scope=UnitField("station_id", "station"),
                        label=QT_TRANSLATE_NOOP("core", "纠纷"), title_field="number"))
    register(EntitySpec("mediation_session", scope=Parent("dispute", "dispute_id"),
                        append_only=True, label=QT_TRANSLATE_NOOP("core", "调解记录")))

(a status lifecycle adds transition=TransitionRule(decide_fn, "dispute_step")). A unit test
checks that every entity in SYNCED_MODELS has a spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from gridwarden.clock import to_local
from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.models import SYNCED_MODELS, Synced
from gridwarden.protocol.codec import json_value
from gridwarden.rules import dispute_lifecycle, legal_aid_lifecycle
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules import filing as filing_rules

PUBLIC = "public"
EVERYTHING = "*"  # a supervisor's key: the whole district

# (entity, id) -> (record document, its scope key), or None when the server has no such record.
Lookup = Callable[[str, str], tuple[dict[str, Any], str] | None]


class ScopeRule(Protocol):
    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        """The scope key of a record, or None when it cannot be placed."""


@dataclass(frozen=True)
class Public:
    """Reference data every device receives (areas, departments, org units)."""

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        return PUBLIC


@dataclass(frozen=True)
class UnitField:
    """The record names its unit directly: grid_event.grid_id → "grid:<id>"."""

    field: str
    kind: str

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        value = doc.get(self.field)
        return f"{self.kind}:{value}" if value else None


@dataclass(frozen=True)
class GridOfArea:
    """A household sits in a micro-grid: "micro_grid:<id>". The micro-grid's own warden works
    there; the grid's wardens and its grid leader hold the keys of every micro-grid of their
    grid (gridwarden.server.auth.scope_keys), so they see the whole grid as before. A record
    placed directly on a grid area stays "grid:<id>"."""

    field: str

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        area_id = str(doc.get(self.field) or "")
        found = lookup("area", area_id)
        if found is None:
            return None
        area = found[0]
        if area.get("level") == "micro_grid":
            return f"{MICRO_GRID}:{area_id}"
        return f"grid:{area_id}" if area_id else None


MICRO_GRID = "micro_grid"  # scope kind of a micro-grid (admin `assign --micro-grid`)


@dataclass(frozen=True)
class Parent:
    """The record belongs wherever its parent record belongs (resident → household)."""

    entity: str
    field: str

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        found = lookup(self.entity, str(doc.get(self.field) or ""))
        return found[1] if found else None


@dataclass(frozen=True)
class Owner:
    """The parent's entity is itself a column (attachments: owner_entity + owner_id)."""

    entity_field: str
    id_field: str

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        entity = str(doc.get(self.entity_field) or "")
        if entity not in SPECS:
            return None
        return Parent(entity, self.id_field)(doc, lookup)


@dataclass(frozen=True)
class FirstOf:
    rules: tuple[ScopeRule, ...]

    def __call__(self, doc: dict[str, Any], lookup: Lookup) -> str | None:
        for rule in self.rules:
            found = rule(doc, lookup)
            if found:
                return found
        return None


def parents_named(rule: ScopeRule, doc: dict[str, Any]) -> set[tuple[str, str]]:
    """The records (entity, id) whose scope `rule` may take for the record `doc`."""
    if isinstance(rule, Parent):
        return {(rule.entity, str(doc.get(rule.field) or ""))}
    if isinstance(rule, Owner):
        return {(str(doc.get(rule.entity_field) or ""), str(doc.get(rule.id_field) or ""))}
    if isinstance(rule, FirstOf):
        return set().union(*(parents_named(r, doc) for r in rule.rules))
    return set()


def lookups_of(rule: ScopeRule, doc: dict[str, Any]) -> set[tuple[str, str]]:
    """The records (entity, id) placing `doc` will look up: the server fetches them for a
    whole batch at once."""
    if isinstance(rule, GridOfArea):
        return {("area", str(doc.get(rule.field) or ""))}
    if isinstance(rule, FirstOf):
        return set().union(*(lookups_of(r, doc) for r in rule.rules))
    return parents_named(rule, doc)


def _may_follow(rule: ScopeRule, entity: str) -> bool:
    if isinstance(rule, Parent):
        return rule.entity == entity
    if isinstance(rule, Owner):
        return True
    if isinstance(rule, FirstOf):
        return any(_may_follow(r, entity) for r in rule.rules)
    return False


def dependants(entity: str) -> list[EntitySpec]:
    """The record types whose scope may follow a record of `entity` (resident → household,
    session → dispute, attachment → whatever owns it)."""
    return [spec for spec in SPECS.values() if _may_follow(spec.scope, entity)]


# A transition decider: (record as the server holds it, the op's payload) -> the values to set
# on the record, and overrides for the history step. Raises TransitionError/ValidationError.
Decide = Callable[[dict[str, Any], dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]]


@dataclass(frozen=True)
class TransitionRule:
    decide: Decide
    step_entity: str
    # Actions that may hand the record over to a unit the caller does not work in (a dispute
    # escalated to another station): the caller must work where the record is now.
    hands_over: frozenset[str] = frozenset()
    # Actions only some roles may take (an extension decided by the grid centre): checked
    # against the caller's account on the server.
    action_roles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Facts of OTHER records a step depends on (the master order of a merge), re-checked on
    # the server from its own state: (record, payload, lookup of what the caller may see).
    # Raises ValidationError/TransitionError like decide.
    check: Callable[[dict[str, Any], dict[str, Any], Lookup], None] | None = None
    # A decision that needs other records as the server holds them (a legal-aid step needs its
    # case): when given, the server decides with it instead of `decide`.
    decide_seen: Callable[[dict[str, Any], dict[str, Any], Lookup], tuple[dict, dict]] | None = None

    def may_take(self, action: str, role: str) -> bool:
        roles = self.action_roles.get(action)
        return roles is None or role in roles


@dataclass(frozen=True)
class EntitySpec:
    name: str
    scope: ScopeRule
    writers: frozenset[str] | None = None
    append_only: bool = False
    transition: TransitionRule | None = None
    blob_field: str | None = None
    household_field: str | None = None
    # How a person recognises a record in the "needs review" list: the type's name and the
    # column that names the record (an address, a person's name, an event number).
    label: str = ""
    title_field: str | None = None

    @property
    def model(self) -> type[Synced]:
        return SYNCED_MODELS[self.name]


SPECS: dict[str, EntitySpec] = {}
SUPERVISORS = frozenset({"supervisor"})


def register(spec: EntitySpec) -> EntitySpec:
    if spec.name not in SYNCED_MODELS:
        raise KeyError(f"{spec.name} is not in gridwarden.models.SYNCED_MODELS")
    SPECS[spec.name] = spec
    return spec


def register_reference(entity: str, label: str) -> EntitySpec:
    """District reference data (areas, departments, units, map features, campaigns): everyone
    in the district reads it, supervisors write it, and it is named by its name."""
    return register(
        EntitySpec(entity, Public(), writers=SUPERVISORS, label=label, title_field="name")
    )


def register_history(
    entity: str, scope: ScopeRule, label: str, title_field: str | None = None
) -> EntitySpec:
    """An append-only history under its parent record (visits, steps): it never conflicts."""
    return register(
        EntitySpec(entity, scope, append_only=True, label=label, title_field=title_field)
    )


def spec_of(entity: str) -> EntitySpec | None:
    return SPECS.get(entity)


def may_write(spec: EntitySpec, role: str) -> bool:
    return spec.writers is None or role in spec.writers


# --- grid events: the lifecycle is re-decided on the server with the client's own rules --------
_EVENT_RESULT_FIELDS = (
    "department_id",
    "satisfaction",
    "reopen_count",
    "due_date",
    "dispatched_at",
    "sign_due",
    "signed_at",
    "return_due",
    "closed_at",
    "extension_until",
    "urge_count",
    "supervised",
    "master_id",
)


def _day(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


def _step_day(payload: dict[str, Any]) -> date | None:
    """The local day the step was taken on its device (a step taken offline is judged by
    when it was taken, not by when it reached the server)."""
    step = payload.get("step")
    at = step.get("at") if isinstance(step, dict) else None
    if not at:
        return None
    return to_local(datetime.fromisoformat(str(at))).date()


def decide_event(current: dict[str, Any], payload: dict[str, Any]) -> tuple[dict, dict]:
    params = payload.get("params") or {}
    if not isinstance(params, dict):
        params = {}
    step = life.StepInput(
        department_id=params.get("department_id") or None,
        reason=str(params.get("reason") or ""),
        legal_basis=str(params.get("legal_basis") or ""),
        note=str(params.get("note") or ""),
        satisfaction=params.get("satisfaction") or None,
        new_date=_day(params.get("new_date")),
        master_id=params.get("master_id") or None,
    )
    day = _step_day(payload)
    facts = None
    if day is not None:  # the role was checked against the caller's account (push.py)
        facts = life.OrderFacts(
            today=day,
            role=None,
            due_date=_day(current.get("due_date")),
            return_due=_day(current.get("return_due")),
            extension_until=_day(current.get("extension_until")),
        )
    outcome = life.decide(str(current.get("status")), str(payload.get("action")), step, facts)
    result = payload.get("result") or {}
    values: dict[str, Any] = {"status": str(outcome.to_status)}
    for name in (*_EVENT_RESULT_FIELDS, "updated_at", "updated_by"):
        if isinstance(result, dict) and name in result:
            values[name] = result[name]
    if str(payload.get("action")) == str(life.Action.MERGE):
        values["master_id"] = step.master_id  # the master the server checked, not the result's
    if outcome.reopened:
        values["reopen_count"] = int(current.get("reopen_count") or 0) + 1
    step_fix = {"from_status": current.get("status"), "to_status": str(outcome.to_status)}
    return values, step_fix


def check_event_links(current: dict[str, Any], payload: dict[str, Any], lookup: Lookup) -> None:
    """A merge (并单) is re-checked against the master order as the SERVER holds it: a master
    closed (or merged) on another laptop before this merge arrived takes no repeat complaint
    (rules.event_lifecycle.check_master), so the repeat never waits as 已并单 under an order
    that will not close it again."""
    if str(payload.get("action")) != str(life.Action.MERGE):
        return
    params = payload.get("params") or {}
    master_id = str(params.get("master_id") or "") if isinstance(params, dict) else ""
    found = lookup("grid_event", master_id) if master_id else None
    master = found[0] if found is not None and not found[0].get("deleted_at") else None
    life.check_master(
        str(current.get("id")), master_id, str(master.get("status")) if master else None
    )


# District reference data: everyone in the district reads it, supervisors write it.
register_reference("area", QT_TRANSLATE_NOOP("core", "区域"))
register_reference("department", QT_TRANSLATE_NOOP("core", "联动部门"))
register_reference("org_unit", QT_TRANSLATE_NOOP("core", "机构"))
register_reference("map_feature", QT_TRANSLATE_NOOP("core", "地图要素"))
register(
    EntitySpec(
        "household",
        GridOfArea("micro_grid_id"),
        household_field="id",
        label=QT_TRANSLATE_NOOP("core", "住户"),
        title_field="address",
    )
)
register(
    EntitySpec(
        "resident",
        Parent("household", "household_id"),
        household_field="household_id",
        label=QT_TRANSLATE_NOOP("core", "居民"),
        title_field="name",
    )
)
register(
    EntitySpec(
        "care_plan",
        Parent("resident", "resident_id"),
        label=QT_TRANSLATE_NOOP("core", "关怀计划"),
        title_field="reason",
    )
)
register_history(
    "visit", Parent("household", "household_id"), QT_TRANSLATE_NOOP("core", "走访记录"), "findings"
)
register_reference("campaign", QT_TRANSLATE_NOOP("core", "专项走访"))
register(
    EntitySpec(
        "patrol_round",
        UnitField("grid_id", "grid"),
        label=QT_TRANSLATE_NOOP("core", "巡查"),
        title_field="warden_name",
    )
)
register(
    EntitySpec(
        "grid_event",
        # an order about a household lives in the household's micro-grid (its micro-grid
        # warden handles it); one without a household in the grid it names
        FirstOf((Parent("household", "household_id"), UnitField("grid_id", "grid"))),
        transition=TransitionRule(
            decide_event,
            "event_step",
            action_roles=life.ACTION_ROLES,
            check=check_event_links,
        ),
        label=QT_TRANSLATE_NOOP("core", "网格事件"),
        title_field="number",
    )
)
register_history(
    "event_step",
    Parent("grid_event", "event_id"),
    QT_TRANSLATE_NOOP("core", "事件流转记录"),
    "action",
)
register(
    EntitySpec(
        "attachment",
        Owner("owner_entity", "owner_id"),
        blob_field="sha256",
        label=QT_TRANSLATE_NOOP("core", "附件"),
        title_field="filename",
    )
)


# --- disputes and legal aid: the server checks the step is allowed from ITS state of the record
# (the client validated the person's input with the same rules before writing the outbox op);
# the values the step set travel in the op's result. They are not taken on trust: the status
# must be the one the lifecycle leads to from the server's state for that action, the level
# may only move the way an escalation moves it, and a status change never rewrites what the
# record says about the people and the matter (those change by ordinary, merged edits).
Targets = Callable[[dict[str, Any], str], frozenset[str]]


Redecide = Callable[[dict[str, Any], str, dict[str, Any]], tuple[str, str | None]]


def decide_from_result(
    allowed: Callable[[dict[str, Any], str], object],
    targets: Targets,
    protected: frozenset[str],
    levels: Callable[[dict[str, Any], str], frozenset[str]] | None = None,
    redecide: Redecide | None = None,
) -> Decide:
    def decide(current: dict[str, Any], payload: dict[str, Any]) -> tuple[dict, dict]:
        action = str(payload.get("action"))
        allowed(current, action)
        declared = payload.get("input")
        if redecide is not None and isinstance(declared, dict):
            # the person's input, decided again with the app's own rules from the server's
            # state of the record: the step must land where the rules say
            status, level = redecide(current, action, declared)
            result = payload.get("result") or {}
            if isinstance(result, dict):
                if str(result.get("status", current.get("status"))) != status:
                    raise ValueError(f"{action} leads to status {status}")
                if level is not None and str(result.get("level", current.get("level"))) != level:
                    raise ValueError(f"{action} leads to level {level}")
        result = payload.get("result") or {}
        values = {k: v for k, v in result.items() if k != "id"} if isinstance(result, dict) else {}
        touched = sorted(k for k in values if k in protected and values[k] != current.get(k))
        if touched:
            raise ValueError(f"a status change may not change {', '.join(touched)}")
        status = str(values.get("status", current.get("status")))
        if status not in targets(current, action):
            raise ValueError(f"{action} does not lead to status {status}")
        values["status"] = status
        if (
            levels is not None
            and "level" in values
            and str(values["level"]) not in levels(current, action)
        ):
            raise ValueError(f"{action} does not lead to level {values['level']}")
        return values, {"from_status": current.get("status"), "to_status": status}

    return decide


def _dispute_allowed(current: dict[str, Any], action: str) -> object:
    return dispute_lifecycle.ensure_allowed(
        str(current.get("status")), action, str(current.get("level") or "grid")
    )


def _dispute_redecide(
    current: dict[str, Any], action: str, declared: dict[str, Any]
) -> tuple[str, str | None]:
    """dispute_lifecycle.decide on the server's state with the declared StepInput (a
    ValidationError or TransitionError refuses the step with the rules' own words)."""
    import dataclasses
    from datetime import date

    d = dispute_lifecycle
    known = {f.name: f for f in dataclasses.fields(d.StepInput)}
    values: dict[str, Any] = {}
    for name, value in declared.items():
        if name not in known or value is None:
            continue
        if name in ("signed_on", "confirmation_on", "accepted_on"):
            value = date.fromisoformat(str(value))
        elif name == "routes":
            value = tuple(str(v) for v in value) if isinstance(value, list) else ()
        elif name in ("mediator_chosen_by_parties", "signatures_complete"):
            value = bool(value)
        else:
            value = str(value)
        values[name] = value
    outcome = d.decide(
        str(current.get("status")),
        str(current.get("level") or "grid"),
        action,
        d.StepInput(**values),
        d.referral_state(str(current.get("source") or ""), current.get("referral_accepted_on")),
    )
    return str(outcome.to_status), str(outcome.to_level)


def _dispute_targets(current: dict[str, Any], action: str) -> frozenset[str]:
    d = dispute_lifecycle
    now = str(current.get("status"))
    act = d.Action(action)
    if act in d._TO:
        return frozenset({str(d._TO[act])})
    if act is d.Action.ESCALATE:
        return frozenset({str(d.Status.REGISTERED), str(d.Status.TRANSFERRED)})
    if act is d.Action.REVISE_AGREEMENT:
        return frozenset({now, str(d.Status.AGREEMENT_PENDING)})
    return frozenset({now})


def _dispute_levels(current: dict[str, Any], action: str) -> frozenset[str]:
    level = str(current.get("level") or "grid")
    if action == dispute_lifecycle.Action.ESCALATE.value:
        return frozenset({dispute_lifecycle.next_level(level)})
    return frozenset({level})


def _application_allowed(current: dict[str, Any], action: str) -> object:
    return legal_aid_lifecycle.ensure_allowed(str(current.get("status")), action)


def _application_targets(current: dict[str, Any], action: str) -> frozenset[str]:
    la = legal_aid_lifecycle
    act = la.Action(action)
    if act in la._TO:
        return frozenset({str(la._TO[act])})
    if act is la.Action.COMPLETE:
        return frozenset({str(la.initial_status(True, False)), str(la.initial_status(True, True))})
    return frozenset({str(current.get("status"))})


NO_DECLARED_INPUT = QT_TRANSLATE_NOOP(
    "core", "该办理步骤没有申报所依据的内容，服务器无法复核；请更新软件后重新办理这一步"
)


def _plain(value: Any) -> Any:
    return json_value(str(value) if isinstance(value, StrEnum) else value)


def decide_application(
    current: dict[str, Any], payload: dict[str, Any], lookup: Lookup
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A legal-aid step decided again on the server from the action and its declared input
    only, with the app's own rules (rules/legal_aid_lifecycle.decide, rules/legal_aid_steps):
    the status, every field the step sets and every deadline (法律援助法 第四十三条 seven days
    to decide and three to assign, 第四十九条 five days to review an objection, 第五十条 thirty
    days to close, 第三十八条 forwarding) are computed here from the server's state of the
    application and its case, and a step whose result differs in anything is refused. A step
    without its declared input (a client older than this server) is refused, not taken on
    trust: the clerk sees the reason and takes the step again after updating.
    Deadlines are counted on the national calendar (a window's local calendar overrides are
    not known to the server)."""
    from gridwarden.errors import TransitionError
    from gridwarden.i18n import msg
    from gridwarden.models import LegalAidApplication, LegalAidCase
    from gridwarden.protocol.codec import document_model
    from gridwarden.rules import legal_aid_steps as steps
    from gridwarden.rules.calendar import WorkCalendar
    from gridwarden.settings import Settings

    action = str(payload.get("action"))
    _application_allowed(current, action)
    declared = payload.get("input")
    if not isinstance(declared, dict):
        raise TransitionError(msg(NO_DECLARED_INPUT))
    step, day, forward_days = steps.step_from_input(declared)
    if _step_day(payload) not in (None, day):
        raise ValueError("the step's day differs from its declared day")
    found = lookup("legal_aid_case", str(current.get("case_id") or ""))
    if found is None:
        raise ValueError("the application's case is not known to the server")
    application: Any = document_model(LegalAidApplication).model_validate(current)
    case: Any = document_model(LegalAidCase).model_validate(found[0])
    situation = steps.situation_of(application, case, step, day)
    outcome = legal_aid_lifecycle.decide(str(current.get("status")), action, step, situation)
    counted_by = steps.StepDay(
        day, WorkCalendar.from_iso((), ()), Settings(legal_aid_forward_days=forward_days)
    )
    values, _detail, _params = steps.step_values(
        application, outcome, action, step, counted_by, "", bool(case.detention_place)
    )
    computed = {name: _plain(value) for name, value in values.items()}
    result = payload.get("result") or {}
    if not isinstance(result, dict):
        raise ValueError("result")
    claimed = {k: v for k, v in result.items() if k not in ("id", "updated_at", "updated_by")}
    status = computed["status"]
    if str(claimed.get("status", current.get("status"))) != status:
        raise ValueError(f"{action} leads to status {status}")
    differs = sorted(
        name
        for name in claimed.keys() | computed.keys()
        if claimed.get(name, current.get(name)) != computed.get(name, current.get(name))
    )
    if differs:
        raise ValueError(f"{action} does not set {', '.join(differs)} so (the rules differ)")
    if "updated_at" in result:
        computed["updated_at"] = result["updated_at"]
    return computed, {"from_status": current.get("status"), "to_status": status}


# What a dispute or an application says about the people and the matter: never set by a step.
DISPUTE_FACTS = frozenset(
    {
        "number", "grid_id", "source", "grid_event_id", "visit_id", "work_order_number",
        "court_id", "court_reference", "court_procedure", "category", "amount_fen", "facts",
        "claims", "risk_level", "received_at", "received_by", "possible_duplicate_of",
        "deleted_at",
    }
)  # fmt: skip
APPLICANT_FACTS = frozenset(
    {
        "case_id", "number", "name", "id_number", "gender", "birth_date", "phone", "address",
        "agent_name", "agent_relation", "agent_phone", "no_fixed_income", "disabled",
        "subsistence", "extreme_poverty", "other_assistance", "judicial_assistance",
        "special_care", "migrant_worker", "veteran", "has_lawyer", "claim_amount_fen",
        "deleted_at",
    }
)  # fmt: skip


register(
    EntitySpec(
        "dispute",
        UnitField("station_id", "station"),
        transition=TransitionRule(
            decide_from_result(
                _dispute_allowed,
                _dispute_targets,
                DISPUTE_FACTS,
                _dispute_levels,
                _dispute_redecide,
            ),
            "dispute_step",
            hands_over=frozenset({dispute_lifecycle.Action.ESCALATE.value}),
        ),
        label=QT_TRANSLATE_NOOP("core", "矛盾纠纷"),
        title_field="number",
    )
)
for _entity, _label, _append_only in (
    ("dispute_party", QT_TRANSLATE_NOOP("core", "纠纷当事人"), False),
    ("dispute_step", QT_TRANSLATE_NOOP("core", "纠纷办理记录"), True),
    ("mediation_session", QT_TRANSLATE_NOOP("core", "调解记录"), True),
    ("mediation_agreement", QT_TRANSLATE_NOOP("core", "调解协议"), True),
    ("agreement_obligation", QT_TRANSLATE_NOOP("core", "协议履行事项"), False),
):
    register(
        EntitySpec(_entity, Parent("dispute", "dispute_id"), append_only=_append_only, label=_label)
    )
register(
    EntitySpec(
        "legal_aid_case",
        UnitField("window_id", "window"),
        label=QT_TRANSLATE_NOOP("core", "法律援助案件"),
        title_field="number",
    )
)
register(
    EntitySpec(
        "legal_aid_application",
        Parent("legal_aid_case", "case_id"),
        transition=TransitionRule(
            decide_from_result(_application_allowed, _application_targets, APPLICANT_FACTS),
            "legal_aid_step",
            decide_seen=decide_application,
        ),
        label=QT_TRANSLATE_NOOP("core", "法律援助申请"),
        title_field="name",
    )
)
register_history(
    "legal_aid_step",
    Parent("legal_aid_application", "application_id"),
    QT_TRANSLATE_NOOP("core", "法律援助办理记录"),
)
# The consultation register (Arts. 22–23) is the window's, like its applications.
register(
    EntitySpec(
        "legal_aid_consultation",
        UnitField("window_id", "window"),
        append_only=False,
        label=QT_TRANSLATE_NOOP("core", "法律咨询登记"),
        title_field="topic",
    )
)


# --- vocabularies: the server checks coded fields against the same lists the app offers --------
def _vocabularies() -> dict[tuple[str, str], frozenset[str]]:
    from gridwarden.models.area import AreaLevel
    from gridwarden.rules import disputes as d

    def codes(values: Any) -> frozenset[str]:
        return frozenset(str(v) for v in values)

    return {
        ("area", "level"): codes(AreaLevel),
        ("grid_event", "category"): codes(life.CATEGORIES),
        ("grid_event", "status"): codes(life.Status),
        ("grid_event", "satisfaction"): codes(life.SATISFACTION),
        ("dispute", "category"): codes(d.CATEGORIES),
        ("dispute", "source"): codes(d.SOURCES),
        ("dispute", "risk_level"): codes(d.RISK_LEVELS),
        ("dispute", "level"): codes(d.LEVELS),
        ("dispute", "ended_level"): codes(d.LEVELS),
        ("dispute", "status"): codes(dispute_lifecycle.Status),
        ("dispute", "mediation_mode"): codes(d.MEDIATION_MODES),
        ("dispute_party", "kind"): codes(d.PARTY_KINDS),
        ("dispute_party", "role"): codes(d.PARTY_ROLES),
        ("dispute_party", "agent_kind"): codes(d.AGENT_KINDS),
        ("mediation_agreement", "kind"): codes(d.AGREEMENT_KINDS),
        ("legal_aid_application", "status"): codes(legal_aid_lifecycle.Status),
    }


VOCABULARIES = _vocabularies()


def off_vocabulary(entity: str, doc: dict[str, Any]) -> str | None:
    """The first coded field whose value is not in its list ("field: value"), or None. Empty
    values pass (the model says whether a field may be empty)."""
    for (name, coded), allowed in VOCABULARIES.items():
        if name != entity:
            continue
        value = doc.get(coded)
        if value not in (None, "") and str(value) not in allowed:
            return f"{coded}: {value}"[:200]
    return None


# --- lifecycle fields: set at creation to a starting state, changed only by transitions ---------
def _starting_states() -> dict[str, frozenset[str]]:
    la = legal_aid_lifecycle
    return {
        "grid_event": frozenset({str(life.Status.ACCEPTED)}),
        "dispute": frozenset({str(dispute_lifecycle.Status.REGISTERED)}),
        "legal_aid_application": frozenset(
            str(la.initial_status(complete, city)) for complete in (True, False)
            for city in (True, False)
        ),
    }  # fmt: skip


STARTING_STATES = _starting_states()
# Fields only a transition (a validated action, re-decided on the server) may change.
LIFECYCLE_FIELDS: dict[str, frozenset[str]] = {
    "grid_event": frozenset({"status"}),
    "dispute": frozenset({"status", "level"}),
    "legal_aid_application": frozenset({"status"}),
}


# --- online filings (网上立案): the station's, like the disputes they come from ---------------
def _filing_allowed(current: dict[str, Any], action: str) -> object:
    return filing_rules.ensure_allowed(
        str(current.get("status")), action, str(current.get("kind") or "complaint")
    )


def _filing_targets(current: dict[str, Any], action: str) -> frozenset[str]:
    """A filing step leads to exactly one status (allowed from the server's state first)."""
    return frozenset({str(filing_rules.leads_to(action))})


# What a filing is about: never changed by a tracking step.
FILING_FACTS = frozenset({"number", "station_id", "kind", "dispute_id", "legal_aid_case_id"})


register(
    EntitySpec(
        "filing",
        UnitField("station_id", "station"),
        transition=TransitionRule(
            decide_from_result(_filing_allowed, _filing_targets, FILING_FACTS), "filing_step"
        ),
        label=QT_TRANSLATE_NOOP("core", "网上立案"),
        title_field="number",
    )
)
register_history(
    "filing_step", Parent("filing", "filing_id"), QT_TRANSLATE_NOOP("core", "立案办理记录")
)
