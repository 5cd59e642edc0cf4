"""Dispute dialogs: intake (with parties), party edit, lifecycle steps, sessions, agreements,
performance. Each is a SubmitDialog: errors at the field, nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridwarden.clock import LOCAL_TZ, to_local
from gridwarden.errors import ValidationError
from gridwarden.queries import dispute_intake as qi
from gridwarden.queries import disputes as dq
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules import disputes as rules
from gridwarden.services.disputes import (
    AgreementDraft,
    DisputeDraft,
    ObligationDraft,
    PartyDraft,
    SessionDraft,
)
from ui.app_context import AppContext
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import FieldRow, SubmitDialog


def vocabulary(combo: QComboBox, items: dict[str, str], current: str | None = None) -> QComboBox:
    fill_combo(combo, [(core_text(text), code) for code, text in items.items()], current)
    return combo


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


class PartyEditor(QGroupBox):
    """One party's fields, registered in the dialog's field map as "<prefix>.<field>"."""

    def __init__(
        self, dialog: SubmitDialog, prefix: str, role: str, party: dq.PartyItem | None = None
    ) -> None:
        super().__init__()
        self.dialog, self.prefix = dialog, prefix
        self.party_id = party.id if party else None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def field(name: str, label: str, widget: Any) -> Any:
            row = FieldRow(widget)
            dialog.fields[f"{prefix}.{name}" if prefix else name] = row
            form.addRow(label, row.container)
            self.labels[name] = form.labelForField(row.container)
            self.rows[name] = row
            return widget

        self.labels: dict[str, Any] = {}
        self.rows: dict[str, FieldRow] = {}
        self.role = field("role", self.tr("身份"), vocabulary(QComboBox(), rules.PARTY_ROLES, role))
        self.kind = field(
            "kind",
            self.tr("类型"),
            vocabulary(QComboBox(), rules.PARTY_KINDS, party.kind if party else "person"),
        )
        self.name = field("name", self.tr("姓名/名称"), QLineEdit())
        self.id_number = field("id_number", self.tr("身份证号"), QLineEdit())
        self.uscc = field("uscc", self.tr("统一社会信用代码"), QLineEdit())
        self.uscc.setPlaceholderText(self.tr("18 位，不含 I、O、Z、S、V"))
        self.legal_rep = field("legal_representative", self.tr("法定代表人"), QLineEdit())
        self.phone = field("phone", self.tr("电话"), QLineEdit())
        self.address = field("address", self.tr("住址/住所地"), QLineEdit())
        self.agent_name = field("agent_name", self.tr("代理人"), QLineEdit())
        self.agent_kind = field(
            "agent_kind", self.tr("代理类别"), vocabulary(QComboBox(), rules.AGENT_KINDS)
        )
        self.agent_phone = field("agent_phone", self.tr("代理人电话"), QLineEdit())
        if party is not None:
            self.name.setText(party.name)
            self.id_number.setText(party.id_number or "")
            self.uscc.setText(party.uscc or "")
            self.legal_rep.setText(party.legal_representative)
            self.phone.setText(party.phone)
            self.address.setText(party.address)
            self.agent_name.setText(party.agent_name)
            self.agent_kind.setCurrentIndex(max(0, self.agent_kind.findData(party.agent_kind)))
            self.agent_phone.setText(party.agent_phone)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self) -> None:
        person = self.kind.currentData() == "person"
        for name, visible in (
            ("id_number", person),
            ("uscc", not person),
            ("legal_representative", not person),
        ):
            self.rows[name].container.setVisible(visible)
            self.labels[name].setVisible(visible)
        self.setTitle(self.tr("当事人（自然人）") if person else self.tr("当事人（单位）"))

    def draft(self) -> PartyDraft:
        return PartyDraft(
            role=self.role.currentData() or "",
            kind=self.kind.currentData() or "",
            name=self.name.text(),
            id_number=self.id_number.text(),
            uscc=self.uscc.text(),
            legal_representative=self.legal_rep.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            agent_name=self.agent_name.text(),
            agent_kind=self.agent_kind.currentData() or "",
            agent_phone=self.agent_phone.text(),
            id=self.party_id,
        )


class IntakeDialog(SubmitDialog):
    """受理纠纷: the dispute on one tab, its parties on the other."""

    def __init__(
        self,
        app: AppContext,
        stations: list[dq.UnitItem],
        courts: list[dq.UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("受理纠纷"), parent)
        self.tabs = QTabWidget()
        basics = QWidget()
        self.basics_form = QFormLayout(basics)
        self.basics_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form, self.form = self.form, self.basics_form  # add_field fills the first tab
        self.source = self.add_field(
            "source", self.tr("来源"), vocabulary(QComboBox(), rules.SOURCES)
        )
        self.grid_event_number = self.add_field(
            "grid_event_number", self.tr("网格事件编号"), QLineEdit()
        )
        self.grid_event_number.setPlaceholderText("SJ20261129-XXXXXX")
        self.visit = self.add_field("visit_id", self.tr("走访记录"), QComboBox())
        self.work_order = self.add_field("work_order_number", self.tr("12345工单号"), QLineEdit())
        self.court = self.add_field("court_id", self.tr("法院"), QComboBox())
        fill_combo(self.court, [(c.name, c.id) for c in courts])
        self.court_reference = self.add_field("court_reference", self.tr("法院案号"), QLineEdit())
        self.court_reference.setPlaceholderText(self.tr("如：（2026）苏0602民诉前调1234号"))
        self.court_procedure = self.add_field(
            "court_procedure", self.tr("审理程序"), vocabulary(QComboBox(), rules.COURT_PROCEDURES)
        )
        self.category = self.add_field(
            "category", self.tr("类别"), vocabulary(QComboBox(), rules.CATEGORIES)
        )
        self.amount = self.add_field("amount", self.tr("争议金额（元）"), QLineEdit())
        self.risk = self.add_field(
            "risk_level", self.tr("风险等级"), vocabulary(QComboBox(), rules.RISK_LEVELS)
        )
        self.level = self.add_field("level", self.tr("受理层级"), QComboBox())
        fill_combo(self.level, [(core_text(rules.LEVELS[k]), k) for k in ("grid", "station")])
        self.station = self.add_field("station_id", self.tr("调处工作站"), QComboBox())
        fill_combo(self.station, [(s.name, s.id) for s in stations], app.settings.home_station_id)
        self.facts = self.add_field("facts", self.tr("纠纷事实"), QPlainTextEdit())
        self.facts.setFixedHeight(90)
        self.claims = self.add_field("claims", self.tr("申请事项"), QPlainTextEdit())
        self.claims.setFixedHeight(60)
        self.form = form
        self.tabs.addTab(basics, self.tr("纠纷情况"))

        party_page = QWidget()
        column = QVBoxLayout(party_page)
        self.party_box = QVBoxLayout()
        column.addLayout(self.party_box)
        self.parties_message = FieldRow(QLabel(self.tr("至少申请人和被申请人各一方。")))
        self.fields["parties"] = self.parties_message
        column.addWidget(self.parties_message.container)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("添加当事人"))
        add.clicked.connect(lambda: self.add_party("respondent"))
        remove = QPushButton(self.tr("删除最后一位"))
        remove.clicked.connect(self.remove_party)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        column.addLayout(buttons)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(party_page)
        self.tabs.addTab(scroll, self.tr("当事人"))
        self.party_editors: list[PartyEditor] = []
        self.add_party("applicant")
        self.add_party("respondent")
        self.layout().insertWidget(0, self.tabs)  # type: ignore[union-attr]

        self.visits: list[qi.VisitChoice] = []
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self._source_changed()
        self.resize(640, 640)

    def add_party(self, role: str) -> PartyEditor:
        editor = PartyEditor(self, f"parties.{len(self.party_editors)}", role)
        self.party_editors.append(editor)
        self.party_box.addWidget(editor)
        return editor

    def remove_party(self) -> None:
        if len(self.party_editors) <= 2:
            return
        editor = self.party_editors.pop()
        for name in list(self.fields):
            if name.startswith(editor.prefix + "."):
                del self.fields[name]
        editor.deleteLater()

    def _source_changed(self) -> None:
        source = self.source.currentData()
        shown = {
            "grid_event_number": source == "grid_event",
            "visit_id": source == "visit",
            "work_order_number": source == "hotline_12345",
            "court_id": source in rules.COURT_SOURCES,
            "court_reference": source in rules.COURT_SOURCES,
            "court_procedure": source == "court_entrusted",
        }
        for name, visible in shown.items():
            row = self.fields[name]
            row.container.setVisible(visible)
            label = self.basics_form.labelForField(row.container)
            if label is not None:
                label.setVisible(visible)
        if source in rules.COURT_SOURCES:
            self.level.setCurrentIndex(self.level.findData("station"))
        if source == "visit" and not self.visits:
            self.app.query(lambda s: qi.find_visits(s, ""), self._visits_loaded)

    def _visits_loaded(self, visits: list[qi.VisitChoice]) -> None:
        self.visits = visits
        fill_combo(
            self.visit,
            [
                (f"{to_local(v.visited_at):%m-%d} {v.address} {v.findings[:16]}", v.id)
                for v in visits
            ],
        )

    def draft(self) -> DisputeDraft:
        return DisputeDraft(
            source=self.source.currentData() or "",
            category=self.category.currentData() or "",
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            parties=[editor.draft() for editor in self.party_editors],
            amount=self.amount.text(),
            risk_level=self.risk.currentData() or "",
            level=self.level.currentData() or "",
            station_id=self.station.currentData(),
            grid_event_number=self.grid_event_number.text(),
            visit_id=self.visit.currentData(),
            work_order_number=self.work_order.text(),
            court_id=self.court.currentData(),
            court_reference=self.court_reference.text(),
            court_procedure=self.court_procedure.currentData() or "",
        )

    def save_call(self) -> Callable[[], Any]:
        draft = self.draft()
        return lambda: self.app.disputes.register(draft)

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        first = next(iter(error.fields))
        self.tabs.setCurrentIndex(1 if first.startswith("parties") else 0)
        row = self.fields.get(first)
        if row is not None:
            row.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class PartyDialog(SubmitDialog):
    """Correct or complete one party (e.g. the ID number a written agreement needs)."""

    def __init__(
        self, app: AppContext, dispute_id: str, party: dq.PartyItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, self.tr("编辑当事人：{name}").format(name=party.name), parent)
        self.dispute_id = dispute_id
        self.editor = PartyEditor(self, "", party.role, party)
        self.layout().insertWidget(0, self.editor)  # type: ignore[union-attr]
        self.resize(520, self.sizeHint().height())

    def save_call(self) -> Callable[[], Any]:
        draft, dispute_id = self.editor.draft(), self.dispute_id
        return lambda: self.app.disputes.update_party(dispute_id, draft)


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
        if action == A.ASSIGN:
            self._add("mediator_name", self.tr("调解员"), QLineEdit(app.settings.user_name))
            self._add("chosen", "", QCheckBox(self.tr("当事人选择的调解员（第二十三条）")))
            self._add("mode", self.tr("调解方式"), vocabulary(QComboBox(), rules.MEDIATION_MODES))
            refused = self._add("refused_mediators", self.tr("要求回避的调解员"), QLineEdit())
            refused.setPlaceholderText(self.tr("当事人拒绝的调解员（第二十三条），没有则留空"))
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
        }
        if action in reason_labels:
            reason = self._add("reason", reason_labels[life.Action(action)], QPlainTextEdit())
            reason.setFixedHeight(70)
        note = self._add("note", self.tr("备注"), QPlainTextEdit())
        note.setFixedHeight(50)
        self.resize(520, self.sizeHint().height())

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
        super().__init__(app, f"{title}：{detail.row.number}", parent)
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
            self.attendees.setText("、".join(correcting.attendees))
            self.record.setPlainText(correcting.record)
            self.reason = self.add_field("reason", self.tr("更正原因"), QLineEdit())
        else:
            names = [p.name for p in detail.parties]
            if detail.row.mediator_name:
                names.append(detail.row.mediator_name)
            self.attendees.setText("、".join(names))
            self.place.setText(detail.station.replace("矛盾纠纷调处工作站", "") + "调解室")
        self.resize(600, self.sizeHint().height())

    def draft(self) -> SessionDraft:
        value = self.held_at.dateTime()
        day, clock = value.date(), value.time()
        held = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=LOCAL_TZ
        ).astimezone(UTC)
        names = self.attendees.text().replace("，", "、").replace(",", "、").split("、")
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
        super().__init__(app, f"{title}：{detail.row.number}", parent)
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
        self.resize(680, self.sizeHint().height())

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


class PerformanceDialog(SubmitDialog):
    """Record that an obligation was performed (Art. 31)."""

    def __init__(
        self, app: AppContext, item: dq.ObligationItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, self.tr("登记履行"), parent)
        self.item = item
        self.form.addRow(self.tr("义务"), QLabel(f"{item.obligor}：{item.description}"))
        self.performed_on = self.add_field(
            "performed_on", self.tr("履行日期"), date_edit(app.clock.today())
        )
        self.note = self.add_field("note", self.tr("说明"), QLineEdit())

    def save_call(self) -> Callable[[], Any]:
        item_id, day, note = self.item.id, day_of(self.performed_on), self.note.text()
        return lambda: self.app.disputes.record_performance(item_id, day, note)
