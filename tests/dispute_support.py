"""Shared test data for disputes: org units, valid ID numbers and codes, a ready dispute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from stdnum.cn import uscc

from gridwarden.models import OrgUnit
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.disputes import (
    AgreementDraft,
    DisputeDraft,
    DisputeService,
    ObligationDraft,
    PartyDraft,
    SessionDraft,
)
from gridwarden.store import Store
from gridwarden.validation import idnumber
from tests.conftest import NOW, SERVER_STAMP, present

ZHANG_ID = idnumber.make("320602", date(1958, 6, 12), 11)  # 张三, male
LI_ID = idnumber.make("320602", date(1972, 3, 8), 22)  # 李梅, female
_BODY = "91320602MA1XY0P2"  # with the next digit: the 17 characters before the check
COMPANY_USCC = _BODY + "3" + uscc.calc_check_digit(_BODY + "3")
BAD_USCC = COMPANY_USCC[:-1] + ("0" if COMPANY_USCC[-1] != "0" else "1")


@dataclass
class Units:
    committee: str
    station: str
    other_station: str
    court: str


def add_units(store: Store, area_id: str | None = None) -> Units:
    stamp = SERVER_STAMP
    committee = OrgUnit(kind="committee", name="和平桥街道人民调解委员会", area_id=area_id, **stamp)
    station = OrgUnit(
        kind="station",
        name="和平桥街道矛盾纠纷调处工作站",
        area_id=area_id,
        parent_id=committee.id,
        **stamp,
    )
    other = OrgUnit(kind="station", name="城东街道矛盾纠纷调处工作站", **stamp)
    court = OrgUnit(kind="court", name="南通市崇川区人民法院", **stamp)
    with store.sessions() as session, session.begin():
        for unit in (committee, station, other, court):
            session.add(unit)
            session.flush()
    return Units(committee.id, station.id, other.id, court.id)


def neighbour_draft(station_id: str, **changes: object) -> DisputeDraft:
    draft = DisputeDraft(
        source="walk_in",
        category="neighbour",
        facts="楼上住户卫生间漏水，致楼下天花板霉变，双方多次协商未果。",
        claims="赔偿维修费用人民币叁仟元",
        amount="3000",
        risk_level="low",
        station_id=station_id,
        parties=[
            PartyDraft(
                role="applicant",
                name="张三",
                id_number=ZHANG_ID,
                phone="13812345678",
                address="工农路12号3幢101室",
            ),
            PartyDraft(
                role="respondent",
                name="李梅",
                id_number=LI_ID,
                phone="13900001111",
                address="工农路12号3幢201室",
            ),
        ],
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def detail(store: Store, dispute_id: str) -> dq.DisputeDetail:
    with store.sessions() as session:
        return present(dq.dispute_detail(session, dispute_id))


def agreement_draft(**changes: object) -> AgreementDraft:
    draft = AgreementDraft(
        kind="written",
        facts="李梅家卫生间防水层老化渗漏，致张三家天花板霉变。",
        matters="双方对漏水事实无异议；李梅对损失负全部责任。",
        content="李梅于2026年12月10日前修复防水，并赔偿张三墙面修复费人民币叁仟元。",
        performance="银行转账至张三账户",
        performance_deadline=date(2026, 12, 10),
        obligations=[ObligationDraft("李梅", "赔偿墙面修复费", date(2026, 12, 3), "3000")],
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def mediate(disputes: DisputeService, dispute_id: str) -> None:
    disputes.act(dispute_id, "assign", life.StepInput(mediator_name="王芳", mode="private"))
    disputes.record_session(
        SessionDraft(
            dispute_id,
            NOW - timedelta(hours=1),
            "和平桥调解室",
            ["张三", "李梅", "王芳"],
            "双方陈述。",
        )
    )


def court_draft(units: Units, procedure: str = "", **changes: object) -> DisputeDraft:
    """A referral from the court: 委派 before filing, or 委托 (with its procedure) after."""
    source = "court_entrusted" if procedure else "court_delegated"
    reference = "（2026）苏0602民初1234号" if procedure else "（2026）苏0602民诉前调88号"
    return neighbour_draft(
        units.station,
        source=source,
        court_id=units.court,
        court_reference=reference,
        court_procedure=procedure,
        level="station",
        **changes,
    )


def sign(disputes: DisputeService, dispute_id: str, on: date = date(2026, 11, 29)) -> None:
    """Every party and the mediator signed; the committee sealed it (Art. 29)."""
    disputes.act(dispute_id, "sign", life.StepInput(signed_on=on, signatures_complete=True))
