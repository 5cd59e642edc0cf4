"""What a detail pane offers for its record: the one next step for the record's state as a
primary button, every other action in a 更多操作 menu, and a disabled action that says why in its
tooltip (the rule and its article, as the lifecycle refuses it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget


class ActionBar(QWidget):
    """`entries` are (key, text) in menu order; `on_action(key)` runs an action. `by_key[key]`
    is the QAction (tests trigger it; other widgets can show it with a QToolButton)."""

    def __init__(
        self,
        entries: Sequence[tuple[str, str]],
        on_action: Callable[[str], None],
        prefix: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.by_key: dict[str, QAction] = {}
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)  # a greyed-out action says why
        for key, text in entries:
            action = QAction(text, self)
            action.setObjectName(f"{prefix}_{key}")
            action.setEnabled(False)
            action.triggered.connect(lambda _c=False, k=key: on_action(k))
            self.by_key[key] = action
        self.primary = QPushButton()
        self.primary.setObjectName(f"{prefix}_next")
        self.primary.setProperty("kind", "primary")
        self.primary.setDefault(True)
        self.primary.clicked.connect(self._run_next)
        self.more = QToolButton()
        self.more.setObjectName(f"{prefix}_more")
        self.more.setText(self.tr("更多操作"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(self.menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.primary)
        row.addWidget(self.more)
        row.addStretch()
        self._next: str | None = None
        self.primary.hide()

    def show_state(self, why_not: Mapping[str, str | None], next_key: str | None) -> None:
        """`why_not[key]` is None when the action may run, else why not; `next_key` is the next
        step for the record's state (shown as the primary button when it may run)."""
        for key, action in self.by_key.items():
            reason = why_not.get(key, "")
            action.setEnabled(reason is None)
            action.setToolTip(reason or action.text())
        runnable = next_key is not None and why_not.get(next_key, "") is None
        self._next = next_key if runnable else None
        self.primary.setVisible(runnable)
        if next_key is not None and runnable:
            action = self.by_key[next_key]
            self.primary.setText(action.text())
            self.primary.setToolTip(self.tr("下一步：{step}").format(step=action.text()))
        self.menu.clear()  # the other actions only (a hidden QAction could not be triggered)
        others = [a for k, a in self.by_key.items() if k != self._next]
        self.menu.addActions(others)
        self.more.setEnabled(any(a.isEnabled() for a in others))

    def clear(self) -> None:
        self.show_state({}, None)

    def _run_next(self) -> None:
        if self._next is not None:
            self.by_key[self._next].trigger()


def tool_button(action: QAction) -> QToolButton:
    """A button beside a table (the parties, the obligations) for one of the bar's actions."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(button.toolButtonStyle())
    return button
