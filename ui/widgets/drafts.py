"""Forms that ask before they lose work, and keep a draft as you type (issue 12).

A FormGuard watches a form's fields: closing a changed form (Esc, 取消, the window's ×) asks
"放弃未保存的内容？" with 继续编辑 as the default; what is typed is saved as a draft in the local
store a moment after each change (per user and form) and offered again the next time the same
form opens — after a cancel, a lock or a crash ("恢复草稿？"). A save removes the draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from gridwarden.services import drafts
from ui.app_context import AppContext

SAVE_DELAY_MS = 600


def value_of(widget: QWidget) -> Any:
    """A field's value as plain JSON; None for a widget that is not a simple input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-ddTHH:mm")
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    return None


def set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, str):
        index = widget.findText(value)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(value)
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        widget.setDateTime(QDateTime.fromString(value, "yyyy-MM-ddTHH:mm"))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, (int, float)):
        widget.setValue(float(value))


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return widget.dateTimeChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    return None


class FormGuard(QObject):
    def __init__(
        self,
        dialog: QDialog,
        app: AppContext,
        fields: Callable[[], dict[str, QWidget]],
        kind: str,
        key: Callable[[], str],
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.app, self.fields = dialog, app, fields
        self.kind, self._key = kind, key
        self.key = ""
        self.initial: dict[str, Any] = {}
        self.started = False
        self.restoring = False
        self.discard_box: QMessageBox | None = None
        self.restore_box: QMessageBox | None = None
        self.draft_saved = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_draft)

    # --- watching ----------------------------------------------------------------------------
    def start(self) -> None:
        """When the form first shows (built and prefilled): remember what it started with,
        watch its fields, and offer a draft left from before."""
        if self.started:
            return
        self.started = True
        self.key = self._key()
        self.initial = self.snapshot()
        for widget in self.fields().values():
            signal = _changed_signal(widget)
            if signal is not None:
                signal.connect(self._changed)
        if self.kind:
            user, kind, key = self.app.services.actor.user_id, self.kind, self.key
            self.app.ops.read(lambda s: drafts.load(s, user, kind, key), self._offer)

    def snapshot(self) -> dict[str, Any]:
        values = {name: value_of(widget) for name, widget in self.fields().items()}
        return {name: value for name, value in values.items() if value is not None}

    def dirty(self) -> bool:
        return self.started and self.snapshot() != self.initial

    def _changed(self, *_args: object) -> None:
        if self.kind and not self.restoring:
            self.timer.start()

    def save_draft(self) -> None:
        """Keep what is typed (on the writer thread); a form back as it started keeps none."""
        self.timer.stop()
        if not self.kind or self.app.dispatcher.closed:
            return
        service, kind, key = self.app.drafts, self.kind, self.key
        if self.dirty():
            values = self.snapshot()
            self.app.dispatcher.write(lambda: service.save(kind, key, values))
            self.draft_saved = True
        elif self.draft_saved:
            self.app.dispatcher.write(lambda: service.clear(kind, key))
            self.draft_saved = False

    def saved(self) -> None:
        """The form was saved: its draft goes."""
        self.timer.stop()
        if self.kind:
            service, kind, key = self.app.drafts, self.kind, self.key
            self.app.dispatcher.write(lambda: service.clear(kind, key))
            self.draft_saved = False

    # --- restoring ---------------------------------------------------------------------------
    def _offer(self, values: dict[str, Any] | None) -> None:
        if not values or values == self.snapshot() or not self.dialog.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("恢复草稿？"),
            self.tr("上次填写这张表时有未保存的内容（取消、锁定或程序意外退出时留下）。要恢复吗？"),
            parent=self.dialog,
        )
        restore = box.addButton(self.tr("恢复草稿"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("不用，重新填写"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setObjectName("restoreDraft")
        self.restore_box = box
        self.restore_button, self.drop_button = restore, drop
        box.buttonClicked.connect(lambda button: self._restore_answer(button is restore, values))
        box.open()

    def _restore_answer(self, restore: bool, values: dict[str, Any]) -> None:
        self.restore_box = None
        if restore:
            self.restore(values)
        else:
            service, kind, key = self.app.drafts, self.kind, self.key
            self.app.dispatcher.write(lambda: service.clear(kind, key))

    def restore(self, values: dict[str, Any]) -> None:
        fields = self.fields()
        self.restoring = True
        try:
            for name, value in values.items():
                widget = fields.get(name)
                if widget is not None:
                    set_value(widget, value)
        finally:
            self.restoring = False
        self.draft_saved = True

    # --- closing -----------------------------------------------------------------------------
    def confirm_close(self, close: Callable[[], None]) -> None:
        """Close now if nothing was typed; else ask, with 继续编辑 the default."""
        if not self.dirty():
            if self.draft_saved:
                self.save_draft()  # back as it started: the draft goes
            close()
            return
        if self.discard_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("放弃未保存的内容？"),
            self.tr("这张表里填写的内容还没有保存。"),
            parent=self.dialog,
        )
        if self.kind:
            box.setInformativeText(
                self.tr("已填写的内容会作为草稿保留，下次打开这张表时可以恢复。")
            )
        keep = QPushButton(self.tr("继续编辑"))
        discard = QPushButton(self.tr("放弃"))
        box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setObjectName("discardQuestion")
        self.discard_box = box
        self.keep_button, self.discard_button = keep, discard

        def answered(button: QAbstractButton) -> None:
            self.discard_box = None
            if button is discard:
                if self.kind:
                    self.save_draft()
                close()

        box.buttonClicked.connect(answered)
        box.open()
