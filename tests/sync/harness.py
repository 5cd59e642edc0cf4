"""Two laptops and a district server on one machine: the pieces the sync tests are built of."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.models import SYNCED_MODELS, Household, OutboxOp, Resident, SyncConflict
from gridwarden.paths import data_paths
from gridwarden.protocol.messages import Op
from gridwarden.protocol.registry import EVERYTHING
from gridwarden.search import refresh_households
from gridwarden.server import admin
from gridwarden.server.auth import CHEAP_COST, Caller
from gridwarden.server.db import ServerDB
from gridwarden.server.push import push
from gridwarden.services.context import ServiceContext
from gridwarden.services.events import EventService
from gridwarden.services.register import (
    HouseholdDraft,
    RegisterService,
    ResidentDraft,
    validate_household,
    validate_resident,
)
from gridwarden.services.unit_of_work import unit_of_work
from gridwarden.services.visits import VisitService
from gridwarden.settings import Settings
from gridwarden.store import Store, open_store
from gridwarden.sync.client import SyncClient, SyncReport, adopt_account
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.memory_keyring import MemoryKeyring
from tests.conftest import NOW, copy_template, present, store_key

PASSWORD = "correct-horse-1"
__all__ = ["PASSWORD", "District", "Laptop", "MemoryKeyring", "add_user", "build_district"]


@dataclass
class District:
    """A district on the server: two grids, departments, and users working in them."""

    db: ServerDB
    suffix: str
    grid1: str = ""
    micro1: str = ""
    micro1b: str = ""
    grid2: str = ""
    micro2: str = ""
    department: str = ""
    users: dict[str, str] = field(default_factory=dict)  # short name -> user id

    def user(self, short: str) -> str:
        return self.users[short]


def _area(level: str, name: str, parent: str | None) -> dict[str, Any]:
    return {"level": level, "name": name, "code": "", "parent_id": parent}


def build_district(db: ServerDB) -> District:
    """Reference data pushed by a supervisor through the server's own push path, then users."""
    suffix = uuid.uuid4().hex[:6]
    ids = {k: str(uuid.uuid4()) for k in ("d", "s", "c", "g1", "m1", "m1b", "g2", "m2", "dep")}
    rows: list[tuple[str, str, dict[str, Any]]] = [
        ("area", ids["d"], _area("district", "崇川区", None)),
        ("area", ids["s"], _area("street", "和平桥街道", ids["d"])),
        ("area", ids["c"], _area("community", "桃坞社区", ids["s"])),
        ("area", ids["g1"], _area("grid", "第1网格", ids["c"])),
        ("area", ids["m1"], _area("micro_grid", "第1-1微网格", ids["g1"])),
        ("area", ids["m1b"], _area("micro_grid", "第1-2微网格", ids["g1"])),
        ("area", ids["g2"], _area("grid", "第2网格", ids["c"])),
        ("area", ids["m2"], _area("micro_grid", "第2-1微网格", ids["g2"])),
        ("department", ids["dep"], {"name": "区城市管理局", "phone": "0513-85100103"}),
    ]
    stamp = {"updated_at": NOW.isoformat(), "updated_by": "seed@server", "deleted_at": None}
    ops = [
        Op(
            op_id=str(uuid.uuid4()),
            entity=e,
            id=i,
            kind="upsert",
            base_version=0,
            payload={**p, **stamp},
        )
        for e, i, p in rows
    ]
    seeder = Caller("seed", "seed", "supervisor", "seed", frozenset({EVERYTHING}))
    with db.writer() as session:
        answers = push(session, seeder, ops)
    assert {a.status for a in answers.answers} == {"applied"}
    district = District(
        db,
        suffix,
        grid1=ids["g1"],
        micro1=ids["m1"],
        micro1b=ids["m1b"],
        grid2=ids["g2"],
        micro2=ids["m2"],
        department=ids["dep"],
    )
    _add_users(db, district, ids)
    return district


def add_user(db: ServerDB, user_id: str, name: str, role: str) -> None:
    """A test user with the one PASSWORD, hashed at scrypt's cheap cost (the hash records it;
    the server checks it with scrypt at every login, a wrong password is refused the same):
    at the product's cost each hash and each login took ~30 ms of CPU. Tests about the
    product's cost make their users with admin.create_user's default."""
    admin.create_user(db, user_id, name, role, PASSWORD, cost=CHEAP_COST)


def _add_users(db: ServerDB, district: District, ids: dict[str, str]) -> None:
    suffix = district.suffix
    for short, name, role, grid in (
        ("wang", "王芳", "warden", ids["g1"]),
        ("li", "李娜", "warden", ids["g1"]),
        ("zhao", "赵强", "warden", ids["g2"]),
        ("lead", "孙立", "grid_leader", ids["g1"]),
        ("boss", "周主任", "supervisor", None),
    ):
        user_id = f"{short}-{suffix}"
        add_user(db, user_id, name, role)
        if grid:
            admin.assign(db, user_id, "grid", grid)
        district.users[short] = user_id


class Laptop:
    """One device: its own store, services, and sync client, logged in as one user."""

    def __init__(self, root: Path, name: str, user_id: str, user_name: str) -> None:
        self.name = name
        self.paths = data_paths(root / name)
        copy_template(self.paths)  # a new laptop starts from the migrated template
        self.store: Store = open_store(self.paths, store_key(self.paths.root))
        self.clock = FixedClock(NOW)
        self.settings = Settings(user_id=user_id, user_name=user_name)
        self.ctx: ServiceContext = self.store.context(self.settings, self.clock)
        self.register = RegisterService(self.ctx)
        self.visits = VisitService(self.ctx)
        self.events = EventService(self.ctx)
        self.tokens = TokenStore()
        self.client = SyncClient(self.store, self.tokens, clock=self.clock, stall_s=10)

    def login(self, server_url: str, password: str = PASSWORD) -> None:
        answer, _persistent = self.client.login(server_url, self.settings.user_id, password)
        adopt_account(self.settings, answer)
        self.act_as(self.settings.user_role)

    def act_as(self, role: str) -> None:
        """Services acting with this role (the account's after login; a test may forge one)."""
        self.settings.user_role = role
        self.ctx = self.store.context(self.settings, self.clock)
        self.register = RegisterService(self.ctx)
        self.visits = VisitService(self.ctx)
        self.events = EventService(self.ctx)

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.client.run_once(**kwargs)

    def pending(self) -> int:
        with self.store.sessions() as session:
            return len(session.execute(select(col(OutboxOp.seq))).all())

    def conflicts(self) -> list[SyncConflict]:
        with self.store.sessions() as session:
            return list(
                session.execute(
                    select(SyncConflict).where(col(SyncConflict.resolved_at).is_(None))
                ).scalars()
            )

    def get(self, entity: str, record_id: str) -> Any:
        with self.store.sessions() as session:
            return session.get(SYNCED_MODELS[entity], record_id)

    def ids(self, entity: str) -> set[str]:
        model = SYNCED_MODELS[entity]
        with self.store.sessions() as session:
            return set(session.execute(select(col(model.id))).scalars())

    def snapshot(self, entities: tuple[str, ...]) -> dict[str, dict[str, dict[str, Any]]]:
        """Every record of these types as the server would hold it (id → document, version)."""
        from gridwarden.protocol.codec import to_wire

        found: dict[str, dict[str, dict[str, Any]]] = {}
        with self.store.sessions() as session:
            for entity in entities:
                model = SYNCED_MODELS[entity]
                found[entity] = {
                    r.id: {**to_wire(r), "version": r.version}
                    for r in session.execute(select(model)).scalars()
                }
        return found

    def new_household(self, micro: str, address: str, head: str = "张三") -> str:
        household = present(self.register.save_household(HouseholdDraft(micro, address)).primary_id)
        self.register.save_resident(ResidentDraft(household, head, "", "13812345678", "户主"))
        return household

    def new_households(self, micro: str, heads: dict[str, str]) -> list[str]:
        """A household with its head for each address, all in one transaction: set-up for a
        large push (the register service saves one record a transaction, ~3 ms each)."""
        today = self.clock.today()
        ids: list[str] = []
        with unit_of_work(self.ctx) as work:
            for address, head in heads.items():
                values = validate_household(HouseholdDraft(micro, address))
                household = work.create(Household(**values), "household.create")
                draft = ResidentDraft(household.id, head, "", "13812345678", "户主")
                work.create(Resident(**validate_resident(draft, today)[0]), "resident.create")
                ids.append(household.id)
            refresh_households(work.session, ids)
        return ids

    def close(self) -> None:
        self.client.close()
        self.store.close()
