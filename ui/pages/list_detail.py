"""The list-and-detail pattern of a workflow page (events, legal aid, …): a keyed list on the
left, the selected record on the right, and a selection that survives reloads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import core_text
from ui.table_models import KeyedTableModel


class ListDetail:
    """Mix into a Page (before it) that has `model`, `table`, `count`, `detail` (with
    `.row.id`) and `_show(detail | None)`; connect the table with base.on_current_key."""

    model: KeyedTableModel
    table: QTableView
    count: QLabel
    detail: Any
    refresh: Any  # Page.refresh
    _debounce: QTimer  # the search box's typing pause
    _generation: int
    _show: Any  # the page's method showing one record (or None)
    # Set when the user changes the filter: the first row is shown instead of the old record.
    _reselect: bool = False
    # The record another page asked to show (open_…) while its detail is still on its way:
    # the reloaded list selects it, not its first row (the two reads may come back in any order).
    _wanted: str | None = None
    _detail_asked: int = 0  # detail reads asked for; only the latest is shown
    load_detail: Any  # the page's method reading one record into the detail panel

    def _open_row(self, index: QModelIndex) -> None:
        """Enter or a double-click on a row: its record in the detail panel (read again only
        if another record is shown)."""
        key = self.model.key_at(index.row())
        if key is not None and (self.detail is None or self.detail.row.id != key):
            self.load_detail(key)

    def wire_filters(
        self,
        text: QLineEdit,
        combos: Sequence[QComboBox],
        reselect: bool = True,
        others: Sequence[Any] = (),
    ) -> None:
        """The search box reloads after a typing pause, a filter box at once; `reselect`: a new
        filter shows its first row rather than keep the record shown. `others`: the signals of
        further filters (a DateRange's `changed`, a check box's `toggled`, …): each reloads at
        once like a filter box."""
        self._debounce = QTimer(self)  # type: ignore[arg-type]
        self._debounce.setObjectName("debounce")  # tests' idle() waits for it
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        if reselect:
            text.textChanged.connect(lambda _t: self._filter_changed(debounce=True))
            for combo in combos:
                combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
            for signal in others:
                signal.connect(lambda *_a: self._filter_changed())
        else:
            text.textChanged.connect(lambda _t: self._debounce.start())
            for combo in combos:
                combo.currentIndexChanged.connect(lambda _i: self.refresh())
            for signal in others:
                signal.connect(lambda *_a: self.refresh())

    def _ids_loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        wanted, self._wanted = self._wanted, None
        keep = wanted or (self.detail.row.id if self.detail else None)
        if self._reselect:
            self._reselect = False
            keep = keep if keep in ids else None
        self.model.set_keys(ids)
        self.count.setText(QCoreApplication.translate("list", "共 {n} 件").format(n=len(ids)))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif keep is None and ids:
            self.table.selectRow(0)
        elif keep is None:
            self._show(None)
        # A record that just left the filter (e.g. closed) stays in the detail panel, so the
        # person who moved it sees the result of their step.

    def _filter_changed(self, debounce: bool = False) -> None:
        """A filter changed: reload (after the typing pause for the search box)."""
        self._reselect = True  # a new filter shows its first row, not the old record
        if debounce:
            self._debounce.start()
        else:
            self.refresh()

    def _latest_detail(self) -> Any:
        """The page's `_show` for the detail asked for now: a detail read that comes back after
        a newer one was asked for (the reads race on the reader pool) is dropped, so a quick
        click through the list never ends on the record clicked before."""
        self._detail_asked += 1
        asked = self._detail_asked

        def show(detail: Any) -> None:
            if asked == self._detail_asked:
                self._show(detail)

        return show


def filter_combo(
    first: Sequence[tuple[str, str | None]], vocabulary: Mapping[str, str]
) -> QComboBox:
    """A filter box: its own choices first (e.g. 全部状态), then a vocabulary's labels."""
    combo = QComboBox()
    for text, code in first:
        combo.addItem(text, code)
    for code, label in vocabulary.items():
        combo.addItem(core_text(label), str(code))
    return combo


def search_box(placeholder: str) -> QLineEdit:
    text = QLineEdit()
    text.setClearButtonEnabled(True)
    text.setPlaceholderText(placeholder)
    return text


def ledger_with_stats(
    page: QWidget,
    bar: QLayout | Sequence[QLayout],
    table: QWidget,
    detail: QWidget,
    sizes: tuple[int, int],
    stats: Any,
    titles: tuple[str, str],
) -> QTabWidget:
    """A ledger page's body: the filter bar (or bars, e.g. a second row of saved lists and
    the ledger export) over the list and the record beside it, and a statistics tab refreshed
    when it is opened."""
    splitter = QSplitter()
    splitter.addWidget(table)
    splitter.addWidget(detail)
    splitter.setSizes(list(sizes))
    ledger = QWidget()
    column = QVBoxLayout(ledger)
    column.setContentsMargins(0, 0, 0, 0)
    for row in [bar] if isinstance(bar, QLayout) else bar:
        column.addLayout(row)
    column.addWidget(splitter, 1)
    tabs = QTabWidget()
    tabs.addTab(ledger, titles[0])
    tabs.addTab(stats, titles[1])
    tabs.currentChanged.connect(lambda i: stats.refresh() if i == 1 else None)
    layout = QVBoxLayout(page)
    layout.addWidget(tabs)
    return tabs
