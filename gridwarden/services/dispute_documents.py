"""Dispute documents: the mediation agreement (调解协议书, Art. 29) and the dossier (卷宗, Art. 27).

The text comes from templates in resources/templates (a district can change the wording); the
contexts below are built from plain read-side data (queries.disputes.DisputeDetail). Exporting
writes PDF and DOCX under the data dir's exports folder and leaves an audit entry: mediation
files are confidential, so who printed which file is kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from gridwarden.clock import local_text
from gridwarden.documents import Document, build, export
from gridwarden.documents.render import Exported
from gridwarden.errors import NotFoundError, TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.rules.register import GENDERS
from gridwarden.services.context import Changes, ServiceContext, Step, no_step
from gridwarden.services.unit_of_work import unit_of_work

# A line of user text must not be read as markup (a heading, a table row, a signature line).
_MARKUP_START = (("#", "＃"), (">>", "＞＞"), ("- ", "－ "), ("|", "｜"), ("[", "［"))


def prose(text: str) -> str:
    """User text as paragraphs: one per line typed, markup characters at a line start defused."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        for marker, safe in _MARKUP_START:
            if line.startswith(marker):
                line = safe + line[len(marker) :]
        if line:
            lines.append(line)
    return "\n\n".join(lines) or "（无）"


def cell(text: str) -> str:
    return " ".join(text.replace("|", "｜").split())


def chinese_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "　　年　月　日"


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return vocabulary.get(code or "", code or "")


def party_line(p: dq.PartyItem) -> str:
    """Art. 29(1): the party's basic information, as agreements write it."""
    if p.kind == "organisation":
        parts = [p.name]
        if p.uscc:
            parts.append(f"统一社会信用代码{p.uscc}")
        if p.legal_representative:
            parts.append(f"法定代表人（负责人）{p.legal_representative}")
        if p.address:
            parts.append(f"住所地{p.address}")
    else:
        parts = [p.name]
        if p.gender:
            parts.append(_label(GENDERS, p.gender))
        if p.birth_date:
            parts.append(f"{chinese_date(p.birth_date)}出生")
        if p.id_number:
            parts.append(f"公民身份号码{p.id_number}")
        if p.address:
            parts.append(f"住{p.address}")
    if p.phone:
        parts.append(f"联系电话{p.phone}")
    return "，".join(parts)


def _agent(p: dq.PartyItem) -> str:
    if not p.agent_name:
        return ""
    text = f"{_label(rules.AGENT_KINDS, p.agent_kind) or '代理人'}：{p.agent_name}"
    return text + (f"，联系电话{p.agent_phone}" if p.agent_phone else "")


def _parties(detail: dq.DisputeDetail) -> list[dict[str, str]]:
    return [
        {
            "role": _label(rules.PARTY_ROLES, p.role),
            "name": p.name,
            "line": party_line(p),
            "agent": _agent(p),
            # the name with the agent, for the registration's parties table
            "name_agent": p.name
            + (
                f"（{_label(rules.AGENT_KINDS, p.agent_kind) or '代理人'}{p.agent_name}）"
                if p.agent_name
                else ""
            ),
            "code": (p.id_number if p.kind == "person" else p.uscc) or "",
            "phone": p.phone,
            "address": cell(p.address),
        }
        for p in detail.parties
    ]


def _obligations(agreement: dq.AgreementItem) -> list[dict[str, str]]:
    return [
        {
            "obligor": cell(o.obligor),
            "description": cell(o.description),
            "amount": rules.yuan_upper(o.amount_fen) if o.amount_fen is not None else "—",
            "due": o.due_on.isoformat(),
        }
        for o in agreement.obligations
    ]


def agreement_context(detail: dq.DisputeDetail, agreement: dq.AgreementItem) -> dict[str, Any]:
    caveat = rules.confirmation_caveat(detail.row.category)
    parties = _parties(detail)
    return {
        "number": detail.row.number,
        "revision": agreement.revision,
        "parties": parties,
        "facts": prose(agreement.facts),
        "matters": prose(agreement.matters),
        "content": prose(agreement.content),
        "performance": " ".join(agreement.performance.split()),
        "deadline": chinese_date(agreement.performance_deadline),
        "reached": chinese_date(agreement.reached_on),
        "obligations": _obligations(agreement),
        "caveat": caveat.render() if caveat else "",
        # 委派 (before filing): delivered and filed with the court (备案, 特邀调解规定 第十九条), may
        # go to confirmation; 委托 (after filing): handed to the court for a 调解书 or withdrawal
        # (第二十条) — no Art. 33 clause
        "referral": detail.source if detail.source in rules.COURT_SOURCES else "",
        "court": detail.court,
        # Art. 29: one copy per party, plus one kept by the committee
        "copies": rules.count_text(len(detail.parties) + 1),
        "party_signatures": "；".join(f"{p['role']} {p['name']}" for p in parties),
        "mediator": detail.row.mediator_name or "　　　　",
        "committee": detail.committee,
        "date_line": chinese_date(detail.agreement_effective_on),
    }


def agreement_document(detail: dq.DisputeDetail) -> Document:
    agreement = detail.agreement
    if agreement is None:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该纠纷尚未制作调解协议")))
    template = "mediation_agreement" if agreement.kind == "written" else "oral_agreement_record"
    return build(template, agreement_context(detail, agreement))


def registration_document(detail: dq.DisputeDetail) -> Document:
    row = detail.row
    source_lines = []
    if detail.grid_event_number:
        source_lines.append(f"关联网格事件：{detail.grid_event_number}")
    if detail.visit_summary:
        source_lines.append(f"关联走访：{detail.visit_summary}")
    if detail.work_order_number:
        source_lines.append(f"12345工单编号：{detail.work_order_number}")
    if detail.court:
        procedure = _label(rules.COURT_PROCEDURES, detail.court_procedure)
        source_lines.append(
            f"{_label(rules.SOURCES, detail.source)}：{detail.court}，{detail.court_reference}"
            + (f"（{procedure}）" if procedure else "")
        )
    screening = []
    if detail.duplicate_of_number:
        screening.append(f"疑似重复：与未结纠纷 {detail.duplicate_of_number} 当事人相同")
    if detail.police_reported_at:
        screening.append(
            f"已报告公安机关：{detail.police_unit}，{local_text(detail.police_reported_at)}"
            "（人民调解法第二十五条）"
        )
    if detail.non_mediable:
        screening.append(
            f"不予受理：{_label(rules.NON_MEDIABLE, detail.non_mediable)}"
            "（《人民调解工作若干规定》第二十二条）"
        )
    if row.mediator_name:
        choice = "当事人选定" if detail.mediator_chosen_by_parties else "调解委员会指定"
        mode = _label(rules.MEDIATION_MODES, detail.mediation_mode)
        screening.append(f"调解员：{row.mediator_name}（{choice}）{mode}（第二十三条）")
    if detail.refused_mediators:
        screening.append(f"当事人要求回避的调解员：{detail.refused_mediators}")
    if not screening:
        screening.append("经审查，属于人民调解受理范围，当事人同意调解。")
    return build(
        "dispute_registration",
        {
            "number": row.number,
            "received": local_text(row.received_at),
            "received_by": detail.received_by,
            "source": _label(rules.SOURCES, detail.source),
            "category": _label(rules.CATEGORIES, row.category),
            "amount": rules.yuan_upper(row.amount_fen) if row.amount_fen is not None else "—",
            "risk": _label(rules.RISK_LEVELS, row.risk_level),
            "level": _label(rules.LEVELS, row.level),
            "station": detail.station,
            "source_lines": source_lines,
            "parties": _parties(detail),
            "facts": prose(detail.facts),
            "claims": prose(detail.claims) if detail.claims else "",
            "screening": screening,
        },
    )


def session_documents(detail: dq.DisputeDetail) -> list[Document]:
    return [
        build(
            "mediation_session_record",
            {
                "number": detail.row.number,
                "index": index,
                "revision": s.revision,
                "held_at": local_text(s.held_at),
                "place": cell(s.place),
                "mediator": s.mediator_name,
                "recorded_by": s.recorded_by,
                "attendees": "、".join(s.attendees),
                "correction": s.correction_reason,
                "record": prose(s.record),
                # each attendee signs the record, then the mediator and the recorder (Art. 27)
                "signatures": "；".join(
                    [*(a for a in s.attendees if a != s.mediator_name), "调解员", "记录人"]
                ),
            },
        )
        for index, s in enumerate(detail.current_sessions, start=1)
    ]


def step_text(s: dq.StepItem) -> str:
    """What a history step says: what it was about (an obligation, a party), why, the routes
    told (Art. 26), the mediator assigned."""
    parts = [str(s.detail.get("description") or s.detail.get("name") or ""), s.reason, s.note]
    routes = s.detail.get("routes_told")
    if isinstance(routes, list) and routes:
        parts.append("已告知：" + "、".join(_label(rules.ROUTES, r) for r in routes))
    mediator = s.detail.get("mediator_name")
    if s.action == life.Action.ASSIGN and isinstance(mediator, str):
        parts.append(f"调解员 {mediator}")
    return cell("；".join(p for p in parts if p))


def closing_document(detail: dq.DisputeDetail) -> Document:
    row = detail.row
    lines = []
    if row.status == life.Status.FAILED:
        routes = "、".join(_label(rules.ROUTES, r) for r in detail.routes_told)
        lines.append(
            f"调解不成，已终止调解，并告知当事人可依法通过{routes}等途径维护权利（第二十六条）。"
        )
    if row.status == life.Status.REFUSED:
        lines.append("当事人明确拒绝调解，依法不予调解（人民调解法第十七条）。")
    if row.status == life.Status.TRANSFERRED:
        lines.append("经逐级化解未能解决，已移交人民法院。")
    if row.status == life.Status.FAILED and row.ended_level == "court":
        lines.append(
            "经逐级化解未能解决，已终止调解；人民法院依当事人起诉立案，已协助当事人准备网上立案材料"
            "（民事诉讼法第一百二十二条）。"
        )
    if detail.outcome_note:
        lines.append(f"说明：{detail.outcome_note}")
    if detail.agreement_effective_on:
        lines.append(f"协议生效日期：{chinese_date(detail.agreement_effective_on)}")
        lines.append(
            "司法确认："
            + _label(rules.CONFIRMATION_STATES, detail.confirmation_state)
            + (f"（{chinese_date(detail.confirmation_on)}）" if detail.confirmation_on else "")
        )
    steps = [
        {
            "at": local_text(s.at),
            "action": _label(life.ACTION_LABELS, s.action),
            "level": _label(rules.LEVELS, s.to_level),
            "actor": s.actor_name,
            "text": step_text(s),
        }
        for s in detail.steps
    ]
    return build(
        "dispute_closing",
        {
            "number": row.number,
            "status": _label(life.STATUS_LABELS, row.status),
            "closed": chinese_date(row.closed_on) if row.closed_on else "未结",
            "ended_level": _label(rules.LEVELS, row.ended_level) or "—",
            "mediator": row.mediator_name or "—",
            "outcome_lines": lines,
            "steps": steps,
        },
    )


def dossier_document(detail: dq.DisputeDetail, today: date) -> Document:
    """The dossier (卷宗, Art. 27): registration, session records, agreement, closing record."""
    row = detail.row
    parts: list[tuple[str, Document]] = [("人民调解受理登记表", registration_document(detail))]
    for index, doc in enumerate(session_documents(detail), start=1):
        parts.append((f"人民调解记录（第{index}次）", doc))
    agreement = detail.agreement
    if agreement is not None:
        title = "人民调解协议书" if agreement.kind == "written" else "口头调解协议记录"
        parts.append((title, agreement_document(detail)))
    parts.append(("结案登记", closing_document(detail)))
    cover = build(
        "dispute_dossier_cover",
        {
            "committee": detail.committee,
            "number": row.number,
            "parties": cell(row.parties),
            "category": _label(rules.CATEGORIES, row.category),
            "received": chinese_date(row.received_at.date()),
            "closed": chinese_date(row.closed_on) if row.closed_on else "未结",
            "ended_level": _label(rules.LEVELS, row.ended_level) or "—",
            "status": _label(life.STATUS_LABELS, row.status),
            "mediator": row.mediator_name or "—",
            "contents": [title for title, _doc in parts],
            "today": chinese_date(today),
        },
    )
    return Document.join("人民调解卷宗", [cover, *(doc for _t, doc in parts)])


# What each export is called in the audit trail.
EXPORT_ACTIONS = {
    "agreement": "dispute.export_agreement",
    "dossier": "dispute.export_dossier",
}


class DisputeDocuments:
    """Exports in two parts so that printing never holds up a save: `render` reads, lays out
    and writes the files (a reader thread; nothing is written to the store), then `record`
    writes the audit entry (the writer; mediation files are confidential, so who printed which
    file is kept)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def render(self, kind: str, dispute_id: str, step: Step = no_step) -> Exported:
        """The agreement (its current revision) or the dossier, as PDF and DOCX. `step` hears
        (done, 3) after the record is read, the papers laid out, and both files written."""
        total = 3
        with self.ctx.sessions() as session:
            detail = dq.dispute_detail(session, dispute_id)
        if detail is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("core", "该纠纷不存在")))
        step(1, total)
        folder = self.ctx.paths.exports / "disputes" / detail.row.number
        if kind == "agreement":
            doc = agreement_document(detail)
            assert detail.agreement is not None
            name = "调解协议书" if detail.agreement.kind == "written" else "口头调解协议记录"
            basename = f"{detail.row.number}-{name}-第{detail.agreement.revision}版"
        else:
            doc = dossier_document(detail, self.ctx.clock.today())
            basename = f"{detail.row.number}-卷宗"
        step(2, total)
        files = export(doc, folder, basename)
        step(3, total)
        return files

    def record(self, kind: str, dispute_id: str, files: Exported) -> Changes:
        """The audit entry of an export (one short write transaction)."""
        with unit_of_work(self.ctx) as work:
            detail = {"files": [files.pdf.name, files.docx.name]}
            work.audit(EXPORT_ACTIONS[kind], "dispute", dispute_id, detail)
        return Changes()

    def record_statistics(self, path: Path, since: date | None) -> Changes:
        """The audit entry of a statistics workbook (figures, no names: still kept)."""
        with unit_of_work(self.ctx) as work:
            detail = {"file": path.name, "since": since.isoformat() if since else None}
            work.audit("dispute.export_statistics", "dispute", "", detail)
        return Changes()

    def export(self, kind: str, dispute_id: str) -> Exported:
        """Both parts in one go (scripts and tests; the UI runs them on their own threads)."""
        files = self.render(kind, dispute_id)
        self.record(kind, dispute_id, files)
        return files
