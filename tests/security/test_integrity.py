"""Finding 6: the server decides status changes from the action and the lifecycle, never takes
a step's made-up status or a rewritten fact; a history step id must be new; a record may point
at a file only if the caller uploaded it or could already read it."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.protocol.messages import Op
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.server.db import Record, ServerDB
from gridwarden.server.launch import ServerProcess
from gridwarden.services.disputes import DisputeService
from gridwarden.services.events import EventDraft
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.sync import local
from tests.conftest import NOW, present
from tests.dispute_support import neighbour_draft
from tests.legal_aid_support import wage_claim
from tests.security import wire
from tests.sync.harness import PASSWORD, District, Laptop
from tests.sync.test_casework_sync import Units, _push_units


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


def _queued(laptop: Laptop) -> list[Op]:
    with laptop.client.sessions() as session:
        return local.outbox_batch(session, 50)


def _doc(db: ServerDB, entity: str, record_id: str) -> dict[str, Any]:
    with db.reader() as session:
        row = present(session.get(Record, (entity, record_id)))
        return dict(json.loads(row.doc))


def _push(server: ServerProcess, token: str, op: Op) -> dict[str, Any]:
    body = {"ops": [{**op.model_dump(mode="json"), "op_id": str(uuid.uuid4())}]}
    answer = wire.post(server.url, "/sync/push", token, json=body)
    assert answer.status_code == 200, answer.text
    return dict(answer.json()["answers"][0])


def test_a_withdraw_cannot_set_a_made_up_status_or_rewrite_the_dispute(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    zhou = device("zhou")
    dispute = DisputeService(zhou.ctx).register(neighbour_draft(units.station1)).primary_id or ""
    zhou.sync()
    facts = _doc(server_db, "dispute", dispute)["facts"]
    DisputeService(zhou.ctx).act(dispute, "withdraw", life.StepInput(reason="申请人撤回"))
    [withdraw] = [op for op in _queued(zhou) if op.kind == "transition"]
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    forged = withdraw.model_copy(deep=True)
    forged.payload["result"]["status"] = "closed_forever"
    answer = _push(server, token, forged)
    # decided again from the declared input: a withdrawal ends in "withdrawn"
    assert answer["status"] == "rejected" and "leads to status withdrawn" in answer["reason"]
    forged = withdraw.model_copy(deep=True)
    forged.payload["result"]["facts"] = "纠纷事实被改写"
    forged.payload["step"]["id"] = str(uuid.uuid4())
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "facts" in answer["reason"]
    stored = _doc(server_db, "dispute", dispute)
    assert (stored["status"], stored["facts"]) == ("registered", facts)
    # the honest op still applies
    zhou.sync()
    assert _doc(server_db, "dispute", dispute)["status"] == "withdrawn"


def test_a_legal_aid_withdraw_cannot_rewrite_the_applicants_id_number(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    qian = device("qian")
    service = LegalAidService(qian.ctx)
    application = service.intake(wage_claim(units.window1)).primary_id or ""
    qian.sync()
    id_number = _doc(server_db, "legal_aid_application", application)["id_number"]
    service.act(application, "withdraw", _withdraw_step())
    [withdraw] = [op for op in _queued(qian) if op.kind == "transition"]
    forged = withdraw.model_copy(deep=True)
    forged.payload["result"]["id_number"] = "110101199003070012"
    token = wire.token_of(server.url, units.users["qian"], PASSWORD, str(uuid.uuid4()))
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "id_number" in answer["reason"]
    assert _doc(server_db, "legal_aid_application", application)["id_number"] == id_number


def test_a_filing_step_cannot_set_a_made_up_status_or_move_the_filing(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    from gridwarden.services.filings import FilingService, FilingStart, FilingStepInput

    zhou = device("zhou")
    disputes = DisputeService(zhou.ctx)
    dispute = disputes.register(neighbour_draft(units.station1)).primary_id or ""
    disputes.act(dispute, "assign", life.StepInput(mediator_name="周调解"))
    disputes.act(dispute, "fail", life.StepInput(reason="差距过大", routes=("litigation",)))
    filings = FilingService(zhou.ctx)
    filing = filings.create(FilingStart(dispute, "complaint")).primary_id or ""
    zhou.sync()
    filings.step(filing, "withdraw", FilingStepInput(reason="当事人决定暂不起诉"))
    [withdraw] = [op for op in _queued(zhou) if op.kind == "transition"]
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    # a withdrawal that claims the court docketed the case
    forged = withdraw.model_copy(deep=True)
    forged.payload["result"]["status"] = "docketed"
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected"
    assert "withdraw does not lead to status docketed" in answer["reason"]
    # a step that moves the filing to another station or dispute
    forged = withdraw.model_copy(deep=True)
    forged.payload["result"]["station_id"] = units.station2
    forged.payload["step"]["id"] = str(uuid.uuid4())
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "station_id" in answer["reason"]
    stored = _doc(server_db, "filing", filing)
    assert (stored["status"], stored["station_id"]) == ("draft", units.station1)
    # the honest op still applies
    zhou.sync()
    assert _doc(server_db, "filing", filing)["status"] == "withdrawn"


def _withdraw_step() -> Any:
    from gridwarden.rules import legal_aid_lifecycle

    return legal_aid_lifecycle.StepInput(note="申请人撤回申请", withdraw_reason="applicant")


def test_a_step_naming_an_existing_step_id_is_refused_and_reveals_nothing(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    zhou, zheng = device("zhou"), device("zheng")
    theirs = DisputeService(zheng.ctx).register(neighbour_draft(units.station2)).primary_id or ""
    DisputeService(zheng.ctx).act(theirs, "assign", life.StepInput(mediator_name="郑调解"))
    zheng.sync()
    their_step = _step_of(server_db, theirs)
    mine = DisputeService(zhou.ctx).register(neighbour_draft(units.station1)).primary_id or ""
    zhou.sync()
    DisputeService(zhou.ctx).act(mine, "assign", life.StepInput(mediator_name="周调解"))
    [assign] = [op for op in _queued(zhou) if op.kind == "transition"]
    forged = assign.model_copy(deep=True)
    forged.payload["step"]["id"] = their_step
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "办理记录编号已存在" in answer["reason"]
    assert their_step not in {r["id"] for r in answer["records"]}
    assert "郑调解" not in json.dumps(answer, ensure_ascii=False)


def _step_of(db: ServerDB, dispute: str) -> str:
    with db.reader() as session:
        rows = session.execute(select(Record).where(col(Record.entity) == "dispute_step")).scalars()
        for row in rows:
            if json.loads(row.doc).get("dispute_id") == dispute:
                return row.id
    raise AssertionError("no step")


def test_knowing_a_files_hash_is_no_right_to_it(
    tmp_path: Path, server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    zhao = Laptop(tmp_path, "zhao", district.user("zhao"), "赵强")
    try:
        zhao.login(server.url)
        zhao.sync()
        photo = tmp_path / "第2网格.jpg"
        photo.write_bytes(b"grid-2 photo " * 50_000)
        sha = hashlib.sha256(photo.read_bytes()).hexdigest()
        zhao.events.report(EventDraft("safety_hazard", "楼道堆放杂物", photos=[photo]))
        assert zhao.sync().uploaded == 1
    finally:
        zhao.close()
    # wang (grid 1) learnt the hash and points a record of his own grid at it
    device = str(uuid.uuid4())
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, device)
    household = str(uuid.uuid4())
    attachment = str(uuid.uuid4())
    stamp = {"updated_at": NOW.isoformat(), "updated_by": "x", "deleted_at": None}
    ops = [
        {
            "op_id": str(uuid.uuid4()),
            "entity": "household",
            "id": household,
            "kind": "upsert",
            "base_version": 0,
            "payload": {"micro_grid_id": district.micro1, "address": "借图路1号", **stamp},
        },
        {
            "op_id": str(uuid.uuid4()),
            "entity": "attachment",
            "id": attachment,
            "kind": "upsert",
            "base_version": 0,
            "payload": {
                "sha256": sha,
                "owner_entity": "household",
                "owner_id": household,
                "filename": "a.jpg",
                "mime": "image/jpeg",
                "size": photo.stat().st_size,
                **stamp,
            },
        },
    ]
    answers = wire.post(server.url, "/sync/push", token, json={"ops": ops}).json()["answers"]
    assert [a["status"] for a in answers] == ["applied", "rejected"]
    assert "无权引用该文件" in answers[1]["reason"]
    got = wire.get(server.url, f"/blobs/{sha}", token)
    assert got.status_code == 404 and b"grid-2 photo" not in got.content


def test_coded_fields_must_hold_the_apps_own_values(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB, district: District
) -> None:
    zhou = device("zhou")
    dispute = DisputeService(zhou.ctx).register(neighbour_draft(units.station1)).primary_id or ""
    zhou.sync()
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    version = _version(server_db, "dispute", dispute)
    for field, value in (("risk_level", "extreme"), ("category", "made_up"), ("level", "moon")):
        edit = Op(
            op_id=str(uuid.uuid4()),
            entity="dispute",
            id=dispute,
            kind="upsert",
            base_version=version,
            payload={field: value, "updated_at": NOW.isoformat(), "updated_by": ""},
        )
        answer = _push(server, token, edit)
        assert answer["status"] == "rejected", (field, answer)
        assert f"{field}: {value}" in answer["reason"]
    stored = _doc(server_db, "dispute", dispute)
    assert (stored["risk_level"], stored["level"]) != ("extreme", "moon")
    assert stored["category"] == "neighbour"


def _version(db: ServerDB, entity: str, record_id: str) -> int:
    with db.reader() as session:
        row = present(session.get(Record, (entity, record_id)))
        return row.version


def test_a_status_never_changes_by_a_plain_edit_and_records_start_at_the_start(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    zhou = device("zhou")
    dispute = DisputeService(zhou.ctx).register(neighbour_draft(units.station1)).primary_id or ""
    zhou.sync()
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    version = _version(server_db, "dispute", dispute)
    for field, value in (("status", "agreed"), ("level", "court")):
        edit = Op(
            op_id=str(uuid.uuid4()),
            entity="dispute",
            id=dispute,
            kind="upsert",
            base_version=version,
            payload={field: value, "updated_at": NOW.isoformat(), "updated_by": ""},
        )
        answer = _push(server, token, edit)
        assert answer["status"] == "rejected" and "只能通过办理步骤改变" in answer["reason"]
    assert (
        _doc(server_db, "dispute", dispute)["status"],
        _doc(server_db, "dispute", dispute)["level"],
    ) == ("registered", "grid")
    # a new dispute cannot be born "agreed" either
    born = _doc(server_db, "dispute", dispute)
    clone = Op(
        op_id=str(uuid.uuid4()),
        entity="dispute",
        id=str(uuid.uuid4()),
        kind="upsert",
        base_version=0,
        payload={
            **{k: v for k, v in born.items() if k != "id"},
            "number": "伪-0001",
            "status": "agreed",
        },
    )
    answer = _push(server, token, clone)
    assert answer["status"] == "rejected" and "不能以“agreed”状态开始" in answer["reason"]


def test_a_step_is_decided_again_from_its_declared_input(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    zhou = device("zhou")
    disputes = DisputeService(zhou.ctx)
    dispute = disputes.register(neighbour_draft(units.station1)).primary_id or ""
    disputes.act(dispute, "assign", life.StepInput(mediator_name="周调解"))
    zhou.sync()
    disputes.act(dispute, "fail", life.StepInput(reason="双方分歧过大", routes=("litigation",)))
    [fail] = [op for op in _queued(zhou) if op.kind == "transition"]
    assert fail.payload["input"]["routes"] == ["litigation"]
    token = wire.token_of(server.url, units.users["zhou"], PASSWORD, str(uuid.uuid4()))
    # the parties were never told where else to turn (Art. 26): the server's rules refuse it
    forged = fail.model_copy(deep=True)
    forged.payload["input"]["routes"] = []
    forged.payload["result"]["routes_told"] = []
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "第二十六条" in answer["reason"]
    assert _doc(server_db, "dispute", dispute)["status"] == "mediating"
    zhou.sync()  # the honest step applies
    stored = _doc(server_db, "dispute", dispute)
    assert (stored["status"], stored["routes_told"]) == ("failed", ["litigation"])


# --- legal aid: every step decided again on the server from its declared input -----------------
def _la(**values: Any) -> Any:
    from gridwarden.rules import legal_aid_lifecycle

    return legal_aid_lifecycle.StepInput(**values)


def _forge(op: Op, **result: Any) -> Op:
    forged = op.model_copy(deep=True)
    forged.payload["result"].update(result)
    forged.payload["step"]["id"] = str(uuid.uuid4())
    return forged


def test_a_legal_aid_decision_is_decided_again_from_its_declared_input(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    qian = device("qian")
    service = LegalAidService(qian.ctx)
    application = service.intake(wage_claim(units.window1)).primary_id or ""
    qian.sync()
    service.act(application, "grant", _la(note="农民工追索劳动报酬，免于经济困难审查"))
    [grant] = [op for op in _queued(qian) if op.kind == "transition"]
    assert grant.payload["input"]["on"] == "2026-11-29"
    token = wire.token_of(server.url, units.users["qian"], PASSWORD, str(uuid.uuid4()))
    # a decision to grant that claims the aid worker is already assigned
    answer = _push(server, token, _forge(grant, status="assigned"))
    assert answer["status"] == "rejected" and "status" in answer["reason"], answer
    # the three days to assign (Art. 43) stretched to a month
    answer = _push(server, token, _forge(grant, assign_due="2026-12-29", due_date="2026-12-29"))
    assert answer["status"] == "rejected" and "assign_due" in answer["reason"], answer
    # fields a grant does not set, smuggled in beside it
    answer = _push(server, token, _forge(grant, refusal_reasons="伪造的理由"))
    assert answer["status"] == "rejected" and "refusal_reasons" in answer["reason"], answer
    answer = _push(server, token, _forge(grant, claim_amount_fen=1))
    assert answer["status"] == "rejected" and "claim_amount_fen" in answer["reason"], answer
    stored = _doc(server_db, "legal_aid_application", application)
    assert (stored["status"], stored["assign_due"], stored["refusal_reasons"]) == (
        "under_review",
        None,
        "",
    )
    assert stored["claim_amount_fen"] == 2_860_000
    # the honest step applies, with the deadline the server computed itself
    qian.sync()
    stored = _doc(server_db, "legal_aid_application", application)
    assert (stored["status"], stored["decided_on"], stored["assign_due"]) == (
        "granted",
        "2026-11-29",
        "2026-12-02",
    )


def test_a_legal_aid_step_the_input_does_not_allow_is_refused(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    qian = device("qian")
    service = LegalAidService(qian.ctx)
    missing = ["application_form", "identity", "proof_migrant_work", "evidence_employment"]
    application = service.intake(wage_claim(units.window1, missing)).primary_id or ""
    qian.sync()
    assert _doc(server_db, "legal_aid_application", application)["status"] == "awaiting_materials"
    service.act(application, "complete", _la(materials=("evidence_wage_arrears",)))
    [complete] = [op for op in _queued(qian) if op.kind == "transition"]
    token = wire.token_of(server.url, units.users["qian"], PASSWORD, str(uuid.uuid4()))
    # "complete" with nothing supplied: the materials are still missing (Art. 43)
    forged = _forge(complete)
    forged.payload["input"]["materials"] = []
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "材料仍不齐全" in answer["reason"], answer
    # 决定援助 straight away on an application whose materials are missing
    forged = _forge(complete, status="granted", decided_on="2026-11-29")
    forged.payload["action"] = "grant"
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "不能决定援助" in answer["reason"], answer
    # an old client's step without its declared input is refused, not taken on trust
    forged = _forge(complete)
    del forged.payload["input"]
    answer = _push(server, token, forged)
    assert answer["status"] == "rejected" and "申报" in answer["reason"], answer
    stored = _doc(server_db, "legal_aid_application", application)
    assert (stored["status"], "evidence_wage_arrears" in stored["materials"]) == (
        "awaiting_materials",
        False,
    )
    qian.sync()  # the honest step applies: the seven days to decide start (Art. 43), ending
    # on Sunday 6 December, so on the Monday (民法典 第二百零三条)
    stored = _doc(server_db, "legal_aid_application", application)
    assert (stored["status"], stored["decision_due"]) == ("under_review", "2026-12-07")
    assert "evidence_wage_arrears" in stored["materials"]


def test_a_legal_aid_step_cannot_be_replayed_or_taken_in_another_window(
    device: Any, units: Units, server: ServerProcess, server_db: ServerDB
) -> None:
    qian = device("qian")
    service = LegalAidService(qian.ctx)
    application = service.intake(wage_claim(units.window1)).primary_id or ""
    qian.sync()
    service.act(application, "grant", _la(note="符合条件"))
    [grant] = [op for op in _queued(qian) if op.kind == "transition"]
    # another window's clerk pushes the same decision for an application not theirs
    theirs = wire.token_of(server.url, units.users["sun"], PASSWORD, str(uuid.uuid4()))
    answer = _push(server, theirs, _forge(grant))
    assert answer["status"] == "rejected" and "不在您的负责范围内" in answer["reason"]
    assert answer["records"] == []  # nothing about the application is answered
    assert _doc(server_db, "legal_aid_application", application)["status"] == "under_review"
    qian.sync()
    # the same history step pushed again (a new op naming the step already recorded)
    token = wire.token_of(server.url, units.users["qian"], PASSWORD, str(uuid.uuid4()))
    answer = _push(server, token, grant)
    assert answer["status"] == "rejected" and "办理记录编号已存在" in answer["reason"], answer
    stored = _doc(server_db, "legal_aid_application", application)
    assert (stored["status"], stored["assign_due"]) == ("granted", "2026-12-02")
