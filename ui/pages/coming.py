"""A labelled placeholder for a workflow that is planned but not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.app_context import AppContext
from ui.pages.base import Page


class ComingPage(Page):
    def __init__(
        self,
        app: AppContext,
        name: str,
        title: str,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.name = name
        heading = QLabel(self.tr("{title}（即将推出）").format(title=title))
        heading.setObjectName("detailTitle")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addStretch()
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
