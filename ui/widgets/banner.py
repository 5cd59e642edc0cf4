"""Warnings a save brought back (a possible duplicate dispute, a late acceptance, an agreement
past its performance date…) as a banner on the record's detail pane: it stays, across reloads
and other records shown meanwhile, until the person dismisses it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.notifier import Kind, Message, Notifier


class WarningBanner(QFrame):
    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("warningBannerText")
        self.dismiss_button = QPushButton(self.tr("知道了"))
        self.dismiss_button.setObjectName("dismissWarning")
        self.dismiss_button.setToolTip(self.tr("不再显示这条提醒"))
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button)
        self._kept: dict[str, list[str]] = {}  # record id → warnings not yet dismissed
        self._record: str | None = None
        notifier.shown.connect(self._on_message)
        self.hide()

    def show_record(self, record_id: str | None) -> None:
        """The pane now shows this record (None: none): show its warnings, if any."""
        self._record = record_id
        self._refresh()

    def dismiss(self) -> None:
        if self._record is not None:
            self._kept.pop(self._record, None)
        self._refresh()

    def _on_message(self, message: Message) -> None:
        if message.kind is not Kind.BANNER:
            return
        for record_id in message.ids:
            kept = self._kept.setdefault(record_id, [])
            if message.text not in kept:
                kept.append(message.text)
        if self._record in message.ids:
            self._refresh()

    def _refresh(self) -> None:
        kept = self._kept.get(self._record or "", [])
        self.text.setText("\n".join(kept))
        self.setVisible(bool(kept))
