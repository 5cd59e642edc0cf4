"""Legal aid to the end of the case over the real server: a case closed with its result and a
consultation entered at one window reach that window's other devices (and the district
supervisor), never another window; the closing step is re-checked against the server's state."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.server.launch import ServerProcess
from gridwarden.services.legal_aid import LegalAidService
from gridwarden.services.legal_aid_consultations import ConsultationDraft, LegalAidConsultations
from tests.legal_aid_support import wage_claim
from tests.sync.harness import District, Laptop
from tests.sync.test_casework_sync import Units, device, units

__all__ = ["device", "units"]

LAWYER = life.StepInput(
    assignee_name="李明", assignee_unit="江苏崇川律师事务所", assignee_kind="lawyer"
)


def test_a_closed_case_and_a_consultation_stay_in_their_windows_scope(
    device: Any, units: Units, district: District, server: ServerProcess, tmp_path: Path
) -> None:
    qian, sun = device("qian"), device("sun")
    service = LegalAidService(qian.ctx)
    app_id = service.intake(wage_claim(units.window1)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    service.act(app_id, "assign", LAWYER)
    service.act(app_id, "conclude", life.StepInput(ended_on=date(2026, 11, 29)))
    service.act(
        app_id,
        "close",
        life.StepInput(
            outcome="mediation",
            note="调解结案，对方当庭支付",
            documents=("mediation_copy",),
            amount_recovered="20,000",
        ),
    )
    entry = (
        LegalAidConsultations(qian.ctx)
        .record(
            ConsultationDraft(units.window1, "labour", "告知劳动仲裁途径", person_name="刘建国")
        )
        .primary_id
        or ""
    )
    qian.sync()
    assert [c for c in qian.conflicts() if c.record_id == app_id] == []  # every step applied
    sun.sync()
    assert sun.ids("legal_aid_consultation") == set() and sun.ids("legal_aid_application") == set()
    # another device of the same window
    again = Laptop(tmp_path, "qian-2", units.users["qian"], "钱窗口")
    again.login(server.url)
    again.sync()
    closed = again.get("legal_aid_application", app_id)
    assert (closed.status, closed.outcome, closed.recovered_fen) == (
        "closed",
        "mediation",
        2_000_000,
    )
    assert closed.closing_due == date(2026, 12, 29)
    assert again.get("legal_aid_consultation", entry).person_name == "刘建国"
    assert len(again.ids("legal_aid_step")) == 5
    again.close()
    boss = Laptop(tmp_path, "boss", district.user("boss"), "周主任")
    boss.login(server.url)
    boss.sync()
    assert entry in boss.ids("legal_aid_consultation")
    boss.close()


def test_a_close_the_servers_state_no_longer_allows_is_refused(device: Any, units: Units) -> None:
    qian = device("qian")
    service = LegalAidService(qian.ctx)
    app_id = service.intake(wage_claim(units.window1)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    service.act(app_id, "assign", LAWYER)
    qian.sync()
    other = device("qian")
    # one device terminates, the other (offline) closes the same case
    service.act(app_id, "end", life.StepInput(ground="own_lawyer", reasons="自行委托律师"))
    LegalAidService(other.ctx).act(
        app_id,
        "close",
        life.StepInput(
            ended_on=date(2026, 11, 29),
            outcome="judgment",
            note="判决",
            documents=("judgment_copy",),
        ),
    )
    qian.sync()
    other.sync()
    refused = [c for c in other.conflicts() if c.record_id == app_id]
    assert refused and refused[0].kind == "rejected" and "已终止" in refused[0].reason
    other.sync()
    assert other.get("legal_aid_application", app_id).status == "ended"
