"""Message boxes that never block the event loop (open(), not exec()): the writer's results keep
arriving while a message is shown, and tests can find and close the box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("gridwardenMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(QMessageBox.Icon.Warning, parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(QMessageBox.Icon.Information, parent, title, text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    no_text: str,
    on_yes: Callable[[], None],
) -> QMessageBox:
    """A warning that asks before going on; `on_yes` runs only when the user picks `yes_text`.
    The safe answer is the default (Enter and Esc both keep things as they are)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("gridwardenQuestion")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmYes")
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("confirmNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box
