"""Buttons or checkboxes in equal columns, as many as fit the width.

A fixed QGridLayout of four columns sized for Chinese labels made the legal-aid and dispute
panels wider than their pane in English ("Materials completed", "Record objection"): the
panel was clipped at the right. This layout keeps the grid's look but wraps to more rows when
the labels (or the pane) call for it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrappingGrid(QLayout):
    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        self.max_columns = columns
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        cell, gap = self._cell(), self._gap()
        columns = max(1, min(self.max_columns, len(self._shown())))
        width = columns * cell.width() + (columns - 1) * gap
        return QSize(width, self.heightForWidth(width) if self._shown() else 0)

    def minimumSize(self) -> QSize:
        cell = self._cell()
        margins = self.contentsMargins()
        return QSize(
            cell.width() + margins.left() + margins.right(),
            cell.height() + margins.top() + margins.bottom(),
        )

    # --- layout ----------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _cell(self) -> QSize:
        hints = [item.sizeHint() for item in self._shown()]
        return QSize(
            max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0)
        )

    def columns_for(self, width: int) -> int:
        cell, gap = self._cell(), self._gap()
        return max(1, min(self.max_columns, (width + gap) // max(1, cell.width() + gap)))

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._shown()
        if not items:
            return 0
        cell, gap = self._cell(), self._gap()
        columns = self.columns_for(area.width())
        column_width = max(cell.width(), (area.width() - (columns - 1) * gap) // columns)
        rows = (len(items) + columns - 1) // columns
        if move:
            for index, item in enumerate(items):
                row, column = divmod(index, columns)
                item.setGeometry(
                    QRect(
                        area.x() + column * (column_width + gap),
                        area.y() + row * (cell.height() + gap),
                        column_width,
                        cell.height(),
                    )
                )
        return rows * cell.height() + (rows - 1) * gap + margins.top() + margins.bottom()
