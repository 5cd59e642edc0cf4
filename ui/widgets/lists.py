"""What every list does the same way: sort by clicking a header (the page's query sorts in SQL,
the keyed model keeps paging ids lazily), open the selected row with Enter or a double-click,
and say what to do when the list is empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QWidget

from gridwarden.queries.sorting import Sort


class SortState(QObject):
    """The header sort of one list: `sort` is what the page's filter passes to its query."""

    def __init__(
        self,
        view: QTableView,
        keys: Sequence[str | None],
        changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self.view = view
        self.keys = list(keys)  # the sort key of each column (None: not sortable)
        self.sort: Sort | None = None
        self._changed = changed
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)  # a third click goes back to the usual order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._clicked)

    def _clicked(self, section: int, order: Qt.SortOrder) -> None:
        key = self.keys[section] if 0 <= section < len(self.keys) else None
        if section >= 0 and key is None:
            # a column the query cannot sort: keep the sort the list has
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            if self.sort is None:
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            else:
                order_now = (
                    Qt.SortOrder.DescendingOrder
                    if self.sort.descending
                    else Qt.SortOrder.AscendingOrder
                )
                header.setSortIndicator(self.keys.index(self.sort.key), order_now)
            header.blockSignals(False)
            return
        self.sort = None if key is None else Sort(key, order == Qt.SortOrder.DescendingOrder)
        if self.view.isVisible():
            self._changed()
        # else: the header's saved state restored as the page is built: its first load, which
        # follows at once, sorts so (a second search of the same list would only delay it)

    def sort_by(self, key: str | None, descending: bool = False, notify: bool = True) -> None:
        """Set the sort as a click would (a saved list, a test); `notify` reloads the list."""
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        if key is None or key not in self.keys:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.sort = None
        else:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.keys.index(key), order)
            self.sort = Sort(key, descending)
        header.blockSignals(False)
        if notify:
            self._changed()

    def saved(self) -> list[Any] | None:
        """The sort as a saved list keeps it (JSON)."""
        return [self.sort.key, self.sort.descending] if self.sort else None

    def restore(self, saved: Any) -> None:
        """A saved list's sort, without reloading (the page reloads once, after its filter)."""
        if isinstance(saved, list) and len(saved) == 2:
            self.sort_by(str(saved[0]), bool(saved[1]), notify=False)
        else:
            self.sort_by(None, notify=False)


class _OpenOnEnter(QObject):
    def __init__(self, view: QTableView, handle: Callable[[QModelIndex], None]) -> None:
        super().__init__(view)
        self.view = view
        self.handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self.handle(index)
                return True
        return False


def open_rows(view: QTableView, handle: Callable[[QModelIndex], None]) -> None:
    """Enter on the selected row and a double-click both mean "open this record"."""
    view.doubleClicked.connect(handle)
    view.installEventFilter(_OpenOnEnter(view, handle))


class EmptyHint(QLabel):
    """A sentence in the middle of an empty table saying what to do; hidden once rows come."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #757575; padding: 24px;")
        self.view = view
        self.hide()
        model: Any = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update)
        view.viewport().installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self.view.viewport()
        self.setGeometry(0, 0, viewport.width(), min(viewport.height(), 160))

    def _update(self, *_args: object) -> None:
        empty = self.view.model().rowCount() == 0
        self.setVisible(empty)
        if empty:
            self._place()


class DueChip(QPushButton):
    """The deadline range a Today tile opened the list with: shown as a removable chip
    ("期限 至 2026-11-29 ✕"); a click removes it and the list shows everything again."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueChip")
        self.setStyleSheet("color: #c62828;")
        self.setToolTip(QCoreApplication.translate("lists", "点一下取消这个期限筛选"))
        self.range: tuple[date | None, date | None] | None = None
        self.hide()
        self.clicked.connect(self.clear)

    def set_range(self, first: date | None, last: date | None) -> None:
        self.range = (first, last)
        if first is None:
            text = QCoreApplication.translate("lists", "期限在 {last} 前（已逾期） ✕").format(
                last=(last + timedelta(days=1)).isoformat() if last else ""
            )
        elif first == last:
            text = QCoreApplication.translate("lists", "期限 {day} ✕").format(day=first)
        else:
            text = QCoreApplication.translate("lists", "期限 {first} 至 {last} ✕").format(
                first=first, last=last
            )
        self.setText(text)
        self.show()

    def bounds(self) -> tuple[date | None, date | None]:
        return self.range or (None, None)

    def describe(self) -> str:
        return self.text().removesuffix(" ✕") if self.range else ""

    def clear(self) -> None:
        if self.range is not None:
            self.range = None
            self.hide()
            self.cleared.emit()
