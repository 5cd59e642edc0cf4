"""Grid events (网格事件/工单): the work-order list, one order's detail, history and steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.queries import areas as aq
from gridwarden.queries import events as eq
from gridwarden.queries.dispute_intake import prefill_from_event
from gridwarden.rules import event_lifecycle as life
from gridwarden.services.context import Changes
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.event import EventDialog, StepDialog, image_filter
from ui.dialogs.time_limits import TimeLimitsDialog
from ui.i18n import core_text, render
from ui.pages.base import Page, keyed_table, make_table, section_label
from ui.pages.dispute_handoff import DisputeHook, dispute_button, hand_over
from ui.pages.event_stats import EventStatsView
from ui.pages.list_detail import ListDetail, filter_combo, ledger_with_stats, search_box
from ui.table_models import Column, KeyedTableModel, RowsTableModel
from ui.widgets.action_bar import ActionBar
from ui.widgets.banner import WarningBanner
from ui.widgets.filters import choose, held
from ui.widgets.ledger_export import page_ledger
from ui.widgets.lists import DueChip, EmptyHint, SortState
from ui.widgets.saved_lists import DateRange, SavedLists
from ui.widgets.wrapping_grid import WrappingGrid

DISPUTE_LEAD = "dispute_lead"  # the event category that may become a dispute


# The forward step of each state, first that may run (the primary button); refusals, returns,
# extensions and supervision stay in 更多操作.
NEXT_STEPS = (
    life.Action.DISPATCH,
    life.Action.SIGN,
    life.Action.HANDLE,
    life.Action.REPLY,
    life.Action.APPROVE_EXTENSION,
    life.Action.CALLBACK,
    life.Action.CLOSE,
)


class EventsPage(ListDetail, Page):
    name = "events"
    watches = frozenset({"grid_event", "event_step", "attachment", "department"})

    def __init__(
        self,
        app: AppContext,
        on_dispute: DisputeHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.on_dispute = on_dispute
        # set by the main window: opens the map to place an event (kind, id, label)
        self.on_locate: Callable[[str, str, str], None] | None = None
        self.departments: list[aq.DepartmentItem] = []
        self.detail: eq.EventDetail | None = None
        self._generation = 0

        self.status = filter_combo(
            [
                (self.tr("未办结"), "open"),
                (self.tr("已超期未办结"), "overdue"),
                (self.tr("全部状态"), None),
            ],
            life.STATUS_LABELS,
        )
        self.category = filter_combo([(self.tr("全部类别"), None)], life.CATEGORIES)
        self.channel = filter_combo([(self.tr("全部渠道"), None)], life.CHANNELS)
        self.text = search_box(self.tr("搜索编号、12345 工单号、描述、地点"))
        self.department = filter_combo([(self.tr("全部部门"), None)], {})  # names come on load
        self.department.setObjectName("departmentFilter")
        self.urgent_only = QCheckBox(self.tr("只看紧急"))
        self.urgent_only.setObjectName("urgentOnly")
        self.dates = DateRange(self.tr("上报日期"))
        self.count = QLabel()
        limits = QPushButton(self.tr("工单时限…"))
        limits.setObjectName("timeLimitsButton")
        limits.setToolTip(
            self.tr("各类别、各紧急程度的签收、办理、退单时限（工作日），由网格中心设定")
        )
        limits.clicked.connect(lambda: self.show_dialog(TimeLimitsDialog(self.app, self)))
        self.limits_button = limits
        report = QPushButton(self.tr("上报事件 (Ctrl+E)"))
        report.clicked.connect(self.report_event)
        bar = QHBoxLayout()
        for widget, stretch in (
            (self.status, 1),
            (self.category, 1),
            (self.channel, 1),
            (self.text, 3),
        ):
            bar.addWidget(widget, stretch)
        bar.addWidget(self.count)
        bar.addWidget(limits)
        bar.addWidget(report)

        today = app.clock.today
        self.model = KeyedTableModel(
            [
                Column(self.tr("编号"), lambda r: r.number, sort_key="number"),
                Column(
                    self.tr("紧急"),
                    self.urgency_text,
                    tone=lambda r: {"emergency": "danger", "priority": "warn"}.get(r.urgency),
                    sort_key="urgency",
                ),
                Column(
                    self.tr("描述"),
                    lambda r: self.flags(r) + fmt.one_line(r.description, 40),
                    tooltip=lambda r: r.description,
                    tone=lambda r: (
                        "danger" if r.urgent and r.status in life.OPEN_STATUSES else None
                    ),
                    sort_key="description",
                ),
                Column(self.tr("状态"), lambda r: fmt.status(r.status), sort_key="status"),
                Column(
                    self.tr("期限"),
                    lambda r: fmt.day(r.due_date),
                    tone=lambda r: fmt.due_tone(
                        r.due_date, today(), r.status not in life.OPEN_STATUSES
                    ),
                    sort_key="due_date",
                ),
                Column(
                    self.tr("剩余"),
                    lambda r: (
                        fmt.days_left(r.due_date, today()) if r.status in life.OPEN_STATUSES else ""
                    ),
                    tone=lambda r: fmt.due_tone(
                        r.due_date, today(), r.status not in life.OPEN_STATUSES
                    ),
                    sort_key="due_date",
                ),
                Column(self.tr("类别"), lambda r: fmt.category(r.category), sort_key="category"),
                Column(self.tr("部门"), lambda r: r.department, sort_key="department"),
                Column(
                    self.tr("渠道"),
                    lambda r: fmt.label(life.CHANNELS, r.channel),
                    sort_key="channel",
                ),
                Column(
                    self.tr("地点"),
                    lambda r: r.location,
                    tooltip=lambda r: r.location,
                    sort_key="location",
                ),
            ],
            app.dispatcher,
            app.rows_fetcher(eq.event_rows),
            self,
        )
        self.table = keyed_table(
            self.model, "eventTable", (150, 80, 250, 70, 84, 70), self.load_detail, self._open_row
        )
        self.sorting = SortState(self.table, [c.sort_key for c in self.model.columns], self.refresh)
        self.empty = EmptyHint(
            self.table,
            self.tr("没有符合条件的事件。改一改状态或日期筛选；上报新事件按 Ctrl+E。"),
        )
        self.saved = SavedLists(app, "events", self.filter_values, self.apply_filter_values, self)
        self.ledger = page_ledger(self, self.tr("事件台账"), "ledger.events")
        second = QHBoxLayout()
        self.due_chip = DueChip()
        self.due_chip.cleared.connect(self._filter_changed)
        for extra in (self.department, self.urgent_only, self.dates, self.saved, self.due_chip):
            second.addWidget(extra)
        second.addStretch()
        second.addWidget(self.ledger.button)

        self.stats = EventStatsView(app, self)
        titles = (self.tr("工单台账"), self.tr("统计分析"))
        detail = self._build_detail()
        self.tabs = ledger_with_stats(
            self, (bar, second), self.table, detail, (820, 580), self.stats, titles
        )
        self.wire_filters(
            self.text,
            (self.status, self.category, self.channel, self.department),
            reselect=False,
            others=(self.urgent_only.toggled, self.dates.changed),
        )
        QShortcut(QKeySequence("Ctrl+E"), self, self.report_event)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.heading = QLabel(self.tr("选择左侧的事件查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        self.bar = ActionBar(
            [
                (a.value, core_text(life.ACTION_LABELS[a]))
                for a in life.Action
                if a is not life.Action.CLOSE_MERGED  # the system's, when the master closes
            ],
            self.start_action,
            "action",
        )
        self.step_actions = self.bar.by_key
        actions = WrappingGrid(columns=4)
        self.dispute_button = dispute_button(
            "eventToDispute",
            self.tr("矛盾纠纷线索转入矛盾调解：受理表已预填并关联本事件"),
            self.to_dispute,
        )
        actions.addWidget(self.dispute_button)
        self.locate_button = QPushButton(self.tr("在地图上标注"))
        self.locate_button.setObjectName("eventToMap")
        self.locate_button.setToolTip(self.tr("打开网格地图，点击事件发生的位置"))
        self.locate_button.clicked.connect(self.locate)
        self.locate_button.setEnabled(False)
        actions.addWidget(self.locate_button)
        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: fmt.action(s.action)),
                Column(self.tr("状态"), lambda s: fmt.status(s.to_status)),
                Column(self.tr("部门"), lambda s: s.department),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(
                    self.tr("说明"),
                    lambda s: fmt.clauses(
                        p
                        for p in (
                            s.reason,
                            s.legal_basis,
                            s.note,
                            fmt.satisfaction(s.satisfaction),
                            self.tr("延至 {d}").format(d=fmt.day(s.new_date)) if s.new_date else "",
                        )
                        if p
                    ),
                    tooltip=lambda s: "\n".join(p for p in (s.reason, s.legal_basis, s.note) if p),
                ),
            ],
            self,
        )
        self.steps = make_table(self.step_model)
        self.steps.setObjectName("eventHistory")
        self.files = QListWidget()
        self.files.setFixedHeight(72)
        self.files.itemActivated.connect(self._open_file)
        attach = QPushButton(self.tr("添加照片…"))
        attach.clicked.connect(self.attach_photos)
        self.attach_button = attach
        attach.setEnabled(False)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        self.banner = WarningBanner(self.app.notifier, panel)
        layout.addWidget(self.banner)
        layout.addWidget(self.bar)
        layout.addLayout(actions)
        layout.addWidget(section_label(self.tr("办理记录（全程留痕）")))
        layout.addWidget(self.steps, 1)
        layout.addWidget(section_label(self.tr("照片与附件")))
        layout.addWidget(self.files)
        layout.addWidget(attach)
        return panel

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self.departments:
            self.app.ops.read(aq.departments, self._departments_loaded)
        self._generation += 1
        generation = self._generation
        flt = self.event_filter()
        self.app.ops.read(
            lambda s: eq.event_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )

    def event_filter(self) -> eq.EventFilter:
        since, until = self.dates.range()
        return eq.EventFilter(
            self.status.currentData(),
            self.category.currentData(),
            self.text.text(),
            channel=self.channel.currentData(),
            today=self.app.clock.today(),
            department_id=self.department.currentData(),
            urgent_only=self.urgent_only.isChecked(),
            since=since,
            until=until,
            sort=self.sorting.sort,
            due_from=self.due_chip.bounds()[0],
            due_until=self.due_chip.bounds()[1],
        )

    def show_due(self, first: date | None, last: date | None) -> None:
        """From a Today tile: the open orders whose deadline falls in this range."""
        self.tabs.setCurrentIndex(0)
        self.due_chip.set_range(first, last)
        self._filter_changed()

    def describe_filter(self) -> str:
        parts = [self.status.currentText()]
        if self.text.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.text.text().strip()))
        for combo in (self.category, self.channel, self.department):
            if combo.currentData():
                parts.append(combo.currentText())
        if self.urgent_only.isChecked():
            parts.append(self.urgent_only.text())
        if self.dates.describe():
            parts.append(self.tr("上报日期 {d}").format(d=self.dates.describe()))
        if self.due_chip.describe():
            parts.append(self.due_chip.describe())
        return fmt.clauses(parts)

    def _filter_combos(self) -> dict[str, QComboBox]:
        return {
            "status": self.status,
            "category": self.category,
            "channel": self.channel,
            "department": self.department,
        }

    def filter_values(self) -> dict[str, Any]:
        return {
            **{key: combo.currentData() for key, combo in self._filter_combos().items()},
            "text": self.text.text(),
            "urgent_only": self.urgent_only.isChecked(),
            **self.dates.saved(),
            "sort": self.sorting.saved(),
        }

    def apply_filter_values(self, values: dict[str, Any]) -> None:
        combos = self._filter_combos()
        with held(*combos.values(), self.text, self.urgent_only, self.dates):
            for key, combo in combos.items():
                choose(combo, values.get(key))
            self.text.setText(values.get("text", ""))
            self.urgent_only.setChecked(bool(values.get("urgent_only")))
            self.dates.restore(values)
        self.sorting.restore(values.get("sort"))
        self._filter_changed()

    def urgency_text(self, row: eq.EventRow) -> str:
        marks = {"emergency": "● ", "priority": "◐ "}
        return marks.get(row.urgency, "") + fmt.label(life.URGENCIES, row.urgency)

    def _departments_loaded(self, departments: list[aq.DepartmentItem]) -> None:
        self.departments = departments
        current = self.department.currentData()
        self.department.blockSignals(True)
        for item in departments:
            if self.department.findData(item.id) < 0:
                self.department.addItem(item.name, item.id)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)

    def load_detail(self, event_id: str) -> None:
        self.app.ops.read(lambda s: eq.event_detail(s, event_id), self._latest_detail())

    def _show(self, detail: eq.EventDetail | None) -> None:
        self.detail = detail
        self.banner.show_record(detail.row.id if detail else None)
        self.files.clear()
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的事件"))
            self.info.setText("")
            self.step_model.set_rows([])
            self.bar.clear()
            self.attach_button.setEnabled(False)
            self.dispute_button.setEnabled(False)
            self.locate_button.setEnabled(False)
            return
        row = detail.row
        self.heading.setText(
            f"{row.number} · {fmt.category(row.category)} · {fmt.status(row.status)}"
        )
        self.info.setText("\n".join(self.detail_lines(detail)))
        self.step_model.set_rows(detail.steps)
        self.steps.resizeColumnsToContents()
        reasons = {code: self._why_not(code, row.status) for code in self.step_actions}
        self.bar.show_state(reasons, next((c for c in NEXT_STEPS if reasons.get(c) is None), None))
        self.dispute_button.setEnabled(row.category == DISPUTE_LEAD and self.on_dispute is not None)
        for item in detail.attachments:
            entry = QListWidgetItem(f"{item.filename}  ({item.size // 1024 or 1} KB)")
            entry.setData(256, item.sha256)
            entry.setData(257, item.filename)
            self.files.addItem(entry)
        self.attach_button.setEnabled(True)
        self.locate_button.setEnabled(self.on_locate is not None)

    def flags(self, row: eq.EventRow) -> str:
        """【督】 for a supervised order, 【延】 for a pending extension (urgency has its own
        column)."""
        marks = ""
        if row.supervised:
            marks += self.tr("【督】")
        if row.extension_until:
            marks += self.tr("【延】")
        return marks

    def detail_lines(self, detail: eq.EventDetail) -> list[str]:
        row, today = detail.row, self.app.clock.today()
        source = fmt.label(life.CHANNELS, row.channel)
        if row.hotline_number:
            source += self.tr("（工单号 {n}）").format(n=row.hotline_number)
        lines = [
            row.description,
            self.tr("地点：{v}").format(v=row.location or "—"),
            self.tr("来源：{source}；紧急程度：{urgency}").format(
                source=source, urgency=fmt.label(life.URGENCIES, row.urgency)
            ),
            self.tr("上报：{who} {when}").format(
                who=row.reporter_name, when=fmt.when(row.reported_at)
            ),
        ]
        if row.sign_due:
            signed = (
                self.tr("已于 {when} 签收").format(when=fmt.when(detail.signed_at))
                if detail.signed_at
                else self.tr("未签收")
            )
            lines.append(
                self.tr("签收期限：{due}（{signed}）").format(
                    due=fmt.day(row.sign_due), signed=signed
                )
            )
        deadline = self.tr("办理期限：{due}").format(due=fmt.day(row.due_date))
        if row.status in life.OPEN_STATUSES:
            deadline += self.tr("（{left}）").format(left=fmt.days_left(row.due_date, today))
        lines.append(deadline)
        if detail.return_due and row.status in life.OPEN_STATUSES and today <= detail.return_due:
            lines.append(self.tr("退单须在 {due} 前提出").format(due=fmt.day(detail.return_due)))
        if row.extension_until:
            lines.append(
                self.tr("延期申请待网格中心审核：申请延至 {d}").format(
                    d=fmt.day(row.extension_until)
                )
            )
        if row.department:
            lines.append(self.tr("承办部门：{v}").format(v=row.department))
        if row.urge_count or row.supervised:
            lines.append(
                self.tr("催办 {n} 次{supervised}").format(
                    n=row.urge_count, supervised=self.tr("，督办件") if row.supervised else ""
                )
            )
        if detail.master_number:
            lines.append(self.tr("重复诉求，已并入主工单 {n}").format(n=detail.master_number))
        if detail.duplicates:
            lines.append(
                self.tr("并入本单的重复诉求：{list}").format(list=fmt.join(detail.duplicates))
            )
        if detail.reopen_count:
            lines.append(self.tr("因回访不满意重办 {n} 次").format(n=detail.reopen_count))
        return lines

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.refresh()
        if self.tabs.currentIndex() == 1:
            self.stats.refresh()
        if self.detail and self.detail.row.id in changes.ids:
            self.load_detail(self.detail.row.id)

    def select_event(self, event_id: str) -> bool:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def open_event(self, event_id: str) -> None:
        """Show this event even if the current filter hides it."""
        if self.select_event(event_id):
            return
        for combo in (self.status, self.category, self.channel):
            combo.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(None))
        self.category.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        for combo in (self.status, self.category, self.channel):
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.detail, self._wanted = None, event_id
        self.load_detail(event_id)
        self.refresh()

    # --- actions -----------------------------------------------------------------------------
    def report_event(self) -> None:
        self.show_dialog(EventDialog(self.app, parent=self))

    def _why_not(self, action: str, status: str) -> str | None:
        """None when this person may take the step now, else why not (the rule's refusal)."""
        try:
            life.ensure_allowed(status, action)
            life.ensure_role(action, self.app.settings.user_role)
        except GridWardenError as error:
            return render(error.message)
        return None

    def start_action(self, action: str) -> None:
        """Open the step dialog for an action; one the rules refuse is explained, not run."""
        if self.detail is None:
            return
        row = self.detail.row
        try:
            life.ensure_allowed(row.status, action)
            life.ensure_role(action, self.app.settings.user_role)
        except GridWardenError as error:
            self.app.notifier.warn(self, self.tr("不能办理"), render(error.message))
            return
        if action == life.Action.MERGE:
            self.app.ops.read(
                lambda s: eq.master_candidates(s, row.id),
                lambda rows: self.show_dialog(
                    StepDialog(
                        self.app,
                        row.id,
                        row.status,
                        action,
                        self.departments,
                        self,
                        masters=[
                            (r.id, f"{r.number} · {fmt.one_line(r.description, 24)}") for r in rows
                        ],
                    )
                ),
            )
            return
        self.show_dialog(
            StepDialog(
                self.app, row.id, row.status, action, self.departments, self, due=row.due_date
            )
        )

    def locate(self) -> None:
        if self.detail is not None and self.on_locate is not None:
            self.on_locate("event", self.detail.row.id, self.detail.row.number)

    def to_dispute(self) -> None:
        """A dispute lead (矛盾纠纷线索) goes to mediation: the intake opens prefilled."""
        if self.detail is not None:
            event_id = self.detail.row.id
            hand_over(self.app, lambda s: prefill_from_event(s, event_id), self.on_dispute)

    def attach_photos(self) -> None:
        if self.detail is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "", image_filter())
        if files:
            event_id = self.detail.row.id
            events = self.app.events
            self.app.ops.prepared_write(
                lambda _report: events.store_photos([Path(f) for f in files]),
                lambda stored: events.attach_stored(event_id, stored),
                owner=self,
                title=self.tr("添加照片"),
            )

    def _open_file(self, item: QListWidgetItem) -> None:
        """Decrypt a copy into the private viewing folder (audited) and hand it to the OS
        viewer; a malformed hash is refused, never opened."""
        sha, name = item.data(256), item.data(257)
        events = self.app.events

        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.app.ops.write(  # audited (PIPL Arts. 55–56): a write, so on the writer
            lambda: events.open_attachment(sha, name),
            opened,
            owner=self,
            title=self.tr("打开附件"),
        )
