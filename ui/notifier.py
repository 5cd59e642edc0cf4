"""The one way pages tell the user something: warn, inform, confirm, a refusal, a status line and
the progress of long work. Pages never build a QMessageBox or write to the status bar themselves.

Every message is also emitted as a `Message` on `shown`: the tests' `messages` fixture records
them, and with `interactive=False` (tests) no box is opened at all; a question waits for the
fixture's `answer()`. Boxes open with open(), never exec(): the writer's results keep arriving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from gridwarden.errors import GridWardenError
from ui.i18n import render

if TYPE_CHECKING:  # the sign-in screen shows messages before the data stack is imported
    from gridwarden.services.context import Changes


class Kind(Enum):
    WARN = "warn"
    INFORM = "inform"
    CONFIRM = "confirm"
    OFFER = "offer"  # information with things to do next (open the PDF, open its folder)
    BANNER = "banner"  # a save's warnings, on the record's detail pane until dismissed
    STATUS = "status"


@dataclass(frozen=True)
class Action:
    """A button on an offer: its text, its object name, and what it does."""

    text: str
    run: Callable[[], object]
    name: str = ""


@dataclass
class Message:
    """What the user was shown. A question carries its answers."""

    kind: Kind
    title: str
    text: str
    yes_text: str = ""
    no_text: str = ""
    on_yes: Callable[[], None] | None = field(default=None, repr=False)
    actions: tuple[Action, ...] = ()
    ids: tuple[str, ...] = ()  # a banner's records
    box: QMessageBox | None = field(default=None, repr=False)

    def choose(self, text: str) -> None:
        """Click the offer's button with this text."""
        action = next(a for a in self.actions if a.text == text)
        if self.box is not None:
            self.box.close()
        action.run()

    def answer(self, yes: bool) -> None:
        """Pick an answer to a question (what a click on its button does)."""
        if self.box is not None:
            self.box.close()
        if yes and self.on_yes is not None:
            self.on_yes()


@dataclass(frozen=True)
class Progress:
    """How far long work is: `done` of `total` steps (total 0: not known), and what it does."""

    text: str
    done: int = 0
    total: int = 0


class Notifier(QObject):
    shown = Signal(object)  # Message
    busy = Signal(object)  # Progress while long work runs, None when it ended

    def __init__(self, interactive: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interactive = interactive

    def warn(self, parent: QWidget | None, title: str, text: str) -> Message:
        return self._show(parent, Message(Kind.WARN, title, text))

    def inform(self, parent: QWidget | None, title: str, text: str) -> Message:
        return self._show(parent, Message(Kind.INFORM, title, text))

    def refused(self, parent: QWidget | None, title: str, error: BaseException) -> Message:
        """An expected error (a refusal with its reason) as a warning; a bug is re-raised so it
        reaches the global excepthook and the crash log."""
        if not isinstance(error, GridWardenError):
            raise error
        return self.warn(parent, title, render(error.message))

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        yes_text: str,
        no_text: str,
        on_yes: Callable[[], None],
    ) -> Message:
        """A warning that asks before going on; `on_yes` runs only when the user picks
        `yes_text`. The safe answer is the default (Enter and Esc both keep things as they are)."""
        message = Message(Kind.CONFIRM, title, text, yes_text, no_text, on_yes)
        return self._show(parent, message)

    def offer(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        actions: tuple[Action, ...],
        close_text: str,
    ) -> Message:
        """Information with next steps (the first is the default), and a close button."""
        message = Message(Kind.OFFER, title, text, no_text=close_text, actions=actions)
        return self._show(parent, message)

    def post_save(self, changes: Changes) -> Message | None:
        """The warnings a save brought back, for the banner of the records it touched."""
        if not changes.warnings:
            return None
        text = "\n".join(render(w) for w in changes.warnings)
        message = Message(Kind.BANNER, "", text, ids=changes.ids)
        self.shown.emit(message)
        return message

    def status(self, text: str) -> Message:
        """A short line in the status bar (a save done, a sync result)."""
        message = Message(Kind.STATUS, "", text)
        self.shown.emit(message)
        return message

    def _show(self, parent: QWidget | None, message: Message) -> Message:
        if self.interactive:
            message.box = open_box(parent, message)
        self.shown.emit(message)
        return message


def open_box(parent: QWidget | None, message: Message) -> QMessageBox:
    """The box for a message (non-blocking: open(), not exec())."""
    if message.kind is Kind.CONFIRM:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            message.title,
            message.text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("gridwardenQuestion")
        yes = box.addButton(message.yes_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmYes")
        no = box.addButton(message.no_text, QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("confirmNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        on_yes = message.on_yes
        box.buttonClicked.connect(lambda b: on_yes() if b is yes and on_yes else None)
    elif message.kind is Kind.OFFER:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            message.title,
            message.text,
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("gridwardenOffer")
        box.button(QMessageBox.StandardButton.Close).setText(message.no_text)
        for index, action in enumerate(message.actions):
            role = (
                QMessageBox.ButtonRole.AcceptRole
                if index == 0
                else QMessageBox.ButtonRole.ActionRole
            )
            button = box.addButton(action.text, role)
            button.setObjectName(action.name)
            button.clicked.connect(action.run)
            if index == 0:
                box.setDefaultButton(button)
    else:
        icon = (
            QMessageBox.Icon.Warning if message.kind is Kind.WARN else QMessageBox.Icon.Information
        )
        box = QMessageBox(icon, message.title, message.text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("gridwardenMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
