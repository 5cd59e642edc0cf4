"""Grid events (网格事件/工单): the work-order list, one order's detail, history and steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
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
from ui.i18n import core_text, render
from ui.messages import warn
from ui.pages.base import Page, make_table, on_current_key, section_label
from ui.pages.dispute_handoff import DisputeHook, dispute_button, hand_over
from ui.pages.list_detail import ListDetail
from ui.table_models import Column, KeyedTableModel, RowsTableModel
from ui.widgets.wrapping_grid import WrappingGrid

DISPUTE_LEAD = "dispute_lead"  # the event category that may become a dispute


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
        self.departments: list[aq.DepartmentItem] = []
        self.detail: eq.EventDetail | None = None
        self.active_dialog: QWidget | None = None
        self._generation = 0

        self.status = QComboBox()
        self.status.addItem(self.tr("未办结"), "open")
        self.status.addItem(self.tr("全部状态"), None)
        for code, text in life.STATUS_LABELS.items():
            self.status.addItem(core_text(text), str(code))
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        for code, text in life.CATEGORIES.items():
            self.category.addItem(core_text(text), code)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("搜索编号、描述、地点"))
        self.count = QLabel()
        report = QPushButton(self.tr("上报事件 (Ctrl+E)"))
        report.clicked.connect(self.report_event)
        bar = QHBoxLayout()
        for widget, stretch in ((self.status, 1), (self.category, 1), (self.text, 3)):
            bar.addWidget(widget, stretch)
        bar.addWidget(self.count)
        bar.addWidget(report)

        today = app.clock.today
        self.model = KeyedTableModel(
            [
                Column(self.tr("编号"), lambda r: r.number),
                Column(self.tr("类别"), lambda r: fmt.category(r.category)),
                Column(self.tr("状态"), lambda r: fmt.status(r.status)),
                Column(
                    self.tr("期限"),
                    lambda r: fmt.day(r.due_date),
                    tone=lambda r: fmt.due_tone(
                        r.due_date, today(), r.status not in life.OPEN_STATUSES
                    ),
                ),
                Column(
                    self.tr("剩余"),
                    lambda r: (
                        fmt.days_left(r.due_date, today()) if r.status in life.OPEN_STATUSES else ""
                    ),
                    tone=lambda r: fmt.due_tone(
                        r.due_date, today(), r.status not in life.OPEN_STATUSES
                    ),
                ),
                Column(self.tr("部门"), lambda r: r.department),
                Column(
                    self.tr("描述"),
                    lambda r: (
                        (self.tr("【急】") if r.urgent else "") + fmt.one_line(r.description, 40)
                    ),
                    tooltip=lambda r: r.description,
                ),
                Column(self.tr("地点"), lambda r: r.location),
            ],
            app.dispatcher,
            app.rows_fetcher(eq.event_rows),
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("eventTable")
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(6, 260)
        on_current_key(self.table, self.model, self.load_detail)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([820, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence("Ctrl+E"), self, self.report_event)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.heading = QLabel(self.tr("选择左侧的事件查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        actions = WrappingGrid(columns=4)
        self.action_buttons: dict[str, QPushButton] = {}
        for action in life.Action:
            button = QPushButton(core_text(life.ACTION_LABELS[action]))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _c=False, a=action.value: self.start_action(a))
            button.setEnabled(False)
            actions.addWidget(button)
            self.action_buttons[action.value] = button
        self.dispute_button = dispute_button(
            "eventToDispute",
            self.tr("矛盾纠纷线索转入矛盾调解：受理表已预填并关联本事件"),
            self.to_dispute,
        )
        actions.addWidget(self.dispute_button)
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
                        for p in (s.reason, s.legal_basis, s.note, fmt.satisfaction(s.satisfaction))
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
            self.app.query(aq.departments, self._departments_loaded)
        self._generation += 1
        generation = self._generation
        flt = eq.EventFilter(
            self.status.currentData(), self.category.currentData(), self.text.text()
        )
        self.app.query(
            lambda s: eq.event_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )

    def _departments_loaded(self, departments: list[aq.DepartmentItem]) -> None:
        self.departments = departments

    def load_detail(self, event_id: str) -> None:
        self.app.query(lambda s: eq.event_detail(s, event_id), self._latest_detail())

    def _show(self, detail: eq.EventDetail | None) -> None:
        self.detail = detail
        self.files.clear()
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的事件"))
            self.info.setText("")
            self.step_model.set_rows([])
            for button in self.action_buttons.values():
                button.setEnabled(False)
            self.attach_button.setEnabled(False)
            self.dispute_button.setEnabled(False)
            return
        row = detail.row
        self.heading.setText(
            f"{row.number} · {fmt.category(row.category)} · {fmt.status(row.status)}"
        )
        today = self.app.clock.today()
        lines = [
            row.description,
            self.tr("地点：{v}").format(v=row.location or "—"),
            self.tr("上报：{who} {when}").format(
                who=row.reporter_name, when=fmt.when(row.reported_at)
            ),
            self.tr("期限：{due}（{left}）").format(
                due=fmt.day(row.due_date), left=fmt.days_left(row.due_date, today)
            ),
        ]
        if row.department:
            lines.append(self.tr("承办部门：{v}").format(v=row.department))
        if detail.reopen_count:
            lines.append(self.tr("因回访不满意重办 {n} 次").format(n=detail.reopen_count))
        self.info.setText("\n".join(lines))
        self.step_model.set_rows(detail.steps)
        self.steps.resizeColumnsToContents()
        allowed = {a.value for a in life.allowed_actions(row.status)}
        for code, button in self.action_buttons.items():
            button.setEnabled(code in allowed)
        self.dispute_button.setEnabled(row.category == DISPUTE_LEAD and self.on_dispute is not None)
        for item in detail.attachments:
            entry = QListWidgetItem(f"{item.filename}  ({item.size // 1024 or 1} KB)")
            entry.setData(256, item.sha256)
            entry.setData(257, item.filename)
            self.files.addItem(entry)
        self.attach_button.setEnabled(True)

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.refresh()
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
        for combo in (self.status, self.category):
            combo.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(None))
        self.category.setCurrentIndex(0)
        for combo in (self.status, self.category):
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.detail, self._wanted = None, event_id
        self.load_detail(event_id)
        self.refresh()

    # --- actions -----------------------------------------------------------------------------
    def report_event(self) -> None:
        self._show_dialog(EventDialog(self.app, parent=self))

    def start_action(self, action: str) -> None:
        """Open the step dialog for an action; one the rules refuse is explained, not run."""
        if self.detail is None:
            return
        status = self.detail.row.status
        try:
            life.ensure_allowed(status, action)
        except GridWardenError as error:
            self.last_refusal = render(error.message)
            warn(self, self.tr("不能办理"), self.last_refusal)
            return
        self._show_dialog(
            StepDialog(self.app, self.detail.row.id, status, action, self.departments, self)
        )

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
            self.app.write(lambda: events.attach(event_id, [Path(f) for f in files]))

    def _open_file(self, item: QListWidgetItem) -> None:
        """Decrypt a copy into the private viewing folder (audited) and hand it to the OS
        viewer; a malformed hash is refused, never opened."""
        sha, name = item.data(256), item.data(257)
        events = self.app.events

        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.app.dispatcher.write(lambda: events.open_attachment(sha, name), on_ok=opened)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
