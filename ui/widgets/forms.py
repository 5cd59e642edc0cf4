"""Forms that never lose what was typed: errors appear at the field, the dialog stays open.

SubmitDialog runs its save on the writer thread. On success it closes; on a ValidationError it
marks each named field (red frame, message under it) and focuses the first; any other expected
error is shown in a message box, and the dialog stays open with everything still filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gridwarden.errors import GridWardenError, ValidationError
from ui.app_context import AppContext
from ui.i18n import render
from ui.widgets.drafts import FormGuard
from ui.widgets.fit import FittedDialog

W = TypeVar("W", bound=QWidget)


def set_error_state(widget: QWidget, error: bool) -> None:
    widget.setProperty("error", error)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldRow:
    """A field widget with its message line beneath."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.container = QWidget()
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.message)

    def show(self, text: str, kind: str = "error") -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
        set_error_state(self.widget, kind == "error")

    def clear(self) -> None:
        self.message.hide()
        self.message.setText("")
        set_error_state(self.widget, False)


class SubmitDialog(FittedDialog):
    saved = Signal(object)  # the service's Changes
    # A form with a draft kind keeps a draft as you type (ui.widgets.drafts); every form asks
    # before a close loses what was typed.
    draft_kind = ""

    def __init__(self, app: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(title)
        self.fields: dict[str, FieldRow] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.guard = FormGuard(self, app, self.field_widgets, self.draft_kind, self.draft_key)

    def draft_key(self) -> str:
        """The record a draft belongs to (a household's visit is not another's); "" if new."""
        return ""

    def field_widgets(self) -> dict[str, QWidget]:
        return {name: row.widget for name, row in self.fields.items()}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.guard.start()

    def reject(self) -> None:
        """Esc, 取消 and the window's × come here: a changed form asks first."""
        self.guard.confirm_close(super().reject)

    def add_field(self, name: str, label: str, widget: W) -> W:
        row = FieldRow(widget)
        self.fields[name] = row
        self.form.addRow(label, row.container)
        return widget

    # --- subclasses supply the save ----------------------------------------------------------
    def save_call(self) -> Callable[[], Any] | None:
        """Subclasses return the service call to run (capturing plain values from the form),
        or None to stay open without saving (e.g. a check failed in the form itself)."""
        return None

    def submit(self) -> None:
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not save_button.isEnabled():
            return  # a save is already running
        for row in self.fields.values():
            row.clear()
        call = self.save_call()
        if call is None:
            return
        self.app.ops.write(
            call,
            self._saved,
            owner=self,
            title=self.windowTitle(),
            failed=self._failed,
            busy=save_button,
        )

    def _saved(self, changes: Any) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.guard.saved()
        self.saved.emit(changes)
        self.accept()

    def _failed(self, error: GridWardenError) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            self.app.notifier.warn(self, self.windowTitle(), render(error.message))

    def show_errors(self, error: ValidationError) -> None:
        first: QWidget | None = None
        unplaced = []
        for name, message in error.fields.items():
            row = self.fields.get(name)
            if row is None:
                unplaced.append(render(message))
                continue
            row.show(render(message))
            first = first or row.widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if unplaced:
            self.app.notifier.warn(self, self.windowTitle(), "\n".join(unplaced))


def fit_width(dialog: QWidget, width: int) -> None:
    """Size a form this wide and tall enough for its wrapped labels at that width: a sizeHint
    taken at another width leaves a translated hint (English wraps to more lines than Chinese)
    squeezed over its neighbours."""
    width = max(width, dialog.minimumSizeHint().width())
    height = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
    dialog.resize(width, max(height, dialog.sizeHint().height()))
