"""Legal-aid dialogs: take an application at the window (one applicant, or a group with an
Excel import), and take one lifecycle step (for one applicant or several of a group).

The eligibility preview runs the pure rules (rules.legal_aid_eligibility) on what is typed: no
store access on the UI thread, and each conclusion shows the article it rests on.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.imports.applicants import SheetRow, check_rows, read_applicants, write_template
from gridwarden.queries.legal_aid import ApplicationDetail, UnitItem
from gridwarden.queries.legal_aid_register import Offer, RegisterPerson
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.register import GENDERS
from gridwarden.services.legal_aid import (
    ApplicantDraft,
    ApplicationDraft,
    GroupDraft,
    LegalAidService,
    MatterDraft,
)
from gridwarden.validation import idnumber
from ui.app_context import AppContext
from ui.dialogs.legal_aid_fields import AgentFields, FactBoxes, typed_applicant
from ui.dialogs.legal_aid_register import RegisterOffer
from ui.dialogs.register import fill_combo
from ui.i18n import core_text, render
from ui.pages.base import section_label
from ui.widgets.forms import SubmitDialog

EXCEL_FILTER = "Excel (*.xlsx);;所有文件 (*)"
LEVEL_MARKS = {
    el.OK: ("✔", "#2e7d32"),
    el.REVIEW: ("？", "#b26a00"),
    el.FAIL: ("✘", "#c62828"),
    el.URGENT: ("⚠", "#c62828"),
    el.INFO: ("·", "#555555"),
}


def findings_html(assessment: el.Assessment) -> str:
    """The assessment as lines a clerk reads top to bottom: mark, conclusion, article."""
    lines = []
    for finding in assessment.findings:
        mark, colour = LEVEL_MARKS[finding.level]
        cite = core_text(la.LAW) + core_text(finding.article) if finding.article else ""
        cite_html = f" <span style='color:#555'>——{html.escape(cite)}</span>" if cite else ""
        text = html.escape(finding.text.render(core_text))
        lines.append(f"<span style='color:{colour}'>{mark}</span> {text}{cite_html}")
    outcome = core_text(el.OUTCOME_LABELS[assessment.outcome])
    colour = {"eligible": "#2e7d32", "needs_review": "#b26a00"}.get(assessment.outcome, "#c62828")
    head = f"<b style='color:{colour}'>{html.escape(outcome)}</b>"
    return head + "<br>" + "<br>".join(lines)


# Where a matter usually goes first: labour disputes to arbitration (劳动争议调解仲裁法 Art. 5),
# criminal matters to the criminal proceedings, state compensation to the liable organ.
USUAL_PROCEEDING = {
    "labour_pay": "labour_arbitration",
    "labour_relation": "labour_arbitration",
    "criminal_defence": "criminal_litigation",
    "criminal_victim": "criminal_litigation",
    "state_compensation": "state_compensation_claim",
    "acquittal_compensation": "state_compensation_claim",
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def facts_of(
    birth: date | None, gender: str | None, flags: dict[str, bool], has_agent: bool
) -> el.ApplicantFacts:
    return el.ApplicantFacts(birth_date=birth, gender=gender, has_agent=has_agent, **flags)


class Checklist(QWidget):
    """Checkboxes for the materials a matter needs; keeps what was ticked when the list changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.ticked: set[str] = set()
        self.on_change: Callable[[], None] = lambda: None

    def set_items(self, codes: Sequence[str]) -> None:
        if list(codes) == list(self.boxes):
            return
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for i, code in enumerate(codes):
            box = QCheckBox(core_text(la.MATERIALS[code]))
            box.setObjectName(f"material_{code}")
            box.setChecked(code in self.ticked)
            box.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.boxes[code] = box
            self.grid.addWidget(box, i // 2, i % 2)

    def _toggled(self, code: str, on: bool) -> None:
        if on:
            self.ticked.add(code)
        else:
            self.ticked.discard(code)
        self.on_change()

    def tick(self, codes: Sequence[str]) -> None:
        self.ticked |= set(codes)
        for code in codes:
            if code in self.boxes:
                self.boxes[code].setChecked(True)

    def provided(self) -> list[str]:
        return [code for code in la.MATERIALS if code in self.ticked]


class MatterFields:
    """The matter part of an intake form, shared by the single and the group dialog."""

    def __init__(
        self,
        dialog: SubmitDialog,
        windows: list[UnitItem],
        agencies: list[UnitItem],
        on_change: Callable[[], None],
        today: date,
    ) -> None:
        tr = dialog.tr
        self.windows, self.agencies = windows, agencies
        self.window = dialog.add_field("window_id", tr("受理窗口"), QComboBox())
        fill_combo(self.window, [(w.name, w.id) for w in windows])
        self.matter = dialog.add_field("matter_type", tr("申请事项"), QComboBox())
        for group, heading in la.GROUP_LABELS.items():
            self.matter.addItem(f"—— {core_text(heading)} ——", None)
            item = self.matter.model().item(self.matter.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            for t in la.MATTER_TYPES.values():
                if t.group == group:
                    article = core_text(t.article)
                    label = core_text(t.label) + (f"（{article}）" if article else "")
                    self.matter.addItem(label, t.code)
        self.matter.setCurrentIndex(self.matter.findData("labour_pay"))
        self.basis = dialog.add_field("other_basis", tr("规定该事项的法规"), QLineEdit())
        self.basis.setPlaceholderText(
            tr("「其他情形」须注明法律、法规或规章，如《江苏省法律援助条例》")
        )
        self.proceeding = dialog.add_field("proceeding", tr("程序"), QComboBox())
        fill_combo(self.proceeding, [(core_text(v), k) for k, v in la.PROCEEDINGS.items()])
        self.body = dialog.add_field("handling_body", tr("受理法院或机关"), QLineEdit())
        self.body.setPlaceholderText(
            tr("诉讼事项据此确定管辖（第三十八条），如 南通市崇川区人民法院")
        )
        self.agency = dialog.add_field("competent_agency_id", tr("管辖的法律援助机构"), QComboBox())
        fill_combo(self.agency, [(a.name, a.id) for a in agencies])
        self.city_wide = QLabel()
        self.city_wide.setObjectName("hint")
        dialog.form.addRow("", self.city_wide)
        self.opposing = dialog.add_field("opposing_party", tr("对方当事人"), QLineEdit())
        self.code = dialog.add_field("opposing_code", tr("对方统一社会信用代码"), QLineEdit())
        self.code.setPlaceholderText(tr("对方为单位时填写（18 位）"))
        self.summary = dialog.add_field("summary", tr("案情及请求"), QPlainTextEdit())
        self.summary.setFixedHeight(70)
        limit = QWidget()
        row = QHBoxLayout(limit)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_limit = QCheckBox(tr("有时效或期限"))
        self.limit_date = QDateEdit(_qdate(today).addDays(30))
        self.limit_date.setObjectName("limitationDate")
        self.limit_date.setCalendarPopup(True)
        self.limit_date.setDisplayFormat("yyyy-MM-dd")
        self.limit_note = QLineEdit()
        self.limit_note.setPlaceholderText(tr("如：劳动仲裁时效、上诉期限"))
        for widget in (self.has_limit, self.limit_date, self.limit_note):
            row.addWidget(widget)
        dialog.add_field("limitation_date", tr("时效/期限届满日"), limit)
        self.preservation = QCheckBox(tr("需要立即申请财产保全、证据保全或先予执行（第四十四条）"))
        dialog.add_field("urgent_preservation", "", self.preservation)

        self.window.currentIndexChanged.connect(lambda _i: self._window_changed(on_change))
        self.agency.currentIndexChanged.connect(lambda _i: self._agency_changed(on_change))
        self.matter.currentIndexChanged.connect(lambda _i: self._matter_changed(on_change))
        for signal in (
            self.has_limit.toggled,
            self.limit_date.dateChanged,
            self.limit_note.textChanged,
            self.preservation.toggled,
            self.basis.textChanged,
        ):
            signal.connect(lambda *_a: on_change())
        self._window_changed(lambda: None)
        self._matter_changed(lambda: None)

    def own_agency(self) -> str | None:
        window = next((w for w in self.windows if w.id == self.window.currentData()), None)
        return window.parent_id if window else None

    def _window_changed(self, on_change: Callable[[], None]) -> None:
        own = self.own_agency()
        if own:
            self.agency.setCurrentIndex(max(0, self.agency.findData(own)))
        self._agency_changed(on_change)

    def _agency_changed(self, on_change: Callable[[], None]) -> None:
        chosen = self.agency.currentData()
        if chosen and chosen != self.own_agency():
            self.city_wide.setText(
                self.city_wide.tr("通城通办：本窗口受理后转交{agency}（第三十八条）").format(
                    agency=self.agency.currentText()
                )
            )
        else:
            self.city_wide.setText("")
        on_change()

    def _matter_changed(self, on_change: Callable[[], None]) -> None:
        code = self.matter.currentData()
        matter = la.MATTER_TYPES.get(code or "")
        self.basis.setEnabled(bool(matter and matter.needs_basis))
        usual = USUAL_PROCEEDING.get(code or "")
        if usual:  # the clerk may still choose another
            self.proceeding.setCurrentIndex(self.proceeding.findData(usual))
        on_change()

    def matter_code(self) -> str:
        return str(self.matter.currentData() or "")

    def draft(self, group_name: str = "", source_dispute_id: str | None = None) -> MatterDraft:
        return MatterDraft(
            window_id=self.window.currentData() or "",
            matter_type=self.matter_code(),
            proceeding=self.proceeding.currentData() or "",
            summary=self.summary.toPlainText(),
            competent_agency_id=self.agency.currentData(),
            other_basis=self.basis.text(),
            opposing_party=self.opposing.text(),
            opposing_code=self.code.text(),
            handling_body=self.body.text(),
            limitation_date=self.limit_date.date().toPython()
            if self.has_limit.isChecked()
            else None,  # type: ignore[arg-type]
            limitation_note=self.limit_note.text() if self.has_limit.isChecked() else "",
            urgent_preservation=self.preservation.isChecked(),
            group_name=group_name,
            source_dispute_id=source_dispute_id,
        )

    def facts(self) -> el.MatterFacts:
        draft = self.draft()
        own = self.own_agency()
        return el.MatterFacts(
            matter_type=draft.matter_type or "other",
            other_basis=draft.other_basis,
            limitation_date=draft.limitation_date,
            limitation_note=draft.limitation_note,
            urgent_preservation=draft.urgent_preservation,
            city_wide=bool(draft.competent_agency_id and draft.competent_agency_id != own),
            competent_agency=self.agency.currentText(),
        )


def _scrolling(dialog: SubmitDialog) -> None:
    """Move a long form into a scroll area (the buttons stay visible)."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.removeItem(dialog.form)
    body = QWidget()
    body.setLayout(dialog.form)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    layout.insertWidget(0, scroll, 1)


class IntakeDialog(SubmitDialog):
    """One applicant at the window: the applicant, the matter, the materials, and the
    eligibility as the law sees it, live."""

    def __init__(
        self,
        app: AppContext,
        service: LegalAidService,
        windows: list[UnitItem],
        agencies: list[UnitItem],
        prefill: ApplicationDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("法律援助申请（窗口受理）"), parent)
        self.service = service
        self.today = app.clock.today()
        self.source_dispute_id = prefill.matter.source_dispute_id if prefill else None
        tr = self.tr
        if self.source_dispute_id:
            source = QLabel(tr("由纠纷调解转来（调解不成）：已带入当事人与案情，请核对补全。"))
            source.setObjectName("hint")
            self.form.addRow(source)
        self.form.addRow(section_label(tr("申请人")))
        self.name = self.add_field("name", tr("姓名"), QLineEdit())
        self.id_number = self.add_field("id_number", tr("身份证号"), QLineEdit())
        self.id_number.setMaxLength(22)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("hint")
        self.form.addRow("", self.id_hint)
        self.register_offer = RegisterOffer(app, self._form_state)
        self.register_offer.chosen.connect(self.use_register)
        self.form.addRow("", self.register_offer)
        self.register_source: tuple[str, list[str]] | None = None  # resident id, fields used
        self.phone = self.add_field("phone", tr("联系电话"), QLineEdit())
        self.address = self.add_field("address", tr("住址"), QLineEdit())
        agent = AgentFields(self)
        self.agent_name, self.agent_relation, self.agent_phone = (
            agent.name,
            agent.relation,
            agent.phone,
        )
        self.facts = FactBoxes(self, on_change=self.update_preview).boxes
        self.claim = self.add_field("claim_amount", tr("请求金额（元）"), QLineEdit())

        self.form.addRow(section_label(tr("申请事项")))
        self.matter = MatterFields(self, windows, agencies, self.update_preview, self.today)

        self.form.addRow(section_label(tr("材料清单（已提交的打勾；缺的将一次性告知）")))
        self.checklist = self.add_field("materials", "", Checklist())
        self.checklist.on_change = self.update_preview
        self.form.addRow(section_label(tr("资格审查（依《法律援助法》逐项）")))
        self.preview = QLabel()
        self.preview.setObjectName("assessmentPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.preview)
        _scrolling(self)

        self.id_number.textChanged.connect(lambda _t: self.update_preview())
        self.id_number.textChanged.connect(self._id_changed)
        self.id_number.editingFinished.connect(
            lambda: self.register_offer.look_up(self.id_number.text(), finished=True)
        )
        self.agent_name.textChanged.connect(lambda _t: self.update_preview())
        if prefill:
            self._fill(prefill)
        self.update_preview()
        self.name.setFocus()
        self.resize(860, 820)

    def _fill(self, prefill: ApplicationDraft) -> None:
        a, m = prefill.applicant, prefill.matter
        self.name.setText(a.name)
        self.id_number.setText(a.id_number)
        self.phone.setText(a.phone)
        self.address.setText(a.address)
        for code, on in a.facts.items():
            if code in self.facts:
                self.facts[code].setChecked(on)
        self.claim.setText(a.claim_amount)
        self.checklist.tick(a.materials)
        fields = self.matter
        index = fields.matter.findData(m.matter_type)
        if index >= 0:
            fields.matter.setCurrentIndex(index)
        fields.proceeding.setCurrentIndex(max(0, fields.proceeding.findData(m.proceeding)))
        if m.window_id:
            fields.window.setCurrentIndex(max(0, fields.window.findData(m.window_id)))
        fields.summary.setPlainText(m.summary)
        fields.opposing.setText(m.opposing_party)
        fields.body.setText(m.handling_body)

    # --- the resident register ------------------------------------------------------------------
    def _id_changed(self, text: str) -> None:
        self.register_source = None  # what was taken from the register was for another number
        self.register_offer.look_up(text)

    def _form_state(self) -> tuple[dict[str, str], set[str]]:
        typed = {"name": self.name.text(), "phone": self.phone.text(),
                 "address": self.address.text()}  # fmt: skip
        return typed, {code for code, box in self.facts.items() if box.isChecked()}

    def use_register(self, person: RegisterPerson, chosen: list[Offer]) -> None:
        """Fill in what the clerk confirmed; the application will say it came from the register."""
        texts = {"name": self.name, "phone": self.phone, "address": self.address}
        for offer in chosen:
            if offer.field in texts:
                texts[offer.field].setText(str(offer.value))
            elif offer.field in self.facts:
                self.facts[offer.field].setChecked(bool(offer.value))
        if chosen:
            self.register_source = (person.resident_id, [offer.field for offer in chosen])
        self.update_preview()

    def parsed_id(self) -> idnumber.ParsedId | None:
        try:
            return idnumber.parse(self.id_number.text())
        except idnumber.IdNumberError:
            return None

    def _check_id(self) -> None:
        """An error once the number is complete, a warning for a retired region code."""
        row = self.fields["id_number"]
        row.clear()
        compact = "".join(self.id_number.text().split())
        try:
            parsed = idnumber.parse(compact)
        except idnumber.IdNumberError as exc:
            if len(compact) >= 18:
                row.show(render(exc.message))
            return
        if parsed.warning:
            row.show(render(parsed.warning), kind="warning")

    def applicant_facts(self) -> el.ApplicantFacts:
        parsed = self.parsed_id()
        return facts_of(
            parsed.birth_date if parsed else None,
            parsed.gender if parsed else None,
            {code: box.isChecked() for code, box in self.facts.items()},
            bool(self.agent_name.text().strip()),
        )

    def update_preview(self) -> None:
        if not hasattr(self, "preview"):
            return  # still being built
        parsed = self.parsed_id()
        self._check_id()
        if parsed:
            age = el.age_on(parsed.birth_date, self.today)
            self.id_hint.setText(
                self.tr("{gender}，{born} 生，{age} 岁").format(
                    gender=core_text(GENDERS[parsed.gender]),
                    born=parsed.birth_date.isoformat(),
                    age=age,
                )
            )
        else:
            self.id_hint.setText("")
        if not self.matter.matter_code():
            return
        facts = self.applicant_facts()
        provided = self.checklist.provided()
        self.checklist.set_items(
            el.required_materials(facts, self.matter.matter_code(), provided, self.today)
        )
        self.assessment = el.assess(facts, self.matter.facts(), provided, self.today)
        self.preview.setText(findings_html(self.assessment))

    def draft(self) -> ApplicationDraft:
        source = self.register_source
        applicant = typed_applicant(
            self,
            self.id_number.text(),
            materials=self.checklist.provided(),
            register_resident_id=source[0] if source else None,
            register_fields=tuple(source[1]) if source else (),
        )
        return ApplicationDraft(
            self.matter.draft(source_dispute_id=self.source_dispute_id), applicant
        )

    def save_call(self) -> Callable[[], Any]:
        draft, service = self.draft(), self.service
        return lambda: service.intake(draft)


APPLICANT_COLUMNS = ["姓名", "身份证号", "手机", "住址", "金额（元）", "进城务工", "问题"]


class GroupIntakeDialog(SubmitDialog):
    """One matter, many applicants: entered once, the applicants in a table (typed or imported
    from Excel), every bad row shown with what is wrong. One application per applicant."""

    def __init__(
        self,
        app: AppContext,
        service: LegalAidService,
        windows: list[UnitItem],
        agencies: list[UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("群体案件（一案多人）"), parent)
        self.service = service
        self.today = app.clock.today()
        tr = self.tr
        self.group_name = self.add_field("group_name", tr("群体案件名称"), QLineEdit())
        self.group_name.setPlaceholderText(tr("如：惠民超市派遣员工欠薪群体案件（27人）"))
        self.matter = MatterFields(self, windows, agencies, self._matter_changed, self.today)
        self.form.addRow(section_label(tr("申请人名单")))
        self.table = QTableWidget(0, len(APPLICANT_COLUMNS))
        self.table.setObjectName("groupApplicants")
        self.table.setHorizontalHeaderLabels([tr(c) for c in APPLICANT_COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(220)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.recheck())
        self.add_field("applicants", "", self.table)
        buttons = QHBoxLayout()
        load = QPushButton(tr("从 Excel 导入…"))
        load.clicked.connect(self.pick_sheet)
        blank = QPushButton(tr("空白名单模板…"))
        blank.clicked.connect(self.save_template)
        add = QPushButton(tr("添加一行"))
        add.clicked.connect(
            lambda: self.add_row(SheetRow(self.table.rowCount() + 1, ApplicantDraft("", "")))
        )
        remove = QPushButton(tr("删除所选行"))
        remove.clicked.connect(self.remove_selected)
        for button in (load, blank, add, remove):
            buttons.addWidget(button)
        buttons.addStretch()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hint")
        buttons.addWidget(self.summary_label)
        holder = QWidget()
        holder.setLayout(buttons)
        self.form.addRow(holder)
        self.form.addRow(section_label(tr("每位申请人均已提交的材料")))
        self.checklist = self.add_field("materials", "", Checklist())
        self._matter_changed()
        _scrolling(self)
        self.rows: list[SheetRow] = []
        self.resize(980, 860)

    def _matter_changed(self) -> None:
        if not hasattr(self, "checklist"):
            return  # still being built
        code = self.matter.matter_code()
        if not code:
            return
        worker = el.ApplicantFacts(migrant_worker=True)
        items = list(el.required_materials(worker, code, [], self.today))
        if "hardship_statement" not in items and la.MATTER_TYPES[code].group != la.ART32:
            items.insert(2, "hardship_statement")
        self.checklist.set_items(items)

    # --- the table ----------------------------------------------------------------------------
    def pick_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择申请人名单"), "", EXCEL_FILTER)
        if path:
            self.load_sheet(Path(path))

    def save_template(self) -> None:
        default = str(self.app.store.paths.exports / "申请人名单模板.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存名单模板"), default, EXCEL_FILTER)
        if path:
            write_template(Path(path))

    def load_sheet(self, path: Path) -> None:
        result = read_applicants(path, self.today)
        if result.problems:
            self.fields["applicants"].show("；".join(render(m) for m in result.problems))
            return
        for row in result.rows:
            self.add_row(row)
        self.recheck()

    def add_row(self, row: SheetRow) -> None:
        self.table.blockSignals(True)
        at = self.table.rowCount()
        self.table.insertRow(at)
        d = row.draft
        values = [d.name, d.id_number, d.phone, d.address, d.claim_amount,
                  "是" if d.flag("migrant_worker") else "否", ""]  # fmt: skip
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == len(values) - 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(at, column, item)
        self.table.blockSignals(False)
        self.recheck()

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self.recheck()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def drafts(self) -> list[ApplicantDraft]:
        materials = self.checklist.provided()
        return [
            ApplicantDraft(
                name=self._cell(r, 0),
                id_number=self._cell(r, 1),
                phone=self._cell(r, 2),
                address=self._cell(r, 3),
                claim_amount=self._cell(r, 4),
                facts={"migrant_worker": self._cell(r, 5) in ("是", "Y", "y", "1", "√")},
                materials=list(materials),
            )
            for r in range(self.table.rowCount())
        ]

    def recheck(self) -> None:
        """Check every row (the same rules as the service) and mark the bad ones."""
        self.rows = [SheetRow(i + 1, d) for i, d in enumerate(self.drafts())]
        check_rows(self.rows, self.today)
        self.table.blockSignals(True)
        problem_column = len(APPLICANT_COLUMNS) - 1
        for r, row in enumerate(self.rows):
            colour = QBrush(QColor("#fde0dc")) if not row.ok else QBrush()
            for column in range(self.table.columnCount()):
                item = self.table.item(r, column)
                if item is not None:
                    item.setBackground(colour)
            problem = self.table.item(r, problem_column)
            if problem is not None:
                problem.setText(row.problem())
                problem.setForeground(QBrush(QColor("#c62828")))
        self.table.blockSignals(False)
        bad = sum(1 for row in self.rows if not row.ok)
        self.summary_label.setText(
            self.tr("共 {n} 人，{bad} 行有误").format(n=len(self.rows), bad=bad)
            if bad
            else self.tr("共 {n} 人").format(n=len(self.rows))
        )

    def save_call(self) -> Callable[[], Any]:
        draft = GroupDraft(self.matter.draft(group_name=self.group_name.text()), self.drafts())
        service = self.service
        return lambda: service.intake_group(draft)


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
            self.tr("{n} 名申请人").format(n=len(application_ids))
            if len(application_ids) > 1
            else (detail.row.name if detail else "")
        )
        super().__init__(app, self.tr("{action}：{who}").format(action=label, who=who), parent)
        self.service, self.ids, self.status, self.action = service, application_ids, status, action
        tr = self.tr
        act = life.Action(action)
        assessment = detail.assessment if detail else None
        if act is life.Action.COMPLETE:
            self.checklist = self.add_field("materials", tr("本次补交的材料"), Checklist())
            self.checklist.set_items(list(assessment.missing) if assessment else [])
        if act is life.Action.FORWARD:
            self.agency = self.add_field("agency_id", tr("转交至"), QComboBox())
            own = detail.own_agency if detail else ""
            fill_combo(self.agency, [(a.name, a.id) for a in agencies if a.name != own])
            if detail:
                self.agency.setCurrentIndex(max(0, self.agency.findText(detail.competent_agency)))
            self.receiver = self.add_field("receiver", tr("接收人"), QLineEdit())
        if act in (life.Action.ASSIGN, life.Action.ADVANCE):
            self.assignee = self.add_field("assignee_name", tr("法律援助人员"), QLineEdit())
            self.kind = self.add_field("assignee_kind", tr("类别"), QComboBox())
            fill_combo(self.kind, [(core_text(v), k) for k, v in la.ASSIGNEE_KINDS.items()])
            self.unit = self.add_field("assignee_unit", tr("律师事务所或单位"), QLineEdit())
            if detail and detail.assignee_name:  # the worker who started aid in advance
                self.assignee.setText(detail.assignee_name)
                self.unit.setText(detail.assignee_unit)
                self.kind.setCurrentIndex(max(0, self.kind.findData(detail.assignee_kind)))
        self.hardship: QComboBox | None = None
        self.not_met: QCheckBox | None = None
        if act is life.Action.GRANT and (assessment is None or assessment.hardship == "review"):
            self.hardship = self.add_field(
                "hardship", tr("经济困难审查（第四十一条）"), QComboBox()
            )
            fill_combo(
                self.hardship,
                [(tr("请选择"), "")]
                + [(core_text(la.HARDSHIP_REVIEW[k]), k) for k in ("verified", "pledged")],
            )
        if act is life.Action.REFUSE:
            self.reasons = self.add_field("reasons", tr("不予援助的理由（书面）"), QPlainTextEdit())
            self.reasons.setFixedHeight(90)
            self.basis = self.add_field("legal_basis", tr("依据的条款"), QLineEdit())
            if assessment:
                failed = [f for f in assessment.findings if f.level == el.FAIL]
                self.reasons.setPlainText("；".join(f.text.render(core_text) for f in failed))
                self.basis.setText("、".join(dict.fromkeys(
                    core_text(la.LAW) + core_text(f.article) for f in failed if f.article
                )))  # fmt: skip
                if assessment.hardship == "review":
                    self.not_met = QCheckBox(tr("经审查不符合经济困难标准"))
                    self.add_field("hardship", "", self.not_met)
        if act is life.Action.OBJECT:
            self.received_on = self.add_field(
                "received_on", tr("司法行政部门收到异议日期"), QDateEdit(_qdate(app.clock.today()))
            )
            self.received_on.setCalendarPopup(True)
            self.received_on.setDisplayFormat("yyyy-MM-dd")
        if act is life.Action.WITHDRAW:
            self.reason = self.add_field("withdraw_reason", tr("撤回原因"), QComboBox())
            fill_combo(self.reason, [(core_text(v), k) for k, v in la.WITHDRAW_REASONS.items()])
        if act is life.Action.END:
            self.ground = self.add_field("ground", tr("终止情形（第四十八条）"), QComboBox())
            fill_combo(self.ground, [(core_text(v), k) for k, v in la.END_GROUNDS.items()])
        note_label = {
            life.Action.OBJECT: tr("异议内容"),
            life.Action.UPHOLD: tr("审查意见"),
            life.Action.CORRECT: tr("审查意见"),
        }.get(act, tr("说明"))
        self.note = self.add_field("note", note_label, QPlainTextEdit())
        self.note.setFixedHeight(70)
        self.resize(560, self.sizeHint().height())

    def step(self) -> life.StepInput:
        act = life.Action(self.action)
        values: dict[str, Any] = {"note": self.note.toPlainText()}
        if act is life.Action.COMPLETE:
            values["materials"] = tuple(self.checklist.provided())
        if act is life.Action.FORWARD:
            values.update(agency_id=self.agency.currentData(), receiver=self.receiver.text())
        if act in (life.Action.ASSIGN, life.Action.ADVANCE):
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
        return life.StepInput(**values)

    def save_call(self) -> Callable[[], Any]:
        step, ids, action, status, service = (
            self.step(),
            list(self.ids),
            self.action,
            self.status,
            self.service,
        )
        if len(ids) == 1:  # the status the clerk saw, when they saw one
            return lambda: service.act(ids[0], action, step, expected_status=status or None)
        return lambda: service.act_many(ids, action, step)
