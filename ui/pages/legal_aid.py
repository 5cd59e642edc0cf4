"""Legal aid at the window (法律援助): the queue by due date, one application with its
assessment by the law, its steps and notices; group cases; statistics; the "today" sections.

Confidentiality (Art. 21): the queue shows masked ID numbers; the full number appears only when
the clerk opens it on the record, and that access is audited.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError
from gridwarden.queries import legal_aid as q
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_deadlines as dl
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life
from gridwarden.rules.register import GENDERS
from gridwarden.services.context import Changes
from gridwarden.services.legal_aid import (
    ApplicationDraft,
    LegalAidPrefill,
    LegalAidService,
    prefill_draft,
)
from gridwarden.services.legal_aid_notices import TEMPLATES, available_kinds
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.legal_aid import GroupIntakeDialog, IntakeDialog, StepDialog, findings_html
from ui.i18n import core_text, render
from ui.messages import inform, warn
from ui.pages.base import AfterLoad, Page, make_table, on_current_key, section_label
from ui.pages.legal_aid_stats import StatsPanel
from ui.pages.list_detail import ListDetail
from ui.pages.today import TodaySection
from ui.table_models import Column, KeyedTableModel, RowsTableModel

BATCH_ACTIONS = (life.Action.GRANT, life.Action.ASSIGN, life.Action.REFUSE)


def _t(text: str) -> str:
    return QCoreApplication.translate("legal_aid", text)


def status_text(code: str) -> str:
    return fmt.label(life.STATUS_LABELS, code)


def matter_text(code: str, limit: int = 18) -> str:
    matter = la.MATTER_TYPES.get(code)
    return fmt.one_line(core_text(matter.label), limit) if matter else code


def money(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:,.2f}"


def hints(row: q.QueueRow, today: date) -> str:
    parts = []
    if row.urgent(today):
        parts.append(_t("⚠可先行援助"))
    elif row.advance_on:
        parts.append(_t("已先行援助"))
    if row.city_wide:
        parts.append(_t("通城通办"))
    if row.group_name:
        parts.append(_t("群体{n}人").format(n=row.group_size))
    return " · ".join(parts)


class LegalAidPage(ListDetail, Page):
    name = "legal-aid"
    watches = frozenset({"legal_aid_case", "legal_aid_application", "legal_aid_step", "org_unit"})

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.service = LegalAidService(app.services)
        self.windows: list[q.UnitItem] = []
        self.agencies: list[q.UnitItem] = []
        self.detail: q.ApplicationDetail | None = None
        self.revealed: str | None = None
        self.active_dialog: QWidget | None = None
        self.last_files: tuple[Path, ...] = ()
        self.last_refusal = ""
        self.units = AfterLoad()
        self._generation = 0

        self.status = QComboBox()
        self.status.addItem(self.tr("待办（按期限）"), "open")
        self.status.addItem(self.tr("全部状态"), None)
        for code, text in life.STATUS_LABELS.items():
            self.status.addItem(core_text(text), str(code))
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
        bar = QHBoxLayout()
        for widget, stretch in (
            (self.status, 1),
            (self.window_filter, 2),
            (self.group_filter, 1),
            (self.text, 3),
        ):
            bar.addWidget(widget, stretch)
        bar.addWidget(self.count)
        bar.addWidget(new)
        bar.addWidget(group)

        today = app.clock.today
        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("期限"),
                    lambda r: fmt.day(r.due_date),
                    tone=lambda r: self._tone(r, today()),
                ),
                Column(
                    self.tr("剩余"),
                    lambda r: (
                        fmt.days_left(r.due_date, today()) if r.is_open and r.due_date else ""
                    ),
                    tone=lambda r: self._tone(r, today()),
                ),
                Column(self.tr("申请人"), lambda r: r.name),
                Column(self.tr("状态"), lambda r: status_text(r.status)),
                Column(
                    self.tr("事项"),
                    lambda r: matter_text(r.matter_type, 12),
                    tooltip=lambda r: matter_text(r.matter_type, 200),
                ),
                Column(
                    self.tr("提示"),
                    lambda r: hints(r, today()),
                    tone=lambda r: "danger" if r.urgent(today()) else None,
                    tooltip=lambda r: r.group_name,
                ),
                Column(self.tr("身份证号"), lambda r: r.id_masked),
                Column(self.tr("编号"), lambda r: r.number),
                Column(self.tr("受理窗口"), lambda r: r.window),
            ],
            app.dispatcher,
            app.rows_fetcher(q.queue_rows),
            self,
        )
        self.table = make_table(self.model)
        self.table.setObjectName("legalAidQueue")
        for column, width in ((0, 88), (1, 72), (2, 64), (3, 84), (4, 150), (5, 136), (6, 146)):
            self.table.setColumnWidth(column, width)
        on_current_key(self.table, self.model, self.load_detail)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([860, 560])
        self.stats = StatsPanel(app, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("受理队列"))
        self.tabs.addTab(self.stats, self.tr("统计"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._filter_changed(debounce=True))
        for combo in (self.status, self.window_filter, self.group_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+L"), self, self.new_application, context=context)
        QShortcut(QKeySequence("Ctrl+G"), self, self.new_group, context=context)

    def title(self) -> str:
        return self.tr("法律援助")

    @staticmethod
    def _tone(row: q.QueueRow, today: date) -> str | None:
        if not row.is_open or row.due_date is None:
            return "muted" if not row.is_open else None
        return fmt.due_tone(row.due_date, today)

    # --- the detail panel ---------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.heading = QLabel(self.tr("选择左侧的申请查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.due_line = QLabel()
        self.due_line.setObjectName("dueLine")
        self.due_line.setWordWrap(True)
        self.applicant = QLabel()
        self.applicant.setObjectName("applicantInfo")
        self.applicant.setWordWrap(True)
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("查看完整证件号"))
        self.reveal_button.setToolTip(self.tr("申请人信息保密（第二十一条）；查看将记入审计日志"))
        self.reveal_button.clicked.connect(self.reveal_id)
        self.matter = QLabel()
        self.matter.setObjectName("matterInfo")
        self.matter.setWordWrap(True)
        self.assessment = QLabel()
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.RichText)
        self.materials = QLabel()
        self.materials.setObjectName("materials")
        self.materials.setWordWrap(True)
        self.materials.setTextFormat(Qt.TextFormat.RichText)

        actions = QGridLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for i, action in enumerate(life.Action):
            button = QPushButton(core_text(life.ACTION_LABELS[action]))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _c=False, a=action.value: self.start_action(a))
            button.setEnabled(False)
            actions.addWidget(button, i // 4, i % 4)
            self.action_buttons[action.value] = button
        notices = QGridLayout()
        self.notice_buttons: dict[str, QPushButton] = {}
        for i, (kind, (_template, title)) in enumerate(TEMPLATES.items()):
            button = QPushButton(core_text(title))
            button.setObjectName(f"notice_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.issue_notice(k))
            button.setEnabled(False)
            notices.addWidget(button, i // 3, i % 3)
            self.notice_buttons[kind] = button

        self.group_box = QWidget()
        group_layout = QVBoxLayout(self.group_box)
        group_layout.setContentsMargins(0, 0, 0, 0)
        self.group_title = section_label("")
        self.member_model = RowsTableModel(
            [
                Column(self.tr("编号"), lambda m: m.number[-4:]),
                Column(self.tr("姓名"), lambda m: m.name),
                Column(self.tr("身份证号"), lambda m: m.id_masked),
                Column(self.tr("状态"), lambda m: status_text(m.status)),
                Column(
                    self.tr("期限"),
                    lambda m: fmt.day(m.due_date) if m.status in life.OPEN_STATUSES else "",
                    tone=lambda m: (
                        fmt.due_tone(m.due_date, self.app.clock.today())
                        if m.due_date and m.status in life.OPEN_STATUSES
                        else None
                    ),
                ),
                Column(
                    self.tr("金额（元）"), lambda m: money(m.claim_amount_fen), align_right=True
                ),
            ],
            self,
        )
        self.members = make_table(self.member_model)
        self.members.setObjectName("groupMembers")
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setMinimumHeight(160)
        self.members.doubleClicked.connect(self._open_member)
        batch = QGridLayout()
        self.batch_buttons: dict[str, QPushButton] = {}
        for i, action in enumerate(BATCH_ACTIONS):
            button = QPushButton(
                self.tr("所选人员：{action}").format(action=core_text(life.ACTION_LABELS[action]))
            )
            button.setObjectName(f"batch_{action.value}")
            button.clicked.connect(lambda _c=False, a=action.value: self.batch_action(a))
            batch.addWidget(button, i // 2, i % 2)
            self.batch_buttons[action.value] = button
        batch_notice = QPushButton(self.tr("所选人员的受理通知书（合为一个文件）"))
        batch_notice.setObjectName("batch_notice")
        batch_notice.clicked.connect(
            lambda: self.issue_notice("acceptance", self.selected_members())
        )
        batch.addWidget(batch_notice, 1, 1)
        group_layout.addWidget(self.group_title)
        group_layout.addWidget(self.members)
        group_layout.addLayout(batch)
        self.group_box.hide()

        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: fmt.label(life.ACTION_LABELS, s.action)),
                Column(self.tr("状态"), lambda s: status_text(s.to_status)),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(self.tr("说明"), self._step_text, tooltip=self._step_text),
            ],
            self,
        )
        self.steps = make_table(self.step_model)
        self.steps.setObjectName("legalAidHistory")
        self.steps.setMinimumHeight(150)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.due_line)
        layout.addWidget(section_label(self.tr("申请人")))
        layout.addWidget(self.applicant)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch()
        layout.addLayout(reveal_row)
        layout.addWidget(section_label(self.tr("申请事项")))
        layout.addWidget(self.matter)
        layout.addWidget(section_label(self.tr("资格审查（依《法律援助法》逐项）")))
        layout.addWidget(self.assessment)
        layout.addWidget(section_label(self.tr("材料清单")))
        layout.addWidget(self.materials)
        layout.addWidget(section_label(self.tr("办理")))
        layout.addLayout(actions)
        layout.addWidget(section_label(self.tr("文书（PDF 与 DOCX）")))
        layout.addLayout(notices)
        layout.addWidget(self.group_box)
        layout.addWidget(section_label(self.tr("办理记录（全程留痕）")))
        layout.addWidget(self.steps)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return panel

    @staticmethod
    def _step_text(step: q.StepItem) -> str:
        d = step.detail
        parts = [step.note]
        if d.get("missing"):
            parts.append(
                _t("一次性告知补充：{items}；{day} 前").format(
                    items="、".join(core_text(la.MATERIALS.get(m, m)) for m in d["missing"]),
                    day=d.get("withdraw_on", ""),
                )
            )
        if d.get("supplied"):
            parts.append(_t("补交：{items}").format(
                items="、".join(core_text(la.MATERIALS.get(m, m)) for m in d["supplied"])))  # fmt: skip
        if d.get("hardship"):
            parts.append(core_text(el.HARDSHIP_LABELS.get(d["hardship"], d["hardship"])))
        if d.get("reasons"):
            parts.append(_t("理由：{v}").format(v=d["reasons"]))
        if d.get("legal_basis"):
            parts.append(_t("依据：{v}").format(v=d["legal_basis"]))
        if d.get("assignee_name"):
            parts.append(f"{d.get('assignee_unit', '')}{d['assignee_name']}")
        if d.get("agency"):
            parts.append(
                _t("转交{agency}，接收人{who}").format(
                    agency=d["agency"], who=d.get("receiver", "")
                )
            )
        if d.get("withdraw_reason"):
            parts.append(core_text(la.WITHDRAW_REASONS.get(d["withdraw_reason"], "")))
        if d.get("ground"):
            parts.append(core_text(la.END_GROUNDS.get(d["ground"], "")))
        return "；".join(p for p in parts if p)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self.units.ready:
            self.load_units()
        self._generation += 1
        generation = self._generation
        flt = q.QueueFilter(
            self.status.currentData(),
            self.window_filter.currentData(),
            self.group_filter.currentData(),
            self.text.text(),
        )
        self.app.query(lambda s: q.queue_ids(s, flt), lambda ids: self._ids_loaded(generation, ids))
        if self.tabs.currentWidget() is self.stats:
            self.stats.refresh()

    def load_units(self, then: Callable[[], None] | None = None) -> None:
        if then is not None and self.units.ready:
            then()
            return
        if then is not None:
            self.units.then(then)
        self.app.query(lambda s: (q.windows(s), q.agencies(s)), self._units_arrived)

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
        self.units.loaded()

    def load_detail(self, application_id: str) -> None:
        today = self.app.clock.today()
        self.app.query(
            lambda s: q.application_detail(s, application_id, today), self._latest_detail()
        )

    def _show(self, detail: q.ApplicationDetail | None) -> None:
        if detail is None or self.detail is None or detail.row.id != self.detail.row.id:
            self.revealed = None  # a newly opened record starts masked again
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的申请"))
            for label in (
                self.due_line,
                self.applicant,
                self.matter,
                self.assessment,
                self.materials,
            ):
                label.setText("")
            self.step_model.set_rows([])
            self.group_box.hide()
            for button in [
                *self.action_buttons.values(),
                *self.notice_buttons.values(),
                self.reveal_button,
            ]:
                button.setEnabled(False)
            return
        row, today = detail.row, self.app.clock.today()
        self.heading.setText(f"{row.number} · {row.name} · {status_text(row.status)}")
        self.due_line.setText(self._due_text(detail, today))
        self.applicant.setText(self._applicant_text(detail, today))
        self.matter.setText(self._matter_text(detail, today))
        self.assessment.setText(findings_html(detail.assessment))
        self.materials.setText(self._materials_html(detail))
        allowed = {a.value for a in life.allowed_actions(row.status)}
        if not row.urgent(today):  # aid before the decision only when urgent (Art. 44)
            allowed.discard(life.Action.ADVANCE.value)
        for code, button in self.action_buttons.items():
            button.setEnabled(code in allowed)
        kinds = available_kinds(row.status, detail.notice_on, detail.refusal_reasons,
                                detail.decided_on, detail.forwarded_on)  # fmt: skip
        for kind, button in self.notice_buttons.items():
            button.setEnabled(kind in kinds)
        self.reveal_button.setEnabled(self.revealed != row.id)
        self.step_model.set_rows(detail.steps)
        self.steps.resizeColumnsToContents()
        if detail.members:
            self.group_title.setText(
                self.tr("群体案件：{name}（{n} 人，一人一决定）").format(
                    name=row.group_name, n=len(detail.members)
                )
            )
            self.member_model.set_rows(detail.members)
            self.group_box.show()
        else:
            self.group_box.hide()

    def _due_text(self, detail: q.ApplicationDetail, today: date) -> str:
        row = detail.row
        if row.is_open and row.due_date:
            text = self.tr("{what}：{day}（{left}）").format(
                what=core_text(life.DUE_LABELS[row.status]),
                day=fmt.day(row.due_date),
                left=fmt.days_left(row.due_date, today),
            )
            colour = {"danger": "#c62828", "warn": "#b26a00"}.get(
                fmt.due_tone(row.due_date, today) or "", "#1f3a5f"
            )
            self.due_line.setStyleSheet(f"color: {colour}; font-weight: bold;")
            return text
        self.due_line.setStyleSheet("color: #555;")
        done = [
            (detail.decided_on, self.tr("决定于 {d}")),
            (detail.assigned_on, self.tr("指派于 {d}")),
            (detail.forwarded_on, self.tr("转交于 {d}")),
        ]
        parts = [template.format(d=fmt.day(day)) for day, template in done if day]
        if detail.closed_reason:
            parts.append(core_text(detail.closed_reason))
        return "；".join(parts)

    def _applicant_text(self, detail: q.ApplicationDetail, today: date) -> str:
        shown = detail.id_number if self.revealed == detail.row.id else mask(detail.id_number)
        lines = [
            self.tr("{name}，{gender}，{age} 岁　身份证号：{id}").format(
                name=detail.row.name,
                gender=core_text(GENDERS.get(detail.gender or "", "")),
                age=el.age_on(detail.birth_date, today) or "",
                id=shown,
            ),
            self.tr("电话：{phone}　住址：{address}").format(
                phone=detail.phone or "—", address=detail.address or "—"
            ),
        ]
        if detail.agent_name:
            lines.append(
                self.tr("代理申请人：{name}（{relation}）{phone}").format(
                    name=detail.agent_name,
                    relation=core_text(detail.agent_relation),
                    phone=detail.agent_phone,
                )
            )
        facts = [core_text(la.APPLICANT_FACTS[k]) for k, on in detail.facts.items() if on]
        if detail.gender == "F":
            facts.append(self.tr("妇女"))
        if facts:
            lines.append(self.tr("情况：{facts}").format(facts="、".join(facts)))
        if detail.claim_amount_fen is not None:
            lines.append(self.tr("请求金额：{v} 元").format(v=money(detail.claim_amount_fen)))
        return "\n".join(lines)

    def _matter_text(self, detail: q.ApplicationDetail, today: date) -> str:
        row = detail.row
        matter = la.MATTER_TYPES[row.matter_type]
        lines = [
            f"{core_text(matter.label)}（{core_text(la.LAW)}{core_text(matter.article)}）"
            if matter.article
            else core_text(matter.label),
            self.tr("程序：{p}　受理机关：{body}").format(
                p=core_text(la.PROCEEDINGS.get(row.proceeding, row.proceeding)),
                body=detail.handling_body or "—",
            ),
            self.tr("对方当事人：{v}").format(v=detail.opposing_party or "—"),
            detail.summary,
            self.tr("受理：{window}，{day}").format(
                window=row.window, day=fmt.day(row.received_on)
            ),
        ]
        if row.city_wide:
            lines.append(self.tr("通城通办：管辖机构为{agency}（第三十八条）").format(
                agency=detail.competent_agency))  # fmt: skip
        left = dl.days_to_limit(row.limitation_date, today)
        if row.limitation_date and left is not None:
            lines.append(
                self.tr("{what}届满：{day}（{left}）").format(
                    what=detail.limitation_note or self.tr("时效或期限"),
                    day=fmt.day(row.limitation_date),
                    left=fmt.days_left(row.limitation_date, today),
                )
            )
        if row.advance_on:
            lines.append(
                self.tr("已于 {d} 先行提供法律援助（第四十四条）").format(d=fmt.day(row.advance_on))
            )
        if detail.source_dispute_id:
            lines.append(
                self.tr("来源：调解不成的纠纷（{id}）").format(id=detail.source_dispute_id)
            )
        return "\n".join(lines)

    @staticmethod
    def _materials_html(detail: q.ApplicationDetail) -> str:
        have = set(detail.materials)
        lines = []
        for code in detail.assessment.required:
            ok = code in have
            mark = (
                "<span style='color:#2e7d32'>✔</span>"
                if ok
                else "<span style='color:#c62828'>✘</span>"
            )
            lines.append(f"{mark} {html.escape(core_text(la.MATERIALS[code]))}")
        if detail.notice_on:
            lines.append(
                html.escape(
                    _t("已于 {notice} 一次性告知补充材料，{day} 为最后期限（逾期视为撤回）").format(
                        notice=fmt.day(detail.notice_on), day=fmt.day(detail.withdraw_on)
                    )
                )
            )
        return "<br>".join(lines)

    def apply_changes(self, changes: Changes) -> None:
        self.model.invalidate(list(changes.ids))
        self.refresh()
        if (self.detail and self.detail.row.id in changes.ids) or (
            self.detail
            and self.detail.members
            and set(changes.ids) & {m.id for m in self.detail.members}
        ):
            self.load_detail(self.detail.row.id)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.stats:
            self.stats.refresh()

    # --- opening records ----------------------------------------------------------------------
    def open_application(self, application_id: str) -> None:
        """Show this application even if the current filter hides it."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(application_id)
        if row >= 0:
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
        self.detail, self._wanted = None, application_id
        self.load_detail(application_id)
        self.refresh()

    def _open_member(self, index: QModelIndex) -> None:
        member = self.member_model.row_at(index.row())
        self.open_application(member.id)

    def selected_members(self) -> list[str]:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        return [self.member_model.row_at(r).id for r in rows]

    def reveal_id(self) -> None:
        """Open the record: the full ID number shows, and the access is audited (Art. 21)."""
        if self.detail is None:
            return
        application_id = self.detail.row.id
        service = self.service

        def shown(_changes: object) -> None:
            self.revealed = application_id
            if self.detail is not None and self.detail.row.id == application_id:
                self._show(self.detail)

        self.app.write(lambda: service.reveal(application_id), shown)

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
            warn(
                self, self.tr("法律援助"), self.tr("本机没有法律援助窗口或工作站的资料，请先同步。")
            )
            return
        dialog = IntakeDialog(self.app, self.service, self.windows, self.agencies, prefill, self)
        dialog.saved.connect(self._created)
        self._show_dialog(dialog)

    def new_group(self) -> None:
        def open_form() -> None:
            dialog = GroupIntakeDialog(self.app, self.service, self.windows, self.agencies, self)
            dialog.saved.connect(self._created)
            self._show_dialog(dialog)

        self.load_units(open_form)

    def _created(self, changes: Changes) -> None:
        if changes.primary_id:
            self.open_application(changes.primary_id)

    # --- steps and notices --------------------------------------------------------------------
    def start_action(self, action: str) -> None:
        """Open the step dialog; a step the rules refuse is explained, not run."""
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
            StepDialog(
                self.app,
                self.service,
                [self.detail.row.id],
                status,
                action,
                self.detail,
                self.agencies,
                self,
            )
        )

    def batch_action(self, action: str) -> None:
        ids = self.selected_members()
        if not ids:
            warn(self, self.tr("群体案件"), self.tr("请先在名单中选择申请人（可多选）"))
            return
        status = self.detail.row.status if self.detail else ""
        self._show_dialog(
            StepDialog(
                self.app, self.service, ids, status, action, self.detail, self.agencies, self
            )
        )

    def issue_notice(self, kind: str, ids: list[str] | None = None) -> None:
        chosen = ids if ids is not None else ([self.detail.row.id] if self.detail else [])
        if not chosen:
            return
        service = self.service

        def written(changes: object) -> None:
            self.last_files = getattr(changes, "files", ())
            inform(
                self,
                core_text(TEMPLATES[kind][1]),
                self.tr("已生成：\n{files}").format(
                    files="\n".join(str(f) for f in self.last_files)
                ),
            )

        self.app.write(lambda: service.notice(chosen, kind), written)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]


def legal_aid_sections(
    app: AppContext, open_application: Callable[[str], None]
) -> list[TodaySection]:
    """The clerk's "today": deadlines about to pass (Arts. 43, 49) and Art. 44 urgent cases."""
    today = app.clock.today
    watches = frozenset({"legal_aid_application", "legal_aid_case"})
    return [
        TodaySection(
            "legalAidDue",
            _t("法律援助：临期与逾期（{n}）"),
            lambda s, day, settings: q.due_soon(s, day, settings.legal_aid_near_days),
            [
                Column(_t("编号"), lambda d: d.number),
                Column(_t("申请人"), lambda d: d.name),
                Column(_t("状态"), lambda d: status_text(d.status)),
                Column(_t("期限"), lambda d: core_text(life.DUE_LABELS.get(d.status, ""))),
                Column(_t("到期日"), lambda d: fmt.day(d.due_date)),
                Column(
                    _t("剩余"),
                    lambda d: fmt.days_left(d.due_date, today()),
                    tone=lambda d: fmt.due_tone(d.due_date, today()),
                ),
                Column(_t("事项"), lambda d: matter_text(d.matter_type)),
                Column(_t("群体案件"), lambda d: d.group_name),
            ],
            lambda row: open_application(row.application_id),
            watches,
            overdue=lambda d: d.days_left < 0,
        ),
        TodaySection(
            "legalAidUrgent",
            _t("法律援助：时效将届满，可先行援助（第四十四条）（{n}）"),
            lambda s, day, _settings: q.urgent_before_decision(s, day),
            [
                Column(_t("编号"), lambda u: u.number),
                Column(_t("申请人"), lambda u: u.name),
                Column(_t("状态"), lambda u: status_text(u.status)),
                Column(
                    _t("时效/期限"),
                    lambda u: (
                        f"{u.limitation_note or _t('期限')} {fmt.day(u.limitation_date)}"
                        if u.limitation_date
                        else _t("需立即保全")
                    ),
                ),
                Column(
                    _t("剩余"),
                    lambda u: (
                        fmt.days_left(u.limitation_date, today()) if u.limitation_date else ""
                    ),
                    tone=lambda _u: "danger",
                ),
                Column(_t("事项"), lambda u: matter_text(u.matter_type)),
            ],
            lambda row: open_application(row.application_id),
            watches,
            overdue=lambda u: u.days_left is not None and u.days_left < 0,
        ),
    ]
