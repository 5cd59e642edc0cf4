"""The household register: search-as-you-type, filters, detail with residents and visits."""

from __future__ import annotations

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
from gridwarden.queries.dispute_intake import prefill_from_visit
from gridwarden.rules.register import HEAD, HOUSEHOLD_TAGS
from gridwarden.services.context import Changes
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.event import EventDialog
from ui.dialogs.register import CarePlanDialog, HouseholdDialog, ReasonDialog, ResidentDialog
from ui.dialogs.visit import VisitDialog
from ui.i18n import core_text
from ui.pages.base import Page, make_table, on_current_key, section_label
from ui.pages.dispute_handoff import DisputeHook, dispute_button, hand_over
from ui.table_models import Column, KeyedTableModel, RowsTableModel
from ui.widgets.ledger_export import LedgerExport
from ui.widgets.lists import EmptyHint, SortState, open_rows

FIRST_SCREEN = 200


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
        self.on_dispute = on_dispute
        self.micro_grids: list[aq.AreaItem] = []
        self.detail: hq.HouseholdDetail | None = None
        self.show_ids = False
        self._search_generation = 0
        self._shown_generation = -1  # the search whose keys the table shows
        self.last_search_ms = 0.0
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
        self.table = make_table(self.model)
        self.table.setObjectName("householdTable")
        # at 1366 the address, head, 人数, 关怀, 标签 and 最近走访 fit beside the detail panel
        for column, width in enumerate((230, 64, 44, 44, 96, 84)):
            self.table.setColumnWidth(column, width)
        on_current_key(self.table, self.model, self.load_detail)
        # Enter or a double-click opens the household (recording a visit is Ctrl+K / its button)
        open_rows(self.table, self._open_row)
        self.sorting = SortState(
            self.table, [c.sort_key for c in self.model.columns], self.run_search
        )
        self.empty = EmptyHint(
            self.table,
            self.tr("没有符合条件的户。换个搜索词或清空筛选；新增户按 Ctrl+N。"),
        )
        self.ledger = LedgerExport(
            app,
            self,
            self.model,
            self.sorting,
            self.tr("实有人口台账（户）"),
            self.describe_filter,
            "ledger.households",
        )

        self.detail_panel = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_panel)
        splitter.setSizes([760, 640])
        bar.insertWidget(bar.count() - 1, self.ledger.button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
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
        QShortcut(QKeySequence("Ctrl+K"), self, lambda: self.record_visit())
        self._loaded_areas = False

    # --- detail panel ------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.address_label = QLabel(self.tr("选择左侧的户查看详情"))
        self.address_label.setObjectName("detailTitle")
        self.address_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("hint")
        actions = QHBoxLayout()
        self.household_buttons = []
        for text, slot in (
            (self.tr("编辑户"), self.edit_household),
            (self.tr("添加居民"), self.add_resident),
            (self.tr("记录走访 (Ctrl+K)"), self.record_visit),
            (self.tr("上报事件"), self.report_event),
            (self.tr("注销户…"), self.remove_household),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.household_buttons.append(button)
        actions.addStretch()

        self.resident_model = RowsTableModel(
            [
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("关系"), lambda r: core_text(r.relation)),
                Column(self.tr("性别"), lambda r: fmt.gender(r.gender)),
                Column(
                    self.tr("年龄"),
                    lambda r: fmt.age(r.birth_date, self.app.clock.today()),
                    align_right=True,
                ),
                Column(
                    self.tr("身份证号"),
                    lambda r: (r.id_number or "") if self.show_ids else mask(r.id_number),
                ),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(self.tr("身份"), self._flags),
                Column(
                    self.tr("关怀"),
                    lambda r: (
                        self.tr("{reason} · {n}天").format(
                            reason=fmt.care_reason(r.care_reason), n=r.care_frequency_days
                        )
                        if r.care_reason
                        else ""
                    ),
                    tone=lambda r: "warn" if r.care_reason else None,
                ),
            ],
            self,
        )
        self.residents = make_table(self.resident_model)
        self.residents.setObjectName("residentTable")
        self.residents.doubleClicked.connect(lambda _i: self.edit_resident())
        resident_actions = QHBoxLayout()
        self.resident_buttons = []
        for text, slot in (
            (self.tr("编辑居民"), self.edit_resident),
            (self.tr("关怀对象…"), self.care_plan),
            (self.tr("迁出/注销…"), self.remove_resident),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            resident_actions.addWidget(button)
            self.resident_buttons.append(button)
        self.reveal = QPushButton(self.tr("显示证件号"))
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle_ids)
        resident_actions.addWidget(self.reveal)
        resident_actions.addStretch()

        self.visit_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda v: fmt.when(v.visited_at)),
                Column(self.tr("事由"), lambda v: fmt.purpose(v.purpose)),
                Column(self.tr("对象"), lambda v: v.resident_name),
                Column(self.tr("走访人"), lambda v: v.visitor_name),
                Column(self.tr("回访"), lambda v: fmt.day(v.follow_up_date)),
                Column(
                    self.tr("情况"),
                    lambda v: fmt.one_line(v.findings),
                    tooltip=lambda v: v.findings,
                ),
            ],
            self,
        )
        self.visits = make_table(self.visit_model)
        self.visits.setObjectName("visitHistory")

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.address_label)
        layout.addWidget(self.meta_label)
        layout.addLayout(actions)
        layout.addWidget(section_label(self.tr("居民")))
        layout.addWidget(self.residents, 2)
        layout.addLayout(resident_actions)
        layout.addWidget(section_label(self.tr("走访记录")))
        layout.addWidget(self.visits, 3)
        self.void_visit_button = QPushButton(self.tr("作废所选走访…"))
        self.void_visit_button.clicked.connect(self.void_visit)
        self.household_buttons.append(self.void_visit_button)
        self.dispute_button = dispute_button(
            "visitToDispute",
            self.tr("纠纷回访中发现的纠纷转入矛盾调解（受理表预填并关联本次走访）"),
            self.to_dispute,
        )
        self.visits.selectionModel().currentRowChanged.connect(lambda *_a: self._visit_selected())
        visit_actions = QHBoxLayout()
        visit_actions.addWidget(self.void_visit_button)
        visit_actions.addWidget(self.dispute_button)
        visit_actions.addStretch()
        layout.addLayout(visit_actions)
        self._set_detail_enabled(False)
        return panel

    def _flags(self, r: hq.ResidentItem) -> str:
        flags = [
            (r.disabled, self.tr("残疾")),
            (r.subsistence, self.tr("低保")),
            (r.extreme_poverty, self.tr("特困")),
        ]
        years = fmt.age(r.birth_date, self.app.clock.today())
        if years and int(years) < 18:
            flags.append((True, self.tr("未成年")))
        return fmt.join(text for on, text in flags if on)

    def _toggle_ids(self, shown: bool) -> None:
        if shown and self.detail is not None:
            register, household_id = self.app.register, self.detail.id
            self.app.write(lambda: register.reveal_ids(household_id))  # audited
        self.show_ids = shown
        self.reveal.setText(self.tr("隐藏证件号") if shown else self.tr("显示证件号"))
        self.resident_model.set_rows(self.detail.residents if self.detail else [])

    def _set_detail_enabled(self, enabled: bool) -> None:
        for button in self.household_buttons + self.resident_buttons + [self.reveal]:
            button.setEnabled(enabled)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._loaded_areas:
            self._loaded_areas = True
            self.app.query(aq.all_areas, self._areas_loaded)
            return
        self.run_search()

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
        self.run_search()

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
        self.residents.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_search(self) -> None:
        """Search on the reader pool. Without search text the list comes in two steps — the
        first screenful at once, the rest of the keys right after — so the register opens fast
        even with 100,000 households."""
        self._debounce.stop()
        self._search_generation += 1
        generation = self._search_generation
        flt = self.current_filter()
        limit = self.app.settings.search_result_limit
        if not flt.text.strip():
            self.app.query(
                lambda s: hq.search_ids(s, flt, FIRST_SCREEN),
                lambda ids: self._search_done(generation, ids, partial=True),
            )
        self.app.query(  # the persisted FTS5 index answers the text (gridwarden/search_fts.py)
            lambda s: hq.search_ids(s, flt, limit),
            lambda ids: self._search_done(generation, ids),
        )

    def _search_done(self, generation: int, ids: list[str], partial: bool = False) -> None:
        if generation != self._search_generation:
            return  # a newer search is on its way: typing moved on
        if self._shown_generation == generation:
            if not partial:  # the full list after its first screenful
                self.model.extend_keys(ids)
                self.count.setText(self.tr("共 {n} 户").format(n=len(ids)))
            return
        self._shown_generation = generation
        # a household another page asked to open wins over the one shown (the page's own first
        # search may come back after the open asked for it)
        keep = self._wanted or (self.detail.id if self.detail else None)
        self.model.set_keys(ids)
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

    def load_detail(self, household_id: str) -> None:
        self.app.query(lambda s: hq.detail(s, household_id), self._show_detail)

    def _show_detail(self, detail: hq.HouseholdDetail | None) -> None:
        self.detail = detail
        self.show_ids = False
        self.reveal.setChecked(False)
        if detail is None:
            self.address_label.setText(
                self.tr("没有符合条件的户") if self.model.total == 0 else self.tr("该户已不存在")
            )
            self.meta_label.setText("")
            self.resident_model.set_rows([])
            self.visit_model.set_rows([])
            self._set_detail_enabled(False)
            self._visit_selected()
            return
        self.address_label.setText(detail.address)
        parts = [detail.micro_grid, fmt.tags(detail.tags), detail.notes]
        self.meta_label.setText(" · ".join(p for p in parts if p))
        self.resident_model.set_rows(detail.residents)
        self.visit_model.set_rows(detail.visits)
        self._set_detail_enabled(True)
        self._visit_selected()
        self.residents.resizeColumnsToContents()
        self.visits.resizeColumnsToContents()

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.run_search()
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
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.grid, self.micro, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.detail = None
        self._search_generation += 1
        generation = self._search_generation
        flt = self.current_filter()

        def found(ids: list[str]) -> None:
            self._search_done(generation, ids)
            index = ids.index(household_id) if household_id in ids else -1
            while (
                index >= 0
                and self.model.row_of(household_id) < 0
                and self.model.canFetchMore(QModelIndex())
            ):
                self.model.fetchMore(QModelIndex())
            self.select_household(household_id)

        self.app.query(lambda s: hq.search_ids(s, flt), found)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- actions -----------------------------------------------------------------------------
    def selected_resident(self) -> hq.ResidentItem | None:
        index = self.residents.currentIndex()
        if not index.isValid() and self.resident_model.rowCount():
            index = self.resident_model.index(0, 0)
        return self.resident_model.row_at(index.row()) if index.isValid() else None

    def new_household(self) -> None:
        micro = self.micro.currentData() or (self.detail.micro_grid_id if self.detail else None)
        dialog = HouseholdDialog(self.app, self.micro_grids, None, micro, self)
        dialog.saved.connect(lambda changes: self._open_new(changes.primary_id))
        self._show_dialog(dialog)

    def _open_new(self, household_id: str | None) -> None:
        if household_id:
            self.open_household(household_id)

    def edit_household(self) -> None:
        if self.detail:
            self._show_dialog(HouseholdDialog(self.app, self.micro_grids, self.detail, None, self))

    def add_resident(self) -> None:
        if self.detail:
            has_head = any(r.relation == HEAD for r in self.detail.residents)
            self._show_dialog(ResidentDialog(self.app, self.detail.id, None, has_head, self))

    def edit_resident(self) -> None:
        resident = self.selected_resident()
        if self.detail and resident:
            self._show_dialog(ResidentDialog(self.app, self.detail.id, resident, parent=self))

    def care_plan(self) -> None:
        resident = self.selected_resident()
        if resident:
            self._show_dialog(CarePlanDialog(self.app, resident, self))

    def remove_resident(self) -> None:
        resident = self.selected_resident()
        if resident is None:
            return
        register = self.app.register
        self._show_dialog(
            ReasonDialog(
                self.app,
                self.tr("迁出或注销：{name}").format(name=resident.name),
                self.tr("原因（迁出、死亡等）"),
                lambda reason: register.remove_resident(resident.id, reason),
                self,
            )
        )

    def remove_household(self) -> None:
        if self.detail is None:
            return
        register, household_id = self.app.register, self.detail.id
        self._show_dialog(
            ReasonDialog(
                self.app,
                self.tr("注销户：{address}").format(address=self.detail.address),
                self.tr("原因（整户迁出、房屋拆除等）"),
                lambda reason: register.remove_household(household_id, reason),
                self,
            )
        )

    def void_visit(self) -> None:
        """Visits are never edited; one recorded in error is voided with a reason."""
        index = self.visits.currentIndex()
        if not index.isValid():
            return
        visit = self.visit_model.row_at(index.row())
        visits = self.app.visits
        self._show_dialog(
            ReasonDialog(
                self.app,
                self.tr("作废走访：{when}").format(when=fmt.when(visit.visited_at)),
                self.tr("作废原因（如：录错户）"),
                lambda reason: visits.void(visit.id, reason),
                self,
            )
        )

    def _visit_selected(self) -> None:
        visit = self._current_visit()
        follow_up = visit is not None and visit.purpose == "dispute_follow_up"
        self.dispute_button.setEnabled(follow_up and self.on_dispute is not None)

    def _current_visit(self) -> hq.VisitItem | None:
        index = self.visits.currentIndex()
        if not index.isValid() or self.detail is None:
            return None
        visit: hq.VisitItem = self.visit_model.row_at(index.row())
        return visit

    def to_dispute(self) -> None:
        """A dispute found on a follow-up visit goes to mediation, prefilled and linked."""
        visit = self._current_visit()
        if visit is not None:
            visit_id = visit.id
            hand_over(self.app, lambda s: prefill_from_visit(s, visit_id), self.on_dispute)

    def record_visit(self, purpose: str = "routine", resident_id: str | None = None) -> None:
        if self.detail is None:
            return
        dialog = VisitDialog(self.app, self.detail, purpose, resident_id, self)
        dialog.saved.connect(lambda changes: self._after_visit(dialog, changes))
        self._show_dialog(dialog)

    def _after_visit(self, dialog: VisitDialog, changes: Changes) -> None:
        """ "Found a problem": the event form opens with the visit's address and findings."""
        if dialog.raise_event.isChecked() and self.detail:
            self._show_dialog(
                EventDialog(
                    self.app,
                    self.detail.id,
                    changes.primary_id,
                    self.detail.address,
                    dialog.findings.toPlainText(),
                    self,
                )
            )

    def report_event(self) -> None:
        if self.detail:
            self._show_dialog(
                EventDialog(self.app, self.detail.id, None, self.detail.address, "", self)
            )

    def _show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog  # tests and the screenshot tool find it here
        dialog.open()  # type: ignore[attr-defined]
