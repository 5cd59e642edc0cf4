"""The visit log: every door-knock visit, newest first; double-click opens the household."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import visits as vq
from gridwarden.rules.register import VISIT_PURPOSES
from gridwarden.services.context import Changes
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text
from ui.pages.base import Page, make_table
from ui.pages.round import WATCHES as ROUND_WATCHES
from ui.pages.round import RoundView
from ui.table_models import Column, KeyedTableModel


class VisitsPage(Page):
    name = "visits"
    watches = frozenset({"visit", "household", "resident"}) | ROUND_WATCHES

    def __init__(
        self, app: AppContext, open_household: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.open_household = open_household
        self._generation = 0
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("全部事由"), None)
        for code, text in VISIT_PURPOSES.items():
            self.purpose.addItem(core_text(text), code)
        self.follow_only = QCheckBox(self.tr("只看需回访的"))
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.purpose)
        bar.addWidget(self.follow_only)
        bar.addStretch()
        bar.addWidget(self.count)
        self.model = KeyedTableModel(
            [
                Column(self.tr("时间"), lambda v: fmt.when(v.visited_at)),
                Column(self.tr("地址"), lambda v: v.address),
                Column(self.tr("对象"), lambda v: v.resident_name),
                Column(self.tr("事由"), lambda v: fmt.purpose(v.purpose)),
                Column(self.tr("走访人"), lambda v: v.visitor_name),
                Column(self.tr("回访日期"), lambda v: fmt.day(v.follow_up_date)),
                Column(
                    self.tr("情况"),
                    lambda v: fmt.one_line(v.findings),
                    tooltip=lambda v: v.findings,
                ),
            ],
            app.dispatcher,
            app.rows_fetcher(vq.visit_rows),
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("visitTable")
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 320)
        self.table.doubleClicked.connect(self._open)
        log = QWidget()
        column = QVBoxLayout(log)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        self.round = RoundView(app, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(log, self.tr("走访记录"))
        self.tabs.addTab(self.round, self.tr("巡查与专项走访"))
        self.tabs.currentChanged.connect(lambda i: self.round.refresh() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.purpose.currentIndexChanged.connect(lambda _i: self.refresh())
        self.follow_only.toggled.connect(lambda _b: self.refresh())

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()
        if self.tabs.currentIndex() == 1:
            self.round.apply_changes(changes)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = vq.VisitFilter(self.purpose.currentData(), None, self.follow_only.isChecked())
        self.app.ops.read(lambda s: vq.visit_ids(s, flt), lambda ids: self._loaded(generation, ids))

    def _loaded(self, generation: int, ids: list[str]) -> None:
        if generation == self._generation:
            self.model.set_keys(ids)
            self.count.setText(self.tr("共 {n} 次走访").format(n=len(ids)))

    def _open(self, index: object) -> None:
        row = self.model.row_data(index.row())  # type: ignore[attr-defined]
        if row is not None:
            self.open_household(row.household_id)
