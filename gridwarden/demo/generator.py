"""A demo district: realistic names, addresses and valid ID numbers, events in every state.

`seed()` fills an empty, migrated store. The demo stands for data already confirmed by a district
server (version 1, nothing in the outbox); it is written with bulk inserts so that the benchmark
scale (100,000 households, 300,000 residents, 500,000 visits) takes about a minute.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session

from gridwarden import search_fts
from gridwarden.clock import LOCAL_TZ, Clock
from gridwarden.demo import data, geometry
from gridwarden.models import (
    Area,
    AreaLevel,
    AuditEntry,
    Campaign,
    CarePlan,
    Department,
    EventStep,
    GridEvent,
    Household,
    HouseholdSearch,
    MapFeature,
    OrgUnit,
    Resident,
    Visit,
    new_id,
)
from gridwarden.rules import event_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.rounds import place_of
from gridwarden.search import ResidentText, household_row
from gridwarden.services.events import event_number
from gridwarden.settings import Settings
from gridwarden.store import set_meta
from gridwarden.validation import idnumber

Progress = Callable[[int, int], None]
CHUNK = 5000
HOUSEHOLDS_PER_MICRO_GRID = 50
DEMO_USER = ("demo-warden", "王芳")


@dataclass(frozen=True)
class DemoSize:
    households: int = 5000
    visits_per_household: float = 5.0
    events: int = 400


@dataclass
class DemoResult:
    households: int = 0
    residents: int = 0
    visits: int = 0
    events: int = 0
    home_grid_id: str = ""


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


class _Writer:
    """Buffers rows per table and inserts them in chunks, reporting progress."""

    def __init__(self, session: Session, total: int, progress: Progress | None) -> None:
        self.session = session
        self.buffers: dict[Any, list[dict[str, Any]]] = {}
        self.done = 0
        self.total = total
        self.progress = progress

    # Parents before children, so foreign keys hold at every flush.
    ORDER = (
        Department,
        Area,
        OrgUnit,
        MapFeature,
        Household,
        Resident,
        CarePlan,
        HouseholdSearch,
        Campaign,
        Visit,
        GridEvent,
        EventStep,
    )

    def add(self, model: Any, row: dict[str, Any]) -> None:
        rows = self.buffers.setdefault(model, [])
        rows.append(row)
        if len(rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for m in self.ORDER:
            rows = self.buffers.get(m) or []
            if rows:
                self.session.execute(insert(_table(m)), rows)
                if m is HouseholdSearch:
                    search_fts.write(self.session, rows)
                self.done += len(rows)
                self.buffers[m] = []
        if self.progress:
            self.progress(min(self.done, self.total), self.total)


class DemoGenerator:
    def __init__(self, clock: Clock, settings: Settings, rng_seed: int = 20261129) -> None:
        self.clock = clock
        self.settings = settings
        self.rng = random.Random(rng_seed)
        self.now = clock.now()
        self.today = clock.today()
        self.stamp = "demo@seed"
        self.calendar = WorkCalendar.from_settings(settings)

    def sync_cols(self) -> dict[str, Any]:
        return {
            "id": new_id(),
            "version": 1,
            "server_seq": None,
            "base_version": 1,
            "updated_at": self.now,
            "updated_by": self.stamp,
            "deleted_at": None,
        }

    # --- people -----------------------------------------------------------------------------
    def _name(self, gender: str, surname: str | None = None) -> str:
        given = data.MALE_GIVEN if gender == "M" else data.FEMALE_GIVEN
        length = 1 if self.rng.random() < 0.35 else 2
        return (surname or self.rng.choice(data.SURNAMES)) + "".join(
            self.rng.choice(given) for _ in range(length)
        )

    def _id_number(self, born: date, gender: str, migrant: bool) -> str:
        regions = data.MIGRANT_REGIONS if migrant else data.LOCAL_REGIONS
        seq = self.rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)
        return idnumber.make(self.rng.choice(regions), born, seq)

    def _phone(self) -> str:
        return self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def _born(self, age: int) -> date:
        return self.today - timedelta(days=age * 365 + self.rng.randrange(365))

    def _person(
        self,
        household_id: str,
        relation: str,
        age: int,
        gender: str,
        migrant: bool,
        surname: str | None = None,
    ) -> dict[str, Any]:
        age = max(0, age)
        born = self._born(age)
        return {
            **self.sync_cols(),
            "household_id": household_id,
            "name": self._name(gender, surname),
            "id_number": self._id_number(born, gender, migrant),
            "gender": gender,
            "birth_date": born,
            "relation": relation,
            "phone": self._phone() if age >= 14 and self.rng.random() < 0.9 else "",
            "disabled": self.rng.random() < 0.02,
            "subsistence": False,
            "extreme_poverty": False,
            "notes": "",
        }

    def _family(self, household_id: str, tags: list[str], migrant: bool) -> list[dict[str, Any]]:
        r = self.rng
        head_gender = "M" if r.random() < 0.7 else "F"
        if "elderly_alone" in tags:
            return [self._person(household_id, "户主", r.randint(70, 92), head_gender, False)]
        head_age = r.randint(24, 85)
        head = self._person(household_id, "户主", head_age, head_gender, migrant)
        surname = head["name"][0]
        members = [head]
        if r.random() < 0.8:
            members.append(
                self._person(
                    household_id,
                    "配偶",
                    head_age + r.randint(-5, 5),
                    "F" if head_gender == "M" else "M",
                    migrant,
                )
            )
        if 28 <= head_age <= 70:
            for _ in range(r.choice([0, 1, 1, 2, 2])):
                members.append(
                    self._person(
                        household_id,
                        "子女",
                        head_age - r.randint(22, 34),
                        r.choice("MF"),
                        migrant,
                        surname,
                    )
                )
        if head_age < 55 and r.random() < 0.35:
            members.append(
                self._person(
                    household_id,
                    "父母",
                    head_age + r.randint(24, 30),
                    r.choice("MF"),
                    migrant,
                    surname,
                )
            )
        if head_age > 58 and r.random() < 0.3:
            members.append(
                self._person(
                    household_id, "孙子女", r.randint(2, 16), r.choice("MF"), migrant, surname
                )
            )
        if "left_behind_child" in tags and len(members) == 1:
            members.append(
                self._person(
                    household_id, "孙子女", r.randint(6, 14), r.choice("MF"), migrant, surname
                )
            )
        return members

    def _tags(self) -> list[str]:
        r = self.rng.random
        tags = []
        if r() < 0.05:
            tags.append("elderly_alone")
        elif r() < 0.04:
            tags.append("left_behind_child")
        if r() < 0.02:
            tags.append("group_rental")
        if r() < 0.005:
            tags.append("small_chemical")
        if r() < 0.1:
            tags.append("rental")
        if r() < 0.03:
            tags.append("shop")
        if r() < 0.02:
            tags.append("veteran")
        return tags

    # --- places -----------------------------------------------------------------------------
    def _areas(self, writer: _Writer, micro_count: int) -> list[tuple[str, str]]:
        """Build the hierarchy; return (micro_grid_id, grid_id) pairs."""
        grids_per_community, micros_per_grid = 4, 4
        communities = max(1, math.ceil(micro_count / (grids_per_community * micros_per_grid)))
        columns = max(1, math.ceil(math.sqrt(communities)))
        self.cells: dict[str, tuple[int, int]] = {}
        self.buildings: dict[tuple[str, str], tuple[float, float]] = {}
        self.slots: dict[str, int] = {}
        streets = min(len(data.STREETS), max(1, math.ceil(communities / 6)))
        district = {
            **self.sync_cols(),
            "level": AreaLevel.DISTRICT,
            "parent_id": None,
            "name": data.DISTRICT[0],
            "code": data.DISTRICT[1],
        }
        writer.add(Area, district)
        self.district_id = district["id"]
        self.streets: list[tuple[str, str]] = []
        self.communities: list[tuple[str, str]] = []
        street_ids = []
        for s in range(streets):
            row = {
                **self.sync_cols(),
                "level": AreaLevel.STREET,
                "parent_id": district["id"],
                "name": data.STREETS[s],
                "code": f"{data.DISTRICT[1]}{s + 1:03d}",
            }
            writer.add(Area, row)
            street_ids.append(row["id"])
            self.streets.append((row["id"], row["name"]))
        pairs: list[tuple[str, str]] = []
        for c in range(communities):
            stem = data.COMMUNITY_STEMS[c % len(data.COMMUNITY_STEMS)]
            suffix = (
                "" if c < len(data.COMMUNITY_STEMS) else str(c // len(data.COMMUNITY_STEMS) + 1)
            )
            community = {
                **self.sync_cols(),
                "level": AreaLevel.COMMUNITY,
                "parent_id": street_ids[c % streets],
                "name": f"{stem}{suffix}社区",
                "code": f"C{c + 1:04d}",
            }
            writer.add(Area, community)
            self.communities.append((community["id"], community["name"]))
            for g in range(grids_per_community):
                grid = {
                    **self.sync_cols(),
                    "level": AreaLevel.GRID,
                    "parent_id": community["id"],
                    "name": f"第{g + 1}网格",
                    "code": f"C{c + 1:04d}G{g + 1}",
                }
                writer.add(Area, grid)
                for m in range(micros_per_grid):
                    micro = {
                        **self.sync_cols(),
                        "level": AreaLevel.MICRO_GRID,
                        "parent_id": grid["id"],
                        "name": f"第{g + 1}-{m + 1}微网格",
                        "code": f"C{c + 1:04d}G{g + 1}M{m + 1}",
                    }
                    writer.add(Area, micro)
                    pairs.append((micro["id"], grid["id"]))
                    cell = geometry.lattice_cell(c, columns, g, m)
                    self.cells[micro["id"]] = cell
                    boundary = geometry.cell_polygon(*cell)
                    ring = boundary["coordinates"][0]
                    writer.add(
                        MapFeature,
                        {
                            **self.sync_cols(),
                            "kind": "micro_grid",
                            "area_id": micro["id"],
                            "name": f"{community['name']}{grid['name']}{micro['name']}",
                            "geometry": boundary,
                            "min_lon": min(p[0] for p in ring),
                            "min_lat": min(p[1] for p in ring),
                            "max_lon": max(p[0] for p in ring),
                            "max_lat": max(p[1] for p in ring),
                        },
                    )
        writer.flush()
        return pairs

    def _locate(self, writer: _Writer, micro_id: str, address: str) -> tuple[float, float]:
        """The household's point: its building's (made, with its map feature, the first time a
        building of this micro-grid is seen), a few metres off by unit and room."""
        place = place_of(address)
        key = (micro_id, place.building)
        point = self.buildings.get(key)
        if point is None:
            slot = self.slots.get(micro_id, 0)
            self.slots[micro_id] = slot + 1
            point = geometry.building_point(*self.cells[micro_id], slot)
            self.buildings[key] = point
            writer.add(
                MapFeature,
                {
                    **self.sync_cols(),
                    "kind": "building",
                    "area_id": micro_id,
                    "name": place.building,
                    "geometry": {"type": "Point", "coordinates": list(point)},
                    "min_lon": point[0],
                    "min_lat": point[1],
                    "max_lon": point[0],
                    "max_lat": point[1],
                },
            )
        return geometry.household_point(point, place.unit_no, place.room_no)

    def _org_units(self, writer: _Writer) -> None:
        """The court, the legal-aid centre and windows, and per street a mediation committee and
        a station; per community a grid micro-court (the seed: 28 micro-courts)."""

        def unit(kind: str, name: str, area: str | None, parent: str | None = None) -> str:
            row = {
                **self.sync_cols(),
                "kind": kind,
                "name": name,
                "area_id": area,
                "parent_id": parent,
                "phone": "",
                "address": "",
            }
            writer.add(OrgUnit, row)
            return str(row["id"])

        district = data.DISTRICT[0]
        self.court_id = unit("court", f"南通市{district}人民法院", self.district_id)
        agency = unit("legal_aid_agency", f"{district}法律援助中心", self.district_id)
        self.window_ids = [
            unit(
                "legal_aid_window",
                f"{district}公共法律服务中心法律援助窗口",
                self.district_id,
                agency,
            )
        ]
        self.station_ids = []
        for street_id, street in self.streets:
            committee = unit("committee", f"{street}人民调解委员会", street_id)
            self.station_ids.append(
                unit("station", f"{street}矛盾纠纷调处工作站", street_id, committee)
            )
            self.window_ids.append(
                unit("legal_aid_window", f"{street}公共法律服务站法律援助窗口", street_id, agency)
            )
        for community_id, community in self.communities[:28]:
            unit("micro_court", f"{community}网格微法庭", community_id, self.court_id)

    def _address(self, index: int) -> str:
        block = index // 384  # one estate: 16 buildings × 2 units × 12 flats
        road = data.ROADS[block % len(data.ROADS)]
        estate = data.ESTATES[block // len(data.ROADS) % len(data.ESTATES)]
        number = 1 + block * 7 % 199
        building = index // 24 % 16 + 1
        unit = index // 12 % 2 + 1
        room = (index % 12) // 2 * 100 + 101 + index % 2
        return f"{road}{number}号{road[:2]}{estate}{building}幢{unit}单元{room}室"

    # --- visits and events --------------------------------------------------------------------
    def _instant(self, days_ago: float) -> datetime:
        day = self.today - timedelta(days=int(days_ago))
        local = datetime.combine(
            day, time(self.rng.randint(8, 17), self.rng.randrange(60)), tzinfo=LOCAL_TZ
        )
        return min(local.astimezone(UTC), self.now - timedelta(minutes=5))

    def _visits(
        self,
        writer: _Writer,
        household_id: str,
        residents: list[dict[str, Any]],
        count: int,
        care_ids: list[str],
    ) -> int:
        r = self.rng
        made = 0
        for k in range(count):
            days_ago = r.uniform(0, 180)
            target = r.choice(residents)["id"] if r.random() < 0.4 else None
            purpose = r.choices(
                list(("routine", "care", "hazard_check", "epidemic", "dispute_follow_up")),
                (60, 15, 15, 5, 5),
            )[0]
            if care_ids and k == 0:  # the most recent visit of a care target
                target, purpose, days_ago = r.choice(care_ids), "care", r.uniform(0, 20)
            follow = None
            if days_ago < 10 and r.random() < 0.15:
                follow = self.today + timedelta(days=r.randint(-4, 10))
            writer.add(
                Visit,
                {
                    **self.sync_cols(),
                    "household_id": household_id,
                    "resident_id": target,
                    "visitor_id": DEMO_USER[0],
                    "visitor_name": DEMO_USER[1],
                    "visited_at": self._instant(days_ago),
                    "purpose": purpose,
                    "findings": r.choice(data.FINDINGS),
                    "follow_up_date": follow,
                    "outcome": "met",
                    "round_id": None,
                    "campaign_id": None,
                },
            )
            made += 1
        return made

    def _event(
        self, writer: _Writer, index: int, household: tuple[str, str, str], departments: list[str]
    ) -> None:
        """One work order replayed through the lifecycle rules: its channel and urgency, the
        deadlines each dispatch sets (settings table, shared calendar), mostly on-time but
        some late sign-fors and completions, extensions, urging, rejections and callbacks
        (a few unsatisfied, which reopen the order)."""
        r = self.rng
        A, S = life.Action, life.Status
        # most orders are finished and called back, as in the seed's figures
        finals = [S.ACCEPTED, S.DISPATCHED, S.SIGNED, S.HANDLING, S.REPLIED, S.CLOSED]
        finals += [S.CALLBACK] * 5 + [S.CLOSED]
        final = finals[index % len(finals)]
        category = r.choice(list(data.EVENT_TEXTS))
        if category == "safety_hazard" and r.random() < 0.3:
            urgency = life.EMERGENCY
        else:
            urgency = "priority" if r.random() < 0.12 else "normal"
        channel = r.choices(list(life.CHANNELS), (35, 20, 30, 10, 5))[0]
        days_ago = r.uniform(0, 6) if final in life.OPEN_STATUSES else r.uniform(8, 120)
        reported = self._instant(days_ago)
        event_id = new_id()
        replay = _Replay(self, event_id, category, urgency, reported)
        replay.play(final, index, departments)
        order, steps, go, later = replay.order, replay.steps, replay.go, replay.later
        master = getattr(self, "_open_order", None)
        if index % 24 == 12 and master is not None:  # a repeat complaint about an open order
            go(A.MERGE, life.StepInput(master_id=master), later(1))
            order["master_id"] = master
        elif order["status"] in life.OPEN_STATUSES:
            self._open_order: str | None = event_id
        hid, address, grid = household
        hotline = f"{reported.astimezone(LOCAL_TZ):%Y%m%d}{r.randrange(10**6):06d}"
        writer.add(
            GridEvent,
            {
                **self.sync_cols(),
                **order,
                "status": str(order["status"]),
                "id": event_id,
                "number": event_number(event_id, f"{reported.astimezone(LOCAL_TZ):%Y%m%d}"),
                "category": category,
                "description": r.choice(data.EVENT_TEXTS[category]),
                "location": address,
                "household_id": hid,
                "visit_id": None,
                "grid_id": grid,
                "reporter_id": DEMO_USER[0],
                "reporter_name": DEMO_USER[1],
                "reported_at": reported,
                "urgent": urgency == life.EMERGENCY,
                "urgency": urgency,
                "channel": channel,
                "hotline_number": hotline if channel == life.HOTLINE else "",
                "master_id": order.get("master_id"),
                "lon": self.points[hid][0],
                "lat": self.points[hid][1],
            },
        )
        for row in steps:  # after the event: a flush must never see a step without its event
            writer.add(EventStep, row)

    def _campaign(
        self, writer: _Writer, homes: list[tuple[str, str, str, list[str]]], grid: str
    ) -> None:
        """A winter fraud-warning sweep (专项走访) over the home grid's micro-grids for the
        elderly and empty nests, about two thirds visited, a few not at home."""
        r = self.rng
        micros = list(dict.fromkeys(m for _h, m, g, _t in homes if g == grid))
        wanted = {"elderly_alone", "empty_nest"}
        campaign = {
            **self.sync_cols(),
            "name": "冬季反诈入户宣传",
            "kind": "fraud_warning",
            "starts_on": self.today - timedelta(days=14),
            "ends_on": self.today + timedelta(days=30),
            "micro_grid_ids": micros,
            "tags": sorted(wanted),
            "note": "重点提醒老年人警惕养老诈骗、保健品诈骗",
        }
        writer.add(Campaign, campaign)
        for hid, micro, _g, tags in homes:
            if micro not in micros or not wanted.intersection(tags) or r.random() > 0.7:
                continue
            away = r.random() < 0.12
            writer.add(
                Visit,
                {
                    **self.sync_cols(),
                    "household_id": hid,
                    "resident_id": None,
                    "visitor_id": DEMO_USER[0],
                    "visitor_name": DEMO_USER[1],
                    "visited_at": self._instant(r.uniform(0, 13)),
                    "purpose": "campaign",
                    "findings": "" if away else "已发放反诈宣传册，讲解常见骗局",
                    "follow_up_date": None,
                    "outcome": "not_home" if away else "met",
                    "round_id": None,
                    "campaign_id": campaign["id"],
                },
            )

    def _step(
        self,
        event_id: str,
        action: str,
        from_status: str,
        to_status: str,
        step: life.StepInput,
        at: datetime,
        department_id: str | None,
    ) -> dict[str, Any]:
        return {
            **self.sync_cols(),
            "event_id": event_id,
            "action": str(action),
            "from_status": str(from_status),
            "to_status": str(to_status),
            "actor_id": DEMO_USER[0],
            "actor_name": DEMO_USER[1],
            "at": at,
            "department_id": department_id,
            "reason": step.reason,
            "legal_basis": step.legal_basis,
            "note": step.note,
            "satisfaction": step.satisfaction,
            "new_date": step.new_date,
            "master_id": step.master_id,
        }

    # --- all together -------------------------------------------------------------------------
    def seed(
        self, session: Session, size: DemoSize, progress: Progress | None = None
    ) -> DemoResult:
        r = self.rng
        estimate = int(size.households * (1 + 2.6 + size.visits_per_household + 1.1))
        writer = _Writer(session, estimate + size.events * 5, progress)
        self.writer = writer
        self.people: list[dict[str, Any]] = []  # adults with ID numbers, for workflow seeders
        result = DemoResult()
        departments = []
        for name, phone in data.DEPARTMENTS:
            row = {**self.sync_cols(), "name": name, "phone": phone}
            writer.add(Department, row)
            departments.append(row["id"])
        pairs = self._areas(writer, math.ceil(size.households / HOUSEHOLDS_PER_MICRO_GRID))
        self._org_units(writer)
        result.home_grid_id = pairs[0][1]
        event_homes: list[tuple[str, str, str]] = []
        homes: list[tuple[str, str, str, list[str]]] = []
        self.points: dict[str, tuple[float, float]] = {}
        event_every = max(1, size.households // max(1, size.events))
        for index in range(size.households):
            micro_id, grid_id = pairs[index * len(pairs) // size.households]
            tags = self._tags()
            migrant = "rental" in tags or "group_rental" in tags
            address = self._address(index)
            lon, lat = self._locate(writer, micro_id, address)
            household = {
                **self.sync_cols(),
                "micro_grid_id": micro_id,
                "address": address,
                "tags": tags,
                "notes": "",
                "lon": lon,
                "lat": lat,
            }
            writer.add(Household, household)
            homes.append((household["id"], micro_id, grid_id, tags))
            residents = self._family(household["id"], tags, migrant)
            if r.random() < 0.03:
                residents[0]["subsistence"] = True
            if r.random() < 0.005:
                residents[0]["extreme_poverty"] = True
            care_ids = []
            for person in residents:
                writer.add(Resident, person)
                if len(self.people) < 5000 and person["relation"] in ("户主", "配偶"):
                    self.people.append(
                        {**person, "address": household["address"], "grid_id": grid_id}
                    )
                reason = self._care_reason(person, tags)
                if reason:
                    care_ids.append(person["id"])
                    writer.add(
                        CarePlan,
                        {
                            **self.sync_cols(),
                            "resident_id": person["id"],
                            "reason": reason,
                            "frequency_days": {"elderly_alone": 7, "left_behind_child": 30}.get(
                                reason, 14
                            ),
                            "started_on": self.today - timedelta(days=r.randint(30, 400)),
                            "active": True,
                        },
                    )
            writer.add(
                HouseholdSearch,
                household_row(
                    household["id"],
                    micro_id,
                    household["address"],
                    [
                        ResidentText(p["name"], p["relation"], p["phone"], p["id_number"])
                        for p in residents
                    ],
                ),
            )
            visits = max(0, round(r.gauss(size.visits_per_household, 1.5)))
            result.visits += self._visits(writer, household["id"], residents, visits, care_ids)
            result.residents += len(residents)
            if index % event_every == 0 and len(event_homes) < size.events:
                event_homes.append((household["id"], household["address"], grid_id))
                self.points[household["id"]] = (lon, lat)
        writer.flush()
        for index, home in enumerate(event_homes):
            self._event(writer, index, home, departments)
        self._campaign(writer, homes, result.home_grid_id)
        writer.flush()
        from gridwarden.demo.extras import SEEDERS  # workflows add their demo cases there

        for extra in SEEDERS:
            extra(self, session, size)
        writer.flush()
        result.households = size.households
        result.events = len(event_homes)
        set_meta(session, "demo_seeded", self.now.isoformat())
        session.add(
            AuditEntry(
                at=self.now,
                actor_id=DEMO_USER[0],
                actor_name=DEMO_USER[1],
                device_id="demo",
                action="demo.seed",
                entity="store",
                record_id="demo",
                detail={"households": size.households},
            )
        )
        return result

    def _care_reason(self, person: dict[str, Any], tags: list[str]) -> str | None:
        age = (self.today - person["birth_date"]).days // 365
        if "elderly_alone" in tags and person["relation"] == "户主":
            return "elderly_alone"
        if "left_behind_child" in tags and age < 16:
            return "left_behind_child"
        if person["extreme_poverty"]:
            return "extreme_poverty"
        if person["disabled"] and age >= 60:
            return "disabled"
        return None


def seed(
    sessions: Any,
    clock: Clock,
    settings: Settings,
    size: DemoSize = DemoSize(),
    progress: Progress | None = None,
) -> DemoResult:
    """Seed the demo district into an empty store in one transaction."""
    with sessions() as session, session.begin():
        return DemoGenerator(clock, settings).seed(session, size, progress)


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Replay:
    """One work order replayed through the lifecycle rules: its fields as the steps change
    them, its history, and a clock that only moves forward (never past two minutes ago)."""

    def __init__(
        self,
        gen: DemoGenerator,
        event_id: str,
        category: str,
        urgency: str,
        reported: datetime,
    ) -> None:
        self.gen, self.rng, self.event_id = gen, gen.rng, event_id
        self.category, self.urgency = category, urgency
        self.table = gen.settings.event_time_limits
        self.latest = gen.now - timedelta(minutes=2)
        self.at = reported
        S = life.Status
        self.order: dict[str, Any] = {
            "status": S.ACCEPTED,
            "department_id": None,
            "satisfaction": None,
            "reopen_count": 0,
            "dispatched_at": None,
            "sign_due": None,
            "signed_at": None,
            "return_due": None,
            "closed_at": None,
            "extension_until": None,
            "urge_count": 0,
            "supervised": False,
            "due_date": life.due_date(
                category, urgency, reported.astimezone(LOCAL_TZ).date(), self.table, gen.calendar
            ),
        }
        self.steps = [
            gen._step(event_id, "accept", "", S.ACCEPTED, life.StepInput(), reported, None)
        ]

    def later(self, hours: float) -> datetime:
        self.at = min(self.latest, max(self.at, self.at + timedelta(hours=hours)))
        return self.at

    def on_day(self, day: date, hour: int) -> datetime:
        at = datetime.combine(day, time(hour, self.rng.randrange(60)), tzinfo=LOCAL_TZ)
        self.at = min(self.latest, max(self.at, at.astimezone(UTC)))
        return self.at

    def start_clock(self, at: datetime) -> None:
        day = at.astimezone(LOCAL_TZ).date()
        due = life.deadlines(self.category, self.urgency, day, self.table, self.gen.calendar)
        self.order.update(
            dispatched_at=at,
            sign_due=due.sign_due,
            due_date=due.due_date,
            return_due=due.return_due,
            signed_at=None,
            closed_at=None,
        )

    def go(self, action: life.Action, step: life.StepInput, at: datetime) -> bool:
        """Take one step the rules allow; True when a callback reopened the order."""
        A, order = life.Action, self.order
        outcome = life.decide(order["status"], action, step)
        if action is A.DISPATCH:
            order["department_id"] = step.department_id
            self.start_clock(at)
        elif action is A.SIGN:
            order["signed_at"] = at
        elif action is A.REJECT:
            order.update(department_id=None, sign_due=None, return_due=None)
        elif action is A.CLOSE:
            order["closed_at"] = at
        elif action is A.EXTEND:
            order["extension_until"] = step.new_date
        elif action is A.APPROVE_EXTENSION:
            order.update(due_date=order["extension_until"], extension_until=None)
        elif action is A.URGE:
            order["urge_count"] += 1
        elif action is A.CALLBACK:
            order["satisfaction"] = step.satisfaction
            if outcome.reopened:
                order["reopen_count"] += 1
                self.start_clock(at)
        department = step.department_id or order["department_id"]
        self.steps.append(
            self.gen._step(
                self.event_id, action, order["status"], outcome.to_status, step, at, department
            )
        )
        order["status"] = outcome.to_status
        return outcome.reopened

    def play(self, final: life.Status, index: int, departments: list[str]) -> None:
        """Up to `final`: mostly on time, some late sign-fors and replies, extensions, urging,
        a rejection first, and a second round after an unsatisfied callback."""
        A, S, r = life.Action, life.Status, self.rng
        rank = [S.ACCEPTED, S.DISPATCHED, S.SIGNED, S.HANDLING, S.REPLIED, S.CLOSED, S.CALLBACK]
        target = rank.index(final)
        if index % 11 == 3 and target >= 1:  # some orders were rejected once first
            self.go(A.DISPATCH, life.StepInput(department_id=r.choice(departments)), self.later(1))
            self.go(
                A.REJECT,
                life.StepInput(reason="不属于本部门职责范围", legal_basis="《部门职责清单》第三条"),
                self.later(r.uniform(0.5, 3)),
            )
        for rounds in range(2):  # a second round only after an unsatisfied callback
            self._to_handling(target, index, departments)
            if not self._to_callback(target, rounds):
                break
            recent = (self.gen.now - self.at).days < 10
            if recent and r.random() < 0.5:  # the department is still at it
                target = rank.index(S.HANDLING)

    def _to_handling(self, target: int, index: int, departments: list[str]) -> None:
        """Dispatched, signed for (or urged), handled, perhaps extended."""
        A, S, r, order = life.Action, life.Status, self.rng, self.order
        if order["status"] is S.ACCEPTED and target >= 1:
            self.go(A.DISPATCH, life.StepInput(department_id=r.choice(departments)), self.later(2))
        if target >= 2 and order["status"] is S.DISPATCHED:
            if r.random() < 0.07:  # signed late
                late = self.on_day(order["sign_due"] + timedelta(days=1), 10)
                self.go(A.SIGN, life.StepInput(), late)
            else:
                self.go(A.SIGN, life.StepInput(), self.later(r.uniform(0.2, 5)))
        elif order["status"] is S.DISPATCHED and index % 9 == 4:
            self.go(A.URGE, life.StepInput(note="请尽快签收办理"), self.later(r.uniform(1, 4)))
        if target >= 3 and order["status"] is S.SIGNED:
            self.go(A.HANDLE, life.StepInput(), self.later(r.uniform(0.5, 6)))
            if index % 13 == 5 and order["due_date"] > self.at.date():
                new_date = self.gen.calendar.add_working_days(order["due_date"], 5)
                self.go(
                    A.EXTEND,
                    life.StepInput(reason="需协调多个部门联合处置", new_date=new_date),
                    self.later(2),
                )
                self.go(A.APPROVE_EXTENSION, life.StepInput(), self.later(r.uniform(2, 20)))

    def _to_callback(self, target: int, rounds: int) -> bool:
        """Replied (some late), closed and called back; True when the callback reopened it."""
        A, S, r, order = life.Action, life.Status, self.rng, self.order
        if target >= 4 and order["status"] is S.HANDLING:
            if r.random() < 0.08:  # replied after the deadline
                self.go(
                    A.REPLY,
                    life.StepInput(note=r.choice(data.REPLY_TEXTS)),
                    self.on_day(order["due_date"] + timedelta(days=r.randint(1, 4)), 15),
                )
            else:
                self.go(
                    A.REPLY,
                    life.StepInput(note=r.choice(data.REPLY_TEXTS)),
                    self.later(r.uniform(2, 30)),
                )
        if target >= 5 and order["status"] is S.REPLIED:
            self.go(A.CLOSE, life.StepInput(), self.later(r.uniform(0.5, 6)))
        if target >= 6 and order["status"] is S.CLOSED:
            rating = (
                r.choices(list(life.SATISFACTION), (80, 14, 6))[0]
                if rounds == 0
                else ("basically_satisfied")
            )
            return self.go(
                A.CALLBACK, life.StepInput(satisfaction=rating), self.later(r.uniform(4, 40))
            )
        return False
