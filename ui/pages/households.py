"""The household register: search-as-you-type, filters, and the household shown beside the list
(ui.pages.household_panel)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import areas as aq
from gridwarden.queries import households as hq
from gridwarden.rules.register import HOUSEHOLD_TAGS
from gridwarden.services.context import Changes
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.register import HouseholdDialog
from ui.i18n import core_text
from ui.pages.base import Page, keyed_table
from ui.pages.dispute_handoff import DisputeHook
from ui.pages.household_panel import HouseholdPanel
from ui.table_models import Column, KeyedTableModel
from ui.widgets.filters import held
from ui.widgets.ledger_export import LedgerExport, page_ledger
from ui.widgets.lists import EmptyHint, SortState

FIRST_SCREEN = hq.FIRST_SCREEN  # ids in the first answer (their first page with rows)


class HouseholdsPage(Page):
    name = "households"
    watches = frozenset({"household", "resident", "care_plan", "visit", "area"})

    def __init__(
        self,
        app: AppContext,
        on_dispute: DisputeHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.micro_grids: list[aq.AreaItem] = []
        self.detail: hq.HouseholdDetail | None = None
        self._search_generation = 0
        self._shown_generation = -1  # the search whose keys the table shows
        self._wanted: str | None = None  # the household another page asked to open

        self.search = QLineEdit()
        self.search.setObjectName("householdSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索：姓名、拼音首字母（如 zs）、地址、电话、身份证号后几位  (Ctrl+F)")
        )
        self.grid = QComboBox()
        self.micro = QComboBox()
        self.tag = QComboBox()
        self.tag.addItem(self.tr("全部标签"), None)
        for code, text in HOUSEHOLD_TAGS.items():
            self.tag.addItem(core_text(text), code)
        self.order = QComboBox()
        self.order.addItem(self.tr("按地址排序"), "address")
        self.order.addItem(self.tr("按户主姓名（拼音）"), "name")
        self.count = QLabel()
        new_button = QPushButton(self.tr("新增户 (Ctrl+N)"))
        new_button.clicked.connect(self.new_household)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.grid, 1)
        bar.addWidget(self.micro, 1)
        bar.addWidget(self.tag, 1)
        bar.addWidget(self.order, 1)
        bar.addWidget(self.count)
        bar.addWidget(new_button)

        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("地址"),
                    lambda r: r.address,
                    tooltip=lambda r: r.address,
                    sort_key="address",
                ),
                Column(self.tr("户主"), lambda r: r.head_name, sort_key="head"),
                Column(self.tr("人数"), lambda r: str(r.residents), True, sort_key="residents"),
                Column(
                    self.tr("关怀"),
                    lambda r: str(r.care_targets) if r.care_targets else "",
                    align_right=True,
                    tone=lambda r: "warn" if r.care_targets else None,
                    sort_key="care",
                ),
                Column(
                    self.tr("标签"),
                    lambda r: fmt.tags(r.tags),
                    tooltip=lambda r: fmt.tags(r.tags),
                    sort_key="tags",
                ),
                Column(
                    self.tr("最近走访"), lambda r: fmt.day_of(r.last_visit), sort_key="last_visit"
                ),
                Column(self.tr("微网格"), lambda r: r.micro_grid, sort_key="micro_grid"),
            ],
            app.dispatcher,
            app.rows_fetcher(hq.rows),
            self,
        )
        # at 1366 the address, head, 人数, 关怀, 标签 and 最近走访 fit beside the detail panel;
        # Enter or a double-click opens the household (recording a visit is Ctrl+K / its button)
        widths = (230, 64, 44, 44, 96, 84)
        self.table = keyed_table(
            self.model, "householdTable", widths, self.load_detail, self._open_row
        )
        self.sorting = SortState(
            self.table, [c.sort_key for c in self.model.columns], self.run_search
        )
        self.empty, self.ledger = self._list_tools()

        self.panel = HouseholdPanel(app, lambda: self.micro_grids, on_dispute, self)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([760, 640])
        bar.insertWidget(bar.count() - 1, self.ledger.button)
        self.indexing = _indexing_notice()
        app.sync.progress.connect(self._sync_progress)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.indexing)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setObjectName("debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.grid.currentIndexChanged.connect(self._grid_changed)
        self.micro.currentIndexChanged.connect(lambda _i: self.run_search())
        self.tag.currentIndexChanged.connect(lambda _i: self.run_search())
        self.order.currentIndexChanged.connect(lambda _i: self.run_search())
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_household)
        QShortcut(QKeySequence("Ctrl+K"), self, lambda: self.panel.record_visit())
        self._loaded_areas = False

    def _list_tools(self) -> tuple[EmptyHint, LedgerExport]:
        """What the list says when nothing matches, and its 导出台账 button."""
        empty = EmptyHint(
            self.table,
            self.tr("没有符合条件的户。换个搜索词或清空筛选；新增户按 Ctrl+N。"),
        )
        ledger = page_ledger(self, self.tr("实有人口台账（户）"), "ledger.households")
        return empty, ledger

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._loaded_areas:
            # the grid filters fill in beside the list: the first search does not wait for them
            self._loaded_areas = True
            self.app.ops.read(aq.all_areas, self._areas_loaded)
        self.run_search()
        self.app.ops.read(hq.waiting_for_index, self._show_indexing)

    def _sync_progress(self, stage: str, done: int, total: int) -> None:
        """During a sync's index stage the list grows a batch at a time (20,000 households a
        transaction): shown as it grows, with the count still to come."""
        if stage != "index" or not self.isVisible():
            return
        self._show_indexing(max(0, total - done))
        if done:
            self.run_search()

    def _show_indexing(self, waiting: int) -> None:
        """Households a sync brought in are listed once their search row is written: after a
        street's first sync that takes a while (~15 s at 100,000 households), so say so."""
        self.indexing.setVisible(waiting > 0)
        self.indexing.setText(
            self.tr(
                "正在为同步来的住户建立检索索引：还有 {n} 户暂未列出、也搜不到，建好后自动出现。"
            ).format(n=waiting)
            if waiting
            else ""
        )

    def _areas_loaded(self, areas: list[aq.AreaItem]) -> None:
        self.micro_grids = [a for a in areas if a.level == "micro_grid"]
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("全部网格"), None)
        for area in areas:
            if area.level == "grid":
                self.grid.addItem(area.path, area.id)
        self.grid.blockSignals(False)
        self._fill_micro()
        if self.grid.currentData() or self.micro.currentData():
            self.run_search()  # a filter chosen meanwhile (the list so far is unfiltered)

    def _fill_micro(self) -> None:
        grid_id = self.grid.currentData()
        self.micro.blockSignals(True)
        self.micro.clear()
        self.micro.addItem(self.tr("全部微网格"), None)
        for area in self.micro_grids:
            if grid_id is None or area.parent_id == grid_id:
                self.micro.addItem(area.name if grid_id else area.path, area.id)
        self.micro.blockSignals(False)

    def _grid_changed(self, _index: int) -> None:
        self._fill_micro()
        self.run_search()

    def current_filter(self) -> hq.HouseholdFilter:
        return hq.HouseholdFilter(
            text=self.search.text(),
            grid_id=self.grid.currentData(),
            micro_grid_id=self.micro.currentData(),
            tag=self.tag.currentData(),
            order=self.order.currentData() or "address",
            sort=self.sorting.sort,
        )

    def describe_filter(self) -> str:
        parts = []
        if self.search.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.search.text().strip()))
        for combo in (self.grid, self.micro, self.tag):
            if combo.currentData():
                parts.append(combo.currentText())
        return fmt.clauses(parts)

    def _open_row(self, index: QModelIndex) -> None:
        """Open the household: its record in the detail panel, the keyboard on its residents."""
        key = self.model.key_at(index.row())
        if key is None:
            return
        if self.detail is None or self.detail.id != key:
            self.load_detail(key)
        self.panel.residents.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_search(self) -> None:
        """Search on the reader pool, in two steps so the register opens (and answers each
        keystroke) fast even with 100,000 households: the first screenful of ids with the rows
        of its first page in one read, then — only if there may be more — every id and the
        count, so the long read never competes with the first rows."""
        self._debounce.stop()
        self._search_generation += 1
        generation = self._search_generation
        flt = self.current_filter()
        limit = self.app.settings.search_result_limit
        first = min(FIRST_SCREEN, limit)

        def first_done(found: tuple[list[str], dict[str, hq.HouseholdRow]]) -> None:
            ids, rows = found
            complete = len(ids) < first  # nothing beyond the first screenful
            self._search_done(generation, ids, partial=not complete, rows=rows)
            if not complete and generation == self._search_generation:
                self.app.ops.read(
                    lambda s: hq.search_keys(s, flt, limit),
                    lambda ids: self._search_done(generation, ids),
                )

        # the persisted FTS5 index answers the text (gridwarden/search_fts.py)
        page = min(hq.FIRST_ROWS, self.model.PAGE)
        self.app.ops.read(lambda s: hq.first_screen(s, flt, first, page), first_done)

    def _search_done(
        self,
        generation: int,
        ids: Sequence[str],
        partial: bool = False,
        rows: dict[str, hq.HouseholdRow] | None = None,
    ) -> None:
        if generation != self._search_generation:
            return  # a newer search is on its way: typing moved on
        if self._shown_generation == generation:
            if not partial:  # the full list after its first screenful
                self.model.extend_keys(ids)
                self.count.setText(self.tr("共 {n} 户").format(n=len(ids)))
                self._select_wanted(ids)  # it may lie beyond the first screenful
            return
        self._shown_generation = generation
        # a household another page asked to open wins over the one shown (the page's own first
        # search may come back after the open asked for it)
        keep = self._wanted or (self.detail.id if self.detail else None) or self._selected_key()
        self.model.set_keys(ids, rows)
        if self._wanted and self._wanted in ids:
            while self.model.row_of(self._wanted) < 0 and self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
            if not partial:
                self._wanted = None
        self.count.setText(
            self.tr("正在载入…") if partial else self.tr("共 {n} 户").format(n=len(ids))
        )
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif ids:
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def _selected_key(self) -> str | None:
        """The selected row's household, before its detail has come back."""
        index = self.table.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def _select_wanted(self, ids: Sequence[str]) -> None:
        """The household another page asked to open, once the whole list has come."""
        wanted, self._wanted = self._wanted, None
        if wanted is None or wanted not in ids:
            return
        while self.model.row_of(wanted) < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.select_household(wanted)

    def load_detail(self, household_id: str) -> None:
        self.app.ops.read(lambda s: hq.detail(s, household_id), self._show_detail)

    def _show_detail(self, detail: hq.HouseholdDetail | None) -> None:
        self.detail = detail
        self.panel.show_detail(detail, none_found=self.model.total == 0)

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.run_search()
        if self.indexing.isVisible() or "household" in changes.entities:
            self.app.ops.read(hq.waiting_for_index, self._show_indexing)
        if self.detail and self.detail.id in changes.ids:
            self.load_detail(self.detail.id)

    def select_household(self, household_id: str) -> bool:
        """Select a household if it is in the current list (used by other pages and tests)."""
        row = self.model.row_of(household_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def open_household(self, household_id: str) -> None:
        """Show this household even if the filter hides it: clear the filters first."""
        if self.select_household(household_id):
            return
        self._wanted = household_id
        with held(self.search, self.grid, self.micro, self.tag):
            self.search.clear()
            for combo in (self.grid, self.micro, self.tag):
                combo.setCurrentIndex(0)
        self.detail = None
        self._search_generation += 1
        generation = self._search_generation
        flt = self.current_filter()

        def found(ids: Sequence[str]) -> None:
            self._search_done(generation, ids)
            index = ids.index(household_id) if household_id in ids else -1
            while (
                index >= 0
                and self.model.row_of(household_id) < 0
                and self.model.canFetchMore(QModelIndex())
            ):
                self.model.fetchMore(QModelIndex())
            self.select_household(household_id)

        self.app.ops.read(lambda s: hq.search_keys(s, flt), found)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- actions -----------------------------------------------------------------------------
    def new_household(self) -> None:
        micro = self.micro.currentData() or (self.detail.micro_grid_id if self.detail else None)
        dialog = HouseholdDialog(self.app, self.micro_grids, None, micro, self)
        dialog.saved.connect(lambda changes: self._open_new(changes.primary_id))
        self.show_dialog(dialog)

    def _open_new(self, household_id: str | None) -> None:
        if household_id:
            self.open_household(household_id)


def _indexing_notice() -> QLabel:
    """The line under the filters while a first sync's search index is written (hidden else)."""
    notice = QLabel()
    notice.setObjectName("hint")
    notice.setWordWrap(True)
    notice.hide()
    return notice
