"""Taking in a dispute (受理纠纷) — walk-in, 12345, a court referral, or from the grid: a grid
event (矛盾纠纷线索) or a door-knock visit, prefilled and linked — and the parties after intake.
SubmitDialogs: errors at the field, nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import ValidationError
from gridwarden.queries import dispute_intake as qi
from gridwarden.queries import disputes as dq
from gridwarden.rules import disputes as rules
from gridwarden.services.disputes import DisputeDraft
from ui.app_context import AppContext
from ui.dialogs.dispute_fields import PartyEditor, VisitPicker, draft_of, vocabulary
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import FieldRow, SubmitDialog, fit_width


class IntakeDialog(SubmitDialog):
    """受理纠纷: the dispute on one tab, its parties on the other."""

    draft_kind = "dispute_intake"  # a draft is kept as you type (issue 12)

    def draft_key(self) -> str:
        return "prefilled" if self.prefill is not None else ""

    def __init__(
        self,
        app: AppContext,
        stations: list[dq.UnitItem],
        courts: list[dq.UnitItem],
        parent: QWidget | None = None,
        prefill: qi.DisputePrefill | None = None,
    ) -> None:
        super().__init__(app, self.tr("受理纠纷"), parent)
        self.prefill = prefill
        self.tabs = QTabWidget()
        basics = QWidget()
        self.basics_form = QFormLayout(basics)
        self.basics_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form, self.form = self.form, self.basics_form  # add_field fills the first tab
        self.source = self.add_field(
            "source", self.tr("来源"), vocabulary(QComboBox(), rules.SOURCES)
        )
        self.grid_event_number = self.add_field(
            "grid_event_number", self.tr("网格事件编号"), QLineEdit()
        )
        self.grid_event_number.setPlaceholderText("SJ20261129-XXXXXX")
        self.visit = self.add_field("visit_id", self.tr("走访记录"), VisitPicker(app))
        self.work_order = self.add_field("work_order_number", self.tr("12345工单号"), QLineEdit())
        self.court = self.add_field("court_id", self.tr("法院"), QComboBox())
        fill_combo(self.court, [(c.name, c.id) for c in courts])
        self.court_reference = self.add_field("court_reference", self.tr("法院案号"), QLineEdit())
        self.court_reference.setPlaceholderText(self.tr("如：（2026）苏0602民诉前调1234号"))
        self.court_procedure = self.add_field(
            "court_procedure", self.tr("审理程序"), vocabulary(QComboBox(), rules.COURT_PROCEDURES)
        )
        self.category = self.add_field(
            "category", self.tr("类别"), vocabulary(QComboBox(), rules.CATEGORIES)
        )
        self.amount = self.add_field("amount", self.tr("争议金额（元）"), QLineEdit())
        self.risk = self.add_field(
            "risk_level", self.tr("风险等级"), vocabulary(QComboBox(), rules.RISK_LEVELS)
        )
        self.level = self.add_field("level", self.tr("受理层级"), QComboBox())
        fill_combo(self.level, [(core_text(rules.LEVELS[k]), k) for k in ("grid", "station")])
        self.station = self.add_field("station_id", self.tr("调处工作站"), QComboBox())
        fill_combo(self.station, [(s.name, s.id) for s in stations], app.settings.home_station_id)
        self.facts = self.add_field("facts", self.tr("纠纷事实"), QPlainTextEdit())
        self.facts.setFixedHeight(90)
        self.claims = self.add_field(
            "claims",
            self.tr("申请事项", "a dispute: what the applicant asks for"),
            QPlainTextEdit(),
        )
        self.claims.setFixedHeight(60)
        self.form = form
        self.tabs.addTab(basics, self.tr("纠纷情况"))

        party_page = QWidget()
        column = QVBoxLayout(party_page)
        self.party_box = QVBoxLayout()
        column.addLayout(self.party_box)
        self.parties_message = FieldRow(QLabel(self.tr("至少申请人和被申请人各一方。")))
        self.fields["parties"] = self.parties_message
        column.addWidget(self.parties_message.container)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加当事人"))
        add.clicked.connect(lambda: self.add_party("respondent"))
        remove = QPushButton(self.tr("删除最后一位"))
        remove.clicked.connect(self.remove_party)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        column.addLayout(buttons)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(party_page)
        self.tabs.addTab(scroll, self.tr("当事人"))
        self.party_editors: list[PartyEditor] = []
        self.add_party("applicant")
        self.add_party("respondent")
        self.layout().insertWidget(0, self.tabs)  # type: ignore[union-attr]

        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        if prefill is not None:
            self._apply(prefill)
        self._source_changed()
        self.resize(640, 640)

    def _apply(self, prefill: qi.DisputePrefill) -> None:
        """Opened from a grid event or a visit: its link, facts and resident are filled in;
        the mediator checks them and completes the rest."""
        if prefill.visit is not None:
            self.visit.show_visit(prefill.visit)  # before the source: no search is started
        self.source.setCurrentIndex(self.source.findData(prefill.source))
        self.grid_event_number.setText(prefill.grid_event_number)
        self.facts.setPlainText(prefill.facts)
        self.risk.setCurrentIndex(max(0, self.risk.findData(prefill.risk_level)))
        if prefill.applicant is not None:
            self.party_editors[0].fill(prefill.applicant)
        origin = prefill.grid_event_number or (prefill.visit.label if prefill.visit else "")
        self.setWindowTitle(self.tr("受理纠纷（来自 {origin}）").format(origin=origin))

    def add_party(self, role: str) -> PartyEditor:
        editor = PartyEditor(self, f"parties.{len(self.party_editors)}", role)
        self.party_editors.append(editor)
        self.party_box.addWidget(editor)
        return editor

    def remove_party(self) -> None:
        if len(self.party_editors) <= 2:
            return
        editor = self.party_editors.pop()
        for name in list(self.fields):
            if name.startswith(editor.prefix + "."):
                del self.fields[name]
        editor.deleteLater()

    def _source_changed(self) -> None:
        source = self.source.currentData()
        shown = {
            "grid_event_number": source == "grid_event",
            "visit_id": source == "visit",
            "work_order_number": source == "hotline_12345",
            "court_id": source in rules.COURT_SOURCES,
            "court_reference": source in rules.COURT_SOURCES,
            "court_procedure": source == "court_entrusted",
        }
        for name, visible in shown.items():
            row = self.fields[name]
            row.container.setVisible(visible)
            label = self.basics_form.labelForField(row.container)
            if label is not None:
                label.setVisible(visible)
        if source in rules.COURT_SOURCES:
            self.level.setCurrentIndex(self.level.findData("station"))
        if source == "visit" and self.visit.visit_id() is None:
            self.visit.run()  # the latest dispute follow-ups, until the mediator searches

    def draft(self) -> DisputeDraft:
        return DisputeDraft(
            source=self.source.currentData() or "",
            category=self.category.currentData() or "",
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            parties=[editor.draft() for editor in self.party_editors],
            amount=self.amount.text(),
            risk_level=self.risk.currentData() or "",
            level=self.level.currentData() or "",
            station_id=self.station.currentData(),
            grid_event_number=self.grid_event_number.text(),
            visit_id=self.visit.visit_id(),
            work_order_number=self.work_order.text(),
            court_id=self.court.currentData(),
            court_reference=self.court_reference.text(),
            court_procedure=self.court_procedure.currentData() or "",
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.disputes.register(draft)

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        first = next(iter(error.fields))
        self.tabs.setCurrentIndex(1 if first.startswith("parties") else 0)
        row = self.fields.get(first)
        if row is not None:
            row.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class PartyDialog(SubmitDialog):
    """Correct or complete one party (e.g. the ID number a written agreement needs), or add a
    party to an open dispute (with what brought them in)."""

    def __init__(
        self,
        app: AppContext,
        dispute_id: str,
        party: dq.PartyItem | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("编辑当事人：{name}").format(name=party.name)
            if party
            else self.tr("追加当事人")
        )
        super().__init__(app, title, parent)
        self.dispute_id, self.adding = dispute_id, party is None
        existing = draft_of(party) if party else None
        self.editor = PartyEditor(self, "", party.role if party else "respondent", existing)
        self.layout().insertWidget(0, self.editor)  # type: ignore[union-attr]
        self.reason: QLineEdit | None = None
        if self.adding:
            self.reason = self.add_field("reason", self.tr("追加说明"), QLineEdit())
            self.reason.setPlaceholderText(self.tr("如：调解中查明物业公司负有维修责任"))
        fit_width(self, 520)

    def save_call(self) -> Callable[[], Any]:
        draft, dispute_id = self.editor.draft(), self.dispute_id
        if self.reason is not None:
            reason = self.reason.text()
            return lambda: self.app.disputes.add_party(dispute_id, draft, reason)
        return lambda: self.app.disputes.update_party(dispute_id, draft)
