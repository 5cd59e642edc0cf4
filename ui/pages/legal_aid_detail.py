"""One legal-aid application on the right of the queue: the applicant (ID masked until opened),
the matter, the assessment by article, the materials, the steps the law allows now, corrections
and voiding, the notices (with those already issued, to open again), and the history.

The panel only shows and asks: every button emits a signal the page acts on.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gridwarden.errors import GridWardenError
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_corrections as fix
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
from gridwarden.rules.register import GENDERS, age_on
from gridwarden.services.legal_aid_notices import NoticeFacts, available_kinds
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.dialogs.legal_aid import findings_html
from ui.i18n import core_text, render
from ui.notifier import Notifier
from ui.pages.base import make_table, section_label
from ui.pages.legal_aid_labels import status_text
from ui.pages.legal_aid_notices import IssuedNotices
from ui.table_models import Column, RowsTableModel
from ui.widgets.action_bar import ActionBar
from ui.widgets.banner import WarningBanner
from ui.widgets.wrapping_grid import WrappingGrid


def money(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:,.2f}"


def field_text(name: str) -> str:
    """An applicant or case field, or a fact, by its code, as the clerk calls it."""
    return core_text(fix.field_label(name))


def _decided(d: dict[str, Any]) -> list[str]:
    """What a step asked for or decided: materials, hardship, reasons and basis, the worker,
    the agency it went to, why it was withdrawn or ended."""
    parts: list[str] = []
    if d.get("missing"):
        parts.append(
            QCoreApplication.translate("legal_aid", "一次性告知补充：{items}；{day} 前").format(
                items=fmt.join(core_text(la.MATERIALS.get(m, m)) for m in d["missing"]),
                day=d.get("withdraw_on", ""),
            )
        )
    if d.get("supplied"):
        parts.append(QCoreApplication.translate("legal_aid", "补交：{items}").format(
            items=fmt.join(core_text(la.MATERIALS.get(m, m)) for m in d["supplied"])))  # fmt: skip
    if d.get("hardship"):
        parts.append(core_text(el.HARDSHIP_LABELS.get(d["hardship"], d["hardship"])))
    if d.get("reasons"):
        parts.append(QCoreApplication.translate("legal_aid", "理由：{v}").format(v=d["reasons"]))
    if d.get("legal_basis"):
        parts.append(
            QCoreApplication.translate("legal_aid", "依据：{v}").format(v=d["legal_basis"])
        )
    if d.get("assignee_name"):
        parts.append(f"{d.get('assignee_unit', '')}{d['assignee_name']}")
    if d.get("agency"):
        parts.append(
            QCoreApplication.translate("legal_aid", "转交{agency}，接收人{who}").format(
                agency=d["agency"], who=d.get("receiver", "")
            )
        )
    if d.get("withdraw_reason"):
        parts.append(core_text(la.WITHDRAW_REASONS.get(d["withdraw_reason"], "")))
    if d.get("ground"):
        parts.append(core_text(la.END_GROUNDS.get(d["ground"], "")))
    return parts


def step_text(step: q.StepItem) -> str:
    """What a history step decided or recorded, in one line."""
    d = step.detail
    parts = [step.note]
    parts += _decided(d)
    if d.get("previous"):
        before = d["previous"]
        parts.append(
            QCoreApplication.translate("legal_aid", "原承办人员：{who}").format(
                who=f"{before.get('assignee_unit', '')}{before.get('assignee_name', '')}"
            )
        )
    if d.get("ended_on"):
        parts.append(
            QCoreApplication.translate("legal_aid", "事项结束：{day}").format(day=d["ended_on"])
        )
    if d.get("outcome"):
        parts.append(core_text(la.OUTCOMES.get(d["outcome"], d["outcome"])))
    if d.get("amount_recovered"):
        parts.append(
            QCoreApplication.translate("legal_aid", "获得 {v} 元").format(v=d["amount_recovered"])
        )
    if d.get("against") and step.action == life.Action.OBJECT:
        parts.append(
            QCoreApplication.translate("legal_aid", "针对终止决定")
            if d["against"] == "termination"
            else QCoreApplication.translate("legal_aid", "针对不予援助决定")
        )
    if d.get("register"):
        parts.append(QCoreApplication.translate("legal_aid", "取自居民登记：{fields}").format(
            fields=fmt.join(field_text(f) for f in d["register"].get("fields", []))))  # fmt: skip
    if step.action == life.AMEND and d.get("fields"):
        what = fmt.join(field_text(f) for f in d["fields"])
        via = (
            QCoreApplication.translate("legal_aid", "（在 {n} 更正群体案件事实）").format(
                n=d["via"]
            )
            if d.get("via")
            else ""
        )
        parts.append(
            QCoreApplication.translate("legal_aid", "更正：{fields}{via}").format(
                fields=what, via=via
            )
        )
    if step.action == life.NOTICE and d.get("kind") in NOTICE_TEMPLATES:
        parts.append(core_text(NOTICE_TEMPLATES[d["kind"]][1]))
    return fmt.clauses(p for p in parts if p)


# A complaint is prepared for the recipient once aid is granted or a worker assigned.
FILING_STATUSES = frozenset({life.Status.GRANTED.value, life.Status.ASSIGNED.value})


# The forward step of each state, first that may be taken (the primary button); refusals,
# objections, withdrawal and ending early stay in 更多操作.
NEXT_STEPS = (
    life.Action.COMPLETE,
    life.Action.FORWARD,
    life.Action.GRANT,
    life.Action.ASSIGN,
    life.Action.UPHOLD,
    life.Action.CONCLUDE,
    life.Action.CLOSE,
)


class ApplicationPanel(QWidget):
    action_requested = Signal(str)  # a lifecycle action
    notice_requested = Signal(str)  # a notice kind
    reveal_requested = Signal()
    correct_requested = Signal()
    void_requested = Signal()
    filing_requested = Signal()  # the aid worker files a complaint for the recipient
    group_requested = Signal(str)  # the group's queue key

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: q.ApplicationDetail | None = None
        # a save's warnings (a retired region code in an ID number…) stay until dismissed
        self.banner = WarningBanner(notifier, self)
        self.heading = QLabel(self.tr("选择左侧的申请查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.due_line = QLabel()
        self.due_line.setObjectName("dueLine")
        self.due_line.setWordWrap(True)
        self.group_line = QLabel()
        self.group_line.setObjectName("hint")
        self.group_button = QPushButton(self.tr("查看群体案件全部申请人"))
        self.group_button.clicked.connect(self._open_group)
        self.applicant = QLabel()
        self.applicant.setObjectName("applicantInfo")
        self.applicant.setWordWrap(True)
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._record_buttons()
        self.matter = QLabel()
        self.matter.setObjectName("matterInfo")
        self.matter.setWordWrap(True)
        self.assessment = QLabel()
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.RichText)
        self.ending_title = section_label(self.tr("办理情况与结果"))
        self.ending = QLabel()
        self.ending.setObjectName("endingInfo")
        self.ending.setWordWrap(True)
        self.ending.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.materials = QLabel()
        self.materials.setObjectName("materials")
        self.materials.setWordWrap(True)
        self.materials.setTextFormat(Qt.TextFormat.RichText)

        self.bar = ActionBar(
            [(a.value, core_text(life.ACTION_LABELS[a])) for a in life.Action],
            self.action_requested.emit,
            "action",
        )
        self.step_actions = self.bar.by_key
        notices = self._notice_buttons()
        self.issued = IssuedNotices(self)

        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: fmt.label(life.ACTION_LABELS, s.action)),
                Column(self.tr("状态"), lambda s: status_text(s.to_status)),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(self.tr("说明"), step_text, tooltip=step_text),
            ],
            self,
        )
        self.steps = make_table(self.step_model)
        self.steps.setObjectName("legalAidHistory")
        self.steps.setMinimumHeight(150)

        self._lay_out(notices)
        self.show_detail(None, False, date.min)  # nothing shown yet: the day is not read

    def _record_buttons(self) -> None:
        """Acts on the record itself: reveal the full ID number (audited), correct, void, and
        prepare the recipient's complaint."""
        self.reveal_button = QPushButton(self.tr("查看完整证件号"))
        self.reveal_button.setToolTip(self.tr("申请人信息保密（第二十一条）；查看将记入审计日志"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.correct_button = QPushButton(self.tr("更正…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(
            self.tr("更正受理时录错或已变更的信息；作出决定后只能更正联系电话、住址")
        )
        self.correct_button.clicked.connect(self.correct_requested)
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setObjectName("voidButton")
        self.void_button.setToolTip(self.tr("受理录错的申请在作出决定或转交前作废，须写明原因"))
        self.void_button.clicked.connect(self.void_requested)
        self.filing_button = QPushButton(self.tr("准备起诉材料…"))
        self.filing_button.setObjectName("legalAidFilingButton")
        self.filing_button.clicked.connect(self.filing_requested)

    def _notice_buttons(self) -> WrappingGrid:
        """One button a notice (PDF and DOCX), enabled when the application has its facts."""
        notices = WrappingGrid(columns=3)
        self.notice_buttons: dict[str, QPushButton] = {}
        for kind, (_template, title) in NOTICE_TEMPLATES.items():
            button = QPushButton(core_text(title))
            button.setObjectName(f"notice_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.notice_requested.emit(k))
            button.setEnabled(False)
            notices.addWidget(button)
            self.notice_buttons[kind] = button
        return notices

    def _lay_out(self, notices: WrappingGrid) -> None:
        """Top to bottom: the next step first (above the fold at 1366×700), then the applicant,
        the matter, the result, the assessment, the materials, the notices and the history."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.due_line)
        layout.addWidget(self.bar)  # the next step at the top: above the fold at 1366×700
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_line, 1)
        group_row.addWidget(self.group_button)
        layout.addLayout(group_row)
        layout.addWidget(section_label(self.tr("申请人")))
        layout.addWidget(self.applicant)
        record_row = QHBoxLayout()
        for button in (self.reveal_button, self.correct_button, self.void_button):
            record_row.addWidget(button)
        record_row.addStretch()
        layout.addLayout(record_row)
        layout.addWidget(section_label(self.tr("申请事项")))
        layout.addWidget(self.matter)
        layout.addWidget(self.ending_title)
        layout.addWidget(self.ending)
        layout.addWidget(section_label(self.tr("资格审查（依《法律援助法》逐项）")))
        layout.addWidget(self.assessment)
        layout.addWidget(section_label(self.tr("材料清单")))
        layout.addWidget(self.materials)
        filing_row = QHBoxLayout()
        filing_row.addWidget(self.filing_button)
        filing_row.addStretch()
        layout.addLayout(filing_row)
        layout.addWidget(section_label(self.tr("文书（PDF 与 DOCX）")))
        layout.addLayout(notices)
        layout.addWidget(self.issued)
        layout.addWidget(section_label(self.tr("办理记录（全程留痕）")))
        layout.addWidget(self.steps)
        layout.addStretch()

    def _why_not(self, action: str, row: q.QueueRow, today: date) -> str | None:
        """None when the step may be taken now, else why not (the rule and its article)."""
        if row.voided:
            return self.tr("该申请已作废，不再办理")
        if action == life.Action.ADVANCE and not row.urgent(today):
            return self.tr("情况紧急的，才可先行提供法律援助（法律援助法第四十四条）")
        try:
            life.ensure_allowed(row.status, action)
        except GridWardenError as error:
            return render(error.message)
        return None

    def _open_group(self) -> None:
        if self.detail is not None:
            self.group_requested.emit(q.group_key(self.detail.case_id))

    # --- showing ------------------------------------------------------------------------------
    def show_detail(self, detail: q.ApplicationDetail | None, revealed: bool, today: date) -> None:
        self.detail = detail
        self.banner.show_record(detail.row.id if detail is not None else None)
        buttons = [
            *self.notice_buttons.values(),
            self.reveal_button,
            self.correct_button,
            self.void_button,
            self.filing_button,
        ]
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的申请"))
            for label in (self.due_line, self.applicant, self.matter, self.assessment,
                          self.materials, self.group_line, self.ending):  # fmt: skip
                label.setText("")
            self.ending_title.hide()
            self.ending.hide()
            self.group_line.hide()
            self.group_button.hide()
            self.step_model.set_rows([])
            self.issued.show_notices([])
            for button in buttons:
                button.setEnabled(False)
            self.bar.clear()
            return
        row = detail.row
        state = self.tr("已作废") if row.voided else status_text(row.status)
        self.heading.setText(f"{row.number} · {row.name} · {state}")
        self.due_line.setText(self._due_text(detail, today))
        self.applicant.setText(self._applicant_text(detail, today, revealed))
        self.matter.setText(self._matter_text(detail, today))
        ending = self._ending_text(detail)
        self.ending.setText(ending)
        self.ending_title.setVisible(bool(ending))
        self.ending.setVisible(bool(ending))
        self.assessment.setText(findings_html(detail.assessment))
        self.materials.setText(self._materials_html(detail))
        if row.group_name:
            self.group_line.setText(
                self.tr("群体案件：{name}（{n} 人，一人一决定）").format(
                    name=row.group_name, n=row.group_size
                )
            )
        else:
            self.group_line.setText("")
        self.group_line.setVisible(bool(row.group_name))
        self.group_button.setVisible(bool(row.group_name))
        reasons = {code: self._why_not(code, row, today) for code in self.step_actions}
        self.bar.show_state(reasons, next((c for c in NEXT_STEPS if reasons.get(c) is None), None))
        end = detail.end or q.EndItem()
        kinds = available_kinds(
            NoticeFacts(
                status=row.status,
                notice_on=detail.notice_on,
                refusal_reasons=detail.refusal_reasons,
                decided_on=detail.decided_on,
                forwarded_on=detail.forwarded_on,
                ended_on=end.ended_on,
                closed_on=end.closed_on,
                notified=detail.hardship == "notified",
                assigned_on=detail.assigned_on,
            )
        )
        for kind, button in self.notice_buttons.items():
            button.setEnabled(kind in kinds and not row.voided)
        self.reveal_button.setEnabled(not revealed)
        self.correct_button.setEnabled(not row.voided)
        self.void_button.setEnabled(not row.voided and row.status in fix.OPEN_TO_CORRECTION)
        self._show_filing(detail)
        self.step_model.set_rows(detail.steps)
        self.steps.resizeColumnsToContents()
        self.issued.show_notices(detail.notices)

    def _show_filing(self, detail: q.ApplicationDetail) -> None:
        """The aid worker files for the recipient once aid is granted or a worker assigned
        (法律援助法 第四十三条); the complaint is prefilled from the failed mediation the case
        came from, with fee relief asked for (诉讼费用交纳办法 第四十五条)."""
        granted = detail.row.status in FILING_STATUSES and not detail.row.voided
        self.filing_button.setEnabled(granted and bool(detail.source_dispute_id))
        if not granted:
            why = self.tr("援助决定作出（已决定援助或已指派）后，才能为受援人准备起诉材料")
        elif not detail.source_dispute_id:
            why = self.tr("该案件不是由调解不成的纠纷转来的，起诉材料请由承办人员另行准备")
        else:
            why = self.tr(
                "由承办人员为受援人起诉：起诉状由调解不成的纠纷预填，"
                "并申请缓减免交诉讼费（《诉讼费用交纳办法》第四十五条）"
            )
        self.filing_button.setToolTip(why)

    def _due_text(self, detail: q.ApplicationDetail, today: date) -> str:
        row = detail.row
        if row.voided and detail.voided_at:
            self.due_line.setStyleSheet("color: #c62828; font-weight: bold;")
            return self.tr("已于 {day} 作废：{reason}").format(
                day=fmt.when(detail.voided_at), reason=detail.void_reason
            )
        if row.is_open and row.due_date:
            text = self.tr("{what}：{day}（{left}）").format(
                what=core_text(life.DUE_LABELS[row.status]),
                day=fmt.day(row.due_date),
                left=fmt.days_left(row.due_date, today),
            )
            colour = {"danger": "#c62828", "warn": "#b26a00"}.get(
                fmt.due_tone(row.due_date, today) or "", "#1f3a5f"
            )
            self.due_line.setStyleSheet(f"color: {colour}; font-weight: bold;")
            return text
        self.due_line.setStyleSheet("color: #555;")
        done = [
            (detail.decided_on, self.tr("决定于 {d}")),
            (detail.assigned_on, self.tr("指派于 {d}")),
            (detail.forwarded_on, self.tr("转交于 {d}")),
        ]
        parts = [template.format(d=fmt.day(day)) for day, template in done if day]
        if detail.closed_reason:
            parts.append(core_text(detail.closed_reason))
        return fmt.clauses(parts)

    def _applicant_text(self, detail: q.ApplicationDetail, today: date, revealed: bool) -> str:
        shown = detail.id_number if revealed else mask(detail.id_number)
        if detail.end is not None and detail.end.applicant_kind == "organisation":
            return "\n".join(
                [
                    self.tr("{name}（单位）　统一社会信用代码：{code}").format(
                        name=detail.row.name, code=detail.id_number or "—"
                    ),
                    self.tr("电话：{phone}　住址：{address}").format(
                        phone=detail.phone or "—", address=detail.address or "—"
                    ),
                ]
            )
        lines = [
            self.tr("{name}，{gender}，{age} 岁　身份证号：{id}").format(
                name=detail.row.name,
                gender=core_text(GENDERS.get(detail.gender or "", "")),
                age=age_on(detail.birth_date, today) or "",
                id=shown,
            ),
            self.tr("电话：{phone}　住址：{address}").format(
                phone=detail.phone or "—", address=detail.address or "—"
            ),
        ]
        if detail.agent_name:
            lines.append(
                self.tr("代理申请人：{name}（{relation}）{phone}").format(
                    name=detail.agent_name,
                    relation=core_text(detail.agent_relation),
                    phone=detail.agent_phone,
                )
            )
        facts = [core_text(la.APPLICANT_FACTS[k]) for k, on in detail.facts.items() if on]
        if detail.gender == "F":
            facts.append(self.tr("妇女"))
        if facts:
            lines.append(self.tr("情况：{facts}").format(facts=fmt.join(facts)))
        if detail.claim_amount_fen is not None:
            lines.append(self.tr("请求金额：{v} 元").format(v=money(detail.claim_amount_fen)))
        return "\n".join(lines)

    def _matter_text(self, detail: q.ApplicationDetail, today: date) -> str:
        row = detail.row
        matter = la.MATTER_TYPES[row.matter_type]
        lines = [
            fmt.noted(core_text(matter.label), fmt.cite(la.LAW, matter.article))
            if matter.article
            else core_text(matter.label),
            self.tr("程序：{p}　受理机关：{body}").format(
                p=core_text(la.PROCEEDINGS.get(row.proceeding, row.proceeding)),
                body=detail.handling_body or "—",
            ),
            self.tr("对方当事人：{v}").format(v=detail.opposing_party or "—"),
            detail.summary,
            self.tr("受理：{window}，{day}").format(
                window=row.window, day=fmt.day(row.received_on)
            ),
        ]
        if row.city_wide:
            lines.append(self.tr("通城通办：管辖机构为{agency}（第三十八条）").format(
                agency=detail.competent_agency))  # fmt: skip
        left = dl.days_to_limit(row.limitation_date, today)
        if row.limitation_date and left is not None:
            lines.append(
                self.tr("{what}届满：{day}（{left}）").format(
                    what=detail.limitation_note or self.tr("时效或期限"),
                    day=fmt.day(row.limitation_date),
                    left=fmt.days_left(row.limitation_date, today),
                )
            )
        if row.advance_on:
            lines.append(
                self.tr("已于 {d} 先行提供法律援助（第四十四条）").format(d=fmt.day(row.advance_on))
            )
        if detail.source_dispute_id:
            lines.append(
                self.tr("来源：调解不成的纠纷（{id}）").format(id=detail.source_dispute_id)
            )
        return "\n".join(lines)

    def _closed_lines(self, detail: q.ApplicationDetail, end: q.EndItem) -> list[str]:
        """A closed case (Art. 50): its result, the amounts, the papers and the report."""
        lines = []
        lines.append(
            self.tr("{day} 结案：{outcome}").format(
                day=fmt.day(end.closed_on),
                outcome=fmt.label(la.OUTCOMES, end.outcome),
            )
        )
        amounts = []
        if detail.claim_amount_fen is not None:
            amounts.append(self.tr("请求 {v} 元").format(v=money(detail.claim_amount_fen)))
        if end.recovered_fen is not None:
            amounts.append(self.tr("实际获得 {v} 元").format(v=money(end.recovered_fen)))
        if end.resolved_in_substance is not None:
            amounts.append(
                self.tr("行政争议已实质性化解")
                if end.resolved_in_substance
                else self.tr("行政争议未实质性化解")
            )
        if amounts:
            lines.append(fmt.clauses(amounts))
        if end.closing_documents:
            lines.append(
                self.tr("提交文书：{items}").format(
                    items=fmt.join(fmt.label(la.CLOSING_DOCUMENTS, d)
                                   for d in end.closing_documents)
                )
            )  # fmt: skip
        if end.files:
            lines.append(self.tr("附件：{files}").format(files=fmt.join(end.files)))
        if end.closing_report:
            lines.append(self.tr("结案报告：{text}").format(text=end.closing_report))
        return lines

    def _ending_text(self, detail: q.ApplicationDetail) -> str:
        """Completion (Art. 50), termination (Art. 48), the objection against it (Art. 49), a
        replaced worker (Art. 55)."""
        end = detail.end
        if end is None:
            return ""
        lines = []
        if end.matter_ended_on:
            lines.append(
                self.tr("承办事项于 {ended} 结束；结案材料提交期限 {due}（第五十条）").format(
                    ended=fmt.day(end.matter_ended_on), due=fmt.day(end.closing_due)
                )
            )
        if end.closed_on:
            lines += self._closed_lines(detail, end)
        if end.ended_on:
            lines.append(
                self.tr("{day} 决定终止法律援助：{ground}（{item}）").format(
                    day=fmt.day(end.ended_on),
                    ground=fmt.label(la.END_GROUNDS, end.end_ground),
                    item=fmt.label(la.END_GROUND_ITEMS, end.end_ground),
                )
            )
            lines.append(self.tr("理由：{v}").format(v=end.end_reasons))
        if end.objection_result:
            against = (
                self.tr("终止决定")
                if end.objection_of == "termination"
                else self.tr("不予援助决定")
            )
            result = (
                self.tr("维持原决定") if end.objection_result == "uphold" else self.tr("责令改正")
            )
            lines.append(
                self.tr("对{against}的异议：司法行政部门{result}（{opinion}）").format(
                    against=against, result=result, opinion=end.objection_opinion
                )
            )
        if end.replaced_count:
            lines.append(
                self.tr("已更换法律援助人员 {n} 次（第五十五条），现为{unit}{name}").format(
                    n=end.replaced_count, unit=detail.assignee_unit, name=detail.assignee_name
                )
            )
        if end.notifier:
            lines.append(
                self.tr("{body}于 {day} 通知（{ref}）：{ground}").format(
                    body=detail.handling_body,
                    day=fmt.day(end.notified_on),
                    ref=end.notice_ref,
                    ground=fmt.label(la.NOTIFY_GROUNDS, end.notify_ground),
                )
            )
        if end.applicant_kind == "organisation":
            lines.append(self.tr("申请人为单位：依第二条不属于法律援助对象"))
        if end.criminal_reason:
            lines.append(fmt.label(la.CRIMINAL_REASONS, end.criminal_reason))
        if end.detention_place and end.custody_hours is not None:
            lines.append(
                self.tr("羁押场所：{place}，转交用时 {h} 小时（第三十九条）").format(
                    place=end.detention_place, h=f"{end.custody_hours:g}"
                )
            )
        elif end.detention_place:
            lines.append(self.tr("羁押场所：{place}").format(place=end.detention_place))
        return "\n".join(lines)

    @staticmethod
    def _materials_html(detail: q.ApplicationDetail) -> str:
        have = set(detail.materials)
        lines = []
        for code in detail.assessment.required:
            ok = code in have
            mark = (
                "<span style='color:#2e7d32'>✔</span>"
                if ok
                else "<span style='color:#c62828'>✘</span>"
            )
            lines.append(f"{mark} {html.escape(core_text(la.MATERIALS[code]))}")
        if detail.notice_on:
            lines.append(
                html.escape(
                    QCoreApplication.translate(
                        "legal_aid",
                        "已于 {notice} 一次性告知补充材料，{day} 为最后期限（逾期视为撤回）",
                    ).format(notice=fmt.day(detail.notice_on), day=fmt.day(detail.withdraw_on))
                )
            )
        return "<br>".join(lines)
