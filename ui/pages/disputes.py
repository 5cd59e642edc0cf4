"""Disputes (矛盾调解): the ledger, one dispute's file and its steps (dispute_panel), and the
statistics of where disputes end (dispute_stats). Intake from the grid arrives here prefilled
(start_prefilled) from the events page and the household page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.queries import dispute_intake as qi
from gridwarden.queries import disputes as dq
from gridwarden.queries.legal_aid_facts import LegalAidPrefill
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf
from gridwarden.rules import disputes as rules
from gridwarden.services.context import Changes
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.dispute import AgreementDialog, ObligationDialog, SessionDialog, StepDialog
from ui.dialogs.dispute_intake import IntakeDialog, PartyDialog
from ui.dialogs.filing import StartFilingDialog
from ui.dialogs.register import ReasonDialog
from ui.i18n import core_text, render
from ui.operations import counted
from ui.pages.base import AfterLoad, Page, keyed_table
from ui.pages.dispute_panel import DisputePanel
from ui.pages.dispute_stats import WATCHES, DisputeStatsView
from ui.pages.list_detail import ListDetail, filter_combo, ledger_with_stats, search_box
from ui.table_models import Column, KeyedTableModel
from ui.widgets.filters import add_names, choose, held
from ui.widgets.ledger_export import page_ledger
from ui.widgets.lists import DueChip, EmptyHint, SortState
from ui.widgets.saved_lists import SavedLists

LegalAidHook = Callable[[LegalAidPrefill], None]
# Ledger columns and their widths (px) at the 1440 px window; 当事人 takes what is left, so the
# deadline column is always in view without scrolling sideways.
LEDGER_WIDTHS = {0: 132, 2: 120, 3: 56, 4: 104, 5: 92, 6: 64, 7: 72}
PARTIES_COLUMN, DEADLINE_COLUMN = 1, 5


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return fmt.label(vocabulary, code) if code else ""


def _flags(row: dq.DisputeRow) -> str:
    parts = []
    if row.possible_duplicate:
        parts.append(QCoreApplication.translate("disputes", "疑似重复"))
    if row.police_reported:
        parts.append(QCoreApplication.translate("disputes", "已报警"))
    if row.risk_level == "high":
        parts.append(QCoreApplication.translate("disputes", "高风险"))
    return fmt.join(parts)


def deadline_tip(row: dq.DisputeRow) -> str:
    """The deadline the ledger counts down, and which rule sets it."""
    if row.status not in life.OPEN_STATUSES:
        return QCoreApplication.translate("disputes", "结案日期 {d}").format(
            d=fmt.day(row.closed_on)
        )
    kind = row.source if row.source in rules.COURT_SOURCES else "mediation_limit"
    return f"{fmt.day(row.due_on)} {core_text(dl.KINDS[kind])}"


class DisputesPage(ListDetail, Page):
    name = "disputes"
    watches = WATCHES

    def __init__(
        self,
        app: AppContext,
        on_legal_aid: LegalAidHook | None = None,
        parent: QWidget | None = None,
        on_filing: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.on_legal_aid = on_legal_aid
        self.on_filing = on_filing
        self.detail: dq.DisputeDetail | None = None
        self.stations: list[dq.UnitItem] = []
        self.courts: list[dq.UnitItem] = []
        self.units = AfterLoad()
        self._units_asked = False
        self._generation = 0
        self._mediators_asked = False

        self.status = filter_combo(
            [
                (self.tr("全部状态（未结在前）"), None),
                (self.tr("未结"), "open"),
                (self.tr("已结"), "closed"),
            ],
            life.STATUS_LABELS,
        )
        self.level = filter_combo([(self.tr("全部层级"), None)], rules.LEVELS)
        self.category = filter_combo([(self.tr("全部类别"), None)], rules.CATEGORIES)
        self.text = search_box(self.tr("搜索编号、当事人、事实、工单号、法院案号"))
        self.count = QLabel()
        intake = QPushButton(self.tr("受理纠纷 (Ctrl+N)"))
        intake.clicked.connect(self.new_dispute)
        bar = QHBoxLayout()
        for widget, stretch in ((self.status, 1), (self.level, 1), (self.category, 1)):
            bar.addWidget(widget, stretch)
        self.mediator = filter_combo([(self.tr("全部调解员"), "")], {})  # names come on load
        self.mediator.setObjectName("mediatorFilter")
        bar.addWidget(self.mediator, 1)
        bar.addWidget(self.text, 3)
        bar.addWidget(self.count)
        bar.addWidget(intake)

        self.model = KeyedTableModel(
            self._columns(), app.dispatcher, app.rows_fetcher(dq.dispute_rows), self
        )
        self.table = keyed_table(
            self.model, "disputeTable", LEDGER_WIDTHS, self.load_detail, self._open_row, False
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PARTIES_COLUMN, QHeaderView.ResizeMode.Stretch)
        # a long party list keeps both sides: "沈佳洁、… — 王某" (the whole in the tooltip)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sorting = SortState(self.table, [c.sort_key for c in self.model.columns], self.refresh)
        self.empty = EmptyHint(
            self.table,
            self.tr("没有符合条件的纠纷。换个状态或调解员筛选；受理新纠纷按 Ctrl+N。"),
        )
        self.saved = SavedLists(app, "disputes", self.filter_values, self.apply_filter_values, self)
        self.ledger = page_ledger(self, self.tr("纠纷台账"), "ledger.disputes")
        self.due_chip = DueChip()
        self.due_chip.cleared.connect(self._filter_changed)
        second = QHBoxLayout()
        second.addWidget(self.saved)
        second.addWidget(self.due_chip)
        second.addStretch()
        second.addWidget(self.ledger.button)

        self.panel = DisputePanel(app, self.start_action)
        # scrolls when its buttons need more rows than the window has room for (English labels
        # are wider, so fewer fit on a row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.stats = DisputeStatsView(app, self)
        titles = (self.tr("纠纷台账"), self.tr("统计分析"))
        self.tabs = ledger_with_stats(
            self, (bar, second), self.table, scroll, (800, 470), self.stats, titles
        )
        self.wire_filters(self.text, (self.status, self.level, self.category, self.mediator))
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_dispute)

    def _columns(self) -> list[Column]:
        today = self.app.clock.today
        open_ = life.OPEN_STATUSES
        return [
            Column(
                self.tr("编号"),
                lambda r: r.number,
                tooltip=lambda r: fmt.when(r.received_at),
                sort_key="number",
            ),
            Column(
                self.tr("当事人"),
                lambda r: r.parties,
                tooltip=lambda r: r.parties,
                sort_key="parties",
            ),
            Column(
                self.tr("类别"), lambda r: _label(rules.CATEGORIES, r.category), sort_key="category"
            ),
            Column(self.tr("层级"), lambda r: _label(rules.LEVELS, r.level), sort_key="level"),
            Column(
                self.tr("状态"), lambda r: _label(life.STATUS_LABELS, r.status), sort_key="status"
            ),
            Column(
                self.tr("期限"),
                lambda r: (
                    fmt.days_left(r.due_on, today())
                    if r.due_on and r.status in open_
                    else fmt.day(r.closed_on)
                ),
                tone=lambda r: (
                    fmt.due_tone(r.due_on, today()) if r.due_on and r.status in open_ else None
                ),
                tooltip=deadline_tip,
                sort_key="due_on",
            ),
            Column(self.tr("调解员"), lambda r: r.mediator_name, sort_key="mediator"),
            Column(self.tr("提示"), _flags, tone=lambda r: "danger" if _flags(r) else None),
        ]

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        self.load_units()
        self._generation += 1
        generation = self._generation
        flt = self.dispute_filter()
        if not self._mediators_asked:
            self._mediators_asked = True
            self.app.ops.read(dq.mediators, self._mediators_loaded)
        self.app.ops.read(
            lambda s: dq.dispute_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )
        if self.tabs.currentIndex() == 1:
            self.stats.refresh()

    def dispute_filter(self) -> dq.DisputeFilter:
        return dq.DisputeFilter(
            self.status.currentData(),
            self.level.currentData(),
            self.category.currentData(),
            self.text.text(),
            self.mediator.currentData() or "",
            self.sorting.sort,
            *self.due_chip.bounds(),
        )

    def show_due(self, first: date | None, last: date | None) -> None:
        """From a Today tile: the open disputes whose deadline falls in this range."""
        self.tabs.setCurrentIndex(0)
        self.due_chip.set_range(first, last)
        self._filter_changed()

    def describe_filter(self) -> str:
        parts = [self.status.currentText()]
        for combo in (self.level, self.category):
            if combo.currentData():
                parts.append(combo.currentText())
        if self.mediator.currentData():
            parts.append(self.tr("调解员 {name}").format(name=self.mediator.currentText()))
        if self.text.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.text.text().strip()))
        if self.due_chip.describe():
            parts.append(self.due_chip.describe())
        return fmt.clauses(parts)

    def filter_values(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "level": self.level.currentData(),
            "category": self.category.currentData(),
            "mediator": self.mediator.currentData() or "",
            "text": self.text.text(),
            "sort": self.sorting.saved(),
        }

    def apply_filter_values(self, values: dict[str, Any]) -> None:
        combos = (self.status, self.level, self.category)
        with held(*combos, self.mediator, self.text):
            for key, combo in zip(("status", "level", "category"), combos, strict=True):
                choose(combo, values.get(key))
            choose(self.mediator, values.get("mediator") or "", add=True)
            self.text.setText(values.get("text", ""))
        self.sorting.restore(values.get("sort"))
        self._filter_changed()

    def _mediators_loaded(self, names: list[str]) -> None:
        add_names(self.mediator, names)

    def load_units(self, then: Callable[[], None] | None = None) -> None:
        """The stations and courts the forms offer (read once), then `then`."""
        if not self.units.ready and not self._units_asked:
            self._units_asked = True
            self.app.ops.read(lambda s: dq.org_units(s, ("station", "court")), self._units_arrived)
        if then is not None:
            self.units.then(then)

    def _units_arrived(self, units: list[dq.UnitItem]) -> None:
        self.stations = [u for u in units if u.kind == "station"]
        self.courts = [u for u in units if u.kind == "court"]
        self.units.loaded()

    def load_detail(self, dispute_id: str) -> None:
        self.app.ops.read(lambda s: dq.dispute_detail(s, dispute_id), self._latest_detail())

    def _show(self, detail: dq.DisputeDetail | None) -> None:
        self.detail = detail
        self.panel.show_detail(detail)

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.refresh()
        if self.detail and self.detail.row.id in changes.ids:
            self.load_detail(self.detail.row.id)

    def open_dispute(self, dispute_id: str) -> None:
        """Show this dispute even if the current filter hides it."""
        row = self.model.row_of(dispute_id)
        if row >= 0:
            self.table.selectRow(row)
            return
        with held(self.status, self.level, self.category):
            choose(self.status, None)
            self.level.setCurrentIndex(0)
            self.category.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        self.detail, self._wanted = None, dispute_id
        self.load_detail(dispute_id)
        self.refresh()

    # --- intake ------------------------------------------------------------------------------
    def new_dispute(self) -> None:
        self.load_units(lambda: self._intake(None))

    def start_prefilled(self, prefill: qi.DisputePrefill) -> None:
        """Intake from the grid (a 矛盾纠纷线索 event, a dispute follow-up visit): the form opens
        prefilled and linked; an event already taken in opens its dispute instead."""
        if prefill.existing_id and prefill.source == "grid_event":
            self.open_dispute(prefill.existing_id)
            self.app.notifier.inform(
                self,
                self.tr("已转为纠纷"),
                self.tr("该网格事件已转为纠纷 {n}，已为你打开。").format(n=prefill.existing_number),
            )
            return
        self.load_units(lambda: self._intake(prefill))

    def _intake(self, prefill: qi.DisputePrefill | None) -> None:
        dialog = IntakeDialog(self.app, self.stations, self.courts, self, prefill)
        dialog.saved.connect(self._created)
        self.show_dialog(dialog)

    def _created(self, changes: Changes) -> None:
        if changes.primary_id:
            self.open_dispute(changes.primary_id)

    # --- actions -----------------------------------------------------------------------------
    def start_action(self, key: str) -> None:
        """Open the dialog for an action; one the rules refuse is explained, not run."""
        detail = self.detail
        if detail is None:
            return
        row = detail.row
        try:
            if key == "session":
                life.ensure_session_allowed(row.status)
            elif key in life.Action.__members__.values():
                life.ensure_allowed(row.status, key, row.level, detail.referral)
        except GridWardenError as error:
            self.app.notifier.warn(self, self.tr("不能办理"), render(error.message))
            return
        handlers: dict[str, Callable[[], Any]] = {
            "session": lambda: SessionDialog(self.app, detail, parent=self),
            "correct_session": self._correct_session,
            "written": lambda: AgreementDialog(self.app, detail, "written", self),
            "oral": lambda: AgreementDialog(self.app, detail, "oral", self),
            "add_party": lambda: PartyDialog(self.app, row.id, None, self),
            "party": self._edit_party,
            "remove_party": self._remove_party,
            "perform": lambda: self._obligation(breach=False),
            "breach": lambda: self._obligation(breach=True),
            "supervise": self._supervise,
            "export_agreement": lambda: self._export("agreement", row.id),
            "dossier": lambda: self._export("dossier", row.id),
            "legal_aid": self.start_legal_aid,
            "filing": self._start_filing,
        }
        handler = handlers.get(key) or (
            lambda: StepDialog(self.app, detail, key, self.stations, self)
        )
        dialog = handler()
        if isinstance(dialog, StepDialog) and key == life.Action.ESCALATE:
            dialog.saved.connect(self._escalated)
        if isinstance(dialog, QDialog):
            self.show_dialog(dialog)

    def _escalated(self, changes: Changes) -> None:
        """Escalation to the court ended mediation (Art. 26) and opened a complaint filing."""
        if changes.touches("filing"):
            handoff = self.tr(
                "已终止调解（人民调解法第二十六条），并建立起诉材料包；请在「网上立案」页"
                "补齐材料，协助当事人向法院起诉。"
            )
            self.app.notifier.inform(self, self.tr("移交法院"), handoff)

    def _edit_party(self) -> QWidget | None:
        party = self.panel.selected_party()
        if self.detail is None or party is None:
            return None
        return PartyDialog(self.app, self.detail.row.id, party, self)

    def _remove_party(self) -> QWidget | None:
        party = self.panel.selected_party()
        if self.detail is None or party is None:
            return None
        dispute_id, service = self.detail.row.id, self.app.disputes
        return ReasonDialog(
            self.app,
            self.tr("移除当事人：{name}").format(name=party.name),
            self.tr("移除原因（如：录入错误、经查与本纠纷无关）"),
            lambda reason: service.remove_party(dispute_id, party.id, reason),
            self,
        )

    def _correct_session(self) -> QWidget | None:
        item = self.panel.selected_session()
        if self.detail is None or item is None:
            return None
        if item.superseded:
            self.app.notifier.warn(
                self, self.tr("不能更正"), self.tr("该记录已有更新的版本，请更正最新版本")
            )
            return None
        return SessionDialog(self.app, self.detail, item, self)

    def _selected_open_obligation(self) -> dq.ObligationItem | None:
        item = self.panel.selected_obligation()
        if item is None:
            self.app.notifier.warn(
                self, self.tr("协议履行"), self.tr("请先在列表中选择一项履行事项")
            )
            return None
        if item.performed_on is not None:
            self.app.notifier.warn(self, self.tr("协议履行"), self.tr("该事项已履行"))
            return None
        return item

    def _obligation(self, breach: bool) -> QWidget | None:
        item = self._selected_open_obligation()
        if item is None:
            return None
        if breach and item.state(self.app.clock.today()) == perf.BREACHED:
            self.app.notifier.warn(self, self.tr("协议履行"), self.tr("该事项已登记不履行"))
            return None
        return ObligationDialog(self.app, item, breach, self)

    def _supervise(self) -> QWidget | None:
        item = self._selected_open_obligation()
        if item is None:
            return None
        service = self.app.disputes
        return ReasonDialog(
            self.app,
            self.tr("督促履行：{what}").format(what=fmt.pair(item.obligor, item.description)),
            self.tr("督促方式与义务人的答复"),
            lambda note: service.record_supervision(item.id, note),
            self,
            field="note",
        )

    def _start_filing(self) -> QWidget | None:
        """A failed mediation or a signed agreement goes to the court as a filing package."""
        if self.detail is None:
            return None
        dialog = StartFilingDialog(self.app, self.detail, self.courts, self)
        dialog.saved.connect(self._filing_started)
        return dialog

    def _filing_started(self, changes: Changes) -> None:
        if changes.primary_id and self.on_filing is not None:
            self.on_filing(changes.primary_id)

    def start_legal_aid(self) -> None:
        if self.detail is None:
            return
        dispute_id = self.detail.row.id
        self.app.ops.read(lambda s: dq.legal_aid_prefill(s, dispute_id), self._legal_aid_ready)

    def _legal_aid_ready(self, prefill: LegalAidPrefill | None) -> None:
        if prefill is None:
            return
        if self.on_legal_aid is not None:
            self.on_legal_aid(prefill)
        else:
            self.app.notifier.inform(
                self,
                self.tr("转法律援助"),
                self.tr("将为 {name} 打开法律援助申请（已预填纠纷 {n} 的信息）。").format(
                    name=prefill.applicant_name, n=prefill.source_dispute_number
                ),
            )

    def _export(self, kind: str, dispute_id: str) -> None:
        """Rendered on the file worker (saves go on meanwhile); only the audit entry is written."""
        docs = self.app.dispute_documents
        working = self.tr("正在导出卷宗") if kind == "dossier" else self.tr("正在生成调解协议书")

        def done(files: Any) -> None:
            self.app.notifier.inform(
                self,
                self.tr("已生成"),
                self.tr("已保存：\n{pdf}\n{docx}").format(pdf=files.pdf, docx=files.docx),
            )

        self.app.ops.prepared_write(
            lambda report: docs.render(kind, dispute_id, counted(report, working)),
            lambda files: docs.record(kind, dispute_id, files),
            done,
            owner=self,
            title=self.tr("未能生成"),
        )
