"""Online filings: the package's completeness per kind, the documents read back, the manifest
against the files, the lifecycle to the case number, and the court's deadlines."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError, ValidationError
from gridwarden.models import AuditEntry, Dispute, Filing
from gridwarden.queries import filings as fq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import filing as fr
from gridwarden.services.context import ServiceContext
from gridwarden.services.disputes import DisputeService
from gridwarden.services.filing_documents import FilingPackages
from gridwarden.services.filings import FilingEdit, FilingService, FilingStart, FilingStepInput
from gridwarden.store import Store
from tests.conftest import present
from tests.dispute_support import Units, agreement_draft, mediate, neighbour_draft, sign
from tests.filing_support import (
    TODAY,
    attach_papers,
    complete_parties,
    failed_dispute,
    start_complaint,
)


@pytest.fixture
def filings(ctx: ServiceContext) -> FilingService:
    return FilingService(ctx)


def pdf_text(path: Path) -> str:
    """The text as poppler's pdftotext reads it, without spaces, line breaks and the page
    numbers (—1—) that a page break puts inside a sentence."""
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return (
        "".join(re.sub(r"—\s*\d+\s*—\s*$", "", page.strip()) for page in pages)
        .replace("\n", "")
        .replace(" ", "")
    )


def detail(store: Store, filing_id: str, today: date = TODAY) -> fq.FilingDetail:
    with store.sessions() as session:
        return present(fq.filing_detail(session, filing_id, today))


def texts(d: fq.FilingDetail) -> list[str]:
    return [m.render() for m in d.missing]


def fill(filings: FilingService, store: Store, filing_id: str) -> None:
    d = detail(store, filing_id)
    filings.edit(
        filing_id,
        FilingEdit(
            court_id=d.court_id,
            jurisdiction="defendant_domicile",
            cause="wages",
            claims=[("判令被告支付劳务报酬", "3000"), ("判令被告承担本案诉讼费用", "")],
            facts=d.facts,
            elements={
                "work_period": "2026年6月1日至9月30日",
                "work_content": "为被告装修位于工农路12号的房屋",
                "agreed_pay": "总价8000元",
                "unpaid": "3000元",
            },
            evidence=[
                {
                    "name": e["name"],
                    "source": "原告提供",
                    "proves": "被告欠付报酬的事实",
                    "file_ids": e["file_ids"],
                }
                for e in d.evidence
            ],
            witnesses=[{"name": "赵强", "domicile": "南通市崇川区工农路14号"}],
            undisputed_facts=d.undisputed_facts,
        ),
    )


def ready_complaint(
    disputes: DisputeService, filings: FilingService, store: Store, units: Units, tmp: Path
) -> str:
    dispute_id = failed_dispute(disputes, units)
    complete_parties(filings, store, dispute_id)
    attach_papers(filings, store, dispute_id, tmp)
    filing_id = start_complaint(filings, dispute_id, units)
    fill(filings, store, filing_id)
    return filing_id


def test_a_complaint_lists_every_missing_item_at_once(
    disputes: DisputeService, filings: FilingService, store: Store, units: Units
) -> None:
    dispute_id = failed_dispute(disputes, units)
    filing_id = filings.create(FilingStart(dispute_id, "complaint")).primary_id
    d = detail(store, present(filing_id))
    missing = texts(d)
    # prefilled from the dispute: the applicant files, the claim carries the amount
    assert d.cause == "wages" and [p.name for p in d.filers] == ["张三"]
    assert d.claims == [{"text": "判令被告支付拖欠的劳务报酬人民币叁仟元", "amount_fen": 300000}]
    assert d.elements == {"unpaid": "3,000元"}
    assert d.undisputed_facts.startswith("张三于2026年6月至9月")
    for expected in (
        "未选择受诉人民法院",
        "未选择法院管辖的依据",
        "要素式起诉状：「工作起止时间」未填写",
        "张三：缺少民族（民事诉讼法第一百二十四条）",
        "张三：缺少职业（民事诉讼法第一百二十四条）",
        "张三：缺少工作单位（民事诉讼法第一百二十四条）",
        "张三：缺少身份证明",
        "张三：缺少送达地址（送达地址确认书）",
        "张三：未记录同意电子送达和在线诉讼及其日期（在线诉讼规则第四条、第二十九条）",
        "缺少证据目录（证据名称、来源、证明目的、页数）",
    ):
        assert expected in missing
    # the failure record and the undisputed facts are there: not missing
    assert not [m for m in missing if "调解不成的记录" in m or "无争议事实" in m]
    with pytest.raises(ValidationError) as refused:
        filings.step(present(filing_id), "prepare", FilingStepInput())
    assert f"尚缺 {len(missing)} 项" in refused.value.message.render()


def test_a_complete_complaint_exports_a_frozen_package_with_hashes(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    filing_id = ready_complaint(disputes, filings, store, units, tmp_path)
    d = detail(store, filing_id)
    assert texts(d) == []
    # two evidence items: a one-page PDF and two photos combined into one two-page PDF
    assert [(f.category, f.pages) for f in d.files if f.category == "evidence"] == [
        ("evidence", 1),
        ("evidence", 2),
    ]
    filings.step(filing_id, "prepare", FilingStepInput())
    packages = FilingPackages(ctx)
    package = packages.export(filing_id)
    assert package.version == 1 and package.folder.name == "v1"
    names = sorted(p.name for p in package.folder.iterdir())
    assert names[0] == "00-材料清单.pdf" and "manifest.json" in names
    assert "01-民事起诉状.pdf" in names and "01-民事起诉状.docx" in names
    assert "02-证据目录.pdf" in names and "03-送达地址确认书-张三.pdf" in names
    assert "04-调解不成情况报告.pdf" in names
    manifest = json.loads((package.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["kind"] == "complaint" and manifest["version"] == 1
    assert manifest["court"] == "南通市崇川区人民法院"
    assert manifest["created_by"] == "王芳"
    assert [f["index"] for f in manifest["files"]] == list(range(1, len(manifest["files"]) + 1))
    for item in manifest["files"]:
        data = (package.folder / item["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert len(data) == item["size"]
        assert len(PdfReader(package.folder / item["name"]).pages) == item["pages"]
    # the ID cards (two images each) became one two-page PDF per party
    ids = [f for f in manifest["files"] if "身份证明" in f["name"]]
    assert [f["pages"] for f in ids] == [2, 2]
    with zipfile.ZipFile(package.zip_path) as archive:
        assert sorted(Path(n).name for n in archive.namelist()) == names
    f = read_filing(store, filing_id)
    assert f.package_version == 1
    with store.sessions() as session:
        audit = (
            session.execute(
                select(AuditEntry).where(col(AuditEntry.action) == "filing.export_package")
            )
            .scalars()
            .one()
        )
        assert (audit.detail["version"], audit.actor_name) == (1, "王芳")


def read_filing(store: Store, filing_id: str) -> Filing:
    with store.sessions() as session:
        return present(session.get(Filing, filing_id))


def test_the_complaint_reads_back_every_art_124_element(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    filing_id = ready_complaint(disputes, filings, store, units, tmp_path)
    filings.step(filing_id, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(filing_id)
    complaint = pdf_text(package.folder / "01-民事起诉状.pdf")
    word = docx.Document(str(package.folder / "01-民事起诉状.docx"))
    docx_text = "".join("".join(p.text.split()) for p in word.paragraphs) + "".join(
        "".join(c.text.split()) for t in word.tables for r in t.rows for c in r.cells
    )
    for text in (complaint, docx_text):
        for element in (
            "民事起诉状（要素式）",
            "原告：张三，男，1958年6月12日出生（68岁），汉族，职业装修工，工作单位无固定单位",
            "住工农路12号3幢101室",
            "联系电话13812345678",
            "被告：李梅，女",
            "送达地址：南通市崇川区工农路12号3幢101室",
            "判令被告支付劳务报酬（人民币叁仟元整，即3,000元）",
            "工作起止时间",
            "2026年6月1日至9月30日",
            "调解不成，已终止调解（人民调解法第二十六条）",
            "证人：赵强，住南通市崇川区工农路14号",
            "南通市崇川区人民法院",
            "副本一份",
        ):
            assert element in text, element
    evidence = pdf_text(package.folder / "02-证据目录.pdf")
    assert "被告欠付报酬的事实" in evidence and "共2项证据，3页" in evidence
    report = pdf_text(package.folder / "04-调解不成情况报告.pdf")
    for element in (
        "调解的基本情况",
        "2026年11月28日调解一次",
        "被申请人不同意支付",
        "增加对方诉讼成本的行为",
        "被申请人曾表示愿意分期支付",
        "张三于2026年6月至9月为李梅装修房屋",
    ):
        assert element in report, element


def test_lifecycle_to_the_case_number_with_a_correction(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    clock: FixedClock,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    filing_id = ready_complaint(disputes, filings, store, units, tmp_path)
    packages = FilingPackages(ctx)
    filings.step(filing_id, "prepare", FilingStepInput())
    with pytest.raises(TransitionError, match="内容已冻结"):
        fill(filings, store, filing_id)
    with pytest.raises(ValidationError, match="签名"):
        filings.step(filing_id, "sign", FilingStepInput())
    packages.export(filing_id)
    filings.step(filing_id, "sign", FilingStepInput(signed=True))
    with pytest.raises(TransitionError, match="不能登记立案"):
        filings.step(filing_id, "docket", FilingStepInput(case_number="（2026）苏0602民初1号"))
    filings.step(
        filing_id,
        "submit",
        FilingStepInput(on=date(2026, 11, 27), platform_number="SQ2026112700012"),
    )
    f = read_filing(store, filing_id)
    # CPL Art. 126: 7 days from 27 Nov ends Fri 4 Dec
    assert (f.status, f.decision_due_on) == ("submitted", date(2026, 12, 4))
    filings.step(
        filing_id,
        "request_correction",
        FilingStepInput(on=date(2026, 11, 28), reason="补充李梅的身份证号码复印件", days=5),
    )
    f = read_filing(store, filing_id)
    assert (f.status, f.correction_due_on, f.decision_due_on) == (
        "correction",
        date(2026, 12, 3),
        None,
    )
    with pytest.raises(ValidationError, match="新版本"):
        filings.step(filing_id, "resubmit", FilingStepInput())
    fill(filings, store, filing_id)  # editable again while correcting
    package = packages.export(filing_id)
    assert package.version == 2
    assert (package.folder.parent / "v1" / "manifest.json").is_file()  # v1 stays as it was
    filings.step(filing_id, "resubmit", FilingStepInput(on=TODAY))
    f = read_filing(store, filing_id)
    # the 7 days restart from the resubmission (在线诉讼规则 第九条): 29 Nov → 6 Dec (Sunday:
    # a day off, so Monday 7 Dec)
    assert (f.status, f.decision_due_on) == ("resubmitted", date(2026, 12, 7))
    with pytest.raises(ValidationError, match="案号格式不正确"):
        filings.step(filing_id, "docket", FilingStepInput(case_number="2026苏0602民初1234"))
    with pytest.raises(ValidationError, match="应为「民初」"):
        filings.step(filing_id, "docket", FilingStepInput(case_number="（2026）苏0602民特12号"))
    filings.step(
        filing_id,
        "docket",
        FilingStepInput(case_number="(2026)苏0602民初1234号", fee_notice_on=TODAY),
    )
    f = read_filing(store, filing_id)
    assert (f.status, f.case_number, f.docketed_on) == (
        "docketed",
        "（2026）苏0602民初1234号",
        TODAY,
    )
    assert f.fee_due_on == date(2026, 12, 7)  # 7 days after the notice, past the Sunday
    with pytest.raises(TransitionError, match="办理已结束"):
        filings.step(filing_id, "withdraw", FilingStepInput(reason="x"))
    stats = fq.statistics(store.sessions())
    assert stats.by_status == {"docketed": 1} and stats.correction_rate == 1.0
    assert stats.average_days_to_case_number == 2.0


def test_confirmation_is_refused_up_front_for_what_a_court_will_not_confirm(
    disputes: DisputeService, filings: FilingService, store: Store, units: Units
) -> None:
    entrusted = neighbour_draft(
        units.station,
        source="court_entrusted",
        court_id=units.court,
        court_reference="（2026）苏0602民初1234号",
        court_procedure="simple",
        level="station",
    )
    dispute_id = present(disputes.register(entrusted).primary_id)
    disputes.act(dispute_id, "accept_referral", life.StepInput(accepted_on=TODAY))
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    sign(disputes, dispute_id)
    with pytest.raises(TransitionError) as refused:
        filings.create(FilingStart(dispute_id, "confirmation", bars=("status",)))
    text = refused.value.message.render()
    assert "不适用司法确认" in text and "涉及婚姻、收养、身份关系的确认" in text


def test_confirmation_names_both_parties_and_its_window(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    dispute_id = present(disputes.register(neighbour_draft(units.station)).primary_id)
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    sign(disputes, dispute_id)
    filing_id = present(
        filings.create(
            FilingStart(dispute_id, "confirmation", units.court, "mediator_location")
        ).primary_id
    )
    d = detail(store, filing_id)
    # 30 days from Sunday 29 Nov: Tuesday 29 Dec
    assert d.confirmation_due_on == date(2026, 12, 29)
    assert [p.name for p in d.filers] == ["张三", "李梅"]
    assert "缺少已签署的调解协议书扫描件" in texts(d)
    complete_parties(filings, store, dispute_id)
    attach_papers(filings, store, dispute_id, tmp_path)
    from tests.filing_support import pdf

    filings.attach(dispute_id, [pdf(tmp_path / "调解协议书.pdf", 2)], "agreement")
    d = detail(store, filing_id)
    # no evidence list is needed for a confirmation
    assert texts(d) == []
    filings.step(filing_id, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(filing_id)
    app = pdf_text(package.folder / "01-司法确认申请书.pdf")
    for element in (
        "申请人：张三",
        "申请人：李梅",
        "2026年11月29日",
        "三十日内（至2026年12月29日）共同申请司法确认",
        "调解组织所在地基层人民法院（第二百零五条）",
        "送达地址确认书（含联系电话）",
        "不涉及身份关系、物权和知识产权确权",
    ):
        assert element in app, element
    filings.step(filing_id, "sign", FilingStepInput(signed=True))
    filings.step(filing_id, "submit", FilingStepInput(platform_number="SQ1"))
    with store.sessions() as session:
        assert present(session.get(Dispute, dispute_id)).confirmation_state == "applied"
    with pytest.raises(TransitionError, match="不适用「登记立案」"):
        filings.step(filing_id, "docket", FilingStepInput(case_number="（2026）苏0602民初1号"))
    filings.step(filing_id, "accept", FilingStepInput())
    assert read_filing(store, filing_id).decision_due_on == date(2026, 12, 14)
    filings.step(filing_id, "confirm", FilingStepInput(case_number="（2026）苏0602民特45号"))
    with store.sessions() as session:
        assert present(session.get(Dispute, dispute_id)).confirmation_state == "confirmed"


def test_confirmation_window_warnings_10_and_3_days_before(
    disputes: DisputeService, filings: FilingService, store: Store, units: Units
) -> None:
    dispute_id = present(disputes.register(neighbour_draft(units.station)).primary_id)
    mediate(disputes, dispute_id)
    disputes.save_agreement(dispute_id, agreement_draft())
    sign(disputes, dispute_id)  # the window ends Tuesday 29 Dec
    from gridwarden.queries import dispute_deadlines
    from gridwarden.settings import Settings

    with store.sessions() as session:
        before = dispute_deadlines.deadlines(session, date(2026, 12, 23), Settings())
    assert [d.due for d in before if d.kind == "confirmation"] == [date(2026, 12, 29)]
    filings.create(FilingStart(dispute_id, "confirmation"))
    with store.sessions() as session:
        # the filing lists the window now, the dispute no longer does (no double reminder)
        after = dispute_deadlines.deadlines(session, date(2026, 12, 23), Settings())
        assert [d for d in after if d.kind == "confirmation"] == []
        assert fq.deadlines(session, date(2026, 12, 18), 0) == []
        (ten,) = fq.deadlines(session, date(2026, 12, 19), 0)
        (three,) = fq.deadlines(session, date(2026, 12, 26), 0)
    assert (ten.kind, ten.due, ten.warning) == ("window", date(2026, 12, 29), 10)
    assert (three.days_left, three.warning) == (3, 3)


def test_deadlines_across_spring_festival_and_national_day() -> None:
    from gridwarden.rules.calendar import WorkCalendar

    cal = WorkCalendar()
    # submitted 9 Feb 2026: 7 days end 16 Feb, inside 春节 (15–23 Feb): the 24th
    assert fr.decision_due(date(2026, 2, 9), "complaint", cal) == date(2026, 2, 24)
    # a fee notice on 28 Sep: 5 Oct is inside 国庆 (1–7 Oct): 8 Oct
    assert fr.fee_due(date(2026, 9, 28), cal) == date(2026, 10, 8)
    # 30 days from 1 Sep ends 1 Oct (国庆): 8 Oct
    assert fr.confirmation_window_end(date(2026, 9, 1), cal) == date(2026, 10, 8)
    # a refusal on 14 Feb: 10 days end 24 Feb, a working day after the holiday
    assert fr.appeal_due(date(2026, 2, 14), cal) == date(2026, 2, 24)


def test_case_numbers() -> None:
    today = date(2026, 11, 29)
    assert fr.parse_case_number("（2026）苏0602民诉前调77号", "pre_mediation", today).type == (
        "民诉前调"
    )
    with pytest.raises(ValidationError, match="年度"):
        fr.parse_case_number("（1999）苏0602民初1号", "complaint", today)
    with pytest.raises(ValidationError, match="格式"):
        fr.parse_case_number("（2026）XX0602民初1号", "complaint", today)


def test_only_a_failed_mediation_starts_a_complaint(
    disputes: DisputeService, filings: FilingService, units: Units
) -> None:
    dispute_id = present(disputes.register(neighbour_draft(units.station)).primary_id)
    with pytest.raises(TransitionError, match="只有调解不成"):
        filings.create(FilingStart(dispute_id, "complaint"))


def test_art_205_sends_a_delegated_agreement_back_to_the_inviting_court() -> None:
    from gridwarden.rules import filing_package as fp

    base = fp.PackageFacts(
        kind="confirmation",
        court_id="c",
        jurisdiction="party_domicile",
        cause="general",
        filer_ids=(),
        parties=(),
        agreement_kind="written",
        agreement_signed_file=True,
        dispute_source="court_delegated",
    )
    assert [m.render() for m in fp.missing_items(base)] == [
        "法院委派调解达成的协议，应向委派调解的人民法院申请司法确认（第二百零五条第一项）"
    ]
    assert fp.missing_items(replace(base, jurisdiction="inviting_court")) == []
    walk_in = replace(base, dispute_source="walk_in", jurisdiction="inviting_court")
    assert "本纠纷不是法院委派调解的" in fp.missing_items(walk_in)[0].render()


def test_a_legal_aid_case_from_a_failed_mediation_files_with_fee_relief(
    disputes: DisputeService, filings: FilingService, store: Store, units: Units
) -> None:
    from gridwarden.models import LegalAidCase

    dispute_id = failed_dispute(disputes, units)
    case = LegalAidCase(
        number="YZ20261129-0001",
        window_id=units.station,
        matter_type="labour_pay",
        proceeding="civil_litigation",
        summary="追索劳动报酬",
        received_on=TODAY,
        received_by="钱窗口",
        source_dispute_id=dispute_id,
    )
    other = LegalAidCase(
        number="YZ20261129-0002",
        window_id=units.station,
        matter_type="labour_pay",
        proceeding="civil_litigation",
        summary="直接来窗口申请",
        received_on=TODAY,
        received_by="钱窗口",
    )
    with store.sessions() as session, session.begin():
        session.add_all([case, other])
    filing_id = present(filings.create_from_legal_aid(case.id, units.court).primary_id)
    d = detail(store, filing_id)
    assert (d.dispute_id, d.fee_relief, d.legal_aid) == (dispute_id, "waive", True)
    assert not [m for m in texts(d) if "缓交、减交或免交" in m]
    from gridwarden.services.filing_documents import fee_relief_document, paper_titles

    assert paper_titles(d)[-1] == "诉讼费用缓减免申请书"
    relief = fee_relief_document(d, TODAY).text()
    assert "请求对本案准予免交诉讼费用" in relief
    assert "申请人为法律援助的受援人（援助案件编号YZ20261129-0001）" in relief
    with pytest.raises(TransitionError, match="不是由调解不成的纠纷转来的"):
        filings.create_from_legal_aid(other.id)
    # the fee-relief item is asked for when the plaintiff has legal aid and none was chosen
    fill(filings, store, filing_id)  # the edit leaves fee_relief empty
    assert "原告为法律援助受援人，应一并申请缓交、减交或免交诉讼费" in texts(
        detail(store, filing_id)
    )


def test_an_organisation_defendant_and_the_service_address_form_read_back(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    from gridwarden.services.disputes import PartyDraft
    from gridwarden.services.filings import PartyCourtDetails
    from tests.dispute_support import COMPANY_USCC, ZHANG_ID

    company = PartyDraft(
        role="respondent",
        kind="organisation",
        name="南通恒远装饰工程有限公司",
        uscc=COMPANY_USCC,
        legal_representative="王强",
        phone="051385551234",
        address="南通市崇川区青年东路8号",
    )
    zhang = PartyDraft(
        role="applicant",
        name="张三",
        id_number=ZHANG_ID,
        phone="13812345678",
        address="工农路12号3幢101室",
        agent_name="赵律师",
        agent_kind="entrusted",
        agent_phone="13900002222",
    )
    dispute_id = failed_dispute(disputes, units, parties=[zhang, company])
    complete_parties(filings, store, dispute_id)
    with store.sessions() as session:
        company_id = next(p.id for p in fq._parties(session, dispute_id) if p.kind != "person")
    filings.set_party_details(
        company_id,
        PartyCourtDetails(
            representative_title="执行董事",
            representative_phone="13700003333",
            service_address="南通市崇川区青年东路8号",
        ),
    )
    attach_papers(filings, store, dispute_id, tmp_path)
    filing_id = start_complaint(filings, dispute_id, units)
    fill(filings, store, filing_id)
    # the agent needs a power of attorney (登记立案规定 第六条)
    assert texts(detail(store, filing_id)) == ["张三：代理人赵律师缺少授权委托书及代理人身份证明"]
    with store.sessions() as session:
        zhang_id = next(p.id for p in fq._parties(session, dispute_id) if p.kind == "person")
    from tests.filing_support import pdf

    filings.attach(dispute_id, [pdf(tmp_path / "授权委托书.pdf", 1)], "power_of_attorney", zhang_id)
    filings.step(filing_id, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(filing_id)
    complaint = pdf_text(package.folder / "01-民事起诉状.pdf")
    for element in (
        "委托代理人：赵律师，联系电话13900002222",
        "被告：南通恒远装饰工程有限公司，统一社会信用代码" + COMPANY_USCC,
        "住所地南通市崇川区青年东路8号",
        "法定代表人王强，职务执行董事",
        "联系电话13700003333",
    ):
        assert element in complaint, element
    form = pdf_text(package.folder / "03-送达地址确认书-张三.pdf")
    for element in (
        "受送达人张三",
        "送达地址南通市崇川区工农路12号3幢101室",
        "是否同意电子送达同意",
        "是否同意在线诉讼同意",
        "同意日期2026年11月29日",
        "南通市崇川区人民法院",
    ):
        assert element in form, element
    names = [f["name"] for f in package.manifest["files"]]
    assert names[-1] == "09-授权委托书及代理人身份证明-张三-授权委托书.pdf"


def test_a_referral_is_reported_back_to_the_court_the_way_it_ended(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    from tests.dispute_support import court_draft
    from tests.filing_support import pdf

    entrusted = present(disputes.register(court_draft(units, "simple")).primary_id)
    disputes.act(entrusted, "accept_referral", life.StepInput(accepted_on=TODAY))
    mediate(disputes, entrusted)
    disputes.save_agreement(entrusted, agreement_draft())
    sign(disputes, entrusted)
    filing_id = present(filings.create(FilingStart(entrusted, "referral_return")).primary_id)
    d = detail(store, filing_id)
    assert (d.court, texts(d)) == ("南通市崇川区人民法院", ["缺少已签署的调解协议书扫描件"])
    filings.attach(entrusted, [pdf(tmp_path / "调解协议书.pdf", 2)], "agreement")
    filings.step(filing_id, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(filing_id)
    report = pdf_text(package.folder / "01-调解结果报告.pdf")
    assert "贵院法院委托（诉中）的纠纷（（2026）苏0602民初1234号）" in report
    assert "请依法审查后制作民事调解书或者准许撤诉（特邀调解规定第二十条）" in report
    assert [f["name"] for f in package.manifest["files"]] == [
        "01-调解结果报告.pdf",
        "02-已签署的调解协议书-调解协议书.pdf",
    ]

    delegated = present(disputes.register(court_draft(units)).primary_id)
    disputes.act(delegated, "accept_referral", life.StepInput(accepted_on=TODAY))
    mediate(disputes, delegated)
    disputes.act(
        delegated,
        "fail",
        life.StepInput(reason="差距过大", routes=("litigation",), undisputed_facts="漏水属实"),
    )
    returned = present(filings.create(FilingStart(delegated, "referral_return")).primary_id)
    assert texts(detail(store, returned)) == []
    filings.step(returned, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(returned)
    assert "当事人可依法起诉，由贵院登记立案" in pdf_text(package.folder / "01-调解结果报告.pdf")
    assert "漏水属实" in pdf_text(package.folder / "02-调解不成情况报告.pdf")


def test_a_fee_relief_request_on_its_own(
    disputes: DisputeService,
    filings: FilingService,
    ctx: ServiceContext,
    store: Store,
    units: Units,
    tmp_path: Path,
) -> None:
    dispute_id = failed_dispute(disputes, units)
    filing_id = present(
        filings.create(FilingStart(dispute_id, "fee_relief", units.court)).primary_id
    )
    assert texts(detail(store, filing_id)) == [
        "请选择申请缓交、减交或免交",
        "张三：缺少身份证明",
    ]
    attach_papers(filings, store, dispute_id, tmp_path)
    d = detail(store, filing_id)
    filings.edit(
        filing_id,
        FilingEdit(d.court_id, "", "general", [], d.facts, fee_relief="defer"),
    )
    assert texts(detail(store, filing_id)) == []
    filings.step(filing_id, "prepare", FilingStepInput())
    package = FilingPackages(ctx).export(filing_id)
    assert package.files[0].name == "01-诉讼费用缓减免申请书.pdf"
    assert "请求对本案准予缓交诉讼费用" in pdf_text(package.folder / package.files[0].name)
