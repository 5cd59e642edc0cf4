"""The filing package (立案材料包): the complaint or confirmation application (DOCX + PDF from
resources/templates), the evidence list, a service-address confirmation per filer, the
mediation failure report, and the files on the case — numbered PDFs in upload order, a cover
checklist and manifest.json with each file's sha256 and size, in one folder and one ZIP per
version. An exported version is frozen: a correction makes a new one; every export is audited.

Like the dispute documents, exporting is in two parts: `render` (a reader: reads, lays out,
writes files; nothing in the store) and `record` (the writer: the version, history, audit).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from gridwarden.case_files import images_to_pdf, is_image
from gridwarden.clock import local_text
from gridwarden.documents import Document, build, write_docx, write_pdf
from gridwarden.errors import NotFoundError, TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models import Filing, FilingStep
from gridwarden.queries import filings as fq
from gridwarden.rules import disputes as rules
from gridwarden.rules import filing as fr
from gridwarden.rules.register import GENDERS, age_on
from gridwarden.services.context import Changes, ServiceContext, Step, no_step
from gridwarden.services.dispute_documents import cell, chinese_date, prose
from gridwarden.services.filings import incomplete
from gridwarden.services.unit_of_work import unit_of_work

EXPORTABLE = frozenset(
    {
        fr.Status.AWAITING_SIGNATURE,
        fr.Status.READY,
        fr.Status.CORRECTION,
        fr.Status.SUBMITTED,
        fr.Status.RESUBMITTED,
        fr.Status.ACCEPTED,
    }
)


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return vocabulary.get(code or "", code or "")


def age_text(birth: date | None, today: date) -> str:
    years = age_on(birth, today)
    return "" if years is None else f"{years}岁"


def court_party_line(p: fq.FilingParty, today: date) -> str:
    """CPL Art. 124 (1)(2): a person's name, sex, age, ethnicity, occupation, employer, domicile
    and contact; an organisation's name, domicile, legal representative's name, title, contact."""
    if p.kind == "organisation":
        parts = [p.name]
        if p.uscc:
            parts.append(f"统一社会信用代码{p.uscc}")
        parts.append(f"住所地{p.address or '　　'}")
        parts.append(
            f"法定代表人{p.legal_representative or '　　'}，职务{p.representative_title or '　　'}"
        )
        phone = p.representative_phone or p.phone
        parts.append(f"联系电话{phone or '　　'}")
        return "，".join(parts)
    parts = [p.name]
    if p.gender:
        parts.append(_label(GENDERS, p.gender))
    if p.birth_date:
        parts.append(f"{chinese_date(p.birth_date)}出生（{age_text(p.birth_date, today)}）")
    if p.ethnicity:
        parts.append(p.ethnicity)
    if p.occupation:
        parts.append(f"职业{p.occupation}")
    if p.employer:
        parts.append(f"工作单位{p.employer}")
    if p.id_number:
        parts.append(f"公民身份号码{p.id_number}")
    parts.append(f"住{p.address or '　　'}")
    if p.phone:
        parts.append(f"联系电话{p.phone}")
    return "，".join(parts)


def _agent(p: fq.FilingParty) -> str:
    if not p.agent_name:
        return ""
    kind = _label(rules.AGENT_KINDS, p.agent_kind) or "委托诉讼代理人"
    return f"{kind}：{p.agent_name}" + (f"，联系电话{p.agent_phone}" if p.agent_phone else "")


def _party(p: fq.FilingParty, today: date) -> dict[str, str]:
    return {
        "name": p.name,
        "line": court_party_line(p, today),
        "agent": _agent(p),
        "service_address": p.service_address or p.address or "　　",
    }


def _claims(detail: fq.FilingDetail) -> list[str]:
    out = []
    for c in detail.claims:
        text = str(c.get("text") or "")
        amount = c.get("amount_fen")
        if isinstance(amount, int) and rules.yuan(amount) not in text:
            text += f"（{rules.yuan_upper(amount)}，即{rules.yuan(amount)}元）"
        out.append(cell(text))
    return out


def _files_by_id(detail: fq.FilingDetail) -> dict[str, fq.FileItem]:
    return {f.id: f for f in detail.files}


def _evidence_rows(detail: fq.FilingDetail) -> list[dict[str, Any]]:
    files = _files_by_id(detail)
    rows = []
    for e in detail.evidence:
        ids = [i for i in fq.file_ids(e) if i in files]
        rows.append(
            {
                "name": cell(str(e.get("name") or "")),
                "source": cell(str(e.get("source") or "")),
                "proves": cell(str(e.get("proves") or "")),
                "pages": sum(files[i].pages for i in ids),
            }
        )
    return rows


def complaint_context(detail: fq.FilingDetail, today: date) -> dict[str, Any]:
    elements = [
        {"label": text, "value": cell(detail.elements.get(key, "") or "—")}
        for key, text, _required in fr.ELEMENTS.get(detail.cause, ())
    ]
    mediation = ""
    if detail.dispute_status == "failed":
        mediation = (
            f"本纠纷经{detail.committee or '人民调解委员会'}调解（纠纷编号{detail.dispute_number}），"
            "调解不成，已终止调解（人民调解法第二十六条）。"
        )
    cause_text = _label(fr.CAUSES, detail.cause).split("（")[0]
    return {
        "title": "民事起诉状（要素式）" if elements else "民事起诉状",
        "cause": cause_text,
        "plaintiffs": [_party(p, today) for p in detail.filers],
        "defendants": [_party(p, today) for p in detail.defendants],
        "claims": _claims(detail) or ["　　"],
        "elements": elements,
        "facts": prose(detail.facts),
        "mediation": mediation,
        "evidence_count": len(detail.evidence),
        "witnesses": [
            {"name": w.get("name", ""), "domicile": w.get("domicile", "") or "　　"}
            for w in detail.witnesses
        ],
        "court": detail.court or "　　　　人民法院",
        # one copy per defendant (CPL Art. 123)
        "copies": rules.count_text(max(1, len(detail.defendants))),
        "date_line": chinese_date(today),
    }


def complaint_document(detail: fq.FilingDetail, today: date) -> Document:
    return build("filing_complaint", complaint_context(detail, today))


def evidence_document(detail: fq.FilingDetail, today: date) -> Document:
    rows = _evidence_rows(detail)
    return build(
        "filing_evidence_list",
        {
            "submitter": "、".join(p.name for p in detail.filers) or "　　",
            "cause": _label(fr.CAUSES, detail.cause).split("（")[0],
            "items": rows,
            "total_items": len(rows),
            "total_pages": sum(r["pages"] for r in rows),
            "witnesses": detail.witnesses,
            "date_line": chinese_date(today),
        },
    )


def service_address_document(detail: fq.FilingDetail, p: fq.FilingParty, today: date) -> Document:
    role = "申请人" if detail.kind == "confirmation" else "原告"
    return build(
        "filing_service_address",
        {
            "court": detail.court or "　　",
            "name": p.name,
            "role": role,
            "service_address": p.service_address or "　　",
            "phone": p.phone or p.representative_phone or "　　",
            "e_service": "同意" if p.e_service_consent else "不同意",
            "online": "同意" if p.online_consent else "不同意",
            "consent_on": chinese_date(p.consent_on) if p.consent_on else "　　",
            "date_line": chinese_date(today),
        },
    )


def confirmation_document(detail: fq.FilingDetail, today: date) -> Document:
    materials = [
        "人民调解协议书",
        "各申请人身份证明（身份证或营业执照及法定代表人身份证明）",
        "与调解协议相关的财产权利证明",
        "送达地址确认书（含联系电话）",
    ]
    if any(p.agent_name for p in detail.parties):
        materials.append("授权委托书及代理人身份证明")
    return build(
        "filing_confirmation",
        {
            "applicants": [_party(p, today) for p in detail.parties],
            "effective": chinese_date(detail.agreement_effective_on),
            "window_end": chinese_date(detail.confirmation_due_on),
            "committee": detail.committee or "人民调解委员会",
            "number": detail.dispute_number,
            "facts": prose(detail.facts),
            "basis": _label(fr.CONFIRMATION_BASES, detail.jurisdiction) or "　　",
            "materials": materials,
            "court": detail.court or "　　　　人民法院",
            "signatures": "；".join(f"申请人 {p.name}" for p in detail.parties),
            "date_line": chinese_date(today),
        },
    )


def failure_report_document(detail: fq.FilingDetail, today: date) -> Document:
    """在线调解规则 第二十一条、第二十二条: course, why it failed, costs conduct, notes, facts."""
    f = detail.failure
    told = f.get("routes_told")
    routes = told if isinstance(told, list) else []
    at = f.get("at")
    return build(
        "filing_failure_report",
        {
            "number": detail.dispute_number,
            "committee": detail.committee or "　　",
            "mediator": detail.mediator or "　　",
            "parties": cell(detail.row.parties),
            "source": _label(rules.SOURCES, detail.dispute_source),
            "ended": chinese_date(at.date()) if hasattr(at, "date") else "　　",
            "level": _label(rules.LEVELS, str(f.get("to_level") or f.get("from_level") or "")),
            "course": prose(str(f.get("course") or f"共调解{detail.sessions}次。")),
            "reason": prose(str(f.get("reason") or "")),
            "cost_conduct": prose(str(f.get("cost_conduct") or "无")),
            "court_notes": prose(str(f.get("court_notes") or "无")),
            "undisputed": prose(detail.undisputed_facts),
            "routes": "、".join(_label(rules.ROUTES, str(r)) for r in routes) or "诉讼",
            "date_line": chinese_date(today),
        },
    )


def referral_report_document(detail: fq.FilingDetail, today: date) -> Document:
    """The report to the referring court (特邀调解规定 第十九条至第二十一条、第二十六条)."""
    entrusted = detail.dispute_source == "court_entrusted"
    agreed = detail.dispute_status == "agreed"
    if agreed and entrusted:
        outcome = (
            "经调解，当事人达成调解协议。现将调解协议送交贵院，请依法审查后制作民事调解书或者准许撤诉"
            "（特邀调解规定第二十条）。"
        )
    elif agreed:
        outcome = (
            "经调解，当事人达成调解协议，协议已送达各方当事人，现报贵院备案；当事人可以依法申请司法确认"
            "（特邀调解规定第十九条）。"
        )
    else:
        outcome = (
            "经调解，当事人未能达成调解协议，调解已终止。现将调解情况报告及相关材料移送贵院"
            "（特邀调解规定第二十一条、第二十六条）；"
            + ("贵院可恢复审理。" if entrusted else "当事人可依法起诉，由贵院登记立案。")
        )
    return build(
        "filing_referral_report",
        {
            "court": detail.court or "　　　　人民法院",
            "referral": _label(rules.SOURCES, detail.dispute_source),
            "reference": detail.court_reference or "　　",
            "number": detail.dispute_number,
            "parties": cell(detail.row.parties),
            "committee": detail.committee or "　　",
            "mediator": detail.mediator or "　　",
            "outcome": outcome,
            "date_line": chinese_date(today),
        },
    )


def fee_relief_document(detail: fq.FilingDetail, today: date) -> Document:
    """诉讼费用交纳办法 第四十四条至第四十八条: deferral, reduction or waiver."""
    return build(
        "filing_fee_relief",
        {
            "relief": _label(fr.FEE_RELIEF, detail.fee_relief),
            "applicants": [_party(p, today) for p in detail.filers],
            "case": detail.case_number or "本案",
            "legal_aid": detail.legal_aid,
            "legal_aid_number": detail.legal_aid_number or "　　",
            "court": detail.court or "　　　　人民法院",
            "date_line": chinese_date(today),
        },
    )


@dataclass(frozen=True)
class PackageFile:
    index: int
    name: str
    sha256: str
    size: int
    pages: int
    origin: str  # "generated" or the case file's sha256


@dataclass(frozen=True)
class Package:
    filing_id: str
    version: int
    folder: Path
    zip_path: Path
    manifest: dict[str, Any]
    files: list[PackageFile]


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _signers(detail: fq.FilingDetail) -> list[fq.FilingParty]:
    return detail.parties if detail.kind == "confirmation" else detail.filers


def paper_titles(detail: fq.FilingDetail) -> list[str]:
    """The papers the package generates, in upload order (the case files follow them)."""
    if detail.kind == "fee_relief":  # a request of its own, e.g. after the fee notice
        return ["诉讼费用缓减免申请书"]
    if detail.kind == "referral_return":
        titles = ["调解结果报告"]
        if detail.dispute_status != "agreed" and detail.failure:
            titles.append("调解不成情况报告")
        return titles
    titles = ["司法确认申请书" if detail.kind == "confirmation" else "民事起诉状", "证据目录"]
    titles += [f"送达地址确认书-{p.name}" for p in _signers(detail)]
    if detail.kind != "confirmation" and detail.failure:
        titles.append("调解不成情况报告")
    if detail.kind != "confirmation" and detail.fee_relief:
        titles.append("诉讼费用缓减免申请书")
    return titles


def package_folder(exports: Path, number: str, version: int) -> Path:
    """Where version `version` of a filing's package is written."""
    return exports / "filings" / number / f"v{version}"


class FilingPackages:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def documents(self, detail: fq.FilingDetail, today: date) -> list[tuple[str, Document]]:
        """The generated papers, in the order the court's platform asks for them."""
        signers = {f"送达地址确认书-{p.name}": p for p in _signers(detail)}
        docs: list[tuple[str, Document]] = []
        for title in paper_titles(detail):
            if title == "司法确认申请书":
                docs.append((title, confirmation_document(detail, today)))
            elif title == "民事起诉状":
                docs.append((title, complaint_document(detail, today)))
            elif title == "证据目录":
                docs.append((title, evidence_document(detail, today)))
            elif title in signers:
                docs.append((title, service_address_document(detail, signers[title], today)))
            elif title == "调解结果报告":
                docs.append((title, referral_report_document(detail, today)))
            elif title == "诉讼费用缓减免申请书":
                docs.append((title, fee_relief_document(detail, today)))
            else:
                docs.append((title, failure_report_document(detail, today)))
        return docs

    def render(self, filing_id: str, step: Step = no_step) -> Package:
        """Write the next version's folder and ZIP (nothing in the store: `record` freezes it).
        `step` hears (done, total) after each paper and file, and after the cover and ZIP."""
        from gridwarden.attachments import AttachmentStore

        today = self.ctx.clock.today()
        with self.ctx.sessions() as session:
            detail = fq.filing_detail(session, filing_id, today)
        if detail is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该立案记录不存在")))
        if detail.status not in EXPORTABLE:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "立案当前为「{status}」，不能导出材料包（请先完成材料并提交签字）"
                    ),
                    status=msg(fr.STATUS_LABELS[detail.status]),
                )
            )
        if detail.missing:
            raise incomplete(detail.missing)
        version = detail.package_version + 1
        folder = package_folder(self.ctx.paths.exports, detail.row.number, version)
        base = folder.parent
        if folder.exists():  # a render never recorded (not frozen): made again
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        files: list[PackageFile] = []

        def add(path: Path, origin: str, pages: int) -> None:
            files.append(
                PackageFile(
                    len(files) + 1, path.name, _sha(path), path.stat().st_size, pages, origin
                )
            )

        papers = self.documents(detail, today)
        total = len(papers) + len(detail.files) + 1  # papers, the parties' files, cover and ZIP
        for index, (title, doc) in enumerate(papers, start=1):
            pdf = folder / f"{index:02d}-{title}.pdf"
            write_pdf(doc, pdf)
            add(pdf, "generated", _pdf_pages(pdf))
            if index == 1:  # the complaint / application also as an editable DOCX
                write_docx(doc, folder / f"{index:02d}-{title}.docx")
            step(len(files), total)
        store = AttachmentStore(self.ctx.paths.attachments)
        number = len(files)
        for item in detail.files:
            number += 1
            category = _label(fr.FILE_CATEGORIES, item.category) or "材料"
            owner = next((p.name for p in detail.parties if p.id == item.party_id), "")
            stem = Path(item.filename).stem
            name = f"{number:02d}-{category}{'-' + owner if owner else ''}-{stem}.pdf"
            name = "".join(ch for ch in name if ch not in '\\/:*?"<>|')
            target = folder / name
            source = store.path(item.sha256)
            if not source.is_file():
                raise NotFoundError(
                    msg(
                        QT_TRANSLATE_NOOP("core", "文件「{name}」尚未同步到本机，请先同步"),
                        name=item.filename,
                    )
                )
            if is_image(Path(item.filename)):
                images_to_pdf([source], target)  # Pillow reads the content, not the name
            else:
                shutil.copyfile(source, target)
            add(target, item.sha256, _pdf_pages(target))
            step(len(files), total)
        cover = folder / "00-材料清单.pdf"
        write_pdf(
            build(
                "filing_cover",
                {
                    "number": detail.row.number,
                    "version": version,
                    "kind": _label(fr.KINDS, detail.kind),
                    "court": detail.court or "—",
                    "basis": _label(
                        {**fr.JURISDICTION_BASES, **fr.CONFIRMATION_BASES}, detail.jurisdiction
                    )
                    or "—",
                    "dispute": detail.dispute_number or "—",
                    "parties": cell(detail.row.parties),
                    "made_by": self.ctx.actor.name,
                    "made_at": local_text(self.ctx.clock.now()),
                    "files": [
                        {"index": f.index, "name": cell(f.name), "pages": f.pages} for f in files
                    ],
                    "file_count": len(files),
                    "page_total": sum(f.pages for f in files),
                },
            ),
            cover,
        )
        manifest = {
            "kind": detail.kind,
            "filing_number": detail.row.number,
            "dispute_number": detail.dispute_number,
            "case_number": detail.case_number,
            "court": detail.court,
            "jurisdiction": detail.jurisdiction,
            "version": version,
            "created_by": self.ctx.actor.name,
            "created_at": self.ctx.clock.now().isoformat(),
            "cover": {"name": cover.name, "sha256": _sha(cover), "size": cover.stat().st_size},
            "files": [
                {
                    "index": f.index,
                    "name": f.name,
                    "sha256": f.sha256,
                    "size": f.size,
                    "pages": f.pages,
                    "origin": f.origin,
                }
                for f in files
            ],
        }
        (folder / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        zip_path = base / f"{detail.row.number}-v{version}.zip"
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.iterdir()):
                archive.write(path, f"{detail.row.number}-v{version}/{path.name}")
        step(total, total)
        return Package(filing_id, version, folder, zip_path, manifest, files)

    def record(self, package: Package) -> Changes:
        """Freeze the version: the filing remembers it, the history and the audit say who."""
        with unit_of_work(self.ctx) as work:
            filing = work.session.get(Filing, package.filing_id)
            if filing is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该立案记录不存在")))
            work.update(filing, {"package_version": package.version}, "filing.export")
            work.create(
                FilingStep(
                    filing_id=filing.id,
                    action="export",
                    from_status=filing.status,
                    to_status=filing.status,
                    actor_id=self.ctx.actor.user_id,
                    actor_name=self.ctx.actor.name,
                    at=self.ctx.clock.now(),
                    detail={
                        "version": package.version,
                        "zip": package.zip_path.name,
                        "files": len(package.files),
                    },
                ),
                "filing_step.add",
            )
            work.audit(
                "filing.export_package",
                "filing",
                filing.id,
                {"version": package.version, "zip": package.zip_path.name},
            )
            return Changes.of({"filing", "filing_step"}, [filing.id])

    def record_statistics(self, path: Path) -> Changes:
        """The audit entry of a statistics workbook (figures, no names: still kept)."""
        with unit_of_work(self.ctx) as work:
            work.audit("filing.export_statistics", "filing", "", {"file": path.name})
        return Changes()

    def export(self, filing_id: str) -> Package:
        package = self.render(filing_id)
        self.record(package)
        return package
