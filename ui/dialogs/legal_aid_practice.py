"""The window's local practice (本地做法): the periods the Legal Aid Law leaves to the district and
the justice bureau refusals name. Saved through Settings (services.legal_aid_practice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from gridwarden.services.legal_aid_practice import (
    BUREAU_MAX,
    LIMITS,
    Practice,
    current,
)
from ui.app_context import AppContext
from ui.widgets.forms import SubmitDialog, fit_width


class PracticeDialog(SubmitDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, self.tr("法律援助：本地做法"), parent)
        now = current(app.settings)
        intro = QLabel(
            self.tr(
                "法律规定的期限不能更改：收到完整申请后七日内作出决定、决定援助后三日内指派"
                "（第四十三条），异议五日内审查（第四十九条）。以下是法律留给本地的做法。"
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.materials = self._days(
            "materials_days",
            self.tr("补充材料期限（天）"),
            now.materials_days,
            self.tr("一次性告知后，申请人补充材料的期限；逾期视为撤回申请（第四十三条未定天数）"),
        )
        self.forward = self._days(
            "forward_days",
            self.tr("通城通办转交期限（天）"),
            now.forward_days,
            self.tr("受理其他机构管辖的申请后，转交有管辖权的法律援助机构的期限（第三十八条）"),
        )
        self.bureau = self.add_field(
            "justice_bureau", self.tr("受理异议的司法行政部门"), QLineEdit()
        )
        self.bureau.setMaxLength(BUREAU_MAX + 20)  # a longer name is named as an error
        self.bureau.setText(now.justice_bureau)
        self.bureau.setPlaceholderText(self.tr("如：南通市崇川区司法局"))
        self._hint(
            self.tr(
                "写入不予法律援助决定书的异议途径（第四十九条）；不填则写"
                "“设立本法律援助机构的司法行政部门”"
            )
        )
        self.near = self._days(
            "near_days",
            self.tr("“今日”提前提醒（天）"),
            now.near_days,
            self.tr("期限在这么多天内到期的申请列入“今日”"),
        )
        note = QLabel(self.tr("修改只影响此后发出的告知和受理的申请；已告知申请人的期限不变。"))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        fit_width(self, 600)

    def _days(self, name: str, label: str, value: int, hint: str) -> QSpinBox:
        least, most = LIMITS[name]
        box = self.add_field(name, label, QSpinBox())
        box.setObjectName(name)
        box.setRange(least, most)
        box.setValue(value)
        self._hint(hint)
        return box

    def _hint(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        self.form.addRow("", label)

    def practice(self) -> Practice:
        return Practice(
            materials_days=self.materials.value(),
            forward_days=self.forward.value(),
            justice_bureau=self.bureau.text(),
            near_days=self.near.value(),
        )

    def save_call(self) -> Callable[[], Any]:
        practice, service = self.practice(), self.app.legal_aid_practice
        return lambda: service.save(practice)
