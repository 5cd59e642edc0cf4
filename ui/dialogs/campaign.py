"""The grid centre sets up a campaign sweep (专项走访): its kind, dates, the micro-grids and the
household tags it covers (none ticked: every household of the micro-grids)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from gridwarden.queries.areas import AreaItem
from gridwarden.rules.register import HOUSEHOLD_TAGS
from gridwarden.rules.rounds import CAMPAIGN_KINDS
from gridwarden.services.rounds import CampaignDraft
from ui.app_context import AppContext
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


def _qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


class CampaignDialog(SubmitDialog):
    def __init__(
        self, app: AppContext, micro_grids: list[AreaItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, self.tr("发起专项走访"), parent)
        today = app.clock.today()
        self.name = self.add_field("name", self.tr("名称"), QLineEdit())
        self.name.setPlaceholderText(self.tr("例如：汛前独居老人走访"))
        self.kind = self.add_field("kind", self.tr("类别"), QComboBox())
        fill_combo(self.kind, [(core_text(v), k) for k, v in CAMPAIGN_KINDS.items()])
        self.starts = self.add_field("starts_on", self.tr("开始"), QDateEdit(_qdate(today)))
        self.ends = self.add_field(
            "ends_on", self.tr("结束"), QDateEdit(_qdate(today + timedelta(days=30)))
        )
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
        self.micros = self.add_field("micro_grid_ids", self.tr("微网格"), QListWidget())
        self.micros.setMinimumHeight(160)
        for area in micro_grids:
            item = QListWidgetItem(area.path)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.micros.addItem(item)
        tags = QWidget()
        grid = QGridLayout(tags)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tags: dict[str, QCheckBox] = {}
        for index, (code, text) in enumerate(HOUSEHOLD_TAGS.items()):
            box = QCheckBox(core_text(text))
            self.tags[code] = box
            grid.addWidget(box, index // 4, index % 4)
        self.add_field("tags", self.tr("住户标签（不选即全部住户）"), tags)
        self.note = self.add_field("note", self.tr("说明"), QLineEdit())
        fit_width(self, 620)

    def checked_micro_grids(self) -> list[str]:
        return [
            str(self.micros.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.micros.count())
            if self.micros.item(i).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            self.name.text(),
            self.kind.currentData() or "",
            self.starts.date().toPython(),  # type: ignore[arg-type]
            self.ends.date().toPython(),  # type: ignore[arg-type]
            self.checked_micro_grids(),
            [code for code, box in self.tags.items() if box.isChecked()],
            self.note.text(),
        )

    def save_call(self) -> Callable[[], Any]:
        draft, rounds = self.draft(), self.app.rounds
        return lambda: rounds.create_campaign(draft)
