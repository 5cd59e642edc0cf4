"""Online filing (网上立案): the queue of filings, the selected filing with what its package
still lacks, its parties' court details, its files and history, and the steps that follow it
to the case number. The package dialog exports a frozen version; the walk-through helps the
party file on the court's platform under their own account."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.exports.excel import Sheet
from gridwarden.queries import disputes as dq
from gridwarden.queries import filings as fq
from gridwarden.rules import filing as fr
from gridwarden.services.context import Changes
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.filing import (
    AttachDialog,
    FilingEditDialog,
    FilingStepDialog,
    PartyDetailsDialog,
)
from ui.dialogs.filing_package import AssistDialog, PackageDialog
from ui.exports import export_workbook, statistics_file
from ui.i18n import core_text, render
from ui.pages.base import Page, keyed_table, make_table, section_label
from ui.pages.list_detail import ListDetail, filter_combo, search_box
from ui.table_models import Column, KeyedTableModel, RowsTableModel
from ui.widgets.action_bar import ActionBar
from ui.widgets.filters import choose, held
from ui.widgets.ledger_export import page_ledger
from ui.widgets.lists import DueChip, EmptyHint, SortState
from ui.widgets.wrapping_grid import WrappingGrid


def deadline_text(kind: str) -> str:
    return core_text(fq.DEADLINE_KINDS[kind]) if kind in fq.DEADLINE_KINDS else ""


# The forward step of each state (the primary button); the court's refusals, corrections and a
# withdrawal stay in 更多操作.
NEXT_STEPS = (
    fr.Action.PREPARE,
    fr.Action.SIGN,
    fr.Action.SUBMIT,
    fr.Action.RESUBMIT,
    fr.Action.DOCKET,
    fr.Action.ACCEPT,
    fr.Action.CONFIRM,
)


def _why_not(action: str, detail: fq.FilingDetail) -> str | None:
    """None when the step may be recorded now, else the rule's refusal."""
    try:
        fr.ensure_allowed(detail.status, action, detail.kind)
    except GridWardenError as error:
        return render(error.message)
    return None


class FilingPage(ListDetail, Page):
    name = "filing"
    watches = frozenset({"filing", "filing_step", "attachment", "dispute_party", "dispute"})

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail: fq.FilingDetail | None = None
        self.courts: list[dq.UnitItem] = []
        self._generation = 0

        self.status = filter_combo(
            [
                (self.tr("办理中"), "open"),
                (self.tr("已结束"), "closed"),
                (self.tr("全部状态"), None),
            ],
            fr.STATUS_LABELS,
        )
        self.kind = filter_combo([(self.tr("全部类型"), None)], fr.KINDS)
        self.text = search_box(self.tr("搜索编号、案号、纠纷编号、当事人"))
        self.count = QLabel()
        stats = QPushButton(self.tr("统计导出（Excel）"))
        stats.setObjectName("filingStatistics")
        stats.clicked.connect(self.export_statistics)
        bar = QHBoxLayout()
        for widget, stretch in ((self.status, 1), (self.kind, 1), (self.text, 3)):
            bar.addWidget(widget, stretch)
        self.due_chip = DueChip()
        self.due_chip.cleared.connect(self._filter_changed)
        bar.addWidget(self.due_chip)
        bar.addWidget(self.count)
        bar.addWidget(stats)
        self._bar = bar
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)

        today = app.clock.today
        self.model = KeyedTableModel(
            [
                Column(self.tr("编号"), lambda r: r.number, sort_key="number"),
                Column(self.tr("类型"), lambda r: fmt.label(fr.KINDS, r.kind), sort_key="kind"),
                Column(
                    self.tr("状态"),
                    lambda r: fmt.label(fr.STATUS_LABELS, r.status),
                    sort_key="status",
                ),
                Column(
                    self.tr("当事人"),
                    lambda r: r.parties,
                    tooltip=lambda r: r.parties,
                    sort_key="parties",
                ),
                Column(self.tr("法院"), lambda r: r.court, sort_key="court"),
                Column(
                    self.tr("期限"),
                    lambda r: fmt.day(r.next_due) if r.next_due else "",
                    tone=lambda r: fmt.due_tone(r.next_due, today()) if r.next_due else None,
                    tooltip=lambda r: deadline_text(r.next_due_kind),
                ),
                Column(
                    self.tr("剩余"),
                    lambda r: fmt.days_left(r.next_due, today()) if r.next_due else "",
                    tone=lambda r: fmt.due_tone(r.next_due, today()) if r.next_due else None,
                ),
                Column(self.tr("案号"), lambda r: r.case_number, sort_key="case_number"),
            ],
            app.dispatcher,
            app.rows_fetcher(fq.filing_rows),
            self,
        )
        widths = (150, 110, 72, 150, 110, 86, 64, 170)
        self.table = keyed_table(
            self.model, "filingTable", widths, self.load_detail, self._open_row
        )
        self.sorting = SortState(self.table, [c.sort_key for c in self.model.columns], self.refresh)
        self.ledger = page_ledger(self, self.tr("网上立案台账"), "ledger.filings")
        self._bar.insertWidget(self._bar.indexOf(self.count), self.ledger.button)
        self.empty = EmptyHint(
            self.table,
            self.tr(
                "没有符合条件的立案。改一改状态筛选；从纠纷或法律援助案件的“准备起诉材料”开始。"
            ),
        )

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([700, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)

        self.wire_filters(self.text, (self.status, self.kind))

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.heading = QLabel(self.tr("选择左侧的立案查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        actions = WrappingGrid(columns=4)
        self.tool_buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("package", self.tr("材料包…"), self.open_package),
            ("edit", self.tr("编辑材料…"), self.edit_content),
            ("attach", self.tr("添加材料…"), self.attach_files),
            ("assist", self.tr("协助提交…"), self.open_assist),
        ):
            button = QPushButton(text)
            button.setObjectName(f"filing_{name}")
            button.clicked.connect(slot)
            button.setEnabled(False)
            actions.addWidget(button)
            self.tool_buttons[name] = button
        self.bar = ActionBar(
            [(a.value, core_text(fr.ACTION_LABELS[a])) for a in fr.Action],
            self.start_action,
            "filing_action",
        )
        self.step_actions = self.bar.by_key
        self.missing = QListWidget()
        self.missing.setObjectName("filingMissing")
        self.missing.setWordWrap(True)
        self.parties = QListWidget()
        self.parties.setObjectName("filingParties")
        self.parties.setWordWrap(True)
        self.parties.itemActivated.connect(lambda _i: self.edit_party())
        party_button = QPushButton(self.tr("填写诉讼信息…"))
        party_button.clicked.connect(self.edit_party)
        self.party_button = party_button
        party_box = QWidget()
        column = QVBoxLayout(party_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.parties, 1)
        column.addWidget(party_button)
        self.files = QListWidget()
        self.files.setObjectName("filingFiles")
        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: fmt.label(fr.ACTION_LABELS, s.action)),
                Column(self.tr("状态"), lambda s: fmt.label(fr.STATUS_LABELS, s.to_status)),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(
                    self.tr("说明"),
                    lambda s: fmt.one_line(s.reason, 40),
                    tooltip=lambda s: s.reason,
                ),
            ],
            self,
        )
        self.steps = make_table(self.step_model)
        self.steps.setObjectName("filingHistory")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.missing, self.tr("尚缺材料"))
        self.tabs.addTab(party_box, self.tr("当事人"))
        self.tabs.addTab(self.files, self.tr("材料"))
        self.tabs.addTab(self.steps, self.tr("办理记录"))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.bar)
        layout.addLayout(actions)
        layout.addWidget(section_label(self.tr("材料包与跟踪")))
        layout.addWidget(self.tabs, 1)
        return panel

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self.courts:
            self.app.ops.read(lambda s: dq.org_units(s, ("court",)), self._courts_loaded)
        self._generation += 1
        generation = self._generation
        flt = fq.FilingFilter(
            self.status.currentData(),
            self.kind.currentData(),
            self.text.text(),
            self.sorting.sort,
            *self.due_chip.bounds(),
        )
        self.app.ops.read(
            lambda s: fq.filing_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )
        self.app.ops.read(fq.statistics, self._show_statistics)

    def describe_filter(self) -> str:
        parts = [self.status.currentText()]
        if self.kind.currentData():
            parts.append(self.kind.currentText())
        if self.text.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.text.text().strip()))
        if self.due_chip.describe():
            parts.append(self.due_chip.describe())
        return fmt.clauses(parts)

    def show_due(self, first: date | None, last: date | None) -> None:
        """From a Today tile: the filings whose current deadline falls in this range."""
        self.due_chip.set_range(first, last)
        self._filter_changed()

    def _show_statistics(self, stats: fq.FilingStats) -> None:
        days = stats.average_days_to_case_number
        rate = stats.correction_rate
        self.summary.setText(
            self.tr(
                "统计：共 {total} 件，已立案（确认）{docketed} 件，平均 {days} 天取得案号；"
                "退回补正率 {rate}"
            ).format(
                total=sum(stats.by_kind.values()),
                docketed=stats.docketed,
                days="—" if days is None else f"{days:.1f}",
                rate="—" if rate is None else f"{rate * 100:.0f}%",
            )
        )

    def _courts_loaded(self, courts: list[dq.UnitItem]) -> None:
        self.courts = courts

    def load_detail(self, filing_id: str) -> None:
        today = self.app.clock.today()
        self.app.ops.read(lambda s: fq.filing_detail(s, filing_id, today), self._latest_detail())

    def _show(self, detail: fq.FilingDetail | None) -> None:
        self.detail = detail
        for list_widget in (self.missing, self.parties, self.files):
            list_widget.clear()
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的立案"))
            self.info.setText("")
            self.step_model.set_rows([])
            self.bar.clear()
            for button in self.tool_buttons.values():
                button.setEnabled(False)
            return
        row = detail.row
        self.heading.setText(
            f"{row.number} · {fmt.label(fr.KINDS, row.kind)} · "
            f"{fmt.label(fr.STATUS_LABELS, row.status)}"
        )
        self.info.setText("\n".join(self._info_lines(detail)))
        for message in detail.missing:
            self.missing.addItem(render(message))
        if not detail.missing:
            self.missing.addItem(self.tr("材料齐全（登记立案规定第六条）"))
        self.tabs.setTabText(0, self.tr("尚缺材料（{n}）").format(n=len(detail.missing)))
        chosen = set(detail.filer_ids)
        for p in detail.parties:
            role = self.tr("申请人/原告") if p.id in chosen else self.tr("对方")
            consent = (
                self.tr("已同意电子送达") if p.e_service_consent else self.tr("未同意电子送达")
            )
            self.parties.addItem(
                self.tr(
                    "{name}（{role}）：{ethnicity} · {occupation} · {address} · {consent}"
                ).format(
                    name=p.name,
                    role=role,
                    ethnicity=p.ethnicity or "—",
                    occupation=p.occupation or "—",
                    address=p.service_address or self.tr("无送达地址"),
                    consent=consent,
                )
            )
        for f in detail.files:
            category = fmt.label(fr.FILE_CATEGORIES, f.category or "other")
            self.files.addItem(
                self.tr("{category}：{name}（{pages} 页，{kb} KB）").format(
                    category=category, name=f.filename, pages=f.pages, kb=f.size // 1024 or 1
                )
            )
        self.step_model.set_rows(detail.steps)
        reasons = {code: _why_not(code, detail) for code in self.step_actions}
        self.bar.show_state(reasons, next((c for c in NEXT_STEPS if reasons.get(c) is None), None))
        editable = detail.status in fr.EDITABLE
        self.tool_buttons["package"].setEnabled(True)
        self.tool_buttons["edit"].setEnabled(editable)
        self.tool_buttons["attach"].setEnabled(detail.dispute_id is not None)
        self.tool_buttons["assist"].setEnabled(detail.status not in fr.TERMINAL)
        self.party_button.setEnabled(bool(detail.parties))

    def _info_lines(self, d: fq.FilingDetail) -> list[str]:
        today = self.app.clock.today()
        lines = [
            self.tr("纠纷：{number}　当事人：{parties}").format(
                number=d.dispute_number or "—", parties=d.row.parties
            ),
            self.tr("法院：{court}　管辖依据：{basis}").format(
                court=d.court or "—",
                basis=fmt.label({**fr.JURISDICTION_BASES, **fr.CONFIRMATION_BASES}, d.jurisdiction)
                or "—",
            ),
        ]
        if d.kind != "confirmation":
            lines.append(self.tr("起诉状：{cause}").format(cause=fmt.label(fr.CAUSES, d.cause)))
        if d.confirmation_due_on and d.status in fr.OPEN_STATUSES:
            lines.append(
                self.tr("申请司法确认期限：{due}（{left}）").format(
                    due=fmt.day(d.confirmation_due_on),
                    left=fmt.days_left(d.confirmation_due_on, today),
                )
            )
        if d.platform_number:
            lines.append(
                self.tr("平台申请编号：{n}，提交于 {on}").format(
                    n=d.platform_number, on=fmt.day(d.submitted_on)
                )
            )
        if d.decision_due_on:
            lines.append(
                self.tr("法院应于 {due} 前作出决定（{left}）").format(
                    due=fmt.day(d.decision_due_on), left=fmt.days_left(d.decision_due_on, today)
                )
            )
        if d.correction_due_on:
            lines.append(
                self.tr("补正期限：{due}（{left}）").format(
                    due=fmt.day(d.correction_due_on), left=fmt.days_left(d.correction_due_on, today)
                )
            )
        if d.case_number:
            lines.append(self.tr("案号：{n}").format(n=d.case_number))
        if d.fee_due_on:
            lines.append(self.tr("诉讼费交纳期限：{due}").format(due=fmt.day(d.fee_due_on)))
        if d.appeal_due_on:
            lines.append(self.tr("上诉期限：{due}").format(due=fmt.day(d.appeal_due_on)))
        lines.append(self.tr("材料包已导出 {n} 版").format(n=d.package_version))
        return lines

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.refresh()
        if self.detail and (
            self.detail.row.id in changes.ids
            or (self.detail.dispute_id and self.detail.dispute_id in changes.ids)
        ):
            self.load_detail(self.detail.row.id)

    def open_filing(self, filing_id: str) -> None:
        """Show this filing even if the current filter hides it."""
        row = self.model.row_of(filing_id)
        if row >= 0:
            self.table.selectRow(row)
            return
        with held(self.status, self.kind):
            choose(self.status, None)
            self.kind.setCurrentIndex(0)
        self.detail, self._wanted = None, filing_id
        self.load_detail(filing_id)
        self.refresh()

    # --- actions -----------------------------------------------------------------------------
    def start_action(self, action: str) -> None:
        if self.detail is None:
            return
        try:
            fr.ensure_allowed(self.detail.status, action, self.detail.kind)
        except GridWardenError as error:
            self.app.notifier.warn(self, self.tr("不能办理"), render(error.message))
            return
        self.show_dialog(FilingStepDialog(self.app, self.detail, action, self))

    def open_package(self) -> None:
        if self.detail is not None:
            self.show_dialog(PackageDialog(self.app, self.detail, self))

    def open_assist(self) -> None:
        if self.detail is not None:
            self.show_dialog(AssistDialog(self.app, self.detail, self))

    def edit_content(self) -> None:
        if self.detail is not None:
            self.show_dialog(FilingEditDialog(self.app, self.detail, self.courts, self))

    def edit_party(self) -> None:
        if self.detail is None or not self.detail.parties:
            return
        row = max(0, self.parties.currentRow())
        party = self.detail.parties[row]
        self.show_dialog(PartyDetailsDialog(self.app, party, self.app.clock.today(), self))

    def attach_files(self) -> None:
        if self.detail is None or self.detail.dispute_id is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择材料"),
            "",
            self.tr("PDF 和图片 (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)"),
        )
        if files:
            self.attach_paths([Path(f) for f in files])

    def attach_paths(self, paths: list[Path]) -> None:
        if self.detail is None or self.detail.dispute_id is None:
            return
        self.show_dialog(
            AttachDialog(self.app, self.detail.dispute_id, self.detail.parties, paths, self)
        )

    def export_statistics(self) -> None:
        """Filings by kind, status and court; days to the case number; the correction rate.
        The workbook is written (and its figures read) on the file worker; only its audit entry
        goes through the writer."""
        path = statistics_file(self.app, self.tr("网上立案统计-{day}.xlsx"))
        sessions = self.app.store.sessions

        def sheets() -> list[Sheet]:
            with sessions() as session:
                return statistics_sheets(fq.statistics(session))

        export_workbook(self.app, self, path, sheets, self.app.filing_packages.record_statistics)


def statistics_sheets(stats: fq.FilingStats) -> list[Sheet]:
    def rows(counts: dict[str, int], vocabulary: dict[str, str] | None) -> list[tuple[str, int]]:
        return [
            (fmt.label(vocabulary, code) if vocabulary else (code or "—"), n)
            for code, n in sorted(counts.items(), key=lambda item: -item[1])
        ]

    days = stats.average_days_to_case_number
    rate = stats.correction_rate
    return [
        Sheet(
            QCoreApplication.translate("filing", "按类型"),
            [
                QCoreApplication.translate("filing", "类型"),
                QCoreApplication.translate("filing", "件数"),
            ],
            rows(stats.by_kind, fr.KINDS),
            chart_title=QCoreApplication.translate("filing", "网上立案按类型"),
        ),
        Sheet(
            QCoreApplication.translate("filing", "按状态"),
            [
                QCoreApplication.translate("filing", "状态"),
                QCoreApplication.translate("filing", "件数"),
            ],
            rows(stats.by_status, fr.STATUS_LABELS),
        ),
        Sheet(
            QCoreApplication.translate("filing", "按法院"),
            [
                QCoreApplication.translate("filing", "法院"),
                QCoreApplication.translate("filing", "件数"),
            ],
            rows(stats.by_court, None),
        ),
        Sheet(
            QCoreApplication.translate("filing", "汇总"),
            [
                QCoreApplication.translate("filing", "指标"),
                QCoreApplication.translate("filing", "数值"),
            ],
            [
                (QCoreApplication.translate("filing", "已立案（确认）件数"), stats.docketed),
                (
                    QCoreApplication.translate("filing", "平均取得案号天数"),
                    "—" if days is None else round(days, 1),
                ),
                (QCoreApplication.translate("filing", "曾被退回补正件数"), stats.corrected),
                (
                    QCoreApplication.translate("filing", "退回补正率"),
                    "—" if rate is None else f"{rate * 100:.1f}%",
                ),
            ],
            notes=[
                QCoreApplication.translate(
                    "filing", "取得案号天数：自平台提交之日至立案（确认）之日。"
                ),
            ],
        ),
    ]
