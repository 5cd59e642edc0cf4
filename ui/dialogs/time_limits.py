"""工单时限: the work-order time limits per category and urgency (working days from dispatch to
sign for, to handle, to return; 0 = the same day). Local 12345 practice, not national law: the
grid centre sets them; everyone else sees them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QTableWidget, QWidget

from gridwarden.rules import event_lifecycle as life
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text, render
from ui.widgets.forms import SubmitDialog, fit_width

COLUMNS = ("sign", "handle", "return")


class TimeLimitsDialog(SubmitDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, self.tr("工单时限（工作日）"), parent)
        self.editable = app.services.actor.role == life.SUPERVISOR
        table = app.settings.event_time_limits
        self.keys = [f"{c}/{u}" for c in life.CATEGORIES for u in life.URGENCIES]
        self.grid = QTableWidget(len(self.keys), len(COLUMNS))
        self.grid.setObjectName("timeLimits")
        self.grid.setHorizontalHeaderLabels([self.tr("签收"), self.tr("办理"), self.tr("退单窗口")])
        self.grid.setVerticalHeaderLabels(
            [
                f"{core_text(life.CATEGORIES[k.split('/')[0]])} · "
                f"{core_text(life.URGENCIES[k.split('/')[1]])}"
                for k in self.keys
            ]
        )
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for row, key in enumerate(self.keys):
            limits = life.time_limits(table, *key.split("/"))
            for column, name in enumerate(COLUMNS):
                spin = QSpinBox()
                spin.setRange(0, life.MAX_LIMIT_DAYS)
                spin.setValue(
                    {"sign": limits.sign, "handle": limits.handle, "return": limits.ret}[name]
                )
                spin.setEnabled(self.editable)
                self.grid.setCellWidget(row, column, spin)
                self.spins[(key, name)] = spin
        self.grid.setMinimumHeight(360)
        self.add_field("table", "", self.grid)
        note = QLabel(
            self.tr(
                "自派发之日起计算的工作日（按统一日历，节假日顺延、调休上班日计入），0 为当日。"
                "各地 12345 做法不同，由网格中心设定；修改只影响此后派发的工单。"
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.form.addRow(note)
        if not self.editable:
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        fit_width(self, 560)

    def table(self) -> dict[str, dict[str, int]]:
        return {
            key: {name: self.spins[(key, name)].value() for name in COLUMNS} for key in self.keys
        }

    def save_call(self) -> Callable[[], Any]:
        table, events = self.table(), self.app.events
        return lambda: events.save_time_limits(table)

    def show_errors(self, error: Any) -> None:
        """Errors name rows ("category/urgency"): shown together under the table."""
        self.fields["table"].show(
            fmt.clauses(
                fmt.pair(self.row_label(k), render(m)) if k in self.keys else render(m)
                for k, m in error.fields.items()
            )
        )

    def row_label(self, key: str) -> str:
        item = self.grid.verticalHeaderItem(self.keys.index(key))
        return item.text() if item is not None else key
