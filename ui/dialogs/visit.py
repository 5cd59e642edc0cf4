"""Record a door-knock visit in a few keystrokes: purpose, findings, Ctrl+Enter. The time is
now unless the warden back-dates it (never into the future); 未遇 records that nobody was at
the door (the care visit stays owed); common phrases insert a sentence; several members seen at
once get one visit each, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from gridwarden.clock import LOCAL_TZ, to_local
from gridwarden.queries.households import HouseholdDetail
from gridwarden.rules.register import VISIT_PHRASES, VISIT_PURPOSES
from gridwarden.rules.rounds import NOT_HOME
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
        now = to_local(app.clock.now())
        self.visited_at = self.add_field("visited_at", self.tr("走访时间"), QDateTimeEdit())
        self.visited_at.setObjectName("visitedAt")
        self.visited_at.setCalendarPopup(True)
        self.visited_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_at.setDateTime(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.visited_at.setToolTip(self.tr("默认是现在；补录时改成实际走访的时间（不能晚于现在）"))
        outcome = QWidget()
        outcome_row = QHBoxLayout(outcome)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        self.met = QRadioButton(self.tr("已走访"))
        self.not_home = QRadioButton(self.tr("未遇（无人在家，仍需再访）"))
        self.not_home.setObjectName("notHome")
        self.met.setChecked(True)
        group = QButtonGroup(outcome)
        for button in (self.met, self.not_home):
            group.addButton(button)
            outcome_row.addWidget(button)
        outcome_row.addStretch()
        self.add_field("outcome", self.tr("结果"), outcome)
        self.members: dict[str, QCheckBox] = {}
        self.add_field("resident_id", self.tr("走访对象"), self._members_row(resident_id))
        self.phrases = QComboBox()
        self.phrases.setObjectName("visitPhrases")
        self.phrases.addItem(self.tr("插入常用语…"), None)
        for phrase in VISIT_PHRASES:
            self.phrases.addItem(core_text(phrase), core_text(phrase))
        self.phrases.activated.connect(self._insert_phrase)
        self.add_field("phrases", self.tr("常用语"), self.phrases)
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

    def _members_row(self, resident_id: str | None) -> QWidget:
        """The members seen: one visit each (none ticked: the household as a whole)."""
        members = QWidget()
        members_row = QHBoxLayout(members)
        members_row.setContentsMargins(0, 0, 0, 0)
        for r in self.household.residents:
            box = QCheckBox(r.name)
            box.setChecked(r.id == resident_id)
            self.members[r.id] = box
            members_row.addWidget(box)
        members_row.addStretch()
        members.setToolTip(self.tr("勾选见到的家庭成员，每人记一次走访；都不勾即记全户"))
        return members

    def _insert_phrase(self, index: int) -> None:
        phrase = self.phrases.itemData(index)
        if phrase:
            self.findings.insertPlainText(phrase)
            self.findings.setFocus()
        self.phrases.setCurrentIndex(0)

    def chosen_members(self) -> tuple[str, ...]:
        return tuple(rid for rid, box in self.members.items() if box.isChecked())

    def draft(self) -> VisitDraft:
        follow = self.follow_up.date().toPython() if self.needs_follow_up.isChecked() else None
        chosen = self.visited_at.dateTime()
        day, time = chosen.date().toPython(), chosen.time().toPython()
        visited_at = datetime.combine(day, time, tzinfo=LOCAL_TZ)  # type: ignore[arg-type]
        members = self.chosen_members()
        return VisitDraft(
            self.household.id,
            self.purpose.currentData(),
            self.findings.toPlainText(),
            follow,  # type: ignore[arg-type]
            members[0] if len(members) == 1 else None,
            visited_at,
            NOT_HOME if self.not_home.isChecked() else "met",
            members if len(members) > 1 else (),
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.visits.record(draft)
