"""The mediation agreement (Art. 29) and the dossier (Art. 27), read back from PDF and DOCX."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import AuditEntry
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.dispute_documents import DisputeDocuments
from gridwarden.services.disputes import (
    AgreementDraft,
    DisputeService,
    ObligationDraft,
    PartyDraft,
    SessionDraft,
)
from gridwarden.store import Store
from tests.conftest import NOW, Places
from tests.dispute_support import COMPANY_USCC, LI_ID, ZHANG_ID, add_units, neighbour_draft, sign
from tests.unit.test_documents import docx_text, pdf_text


@pytest.fixture
def agreed(store: Store, ctx: ServiceContext, places: Places) -> str:
    units = add_units(store, places.district)
    service = DisputeService(ctx)
    draft = neighbour_draft(units.station)
    draft.parties.append(
        PartyDraft(
            role="respondent",
            kind="organisation",
            name="南通市崇川区安居物业服务有限公司",
            uscc=COMPANY_USCC,
            legal_representative="赵强",
            address="崇川区工农路88号",
            agent_name="钱伟",
            agent_kind="entrusted",
        )
    )
    dispute_id = service.register(draft).primary_id or ""
    service.act(dispute_id, "assign", life.StepInput(mediator_name="陈建国"))
    for text in ("双方陈述漏水经过。", "经背对背调解，双方同意赔偿方案。"):
        service.record_session(
            SessionDraft(
                dispute_id, NOW - timedelta(hours=2), "和平桥调解室", ["张三", "李梅"], text
            )
        )
    service.save_agreement(
        dispute_id,
        AgreementDraft(
            kind="written",
            facts="李梅家卫生间防水层老化渗漏，致张三家天花板霉变。",
            matters="李梅对渗漏负主要责任，物业公司未及时维修公共管道负次要责任。",
            content="李梅赔偿张三墙面修复费人民币叁仟元；物业公司于十日内修复公共管道。",
            performance="银行转账至张三账户",
            performance_deadline=date(2026, 12, 10),
            obligations=[
                ObligationDraft("李梅", "赔偿墙面修复费", date(2026, 12, 10), "3000"),
                ObligationDraft(
                    "南通市崇川区安居物业服务有限公司", "修复公共管道", date(2026, 12, 9)
                ),
            ],
        ),
    )
    sign(service, dispute_id)
    return dispute_id


ART_29 = [
    # (1) the parties' basic information
    "一、当事人的基本情况",
    "申请人：张三，男，1958年6月12日出生",
    f"公民身份号码{ZHANG_ID}",
    "住工农路12号3幢101室",
    "被申请人：李梅，女，1972年3月8日出生",
    f"公民身份号码{LI_ID}",
    f"南通市崇川区安居物业服务有限公司，统一社会信用代码{COMPANY_USCC}",
    "法定代表人（负责人）赵强",
    "委托代理人：钱伟",
    # (2) main facts, disputed matters, each party's responsibility
    "二、纠纷的主要事实、争议事项及各方当事人的责任",
    "李梅家卫生间防水层老化渗漏",
    "物业公司未及时维修公共管道负次要责任",
    # (3) agreed content, manner and deadline of performance
    "三、经调解，各方当事人自愿达成如下协议",
    "李梅赔偿张三墙面修复费人民币叁仟元",
    "四、履行协议的方式和期限",
    "履行方式：银行转账至张三账户",
    "履行期限：2026年12月10日",
    "人民币叁仟元整",
    "修复公共管道",
    # effect, copies, signatures, seal
    "人民调解员签名并加盖人民调解委员会印章之日起生效",
    "三十日内共同向人民法院申请司法确认",
    "本协议书一式四份，当事人各执一份，人民调解委员会留存一份",
    "申请人张三：",
    "被申请人李梅：",
    "被申请人南通市崇川区安居物业服务有限公司：",
    "人民调解员陈建国（签名）",
    "和平桥街道人民调解委员会（印章）",
    "2026年11月29日",
]


def test_the_agreement_carries_every_art_29_element_in_pdf_and_docx(
    store: Store, ctx: ServiceContext, agreed: str
) -> None:
    files = DisputeDocuments(ctx).export("agreement", agreed)
    assert files.pdf.name.endswith("-调解协议书-第1版.pdf") and files.docx.suffix == ".docx"
    for text in (pdf_text(files.pdf), docx_text(files.docx)):
        for expected in ART_29:
            assert "".join(expected.split()) in text, expected
    reader = pypdf.PdfReader(str(files.pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    with store.sessions() as session:
        audit = session.execute(
            select(col(AuditEntry.action), col(AuditEntry.detail)).where(
                col(AuditEntry.record_id) == agreed
            )
        ).all()
    assert ("dispute.export_agreement", {"files": [files.pdf.name, files.docx.name]}) in audit


def test_the_dossier_is_one_pdf_with_registration_sessions_agreement_and_closing(
    ctx: ServiceContext, agreed: str
) -> None:
    files = DisputeDocuments(ctx).export("dossier", agreed)
    text = pdf_text(files.pdf)
    for expected in (
        "人民调解卷宗",
        "卷内目录",
        "人民调解受理登记表",
        "纠纷来源来访受理",
        "人民调解记录（第1次）",
        "双方陈述漏水经过。",
        "经背对背调解，双方同意赔偿方案。",
        "人民调解协议书",
        "本协议书一式四份",
        "结案登记",
        "化解层级网格",
        "协议签署生效",
    ):
        assert expected in text, expected
    pages = len(pypdf.PdfReader(str(files.pdf)).pages)
    assert pages >= 6  # cover, registration, two sessions, agreement (2 pages), closing
    # numbers in the registration's parties table stay whole (an ID split over two lines
    # cannot be read back); every attendee signs the session record (Art. 27)
    for whole in (ZHANG_ID, LI_ID, COMPANY_USCC, "13812345678", "13900001111"):
        assert whole in text, whole
    first_session = next(page_text(files.pdf, n) for n in range(1, pages + 1) if "第1次调解" in
                         page_text(files.pdf, n))  # fmt: skip
    for signer in ("张三：", "李梅：", "调解员：", "记录人："):
        assert signer in first_session, signer


def page_text(pdf: Path, number: int) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return "".join(done.stdout.split())


def test_the_signatures_the_seal_and_the_date_share_a_page_that_also_has_text(
    ctx: ServiceContext, agreed: str
) -> None:
    files = DisputeDocuments(ctx).export("agreement", agreed)
    pages = len(pypdf.PdfReader(str(files.pdf)).pages)
    last = page_text(files.pdf, pages)
    for expected in (
        "本协议书一式四份",  # the last page is never the seal alone
        "各方当事人（签名、盖章或者按指印）",
        "申请人张三：",
        "被申请人南通市崇川区安居物业服务有限公司：",
        "人民调解员陈建国（签名）",
        "和平桥街道人民调解委员会（印章）",
        "2026年11月29日",
    ):
        assert expected in last, expected
    assert "年月日" in last.split("被申请人南通市崇川区安居物业服务有限公司：")[1][:20]


def test_user_text_cannot_inject_markup(store: Store, ctx: ServiceContext, agreed: str) -> None:
    from gridwarden.services.dispute_documents import prose

    assert (
        prose("# 标题\n| a | b |\n[签名] 张三\n- 一项")
        == "＃ 标题\n\n｜ a | b |\n\n［签名] 张三\n\n－ 一项"
    )
