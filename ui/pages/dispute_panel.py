"""One dispute's file beside the ledger: what it is, what may be done next (the rules decide),
its parties, session records, agreement with the supervision of its performance (Art. 31), and
its history. The page runs the actions; the panel shows and asks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import to_local
from gridwarden.errors import GridWardenError
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import dispute_performance as perf
from gridwarden.rules import disputes as rules
from gridwarden.services.dispute_documents import step_text
from gridwarden.validation.idnumber import mask
from ui import format as fmt
from ui.app_context import AppContext
from ui.i18n import core_text, render
from ui.pages.base import make_table, section_label
from ui.pages.dispute_stats import performance_text
from ui.table_models import Column, RowsTableModel
from ui.widgets.action_bar import ActionBar, tool_button
from ui.widgets.banner import WarningBanner
from ui.widgets.wrapping_grid import WrappingGrid

A = life.Action
# The action grid, four to a row: lifecycle steps by their rule label, then the documents.
GRID = (
    A.ACCEPT_REFERRAL,
    A.ASSIGN,
    "session",
    "written",
    "oral",
    A.SIGN,
    A.FAIL,
    A.ESCALATE,
    A.WITHDRAW,
    A.REFUSE,
    A.REPORT_POLICE,
    A.DECLINE,
    A.EXTEND,
    A.DECLINE_REFERRAL,
    A.CONFIRMATION,
    "export_agreement",
    "dossier",
    "legal_aid",
    "filing",
)
PARTY_KEYS = ("add_party", "party", "remove_party")
OBLIGATION_KEYS = ("perform", "breach", "supervise")


def _label(vocabulary: dict[str, str], code: str | None) -> str:
    return fmt.label(vocabulary, code) if code else ""


def _action(parent: QWidget, text: str, key: str, on_action: Callable[[str], None]) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(f"dispute_{key}")
    action.setEnabled(False)
    action.triggered.connect(lambda _c=False: on_action(key))
    return action


class DisputePanel(QWidget):
    def __init__(
        self, app: AppContext, on_action: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.detail: dq.DisputeDetail | None = None
        self.heading = QLabel(self.tr("选择左侧的纠纷查看详情"))
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        labels = {
            "session": self.tr("记录调解"),
            "written": self.tr("调解协议书"),
            "oral": self.tr("口头协议"),
            "export_agreement": self.tr("打印协议书"),
            "dossier": self.tr("导出卷宗"),
            "legal_aid": self.tr("转法律援助"),
            "filing": self.tr("准备网上立案…"),
            "add_party": self.tr("追加当事人"),
            "party": self.tr("编辑所选"),
            "remove_party": self.tr("移除所选…"),
            "perform": self.tr("登记履行"),
            "breach": self.tr("登记不履行…"),
            "supervise": self.tr("记录督促…"),
        }
        self.bar = ActionBar(
            [(str(k), labels.get(k) or core_text(life.ACTION_LABELS[k])) for k in GRID],
            on_action,
            "dispute",
        )
        # every action by its key: the bar's, and those beside the parties and obligations
        self.by_key: dict[str, QAction] = dict(self.bar.by_key)
        for key in PARTY_KEYS + OBLIGATION_KEYS:
            self.by_key[key] = _action(self, labels[key], key, on_action)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._parties_tab(), self.tr("当事人"))
        self.tabs.addTab(self._sessions_tab(on_action), self.tr("调解记录"))
        self.tabs.addTab(self._agreement_tab(), self.tr("协议与履行"))
        self.tabs.addTab(self._history_tab(), self.tr("办理经过"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        self.banner = WarningBanner(app.notifier, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    # --- the tabs ----------------------------------------------------------------------------
    def _with_buttons(self, view: QTableView, keys: tuple[str, ...]) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(view)
        row = WrappingGrid(columns=len(keys))
        for key in keys:
            row.addWidget(tool_button(self.by_key[key]))
        box.addLayout(row)
        return tab

    def _parties_tab(self) -> QWidget:
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
                Column(self.tr("实有人口"), lambda p: self.tr("本辖区") if p.resident_id else ""),
                Column(self.tr("住址"), lambda p: p.address),
            ],
            self,
        )
        self.parties_view = make_table(self.party_model)
        self.parties_view.setObjectName("disputeParties")
        return self._with_buttons(self.parties_view, PARTY_KEYS)

    def _sessions_tab(self, on_action: Callable[[str], None]) -> QWidget:
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
                Column(self.tr("参加人员"), lambda s: fmt.join(s.attendees)),
                Column(
                    self.tr("记录"),
                    lambda s: fmt.one_line(s.record, 40),
                    tooltip=lambda s: (
                        s.record
                        + (
                            "\n" + self.tr("更正原因：{r}").format(r=s.correction_reason)
                            if s.correction_reason
                            else ""
                        )
                    ),
                ),
            ],
            self,
        )
        self.sessions_view = make_table(self.session_model)
        self.sessions_view.setObjectName("disputeSessions")
        self.sessions_view.doubleClicked.connect(lambda _i: on_action("correct_session"))
        self.by_key["correct_session"] = _action(
            self, self.tr("更正所选记录（保留原记录）"), "correct_session", on_action
        )
        return self._with_buttons(self.sessions_view, ("correct_session",))

    def _agreement_tab(self) -> QWidget:
        today = self.app.clock.today
        self.obligation_model = RowsTableModel(
            [
                Column(self.tr("义务人"), lambda o: o.obligor),
                Column(self.tr("内容"), lambda o: o.description),
                Column(self.tr("金额"), lambda o: rules.yuan(o.amount_fen), align_right=True),
                Column(self.tr("期限"), lambda o: fmt.day(o.due_on)),
                Column(
                    self.tr("履行"),
                    lambda o: obligation_text(o, today()),
                    tone=lambda o: obligation_tone(o, today()),
                    tooltip=lambda o: "\n".join(
                        n for n in (o.performance_note, o.breach_note) if n
                    ),
                ),
            ],
            self,
        )
        self.obligations_view = make_table(self.obligation_model)
        self.obligations_view.setObjectName("disputeObligations")
        self.supervision_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: _label(life.ACTION_LABELS, s.action)),
                Column(self.tr("事项"), lambda s: str(s.detail.get("description", ""))),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(self.tr("情况"), lambda s: s.reason, tooltip=lambda s: s.reason),
            ],
            self,
        )
        self.supervision_view = make_table(self.supervision_model)
        self.supervision_view.setObjectName("disputeSupervision")
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.performance_label = QLabel()
        self.performance_label.setWordWrap(True)
        self.performance_label.setObjectName("hint")
        tab = self._with_buttons(self.obligations_view, OBLIGATION_KEYS)
        box = tab.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(0, self.agreement_label)
        box.insertWidget(1, self.performance_label)
        box.addWidget(section_label(self.tr("履行监督记录（人民调解法第三十一条）")))
        box.addWidget(self.supervision_view)
        return tab

    def _history_tab(self) -> QWidget:
        self.step_model = RowsTableModel(
            [
                Column(self.tr("时间"), lambda s: fmt.when(s.at)),
                Column(self.tr("环节"), lambda s: _label(life.ACTION_LABELS, s.action)),
                Column(self.tr("状态"), lambda s: _label(life.STATUS_LABELS, s.to_status)),
                Column(self.tr("层级"), lambda s: _label(rules.LEVELS, s.to_level)),
                Column(self.tr("经办人"), lambda s: s.actor_name),
                Column(
                    self.tr("说明"),
                    lambda s: fmt.one_line(step_text(s), 50),
                    tooltip=step_text,
                ),
            ],
            self,
        )
        self.steps_view = make_table(self.step_model)
        self.steps_view.setObjectName("disputeHistory")
        return self.steps_view

    # --- showing one dispute -----------------------------------------------------------------
    def show_detail(self, detail: dq.DisputeDetail | None) -> None:
        self.detail = detail
        self.banner.show_record(detail.row.id if detail else None)
        models = (
            self.party_model,
            self.session_model,
            self.obligation_model,
            self.supervision_model,
            self.step_model,
        )
        if detail is None:
            self.heading.setText(self.tr("没有符合条件的纠纷"))
            self.info.setText("")
            for model in models:
                model.set_rows([])
            self.bar.clear()
            for action in self.by_key.values():
                action.setEnabled(False)
            self.agreement_label.setText("")
            self.performance_label.setText("")
            return
        row, today = detail.row, self.app.clock.today()
        self.heading.setText(
            f"{row.number} · {_label(rules.CATEGORIES, row.category)} · "
            f"{_label(life.STATUS_LABELS, row.status)}"
        )
        self.info.setText("\n".join(self.info_lines(detail, today)))
        agreement = detail.agreement
        self.party_model.set_rows(detail.parties)
        self.session_model.set_rows(detail.sessions)
        self.obligation_model.set_rows(agreement.obligations if agreement else [])
        self.supervision_model.set_rows(detail.supervision)
        self.step_model.set_rows(detail.steps)
        for view in (self.steps_view, self.obligations_view, self.supervision_view):
            view.resizeColumnsToContents()
        self.agreement_label.setText(self.agreement_text(detail))
        in_effect = row.status == life.Status.AGREED and agreement is not None
        summary = detail.performance(today)
        lines = [performance_text(summary)] if in_effect else []
        if summary.breached:  # what the party owed can do next (Arts. 32–33)
            lines.append(render(perf.remedy(detail.confirmation_state)))
        self.performance_label.setText("\n".join(lines))
        reasons = {key: why_not(key, detail) for key in self.by_key}
        self.bar.show_state(reasons, next_step(detail))
        for key in PARTY_KEYS + OBLIGATION_KEYS + ("correct_session",):
            reason = reasons[key]
            self.by_key[key].setEnabled(reason is None)
            self.by_key[key].setToolTip(reason or self.by_key[key].text())

    # --- what is selected --------------------------------------------------------------------
    def selected_party(self) -> dq.PartyItem | None:
        index = self.parties_view.currentIndex()
        if self.detail is None or not self.detail.parties:
            return None
        return self.detail.parties[index.row() if index.isValid() else 0]

    def selected_session(self) -> dq.SessionItem | None:
        index = self.sessions_view.currentIndex()
        return self.session_model.row_at(index.row()) if index.isValid() else None

    def selected_obligation(self) -> dq.ObligationItem | None:
        index = self.obligations_view.currentIndex()
        if index.isValid():
            item: dq.ObligationItem = self.obligation_model.row_at(index.row())
            return item
        return None

    # --- texts -------------------------------------------------------------------------------
    def agreement_text(self, detail: dq.DisputeDetail) -> str:
        agreement = detail.agreement
        if agreement is None:
            return self.tr("尚未达成协议")
        head = self.tr("{kind} 第{rev}版，{day}达成；履行方式：{how}；履行期限：{due}").format(
            kind=_label(rules.AGREEMENT_KINDS, agreement.kind),
            rev=agreement.revision,
            day=fmt.day(agreement.reached_on),
            how=agreement.performance,
            due=fmt.day(agreement.performance_deadline),
        )
        return head + "\n" + fmt.one_line(agreement.content, 120)

    def info_lines(self, d: dq.DisputeDetail, today: date) -> list[str]:
        """What a mediator reads first: who, where from, where it stands, what was done."""
        row = d.row
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
            lines += self.referral_lines(d, today)
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
            routes = fmt.join(_label(rules.ROUTES, r) for r in d.routes_told)
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

    def referral_lines(self, d: dq.DisputeDetail, today: date) -> list[str]:
        """A court referral: accepted when, or by when it must be (3 working days)."""
        if d.referral == life.REFERRAL_ACCEPTED:
            return [
                self.tr("已于 {day} 接收委派/委托；法院的调解期限自接收之日起算").format(
                    day=fmt.day(d.referral_accepted_on)
                )
            ]
        if d.referral != life.REFERRAL_PENDING or d.row.status != life.Status.REGISTERED:
            return []
        received = to_local(d.row.received_at).date()
        due = dl.court_accept_deadline(received, self.app.services.calendar).due
        return [
            self.tr("⚠ 待接收：应于 {due} 前接收（{left}，收到后3个工作日）").format(
                due=fmt.day(due), left=fmt.days_left(due, today)
            )
        ]


def next_step(detail: dq.DisputeDetail) -> str | None:
    """The one next step for the dispute's state (the primary button)."""
    status = detail.row.status
    if status == life.Status.REGISTERED:
        return str(A.ACCEPT_REFERRAL if detail.referral == life.REFERRAL_PENDING else A.ASSIGN)
    if status == life.Status.MEDIATING:
        return "session" if not detail.sessions else ("written" if detail.agreement is None
                                                        else str(A.SIGN))  # fmt: skip
    if status == life.Status.AGREEMENT_PENDING:
        return str(A.SIGN)
    if status == life.Status.AGREED:
        return "export_agreement"
    if status == life.Status.FAILED:
        return "filing"
    return "dossier"


def _why_not_agreement(key: str, detail: dq.DisputeDetail) -> str | None:
    """A written or oral agreement (Art. 28): refused where the other kind exists, else as the
    lifecycle decides for drafting or revising (raising its refusal)."""
    agreement, row = detail.agreement, detail.row
    if agreement is not None and agreement.kind != key:
        return QCoreApplication.translate(
            "DisputePanel", "已有另一种调解协议；请更正该协议（人民调解法第二十八条）"
        )
    action = (
        A.REVISE_AGREEMENT
        if agreement is not None
        else (A.DRAFT_AGREEMENT if key == "written" else A.ORAL_AGREEMENT)
    )
    life.ensure_allowed(row.status, action, row.level, detail.referral)
    return None


def why_not(key: str, detail: dq.DisputeDetail) -> str | None:
    """None when the action may run on this dispute now, else why not (the rule's refusal,
    with its article where the law gives one)."""
    row, agreement = detail.row, detail.agreement
    status = row.status
    try:
        if key in ("session", "correct_session"):
            life.ensure_session_allowed(status)
        elif key in ("written", "oral"):
            return _why_not_agreement(key, detail)
        elif key in PARTY_KEYS:
            if status not in life.OPEN_STATUSES:
                return QCoreApplication.translate("DisputePanel", "纠纷已办结，当事人不再变更")
        elif key in OBLIGATION_KEYS:
            if status != life.Status.AGREED or agreement is None or not agreement.obligations:
                return QCoreApplication.translate(
                    "DisputePanel",
                    "只有已生效、写明履行事项的调解协议才登记履行（人民调解法第三十一条）",
                )
        elif key == "export_agreement":
            if agreement is None:
                return QCoreApplication.translate(
                    "DisputePanel", "尚未制作调解协议（人民调解法第二十八条、第二十九条）"
                )
        elif key == "legal_aid":
            if not dq.legal_aid_eligible(row.category, status):
                return QCoreApplication.translate(
                    "DisputePanel",
                    "只有调解不成、属于法律援助事项范围的纠纷可转法律援助（法律援助法第三十一条）",
                )
        elif key == "filing":
            if status not in (life.Status.FAILED, life.Status.AGREED):
                return QCoreApplication.translate(
                    "DisputePanel",
                    "调解不成可协助起诉，达成协议可申请司法确认（民事诉讼法第二百零五条）；"
                    "此时均不能准备网上立案",
                )
        elif key in life.Action.__members__.values():
            life.ensure_allowed(status, key, row.level, detail.referral)
    except GridWardenError as error:
        return render(error.message)
    return None


def obligation_text(o: dq.ObligationItem, today: date) -> str:
    state = o.state(today)
    if state == perf.PERFORMED:
        if o.breached_on:
            return QCoreApplication.translate("disputes", "{d} 已履行（曾登记不履行）").format(
                d=fmt.day(o.performed_on)
            )
        return QCoreApplication.translate("disputes", "{d} 已履行").format(
            d=fmt.day(o.performed_on)
        )
    if state == perf.BREACHED:
        return QCoreApplication.translate("disputes", "{d} 不履行").format(d=fmt.day(o.breached_on))
    return fmt.days_left(o.due_on, today)


def obligation_tone(o: dq.ObligationItem, today: date) -> str | None:
    state = o.state(today)
    if state == perf.PERFORMED:
        return "ok"
    if state == perf.BREACHED:
        return "danger"
    return fmt.due_tone(o.due_on, today)
