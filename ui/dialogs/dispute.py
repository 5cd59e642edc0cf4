"""Dispute dialogs after intake: lifecycle steps, sessions, agreements, and the supervision of
performance. Each is a SubmitDialog: errors at the field, nothing typed is lost. Intake and
the parties are in dispute_intake."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import LOCAL_TZ, to_local
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.disputes import (
    AgreementDraft,
    ObligationDraft,
    SessionDraft,
)
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.dispute_fields import date_edit, day_of, parse_day, vocabulary
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


class StepDialog(SubmitDialog):
    """The input one lifecycle action needs (mediator, reasons, routes, dates…)."""

    def __init__(
        self,
        app: AppContext,
        detail: dq.DisputeDetail,
        action: str,
        stations: list[dq.UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        label = core_text(life.ACTION_LABELS[action])
        super().__init__(
            app,
            self.tr("{action}：{number}").format(action=label, number=detail.row.number),
            parent,
        )
        self.detail, self.action = detail, action
        self.widgets: dict[str, Any] = {}
        today = app.clock.today()
        A = life.Action
        if action == A.ACCEPT_REFERRAL:
            self._referral_fields(detail, today)
        if action == A.ASSIGN:
            self._mediator_fields(detail)
        if action == A.REFUSE:
            party = self._add("party_name", self.tr("拒绝调解的当事人"), QComboBox())
            party.setEditable(True)
            fill_combo(party, [(p.name, p.name) for p in detail.parties])
            hint = QLabel(self.tr("当事人一方明确拒绝调解的，不得调解（人民调解法第十七条）。"))
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        if action == A.DECLINE:
            self._add("non_mediable", self.tr("情形"), vocabulary(QComboBox(), rules.NON_MEDIABLE))
        if action == A.REPORT_POLICE:
            self._add("police_unit", self.tr("报告的公安机关"), QLineEdit())
        if action == A.FAIL:
            self._failure_fields()
        if action == A.ESCALATE:
            target = life.next_level(detail.row.level)
            self.form.addRow(self.tr("上移至"), QLabel(core_text(rules.LEVELS[target])))
            if target == "station":
                station = self._add("station_id", self.tr("工作站"), QComboBox())
                fill_combo(station, [(s.name, s.id) for s in stations], detail.station_id)
        if action == A.SIGN:
            self._add("signed_on", self.tr("签署日期"), date_edit(today))
            self._add(
                "signatures_complete",
                "",
                QCheckBox(self.tr("各方当事人已签名、盖章或按指印，调解员已签名并加盖委员会印章")),
            )
        if action == A.EXTEND:
            current = detail.row.due_on or today
            self._add("extended_to", self.tr("延长至"), date_edit(current + timedelta(days=15)))
        if action == A.DECLINE_REFERRAL:
            hint = QLabel(
                self.tr(
                    "不接受的，应书面说明理由并告知法院，由法院另行指派（在线调解规则第十二条）。"
                )
            )
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        if action == A.CONFIRMATION:
            states = {k: v for k, v in rules.CONFIRMATION_STATES.items() if k}
            self._add("confirmation_state", self.tr("司法确认"), vocabulary(QComboBox(), states))
            self._add("confirmation_on", self.tr("日期"), date_edit(today))
        reason_labels = {
            A.FAIL: self.tr("调解不成的原因"),
            A.WITHDRAW: self.tr("撤回原因"),
            A.REFUSE: self.tr("当事人的表示"),
            A.DECLINE: self.tr("说明"),
            A.REPORT_POLICE: self.tr("情况与措施"),
            A.ESCALATE: self.tr("上移理由"),
            A.EXTEND: self.tr("当事人同意延长的记录"),
            A.DECLINE_REFERRAL: self.tr("不接受的理由"),
        }
        if action in reason_labels:
            reason = self._add("reason", reason_labels[life.Action(action)], QPlainTextEdit())
            reason.setFixedHeight(70)
        note = self._add("note", self.tr("备注"), QPlainTextEdit())
        note.setFixedHeight(50)
        fit_width(self, 520)

    def _referral_fields(self, detail: dq.DisputeDetail, today: date) -> None:
        """A court's delegation or entrustment: the day it is accepted, within 3 working days."""
        received = to_local(detail.row.received_at).date()
        self._add("accepted_on", self.tr("接收日期"), date_edit(today))
        hint = QLabel(
            self.tr(
                "{src}：{court} {ref}。收到于 {day}，应在3个工作日内决定是否接收；"
                "接收后，法院的调解期限自接收之日起算。"
            ).format(
                src=core_text(rules.SOURCES.get(detail.source, "")),
                court=detail.court,
                ref=detail.court_reference,
                day=received.isoformat(),
            )
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def _mediator_fields(self, detail: dq.DisputeDetail) -> None:
        """The mediator (chosen by the parties or not), the mode and who was refused (Art. 23)."""
        app = self.app
        mediator = self._add("mediator_name", self.tr("调解员"), QLineEdit(app.settings.user_name))
        offered = QCompleter(detail.mediators, mediator)
        offered.setFilterMode(Qt.MatchFlag.MatchContains)
        mediator.setCompleter(offered)
        if detail.mediators:
            mediator.setToolTip(
                self.tr("本工作站的调解员：{names}").format(names=fmt.join(detail.mediators))
            )
        self._add("chosen", "", QCheckBox(self.tr("当事人选择的调解员（第二十三条）")))
        self._add("mode", self.tr("调解方式"), vocabulary(QComboBox(), rules.MEDIATION_MODES))
        refused = self._add(
            "refused_mediators",
            self.tr("要求回避的调解员"),
            QLineEdit(detail.refused_mediators),  # a refusal made earlier still stands
        )
        refused.setPlaceholderText(self.tr("当事人拒绝的调解员（第二十三条），没有则留空"))

    def _failure_fields(self) -> None:
        """The routes the parties were told of (Art. 26) and the failure record the court
        receives (在线调解规则 第二十一条、第二十二条)."""
        routes = QWidget()
        row = QHBoxLayout(routes)
        row.setContentsMargins(0, 0, 0, 0)
        self.routes: dict[str, QCheckBox] = {}
        for code, text in rules.ROUTES.items():
            box = QCheckBox(core_text(text))
            box.setChecked(True)
            self.routes[code] = box
            row.addWidget(box)
        self._add("routes", self.tr("已告知的维权途径（第二十六条）"), routes)
        # the failure record the court receives (在线调解规则 第二十一条、第二十二条)
        for name, label in (
            ("course", self.tr("调解的基本情况")),
            ("cost_conduct", self.tr("增加对方诉讼成本的行为")),
            ("court_notes", self.tr("需要向法院提示的情况")),
            ("undisputed_facts", self.tr("当事人书面确认的无争议事实")),
        ):
            text = self._add(name, label, QPlainTextEdit())
            text.setFixedHeight(48)

    def _add(self, name: str, label: str, widget: Any) -> Any:
        self.widgets[name] = widget
        return self.add_field(name, label, widget)

    def _text(self, name: str) -> str:
        widget = self.widgets.get(name)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or widget.currentText())
        return ""

    def step(self) -> life.StepInput:
        w = self.widgets
        return life.StepInput(
            reason=self._text("reason"),
            note=self._text("note"),
            mediator_name=self._text("mediator_name"),
            mediator_chosen_by_parties=bool(w.get("chosen") and w["chosen"].isChecked()),
            mode=self._text("mode") or "private",
            refused_mediators=self._text("refused_mediators"),
            party_name=w["party_name"].currentText() if "party_name" in w else "",
            routes=tuple(c for c, box in getattr(self, "routes", {}).items() if box.isChecked()),
            police_unit=self._text("police_unit"),
            non_mediable=self._text("non_mediable"),
            signed_on=day_of(w["signed_on"]) if "signed_on" in w else None,
            signatures_complete=bool(
                w.get("signatures_complete") and w["signatures_complete"].isChecked()
            ),
            confirmation_state=self._text("confirmation_state"),
            confirmation_on=day_of(w["confirmation_on"]) if "confirmation_on" in w else None,
            station_id=w["station_id"].currentData() if "station_id" in w else None,
            accepted_on=day_of(w["accepted_on"]) if "accepted_on" in w else None,
            extended_to=day_of(w["extended_to"]) if "extended_to" in w else None,
            course=self._text("course"),
            cost_conduct=self._text("cost_conduct"),
            court_notes=self._text("court_notes"),
            undisputed_facts=self._text("undisputed_facts"),
        )

    def save_call(self) -> Callable[[], Any]:
        step, dispute_id = self.step(), self.detail.row.id
        action, status = self.action, self.detail.row.status
        return lambda: self.app.disputes.act(dispute_id, action, step, expected_status=status)


class SessionDialog(SubmitDialog):
    """Record a mediation session (Art. 27), or correct one as a new revision."""

    def __init__(
        self,
        app: AppContext,
        detail: dq.DisputeDetail,
        correcting: dq.SessionItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("更正调解记录") if correcting else self.tr("记录调解")
        super().__init__(app, fmt.pair(title, detail.row.number), parent)
        self.detail, self.correcting = detail, correcting
        local = to_local(correcting.held_at if correcting else app.clock.now())
        held = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        held.setCalendarPopup(True)
        held.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.held_at = self.add_field("held_at", self.tr("时间"), held)
        self.place = self.add_field("place", self.tr("地点"), QLineEdit())
        self.attendees = self.add_field("attendees", self.tr("参加人员"), QLineEdit())
        self.attendees.setPlaceholderText(self.tr("用顿号或逗号分隔"))
        self.record = self.add_field("record", self.tr("调解情况"), QPlainTextEdit())
        self.record.setMinimumHeight(160)
        self.reason: QLineEdit | None = None
        if correcting is not None:
            self.place.setText(correcting.place)
            self.attendees.setText(fmt.join(correcting.attendees))
            self.record.setPlainText(correcting.record)
            self.reason = self.add_field("reason", self.tr("更正原因"), QLineEdit())
        else:
            names = [p.name for p in detail.parties]
            if detail.row.mediator_name:
                names.append(detail.row.mediator_name)
            self.attendees.setText(fmt.join(names))
            self.place.setText(detail.station.replace("矛盾纠纷调处工作站", "") + "调解室")
        fit_width(self, 600)

    def draft(self) -> SessionDraft:
        value = self.held_at.dateTime()
        day, clock = value.date(), value.time()
        held = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=LOCAL_TZ
        ).astimezone(UTC)
        names = [n.strip() for n in re.split("[、，,]", self.attendees.text()) if n.strip()]
        return SessionDraft(
            self.detail.row.id,
            held,
            self.place.text(),
            names,
            self.record.toPlainText(),
            self.detail.row.mediator_name,
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        if self.correcting is not None and self.reason is not None:
            session_id, reason = self.correcting.id, self.reason.text()
            return lambda: self.app.disputes.correct_session(session_id, draft, reason)
        return lambda: self.app.disputes.record_session(draft)


class AgreementDialog(SubmitDialog):
    """A written agreement (Art. 29), an oral one (Arts. 28, 30), or a revision of either."""

    COLUMNS = 4

    def __init__(
        self, app: AppContext, detail: dq.DisputeDetail, kind: str, parent: QWidget | None = None
    ) -> None:
        current = detail.agreement
        if current is not None:
            title = self.tr("更正协议（新版本）")
        elif kind == "written":
            title = self.tr("制作调解协议书")
        else:
            title = self.tr("记录口头协议")
        super().__init__(app, fmt.pair(title, detail.row.number), parent)
        self.detail, self.kind = detail, kind
        source = current
        self.facts = self.add_field("facts", self.tr("主要事实"), QPlainTextEdit())
        self.matters = self.add_field("matters", self.tr("争议事项及责任"), QPlainTextEdit())
        self.content = self.add_field("content", self.tr("协议内容"), QPlainTextEdit())
        for box in (self.facts, self.matters):
            box.setFixedHeight(70)
        self.content.setFixedHeight(100)
        self.performance = self.add_field("performance", self.tr("履行方式"), QLineEdit())
        today = app.clock.today()
        self.deadline = self.add_field(
            "performance_deadline", self.tr("履行期限"), date_edit(today + timedelta(days=15))
        )
        self.reached_on = self.add_field("reached_on", self.tr("协议日期"), date_edit(today))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("义务人"), self.tr("义务内容"), self.tr("金额（元）"), self.tr("期限")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setFixedHeight(120)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加一项"))
        add.clicked.connect(lambda: self.add_obligation("", "", "", today + timedelta(days=15)))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        column.addLayout(buttons)
        self.add_field("obligations", self.tr("履行事项"), holder)
        self.reason: QLineEdit | None = None
        if source is not None:
            self.facts.setPlainText(source.facts)
            self.matters.setPlainText(source.matters)
            self.content.setPlainText(source.content)
            self.performance.setText(source.performance)
            if source.performance_deadline:
                deadline = source.performance_deadline
                self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
            for o in source.obligations:
                amount = rules.yuan(o.amount_fen).replace(",", "")
                self.add_obligation(o.obligor, o.description, amount, o.due_on)
            self.reason = self.add_field("reason", self.tr("更正原因"), QLineEdit())
        else:
            self.facts.setPlainText(detail.facts)
            respondents = [p.name for p in detail.parties if p.role == "respondent"]
            self.add_obligation(
                respondents[0] if respondents else "", "", "", today + timedelta(days=15)
            )
        fit_width(self, 680)

    def add_obligation(self, obligor: str, description: str, amount: str, due: date) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((obligor, description, amount, due.isoformat())):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def draft(self) -> AgreementDraft:
        obligations = [
            ObligationDraft(
                self._cell(r, 0), self._cell(r, 1), parse_day(self._cell(r, 3)), self._cell(r, 2)
            )
            for r in range(self.table.rowCount())
            if any(self._cell(r, c).strip() for c in range(2))
        ]
        return AgreementDraft(
            kind=self.kind,
            facts=self.facts.toPlainText(),
            matters=self.matters.toPlainText(),
            content=self.content.toPlainText(),
            performance=self.performance.text(),
            performance_deadline=day_of(self.deadline),
            reached_on=day_of(self.reached_on),
            obligations=obligations,
            reason=self.reason.text() if self.reason else "",
        )

    def save_call(self) -> Callable[[], Any]:
        draft, dispute_id, status = self.draft(), self.detail.row.id, self.detail.row.status
        return lambda: self.app.disputes.save_agreement(dispute_id, draft, status)


class ObligationDialog(SubmitDialog):
    """The committee supervises performance (Art. 31): record an obligation as performed, or
    as not performed (不履行) with what happened."""

    def __init__(
        self,
        app: AppContext,
        item: dq.ObligationItem,
        breach: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("登记不履行") if breach else self.tr("登记履行")
        super().__init__(app, title, parent)
        self.item, self.breach = item, breach
        self.form.addRow(self.tr("义务"), QLabel(fmt.pair(item.obligor, item.description)))
        self.form.addRow(self.tr("履行期限"), QLabel(item.due_on.isoformat()))
        today = app.clock.today()
        if breach:
            self.day = self.add_field("on", self.tr("登记日期"), date_edit(today))
            self.note = self.add_field("note", self.tr("不履行情况"), QPlainTextEdit())
            self.note.setFixedHeight(70)
            self.note.setPlaceholderText(self.tr("如：两次督促后义务人明确表示不再履行"))
        else:
            self.day = self.add_field("performed_on", self.tr("履行日期"), date_edit(today))
            self.note = self.add_field("note", self.tr("说明"), QPlainTextEdit())
            self.note.setFixedHeight(50)

    def save_call(self) -> Callable[[], Any]:
        item_id, day, note = self.item.id, day_of(self.day), self.note.toPlainText()
        if self.breach:
            return lambda: self.app.disputes.record_breach(item_id, day, note)
        return lambda: self.app.disputes.record_performance(item_id, day, note)
