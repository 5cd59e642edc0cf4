"""Intake from the grid: the "转为纠纷" button of the events page (a 矛盾纠纷线索 event) and of a
household's visit history (a dispute follow-up visit). The prefill is read on a reader and
handed to the disputes page, which opens the intake form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from gridwarden.db.engine import Session
from gridwarden.queries.dispute_intake import DisputePrefill
from ui.app_context import AppContext

DisputeHook = Callable[[DisputePrefill], None]


def dispute_button(name: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("disputes", "转为纠纷"))
    button.setObjectName(name)
    button.setToolTip(tooltip)
    button.clicked.connect(slot)
    button.setEnabled(False)
    return button


def hand_over(
    app: AppContext, load: Callable[[Session], DisputePrefill | None], hook: DisputeHook | None
) -> None:
    """Read the prefill, then give it to the disputes page (nothing if the record is gone)."""
    if hook is None:
        return

    def ready(prefill: DisputePrefill | None) -> None:
        if prefill is not None:
            hook(prefill)

    app.ops.read(load, ready)
