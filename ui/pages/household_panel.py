"""One household on the register page: its address, residents and visits, and what can be
done to it (edit, add a resident, record a visit, report an event, remove, void a visit, hand a
follow-up visit's dispute to mediation). The page around it searches and lists households."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gridwarden.queries import areas as aq
from gridwarden.queries import households as hq
from gridwarden.queries.dispute_intake import prefill_from_visit
from gridwarden.rules.register import HEAD
from gridwarden.services.context import Changes
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.event import EventDialog
from ui.dialogs.register import CarePlanDialog, HouseholdDialog, ReasonDialog, ResidentDialog
from ui.dialogs.visit import VisitDialog
from ui.i18n import core_text
from ui.pages.base import make_table, section_label
from ui.pages.dispute_handoff import DisputeHook, dispute_button, hand_over
from ui.table_models import Column, RowsTableModel


class HouseholdPanel(QWidget):
    def __init__(
        self,
        app: AppContext,
        micro_grids: Callable[[], list[aq.AreaItem]],
        on_dispute: DisputeHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.micro_grids = micro_grids
        self.on_dispute = on_dispute
        self.detail: hq.HouseholdDetail | None = None
        self.show_ids = False
        self._build()

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.open()  # never exec(): the writer's results keep arriving

    def _build(self) -> None:
        panel = self
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
            self.app.ops.write(lambda: register.reveal_ids(household_id))  # audited
        self.show_ids = shown
        self.reveal.setText(self.tr("隐藏证件号") if shown else self.tr("显示证件号"))
        self.resident_model.set_rows(self.detail.residents if self.detail else [])

    def _set_detail_enabled(self, enabled: bool) -> None:
        for button in self.household_buttons + self.resident_buttons + [self.reveal]:
            button.setEnabled(enabled)

    def show_detail(self, detail: hq.HouseholdDetail | None, none_found: bool = False) -> None:
        """Show a household (None: the list is empty, or the household is gone)."""
        self.detail = detail
        self.show_ids = False
        self.reveal.setChecked(False)
        if detail is None:
            self.address_label.setText(
                self.tr("没有符合条件的户") if none_found else self.tr("该户已不存在")
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

    # --- actions -----------------------------------------------------------------------------
    def selected_resident(self) -> hq.ResidentItem | None:
        index = self.residents.currentIndex()
        if not index.isValid() and self.resident_model.rowCount():
            index = self.resident_model.index(0, 0)
        return self.resident_model.row_at(index.row()) if index.isValid() else None

    def edit_household(self) -> None:
        if self.detail:
            self.show_dialog(HouseholdDialog(self.app, self.micro_grids(), self.detail, None, self))

    def add_resident(self) -> None:
        if self.detail:
            has_head = any(r.relation == HEAD for r in self.detail.residents)
            self.show_dialog(ResidentDialog(self.app, self.detail.id, None, has_head, self))

    def edit_resident(self) -> None:
        resident = self.selected_resident()
        if self.detail and resident:
            self.show_dialog(ResidentDialog(self.app, self.detail.id, resident, parent=self))

    def care_plan(self) -> None:
        resident = self.selected_resident()
        if resident:
            self.show_dialog(CarePlanDialog(self.app, resident, self))

    def remove_resident(self) -> None:
        resident = self.selected_resident()
        if resident is None:
            return
        register = self.app.register
        self.show_dialog(
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
        self.show_dialog(
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
        self.show_dialog(
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
        self.show_dialog(dialog)

    def _after_visit(self, dialog: VisitDialog, changes: Changes) -> None:
        """ "Found a problem": the event form opens with the visit's address and findings."""
        if dialog.raise_event.isChecked() and self.detail:
            self.show_dialog(
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
            self.show_dialog(
                EventDialog(self.app, self.detail.id, None, self.detail.address, "", self)
            )
