"""Legal-aid intake at the window: one applicant, the matter, the materials and the assessment;
the parts a group case's form shares (ui/dialogs/legal_aid_group.py). The step dialog is in
ui/dialogs/legal_aid_step.py.

The eligibility preview runs the pure rules (rules.legal_aid_eligibility) on what is typed: no
store access on the UI thread, and each conclusion shows the article it rests on.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import LOCAL_TZ
from gridwarden.queries.legal_aid import UnitItem
from gridwarden.queries.legal_aid_register import Offer, RegisterPerson
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules.register import GENDERS, age_on
from gridwarden.services.legal_aid import (
    ApplicationDraft,
    LegalAidService,
    MatterDraft,
)
from gridwarden.validation import idnumber
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.legal_aid_fields import AgentFields, FactBoxes, typed_applicant
from ui.dialogs.legal_aid_register import RegisterOffer
from ui.dialogs.register import fill_combo
from ui.i18n import core_text, render
from ui.pages.base import section_label
from ui.widgets.forms import SubmitDialog
from ui.widgets.wrapping_grid import WrappingGrid


def excel_filter() -> str:
    return QCoreApplication.translate("files", "Excel (*.xlsx);;所有文件 (*)")


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
        cite = fmt.cite(la.LAW, finding.article) if finding.article else ""
        cite_html = (
            " <span style='color:#555'>{}</span>".format(
                html.escape(QCoreApplication.translate("legal_aid", "——{cite}").format(cite=cite))
            )
            if cite
            else ""
        )
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


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def facts_of(
    birth: date | None,
    gender: str | None,
    flags: dict[str, bool],
    has_agent: bool,
    presumption_basis: str = "",
    organisation: bool = False,
) -> el.ApplicantFacts:
    values: dict[str, Any] = dict(flags)
    return el.ApplicantFacts(
        birth_date=birth,
        gender=gender,
        has_agent=has_agent,
        presumption_basis=presumption_basis,
        organisation=organisation,
        **values,
    )


class Checklist(QWidget):
    """Checkboxes for the materials a matter needs; keeps what was ticked when the list changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = WrappingGrid(self, columns=2)
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
        for code in codes:
            box = QCheckBox(core_text(la.MATERIALS[code]))
            box.setObjectName(f"material_{code}")
            box.setChecked(code in self.ticked)
            box.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.boxes[code] = box
            self.grid.addWidget(box)

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
        self.windows, self.agencies = windows, agencies
        self.window = dialog.add_field(
            "window_id", QCoreApplication.translate("legal_aid", "受理窗口"), QComboBox()
        )
        fill_combo(self.window, [(w.name, w.id) for w in windows])
        self.matter = self._matter_combo(dialog)
        self.basis = dialog.add_field(
            "other_basis", QCoreApplication.translate("legal_aid", "规定该事项的法规"), QLineEdit()
        )
        self.basis.setPlaceholderText(
            QCoreApplication.translate(
                "legal_aid", "「其他情形」须注明法律、法规或规章，如《江苏省法律援助条例》"
            )
        )
        self.proceeding = dialog.add_field(
            "proceeding", QCoreApplication.translate("legal_aid", "程序"), QComboBox()
        )
        fill_combo(self.proceeding, [(core_text(v), k) for k, v in la.PROCEEDINGS.items()])
        self.body = dialog.add_field(
            "handling_body", QCoreApplication.translate("legal_aid", "受理法院或机关"), QLineEdit()
        )
        self.body.setPlaceholderText(
            QCoreApplication.translate(
                "legal_aid", "诉讼事项据此确定管辖（第三十八条），如 南通市崇川区人民法院"
            )
        )
        self.agency = dialog.add_field(
            "competent_agency_id",
            QCoreApplication.translate("legal_aid", "管辖的法律援助机构"),
            QComboBox(),
        )
        fill_combo(self.agency, [(a.name, a.id) for a in agencies])
        self.city_wide = QLabel()
        self.city_wide.setObjectName("hint")
        dialog.form.addRow("", self.city_wide)
        self.opposing = dialog.add_field(
            "opposing_party", QCoreApplication.translate("legal_aid", "对方当事人"), QLineEdit()
        )
        self.code = dialog.add_field(
            "opposing_code",
            QCoreApplication.translate("legal_aid", "对方统一社会信用代码"),
            QLineEdit(),
        )
        self.code.setPlaceholderText(
            QCoreApplication.translate("legal_aid", "对方为单位时填写（18 位）")
        )
        self.summary = dialog.add_field(
            "summary", QCoreApplication.translate("legal_aid", "案情及请求"), QPlainTextEdit()
        )
        self.summary.setFixedHeight(70)
        self._limitation_fields(dialog, today)
        self.preservation = QCheckBox(
            QCoreApplication.translate(
                "legal_aid", "需要立即申请财产保全、证据保全或先予执行（第四十四条）"
            )
        )
        dialog.add_field("urgent_preservation", "", self.preservation)
        self.urgent_basis = dialog.add_field(
            "urgent_basis",
            QCoreApplication.translate("legal_aid", "其他可先行援助的情形"),
            QLineEdit(),
        )
        self.urgent_basis.setPlaceholderText(
            QCoreApplication.translate(
                "legal_aid", "法律、法规、规章规定的其他情形（第四十四条第（三）项），注明依据"
            )
        )
        self.criminal_reason = dialog.add_field(
            "criminal_reason",
            QCoreApplication.translate("legal_aid", "没有委托辩护人的原因（第二十四条）"),
            QComboBox(),
        )
        fill_combo(
            self.criminal_reason,
            [(core_text(v), k) for k, v in la.CRIMINAL_REASONS.items()],
        )
        self._custody_fields(dialog)

        self.window.currentIndexChanged.connect(lambda _i: self._window_changed(on_change))
        self.agency.currentIndexChanged.connect(lambda _i: self._agency_changed(on_change))
        self.matter.currentIndexChanged.connect(lambda _i: self._matter_changed(on_change))
        for signal in (
            self.has_limit.toggled,
            self.limit_date.dateChanged,
            self.limit_note.textChanged,
            self.preservation.toggled,
            self.basis.textChanged,
            self.urgent_basis.textChanged,
            self.criminal_reason.currentIndexChanged,
            self.detained.toggled,
            self.custody_applied.dateTimeChanged,
            self.custody_received.dateTimeChanged,
        ):
            signal.connect(lambda *_a: on_change())
        self._window_changed(lambda: None)
        self._matter_changed(lambda: None)

    def own_agency(self) -> str | None:
        window = next((w for w in self.windows if w.id == self.window.currentData()), None)
        return window.parent_id if window else None

    @staticmethod
    def _matter_combo(dialog: SubmitDialog) -> QComboBox:
        """The matter types under their group headings (Arts. 31, 32…); notified cases are
        registered as notifications instead."""
        matter = dialog.add_field(
            "matter_type", QCoreApplication.translate("legal_aid", "申请事项"), QComboBox()
        )
        for group, heading in la.GROUP_LABELS.items():
            matter.addItem(f"—— {core_text(heading)} ——", None)
            item = matter.model().item(matter.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            for t in la.MATTER_TYPES.values():
                if t.group == group and not t.notified:  # notified cases: 登记通知
                    label = core_text(t.label)
                    if t.article:
                        label = fmt.noted(label, core_text(t.article))
                    matter.addItem(label, t.code)
        matter.setCurrentIndex(matter.findData("labour_pay"))
        # long labels are cut in the box, whole in the list: the form fits a 1366×768 screen
        matter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        matter.setMinimumContentsLength(28)
        return matter

    def _limitation_fields(self, dialog: SubmitDialog, today: date) -> None:
        """A limitation period or deadline running out (Art. 44: aid may be given first)."""
        limit = QWidget()
        row = QHBoxLayout(limit)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_limit = QCheckBox(QCoreApplication.translate("legal_aid", "有时效或期限"))
        self.limit_date = QDateEdit(qdate(today).addDays(30))
        self.limit_date.setObjectName("limitationDate")
        self.limit_date.setCalendarPopup(True)
        self.limit_date.setDisplayFormat("yyyy-MM-dd")
        self.limit_note = QLineEdit()
        self.limit_note.setPlaceholderText(
            QCoreApplication.translate("legal_aid", "如：劳动仲裁时效、上诉期限")
        )
        for widget in (self.has_limit, self.limit_date, self.limit_note):
            row.addWidget(widget)
        dialog.add_field(
            "limitation_date", QCoreApplication.translate("legal_aid", "时效/期限届满日"), limit
        )

    def _custody_fields(self, dialog: SubmitDialog) -> None:
        """A detainee's application forwarded by the place of custody (Art. 39), with times."""
        custody = QWidget()
        custody_rows = QVBoxLayout(custody)
        custody_rows.setContentsMargins(0, 0, 0, 0)
        custody_row, times_row = QHBoxLayout(), QHBoxLayout()
        custody_rows.addLayout(custody_row)
        custody_rows.addLayout(times_row)
        self.detained = QCheckBox(QCoreApplication.translate("legal_aid", "羁押场所转交"))
        self.detention_place = QLineEdit()
        self.detention_place.setPlaceholderText(
            QCoreApplication.translate("legal_aid", "如：南通市看守所")
        )
        now = QDateTime.currentDateTime()
        self.custody_applied = QDateTimeEdit(now.addDays(-1))
        self.custody_received = QDateTimeEdit(now)
        for edit in (self.custody_applied, self.custody_received):
            edit.setDisplayFormat("MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.custody_applied.setToolTip(
            QCoreApplication.translate("legal_aid", "被羁押人员提交申请的时间")
        )
        self.custody_received.setToolTip(
            QCoreApplication.translate("legal_aid", "本机构收到转交的时间")
        )
        custody_row.addWidget(self.detained)
        custody_row.addWidget(self.detention_place, 1)
        for edit, label in (
            (self.custody_applied, QCoreApplication.translate("legal_aid", "提交于")),
            (self.custody_received, QCoreApplication.translate("legal_aid", "本机构收到于")),
        ):
            times_row.addWidget(QLabel(label))
            times_row.addWidget(edit)
        times_row.addStretch()
        dialog.add_field(
            "custody_applied_at",
            QCoreApplication.translate("legal_aid", "被羁押人员的申请（第三十九条）"),
            custody,
        )

    def _window_changed(self, on_change: Callable[[], None]) -> None:
        own = self.own_agency()
        if own:
            self.agency.setCurrentIndex(max(0, self.agency.findData(own)))
        self._agency_changed(on_change)

    def _agency_changed(self, on_change: Callable[[], None]) -> None:
        chosen = self.agency.currentData()
        if chosen and chosen != self.own_agency():
            self.city_wide.setText(
                QCoreApplication.translate(
                    "legal_aid", "通城通办：本窗口受理后转交{agency}（第三十八条）"
                ).format(agency=self.agency.currentText())
            )
        else:
            self.city_wide.setText("")
        on_change()

    def _matter_changed(self, on_change: Callable[[], None]) -> None:
        code = self.matter.currentData()
        matter = la.MATTER_TYPES.get(code or "")
        self.basis.setEnabled(bool(matter and matter.needs_basis))
        self.criminal_reason.setEnabled(code == "criminal_defence")
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
            criminal_reason=self.criminal_reason.currentData() or "",
            urgent_basis=self.urgent_basis.text(),
            detention_place=self.detention_place.text() if self.detained.isChecked() else "",
            custody_applied_at=self._instant(self.custody_applied),
            custody_forwarded_at=self._instant(self.custody_received),
        )

    def _instant(self, edit: QDateTimeEdit) -> datetime | None:
        if not self.detained.isChecked():
            return None
        when = edit.dateTime()
        day, clock = when.date(), when.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=LOCAL_TZ
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
            criminal_reason=draft.criminal_reason
            if draft.matter_type == "criminal_defence"
            else "",
            urgent_basis=draft.urgent_basis,
            custody_hours=(
                round(
                    (draft.custody_forwarded_at - draft.custody_applied_at).total_seconds() / 3600,
                    1,
                )
                if draft.custody_applied_at and draft.custody_forwarded_at
                else None
            ),
        )


def scrolling(dialog: SubmitDialog) -> None:
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

    draft_kind = "legal_aid_intake"  # a draft is kept as you type (issue 12)

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
        if self.source_dispute_id:
            source = QLabel(self.tr("由纠纷调解转来（调解不成）：已带入当事人与案情，请核对补全。"))
            source.setObjectName("hint")
            self.form.addRow(source)
        self.form.addRow(section_label(self.tr("申请人")))
        self.kind = self.add_field("kind", self.tr("申请人类别"), QComboBox())
        fill_combo(self.kind, [(core_text(v), k) for k, v in la.APPLICANT_KINDS.items()])
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("hint")
        self.kind_hint.setWordWrap(True)
        self.form.addRow("", self.kind_hint)
        self.name = self.add_field("name", self.tr("姓名"), QLineEdit())
        self.id_number = self.add_field("id_number", self.tr("身份证号"), QLineEdit())
        self.id_number.setMaxLength(22)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("hint")
        self.form.addRow("", self.id_hint)
        self.register_offer = RegisterOffer(app, self._form_state)
        self.register_offer.chosen.connect(self.use_register)
        self.form.addRow("", self.register_offer)
        self.register_source: tuple[str, list[str]] | None = None  # resident id, fields used
        self.phone = self.add_field("phone", self.tr("联系电话"), QLineEdit())
        self.address = self.add_field("address", self.tr("住址"), QLineEdit())
        agent = AgentFields(self)
        self.agent_name, self.agent_relation, self.agent_phone = (
            agent.name,
            agent.relation,
            agent.phone,
        )
        self.facts = FactBoxes(self, on_change=self.update_preview).boxes
        self.presumption = self.add_field(
            "presumption_basis", self.tr("规定免予核查的其他人员"), QLineEdit()
        )
        self.presumption.setPlaceholderText(
            self.tr("属于法律、法规、规章规定的其他人员时注明依据（第四十二条第（四）项）")
        )
        self.presumption.textChanged.connect(lambda _t: self.update_preview())
        self.claim = self.add_field("claim_amount", self.tr("请求金额（元）"), QLineEdit())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())

        self.form.addRow(section_label(self.tr("申请事项")))
        self.matter = MatterFields(self, windows, agencies, self.update_preview, self.today)

        self.form.addRow(section_label(self.tr("材料清单（已提交的打勾；缺的将一次性告知）")))
        self.checklist = self.add_field("materials", "", Checklist())
        self.checklist.on_change = self.update_preview
        self.form.addRow(section_label(self.tr("资格审查（依《法律援助法》逐项）")))
        self.preview = QLabel()
        self.preview.setObjectName("assessmentPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.preview)
        scrolling(self)

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
        self.resize(860, 700)  # a 1366×768 laptop: the form scrolls

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

    def organisation(self) -> bool:
        return self.kind.currentData() == "organisation"

    def _kind_changed(self) -> None:
        """A unit (Art. 2) is recorded and refused at once; its credit code replaces the ID."""
        unit = self.organisation()
        self.kind_hint.setText(
            self.tr("单位不是法律援助的对象（第二条）：登记后即出具不予法律援助决定书")
            if unit
            else ""
        )
        self.id_number.setPlaceholderText(self.tr("统一社会信用代码（可不填）") if unit else "")
        for field, person, organisation in (
            ("name", self.tr("姓名"), self.tr("单位名称")),
            ("id_number", self.tr("身份证号"), self.tr("统一社会信用代码")),
        ):
            label = self.form.labelForField(self.fields[field].container)
            if isinstance(label, QLabel):
                label.setText(organisation if unit else person)
        for widget in (self.presumption, self.claim, self.agent_name):
            widget.setEnabled(not unit)
        for box in self.facts.values():
            box.setEnabled(not unit)
        self.update_preview()

    def parsed_id(self) -> idnumber.ParsedId | None:
        if self.organisation():
            return None
        try:
            return idnumber.parse(self.id_number.text(), self.today)
        except idnumber.IdNumberError:
            return None

    def _check_id(self) -> None:
        """An error once the number is complete, a warning for a retired region code."""
        row = self.fields["id_number"]
        row.clear()
        compact = "".join(self.id_number.text().split())
        if self.organisation():
            return
        try:
            parsed = idnumber.parse(compact, self.today)
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
            self.presumption.text(),
            self.organisation(),
        )

    def update_preview(self) -> None:
        if not hasattr(self, "preview"):
            return  # still being built
        parsed = self.parsed_id()
        self._check_id()
        if parsed:
            age = age_on(parsed.birth_date, self.today)
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
        matter_facts = self.matter.facts()
        self.checklist.set_items(
            el.required_materials(
                facts, self.matter.matter_code(), provided, self.today,
                matter_facts.criminal_reason,
            )
        )  # fmt: skip
        self.assessment = el.assess(facts, matter_facts, provided, self.today)
        self.preview.setText(findings_html(self.assessment))

    def draft(self) -> ApplicationDraft:
        source = self.register_source
        applicant = typed_applicant(
            self,
            self.id_number.text(),
            materials=self.checklist.provided(),
            register_resident_id=source[0] if source else None,
            register_fields=tuple(source[1]) if source else (),
            kind=self.kind.currentData() or "person",
            presumption_basis=self.presumption.text(),
        )
        return ApplicationDraft(
            self.matter.draft(source_dispute_id=self.source_dispute_id), applicant
        )

    def save_call(self) -> Callable[[], Any]:
        draft, service = self.draft(), self.service
        return lambda: service.intake(draft)
