"""Ctrl+K (record a visit), Ctrl+E (report an event) and Ctrl+N (new record on the current page)
from every page (issue 12). A page that binds one of these keys itself keeps it (the legal-aid
page's Ctrl+K registers a consultation): the window's action is off while that page is shown,
so Qt never sees two shortcuts for one key."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gridwarden.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Ctrl+N on a page without its own: the page's "new" method (public methods only: the pages
# stay free of shortcut code). 网上立案: a new version of the selected filing's package (a
# filing itself starts from a failed mediation or a legal-aid case, never from nothing).
NEW_RECORD = {
    "households": "new_household",
    "events": "report_event",
    "disputes": "new_dispute",
    "legal-aid": "new_application",
    "filing": "open_package",
}
# Ctrl+N that the window answers: on 走访记录 a new visit is the visit form for the household
# selected on 实有人口, or else the household search (a visit is always to a household).
WINDOW_NEW = {"visits": "record_visit"}  # called with the key pressed: Ctrl+N
# Pages whose "new" works on the selected record: what to say when none is selected.
NEEDS_SELECTION = {
    "filing": QT_TRANSLATE_NOOP(
        "GlobalShortcuts", "先在列表中选中一件立案，再按 Ctrl+N 导出材料包。"
    )
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
        self.visit = self._action("globalVisit", "Ctrl+K", lambda: self.record_visit("Ctrl+K"))
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
        self.new.setEnabled(self.new.isEnabled() and (name in NEW_RECORD or name in WINDOW_NEW))

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

    def record_visit(self, key: str = "Ctrl+K") -> None:
        """The visit form for the household selected on 实有人口 (a visit is always to a
        household); with none selected, the household search takes the focus."""
        window = self.window
        window.show_page("households")
        page = window.households
        if getattr(page, "detail", None) is not None:
            page.panel.record_visit()
            return
        window.app.notifier.status(self.tr("先找到并选中要走访的户，再按 {key}。").format(key=key))
        page.focus_search()

    def report_event(self) -> None:
        window = self.window
        window.show_page("events")
        window.events.report_event()

    def new_record(self) -> None:
        window = self.window
        name = window.current_page_name()
        if name in WINDOW_NEW:
            getattr(self, WINDOW_NEW[name])("Ctrl+N")
            return
        method = NEW_RECORD.get(name)
        if method is None:
            return
        page = window.page(name)
        if name in NEEDS_SELECTION and getattr(page, "detail", None) is None:
            window.app.notifier.status(
                QCoreApplication.translate("GlobalShortcuts", NEEDS_SELECTION[name])
            )
            return
        getattr(page, method)()
