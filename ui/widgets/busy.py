"""Long work (a PDF notice, a workbook, a dossier package) in the status bar: what it is doing and
a bar that moves, from the operations' progress (ui.operations, Notifier.busy)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.notifier import Notifier, Progress


class BusyIndicator(QWidget):
    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.text = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text)
        row.addWidget(self.bar)
        self._running = 0
        notifier.busy.connect(self.show_progress)
        self.hide()

    def show_progress(self, progress: Progress | None) -> None:
        """A Progress while long work runs (its first report starts it); None when one ends."""
        if progress is None:
            self._running = max(0, self._running - 1)
            self.setVisible(self._running > 0)
            return
        if not progress.done and not progress.total:
            self._running += 1  # a new piece of long work
        self.text.setText(progress.text)
        self.bar.setRange(0, progress.total)  # 0, 0: a bar that moves without a count
        self.bar.setValue(progress.done)
        self.show()
