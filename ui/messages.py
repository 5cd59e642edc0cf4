"""Message boxes that never block the event loop (open(), not exec()): the writer's results keep
arriving while a message is shown, and tests can find and close the box."""

from __future__ import annotations

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
