"""Disputes (矛盾调解): the ledger, one dispute's file and its steps, and the statistics of where
disputes end (grid → station → court)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.exports.excel import Sheet, write_workbook
from gridwarden.queries import dispute_stats
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.context import Changes
from gridwarden.services.legal_aid import LegalAidPrefill
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.dispute import (
    AgreementDialog,
    IntakeDialog,
    PartyDialog,
    PerformanceDialog,
    SessionDialog,
    StepDialog,
)
from ui.i18n import core_text, render
from ui.messages import inform, warn
from ui.pages.base import Page, make_table, section_label
from ui.pages.today import TodaySection
from ui.table_models import Column, KeyedTableModel, RowsTableModel
from ui.widgets.bar_chart import BarChart

WATCHES = frozenset(
    {
        "dispute",
        "dispute_step",
        "dispute_party",
        "mediation_session",
        "mediation_agreement",
        "agreement_obligation",
    }
)
LegalAidHook = Callable[[LegalAidPrefill], None]


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return fmt.label(vocabulary, code) if code else ""


def _flags(row: dq.DisputeRow) -> str:
    t = QCoreApplication.translate
    parts = []
    if row.possible_duplicate:
        parts.append(t("disputes", "疑似重复"))
    if row.police_reported:
        parts.append(t("disputes", "已报警"))
    if row.risk_level == "high":
        parts.append(t("disputes", "高风险"))
    return "、".join(parts)


# Buttons of the detail panel: (key, label); lifecycle actions use their rule label.
EXTRA_ACTIONS = ("session", "written", "oral", "party", "export_agreement", "dossier", "legal_aid")


class DisputesPage(Page):
    name = "disputes"
    watches = WATCHES

    def __init__(
        self,
        app: AppContext,
        on_legal_aid: LegalAidHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.on_legal_aid = on_legal_aid
        self.detail: dq.DisputeDetail | None = None
        self.stations: list[dq.UnitItem] = []
        self.courts: list[dq.UnitItem] = []
        self.active_dialog: QWidget | None = None
        self.last_refusal = ""
        self.last_export: object = None
        self._generation = 0

        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态（未结在前）"), None)
        self.status.addItem(self.tr("未结"), "open")
        self.status.addItem(self.tr("已结"), "closed")
        for code, text in life.STATUS_LABELS.items():
            self.status.addItem(core_text(text), str(code))
        self.level = QComboBox()
        self.level.addItem(self.tr("全部层级"), None)
        for code, text in rules.LEVELS.items():
            self.level.addItem(core_text(text), code)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        for code, text in rules.CATEGORIES.items():
            self.category.addItem(core_text(text), code)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("搜索编号、当事人、事实、工单号、法院案号"))
        self.count = QLabel()
        intake = QPushButton(self.tr("受理纠纷 (Ctrl+N)"))
        intake.clicked.connect(self.new_dispute)
        bar = QHBoxLayout()
        for widget, stretch in ((self.status, 1), (self.level, 1), (self.category, 1)):
            bar.addWidget(widget, stretch)
        bar.addWidget(self.text, 3)
        bar.addWidget(self.count)
        bar.addWidget(intake)

        today = app.clock.today
        open_ = life.OPEN_STATUSES
        self.model = KeyedTableModel(
            [
                Column(self.tr("编号"), lambda r: r.number),
                Column(self.tr("受理"), lambda r: fmt.when(r.received_at)[:10]),
                Column(self.tr("当事人"), lambda r: r.parties, tooltip=lambda r: r.parties),
                Column(self.tr("类别"), lambda r: _label(rules.CATEGORIES, r.category)),
                Column(self.tr("层级"), lambda r: _label(rules.LEVELS, r.level)),
                Column(self.tr("状态"), lambda r: _label(life.STATUS_LABELS, r.status)),
                Column(self.tr("调解员"), lambda r: r.mediator_name),
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
                ),
                Column(self.tr("金额（元）"), lambda r: rules.yuan(r.amount_fen), align_right=True),
                Column(self.tr("提示"), _flags, tone=lambda r: "danger" if _flags(r) else None),
            ],
            app.dispatcher,
            self._fetch_rows,
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("disputeTable")
        for column, width in ((0, 140), (1, 84), (2, 170), (3, 100), (4, 52), (5, 84)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([800, 520])
        ledger = QWidget()
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.setContentsMargins(0, 0, 0, 0)
        ledger_layout.addLayout(bar)
        ledger_layout.addWidget(splitter, 1)

        self.stats = DisputeStatsView(app, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(ledger, self.tr("纠纷台账"))
        self.tabs.addTab(self.stats, self.tr("统计分析"))
        self.tabs.currentChanged.connect(lambda i: self.stats.refresh() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status, self.level, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_dispute)

    def title(self) -> str:
        return self.tr("矛盾调解")

    # --- detail panel ------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.heading = QLabel(self.tr("选择左侧的纠纷查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "session": self.tr("记录调解"),
            "written": self.tr("调解协议书"),
            "oral": self.tr("口头协议"),
            "party": self.tr("编辑当事人"),
            "export_agreement": self.tr("打印协议书"),
            "dossier": self.tr("导出卷宗"),
            "legal_aid": self.tr("转法律援助"),
        }
        order = [
            life.Action.ASSIGN,
            "session",
            "written",
            "oral",
            life.Action.SIGN,
            life.Action.FAIL,
            life.Action.ESCALATE,
            life.Action.WITHDRAW,
            life.Action.REFUSE,
            life.Action.REPORT_POLICE,
            life.Action.DECLINE,
            life.Action.CONFIRMATION,
            "party",
            "export_agreement",
            "dossier",
            "legal_aid",
        ]
        for index, key in enumerate(order):
            text = labels.get(key) or core_text(life.ACTION_LABELS[key])
            button = QPushButton(text)
            button.setObjectName(f"dispute_{key}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=str(key): self.start_action(k))
            grid.addWidget(button, index // 4, index % 4)
            self.buttons[str(key)] = button

        self.party_model = RowsTableModel(
            [
                Column(self.tr("身份"), lambda p: _label(rules.PARTY_ROLES, p.role)),
                Column(self.tr("姓名/名称"), lambda p: p.name),
                Column(
                    self.tr("证件"),
                    lambda p: mask(p.id_number) if p.kind == "person" else (p.uscc or ""),
                ),
                Column(self.tr("电话"), lambda p: p.phone),
                Column(self.tr("代理人"), lambda p: p.agent_name),
                Column(self.tr("户籍"), lambda p: self.tr("本辖区") if p.resident_id else ""),
                Column(self.tr("住址"), lambda p: p.address),
            ],
            self,
        )
        self.session_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.held_at)),
                Column(self.tr("地点"), lambda s: s.place),
                Column(
                    self.tr("版本"),
                    lambda s: (
                        self.tr("第{n}版").format(n=s.revision)
                        + (self.tr("（已更正）") if s.superseded else "")
                    ),
                    tone=lambda s: "muted" if s.superseded else None,
                ),
                Column(self.tr("参加人员"), lambda s: "、".join(s.attendees)),
                Column(
                    self.tr("记录"),
                    lambda s: fmt.one_line(s.record, 40),
                    tooltip=lambda s: (
                        s.record
                        + (f"\n更正原因：{s.correction_reason}" if s.correction_reason else "")
                    ),
                ),
            ],
            self,
        )
        self.obligation_model = RowsTableModel(
            [
                Column(self.tr("义务人"), lambda o: o.obligor),
                Column(self.tr("内容"), lambda o: o.description),
                Column(self.tr("金额"), lambda o: rules.yuan(o.amount_fen), align_right=True),
                Column(self.tr("期限"), lambda o: fmt.day(o.due_on)),
                Column(
                    self.tr("履行"),
                    lambda o: (
                        self.tr("{d} 已履行").format(d=fmt.day(o.performed_on))
                        if o.performed_on
                        else fmt.days_left(o.due_on, self.app.clock.today())
                    ),
                    tone=lambda o: (
                        "ok" if o.performed_on else fmt.due_tone(o.due_on, self.app.clock.today())
                    ),
                ),
            ],
            self,
        )
        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: _label(life.ACTION_LABELS, s.action)),
                Column(self.tr("状态"), lambda s: _label(life.STATUS_LABELS, s.to_status)),
                Column(self.tr("层级"), lambda s: _label(rules.LEVELS, s.to_level)),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(
                    self.tr("说明"),
                    lambda s: fmt.one_line("；".join(p for p in (s.reason, s.note) if p), 50),
                    tooltip=lambda s: "\n".join(p for p in (s.reason, s.note) if p),
                ),
            ],
            self,
        )
        self.parties_view = make_table(self.party_model)
        self.parties_view.setObjectName("disputeParties")
        self.sessions_view = make_table(self.session_model)
        self.sessions_view.setObjectName("disputeSessions")
        self.sessions_view.doubleClicked.connect(lambda _i: self.correct_session())
        self.obligations_view = make_table(self.obligation_model)
        self.obligations_view.setObjectName("disputeObligations")
        self.obligations_view.doubleClicked.connect(lambda _i: self.record_performance())
        self.steps_view = make_table(self.step_model)
        self.steps_view.setObjectName("disputeHistory")

        sessions_tab = QWidget()
        box = QVBoxLayout(sessions_tab)
        box.addWidget(self.sessions_view)
        correct = QPushButton(self.tr("更正所选记录（保留原记录）"))
        correct.clicked.connect(self.correct_session)
        box.addWidget(correct)
        agreement_tab = QWidget()
        box = QVBoxLayout(agreement_tab)
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        box.addWidget(self.agreement_label)
        box.addWidget(self.obligations_view)
        perform = QPushButton(self.tr("登记所选事项已履行"))
        perform.clicked.connect(self.record_performance)
        box.addWidget(perform)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.parties_view, self.tr("当事人"))
        self.detail_tabs.addTab(sessions_tab, self.tr("调解记录"))
        self.detail_tabs.addTab(agreement_tab, self.tr("协议与履行"))
        self.detail_tabs.addTab(self.steps_view, self.tr("办理经过"))

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addLayout(grid)
        layout.addWidget(self.detail_tabs, 1)
        return panel

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self.stations:
            self.app.query(lambda s: dq.org_units(s, ("station", "court")), self._units_loaded)
        self._generation += 1
        generation = self._generation
        flt = dq.DisputeFilter(
            self.status.currentData(),
            self.level.currentData(),
            self.category.currentData(),
            self.text.text(),
        )
        self.app.query(
            lambda s: dq.dispute_ids(s, flt), lambda ids: self._ids_loaded(generation, ids)
        )
        if self.tabs.currentIndex() == 1:
            self.stats.refresh()

    def _units_loaded(self, units: list[dq.UnitItem]) -> None:
        self.stations = [u for u in units if u.kind == "station"]
        self.courts = [u for u in units if u.kind == "court"]

    def _ids_loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        keep = self.detail.row.id if self.detail else None
        self.model.set_keys(ids)
        self.count.setText(self.tr("共 {n} 件").format(n=len(ids)))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif keep is None and ids:
            self.table.selectRow(0)
        elif keep is None:
            self._show(None)

    def _fetch_rows(self, ids: list[str]) -> dict[str, dq.DisputeRow]:
        with self.app.store.sessions() as session:
            return dq.dispute_rows(session, ids)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key_at(current.row()) if current.isValid() else None
        if key:
            self.load_detail(key)

    def load_detail(self, dispute_id: str) -> None:
        self.app.query(lambda s: dq.dispute_detail(s, dispute_id), self._show)

    def _show(self, detail: dq.DisputeDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的纠纷"))
            self.info.setText("")
            for model in (
                self.party_model,
                self.session_model,
                self.obligation_model,
                self.step_model,
            ):
                model.set_rows([])
            for button in self.buttons.values():
                button.setEnabled(False)
            self.agreement_label.setText("")
            return
        row = detail.row
        self.heading.setText(
            f"{row.number} · {_label(rules.CATEGORIES, row.category)} · "
            f"{_label(life.STATUS_LABELS, row.status)}"
        )
        self.info.setText("\n".join(self._info_lines(detail)))
        self.party_model.set_rows(detail.parties)
        self.session_model.set_rows(detail.sessions)
        agreement = detail.agreement
        self.obligation_model.set_rows(agreement.obligations if agreement else [])
        self.step_model.set_rows(detail.steps)
        self.steps_view.resizeColumnsToContents()
        if agreement is None:
            self.agreement_label.setText(self.tr("尚未达成协议"))
        else:
            text = self.tr("{kind} 第{rev}版，{day}达成；履行方式：{how}；履行期限：{due}").format(
                kind=_label(rules.AGREEMENT_KINDS, agreement.kind),
                rev=agreement.revision,
                day=fmt.day(agreement.reached_on),
                how=agreement.performance,
                due=fmt.day(agreement.performance_deadline),
            )
            self.agreement_label.setText(text + "\n" + fmt.one_line(agreement.content, 120))
        allowed = {str(a) for a in life.allowed_actions(row.status, row.level)}
        for key, button in self.buttons.items():
            button.setEnabled(self._enabled(key, detail, allowed))

    def _enabled(self, key: str, detail: dq.DisputeDetail, allowed: set[str]) -> bool:
        status, agreement = detail.row.status, detail.agreement
        if key == "session":
            return status in life.SESSION_STATUSES
        if key in ("written", "oral"):
            if agreement is not None:
                return agreement.kind == key and life.Action.REVISE_AGREEMENT in allowed
            action = life.Action.DRAFT_AGREEMENT if key == "written" else life.Action.ORAL_AGREEMENT
            return action in allowed
        if key == "party":
            return status in life.OPEN_STATUSES
        if key == "export_agreement":
            return agreement is not None
        if key == "dossier":
            return True
        if key == "legal_aid":
            return dq.legal_aid_eligible(detail.row.category, status)
        return key in allowed

    def _info_lines(self, d: dq.DisputeDetail) -> list[str]:
        row, today = d.row, self.app.clock.today()
        lines = [
            self.tr("当事人：{p}").format(p=row.parties),
            self.tr("来源：{s}　受理：{when}（{who}）　{station}").format(
                s=_label(rules.SOURCES, d.source),
                when=fmt.when(row.received_at),
                who=d.received_by,
                station=d.station,
            ),
            self.tr("层级：{level}　风险：{risk}　金额：{amount}").format(
                level=_label(rules.LEVELS, row.level),
                risk=_label(rules.RISK_LEVELS, row.risk_level),
                amount=rules.yuan(row.amount_fen) or "—",
            ),
        ]
        if d.work_order_number:
            lines.append(self.tr("12345工单：{n}").format(n=d.work_order_number))
        if d.grid_event_number:
            lines.append(self.tr("网格事件：{n}").format(n=d.grid_event_number))
        if d.visit_summary:
            lines.append(self.tr("走访：{v}").format(v=d.visit_summary))
        if d.court:
            lines.append(
                self.tr("{src}：{court} {ref}").format(
                    src=_label(rules.SOURCES, d.source), court=d.court, ref=d.court_reference
                )
            )
        if row.due_on and row.status in life.OPEN_STATUSES:
            lines.append(
                self.tr("调解期限：{due}（{left}）").format(
                    due=fmt.day(row.due_on), left=fmt.days_left(row.due_on, today)
                )
            )
        if row.mediator_name:
            lines.append(
                self.tr("调解员：{m}（{how}，{mode}）").format(
                    m=row.mediator_name,
                    how=self.tr("当事人选定") if d.mediator_chosen_by_parties else self.tr("指定"),
                    mode=_label(rules.MEDIATION_MODES, d.mediation_mode),
                )
            )
        if d.duplicate_of_number:
            lines.append(self.tr("⚠ 疑似重复：与 {n} 当事人相同").format(n=d.duplicate_of_number))
        if d.police_reported_at:
            lines.append(
                self.tr("已报告 {unit}（{when}，第二十五条）").format(
                    unit=d.police_unit, when=fmt.when(d.police_reported_at)
                )
            )
        if d.non_mediable:
            lines.append(
                self.tr("不宜调解：{why}").format(why=_label(rules.NON_MEDIABLE, d.non_mediable))
            )
        if row.ended_level:
            lines.append(
                self.tr("结案：{day}，化解于{level}").format(
                    day=fmt.day(row.closed_on), level=_label(rules.LEVELS, row.ended_level)
                )
            )
        if d.routes_told:
            routes = "、".join(_label(rules.ROUTES, r) for r in d.routes_told)
            lines.append(self.tr("已告知维权途径：{r}（第二十六条）").format(r=routes))
        if d.agreement_effective_on:
            state = _label(rules.CONFIRMATION_STATES, d.confirmation_state)
            lines.append(
                self.tr("协议生效：{day}；司法确认：{state}，申请截止 {due}").format(
                    day=fmt.day(d.agreement_effective_on),
                    state=state,
                    due=fmt.day(d.confirmation_due_on),
                )
            )
        if d.outcome_note:
            lines.append(self.tr("说明：{n}").format(n=fmt.one_line(d.outcome_note, 80)))
        return lines

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
        for combo in (self.status, self.level, self.category):
            combo.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(None))
        self.level.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        for combo in (self.status, self.level, self.category):
            combo.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self.detail = None
        self.load_detail(dispute_id)
        self.refresh()

    # --- actions -----------------------------------------------------------------------------
    def new_dispute(self) -> None:
        self._show_dialog(IntakeDialog(self.app, self.stations, self.courts, self))

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
                life.ensure_allowed(row.status, key, row.level)
        except GridWardenError as error:
            self.last_refusal = render(error.message)
            warn(self, self.tr("不能办理"), self.last_refusal)
            return
        if key == "session":
            self._show_dialog(SessionDialog(self.app, detail, parent=self))
        elif key in ("written", "oral"):
            self._show_dialog(AgreementDialog(self.app, detail, key, self))
        elif key == "party":
            self.edit_party()
        elif key == "export_agreement":
            self._export(self.app.dispute_documents.agreement, detail.row.id)
        elif key == "dossier":
            self._export(self.app.dispute_documents.dossier, detail.row.id)
        elif key == "legal_aid":
            self.start_legal_aid()
        else:
            self._show_dialog(StepDialog(self.app, detail, key, self.stations, self))

    def edit_party(self) -> None:
        if self.detail is None or not self.detail.parties:
            return
        index = self.parties_view.currentIndex()
        party = self.detail.parties[index.row() if index.isValid() else 0]
        self._show_dialog(PartyDialog(self.app, self.detail.row.id, party, self))

    def correct_session(self) -> None:
        index = self.sessions_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        item = self.session_model.row_at(index.row())
        if item.superseded:
            warn(self, self.tr("不能更正"), self.tr("该记录已有更新的版本，请更正最新版本"))
            return
        self._show_dialog(SessionDialog(self.app, self.detail, item, self))

    def record_performance(self) -> None:
        index = self.obligations_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        item = self.obligation_model.row_at(index.row())
        if item.performed_on is None:
            self._show_dialog(PerformanceDialog(self.app, item, self))

    def start_legal_aid(self) -> None:
        if self.detail is None:
            return
        dispute_id = self.detail.row.id
        self.app.query(lambda s: dq.legal_aid_prefill(s, dispute_id), self._legal_aid_ready)

    def _legal_aid_ready(self, prefill: LegalAidPrefill | None) -> None:
        if prefill is None:
            return
        if self.on_legal_aid is not None:
            self.on_legal_aid(prefill)
        else:
            inform(
                self,
                self.tr("转法律援助"),
                self.tr("将为 {name} 打开法律援助申请（已预填纠纷 {n} 的信息）。").format(
                    name=prefill.applicant_name, n=prefill.source_dispute_number
                ),
            )

    def _export(self, call: Callable[[str], object], dispute_id: str) -> None:
        def done(files: object) -> None:
            self.last_export = files
            pdf = getattr(files, "pdf", "")
            docx = getattr(files, "docx", "")
            inform(
                self,
                self.tr("已生成"),
                self.tr("已保存：\n{pdf}\n{docx}").format(pdf=pdf, docx=docx),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, GridWardenError):
                warn(self, self.tr("未能生成"), render(error.message))
            else:
                raise error

        self.app.dispatcher.write(lambda: call(dispute_id), on_ok=done, on_err=failed)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]


class DisputeStatsView(QWidget):
    """Where disputes end (grid / station / court), by category, success rate, median days."""

    PERIODS = (("year", 365), ("all", None))

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.data: dispute_stats.DisputeStats | None = None
        self.last_export: object = None
        self.period = QComboBox()
        self.period.addItem(self.tr("近12个月受理"), 365)
        self.period.addItem(self.tr("本年度受理"), "this_year")
        self.period.addItem(self.tr("全部"), None)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        export = QPushButton(self.tr("导出 Excel"))
        export.clicked.connect(self.export)
        self.summary = QLabel()
        self.summary.setObjectName("detailTitle")
        self.summary.setWordWrap(True)
        self.level_chart = BarChart(self.tr("办结纠纷按化解层级"))
        self.level_chart.setObjectName("levelChart")
        self.category_chart = BarChart(self.tr("纠纷按类别（件）"))
        self.category_chart.setObjectName("categoryChart")
        self.category_model = RowsTableModel(
            [
                Column(self.tr("类别"), lambda f: _label(rules.CATEGORIES, f.category)),
                Column(self.tr("办结"), lambda f: str(f.closed), align_right=True),
                Column(self.tr("达成协议"), lambda f: str(f.agreed), align_right=True),
                Column(self.tr("成功率"), lambda f: _percent(f.success_rate), align_right=True),
                Column(self.tr("未结"), lambda f: str(f.open), align_right=True),
            ],
            self,
        )
        self.category_table = make_table(self.category_model)
        self.category_table.setObjectName("categoryTable")
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addStretch()
        top.addWidget(export)
        charts = QVBoxLayout()
        charts.addWidget(self.level_chart)
        charts.addWidget(self.category_chart)
        charts.addStretch()
        body = QHBoxLayout()
        body.addLayout(charts, 1)
        right = QVBoxLayout()
        right.addWidget(section_label(self.tr("按类别")))
        right.addWidget(self.category_table)
        note = QLabel(
            self.tr(
                "成功率 = 达成协议（书面或口头）件数 ÷ 办结件数；办结天数自受理日计至结案日。"
                "层级为纠纷最终化解（或移交）所在的层级。"
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        right.addWidget(note)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)

    def since(self) -> date | None:
        choice = self.period.currentData()
        today = self.app.clock.today()
        if choice == "this_year":
            return date(today.year, 1, 1)
        if isinstance(choice, int):
            return today - timedelta(days=choice)
        return None

    def refresh(self) -> None:
        since, today = self.since(), self.app.clock.today()
        self.app.query(lambda s: dispute_stats.statistics(s, since, today), self._show)

    def _show(self, data: dispute_stats.DisputeStats) -> None:
        self.data = data
        median = (
            self.tr("{d:g} 天").format(d=data.median_days_to_close)
            if data.median_days_to_close is not None
            else "—"
        )
        self.summary.setText(
            self.tr(
                "受理 {total} 件，办结 {closed} 件，未结 {open} 件；调解成功率 {rate}；"
                "办结天数中位数 {median}"
            ).format(
                total=data.total,
                closed=data.closed,
                open=data.open,
                rate=_percent(data.success_rate),
                median=median,
            )
        )
        self.level_chart.set_data(
            [(core_text(text), data.by_level.get(code, 0)) for code, text in rules.LEVELS.items()]
        )
        self.category_chart.set_data(
            [(_label(rules.CATEGORIES, f.category), f.closed + f.open) for f in data.by_category]
        )
        self.category_model.set_rows(data.by_category)
        self.category_table.resizeColumnsToContents()

    def _exported(self, path: object) -> None:
        self.last_export = path
        inform(self, self.tr("已导出"), str(path))

    def export(self) -> None:
        data = self.data
        if data is None:
            return
        path = (
            self.app.store.paths.exports
            / "statistics"
            / (f"纠纷统计-{self.app.clock.today():%Y%m%d}.xlsx")
        )
        sheets = stats_sheets(data)
        self.app.dispatcher.read(
            lambda: write_workbook(path, sheets),
            on_ok=self._exported,
        )


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def stats_sheets(data: dispute_stats.DisputeStats) -> list[Sheet]:
    t = QCoreApplication.translate
    levels = [
        (core_text(text), data.by_level.get(code, 0), data.agreed_by_level.get(code, 0))
        for code, text in rules.LEVELS.items()
    ]
    categories = [
        (
            _label(rules.CATEGORIES, f.category),
            f.closed,
            f.agreed,
            _percent(f.success_rate),
            f.open,
        )
        for f in data.by_category
    ]
    period = (
        t("disputes", "自 {d} 起受理").format(d=data.since) if data.since else t("disputes", "全部")
    )
    return [
        Sheet(
            t("disputes", "化解层级"),
            [t("disputes", "层级"), t("disputes", "办结件数"), t("disputes", "其中达成协议")],
            levels,
            chart_title=t("disputes", "办结纠纷按化解层级"),
            notes=[period, t("disputes", "层级为纠纷最终化解（或移交法院）所在的层级。")],
        ),
        Sheet(
            t("disputes", "纠纷类别"),
            [
                t("disputes", "类别"),
                t("disputes", "办结"),
                t("disputes", "达成协议"),
                t("disputes", "成功率"),
                t("disputes", "未结"),
            ],
            categories,
            chart_title=t("disputes", "办结纠纷按类别"),
        ),
        Sheet(
            t("disputes", "汇总"),
            [t("disputes", "指标"), t("disputes", "数值")],
            [
                (t("disputes", "受理件数"), data.total),
                (t("disputes", "办结件数"), data.closed),
                (t("disputes", "未结件数"), data.open),
                (t("disputes", "达成协议件数"), data.agreed),
                (t("disputes", "调解成功率"), _percent(data.success_rate)),
                (
                    t("disputes", "办结天数中位数"),
                    data.median_days_to_close if data.median_days_to_close is not None else "",
                ),
            ],
            notes=[
                period,
                t("disputes", "成功率 = 达成协议（书面或口头）件数 ÷ 办结件数。"),
                t("disputes", "办结天数自受理日计至结案日（协议生效、调解终止或移交之日）。"),
            ],
        ),
    ]


def dispute_sections(app: AppContext, open_dispute: Callable[[str], None]) -> list[TodaySection]:
    """The mediator's deadlines on the "today" page: mediation limits, court referrals,
    judicial confirmation (Art. 33), performance of obligations (Art. 31)."""
    today = app.clock.today

    def t(text: str) -> str:
        return QCoreApplication.translate("today", text)

    return [
        TodaySection(
            "disputesDue",
            t("矛盾纠纷期限（{n}）"),
            lambda s, day, settings: dq.deadlines(s, day, settings),
            [
                Column(t("期限"), lambda d: fmt.day(d.due)),
                Column(
                    t("剩余"),
                    lambda d: fmt.days_left(d.due, today()),
                    tone=lambda d: fmt.due_tone(d.due, today()),
                ),
                Column(t("事项"), lambda d: _label(dl.KINDS, d.kind)),
                Column(t("编号"), lambda d: d.number),
                Column(t("当事人"), lambda d: d.parties),
                Column(t("状态"), lambda d: _label(life.STATUS_LABELS, d.status)),
                Column(t("说明"), lambda d: fmt.one_line(d.what, 40), tooltip=lambda d: d.what),
            ],
            lambda row: open_dispute(row.dispute_id),
            WATCHES,
            overdue=lambda d: d.days_left < 0,
        )
    ]
