"""Register dialogs: household, resident (with live ID-number check), care plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gridwarden.queries.areas import AreaItem
from gridwarden.queries.households import HouseholdDetail, ResidentItem
from gridwarden.rules.register import CARE_REASONS, GENDERS, HEAD, HOUSEHOLD_TAGS, RELATIONS
from gridwarden.services.register import CarePlanDraft, HouseholdDraft, ResidentDraft
from gridwarden.validation import idnumber
from ui.app_context import AppContext
from ui.i18n import core_text, render
from ui.widgets.forms import SubmitDialog, fit_width


def fill_combo(combo: QComboBox, items: list[tuple[str, Any]], current: Any = None) -> None:
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)


class HouseholdDialog(SubmitDialog):
    draft_kind = "household"  # a draft is kept as you type (issue 12)

    def draft_key(self) -> str:
        return self.existing.id if self.existing is not None else ""

    def __init__(
        self,
        app: AppContext,
        micro_grids: list[AreaItem],
        existing: HouseholdDetail | None = None,
        default_micro: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("编辑户信息") if existing else self.tr("新增户"), parent)
        self.existing = existing
        self.address = self.add_field("address", self.tr("地址"), QLineEdit())
        self.address.setPlaceholderText(self.tr("如：工农路12号工农花苑3幢1单元101室"))
        self.micro = self.add_field("micro_grid_id", self.tr("微网格"), QComboBox())
        fill_combo(
            self.micro,
            [(m.path, m.id) for m in micro_grids],
            existing.micro_grid_id if existing else default_micro,
        )
        tag_box = QWidget()
        grid = QGridLayout(tag_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tags: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(HOUSEHOLD_TAGS.items()):
            box = QCheckBox(core_text(label))
            box.setChecked(bool(existing and code in existing.tags))
            self.tags[code] = box
            grid.addWidget(box, i // 4, i % 4)
        self.add_field("tags", self.tr("标签"), tag_box)
        self.notes = self.add_field("notes", self.tr("备注"), QPlainTextEdit())
        self.notes.setFixedHeight(60)
        if existing:
            self.address.setText(existing.address)
            self.notes.setPlainText(existing.notes)
        fit_width(self, 620)

    def draft(self) -> HouseholdDraft:
        return HouseholdDraft(
            micro_grid_id=self.micro.currentData() or "",
            address=self.address.text(),
            tags=[code for code, box in self.tags.items() if box.isChecked()],
            notes=self.notes.toPlainText(),
            id=self.existing.id if self.existing else None,
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.register.save_household(draft)


class ResidentDialog(SubmitDialog):
    def __init__(
        self,
        app: AppContext,
        household_id: str,
        existing: ResidentItem | None = None,
        has_head: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("编辑居民") if existing else self.tr("添加居民"), parent)
        self.household_id = household_id
        self.existing = existing
        self.name = self.add_field("name", self.tr("姓名"), QLineEdit())
        self.id_number = self.add_field("id_number", self.tr("身份证号"), QLineEdit())
        self.id_number.setMaxLength(22)
        self.id_number.setPlaceholderText(self.tr("18 位，末位可为 X"))
        self.id_hint = QLabel()
        self.id_hint.setObjectName("hint")
        self.form.addRow("", self.id_hint)
        self.phone = self.add_field("phone", self.tr("联系电话"), QLineEdit())
        self.relation = self.add_field("relation", self.tr("与户主关系"), QComboBox())
        default = RELATIONS[2] if has_head else HEAD  # a second person is usually a child
        fill_combo(
            self.relation,
            [(core_text(r), r) for r in RELATIONS],
            existing.relation if existing else default,
        )
        self.disabled = QCheckBox(self.tr("残疾"))
        self.subsistence = QCheckBox(self.tr("低保"))
        self.poverty = QCheckBox(self.tr("特困"))
        flags = QWidget()
        row = QGridLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate((self.disabled, self.subsistence, self.poverty)):
            row.addWidget(box, 0, i)
        self.add_field("flags", self.tr("身份"), flags)
        self.notes = self.add_field("notes", self.tr("备注"), QPlainTextEdit())
        self.notes.setFixedHeight(60)
        if existing:
            self.name.setText(existing.name)
            self.id_number.setText(existing.id_number or "")
            self.phone.setText(existing.phone)
            self.disabled.setChecked(existing.disabled)
            self.subsistence.setChecked(existing.subsistence)
            self.poverty.setChecked(existing.extreme_poverty)
            self.notes.setPlainText(existing.notes)
        self.id_number.textChanged.connect(self.check_id_number)
        self.check_id_number(self.id_number.text())
        fit_width(self, 520)

    def check_id_number(self, text: str) -> None:
        """Live feedback while typing; an error only once the number is complete."""
        row = self.fields["id_number"]
        row.clear()
        compact = "".join(text.split())
        if not compact:
            self.id_hint.setText("")
            return
        try:
            parsed = idnumber.parse(compact)
        except idnumber.IdNumberError as exc:
            self.id_hint.setText("")
            if len(compact) >= 18:
                row.show(render(exc.message))
            return
        gender = core_text(GENDERS[parsed.gender])
        place = parsed.region_name or self.tr("地区未知")
        self.id_hint.setText(
            self.tr("出生 {born} · {gender} · {place}").format(
                born=parsed.birth_date.isoformat(), gender=gender, place=place
            )
        )
        if parsed.warning:
            row.show(render(parsed.warning), kind="warning")

    def draft(self) -> ResidentDraft:
        return ResidentDraft(
            household_id=self.household_id,
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            relation=self.relation.currentData() or "",
            disabled=self.disabled.isChecked(),
            subsistence=self.subsistence.isChecked(),
            extreme_poverty=self.poverty.isChecked(),
            notes=self.notes.toPlainText(),
            id=self.existing.id if self.existing else None,
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.register.save_resident(draft)


class CarePlanDialog(SubmitDialog):
    def __init__(self, app: AppContext, resident: ResidentItem, parent: QWidget | None = None):
        super().__init__(app, self.tr("关怀对象：{name}").format(name=resident.name), parent)
        self.resident = resident
        self.reason = self.add_field("reason", self.tr("关怀原因"), QComboBox())
        fill_combo(
            self.reason, [(core_text(v), k) for k, v in CARE_REASONS.items()], resident.care_reason
        )
        self.frequency = self.add_field("frequency_days", self.tr("走访频次（天）"), QSpinBox())
        self.frequency.setRange(1, 365)
        self.frequency.setValue(
            resident.care_frequency_days or app.settings.default_care_frequency_days
        )
        self.active = QCheckBox(self.tr("列为关怀对象"))
        self.active.setChecked(True)
        self.add_field("active", "", self.active)

    def save_call(self) -> Callable[[], Any]:
        draft = CarePlanDraft(
            self.resident.id,
            self.reason.currentData() or "",
            self.frequency.value(),
            self.active.isChecked(),
        )
        return lambda: self.app.register.set_care_plan(draft)


class ReasonDialog(SubmitDialog):
    """Asks for the reason of a removal or a void, then runs `action(reason)`."""

    def __init__(
        self,
        app: AppContext,
        title: str,
        prompt: str,
        action: Callable[[str], Any],
        parent: QWidget | None = None,
        field: str = "reason",  # the name the service gives the text in its errors
    ) -> None:
        super().__init__(app, title, parent)
        self.action = action
        self.reason = self.add_field(field, prompt, QLineEdit())

    def save_call(self) -> Callable[[], Any]:
        reason = self.reason.text()
        return lambda: self.action(reason)
