"""The crash log the previous run left, shown at the next start (gridwarden/crashlog.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridwarden.crashlog import Crash


def crash_box(crash: Crash, parent: QWidget | None = None) -> QMessageBox:
    """A clear message that the app stopped unexpectedly last time, where the log is, and the
    log itself under "Show Details" (to send to the district's support)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("crash", "上次运行意外退出"))
    box.setText(
        QCoreApplication.translate(
            "crash",
            "网格管家上次运行时意外退出。已保存的数据不受影响；未保存的输入可能丢失。\n\n"
            "崩溃记录已保存在：\n{path}\n\n请把该文件发给区里的技术支持。",
        ).format(path=str(crash.path))
    )
    box.setDetailedText(crash.text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
