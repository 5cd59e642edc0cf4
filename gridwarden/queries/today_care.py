"""The care schedule: each live care plan's next visit day, kept by the store itself.

Today's care section and care tile need every active plan's next visit day: the last visit that
met the person (or nobody in particular in their household), local day, else the plan's start,
plus the plan's frequency. Computed at each read that meant, at 100,000 households, stepping
8,889 plans through three large tables (resident, household, the visit index): ~0.5 s of
SQLCipher decrypting random pages on every start (issue 15).

`care_schedule` holds the answer, one row per active, live plan of a live resident, with the
person's name and household address beside it. SQLite triggers keep it: a visit recorded, voided
or pulled; a plan set, changed or ended; a resident renamed, moved or removed; an address
changed. Every write path (services, sync pull, demo seeding, raw SQL) goes through them, so no
path can forget it. A plan whose household is not stored (yet) has no address and is not listed,
as the join it replaces did not list it. Never synced: each device derives it.

Since migration wk001 each row also carries its household's place on a warden's walk, copied
from household_search (where search.household_row computes it) by triggers on that table.

A migration that rebuilds visit, resident, household, care_plan or household_search with
Alembic's batch mode (copy, drop, rename) drops their triggers with the old table: it must run
create_triggers() again (tests/unit/test_care_schedule.py checks a store at head has them all).

The local day: Asia/Shanghai (gridwarden.clock.LOCAL_TZ) has been UTC+8 without daylight saving
since 1991, so a stored instant (naive UTC text) plus 8 hours gives its local day, as
clock.to_local does; tests compare the two.
"""

from __future__ import annotations

from gridwarden.rules.rounds import NOT_HOME

TABLE = "care_schedule"
LOCAL_OFFSET = "+8 hours"  # Asia/Shanghai, UTC+8 (no daylight saving since 1991)

_COLUMNS = (
    "plan_id, plan_rowid, resident_id, household_id, name, address, reason, frequency_days,"
    " started_on, last_visit_at, due_on"
)
# The household's place on the walk (migration wk001), copied from its search row
# (household_search, where search.household_row computes it): Today lists its first care
# targets in walking order and counts every building's, in SQL, from this table alone (joined
# to household_search at each read, 4,280 random lookups in a large table cost ~50 ms).
WALK_COLUMNS = ("walk_key", "walk_building", "walk_unit")

# The rows of the plans a filter names (on care_plan, resident or household), computed as the
# read it replaces did: the last counted visit, its local day (or the start), plus the
# frequency; with wk001, the household's walk.
_SELECT = f"""
SELECT plan_id, plan_rowid, resident_id, household_id, name, address, reason, frequency_days,
       started_on, last_at,
       date(coalesce(date(last_at, '{LOCAL_OFFSET}'), started_on),
            printf('%+d days', frequency_days)){{walk}}
  FROM (SELECT care_plan.id AS plan_id, care_plan.rowid AS plan_rowid,
               resident.id AS resident_id, resident.household_id AS household_id,
               resident.name AS name, household.address AS address,
               care_plan.reason AS reason, care_plan.frequency_days AS frequency_days,
               care_plan.started_on AS started_on,
               (SELECT max(visit.visited_at) FROM visit
                 WHERE visit.household_id = resident.household_id
                   AND visit.deleted_at IS NULL AND visit.outcome != '{NOT_HOME}'
                   AND (visit.resident_id = resident.id OR visit.resident_id IS NULL)) AS last_at
               {{walk_of}}
          FROM care_plan
         CROSS JOIN resident ON resident.id = care_plan.resident_id
          LEFT JOIN household ON household.id = resident.household_id{{walk_join}}
         WHERE care_plan.active IS 1 AND care_plan.deleted_at IS NULL
           AND resident.deleted_at IS NULL AND ({{where}}))
"""


def _insert(walk: bool, where: str) -> str:
    """INSERT of the rows `where` names, with their walk (wk001 on) or without (before it)."""
    listed = "".join(f", {c}" for c in WALK_COLUMNS) if walk else ""
    select = _SELECT.format(
        walk=listed,
        walk_of="".join(f", household_search.{c} AS {c}" for c in WALK_COLUMNS) if walk else "",
        walk_join=(
            "\n          LEFT JOIN household_search"
            " ON household_search.household_id = resident.household_id"
            if walk
            else ""
        ),
        where=where,
    )
    return f"INSERT INTO {TABLE} ({_COLUMNS}{listed}) {select}"


def _refresh(walk: bool, delete_where: str, where: str) -> str:
    """Statements that drop and recompute the rows a change touches."""
    return f"DELETE FROM {TABLE} WHERE {delete_where};\n{_insert(walk, where)};"


def _changed(*columns: str) -> str:
    """Some of these columns have another value: a sync upsert rewrites every column of a
    record, mostly with the values it had (a push's answer, a record sent again)."""
    return "(" + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns) + ")"


_PLAN_COLUMNS = ("resident_id", "reason", "frequency_days", "started_on", "active", "deleted_at")
_VISIT_COLUMNS = ("household_id", "resident_id", "visited_at", "outcome", "deleted_at")

_HAS_PLAN = "EXISTS (SELECT 1 FROM care_plan WHERE care_plan.resident_id = NEW.id)"
_SCHEDULED = f"EXISTS (SELECT 1 FROM {TABLE} WHERE {TABLE}.household_id = {{h}})"

# A new visit that counts can only raise its household's targets' last visit: set it where it
# is later (an UPDATE of the few rows of that household: a first pull inserts 500,000 visits).
_VISIT_COUNTED = f"""UPDATE {TABLE}
   SET last_visit_at = NEW.visited_at,
       due_on = date(date(NEW.visited_at, '{LOCAL_OFFSET}'), printf('%+d days', frequency_days))
 WHERE household_id = NEW.household_id
   AND (NEW.resident_id IS NULL OR NEW.resident_id = resident_id)
   AND (last_visit_at IS NULL OR last_visit_at < NEW.visited_at);"""


def schedule_triggers(walk: bool = True) -> dict[str, tuple[str, str, str]]:
    """The care schedule's triggers, name -> (event, condition or "", body); `walk=False`: as
    before migration wk001 (td001 makes those, wk001 replaces them). Record ids never change
    (UUIDs made on the client)."""

    def by_plan(plan: str) -> str:
        return _refresh(walk, f"plan_id = {plan}", f"care_plan.id = {plan}")

    def by_resident(resident: str) -> str:
        return _refresh(walk, f"resident_id = {resident}", f"resident.id = {resident}")

    def by_household(household: str) -> str:
        return _refresh(walk, f"household_id = {household}", f"resident.household_id = {household}")

    triggers = {
        "tr_care_schedule_plan_insert": ("AFTER INSERT ON care_plan", "", by_plan("NEW.id")),
        "tr_care_schedule_plan_update": (
            "AFTER UPDATE ON care_plan",
            _changed(*_PLAN_COLUMNS),
            by_plan("NEW.id"),
        ),
        "tr_care_schedule_plan_delete": (
            "AFTER DELETE ON care_plan",
            "",
            f"DELETE FROM {TABLE} WHERE plan_id = OLD.id;",
        ),
        # a resident stored after their plan (a pull's order), renamed, moved or removed
        "tr_care_schedule_resident_insert": (
            "AFTER INSERT ON resident",
            _HAS_PLAN,
            by_resident("NEW.id"),
        ),
        "tr_care_schedule_resident_update": (
            "AFTER UPDATE OF name, household_id, deleted_at ON resident",
            f"{_changed('name', 'household_id', 'deleted_at')} AND {_HAS_PLAN}",
            by_resident("NEW.id"),
        ),
        "tr_care_schedule_resident_delete": (
            "AFTER DELETE ON resident",
            "",
            f"DELETE FROM {TABLE} WHERE resident_id = OLD.id;",
        ),
        # a household stored after its residents' plans, or its address changed
        "tr_care_schedule_household_insert": (
            "AFTER INSERT ON household",
            "",
            f"UPDATE {TABLE} SET address = NEW.address WHERE household_id = NEW.id;",
        ),
        "tr_care_schedule_household_update": (
            "AFTER UPDATE OF address ON household",
            _changed("address"),
            f"UPDATE {TABLE} SET address = NEW.address WHERE household_id = NEW.id;",
        ),
        "tr_care_schedule_household_delete": (
            "AFTER DELETE ON household",
            "",
            f"UPDATE {TABLE} SET address = NULL WHERE household_id = OLD.id;",
        ),
        # a visit: one that counts moves its household's targets' next visit day; one that does not
        # (未遇, voided) changes nothing; a visit changed (voided, moved) or removed: recomputed
        "tr_care_schedule_visit_insert": (
            "AFTER INSERT ON visit",
            f"NEW.deleted_at IS NULL AND NEW.outcome != '{NOT_HOME}'"
            f" AND {_SCHEDULED.format(h='NEW.household_id')}",
            _VISIT_COUNTED,
        ),
        "tr_care_schedule_visit_update": (
            "AFTER UPDATE OF household_id, resident_id, visited_at, outcome, deleted_at ON visit",
            f"{_changed(*_VISIT_COLUMNS)} AND {_SCHEDULED.format(h='OLD.household_id')}",
            by_household("OLD.household_id"),
        ),
        "tr_care_schedule_visit_moved": (
            "AFTER UPDATE OF household_id ON visit",
            f"NEW.household_id IS NOT OLD.household_id AND {_SCHEDULED.format(h='NEW.household_id')}",
            by_household("NEW.household_id"),
        ),
        "tr_care_schedule_visit_delete": (
            "AFTER DELETE ON visit",
            _SCHEDULED.format(h="OLD.household_id"),
            by_household("OLD.household_id"),
        ),
    }
    if walk:
        triggers.update(WALK_TRIGGERS)
    return triggers


# A household's search row written (search.refresh_households: deleted and inserted again at
# each change), its walk filled in (wk001), or removed: its care targets' walk follows.
_SET_WALK = f"UPDATE {TABLE} SET " + ", ".join(f"{c} = NEW.{c}" for c in WALK_COLUMNS)
WALK_TRIGGERS: dict[str, tuple[str, str, str]] = {
    "tr_care_schedule_walk_insert": (
        "AFTER INSERT ON household_search",
        _SCHEDULED.format(h="NEW.household_id"),
        f"{_SET_WALK} WHERE household_id = NEW.household_id;",
    ),
    "tr_care_schedule_walk_update": (
        f"AFTER UPDATE OF {', '.join(WALK_COLUMNS)} ON household_search",
        _SCHEDULED.format(h="NEW.household_id"),
        f"{_SET_WALK} WHERE household_id = NEW.household_id;",
    ),
    "tr_care_schedule_walk_delete": (
        "AFTER DELETE ON household_search",
        _SCHEDULED.format(h="OLD.household_id"),
        f"UPDATE {TABLE} SET "
        + ", ".join(f"{c} = NULL" for c in WALK_COLUMNS)
        + " WHERE household_id = OLD.household_id;",
    ),
}
TRIGGERS = schedule_triggers()


def create_triggers(triggers: dict[str, tuple[str, str, str]] | None = None) -> list[str]:
    """CREATE TRIGGER statements that keep the care schedule (or the tables `triggers` keep)."""
    statements = []
    for name, (event, when, body) in (TRIGGERS if triggers is None else triggers).items():
        condition = f"\n WHEN {when}" if when else ""
        statements.append(f"CREATE TRIGGER {name} {event}{condition}\nBEGIN\n{body}\nEND")
    return statements


def drop_triggers(triggers: dict[str, tuple[str, str, str]] | None = None) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {name}" for name in (TRIGGERS if triggers is None else triggers)
    ]


def rebuild(walk: bool = True) -> list[str]:
    """Every row again from the register (a migration's fill; tests compare it with the kept
    rows). `walk=False`: without the walk, as before wk001."""
    return [f"DELETE FROM {TABLE}", _insert(walk, "1")]


REBUILD = rebuild()


# --- the follow-ups open -------------------------------------------------------------------
# A visit's follow-up is open while no later visit that counts (not 未遇, not voided) has been
# made to its household. `follow_up_open` holds those visits (a few thousand of 500,000 at
# 100,000 households) with their follow-up day, so Today counts them and finds its first rows
# without probing the household's later visits for every candidate (~1,500 random index pages,
# ~12 MB of page cache at each start). Kept by the same kind of triggers; never synced.

FOLLOW_UP_TABLE = "follow_up_open"
_NEW_COUNTS = f"NEW.deleted_at IS NULL AND NEW.outcome != '{NOT_HOME}'"


def _open_of(household: str) -> str:
    """The open follow-ups of a household, computed from its visits."""
    return f"""INSERT INTO {FOLLOW_UP_TABLE}
            (visit_id, visit_rowid, household_id, follow_up_date, visited_at)
     SELECT visit.id, visit.rowid, visit.household_id, visit.follow_up_date, visit.visited_at
       FROM visit
      WHERE visit.household_id = {household} AND visit.follow_up_date IS NOT NULL
        AND visit.deleted_at IS NULL AND visit.outcome != '{NOT_HOME}'
        AND NOT EXISTS (SELECT 1 FROM visit AS later
                         WHERE later.household_id = visit.household_id
                           AND later.visited_at > visit.visited_at
                           AND later.deleted_at IS NULL AND later.outcome != '{NOT_HOME}');"""


def _reopen(household: str) -> str:
    return f"DELETE FROM {FOLLOW_UP_TABLE} WHERE household_id = {household};\n" + _open_of(
        household
    )


FOLLOW_UP_TRIGGERS: dict[str, tuple[str, str, str]] = {
    # a visit that counts closes its household's earlier follow-ups (if it has open ones: a
    # first pull inserts 500,000 visits), and opens its own unless a later visit (a pull brings
    # history in any order) already closed it
    "tr_follow_up_open_visit_closes": (
        "AFTER INSERT ON visit",
        f"{_NEW_COUNTS} AND EXISTS (SELECT 1 FROM {FOLLOW_UP_TABLE}"
        f" WHERE {FOLLOW_UP_TABLE}.household_id = NEW.household_id)",
        f"""DELETE FROM {FOLLOW_UP_TABLE}
 WHERE household_id = NEW.household_id AND visited_at < NEW.visited_at;""",
    ),
    "tr_follow_up_open_visit_opens": (
        "AFTER INSERT ON visit",
        f"{_NEW_COUNTS} AND NEW.follow_up_date IS NOT NULL",
        f"""INSERT INTO {FOLLOW_UP_TABLE} (visit_id, visit_rowid, household_id, follow_up_date, visited_at)
SELECT NEW.id, NEW.rowid, NEW.household_id, NEW.follow_up_date, NEW.visited_at
 WHERE NOT EXISTS (SELECT 1 FROM visit AS later
                    WHERE later.household_id = NEW.household_id
                      AND later.visited_at > NEW.visited_at
                      AND later.deleted_at IS NULL AND later.outcome != '{NOT_HOME}');""",
    ),
    # changed (voided, moved) or removed: its households' open follow-ups computed again
    "tr_follow_up_open_visit_update": (
        "AFTER UPDATE OF household_id, visited_at, outcome, deleted_at, follow_up_date ON visit",
        _changed("household_id", "visited_at", "outcome", "deleted_at", "follow_up_date"),
        _reopen("OLD.household_id"),
    ),
    "tr_follow_up_open_visit_moved": (
        "AFTER UPDATE OF household_id ON visit",
        "NEW.household_id IS NOT OLD.household_id",
        _reopen("NEW.household_id"),
    ),
    "tr_follow_up_open_visit_delete": ("AFTER DELETE ON visit", "", _reopen("OLD.household_id")),
}

FOLLOW_UP_REBUILD = [
    f"DELETE FROM {FOLLOW_UP_TABLE}",
    _open_of("visit.household_id").replace(
        "WHERE visit.household_id = visit.household_id AND ", "WHERE "
    ),
]
