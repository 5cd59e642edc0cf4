"""Ctrl+K (record a visit), Ctrl+E (report an event) and Ctrl+N (new record on the current page)
from every page (issue 12). A page that binds one of these keys itself keeps it (the legal-aid
page's Ctrl+K registers a consultation): the window's action is off while that page is shown,
so Qt never sees two shortcuts for one key."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Ctrl+N on a page without its own: the page's "new" method.
NEW_RECORD = {
    "households": "new_household",
    "events": "report_event",
    "disputes": "new_dispute",
    "legal-aid": "new_application",
}


def _own_keys(page: QWidget) -> set[str]:
    keys: set[str] = set()
    for shortcut in page.findChildren(QShortcut):
        if shortcut.isEnabled():
            keys.add(shortcut.key().toString())
    return keys


class GlobalShortcuts(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.visit = self._action("globalVisit", "Ctrl+K", self.record_visit)
        self.report = self._action("globalEvent", "Ctrl+E", self.report_event)
        self.new = self._action("globalNew", "Ctrl+N", self.new_record)
        self.own: set[str] = set()

    def _action(self, name: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def page_changed(self, name: str, page: QWidget) -> None:
        self.own = _own_keys(page)
        for action in (self.visit, self.report, self.new):
            action.setEnabled(action.shortcut().toString() not in self.own)
        self.new.setEnabled(self.new.isEnabled() and name in NEW_RECORD)

    def page_keys(self) -> list[tuple[str, str]]:
        """The current page's own keys, for the F1 help."""
        window = self.window
        page = window.page(window.current_page_name())
        title = window.nav.currentItem().text() if window.nav.currentItem() else ""
        rows = []
        for shortcut in page.findChildren(QShortcut):
            key = shortcut.key().toString()
            if key and shortcut.isEnabled():
                rows.append((key, self.tr("（{page}页）").format(page=title)))
        return rows

    def record_visit(self) -> None:
        """The visit form for the household selected on 实有人口 (a visit is always to a
        household); with none selected, the household search takes the focus."""
        window = self.window
        window.show_page("households")
        page = window.households
        if getattr(page, "detail", None) is not None:
            page.panel.record_visit()
            return
        window.statusBar().showMessage(self.tr("先找到并选中要走访的户，再按 Ctrl+K。"), 8_000)
        page.focus_search()

    def report_event(self) -> None:
        window = self.window
        window.show_page("events")
        window.events.report_event()

    def new_record(self) -> None:
        window = self.window
        name = window.current_page_name()
        method = NEW_RECORD.get(name)
        if method is not None:
            getattr(window.page(name), method)()
