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

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.db.engine import Session
from gridwarden.queries import today as tq
from gridwarden.queries import today_tiles as tt
from gridwarden.rules.rounds import Place, place_of
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
    # Set: `load` gives the first rows and the counts (a tq.Listed), this gives every row
    # (显示全部, and the loads after it while the section is shown in full)
    load_all: Callable[[Session, date, Settings], Sequence[Any]] | None = None
    # Set: (how many rows, how many overdue) without reading the rows — what the navigation
    # badges ask when 今日 is not open (the care section's thousands of rows at 100,000
    # households cost ~100 ms and ~13 MB just to be counted)
    counts: Callable[[Session, date, Settings], tuple[int, int]] | None = None

    def count(self, rows: Sequence[Any]) -> int:
        """How many rows the section has (all of them, listed or not)."""
        return rows.total if isinstance(rows, tq.Listed) else len(rows)

    def late(self, rows: Sequence[Any]) -> int:
        """How many of them are overdue."""
        if isinstance(rows, tq.Listed):
            return rows.late
        return sum(1 for row in rows if self.overdue(row))


# A section lists its first rows (in its own order: walking order for a grouped one) and its
# exact count; 显示全部 lists the rest. 100 rows are six screenfuls at 1366×768: a warden works
# down them building by building; at 100,000 households building all 3,500 care rows (their
# tree items, column widths) held the page for ~0.6 s on the UI thread at every load.
FIRST_ROWS = 100
# A section's column widths are measured on its first rows, not all of them: measuring every
# cell of seven 100-row tables took ~35 ms of the page's first show (a longer text further
# down is elided, its tooltip and a drag of the column show it whole).
MEASURED_ROWS = 30


def walking_order(rows: Sequence[Any], address: Callable[[Any], str]) -> list[tuple[Place, Any]]:
    """Rows with their place, in walking order (building, unit, room): plain data, computed on
    the reader thread with the rows."""
    return sorted(((place_of(address(r)), r) for r in rows), key=lambda pr: pr[0])


@dataclass(frozen=True)
class Loaded:
    """What the page's one read brings back."""

    rows: dict[str, Sequence[Any]]  # by section key
    tiles: dict[str, tt.Tile]
    today: date
    missing_years: list[int]  # the shared calendar lacks these years' holidays
    # a grouped section's rows in walking order, by section key
    placed: dict[str, list[tuple[Place, Any]]] = field(default_factory=dict)


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
        # rows whose buttons are not made yet (by id: items are not hashable) and those painted
        self._unmade: dict[int, QTreeWidgetItem] = {}
        self._to_make: list[QTreeWidgetItem] = []
        self._row_height: int | None = None
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

    def set_rows(
        self,
        rows: Sequence[Any],
        limit: int | None = None,
        placed: list[tuple[Place, Any]] | None = None,
    ) -> None:
        """The whole tree is built detached and inserted at once (inserting item by item into
        a tree that already holds row widgets relays them out each time: minutes for 3,500
        care targets), and a row's buttons are made when the row is first painted or asked
        for (ui.pages.today.GroupedRows.itemWidget), each row already as tall as its buttons.

        With a limit only the first `limit` rows in walking order get tree items; the group
        rows still count every member (a building's count is exact, its later rows follow
        with 显示全部; rows that are only a walk's first rows, tq.Walked, bring their buildings'
        and units' counts over the whole walk). `placed`: the rows already in walking order
        (the reader sorted them)."""
        address = self.section.address
        assert address is not None
        self.clear()
        self._unmade.clear()
        self._to_make.clear()
        if placed is None:
            placed = walking_order(rows, address)
        self.rows = [row for _place, row in placed]
        self.row_items = []
        counts: dict[tuple[str, str], int] = {}  # every member of a building, of a unit
        for place, _row in placed:
            for key in ((place.building, "\0"), (place.building, place.unit)):
                counts[key] = counts.get(key, 0) + 1
        if isinstance(rows, tq.Walked):  # the first rows of a longer walk: their groups' counts
            counts.update(rows.groups)
        groups: dict[str, dict[str, list[Any]]] = {}
        for place, row in placed if limit is None else placed[:limit]:
            groups.setdefault(place.building, {}).setdefault(place.unit, []).append(row)
        buttons_column = len(self.section.columns)
        row_height = self._buttons_height()
        tops: list[QTreeWidgetItem] = []
        spanned: list[QTreeWidgetItem] = []
        for building, units in groups.items():
            count = counts[(building, "\0")]
            top = QTreeWidgetItem([self.tr("{group}（{n}）").format(group=building, n=count)])
            tops.append(top)
            spanned.append(top)
            for unit, members in units.items():
                parent = top
                if unit:
                    parent = QTreeWidgetItem(
                        [self.tr("{group}（{n}）").format(group=unit, n=counts[(building, unit)])]
                    )
                    top.addChild(parent)
                    spanned.append(parent)
                items = []
                for row in members:
                    item = QTreeWidgetItem([c.text(row) for c in self.section.columns])
                    item.setData(0, Qt.ItemDataRole.UserRole, row)
                    for index, column in enumerate(self.section.columns):
                        if column.tone is not None and (tone := column.tone(row)):
                            item.setForeground(index, TONES[tone])
                        if column.tooltip is not None:
                            item.setToolTip(index, column.tooltip(row))
                    item.setSizeHint(buttons_column, QSize(0, row_height))
                    items.append(item)
                    self._unmade[id(item)] = item
                parent.addChildren(items)
                self.row_items.extend(items)
        self.addTopLevelItems(tops)
        for item in spanned:  # spanning needs the item in the tree
            item.setFirstColumnSpanned(True)
        self.expandAll()
        for index in range(len(self.section.columns)):
            self.resizeColumnToContents(index)
        self.setFixedHeight(self._content_height(len(spanned)))

    def _buttons_height(self) -> int:
        if self._row_height is None:
            sample = self._buttons(None)
            self._row_height = sample.sizeHint().height()
            sample.deleteLater()
        return self._row_height

    def itemWidget(self, item: QTreeWidgetItem, column: int) -> QWidget:
        """A row's buttons, made now if the row has not been painted yet."""
        if column == len(self.section.columns):
            self._make_buttons([item])
        return super().itemWidget(item, column)

    def drawRow(
        self,
        painter: QPainter,
        options: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Rows are painted only where the page shows them: their buttons are made then (on the
        next turn of the event loop, not while painting)."""
        if self._unmade:
            item = self.itemFromIndex(index)
            if item is not None and id(item) in self._unmade:
                self._to_make.append(item)
                if len(self._to_make) == 1:
                    QTimer.singleShot(0, self, self._make_pending)  # not after the tree is gone
        super().drawRow(painter, options, index)

    def _make_pending(self) -> None:
        pending, self._to_make = self._to_make, []
        self._make_buttons(pending)

    def _make_buttons(self, items: Sequence[QTreeWidgetItem]) -> None:
        column = len(self.section.columns)
        for item in items:
            if self._unmade.pop(id(item), None) is None:
                continue  # made already, or no longer in the tree
            row = item.data(0, Qt.ItemDataRole.UserRole)
            self.setItemWidget(item, column, self._buttons(row))

    def _content_height(self, groups: int) -> int:
        """Header and every row as laid out: the group rows and the (taller) rows with buttons
        each have one height, so one of each is measured, not all 3,000 rows."""
        total, top = 0, self.topLevelItem(0)
        if self.row_items and top is not None:
            row = self.indexRowSizeHint(self.indexFromItem(self.row_items[0]))
            group = self.indexRowSizeHint(self.indexFromItem(top))
            total = len(self.row_items) * max(row, 18) + groups * max(group, 18)
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
    # every section's rows by key, each time they are loaded (the navigation badges count them)
    sections_loaded = Signal(object)

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
        # 显示全部 under a section that lists only its first rows; the sections opened in full
        self.more: dict[str, QPushButton] = {}
        self.expanded: set[str] = set()
        for section in sections:
            more = QPushButton()
            more.setObjectName(f"{section.key}More")
            more.setVisible(False)
            more.clicked.connect(lambda _c=False, key=section.key: self.show_all(key))
            self.more[section.key] = more
            if section.address is not None:
                tree = GroupedRows(section)
                title = section_label("")
                layout.addWidget(title)
                layout.addWidget(tree)
                layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
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
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.placed: dict[str, list[tuple[Place, Any]]] = {}

    def refresh(self) -> None:
        today = self.app.clock.today()
        settings = self.app.settings
        sections = self.sections
        expanded = frozenset(self.expanded)

        calendar = self.app.services.calendar

        def load(session: Session) -> Loaded:
            # one read: the care section and the care tile share the care targets
            with tq.care_read_once(session):
                rows = {
                    s.key: (s.load_all if s.load_all is not None and s.key in expanded else s.load)(
                        session, today, settings
                    )
                    for s in sections
                }
                tiles = tt.tiles(session, today, calendar)
            placed = {
                s.key: walking_order(rows[s.key], s.address)
                for s in sections
                if s.address is not None
            }
            return Loaded(rows, tiles, today, calendar.missing_years(today), placed)

        self.app.ops.read(load, self._loaded)

    def _tile_opened(self, workflow: str, first: date | None, last: date | None) -> None:
        if workflow == "care":  # the care visits are listed here, below the tiles
            care = self.trees.get("careDue") or self.tables.get("careDue")
            if care is not None:
                self.page_scroll.ensureWidgetVisible(care)
        elif self.open_tile is not None:
            self.open_tile(workflow, first, last)

    def _loaded(self, loaded: Loaded) -> None:
        self.tiles.show_tiles(loaded.tiles, loaded.today)
        self._show_calendar_warning(loaded.missing_years)
        self.placed = loaded.placed
        self._show(loaded.rows)
        self.sections_loaded.emit(loaded.rows)

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

    def show_all(self, key: str) -> None:
        """显示全部: the section lists every row (and keeps doing so at the next loads); a
        section that loaded only its first rows reads the rest first."""
        self.expanded.add(key)
        section = next(s for s in self.sections if s.key == key)
        rows = self.data[key]
        if section.load_all is not None and len(rows) < section.count(rows):
            load_all, today, settings = section.load_all, self.app.clock.today(), self.app.settings
            self.app.ops.read(
                lambda session: load_all(session, today, settings),
                lambda every: self._listed_all(key, every),
            )
            return
        self._list(key)
        self._relayout()

    def _listed_all(self, key: str, rows: Sequence[Any]) -> None:
        self.data[key] = rows
        self.placed.pop(key, None)  # the walk of the first rows: the tree orders them all
        self._list(key)
        self._relayout()

    def _relayout(self) -> None:
        body = self.page_scroll.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()

    def _list(self, key: str) -> None:
        """A section's rows: the first FIRST_ROWS, or all once opened in full; 显示全部 under
        it while some are not listed."""
        rows = self.data[key]
        section = next(s for s in self.sections if s.key == key)
        limit = None if key in self.expanded else FIRST_ROWS
        if key in self.trees:
            self.trees[key].set_rows(rows, limit, self.placed.get(key))
            shown = len(self.trees[key].row_items)
        else:
            listed = rows if limit is None else rows[:limit]
            self.models[key].set_rows(listed)
            view = self.tables[key]
            # set here: restoring a saved header state (ui.window_state) resets it to 1,000
            view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
            view.resizeColumnsToContents()
            view.setFixedHeight(fitted_height(view, len(listed)))
            view.updateGeometry()
            shown = len(listed)
        more = self.more[key]
        total = section.count(rows)
        more.setVisible(total > shown)
        if total > shown:
            more.setText(
                self.tr("已列出前 {shown} 条，显示全部 {n} 条").format(shown=shown, n=total)
            )

    def _show(self, data: dict[str, Sequence[Any]]) -> None:
        self.data = data
        parts = []
        for section in self.sections:
            rows = data[section.key]
            self._list(section.key)
            title = section.title.format(n=section.count(rows))
            self.titles[section.key].setText(title)
            late = section.late(rows)
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
