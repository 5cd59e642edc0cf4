"""Message boxes for the shell before (or outside) a signed-in session, where there is no
AppContext and so no notifier: the same boxes the notifier opens (ui.notifier), never exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.notifier import Kind, Message, open_box


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return open_box(parent, Message(Kind.WARN, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return open_box(parent, Message(Kind.INFORM, title, text))


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
    return open_box(parent, Message(Kind.CONFIRM, title, text, yes_text, no_text, on_yes))
