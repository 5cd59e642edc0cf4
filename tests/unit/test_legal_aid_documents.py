"""The legal-aid notices say what the law and the case say: read back from the PDF and DOCX."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdf
import pytest
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock
from gridwarden.errors import TransitionError
from gridwarden.models import AuditEntry
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.context import ServiceContext
from gridwarden.services.legal_aid import ApplicantDraft, GroupDraft, LegalAidService
from gridwarden.validation import idnumber
from tests.legal_aid_support import WORKER_ID, Units, units, wage_claim
from tests.unit.test_documents import docx_text, layout, pdf_text

__all__ = ["units"]


@pytest.fixture
def service(ctx: ServiceContext) -> LegalAidService:
    ctx.settings.legal_aid_justice_bureau = "南通市崇川区司法局"
    return LegalAidService(ctx)


def texts(service: LegalAidService, app_id: str, kind: str) -> tuple[str, str]:
    changes = service.notice([app_id], kind)
    pdf, docx_file = changes.files
    assert pdf.suffix == ".pdf" and docx_file.suffix == ".docx"
    assert pdf.parent.parent.name == "法律援助"
    return pdf_text(pdf), docx_text(docx_file)


def test_materials_notice_names_every_missing_item_once_and_the_withdrawal_date(
    ctx: ServiceContext, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window, materials=["application_form"])).primary_id
    for text in texts(service, app_id or "", "materials"):
        assert "法律援助申请补充材料一次性告知书" in text
        assert "刘建国" in text and WORKER_ID in text
        for item in (
            "居民身份证或其他有效身份证明",
            "进城务工证明",
            "劳动关系证明",
            "欠薪事实及金额材料",
        ):
            assert text.count(item) == 1, item
        assert "请你于2026年12月14日前（含当日）" in text
        assert "逾期未补充材料或者作出说明的，视为撤回申请" in text
        assert "第四十三条" in text
        assert "崇川区法律援助中心（印章）" in text
    with ctx.sessions() as session:
        issued = session.execute(
            select(col(AuditEntry.detail)).where(
                col(AuditEntry.action) == "legal_aid_application.notice"
            )
        ).scalars()
        assert [detail["kind"] for detail in issued] == ["materials"]


def test_acceptance_notice_gives_the_decision_date(service: LegalAidService, units: Units) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    pdf, docx = texts(service, app_id, "acceptance")
    for text in (pdf, docx):
        assert "法律援助申请受理通知书" in text
        assert "申请事项：请求支付劳动报酬（《法律援助法》第三十一条第（五）项）" in text
        assert "本机构将于2026年12月7日前对你的申请进行审查" in text
        assert "第二十一条" in text  # confidentiality
    with pytest.raises(TransitionError, match="没有可出具的「不予法律援助决定书」"):
        service.notice([app_id], "refusal")


def test_acceptance_of_an_urgent_city_wide_application(
    service: LegalAidService, units: Units
) -> None:
    draft = wage_claim(
        units.window,
        competent_agency_id=units.other_agency,
        limitation_date=date(2026, 12, 2),
        limitation_note="劳动仲裁时效",
    )
    app_id = service.intake(draft).primary_id or ""
    pdf, docx = texts(service, app_id, "acceptance")
    for text in (pdf, docx):
        assert "该事项由南通市通州区法律援助中心管辖" in text
        assert "将于2026年12月2日前将申请及材料转交" in text
        assert "距劳动仲裁时效届满（2026年12月2日）不足七日" in text and "第四十四条" in text
    service.act(app_id, "forward", life.StepInput(agency_id=units.other_agency, receiver="陈静"))
    for text in texts(service, app_id, "handover"):
        assert "致：南通市通州区法律援助中心" in text
        assert "接收人：陈静" in text and "第三十八条" in text
        assert "欠薪事实及金额材料" in text  # the materials handed over


def test_refusal_states_reasons_and_the_objection_route(
    clock: FixedClock, service: LegalAidService, units: Units
) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    clock.advance(days=2)
    service.act(
        app_id,
        "refuse",
        life.StepInput(
            reasons="申请人已委托律师代理该劳动争议案件，不符合没有委托代理人的条件。",
            legal_basis="《中华人民共和国法律援助法》第三十一条",
        ),
    )
    for text in texts(service, app_id, "refusal"):
        assert "不予法律援助决定书" in text
        assert "申请人已委托律师代理该劳动争议案件" in text
        assert "《中华人民共和国法律援助法》第三十一条" in text
        assert "向南通市崇川区司法局提出" in text
        assert "五日内进行审查" in text and "第四十九条" in text
        assert "可以依法申请行政复议或者提起行政诉讼" in text
        assert "2026年12月1日" in text  # the decision date


def test_grant_and_assignment_notice(service: LegalAidService, units: Units) -> None:
    app_id = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(app_id, "grant", life.StepInput())
    pdf, _docx = texts(service, app_id, "grant")
    assert "本机构将于2026年12月2日前指派法律援助人员" in pdf
    assert "免予核查经济困难状况" in pdf and "请求金额：28,600.00元" in pdf
    service.act(
        app_id,
        "assign",
        life.StepInput(
            assignee_name="李明", assignee_kind="lawyer", assignee_unit="江苏崇川律师事务所"
        ),
    )
    for text in texts(service, app_id, "grant"):
        assert "本机构指派江苏崇川律师事务所律师李明为你提供法律援助" in text


def test_one_file_with_a_notice_per_applicant_of_a_group(
    service: LegalAidService, units: Units
) -> None:
    base = wage_claim(units.window)
    names = ["赵大勇", "钱小军", "孙立新"]
    applicants = [
        ApplicantDraft(
            name=name,
            id_number=idnumber.make("511623", date(1981 + i, 5, 1), 15 + 2 * i),
            facts={"migrant_worker": True},
            materials=list(base.applicant.materials),
        )
        for i, name in enumerate(names)
    ]
    matter = replace(base.matter, group_name="恒远装饰欠薪群体案件（3人）")
    ids = [i for i in service.intake_group(GroupDraft(matter, applicants)).ids][:3]
    files = service.notice(ids, "acceptance").files
    assert files[0].name.endswith("法律援助申请受理通知书（3份）.pdf")
    assert len(pypdf.PdfReader(str(files[0])).pages) >= 3
    text = pdf_text(files[0])
    assert all(f"{name}：" in text for name in names)
    assert text.count("群体案件：恒远装饰欠薪群体案件（3人）") == 3


def test_every_notice_is_one_page_with_the_seal_over_the_date(
    service: LegalAidService, units: Units
) -> None:
    """What the clerk hands over: one sheet, the salutation flush left, the seal with its date
    on the same page as the text (never a page holding only the seal or a signature)."""
    draft = wage_claim(
        units.window,
        materials=["application_form"],
        limitation_date=date(2026, 12, 2),
        limitation_note="劳动仲裁时效",
    )
    awaiting = service.intake(draft).primary_id or ""
    refused = service.intake(wage_claim(units.window)).primary_id or ""
    service.act(
        refused,
        "refuse",
        life.StepInput(
            reasons="申请人已委托律师代理该劳动争议案件，不符合没有委托代理人的条件。",
            legal_basis="《中华人民共和国法律援助法》第三十一条",
        ),
    )
    for app_id, kind in ((awaiting, "acceptance"), (awaiting, "materials"), (refused, "refusal")):
        pdf = service.notice([app_id], kind).files[0]
        assert len(pypdf.PdfReader(str(pdf)).pages) == 1, kind
        raw = [line for line in layout(pdf) if line.strip()]
        applicant = next(line for line in raw if line.lstrip().startswith("公民身份号码"))
        salutation = next(line for line in raw if line.strip() == "刘建国：")
        assert indent(salutation) == indent(applicant), kind  # 称谓顶格
        closing = [" ".join(line.split()) for line in raw[-4:-1]]
        assert closing[:2] == ["崇川区法律援助中心（印章）", "2026年11月29日"], kind
        assert closing[2].endswith("：＿＿＿＿＿＿＿ 年 月 日"), kind
        assert closing[2].startswith("申请人"), kind


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())
