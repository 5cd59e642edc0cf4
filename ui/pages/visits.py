"""The visit log: every door-knock visit, newest first; filtered by purpose, date range,
visitor and text, sorted by any header (in SQL); Enter or a double-click opens the household the
visit belongs to (where the visit is listed); the list exports as the 走访台账."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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
from ui.pages.base import Page, make_table
from ui.pages.list_detail import filter_combo, search_box
from ui.pages.round import WATCHES as ROUND_WATCHES
from ui.pages.round import RoundView
from ui.table_models import Column, KeyedTableModel
from ui.widgets.filters import add_names, choose, held
from ui.widgets.ledger_export import page_ledger
from ui.widgets.lists import EmptyHint, SortState, open_rows
from ui.widgets.saved_lists import DateRange, SavedLists


class VisitsPage(Page):
    name = "visits"
    watches = frozenset({"visit", "household", "resident"}) | ROUND_WATCHES

    def __init__(
        self, app: AppContext, open_household: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.open_household = open_household
        self._generation = 0
        self.purpose = filter_combo([(self.tr("全部事由"), None)], VISIT_PURPOSES)
        self.follow_only = QCheckBox(self.tr("只看需回访的"))
        self.visitor = filter_combo([(self.tr("全部走访人"), "")], {})  # names come on load
        self.visitor.setObjectName("visitorFilter")
        self.dates = DateRange(self.tr("走访日期"))
        self.search = search_box(self.tr("搜索：地址、姓名、情况"))
        self.search.setObjectName("visitSearch")
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.purpose)
        bar.addWidget(self.visitor)
        bar.addWidget(self.dates)
        bar.addWidget(self.follow_only)
        self.model = KeyedTableModel(
            [
                Column(self.tr("时间"), lambda v: fmt.when(v.visited_at), sort_key="visited_at"),
                Column(self.tr("地址"), lambda v: v.address, sort_key="address"),
                Column(self.tr("对象"), lambda v: v.resident_name, sort_key="resident"),
                Column(self.tr("事由"), lambda v: fmt.purpose(v.purpose), sort_key="purpose"),
                Column(self.tr("走访人"), lambda v: v.visitor_name, sort_key="visitor"),
                Column(
                    self.tr("回访日期"), lambda v: fmt.day(v.follow_up_date), sort_key="follow_up"
                ),
                Column(
                    self.tr("情况"),
                    lambda v: fmt.one_line(v.findings),
                    tooltip=lambda v: v.findings,
                    sort_key="findings",
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
        open_rows(self.table, self._open)
        self.sorting = SortState(self.table, [c.sort_key for c in self.model.columns], self.refresh)
        self.empty = EmptyHint(
            self.table,
            self.tr(
                "没有符合条件的走访。放宽日期或清空搜索；记录走访请到“实有人口”选户后按 Ctrl+K。"
            ),
        )
        self.saved = SavedLists(app, "visits", self.filter_values, self.apply_filter_values, self)
        self.ledger = page_ledger(self, self.tr("走访台账"), "ledger.visits")
        second = QHBoxLayout()
        second.addWidget(self.saved)
        second.addWidget(self.ledger.button)
        second.addStretch()
        second.addWidget(self.count)
        log = QWidget()
        column = QVBoxLayout(log)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(second)
        column.addWidget(self.table, 1)
        self.round = RoundView(app, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(log, self.tr("走访记录"))
        self.tabs.addTab(self.round, self.tr("巡查与专项走访"))
        self.tabs.currentChanged.connect(lambda i: self.round.refresh() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._debounce = QTimer(self)
        self._debounce.setObjectName("debounce")  # tests' idle() waits for it
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.purpose.currentIndexChanged.connect(lambda _i: self.refresh())
        self.visitor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.follow_only.toggled.connect(lambda _b: self.refresh())
        self.dates.changed.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._visitors_loaded = False

    # --- filter ------------------------------------------------------------------------------
    def visit_filter(self) -> vq.VisitFilter:
        since, until = self.dates.range()
        return vq.VisitFilter(
            self.purpose.currentData(),
            since,
            self.follow_only.isChecked(),
            until,
            self.visitor.currentData() or "",
            self.search.text().strip(),
            self.sorting.sort,
        )

    def describe_filter(self) -> str:
        parts = []
        if self.search.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.search.text().strip()))
        if self.purpose.currentData():
            parts.append(self.tr("事由 {p}").format(p=self.purpose.currentText()))
        if self.visitor.currentData():
            parts.append(self.tr("走访人 {v}").format(v=self.visitor.currentText()))
        if self.dates.describe():
            parts.append(self.tr("走访日期 {d}").format(d=self.dates.describe()))
        if self.follow_only.isChecked():
            parts.append(self.follow_only.text())
        return fmt.clauses(parts)

    def filter_values(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "purpose": self.purpose.currentData(),
            "visitor": self.visitor.currentData() or "",
            **self.dates.saved(),
            "follow_up_only": self.follow_only.isChecked(),
            "sort": self.sorting.saved(),
        }

    def apply_filter_values(self, values: dict[str, Any]) -> None:
        with held(self.search, self.purpose, self.visitor, self.follow_only, self.dates):
            self.search.setText(values.get("text", ""))
            choose(self.purpose, values.get("purpose"))
            choose(self.visitor, values.get("visitor", ""), add=True)
            self.follow_only.setChecked(bool(values.get("follow_up_only")))
            self.dates.restore(values)
        self.sorting.restore(values.get("sort"))
        self.refresh()

    def _load_visitors(self) -> None:
        self._visitors_loaded = True
        self.app.ops.read(vq.visitors, lambda names: add_names(self.visitor, names))

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()
        if self.tabs.currentIndex() == 1:
            self.round.apply_changes(changes)

    def refresh(self) -> None:
        if not self._visitors_loaded:
            self._load_visitors()
        self._generation += 1
        generation = self._generation
        flt = self.visit_filter()
        self.app.ops.read(lambda s: vq.visit_ids(s, flt), lambda ids: self._loaded(generation, ids))

    def _loaded(self, generation: int, ids: list[str]) -> None:
        if generation == self._generation:
            self.model.set_keys(ids)
            self.count.setText(self.tr("共 {n} 次走访").format(n=len(ids)))

    def _open(self, index: object) -> None:
        """Open the visit's household (its visits are listed there); a row whose page has not
        come yet is read first."""
        row = self.model.row_data(index.row())  # type: ignore[attr-defined]
        if row is not None:
            self.open_household(row.household_id)
            return
        key = self.model.key_at(index.row())  # type: ignore[attr-defined]
        if key is not None:
            self.app.ops.read(
                lambda s: vq.visit_rows(s, [key]),
                lambda rows: self.open_household(rows[key].household_id) if key in rows else None,
            )
