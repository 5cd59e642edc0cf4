"""Fields the dispute dialogs share: a vocabulary combo, dates, one party's fields, and the
visit picker that searches instead of listing the latest visits."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import dispute_intake as qi
from gridwarden.queries import disputes as dq
from gridwarden.rules import disputes as rules
from gridwarden.services.disputes import PartyDraft
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


def draft_of(party: dq.PartyItem) -> PartyDraft:
    return PartyDraft(
        role=party.role,
        kind=party.kind,
        name=party.name,
        id_number=party.id_number or "",
        uscc=party.uscc or "",
        legal_representative=party.legal_representative,
        phone=party.phone,
        address=party.address,
        agent_name=party.agent_name,
        agent_kind=party.agent_kind,
        agent_phone=party.agent_phone,
        id=party.id,
    )


class PartyEditor(QGroupBox):
    """One party's fields, registered in the dialog's field map as "<prefix>.<field>"."""

    def __init__(
        self, dialog: SubmitDialog, prefix: str, role: str, party: PartyDraft | None = None
    ) -> None:
        super().__init__()
        self.dialog, self.prefix = dialog, prefix
        self.party_id = party.id if party else None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, Any] = {}
        self.rows: dict[str, FieldRow] = {}

        def field(name: str, label: str, widget: Any) -> Any:
            row = FieldRow(widget)
            dialog.fields[f"{prefix}.{name}" if prefix else name] = row
            form.addRow(label, row.container)
            self.labels[name] = form.labelForField(row.container)
            self.rows[name] = row
            return widget

        self.role = field("role", self.tr("身份"), vocabulary(QComboBox(), rules.PARTY_ROLES, role))
        self.kind = field(
            "kind", self.tr("类型"), vocabulary(QComboBox(), rules.PARTY_KINDS, "person")
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
            self.fill(party)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def fill(self, party: PartyDraft) -> None:
        """Show a party (to correct it, or as a prefill from the register)."""
        self.role.setCurrentIndex(max(0, self.role.findData(party.role)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(party.kind)))
        for edit, text in (
            (self.name, party.name),
            (self.id_number, party.id_number),
            (self.uscc, party.uscc),
            (self.legal_rep, party.legal_representative),
            (self.phone, party.phone),
            (self.address, party.address),
            (self.agent_name, party.agent_name),
            (self.agent_phone, party.agent_phone),
        ):
            edit.setText(text)
        self.agent_kind.setCurrentIndex(max(0, self.agent_kind.findData(party.agent_kind)))

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


class VisitPicker(QWidget):
    """Find the visit where the dispute came up: type an address, a name or words of the
    findings; dispute follow-ups come first. Searches on a reader as you type."""

    found = Signal(int)  # a search answered: how many visits it found

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索地址、姓名或走访情况（空白：最近的纠纷回访）"))
        self.results = QComboBox()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.results)
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setObjectName("debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.setFocusProxy(self.search)

    def run(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation, text = self._generation, self.search.text()
        self.app.ops.read(lambda s: qi.find_visits(s, text), lambda v: self._found(generation, v))

    def _found(self, generation: int, visits: list[qi.VisitChoice]) -> None:
        if generation != self._generation:
            return  # the person typed on
        current = self.results.currentData()
        fill_combo(self.results, [(v.label, v.id) for v in visits], current)
        if not visits:
            self.results.addItem(self.tr("没有找到符合的走访记录"), None)
        self.found.emit(len(visits))

    def show_visit(self, visit: qi.VisitChoice) -> None:
        """Start from a known visit (the intake opened from it)."""
        fill_combo(self.results, [(visit.label, visit.id)], visit.id)

    def visit_id(self) -> str | None:
        value = self.results.currentData()
        return str(value) if value else None
