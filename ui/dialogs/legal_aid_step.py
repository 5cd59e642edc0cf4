"""One lifecycle step of a legal-aid application (for one applicant or several of a group): the
input the action needs; the service checks it by the lifecycle rules and names what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries.legal_aid import ApplicationDetail, UnitItem
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.services.legal_aid import (
    LegalAidService,
)
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.legal_aid import Checklist, qdate
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


class DocumentChecklist(QWidget):
    """The legal documents the aid worker handed in with the closing report (Art. 50)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in la.CLOSING_DOCUMENTS.items():
            box = QCheckBox(core_text(label))
            box.setObjectName(f"doc_{code}")
            layout.addWidget(box)
            self.boxes[code] = box

    def provided(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class StepDialog(SubmitDialog):
    """The input one lifecycle action needs, for one applicant or several of a group."""

    def __init__(
        self,
        app: AppContext,
        service: LegalAidService,
        application_ids: list[str],
        status: str,
        action: str,
        detail: ApplicationDetail | None,
        agencies: list[UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        label = core_text(life.ACTION_LABELS[action])
        who = (
            detail.row.name
            if detail is not None and len(application_ids) == 1
            else self.tr("%n 名申请人", "", len(application_ids))
        )
        super().__init__(app, self.tr("{action}：{who}").format(action=label, who=who), parent)
        self.service, self.ids, self.status, self.action = service, application_ids, status, action
        act = life.Action(action)
        assessment = detail.assessment if detail else None
        if act is life.Action.COMPLETE:
            self.checklist = self.add_field("materials", self.tr("本次补交的材料"), Checklist())
            self.checklist.set_items(list(assessment.missing) if assessment else [])
        if act is life.Action.FORWARD:
            self.agency = self.add_field("agency_id", self.tr("转交至"), QComboBox())
            own = detail.own_agency if detail else ""
            fill_combo(self.agency, [(a.name, a.id) for a in agencies if a.name != own])
            if detail:
                self.agency.setCurrentIndex(max(0, self.agency.findText(detail.competent_agency)))
            self.receiver = self.add_field("receiver", self.tr("接收人"), QLineEdit())
        self._worker_fields(act, detail)
        self.hardship: QComboBox | None = None
        self.not_met: QCheckBox | None = None
        if act is life.Action.GRANT and (assessment is None or assessment.hardship == "review"):
            self.hardship = self.add_field(
                "hardship", self.tr("经济困难审查（第四十一条）"), QComboBox()
            )
            fill_combo(
                self.hardship,
                [(self.tr("请选择"), "")]
                + [(core_text(la.HARDSHIP_REVIEW[k]), k) for k in ("verified", "pledged")],
            )
        if act is life.Action.REFUSE:
            self._refusal_fields(assessment)
        if act is life.Action.OBJECT:
            self.received_on = self.add_field(
                "received_on",
                self.tr("司法行政部门收到异议日期"),
                QDateEdit(qdate(app.clock.today())),
            )
            self.received_on.setCalendarPopup(True)
            self.received_on.setDisplayFormat("yyyy-MM-dd")
        if act is life.Action.WITHDRAW:
            self.reason = self.add_field("withdraw_reason", self.tr("撤回原因"), QComboBox())
            fill_combo(self.reason, [(core_text(v), k) for k, v in la.WITHDRAW_REASONS.items()])
        if act is life.Action.END:
            self.ground = self.add_field("ground", self.tr("终止情形（第四十八条）"), QComboBox())
            fill_combo(self.ground, [(core_text(v), k) for k, v in la.END_GROUNDS.items()])
            self.reasons = self.add_field(
                "reasons", self.tr("事实和理由（写入终止决定书）"), QPlainTextEdit()
            )
            self.reasons.setFixedHeight(80)
        self.files: list[Path] = []
        self.resolved: QComboBox | None = None
        self.ended_on: QDateEdit | None = None
        self._ending_fields(act, detail)
        note_label = {
            life.Action.OBJECT: self.tr("异议内容"),
            life.Action.UPHOLD: self.tr("司法行政部门的决定"),
            life.Action.CORRECT: self.tr("司法行政部门的决定"),
            life.Action.CLOSE: self.tr("结案报告"),
        }.get(act, self.tr("说明"))
        self.note = self.add_field("note", note_label, QPlainTextEdit())
        self.note.setFixedHeight(70)
        fit_width(self, 560)

    def _worker_fields(self, act: life.Action, detail: ApplicationDetail | None) -> None:
        """The aid worker assigned, advanced or (Art. 55) replaced, with the reasons given."""
        if act is life.Action.REPLACE:
            self.reasons = self.add_field(
                "reasons", self.tr("受援人请求更换的理由（第五十五条）"), QPlainTextEdit()
            )
            self.reasons.setFixedHeight(70)
            if detail:
                self.add_field(
                    "previous",
                    self.tr("原承办人员"),
                    QLabel(f"{detail.assignee_unit}{detail.assignee_name}"),
                )
        if act in (life.Action.ASSIGN, life.Action.ADVANCE, life.Action.REPLACE):
            new_worker = self.tr("新的法律援助人员") if act is life.Action.REPLACE else ""
            self.assignee = self.add_field(
                "assignee_name", new_worker or self.tr("法律援助人员"), QLineEdit()
            )
            self.kind = self.add_field("assignee_kind", self.tr("类别"), QComboBox())
            fill_combo(self.kind, [(core_text(v), k) for k, v in la.ASSIGNEE_KINDS.items()])
            self.unit = self.add_field("assignee_unit", self.tr("律师事务所或单位"), QLineEdit())
            if act is not life.Action.REPLACE and detail and detail.assignee_name:
                # the worker who started aid in advance
                self.assignee.setText(detail.assignee_name)
                self.unit.setText(detail.assignee_unit)
                self.kind.setCurrentIndex(max(0, self.kind.findData(detail.assignee_kind)))

    def _refusal_fields(self, assessment: el.Assessment | None) -> None:
        """A refusal's reasons and articles in writing (Art. 43), prefilled from the failed
        eligibility findings."""
        self.reasons = self.add_field(
            "reasons", self.tr("不予援助的理由（书面）"), QPlainTextEdit()
        )
        self.reasons.setFixedHeight(90)
        self.basis = self.add_field("legal_basis", self.tr("依据的条款"), QLineEdit())
        if assessment:
            # Prefilled in Chinese whatever the UI language: the reasons and the articles
            # are written into the refusal decision, a Chinese legal document.
            failed = [f for f in assessment.findings if f.level == el.FAIL]
            self.reasons.setPlainText("；".join(f.text.render() for f in failed))
            self.basis.setText("、".join(dict.fromkeys(
                la.article_text(f.article) for f in failed if f.article
            )))  # fmt: skip
            if assessment.hardship == "review":
                self.not_met = QCheckBox(self.tr("经审查不符合经济困难标准"))
                self.add_field("hardship", "", self.not_met)

    def _ending_fields(self, act: life.Action, detail: ApplicationDetail | None) -> None:
        """The matter's end (Art. 50) and, to close, the result, the papers and the amounts."""
        today = self.app.clock.today()
        if act in (life.Action.CONCLUDE, life.Action.CLOSE):
            ended = detail.end.matter_ended_on if detail and detail.end else None
            if act is life.Action.CONCLUDE or ended is None:
                self.ended_on = self.add_field(
                    "ended_on",
                    self.tr("承办事项结束日期（判决生效、调解书送达等）"),
                    QDateEdit(qdate(today)),
                )
                self.ended_on.setCalendarPopup(True)
                self.ended_on.setDisplayFormat("yyyy-MM-dd")
            else:
                self.add_field("ended_on", self.tr("承办事项结束日期"), QLabel(ended.isoformat()))
        if act is life.Action.CLOSE:
            self.outcome = self.add_field("outcome", self.tr("办理结果"), QComboBox())
            fill_combo(
                self.outcome,
                [(self.tr("请选择"), "")] + [(core_text(v), k) for k, v in la.OUTCOMES.items()],
            )
            self.documents = self.add_field(
                "documents", self.tr("提交的法律文书（第五十条）"), DocumentChecklist()
            )
            claimed = detail.claim_amount_fen if detail else None
            self.claimed = self.add_field("amount_claimed", self.tr("请求金额（元）"), QLineEdit())
            if claimed is not None:
                self.claimed.setText(f"{claimed / 100:.2f}")
            self.recovered = self.add_field(
                "amount_recovered", self.tr("实际获得（挽回）金额（元）"), QLineEdit()
            )
            if detail and detail.row.proceeding in la.ADMINISTRATIVE:
                self.resolved = self.add_field(
                    "resolved", self.tr("行政争议是否实质性化解"), QComboBox()
                )
                fill_combo(
                    self.resolved,
                    [(self.tr("请选择"), None), (self.tr("是"), True), (self.tr("否"), False)],
                )
            attach = QPushButton(self.tr("添加文书扫描件…"))
            attach.setObjectName("attachFiles")
            attach.clicked.connect(self._pick_files)
            self.files_label = QLabel(self.tr("未添加附件"))
            self.files_label.setObjectName("hint")
            self.files_label.setWordWrap(True)
            self.add_field("files", self.tr("附件"), attach)
            self.add_field("files_list", "", self.files_label)

    def step(self) -> life.StepInput:
        act = life.Action(self.action)
        values: dict[str, Any] = {"note": self.note.toPlainText()}
        if act is life.Action.COMPLETE:
            values["materials"] = tuple(self.checklist.provided())
        if act is life.Action.FORWARD:
            values.update(agency_id=self.agency.currentData(), receiver=self.receiver.text())
        if act in (life.Action.ASSIGN, life.Action.ADVANCE, life.Action.REPLACE):
            values.update(
                assignee_name=self.assignee.text(),
                assignee_kind=self.kind.currentData() or "",
                assignee_unit=self.unit.text(),
            )
        if self.hardship is not None:
            values["hardship"] = self.hardship.currentData() or ""
        if act is life.Action.REFUSE:
            values.update(reasons=self.reasons.toPlainText(), legal_basis=self.basis.text())
            if self.not_met is not None and self.not_met.isChecked():
                values["hardship"] = "not_met"
        if act is life.Action.OBJECT:
            values["received_on"] = self.received_on.date().toPython()
        if act is life.Action.WITHDRAW:
            values["withdraw_reason"] = self.reason.currentData() or ""
        if act is life.Action.END:
            values["ground"] = self.ground.currentData() or ""
        if act in (life.Action.END, life.Action.REPLACE):
            values["reasons"] = self.reasons.toPlainText()
        if self.ended_on is not None:
            values["ended_on"] = self.ended_on.date().toPython()
        if act is life.Action.CLOSE:
            values.update(
                outcome=self.outcome.currentData() or "",
                documents=tuple(self.documents.provided()),
                amount_claimed=self.claimed.text(),
                amount_recovered=self.recovered.text(),
            )
            if self.resolved is not None:
                values["resolved"] = self.resolved.currentData()
        return life.StepInput(**values)

    def add_files(self, paths: list[Path]) -> None:
        self.files += [p for p in paths if p not in self.files]
        self.files_label.setText(fmt.join(p.name for p in self.files) or self.tr("未添加附件"))

    def _pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("选择文书扫描件"), "", self.tr("文书 (*.pdf *.jpg *.jpeg *.png *.docx)")
        )
        self.add_files([Path(n) for n in names])

    def save_call(self) -> Callable[[], Any]:
        step, ids, action, status, service = (
            self.step(),
            list(self.ids),
            self.action,
            self.status,
            self.service,
        )
        files = list(self.files)
        if len(ids) == 1:  # the status the clerk saw, when they saw one
            return lambda: service.act(
                ids[0], action, step, expected_status=status or None, files=files
            )
        return lambda: service.act_many(ids, action, step)
