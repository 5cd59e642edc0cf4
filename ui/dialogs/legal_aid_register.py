"""The resident register's offer in the intake form: once a valid ID number is typed, what the
register knows about that person is looked up on a reader thread and listed, each item with a
checkbox; the clerk fills in what they confirm with one click. Nothing is filled unasked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from gridwarden.queries import legal_aid_register as reg
from gridwarden.validation import idnumber
from ui.app_context import AppContext
from ui.i18n import render


class RegisterOffer(QFrame):
    """Hidden until a complete ID number is typed. `chosen` carries the offers to apply."""

    chosen = Signal(object, list)  # the RegisterPerson, the Offers the clerk kept ticked

    def __init__(
        self,
        app: AppContext,
        form_state: Callable[[], tuple[dict[str, str], set[str]]],
        parent: QFrame | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.app = app
        self.form_state = form_state  # (typed text fields, ticked facts) of the form now
        self.person: reg.RegisterPerson | None = None
        self.looked_up = ""  # the number last asked about
        self.boxes: list[tuple[reg.Offer, QCheckBox]] = []
        self.title = QLabel()
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)
        self.items = QVBoxLayout()
        self.use = QPushButton(self.tr("填入所选 (Alt+R)"))
        self.use.setObjectName("useRegister")
        self.use.setShortcut("Alt+R")
        self.use.clicked.connect(self.apply)
        skip = QPushButton(self.tr("不用"))
        skip.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use)
        buttons.addWidget(skip)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(self.items)
        layout.addLayout(buttons)
        self.hide()

    def look_up(self, number: str, finished: bool = False) -> None:
        """Ask the register about a complete, valid number (on a reader thread); anything else
        hides the offer. A legacy 15-digit number is asked about once the clerk leaves the
        field (`finished`): while typing 18 digits, the first 15 look like one."""
        compact = "".join(number.split())
        try:
            parsed = idnumber.parse(compact).number
        except idnumber.IdNumberError:
            parsed = ""
        if len(compact) == 15 and not finished:
            parsed = ""
        if parsed == self.looked_up:
            return
        self.looked_up, self.person = parsed, None
        self.hide()
        if parsed:
            self.app.ops.read(
                lambda s: reg.resident_by_id_number(s, parsed),
                lambda person: self._found(parsed, person),
            )

    def _found(self, number: str, person: reg.RegisterPerson | None) -> None:
        if number != self.looked_up:
            return  # the clerk typed on: an answer about an old number
        self.person = person
        self._clear()
        if person is None:
            self.title.setText(self.tr("居民登记中没有此身份证号，请按申请人提供的材料填写。"))
            self.use.hide()
            self.show()
            return
        typed, ticked = self.form_state()
        offers = reg.offers(person, self.app.clock.today(), typed, ticked)
        if not offers:
            self.hide()  # the form already says what the register says
            return
        self.title.setText(
            self.tr("居民登记中有此人（{name}，{address}）。勾选的信息将填入申请：").format(
                name=person.name, address=person.address or "—"
            )
        )
        for offer in offers:
            text = render(offer.label)
            if offer.differs_from:
                text += self.tr("（现填：{value}）").format(value=offer.differs_from)
            box = QCheckBox(text)
            box.setObjectName(f"register_{offer.field}")
            box.setChecked(not offer.differs_from)  # what differs is the clerk's to choose
            self.items.addWidget(box)
            self.boxes.append((offer, box))
        self.use.show()
        self.show()

    def _clear(self) -> None:
        for _offer, box in self.boxes:
            self.items.removeWidget(box)
            box.deleteLater()
        self.boxes = []

    def apply(self) -> None:
        if self.person is None:
            return
        picked = [offer for offer, box in self.boxes if box.isChecked()]
        self.hide()
        self.chosen.emit(self.person, picked)
