"""Applicant fields shared by the intake and the correction forms: the agent on one row, and the
special-group facts as a grid of checkboxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from gridwarden.rules import legal_aid as la
from gridwarden.services.legal_aid import ApplicantDraft
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog
from ui.widgets.wrapping_grid import WrappingGrid


class AgentFields:
    """代理人: name, relation and phone on one form row; their errors show under the row."""

    def __init__(self, dialog: SubmitDialog, name: str = "", relation: str = "", phone: str = ""):
        self.holder = QWidget()
        row = QHBoxLayout(self.holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(
            QCoreApplication.translate("legal_aid", "代理申请人姓名（如监护人）")
        )
        self.relation = QComboBox()
        fill_combo(self.relation, [("", "")] + [(core_text(r), r) for r in la.AGENT_RELATIONS])
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.phone = QLineEdit(phone)
        self.phone.setPlaceholderText(QCoreApplication.translate("legal_aid", "代理人电话"))
        for widget in (self.name, self.relation, self.phone):
            row.addWidget(widget)
        dialog.add_field(
            "agent_name", QCoreApplication.translate("legal_aid", "代理人"), self.holder
        )
        dialog.fields["agent_relation"] = dialog.fields["agent_phone"] = dialog.fields["agent_name"]


class FactBoxes:
    """The special-group facts (rules.legal_aid.APPLICANT_FACTS), up to four to a line."""

    def __init__(
        self,
        dialog: SubmitDialog,
        ticked: dict[str, bool] | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.holder = QWidget()
        grid = WrappingGrid(self.holder, columns=4)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in la.APPLICANT_FACTS.items():
            box = QCheckBox(core_text(label))
            box.setObjectName(f"fact_{code}")
            box.setChecked(bool((ticked or {}).get(code)))
            if on_change is not None:
                box.toggled.connect(lambda _on: on_change())
            self.boxes[code] = box
            grid.addWidget(box)
        dialog.add_field(
            "facts", QCoreApplication.translate("legal_aid", "特殊群体等情况"), self.holder
        )

    def values(self) -> dict[str, bool]:
        return {code: box.isChecked() for code, box in self.boxes.items()}


class ApplicantForm(Protocol):
    """What the intake and the correction forms both have for the applicant."""

    name: QLineEdit
    phone: QLineEdit
    address: QLineEdit
    agent_name: QLineEdit
    agent_relation: QComboBox
    agent_phone: QLineEdit
    facts: dict[str, QCheckBox]
    claim: QLineEdit


def typed_applicant(form: ApplicantForm, id_number: str, **more: Any) -> ApplicantDraft:
    """The applicant as typed in the form (the ID number as the form decides it)."""
    return ApplicantDraft(
        name=form.name.text(),
        id_number=id_number,
        phone=form.phone.text(),
        address=form.address.text(),
        agent_name=form.agent_name.text(),
        agent_relation=form.agent_relation.currentData() or "",
        agent_phone=form.agent_phone.text(),
        facts={code: box.isChecked() for code, box in form.facts.items()},
        claim_amount=form.claim.text(),
        **more,
    )
