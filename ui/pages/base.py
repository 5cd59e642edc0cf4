"""What every page has: a command-line name, a title, and a refresh on relevant changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from gridwarden.services.context import Changes
from ui import text_size
from ui.app_context import AppContext
from ui.widgets.lists import open_rows


class Page(QWidget):
    name = ""
    # Entities whose change makes this page reload what it shows.
    watches: frozenset[str] = frozenset()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        app.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload what the page shows (called when it is first shown and after changes)."""

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.watches):
            self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a dialog of this page without blocking (open(), not exec()): the writer's
        results keep arriving; tests find it as the page's visible child dialog."""
        dialog.open()


def make_table(model: object, stretch_last: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(text_size.row_height(QApplication.instance()))
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


def keyed_table(
    model: object,
    name: str,
    widths: Sequence[int] | Mapping[int, int],
    load: Callable[[str], None],
    open_row: Callable[[QModelIndex], None],
    stretch_last: bool = True,
) -> QTableView:
    """A page's list of records held by key (ARCHITECTURE rule 5): named (for the style sheet
    and tests), its columns at these widths (by position, or column → width), the record's
    detail loaded as the current row changes, and Enter or a double-click opening it."""
    table = make_table(model, stretch_last)
    table.setObjectName(name)
    by_column = widths if isinstance(widths, Mapping) else dict(enumerate(widths))
    for column, width in by_column.items():
        table.setColumnWidth(column, width)
    on_current_key(table, model, load)
    open_rows(table, open_row)
    return table


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def on_current_key(view: QTableView, model: Any, handle: Callable[[str], None]) -> None:
    """Call `handle(key)` whenever the current row of a keyed table changes."""

    def changed(current: QModelIndex, _previous: QModelIndex) -> None:
        key = model.key_at(current.row()) if current.isValid() else None
        if key:
            handle(key)

    view.selectionModel().currentRowChanged.connect(changed)


class AfterLoad:
    """Calls that wait for reference data a page loads on a reader (the units a form offers):
    `then(call)` runs it at once when the data is there, else when `loaded()` says it came."""

    def __init__(self) -> None:
        self.ready = False
        self._waiting: list[Callable[[], None]] = []

    def then(self, call: Callable[[], None]) -> None:
        if self.ready:
            call()
        else:
            self._waiting.append(call)

    def loaded(self) -> None:
        self.ready = True
        waiting, self._waiting = self._waiting, []
        for call in waiting:
            call()
