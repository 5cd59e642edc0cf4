"""Disputes travel to their station's mediators and legal-aid applications to their window's
clerks, never further; a status step the server's state no longer allows is refused."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from gridwarden.protocol.messages import Op
from gridwarden.protocol.registry import EVERYTHING
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.server import admin
from gridwarden.server.auth import Caller
from gridwarden.server.launch import ServerProcess
from gridwarden.server.push import push
from gridwarden.services.disputes import DisputeService
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.validation.dispute_drafts import SessionDraft
from tests.conftest import NOW
from tests.dispute_support import neighbour_draft
from tests.legal_aid_support import wage_claim
from tests.sync.harness import District, Laptop, add_user


@dataclass
class Units:
    station1: str
    station2: str
    agency: str
    window1: str
    window2: str
    users: dict[str, str]


def _push_units(district: District) -> Units:
    """Stations and windows, pushed by a supervisor as reference data; caseworkers on them."""
    ids = {k: str(uuid.uuid4()) for k in ("s1", "s2", "agency", "w1", "w2")}
    rows = [
        (ids["s1"], "station", "和平桥街道矛盾纠纷调处工作站", None),
        (ids["s2"], "station", "城东街道矛盾纠纷调处工作站", None),
        (ids["agency"], "legal_aid_agency", "崇川区法律援助中心", None),
        (ids["w1"], "legal_aid_window", "区公共法律服务中心法律援助窗口", ids["agency"]),
        (ids["w2"], "legal_aid_window", "任港街道公共法律服务站法律援助窗口", ids["agency"]),
    ]
    stamp = {"updated_at": NOW.isoformat(), "updated_by": "seed@server", "deleted_at": None}
    ops = [
        Op(op_id=str(uuid.uuid4()), entity="org_unit", id=unit_id, kind="upsert",
           base_version=0,
           payload={"kind": kind, "name": name, "parent_id": parent, "area_id": None,
                    "phone": "", "address": "", **stamp})
        for unit_id, kind, name, parent in rows
    ]  # fmt: skip
    seeder = Caller("seed", "seed", "supervisor", "seed", frozenset({EVERYTHING}))
    with district.db.writer() as session:
        assert {a.status for a in push(session, seeder, ops).answers} == {"applied"}
    users = {}
    for short, name, role, kind, unit in (
        ("zhou", "周调解", "mediator", "station", ids["s1"]),
        ("wu", "吴调解", "mediator", "station", ids["s1"]),
        ("zheng", "郑调解", "mediator", "station", ids["s2"]),
        ("qian", "钱窗口", "clerk", "window", ids["w1"]),
        ("sun", "孙窗口", "clerk", "window", ids["w2"]),
    ):
        user_id = f"{short}-{district.suffix}"
        add_user(district.db, user_id, name, role)
        admin.assign(district.db, user_id, kind, unit)
        users[short] = user_id
    return Units(ids["s1"], ids["s2"], ids["agency"], ids["w1"], ids["w2"], users)


@pytest.fixture
def units(district: District) -> Units:
    return _push_units(district)


@pytest.fixture
def device(tmp_path: Path, server: ServerProcess, units: Units) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(short: str) -> Laptop:
        laptop = Laptop(tmp_path, f"{short}-{len(made)}", units.users[short], short)
        laptop.login(server.url)
        laptop.sync()
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def test_a_dispute_reaches_its_stations_mediators_only(device: Any, units: Units) -> None:
    zhou, wu, zheng = device("zhou"), device("wu"), device("zheng")
    disputes = DisputeService(zhou.ctx)
    dispute = disputes.register(neighbour_draft(units.station1)).primary_id or ""
    assert zhou.sync().pushed > 0
    wu.sync()
    zheng.sync()
    assert dispute in wu.ids("dispute") and dispute not in zheng.ids("dispute")
    assert len(wu.ids("dispute_party")) == 2 and zheng.ids("dispute_party") == set()
    assert wu.get("dispute", dispute).facts == zhou.get("dispute", dispute).facts


def test_a_dispute_escalated_to_another_station_goes_there_with_its_whole_file(
    device: Any, units: Units
) -> None:
    zhou, wu, zheng = device("zhou"), device("wu"), device("zheng")
    disputes = DisputeService(zhou.ctx)
    dispute = disputes.register(neighbour_draft(units.station1)).primary_id or ""
    disputes.act(dispute, "assign", life.StepInput(mediator_name="周调解"))
    disputes.record_session(SessionDraft(dispute, NOW, "网格调解室", ["张三", "李梅"], "未果"))
    disputes.act(
        dispute, "escalate", life.StepInput(reason="网格调解未果", station_id=units.station2)
    )
    zhou.sync()
    assert [c for c in zhou.conflicts() if c.record_id == dispute] == []  # not refused
    zheng.sync()
    moved = zheng.get("dispute", dispute)
    assert (moved.station_id, moved.level, moved.status) == (
        units.station2,
        "station",
        "registered",
    )
    assert len(zheng.ids("dispute_party")) == 2
    assert [zheng.get("mediation_session", s).record for s in zheng.ids("mediation_session")] == [
        "未果"
    ]
    assert len(zheng.ids("dispute_step")) == 3  # assign, escalate (and intake) came along
    wu.sync(verify=True)  # the first station keeps no copy
    assert dispute not in wu.ids("dispute") and wu.ids("dispute_party") == set()


def test_a_step_the_servers_state_no_longer_allows_is_refused(device: Any, units: Units) -> None:
    zhou, wu = device("zhou"), device("wu")
    dispute = DisputeService(zhou.ctx).register(neighbour_draft(units.station1)).primary_id or ""
    zhou.sync()
    wu.sync()
    # both mediators act offline on the registered dispute: one withdraws, one assigns
    DisputeService(zhou.ctx).act(dispute, "withdraw", life.StepInput(reason="申请人撤回"))
    DisputeService(wu.ctx).act(dispute, "assign", life.StepInput(mediator_name="吴调解"))
    zhou.sync()
    wu.sync()
    refused = [c for c in wu.conflicts() if c.record_id == dispute]
    assert refused and refused[0].kind == "rejected"
    assert "已撤回" in refused[0].reason and "指定调解员" in refused[0].reason
    wu.sync()
    assert wu.get("dispute", dispute).status == "withdrawn"  # the server's state came back
    assert zhou.get("dispute", dispute).status == "withdrawn"


def test_an_application_reaches_its_windows_clerks_only(
    device: Any, units: Units, district: District, server: ServerProcess, tmp_path: Path
) -> None:
    qian, sun = device("qian"), device("sun")
    application = LegalAidService(qian.ctx).intake(wage_claim(units.window1)).primary_id or ""
    qian.sync()
    sun.sync()
    assert application in qian.ids("legal_aid_application")
    assert sun.ids("legal_aid_application") == set() and sun.ids("legal_aid_case") == set()
    # the district centre's supervisor, scoped to the whole district, receives it
    boss = Laptop(tmp_path, "boss", district.user("boss"), "周主任")
    boss.login(server.url)
    boss.sync()
    assert application in boss.ids("legal_aid_application")
    boss.close()


def test_a_filing_and_its_files_reach_the_stations_mediators_only(
    device: Any, units: Units, tmp_path: Path
) -> None:
    from gridwarden.services.filings import FilingService, FilingStart, FilingStepInput
    from tests.filing_support import pdf

    zhou, wu, zheng = device("zhou"), device("wu"), device("zheng")
    disputes = DisputeService(zhou.ctx)
    dispute = disputes.register(neighbour_draft(units.station1)).primary_id or ""
    disputes.act(dispute, "assign", life.StepInput(mediator_name="周调解"))
    disputes.record_session(SessionDraft(dispute, NOW, "调解室", ["张三", "李梅"], "未果"))
    disputes.act(dispute, "fail", life.StepInput(reason="差距过大", routes=("litigation",)))
    filings = FilingService(zhou.ctx)
    filing = filings.create(FilingStart(dispute, "complaint")).primary_id or ""
    filings.attach(dispute, [pdf(tmp_path / "欠条.pdf", 3)], "evidence")
    filings.step(filing, "withdraw", FilingStepInput(reason="当事人决定暂不起诉"))
    zhou.sync()
    assert [c for c in zhou.conflicts()] == []
    wu.sync()
    zheng.sync()
    arrived = wu.get("filing", filing)
    assert (arrived.number, arrived.status, arrived.dispute_id) == (
        zhou.get("filing", filing).number,
        "withdrawn",
        dispute,
    )
    assert len(wu.ids("filing_step")) == 2  # created, withdrawn
    (file_id,) = [a for a in wu.ids("attachment") if wu.get("attachment", a).owner_id == dispute]
    attachment = wu.get("attachment", file_id)
    assert (attachment.category, attachment.pages, attachment.filename) == (
        "evidence",
        3,
        "欠条.pdf",
    )
    assert zheng.ids("filing") == set() and zheng.ids("filing_step") == set()
