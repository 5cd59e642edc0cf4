"""A horizontal bar chart drawn with QPainter (statistics pages: counts by level, category…).

Qt Charts lives in the PySide6 Addons wheel (hundreds of MB); a labelled bar chart is a few
dozen lines of painting. Rows keep a readable height (a line of text and some air): eighteen
matter types at 1366×700 scroll inside the chart instead of being drawn on top of each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

BAR = QColor("#2f5f94")
TEXT = QColor("#333333")


class BarChart(QScrollArea):
    """The chart in its own scroll area: its canvas is as tall as its rows need."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.value_format = "{:g}"
        self.canvas = _Canvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.canvas.setMinimumHeight(self.canvas.needed_height())
        self.updateGeometry()
        self.canvas.update()

    def sizeHint(self) -> QSize:
        return QSize(420, min(40 + 28 * max(1, len(self.bars)), 320))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)


class _Canvas(QWidget):
    def __init__(self, chart: BarChart) -> None:
        super().__init__(chart)
        self.chart = chart

    def row_height(self) -> float:
        return float(self.fontMetrics().height() + 8)

    def needed_height(self) -> int:
        title = 28 if self.chart.title else 0
        return int(4 + title + self.row_height() * max(1, len(self.chart.bars)) + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        chart = self.chart
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        painter.setPen(TEXT)
        top = 4.0
        if chart.title:
            painter.drawText(
                QRectF(0, top, self.width(), 22), Qt.AlignmentFlag.AlignLeft, chart.title
            )
            top += 28
        if not chart.bars:
            painter.drawText(
                QRectF(0, top, self.width(), 22),
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("BarChart", "暂无数据"),
            )
            return
        bars, number = chart.bars, chart.value_format
        label_w = max(metrics.horizontalAdvance(label) for label, _ in bars) + 12
        value_w = max(metrics.horizontalAdvance(number.format(v)) for _, v in bars) + 12
        span = max(1.0, self.width() - label_w - value_w - 8)
        biggest = max((v for _, v in bars), default=0) or 1
        # never below a line of text: a long list makes the canvas taller and the chart scrolls
        row_h = max(self.row_height(), min(28.0, (self.height() - top - 4) / len(bars)))
        for index, (label, value) in enumerate(bars):
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
                number.format(value),
            )
