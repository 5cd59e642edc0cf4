"""Two laptops doing random creates, edits, deletes, syncs and network faults against the real
server. Once both outboxes are empty: every store equals the server, nothing is duplicated, and
nothing is lost — every value written is still there, or was knowingly written over by someone
who had it on screen, or waits in a conflict for a person."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from sqlmodel import col

from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.register import HouseholdDraft, ResidentDraft
from gridwarden.sync.errors import SyncFailure
from tests.sync.faults import FaultProxy
from tests.sync.harness import Laptop, build_district

FAULTS = ["lose", "fail_before", "fail_after", "duplicate"]
PATHS = ["/api/v1/sync/push", "/api/v1/sync/pull"]


class TwoLaptops(RuleBasedStateMachine):
    server: ServerProcess
    db: ServerDB
    proxy: FaultProxy

    @initialize()
    def start(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="gw-stateful-"))
        self.district = build_district(self.db)
        self.devices = [
            Laptop(self.root, "a", self.district.user("wang"), "王芳"),
            Laptop(self.root, "b", self.district.user("li"), "李娜"),
        ]
        for device in self.devices:
            device.login(self.proxy.url)
            device.sync()
        self.counter = 0
        self.households: set[str] = set()
        self.residents: set[str] = set()
        self.deleted: set[str] = set()
        # every notes value written: value -> household; and values someone wrote over
        self.written: dict[str, str] = {}
        self.overwritten: set[str] = set()

    def teardown(self) -> None:
        if not hasattr(self, "devices"):
            return
        try:
            self._converge()
        finally:
            for device in self.devices:
                device.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _value(self, who: int) -> str:
        self.counter += 1
        return f"{'AB'[who]}{self.counter}"

    def _live(self, who: int, entity: str) -> list[str]:
        snap = self.devices[who].snapshot((entity,))[entity]
        return sorted(k for k, v in snap.items() if v["deleted_at"] is None)

    # --- what people do ------------------------------------------------------------------------
    # Few households, many edits: the two laptops keep meeting on the same records.
    @precondition(lambda self: len(self.households) < 3)
    @rule(who=st.integers(0, 1))
    def create(self, who: int) -> None:
        device = self.devices[who]
        household = device.new_household(self.district.micro1, f"人民路{self.counter}号")
        self.counter += 1
        self.households.add(household)
        head = device.snapshot(("resident",))["resident"]
        self.residents |= {k for k, v in head.items() if v["household_id"] == household}

    @rule(who=st.integers(0, 1), pick=st.integers(0, 1000))
    def edit(self, who: int, pick: int) -> None:
        device = self.devices[who]
        live = self._live(who, "household")
        if not live:
            return
        household = live[pick % len(live)]
        before = device.get("household", household).notes
        value = self._value(who)
        device.register.save_household(
            HouseholdDraft(self.district.micro1, f"人民路{household[:4]}号", [], value, household)
        )
        self.written[value] = household
        if before:
            self.overwritten.add(before)  # on screen when the person wrote over it

    @rule(who=st.integers(0, 1), pick=st.integers(0, 1000))
    def add_and_remove_member(self, who: int, pick: int) -> None:
        device = self.devices[who]
        live = self._live(who, "resident")
        if live and pick % 2:
            resident = live[pick % len(live)]
            if device.get("resident", resident).relation != "户主":
                device.register.remove_resident(resident, "迁出")
                self.deleted.add(resident)
                return
        households = self._live(who, "household")
        if households:
            changes = device.register.save_resident(
                ResidentDraft(
                    households[pick % len(households)], f"成员{self.counter}", relation="子女"
                )
            )
            self.counter += 1
            self.residents.add(changes.ids[0])

    @rule(who=st.integers(0, 1))
    def sync(self, who: int) -> None:
        try:
            self.devices[who].sync(verify=False)
        except SyncFailure as failure:
            if not failure.retryable:  # a fault on the wire is retried, never fatal
                raise AssertionError(f"not retryable: {failure}") from failure

    @precondition(
        lambda self: (
            not self.proxy.faults or all(f.hits >= f.skip + f.times for f in self.proxy.faults)
        )
    )
    @rule(kind=st.sampled_from(FAULTS), path=st.sampled_from(PATHS))
    def fault(self, kind: str, path: str) -> None:
        self.proxy.plan(path, kind)

    @invariant()
    def outbox_never_loses_an_op(self) -> None:
        if hasattr(self, "devices"):
            for device in self.devices:
                assert device.pending() >= 0

    # --- the end: converge and check ------------------------------------------------------------
    def _converge(self) -> None:
        self.faults_hit = sum(f.hits > f.skip for f in self.proxy.faults)
        self.proxy.faults.clear()
        for _round in range(3):
            for device in self.devices:
                device.sync(verify=False)
        assert [d.pending() for d in self.devices] == [0, 0]
        server = self._server_snapshot()
        for device in self.devices:
            mine = device.snapshot(("household", "resident"))
            assert mine == server, f"{device.name} differs from the server"
        # nothing duplicated, no create lost
        assert set(server["household"]) == self.households
        assert set(server["resident"]) == self.residents
        # every delete reached the server (nobody edits residents here, so none conflicts)
        assert all(server["resident"][r]["deleted_at"] is not None for r in self.deleted)
        # every notes value: final, written over by someone who saw it, or kept in a conflict
        final = {doc["notes"] for doc in server["household"].values()}
        kept = {
            field["local"]
            for device in self.devices
            for conflict in device.conflicts()
            for name, field in conflict.fields.items()
            if name == "notes"
        }
        lost = set(self.written) - final - self.overwritten - kept
        assert not lost, f"values lost: {sorted(lost)}"

    def _server_snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        found: dict[str, dict[str, dict[str, Any]]] = {"household": {}, "resident": {}}
        with self.db.reader() as session:
            rows = session.execute(
                # grid 1 and its micro-grids (households take their micro-grid's key)
                select(Record).where(
                    col(Record.scope).in_(
                        (
                            f"grid:{self.district.grid1}",
                            f"micro_grid:{self.district.micro1}",
                            f"micro_grid:{self.district.micro1b}",
                        )
                    )
                )
            ).scalars()
            for row in rows:
                if row.entity in found:
                    found[row.entity][row.id] = {**json.loads(row.doc), "version": row.version}
        return found


def test_two_laptops_converge_under_random_edits_and_faults(
    server: ServerProcess, server_db: ServerDB
) -> None:
    proxy = FaultProxy(server.url)
    TwoLaptops.server, TwoLaptops.db, TwoLaptops.proxy = server, server_db, proxy
    try:
        run_state_machine_as_test(
            TwoLaptops,
            settings=settings(
                max_examples=8,
                stateful_step_count=20,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            ),
        )
    finally:
        proxy.close()
