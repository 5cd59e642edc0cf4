"""Table models. Both kinds share Column definitions.

KeyedTableModel holds keys, not rows (ARCHITECTURE rule 5): the whole ordered key list is known,
rows are exposed in pages through canFetchMore/fetchMore, and row data is fetched lazily, a page
at a time, on the reader pool. A row not yet loaded shows "…" until its page arrives.
RowsTableModel holds a small list of plain rows (the "today" lists).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gridwarden.queries.packed import pack
from ui.tasks import Dispatcher

Index = QModelIndex | QPersistentModelIndex
LOADING = "…"
_GONE = object()  # a key whose row no longer exists (removed since the key list was read)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    align_right: bool = False
    tone: Callable[[Any], str | None] | None = None  # "danger" | "warn" | "muted" | None
    tooltip: Callable[[Any], str] | None = None
    sort_key: str | None = None  # the key the page's query sorts this column by (None: no sort)


TONES = {
    "danger": QColor("#c62828"),
    "warn": QColor("#b26a00"),
    "muted": QColor("#757575"),
    "ok": QColor("#2e7d32"),
}


class _ColumnModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def _cell(self, row: Any, column: int, role: int) -> Any:
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.tone is not None:
            tone = col.tone(row)
            return QBrush(TONES[tone]) if tone else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        return None


class RowsTableModel(_ColumnModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column(), role)


class KeyedTableModel(_ColumnModel):
    PAGE = 50  # rows read at a time: two screenfuls of a 1366×768 laptop

    def __init__(
        self,
        columns: Sequence[Column],
        dispatcher: Dispatcher,
        fetch: Callable[[list[str]], dict[str, Any]],
        parent: QObject | None = None,
    ):
        super().__init__(columns, parent)
        self.dispatcher = dispatcher
        self.fetch = fetch
        self._keys: Sequence[str] = []  # packed (gridwarden.queries.packed): 100,000 ids in 3.6 MB
        self._shown = 0
        self._rows: dict[str, Any] = {}
        self._pages_pending: set[int] = set()
        self._generation = 0

    # --- keys --------------------------------------------------------------------------------
    def set_keys(self, keys: Sequence[str], rows: Mapping[str, Any] | None = None) -> None:
        """A new key list; `rows` are rows already read with it (the first screenful read in
        the same query as the keys: the list shows at once, without a second round trip)."""
        self.beginResetModel()
        self._generation += 1
        self._keys = pack(keys)
        self._shown = min(len(self._keys), self.PAGE * 2)
        shown = set(self._keys[: self._shown])
        self._rows = {k: v for k, v in self._rows.items() if k in shown}
        if rows:
            self._rows.update(rows)
        self._pages_pending.clear()
        self.endResetModel()

    def extend_keys(self, keys: Sequence[str]) -> None:
        """The full key list after a first page of it: rows already shown stay put."""
        if list(keys[: len(self._keys)]) != list(self._keys):
            self.set_keys(keys)
            return
        self._keys = pack(keys)

    @property
    def total(self) -> int:
        return len(self._keys)

    @property
    def keys(self) -> list[str]:
        """Every key of the list in its order (shown or not yet): what an export writes."""
        return list(self._keys)

    def key_at(self, row: int) -> str | None:
        return self._keys[row] if 0 <= row < self._shown else None

    def row_data(self, row: int) -> Any:
        key = self.key_at(row)
        found = self._rows.get(key) if key else None
        return None if found is _GONE else found

    def row_of(self, key: str) -> int:
        try:
            row = self._keys.index(key)
        except ValueError:
            return -1
        return row if row < self._shown else -1

    def invalidate(self, keys: Sequence[str]) -> None:
        """Forget cached rows of these keys; visible ones reload."""
        for key in keys:
            if self._rows.pop(key, None) is not None:
                row = self.row_of(key)
                if row >= 0:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.columns) - 1)
                    )

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._keys)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(self.PAGE, len(self._keys) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        row = self._rows.get(self._keys[index.row()])
        if row is None or row is _GONE:
            if row is None:
                self._request_page(index.row() // self.PAGE)
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return LOADING if row is None else self.tr("（已不存在）")
            return None
        return self._cell(row, index.column(), role)

    # --- lazy loading ------------------------------------------------------------------------
    def _request_page(self, page: int) -> None:
        if page in self._pages_pending:
            return
        self._pages_pending.add(page)
        keys = list(self._keys[page * self.PAGE : (page + 1) * self.PAGE])
        generation = self._generation
        self.dispatcher.read(
            lambda: self.fetch(keys), on_ok=lambda rows: self._page_loaded(generation, page, rows)
        )

    def _page_loaded(self, generation: int, page: int, rows: dict[str, Any]) -> None:
        if generation != self._generation:
            return  # the keys changed while this page was loading
        self._pages_pending.discard(page)
        self._rows.update(rows)
        for key in self._keys[page * self.PAGE : (page + 1) * self.PAGE]:
            self._rows.setdefault(key, _GONE)
        first = page * self.PAGE
        last = min(self._shown, first + self.PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
