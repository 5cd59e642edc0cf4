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

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.db.engine import Session
from gridwarden.queries import today_tiles as tt
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.rounds import place_of
from gridwarden.settings import Settings
from ui import format as fmt
from ui.app_context import AppContext
from ui.pages.base import Page, make_table, section_label
from ui.table_models import TONES, Column, RowsTableModel
from ui.widgets.lists import EmptyHint, open_rows
from ui.widgets.today_tiles import TodayTiles


@dataclass
class TodaySection:
    key: str  # object name of its table, e.g. "careDue"
    title: str  # translated, with {n} for the count
    load: Callable[[Session, date, Settings], Sequence[Any]]  # runs on a reader thread
    columns: list[Column]
    open_row: Callable[[Any], None]
    watches: frozenset[str] = field(default_factory=frozenset)
    overdue: Callable[[Any], bool] = lambda _row: False
    # Set: the rows are grouped building → unit in walking order (the round's grouping), with
    # these buttons on each row (label, object name, what a click does with the row).
    address: Callable[[Any], str] | None = None
    actions: list[tuple[str, str, Callable[[Any], None]]] = field(default_factory=list)


class GroupedRows(QTreeWidget):
    """A Today section grouped building → unit (walking order, as the round tab groups
    households), each row with its buttons (记录走访 / 未遇); as tall as its rows."""

    def __init__(self, section: TodaySection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(section.key)
        self.setColumnCount(len(section.columns) + 1)
        self.setHeaderLabels([c.header for c in section.columns] + [""])
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.rows: list[Any] = []
        self.row_items: list[QTreeWidgetItem] = []
        self.itemDoubleClicked.connect(lambda item, _c: self._open(item))
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            item = self.currentItem()
            if item is not None:
                self._open(item)
                return True
        return False

    def _open(self, item: QTreeWidgetItem) -> None:
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.section.open_row(row)

    def set_rows(self, rows: Sequence[Any]) -> None:
        address = self.section.address
        assert address is not None
        self.clear()
        self.rows = sorted(rows, key=lambda r: place_of(address(r)))
        self.row_items = []
        groups: dict[str, dict[str, list[Any]]] = {}
        for row in self.rows:
            place = place_of(address(row))
            groups.setdefault(place.building, {}).setdefault(place.unit, []).append(row)
        for building, units in groups.items():
            count = sum(len(u) for u in units.values())
            top = QTreeWidgetItem([self.tr("{group}（{n}）").format(group=building, n=count)])
            top.setFirstColumnSpanned(True)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for unit, members in units.items():
                parent = top
                if unit:
                    parent = QTreeWidgetItem(
                        [self.tr("{group}（{n}）").format(group=unit, n=len(members))]
                    )
                    top.addChild(parent)
                    parent.setFirstColumnSpanned(True)
                for row in members:
                    item = QTreeWidgetItem([c.text(row) for c in self.section.columns])
                    item.setData(0, Qt.ItemDataRole.UserRole, row)
                    for index, column in enumerate(self.section.columns):
                        if column.tone is not None and (tone := column.tone(row)):
                            item.setForeground(index, TONES[tone])
                        if column.tooltip is not None:
                            item.setToolTip(index, column.tooltip(row))
                    parent.addChild(item)
                    self.setItemWidget(item, len(self.section.columns), self._buttons(row))
                    self.row_items.append(item)
        self.expandAll()
        for index in range(len(self.section.columns)):
            self.resizeColumnToContents(index)
        self.setFixedHeight(self._content_height())

    def _content_height(self) -> int:
        """Header and every row as laid out (the rows with buttons are taller)."""
        total, item = 0, self.topLevelItem(0)
        while item is not None:
            total += max(self.indexRowSizeHint(self.indexFromItem(item)), 18)
            item = self.itemBelow(item)
        header = self.header().sizeHint().height()
        return header + max(total, 2 * 28) + 2 * self.frameWidth() + 4

    def _buttons(self, row: Any) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        for label, name, act in self.section.actions:
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, r=row, a=act: a(r))
            line.addWidget(button)
        line.addStretch()
        return box


def _opener(model: RowsTableModel, section: TodaySection) -> Callable[[QModelIndex], None]:
    def open_row(index: QModelIndex) -> None:
        if index.isValid():
            section.open_row(model.row_at(index.row()))

    return open_row


def fitted_height(view: QTableView, rows: int) -> int:
    """A table as tall as its rows (at least room for its empty-list sentence)."""
    header = view.horizontalHeader().sizeHint().height()
    scrollbar = view.horizontalScrollBar().sizeHint().height()
    body = max(rows, 2) * view.verticalHeader().defaultSectionSize()
    return header + body + scrollbar + 2 * view.frameWidth()


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
        # the tiles: 逾期 / 今日到期 / 3 日内 per workflow; a count opens its filtered list
        # (set by the main window: workflow, first day, last day)
        self.open_tile: Callable[[str, date | None, date | None], None] | None = None
        self.tiles = TodayTiles()
        self.tiles.opened.connect(self._tile_opened)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.tiles)
        layout.addWidget(self.summary)
        # The shared calendar lacks this or next year's holidays: deadlines count weekends only.
        self.calendar_warning = QLabel()
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setVisible(False)
        layout.addWidget(self.calendar_warning)
        self.models: dict[str, RowsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.trees: dict[str, GroupedRows] = {}
        self.titles: dict[str, QLabel] = {}
        for section in sections:
            if section.address is not None:
                tree = GroupedRows(section)
                title = section_label("")
                layout.addWidget(title)
                layout.addWidget(tree)
                self.trees[section.key], self.titles[section.key] = tree, title
                continue
            model = RowsTableModel(section.columns, self)
            view = make_table(model)
            view.setObjectName(section.key)
            # each section as tall as its rows: one page scroll, no scrollbar inside it
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            open_rows(view, _opener(model, section))
            EmptyHint(view, self.tr("没有这一类待办。"))
            title = section_label("")
            layout.addWidget(title)
            layout.addWidget(view)
            self.models[section.key], self.tables[section.key] = model, view
            self.titles[section.key] = title
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.page_scroll = scroll
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
        calendar = self.app.services.calendar
        self.app.ops.read(
            lambda s: tt.tiles(s, today, calendar),
            lambda tiles: self.tiles.show_tiles(tiles, today),
        )

    def _tile_opened(self, workflow: str, first: date | None, last: date | None) -> None:
        if workflow == "care":  # the care visits are listed here, below the tiles
            care = self.trees.get("careDue") or self.tables.get("careDue")
            if care is not None:
                self.page_scroll.ensureWidgetVisible(care)
        elif self.open_tile is not None:
            self.open_tile(workflow, first, last)

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
            if section.key in self.trees:
                self.trees[section.key].set_rows(rows)
            else:
                self.models[section.key].set_rows(rows)
                view = self.tables[section.key]
                view.resizeColumnsToContents()
                view.setFixedHeight(fitted_height(view, len(rows)))
                view.updateGeometry()
            title = section.title.format(n=len(rows))
            self.titles[section.key].setText(title)
            late = sum(1 for row in rows if section.overdue(row))
            if rows:  # the summary names what needs attention; empty sections stay below
                parts.append(title + (self.tr("，{n} 项已逾期").format(n=late) if late else ""))
        body = self.page_scroll.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()  # the page grows to its sections' heights now
        self.summary.setText(
            self.tr("{date}　").format(date=self.app.clock.today().isoformat())
            + (fmt.clauses(parts) or self.tr("今天没有待办事项"))
        )
