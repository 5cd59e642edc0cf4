"""Report a grid event (with photos), and take one lifecycle step on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries.areas import DepartmentItem
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.events import EventDraft
from ui.app_context import AppContext
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


def image_filter() -> str:
    return QCoreApplication.translate(
        "files", "图片 (*.png *.jpg *.jpeg *.heic *.webp);;PDF (*.pdf);;所有文件 (*)"
    )


class EventDialog(SubmitDialog):
    draft_kind = "event"  # a draft is kept as you type (issue 12)

    def draft_key(self) -> str:
        return self.household_id or ""

    def __init__(
        self,
        app: AppContext,
        household_id: str | None = None,
        visit_id: str | None = None,
        location: str = "",
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("上报网格事件"), parent)
        self.household_id = household_id
        self.visit_id = visit_id
        self.category = self.add_field("category", self.tr("类别"), QComboBox())
        fill_combo(self.category, [(core_text(v), k) for k, v in life.CATEGORIES.items()])
        self.urgency = self.add_field("urgency", self.tr("紧急程度"), QComboBox())
        fill_combo(self.urgency, [(core_text(v), k) for k, v in life.URGENCIES.items()])
        self.urgency.setCurrentIndex(self.urgency.findData("normal"))
        self.urgency.setToolTip(self.tr("紧急：当日签收、当日办结，列在各级名单最前"))
        self.channel = self.add_field("channel", self.tr("来源渠道"), QComboBox())
        fill_combo(self.channel, [(core_text(v), k) for k, v in life.CHANNELS.items()])
        self.hotline_number = self.add_field(
            "hotline_number", self.tr("12345 工单编号"), QLineEdit()
        )
        self.hotline_number.setPlaceholderText(self.tr("热线派来的工单编号"))
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self._channel_changed()
        self.description = self.add_field("description", self.tr("情况描述"), QPlainTextEdit())
        self.description.setPlainText(description)
        self.location = self.add_field("location", self.tr("地点"), QLineEdit(location))
        photos = QWidget()
        column = QVBoxLayout(photos)
        column.setContentsMargins(0, 0, 0, 0)
        self.photo_list = QListWidget()
        self.photo_list.setFixedHeight(70)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加照片…"))
        add.clicked.connect(self.pick_photos)
        remove = QPushButton(self.tr("移除"))
        remove.clicked.connect(lambda: self.photo_list.takeItem(self.photo_list.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        column.addWidget(self.photo_list)
        column.addLayout(buttons)
        self.add_field("attachments", self.tr("照片"), photos)
        self.description.setFocus()
        self.resize(560, 460)

    def _channel_changed(self) -> None:
        self.hotline_number.setEnabled(self.channel.currentData() == life.HOTLINE)

    def pick_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "", image_filter())
        self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            self.photo_list.addItem(str(path))

    def draft(self) -> EventDraft:
        photos = [Path(self.photo_list.item(i).text()) for i in range(self.photo_list.count())]
        return EventDraft(
            self.category.currentData() or "",
            self.description.toPlainText(),
            self.location.text(),
            False,
            self.household_id,
            self.visit_id,
            photos,
            channel=self.channel.currentData() or "",
            hotline_number=self.hotline_number.text(),
            urgency=self.urgency.currentData() or "normal",
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.events.report(draft)


class StepDialog(SubmitDialog):
    """The input one lifecycle action needs: a department, a reason, a note, a satisfaction."""

    def __init__(
        self,
        app: AppContext,
        event_id: str,
        status: str,
        action: str,
        departments: list[DepartmentItem],
        parent: QWidget | None = None,
        masters: list[tuple[str, str]] | None = None,
        due: date | None = None,
    ) -> None:
        title = self.tr("{action}：事件").format(action=core_text(life.ACTION_LABELS[action]))
        super().__init__(app, title, parent)
        self.event_id, self.status, self.action = event_id, status, action
        self.department: QComboBox | None = None
        self.reason: QLineEdit | None = None
        self.legal_basis: QLineEdit | None = None
        self.note: QPlainTextEdit | None = None
        self.satisfaction: QComboBox | None = None
        self.new_date: QDateEdit | None = None
        self.master: QComboBox | None = None
        if action == life.Action.EXTEND:
            new_date = self.add_field("new_date", self.tr("延期至"), QDateEdit())
            new_date.setCalendarPopup(True)
            start = (due or app.clock.today()) + timedelta(days=7)
            new_date.setDate(QDate(start.year, start.month, start.day))
            self.new_date = new_date
        if action == life.Action.MERGE:
            master = self.add_field("master_id", self.tr("并入主工单"), QComboBox())
            fill_combo(master, [(text, key) for key, text in masters or []])
            self.master = master
        if action == life.Action.DISPATCH:
            department = self.add_field("department_id", self.tr("联动部门"), QComboBox())
            fill_combo(department, [(d.name, d.id) for d in departments])
            self.department = department
        if action in (life.Action.EXTEND, life.Action.REFUSE_EXTENSION):
            self.reason = self.add_field("reason", self.tr("理由"), QLineEdit())
        if action in (life.Action.REJECT, life.Action.RETURN):
            self.reason = self.add_field("reason", self.tr("理由"), QLineEdit())
            basis = self.add_field("legal_basis", self.tr("依据"), QLineEdit())
            basis.setPlaceholderText(self.tr("法律法规或职责清单条款"))
            self.legal_basis = basis
        if action == life.Action.CALLBACK:
            satisfaction = self.add_field("satisfaction", self.tr("满意度"), QComboBox())
            fill_combo(satisfaction, [(core_text(v), k) for k, v in life.SATISFACTION.items()])
            self.satisfaction = satisfaction
        note_labels = {
            life.Action.REPLY: self.tr("处置结果"),
            life.Action.CALLBACK: self.tr("回访记录"),
            life.Action.URGE: self.tr("催办要求"),
            life.Action.SUPERVISE: self.tr("督办要求"),
        }
        if action not in (life.Action.REJECT, life.Action.RETURN):
            note = self.add_field(
                "note", note_labels.get(life.Action(action), self.tr("说明")), QPlainTextEdit()
            )
            note.setFixedHeight(80)
            self.note = note
        fit_width(self, 480)

    def step(self) -> life.StepInput:
        return life.StepInput(
            department_id=self.department.currentData() if self.department else None,
            reason=self.reason.text() if self.reason else "",
            legal_basis=self.legal_basis.text() if self.legal_basis else "",
            note=self.note.toPlainText() if self.note else "",
            satisfaction=self.satisfaction.currentData() if self.satisfaction else None,
            new_date=self.new_date.date().toPython() if self.new_date else None,  # type: ignore[arg-type]
            master_id=self.master.currentData() if self.master else None,
        )

    def save_call(self) -> Callable[[], Any]:
        step, event_id, action, status = self.step(), self.event_id, self.action, self.status
        return lambda: self.app.events.act(event_id, action, step, expected_status=status)
