"""A horizontal bar chart drawn with QPainter (statistics pages: counts by level, category…).

Qt Charts lives in the PySide6 Addons wheel (hundreds of MB); a labelled bar chart is a few
dozen lines of painting.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f5f94")
TEXT = QColor("#333333")


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.value_format = "{:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(
        self,
        bars: Sequence[tuple[str, float]],
        title: str | None = None,
        value_format: str = "{:g}",
    ) -> None:
        self.bars = list(bars)
        if title is not None:
            self.title = title
        self.value_format = value_format
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 28 * max(1, len(self.bars)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        painter.setPen(TEXT)
        top = 4.0
        if self.title:
            painter.drawText(
                QRectF(0, top, self.width(), 22), Qt.AlignmentFlag.AlignLeft, self.title
            )
            top += 28
        if not self.bars:
            painter.drawText(
                QRectF(0, top, self.width(), 22), Qt.AlignmentFlag.AlignLeft, self.tr("暂无数据")
            )
            return
        label_w = max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 12
        value_w = (
            max(metrics.horizontalAdvance(self.value_format.format(v)) for _, v in self.bars) + 12
        )
        span = max(1.0, self.width() - label_w - value_w - 8)
        biggest = max((v for _, v in self.bars), default=0) or 1
        row_h = min(28.0, (self.height() - top - 4) / len(self.bars))
        for index, (label, value) in enumerate(self.bars):
            y = top + index * row_h
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = span * value / biggest
            painter.fillRect(QRectF(label_w, y + row_h * 0.2, width, row_h * 0.6), BAR)
            painter.drawText(
                QRectF(label_w + width + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_format.format(value),
            )
