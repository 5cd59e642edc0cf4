"""Today: what needs attention now, from every workflow, on one page.

"早发现、早干预、早处置": the page a warden (or mediator, or clerk) opens first. Each workflow
contributes TodaySections (see ui/pages/today_sections.py): a title, a query, columns, and what
double-clicking a row opens. All sections load in one background read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from gridwarden.db.engine import Session
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.settings import Settings
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.base import Page, make_table, section_label
from ui.table_models import Column, RowsTableModel


@dataclass
class TodaySection:
    key: str  # object name of its table, e.g. "careDue"
    title: str  # translated, with {n} for the count
    load: Callable[[Session, date, Settings], Sequence[Any]]  # runs on a reader thread
    columns: list[Column]
    open_row: Callable[[Any], None]
    watches: frozenset[str] = field(default_factory=frozenset)
    overdue: Callable[[Any], bool] = lambda _row: False


class TodayPage(Page):
    name = "today"

    def __init__(
        self, app: AppContext, sections: list[TodaySection], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.sections = sections
        self.watches = frozenset().union(*(s.watches for s in sections))
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        # The shared calendar lacks this or next year's holidays: deadlines count weekends only.
        self.calendar_warning = QLabel()
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setVisible(False)
        layout.addWidget(self.calendar_warning)
        self.models: dict[str, RowsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.titles: dict[str, QLabel] = {}
        for section in sections:
            model = RowsTableModel(section.columns, self)
            view = make_table(model)
            view.setObjectName(section.key)
            view.setMinimumHeight(190)
            view.doubleClicked.connect(
                lambda index, m=model, s=section: s.open_row(m.row_at(index.row()))
            )
            title = section_label("")
            layout.addWidget(title)
            layout.addWidget(view)
            self.models[section.key], self.tables[section.key] = model, view
            self.titles[section.key] = title
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.data: dict[str, Sequence[Any]] = {}

    def refresh(self) -> None:
        today = self.app.clock.today()
        settings = self.app.settings
        sections = self.sections

        def load(session: Session) -> tuple[dict[str, Sequence[Any]], list[int]]:
            rows = {s.key: s.load(session, today, settings) for s in sections}
            return rows, WorkCalendar.from_settings(settings).missing_years(today)

        self.app.ops.read(load, self._loaded)

    def _loaded(self, loaded: tuple[dict[str, Sequence[Any]], list[int]]) -> None:
        data, missing_years = loaded
        self._show_calendar_warning(missing_years)
        self._show(data)

    def _show_calendar_warning(self, years: list[int]) -> None:
        self.calendar_warning.setVisible(bool(years))
        if years:
            self.calendar_warning.setText(
                self.tr(
                    "日历缺少 {years} 年的法定节假日和调休安排：跨入该年的期限只按周末计算，"
                    "可能不准。请在设置中补录国务院公布的安排（holidays、makeup_workdays），"
                    "或升级程序。"
                ).format(years=fmt.join(str(y) for y in years))
            )

    def _show(self, data: dict[str, Sequence[Any]]) -> None:
        self.data = data
        parts = []
        for section in self.sections:
            rows = data[section.key]
            self.models[section.key].set_rows(rows)
            self.tables[section.key].resizeColumnsToContents()
            title = section.title.format(n=len(rows))
            self.titles[section.key].setText(title)
            late = sum(1 for row in rows if section.overdue(row))
            if rows:  # the summary names what needs attention; empty sections stay below
                parts.append(title + (self.tr("，{n} 项已逾期").format(n=late) if late else ""))
        self.summary.setText(
            self.tr("{date}　").format(date=self.app.clock.today().isoformat())
            + (fmt.clauses(parts) or self.tr("今天没有待办事项"))
        )
