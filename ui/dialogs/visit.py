"""Record a door-knock visit in a few keystrokes: purpose, findings, Ctrl+Enter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from gridwarden.queries.households import HouseholdDetail
from gridwarden.rules.register import VISIT_PURPOSES
from gridwarden.services.visits import VisitDraft
from ui.app_context import AppContext
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class VisitDialog(SubmitDialog):
    draft_kind = "visit"  # a draft is kept as you type (issue 12)

    def draft_key(self) -> str:
        return self.household.id

    def __init__(
        self,
        app: AppContext,
        household: HouseholdDetail,
        purpose: str = "routine",
        resident_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("记录走访"), parent)
        self.household = household
        self.add_field("household", self.tr("户"), QLabel(household.address))
        self.purpose = self.add_field("purpose", self.tr("事由"), QComboBox())
        fill_combo(self.purpose, [(core_text(v), k) for k, v in VISIT_PURPOSES.items()], purpose)
        self.resident = self.add_field("resident_id", self.tr("走访对象"), QComboBox())
        fill_combo(
            self.resident,
            [(self.tr("（全户）"), None)] + [(r.name, r.id) for r in household.residents],
            resident_id,
        )
        self.findings = self.add_field("findings", self.tr("情况记录"), QPlainTextEdit())
        self.findings.setPlaceholderText(self.tr("走访发现的情况；Ctrl+Enter 保存"))
        follow = QWidget()
        row = QHBoxLayout(follow)
        row.setContentsMargins(0, 0, 0, 0)
        self.needs_follow_up = QCheckBox(self.tr("需要回访"))
        self.follow_up = QDateEdit(qdate(app.clock.today() + timedelta(days=7)))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setEnabled(False)
        self.needs_follow_up.toggled.connect(self.follow_up.setEnabled)
        row.addWidget(self.needs_follow_up)
        row.addWidget(self.follow_up)
        row.addStretch()
        self.add_field("follow_up_date", self.tr("回访"), follow)
        self.fields["follow_up_date"].widget = self.follow_up
        self.raise_event = QCheckBox(self.tr("发现问题，保存后上报网格事件"))
        self.add_field("raise_event", "", self.raise_event)
        self.findings.setFocus()
        self.resize(560, 420)

    def draft(self) -> VisitDraft:
        follow = self.follow_up.date().toPython() if self.needs_follow_up.isChecked() else None
        return VisitDraft(
            self.household.id,
            self.purpose.currentData(),
            self.findings.toPlainText(),
            follow,  # type: ignore[arg-type]
            self.resident.currentData(),
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.visits.record(draft)
