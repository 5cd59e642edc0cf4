"""Legal aid at the window (法律援助): the queue by due date, where a group case is one row; on
the right the selected application (ui/pages/legal_aid_detail.py) or group case with its members
(ui/pages/legal_aid_group.py); statistics; the local practice.

Confidentiality (Art. 21): the queue shows masked ID numbers; the full number appears only when
the clerk opens it on the record, and that access is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.queries import legal_aid as q
from gridwarden.queries.legal_aid_facts import LegalAidPrefill
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.legal_aid import NOTICE_TEMPLATES
from gridwarden.services.context import Changes
from gridwarden.services.legal_aid import (
    ApplicationDraft,
    LegalAidService,
    RenderedNotice,
    prefill_draft,
)
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.legal_aid import IntakeDialog
from ui.dialogs.legal_aid_consultation import ConsultationDialog, NotifyDialog
from ui.dialogs.legal_aid_group import GroupIntakeDialog
from ui.dialogs.legal_aid_practice import PracticeDialog
from ui.dialogs.legal_aid_records import CorrectionDialog, VoidDialog
from ui.dialogs.legal_aid_step import StepDialog
from ui.i18n import core_text, render
from ui.operations import counted
from ui.pages.base import AfterLoad, Page, keyed_table
from ui.pages.legal_aid_consultations import ConsultationPanel
from ui.pages.legal_aid_detail import ApplicationPanel
from ui.pages.legal_aid_group import GroupPanel, statuses_text
from ui.pages.legal_aid_labels import matter_text, status_text
from ui.pages.legal_aid_notices import offer_to_open
from ui.pages.legal_aid_results import ResultsPanel
from ui.pages.legal_aid_stats import StatsPanel
from ui.pages.list_detail import ListDetail
from ui.table_models import Column, KeyedTableModel
from ui.widgets.ledger_export import page_ledger
from ui.widgets.lists import DueChip, EmptyHint, SortState

Detail = q.ApplicationDetail | q.GroupDetail


def hints(row: q.QueueRow, today: date) -> str:
    parts = []
    if row.urgent(today):
        parts.append(QCoreApplication.translate("legal_aid", "⚠可先行援助"))
    elif row.advance_on:
        parts.append(QCoreApplication.translate("legal_aid", "已先行援助"))
    if row.city_wide:
        parts.append(QCoreApplication.translate("legal_aid", "通城通办"))
    if row.is_group and row.open_count not in (0, row.group_size):
        parts.append(
            QCoreApplication.translate("legal_aid", "群体{n}人，{k}人待办").format(
                n=row.group_size, k=row.open_count
            )
        )
    elif row.group_name:
        parts.append(QCoreApplication.translate("legal_aid", "群体{n}人").format(n=row.group_size))
    return " · ".join(parts)


def state(row: q.QueueRow) -> str:
    if row.voided:
        return QCoreApplication.translate("legal_aid", "已作废")
    if row.is_group and len(row.statuses) > 1:
        return QCoreApplication.translate("legal_aid", "{status}等").format(
            status=status_text(row.status)
        )
    return status_text(row.status)


class LegalAidPage(ListDetail, Page):
    name = "legal-aid"
    watches = frozenset(
        {
            "legal_aid_case",
            "legal_aid_application",
            "legal_aid_step",
            "legal_aid_consultation",
            "org_unit",
        }
    )

    @property
    def service(self) -> LegalAidService:
        """The signed-in session's service (built by the composition root, never here)."""
        return self.app.legal_aid

    def __init__(
        self,
        app: AppContext,
        parent: QWidget | None = None,
        on_filing: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.on_filing = on_filing  # opens a new filing on the filing page
        self.windows: list[q.UnitItem] = []
        self.agencies: list[q.UnitItem] = []
        self.detail: Detail | None = None
        self.revealed: str | None = None
        self.units = AfterLoad()  # the windows and agencies the forms offer
        self._units_asked = False
        self._generation = 0
        self._member_next: str | None = None  # a member to show once their group has loaded

        bar = self._filter_bar()

        today = app.clock.today
        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("期限"),
                    lambda r: fmt.day(r.due_date),
                    tone=lambda r: self._tone(r, today()),
                    sort_key="due",
                ),
                Column(
                    self.tr("剩余"),
                    lambda r: (
                        fmt.days_left(r.due_date, today()) if r.is_open and r.due_date else ""
                    ),
                    tone=lambda r: self._tone(r, today()),
                    sort_key="due",
                ),
                Column(
                    self.tr("申请人"),
                    lambda r: r.name,
                    tooltip=lambda r: r.group_name,
                    sort_key="name",
                ),
                Column(self.tr("状态"), state, tooltip=statuses_text, sort_key="status"),
                Column(
                    self.tr("事项"),
                    lambda r: matter_text(r.matter_type, 12),
                    tooltip=lambda r: matter_text(r.matter_type, 200),
                    sort_key="matter",
                ),
                Column(
                    self.tr("提示"),
                    lambda r: hints(r, today()),
                    tone=lambda r: "danger" if r.urgent(today()) else None,
                    tooltip=lambda r: r.group_name,
                ),
                Column(self.tr("身份证号"), lambda r: r.id_masked),
                Column(self.tr("编号"), lambda r: r.number, sort_key="number"),
                Column(self.tr("受理窗口"), lambda r: r.window),
            ],
            app.dispatcher,
            app.rows_fetcher(q.queue_rows),
            self,
        )
        widths = (88, 84, 150, 120, 150, 150, 146)
        self.table = keyed_table(
            self.model, "legalAidQueue", widths, self.load_detail, self._open_row
        )
        self.sorting = SortState(self.table, [c.sort_key for c in self.model.columns], self.refresh)
        self.empty = EmptyHint(
            self.table,
            self.tr("没有符合条件的申请。改一改状态或窗口筛选；登记新申请按 Ctrl+L。"),
        )
        self.ledger = page_ledger(self, self.tr("法律援助台账"), "ledger.legal_aid")

        self._detail_panels()

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.right)
        splitter.setSizes([860, 560])
        self.stats = StatsPanel(app, self)
        self.results = ResultsPanel(app, self)
        self.consultations = ConsultationPanel(app, self.new_consultation, self)
        self.tabs = QTabWidget()
        # beside the tabs: the bar above is full in English at 1366
        self.tabs.setCornerWidget(self.ledger.button)
        self.tabs.addTab(splitter, self.tr("受理队列"))
        self.tabs.addTab(self.consultations, self.tr("咨询登记"))
        self.tabs.addTab(self.stats, self.tr("统计"))
        self.tabs.addTab(self.results, self.tr("办理结果"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.wire_filters(self.text, (self.status, self.window_filter, self.group_filter))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+L"), self, self.new_application, context=context)
        QShortcut(QKeySequence("Ctrl+G"), self, self.new_group, context=context)
        QShortcut(QKeySequence("Ctrl+K"), self, self.new_consultation, context=context)

    def _filter_bar(self) -> QHBoxLayout:
        """Status, window, matter group and text filters; the due chip, the count and the new
        application, group case, notification and local-practice buttons."""
        self.status = QComboBox()
        self.status.addItem(self.tr("待办（按期限）"), q.OPEN)
        self.status.addItem(self.tr("全部状态"), None)
        for code, text in life.STATUS_LABELS.items():
            self.status.addItem(core_text(text), str(code))
        self.status.addItem(self.tr("已作废"), q.VOIDED)
        self.window_filter = QComboBox()
        self.window_filter.addItem(self.tr("全部窗口与工作站"), None)
        self.group_filter = QComboBox()
        self.group_filter.addItem(self.tr("全部事项"), None)
        for code, text in la.GROUP_LABELS.items():
            self.group_filter.addItem(core_text(text), code)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(
            self.tr("搜索姓名、编号、对方当事人、群体案件、身份证号后四位")
        )
        self.count = QLabel()
        new = QPushButton(self.tr("新申请 (Ctrl+L)"))
        new.clicked.connect(self.new_application)
        group = QPushButton(self.tr("群体案件… (Ctrl+G)"))
        group.clicked.connect(self.new_group)
        notify = QPushButton(self.tr("登记通知…"))
        notify.setObjectName("notifyButton")
        notify.setToolTip(
            self.tr("法院、检察院、公安机关通知指派律师：无需申请，三日内指派（第三十六条）")
        )
        notify.clicked.connect(self.new_notification)
        self.practice_button = QPushButton(self.tr("本地做法…"))
        self.practice_button.setToolTip(
            self.tr("补充材料期限、通城通办转交期限、受理异议的司法行政部门")
        )
        self.practice_button.clicked.connect(self.edit_practice)
        for combo, letters in (
            (self.status, 14),
            (self.window_filter, 12),
            (self.group_filter, 10),
        ):
            # long labels (English, window names) are cut in the box, whole in the list
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        bar = QHBoxLayout()
        for widget, stretch in (
            (self.status, 1),
            (self.window_filter, 2),
            (self.group_filter, 1),
            (self.text, 3),
        ):
            bar.addWidget(widget, stretch)
        self.due_chip = DueChip()
        self.due_chip.cleared.connect(self._filter_changed)
        for end in (self.due_chip, self.count, new, group, notify, self.practice_button):
            bar.addWidget(end)
        return bar

    def _detail_panels(self) -> None:
        """The right side: one application's panel (scrolling) or a group case's members."""
        app = self.app
        self.panel = ApplicationPanel(app.notifier)
        self.panel.action_requested.connect(self.start_action)
        self.panel.notice_requested.connect(self.issue_notice)
        self.panel.reveal_requested.connect(self.reveal_id)
        self.panel.correct_requested.connect(self.correct)
        self.panel.void_requested.connect(self.void)
        self.panel.filing_requested.connect(self.prepare_filing)
        self.panel.group_requested.connect(self.open_key)
        self.group = GroupPanel(app.clock.today)
        self.group.member_requested.connect(self.show_member)
        self.group.batch_requested.connect(self.batch_action)
        self.group.notice_requested.connect(lambda ids: self.issue_notice("acceptance", ids))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.group)

    @staticmethod
    def _tone(row: q.QueueRow, today: date) -> str | None:
        if not row.is_open or row.due_date is None:
            return "muted" if not row.is_open else None
        return fmt.due_tone(row.due_date, today)

    @property
    def application(self) -> q.ApplicationDetail | None:
        """The application shown on the right (None when a group case or nothing is)."""
        return self.detail if isinstance(self.detail, q.ApplicationDetail) else None

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self._units_asked:
            self.load_units()
        self._generation += 1
        generation = self._generation
        flt = q.QueueFilter(
            self.status.currentData(),
            self.window_filter.currentData(),
            self.group_filter.currentData(),
            self.text.text(),
            self.sorting.sort,
            *self.due_chip.bounds(),
        )
        self.app.ops.read(
            lambda s: q.queue_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        shown = self.tabs.currentWidget()
        if shown is self.stats:
            self.stats.refresh()
        elif shown is self.results:
            self.results.refresh()
        elif shown is self.consultations:
            self.consultations.refresh()

    def load_units(self, then: Callable[[], None] | None = None) -> None:
        """Read the windows and agencies once; `then` runs when they are there."""
        if then is not None:
            self.units.then(then)
        if not self._units_asked:
            self._units_asked = True
            self.app.ops.read(lambda s: (q.windows(s), q.agencies(s)), self._units_arrived)

    def _units_arrived(self, units: tuple[list[q.UnitItem], list[q.UnitItem]]) -> None:
        self.windows, self.agencies = units
        current = self.window_filter.currentData()
        self.window_filter.blockSignals(True)
        while self.window_filter.count() > 1:
            self.window_filter.removeItem(1)
        for unit in self.windows:
            self.window_filter.addItem(unit.name, unit.id)
        self.window_filter.setCurrentIndex(max(0, self.window_filter.findData(current)))
        self.window_filter.blockSignals(False)
        self.results.set_windows(self.windows)
        self.units.loaded()

    def load_detail(self, key: str) -> None:
        """The queue row `key`: a group case, or an application (a member of a group too).
        Only the last record asked for is shown, whichever read comes back first."""
        arrived = self._latest_detail()
        if q.case_of_key(key):
            self.app.ops.read(lambda s: q.group_detail(s, key), arrived)
            return
        today, exports = self.app.clock.today(), self.app.store.paths.exports
        self.app.ops.read(lambda s: q.application_detail(s, key, today, exports), arrived)

    def show_member(self, application_id: str) -> None:
        """An applicant of the group shown (the group stays selected in the queue)."""
        self.load_detail(application_id)

    def _show(self, detail: Detail | None) -> None:
        if detail is None or self.detail is None or detail.row.id != self.detail.row.id:
            self.revealed = None  # a newly opened record starts masked again
        self.detail = detail
        if isinstance(detail, q.GroupDetail):
            self.group.show_group(detail)
            self.right.setCurrentWidget(self.group)
            member, self._member_next = self._member_next, None
            if member and any(m.id == member for m in detail.members):
                self.show_member(member)
            return
        self.panel.show_detail(
            detail, detail is not None and self.revealed == detail.row.id, self.app.clock.today()
        )
        self.right.setCurrentIndex(0)

    def apply_changes(self, changes: Changes) -> None:
        ids = set(changes.ids)
        self.model.invalidate(list(changes.ids) + [q.group_key(i) for i in changes.ids])
        self.refresh()
        shown = self.detail
        if shown is None:
            return
        members = {m.id for m in shown.members} if isinstance(shown, q.GroupDetail) else set()
        case = shown.case_id
        if shown.row.id in ids or case in ids or members & ids:
            self.load_detail(shown.row.id)

    def _tab_changed(self, _index: int) -> None:
        self._refresh_tab()

    # --- opening records ----------------------------------------------------------------------
    def open_key(self, key: str) -> None:
        """Show this queue row (an application, or a group case) even if the current filter
        hides it."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(key)
        if row >= 0:
            if self.table.currentIndex().row() == row:
                self.load_detail(key)  # selected already: show it again (e.g. from a member)
            else:
                self.table.selectRow(row)
            return
        for combo in (self.status, self.window_filter, self.group_filter):
            combo.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(None))
        self.window_filter.setCurrentIndex(0)
        self.group_filter.setCurrentIndex(0)
        for combo in (self.status, self.window_filter, self.group_filter):
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._wanted = key  # selected when the list arrives (or loaded alone if it is not in it)
        self.detail = None
        self.refresh()

    def describe_filter(self) -> str:
        parts = [self.status.currentText()]
        for combo in (self.window_filter, self.group_filter):
            if combo.currentData():
                parts.append(combo.currentText())
        if self.text.text().strip():
            parts.append(self.tr("含“{text}”").format(text=self.text.text().strip()))
        if self.due_chip.describe():
            parts.append(self.due_chip.describe())
        return fmt.clauses(parts)

    def show_due(self, first: date | None, last: date | None) -> None:
        """From a Today tile: the open applications whose deadline falls in this range."""
        self.due_chip.set_range(first, last)
        self._filter_changed()

    def _ids_loaded(self, generation: int, ids: list[str]) -> None:
        wanted = self._wanted if generation == self._generation else None
        super()._ids_loaded(generation, ids)
        if wanted and wanted not in ids:
            self.load_detail(wanted)  # e.g. a voided application: no row of the list holds it
        elif wanted and self.model.row_of(wanted) < 0:
            # further down than the rows fetched so far (an old, closed case): fetch up to it
            root = QModelIndex()
            while self.model.row_of(wanted) < 0 and self.model.canFetchMore(root):
                self.model.fetchMore(root)
            row = self.model.row_of(wanted)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def open_application(self, application_id: str) -> None:
        """Show an application (a member of a group with its group selected), or a queue row
        by its key."""
        if q.case_of_key(application_id):
            self.open_key(application_id)
            return

        def found(key: str) -> None:
            self._member_next = application_id if key != application_id else None
            self.open_key(key)

        self.app.ops.read(lambda s: q.key_of(s, application_id), found)

    def reveal_id(self) -> None:
        """Open the record: the full ID number shows, and the access is audited (Art. 21)."""
        shown = self.application
        if shown is None:
            return
        application_id = shown.row.id
        service = self.app.legal_aid

        def revealed(_changes: object) -> None:
            self.revealed = application_id
            if self.application is not None and self.application.row.id == application_id:
                self._show(self.application)

        self.app.ops.write(lambda: service.reveal(application_id), revealed)

    def prepare_filing(self) -> None:
        """The aid worker files a complaint for the recipient: a complaint filing from the
        case's failed mediation, with fee relief asked for, opened on the filing page."""
        shown = self.application
        if shown is None:
            return
        case_id = shown.case_id
        filings = self.app.filings

        def started(changes: Changes) -> None:
            if changes.primary_id and self.on_filing is not None:
                self.on_filing(changes.primary_id)

        self.app.ops.write(lambda: filings.create_from_legal_aid(case_id), started)

    # --- intake -------------------------------------------------------------------------------
    def new_application(self) -> None:
        self.load_units(lambda: self._open_intake(None))

    def start_prefilled(self, prefill: LegalAidPrefill) -> None:
        """Open the intake form prefilled from another workflow (a failed wage mediation): the
        clerk checks and completes it; the application records the source dispute."""

        def open_form() -> None:
            window = self.windows[0].id if self.windows else ""
            self._open_intake(prefill_draft(prefill, window))

        self.load_units(open_form)

    def _open_intake(self, prefill: ApplicationDraft | None) -> None:
        if not self.windows:
            self.app.notifier.warn(
                self, self.tr("法律援助"), self.tr("本机没有法律援助窗口或工作站的资料，请先同步。")
            )
            return
        dialog = IntakeDialog(
            self.app, self.app.legal_aid, self.windows, self.agencies, prefill, self
        )
        dialog.saved.connect(self._created)
        self.show_dialog(dialog)

    def new_group(self) -> None:
        def open_form() -> None:
            dialog = GroupIntakeDialog(
                self.app, self.app.legal_aid, self.windows, self.agencies, self
            )
            dialog.saved.connect(self._created)
            self.show_dialog(dialog)

        self.load_units(open_form)

    def new_notification(self) -> None:
        def open_form() -> None:
            dialog = NotifyDialog(self.app, self.windows, self)
            dialog.saved.connect(self._created)
            self.show_dialog(dialog)

        self.load_units(open_form)

    def new_consultation(self) -> None:
        def open_form() -> None:
            self.show_dialog(ConsultationDialog(self.app, self.windows, self))

        self.load_units(open_form)

    def _created(self, changes: Changes) -> None:
        """Show what was taken: the application, or the group case with its members."""
        first = changes.primary_id
        if first:
            self.app.ops.read(lambda s: q.key_of(s, first), self.open_key)

    # --- steps, records and notices -----------------------------------------------------------
    def start_action(self, action: str) -> None:
        """Open the step dialog; a step the rules refuse is explained, not run."""
        shown = self.application
        if shown is None:
            return
        status = shown.row.status
        try:
            life.ensure_allowed(status, action)
        except GridWardenError as error:
            self.app.notifier.warn(self, self.tr("不能办理"), render(error.message))
            return
        self.show_dialog(
            StepDialog(
                self.app,
                self.app.legal_aid,
                [shown.row.id],
                status,
                action,
                shown,
                self.agencies,
                self,
            )
        )

    def batch_action(self, action: str, ids: list[str]) -> None:
        """The same step for several applicants of the group shown (one decision each)."""
        if not ids:
            self.app.notifier.warn(
                self, self.tr("群体案件"), self.tr("请先在名单中选择申请人（可多选）")
            )
            return
        self.show_dialog(
            StepDialog(self.app, self.app.legal_aid, ids, "", action, None, self.agencies, self)
        )

    def correct(self) -> None:
        if self.application is not None:
            self.show_dialog(
                CorrectionDialog(self.app, self.app.legal_aid_records, self.application, self)
            )

    def void(self) -> None:
        if self.application is not None:
            self.show_dialog(
                VoidDialog(self.app, self.app.legal_aid_records, self.application, self)
            )

    def issue_notice(self, kind: str, ids: list[str] | None = None) -> None:
        shown = self.application
        chosen = ids if ids is not None else ([shown.row.id] if shown else [])
        if not chosen:
            self.app.notifier.warn(
                self, self.tr("群体案件"), self.tr("请先在名单中选择申请人（可多选）")
            )
            return
        service = self.app.legal_aid

        title = core_text(NOTICE_TEMPLATES[kind][1])

        def written(notice: RenderedNotice) -> None:
            offer_to_open(self.app.notifier, self, title, (notice.pdf, notice.docx))

        # rendered on the file worker (other saves go on), recorded on the writer
        self.app.ops.prepared_write(
            lambda report: service.render_notice(chosen, kind, counted(report, title)),
            service.record_notice,
            written,
            owner=self,
            title=title,
        )

    def edit_practice(self) -> None:
        self.show_dialog(PracticeDialog(self.app, self))
