"""Correct an application after intake, or void one taken by mistake (services.legal_aid_records).

The correction form opens with the record as it is. After a decision or a hand-over only the
contact details are editable (the rest is greyed out, with the reason): the decision stands on
what it was taken on (rules.legal_aid_corrections). The full ID number is never shown here: a
new number is typed only to correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gridwarden.queries.legal_aid import ApplicationDetail
from gridwarden.rules import legal_aid_corrections as fix
from gridwarden.services.legal_aid_records import CorrectionDraft, LegalAidRecords
from gridwarden.validation.idnumber import mask
from ui.app_context import AppContext
from ui.dialogs.legal_aid import qdate
from ui.dialogs.legal_aid_fields import AgentFields, FactBoxes, typed_applicant
from ui.pages.base import section_label
from ui.widgets.forms import SubmitDialog, fit_width


class RecordDialog(SubmitDialog):
    """A dialog acting on one application as the clerk saw it (its status then)."""

    def __init__(
        self,
        app: AppContext,
        records: LegalAidRecords,
        detail: ApplicationDetail,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        row = detail.row
        super().__init__(app, title.format(number=row.number, name=row.name), parent)
        self.records, self.detail = records, detail
        self.application_id, self.seen_status = row.id, row.status


class CorrectionDialog(RecordDialog):
    def __init__(
        self,
        app: AppContext,
        records: LegalAidRecords,
        detail: ApplicationDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, records, detail, self.tr("更正申请：{number} {name}"), parent)
        row = detail.row
        self.open_trail = row.status in fix.OPEN_TO_CORRECTION
        if not self.open_trail:
            closed = QLabel(
                self.tr("申请已作出决定或已转交：决定所依据的事项不能再更正，只能更正联系方式。")
            )
            closed.setObjectName("hint")
            closed.setWordWrap(True)
            self.form.addRow(closed)
        self.form.addRow(section_label(self.tr("申请人")))
        self.name = self.add_field("name", self.tr("姓名"), QLineEdit(row.name))
        self.id_number = self.add_field("id_number", self.tr("身份证号"), QLineEdit())
        self.id_number.setMaxLength(22)
        self.id_number.setPlaceholderText(
            self.tr("不更正请留空（现为 {masked}）").format(masked=mask(detail.id_number))
        )
        self.phone = self.add_field("phone", self.tr("联系电话"), QLineEdit(detail.phone))
        self.address = self.add_field("address", self.tr("住址"), QLineEdit(detail.address))
        agent = AgentFields(self, detail.agent_name, detail.agent_relation, detail.agent_phone)
        self.agent_name, self.agent_relation, self.agent_phone = (
            agent.name,
            agent.relation,
            agent.phone,
        )
        facts = FactBoxes(self, detail.facts)
        self.facts = facts.boxes
        amount = "" if detail.claim_amount_fen is None else f"{detail.claim_amount_fen / 100:.2f}"
        self.claim = self.add_field("claim_amount", self.tr("请求金额（元）"), QLineEdit(amount))

        self.form.addRow(section_label(self.tr("申请事项")))
        if row.group_name:
            shared = QLabel(
                self.tr("群体案件：以下事项对全部 {n} 名申请人一并更正").format(n=row.group_size)
            )
            shared.setObjectName("hint")
            self.form.addRow(shared)
        self.summary = self.add_field(
            "summary", self.tr("案情及请求"), QPlainTextEdit(detail.summary)
        )
        self.summary.setFixedHeight(70)
        self.opposing = self.add_field(
            "opposing_party", self.tr("对方当事人"), QLineEdit(detail.opposing_party)
        )
        self.code = self.add_field(
            "opposing_code", self.tr("对方统一社会信用代码"), QLineEdit(detail.opposing_code)
        )
        self.body = self.add_field(
            "handling_body", self.tr("受理法院或机关"), QLineEdit(detail.handling_body)
        )
        limit = QWidget()
        line = QHBoxLayout(limit)
        line.setContentsMargins(0, 0, 0, 0)
        self.has_limit = QCheckBox(self.tr("有时效或期限"))
        self.has_limit.setChecked(row.limitation_date is not None)
        self.limit_date = QDateEdit(qdate(row.limitation_date or app.clock.today()))
        self.limit_date.setCalendarPopup(True)
        self.limit_date.setDisplayFormat("yyyy-MM-dd")
        self.limit_note = QLineEdit(detail.limitation_note)
        for part in (self.has_limit, self.limit_date, self.limit_note):
            line.addWidget(part)
        self.add_field("limitation_date", self.tr("时效/期限届满日"), limit)
        unchanged = QLabel(
            self.tr(
                "事项类别、程序、受理窗口和管辖机构决定申请的去向，不能更正；录错的请作废后重新受理。"
            )
        )
        unchanged.setObjectName("hint")
        unchanged.setWordWrap(True)
        self.form.addRow(unchanged)
        self.note = self.add_field("note", self.tr("更正原因"), QLineEdit())
        self.note.setPlaceholderText(self.tr("如：受理时录错；申请人更换手机号"))
        self.add_field("changes", "", QLabel())  # where "nothing to correct" is said
        if not self.open_trail:
            frozen: tuple[QWidget, ...] = (
                self.name, self.id_number, self.agent_name, self.agent_relation, facts.holder,
                self.claim, self.summary, self.opposing, self.code, self.body, limit,
            )  # fmt: skip
            for widget in frozen:
                widget.setEnabled(False)
        self.resize(760, 720)

    def draft(self) -> CorrectionDraft:
        detail = self.detail
        applicant = typed_applicant(self, self.id_number.text().strip() or detail.id_number)
        limited = self.has_limit.isChecked()
        return CorrectionDraft(
            applicant,
            summary=self.summary.toPlainText(),
            opposing_party=self.opposing.text(),
            opposing_code=self.code.text(),
            handling_body=self.body.text(),
            limitation_date=self.limit_date.date().toPython() if limited else None,  # type: ignore[arg-type]
            limitation_note=self.limit_note.text() if limited else "",
            note=self.note.text(),
        )

    def save_call(self) -> Callable[[], Any]:
        draft, records = self.draft(), self.records
        app_id, status = self.application_id, self.seen_status
        return lambda: records.correct(app_id, draft, expected_status=status)


class VoidDialog(RecordDialog):
    def __init__(
        self,
        app: AppContext,
        records: LegalAidRecords,
        detail: ApplicationDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, records, detail, self.tr("作废申请：{number} {name}"), parent)
        explain = QLabel(
            self.tr(
                "作废用于受理时录错的申请（如重复录入、录错申请人）。作废后不再出现在待办队列，"
                "记录不删除，可在「已作废」中查看原因。"
            )
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.reason = self.add_field("reason", self.tr("作废原因"), QPlainTextEdit())
        self.reason.setFixedHeight(80)
        fit_width(self, 520)

    def save_call(self) -> Callable[[], Any]:
        reason, records = self.reason.toPlainText(), self.records
        app_id, status = self.application_id, self.seen_status
        return lambda: records.void(app_id, reason, expected_status=status)
