"""Today: what needs the warden now — overdue care visits, follow-ups due, events near deadline.

"早发现、早干预、早处置": the page a warden opens first. Each list is small; double-click opens
the household or the event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget
from sqlmodel import Session

from gridwarden.queries import today as tq
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.base import Page, make_table, section_label
from ui.table_models import Column, RowsTableModel


@dataclass
class TodayData:
    care: list[tq.CareDue]
    follow_ups: list[tq.FollowUpDue]
    events: list[tq.EventDue]


class TodayPage(Page):
    name = "today"
    watches = frozenset({"visit", "care_plan", "resident", "household", "grid_event"})

    def __init__(
        self,
        app: AppContext,
        open_household: Callable[[str], None],
        open_event: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.open_household = open_household
        self.open_event = open_event
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        today = app.clock.today
        self.care_model = RowsTableModel(
            [
                Column(self.tr("姓名"), lambda c: c.name),
                Column(self.tr("地址"), lambda c: c.address),
                Column(self.tr("关怀原因"), lambda c: fmt.care_reason(c.reason)),
                Column(self.tr("频次"), lambda c: self.tr("每 {n} 天").format(n=c.frequency_days)),
                Column(self.tr("上次走访"), lambda c: fmt.when(c.last_visit) or self.tr("从未")),
                Column(self.tr("应访日期"), lambda c: fmt.day(c.due)),
                Column(
                    self.tr("状态"),
                    lambda c: fmt.days_left(c.due, today()),
                    tone=lambda c: fmt.due_tone(c.due, today()),
                ),
            ],
            self,
        )
        self.follow_model = RowsTableModel(
            [
                Column(
                    self.tr("回访日期"),
                    lambda f: fmt.day(f.follow_up_date),
                    tone=lambda f: fmt.due_tone(f.follow_up_date, today()),
                ),
                Column(self.tr("地址"), lambda f: f.address),
                Column(self.tr("上次事由"), lambda f: fmt.purpose(f.purpose)),
                Column(
                    self.tr("上次情况"),
                    lambda f: fmt.one_line(f.findings),
                    tooltip=lambda f: f.findings,
                ),
            ],
            self,
        )
        self.event_model = RowsTableModel(
            [
                Column(self.tr("编号"), lambda e: e.number),
                Column(self.tr("类别"), lambda e: fmt.category(e.category)),
                Column(self.tr("状态"), lambda e: fmt.status(e.status)),
                Column(self.tr("部门"), lambda e: e.department),
                Column(self.tr("期限"), lambda e: fmt.day(e.due_date)),
                Column(
                    self.tr("剩余"),
                    lambda e: fmt.days_left(e.due_date, today()),
                    tone=lambda e: fmt.due_tone(e.due_date, today()),
                ),
                Column(self.tr("描述"), lambda e: fmt.one_line(e.description, 40)),
            ],
            self,
        )
        self.care_table = self._table(
            self.care_model, "careDue", lambda r: open_household(r.household_id)
        )
        self.follow_table = self._table(
            self.follow_model, "followUpsDue", lambda r: open_household(r.household_id)
        )
        self.event_table = self._table(
            self.event_model, "eventsDue", lambda r: open_event(r.event_id)
        )
        self.care_title = section_label("")
        self.follow_title = section_label("")
        self.event_title = section_label("")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        for title, table in (
            (self.care_title, self.care_table),
            (self.follow_title, self.follow_table),
            (self.event_title, self.event_table),
        ):
            layout.addWidget(title)
            layout.addWidget(table)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.data: TodayData | None = None

    def _table(
        self, model: RowsTableModel, name: str, open_row: Callable[[Any], None]
    ) -> QTableView:
        view = make_table(model)
        view.setObjectName(name)
        view.setMinimumHeight(190)
        view.doubleClicked.connect(lambda index: open_row(model.row_at(index.row())))
        return view

    def title(self) -> str:
        return self.tr("今日")

    def refresh(self) -> None:
        today = self.app.clock.today()
        within = self.app.settings.near_deadline_days

        def load(session: Session) -> TodayData:
            return TodayData(
                tq.care_due(session, today),
                tq.follow_ups_due(session, today),
                tq.events_near_deadline(session, today, within),
            )

        self.app.query(load, self._show)

    def _show(self, data: TodayData) -> None:
        self.data = data
        self.care_model.set_rows(data.care)
        self.follow_model.set_rows(data.follow_ups)
        self.event_model.set_rows(data.events)
        overdue_events = sum(1 for e in data.events if e.days_left < 0)
        self.summary.setText(
            self.tr(
                "{date}：{care} 位关怀对象待走访，{follow} 户待回访，{events} 件事件临期（{overdue} 件已逾期）"
            ).format(
                date=self.app.clock.today().isoformat(),
                care=len(data.care),
                follow=len(data.follow_ups),
                events=len(data.events),
                overdue=overdue_events,
            )
        )
        self.care_title.setText(self.tr("关怀对象待走访（{n}）").format(n=len(data.care)))
        self.follow_title.setText(self.tr("到期回访（{n}）").format(n=len(data.follow_ups)))
        self.event_title.setText(self.tr("临期与逾期事件（{n}）").format(n=len(data.events)))
        for view in (self.care_table, self.follow_table, self.event_table):
            view.resizeColumnsToContents()
